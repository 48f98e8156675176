"""Remembered answers: the same objects give the remembered answer, new objects a new one."""

from trustwork.model.memo import remembered


def test_an_answer_is_remembered_for_the_same_objects_and_worked_out_for_new_ones() -> None:
    calls: list[object] = []

    @remembered(2)
    def size(records: dict[str, int], kind: str) -> int:
        calls.append(records)
        return len(records)

    first, second = {"a": 1}, {"a": 1}
    assert size(first, "idea") == 1 and size(first, "".join(["id", "ea"])) == 1
    assert len(calls) == 1  # an equal text, even another object, is the same argument
    assert size(second, "idea") == 1
    assert len(calls) == 2  # an equal mapping that is another object is worked out again
    assert size(first, "pilot") == 1 and len(calls) == 3


def test_only_the_last_answers_are_kept_and_keywords_are_never_remembered() -> None:
    calls: list[int] = []

    @remembered(1)
    def double(number: int) -> int:
        calls.append(number)
        return 2 * number

    assert double(1) == 2 and double(2) == 4 and double(1) == 2
    assert calls == [1, 2, 1]
    assert double(number=2) == 4 and double(number=2) == 4
    assert calls == [1, 2, 1, 2, 2]


def test_tuples_of_plain_values_are_compared_by_value() -> None:
    calls: list[tuple[str, ...]] = []

    @remembered(2)
    def joined(names: tuple[str, ...]) -> str:
        calls.append(names)
        return ",".join(names)

    assert joined(tuple(["a", "b"])) == "a,b" and joined(tuple(["a", "b"])) == "a,b"
    assert len(calls) == 1

"""Answers worked out from a document, remembered while the document stays the same.

A document and its records mapping are never changed in place: every change makes new ones.
So a figure worked out from the same objects is the same figure, and a page shown again
(moving between the lists of a large organisation) need not sort 10,000 ideas by name or
count 20,000 records again. ``remembered`` keeps the last few answers of a function, by the
identity of its object arguments (texts and numbers by value), and holds those arguments
so their identities cannot be reused while they are remembered.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

Arguments = ParamSpec("Arguments")
Answer = TypeVar("Answer")

# Plain values (and tuples of them) are compared by value: two equal texts may be
# different objects.
_BY_VALUE = (str, int, float, bool, type(None))


def _by_value(argument: object) -> bool:
    return isinstance(argument, _BY_VALUE) or (isinstance(argument, tuple) and all(
        isinstance(part, _BY_VALUE) for part in argument))


def _key(arguments: tuple[object, ...]) -> tuple[object, ...]:
    return tuple(argument if _by_value(argument) else id(argument) for argument in arguments)


def remembered(size: int) -> Callable[[Callable[Arguments, Answer]],
                                      Callable[Arguments, Answer]]:
    """Remember the last ``size`` answers of a pure function of immutable arguments
    (positional only: a keyword argument is never remembered). What is remembered is held:
keep ``size`` small where an argument is a large document."""

    def decorate(function: Callable[Arguments, Answer]) -> Callable[Arguments, Answer]:
        answers: OrderedDict[tuple[object, ...], tuple[tuple[object, ...], Answer]] = (
            OrderedDict())

        @wraps(function)
        def answer(*arguments: Arguments.args, **keywords: Arguments.kwargs) -> Answer:
            if keywords:
                return function(*arguments, **keywords)
            key = _key(arguments)
            found = answers.get(key)
            if found is not None:
                answers.move_to_end(key)
                return found[1]
            worked_out = function(*arguments, **keywords)
            answers[key] = (arguments, worked_out)
            if len(answers) > size:
                answers.popitem(last=False)
            return worked_out

        return answer

    return decorate

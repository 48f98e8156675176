"""A trust-scan ballot's content as the text that is sealed (and read back once opened).

Only this text ever holds a respondent's answers, and only in the page's memory: it is
sealed to the round's public key before anything is journalled or saved.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from trustwork.errors import CannotUnlockError

BallotContent = tuple[dict[str, int], tuple[str, ...], str]


def ballot_to_text(answers: Mapping[str, int], groups: Sequence[str], open_answer: str) -> str:
    """The ballot as compact JSON (padded by the caller before it is sealed)."""
    return json.dumps({"a": dict(sorted(answers.items())), "g": sorted(groups),
                       "o": open_answer}, ensure_ascii=False, separators=(",", ":"))


def ballot_from_text(text: str) -> BallotContent:
    """The answers, groups and open answer of an opened ballot; anything else is damaged
    (CannotUnlockError)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise CannotUnlockError("scan.damaged_ballot") from None
    if not isinstance(value, dict):
        raise CannotUnlockError("scan.damaged_ballot")
    answers, groups, open_answer = value.get("a"), value.get("g"), value.get("o")
    if not (isinstance(answers, dict) and isinstance(groups, list)
            and isinstance(open_answer, str)
            and all(isinstance(score, int) and not isinstance(score, bool) and 1 <= score <= 5
                    for score in answers.values())
            and all(isinstance(group, str) for group in groups)):
        raise CannotUnlockError("scan.damaged_ballot")
    return {str(k): int(v) for k, v in answers.items()}, tuple(groups), open_answer

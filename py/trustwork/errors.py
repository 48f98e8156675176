"""One exception per failure; each is translated to a message only at the edge."""


class TrustworkError(Exception):
    """Base class of every failure Trustwork reports to a person."""


class UnknownMessageError(TrustworkError, KeyError):
    """A message key is not in the catalogue."""


class MissingMessageParameterError(TrustworkError):
    """A message needs a parameter that was not given."""


class UnknownRecordError(TrustworkError, KeyError):
    """No record has this id."""


class RecordDeletedError(TrustworkError):
    """The record was deleted; it cannot be changed until it is restored."""


class DuplicateRecordError(TrustworkError):
    """A record with this id is in the file already (a step handled twice)."""


class UnknownConflictError(TrustworkError, KeyError):
    """No open conflict has this id."""


class RefusedError(TrustworkError):
    """A change the rules do not allow; ``message_key`` says why, in the catalogue."""

    message_key = "refused.change"


class NotYourselfError(RefusedError):
    """Someone tried to join or leave a pilot (or speak) in another person's name."""

    message_key = "refused.not_yourself"


class PersonalRecordError(RefusedError):
    """Someone tried to change or delete a record that speaks for a person (a join)."""

    message_key = "refused.personal_record"


class FieldValueError(TrustworkError):
    """A value typed into a form cannot be taken; ``field`` names the form field."""

    def __init__(self, field: str, message_key: str, **parameters: object) -> None:
        super().__init__(f"{field}: {message_key}")
        self.field = field
        self.message_key = message_key
        self.parameters = parameters


class CannotUnlockError(TrustworkError):
    """A confidential record or team key cannot be opened with what was given."""

    def __init__(self, message_key: str = "secret.cannot_unlock") -> None:
        super().__init__(message_key)
        self.message_key = message_key


class DataFileError(TrustworkError):
    """A data file cannot be read. The file itself is never changed when this is raised.

    ``message_key`` names the message in the catalogue; ``where`` is a JSON path
    (``/records/idea/3/fields``) or, for text that is not JSON, ``line L, column C``.
    """

    message_key = "data.error.unreadable"

    def __init__(self, where: str = "/", **parameters: object) -> None:
        detail = ", ".join(f"{key}={value!r}" for key, value in parameters.items())
        super().__init__(f"{type(self).__name__} at {where}" + (f" ({detail})" if detail else ""))
        self.where = where
        self.parameters = parameters


class NotJsonError(DataFileError):
    """The text is not JSON (or is cut off)."""

    message_key = "data.error.not_json"


class FileTooLargeError(DataFileError):
    """The file is larger than Trustwork will read."""

    message_key = "data.error.too_large"


class NestingTooDeepError(DataFileError):
    """The JSON nests deeper than any Trustwork file does."""

    message_key = "data.error.too_deep"


class UnusableNumberError(DataFileError):
    """A number JSON readers do not agree on: NaN, Infinity, or too large to hold exactly."""

    message_key = "data.error.number"


class DuplicateKeyError(DataFileError):
    """One object names the same key twice, so which value counts is ambiguous."""

    message_key = "data.error.duplicate_key"


class BrokenTextError(DataFileError):
    """A text holds half of a character pair (a lone surrogate), which UTF-8 cannot write."""

    message_key = "data.error.broken_text"


class NotATrustworkFileError(DataFileError):
    """The JSON is not a Trustwork organisation file."""

    message_key = "data.error.not_trustwork"


class WrongTypeError(DataFileError):
    """A value has the wrong type (a text where a list belongs, ...)."""

    message_key = "data.error.wrong_type"


class MissingFieldError(DataFileError):
    """A required value is missing."""

    message_key = "data.error.missing"


class DuplicateIdError(DataFileError):
    """Two records share one id."""

    message_key = "data.error.duplicate_id"


class NewerFormatError(DataFileError):
    """The file was written by a newer Trustwork (a higher major version): read-only here."""

    message_key = "data.error.newer_version"


class OlderFormatError(DataFileError):
    """The file's version is older than any this Trustwork can upgrade."""

    message_key = "data.error.older_version"


class ReadOnlyFileError(TrustworkError):
    """The file comes from a newer Trustwork: it may be read here, never written."""


class NoPersonChosenError(FieldValueError):
    """The action is a person's own (a support, a reaction, a verdict): who-am-I is not set."""

    def __init__(self) -> None:
        super().__init__("", "me.choose_first")


class CampaignNotOpenError(FieldValueError):
    """An idea can be submitted only while its campaign is open."""


class AnonymousNotAllowedError(FieldValueError):
    """The campaign does not take anonymous ideas."""

    def __init__(self) -> None:
        super().__init__("anonymous", "ideas.error.anonymous_not_allowed")


class AlreadySupportsError(FieldValueError):
    """A person supports an idea once."""

    def __init__(self) -> None:
        super().__init__("", "ideas.error.already_supports")


class VerdictError(FieldValueError):
    """A verdict cannot be given as asked: no public reason, or a duplicate of no other idea."""


class ProposalClosedError(FieldValueError):
    """A proposal that has its outcome takes no more responses, amendments or decisions."""

    def __init__(self) -> None:
        super().__init__("", "decisions.error.closed")


class ObjectionNeedsReasonError(FieldValueError):
    """An objection says why: what in the proposal would do harm."""

    def __init__(self) -> None:
        super().__init__("reason", "decisions.error.objection_reason")


class ObjectionStandsError(FieldValueError):
    """By consent a proposal is adopted only when nobody objects."""

    def __init__(self, count: int) -> None:
        super().__init__("outcome", "decisions.error.objection_stands", count=count)


class NotTheProposerError(FieldValueError):
    """Only the person who made a proposal amends it; others respond with a concern."""

    def __init__(self) -> None:
        super().__init__("", "decisions.error.not_proposer")


class DecisionError(FieldValueError):
    """An outcome cannot be recorded as asked: no rationale, no review date, or "adopted as
    amended" without an amendment."""


class RulesBudgetError(FieldValueError):
    """The rules register is full: a new rule replaces one, or names the decision that
    raised the budget."""

    def __init__(self, budget: int) -> None:
        super().__init__("replaces", "decisions.error.over_budget", budget=budget)


class OtherOrganisationError(TrustworkError):
    """A copy to merge holds another organisation than the open file (another id)."""

    def __init__(self, ours: str, theirs: str, name: str = "") -> None:
        super().__init__(f"the copy is of organisation {theirs!r}, not {ours!r}")
        self.ours = ours
        self.theirs = theirs
        self.name = name  # the copy's organisation as people know it


class UnknownListError(TrustworkError):
    """No list to export has this name; ``names`` are the lists there are."""

    message_key = "export.unknown_list"

    def __init__(self, what: str, names: tuple[str, ...]) -> None:
        super().__init__(f"no list {what!r}")
        self.what = what
        self.names = names


class ImportFileError(TrustworkError):
    """A CSV file to import cannot be read as a table (empty, no header, broken quoting, too
    large); ``message_key`` says why, in the catalogue. Nothing is imported."""

    def __init__(self, message_key: str, **parameters: object) -> None:
        super().__init__(message_key)
        self.message_key = message_key
        self.parameters = parameters


class NothingToImportError(ImportFileError):
    """No row of the file is taken: every row has an error or is a duplicate left out."""

    def __init__(self) -> None:
        super().__init__("import.error.nothing")


class UnknownImportError(TrustworkError):
    """No import (still in the file) has this id: it was taken out already."""

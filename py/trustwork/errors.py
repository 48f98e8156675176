"""One exception per failure; each is translated to a message only at the edge."""


class TrustworkError(Exception):
    """Base class of every failure Trustwork reports to a person."""


class UnknownMessageError(TrustworkError, KeyError):
    """A message key is not in the catalogue."""


class MissingMessageParameterError(TrustworkError):
    """A message needs a parameter that was not given."""

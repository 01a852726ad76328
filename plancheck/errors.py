"""Errors a user can act on. The CLI prints ``str(error)`` as one line and exits with code 2."""


class PlancheckError(Exception):
    """Bad input or usage: reported as one line on stderr, exit code 2, never a traceback."""


class InputError(PlancheckError):
    """The input file cannot be read as a plan (missing, empty, not a PDF, encrypted, no text)."""


class UsageError(PlancheckError, ValueError):
    """An argument of the Python API that plancheck cannot use (an unknown message language, a
    date that is no date, a rule id no pack has): the message names the argument. Also a
    ``ValueError``, as Python's own functions raise for a bad value."""

"""Errors a user can act on. The CLI prints ``str(error)`` as one line and exits with code 2."""


class PlancheckError(Exception):
    """Bad input or usage: reported as one line on stderr, exit code 2, never a traceback."""


class InputError(PlancheckError):
    """The input file cannot be read as a plan (missing, empty, not a PDF, encrypted, no text)."""

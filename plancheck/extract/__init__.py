"""Extraction: document blocks → roles → plan items and links.

The package is also the API function ``plancheck.extract(path)`` (see :mod:`plancheck.api`).
"""

from plancheck.api import make_callable

make_callable(__name__, "extract")

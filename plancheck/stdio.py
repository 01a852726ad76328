"""Keeping third-party parsers off plancheck's stdout and stderr.

odfpy prints a whole damaged ``content.xml`` to stdout (its reaction to an XML parse error),
C libraries may write to file descriptor 2: on stdout that breaks JSON and SARIF and can put
workflow commands from the document into a CI log. While a document is read, extracted and
checked, both file descriptors point at ``os.devnull`` and ``sys.stdout``/``sys.stderr`` at
buffers; what was printed is kept, should a caller want to look at it (odfpy's message is how
a damaged part shows).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def captured(fd_level: bool = True) -> Iterator[io.StringIO]:
    """Redirect stdout and stderr (Python objects, and the file descriptors when ``fd_level``)
    for the ``with`` block; yields the buffer that collects what Python code printed."""
    buf = io.StringIO()
    saved: list[tuple[int, int]] = []
    if fd_level:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
        except OSError:
            devnull = -1
        if devnull >= 0:
            for fd in (1, 2):
                try:
                    saved.append((fd, os.dup(fd)))
                    os.dup2(devnull, fd)
                except OSError:
                    continue
            os.close(devnull)
    try:
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
            yield buf
    finally:
        for fd, copy in saved:
            with contextlib.suppress(OSError):
                os.dup2(copy, fd)
                os.close(copy)

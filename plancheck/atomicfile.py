"""Writing a cache file so that a parallel process reads the old file or the whole new one.

Why one module: the parsed-YAML cache and the simplemma word-list cache are written by every
process of a batch at once; both need the same write-to-a-temporary-then-rename.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomic(path: Path, data: bytes | Iterable[bytes | memoryview]) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename;
    ``data`` may be its parts in order (written one after the other, never joined)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes | bytearray | memoryview):
                fh.write(data)
            else:
                for part in data:
                    fh.write(part)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

"""What the document arguments of a command name: files, folders of documents, and ``-``.

Kept in one small function so a caller that reads many documents (in parallel, later) gets the
same list the CLI checks.
"""

from __future__ import annotations

import shutil
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from plancheck.errors import InputError
from plancheck.ingest.files import documents_in

STDIN = "-"


def expand_inputs(
    args: Iterable[Path | str], *, stdin_dir: Path, stdin: BinaryIO | None = None
) -> list[Path]:
    """The documents the arguments name, in order: a file as given; a folder as the .pdf, .docx
    and .odt files in it and its sub-folders, sorted by path (hidden files and folders and
    Office lock files ``~$…`` left out); ``-`` as standard input, copied once into ``stdin_dir`` (the readers need a file
    they can open several times). A folder without documents is an InputError."""
    out: list[Path] = []
    for arg in args:
        if str(arg) == STDIN:
            out.append(read_stdin(stdin or sys.stdin.buffer, stdin_dir))
            continue
        path = Path(arg)
        if path.is_dir():
            found = documents_in(path)
            if not found:
                raise InputError(f"{path}: the folder has no PDF, DOCX or ODT files")
            out.extend(found)
        else:
            out.append(path)
    return out


def read_stdin(stream: BinaryIO, folder: Path) -> Path:
    """Copy ``stream`` to ``folder/stdin.<pdf|docx|odt>``, the suffix from the first bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    raw = folder / "stdin.bin"
    with raw.open("wb") as fh:
        shutil.copyfileobj(stream, fh, 1 << 20)
    suffix = document_suffix(raw)
    if suffix is None:
        raise InputError("standard input: not a PDF, DOCX or ODT document")
    return raw.rename(folder / f"stdin{suffix}")


def document_suffix(path: Path) -> str | None:
    """``.pdf``, ``.docx`` or ``.odt`` from what the file holds (its name may say nothing)."""
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF" in head:
        return ".pdf"
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return ".docx"
            if "mimetype" in names and zf.read("mimetype").startswith(
                b"application/vnd.oasis.opendocument.text"
            ):
                return ".odt"
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None

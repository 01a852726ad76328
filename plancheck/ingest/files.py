"""The checks every reader makes before it opens a file, so each failure is one clear line."""

from __future__ import annotations

from pathlib import Path

from plancheck.errors import InputError


def probe(path: Path, head_bytes: int = 1024) -> tuple[int, bytes]:
    """The size and first bytes of ``path``; :class:`InputError` when it is missing, a folder or
    unreadable."""
    if not path.exists():
        if path.is_symlink():  # exists() follows the link: it leads nowhere
            raise InputError(
                f"{path}: a symbolic link that leads nowhere (its target is missing, or the link "
                "points back at itself)"
            )
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a plan document")
    if not path.is_file():  # a FIFO would block the read for ever, a device never end
        raise InputError(f"{path}: not a regular file (a pipe or a device?)")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            return size, fh.read(head_bytes)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


#: the documents plancheck reads, by suffix
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".odt")


def documents_in(folder: Path) -> list[Path]:
    """The .pdf, .docx and .odt files in ``folder`` and its sub-folders, sorted by path. Hidden
    files and folders (``.git``, ``.venv``) and Office lock files (``~$…``) are left out. A
    document's name on a symbolic link that leads nowhere (a loop, a missing target) is kept,
    so the check names it rather than passing over a plan it never read."""
    found = []
    for p in folder.rglob("*"):
        parts = p.relative_to(folder).parts
        if any(part.startswith((".", "~$")) for part in parts):
            continue
        if p.suffix.lower() in DOCUMENT_SUFFIXES and (p.is_file() or (p.is_symlink() and not p.exists())):
            found.append(p)
    return sorted(found)

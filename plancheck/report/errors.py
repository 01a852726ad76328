"""Why a document could not be checked, said in the reader's language.

The readers' errors are one English line for a terminal, with the command line's options as
the remedy ("raise the limit with --timeout"). A planner reads bokmål, nynorsk or English:
each error is sorted into a reason by the words the reader's own message uses
(:data:`REASONS`: the error crosses the process boundary of the time and memory limits as its
text alone), and the reason and what to do are said in the chosen language. The web page has no
options to give and keeps the English line as the job's ``detail``; the command line, when a
language was asked for, says the reason and keeps the English line after it
(:func:`said_with_detail`), for the option it names.
"""

from __future__ import annotations

import re
from pathlib import PurePath

#: (reason, what the reader's English message says) in the order they are tried: the time and
#: memory limits first, since their messages also ask "a damaged document?"
REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("timeout", re.compile(r"\bgave up after\b")),
    ("memory", re.compile(r"\bmemory\b")),
    ("encrypted", re.compile(r"\bpassword|\bencrypt")),
    ("no_text", re.compile(r"\bno text\b")),
    ("empty", re.compile(r"\bthe file is empty\b")),
    ("missing", re.compile(r": no such file\b")),
    ("unsupported", re.compile(r"\bnot (?:a|an) (?:PDF|plan|\.docx|Word|OpenDocument)\b", re.I)),
    ("damaged", re.compile(r"\b(?:truncated|corrupt|damaged|cannot be read|crashed|stopped unexpectedly|well-formed)\b")),
)

MESSAGES: dict[str, dict[str, str]] = {
    "nb": {
        "timeout": "Det tok for lang tid å lese «{name}» (et svært stort eller skadet dokument?).",
        "memory": "«{name}» trenger mer minne enn det er plass til (et svært stort eller skadet dokument?).",
        "encrypted": "«{name}» er passordbeskyttet eller kryptert. Lagre en kopi uten passord og prøv igjen.",
        "no_text": "«{name}» har ingen tekst å lese (et skannet bilde?). Kjør tekstgjenkjenning (OCR) på filen først.",
        "empty": "«{name}» er tom.",
        "missing": "Finner ikke «{name}». Er navnet eller mappen riktig?",
        "unsupported": "«{name}» er ikke en PDF-, Word- (.docx) eller OpenDocument-fil (.odt).",
        "damaged": "«{name}» er skadet eller ufullstendig og kan ikke leses. Hent eller lagre filen på nytt.",
        "too_big": "«{name}» er større enn grensen på {mb} MB.",
        "other": "«{name}» kunne ikke leses.",
    },
    "nn": {
        "timeout": "Det tok for lang tid å lese «{name}» (eit svært stort eller skadd dokument?).",
        "memory": "«{name}» treng meir minne enn det er plass til (eit svært stort eller skadd dokument?).",
        "encrypted": "«{name}» er passordverna eller kryptert. Lagra ein kopi utan passord og prøv igjen.",
        "no_text": "«{name}» har ingen tekst å lese (eit skanna bilete?). Køyr tekstattkjenning (OCR) på fila først.",
        "empty": "«{name}» er tom.",
        "missing": "Finn ikkje «{name}». Er namnet eller mappa rett?",
        "unsupported": "«{name}» er ikkje ei PDF-, Word- (.docx) eller OpenDocument-fil (.odt).",
        "damaged": "«{name}» er skadd eller ufullstendig og kan ikkje lesast. Hent eller lagra fila på nytt.",
        "too_big": "«{name}» er større enn grensa på {mb} MB.",
        "other": "«{name}» kunne ikkje lesast.",
    },
    "en": {
        "timeout": "Reading «{name}» took too long (a very large or damaged document?).",
        "memory": "«{name}» needs more memory than there is room for (a very large or damaged document?).",
        "encrypted": "«{name}» is password-protected or encrypted. Save a copy without a password and try again.",
        "no_text": "«{name}» has no text to read (a scanned image?). Run text recognition (OCR) on it first.",
        "empty": "«{name}» is empty.",
        "missing": "«{name}» does not exist. Is the name or the folder right?",
        "unsupported": "«{name}» is not a PDF, Word (.docx) or OpenDocument (.odt) file.",
        "damaged": "«{name}» is damaged or incomplete and cannot be read. Get or save the file again.",
        "too_big": "«{name}» is larger than the limit of {mb} MB.",
        "other": "«{name}» could not be read.",
    },
}


def reason(message: str) -> str:
    """The reason an error ``message`` of the readers gives ("no_text", "damaged" …), or
    "other"."""
    for key, pattern in REASONS:
        if pattern.search(message):
            return key
    return "other"


def said(key: str, lang: str, name: str, **values: object) -> str:
    """The message for reason ``key`` in ``lang`` (bokmål for an unknown one), naming ``name``."""
    texts = MESSAGES.get(lang, MESSAGES["nb"])
    return texts.get(key, texts["other"]).format(name=name, **values)


def localized(message: str, lang: str, name: str | None = None) -> str:
    """An English error line of the readers ("PATH: the PDF has no text layer …") said in
    ``lang`` for a planner; the file is ``name``, else the last part of the line's path."""
    if name is None:
        head = message.split(": ", 1)[0] if ": " in message else ""
        name = PurePath(head).name if head else ""
    return said(reason(message), lang, name or "?")


def said_with_detail(message: str, lang: str | None) -> str:
    """The command line's line for a document that could not be read: the reader's English
    ``message`` as it is when no language was asked for (``lang`` None) or English was, or when
    its reason is unknown; else the reason in ``lang``, the English line after it in brackets."""
    if lang is None or lang == "en" or reason(message) == "other":
        return message
    return f"{localized(message, lang)} ({message})"

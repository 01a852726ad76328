"""Why a document could not be checked, said in the reader's language.

The readers' errors are one English line for a terminal, with the command line's options as
the remedy ("raise the limit with --timeout"). A planner reads bokmål, nynorsk or English:
each error is sorted into a reason by the words the reader's own message uses
(:data:`REASONS`: the error crosses the process boundary of the time and memory limits as its
text alone), and the reason and what to do are said in the chosen language. The web page has no
options to give and keeps the English line as the job's ``detail``; ``plancheck check`` and
``plancheck rules`` say the reason in the findings' language (``--lang``, the configuration's,
else bokmål) and keep the English line after it (:func:`said_with_detail`), for the option it
names.
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
    # an OpenDocument package without its text (or its content part): damaged, no scan
    ("damaged", re.compile(r"\bno (?:text body|content\.xml)\b")),
    ("no_text", re.compile(r"\bno text\b")),
    ("empty", re.compile(r"\bthe file is empty\b")),
    ("missing", re.compile(r": no such (?:mandate )?file\b|\bdoes not exist\b")),
    ("no_files", re.compile(r"\bthe folder has no PDF\b")),
    ("no_points", re.compile(r"\bno mandate points found\b")),
    ("unknown_rule", re.compile(r": no such rule\b")),
    ("overwrite", re.compile(r"\brefusing to overwrite\b")),
    ("cannot_write", re.compile(r"\bcannot write\b")),
    ("unsupported", re.compile(r"\bnot (?:a|an) (?:PDF|plan|\.docx|Word|OpenDocument)\b", re.I)),
    ("damaged", re.compile(r"\b(?:truncated|corrupt|damaged|cannot be read|crashed|stopped unexpectedly|well-formed)\b")),
)

MESSAGES: dict[str, dict[str, str]] = {
    "nb": {
        "unknown_rule": "Det finnes ingen regel som heter «{name}». `plancheck rules` viser reglene.",
        "timeout": "Det tok for lang tid å lese «{name}» (et svært stort eller skadet dokument?).",
        "memory": "«{name}» trenger mer minne enn det er plass til (et svært stort eller skadet dokument?).",
        "encrypted": "«{name}» er passordbeskyttet eller kryptert. Lagre en kopi uten passord og prøv igjen.",
        "no_text": "«{name}» har ingen tekst å lese (et skannet bilde?). Kjør tekstgjenkjenning (OCR) på filen først.",
        "empty": "«{name}» er tom.",
        "missing": "Finner ikke «{name}». Er navnet eller mappen riktig?",
        "unsupported": "«{name}» er ikke en PDF-, Word- (.docx) eller OpenDocument-fil (.odt).",
        "damaged": "«{name}» er skadet eller ufullstendig og kan ikke leses. Hent eller lagre filen på nytt.",
        "too_big": "«{name}» er større enn grensen på {mb} MB.",
        "no_files": "Mappen «{name}» har ingen PDF-, Word- (.docx) eller OpenDocument-filer (.odt).",
        "no_points": "Fant ingen punkter i «{name}» (ingen nummerert liste eller punktliste).",
        "overwrite": "«{name}» er en av filene som leses. plancheck skriver aldri over dem: velg et annet navn.",
        "cannot_write": "Kan ikke skrive «{name}». Finnes mappen, og har du lov til å skrive der?",
        "usage": "Kommandoen er skrevet feil: se «{name}».",
        "prefix": "feil",
        "did_you_mean": "Mente du «{name}»?",
        "baseline_written": "plancheck: skrev {n} funn til baseline-filen {name}",
        "reading": "Leser {name}",
        "other": "«{name}» kunne ikke leses.",
    },
    "nn": {
        "unknown_rule": "Det finst ingen regel som heiter «{name}». `plancheck rules` viser reglane.",
        "timeout": "Det tok for lang tid å lese «{name}» (eit svært stort eller skadd dokument?).",
        "memory": "«{name}» treng meir minne enn det er plass til (eit svært stort eller skadd dokument?).",
        "encrypted": "«{name}» er passordverna eller kryptert. Lagra ein kopi utan passord og prøv igjen.",
        "no_text": "«{name}» har ingen tekst å lese (eit skanna bilete?). Køyr tekstattkjenning (OCR) på fila først.",
        "empty": "«{name}» er tom.",
        "missing": "Finn ikkje «{name}». Er namnet eller mappa rett?",
        "unsupported": "«{name}» er ikkje ei PDF-, Word- (.docx) eller OpenDocument-fil (.odt).",
        "damaged": "«{name}» er skadd eller ufullstendig og kan ikkje lesast. Hent eller lagra fila på nytt.",
        "too_big": "«{name}» er større enn grensa på {mb} MB.",
        "no_files": "Mappa «{name}» har ingen PDF-, Word- (.docx) eller OpenDocument-filer (.odt).",
        "no_points": "Fann ingen punkt i «{name}» (inga nummerert liste eller punktliste).",
        "overwrite": "«{name}» er ei av filene som blir lesne. plancheck skriv aldri over dei: vel eit anna namn.",
        "cannot_write": "Kan ikkje skrive «{name}». Finst mappa, og har du lov til å skrive der?",
        "usage": "Kommandoen er skriven feil: sjå «{name}».",
        "prefix": "feil",
        "did_you_mean": "Meinte du «{name}»?",
        "baseline_written": "plancheck: skreiv {n} funn til baseline-fila {name}",
        "reading": "Les {name}",
        "other": "«{name}» kunne ikkje lesast.",
    },
    "en": {
        "unknown_rule": "There is no rule named «{name}». `plancheck rules` lists the rules.",
        "timeout": "Reading «{name}» took too long (a very large or damaged document?).",
        "memory": "«{name}» needs more memory than there is room for (a very large or damaged document?).",
        "encrypted": "«{name}» is password-protected or encrypted. Save a copy without a password and try again.",
        "no_text": "«{name}» has no text to read (a scanned image?). Run text recognition (OCR) on it first.",
        "empty": "«{name}» is empty.",
        "missing": "«{name}» does not exist. Is the name or the folder right?",
        "unsupported": "«{name}» is not a PDF, Word (.docx) or OpenDocument (.odt) file.",
        "damaged": "«{name}» is damaged or incomplete and cannot be read. Get or save the file again.",
        "too_big": "«{name}» is larger than the limit of {mb} MB.",
        "no_files": "The folder «{name}» has no PDF, Word (.docx) or OpenDocument (.odt) files.",
        "no_points": "No points found in «{name}» (no numbered or bulleted list).",
        "overwrite": "«{name}» is one of the files being read. plancheck never writes over them: choose another name.",
        "cannot_write": "Cannot write «{name}». Does the folder exist, and may you write there?",
        "usage": "The command is written wrongly: see «{name}».",
        "prefix": "error",
        "did_you_mean": "Did you mean «{name}»?",
        "baseline_written": "plancheck: wrote {n} finding(s) to the baseline {name}",
        "reading": "Reading {name}",
        "other": "«{name}» could not be read.",
    },
}


#: the other files a check reads, as the readers' English lines name them before the path
#: ("mandate PATH: …", "parent plan PATH: …", "configuration file PATH does not exist"): the
#: reason is then said of that file, under its role, not of the plan
ROLES: tuple[tuple[str, str], ...] = (
    ("mandate", "mandate "),
    ("parent", "parent plan "),
    ("config", "configuration file "),
    ("baseline", "baseline "),
)

ROLE_NAMES: dict[str, dict[str, str]] = {
    "nb": {
        "mandate": "Mandatet",
        "parent": "Den overordnede planen",
        "config": "Konfigurasjonsfilen",
        "baseline": "Baseline-filen",
    },
    "nn": {
        "mandate": "Mandatet",
        "parent": "Den overordna planen",
        "config": "Konfigurasjonsfila",
        "baseline": "Baseline-fila",
    },
    "en": {
        "mandate": "The mandate",
        "parent": "The parent plan",
        "config": "The configuration file",
        "baseline": "The baseline file",
    },
}


def reason(message: str) -> str:
    """The reason an error ``message`` of the readers gives ("no_text", "damaged" …), or
    "other"."""
    return _reason(message)[0]


def _reason(message: str) -> tuple[str, re.Match[str] | None]:
    """The first reason whose words stand in the reader's sentence: after a "PATH: " (the
    file's name may hold the words, 'truncated.pdf'), or anywhere in a line with no colon
    ("configuration file C does not exist")."""
    colon = ": " in message
    for key, pattern in REASONS:
        for m in pattern.finditer(message):
            if not colon or message.rfind(": ", 0, m.start() + 2) >= 0:
                return key, m
    return "other", None


def about(message: str) -> tuple[str | None, str]:
    """The role (a key of :data:`ROLES`, or None for the plan itself) and the file name of the
    file an English error line is about: the last "PATH: " before the reason's words (a check
    names the plan first and the mandate or parent plan after it: "PLAN: mandate M: …"), or
    the words before the reason when there is no colon ("configuration file C does not exist")."""
    _key, m = _reason(message)
    at = m.start() if m is not None else len(message)
    before = message[:at]
    if not message[at:].startswith(":") and ": " in before:
        before = before.rsplit(": ", 1)[0]  # the reason's own sentence ("the PDF is …")
    head = before.rstrip(": ").split(": ")[-1].strip()
    role = None
    for key, prefix in ROLES:
        if head.startswith(prefix):
            role, head = key, head[len(prefix):].strip()
            break
    return role, PurePath(head).name if head else ""


#: the rule a misspelt name was nearest to, as the English line names it
_NEAR = re.compile(r"\(did you mean ([\w-]+)\?\)")


def said(key: str, lang: str, name: str, **values: object) -> str:
    """The message for reason ``key`` in ``lang`` (bokmål for an unknown one), naming ``name``."""
    texts = MESSAGES.get(lang, MESSAGES["nb"])
    return texts.get(key, texts["other"]).format(name=name, **values)


def localized(message: str, lang: str, name: str | None = None) -> str:
    """An English error line of the readers ("PATH: the PDF has no text layer …") said in
    ``lang`` for a planner; the file is ``name``, else the one the line is about
    (:func:`about`), named with its role when it is not the plan ("Mandatet: …")."""
    role = None
    if name is None:
        role, name = about(message)
    key = reason(message)
    text = said(key, lang, name or "?")
    near = _NEAR.search(message) if key == "unknown_rule" else None
    if near is not None:
        text = f"{text} {said('did_you_mean', lang, near.group(1))}"
    if role is not None:
        text = f"{ROLE_NAMES.get(lang, ROLE_NAMES['nb'])[role]}: {text}"
    return text


def error_word(lang: str | None) -> str:
    """The word after ``plancheck:`` on an error line: ``feil`` in bokmål or nynorsk (``check``
    and ``rules`` say their errors in the findings' language, bokmål when none was asked for),
    ``error`` otherwise (English, or a command that speaks none: the line is the reader's English)."""
    if lang in ("nb", "nn"):
        return MESSAGES[lang]["prefix"]
    return MESSAGES["en"]["prefix"]


def said_with_detail(message: str, lang: str | None) -> str:
    """The command line's line for a document that could not be read: the reader's English
    ``message`` as it is when no language was asked for (``lang`` None) or English was, or when
    its reason is unknown; else the reason in ``lang``, the English line after it in brackets."""
    if lang is None or lang == "en" or reason(message) == "other":
        return message
    return f"{localized(message, lang)} ({message})"

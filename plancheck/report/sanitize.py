"""Text from a document, made safe for the channel it is written to.

A plan under review is untrusted: its title, headings and cell text, and its file name, end up
in the terminal, in a CI log, in XML. There they must stay text:

* **terminal**: ESC (colours, screen clearing, OSC 52 clipboard writes, hidden text), other C0
  and C1 control characters, DEL and the bidirectional overrides are shown as visible symbols
  (U+2400 "Control Pictures", U+FFFD) instead of being acted on. The replacement is one
  character for one, so the styled spans of a rich Text stay where they were.
* **CI logs** (text, stderr, github formats): a line that starts with ``::`` is a GitHub
  Actions workflow command (``::add-mask::``, ``::error file=…::``, ``::stop-commands::``),
  and ``##[`` is the older syntax. The first character of either is replaced by its full-width
  form (``：``, ``＃``): the line reads the same to a person and is no command to the runner.
* **one line** (stderr messages): line breaks inside a value (a file name may hold one) are
  shown as symbols too, so a message stays the one line plancheck promised.
* **XML 1.0**: characters XML cannot hold at all (most C0 controls, U+FFFE/U+FFFF, lone
  surrogates) are replaced, so JUnit output stays well-formed.

Written by hand: the rules are a few translate tables, and no package covers the GitHub
workflow-command syntax.
"""

from __future__ import annotations

import html
import re

#: bidirectional embedding/override/isolate controls (the "Trojan Source" characters)
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def _table(keep: str) -> dict[int, str]:
    table: dict[int, str] = {}
    for c in range(0x20):
        if chr(c) not in keep:
            table[c] = chr(0x2400 + c)
    table[0x7F] = "\u2421"
    for c in range(0x80, 0xA0):
        table[c] = "\ufffd"
    for c in _BIDI:
        table[c] = "\ufffd"
    table[0x2028] = "\u2424"  # LINE SEPARATOR: some terminals and logs break the line there
    table[0x2029] = "\u2424"
    return table


_TERMINAL = _table("\n\t")
_ONE_LINE = _table("\t")
_ONE_LINE[0x09] = " "
#: a workflow command after optional whitespace, or the old ``##[`` syntax anywhere in a line
_COMMAND = re.compile(r"^([ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*):(?=:)", re.M)
_OLD_COMMAND = re.compile(r"#(?=#\[)")
_JSON_SHOWN = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def for_terminal(text: str) -> str:
    """Control characters shown as symbols; newlines and tabs kept."""
    return text.translate(_TERMINAL)


def for_html(text: str, quote: bool = True) -> str:
    """Escaped for HTML text and attribute values, with control characters and bidirectional
    overrides shown as symbols as on a terminal: a document's U+202E would otherwise turn the
    report's own words around in the browser (the "Trojan Source" trick)."""
    return html.escape(for_terminal(text), quote)


def neutralise_commands(text: str) -> str:
    """No line of ``text`` is a GitHub Actions workflow command any more (same length)."""
    if ":" not in text and "#" not in text:
        return text
    text = _COMMAND.sub(lambda m: m.group(1) + "\uff1a", text)
    return _OLD_COMMAND.sub("\uff03", text)


def for_log(text: str) -> str:
    """For the text report and other multi-line output a CI log shows: terminal-safe and no
    workflow commands. One character for one."""
    return neutralise_commands(for_terminal(text))


def one_line(text: str) -> str:
    """For a message on stderr: terminal-safe, no workflow command, and one line."""
    return neutralise_commands(text.translate(_ONE_LINE))


def for_xml(text: str) -> str:
    """Text XML 1.0 can hold, and that is terminal-safe when the XML is printed."""
    return _XML_INVALID.sub("\ufffd", for_terminal(text))


def json_for_log(text: str) -> str:
    """JSON text with the same value, and no workflow command when a CI log shows it.

    In JSON from :func:`json.dumps` a line break inside a string is always escaped and every
    line starts with indentation and a quote or bracket, so only the old ``##[`` syntax, which
    the runner finds anywhere in a line, can appear; its ``#`` is written as ``\\u0023``. C1
    controls, DEL, bidirectional overrides and line separators, which ``json.dumps`` keeps as
    they are, are written as ``\\uXXXX`` escapes too (they only occur inside strings)."""
    text = _JSON_SHOWN.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    return text.replace("##[", "#\\u0023[")


def xml_for_log(text: str) -> str:
    """Serialised XML with the same value, and no workflow command when a CI log shows it:
    a line starting with ``::`` (inside a text or attribute value broken over lines) gets
    ``&#58;`` for its first colon, ``##[`` gets ``&#35;``. Markup lines start with ``<``."""
    text = _COMMAND.sub(lambda m: m.group(1) + "&#58;", text)
    return text.replace("##[", "#&#35;[")


def error_line(message: str, word: str = "error") -> str:
    """``plancheck: error: MESSAGE`` as printed on stderr, the message made :func:`one_line`;
    ``word`` is ``error`` said in the language asked (:func:`plancheck.report.errors.error_word`)."""
    return f"plancheck: {word}: {one_line(message)}"


__all__ = [
    "error_line",
    "for_log",
    "for_terminal",
    "for_xml",
    "json_for_log",
    "neutralise_commands",
    "one_line",
    "xml_for_log",
]

"""The layout layer: geometry and typography of a PDF page, no vocabulary.

Stages, each a small pure function over plain data (testable on hand-built pages):

- :mod:`~plancheck.layout.chars` - characters with box, size, font and weight (pypdfium2, or
  pdfplumber as the reference path);
- :mod:`~plancheck.layout.words` - characters → words, letter spacing estimated per line,
  fake-bold duplicates dropped;
- :mod:`~plancheck.layout.columns` - column regions and reading order (recursive XY-cut);
- :mod:`~plancheck.layout.lines` - words → lines;
- :mod:`~plancheck.layout.furniture` - running headers, footers, page numbers, contents;
- :mod:`~plancheck.layout.tables` - ruled and unruled tables, continued over page breaks;
- :mod:`~plancheck.layout.blocks` - headings, list items, paragraphs in reading order;
- :mod:`~plancheck.layout.document` - runs the stages over a file;
- :mod:`~plancheck.layout.settings` - :class:`LayoutSettings`, every tolerance.

This package must not import :mod:`plancheck.extract` or any role vocabulary.
"""

from plancheck.layout.settings import DEFAULT, LayoutSettings

__all__ = ["DEFAULT", "LayoutSettings"]

"""Points written as the rows of a table: "Tema | Beskrivelse", "Nr. | Utredningstema".

A planprogram or a mandate may set its points out as a table rather than a list: a short label
(a theme, "Flomveier", or a number, "3") in one column and the point itself ("Kartlegge naturlige
flomveier og vurdere …") in another. Not every table of a mandate is a list of points: a
timetable ("Fase | Tidspunkt", "Planprogram fastsatt | Mars 2026") gives dates, a case-header
table ("Utvalg | Møtedato | Saksnr") gives short cells only, an organisation table ("Gruppe |
Deltakere") gives names. What makes rows points is their form, read here from the cells alone:

- one column holds the points: most of its cells are long enough to ask for something and read
  as a request (the caller's ``asks``: a point verb first, or a modal);
- every other column is a label: short cells, none a date (a column of dates is a timetable);
- a first row whose cell in the points column is short is the header ("Beskrivelse").

A label column of numbers or letters ("1", "2.", "a)") numbers the points; otherwise they are
numbered by their row.

A task table ("Nr | Oppgave | Frist", "No. | Task | Deadline") is a list of points although it
has a column of dates: its tasks are numbered and the date column's header names a deadline
(the caller's ``deadline_header``: requirements.yaml ``deadline_column``), so each row is a
point with the date it is due. The deadline is no part of the point's text. A table of dates
whose steps are not numbered, or whose date column is headed "Når", "Tidspunkt" (the phases of
the work), stays a timetable.

A requirements table (the form of a kravspesifikasjon: "Krav | Begrunnelse", "Requirement |
Rationale") gives each requirement its reason in a column of text beside it. Under a header
row, a column of sentences that tell (most of its cells do not ask: "Dagens oversikt er ti år
gammel.", "Tilsynet fant avvik i 2024.") beside the column that asks is the reason
for each row: no label, no part of the point, and no point of its own, whatever one of its
cells says. Two columns that both ask, or a column of text without a header, stay no list.

A requirements table may rank its rows instead ("Nr. | Krav | Prioritet" with "Skal" or "Bør"
in the last column, a MoSCoW list's "Must have" / "Should have"): a column of priorities under
a header makes every row a requirement, worded as it may be ("Oversikt over …"); the priority
is no part of the point.

A responsibility matrix ("Who | RACI | Involvement": each party's letter, R responsible, A
accountable, C consulted, I informed) names the parties of the work: only the consulted rows
ask for something of the plan's making (a body to be heard), so each of them is a process
point, the party and what it is consulted on joined with ": " ("County Highways: Consulted on
…"), the letter left out; the R, A and I rows are roles, no points.

A response table ("No. | Recommendation | Response | Comment", a merknadsbehandling's "Merknad |
Vurdering": "Tatt til følge") gives a body's decision on each recommendation put to it, in a
column of its own under a header. The rows it takes up ("Agreed", "Delvis tatt til følge") are
the points, worded as they may be ("Map the hotspots …" asks by its decision); the rows it
turns down ("Rejected", "Ikke tatt til følge") ask nothing. The points column is the longest column left of the
decisions (the recommendation comes before the answer to it); the decision and the columns
right of it (the body's comment) are no part of the point.

A risk table ("Nr | Uønskt hending | Sannsyn | Konsekvens | Risiko | Tiltak", a risk register's
"Risk | RAG | Mitigation") assesses each row: a level column under a header naming it, every
cell one of three levels (high, medium, low; a word, or the colour the cell is filled with).
The table itself asks nothing; the document says which level requires action in the plan
("Tiltak mot hendingar med høg risiko skal innarbeidast i ein plan …"), and the measure of
each row at that level is a point, numbered by the number column (:func:`level_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from plancheck.lang.timewords import MONTHS


@dataclass(frozen=True)
class TableSettings:
    """Tolerances of reading a table as points."""

    min_rows: int = 2  # data rows: one row is a sentence in a box, not a list
    point_words: int = 5  # a cell with fewer words asks for nothing ("Mars 2026", "Gebyr")
    label_words: int = 6  # a label cell: at most this many words ("Planforslag til 1. gangs behandling")
    point_share: float = 0.75  # the share of rows whose cell must read as a point / a label
    date_share: float = 0.5  # a column with this share of dates makes the table a timetable
    # a task (under a header naming the column of tasks, "Oppgave", "Task") has at least this
    # many words: "Kartlegge anlegg" is one, "Notat" is a deliverable's name
    task_words: int = 2


SETTINGS = TableSettings()

_MONTH_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# a year, a day and month ("15.03.", "15/3"), a quarter or term ("Q2", "1. kvartal")
_DATE_RE = re.compile(r"\b(19|20)\d\d\b|\b\d{1,2}[./]\d{1,2}\b|\bQ[1-4]\b")
_NUMBER_LABEL_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*|[a-zæøå])[.)]?$", re.IGNORECASE)
# a reference code in a Ref column: "D1", "M4", "T-2" (a letter for the table's kind of item
# and its number, as terms of reference number their deliverables and milestones)
_CODE_LABEL_RE = re.compile(r"^[A-ZÆØÅ]{1,3}-?\d{1,2}$")


def _clean(cell: str) -> str:
    return " ".join((cell or "").split())


def is_date(cell: str) -> bool:
    """A cell that gives a time ("Mars 2026", "Q2 2027", "15.03."): a column of them makes the
    table a timetable, whose rows are steps of the work, not points."""
    return bool(_DATE_RE.search(cell) or _MONTH_RE.search(cell))


def _points_column(rows: list[list[str]], asks: Callable[[str], bool], s: TableSettings) -> int | None:
    """The column whose cells read as points (long and asking), the longest if several."""
    best: tuple[float, int] | None = None
    for c in range(len(rows[0])):
        cells = [r[c] for r in rows]
        pointlike = sum(len(x.split()) >= s.point_words and asks(x) for x in cells)
        if pointlike < s.point_share * len(cells):
            continue
        mean = sum(len(x.split()) for x in cells) / len(cells)
        if best is None or mean > best[0]:
            best = (mean, c)
    return best[1] if best else None


def _never(_cell: str) -> bool:
    return False


def _no_decision(_cell: str) -> bool | None:
    return None


def _nothing(_cell: str) -> str:
    return ""


def cells_of(rows: list[list[str]], c: int) -> list[str]:
    """The cells of column ``c``."""
    return [r[c] for r in rows]


def _tells(cells: list[str], asks: Callable[[str], bool], s: TableSettings) -> bool:
    """A column of sentences that tell beside the column that asks: most cells are sentences
    (``point_words`` words or more, ending in a stop) and few ask (at most the share the
    points column may lack, ``1 - point_share``). A requirements table's reasons ("Dagens
    oversikt er ti år gammel.") read so; labels are short, and a second column
    of requests is another list."""
    sentences = sum(
        len(x.split()) >= s.point_words and x.rstrip().endswith((".", "!")) for x in cells
    )
    asking = sum(asks(x) for x in cells)
    return sentences >= s.point_share * len(cells) and asking <= (1 - s.point_share) * len(cells)


def point_rows(
    table: Sequence[Sequence[str]],
    asks: Callable[[str], bool],
    settings: TableSettings = SETTINGS,
    *,
    deadline_header: Callable[[str], bool] = _never,
    named_header: Callable[[str], bool] = _never,
    milestone_header: Callable[[str], bool] = _never,
    deliverable_header: Callable[[str], bool] = _never,
    leans: Callable[[str], bool] = _never,
    priority: Callable[[str], bool] = _never,
    response_header: Callable[[str], bool] = _never,
    deadline_cell: Callable[[str], bool] = _never,
    scoped_out: Callable[[str], bool] = _never,
    decision: Callable[[str], bool | None] = _no_decision,
    promise: Callable[[str], str] = _nothing,
    information: Callable[[str], bool] = _never,
    task_header: Callable[[str], bool] = _never,
) -> list[tuple[str | None, str]] | None:
    """The points of a table given as rows of cell texts: ``(number or None, text)`` per row,
    or None when the table is no list of points (see the module's docstring). ``asks`` says
    whether a cell reads as a request (the mandate's point verbs or modals);
    ``deadline_header`` whether a header cell names a deadline ("Frist", "Deadline"). A
    column that tells beside the points under a header row is their reasons (:func:`_tells`).

    ``named_header`` says whether a header cell names a column of points whatever their form
    ("Deliverable", "Problemstilling"): under such a header a column of descriptions ("A
    forecast of …") or questions is the points column although its cells do not ask.
    ``milestone_header`` whether it names milestones: a numbered table of milestones and dates
    ("M1 | Workshop … | October 2031") gives each milestone with its date as a point.
    ``deliverable_header`` whether it names deliverables ("Leverance", "Deliverable"): a
    table of deliverables or milestones under a deadline header ("Leverance | Frist") gives
    each row with its date as a point, numbered or not.
    ``leans`` whether a point cell leans on its row's theme (a question, a noun phrase: it does
    not ask by itself): such a cell is given after the label column left of it, "Villrein: Kva
    verknad …?", "Fees: A comparison of …". A column right of the points column (the method, the
    one responsible) is no part of the point.

    ``priority`` says whether a cell gives a requirement's priority ("Skal", "Bør", "Must",
    "Should have": a kravspesifikasjon's or a MoSCoW list's column): under a header row, a
    column of them makes every row a requirement whatever its wording ("Oversikt over …" asks
    by its "Skal"), so the points column is the text beside it, and the priority is no part
    of the point, nor its theme.

    ``response_header`` says whether a header cell names the place in the plan where a row is
    answered ("Location in plan", "Side i planen": a review checklist's column for the
    planner to fill in): such a column left empty in every row makes the table a checklist
    of requirements, each row a point whatever its wording ("A map of …"), as under a named
    header; the empty column is no part of the point.

    ``deadline_cell`` says whether a date cell opens with a deadline ("Senest 1. juni",
    "No later than June"): a table of milestones without numbers whose date column holds one
    is what the work is held to by when, as under a deadline header (:func:`_milestones`).

    ``scoped_out`` says whether a point cell opens by saying its theme is left out ("Vurderes
    ikke. …", "Not assessed", "Scoped out": a scoping table's row for a theme it names only to
    leave it out): such a row is no point. When a table without a number column leaves rows
    out so, the others keep the number of their row, as the table prints them in order.

    ``decision`` says whether a cell is a body's decision on a row: True taken up ("Accepted",
    "Tatt til følge", in part too), False turned down ("Rejected"), None no decision. Under
    a header row, a column of them makes the table a response table (see the module's
    docstring): only the rows taken up are points. ``promise`` gives what a decision cell says
    after its verdict ("Beaktas. Strategin kompletteras med …" → "Strategin kompletteras med …"):
    when it promises something (``point_words`` words or more), that promise is the row's
    point, not the comment it answers.

    ``information`` says whether a cell marks its row as information ("INFO", "Orientering":
    a kravspesifikasjon's row that tells the tenderer a fact among the SKAL and BØR rows): in
    the priority column such a cell is allowed beside the priorities, and its row is no point;
    the number column numbers the other rows (the informing row's "–" is no number)."""
    s = settings
    rows = [[_clean(c) for c in r] for r in table]
    rows = [r for r in rows if any(r)]
    if not rows or len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
        return None
    # a merged cell repeated over the row (a caption row, a group row) is no row of points
    rows = [r for r in rows if len(set(r)) > 1]
    body = rows[1:] if len(rows) > 1 else rows
    named = len(rows) > 1 and (
        any(named_header(c) for c in rows[0]) or _checklist(rows, response_header)
    )
    tasks = _task_rows(rows, task_header, scoped_out, s)
    if tasks is not None:
        return tasks
    if len(rows) > 1 and any(milestone_header(c) for c in rows[0]):
        return _milestones(rows, milestone_header, s, deadline_header, deadline_cell=deadline_cell)
    if len(rows) > 1 and any(deliverable_header(c) for c in rows[0]):
        found = _milestones(rows, deliverable_header, s, deadline_header, numbered=False)
        if found:
            return found
    decided = _decision_column(rows, decision, s)
    if decided is not None:
        return _decided_rows(rows, decided, decision, s, promise)
    ranked = _priority_column(rows, priority, s, information)
    col = _points_column(body, (lambda _c: True) if named or ranked is not None else asks, s)
    if col is None:
        return None
    if len(rows[0][col].split()) >= s.point_words:
        body = rows  # no header row: the first row is a point too
    if len(body) < s.min_rows:
        return None
    header = rows[0] if body is not rows else None
    numbers: list[str] | None = None
    deadlines = False
    informs = [ranked is not None and information(r[ranked]) for r in body]
    for c in range(len(body[0])):
        if c in (col, ranked):
            continue
        if header is not None and _tells(cells_of(body, c), asks, s):
            continue  # the requirement's reason: beside the point, no part of it
        if named and c > col and header is not None:
            # under a header naming the points column, a column right of it (the method, the
            # one responsible) is no part of the point, whatever its length
            continue
        cells = [r[c] for r in body]
        if sum(is_date(x) for x in cells) >= s.date_share * len(cells):
            if header is None or not deadline_header(header[c]):
                return None  # a timetable
            deadlines = True  # a deadline column: a task table if its tasks are numbered
            continue
        if sum(len(x.split()) <= s.label_words for x in cells) < s.point_share * len(cells):
            return None  # two columns of text: not a label and its point
        asked_cells = [x for x, i in zip(cells, informs, strict=True) if not i]
        if numbers is None and asked_cells and number_column(asked_cells):
            numbers = [x.rstrip(".)") for x in cells]
    if deadlines and numbers is None:
        return None  # dated steps without numbers: the phases of the work
    theme = _theme_column(body, col, numbers is not None, skip=ranked)
    out: list[tuple[str | None, str]] = []
    left_out = [scoped_out(r[col]) or i for r, i in zip(body, informs, strict=True)]
    if all(left_out):
        return None
    # rows left out: the others keep the number of their row, as the table prints them
    by_row = any(left_out)
    for k, r in enumerate(body):
        if left_out[k]:
            continue  # a theme the table names to leave it out
        text = r[col]
        if theme is not None and r[theme] and (named or leans(text)):
            text = f"{r[theme].rstrip(':')}: {text}"
        number = numbers[k] if numbers else str(k + 1) if by_row else None
        out.append((number, text))
    return out


def _task_rows(
    rows: list[list[str]],
    task_header: Callable[[str], bool],
    scoped_out: Callable[[str], bool],
    s: TableSettings,
) -> list[tuple[str | None, str]] | None:
    """A table of tasks ("Oppgave | Leveranse | Frist", "Task | Output | Due", "Opgave |
    Ansvarlig | Tidsfrist"): one header cell names the column of tasks, and that column's
    cells are the points — whatever the columns beside it hold (what each task delivers, who
    does it, by when: the work's own schedule for the task, no part of what is asked, and no
    reason to read the table as a timetable). None unless exactly one header cell names the
    tasks and most of its cells are tasks of ``task_words`` words or more."""
    if len(rows) <= s.min_rows:
        return None
    header, body = rows[0], rows[1:]
    named = [c for c, h in enumerate(header) if task_header(h)]
    if len(named) != 1:
        return None
    c = named[0]
    cells = [" ".join(r[c].split()) for r in body]
    if sum(len(x.split()) >= s.task_words for x in cells) < s.point_share * len(cells):
        return None
    numbers = next(
        (
            [x.rstrip(".)") for x in cells_of(body, n)]
            for n in range(len(header))
            if n != c and all(cells_of(body, n)) and number_column(cells_of(body, n))
        ),
        None,
    )
    out: list[tuple[str | None, str]] = []
    for k, text in enumerate(cells):
        if not text or scoped_out(text):
            continue
        out.append((numbers[k] if numbers else None, text))
    return out or None


def number_column(cells: list[str]) -> bool:
    """Is every cell a number or a code ("3", "2.1", "B7", "A1.")? A code closed by a full stop
    ("A1.") counts as a number does ("1.")."""
    return all(_NUMBER_LABEL_RE.match(x) or _CODE_LABEL_RE.match(x.rstrip(".")) for x in cells)


def _checklist(rows: list[list[str]], response_header: Callable[[str], bool]) -> bool:
    """A review checklist: a header cell naming where in the plan each row is answered, its
    column empty in every body row (to be filled in by the one who answers the form)."""
    body = rows[1:]
    return bool(body) and any(
        response_header(h) and not any(r[c] for r in body) for c, h in enumerate(rows[0])
    )


def _decision_column(
    rows: list[list[str]], decision: Callable[[str], bool | None], s: TableSettings
) -> int | None:
    """The column under a header whose every body cell is a decision on its row, at least one
    taking the row up (a table whose every row is turned down asks nothing), with a column of
    text left of it; or None."""
    if len(rows) < s.min_rows + 1:
        return None
    for c in range(1, len(rows[0])):
        said = [decision(x) for x in cells_of(rows[1:], c)]
        if all(d is not None for d in said) and any(said) and decision(rows[0][c]) is None:
            return c
    return None


def _decided_rows(
    rows: list[list[str]],
    decided: int,
    decision: Callable[[str], bool | None],
    s: TableSettings,
    promise: Callable[[str], str] = _nothing,
) -> list[tuple[str | None, str]] | None:
    """The rows of a response table its body takes up, as ``(number, recommendation)``: the
    points column is the longest column left of the decisions, a number column left of it
    numbers them (else the row's position, as the table prints them in order). A decision
    that goes on to promise what the plan will hold ("Beaktas. Strategin kompletteras med …")
    gives that promise as the row's point instead."""
    body = rows[1:]
    left = [c for c in range(decided) if not number_column(cells_of(body, c))]
    if not left:
        return None
    col = max(left, key=lambda c: sum(len(x.split()) for x in cells_of(body, c)))
    if sum(len(x.split()) >= s.point_words for x in cells_of(body, col)) < s.point_share * len(body):
        return None  # short labels: no recommendations
    numbers = next(
        (
            [x.rstrip(".)") for x in cells_of(body, c)]
            for c in range(decided)
            if c != col and number_column(cells_of(body, c))
        ),
        None,
    )
    out: list[tuple[str | None, str]] = []
    for k, r in enumerate(body):
        if not decision(r[decided]) or not r[col]:
            continue
        said = promise(r[decided])
        text = said if len(said.split()) >= s.point_words else r[col]
        out.append((numbers[k] if numbers else str(k + 1), text))
    return out


def _priority_column(
    rows: list[list[str]],
    priority: Callable[[str], bool],
    s: TableSettings,
    information: Callable[[str], bool] = _never,
) -> int | None:
    """The column under a header whose every body cell is a priority ("Skal", "Bør") or marks
    its row as information ("INFO"), at least one a priority; or None."""
    if len(rows) < s.min_rows + 1:
        return None
    for c in range(len(rows[0])):
        cells = cells_of(rows[1:], c)
        if all(x and (priority(x) or information(x)) for x in cells) and any(priority(x) for x in cells):
            return c
    return None


def _theme_column(
    body: list[list[str]], col: int, numbered: bool, *, skip: int | None = None
) -> int | None:
    """The label column that names each row's theme: the nearest column left of the points
    column that is not the number column (a Ref or Nr column numbers, it names nothing) nor
    the priority column ``skip``."""
    for c in range(col - 1, -1, -1):
        if c == skip:
            continue
        cells = cells_of(body, c)
        if numbered and number_column(cells):
            continue
        return c
    return None


def _milestones(
    rows: list[list[str]],
    milestone_header: Callable[[str], bool],
    s: TableSettings,
    deadline_header: Callable[[str], bool] = _never,
    *,
    numbered: bool = True,
    deadline_cell: Callable[[str], bool] = _never,
) -> list[tuple[str | None, str]] | None:
    """A numbered table of milestones ("Ref | Milestone | Date"): each milestone with its date,
    "Workshop with …: October 2031" (the date is part of what is asked: the step by then).
    Without a number column it is one only when its date column is headed by a deadline
    ("Milepæl | Frist", "Leverance | Frist": what is due by when), the rows numbered by the
    caller; under "Dato", "Når" or with no column of dates it is a timetable, no points.
    ``numbered`` False: a number column is no reason (a table of deliverables needs the
    deadline header). A table of deliverables with a task label left of them ("Emne |
    Leverance | Udfører | Frist") gives "task: deliverable", without the date: a task
    table's date is when the work plans to hand it over, not what is asked."""
    header, body = rows[0], rows[1:]
    if len(body) < s.min_rows:
        return None
    m = next(c for c, h in enumerate(header) if milestone_header(h))
    dates = [
        c for c in range(len(header))
        if c != m and sum(is_date(x) for x in cells_of(body, c)) >= s.date_share * len(body)
    ]
    if not dates:
        return None
    numbers = [c for c in range(len(header)) if c != m and number_column(cells_of(body, c))]
    d = dates[0]
    if numbers and numbered:
        n = numbers[0]
        return [(r[n].rstrip(".)"), f"{r[m]}: {r[d]}" if r[d] else r[m]) for r in body if r[m]]
    if not deadline_header(header[d]) and not (
        # "Milepæl | Tidspunkt" with "Senest 1. juni" in a row: the milestones are due by
        # their dates, as under a "Frist" header (not a table of deliverables: its dates are
        # the work's own schedule)
        numbered and any(deadline_cell(x) for x in cells_of(body, d))
    ):
        return None
    label = _task_label_column(body, m, dates, s) if not numbered else None
    if label is not None:
        # "Emne | Leverance | Udfører | Frist": each delivery under the task it is for;
        # the date (and the owner) are the work's own schedule for it, no part of the point,
        # as in a numbered task table
        return [(None, f"{r[label].rstrip(':')}: {r[m]}" if r[label] else r[m]) for r in body if r[m]]
    about = _description_column(body, m, dates, numbers, s) if not numbered else None
    if about is not None:
        # "Leverabel | Klart senast | Innehåll": the deliverable's name, what it is to hold
        # (what the plan answers) and when it is due
        return [
            (None, " – ".join(x for x in (f"{r[m]}: {r[about]}" if r[about] else r[m], r[d]) if x))
            for r in body if r[m]
        ]
    return [(None, f"{r[m]}: {r[d]}" if r[d] else r[m]) for r in body if r[m]]


def _description_column(
    body: list[list[str]], m: int, dates: list[int], numbers: list[int], s: TableSettings
) -> int | None:
    """The column beside the deliverables column ``m`` that says what each deliverable holds:
    neither dates nor numbers, and its cells longer than the deliverables' names, at least
    ``point_words`` words in most rows ("Nulägesbeskrivning" | "Kartläggning av befintligt
    cykelvägnät med …"); None when there is none. Why: a project plan names each deliverable
    in a word and describes it in a column of its own; the name alone asks nothing a plan
    can be read against."""
    for c in range(len(body[0])):
        if c == m or c in dates or c in numbers:
            continue
        cells = cells_of(body, c)
        long = sum(len(x.split()) >= s.point_words for x in cells)
        if long * 2 > len(cells) and sum(len(x.split()) for x in cells) > sum(len(r[m].split()) for r in body):
            return c
    return None


def _task_label_column(
    body: list[list[str]], m: int, dates: list[int], s: TableSettings
) -> int | None:
    """The column left of the deliverables column ``m`` that names each row's task (short
    cells, every row labelled, neither numbers nor dates), or None."""
    for c in range(m - 1, -1, -1):
        if c in dates:
            continue
        cells = cells_of(body, c)
        if number_column(cells):
            continue
        if all(x and len(x.split()) <= s.label_words for x in cells):
            return c
        return None
    return None


def raci_rows(
    table: Sequence[Sequence[str]],
    raci_header: Callable[[str], bool],
    consulted: Callable[[str], bool],
    settings: TableSettings = SETTINGS,
) -> list[tuple[str | None, str]] | None:
    """The consulted rows of a responsibility matrix (see the module's docstring) as
    ``(None, "party: involvement")``, or None when the table is no such matrix: a header cell
    naming the matrix (``raci_header``) over a column of one-letter codes, and at least one
    row whose code is the consulted one (``consulted``)."""
    rows = [[_clean(c) for c in r] for r in table]
    rows = [r for r in rows if any(r)]
    if len(rows) < settings.min_rows + 1 or len({len(r) for r in rows}) != 1:
        return None
    header, body = rows[0], rows[1:]
    code = next((c for c, h in enumerate(header) if raci_header(h)), None)
    if code is None or not all(len(r[code]) <= 2 for r in body):
        return None
    others = [c for c in range(len(header)) if c != code]
    if not others:
        return None
    party = others[0]
    rest = [c for c in others if c != party]
    out: list[tuple[str | None, str]] = []
    for r in body:
        if not consulted(r[code]) or not r[party]:
            continue
        what = " ".join(r[c] for c in rest if r[c])
        out.append((None, f"{r[party]}: {what}" if what else r[party]))
    return out or None


def level_rows(
    table: Sequence[Sequence[str]],
    level_of: Callable[[str], str | None],
    level_header: Callable[[str], bool],
    measure_header: Callable[[str], bool],
    acted: set[str],
    settings: TableSettings = SETTINGS,
) -> list[tuple[str | None, str]] | None:
    """The measures of a risk table's rows at the levels that require action, as ``(number,
    measure)``; None when the table is no risk table (see the module's docstring).
    ``level_of`` gives a cell's level ("high", "medium", "low") or None; ``level_header`` and
    ``measure_header`` say whether a header cell names the level column and the measure
    column (else the column of the longest cells right of the level column); ``acted`` the
    levels the document says require action (empty: the table gives no points)."""
    rows = [[_clean(c) for c in r] for r in table]
    rows = [r for r in rows if any(r)]
    if len(rows) < settings.min_rows + 1 or len({len(r) for r in rows}) != 1 or not acted:
        return None
    header, body = rows[0], rows[1:]
    levels = [
        c for c, h in enumerate(header)
        if level_header(h) and all(level_of(r[c]) for r in body)
    ]
    if not levels:
        return None
    lv = levels[-1]  # the risk after sannsyn and konsekvens: the last level column
    if len({level_of(r[lv]) for r in body}) < 2:
        return None  # one level throughout: no assessment that sets rows apart
    measures = [c for c, h in enumerate(header) if c != lv and measure_header(h)]
    right = [c for c in range(lv + 1, len(header))]
    if measures:
        col = measures[0]
    elif right:
        col = max(right, key=lambda c: sum(len(r[c].split()) for r in body))
    else:
        return None
    if sum(len(r[col].split()) >= settings.point_words for r in body) < settings.point_share * len(body):
        return None  # short cells: no measures
    numbers = next(
        ([r[c].rstrip(".)") for r in body] for c in range(len(header)) if c not in (lv, col)
         and number_column(cells_of(body, c))),
        None,
    )
    return [
        (numbers[k] if numbers else str(k + 1), r[col])
        for k, r in enumerate(body)
        if level_of(r[lv]) in acted and r[col]
    ]

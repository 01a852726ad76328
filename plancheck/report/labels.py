"""The words the reports use around the findings, in bokmål, nynorsk and English."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from plancheck.checks.engine import shorten
from plancheck.models import CheckResult, Coverage, Plan, Summary, prose_requirement_number


@dataclass(frozen=True)
class TitleSettings:
    #: the most of a plan's title a report's heading shows: the layout takes the largest text
    #: of the first page as the title, and in a PDF whose text is all one line that line is the
    #: whole document (the full title stays in the JSON)
    max_chars: int = 160


TITLE = TitleSettings()


def stands_alone_heading(alone: Iterable, lang: str) -> str:
    """The heading over this plan's items that serve no goal of the parent plan: goals,
    measures (a handlingsdel that links its measures, having no goals), or both."""
    measures = [g.id.startswith("measure-") for g in alone]
    key = "stands_alone_measures" if all(measures) else "stands_alone_mixed" if any(measures) else "stands_alone"
    return labels(lang)[key]


def plan_title(plan: Plan, settings: TitleSettings = TITLE) -> str:
    """The plan's title as a report's heading shows it, cut at a word with an ellipsis when
    longer than ``settings.max_chars``; the file's path when the plan has no title."""
    return shorten(plan.title, settings.max_chars) if plan.title else plan.source.path

LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "index": "Oversikt over funn",
        "pages_with_findings": "Sidene med funn",
        "pdf_page": "PDF-side {n}",
        "show": "Vis",
        "rules": "Regler",
        "all": "alle",
        "text_view": "Dokumentet kunne ikke vises som sider (LibreOffice mangler); her er teksten funnene gjelder:",
        "more_pages": "{n} sider til har funn; de vises ikke som bilde for at rapporten skal holde seg liten.",
        "see_page": "se siden",
        "no_page": "hele dokumentet",
        "in_parent": "overordnet plan",
        "in_mandate": "mandatet",
        "evidence": "Svar i planen",
        "error": "feil",
        "warning": "advarsel",
        "info": "merknad",
        "plan": "Planen",
        "vision": "Visjon",
        "focus_area": "Satsingsområde",
        "goal": "Mål",
        "main_goal": "Hovedmål",
        "sub_goal": "Delmål",
        "strategy": "Strategi",
        "measure": "Tiltak",
        "unplaced": "Uten mål",
        "other": "Andre funn",
        "mandate": "Mandat",
        "page": "s.",
        "pages": "sider",
        "page_one": "side",
        "owner": "Ansvarlig",
        "deadline": "Frist",
        "none": "ingen",
        "period": "Planperiode",
        "file": "Fil",
        "findings": "Funn",
        "point": "Punkt",
        "status": "Status",
        "answered_in": "Besvart i",
        "missing": "Mangler",
        "covered": "dekket",
        "partial": "delvis",
        "uncovered": "ikke dekket",
        "parent": "Rød tråd: målene i overordnet plan",
        "followed_up": "fulgt opp",
        "not_followed_up": "ikke fulgt opp",
        "parent_line": "{followed_up} av {total} mål fulgt opp, {partial} delvis, {not_followed_up} ikke",
        "stands_alone": "Mål som står alene (tjener ikke noe mål i overordnet plan)",
        "stands_alone_measures": "Tiltak som står alene (tjener ikke noe mål i overordnet plan)",
        "stands_alone_mixed": "Mål og tiltak som står alene (tjener ikke noe mål i overordnet plan)",
        "coverage_line": "{covered} av {total} punkter dekket, {partial} delvis, {uncovered} ikke",
        "tree": "Mål og tiltak",
        "no_items": "Planen har ingen mål eller tiltak som plancheck fant.",
        "generated": "Laget av plancheck {version}",
        "rule": "regel",
        "baselined": "{n} i baseline",
        "suppressed": "{n} undertrykt",
        "nothing": "Ingen feil eller advarsler",
        "overall": "Til sammen",
        "tree_strategies_loose": "Strategier uten mål",
        "tree_measures_loose": "Tiltak uten mål",
        "tree_no_owner": "(ingen ansvarlig)",
        "tree_no_deadline": "(ingen frist)",
        "tree_language": "språk",
        "tree_count": "{goals} mål, {strategies} strategier, {measures} tiltak",
    },
    "nn": {
        "index": "Oversikt over funn",
        "pages_with_findings": "Sidene med funn",
        "pdf_page": "PDF-side {n}",
        "show": "Vis",
        "rules": "Reglar",
        "all": "alle",
        "text_view": "Dokumentet kunne ikkje visast som sider (LibreOffice manglar); her er teksten funna gjeld:",
        "more_pages": "{n} sider til har funn; dei blir ikkje viste som bilete for at rapporten skal halde seg lita.",
        "see_page": "sjå sida",
        "no_page": "heile dokumentet",
        "in_parent": "overordna plan",
        "in_mandate": "mandatet",
        "evidence": "Svar i planen",
        "error": "feil",
        "warning": "åtvaring",
        "info": "merknad",
        "plan": "Planen",
        "vision": "Visjon",
        "focus_area": "Satsingsområde",
        "goal": "Mål",
        "main_goal": "Hovudmål",
        "sub_goal": "Delmål",
        "strategy": "Strategi",
        "measure": "Tiltak",
        "unplaced": "Utan mål",
        "other": "Andre funn",
        "mandate": "Mandat",
        "page": "s.",
        "pages": "sider",
        "page_one": "side",
        "owner": "Ansvarleg",
        "deadline": "Frist",
        "none": "ingen",
        "period": "Planperiode",
        "file": "Fil",
        "findings": "Funn",
        "point": "Punkt",
        "status": "Status",
        "answered_in": "Svara på i",
        "missing": "Manglar",
        "covered": "dekt",
        "partial": "delvis",
        "uncovered": "ikkje dekt",
        "parent": "Raud tråd: måla i overordna plan",
        "followed_up": "følgt opp",
        "not_followed_up": "ikkje følgt opp",
        "parent_line": "{followed_up} av {total} mål følgde opp, {partial} delvis, {not_followed_up} ikkje",
        "stands_alone": "Mål som står åleine (tener ikkje noko mål i overordna plan)",
        "stands_alone_measures": "Tiltak som står åleine (tener ikkje noko mål i overordna plan)",
        "stands_alone_mixed": "Mål og tiltak som står åleine (tener ikkje noko mål i overordna plan)",
        "coverage_line": "{covered} av {total} punkt dekte, {partial} delvis, {uncovered} ikkje",
        "tree": "Mål og tiltak",
        "no_items": "Planen har ingen mål eller tiltak som plancheck fann.",
        "generated": "Laga av plancheck {version}",
        "rule": "regel",
        "baselined": "{n} i baseline",
        "suppressed": "{n} undertrykte",
        "nothing": "Ingen feil eller åtvaringar",
        "overall": "Til saman",
        "tree_strategies_loose": "Strategiar utan mål",
        "tree_measures_loose": "Tiltak utan mål",
        "tree_no_owner": "(ingen ansvarleg)",
        "tree_no_deadline": "(ingen frist)",
        "tree_language": "språk",
        "tree_count": "{goals} mål, {strategies} strategiar, {measures} tiltak",
    },
    "en": {
        "index": "Findings at a glance",
        "pages_with_findings": "Pages with findings",
        "pdf_page": "PDF page {n}",
        "show": "Show",
        "rules": "Rules",
        "all": "all",
        "text_view": "The document could not be shown as pages (LibreOffice is missing); this is the text the findings are about:",
        "more_pages": "{n} more pages have findings; they are not pictured, to keep the report small.",
        "see_page": "see the page",
        "no_page": "whole document",
        "in_parent": "parent plan",
        "in_mandate": "the mandate",
        "evidence": "Answer in the plan",
        "error": "error",
        "warning": "warning",
        "info": "note",
        "plan": "The plan",
        "vision": "Vision",
        "focus_area": "Focus area",
        "goal": "Goal",
        "main_goal": "Main goal",
        "sub_goal": "Sub-goal",
        "strategy": "Strategy",
        "measure": "Measure",
        "unplaced": "Not linked to a goal",
        "other": "Other findings",
        "mandate": "Mandate",
        "page": "p.",
        "pages": "pages",
        "page_one": "page",
        "owner": "Owner",
        "deadline": "Deadline",
        "none": "none",
        "period": "Plan period",
        "file": "File",
        "findings": "Findings",
        "point": "Point",
        "status": "Status",
        "answered_in": "Answered in",
        "missing": "Missing",
        "covered": "covered",
        "partial": "partly",
        "uncovered": "not covered",
        "parent": "Golden thread: the goals of the parent plan",
        "followed_up": "followed up",
        "not_followed_up": "not followed up",
        "parent_line": "{followed_up} of {total} goals followed up, {partial} partly, {not_followed_up} not",
        "stands_alone": "Goals standing alone (serving no goal of the parent plan)",
        "stands_alone_measures": "Measures standing alone (serving no goal of the parent plan)",
        "stands_alone_mixed": "Goals and measures standing alone (serving no goal of the parent plan)",
        "coverage_line": "{covered} of {total} points covered, {partial} partly, {uncovered} not",
        "tree": "Goals and measures",
        "no_items": "plancheck found no goals or measures in the plan.",
        "generated": "Made by plancheck {version}",
        "rule": "rule",
        "baselined": "{n} in baseline",
        "suppressed": "{n} suppressed",
        "nothing": "No errors or warnings",
        "overall": "In all",
        "tree_strategies_loose": "Strategies without a goal",
        "tree_measures_loose": "Measures without a goal",
        "tree_no_owner": "(no owner)",
        "tree_no_deadline": "(no deadline)",
        "tree_language": "language",
        "tree_count": "{goals} goals, {strategies} strategies, {measures} measures",
    },
}

_PLURALS = {
    "nb": {
        "error": ("feil", "feil"),
        "warning": ("advarsel", "advarsler"),
        "info": ("merknad", "merknader"),
    },
    "nn": {
        "error": ("feil", "feil"),
        "warning": ("åtvaring", "åtvaringar"),
        "info": ("merknad", "merknader"),
    },
    "en": {
        "error": ("error", "errors"),
        "warning": ("warning", "warnings"),
        "info": ("note", "notes"),
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["nb"])


def count_word(n: int, severity: str, lang: str) -> str:
    one, many = _PLURALS.get(lang, _PLURALS["nb"])[severity]
    return f"{n} {one if n == 1 else many}"


def summary_line(summary: Summary, lang: str) -> str:
    """ "3 feil, 2 advarsler" (with notes, baselined and suppressed counts when there are any)."""
    L = labels(lang)
    if summary.errors or summary.warnings or summary.infos:
        parts = [
            count_word(summary.errors, "error", lang),
            count_word(summary.warnings, "warning", lang),
        ]
        if summary.infos:
            parts.append(count_word(summary.infos, "info", lang))
        line = ", ".join(parts)
    else:
        line = L["nothing"]
    extra = []
    if summary.baselined:
        extra.append(L["baselined"].format(n=summary.baselined))
    if summary.suppressed:
        extra.append(L["suppressed"].format(n=summary.suppressed))
    return f"{line} ({', '.join(extra)})" if extra else line


def total_summary(results: Iterable[CheckResult]) -> Summary:
    total = Summary()
    for r in results:
        for key in (
            "errors",
            "warnings",
            "infos",
            "suppressed",
            "baselined",
            "goals",
            "strategies",
            "measures",
        ):
            setattr(total, key, getattr(total, key) + getattr(r.summary, key))
    return total


def page_ref(
    page: int | None, lang: str, printed: dict[int, str] | None = None, *, inline: bool = False
) -> str:
    """ "s. 7", or "s. 3 (PDF-side 7)" when ``printed`` (page -> printed label, see
    :func:`plancheck.report.pages.printed_labels`) says the page is numbered otherwise in print:
    a planner turns to the printed number, a PDF viewer's page box wants the index. ``inline``:
    "s. 3, PDF-side 7", for a reference that itself stands in brackets."""
    if not page:
        return ""
    L = labels(lang)
    label = (printed or {}).get(page)
    if label and label != str(page):
        pdf = L["pdf_page"].format(n=page)
        return f"{L['page']} {label}, {pdf}" if inline else f"{L['page']} {label} ({pdf})"
    return f"{L['page']} {page}"


def pages_count(n: int, lang: str) -> str:
    """ "1 side", "12 sider": the count of a document's pages, in the number the word takes."""
    return f"{n} {labels(lang)['page_one' if n == 1 else 'pages']}"


def point_number(c: object) -> str:
    """ "3. " before a mandate point's text in a coverage matrix, as the mandate prints it; nothing
    for a requirement from the mandate's prose (S1, S2 … are the tool's own ids) or a parent
    goal."""
    number = getattr(c, "number", None)
    if not number or prose_requirement_number(number):
        return ""
    return f"{number.rstrip('.)')}. " if number[-1:].isdigit() else f"{number.rstrip('.)')}) "


def coverage_line(coverage: Iterable[Coverage], lang: str) -> str:
    """ "5 av 8 punkter dekket, 2 delvis, 1 ikke"."""
    statuses = [str(c.status) for c in coverage]
    counts = {s: statuses.count(s) for s in ("covered", "partial", "uncovered")}
    return labels(lang)["coverage_line"].format(total=len(statuses), **counts)


def parent_line(parent_coverage: Iterable, lang: str) -> str:
    """ "9 av 15 mål fulgt opp, 4 delvis, 2 ikke"."""
    statuses = [str(getattr(c.status, "value", c.status)) for c in parent_coverage]
    counts = {s: statuses.count(s) for s in ("followed_up", "partial", "not_followed_up")}
    return labels(lang)["parent_line"].format(total=len(statuses), **counts)

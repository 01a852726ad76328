"""Gold of the dev plans, written from make.py's data BEFORE plancheck read them (run from this folder)."""
import re
import sys
from pathlib import Path

sys.path.insert(0, ".")
import make as M

DIFFUSE = {"Alle einingar", "Alle enheter", "Alla förvaltningar", "Alle forvaltninger", "All services", "All partners"}
KIND = {"01.06.2027": "date", "August 2027": "date", "Juni 2027": "date", "Maj 2027": "date", "31.12.2028": "date",
        "April 2027": "date", "March 2028": "date", "01.08.2027": "date", "September 2027": "date",
        "June 2027": "date", "December 2027": "date", "April 2028": "date", "31.12.2029": "date",
        "Januar 2027": "date"}

def q(s):
    return '"' + s.replace('"', '\\"') + '"'

def gold(fname, lang, title, period, notes, goals, measures):
    """goals: [(id, text)], measures: [(id, text, [goal ids], owner, deadline)]"""
    out = [f"# Gold for {fname}, written from construction by make.py BEFORE plancheck read it (session 32, antic32).",
           f"document: {fname}", f"language: {lang}", f"title: {q(title)}",
           f"plan_period: {{start: {period[0]}, end: {period[1]}}}", "vision: null", "notes: |"]
    out += ["  " + ln for ln in notes.strip().splitlines()]
    out += ["focus_areas: []", "goals:"]
    out += [f"  - {{id: {g}, text: {q(t)}, kind: goal, page: 1}}" for g, t in goals]
    out += ["strategies: []", "measures:"]
    finds = []
    for mid, text, gl, owner, dl in measures:
        kind = "none" if not dl else KIND.get(dl, "period")
        out.append(f"  - {{id: {mid}, text: {q(text)}, page: 1, goals: [{', '.join(gl)}], strategies: [], "
                   f"owners: [{q(owner) if owner else ''}], deadline: {q(dl) if dl else 'null'}, deadline_kind: {kind}}}")
        if not owner:
            finds.append(f"  - {{rule: measure-has-owner, severity: error, quote: {q(text)}, page: 1}}")
        if owner in DIFFUSE:
            finds.append(f"  - {{rule: owner-is-accountable, severity: warning, quote: {q(owner)}, page: 1}}")
        if not dl:
            finds.append(f"  - {{rule: measure-has-deadline, severity: error, quote: {q(text)}, page: 1}}")
        elif re.search(r"20(3\d)", dl):
            finds.append(f"  - {{rule: deadline-within-plan-period, severity: warning, quote: {q(text)}, page: 1}}")
    out += ["findings:", *finds]
    Path(fname.replace(".pdf", ".gold.yaml")).write_text("\n".join(out) + "\n", encoding="utf-8")

def split_goal(s):
    return s.split(": ", 1)[1]

# rows-nb
gs, ms, n = [], [], 0
for i, (g, rows) in enumerate(M.ROWS_NB, 1):
    gs.append((f"G{i}", split_goal(g)))
    for a, b, c in rows:
        n += 1
        ms.append((f"M{n}", a, [f"G{i}"], b, c))
gold("kulturplan-radlinjer-nb.pdf", "nb", "Kulturplan for Solbakken kommune 2026–2029", (2026, 2029),
     "HTML → Chromium, A4. Per goal an h3 'Mål n: <sentence>' and a table ruled BETWEEN ROWS ONLY (border-bottom\non every cell, a heavier one under the header row; no vertical rule, no outer box), 'Tiltak | Ansvar | Frist'.\nEmpty owner, 'Alle enheter' diffuse, empty deadline.", gs, ms)
# rows-sv
gs, ms = [], []
for i, (g, rows) in enumerate(M.ROWS_SV, 1):
    gs.append((f"G{i}", split_goal(g)))
    for code, a, b, c in rows:
        ms.append((f"M{code}", a, [f"G{i}"], b, c))
gold("aldreomsorg-radlinjer-sv.pdf", "sv", "Handlingsplan för äldreomsorgen 2026–2029", (2026, 2029),
     "odfpy → LibreOffice, A4. Per goal a bold line 'Mål n: <sentence>' and a table whose cells have only a\nbottom border (heavier under the header), 'Nr | Åtgärd | Ansvarig | Klart'. Empty owner,\n'Alla förvaltningar' diffuse, '2031' after the period.", gs, ms)
# nested
for data, fname, lang, title, notes in [
    (M.NESTED_DA, "miljo-indlejret-tabel-da.pdf", "da", "Handleplan for miljø og trafik 2026–2029",
     "python-docx → LibreOffice. A two-column 'Mål | Indsatser' table; each goal's right cell holds a NESTED\ntable 'Indsats | Ansvarlig | Frist' with its own header row. Empty owner, 'Alle forvaltninger' diffuse."),
    (M.NESTED_EN, "climate-nested-table-en.pdf", "en", "Climate Action Plan 2026–2029",
     "HTML → Chromium. Outer table 'Outcome | Action · Lead · By when'; each outcome's right cell holds a\nNESTED headerless table 'action | lead | date'. Empty lead, 'All services' diffuse, '2031' after the period."),
    (M.NESTED_EN, "climate-nested-apart-en.pdf", "en", "Climate Action Plan 2026–2029",
     "As climate-nested-table-en, 10 px between the outer cell's rules and the inner table's: pdfplumber finds\nthe inner tables apart from the outer one.")]:
    gs, ms, n = [], [], 0
    for i, (g, rows) in enumerate(data, 1):
        gs.append((f"G{i}", g))
        for a, b, c in rows:
            n += 1
            ms.append((f"M{n}", a, [f"G{i}"], b, c))
    gold(fname, lang, title, (2026, 2029), notes, gs, ms)
# matrix
for goals, data, fname, lang, title, notes in [
    (M.MATRIX_NB_GOALS, M.MATRIX_NB, "trafikk-malmatrise-nb.pdf", "nb", "Trafikkplan for Havøy kommune 2026–2029",
     "python-docx → LibreOffice. Goals as plain lines 'Mål n: <sentence>'; ONE table 'Tiltak | Ansvar | Frist |\nMål 1 | Mål 2 | Mål 3' with an X (centred) under each goal the measure serves: a goal × measure matrix.\nGoal links come from the X marks only. Empty owner, 'Alle enheter' diffuse."),
    (M.MATRIX_EN_GOALS, M.MATRIX_EN, "community-safety-matrix-en.pdf", "en", "Community Safety Plan 2026–2029",
     "reportlab, GRID. Objectives as lines 'O1: <sentence>'; ONE table 'Action | Lead | By | O1 | O2 | O3' with\nan X under each objective the action serves. Empty lead, 'All partners' diffuse, '2031' after the period.")]:
    gs = [(f"G{i}", g) for i, g in enumerate(goals, 1)]
    ms = [(f"M{n}", a, [f"G{k}" for k in gl], b, c) for n, (a, b, c, gl) in enumerate(data, 1)]
    gold(fname, lang, title, (2026, 2029), notes, gs, ms)
# norule
gs, ms = [], []
for i, (g, rows) in enumerate(M.NORULE_EN, 1):
    gs.append((f"G{i}", split_goal(g)))
    for code, a, b, c in rows:
        ms.append((code, a, [f"G{i}"], b, c))
gold("ageing-well-booktabs-en.pdf", "en", "Ageing Well Action Plan 2026–2029", (2026, 2029),
     "reportlab, A4. Per priority a bold line 'Priority n: <sentence>' and a table with NO side borders and no\ninner rules: a rule above and below the header row and one below the last row ('booktabs'),\n'Ref | Action | Lead officer | Target date'. Empty lead, 'All services' diffuse.", gs, ms)
gs, ms, n = [], [], 0
for i, (g, rows) in enumerate(M.NORULE_DA, 1):
    gs.append((f"G{i}", split_goal(g)))
    for a, b, c in rows:
        n += 1
        ms.append((f"M{n}", a, [f"G{i}"], b, c))
gold("natur-kun-hovedlinje-da.pdf", "da", "Naturhandleplan 2026–2029", (2026, 2029),
     "reportlab, A4. Per goal a bold line 'Mål n: <sentence>' and a table whose ONLY rule is the one under the\nheader row, 'Indsats | Ansvarlig | Tidsfrist'. Empty owner, 'Alle forvaltninger' diffuse.", gs, ms)
# headerless row-ruled tables (added in the same session, before plancheck read them)
gs, ms, n = [], [], 0
for i, (g, rows) in enumerate(M.ROWS_NN, 1):
    gs.append((f"G{i}", split_goal(g)))
    for a, b, c in rows:
        n += 1
        ms.append((f"M{n}", a, [f"G{i}"], b, c))
gold("folkehelse-radlinjer-utan-hovud-nn.pdf", "nn", "Folkehelseplan for Vestli kommune 2026–2029", (2026, 2029),
     "odfpy → LibreOffice, A4. Per goal a bold line 'Mål n: <sentence>' and a table whose cells have only a bottom\n"
     "border and NO header row: 'tiltak | ansvarleg | frist', named only in the introduction. Empty owner,\n"
     "'Alle einingar' diffuse, '2031' after the period.", gs, ms)
gs, ms = [], []
for i, (g, rows) in enumerate(M.NORULE_HEADLESS_DA, 1):
    gs.append((f"G{i}", split_goal(g)))
    for code, a, b, c in rows:
        ms.append((f"M{code}", a, [f"G{i}"], b, c))
gold("ungdom-radlinjer-uden-hoved-da.pdf", "da", "Ungdomspolitisk handleplan 2026–2029", (2026, 2029),
     "reportlab, A4. Per goal a bold line 'Mål n: <sentence>' and a table with a rule UNDER every row only (none\n"
     "above the first, no side or column rule) and NO header row: 'n.m | indsats | ansvarlig | frist'. Empty owner,\n"
     "'Alle forvaltninger' diffuse, empty deadline.", gs, ms)

"""Score mandate coverage against the gold pairs: ``python -m plancheck.mandate.evaluate DIR``.

Every ``coverage.gold.yaml`` below DIR names a plan and a mandate beside it. The report gives,
per pair and over all pairs, the accuracy of the status per gold status (covered, partial,
uncovered) and overall, the number of uncovered points reported as covered (which must be 0),
how often the evidence is on the page of the passage that answers, and how often the missing
concerns of a partly answered point are named.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rapidfuzz import fuzz

from plancheck import yamlfile
from plancheck.errors import InputError
from plancheck.models import (
    Deadline,
    DeadlineKind,
    Goal,
    Measure,
    Owner,
    Passage,
    Plan,
    Section,
    SourceInfo,
    Strategy,
)

STATUSES = ("covered", "partial", "uncovered")


def load_plan(path: Path, *, lang: str | None = None) -> Plan:
    """The plan in ``path`` through the extraction pipeline; while a part of it is missing,
    a plain plan of sections, passages and table rows read by the ingest layer."""
    try:
        from plancheck.pipeline import extract_plan

        return extract_plan(Path(path))
    except ImportError:
        from plancheck.pipeline import load_document

        return plan_from_document(load_document(Path(path)), lang=lang or "nb")


def plan_from_document(doc, *, lang: str = "nb") -> Plan:
    """A minimal :class:`Plan` from an ingest ``Document``: sections, passages, goals and
    strategies from lists under "Mål"/"Strategier" headings, measures from table rows."""
    sections = [
        Section(
            id=s.id,
            title=s.title,
            number=s.number,
            level=s.level,
            parent_id=s.parent_id,
            page=s.page,
        )
        for s in doc.sections
    ]
    titles = {s.id: s.title.lower() for s in doc.sections}
    passages: list[Passage] = []
    goals: list[Goal] = []
    strategies: list[Strategy] = []
    measures: list[Measure] = []
    for b in doc.blocks:
        kind = getattr(b.kind, "value", b.kind)
        page = b.provenance.page
        title = titles.get(b.section_id or "", "")
        if kind in ("paragraph", "list_item") and b.text.strip():
            passages.append(
                Passage(
                    id=b.id,
                    kind=kind,
                    text=b.text,
                    page=page,
                    section_id=b.section_id,
                    provenance=b.provenance,
                )
            )
            if kind == "list_item" and title.startswith("mål"):
                goals.append(
                    Goal(
                        id=f"g-{b.id}",
                        text=b.text,
                        number=b.number,
                        page=page,
                        section_id=b.section_id,
                    )
                )
            elif kind == "list_item" and title.startswith("strateg"):
                strategies.append(
                    Strategy(id=f"st-{b.id}", text=b.text, page=page, section_id=b.section_id)
                )
        elif kind == "table" and b.table is not None:
            header = [h.lower() for h in b.table.header]

            def col(*words: str, header=header) -> int | None:
                return next((i for i, h in enumerate(header) if any(w in h for w in words)), None)

            c_text = col("tiltak", "aktivitet", "action", "measure")
            c_owner = col("ansvar", "owner", "lead", "utføres")
            c_when = col("frist", "når", "tidspunkt", "gjennomføring", "deadline", "timeline")
            if c_text is None:
                continue
            for r, row in enumerate(b.table.rows):
                cells = {c.col: c.text for c in row}
                text = cells.get(c_text, "").strip()
                if not text:
                    continue
                owner = cells.get(c_owner, "").strip() if c_owner is not None else ""
                when = cells.get(c_when, "").strip() if c_when is not None else ""
                measures.append(
                    Measure(
                        id=f"m-{b.id}-{r + 1}",
                        text=text,
                        page=row[0].page if row and row[0].page else page,
                        section_id=b.section_id,
                        owners=[Owner(text=owner)] if owner else [],
                        owner_text=owner or None,
                        deadline=Deadline(text=when, kind=DeadlineKind.period) if when else None,
                        has_owner_column=c_owner is not None,
                        has_deadline_column=c_when is not None,
                    )
                )
    return Plan(
        source=SourceInfo(
            path=doc.path, format=doc.format, sha256=doc.sha256, pages=doc.page_count
        ),
        title=doc.title,
        language=doc.language or lang,
        sections=sections,
        passages=passages,
        goals=goals,
        strategies=strategies,
        measures=measures,
    )


def _match_points(gold: list[dict], pred: list) -> list[tuple[dict, object | None]]:
    """Pair gold points with found points: by position when the counts agree and the texts
    pair up, else by text (one point missed and one spurious point found give equal counts,
    and pairing those by position would score every point after them against its
    neighbour)."""
    if len(gold) == len(pred) and all(
        fuzz.token_set_ratio(g["text"].lower(), c.text.lower()) >= 60
        for g, c in zip(gold, pred, strict=True)
    ):
        return list(zip(gold, pred, strict=True))
    pairs = []
    used: set[int] = set()
    for g in gold:
        best, best_i = 0.0, None
        for i, c in enumerate(pred):
            if i in used:
                continue
            s = fuzz.token_set_ratio(g["text"].lower(), c.text.lower())
            if s > best:
                best, best_i = s, i
        if best_i is not None and best >= 80:
            used.add(best_i)
            pairs.append((g, pred[best_i]))
        else:
            pairs.append((g, None))
    return pairs


def _norm(s: str) -> str:
    return " ".join(s.replace("\u00ad", "").split()).lower()


def _missing_ok(gold: list[str], pred: list[str]) -> bool:
    if not gold:
        return True
    return all(any(fuzz.token_set_ratio(g.lower(), p.lower()) >= 80 for p in pred) for g in gold)


def cohen_kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of (gold, reported) labels: agreement beyond what the two label
    distributions give by chance. Written here (ten lines) rather than pulling in scikit-learn."""
    n = len(pairs)
    if n == 0:
        return 0.0
    labels = sorted({x for p in pairs for x in p})
    observed = sum(g == r for g, r in pairs) / n
    expected = sum(
        (sum(g == lab for g, _ in pairs) / n) * (sum(r == lab for _, r in pairs) / n)
        for lab in labels
    )
    return 1.0 if expected == 1.0 else (observed - expected) / (1.0 - expected)


def confusion_table(pairs: list[tuple[str, str]]) -> list[str]:
    """The confusion matrix as text lines: gold status per row, reported per column."""
    cols = (*STATUSES, "not found")
    out = [
        "confusion (rows: gold, columns: reported):",
        "  " + " " * 10 + "".join(f"{c:>11}" for c in cols),
    ]
    for g in STATUSES:
        row = [sum(1 for a, b in pairs if a == g and b == c) for c in cols]
        out.append(f"  {g:<10}" + "".join(f"{n:>11}" for n in row))
    return out


def evaluate(dir: Path) -> str:
    from plancheck.mandate import assess

    root = Path(dir)
    golds = sorted(root.rglob("coverage.gold.yaml"))
    if not golds:
        raise InputError(f"{root}: no coverage.gold.yaml files below it")
    lines: list[str] = []
    total = {s: [0, 0] for s in STATUSES}
    ev_ok = ev_n = quote_ok = miss_ok = miss_n = 0
    unc_as_cov = 0
    labelled: list[tuple[str, str]] = []
    found_n = gold_n = kind_ok = kind_n = 0
    for gold_path in golds:
        gold = yamlfile.load_user_yaml(gold_path)
        base = gold_path.parent
        plan = load_plan(base / gold["plan"], lang=gold.get("language"))
        note = ""
        try:
            points, coverage = assess(plan, base / gold["mandate"], lang=gold.get("language"))
        except InputError as exc:
            # one mandate the reader cannot take apart (no list it knows) is that pair's points
            # not found, not the end of the batch's scoring: the other pairs are still scored
            points, coverage = [], []
            note = f" — {exc}"
        pairs = _match_points(gold["points"], coverage)
        right = 0
        detail: list[str] = []
        for g, c in pairs:
            want = g["status"]
            got = str(getattr(c.status, "value", c.status)) if c is not None else "not found"
            labelled.append((want, got))
            gold_n += 1
            if c is not None:
                found_n += 1
                if g.get("kind"):
                    kind_n += 1
                    point = next((p for p in points if p.id == c.id), None)
                    kind_ok += point is not None and point.kind == g["kind"]
            total[want][1] += 1
            if got == want:
                total[want][0] += 1
                right += 1
            if want == "uncovered" and got == "covered":
                unc_as_cov += 1
            if (
                want in ("covered", "partial")
                and got in ("covered", "partial")
                and g.get("evidence")
            ):
                ev_n += 1
                if any(e.page == g["evidence"]["page"] for e in c.evidence):
                    ev_ok += 1
                want_quote = _norm(g["evidence"].get("quote", ""))
                if want_quote and any(want_quote in _norm(e.quote) for e in c.evidence):
                    quote_ok += 1
            if want == "partial" and got == "partial":
                miss_n += 1
                if _missing_ok(g.get("missing", []), c.missing):
                    miss_ok += 1
            mark = "ok " if got == want else "ERR"
            extra = f"  missing={c.missing}" if c is not None and c.missing else ""
            detail.append(
                f"    {mark} {g['number']:>3} gold={want:<9} got={got:<9} {g['text'][:60]}{extra}"
            )
        lines.append(
            f"{base.name}: {right}/{len(pairs)} points right ({len(points)} points found){note}"
        )
        lines.extend(detail)
    lines.append("")
    lines.append("accuracy per gold status:")
    right_all = n_all = 0
    for s in STATUSES:
        r, n = total[s]
        right_all += r
        n_all += n
        acc = f"{r / n:.2f}" if n else "-"
        lines.append(f"  {s:<10} {acc:>5}  ({r}/{n})")
    lines.append(f"  {'overall':<10} {right_all / max(1, n_all):.2f}  ({right_all}/{n_all})")
    lines.append(f"uncovered points reported as covered: {unc_as_cov}")
    lines.append(f"gold points found: {found_n}/{gold_n}")
    if kind_n:
        lines.append(f"kind (content/deliverable/process) as gold: {kind_ok}/{kind_n}")
    lines.append(f"Cohen's kappa (not found counts as a fourth label): {cohen_kappa(labelled):.2f}")
    lines.extend(confusion_table(labelled))
    if ev_n:
        lines.append(f"evidence on the answering page: {ev_ok}/{ev_n}")
        lines.append(f"evidence quote is the answering passage: {quote_ok}/{ev_n}")
    if miss_n:
        lines.append(f"missing concerns named (partial points): {miss_ok}/{miss_n}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m plancheck.mandate.evaluate DIR", file=sys.stderr)
        return 2
    try:
        print(evaluate(Path(args[0])), end="")
    except InputError as exc:
        print(f"plancheck: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

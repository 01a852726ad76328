"""Specs → sources → PDFs, with the gold of each: the entry point for tests and bench.

``make_specs(n, seed, producers)`` draws n documents (content, style, producer) from one seed;
``render(specs, outdir)`` writes every source, converts them in batches (one LibreOffice call
for all .docx/.odt, one Chromium for all HTML) and returns the PDFs with their gold dicts.
The producers "docx-native" and "odt-native" skip the PDF: plancheck reads the Word or
OpenDocument file itself, which separates what the PDF layer loses from what extraction does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from corpora.synth.compose import compose
from corpora.synth.content import PlanContent, generate, gold
from corpora.synth.families import (
    EXTRA_FAMILIES,
    MORE_FAMILIES,
    NEW_FAMILIES,
    reshape,
    reshape_extra,
    reshape_more,
)
from corpora.synth.styles import NATIVE, PRODUCERS, Style, draw_style
from corpora.synth.vocab import LANGS


@dataclass
class Spec:
    name: str
    seed: int
    producer: str
    style: Style
    plan: PlanContent

    def gold(self) -> dict:
        suffix = {"docx-native": ".docx", "odt-native": ".odt"}.get(self.producer, ".pdf")
        return gold(self.plan, f"{self.name}{suffix}", strategies=self.style.measures not in ("outline", "ids"))


def make_spec(seed: int, producer: str, name: str | None = None, *, families: str = "old",
              **style_overrides) -> Spec:
    """One document from ``seed``; ``style_overrides`` pin options (tests use them).
    ``families="new"``: the layout is one of the families of :mod:`corpora.synth.families`,
    drawn after every other option so the rest of the style is the one the seed gives anyway
    (``"more"``: one of the families of session 15, ``MORE_FAMILIES``);
    the default draws only the first families, so an existing seed keeps its document."""
    from dataclasses import replace

    rng = random.Random(seed)
    lang = style_overrides.pop("lang", None) or rng.choice(LANGS)
    style = draw_style(rng, lang, producer)
    if families == "new":
        style = replace(style, measures=rng.choice(NEW_FAMILIES), note_type=rng.choice(["italic", "smaller"]))
    elif families == "more":
        style = replace(style, measures=rng.choice(MORE_FAMILIES))
    elif families == "extra":
        style = replace(style, measures=rng.choice(EXTRA_FAMILIES))
        if style.measures == "wide":  # a wide table is printed on landscape pages, over several
            style = replace(style, landscape=True, long_items=True, table=rng.choice(["ruled", "ruled", "unruled"]))
        else:  # (the strategies follow a lead-in under each goal's numbered heading)
            style = replace(style, table=rng.choice(["ruled", "unruled"]), strategies="leadin")
    elif families != "old":
        raise ValueError(f"families: old, new, more or extra, not {families!r}")
    if style_overrides:
        style = replace(style, **style_overrides)
    if style.measures in ("indent", "letters", "ids"):
        # one outline: no measure part to turn; tab columns need the full width of the page
        style = replace(style, landscape=False, two_column=style.two_column and style.measures != "indent")
    plan = generate(seed, lang, long_items=style.long_items)
    if style.measures in NEW_FAMILIES:
        plan = reshape(plan, style.measures, seed)
    elif style.measures in MORE_FAMILIES:
        plan = reshape_more(plan, style.measures, seed)
    elif style.measures in EXTRA_FAMILIES:
        plan = reshape_extra(plan, style.measures, seed)
    return Spec(name or f"synth-{seed}-{producer}", seed, producer, style, plan)


def make_specs(n: int, seed: int = 0, producers: tuple[str, ...] = PRODUCERS, families: str = "old") -> list[Spec]:
    """n documents; producers take turns, so each gets n / len(producers). ``families="new"``
    draws the layout families of :mod:`corpora.synth.families` instead of the first ones."""
    rng = random.Random(seed)
    seeds = [rng.randrange(1, 2**31) for _ in range(n)]
    return [make_spec(s, producers[i % len(producers)], f"d{i:04d}-{producers[i % len(producers)]}", families=families)
            for i, s in enumerate(seeds)]


def render(specs: list[Spec], outdir: Path) -> list[tuple[Spec, Path]]:
    """Render every spec to ``outdir/<name>.pdf``; returns (spec, pdf) for those that exist."""
    from corpora.synth.convert import chromium_to_pdf, soffice_to_pdf

    outdir = Path(outdir)
    src = outdir / "src"
    src.mkdir(parents=True, exist_ok=True)
    office: list[Path] = []
    pages: list[tuple[Path, Path]] = []
    for spec in specs:
        doc = compose(spec.plan, spec.style)
        pdf = outdir / f"{spec.name}.pdf"
        if spec.producer in NATIVE:  # the source itself, read by plancheck's Word/ODF reader
            if spec.producer == "docx-native":
                from corpora.synth.render_docx import render_docx

                render_docx(doc, outdir / f"{spec.name}.docx")
            else:
                from corpora.synth.render_odt import render_odt

                render_odt(doc, outdir / f"{spec.name}.odt")
        elif spec.producer == "docx":
            from corpora.synth.render_docx import render_docx

            office.append(render_docx(doc, src / f"{spec.name}.docx"))
        elif spec.producer == "odt":
            from corpora.synth.render_odt import render_odt

            office.append(render_odt(doc, src / f"{spec.name}.odt"))
        elif spec.producer == "html":
            from corpora.synth.render_html import render_html

            pages.append((render_html(doc, src / f"{spec.name}.html"), pdf))
        elif spec.producer == "reportlab":
            from corpora.synth.render_reportlab import render_reportlab

            render_reportlab(doc, pdf)
        else:
            raise ValueError(f"unknown producer {spec.producer!r}")
    # LibreOffice and Chromium are separate processes: let them work at the same time
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        jobs = [pool.submit(soffice_to_pdf, office, outdir), pool.submit(chromium_to_pdf, pages)]
        for job in jobs:
            job.result()
    return [(s, output_path(s, outdir)) for s in specs if output_path(s, outdir).exists()]


def output_path(spec: Spec, outdir: Path) -> Path:
    """Where ``render`` puts the document plancheck reads: a PDF, or the .docx/.odt itself."""
    suffix = {"docx-native": ".docx", "odt-native": ".odt"}.get(spec.producer, ".pdf")
    return Path(outdir) / f"{spec.name}{suffix}"

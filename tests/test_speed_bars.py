"""Issue 12's memory bar: a whole ``plancheck check`` of a 40-page plan peaks at ≤ 150 MB.

Peak memory (the largest process's maximum resident set, the check's own process and the
children it waits for: the limited reader and its page helpers) does not depend on how busy
the machine is, unlike the time bars, which ``bench/bench_check.py`` measures (see
bench/README.md, "Issue 12's bars and their evidence"). Both a generated 40-page plan (always
there) and the 39-page real plan of the bench (when ../shared/corpora/real is present)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from plancheck.evaluate import shared_corpora_dir

#: the bar of issue 12 (MB = MiB here, as bench_check.py prints it)
PEAK_MB = 150

SHARED = shared_corpora_dir(ROOT) or ROOT / "missing"


#: runs the check from a small process and prints its peak: a process's maximum resident set
#: counts the memory of the process it was forked from, before its exec (Linux keeps the larger
#: of the two), so a check started straight from the test process would count the test run's own
#: memory
MEASURE = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_pid, status, usage = os.wait4(proc.pid, 0)
sys.stderr.write(proc.stderr.read().decode())
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def peak_mb_of_check(pdf: Path, cache: Path) -> float:
    """The peak resident memory (MiB) of ``plancheck check --no-cache`` of ``pdf`` in a new
    process, as ``bench_check.py`` measures it (``wait4``: the largest of the process and the
    children it waited for), with the cache folder ``cache``."""
    env = {**os.environ, "PLANCHECK_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    check = [sys.executable, "-m", "plancheck.cli", "check", "--no-cache", "--format", "json", str(pdf)]
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *check], env=env, capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    code, maxrss_kb = out.stdout.split()
    assert code in ("0", "1"), out.stderr  # 1: findings
    return int(maxrss_kb) / 1024


def warm_peak_mb(pdf: Path, cache: Path) -> float:
    """:func:`peak_mb_of_check` of the second check with the cache folder ``cache``: as a
    first check leaves it (the word list of the plan's language decoded - the first check on a
    machine decodes it, which takes more memory once; bench_check.py warms it too)."""
    peak_mb_of_check(pdf, cache)
    return peak_mb_of_check(pdf, cache)


def forty_pages(path: Path) -> Path:
    """An invented 40-page action plan: headings, goal paragraphs and a ruled measure table on
    every page (the kinds of page a long plan is made of)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    story = []
    for page in range(1, 41):
        story.append(Paragraph(f"{page}. Innsatsområde {page}", styles["Heading1"]))
        story.append(Paragraph(f"Mål {page}: Kommunen skal styrke tilbudet innen område {page} innen 2030.", styles["BodyText"]))
        story.extend(
            Paragraph(
                f"Avsnitt {n} om område {page}: tiltakene under skal følges opp årlig i rapporteringen "
                "til kommunestyret, med en vurdering av hva som er gjort og hva som gjenstår.",
                styles["BodyText"],
            )
            for n in range(1, 7)
        )
        rows = [["Tiltak", "Ansvar", "Frist"]] + [
            [f"Tiltak {page}.{n}: utrede og gjennomføre", "Kommunalsjef", f"{2026 + n % 4}"] for n in range(1, 9)
        ]
        table = Table(rows)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story.append(table)
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_a_generated_40_page_plan_is_checked_within_the_memory_bar(tmp_path):
    pdf = forty_pages(tmp_path / "plan40.pdf")
    import pypdfium2

    assert len(pypdfium2.PdfDocument(str(pdf))) >= 40
    assert warm_peak_mb(pdf, tmp_path / "cache") <= PEAK_MB


def test_the_39_page_real_plan_is_checked_within_the_memory_bar(tmp_path):
    pdf = SHARED / "en_us_napa_ca_adaptation_plan_2024.pdf"
    if not pdf.exists():
        pytest.skip("the shared real document is not present (../shared/corpora/real)")
    assert warm_peak_mb(pdf, tmp_path / "cache") <= PEAK_MB


def test_the_first_check_on_a_machine_is_within_the_memory_bar(tmp_path):
    """The first check with an empty cache folder decodes the word list of the plan's
    language (bokmål, the largest list a check of this plan reads) and writes it to the
    cache: built from simplemma's stream record by record, not through the dict of it sorted
    as pairs, that check too stays within the bar (it peaked at 243 MiB before session 20)."""
    pdf = forty_pages(tmp_path / "plan40.pdf")
    cache = tmp_path / "cold"
    assert peak_mb_of_check(pdf, cache) <= PEAK_MB
    assert any((cache / "wordlists").glob("*-nb.bin"))  # the list was decoded in that check

"""Shared scaffolding of the blind PAIR builders (corpora/mandates-blind*/make_pairs.py,
corpora/parents-blind*/make_pairs.py) and their first_contact.py scorers.

Every batch used to copy the same loader, pair registry, `main` (build → gold → checks, or
--verify) and scorer stub from the batch before it; only the pairs (texts, tables, gold) differ
from batch to batch. A builder now keeps its pairs and calls these:

    import pairkit as pk
    _b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
    PAIRS, pair = pk.pair_registry()           # @pair def some_slug(d: Path) -> dict
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="…/make_pairs.py")
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder="…/make_pairs.py")
    # both take `--twice [SLUG …]`: build twice and compare the sha256 of every file (build_twice)
    pk.run_scorer(HERE, "mandates-blind3")    # first_contact.py: batch 3's scorer on this folder

Generic document writers (zip freezing, LibreOffice / Chromium export, reportlab fonts, sha256
rebuild checks) live in blindkit.py; import them from there, do not copy them.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent


def load_module(name: str, path: Path) -> ModuleType:
    """Import a builder or scorer by file path (the batch folders have hyphens, so they are no
    packages); NAME is the module name it gets (one name per file, so a module loaded twice
    through different builders is two copies, as before)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pair_registry() -> tuple[dict[str, Callable[[Path], dict]], Callable]:
    """(PAIRS, pair): the decorator `pair` registers a builder function under its name with
    '_' → '-' (the pair's folder name), in definition order."""
    pairs: dict[str, Callable[[Path], dict]] = {}

    def pair(fn):
        pairs[fn.__name__.replace("_", "-")] = fn
        return fn

    return pairs, pair


# --------------------------------------------------------------------------- determinism


def build_twice(build: Callable[[list[str]], None], argv: list[str], here: Path) -> int:
    """Run BUILD(ARGV) twice and compare the sha256 of every source, PDF and gold file under
    HERE between the two runs (blindkit.sha256_files): a blind batch must rebuild byte for byte,
    or its first-contact figure cannot be reproduced. Prints one line per differing file and
    returns the exit code (0 identical, 1 not). Every builder used to carry its own copy."""
    import blindkit as bk

    runs = []
    for _ in range(2):
        build(argv)
        runs.append(bk.sha256_files(here))
    diff = bk.compare_sha(*runs)
    print(f"--twice: {len(runs[0])} files, {len(diff)} differ", *diff, sep="\n")
    return 1 if diff else 0


# --------------------------------------------------------------------------- mandates


def mandates_main(argv: list[str], *, here: Path, pairs: dict, b20: ModuleType, builder: str,
                  counts: bool = True) -> None:
    """Build the mandate/plan pairs of HERE (all, or the slugs in ARGV) and write each
    coverage.gold.yaml with a header naming BUILDER; `--verify [SLUG …]` runs batch 20's
    pdftotext check (B20.verify) on this folder instead. COUNTS adds the points per status and
    the plan's page count to the summary line (batch 24 on). `--twice [SLUG …]` builds twice and
    compares (build_twice)."""
    if argv[:1] == ["--twice"]:
        raise SystemExit(build_twice(
            lambda a: mandates_main(a, here=here, pairs=pairs, b20=b20, builder=builder, counts=counts),
            argv[1:], here))
    if str(CORPORA / "mandates-blind") not in sys.path:
        sys.path.insert(0, str(CORPORA / "mandates-blind"))
    from _build import rendered_pages, write_gold

    if argv[:1] == ["--verify"]:
        b20.HERE = here
        bad = b20.verify(argv[1:] or list(pairs))
        for b in bad:
            print(b)
        print("verify: OK" if not bad else f"verify: {len(bad)} problem(s)")
        raise SystemExit(1 if bad else 0)
    for name in argv or list(pairs):
        d = here / name
        d.mkdir(exist_ok=True)
        info = pairs[name](d)
        b20.check_points_in_mandate(d, info["mandate"], info["points"], tuple(info.get("drop", ())))
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            f"{builder}.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: planner's words; evidence: page and opening words of the answer.\n"
        )
        write_gold(d / "coverage.gold.yaml", header=header, plan=info["plan"],
                   mandate=info["mandate"], language=info["language"], points=info["points"],
                   pages=pages)
        if counts:
            n = {s: sum(p["status"] == s for p in info["points"])
                 for s in ("covered", "partial", "uncovered")}
            print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")
        else:
            print(f"{name}: {len(info['points'])} points")


# --------------------------------------------------------------------------- parents


def parents_main(argv: list[str], *, here: Path, pairs: dict, p14: ModuleType, p20: ModuleType,
                 builder: str) -> None:
    """Batch 14's gold writer and checks (P14.main) run on HERE's pairs, its header line
    rewritten to name BUILDER; then batch 20's pdftotext check (P20.verify) on this folder.
    `--verify [SLUG …]` runs only the check; `--twice [SLUG …]` builds twice and compares
    (build_twice)."""
    if argv[:1] == ["--twice"]:
        raise SystemExit(build_twice(
            lambda a: parents_main(a, here=here, pairs=pairs, p14=p14, p20=p20, builder=builder),
            argv[1:], here))
    p20.HERE, p20.PAIRS = here, pairs
    if "--verify" in argv:
        names = [a for a in argv if a != "--verify"] or list(pairs)
        raise SystemExit(1 if p20.verify(names) else 0)
    p14.HERE, p14.PAIRS = here, pairs
    names = argv or list(pairs)
    p14.main(names)
    for name in names:
        f = here / name / "parent-coverage.gold.yaml"
        f.write_text(
            f.read_text(encoding="utf-8").replace("corpora/parents-blind14/make_pairs.py", builder),
            encoding="utf-8",
        )
    if p20.verify(names):
        raise SystemExit(1)


# --------------------------------------------------------------------------- first contact


def scorer(here: Path, batch: str) -> ModuleType:
    """BATCH's first_contact.py (e.g. 'mandates-blind3', 'parents-blind3': the scorers the later
    batches share) loaded fresh and pointed at the pairs and gold of HERE."""
    mod = load_module(f"{batch.replace('-', '_')}_first_contact", CORPORA / batch / "first_contact.py")
    mod.HERE = here  # the pairs and gold of this folder
    return mod


def run_scorer(here: Path, batch: str, argv: list[str] | None = None) -> None:
    """Run BATCH's scorer on HERE with ARGV (default: the command line)."""
    scorer(here, batch).main(sys.argv[1:] if argv is None else argv)

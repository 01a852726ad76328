"""Score the variants of build.py against gold.py: python score.py TREE OUTDIR [-v]."""

import pathlib
import sys

sys.path.insert(0, sys.argv[1])
sys.path.insert(0, str(pathlib.Path(__file__).parent))
OUT = pathlib.Path(
    sys.argv[2]
    if len(sys.argv) > 2 and not sys.argv[2].startswith("-")
    else "/tmp/mandate-variants32"
)
from gold import GOLD  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

import plancheck  # noqa: E402
from plancheck.mandate import read_mandate  # noqa: E402

assert plancheck.__file__.startswith(sys.argv[1]), plancheck.__file__
tot = found = numbered = extra = 0
for name, gold in GOLD.items():
    try:
        pts = [(p.number, p.text) for p in read_mandate(OUT / f"{name}.pdf")]
    except Exception as e:
        pts = []
        err = str(e)[:60]
    else:
        err = ""
    used = set()
    f = n = 0
    for gn, gt in gold:
        best = max(
            (
                (fuzz.token_set_ratio(gt.lower(), t.lower()), i)
                for i, (_, t) in enumerate(pts)
                if i not in used
            ),
            default=(0, None),
        )
        if best[0] >= 80:
            used.add(best[1])
            f += 1
            n += pts[best[1]][0] == gn
    x = len(pts) - len(used)
    tot += len(gold)
    found += f
    numbered += n
    extra += x
    print(f"{name:22} found {f}/{len(gold)} numbered {n} extra {x} {err}")
    if "-v" in sys.argv:
        for p in pts:
            print("     ", p[0], p[1][:90])
print(f"TOTAL found {found}/{tot} numbered {numbered} extra {extra}")

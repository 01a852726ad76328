"""Source of sakssystem-rapport.pdf: the report is generated with reportlab by
corpora/scripts/make_blind_corpus.py (function build_sakssystem_rapport); this file rebuilds it.

    python corpora/authored/sakssystem-rapport/sakssystem-rapport.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from make_blind_corpus import main

if __name__ == "__main__":
    main(["sakssystem-rapport"])

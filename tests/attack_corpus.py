"""The attack corpus: hostile inputs and conditions for ``plancheck`` run on an untrusted pull
request (issue 13). Every case is generated here, small, from code; nothing is committed.

A case is a folder (a repository root: it holds ``.git``) with the files the case writes, and
the command line run in it. tests/test_attack_corpus.py runs every case as a real process and
checks what issue 13 promises: exit 0, 1 or 2; no traceback; done within ``--timeout`` + 5 s;
memory under ``--max-memory``; stdout valid for its format or empty; no workflow command or
terminal control sequence plancheck did not write itself.

``python tests/attack_corpus.py OUT`` writes the cases to OUT (one folder each, with
``argv.json``) to run them by hand.
"""

from __future__ import annotations

import io
import json
import os
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import handmade_pdf, pdf_of_objects
from hostile import (
    PAYLOADS,
    docx_bytes,
    docx_package,
    odt_bytes,
    odt_content,
    odt_package,
    pdf_with_lines,
    plan_json,
    plan_lines,
)

FORMATS = ("text", "json", "sarif", "junit", "github")
TIMEOUT = 10  # --timeout of every case, seconds
MAX_MEMORY = 600  # --max-memory of every case, MiB
LIMITS = ["--timeout", str(TIMEOUT), "--max-memory", str(MAX_MEMORY)]


@dataclass
class Case:
    name: str
    files: dict[str, bytes] = field(default_factory=dict)
    argv: list[str] = field(default_factory=list)
    fmt: str = "text"  # the format stdout is in (for the validity check)
    env: dict[str, str] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None  # links, pipes: what files cannot say

    def write(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        (root / ".git").mkdir(exist_ok=True)
        for name, data in self.files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        if self.setup is not None:
            self.setup(root)


def check(files: list[str], fmt: str, *extra: str) -> list[str]:
    return ["check", *files, "--format", fmt, "--no-cache", *LIMITS, *extra]


# --------------------------------------------------------------------------- document carriers


def _zip(entries: dict[str, bytes | str], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def payload_cases() -> Iterator[Case]:
    """Each payload in each carrier, formats rotating: 18 × 4 = 72 cases."""
    for i, (name, text) in enumerate(sorted(PAYLOADS.items())):
        fmt = FORMATS[i % len(FORMATS)]
        yield Case(f"json-{name}", {"plan.json": plan_json(text)}, check(["plan.json"], fmt), fmt)
        fmt2 = FORMATS[(i + 1) % len(FORMATS)]
        yield Case(
            f"pdf-{name}", {"plan.pdf": pdf_with_lines(plan_lines(text))},
            check(["plan.pdf"], fmt2), fmt2,
        )
        fmt3 = FORMATS[(i + 2) % len(FORMATS)]
        yield Case(
            f"docx-{name}", {"plan.docx": docx_bytes(plan_lines(text), title=text)},
            check(["plan.docx"], fmt3), fmt3,
        )
        fmt4 = FORMATS[(i + 3) % len(FORMATS)]
        yield Case(
            f"odt-{name}", {"plan.odt": odt_bytes(plan_lines(text), heading=text)},
            check(["plan.odt"], fmt4), fmt4,
        )


def extract_cases() -> Iterator[Case]:
    """``extract`` and ``graph`` print document text too: 16 cases."""
    for name in ("workflow-error", "ansi-clear", "osc52", "bidi", "workflow-old", "newline-command"):
        text = PAYLOADS[name]
        yield Case(f"extract-text-{name}", {"p.pdf": pdf_with_lines(plan_lines(text))},
                   ["extract", "p.pdf", "-q", *LIMITS], "text")
        yield Case(f"graph-dot-{name}", {"p.docx": docx_bytes(plan_lines(text))},
                   ["graph", "p.docx", "--format", "dot", "-q", *LIMITS], "dot")
    for name in ("c1-csi", "bidi", "ls-command", "workflow-old"):
        yield Case(f"graph-graphml-{name}", {"p.odt": odt_bytes(plan_lines(PAYLOADS[name]))},
                   ["graph", "p.odt", "--format", "graphml", "-q", *LIMITS], "junit")


def damaged_odt_cases() -> Iterator[Case]:
    """content.xml broken off: odfpy printed it to stdout. 5 formats + 2 variants."""
    xml = odt_content(["::error file=ci.yml,line=1::pwned", "::add-mask::x", "Tiltak"] * 4)
    broken = xml[: xml.rindex("<text:p>") + 15]
    for fmt in FORMATS:
        yield Case(f"odt-truncated-xml-{fmt}", {"d.odt": odt_package(broken)}, check(["d.odt"], fmt), fmt)
    yield Case("odt-truncated-xml-output-file", {"d.odt": odt_package(broken)},
               check(["d.odt"], "github", "-o", "r.txt"), "github")
    yield Case("odt-undeclared-prefix", {"d.odt": odt_package(xml.replace("<text:p>", "<foo:p>", 1))},
               check(["d.odt"], "json"), "json")


def xml_bomb_cases() -> Iterator[Case]:
    """XXE, billion laughs, deep nesting, zip bombs in .docx and .odt: 12 cases."""
    laughs = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    ) + "]>"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    docx_laughs = f'<?xml version="1.0"?>{laughs}<w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>'
    docx_xxe = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>'
    docx_net = f'<?xml version="1.0"?><!DOCTYPE d SYSTEM "http://198.51.100.1/x.dtd"><w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>'
    deep = f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>' + "<w:sdt><w:sdtContent>" * 20000 + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 20000 + "</w:body></w:document>"
    yield Case("docx-billion-laughs", {"b.docx": docx_package(docx_laughs)}, check(["b.docx"], "json"), "json")
    yield Case("docx-xxe", {"x.docx": docx_package(docx_xxe)}, check(["x.docx"], "sarif"), "sarif")
    yield Case("docx-external-dtd", {"n.docx": docx_package(docx_net)}, check(["n.docx"], "junit"), "junit")
    yield Case("docx-deep-nesting", {"d.docx": docx_package(deep)}, check(["d.docx"], "json"), "json")
    odt_laughs = odt_content(["&i;"]).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", f'<?xml version="1.0"?>{laughs}').replace("&amp;i;", "&i;")
    odt_xxe = odt_content(["&x;"]).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace("&amp;x;", "&x;")
    yield Case("odt-billion-laughs", {"b.odt": odt_package(odt_laughs)}, check(["b.odt"], "json"), "json")
    yield Case("odt-xxe", {"x.odt": odt_package(odt_xxe)}, check(["x.odt"], "github"), "github")
    odt_deep = odt_content([]).replace("<office:text>", "<office:text>" + "<text:section>" * 20000 + "<text:p>x</text:p>" + "</text:section>" * 20000)
    yield Case("odt-deep-nesting", {"d.odt": odt_package(odt_deep)}, check(["d.odt"], "text"), "text")
    bomb = _zip_bomb("word/document.xml", {"[Content_Types].xml": "<Types/>"})
    yield Case("docx-zip-bomb", {"z.docx": bomb}, check(["z.docx"], "json"), "json")
    odt_bomb = _zip_bomb("content.xml", {"mimetype": "application/vnd.oasis.opendocument.text"})
    yield Case("odt-zip-bomb", {"z.odt": odt_bomb}, check(["z.odt"], "json"), "json")
    yield Case("docx-not-a-zip", {"n.docx": b"PK\x03\x04" + os.urandom(200)}, check(["n.docx"], "json"), "json")
    yield Case("docx-is-xlsx", {"n.docx": _zip({"[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'})},
               check(["n.docx"], "text"), "text")
    yield Case("odt-encrypted-manifest", {"e.odt": _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "x", "META-INF/manifest.xml": "<m><encryption-data/></m>"})},
               check(["e.odt"], "json"), "json")


def _zip_bomb(name: str, others: dict[str, str], mb: int = 400) -> bytes:
    """A zip whose ``name`` inflates to ``mb`` MB of zeros (written in chunks, never whole)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for other, data in others.items():
            z.writestr(other, data)
        with z.open(name, "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(mb):
                fh.write(chunk)
    return buf.getvalue()


def pdf_cases() -> Iterator[Case]:
    """Structural PDF attacks: 16 cases."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    content = b"BT /F1 12 Tf 72 760 Td (Plan) Tj ET"
    stream = b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"
    circular = pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", page, font, stream])
    yield Case("pdf-circular-kids", {"c.pdf": circular}, check(["c.pdf"], "json"), "json")
    self_parent = pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 2 0 R >>", page.replace(b"/Parent 2 0 R", b"/Parent 3 0 R"), font, stream])
    yield Case("pdf-self-parent", {"s.pdf": self_parent}, check(["s.pdf"], "sarif"), "sarif")
    huge_count = pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 999999999 >>", page, font, stream])
    yield Case("pdf-huge-count", {"h.pdf": huge_count}, check(["h.pdf"], "text"), "text")
    # an XObject that draws itself (and a fan-out of forms drawing each other)
    form = b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 6 0 R >> >> /Length 8 >>\nstream\n/X Do /X Do\nendstream"
    fan_page = page.replace(b"/Font << /F1 4 0 R >>", b"/Font << /F1 4 0 R >> /XObject << /X 6 0 R >>")
    fan_content = b"/X Do BT /F1 12 Tf 72 760 Td (Plan) Tj ET"
    fan_stream = b"<< /Length " + str(len(fan_content)).encode() + b" >>\nstream\n" + fan_content + b"\nendstream"
    fan = pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", fan_page, font, fan_stream, form])
    yield Case("pdf-xobject-recursion", {"x.pdf": fan}, check(["x.pdf"], "json"), "json")
    ref_loop = pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"3 0 R", b"2 0 R"])
    yield Case("pdf-reference-loop", {"r.pdf": ref_loop}, check(["r.pdf"], "junit"), "junit")
    deep_array = pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * 50000 + b"]" * 50000 + b" >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, font, stream])
    yield Case("pdf-deep-array", {"d.pdf": deep_array}, check(["d.pdf"], "json"), "json")
    deep_dict = pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R /X " + b"<< /A " * 20000 + b"1" + b" >>" * 20000 + b" >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, font, stream])
    yield Case("pdf-deep-dict", {"d.pdf": deep_dict}, check(["d.pdf"], "github"), "github")

    def inflating():
        chunk = b"BT /F1 12 Tf 72 760 Td (" + b"A" * 60000 + b") Tj ET\n"
        for _ in range(5000):  # 300 MB inflated
            yield chunk

    yield Case("pdf-inflation-bomb", {"i.pdf": handmade_pdf(inflating())}, check(["i.pdf"], "json"), "json")
    many_ops = b"BT /F1 1 Tf " + b"(a) Tj " * 400000 + b"ET"
    yield Case("pdf-many-text-objects", {"m.pdf": handmade_pdf(many_ops)}, check(["m.pdf"], "json"), "json")
    yield Case("pdf-truncated", {"t.pdf": pdf_with_lines(plan_lines("Mål"))[:300]}, check(["t.pdf"], "sarif"), "sarif")
    yield Case("pdf-garbage-after-header", {"g.pdf": b"%PDF-1.7\n" + os.urandom(4000)}, check(["g.pdf"], "json"), "json")
    yield Case("pdf-no-text", {"n.pdf": handmade_pdf(b"0 0 m 100 100 l S")}, check(["n.pdf"], "text"), "text")
    esc = b"BT /F1 12 Tf 72 760 Td 16 TL (\x1b[2J\x1b]52;c;cHduZWQ=\x07 Plan) Tj T* (::error::x) Tj T* (\x9b31m) Tj ET"
    yield Case("pdf-raw-control-bytes", {"e.pdf": handmade_pdf(esc, compress=False)}, check(["e.pdf"], "text"), "text")
    yield Case("pdf-raw-control-bytes-github", {"e.pdf": handmade_pdf(esc, compress=False)}, check(["e.pdf"], "github"), "github")
    cid_font = b"<< /Type /Font /Subtype /Type0 /BaseFont /F /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /F /CIDSystemInfo << /Registry (A) /Ordering (I) /Supplement 0 >> /DW 500 >>] >>"
    cid = handmade_pdf(b"BT /F1 12 Tf 72 760 Td <0041004200430044> Tj ET", compress=False).replace(font, cid_font)
    yield Case("pdf-cid-font", {"c.pdf": cid}, check(["c.pdf"], "json"), "json")
    yield Case("pdf-encrypted-no-password", {"e.pdf": _encrypted_like()}, check(["e.pdf"], "json"), "json")


def _encrypted_like() -> bytes:
    """A PDF whose trailer claims encryption it does not have."""
    pdf = pdf_with_lines(["Plan"])
    return pdf.replace(b"/Root 1 0 R >>", b"/Root 1 0 R /Encrypt << /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -1 >> >>")


def file_cases() -> Iterator[Case]:
    """Names, kinds of file, several files: 16 cases."""
    plan = plan_json("Mål")
    for i, name in enumerate([
        "a\n::error file=README.md,line=1::pwned.json",
        "x\x1b]52;c;cHduZWQ=\x07.json",
        "::warning::name.json",
        "##[set-output name=x;]y.json",
        "bidi\u202egnp.json",
    ]):
        yield Case(f"filename-{i}", {name: plan}, check([name], FORMATS[i % 5]), FORMATS[i % 5])
        yield Case(f"filename-missing-{i}", {}, check([name + ".pdf"], "json"), "json")
    yield Case("empty-file", {"e.pdf": b""}, check(["e.pdf"], "json"), "json")
    yield Case("png-as-pdf", {"i.pdf": b"\x89PNG\r\n\x1a\n" + bytes(100)}, check(["i.pdf"], "json"), "json")
    yield Case("directory-as-plan", {"d/x": b""}, check(["d"], "json"), "json")

    def fifo(root: Path) -> None:
        os.mkfifo(root / "pipe.pdf")

    yield Case("fifo-as-plan", {}, ["extract", "pipe.pdf", "-q", *LIMITS], "text", setup=fifo)
    yield Case("fifo-as-plan-check", {}, check(["pipe.pdf"], "json"), "json", setup=fifo)

    def loop(root: Path) -> None:
        (root / "loop.pdf").symlink_to(root / "loop.pdf")

    yield Case("symlink-loop", {}, check(["loop.pdf"], "json"), "json", setup=loop)
    yield Case("several-files-one-bad", {"a.json": plan, "b.odt": odt_package("<broken"), "c.json": plan},
               check(["a.json", "b.odt", "c.json"], "json"), "json")


def config_cases() -> Iterator[Case]:
    """Configuration and rule packs from a pull request: 12 cases."""
    plan = plan_json("Mål uten tiltak")
    beside = {"plans/p.json": plan, "plans/.plancheck.toml": b'fail_on = "never"\n'}
    yield Case("config-beside-plan", beside, check(["plans/p.json"], "json"), "json")
    yield Case("pyproject-beside-plan", {"plans/p.json": plan, "plans/pyproject.toml": b'[tool.plancheck]\nfail_on = "never"\n'},
               check(["plans/p.json"], "json"), "json")
    yield Case("config-misplaced-key", {"p.json": plan, ".plancheck.toml": b'lang = "en"\n[tool.plancheck.severity]\ngoal-has-measure = "off"\n'},
               check(["p.json"], "json"), "json")
    yield Case("config-unknown-key", {"p.json": plan, ".plancheck.toml": b'colour = "red"\n'}, check(["p.json"], "sarif"), "sarif")
    yield Case("config-pack-outside", {"p.json": plan, ".plancheck.toml": b'packs = ["/etc/x.yaml"]\n'}, check(["p.json"], "json"), "json")
    yield Case("config-pack-dotdot", {"p.json": plan, ".plancheck.toml": b'packs = ["../../x.yaml"]\n'}, check(["p.json"], "json"), "json")
    yield Case("config-not-toml", {"p.json": plan, ".plancheck.toml": b"\xff\xfe[[["}, check(["p.json"], "json"), "json")
    yield Case("config-deep", {"p.json": plan, ".plancheck.toml": b"x = " + b"[" * 30000 + b"]" * 30000}, check(["p.json"], "json"), "json")
    leak = b"__class__.__init__.__globals__.sys.modules.os.environ.HOME"
    pack = b"rules:\n  - {id: leak, severity: error, summary: {nb: x}, applies_to: {kind: plan}, require: {attribute: " + leak + b", matches: '^/'}, message: {nb: fires}}\n"
    yield Case("rule-dunder-path", {"p.json": plan, "rules/leak.yaml": pack, ".plancheck.toml": b'packs = ["rules/leak.yaml"]\n'},
               check(["p.json"], "json"), "json")
    yield Case("rule-yaml-object-tag", {"p.json": plan, "r.yaml": b"rules: !!python/object/apply:os.system ['echo pwned']\n"},
               check(["p.json"], "json", "--rules", "r.yaml"), "json")
    yield Case("rule-yaml-deep", {"p.json": plan, "r.yaml": b"rules: " + b"[" * 20000 + b"]" * 20000},
               check(["p.json"], "json", "--rules", "r.yaml"), "json")
    yield Case("rule-bad-regex", {"p.json": plan, "r.yaml": b"rules:\n  - {id: r, severity: error, summary: {nb: x}, applies_to: {kind: plan}, require: {attribute: title, matches: '(('}, message: {nb: x}}\n"},
               check(["p.json"], "json", "--rules", "r.yaml"), "json")


def io_cases() -> Iterator[Case]:
    """Outputs over inputs, baselines, plan JSON, environments: 20 cases."""
    plan = plan_json("Mål uten tiltak")

    def hard_link(root: Path) -> None:
        os.link(root / "p.json", root / "link.json")

    yield Case("output-over-hard-link", {"p.json": plan}, check(["p.json"], "json", "-o", "link.json"), "json", setup=hard_link)
    yield Case("output-over-mandate", {"p.json": plan, "m.txt": b"1. Punkt\n"}, check(["p.json"], "json", "--mandate", "m.txt", "-o", "m.txt"), "json")
    yield Case("output-over-config", {"p.json": plan, "c.toml": b"lang = 'nb'\n"}, check(["p.json"], "json", "--config", "c.toml", "-o", "c.toml"), "json")
    yield Case("baseline-over-plan", {"p.json": plan}, check(["p.json"], "json", "--write-baseline", "p.json"), "json")

    def symlink(root: Path) -> None:
        (root / "sym.json").symlink_to(root / "p.json")

    yield Case("output-over-symlink", {"p.json": plan}, check(["p.json"], "json", "-o", "sym.json"), "json", setup=symlink)
    yield Case("baseline-deep", {"p.json": plan, "b.json": b"[" * 200000 + b"]" * 200000}, check(["p.json"], "json", "--baseline", "b.json"), "json")
    yield Case("baseline-not-json", {"p.json": plan, "b.json": b"\x00\x01"}, check(["p.json"], "json", "--baseline", "b.json"), "json")
    yield Case("baseline-wrong-shape", {"p.json": plan, "b.json": b'{"findings": 3}'}, check(["p.json"], "json", "--baseline", "b.json"), "json")
    yield Case("baseline-huge-fingerprint", {"p.json": plan, "b.json": json.dumps({"findings": [{"fingerprint": "x" * 1_000_000}]}).encode()},
               check(["p.json"], "json", "--baseline", "b.json"), "json")
    yield Case("plan-json-deep", {"p.json": b'{"a":' * 100000 + b"1" + b"}" * 100000}, check(["p.json"], "json"), "json")
    yield Case("plan-json-wrong-shape", {"p.json": b'{"source": 1}'}, check(["p.json"], "sarif"), "sarif")
    yield Case("plan-json-huge-number", {"p.json": plan.replace(b'"pages": 1', b'"pages": 1' + b"0" * 5000)}, check(["p.json"], "json"), "json")
    yield Case("plan-json-many-goals", {"p.json": _many_goals(3000)}, check(["p.json"], "junit"), "junit")
    yield Case("plan-json-lone-surrogate", {"p.json": plan.replace("Mål".encode(), b"\\ud800")}, check(["p.json"], "junit"), "junit")
    yield Case("mandate-binary", {"p.json": plan, "m.txt": os.urandom(2000)}, check(["p.json"], "json", "--mandate", "m.txt"), "json")
    for enc in ("ascii", "latin-1"):
        yield Case(f"io-encoding-{enc}", {"p.json": plan_json("Mål ø æ – “x”")}, check(["p.json"], "json"), "json", env={"PYTHONIOENCODING": enc})
        yield Case(f"io-encoding-{enc}-text", {"p.json": plan_json("Mål ø æ – “x”")}, check(["p.json"], "text"), "text", env={"PYTHONIOENCODING": enc})
    yield Case("lang-c-locale", {"p.json": plan}, check(["p.json"], "text"), "text", env={"LC_ALL": "C", "LANG": "C"})


def _many_goals(n: int) -> bytes:
    from hostile import plan_dict

    d = plan_dict("Mål")
    d["goals"] = [{"id": f"g{i}", "text": f"::error::{i}", "page": 1} for i in range(n)]
    return json.dumps(d).encode()


def cases() -> list[Case]:
    found = [
        *payload_cases(),
        *extract_cases(),
        *damaged_odt_cases(),
        *xml_bomb_cases(),
        *pdf_cases(),
        *file_cases(),
        *config_cases(),
        *io_cases(),
    ]
    names = [c.name for c in found]
    assert len(names) == len(set(names)), "case names must be unique"
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tests/attack_corpus.py OUT", file=sys.stderr)
        return 2
    out = Path(argv[0])
    for i, case in enumerate(cases()):
        folder = out / f"{i:03d}-{case.name}"
        case.write(folder)
        (folder / "argv.json").write_text(json.dumps({"argv": case.argv, "env": case.env}), encoding="utf-8")
    print(f"{i + 1} cases in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

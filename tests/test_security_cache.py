"""Issue 13 fault 7: the cache key holds the password and the code; entries are verified."""

from __future__ import annotations

import json

import pytest
from test_checks_support import sample_plan

from plancheck.checks import cache
from plancheck.errors import InputError


@pytest.fixture
def extractions(monkeypatch, tmp_path):
    """A stand-in extractor that needs the password "hemmelig" and counts its calls."""
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[str | None] = []

    def fake(path, password, progress):
        calls.append(password)
        if password != "hemmelig":
            raise InputError(f"{path}: the PDF is encrypted; give --password")
        return sample_plan(str(path))

    monkeypatch.setattr(cache, "_extract", fake)
    return calls


def test_password_is_part_of_the_key(tmp_path, extractions):
    pdf = tmp_path / "secret.pdf"
    pdf.write_bytes(b"%PDF-1.4 encrypted")
    assert cache.load_plan(pdf, password="hemmelig").measures
    for wrong in (None, "gjett"):
        with pytest.raises(InputError, match="encrypted"):
            cache.load_plan(pdf, password=wrong)  # not the decrypted plan from the cache
    assert cache.load_plan(pdf, password="hemmelig").measures
    assert extractions == ["hemmelig", None, "gjett"]  # the right password hit the cache
    names = " ".join(p.name for p in (tmp_path / "cache" / "plans").iterdir())
    assert "hemmelig" not in names


def test_code_change_is_a_new_entry(tmp_path, extractions, monkeypatch):
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(b"%PDF-1.4 x")
    cache.load_plan(pdf, password="hemmelig")
    monkeypatch.setattr(cache, "code_hash", lambda: "0123456789abcdef")
    cache.load_plan(pdf, password="hemmelig")
    assert len(extractions) == 2


def test_code_hash_changes_with_a_rule_pack(tmp_path, monkeypatch):
    import plancheck

    fake = tmp_path / "plancheck"
    (fake / "rules").mkdir(parents=True)
    (fake / "__init__.py").write_text("", encoding="utf-8")
    pack = fake / "rules" / "default.yaml"
    pack.write_text("rules: []\n", encoding="utf-8")
    monkeypatch.setattr(plancheck, "__file__", str(fake / "__init__.py"))
    cache.code_hash.cache_clear()
    first = cache.code_hash()
    pack.write_text("rules: [] # changed\n", encoding="utf-8")
    cache.code_hash.cache_clear()
    assert cache.code_hash() != first
    cache.code_hash.cache_clear()


def test_entry_for_other_bytes_is_not_served(tmp_path, extractions):
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(b"%PDF-1.4 x")
    cache.load_plan(pdf, password="hemmelig")
    (entry,) = (tmp_path / "cache" / "plans").glob("*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert data["sha256"] == cache.file_sha256(pdf)
    data["sha256"] = "0" * 64  # an entry written for other bytes (or planted)
    entry.write_text(json.dumps(data), encoding="utf-8")
    cache.load_plan(pdf, password="hemmelig")
    assert len(extractions) == 2


@pytest.mark.parametrize("junk", [b"{half", b"[]", b'{"sha256": 1}', b"[" * 100_000, b"\xff\xfe"])
def test_corrupt_entry_is_extracted_again(tmp_path, extractions, junk):
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(b"%PDF-1.4 x")
    cache.load_plan(pdf, password="hemmelig")
    (entry,) = (tmp_path / "cache" / "plans").glob("*.json")
    entry.write_bytes(junk)
    assert cache.load_plan(pdf, password="hemmelig").measures
    assert len(extractions) == 2

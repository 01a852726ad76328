"""Shared fixtures: extraction of corpus documents is cached for the whole test run."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
AUTHORED = ROOT / "corpora" / "authored"
REAL_GOLD = ROOT / "corpora" / "real"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Never touch the user's cache directory from the tests."""
    if "PLANCHECK_CACHE_DIR" not in os.environ:
        monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@cache
def extracted(path: str):
    """The Plan of a corpus document, extracted once per test run."""
    from plancheck.pipeline import extract_plan

    return extract_plan(Path(path))


def authored_pdf(slug: str) -> Path:
    return AUTHORED / slug / f"{slug}.pdf"

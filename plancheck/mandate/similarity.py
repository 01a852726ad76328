"""A similarity of words learned from text of the field, shipped as data (issue 11 item 2, part 4).

Two sources, built and weighed apart:

* ``text``: every plan, mandate and parent PDF under a corpus folder, per language (bokmål and
  nynorsk share one table, ``no``), lemmatised as the matcher lemmatises (:func:`text.lemma`,
  the matcher's stop words dropped); co-occurrence within a sentence and a window of words →
  positive pointwise mutual information (context distribution smoothed) → a truncated SVD
  (numpy, a seeded randomized SVD) → each word's nearest neighbours by cosine.
* ``gold``: the words of a mandate point (or a parent goal) against the words of the gold
  passage that answers it (the plan text from the gold quote on, or the child items that serve
  the goal): a word pair counts where the passage holds the passage word and the point does
  not; kept when seen in pairs of at least two different batches (different writers), with its
  lift over chance.

Built by ``plancheck train --similarity [DIR]`` into ``similarity.json.gz`` beside this module
(deterministic: the same documents give the same table); nothing is learned at run time, nothing
comes from the network. Read by the mandate matcher (:class:`match.MatchSettings` ``similarity``,
default off): a concern word met in a passage only by one of its neighbours is a weak match,
below a found word (docs/mandate.md, 'Session 36, sim36').
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from plancheck.mandate import text as T

TABLE = Path(__file__).with_name("similarity.json.gz")
#: the table a language reads: bokmål and nynorsk share one
GROUP = {"nb": "no", "nn": "no", "no": "no", "sv": "sv", "da": "da", "en": "en"}
_SENT_RE = re.compile(r"(?<=[.!?:;])\s+|\n\s*\n|\s*[•▪●■]\s*")


@dataclass(frozen=True)
class SimilaritySettings:
    """The knobs of the table's builder (none is read at run time)."""

    min_count: int = 5  # a word read fewer times in the text has no neighbours
    max_vocab: int = 8000  # the most frequent words per language kept for the SVD
    window: int = 3  # words either side, within one sentence (narrow: words used alike, not topics)
    cds_alpha: float = 0.75  # context distribution smoothing of the PPMI
    dim: int = 100  # SVD dimensions
    power_iter: int = 4  # randomized SVD power iterations
    seed: int = 0
    neighbours: int = 5  # neighbours kept per word
    min_cosine: float = 0.5  # weakest neighbour kept (text)
    min_len: int = 3  # a lemma shorter than this is no word of the table
    name_share: float = 0.5  # a lemma capitalised inside sentences more often than this is a name
    min_docs: int = 3  # a word read in fewer documents has no neighbours (one writer's word)
    gold_min_batches: int = 2  # a gold word pair seen in pairs of this many batches (writers)
    gold_min_lift: float = 3.0  # and this much more often than chance
    gold_max_doc_share: float = 0.2  # a word in more than this share of the passages is too common


# ----------------------------------------------------------------------------- reading


def pdf_text(path: Path) -> str:
    """The text of a PDF as pdftotext reads it (the builder's reader: fast and the same on every
    machine with poppler; an empty string without it)."""
    exe = shutil.which("pdftotext")
    if not exe:
        return ""
    try:
        out = subprocess.run([exe, "-q", str(path), "-"], capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.stdout.decode("utf-8", "replace")


def _stop(lem: str, low: str, lang: str) -> bool:
    own = T.STOP_OWN.get(T._simple_lang(lang), frozenset())
    return (
        (lem in T.STOP and not T._foreign_stop(lem, low, lang))
        or lem in own
        or low in own
        or lem in T.GENERIC
    )


def lemmas(sentence: str, lang: str, min_len: int = 3, capitals: Counter | None = None) -> list[str]:
    """The content lemmas of ``sentence`` as the matcher reads them (stop, generic words, numbers
    out). ``capitals``: counts, per lemma, its words written with a capital inside the sentence
    (``"+" + lemma``) and without (``"-" + lemma``): names are told from words by them."""
    out = []
    for n, m in enumerate(T.TOKEN_RE.finditer(sentence)):
        low = m.group(0).lower().rstrip("-")
        if "/" in low:
            low = low.split("/")[0]
        if len(low) < min_len or not low.isalpha():
            continue
        lem = T.lemma(low, lang).rstrip(".")
        if len(lem) < min_len or _stop(lem, low, lang):
            continue
        out.append(lem)
        if capitals is not None and n > 0:
            capitals[("+" if m.group(0)[0].isupper() else "-") + lem] += 1
    return out


def sentences(text: str) -> list[str]:
    return [s for s in _SENT_RE.split(text.replace("\x0c", "\n\n")) if s and s.strip()]


def _detect(text: str) -> str:
    from plancheck.lang.detect import detect_language

    return T._simple_lang(detect_language(text[:20000]))


# ----------------------------------------------------------------------------- text source


def text_neighbours(
    docs: Iterable[tuple[str, str]], settings: SimilaritySettings = SimilaritySettings()
) -> dict[str, dict[str, list[tuple[str, float]]]]:
    """``docs``: (language, text). Per table (``GROUP``), lemma → neighbours with cosines."""
    import numpy as np

    s = settings
    by_group: dict[str, list[list[str]]] = defaultdict(list)
    caps: dict[str, Counter] = defaultdict(Counter)
    dfreq: dict[str, Counter] = defaultdict(Counter)
    for lang, txt in docs:
        g = GROUP.get(lang)
        if not g:
            continue
        seen: set[str] = set()
        for sent in sentences(txt):
            ls = lemmas(sent, lang, s.min_len, caps[g])
            seen.update(ls)
            if len(ls) > 1:
                by_group[g].append(ls)
        dfreq[g].update(seen)
    out: dict[str, dict[str, list[tuple[str, float]]]] = {}
    for g in sorted(by_group):
        sents = by_group[g]
        freq = Counter(w for ls in sents for w in ls)
        # a name (written with a capital inside sentences more often than not: places, people,
        # schemes) is no word of the field: one document's
        cap = caps[g]
        vocab = sorted(
            (
                w
                for w, c in freq.items()
                if c >= s.min_count
                and dfreq[g][w] >= s.min_docs
                and cap["+" + w] <= s.name_share * (cap["+" + w] + cap["-" + w])
            ),
            key=lambda w: (-freq[w], w),
        )
        vocab = vocab[: s.max_vocab]
        if len(vocab) < s.dim + 10:
            continue
        index = {w: i for i, w in enumerate(vocab)}
        V = len(vocab)
        ids, sid = [], []
        for n, ls in enumerate(sents):
            for w in ls:
                if w in index:
                    ids.append(index[w])
                    sid.append(n)
        a = np.asarray(ids, dtype=np.int64)
        b = np.asarray(sid, dtype=np.int64)
        counts = np.zeros(V * V, dtype=np.float64)
        for d in range(1, s.window + 1):
            same = b[:-d] == b[d:]
            i, j = a[:-d][same], a[d:][same]
            keep = i != j
            i, j = i[keep], j[keep]
            counts += np.bincount(i * V + j, minlength=V * V)
            counts += np.bincount(j * V + i, minlength=V * V)
        M = counts.reshape(V, V).astype(np.float32)
        del counts
        total = M.sum()
        if total == 0:
            continue
        row = M.sum(axis=1)
        ctx = M.sum(axis=0) ** s.cds_alpha
        ctx /= ctx.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            pmi = np.log((M / total) / (np.outer(row / total, ctx) + 1e-30) + 1e-30)
        pmi[~np.isfinite(pmi)] = 0
        P = np.maximum(pmi, 0).astype(np.float32)
        del M, pmi
        rng = np.random.default_rng(s.seed)
        k = min(s.dim + 20, V - 1)
        Q = np.linalg.qr(P @ rng.standard_normal((V, k)).astype(np.float32))[0]
        for _ in range(s.power_iter):
            Q = np.linalg.qr(P.T @ Q)[0]
            Q = np.linalg.qr(P @ Q)[0]
        B = Q.T @ P
        Ub, S, _ = np.linalg.svd(B, full_matrices=False)
        U = (Q @ Ub)[:, : s.dim] * np.sqrt(S[: s.dim])
        U /= np.linalg.norm(U, axis=1, keepdims=True) + 1e-12
        table: dict[str, list[tuple[str, float]]] = {}
        for start in range(0, V, 1000):
            sims = U[start : start + 1000] @ U.T
            for r in range(sims.shape[0]):
                w = vocab[start + r]
                row_s = sims[r]
                row_s[start + r] = -1
                top = np.argsort(-row_s, kind="stable")[: s.neighbours * 3]
                near = [
                    (vocab[t], round(float(row_s[t]), 3))
                    for t in top
                    if row_s[t] >= s.min_cosine and not _same_word(w, vocab[t], g)
                ][: s.neighbours]
                if near:
                    table[w] = near
        out[g] = table
    return out


def _same_word(a: str, b: str, group: str) -> bool:
    """Forms the matcher already joins (a synonym group, a shared stem): no news in the table."""
    if T.canon(a) == T.canon(b):
        return True
    n = min(len(a), len(b))
    return n >= 5 and a[: max(5, int(0.8 * n))] == b[: max(5, int(0.8 * n))]


# ----------------------------------------------------------------------------- gold source


def gold_neighbours(
    aligned: Iterable[tuple[str, str, str, str]], settings: SimilaritySettings = SimilaritySettings()
) -> dict[str, dict[str, list[tuple[str, float]]]]:
    """``aligned``: (batch, language, point text, answering passage). Per table, point lemma →
    passage lemmas the point lacks, kept when the pair is seen in pairs of ``gold_min_batches``
    batches or more, ranked by lift."""
    s = settings
    pairs: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    cp: dict[str, Counter] = defaultdict(Counter)
    cq: dict[str, Counter] = defaultdict(Counter)
    n: Counter = Counter()
    for batch, lang, point, passage in aligned:
        g = GROUP.get(lang)
        if not g:
            continue
        P = set(lemmas(point, lang, s.min_len))
        Q = set(lemmas(passage, lang, s.min_len))
        if not P or not Q:
            continue
        n[g] += 1
        cp[g].update(P)
        cq[g].update(Q)
        for p in P:
            for q in Q - P:
                if not _same_word(p, q, g):
                    pairs[g][(p, q)].add(batch)
    out: dict[str, dict[str, list[tuple[str, float]]]] = {}
    for g in sorted(pairs):
        table: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for (p, q), batches in pairs[g].items():
            if len(batches) < s.gold_min_batches:
                continue
            if cq[g][q] > s.gold_max_doc_share * n[g] or cp[g][p] > s.gold_max_doc_share * n[g]:
                continue
            joint = len(batches)
            lift = joint * n[g] / (cp[g][p] * cq[g][q])
            if lift >= s.gold_min_lift:
                table[p].append((q, round(lift, 2)))
        out[g] = {
            p: sorted(v, key=lambda x: (-x[1], x[0]))[: s.neighbours] for p, v in sorted(table.items())
        }
    return out


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def _passage(plan_text: str, quote: str, chars: int = 400) -> str:
    """The plan's text from the gold quote on (``chars`` characters): the answering passage."""
    flat = _squash(plan_text)
    q = _squash(quote)
    i = flat.find(q) if q else -1
    if i < 0 and len(q) > 20:
        i = flat.find(q[:20])
    return flat[i : i + chars] if i >= 0 else ""


def gold_alignments(folders: Iterable[Path], texts: dict[Path, str]) -> list[tuple[str, str, str, str]]:
    """(batch, language, point or goal text, answering passage) of every covered / partial gold
    point and followed-up / partial parent goal in ``folders``."""
    import yaml

    out = []
    for folder in folders:
        batch = folder.name
        for gp in sorted(folder.rglob("coverage.gold.yaml")):
            gold = yaml.safe_load(gp.read_text(encoding="utf-8")) or {}
            plan = gp.parent / str(gold.get("plan", "plan.pdf"))
            lang = T._simple_lang(str(gold.get("language") or "nb"))
            ptext = texts.get(plan) if plan in texts else None
            if ptext is None:
                continue
            for p in gold.get("points") or []:
                ev = p.get("evidence") or {}
                if p.get("status") not in ("covered", "partial") or not ev.get("quote"):
                    continue
                passage = _passage(ptext, str(ev["quote"]))
                if passage:
                    out.append((batch, lang, str(p.get("text", "")), passage))
        for gp in sorted(folder.rglob("parent-coverage.gold.yaml")):
            gold = yaml.safe_load(gp.read_text(encoding="utf-8")) or {}
            lang = T._simple_lang(str(gold.get("language") or "nb"))
            for p in gold.get("parent_goals") or []:
                served = [str(x) for x in p.get("served_by") or []]
                if p.get("status") in ("followed_up", "partial") and served:
                    out.append((batch, lang, str(p.get("text", "")), " . ".join(served)))
    return out


# ----------------------------------------------------------------------------- build and load


def build(
    root: Path,
    shared: Path | None = None,
    exclude: Iterable[str] = (),
    settings: SimilaritySettings = SimilaritySettings(),
) -> dict:
    """The table from every PDF below ``root`` (and ``shared``), leaving out any path with a
    component in ``exclude`` (folder names: the time split leaves out the later batches)."""
    skip = set(exclude)
    pdfs = sorted(p for p in root.rglob("*.pdf") if not skip & set(p.relative_to(root).parts))
    if shared and shared.is_dir():
        pdfs += sorted(shared.rglob("*.pdf"))
    texts: dict[Path, str] = {}
    docs = []
    for p in pdfs:
        txt = pdf_text(p)
        if len(txt.strip()) < 200:
            continue
        texts[p] = txt
        docs.append((_detect(txt), txt))
    folders = sorted(
        p
        for p in root.iterdir()
        if p.is_dir() and p.name.startswith(("mandates", "parents")) and p.name not in skip
    )
    return {
        "documents": len(docs),
        "text": text_neighbours(docs, settings),
        "gold": gold_neighbours(gold_alignments(folders, texts), settings),
    }


def write(table: dict, path: Path = TABLE) -> Path:
    data = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0))
    return path


@cache
def _load(path: str) -> dict:
    p = Path(path)
    if not p.exists():
        return {}
    return json.loads(gzip.decompress(p.read_bytes()).decode("utf-8"))


_OVERRIDE: list[str] = []


def use_table(path: Path | None) -> None:
    """Read ``path`` instead of the shipped table from now on (None: the shipped one again)."""
    _OVERRIDE[:] = [str(path)] if path else []
    neighbours.cache_clear()


@cache
def neighbours(lemma: str, lang: str, sources: tuple[str, ...]) -> frozenset[str]:
    """The learned neighbours of ``lemma`` in ``lang``'s table from ``sources`` (text, gold)."""
    data = _load(_OVERRIDE[0] if _OVERRIDE else str(TABLE))
    g = GROUP.get(T._simple_lang(lang))
    out: set[str] = set()
    for src in sources:
        for w, _score in data.get(src, {}).get(g, {}).get(lemma, []):
            out.add(w)
            out.add(T.canon(w))
    return frozenset(out)


#: the sources the rød tråd's goal words read their neighbours from (ParentSettings.similarity
#: weighs them; empty: none read)
SOURCES: tuple[str, ...] = ("text",)


def near_words(whole: Iterable[str], lang: str) -> frozenset[str]:
    """The neighbours of every key of a word (its lemma and synonym keys) in ``lang``'s table."""
    out: frozenset[str] = frozenset()
    for k in whole:
        if k.isalpha():
            out |= neighbours(k, lang, SOURCES)
    return out

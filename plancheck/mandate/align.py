"""Which chapter of the plan answers which point of the mandate, read in document order.

Why: a plan written under a mandate usually takes its points in turn, one chapter each, and
names that chapter in its own words (a question as its heading, "Hvor mange trenger plass?",
for a point on the capacity needed; "Hvem tar hvilken oppgave?" for a point on the division of roles). Word overlap
alone ranks such a chapter low for its point, because the point's words are spread over it or
said otherwise; but the order of the chapters and the points is evidence of its own: the chapter
that sits where the point's turn comes, and shares some of its words, is the one written for
it. The alignment here is monotone (a later point never goes to an earlier chapter than the
point before it; two points may share a chapter; a point may go to none) and maximises the
summed word share of the pairs it keeps. Its result feeds evidence features of the calibrated
status (:mod:`plancheck.mandate.calibrate`): the share of the point's words and of each of its
concerns in the chapter aligned with it.

Pure functions of numbers; the word shares come from :class:`plancheck.mandate.match.Scorer`.
"""

from __future__ import annotations


def monotone_alignment(sim: list[list[float]], floor: float) -> list[int | None]:
    """For each row (a point, in mandate order) a column (a chapter, in document order) or
    None, such that the chosen columns never decrease down the rows and the sum of the chosen
    similarities is largest. A pair below ``floor`` is never chosen: a point with no chapter
    sharing enough of its words goes to none rather than bend the order of the others.

    Ties go to the earlier chapter, and between keeping and skipping a point, to keeping."""
    n = len(sim)
    m = max((len(r) for r in sim), default=0)
    if n == 0 or m == 0:
        return [None] * n
    # best[i][j]: the largest sum for rows i.. with every chosen column >= j
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    choice: list[list[int | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row = sim[i]
        for j in range(m - 1, -1, -1):
            # skip row i, or take column j, or leave column j for a later one
            val, ch = best[i + 1][j], None
            s = row[j] if j < len(row) else 0.0
            if s >= floor and s + best[i + 1][j] >= val:
                val, ch = s + best[i + 1][j], j
            if best[i][j + 1] > val:
                val, ch = best[i][j + 1], choice[i][j + 1]
            best[i][j], choice[i][j] = val, ch
        best[i][m] = best[i + 1][m]
    out: list[int | None] = []
    j = 0
    for i in range(n):
        c = choice[i][j]
        out.append(c)
        if c is not None:
            j = c
    return out


def aligned_features(
    share: float, is_top: bool, concern_shares: list[float], heading_share: float
) -> dict[str, float]:
    """The evidence features of one point's aligned chapter (zeros when it has none):
    ``aligned_share`` the weighted share of the point's words the chapter holds,
    ``aligned_top`` whether it is also the chapter holding the most of them,
    ``aligned_concern_min`` / ``aligned_concern_mean`` the share of each concern's words it
    holds (an answer to every concern of the point, or to some), ``aligned_heading`` the share
    of the point's specific words its heading restates."""
    shares = concern_shares or [0.0]
    return {
        "aligned_share": share,
        "aligned_top": float(is_top and share > 0),
        "aligned_concern_min": min(shares),
        "aligned_concern_mean": sum(shares) / len(shares),
        "aligned_heading": heading_share,
        "aligned_alone": 0.0,  # set by the matcher, which sees every point's chapter
    }

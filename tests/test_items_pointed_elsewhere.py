"""A sentence under a strategy heading that says the strategies stand in another document
("Strategies for housing are set out in the Housing Strategy 2024", "Strategier for bolig fremgår
af boligpolitikken") is a note that the items are elsewhere, not a strategy of the plan; the
strategy after it still is one. Hand-built blocks through the rule walk (the walk's use of
:func:`plancheck.extract.plan.points_elsewhere`; the function alone is tested in
tests/test_unruled_head_and_lettered_codes.py)."""

from __future__ import annotations

import pytest

from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks


def _h(text: str) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=2)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


@pytest.mark.parametrize(("lang", "blocks", "strategy"), [
    ("en", [_h("Goals"), _p("Everyone can find a good home in the city."), _h("Strategies"),
            _p("Strategies for housing are set out in the Housing Strategy 2024."),
            _p("Build more affordable homes near public transport.")],
     "Build more affordable homes near public transport."),
    ("da", [_h("Målsætninger"), _p("Alle skal have en god bolig i kommunen."), _h("Strategier"),
            _p("Strategier for bolig fremgår af boligpolitikken 2025–2030."),
            _p("Bygge flere billige boliger tæt på kollektiv trafik.")],
     "Bygge flere billige boliger tæt på kollektiv trafik."),
])
def test_a_pointer_to_another_document_under_a_strategy_heading_is_no_strategy(lang, blocks, strategy):
    plan = plan_of_blocks(blocks, lang)
    assert [s.text for s in plan.strategies] == [strategy]

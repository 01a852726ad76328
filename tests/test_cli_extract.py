"""`plancheck extract` and `plancheck graph` as a planner and a CI job use them."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from conftest import authored_pdf

from plancheck.cli import main

PLAN = authored_pdf("handlingsplan-oppvekst")


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_tree_shows_goal_measures_owner_deadline_and_page(capsys):
    code, out, _err = run(capsys, "extract", str(PLAN))
    assert code == 0
    lines = out.splitlines()
    goal = next(i for i, ln in enumerate(lines) if ln.startswith("Mål 2: Alle barn skal få tidlig hjelp"))
    below = "\n".join(lines[goal + 1 : goal + 10])
    assert "Tiltak: Tilby hjemmebesøk av helsesykepleier" in below
    assert "Helsestasjon, skolehelsetjenesten; Kontinuerlig  [s. 4]" in below
    assert "(ingen ansvarlig)" in out  # the empty owner cell is shown, not hidden
    assert out.rstrip().endswith("4 mål, 0 strategier, 22 tiltak")


def test_json_contract(capsys):
    code, out, _ = run(capsys, "extract", str(PLAN), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {"goals", "strategies", "measures", "source", "plan_period"} <= set(data)
    assert data["plan_period"]["start"] == 2024 and data["plan_period"]["end"] == 2027
    goal_ids = {g["id"] for g in data["goals"]}
    for g in data["goals"]:
        assert {"id", "text", "page", "kind"} <= set(g)
    for m in data["measures"]:
        assert {"id", "text", "page", "goal_ids", "strategy_ids", "owners", "deadline"} <= set(m)
        assert set(m["goal_ids"]) <= goal_ids
        assert m["provenance"]["source_text"] and m["provenance"]["bbox"]
    empty = [m for m in data["measures"] if m["text"].startswith("PPT og helsesykepleier orienterer")]
    assert empty and empty[0]["owners"] == []  # actors in the text are not an owner
    dl = next(m["deadline"] for m in data["measures"] if m["deadline"] and m["deadline"]["text"] == "Høst 2025")
    assert dl == {"text": "Høst 2025", "start": "2025-08-01", "end": "2025-12-31", "kind": "period", "evaluation": None,
                  "key": None, "after_period": False}


def test_ids_and_json_are_stable_between_runs(capsys):
    _, first, _ = run(capsys, "extract", str(PLAN), "--format", "json")
    _, second, _ = run(capsys, "extract", str(PLAN), "--format", "json")
    assert first == second


def test_output_file_and_refusal_to_overwrite_the_input(tmp_path, capsys):
    out = tmp_path / "plan.json"
    code, stdout, _ = run(capsys, "extract", str(PLAN), "--format", "json", "-o", str(out))
    assert code == 0 and stdout == "" and json.loads(out.read_text())["measures"]
    before = PLAN.read_bytes()
    code, _, err = run(capsys, "extract", str(PLAN), "-o", str(PLAN))
    assert code == 2 and "refusing to overwrite the input" in err and len(err.strip().splitlines()) == 1
    assert PLAN.read_bytes() == before


@pytest.mark.parametrize("fmt", ["json", "graphml", "dot"])
def test_graph_formats(capsys, fmt):
    code, out, _ = run(capsys, "graph", str(PLAN), "--format", fmt)
    assert code == 0
    if fmt == "json":
        g = nx.node_link_graph(json.loads(out), edges="edges")
    elif fmt == "graphml":
        g = nx.read_graphml(io.BytesIO(out.encode()))
    else:
        assert out.startswith("digraph plan {") and "implements" in out and "owned_by" in out
        return
    kinds = nx.get_node_attributes(g, "kind")
    assert {"goal", "measure", "owner", "section"} <= set(kinds.values())
    edge_kinds = {d["kind"] for _, _, d in g.edges(data=True)}
    assert {"implements", "owned_by", "part_of"} <= edge_kinds
    # every measure implements some goal; measure → owner edges exist for owned measures
    measures = [n for n, k in kinds.items() if k == "measure"]
    assert all(any(g.edges[m, t]["kind"] == "implements" for t in g.successors(m)) for m in measures)


def test_missing_file_is_one_line_and_exit_2(capsys, tmp_path):
    code, out, err = run(capsys, "extract", str(tmp_path / "nope.pdf"))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "no such file" in err


def test_usage_error_is_one_line_and_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--no-such-option", str(PLAN)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "unrecognized arguments: --no-such-option" in err


def test_the_tree_of_a_nynorsk_plan_is_in_nynorsk():
    """A planner who writes nynorsk reads the tree of a nynorsk plan in nynorsk ('ingen
    ansvarleg', 'Tiltak utan mål', 'strategiar'); every other plan's tree stays in bokmål."""
    from test_checks_support import goal, make_plan, measure

    from plancheck.commands.extract import render_tree

    plan = make_plan(
        [goal("g1", "Alle skal bu trygt", kind="main_goal")], [],
        [measure("m1", "Byggje nye bustader", ("g1",), due="2027"), measure("m2", "Lage ein plan", ())],
    )
    nn = render_tree(plan.model_copy(update={"language": "nn"}))
    assert "Hovudmål: Alle skal bu trygt" in nn and "(ingen ansvarleg)" in nn, nn
    assert "Tiltak utan mål:" in nn and nn.rstrip().endswith("1 mål, 0 strategiar, 2 tiltak"), nn
    nb = render_tree(plan.model_copy(update={"language": "nb"}))
    assert "Hovedmål: Alle skal bu trygt" in nb and "(ingen ansvarlig)" in nb
    assert "Tiltak uten mål:" in nb and nb.rstrip().endswith("1 mål, 0 strategier, 2 tiltak")
    assert render_tree(plan.model_copy(update={"language": "sv"})) == nb.replace("språk: nb", "språk: sv")

"""Forms of a mandate met in mandates-blind15, each on a small hand-built input (invented
wording, no corpus document's): a vedtak that prints the innstilling's list again on the next
page, questions coded "Q1" after a bullet list, requirements in the running prose of a
mandate letter, a task table whose owner and date columns are no part of the points, and a
table row broken over a page break under the repeated header."""

from __future__ import annotations

from plancheck.mandate import find_points
from plancheck.mandate.points import (
    Line,
    _drop_furniture,
    _join_broken_rows,
    _marker,
    _table_lines,
    is_requirement,
)


def _ln(text: str, page: int, size: float = 11.0, gap: bool = False, bold: bool = False) -> Line:
    return Line(text, page, 71.0, size, bold, None, gap)


# ----------------------------------------------------------------------------- furniture


def test_a_list_printed_twice_in_the_body_is_no_running_header():
    items = [
        "1. kartlegge alle lekeplassene kommunen eier",
        "2. vurdere hvilke lekeplasser som bør rustes opp",
        "3. foreslå en plan for tilsyn",
    ]
    lines = [
        _ln("Testvik kommune – saksframlegg", 1, 9.0),
        _ln("Saksframlegg", 1, 20.0, bold=True),
        _ln("Utvalg Møtedato Saksnr.", 1, 9.5),
        _ln("Kommunestyret 18.02.2031 016/31", 1, 9.5),
        _ln("Oppstart av plan for lekeplasser", 1, 16.0, bold=True),
        _ln("Innstilling:", 1, bold=True, gap=True),
        *[_ln(t, 1) for t in items],
        _ln("Behandling i kommunestyret:", 1, bold=True, gap=True),
        _ln("Innstillingen ble enstemmig vedtatt.", 1),
        _ln("Vedtak:", 1, bold=True, gap=True),
        _ln("Planen skal:", 1),
        *[_ln(t, 1) for t in items[:1]],
        _ln("Side 1 av 2", 1, 9.0),
        _ln("Testvik kommune – saksframlegg", 2, 9.0),
        *[_ln(t, 2) for t in items[1:]],
        _ln("Saksopplysninger", 2, 16.0, gap=True, bold=True),
        _ln("Kommunen har 40 lekeplasser.", 2),
        _ln("Side 2 av 2", 2, 9.0),
    ]
    kept = [ln.text for ln in _drop_furniture(lines)]
    # the running header goes, both copies of the list stay
    assert "Testvik kommune – saksframlegg" not in kept
    assert sum(t == items[1] for t in kept) == 2
    assert sum(t == items[0] for t in kept) == 2


def test_a_header_repeated_at_the_head_of_each_page_is_still_furniture():
    lines = []
    for page in (1, 2, 3):
        lines += [
            _ln("Mandat for lekeplassplanen", page, 11.0),
            _ln(f"Tekst på side {page} som handler om noe.", page),
            _ln("Mer tekst i avsnittet som går videre.", page),
            _ln("Enda en linje i brødteksten her.", page),
            _ln("Og en linje til før sidens fot.", page),
            _ln("Siste linje i brødteksten.", page),
        ]
    kept = [ln.text for ln in _drop_furniture(lines)]
    assert "Mandat for lekeplassplanen" not in kept


# ----------------------------------------------------------------------------- questions


def test_coded_key_questions_are_points_after_the_scope_bullets():
    text = (
        "Terms of Reference: Play Areas Review\n\n1 Scope\n\nThe review will cover:\n\n"
        "- play areas owned by the council\n- the budget for repairs\n\n"
        "2 Out of scope\n\n- school playgrounds\n- private gardens\n\n"
        "3 Questions to answer\n\nQ1 How many play areas need repair?\n"
        "Q2 Who inspects them, and how often?\n"
    )
    points = [p for p in find_points([text]) if not p.number.startswith("S")]
    assert [p.number for p in points] == ["1", "2", "Q1", "Q2"]
    assert points[2].text == "How many play areas need repair?"


def test_a_typed_code_before_a_statement_stays_a_sentence():
    assert _marker("Q1 Sales rose in the first quarter.") is None
    assert _marker("Q1 How many homes are empty?") == ("number", "Q1)", "How many homes are empty?")


# ----------------------------------------------------------------------------- prose


def test_requirements_in_the_prose_of_a_mandate_letter():
    asks = [
        "Dessutom skal planen drøfte korleis biblioteket kan nå alle grendene.",
        "Eg ber òg om at de lagar eit opplegg for lesestunder med skulane.",
        "Jeg ber videre om at dere vurderer åpningstidene i helgene.",
        "Rapporten skal gje ei oversikt, med tal på utlån og lånarar.",
        "Hallane må vurderast med tanke på arrangement.",
        "Det skal òg lagast ein plan for vedlikehald av bøkene.",
        "Biblioteket skal samarbeide med lag, og planen skal syne kva laga kan bidra med.",
        "Lånarane skal få seie si meining om opningstidene.",
        "Kartan över lånestationerna ska bifogas rapporten.",
        "The panel must report back to the Leisure Board by 31 March 2032.",
        "Parish councils must be invited to a drop-in workshop.",
    ]
    for s in asks:
        assert is_requirement(s), s


def test_sentences_of_a_mandate_letter_that_ask_nothing():
    tells = [
        "Eg veit at biblioteket har mange trufaste lånarar.",
        "Biblioteket får ikkje nye stillingar i år.",
        "Spørsmål kan rettast til kultursjefen.",
        "Det skal lagast ein plan for biblioteket.",  # the order itself, no further plan
        "Kommunestyret har bede om at opningstidene blir sett på.",
        "The panel is chaired by the Leisure Manager.",
        "Printing costs are paid from the library budget.",
        "The working group reported to the committee in 2029.",
    ]
    for s in tells:
        assert not is_requirement(s), s


# ----------------------------------------------------------------------------- tables


def test_a_task_table_gives_task_and_deliverable_without_owner_and_date():
    rows = [
        ["Emne", "Leverance", "Udfører", "Frist"],
        ["Optælling", "Opgørelse af alle bænke i parkerne og deres stand", "Park og Vej", "1. marts 2032"],
        ["Belysning", "Forslag til, hvilke stier der skal have lys om vinteren", "Park og Vej", "1. maj 2032"],
        ["Høring", "Et borgermøde om forslaget i hver bydel", "Sekretariatet", "juni 2032"],
    ]
    texts = [ln.text for ln in _table_lines(rows, 1)]
    assert texts == [
        "- Optælling: Opgørelse af alle bænke i parkerne og deres stand",
        "- Belysning: Forslag til, hvilke stier der skal have lys om vinteren",
        "- Høring: Et borgermøde om forslaget i hver bydel",
    ]


def test_a_deliverables_table_without_a_task_column_keeps_its_dates():
    rows = [
        ["Leverance", "Frist"],
        ["Opgørelse af alle bænke færdig", "1. marts 2032"],
        ["Høring af forslaget i udvalget", "maj 2032"],
    ]
    assert next(ln.text for ln in _table_lines(rows, 1)) == "- Opgørelse af alle bænke færdig: 1. marts 2032"


def test_a_row_broken_over_the_page_is_joined_under_the_repeated_header():
    header = ["Emne", "Leverance", "Frist"]
    page1 = [((0, 10, 100, 50), [header, ["Optælling", "Opgørelse af alle", "marts"], ["Stier", "Forslag til, hvilke stier der", "maj"]])]
    page2 = [((0, 5, 100, 30), [header, ["", "skal have lys", ""], ["Høring", "Et borgermøde i hver bydel", "juni"]])]
    pages = _join_broken_rows([page1, page2])
    assert pages[0][0][1][-2] == ["Stier", "Forslag til, hvilke stier der skal have lys", "maj"]
    # the rows after the repeated header go on with the table (session 36: a last row alone
    # under its header was read as a table of one row and lost)
    assert pages[0][0][1][-1] == ["Høring", "Et borgermøde i hver bydel", "juni"]
    assert pages[1][0][1] == [header]
    # another table on the next page (another header) is left alone
    other = [((0, 5, 100, 30), [["Navn", "Rolle", "Enhed"], ["", "Sekretær", "Plan"]])]
    assert _join_broken_rows([page1, other])[1][0][1][1] == ["", "Sekretær", "Plan"]


# ----------------------------------------------------------------------------- matching


def test_a_writers_request_frame_is_no_concern():
    from plancheck.mandate.match import strip_report_frame

    assert strip_report_frame("Eg ber òg om at de lagar eit opplegg med musikklaget.") == (
        "lagar eit opplegg med musikklaget."
    )
    assert strip_report_frame("Jeg ber om at dere vurderer åpningstidene.") == "vurderer åpningstidene."
    # a sentence without the frame is left as it is
    assert strip_report_frame("De lagar eit opplegg.") == "De lagar eit opplegg."


def test_a_survey_of_pupils_and_parents_answers_that_they_are_heard():
    import test_mandate_support as support

    from plancheck.mandate.match import assess_points

    plan = support.make_plan(
        [
            (
                "Innleiing",
                [
                    "Hausten 2030 svarte 150 elevar og føresette på ei spørjeundersøking om "
                    "kva dei ønskjer seg av musikkskulen."
                ],
            ),
            ("Tilbodet", ["Musikkskulen har i dag 200 elevar."]),
        ],
        title="Plan for musikkskulen 2032–2036",
    )
    text = "Planen skal gje ei oversikt, med tal på elevar.\nElevar og føresette skal få seie si meining om tilbodet."
    points = [p for p in find_points([text]) if p.process]
    assert points, "the hearing is a process point"
    (cov,) = assess_points(plan, points, "nn")
    assert str(getattr(cov.status, "value", cov.status)) == "covered"


def test_a_glossary_defines_words_and_answers_nothing():
    import test_mandate_support as support

    from plancheck.mandate.match import MatchSettings, _glossary_table, assess_points

    assert _glossary_table("Ord | Forklaring\nBenk | Et sete i parken")
    assert not _glossary_table("Område | Antall\nSentrum | 40")
    plan = support.make_plan(
        [
            ("Parkene", ["Kommunen har 12 parker med 140 benker."]),
            ("Ordliste", ["Lyktestolpe: stolpen som bærer lampen.", "Fundament: betongen under stolpen."]),
        ],
        title="Parkplan 2030–2034",
    )
    text = "Mandat\n\n1. beskrive vedlikeholdsbehovet for lyktestolper og fundament\n2. beskrive parkene i kommunen\n"
    point = find_points([text])[:1]
    (cov,) = assess_points(plan, point, "nb")
    assert str(getattr(cov.status, "value", cov.status)) == "uncovered"
    (off,) = assess_points(plan, point, "nb", settings=MatchSettings(glossary_out=False))
    assert str(getattr(off.status, "value", off.status)) != "uncovered"


def test_rows_after_a_repeated_header_go_on_with_the_table_before():
    from dataclasses import replace

    import plancheck.mandate.points as P

    header = ["Tema", "Utgreiing", "Ansvar"]
    page1 = [((0, 10, 100, 50), [header, ["Trafikk", "Teljing i Storgata", "Konsulent"], ["Handel", "Analyse av behovet", "Konsulent"]])]
    page2 = [((0, 5, 100, 30), [header, ["Barn og unge", "Registrere korleis barn brukar sentrum", "Kommunen"]])]
    pages = _join_broken_rows([page1, [(g[0], [list(r) for r in g[1]]) for g in page2]])
    assert [r[0] for r in pages[0][0][1]] == ["Tema", "Trafikk", "Handel", "Barn og unge"]
    old = P.POINT_SETTINGS
    try:
        P.POINT_SETTINGS = replace(old, continued_table_rows=False)
        kept = _join_broken_rows([[(g[0], [list(r) for r in g[1]]) for g in page1], page2])
        assert [r[0] for r in kept[1][0][1]] == ["Tema", "Barn og unge"]
    finally:
        P.POINT_SETTINGS = old


def test_a_planprogram_table_of_studies_by_theme_gives_its_studies_as_points():
    for col in ("Utgreiing", "Utredning", "Udredning"):
        rows = [
            ["Tema", col, "Ansvar"],
            ["Trafikk", "Teljing i Storgata og vurdering av krysset ved kaia.", "Konsulent"],
            ["Kulturmiljø", "Vurdere kva bygningar som bør regulerast til bevaring.", "Kommunen"],
        ]
        texts = [ln.text for ln in _table_lines(rows, 1)]
        assert len(texts) == 2 and "Teljing i Storgata" in texts[0], (col, texts)

"""A paragraph broken off at the foot of one column and going on at the head of the next,
although the next column's first line opens with a capital or a figure: the line above ends on
a word no sentence ends on (an article, a preposition, "and"), or the line below opens with a
quantity in mid-sentence. Invented plans, hand-built lines."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.ingest.text import current_language, use_language
from plancheck.layout.blocks import build_blocks
from plancheck.layout.lines import Line, words_to_lines


def _line(text: str, top: float, *, x: float = 50, region: int = 0) -> Line:
    ln = words_to_lines(line_words(text, x, top, 10), 1)[0]
    ln.region = region
    return ln


def _texts(lines: list[Line], lang: str) -> list[str]:
    before = current_language()
    use_language(lang)
    try:
        return [b.text for b in build_blocks([lines], [])]
    finally:
        use_language(before)


def test_a_sentence_broken_off_after_an_article_goes_on_in_the_next_column_under_a_capital():
    lines = [
        _line("D1 Plant new street trees in every ward together with the", 700, region=1),
        _line("Tree Wardens Network and the local schools", 100, x=320, region=2),
    ]
    assert _texts(lines, "en") == [
        "D1 Plant new street trees in every ward together with the Tree Wardens Network and the local schools"
    ]


def test_a_column_whose_last_line_ends_on_a_noun_keeps_the_capital_line_apart():
    lines = [
        _line("D1 Plant new street trees in every ward", 700, region=1),
        _line("Tree Wardens Network meets every month", 100, x=320, region=2),
    ]
    assert len(_texts(lines, "en")) == 2


def test_a_preposition_of_the_documents_language_only():
    # "på" ends no Swedish sentence; "the" is no Swedish word, so it breaks nothing off there
    sv = [
        _line("Åtgärd 3 Bygga ut laddplatser vid förskolorna och på", 700, region=1),
        _line("Storgatans parkering", 100, x=320, region=2),
    ]
    assert len(_texts(sv, "sv")) == 1
    en_word = [
        _line("Åtgärd 3 Bygga ut laddplatser vid förskolorna the", 700, region=1),
        _line("Storgatans parkering", 100, x=320, region=2),
    ]
    assert len(_texts(en_word, "sv")) == 2


def test_a_quantity_opening_the_next_column_goes_on_with_the_sentence():
    lines = [
        _line("Tiltak 4 Tilby hjemmebesøk til alle innbyggere som fyller", 700, region=1),
        _line("80 år i løpet av planperioden", 100, x=320, region=2),
    ]
    assert _texts(lines, "nb") == ["Tiltak 4 Tilby hjemmebesøk til alle innbyggere som fyller 80 år i løpet av planperioden"]
    # a numbered heading or item at the head of the next column starts anew
    numbered = [
        _line("Tiltak 4 Tilby hjemmebesøk til alle innbyggere som fyller", 700, region=1),
        _line("5 Oppfølging og evaluering", 100, x=320, region=2),
    ]
    assert len(_texts(numbered, "nb")) == 2


def test_a_fields_value_broken_at_the_column_foot_goes_on_with_the_next_unlabelled_field():
    lines = [
        _line("A3 Open a youth café in the town centre – Lead: Head of Leisure", 700, region=1),
        _line("Services – 2027", 100, x=320, region=2),
    ]
    assert _texts(lines, "en") == ["A3 Open a youth café in the town centre – Lead: Head of Leisure Services – 2027"]
    # a new item opening the next column names its fields with labels: it stands apart
    new_item = [
        _line("A3 Open a youth café in the town centre – Lead: Head of Leisure", 700, region=1),
        _line("Run a summer festival – Lead: Arts Officer", 100, x=320, region=2),
    ]
    assert len(_texts(new_item, "en")) == 2


def test_a_labelled_item_broken_off_goes_on_with_a_capital_rest_and_its_dash_fields():
    """"… and the Older" / "People's Forum – Lead: Highways – As needed": the rest of the
    sentence is a name, in capitals, and the item's fields follow it after a dash."""
    lines = [
        _line("D4 (Deliverable) Expand charging points working closely with the Older", 700, region=1),
        _line("People's Forum – Lead: Highways – As needed", 100, x=320, region=2),
    ]
    assert _texts(lines, "en") == [
        "D4 (Deliverable) Expand charging points working closely with the Older People's Forum – Lead: Highways – As needed"
    ]
    # the item above had its fields already, or ended its sentence: the line is no rest of it
    done = [
        _line("D4 (Deliverable) Expand charging points – Lead: Highways", 700, region=1),
        _line("People's Forum – Lead: Parks – As needed", 100, x=320, region=2),
    ]
    assert len(_texts(done, "en")) == 2
    stopped = [
        _line("D4 (Deliverable) Expand charging points at all sites.", 700, region=1),
        _line("People's Forum – Lead: Parks – As needed", 100, x=320, region=2),
    ]
    assert len(_texts(stopped, "en")) == 2
    # a line opening with more than a few words before the field is a text of its own
    long_rest = [
        _line("D4 (Deliverable) Expand charging points working closely with the Older", 700, region=1),
        _line("People's Forum will meet every month in the town hall – Lead: Parks", 100, x=320, region=2),
    ]
    assert len(_texts(long_rest, "en")) == 2


def test_a_heading_naming_an_overview_or_register_of_measures_announces_measures():
    from plancheck.extract.roles import heading_role

    assert heading_role("Tiltaksoversikt")[0] == "measure"
    assert heading_role("Åtgärdsförteckning")[0] == "measure"


def test_an_item_whose_last_line_ends_in_a_field_dash_goes_on_with_a_dated_field_in_the_next_column():
    # "– Ansvar: … –" announces the item's next field: "2. kvartal 2025" at the head of the
    # next column is that field, though it opens like a numbered item (blocks._next_field_over_break)
    lines = [
        _line("T6 (Tiltak) Etablere møteplassar for frivillige – Ansvar: Einingsleiar barnehage –", 700, region=1),
        _line("2. kvartal 2025", 100, x=320, region=2),
    ]
    assert _texts(lines, "nn") == [
        "T6 (Tiltak) Etablere møteplassar for frivillige – Ansvar: Einingsleiar barnehage – 2. kvartal 2025"
    ]


def test_a_new_item_after_a_field_dash_or_a_dash_for_an_empty_value_stays_apart():
    new_item = [
        _line("T6 (Tiltak) Etablere møteplassar for frivillige – Ansvar: Einingsleiar barnehage –", 700, region=1),
        _line("2. Opprette eit lågterskeltilbod for ungdom", 100, x=320, region=2),
    ]
    assert len(_texts(new_item, "nn")) == 2
    empty_value = [
        _line("T6 (Tiltak) Etablere møteplassar – Ansvar: Alle – Frist: –", 700, region=1),
        _line("2. kvartal 2025 er fristen for neste rullering", 100, x=320, region=2),
    ]
    assert len(_texts(empty_value, "nn")) == 2


def test_a_numbered_point_in_lower_case_heading_the_next_column_stays_a_point():
    points = [
        _line("1. kartlegge dagens tilbod for barn og unge i kommunen", 700, region=1),
        _line("2. vurdere korleis tilboda kan samordnast betre", 100, x=320, region=2),
    ]
    assert len(_texts(points, "nn")) == 2


def test_a_field_value_wrapped_twice_over_the_column_break_goes_on_with_its_item():
    """'… – Lead: Economic' at the foot of a column; 'Development and Climate Change' /
    'Officer – 2027' at the head of the next: the owner's value runs over the next column's
    first two lines before the item's next field, so the capital line is no paragraph of its own."""
    lines = [
        _line("D4 (Deliverable) Offer summer jobs to young people", 688, region=1),
        _line("with residents – Lead: Economic", 700, region=1),
        _line("Development and Climate Change", 100, x=320, region=2),
        _line("Officer – 2027", 112, x=320, region=2),
    ]
    assert _texts(lines, "en") == [
        "D4 (Deliverable) Offer summer jobs to young people with residents – Lead: Economic Development and "
        "Climate Change Officer – 2027"
    ]
    # a paragraph of its own at the next column's head: no field after a dash closes the value
    lines[3] = _line("Officer of the Year is announced in June", 112, x=320, region=2)
    assert len(_texts(lines, "en")) == 2


def test_an_ordinal_number_ending_the_page_leaves_its_bracket_open_over_the_break():
    """'… (ansvarleg: Eigedom; tid: 2.' at the foot of a page, 'kvartal 2025)' at the head of the
    next: the stop is the ordinal number's ('2. kvartal'), no sentence ends there."""
    def on(page: int, text: str, top: float) -> Line:
        return words_to_lines(line_words(text, 80, top, 10), page)[0]

    lines = [on(1, "Tiltak 3.2.1: Innføre rutinar for oppfølging av barn som uroar med", 760),
             on(1, "vekt på likeverd (ansvarleg: Familiesenteret/Eigedom; tid: 2.", 772)]
    nxt = [on(2, "kvartal 2025)", 40), on(2, "Tiltak 3.2.2: Lage ein felles rutine for overgang", 58)]
    before = current_language()
    use_language("nn")
    try:
        texts = [b.text for b in build_blocks([lines, nxt], [])]
    finally:
        use_language(before)
    assert texts[0].endswith("tid: 2. kvartal 2025)") and len(texts) == 2


def test_names_joined_by_a_slash_at_the_column_foot_go_on_in_the_next_column():
    """'… – Ansvar: Økonomiavdelingen /' at the foot, 'Virksomhetsleder hjemmetjenesten – Hvert
    halvår' at the head of the next: a slash between names ends no paragraph (the dash that
    opened the field stands on the line above, so no field is seen open on the last line)."""
    lines = [
        _line("T10 (Tiltak) Gjennomføre energisparetiltak i kommunens bygg –", 688, region=1),
        _line("Ansvar: Økonomiavdelingen /", 700, region=1),
        _line("Virksomhetsleder hjemmetjenesten – Hvert halvår", 100, x=320, region=2),
    ]
    assert _texts(lines, "nb") == [
        "T10 (Tiltak) Gjennomføre energisparetiltak i kommunens bygg – Ansvar: Økonomiavdelingen / "
        "Virksomhetsleder hjemmetjenesten – Hvert halvår"
    ]
    # an address ending in a slash ends its sentence: the capital line after it stands apart
    address = [
        _line("Les mer på https://www.kommune.no/", 700, region=1),
        _line("Virksomhetsleder hjemmetjenesten har ansvaret", 100, x=320, region=2),
    ]
    assert len(_texts(address, "nb")) == 2


def test_a_time_phrase_broken_after_its_lead_goes_on_with_the_year_heading_the_next_column():
    # the lead of a deadline or a target's date ("innen", "innan", "inom", "inden", "senast")
    # breaks a sentence off: the year alone at the next column's head is its rest, no paragraph
    for lang, before in (
        ("nb", "6. Kommunen skal redusere de direkte klimagassutsleppene med 50 prosent innen"),
        ("nn", "2. Lokalsamfunna skal redusere dei direkte klimagassutsleppa med 50 prosent innan"),
        ("sv", "Mål 3: Utsläppen ska minska med hälften senast"),
        ("da", "Mål 2: Kommunen skal halvere udledningen af drivhusgasser inden"),
    ):
        lines = [_line(before, 700, region=1), _line("2030", 100, x=320, region=2)]
        [text] = _texts(lines, lang)
        assert text.endswith(f"{before.split(maxsplit=1)[1]} 2030"), lang
    # a day's date is a time phrase's rest too
    dated = [_line("Tiltak 2: Rutinen skal være revidert innen", 700, region=1), _line("31.12.2026", 100, x=320, region=2)]
    assert len(_texts(dated, "nb")) == 1
    # a year under a line ending on a noun, or on a lead of another language, starts anew
    for lang, before in (("nb", "6. Kommunen skal redusere utslippene fra transport"), ("nb", "Vi skal nå målet inden")):
        lines = [_line(before, 700, region=1), _line("2030", 100, x=320, region=2)]
        assert len(_texts(lines, lang)) == 2, before

"""Session 37 (issue 11 items 1 and 4): the one a prose mandate orders to make the plan, asked
again by its shorter name or a pronoun; an indefinite proposal as a step's subject; a review put
off until a condition; a definite noun that names the sentence before again and puts it off."""

from __future__ import annotations

import dataclasses

from plancheck.mandate import points as P
from plancheck.mandate.match import DEFAULT_SETTINGS, DEFERRAL_RE, deferred_sentences, definite_echo


def test_orderee_named_in_the_order():
    assert P.orderee("Arbejdsgruppen skal udarbejde et forslag til en demenshandleplan for 2048–2051.") == "arbejdsgruppen"
    assert P.orderee("Arbetsgruppen ska ta fram ett förslag till en äldreplan för 2049–2052.") == "arbetsgruppen"
    assert P.orderee("The working group will prepare a draft play strategy for 2049–2054.") .endswith("working group")
    # the plan as subject, or no order to make it: none
    assert P.orderee("Planen skal beskrive tilbudet til personer med demens.") is None
    assert P.orderee("Arbeidsgruppa består av fem personar.") is None


def test_orderee_asks_by_its_head_or_a_pronoun():
    who = "arbejdsgruppen"
    assert P.orderee_asks("Gruppen skal beskrive, hvor mange borgere med demens der er i kommunen.", who, False)
    assert P.orderee_asks("Den skal komme med forslag til, hvordan pårørende kan støttes.", who, True)
    # the pronoun only right after a sentence of the orderee's
    assert not P.orderee_asks("Den skal komme med forslag til, hvordan pårørende kan støttes.", who, False)
    assert P.orderee_asks("The group must map the condition of every play area.", "working group", False)
    assert P.orderee_asks("It must also set out how play areas will be inspected.", "working group", True)
    # negated, in the past, or another subject: none
    assert not P.orderee_asks("Gruppen skal ikke vurdere økonomien.", who, False)
    assert not P.orderee_asks("Kommunen skal betale udgifterne.", who, False)


def test_prose_mandate_reads_the_orderees_sentences():
    text = (
        "Opgaver\n"
        "Arbejdsgruppen skal udarbejde et forslag til en demenshandleplan for 2048–2051. Gruppen skal "
        "beskrive, hvor mange borgere med demens der er i kommunen. Den skal komme med forslag til, "
        "hvordan pårørende kan støttes og aflastes.\n"
    )
    lines = P._lines_from_text(text)
    got = [p.text for p in P.prose_requirements(lines, [])]
    assert any(t.startswith("Gruppen skal beskrive") for t in got)
    assert any(t.startswith("Den skal komme med forslag") for t in got)
    assert not any(t.startswith("Arbejdsgruppen skal udarbejde") for t in got)


def test_indefinite_proposal_as_subject():
    for s in (
        "Ett förslag ska lämnas till kommunstyrelsen senast 2048-06-15.",
        "Et forslag skal legges fram for formannskapet innen 1. mars 2049.",
        "Eit framlegg skal sendast på høyring før sommaren.",
        "A proposal must be submitted to Cabinet by March 2049.",
    ):
        assert P.is_requirement(s), s
    assert not P.is_requirement("Ett förslag till ny översiktsplan var ute på samråd 2045.")


def test_review_put_off_until_a_condition():
    for s in (
        "Tilsynsordningen blir gjennomgått når kontrakten løper ut i 2049.",
        "Ordningen omprövas när avtalet löper ut.",
        "Ordningen revurderes, når aftalen udløber.",
        "The scheme will be reviewed once the contract ends in 2049.",
    ):
        assert DEFERRAL_RE.search(s), s
    # a review on a date is the plan's own revision, not a deferral
    for s in ("Planen revideres i 2030.", "The strategy will be reviewed in 2030.", "Tiltaket blir evaluert etter to år."):
        assert not DEFERRAL_RE.search(s), s


def test_definite_noun_puts_off_the_sentence_before():
    before = "Lekeplassene får i dag tilsyn av en entreprenør på oppdrag fra kommunen."
    after = "Tilsynsordningen blir gjennomgått når kontrakten løper ut i 2049."
    assert definite_echo(after, before, 6)
    assert deferred_sentences([before, after], DEFAULT_SETTINGS) == [True, True]
    # the compound's head named again ("Ordninga" after "tilskotsordning")
    assert definite_echo(
        "Ordninga blir gjennomgått når retningslinjene ligg føre.", "Kommunen har i dag ei tilskotsordning for tilpassing.", 6
    )
    assert definite_echo(
        "The inspection regime will be reviewed once the contract ends.", "Play areas are inspected today by a contractor.", 6
    )
    # another thing, the plan, or the council: the sentence before stands
    assert not definite_echo("Ordningen vurderes på nytt når avtalen går ut.", "Kommunen har en god økonomi.", 6)
    assert not definite_echo("Planen revideres når ny kommuneplan er vedtatt.", "Planen har 20 tiltak.", 6)
    assert not definite_echo("Kommunen vil vurdere dette senere.", "Kommunens innbyggere er fornøyde.", 6)
    # handed on to another plan to be carried out there: what the sentence before says stands
    assert not definite_echo(
        "Flomveiene legges inn som hensynssone i kommuneplanens arealdel.",
        "Aktsomhetskartet i vedlegg 1 viser flomveiene og forsenkningene for hele kommunen.",
        6,
    )
    off = dataclasses.replace(DEFAULT_SETTINGS, definite_echo_letters=0)
    assert deferred_sentences([before, after], off) == [False, True]


def test_the_definite_suffixes_are_one_fragment_longest_first():
    from plancheck.mandate import match as M

    alt = M._definite_suffixes()
    assert f"(?:{alt})" in M._DEFINITE_SUBJECT_RE.pattern and M._DEFINITE_END_RE.pattern == f"(?:{alt})$"
    suffixes = alt.split("|")
    assert suffixes == sorted(suffixes, key=lambda w: (-len(w), w))
    # the noun's stem is what is left when its longest suffix is taken off
    assert M._DEFINITE_END_RE.sub("", "ordningerne") == "ordning"


def _line(text: str, indent: float) -> P.Line:
    return P.Line(text=text, page=1, indent=indent, size=11.0, right=400.0, edge=520.0)


def test_word_letter_o_sub_bullets_are_sub_points():
    # Word's second-level bullet printed as the letter "o" under a bullet that ends in a colon
    lines = [
        _line("Kommunestyret vedtar oppstart av arbeidet med kommunedelplan for sykkel. Planen skal særlig", 65.0),
        _line("vurdere:", 65.0),
        _line("\uf0b7 et sammenhengende hovednett for sykkel mellom sentrum og stasjonen", 65.0),
        _line("\uf0b7 behovet for ladeplasser:", 65.0),
        _line("o ved stasjonene", 119.0),
        _line("o ved skoler og idrettsanlegg", 119.0),
        _line("o i sentrum", 119.0),
        _line("\uf0b7 vinterdrift av gang- og sykkelveiene", 65.0),
        _line("Planforslaget legges fram for kommunestyret innen 1.desember 2048.", 65.0),
    ]
    pts = P.find_points(lines)
    park = next(p for p in pts if p.text.startswith("behovet for ladeplasser"))
    assert park.concerns == ["ved stasjonene", "ved skoler og idrettsanlegg", "i sentrum"]
    assert not any(" o " in p.text for p in pts)
    assert any(p.text.startswith("Planforslaget legges fram") for p in pts)
    # one "o" line, or at the text's indent: a word, left as it is
    assert P.letter_bullet_runs([_line("Planen skal:", 65.0), _line("o ved skoler", 119.0)])[1].text == "o ved skoler"


def test_dated_item_with_the_day_typed_against_its_month():
    assert P.DATED_ITEM_RE.match("15.januar 2038 – Kortlægning af behovet er afsluttet")
    assert P.DATED_ITEM_RE.match("15. januar 2038 – Kortlægning af behovet er afsluttet")


def _o_list_pdf(path, gap: float) -> None:
    """A bullet whose line ends in a colon, then three lines opening with a lone "o" set
    ``gap`` points before the item's text (Word's second-level bullet: the letter in Courier, a
    tab to the indent), drawn with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    c.setFont("Helvetica", 11)
    c.drawString(65, y, "Planen skal særlig vurdere:")
    y -= 16
    c.drawString(65, y, "- behovet for ladeplasser:")
    for item in ("ved stasjonene", "ved skoler og idrettsanlegg", "i sentrum"):
        y -= 16
        c.setFont("Courier", 11)
        c.drawString(101, y, "o")
        c.setFont("Helvetica", 11)
        c.drawString(101 + c.stringWidth("o", "Courier", 11) + gap, y, item)
    y -= 16
    c.drawString(65, y, "- vinterdrift av gang- og sykkelveiene")
    c.save()


def test_the_letter_o_bullet_is_read_by_its_marker_gap_in_a_pdf(tmp_path):
    # the glyph set off by a marker gap (the layout's reading, blocks.letter_o_marker): sub-points
    tab = tmp_path / "tab.pdf"
    _o_list_pdf(tab, 12.0)
    lines = P._lines_from_pdf(tab)
    assert [ln.o_marker for ln in lines if ln.text.startswith("o ")] == [True, True, True]
    assert [ln.text for ln in P.letter_bullet_runs(lines) if ln.word_bullet] == [
        "ved stasjonene", "ved skoler og idrettsanlegg", "i sentrum"
    ]
    # the same text at a word's space: a word "o", no bullet (the text alone cannot tell)
    space = tmp_path / "space.pdf"
    _o_list_pdf(space, 3.0)
    lines = P._lines_from_pdf(space)
    assert [ln.o_marker for ln in lines if ln.text.startswith("o ")] == [False, False, False]
    assert not any(ln.word_bullet for ln in P.letter_bullet_runs(lines))

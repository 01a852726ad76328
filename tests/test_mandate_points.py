"""Finding mandate points: headings, multi-line points, sub-bullets, mandates inside a bigger
document, and splitting a point into the concerns it asks for."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plancheck.errors import InputError
from plancheck.mandate import find_points, read_mandate, split_concerns
from plancheck.mandate.points import is_process, is_requirement

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "mandates"


def test_numbered_points_under_the_mandate_heading_with_wrapped_lines():
    text = """Oppstart av arbeidet med boligsosial handlingsplan

Bakgrunn
Kommunestyret vedtok å rullere planen.

Prosjektgruppas mandat
Prosjektgruppa skal:

1. Gi en beskrivelse av dagens boligmasse og det framtidige behovet for
   kommunale utleieboliger.
2. Foreslå tiltak for å forebygge bostedsløshet.
3. Planen legges fram for kommunestyret innen utgangen av juni 2025.

Organisering
- Styringsgruppe: rådmannens ledergruppe
- Referansegruppe: brukerrådet
"""
    points = find_points([text])
    assert [p.number for p in points] == ["1", "2", "3"]
    assert [p.id for p in points] == ["M1", "M2", "M3"]
    assert points[0].text == (
        "Gi en beskrivelse av dagens boligmasse og det framtidige behovet for "
        "kommunale utleieboliger."
    )
    # the list under "Organisering" is not part of the mandate
    assert not any("Styringsgruppe" in p.text for p in points)
    assert [p.process for p in points] == [False, False, True]


def test_sub_bullets_belong_to_their_point_and_are_its_concerns():
    text = """## Mandat

- Beskrive utfordringsbildet fram mot 2035.
- Utrede følgende tema:
  - rekruttering og kompetanse
  - velferdsteknologi
  - frivillighet
- Beskrive tilbudet til personer med demens.
"""
    points = find_points([text])
    assert len(points) == 3
    assert points[1].concerns == ["rekruttering og kompetanse", "velferdsteknologi", "frivillighet"]
    assert "velferdsteknologi" in points[1].text
    assert points[2].text == "Beskrive tilbudet til personer med demens."


def test_mandate_inside_a_council_case_skips_the_resolution_list():
    text = """SAKSFRAMLEGG

Rådmannens forslag til vedtak
1. Kommunestyret vedtar mandat for arbeidet med oppvekstplan.
2. Rådmannen orienterer hovedutvalget høsten 2025.

Saksopplysninger
Det settes ned en prosjektgruppe.

Forslag til mandat
Prosjektgruppa skal:
1. Lage en felles plan for overgangen fra barnehage til skole.
2. Kartlegge omfanget av mobbing.
3. Planen skal inneholde:
   a) mål og strategier
   b) indikatorer

Vurdering
Rådmannen mener en samlet plan gir bedre sammenheng.
"""
    points = find_points([text])
    assert [p.text.split()[0] for p in points] == ["Lage", "Kartlegge", "Planen"]
    assert points[2].concerns == ["mål og strategier", "indikatorer"]


def test_without_a_heading_the_numbered_list_is_the_mandate():
    points = find_points(
        ["Innledning til arbeidet.\n\n1. Kartlegge behovet.\n2. Vurdere tiltak.\n"]
    )
    assert [p.text for p in points] == ["Kartlegge behovet.", "Vurdere tiltak."]


def test_english_mandate_heading():
    points = find_points(
        ["# Brief\n\n## Mandate\n\n1. Set out the carbon footprint.\n2. Propose targets.\n"]
    )
    assert len(points) == 2


def test_planprogram_collects_requirements_from_several_sections():
    points = read_mandate(CORPUS / "kultur-nynorsk" / "planprogram.txt")
    assert len(points) == 6
    assert points[3].concerns == ["freda bygningar", "kulturlandskap", "stadnamn"]
    assert points[5].process  # "Planforslaget skal på høyring til ungdomsrådet og eldrerådet."


def test_mandate_on_two_slides_of_a_deck():
    points = read_mandate(CORPUS / "klima" / "orientering.pdf")
    assert len(points) == 7  # four on "Prosjektgruppas mandat", three on "Mandat (forts.)"
    assert points[0].text.endswith("for kommunen som virksomhet")  # wrapped over two lines
    assert [p.page for p in points] == [3, 3, 3, 3, 4, 4, 4]
    assert not any("Oppstart" in p.text for p in points)  # the "Framdrift" slide is not the mandate


def test_mandate_pdf_with_typed_numbers_and_wrapped_points():
    points = read_mandate(CORPUS / "trafikksikkerhet" / "bestilling.pdf")
    assert [p.number for p in points] == [str(n) for n in range(1, 9)]
    assert points[7].text.endswith("før politisk behandling.")  # runs over two lines
    assert not any("Prosjektleder" in p.text for p in points)  # the list under "Organisering"


def test_mandate_pdf_with_word_numbering():
    points = read_mandate(CORPUS / "idrett" / "oppdrag.pdf")
    assert [p.number for p in points] == [str(n) for n in range(1, 8)]
    assert points[2].text.startswith("Vurdere tiltak som gjør det lettere for barn")
    assert points[2].text.endswith("organisert idrett.")


def test_missing_or_empty_mandate_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        read_mandate(tmp_path / "nope.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(InputError):
        read_mandate(empty)
    prose = tmp_path / "prose.txt"
    prose.write_text("Mandat\nDette er bare tekst uten punkter.\n", encoding="utf-8")
    with pytest.raises(InputError, match="no mandate points"):
        read_mandate(prose)


@pytest.mark.parametrize(
    ("text", "concerns"),
    [
        (
            "Ivareta hensynet til klima, folkehelse, beredskap og universell utforming.",
            ["klima", "folkehelse", "beredskap", "universell utforming"],
        ),
        (
            "Kartlegge boligbehovet for vanskeligstilte grupper, herunder flyktninger, personer med "
            "rus- og psykiske lidelser og personer med funksjonsnedsettelse.",
            [
                "flyktninger",
                "personer med rus- og psykiske lidelser",
                "personer med funksjonsnedsettelse",
            ],
        ),
        (
            "Kartlegge omfanget av mobbing og foreslå tiltak mot mobbing i barnehager og skoler.",
            ["Kartlegge omfanget av mobbing", "foreslå tiltak mot mobbing i barnehager og skoler"],
        ),
        (
            "Kartlegge behovet for heldøgns omsorgsplasser og sykehjemsplasser.",
            ["heldøgns omsorgsplasser", "sykehjemsplasser"],
        ),
        (
            "Describe how residents and local businesses were engaged in preparing the plan.",
            ["residents", "local businesses"],
        ),
    ],
)
def test_enumerations_split_into_concerns(text, concerns):
    assert split_concerns(text)[1] == concerns


@pytest.mark.parametrize(
    "text",
    [
        "Beskrive tilbudet til barn og unge.",  # a fixed phrase, not two concerns
        "Vurdere behovet for et eget botilbud for ungdom mellom 18 og 23 år.",
        "Kartlegge ulykkesbildet de siste ti årene, basert på politiets registrerte ulykker.",
        "Beskrive hvordan trafikkopplæringen i barnehage og skole skal styrkes.",
        "Gjere greie for tilbodet hos dei tilsette i barnehage og skule.",  # the nynorsk pair
        "Beskriva stödet till personalen i förskola och skola.",
    ],
)
def test_no_split_without_an_enumeration(text):
    assert len(split_concerns(text)[1]) == 1


def test_deadline_is_kept_out_of_the_concerns():
    _head, concerns, tail = split_concerns("Planen legges fram for kommunestyret innen 31.12.2025.")
    assert concerns == ["Planen legges fram for kommunestyret"]
    assert tail == "innen 31.12.2025"


@pytest.mark.parametrize(
    ("text", "process"),
    [
        ("Planen legges fram for kommunestyret innen 1. juni 2025.", True),
        ("Planen skal på høring til eldrerådet og ungdomsrådet.", True),
        ("Report the draft plan to Cabinet by March 2025.", True),
        ("Beskrive tilbudet til personer med demens.", False),
        ("Set out the council's own emissions.", False),
    ],
)
def test_process_points(text, process):
    assert is_process(text) is process


def test_docx_mandate_with_word_lists(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Mandat for arbeidsgruppa", level=1)
    d.add_paragraph("Arbeidsgruppa skal:")
    d.add_paragraph("Kartlegge behovet for omsorgsboliger.", style="List Number")
    d.add_paragraph("Utrede følgende tema:", style="List Number")
    d.add_paragraph("velferdsteknologi", style="List Bullet 2")
    d.add_paragraph("rekruttering", style="List Bullet 2")
    d.add_heading("Økonomi", level=1)
    d.add_paragraph("Innenfor rammen.", style="List Bullet")
    path = tmp_path / "mandat.docx"
    d.save(str(path))
    points = read_mandate(path)
    assert [p.text.split()[0] for p in points] == ["Kartlegge", "Utrede"]
    assert points[1].concerns == ["velferdsteknologi", "rekruttering"]


# ---------------------------------------------------------------- typed numbers, prose, kinds


def test_typed_number_without_space_is_a_point():
    points = find_points(
        [
            "Mandat\n\n1. Beskrive dagens tjeneste.\n2. Foreslå tiltak for rekruttering.\n"
            "10.Ivareta samarbeidet med nabokommunene.\n11.Saksbehandlingen skal beskrives.\n"
        ]
    )
    assert [p.number for p in points] == ["1", "2", "10", "11"]
    assert points[2].text.startswith("Ivareta samarbeidet")


def test_decimal_number_is_not_a_point():
    from plancheck.mandate.points import _marker

    assert _marker("2.5 prosent av budsjettet") is None
    assert _marker("2020.Det var") is None


def test_tab_after_number():
    points = find_points(["Mandat\n\n1.\tGi en oversikt.\n2.\tVurdere behovet.\n"])
    assert [p.text for p in points] == ["Gi en oversikt.", "Vurdere behovet."]


def test_point_split_by_a_page_break_is_joined():
    from plancheck.mandate.points import Line

    lines = [
        Line("Mandat", 1, 0.0, 14.0, True, None, True),
        Line("1. Gi en oversikt over tjenestene", 1, 0.0, 11.0, False, None, True),
        Line(
            "2. Avklare styringen av arbeidet, herunder roller og", 1, 0.0, 11.0, False, None, True
        ),
        Line("finansiering av nye prosjekter.", 2, 0.0, 11.0, False, None, True),
    ]
    points = find_points(lines)
    assert points[1].text.endswith("finansiering av nye prosjekter.")


def test_prose_requirements_are_points_with_kinds():
    text = (
        "Mandat\n\n1. Beskrive dagens tilbud.\n2. Foreslå tiltak for bedre tilgang.\n\n"
        "Planen skal ha en tiltaksoversikt med ansvar og frist. Arbeidet avsluttes innen "
        "utgangen av 2025. Eldrerådet skal ha planutkastet til uttale.\n\n"
        "Kommunen har 12 000 innbyggere. Planen skal gi retning for arbeidet.\n"
    )
    points = find_points([text])
    prose = [p for p in points if p.number.startswith("S")]
    assert [p.number for p in prose] == ["S1", "S2", "S3"]
    assert [p.kind for p in prose] == ["deliverable", "process", "process"]
    assert points[0].kind == "content"


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("Planen skal legges fram for kommunestyret innen utgangen av 2025.", True),
        ("Før sluttbehandling skal planforslaget på høring til ungdomsrådet.", True),
        ("A draft will be taken to Cabinet in March 2025.", True),
        ("Handlingsplanen ska redovisas för kommunstyrelsen senast den 1 juni.", True),
        ("Planen skal erstatte planen fra 2018.", False),
        ("Kommunen har mange frivillige lag.", False),
        ("Planen skal inneholde følgende:", False),
    ],
)
def test_is_requirement(sentence, wanted):
    from plancheck.mandate.points import is_requirement

    assert is_requirement(sentence) is wanted


def test_roman_numbered_terms_of_reference():
    points = find_points(
        [
            "Terms of reference\n\n(i) Establish a baseline.\n(ii) Recommend targets.\n"
            "(iii) Identify measures.\n(iv) Assess options.\n(v) Consider standards.\n"
        ]
    )
    assert [p.number for p in points] == ["i", "ii", "iii", "iv", "v"]


def test_paragraph_after_the_last_point_is_prose_not_continuation():
    from plancheck.mandate.points import Line

    lines = [
        Line("Mandat", 1, 71.0, 14.0, True, None, True),
        Line("1. Beskrive dagens tilbud.", 1, 71.0, 11.0, False, None, True),
        Line("2. Vurdere behovet for nye", 1, 71.0, 11.0, False, None, False),
        Line("plasser fram mot 2030.", 1, 93.7, 11.0, False, None, False),
        Line(
            "Planen skal ha en tiltaksplan for de to første årene.",
            1,
            71.0,
            11.0,
            False,
            None,
            False,
        ),
    ]
    points = find_points(lines)
    assert [p.number for p in points] == ["1", "2", "S1"]
    assert points[1].text.endswith("fram mot 2030.")


def test_numbered_section_headings_are_not_points():
    from plancheck.mandate.points import Line

    body = [Line(f"filler line {k}.", 1, 71.0, 11.0, False, None, False) for k in range(4)]
    lines = [
        Line("Terms of Reference", 1, 71.0, 20.0, True, None, True),
        Line("1. Purpose", 1, 71.0, 13.0, True, None, True),
        *body,
        Line("2. Scope", 1, 71.0, 13.0, True, None, True),
        Line("(i) Establish a baseline of emissions.", 1, 71.0, 11.0, False, None, False),
        Line("(ii) Recommend interim targets.", 1, 71.0, 11.0, False, None, False),
        Line("3. Timetable", 1, 71.0, 13.0, True, None, True),
    ]
    points = find_points(lines)
    assert [p.number for p in points] == ["i", "ii"]


def test_a_clause_with_a_pronoun_subject_is_a_concern_of_its_own():
    from plancheck.mandate.points import split_concerns

    _head, items, tail = split_concerns(
        "Planen skal rulleres hvert fjerde år, og det skal lages en årlig tilstandsrapport."
    )
    assert items == [
        "Planen skal rulleres hvert fjerde år",
        "det skal lages en årlig tilstandsrapport",
    ]
    assert tail == ""
    # a list whose shared verb follows a noun subject keeps the verb as its tail
    _, items, tail = split_concerns(
        "Beskrive hvordan barnehage, skole og PPT samarbeider om tidlig innsats."
    )
    assert items == ["barnehage", "skole", "PPT"]
    assert tail == "samarbeider om tidlig innsats"


def test_word_numbered_sub_items_belong_to_their_point(tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_heading("Oppdrag", level=2)

    def item(text: str, level: int) -> None:
        p = d.add_paragraph(text, style="List Paragraph")
        num = OxmlElement("w:numPr")
        for tag, val in (("w:ilvl", str(level)), ("w:numId", "1")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            num.append(el)
        p._p.get_or_add_pPr().append(num)

    item("Revidere ROS-analysen.", 0)
    item("Utarbeide en plan for krisekommunikasjon, herunder:", 0)
    item("varsling på SMS", 1)
    item("informasjon til innbyggere som ikke leser norsk", 1)
    item("Planlegge øvelser for kriseledelsen.", 0)
    path = tmp_path / "mandat.docx"
    d.save(str(path))
    points = read_mandate(path)
    # the Word list level (ilvl), not the style name, says which items are sub-items
    assert [p.number for p in points] == ["1", "2", "3"]
    assert points[1].concerns == [
        "varsling på SMS",
        "informasjon til innbyggere som ikke leser norsk",
    ]


def test_a_pronoun_carries_the_plan_on_as_subject_of_the_last_sentence():
    text = (
        "Mandat\n\n1. Beskrive dagens tilbud.\n2. Foreslå tiltak for bedre tilgang.\n\n"
        "Planen skal erstatte planen fra 2018. Den skal ha en handlingsdel med ansvar og frist.\n\n"
        "Det er viktig at teksten er lett å lese. Det skal være enkelt.\n"
    )
    prose = [p for p in find_points([text]) if p.number.startswith("S")]
    assert [p.text for p in prose] == ["Den skal ha en handlingsdel med ansvar og frist."]
    assert prose[0].kind == "deliverable"


@pytest.mark.parametrize(
    "sentence",
    [
        "Arbeidet skal skje i samarbeid med frivillige lag og brukerorganisasjoner.",
        "Arbeidet skal gjerast i samarbeid med nabokommunane.",
        "The work shall be done in partnership with the health board.",
    ],
)
def test_work_done_together_with_others_is_a_process_requirement(sentence):
    from plancheck.mandate.points import is_requirement, point_kind

    assert is_requirement(sentence)
    assert point_kind(sentence) == "process"


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # the document named by a compound whose head is the plan
        ("Hovudplanen skal handsamast i kommunestyret innan utgangen av juni 2026.", True),
        ("Kulturminneplanen skal leggjast fram for formannskapet.", True),
        # a compound whose head is not a document word is no subject
        ("Samarbeidet skal styrkes i hele kommunen.", False),
        # a deciding body with the plan as its object, and a season as deadline
        ("Kommunestyret skal handsame planen før sommaren 2026.", True),
        ("Bystyret skal behandle planforslaget i juni.", True),
        ("Kommunestyret skal ha flere møter.", False),
        # evaluation is a step of the plan's process
        ("Planen skal evalueres etter to år.", True),
        ("The plan will be evaluated after two years.", True),
        # a numbered chapter of a law is a reference, not a chapter asked of the plan
        ("Hovudplanen skal vere ein kommunedelplan etter plan- og bygningslova kapittel 11.", False),
    ],
)
def test_requirement_subjects_and_steps(sentence, wanted):
    from plancheck.mandate.points import is_requirement, point_kind

    assert is_requirement(sentence) is wanted
    if wanted:
        assert point_kind(sentence) == "process"


def test_background_section_holds_no_requirements():
    text = (
        "Bakgrunn\n\nKommunedelplanen for idrett må rulleres før neste søknadsrunde.\n\n"
        "Mandat\n\n1. Beskrive dagens anlegg.\n2. Vurdere behovet for nye anlegg.\n\n"
        "Framdrift\n\nPlanen skal legges fram for kommunestyret innen utgangen av 2026.\n"
    )
    prose = [p.text for p in find_points([text]) if p.number.startswith("S")]
    assert prose == ["Planen skal legges fram for kommunestyret innen utgangen av 2026."]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # a body invited or heard, in the indicative: no modal verb, still a requirement
        ("Renholdsselskapet og idrettslaget blir inviterte til arbeidsmøte.", True),
        ("Brukerrådet blir hørt før planen vedtas.", True),
        ("Local groups will be invited to a drop-in session.", True),
        # a meeting held, or a body invited to one
        ("Det holdes et innbyggermøte i hver bygd.", True),
        ("Kommunen inviterer lag og foreninger til et innspillsmøte i mars.", True),
        ("Ungdomsrådet och elevråden bjuds in till ett dialogmöte i mars.", True),
        # a step of the process written as a noun phrase, naming whom or when
        ("Høringsrunde for eldrerådet før sluttbehandling.", True),
        ("Sluttbehandling i kommunestyret i juni 2027.", True),
        # the plan gets a part, in the indicative
        ("Planen får en handlingsdel med tiltak, ansvar og frist.", True),
        # a consult word in its finite form, the draft sent to a body, a body's step on the plan
        ("Eldrerådet får det endelige planutkastet til uttale.", True),
        ("Brukerorganisasjonene høres før planen vedtas.", True),
        ("Pensionärsrådet hörs innan beslut.", True),
        ("Förslaget skickas på remiss till pensionärsrådet.", True),
        ("Planutkastet drøftes med eldrerådet før høringen.", True),
        ("Kommunestyret vedtar planen i desember 2025.", True),
        ("Rådmannen legger fram planen for kommunestyret i juni 2026.", True),
        ("The draft plan will go out to public consultation in spring 2025.", True),
        ("Kommunestyret vedtok planen i 2020.", False),
        ("Det høres enkelt ut, men arbeidet er stort.", False),
        # background: the past, who takes part or reports, how the work is run
        ("Oversiktsdokumentet ble lagt fram for kommunestyret i juni 2024.", False),
        ("Formannskapet vedtok i januar 2024 å rullere planen.", False),
        ("Residents were invited to a workshop in May 2024.", False),
        ("Rektorene deltar i arbeidsgruppa.", False),
        ("Arbeidsgruppa rapporterer til kommunalsjef for oppvekst.", False),
        ("Ordføreren orienterer kommunestyret om bestillingen i neste møte.", False),
        ("Planarbeidet vert leia av einingsleiar for kommunalteknikk.", False),
        ("Medvirkning er viktig i alt planarbeid.", False),
        ("Høringen viser at mange er fornøyde med tilbudet.", False),
        # the mandate describing itself, whatever its clauses hold
        (
            "Planprogrammet gjer greie for føremålet, kva tema planen skal handsame, og "
            "korleis innbyggjarane kan vere med.",
            False,
        ),
        ("Mandatet beskriver hvordan ungdomsrådet skal involveres.", False),
        # a thing included in a plan is no body taking part in the work
        ("Anlegg må vere med i ein kommunal plan for å få spelemidlar.", False),
        ("Lag og foreninger skal være med i planarbeidet.", True),
    ],
)
def test_requirements_without_a_modal_verb(sentence, wanted):
    from plancheck.mandate.points import is_requirement, point_kind

    assert is_requirement(sentence) is wanted
    if wanted and "handlingsdel" not in sentence:
        assert point_kind(sentence) == "process"


def test_indicative_requirements_in_the_prose_are_points():
    text = (
        "Mandat\n\n1. Beskrive dagens tilbud.\n2. Foreslå tiltak for bedre tilgang.\n\n"
        "Medvirkning\n\nFormannskapet vedtok oppstart i januar 2025. Lag og foreninger blir "
        "inviterte til et arbeidsmøte. Høringsrunde for eldrerådet før sluttbehandling.\n"
    )
    prose = [p for p in find_points([text]) if p.number.startswith("S")]
    assert [p.text for p in prose] == [
        "Lag og foreninger blir inviterte til et arbeidsmøte.",
        "Høringsrunde for eldrerådet før sluttbehandling.",
    ]
    assert [p.kind for p in prose] == ["process", "process"]


def test_partner_words_are_one_list_with_the_consult_words():
    """The partners of a point's subject are consult words too, from one data list."""
    from plancheck.mandate.points import _CONSULT_RE, _PARTNERS_RE, REQUIREMENT_WORDS

    partners = {w for ws in REQUIREMENT_WORDS["partners"].values() for w in ws}
    consult = {w for ws in REQUIREMENT_WORDS["consult"].values() for w in ws}
    assert not partners & consult
    for word in partners:
        assert _PARTNERS_RE.search(f"x {word} y") and _CONSULT_RE.search(f"x {word} y")


def test_asking_verbs_and_deferrals_are_data():
    """The asking verbs of a prose requirement and the deferral phrases of a plan come from
    requirements.yaml: every listed phrase is found in a sentence that uses it."""
    from plancheck.mandate.match import DEFERRAL_RE
    from plancheck.mandate.points import _ASKING_VERB_RE, REQUIREMENT_WORDS

    for lang, verbs in REQUIREMENT_WORDS["asking_verb"].items():
        modal = REQUIREMENT_WORDS["modal"][lang][0]
        for verb in verbs:
            assert _ASKING_VERB_RE.search(f"Planen {modal} også {verb} tilbudet"), (lang, verb)
    # the placeholders that read a whole sentence from its start (session 48): a document of its
    # own to be made later, an open question settled later
    whole = {
        "{own_document_made}": "En egen plan for temaet utarbeides i 2030.",
        "{question_decided}": "Hvem som skal gjøre det, avklares med laget i 2030.",
    }
    for phrases in REQUIREMENT_WORDS["deferral"].values():
        for phrase in phrases:
            if phrase in whole:
                assert DEFERRAL_RE.search(whole[phrase]), phrase
                continue
            sentence = (
                "Temaet "
                + phrase.replace("{plan}", "egen trafikksikkerhetsplan")
                .replace("{passive}", "utredes")
                .replace("{deferred}", "utredes")
                .replace("{studied}", "utredes")
                .replace("{reviewed}", "gjennomgås")
                .replace("{year}", "2030")
                .replace("{budget_making}", "budsjettarbeidet")
                .replace("{budget}", "budsjettarbeidet")
                .replace("{when}", " når")
                .replace("{study_noun}", "vurderingen")
                .replace("{document}", "strategi")
                .replace("{genitive}", "kommunens")
                .replace("{future}", "vil i 2030")
                .replace("{not_studied}", "er ikke utredet ennå")
                .replace("{studied_by_us}", "vurderer vi")
            )
            assert DEFERRAL_RE.search(sentence + " her."), phrase
    # every auxiliary of a deed put off, with its participle ("vil bli utredet senere")
    for auxes in REQUIREMENT_WORDS["deferral_aux"].values():
        for aux in auxes:
            assert DEFERRAL_RE.search(f"Temaet {aux} utredet senere."), aux
    assert not DEFERRAL_RE.search("Temaet er omtalt i kapittel 3.")


_WORDS_FOR_PROSE = [
    "eldrerådet", "blir", "invitert", "til", "arbeidsmøte", "i", "juni", "2026", "høringsrunde",
    "for", "planen", "får", "en", "handlingsdel", "det", "holdes", "innbyggermøte", "kommunen",
    "vedtar", "planutkastet", "uttale", "høres", "før", "og", "med", "sluttbehandling",
]


@given(
    st.lists(st.sampled_from(_WORDS_FOR_PROSE), min_size=3, max_size=14),
    st.sampled_from(["ble", "vart", "var", "hadde", "vedtok", "was", "were"]),
    st.integers(min_value=0, max_value=14),
)
def test_a_sentence_about_the_past_is_never_an_indicative_requirement(words, past, at):
    from plancheck.mandate.points import indicative_requirement

    words = [*words[:at], past, *words[at:]]
    sentence = " ".join(words).capitalize() + "."
    assert indicative_requirement(sentence) is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Et utkast skal legges fram for rådet før høring.",  # an indefinite draft as subject
        "Eit utkast skal leggjast fram for eldrerådet før høyring.",
        "Politikken skal godkendes af byrådet senest i juni 2026.",  # Danish plans are 'politik'
        "Strategien skal godkjennes av kommunestyret.",
        "Rapporten skal foreligge senest i juni 2026.",  # a deadline with 'i' before the month
    ],
)
def test_process_requirements_in_other_words_are_requirements(sentence: str):
    assert is_requirement(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi har drøftet dette i mange år før i tiden.",
        "Politikken er blevet godkendt af byrådet i 2019.",
    ],
)
def test_past_or_background_is_still_no_requirement(sentence: str):
    assert not is_requirement(sentence)


def test_a_body_asked_to_take_part_is_a_requirement_even_in_the_background():
    """A background paragraph tells why the plan is made, but a body asked to be represented
    or heard in it is the work's process all the same."""
    text = (
        "Bakgrunn\n\nKommunedelplanen for idrett må rulleres før neste søknadsrunde. "
        "Idrettsrådet skal være representert i arbeidsgruppa. "
        "Grendelagene skal få uttale seg før planen vedtas. "
        "Idrettsrådet var representert i arbeidsgruppa i 2019.\n\n"
        "Mandat\n\n1. Beskrive dagens anlegg.\n2. Vurdere behovet for nye anlegg.\n"
    )
    prose = [p.text for p in find_points([text]) if p.number.startswith("S")]
    assert prose == [
        "Idrettsrådet skal være representert i arbeidsgruppa.",
        "Grendelagene skal få uttale seg før planen vedtas.",
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the plan shall have a part, whatever the part is called
        ("Planforslaget skal ha plankart og bestemmelser for hvert område.", "deliverable"),
        ("Dokumentet skal ha eit samandrag av måla på éi side.", "deliverable"),
        # a body drawn into the work
        ("Næringsforeningen skal trekkes med i arbeidet.", "process"),
        ("Ungdomsrådet skal vere representert i prosjektgruppa.", "process"),
        # a deciding body's step on something other than the plan itself
        ("Måla skal vedtakast av kommunestyret innan 1. april 2027.", "process"),
        ("Tiltakene skal godkjennes av formannskapet.", "process"),
    ],
)
def test_requirements_on_parts_bodies_and_decisions(sentence: str, kind: str):
    from plancheck.mandate.points import point_kind

    assert is_requirement(sentence)
    assert point_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunestyret skal ha flere møter.",  # no plan, no step
        "Skolene skal ha gode uteområder.",  # a wish for the world, not a part of the plan
        "Tiltakene ble godkjent av formannskapet i fjor.",  # the past
    ],
)
def test_having_and_deciding_without_the_plan_are_no_requirement(sentence: str):
    assert not is_requirement(sentence)


# --- a list that goes on under a new lead-in; decisions; bodies notified (issue 11) ---------


def test_bullets_under_a_new_lead_in_go_on_with_the_numbered_list():
    """"Strategien skal òg omtale:" after the numbered points: its bullets (lower case, another
    kind of marker) are points too, numbered on by their position."""
    text = """Oppdraget

Prosjektgruppa skal:
1. Kartleggje behovet for bustader.
2. Vurdere tilbodet til eldre.

Strategien skal òg omtale:
• korleis lag og foreiningar kan vere med
• bustader for ungdom

Organisering
Rådmannen leier arbeidet.
"""
    points = [p for p in find_points([text]) if not p.number.startswith("S")]
    assert [p.number for p in points] == ["1", "2", "3", "4"]
    assert points[3].text == "bustader for ungdom"
    also = text.replace("Strategien skal òg omtale:", "The plan should also:")
    assert len([p for p in find_points([also]) if not p.number.startswith("S")]) == 4


@pytest.mark.parametrize(
    "lead_in",
    [
        "Følgende skal ikke inngå i planen:",  # negated: what is left out
        "Arbeidsgruppa består av:",  # no modal: members, not asks
        "Framdrift:",
    ],
)
def test_a_lead_in_that_does_not_ask_ends_the_list(lead_in):
    text = f"""Mandat

1. Kartlegge behovet.
2. Vurdere tilbudet.

{lead_in}
- rektorene
- helsesykepleierne
"""
    assert [p.number for p in find_points([text]) if not p.number.startswith("S")] == ["1", "2"]


def test_a_line_back_at_the_markers_after_hanging_points_is_not_a_points_wrapped_line():
    """Bullets whose wrapped lines hang further in than the bullet: a line back at the bullets'
    indent ("og at strategien forelægges …", closing the proposal's sentence) is prose, and a
    requirement of its own."""
    from plancheck.mandate.points import Line

    lines = [
        Line("Indstilling", 1, 71.0, 13.0, True, None, True),
        Line("Forvaltningen foreslår en plan, som skal:", 1, 71.0, 11.0, False, None, False),
        Line("\uf0b7 kortlægge behovet for boliger i kommunen, herunder antal", 1, 71.0, 11.0, False, None, False),
        Line("boliger pr. bydel", 1, 89.0, 11.0, False, None, False),
        Line("\uf0b7 beskrive tilbuddet til ældre i kommunen", 1, 71.0, 11.0, False, None, False),
        Line("og at planen forelægges byrådet senest i juni 2027.", 1, 71.0, 11.0, False, None, False),
    ]
    points = find_points(lines)
    assert [p.text for p in points] == [
        "kortlægge behovet for boliger i kommunen, herunder antal boliger pr. bydel",
        "beskrive tilbuddet til ældre i kommunen",
        "planen forelægges byrådet senest i juni 2027.",
    ]
    assert points[2].number == "S1" and points[2].kind == "process"


@pytest.mark.parametrize(
    ("heading", "sentence", "clause"),
    [
        (
            "Beslutning",
            "Forslaget blev godkendt med den ændring, at planen også skal belyse "
            "behovet for nye cykelstier.",
            "planen også skal belyse behovet for nye cykelstier.",
        ),
        (
            "Vedtak",
            "Innstillingen ble vedtatt med det tillegget at planen også skal omtale nye boligfelt.",
            "planen også skal omtale nye boligfelt.",
        ),
        (  # no heading: the deciding body's verb of deciding says it
            "Saken",
            "Kommunestyret vedtok samrøystes at planen skal ha ein handlingsdel med tiltak.",
            "planen skal ha ein handlingsdel med tiltak.",
        ),
    ],
)
def test_a_clause_the_decision_adds_is_a_requirement(heading, sentence, clause):
    text = f"""Mandat

1. Kartlegge behovet.
2. Vurdere tilbudet.

{heading}
{sentence}
"""
    prose = [p for p in find_points([text]) if p.number.startswith("S")]
    assert [p.text for p in prose] == [clause]


def test_a_decision_in_the_background_is_still_background():
    text = """Mandat

1. Kartlegge behovet.
2. Vurdere tilbudet.

Bakgrunn
Formannskapet vedtok i 2019 at planen skal ha en handlingsdel med tiltak.
"""
    assert [p.number for p in find_points([text])] == ["1", "2"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Naboer til nye byggefelt skal varsles med brev når planarbeidet starter.",
        "Grunneigarar langs vegen skal varslast ved oppstart.",
        "Ungdomsrådet skal holdes orientert om arbeidet.",
        "Lodsejerne skal orienteres, inden arbejdet går i gang.",
        "Affected landowners shall be notified when the work starts.",
    ],
)
def test_a_body_to_be_notified_is_a_process_requirement(sentence):
    from plancheck.mandate.points import point_kind

    assert is_requirement(sentence)
    assert point_kind(sentence) == "process"


def test_a_listed_point_about_warning_residents_stays_content():
    from plancheck.mandate.points import point_kind

    assert point_kind("Beskrive hvordan innbyggerne skal varsles ved flom og skred.") == "content"
    assert point_kind("Politikken forelægges byrådet senest i juni 2027.") == "process"


@pytest.mark.parametrize(
    ("text", "concerns", "tail"),
    [
        # the list ends at the finite verb of its last segment, even when the verb phrase
        # after it has an "och"/"og" of its own
        (
            "Föreslå hur elever, lärare och föräldrar kan vara med och påverka skolgården.",
            ["elever", "lärare", "föräldrar"],
            "kan vara med och påverka skolgården",
        ),
        (
            "Beskriva hur bibliotek och fritidsgårdar ska samordnas i framtiden.",
            ["bibliotek", "fritidsgårdar"],
            "ska samordnas i framtiden",
        ),
        (
            "Leggje til rette for at fleire eldre og nye frivillige får høve til å delta.",
            ["at fleire eldre", "nye frivillige"],
            "får høve til å delta",
        ),
    ],
)
def test_an_enumeration_ends_at_its_finite_verb(text, concerns, tail):
    from plancheck.mandate.points import split_concerns

    _head, got, got_tail = split_concerns(text)
    assert got == concerns and got_tail == tail


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a question word with function words only before the verb: the verb and its object
        # are what the item asks ("hvor det" alone asks nothing)
        (
            "Beskrive dagens vannforsyning, kapasiteten i nettet og hvor det oftest går brudd på ledningene.",
            "hvor det oftest går brudd på ledningene",
        ),
        (
            "Kartleggje tilbodet til eldre i dag, og kven som følgjer opp tilbodet.",
            "kven som følgjer opp tilbodet",
        ),
        # a question with a subject of its own keeps its verb too, and its own "og"
        (
            "Beskrive utslippene fra transport og oppvarming, og hvordan utslippene kan reduseres.",
            "hvordan utslippene kan reduseres",
        ),
        (
            "Beskriva dagens gatunät, trafiksäkerheten och hur bristerna i belysning och skyltning ska åtgärdas.",
            "hur bristerna i belysning och skyltning ska åtgärdas",
        ),
    ],
)
def test_an_indirect_question_is_one_item_with_its_verb(text, last):
    _head, items, tail = split_concerns(text)
    assert items[-1] == last
    assert tail == ""
    assert len(items) >= 2


@pytest.mark.parametrize(
    "text, topic",
    [
        # a topic label and a colon or a stop, then the demand (nb, nn, sv, da, en)
        ("Overvann: Beskrive hvor nettet er overbelastet og hvilke tiltak som trengs.", "Overvann"),
        ("Friluftsliv og turvegar: Korleis kan stiane og løypene knytast saman med skulevegane?",
         "Friluftsliv og turvegar"),
        ("Buller. Antalet bostäder och skolor över riktvärdet ska redovisas.", "Buller"),
        ("Cykelparkering: En opgørelse af pladser ved skoler og stationer", "Cykelparkering"),
        ("Tree canopy: A survey of street trees and the gaps in each ward", "Tree canopy"),
    ],
)
def test_a_topic_label_before_the_demand_is_no_concern(text, topic):
    from plancheck.mandate.points import run_in_topic

    got, demand = run_in_topic(text)
    assert got == topic
    # the concerns are the demand's alone: the topic is not glued to its first item
    assert split_concerns(text)[1] == split_concerns(demand)[1]
    assert not any(topic in c for c in split_concerns(text)[1])


def test_a_topic_before_a_single_demand_stays_with_it():
    # one demand: the point is one concern, its topic the words a chapter answering it is
    # found by (measured, docs/mandate.md session 32: cut off, such points fell to uncovered)
    text = "Grunnvann: Hvor ligger brønnene som forsyner hyttefeltet?"
    assert split_concerns(text)[1] == [text.rstrip(".")]


@pytest.mark.parametrize(
    "text",
    [
        "Beskrive dagens tilbud: antall plasser, ventetid og bemanning.",  # the demand, then its list
        "Konsekvenser for: natur, kulturminner og landskap.",  # the colon after a preposition
        "Planen skal omfatte følgende: klima, natur og friluftsliv.",  # a finite verb
        "Endelig plan til kommunestyret: 1. mars 2031.",  # a date, not a demand
        "Jf. kap. 3 skal planen vise ansvar.",  # an abbreviation's stop
        "Final report and the action plan to the cabinet committee: before the summer.",  # too long
    ],
)
def test_no_topic_where_the_label_is_the_demand(text):
    from plancheck.mandate.points import run_in_topic

    assert run_in_topic(text) == ("", text)

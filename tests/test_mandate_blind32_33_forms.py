"""Mandate points of mandates-blind32's and -blind33's forms (issue 11 item 1, session 34,
mfind34): items coded with a letter and a number in any typed form ("L1⇥", "A.1", "K-1", "M1:"),
an order's sub-points under "which:" / "som:", the addition in a decision's own section under a
heading that names the body and the date, a draft named with its noun of drafting, a duty to
report with its object before the body; and what is no point — a resolution noting a report, one
granting a power, the order to make the plan after a verb of asking, a negated scope, the case's
Sagsfremstilling when the case is decided."""

from __future__ import annotations

import pytest

from plancheck.mandate.points import (
    coded_runs,
    decision_heading,
    find_points,
    grants_authority,
    is_requirement,
    lines_from_blocks,
    order_lead_in,
    orders_the_plan,
    point_kind,
    read_mandate,
    report_duty,
    takes_note,
)

# ---------------------------------------------------------------- codes typed in any form


@pytest.mark.parametrize(
    "codes",
    [
        ["L1\tkartlegger ulykkespunkter,", "L2\tgjennomgår skolevegene,", "L3\tvurderer fartsgrensene."],
        ["A.1 kartlägger cykelvägnätet,", "A.2 föreslår nya cykelvägar,", "A.3 beskriver underhållet."],
        ["K-1 Beskrive dagens tilbud.", "K-2 Vurdere behovet.", "K-3 Foreslå tiltak."],
        ["M1: Kartlegge behovet.", "M2: Vurdere hvordan.", "M3: Foreslå tiltak."],
        ["D1\tmaps every play area,", "D2\tsets out which sites,", "D3\tproposes how children."],
    ],
)
def test_a_run_of_codes_is_a_list(codes):
    out = coded_runs(lines_from_blocks(["Leveranser", "Prosjektet skal levere et forslag til plan som", *codes]))
    assert [ln.text.split(")")[0] for ln in out[2:]] == [c.split()[0].rstrip(":") for c in codes]


@pytest.mark.parametrize(
    "lines",
    [
        # one coded line alone is a sentence (a road)
        ["E6 går gjennom sentrum og gir mye støy."],
        # codes not numbered in turn, or typed two ways, are no run
        ["L1 kartlegger,", "L3 vurderer,", "L4 beskriver."],
        ["L1 kartlegger,", "L.2 vurderer,", "L3 beskriver."],
    ],
)
def test_no_run_of_codes(lines):
    assert coded_runs(lines_from_blocks(lines)) == lines_from_blocks(lines)


def _pdf(path, rows: list[tuple[float, str]], size: float = 10.5) -> None:
    """A one-page PDF (reportlab) of ``rows``: (indent, text), a tab drawn as a wide space."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    _, h = A4
    y = h - 80
    for x, text in rows:
        bold = text.startswith("**")
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size + (1 if bold else 0))
        head, _, rest = text.strip("*").partition("\t")
        c.drawString(60 + x, y, head)
        if rest:
            c.drawString(100 + x, y, rest)
        y -= 18 if bold else 14
    c.save()


def test_coded_deliverables_in_lower_case_are_the_points(tmp_path):
    # a prosjektmandat's leveranser: "L1" + tab, the text continuing the lead-in's "som"
    _pdf(
        tmp_path / "m.pdf",
        [
            (0, "**Prosjektmandat"),
            (0, "**3. Leveranser"),
            (0, "Prosjektet skal levere et forslag til bibliotekplan som"),
            (0, "L1\tkartlegger hvordan filialene brukes i dag, basert på utlånstall fra de"),
            (40, "siste fem årene,"),
            (0, "L2\tvurderer åpningstidene ved hovedbiblioteket,"),
            (0, "L3\tforeslår tiltak for å nå flere unge lesere."),
            (0, "**4. Rammer"),
            (0, "Prosjektet har en ramme på 50 000 kroner."),
        ],
    )
    pts = read_mandate(tmp_path / "m.pdf")
    assert [p.number for p in pts] == ["L1", "L2", "L3"]
    assert pts[0].text.startswith("kartlegger hvordan filialene") and pts[0].text.endswith("fem årene")


# ---------------------------------------------------------------- an order's sub-points


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("That officers prepare a Tree and Woodland Strategy for the borough which:", True),
        ("Kommunestyret ber kommunedirektøren utarbeide ein bustadplan for Lundvik kommune, som:", True),
        ("Kommunalsjef helse og velferd bes om å utarbeide en handlingsplan som:", True),
        ("at der udarbejdes en legepladsplan, der:", True),
        # no order to make the plan: a point of its own that leads in its parts
        ("Vurdere tiltak mot skadene på:", False),
        ("The strategy shall set out actions which:", False),
    ],
)
def test_order_lead_in(text, lead):
    assert order_lead_in(text) is lead


def test_sub_points_of_an_order_in_a_resolution_are_the_points(tmp_path):
    _pdf(
        tmp_path / "m.pdf",
        [
            (0, "**RESOLVED:"),
            (0, "(1)\tThat the report be noted."),
            (0, "(2)\tThat officers prepare a Cycling Strategy for the district which:"),
            (40, "(i)\tmaps the cycle network and the gaps in it;"),
            (40, "(ii)\tidentifies the routes to schools that need safer crossings;"),
            (40, "(iii)\tsets out a programme of works for the next five years."),
            (0, "(3)\tThat the draft Strategy be reported to the Committee by March 2049."),
            (0, "(4)\tThat the Director be authorised to bid for external funding for cycle routes."),
        ],
    )
    pts = read_mandate(tmp_path / "m.pdf")
    assert [p.number for p in pts] == ["i", "ii", "iii", "3"]


# ---------------------------------------------------------------- what is no point


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        ("That the report be noted.", True),
        ("Saka vert teken til orientering.", True),
        ("Saken tas til orientering.", True),
        ("Sagen tages til efterretning.", True),
        ("Rapporten läggs till handlingarna.", True),
        ("Planen skal beskrive hvordan innspill fra rådene tas til orientering og følges opp i arbeidet.", False),
    ],
)
def test_takes_note(text, noted):
    assert takes_note(text) is noted


@pytest.mark.parametrize(
    ("text", "granted"),
    [
        ("That the Head of Environmental Services be authorised to submit bids for external funding.", True),
        ("Kommunedirektøren får fullmakt til å søkje om tilskot frå Husbanken til arbeidet.", True),
        ("Forvaltningen bemyndiges til at søge om fondsmidler.", True),
        ("Förvaltningen bemyndigas att söka statsbidrag.", True),
        ("Planen skal beskrive hvordan tilskudd kan søkes.", False),
    ],
)
def test_grants_authority(text, granted):
    assert grants_authority(text) is granted


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Kommunestyret ber kommunedirektøren utarbeide ein trafikktryggingsplan for Hovdefjord kommune for perioden 2048–2051.", True),
        ("Kommunalsjefen bes om å utarbeide en handlingsplan for Brekkvik.", True),
        ("Kommunstyrelsen uppmanar förvaltningen att ta fram en plan för cykelvägarna.", True),
        ("Cabinet asks officers to prepare a Tree and Woodland Strategy for the borough.", True),
        # more asked after the topic stays a point
        ("Kommunestyret ber kommunedirektøren utarbeide ein plan som omfattar skulevegane.", False),
    ],
)
def test_orders_the_plan_after_a_verb_of_asking(text, order):
    assert orders_the_plan(text) is order


@pytest.mark.parametrize(
    "sentence",
    [
        "Planen skal ikke omfatte krisesentertilbudet, som er regulert i en egen avtale med vertskommunen.",
        "Planen ska inte omfatta de statliga vägarna.",
        "The strategy will not cover school playgrounds.",
        "Planen skal ikke indeholde de private fællesveje.",
    ],
)
def test_a_negated_scope_is_no_requirement(sentence):
    assert not is_requirement(sentence)


# ---------------------------------------------------------------- prose that asks


@pytest.mark.parametrize(
    "sentence",
    [
        "Utkast til plan legges fram for formannskapet innen 1. mars 2048.",
        "Utkast til handlingsplan sendast på høyring innan 1. mai 2049.",
        "Udkast til plan forelægges udvalget senest 1. juni 2048.",
    ],
)
def test_a_draft_named_with_its_noun_is_the_plan_as_subject(sentence):
    assert is_requirement(sentence)
    assert point_kind(sentence) == "process"


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("Förvaltningen ska varje år redovisa hur grönplanen följs upp i det gröna bokslutet.", True),
        ("The Parks Manager will report progress against the action plan to the Scrutiny Panel every year.", True),
        ("Kommunalsjefen skal hvert år rapportere om oppfølgingen av planen til kommunestyret.", True),
        # no recurrence, or no plan named: a group's way of working
        ("Arbetsgruppen ska redovisa läget för styrgruppen.", False),
        ("The officer will report progress against the action plan to the Panel.", False),
    ],
)
def test_report_duty_with_its_object_before_the_body(sentence, duty):
    assert report_duty(sentence) is duty


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Beslutning i Byrådet den 24.04.2047", True),
        ("Beslutning i Teknik- og Miljøudvalget den 12.05.2048", True),
        ("Vedtak i formannskapet 12.03.2047", True),
        ("Decision of Cabinet, 4 May 2047", True),
        ("Vedtak", True),
        ("Vedtak om oppstart av planarbeid", False),
        ("Beslutningsgrunnlag og økonomi", False),
    ],
)
def test_decision_heading(text, heading):
    assert decision_heading(text) is heading


def test_an_addition_under_a_dated_decision_heading_and_no_background_order(tmp_path):
    _pdf(
        tmp_path / "m.pdf",
        [
            (0, "**Sagsfremstilling"),
            (0, "Nørreby Kommune har 31 legepladser. Planen skal bygge på kommuneplanens mål."),
            (0, "**Indstilling"),
            (0, "Forvaltningen indstiller,"),
            (0, "1.\tat der udarbejdes en legepladsplan for perioden 2049–2052,"),
            (0, "2.\tat planen kortlægger legepladsernes stand og sikkerhed,"),
            (0, "3.\tat planen foreslår en rækkefølge for renoveringen af legepladserne."),
            (0, "**Beslutning i Teknik- og Miljøudvalget den 12.05.2048"),
            (0, "Indstillingen blev godkendt med den tilføjelse, at planen også skal beskrive,"),
            (0, "hvordan legepladserne kan gøres tilgængelige for børn med handicap."),
        ],
    )
    pts = read_mandate(tmp_path / "m.pdf")
    assert [p.number for p in pts] == ["2", "3", "S1"]
    assert pts[-1].text.startswith("planen også skal beskrive")


def test_find_points_keeps_a_bare_list():
    # a plain list of strings still reads as before
    pts = find_points(["Mandat", "1. Kartlegge behovet for boliger.", "2. Vurdere tiltak.", "3. Foreslå mål."])
    assert [p.number for p in pts] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Planen beräknas kunna antas under våren 2049.", False),
        ("Planen forventes vedtatt av kommunestyret i juni 2049.", False),
        ("The plan is expected to be adopted in spring 2049.", False),
        ("Planen skal vedtas av kommunestyret innen 1. juni 2049.", True),
    ],
)
def test_a_forecast_of_the_timetable_is_no_requirement(sentence, asked):
    assert is_requirement(sentence) is asked


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Brukerrepresentanter bør involveres der det er mulig.", False),
        ("Residents should be consulted where possible.", False),
        ("Pensionärsrådet bör om möjligt få yttra sig över förslaget.", False),
        # the soft modal without a hedge asks (earlier batches' gold)
        ("Planen bör innehålla mål som kan följas upp med indikatorer.", True),
    ],
)
def test_a_wish_made_optional_is_no_requirement(sentence, asked):
    assert is_requirement(sentence) is asked

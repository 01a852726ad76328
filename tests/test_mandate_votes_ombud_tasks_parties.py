"""Mandate forms of mandates-blind29, the examples invented (issue 11): a minute's numbered
proposals and the vote that loses some of them, an ombudsman's requests to the municipality in
the prose of its conclusion, a task table whose reporting column sends some rows to the plan,
an agreement's own and shared duties beside another party's, the addressee's undertaking as a
lead-in over a list, and a date wrapped over a line that is no numbered item."""

from __future__ import annotations

from plancheck.mandate import find_points
from plancheck.mandate.match import DEFERRAL_RE
from plancheck.mandate.points import Line, _table_lines, is_requirement, point_kind


def _texts(points) -> list[str]:
    return [p.text for p in points]


# --- a minute's proposals and the vote on them ------------------------------------------------

MINUTES_NB = """Møteprotokoll

Forslag fremmet i møtet

Forslag 1 fra Per Dal (Sp): Kommunedirektøren bes om å brøyte gangvegene ved skolene før kl. 07.

Forslag 2 fra Eli Ås (H): Kommunedirektøren bes om å dele ut gratis strøsand til alle eldre.

Forslag 3 fra Ola Bø (SV): Kommunedirektøren bes om å legge fram en ny brøyteplan innen 1. oktober 2046.

Forslag 4 fra Eli Ås (H): Kommunedirektøren bes om å legge varmekabler i bakken ved torget.

Votering

Forslag 1 og 3 ble enstemmig oversendt kommunedirektøren. Forslag 2 fikk 7 stemmer og falt.

Forslag 4 ble trukket av forslagsstilleren.
"""


def test_proposals_a_minute_numbers_are_points_and_those_lost_are_none():
    pts = find_points([MINUTES_NB])
    assert [p.number for p in pts] == ["1", "3"]
    assert _texts(pts)[0].startswith("Kommunedirektøren bes om å brøyte gangvegene")
    # the label and who put it are no text of the point
    assert not any("Per Dal" in t for t in _texts(pts))


def test_motions_carried_and_lost_in_english():
    minutes = (
        "Minutes of Full Council\n\n"
        "Motion 1 from Cllr Dunn (Lib Dem): That the Director be asked to grit footways outside schools.\n\n"
        "Motion 2 from Cllr Price (Con): That the Director be asked to give free grit to residents over 70.\n\n"
        "Motion 3 from Cllr Shah (Lab): That the Director be asked to publish a map of gritted footways.\n\n"
        "Motions 1 and 3 were carried. Motion 2 was lost.\n"
    )
    assert [p.number for p in find_points([minutes])] == ["1", "3"]


def test_proposals_without_a_vote_on_them_all_stay():
    minutes = (
        "Protokoll\n\n"
        "Yrkande 1 från Anna Berg (C): Förvaltningen uppdras att röja cykelvägarna före klockan sju.\n\n"
        "Yrkande 2 från Per Lind (M): Förvaltningen uppdras att sanda gångtunnlarna varje morgon.\n"
    )
    assert [p.number for p in find_points([minutes])] == ["1", "2"]


# --- an ombudsman's requests in its conclusion's prose ----------------------------------------


def test_an_ombudsman_asking_the_municipality_is_a_requirement():
    assert is_requirement("Ombodet ber kommunen om å gå gjennom rutinane for journalføring.")
    assert is_requirement(
        "Ombudsmanden beder kommunen om at gennemgå sine procedurer for journalisering af henvendelser."
    )
    # a negation in the request's condition, not in what is asked
    assert is_requirement(
        "Ombodet ber kommunen om å gi søkjaren førebels svar når ei sak ikkje kan avgjerast innan fristen."
    )


def test_a_supervising_body_asking_the_committee_by_name_is_a_requirement():
    assert is_requirement("JO uppmanar nämnden att se över rutinerna för diarieföring av inkomna handlingar.")
    assert is_requirement("Statsforvaltaren ber utvalet om å vurdere saka på nytt før sommaren.")
    # "vi" recommending another body than the addressee: that body's task, as before
    assert not is_requirement("Vi rekommenderar kommunstyrelsen att ta fram en plan för arbetet.")


def test_what_an_ombudsman_finds_or_notes_is_none():
    assert not is_requirement("Sivilombodet er kome til at kommunen har brukt for lang tid på saka.")
    assert not is_requirement("Ombodet merkar seg at kommunen har tilsett ein ny sakshandsamar.")
    assert not is_requirement("Ombodet har ikkje grunnlag for å kritisere vilkåra i vedtaket.")


def test_the_writer_asking_to_be_informed_by_a_date_is_a_process_point():
    s = "Vi ber om å bli orienterte om kva kommunen har gjort i saka, innan 1. april 2050."
    assert is_requirement(s)
    assert point_kind(s) == "process"


def test_a_date_wrapped_over_a_line_is_no_numbered_item():
    letter = (
        "Konklusjon\n\n"
        "Ombodet ber kommunen om å gå gjennom rutinane for journalføring av innkomne dokument.\n"
        "Vi ber om å bli orienterte om kva kommunen har gjort, innan\n"
        "1. april 2050.\n"
    )
    pts = find_points([letter])
    assert not any(p.text.startswith("mars") for p in pts)
    assert len(pts) == 2


# --- a task table whose reporting column names the plan --------------------------------------


def _task_table(rows: list[list[str]]) -> list[Line]:
    return [
        Line("Utvalgets oppdrag til administrasjonen", 1, 0.0, 14.0, True, True, True),
        Line("Utvalget gir kommunedirektøren disse oppdragene for 2046.", 1, 0.0, 11.0, False, False, True),
        *_table_lines(rows, 1),
    ]


def test_only_the_rows_reported_in_a_plan_are_its_points():
    rows = [
        ["Nr", "Tjeneste", "Oppdrag", "Rapportering"],
        ["1", "Idrett", "Utrede nytt kunstgress på Moen.", "Tertialrapport 2"],
        ["2", "Bibliotek", "Tilby alle barnehager bokkasser hvert halvår.", "Handlingsplan"],
        ["3", "Bibliotek", "Utvide åpningstiden i filialene på lørdager.", "Handlingsplan"],
        ["4", "Kultur", "Lage retningslinjer for kunst i offentlige bygg.", "Utvalget desember 2046"],
    ]
    pts = find_points(_task_table(rows), plan_title="Handlingsplan for leselyst 2046–2049")
    assert [p.number for p in pts] == ["2", "3"]
    # the reporting cell is no text of the point
    assert not any("Handlingsplan" in t for t in _texts(pts))


def test_a_task_table_reported_all_in_one_place_keeps_every_row():
    rows = [
        ["No", "Service", "Assignment", "Reporting"],
        ["1", "Parks", "Review the opening hours of the park toilets.", "Committee, June 2046"],
        ["2", "Libraries", "Offer every nursery a book bag each term.", "Committee, June 2046"],
    ]
    assert [p.number for p in find_points(_task_table(rows))] == ["1", "2"]


# --- an agreement's own and shared duties -----------------------------------------------------

AGREEMENT_SV = """Överenskommelse om rehabilitering

§ 3 Regionens åtaganden

3.1 Regionen åtar sig att skicka vårdplanen till kommunen senast på utskrivningsdagen.

3.2 Regionen åtar sig att beskriva patientens behov av rehabilitering i vårdplanen.

§ 4 Kommunens åtaganden

4.1 Kommunen åtar sig att kontakta patienten inom sju dagar efter utskrivningen.

4.2 Kommunen åtar sig att erbjuda rehabilitering även på helger.

§ 5 Gemensamma åtaganden

5.1 Parterna åtar sig att utse en kontaktperson för varje avdelning och enhet.
"""


def test_the_municipalitys_and_the_shared_duties_are_points_the_other_partys_none():
    texts = _texts(find_points([AGREEMENT_SV]))
    assert len(texts) == 3
    assert not any(t.startswith("Regionen") for t in texts)
    assert texts[-1].startswith("Parterna åtar sig")


# --- the addressee's undertaking over a list ---------------------------------------------------


def test_every_list_under_an_undertaking_lead_in_is_asked():
    text = (
        "Agreed action\n\n"
        "Within four weeks of this decision, the authority has agreed to:\n\n"
        "- apologise to Mr X for the missed collections;\n"
        "- pay Mr X £150 for his time and trouble.\n\n"
        "Within six weeks of this decision, the authority has agreed to:\n\n"
        "- review the list of residents who receive an assisted collection;\n"
        "- put in place a way to collect a missed bin within 24 hours;\n"
        "- remind complaint handlers to escalate repeated missed collections.\n"
    )
    assert len(find_points([text])) == 5


def test_an_undertaking_after_an_inverted_subject():
    text = (
        "Avtalte tiltak\n\n"
        "Innan ein månad har kommunen forplikta seg til å:\n\n"
        "- be klagaren om orsaking;\n"
        "- betale klagaren 2 000 kroner.\n\n"
        "Innan tre månader har kommunen forplikta seg til å:\n\n"
        "- gå gjennom lista over abonnentar med henteordning;\n"
        "- sørgje for at manglande tømming blir retta innan eitt døgn.\n"
    )
    assert len(find_points([text])) == 4


# --- a study put off until a new rule is made --------------------------------------------------


def test_a_study_put_off_until_a_new_rule_is_adopted_is_a_deferral():
    assert DEFERRAL_RE.search("Krav om reduksjon av gebyr vil bli vurderte når nytt gebyrregulativ er vedteke.")
    assert DEFERRAL_RE.search("Avgiften ska utredas när ny taxa antas.")
    # a measure done, not put off
    assert not DEFERRAL_RE.search("Gebyret blir redusert med ti prosent fra 2046.")


# --- a request in the passive, an agreement's dated duty ------------------------------------


def test_a_request_in_the_passive_is_a_requirement():
    assert is_requirement("Kommunedirektøren bes om å legge fram en revidert brøyteplan for utvalget.")
    assert is_requirement("Samhällsbyggnadsförvaltningen uppdras att röja cykelvägarna före klockan sju.")
    assert is_requirement("That the Director of Place be asked to publish a map of gritted footways.")
    # a request told as past, or negated, asks nothing
    assert not is_requirement("Kommunedirektøren ble bedt om å legge fram saken i fjor.")


def test_an_agreements_dated_duty_is_a_process_point():
    s = "Kommunen sender hvert halve år en opgørelse over ventetiden til styregruppen, første gang den 1. september 2046."
    assert is_requirement(s)
    assert point_kind(s) == "process"
    assert is_requirement("Avtalen evalueres av partene innen utgangen av 2050.")
    # the same verb telling what is done, with no date, asks nothing
    assert not is_requirement("Kommunen sender en opgørelse over ventetiden til styregruppen.")


def test_a_forms_label_naming_the_order_is_no_header():
    # "Oppdrag | Revisjon av plan …": a form's label and its value, not a task table's header
    rows = [
        ["Oppdrag", "Revisjon av plan for snøscooterløyper"],
        ["Oppdragsgiver", "Kommunedirektør Tor Skjelbred"],
        ["Mål", "Et løypenett som gir trygg og lovlig kjøring og tar vare på villreinen."],
    ]
    assert _table_lines(rows, 1) == []


# --- a request to be told, answered by the sending -------------------------------------------


def test_a_request_to_be_told_is_answered_by_the_plan_sent_to_the_requester():
    from plancheck.mandate.match import assess_points
    from plancheck.models import Passage, Plan, Section, SourceInfo

    pts = find_points(
        [
            "Konklusjon\n\n"
            "Ombodet ber kommunen om å gå gjennom rutinane for journalføring av innkomne dokument.\n\n"
            "Vi ber om å bli orienterte om kva kommunen har gjort i saka, innan 1. april 2050.\n"
        ]
    )
    told = "Planen vart send til Sivilombodet saman med ei utgreiing 3. mars 2050."
    late = "Planen vart send til Sivilombodet saman med ei utgreiing 3. mai 2050."

    def plan(text: str) -> Plan:
        return Plan(
            source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
            title="Tiltaksplan for byggjesakshandsaminga",
            sections=[
                Section(id="s0", title="Tiltaksplan for byggjesakshandsaminga", level=1, page=1),
                Section(id="s1", title="Oppfølging av ombodet si uttale", level=2, page=1, parent_id="s0"),
            ],
            passages=[Passage(id="p1", kind="paragraph", text=text, page=1, section_id="s1")],
        )

    assert _status(assess_points(plan(told), pts, "nn")[-1]) == "covered"
    # sent after the date asked: not the answer asked for
    assert _status(assess_points(plan(late), pts, "nn")[-1]) != "covered"


def _status(c) -> str:
    return str(getattr(c.status, "value", c.status))

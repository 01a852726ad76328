"""A process point is answered by a sentence about the plan's own making, body by body; a
near spelling of a compound shares more than its first part. Plans built by hand."""

from __future__ import annotations

import test_mandate_support as support

from plancheck.mandate import text as T
from plancheck.mandate.match import MatchSettings, _first_part_only, coordinated_subject
from plancheck.models import Plan


def make_plan(chapters: list[tuple[str, list[str]]], title: str = "Kystsoneplan 2026–2030") -> Plan:
    return support.make_plan(chapters, title)


cover = support.cover


CONTENT = [
    (
        "Fiske og havbruk",
        [
            "Fiskeplassane i fjorden er viktige for fiskarane, og oppdrettsanlegga ligg i dei "
            "ytre delane av fjorden der straumen er sterk.",
        ],
    )
]


def test_coordinated_subject_splits_bodies_not_compounds() -> None:
    assert coordinated_subject("Eldrerådet og ungdomsrådet skal høres før planen vedtas.", 7) == [
        "Eldrerådet",
        "ungdomsrådet",
    ]
    assert coordinated_subject("Eldrerådet, brukerrådet og ungdomsrådet skal høres.", 7) == [
        "Eldrerådet",
        "brukerrådet",
        "ungdomsrådet",
    ]
    # a suspended compound is one subject; one subject is no coordination
    assert coordinated_subject("Tros- og livssynssamfunnene skal inviteres til et møte.", 7) == []
    assert coordinated_subject("Planen skal vedtas av kommunestyret innen juni 2026.", 7) == []


def test_body_named_beside_the_process_is_not_consulted() -> None:
    """Both bodies named in the passage on the plan's making, but as the source of the maps,
    not as consulted: the sentence that names them says nothing of the process."""
    plan = make_plan(
        [
            (
                "Om planarbeidet",
                [
                    "Planforslaget var på høyring i seks veker hausten 2026. Karta i planen er "
                    "henta frå Fiskeridirektoratet og Kystverket.",
                ],
            ),
            *CONTENT,
        ]
    )
    (c,) = cover(plan, "Fiskeridirektoratet og Kystverket skal ha planforslaget på høyring.", lang="nn")
    # session 20: the hearing itself was held, so the point is partial (as the gold writers
    # read "Temaplanen har vore på høyring" against a hearing asked of named bodies), and the
    # bodies named beside it are what is missing, not counted as heard
    assert c.status == "partial"
    assert {"Fiskeridirektoratet", "Kystverket"} <= {w for m in c.missing for w in m.split()}


def test_body_in_a_process_sentence_answers() -> None:
    plan = make_plan(
        [
            (
                "Om planarbeidet",
                [
                    "Fiskeridirektoratet og Kystverket har hatt planforslaget på høyring og gav "
                    "uttale i oktober 2026.",
                ],
            ),
            *CONTENT,
        ]
    )
    (c,) = cover(plan, "Fiskeridirektoratet og Kystverket skal ha planforslaget på høyring.", lang="nn")
    assert c.status == "covered"


def test_one_body_of_two_heard_is_partial_and_names_the_other() -> None:
    plan = make_plan(
        [
            (
                "Forord",
                [
                    "Planen er laget av en arbeidsgruppe i kommunen. Rådet for personer med "
                    "funksjonsnedsettelse har hatt planutkastet på høring og gitt innspill.",
                ],
            ),
            *CONTENT,
        ],
        title="Boligsosial handlingsplan 2026–2030",
    )
    (c,) = cover(
        plan,
        "Brukerorganisasjonene og rådet for personer med funksjonsnedsettelse skal høres før "
        "planen vedtas.",
    )
    assert c.status == "partial"
    assert any("brukerorganisasjon" in m.lower() for m in c.missing)
    assert not any("funksjonsnedsettelse" in m.lower() for m in c.missing)


def test_near_spelling_must_reach_into_the_head() -> None:
    compound = next(t for t in T.terms("arbeidsmarkedet", "nb") if t.parts)
    assert _first_part_only(compound, len("arbeid"))  # "arbeide": the modifier only
    assert not _first_part_only(compound, len("arbeidsmark"))  # an inflection of the whole
    plain = next(iter(T.terms("bostedsløshet", "nb")))
    assert not _first_part_only(plain, 6) or len(plain.parts) >= 2
    assert MatchSettings().near_reaches_head


def test_heading_naming_the_plans_subject_does_not_stand_in_for_a_lost_key_word() -> None:
    """Every chapter heading names the volunteers; a point on people outside the labour
    market is not answered by the chapter on young volunteers because its heading says
    "frivillige" too."""
    plan = make_plan(
        [
            ("Frivillige i dag", ["Omtrent hver tredje innbygger er frivillig i et lag eller en forening."]),
            ("Unge frivillige", ["Sammen med ungdomsskolen og den videregående skolen holder vi en årlig frivillighetsdag, der lagene viser unge hva de kan gjøre hos dem. Unge kan få frivillig arbeid skrevet på en attest som de kan bruke når de søker jobb."]),
            ("Frivillige i omsorgen", ["Kommunen avtaler besøksvenner med lagene, og sykehjemmene har en kontaktperson for de frivillige."]),
            ("Takk til de frivillige", ["Hvert år deler ordføreren ut en pris til årets frivillige."]),
        ],
        title="Handlingsplan for lag og foreninger 2026–2029",
    )
    (c,) = cover(
        plan, "Foreslå hvordan personer utenfor arbeidslivet kan trekkes med som frivillige."
    )
    assert c.status != "covered"


def test_coordinated_objects_split_only_objects_with_words_of_their_own() -> None:
    from plancheck.mandate.match import coordinated_objects

    assert coordinated_objects(
        "Gjennomgå avtalene i de interkommunale selskapene og vedtektene i aksjeselskapene",
        "nb",
        2,
    ) == ["Gjennomgå avtalene i de interkommunale selskapene", "vedtektene i aksjeselskapene"]
    # a fixed pair of single words, and the last pair of an enumeration, stay whole
    assert coordinated_objects("tilbud til barn og unge", "nb", 2) == ["tilbud til barn og unge"]
    text = "status for kildene, vannbehandlingen og ledningsnettet i kommunen"
    assert coordinated_objects(text, "nb", 2) == [text]


def test_half_of_two_objects_answered_is_partial_and_names_the_other() -> None:
    plan = make_plan(
        [
            (
                "Avtalene",
                [
                    "Selskapsavtalen for renovasjonsselskapet er ikke i tråd med loven og "
                    "endres slik at eierkommunene kan kreve ekstraordinært representantskapsmøte.",
                ],
            ),
            *CONTENT,
        ],
        title="Eierskapsmelding 2026",
    )
    (c,) = cover(
        plan,
        "Gjennomgå selskapsavtalene i de interkommunale selskapene og vedtektene i "
        "aksjeselskapene, og foreslå endringer der de ikke er i tråd med loven.",
    )
    assert c.status == "partial"
    # the object with no evidence is what is missing, not the pair
    assert any("vedtekt" in m.lower() for m in c.missing)
    assert not any("selskapsavtal" in m.lower() for m in c.missing)


def test_a_date_beside_the_process_does_not_meet_a_deadline() -> None:
    """The plan is dated under its title; nothing says when it was adopted."""
    from plancheck.mandate.match import process_dates

    assert process_dates("Nordby kommune · juni 2026. Planen ble vedtatt av kommunestyret 12. mai 2026.", "nb")
    assert not process_dates("Nordby kommune · juni 2026. Tall fra SSB for 2025.", "nb")
    # a body whose lemma the lemmatiser changes ("kommunfullmäktig") is found by its form
    assert process_dates("Antagen av kommunfullmäktige den 12 maj 2027.", "sv")
    assert not process_dates("Remissversion, mars 2027.", "sv")
    plan = make_plan(
        [
            ("Nordby kommune", ["Nordby kommune, juni 2026. Planen er sendt på høring."]),
            *CONTENT,
        ]
    )
    (c,) = cover(plan, "Arbeidet skal avsluttes innen utgangen av juni 2026.")
    assert c.status != "covered"


def test_a_body_found_by_its_form_makes_the_passage_a_process_one() -> None:
    plan = make_plan(
        [
            ("Måltidsprogram för Norrby kommun", ["Antagen av kommunfullmäktige den 12 maj 2027."]),
            ("Skolmåltiden", ["Alla elever får lagad lunch varje skoldag, och maten ska vara god och näringsriktig."]),
        ],
        title="Måltidsprogram 2027–2030",
    )
    (c,) = cover(plan, "Programmet ska antas av kommunfullmäktige senast i juni 2027.", lang="sv")
    assert c.status == "covered"

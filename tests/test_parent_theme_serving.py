"""A child goal that no word links to a parent goal serves the goal of its chapter's theme
(session 35, `pair35p`, ParentSettings.theme_serving, parents.theme_served): the child's chapter
heading restates the heading one parent goal stands under. Hand-built plans in nb, nn, sv, da
and en; the goals, headings and expected links were written before plancheck ran on them."""

from __future__ import annotations

from dataclasses import replace

from plancheck.mandate.parents import DEFAULT_PARENT_SETTINGS, assess_parent
from plancheck.models import Goal, Measure, Plan, Section, SourceInfo


def _plan(lang: str, chapters: list[tuple[str, list[str], list[str]]], *, sub: str = "") -> Plan:
    """One section per (heading, goals, measures); ``sub``: a role heading ("Mål") between the
    chapter heading and its goals, as a sub-section."""
    sections, goals, measures = [], [], []
    for i, (head, gs, ms) in enumerate(chapters, 1):
        sid = f"s{i}"
        sections.append(Section(id=sid, title=head, level=1, page=1))
        gsid = sid
        if sub:
            gsid = f"s{i}.1"
            sections.append(Section(id=gsid, title=sub, level=2, parent_id=sid, page=1))
        for j, t in enumerate(gs, 1):
            goals.append(Goal(id=f"g{i}.{j}", text=t, page=1, section_id=gsid))
        measures += [
            Measure(id=f"m{i}.{j}", text=t, page=1, section_id=gsid, goal_ids=[f"g{i}.1"] if gs else [])
            for j, t in enumerate(ms, 1)
        ]
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1),
        title="Plan",
        language=lang,
        sections=sections,
        goals=goals,
        measures=measures,
    )


# (lang, parent chapters, child chapters, the child goal's text → the parent goal text it serves,
# or None: stands alone). The child goals say the theme's goal by its means, sharing no word.
CASES = [
    (
        "nn",
        [
            ("Helse og omsorg", ["Eldre bur trygt og aktivt heime lenger."], []),
            ("Næringsutvikling", ["Fleire arbeidsplassar i privat sektor."], []),
        ],
        [
            ("Helse og omsorg", ["Kvardagsrehabilitering skal tilbydast i alle krinsar."], ["To nye ergoterapeutar"]),
            ("Næringsutvikling", ["Nytt næringsareal på Storneset er byggjeklart i 2028."], ["Regulering av Storneset"]),
            ("Organisasjon", ["Sjukefråveret blant dei tilsette skal ned til 6 prosent."], []),
        ],
        {
            "Kvardagsrehabilitering skal tilbydast i alle krinsar.": "Eldre bur trygt og aktivt heime lenger.",
            "Nytt næringsareal på Storneset er byggjeklart i 2028.": "Fleire arbeidsplassar i privat sektor.",
            "Sjukefråveret blant dei tilsette skal ned til 6 prosent.": None,
        },
    ),
    (
        "sv",
        [
            ("Attraktiv kommun", ["Kommunen ska växa med 1 000 invånare till 2035."], []),
            ("Trygg uppväxt", ["Alla barn ska lämna grundskolan med godkända betyg."], []),
        ],
        [
            ("Attraktiv kommun", ["Detaljplaner för 300 nya bostäder i centrum ska antas."], ["Planprogram för centrum"]),
            ("Ekonomi", ["Nämnden ska hålla sin budget varje år."], []),
        ],
        {
            "Detaljplaner för 300 nya bostäder i centrum ska antas.": "Kommunen ska växa med 1 000 invånare till 2035.",
            "Nämnden ska hålla sin budget varje år.": None,
        },
    ),
    (
        "da",
        [
            ("Grøn omstilling", ["Kommunen skal være CO2-neutral som geografisk område i 2040."], []),
            ("Borgernes kommune", ["Borgerne inddrages tidligt i beslutninger om deres lokalområde."], []),
        ],
        [
            ("Grøn omstilling", ["Alle boliger i byerne skal kunne få fjernvarme i 2030."], ["Udbygning af fjernvarmenettet"]),
            ("Borgernes kommune", ["Hvert varmeområde får et borgermøde, før byrådet vælger løsning."], []),
        ],
        {
            "Alle boliger i byerne skal kunne få fjernvarme i 2030.": "Kommunen skal være CO2-neutral som geografisk område i 2040.",
            "Hvert varmeområde får et borgermøde, før byrådet vælger løsning.": "Borgerne inddrages tidligt i beslutninger om deres lokalområde.",
        },
    ),
]


def _links(lang, parent, child, settings=DEFAULT_PARENT_SETTINGS):
    cov, links = assess_parent(child, parent, lang=lang, settings=settings)
    text = {c.id: c.text for c in cov}
    return {lk.text: [text[s] for s in lk.serves] for lk in links}, cov


def test_a_child_goal_serves_the_goal_of_the_theme_its_chapter_restates():
    for lang, pch, cch, want in CASES:
        got, _ = _links(lang, _plan(lang, pch), _plan(lang, cch))
        for goal, parent_goal in want.items():
            assert got[goal] == ([parent_goal] if parent_goal else []), (lang, goal, got[goal])


def test_switched_off_no_link_by_the_chapter():
    lang, pch, cch, _want = CASES[0]
    off = replace(DEFAULT_PARENT_SETTINGS, theme_serving=False)
    got, _ = _links(lang, _plan(lang, pch), _plan(lang, cch), off)
    assert got["Kvardagsrehabilitering skal tilbydast i alle krinsar."] == []


def test_no_status_rests_on_the_chapter():
    # the links only: the parent goals' statuses are those of the rule without the mechanism
    for lang, pch, cch, _want in CASES:
        parent, child = _plan(lang, pch), _plan(lang, cch)
        _, on = _links(lang, parent, child)
        _, off = _links(lang, parent, child, replace(DEFAULT_PARENT_SETTINGS, theme_serving=False))
        assert [c.status for c in on] == [c.status for c in off]


def test_a_role_heading_gives_way_to_the_theme_above_it_en():
    parent = _plan(
        "en",
        [("Healthy lives", ["Residents live longer, healthier lives."], []),
         ("Safe streets", ["Fewer people are killed or seriously injured on our roads."], [])],
        sub="Our goals",
    )
    child = _plan("en", [("Healthy lives", ["Open two new outdoor gyms in Eastfield and Ridley parks."], [])])
    got, _ = _links("en", parent, child)
    assert got["Open two new outdoor gyms in Eastfield and Ridley parks."] == ["Residents live longer, healthier lives."]


def test_traps_link_nothing():
    # a theme with two goals: the chapter does not say which (en; the trees share no word with
    # either goal — "in the eastern wards" would link them to "every ward" by the word rule)
    parent = _plan("en", [
        ("A greener borough", ["Air quality meets the national objectives in every ward.",
                               "Household recycling reaches 60 per cent."], []),
        ("Healthy lives", ["Residents live longer, healthier lives."], []),
    ])
    child = _plan("en", [
        ("A greener borough", ["Plant 2,000 street trees along the main roads."], []),
        # a chapter heading broader than the theme: safe is not the theme's
        ("Cleaner, greener and safer neighbourhoods", ["Install CCTV at the High Street car park."], []),
    ])
    got, _ = _links("en", parent, child)
    assert got["Plant 2,000 street trees along the main roads."] == []
    assert got["Install CCTV at the High Street car park."] == []
    # a heading over every goal of the parent is no theme (nb)
    parent = _plan("nb", [("Hovedmål", ["Eldre bor trygt hjemme lenger.", "Flere arbeidsplasser i privat sektor."], [])])
    child = _plan("nb", [("Hovedmål", ["Hverdagsrehabilitering i alle soner."], [])])
    got, _ = _links("nb", parent, child)
    assert got["Hverdagsrehabilitering i alle soner."] == []
    # the chapter restates two themes (sv): "Vatten och skyfall" under "Vatten" and a skyfall goal
    parent = _plan("sv", [
        ("Vatten", ["Sjöarna ska nå god ekologisk status."], []),
        ("Klimatanpassning", ["Samhället ska vara förberett för skyfall."], []),
    ])
    child = _plan("sv", [("Vatten och skyfall", ["Gröna tak i centrum ska ta emot regnvatten."], [])])
    got, _ = _links("sv", parent, child)
    assert got["Gröna tak i centrum ska ta emot regnvatten."] == []

"""Answers in other words that are a kind of the point's thing (issue 11, session 17):
a photomontage is a way of visualising (synonyms.yaml kind 'visualisering', NVE veileder 5/2007),
and the nynorsk 'fritidsbustad' is a holiday home ('fritidsbolig', 'hytte'). The examples are
invented."""

from plancheck.mandate import text as T


def test_a_photomontage_carries_the_visualisation_key_one_way() -> None:
    for word, lang in (("fotomontasjer", "nb"), ("fotomontasjar", "nn"), ("photomontages", "en")):
        (t,) = T.terms(word, lang)
        assert T.canon("visualisering") in T.broader_keys(t.whole), word
    (vis,) = T.terms("visualiseringer", "nb")
    # one way: a point asking for a photomontage is not answered by any visualisation
    assert T.canon("fotomontasje") not in vis.whole | T.broader_keys(vis.whole)


def test_nynorsk_holiday_home_is_a_cabin() -> None:
    (cabin,) = T.terms("hytter", "nn")
    for word in ("fritidsbustad", "fritidsbustader", "fritidsbustaden"):
        (t,) = T.terms(word, "nn")
        assert T.canon("fritidsbolig") in t.whole & cabin.whole, word


def test_visualisation_asked_is_answered_by_the_photomontages_made() -> None:
    """'Vise korleis masta vil sjåast frå bygda, med visualiseringar' against a plan that made
    photomontages: with the kinds off the visualisation word stays missing."""
    from plancheck.mandate import find_points
    from plancheck.mandate.match import MatchSettings, assess_points
    from plancheck.models import Passage, Plan, Section, SourceInfo

    plan = Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Plan for mobilmast på Nuten",
        sections=[Section(id="s1", title="Landskap", level=1, page=1)],
        passages=[
            Passage(
                id="p0",
                kind="paragraph",
                text="Det er laga fotomontasjar frå fem stader i bygda og frå vegen. Masta vil "
                "sjåast frå dei fleste husa i bygda, men ikkje frå sentrum.",
                page=1,
                section_id="s1",
            )
        ],
    )
    points = find_points(["Planprogram\n\n1. Vise korleis masta vil sjåast frå bygda, med visualiseringar."])

    def trace(kinds: bool):
        s = MatchSettings(calibrated=False, kinds=kinds, missing_phrases=False)
        return assess_points(plan, points, "nn", explain=True, settings=s)[0].explain[0]

    on, off = trace(True), trace(False)
    assert on.score > off.score
    assert not any("visualiser" in w for w in on.missing_words)
    assert any("visualiser" in w for w in off.missing_words)


def test_a_treatment_plant_carries_the_sewage_key_one_way() -> None:
    """A treatment plant is part of the sewage system (forurensningsforskriften § 11-3): 'felles
    reinseanlegg' answers 'avløp'; a point asking for a treatment plant is not answered by 'avløp'."""
    for word, lang in (("reinseanlegg", "nn"), ("renseanlegget", "nb"), ("avloppsreningsverket", "sv")):
        (t,) = T.terms(word, lang)
        assert T.canon("avløp") in T.broader_keys(t.whole), word
    (sewage,) = T.terms("avløpet", "nb")
    assert T.canon("renseanlegg") not in sewage.whole | T.broader_keys(sewage.whole)


def test_nynorsk_flaum_is_flom() -> None:
    (nn,) = T.terms("flaum", "nn")
    (nb,) = T.terms("flom", "nb")
    assert T.canon("flaum") == T.canon("flom")
    assert nn.whole & nb.whole

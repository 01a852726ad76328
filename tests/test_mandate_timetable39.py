"""The dated lines of a mandate's timetable that ask a step of the plan's making are process
points: a consultation, a meeting, the draft handed to a body by a date. The work's own start and
the council's adoption after the hand-over ask nothing of the plan (session 39: a kommissorium's
and an uppdragsbeskrivning's timetables, every such line missed). Invented wording, nb, sv, da, en."""

from __future__ import annotations

import pytest

from plancheck.mandate import find_points

CASES = [
    (
        "nb",
        "Mandat\n\n• kartlegge behovet for møteplasser\n• foreslå tiltak for nærmiljøet\n\n"
        "Tidsplan\n\n• Mars 2051: arbeidsgruppen settes ned\n• Mai 2051: folkemøte på Holmsund skole\n"
        "• Innen 1. oktober 2051: utkast til hovedutvalg for kultur\n• Desember 2051: kommunestyret vedtar planen",
        ["Mai 2051: folkemøte på Holmsund skole", "Innen 1. oktober 2051: utkast til hovedutvalg for kultur"],
    ),
    (
        "sv",
        "Uppdrag\n\n– inventera lekplatserna\n– föreslå åtgärder per lekplats\n\n"
        "Tidplan\n\n– samråd med föräldraföreningarna under våren 2051\n"
        "– förslaget lämnas till tekniska nämnden senast den 1 juni 2051\n– kommunfullmäktige antar planen i oktober 2051",
        ["samråd med föräldraföreningarna under våren 2051",
         "förslaget lämnas till tekniska nämnden senast den 1 juni 2051"],
    ),
    (
        "da",
        "Kommissorium\n\n• Kortlægge stierne\n• Beskrive vedligeholdet\n\n"
        "Tidsplan\n\n• Januar 2051: opstart\n• April 2051: dialogmøde med grundejerforeningerne\n"
        "• Senest 1. august 2051: udkast til Teknik- og Miljøudvalget\n• November 2051: byrådet vedtager planen",
        ["April 2051: dialogmøde med grundejerforeningerne",
         "Senest 1. august 2051: udkast til Teknik- og Miljøudvalget"],
    ),
    (
        "en",
        "Terms of reference\n\n• map the footpath network\n• propose a maintenance programme\n\n"
        "Timetable\n\n• March 2051: project board set up\n• May 2051: public meeting in the town hall\n"
        "• By 1 September 2051: draft to the Environment Committee\n• November 2051: Full Council adoption",
        ["May 2051: public meeting in the town hall", "By 1 September 2051: draft to the Environment Committee"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "steps"), CASES)
def test_the_dated_steps_of_the_timetable_are_process_points(lang: str, text: str, steps: list[str]) -> None:
    points = find_points([text])
    process = [p.text for p in points if str(getattr(p.kind, "value", p.kind)) == "process"]
    assert process == steps
    assert len(points) == 2 + len(steps)


def test_a_timetable_alone_is_no_mandate() -> None:
    """Without a list of what the work must do the timetable's lines are not read this way."""
    text = "Innledning\n\nPlanen skal revideres.\n\nTidsplan\n\nMai 2051: folkemøte på Holmsund skole"
    assert not [p for p in find_points([text]) if "folkemøte" in p.text and p.process]

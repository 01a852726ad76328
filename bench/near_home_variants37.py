"""Hand-built variant pairs for session 37 (pstat37): parent goals "close to where people live" in
the forms Danish, English and Swedish write ("tæt på, hvor de bor", "close to where they live",
"nära där de bor"), each followed up by child measures in other words. Gold written before
plancheck ran on them (docs/mandate.md, "Session 37, pstat37").

    python bench/near_home_variants37.py OUTDIR   # then: python -m plancheck eval --parents OUTDIR

Uses the builders of bench/theme_variants35.py (python-docx → LibreOffice, HTML → Chromium,
reportlab)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.argv = sys.argv[:2]
import theme_variants35 as tv  # noqa: E402

tv.HERE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("near-home-variants37")

PAIRS = {}
# V1 da: parent HTML -> Chromium ('Mål' lists under themes); child python-docx -> LibreOffice
PAIRS["n1-da"] = dict(
    lang="da",
    parent=("html", "Kommuneplan 2025–2037 for Nørreby Kommune", [
        ("Natur og friluftsliv", ["Nørreby har skov, enge og en lang kyst."], ["Alle borgere har let adgang til natur tæt på, hvor de bor."], []),
        ("Sundhed", ["Flere borgere lever med psykisk sårbarhed."], ["Borgere med psykisk sårbarhed får hurtig hjælp tæt på, hvor de bor."], []),
        ("Kultur", [], ["Nørreby har et rigt og mangfoldigt kulturliv."], []),
    ], "Mål", ""),
    child=("docx", "Handleplan for sundhed og natur 2026–2029", [
        ("Natur tæt på", ["Planen følger kommuneplanens mål op."], [], ["Anlægge tre nye bynære naturområder og en natursti i hver bydel", "Åbne skovene ved Hestehave for offentlig adgang"]),
        ("Psykisk sundhed", [], [], ["Åben rådgivning uden henvisning i alle fire lokalcentre", "Samtale med en sygeplejerske inden for en uge"]),
    ]),
    # natur near every home: new green areas and a path in every district, a forest opened:
    # followed up; quick help locally: open counselling in every local centre, a talk within a
    # week: followed up; culture: nothing
    gold={"serves": {}, "parent": {"P1": "followed_up", "P2": "followed_up", "P3": "not_followed_up"}},
)
# V2 en: parent reportlab ('Outcome' lines); child HTML -> Chromium
PAIRS["n2-en"] = dict(
    lang="en",
    parent=("rl", "Eastmoor Borough Plan 2026–2036", [
        ("Green and healthy", [], ["Residents have parks and green spaces close to where they live."], []),
        ("Care and support", [], ["Older people get the care they need close to where they live."], []),
        ("Town centre", [], ["The town centre is busy and safe in the evening."], []),
    ], "Outcome", ""),
    child=("html", "Neighbourhoods Delivery Plan 2026/27", [
        ("Parks", [], [], ["Open two new pocket parks in Eastfield and Millbrook, the two wards without a park", "Plant a community orchard on the Ridley estate"]),
        ("Care", [], [], ["Base a home care team in each of the four neighbourhood hubs", "Day centre places for older people in every hub"]),
    ], "Goals", "Actions"),
    gold={"serves": {}, "parent": {"P1": "followed_up", "P2": "followed_up", "P3": "not_followed_up"}},
)
# V3 sv: parent python-docx -> LibreOffice (goal bullets); child reportlab ('Åtgärd:' lines)
PAIRS["n3-sv"] = dict(
    lang="sv",
    parent=("docx", "Översiktsplan 2030 för Älvsjöby kommun", [
        ("Natur och rekreation", ["Kommunen har stora skogar och sjöar."], ["Alla invånare ska ha natur och friluftsliv nära där de bor."], []),
        ("Äldre", [], ["Äldre ska få stöd och omsorg nära där de bor."], []),
        ("Energi", [], ["Andelen förnybar energi ska öka."], []),
    ]),
    child=("rl", "Handlingsplan för folkhälsa 2026–2028", [
        ("Friluftsliv", [], [], ["Anlägga en naturstig och en grillplats vid varje tätort", "Elljusspår i Norrby och Västerby"]),
        ("Äldre", [], [], ["Träffpunkter för äldre i alla kommundelar"]),
    ], "Mål", "Åtgärd"),
    # a path and a fire place at every town, lit trails: followed up; meeting points for the
    # elderly in every district give company, not care: partial; energy: nothing
    gold={"serves": {}, "parent": {"P1": "followed_up", "P2": "partial", "P3": "not_followed_up"}},
)

if __name__ == "__main__":
    tv.HERE.mkdir(parents=True, exist_ok=True)
    for n, s in PAIRS.items():
        tv.build(n, s)
        print("built", n)

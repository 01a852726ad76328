"""The words plan documents use, per language, as plain data.

Why data and not code: the extraction layer, the owner classifier and the tests all read the same
lists, and a planner who finds a missing word ("Tidsperspektiv", "Lead agency") adds it here
without touching any logic. Keys are roles; inner keys are language codes (nb, nn, sv, da, en).
All words are lower case.

:func:`column_role` maps a table header cell to a column role, :func:`heading_role` a heading to a
level of the plan hierarchy. Both accept any of the five languages at once: a plan written in
bokmål still has the odd English or nynorsk header.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz, process

Lexicon = dict[str, dict[str, list[str]]]

# --------------------------------------------------------------------------- headings

HEADING_WORDS: Lexicon = {
    "vision": {
        "nb": ["visjon", "visjonen", "vår visjon", "kommunens visjon"],
        "nn": ["visjon", "visjonen", "vår visjon"],
        "sv": ["vision", "visionen", "vår vision"],
        "da": ["vision", "visionen", "vores vision"],
        "en": ["vision", "our vision", "the vision", "vision statement"],
    },
    "focus_area": {
        "nb": ["satsingsområde", "satsingsområder", "satsningsområde", "satsningsområder",
               "innsatsområde", "innsatsområder", "fokusområde", "fokusområder", "hovedtema",
               "hovedtemaer", "tema", "temaer", "prioriterte områder", "målområde", "målområder"],
        "nn": ["satsingsområde", "satsingsområde", "satsingsområda", "innsatsområde",
               "fokusområde", "hovudtema", "tema", "prioriterte område"],
        "sv": ["fokusområde", "fokusområden", "insatsområde", "insatsområden", "målområde",
               "målområden", "prioriterade områden", "tema", "teman"],
        "da": ["indsatsområde", "indsatsområder", "fokusområde", "fokusområder", "tema", "temaer",
               "satsningsområde", "satsningsområder"],
        "en": ["focus area", "focus areas", "priority", "priorities", "priority area",
               "priority areas", "strategic priorities", "theme", "themes", "key themes"],
    },
    "main_goal": {
        "nb": ["hovedmål", "hovedmålet", "overordnet mål", "overordnede mål", "samfunnsmål"],
        "nn": ["hovudmål", "hovudmålet", "overordna mål", "samfunnsmål"],
        "sv": ["huvudmål", "övergripande mål", "övergripande målsättning"],
        "da": ["hovedmål", "overordnet mål", "overordnede mål", "overordnede målsætninger"],
        "en": ["main goal", "main goals", "overall goal", "overarching goal", "overarching goals",
               "strategic goal", "strategic goals", "headline goal"],
    },
    "goal": {
        "nb": ["mål", "målet", "målene", "målsetting", "målsettinger", "målsettingar", "våre mål",
               "effektmål", "resultatmål", "dette vil vi oppnå", "dette skal vi oppnå"],
        "nn": ["mål", "målet", "måla", "målsetjing", "målsetjingar", "målsetting", "våre mål",
               "effektmål", "dette vil vi oppnå"],
        "sv": ["mål", "målen", "målsättning", "målsättningar", "våra mål", "effektmål"],
        "da": ["mål", "målene", "målsætning", "målsætninger", "vores mål", "effektmål"],
        "en": ["goal", "goals", "objective", "objectives", "outcome", "outcomes", "our goals",
               "aims", "our aims", "what we want to achieve"],
    },
    "sub_goal": {
        "nb": ["delmål", "delmålene", "delmålsettinger"],
        "nn": ["delmål", "delmåla"],
        "sv": ["delmål", "delmålen"],
        "da": ["delmål", "delmålene"],
        "en": ["sub-goal", "sub-goals", "subgoal", "subgoals", "sub-objective", "sub-objectives",
               "specific objectives"],
    },
    "challenge": {
        "nb": ["utfordring", "utfordringer", "utfordringsbilde", "utfordringsbildet",
               "utfordringer og muligheter", "nå-situasjon", "dagens situasjon"],
        "nn": ["utfordring", "utfordringar", "utfordringsbilete", "utfordringsbiletet",
               "utfordringar og moglegheiter"],
        "sv": ["utmaning", "utmaningar", "nuläge", "nulägesbeskrivning"],
        "da": ["udfordring", "udfordringer", "status og udfordringer"],
        "en": ["challenge", "challenges", "issue", "issues", "key issues", "key challenges",
               "current situation"],
    },
    "strategy": {
        "nb": ["strategi", "strategier", "strategiene", "grep", "slik gjør vi det",
               "slik vil vi jobbe", "dette vil vi gjøre", "vi vil", "hvordan vi skal nå målene"],
        "nn": ["strategi", "strategiar", "strategiane", "grep", "slik gjer vi det",
               "dette vil vi gjere", "vi vil", "korleis vi skal nå måla"],
        "sv": ["strategi", "strategier", "strategierna", "så här gör vi", "vi vill", "vägval"],
        "da": ["strategi", "strategier", "sådan gør vi", "det vil vi", "vi vil"],
        "en": ["strategy", "strategies", "approach", "our approach", "how we will get there",
               "how we will do it", "we will"],
    },
    "measure": {
        "nb": ["tiltak", "tiltakene", "aktiviteter", "handlinger", "handlingsplan", "tiltaksplan",
               "handlingsdel", "handlingsprogram", "tiltaksliste", "oversikt over tiltak"],
        "nn": ["tiltak", "tiltaka", "aktivitetar", "handlingar", "handlingsplan", "handlingsdel",
               "handlingsprogram", "tiltaksplan"],
        "sv": ["åtgärd", "åtgärder", "aktiviteter", "insatser", "handlingsplan", "åtgärdsplan",
               "åtgärdslista"],
        "da": ["indsats", "indsatser", "tiltag", "handlinger", "aktiviteter", "handlingsplan",
               "handleplan"],
        "en": ["action", "actions", "measure", "measures", "initiative", "initiatives",
               "action plan", "key actions", "activities", "delivery plan"],
    },
    "indicator": {
        "nb": ["indikator", "indikatorer", "måleindikator", "måleindikatorer", "måltall",
               "slik måler vi", "slik måler vi resultatene", "suksesskriterier"],
        "nn": ["indikator", "indikatorar", "måleindikatorar", "måltal", "slik måler vi"],
        "sv": ["indikator", "indikatorer", "nyckeltal", "mått", "målvärden"],
        "da": ["indikator", "indikatorer", "nøgletal", "succeskriterier", "måltal"],
        "en": ["indicator", "indicators", "kpi", "kpis", "key performance indicators", "targets",
               "measuring success", "how we will measure success", "metrics"],
    },
}

# --------------------------------------------------------------------------- table headers

COLUMN_WORDS: Lexicon = {
    "number": {
        "nb": ["nr", "nr.", "nummer", "løpenr", "løpenummer", "tiltak nr", "tiltaksnr",
               "tiltaksnummer", "id", "#", "ref"],
        "nn": ["nr", "nummer", "løpenr", "tiltak nr", "tiltaksnr"],
        "sv": ["nr", "nummer", "löpnummer", "id"],
        "da": ["nr", "nummer", "løbenummer", "id"],
        "en": ["no", "no.", "number", "ref", "reference", "id", "action no", "#"],
    },
    "goal": {
        "nb": ["mål", "målsetting", "målsettinger", "delmål", "hovedmål", "effektmål",
               "overordnet mål", "målet"],
        "nn": ["mål", "målsetjing", "målsetting", "delmål", "hovudmål", "effektmål"],
        "sv": ["mål", "målsättning", "delmål", "effektmål", "övergripande mål"],
        "da": ["mål", "målsætning", "delmål", "effektmål", "formål"],
        "en": ["goal", "goals", "objective", "objectives", "outcome", "outcomes", "aim", "aims",
               "strategic objective"],
    },
    "theme": {
        "nb": ["tema", "område", "satsingsområde", "innsatsområde", "fokusområde", "hovedtema",
               "målområde", "temaområde", "kategori", "fagområde", "sektor"],
        "nn": ["tema", "område", "satsingsområde", "innsatsområde", "fokusområde", "hovudtema"],
        "sv": ["tema", "område", "fokusområde", "insatsområde", "målområde", "kategori"],
        "da": ["tema", "område", "indsatsområde", "fokusområde", "kategori"],
        "en": ["theme", "topic", "area", "focus area", "priority area", "category", "workstream"],
    },
    "strategy": {
        "nb": ["strategi", "strategier", "delstrategi"],
        "nn": ["strategi", "strategiar"],
        "sv": ["strategi", "strategier"],
        "da": ["strategi", "strategier"],
        "en": ["strategy", "strategies", "approach"],
    },
    "measure": {
        "nb": ["tiltak", "aktivitet", "aktiviteter", "handling", "handlinger", "oppgave",
               "oppgaver", "hva", "hva skal gjøres", "tiltak/aktivitet", "beskrivelse av tiltak",
               "tiltaksbeskrivelse", "virkemidler", "strategiske virkemidler", "virkemiddel"],
        "nn": ["tiltak", "aktivitet", "aktivitetar", "handling", "oppgåve", "kva",
               "kva skal gjerast"],
        "sv": ["åtgärd", "åtgärder", "aktivitet", "aktiviteter", "insats", "insatser", "vad"],
        "da": ["indsats", "indsatser", "tiltag", "handling", "handlinger", "aktivitet", "hvad"],
        "en": ["action", "actions", "measure", "measures", "initiative", "initiatives",
               "activity", "activities", "task", "tasks", "key actions", "what"],
    },
    "owner": {
        "nb": ["ansvarlig", "ansvar", "ansvarlig enhet", "ansvarlig for gjennomføring", "eier",
               "tiltakseier", "utføres av", "hvem", "hvem har ansvar", "ansvarlig/samarbeid",
               "hovedansvar", "ansvarlige"],
        "nn": ["ansvarleg", "ansvar", "ansvarleg eining", "eigar", "kven", "utførast av",
               "hovudansvar"],
        "sv": ["ansvarig", "ansvar", "förvaltning/bolag", "ansvarig förvaltning", "ansvarig nämnd",
               "vem", "huvudansvar", "ägare"],
        "da": ["ansvarlig", "ansvar", "ansvarlig enhed", "ejer", "hvem", "tovholder"],
        "en": ["lead", "lead agency", "lead officer", "lead department", "responsible",
               "responsibility", "department", "owner", "who", "lead partner", "responsible party",
               "accountable"],
    },
    "deadline": {
        "nb": ["frist", "tidsfrist", "tidspunkt", "når", "gjennomføring", "tidsramme", "tidsplan",
               "tid", "år", "tidsperiode", "periode", "tidsperspektiv", "gjennomføringstidspunkt",
               "evalueringsdato", "ferdig", "oppstart"],
        "nn": ["frist", "tidsfrist", "tidspunkt", "når", "gjennomføring", "tidsramme", "tid", "år",
               "tidsperiode"],
        "sv": ["tidsplan", "tidpunkt", "när", "klart", "genomförande", "tidsperiod", "tid", "år",
               "deadline", "tidsram"],
        "da": ["frist", "tidsfrist", "tidsplan", "tidspunkt", "hvornår", "tid", "år", "periode",
               "tidsramme", "gennemførelse"],
        "en": ["timeline", "time frame", "timeframe", "deadline", "by when", "schedule", "when",
               "timing", "target date", "due date", "date", "year", "timescale", "completion date"],
    },
    "cost": {
        "nb": ["kostnad", "kostnader", "økonomi", "finansiering", "ressurser", "ressursbehov",
               "budsjett", "økonomiske konsekvenser", "kostnadsramme", "beløp", "kr"],
        "nn": ["kostnad", "kostnader", "økonomi", "finansiering", "ressursar", "ressursbehov",
               "budsjett"],
        "sv": ["kostnad", "kostnader", "budget", "finansiering", "resurser", "ekonomi"],
        "da": ["økonomi", "omkostning", "omkostninger", "udgift", "udgifter", "budget",
               "finansiering", "ressourcer"],
        "en": ["cost", "costs", "budget", "funding", "resources", "estimated cost", "resourcing",
               "financing"],
    },
    "indicator": {
        "nb": ["indikator", "indikatorer", "måleindikator", "måltall", "resultatmål",
               "resultatindikator", "måling", "suksesskriterier", "suksesskriterium", "kpi",
               "slik måler vi"],
        "nn": ["indikator", "indikatorar", "måltal", "resultatmål", "suksesskriterium"],
        "sv": ["indikator", "indikatorer", "nyckeltal", "mått", "målvärde", "resultatmål"],
        "da": ["indikator", "indikatorer", "succeskriterie", "succeskriterier", "nøgletal",
               "måltal"],
        "en": ["indicator", "indicators", "kpi", "kpis", "target", "targets", "measure of success",
               "success criteria", "metric", "metrics", "success measure"],
    },
    "status": {
        "nb": ["status", "fremdrift", "framdrift", "gjennomført", "statusrapport", "kommentar til status"],
        "nn": ["status", "framdrift", "gjennomført"],
        "sv": ["status", "läge", "lägesrapport", "genomförd"],
        "da": ["status", "fremdrift", "gennemført"],
        "en": ["status", "progress", "rag", "rag status", "progress update", "completed"],
    },
}

# --------------------------------------------------------------------------- owners

# Role and unit words. A leading "-" marks a compound head: it also matches at the end of a
# longer word ("-leder" matches "enhetsleder", "avdelingslederne"). Entries without "-" match
# only the whole word (with inflection). Multi-word entries match as a phrase.
OWNER_WORDS: Lexicon = {
    "role": {
        "nb": ["-leder", "-sjef", "-rådgiver", "-koordinator", "-direktør", "-rektor",
               "-konsulent", "-sykepleier", "helsesøster", "-lege", "-lærer", "-pedagog",
               "-terapeut", "-inspektør", "-styrer", "ordfører", "varaordfører", "-behandler",
               "-planlegger", "-ansvarlig", "-medarbeider", "-arbeider", "-ingeniør", "-veileder",
               "-sekretær", "rådmann", "-controller", "-økonom", "-arkitekt", "-kontakt",
               "kontaktperson", "-forvalter", "-assistent", "-fagarbeider", "-psykolog",
               "tillitsvalgte", "tillitsvalgt", "verneombud", "hovedverneombud"],
        "nn": ["-leiar", "-leder", "-sjef", "-rådgjevar", "-rådgiver", "-koordinator",
               "-direktør", "-rektor", "-konsulent", "-sjukepleiar", "-lækjar", "-lege",
               "-lærar", "-pedagog", "-terapeut", "-styrar", "ordførar", "-sakshandsamar",
               "-planleggjar", "-ansvarleg", "-medarbeidar", "-arbeidar", "-sekretær"],
        "sv": ["-chef", "-ledare", "-samordnare", "-handläggare", "-strateg", "-direktör",
               "-rektor", "-koordinator", "-utvecklare", "-ansvarig", "-sekreterare",
               "ordförande", "-kommundirektör", "-controller", "-planerare", "-samordnare"],
        "da": ["-leder", "-chef", "-direktør", "-konsulent", "-koordinator", "-medarbejder",
               "-rådgiver", "-sekretær", "borgmester", "-ansvarlig", "-planlægger"],
        "en": ["director", "manager", "officer", "head", "lead", "chief", "coordinator",
               "co-ordinator", "mayor", "councillor", "administrator", "adviser", "advisor",
               "planner", "engineer", "executive", "ceo", "chair", "principal", "specialist",
               "analyst", "leader", "supervisor", "commissioner", "clerk"],
    },
    "unit": {
        "nb": ["-enhet", "-avdeling", "-kontor", "-tjeneste", "-etat", "-sektor", "-seksjon",
               "-stab", "-team", "-senter", "-sentral", "-stasjon", "-barnehage", "-skole", "sfo",
               "-styre", "kommunestyre", "formannskap", "-utvalg", "-råd", "-administrasjon",
               "-bibliotek", "-legevakt", "-sykehjem", "-bofellesskap", "-forvaltning",
               "kommune", "-sekretariat", "-staben", "-gruppe", "-nettverk", "-virksomhet",
               "-tjenesteområde", "-kommunikasjon", "-drift", "-institusjon"],
        "nn": ["-eining", "-avdeling", "-kontor", "-teneste", "-etat", "-sektor", "-seksjon",
               "-stab", "-team", "-senter", "-sentral", "-stasjon", "-barnehage", "-skule",
               "-styre", "-utval", "-råd", "-administrasjon", "-forvaltning", "kommune",
               "-gruppe", "-verksemd"],
        "sv": ["-förvaltning", "-nämnd", "-enhet", "-avdelning", "-kontor", "-bolag",
               "-styrelse", "-kansli", "-sektor", "-skola", "-förskola", "kommunfullmäktige",
               "-center", "-team", "-verksamhet", "-grupp", "-råd", "kommun"],
        "da": ["-afdeling", "-forvaltning", "-enhed", "-center", "-kontor", "-udvalg",
               "-sekretariat", "-team", "byråd", "kommunalbestyrelse", "-skole", "-institution",
               "-direktion", "-råd", "kommune", "-gruppe"],
        "en": ["department", "dept", "division", "office", "team", "unit", "section", "service",
               "services", "directorate", "committee", "council", "board", "secretariat",
               "cabinet", "group", "taskforce", "task force", "working group"],
    },
    "external": {
        "nb": ["frivillige", "frivilligheten", "frivillig sektor", "lag og foreninger",
               "lag og organisasjoner", "-foreninger", "-forening", "organisasjoner",
               "fylkeskommune", "statsforvalteren", "statsforvalter", "fylkesmannen", "politi",
               "politiet", "-foretak", "sykehuset", "sykehus", "næringslivet", "private",
               "private aktører", "utbyggere", "husbanken", "statens vegvesen", "bufetat",
               "universitet", "høgskole", "brukerorganisasjoner", "-lag", "menighet", "kirken",
               "samarbeidspartnere", "eksterne", "frivilligsentralen", "ks", "nho"],
        "nn": ["frivillige", "friviljuge", "lag og organisasjonar", "lag og foreiningar",
               "-foreiningar", "-foreining", "organisasjonar", "fylkeskommune", "statsforvaltaren",
               "politiet", "-føretak", "sjukehuset", "næringslivet", "private", "private aktørar",
               "husbanken", "statens vegvesen", "-lag", "samarbeidspartnarar"],
        "sv": ["-föreningar", "föreningslivet", "frivilliga", "civilsamhället", "regionen",
               "region", "länsstyrelsen", "polisen", "näringslivet", "privata aktörer",
               "trafikverket", "högskolan", "universitetet", "samarbetspartner"],
        "da": ["-foreninger", "-forening", "frivillige", "regionen", "region", "politiet",
               "erhvervslivet", "civilsamfundet", "private aktører", "samarbejdspartnere"],
        "en": ["partners", "partner", "partner organisations", "partner organizations",
               "stakeholders", "community groups", "voluntary sector", "volunteers",
               "businesses", "private sector", "county council", "police", "government",
               "developers", "universities", "university", "agency", "ngos", "charities",
               "state", "nhs"],
    },
}

# Words that make an owner "nobody in particular" when the owner starts with them.
DIFFUSE_WORDS: dict[str, list[str]] = {
    "nb": ["alle", "samtlige", "hele", "felles", "enhver"],
    "nn": ["alle", "heile", "felles", "kvar"],
    "sv": ["alla", "samtliga", "hela", "gemensamt", "var och en"],
    "da": ["alle", "samtlige", "hele", "fælles"],
    "en": ["all", "everyone", "everybody", "every", "each", "whole", "entire"],
}

# Whole classes of organisations named as owners: nobody in particular answers for the measure
DIFFUSE_PHRASES: dict[str, list[str]] = {
    "nb": ["private aktører", "næringslivet", "frivillige organisasjoner", "frivilligheten",
           "andre aktører", "aktuelle aktører", "samarbeidspartnere", "alle aktører"],
    "nn": ["private aktørar", "næringslivet", "frivillige organisasjonar", "andre aktørar"],
    "sv": ["privata aktörer", "näringslivet", "ideella organisationer", "berörda aktörer"],
    "da": ["private aktører", "erhvervslivet", "frivillige organisationer"],
    "en": ["financial institutions", "ngos", "private sector", "the private sector",
           "higher education institutions", "businesses", "stakeholders", "partners",
           "community partners", "community organizations", "community organisations",
           "non-profits", "nonprofits", "developers", "property owners", "residents"],
}

# Verbs that mark a sentence (a measure, "PPT og helsesøster orienterer om tilbudet") rather
# than an owner cell: modals and auxiliaries, and verbs plans start measures with. Present tense
# of "-ere" verbs ("orienterer", "informerar") is recognised by its ending, not listed.
SENTENCE_VERBS: dict[str, list[str]] = {
    "nb": ["skal", "vil", "må", "kan", "bør", "er", "blir", "har", "gjør", "gjøre", "får", "tar",
           "gir", "lage", "lager", "utarbeide", "utarbeider", "kartlegge", "kartlegger", "vurdere",
           "beskrive", "gjennomgå", "ivareta", "sikre", "sikrer", "styrke", "styrker", "etablere",
           "informere", "følge", "følger", "bidra", "bidrar", "delta", "deltar", "tilby", "tilbyr",
           "sørge", "sørger", "utrede", "utvikle", "utvikler", "gjennomføre", "gjennomfører"],
    "nn": ["skal", "vil", "må", "kan", "bør", "er", "blir", "vert", "har", "gjer", "gjere", "får",
           "tek", "gjev", "lage", "lagar", "utarbeide", "kartleggje", "kartlegge", "vurdere",
           "skildre", "sikre", "styrkje", "etablere", "følgje", "følgjer", "bidra", "bidreg",
           "utgreie", "utvikle", "gjennomføre"],
    "sv": ["ska", "skall", "vill", "måste", "kan", "bör", "är", "blir", "har", "gör", "göra",
           "får", "tar", "ger", "säkerställa", "utveckla", "utvecklar", "genomföra",
           "genomför", "kartlägga", "stärka", "stärker", "erbjuda", "erbjuder", "bidra", "bidrar"],
    "da": ["skal", "vil", "må", "kan", "bør", "er", "bliver", "har", "gør", "gøre", "får",
           "tager", "giver", "lave", "laver", "udarbejde", "udarbejder", "kortlægge", "vurdere",
           "sikre", "sikrer", "styrke", "styrker", "etablere", "følge", "følger", "bidrage",
           "udvikle", "udvikler", "gennemføre", "gennemfører"],
    "en": ["will", "shall", "must", "should", "is", "are", "to", "deliver", "delivers",
           "develop", "develops", "ensure", "ensures", "install", "create", "creates", "provide",
           "provides", "establish", "review", "reviews", "implement", "implements"],
}

# Common short forms in owner cells; treated as units.
ABBREVIATIONS = ["ppt", "nav", "fau", "slg", "bfh", "sfo", "ikt", "hr", "pps", "bti", "kd",
                 "tpo", "hms", "iks", "bup", "dps"]


def words(lexicon: Lexicon, role: str, lang: str | None = None) -> list[str]:
    """All words of ``role`` for ``lang`` (or every language when None), deduplicated."""
    langs = [lang] if lang else ["nb", "nn", "sv", "da", "en"]
    seen: dict[str, None] = {}
    for code in langs:
        for w in lexicon.get(role, {}).get(code, []):
            seen.setdefault(w, None)
    return list(seen)


# --------------------------------------------------------------------------- lookup

_FUZZY_CUTOFF = 86
_FUZZY_MIN_LEN = 5
_MAX_HEADER_WORDS = 4  # longer cells are running text, not a header (unruled tables)
_TOKEN = re.compile(r"[#\w]+(?:[-/][#\w]+)*", re.UNICODE)


def _norm(text: str) -> str:
    text = text.replace("\u00ad", "").replace("\xa0", " ").lower()
    text = re.sub(r"-\s*\n\s*", "", text)  # a word broken over two lines: "Ansvar-\nlig"
    text = re.sub(r"^\s*\d+(?:\.\d+)*[.)]?\s+(?=\D)", "", text)  # numbering: "3. Tiltak"
    text = re.sub(r"[*:;]+$", "", text.strip())
    return re.sub(r"\s+", " ", text).strip(" .")


@cache
def _index(which: str) -> dict[str, str]:
    lexicon = COLUMN_WORDS if which == "column" else HEADING_WORDS
    index: dict[str, str] = {}
    for role, by_lang in lexicon.items():
        for lang_words in by_lang.values():
            for w in lang_words:
                index.setdefault(w, role)
    return index


def _column_lookup(text: str) -> str | None:
    index = _index("column")
    text = _norm(text)
    if not text:
        return None
    attempts = [text, re.sub(r"\s*\(.*?\)\s*", " ", text).strip(), text.replace(" ", "")]
    for attempt in attempts:
        if attempt in index:
            return index[attempt]
    tokens = _TOKEN.findall(attempts[1] or text)
    if not tokens or len(tokens) > _MAX_HEADER_WORDS:
        return None
    parts = [p for t in tokens for p in t.split("/") if p]
    for n in (3, 2, 1):
        for i in range(len(parts) - n + 1):
            gram = " ".join(parts[i : i + n])
            if gram in index:
                return index[gram]
    choices = [w for w in index if len(w) >= _FUZZY_MIN_LEN]
    candidates = [attempts[1] or text, *(t for t in tokens if len(t) >= _FUZZY_MIN_LEN)]
    best: tuple[float, str] | None = None
    for cand in candidates:
        hit = process.extractOne(cand, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if hit and (best is None or hit[1] > best[0]):
            best = (hit[1], index[hit[0]])
    return best[1] if best else None


def column_role(header_text: str) -> str | None:
    """Map a table header cell to a column role: "number", "goal", "theme", "strategy",
    "measure", "owner", "deadline", "cost", "indicator" or "status"; None when unknown.

    Order: the exact cell text (also without a parenthesis and with line-break hyphens joined),
    then its words and word pairs left to right ("Hvem har ansvar" → owner), then a fuzzy match
    (rapidfuzz ratio ≥ 86, words of five letters or more) for small misspellings ("Ansvalig").
    """
    if not header_text or not header_text.strip():
        return None
    return _column_lookup(header_text)


def heading_role(heading_text: str) -> str | None:
    """Map a heading to a level of the plan hierarchy ("vision", "focus_area", "main_goal",
    "goal", "sub_goal", "challenge", "strategy", "measure", "indicator") or None.

    Only the whole heading (numbering and a trailing colon removed) or its first words before a
    colon/dash count: "Mål" and "Mål: Trygge boliger" are goal headings, "Boliger for alle" is not.
    """
    if not heading_text or not heading_text.strip():
        return None
    text = _norm(heading_text)
    head = re.split(r"\s*[:–—]\s*|\s+-\s+", text, maxsplit=1)[0]
    head = re.sub(r"\s+[\d.]+[a-z]?\)?$", "", head)  # "Delmål 1.2", "Mål 3"
    index = _index("heading")
    for attempt in (text, head):
        if attempt in index:
            return index[attempt]
    hit = process.extractOne(head, [w for w in index if len(w) >= _FUZZY_MIN_LEN],
                             scorer=fuzz.ratio, score_cutoff=90)
    return index[hit[0]] if hit else None

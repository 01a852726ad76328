"""Time words of nb, nn, sv, da and en, as data for :mod:`plancheck.lang.deadlines`.

Kept apart from the parser so a planner can add a word ("tertial", "VT") without reading regexes.
All entries are lower case; the parser matches them on whole words. The lists are merged over the
five languages: month and season names do not collide between them, and a plan in one language
often has a cell in another.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januar": 1, "januari": 1, "january": 1,
    "februar": 2, "februari": 2, "february": 2,
    "mars": 3, "marts": 3, "march": 3,
    "april": 4,
    "mai": 5, "maj": 5, "may": 5,
    "juni": 6, "june": 6,
    "juli": 7, "july": 7,
    "august": 8, "augusti": 8,
    "september": 9,
    "oktober": 10, "october": 10,
    "november": 11,
    "desember": 12, "december": 12,
}

# abbreviations: accepted only next to a day or a year ("jul" is also Christmas in Norwegian)
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
}

# (start month, start day, end month, end day). "vår" is the school spring term (Jan–Jun) and
# "høst" the autumn term (Aug–Dec), as Norwegian plans use them; English seasons are read the
# same way so one plan gives one answer whatever the language of the cell.
SEASON_RANGES: dict[str, tuple[int, int, int, int]] = {
    "spring": (1, 1, 6, 30),
    "summer": (6, 1, 8, 31),
    "autumn": (8, 1, 12, 31),
    "winter": (1, 1, 3, 31),
}

SEASONS: dict[str, str] = {
    # spring
    "vår": "spring", "våren": "spring", "vårsemester": "spring", "vårsemesteret": "spring",
    "vårhalvåret": "spring", "vårterminen": "spring", "vårtermin": "spring", "forår": "spring",
    "foråret": "spring", "spring": "spring", "vt": "spring",
    # summer
    "sommer": "summer", "sommeren": "summer", "sumar": "summer", "sumaren": "summer",
    "sommar": "summer", "sommaren": "summer", "summer": "summer",
    # autumn
    "høst": "autumn", "høsten": "autumn", "høstsemester": "autumn", "høstsemesteret": "autumn",
    "høsthalvåret": "autumn", "haust": "autumn", "hausten": "autumn", "haustsemester": "autumn",
    "höst": "autumn", "hösten": "autumn", "höstterminen": "autumn", "hösttermin": "autumn",
    "efterår": "autumn", "efteråret": "autumn", "autumn": "autumn", "fall": "autumn", "ht": "autumn",
    # winter
    "vinter": "winter", "vinteren": "winter", "vintern": "winter", "winter": "winter",
}

# season words that are also ordinary words ("vår" = our, "fall" = case) or abbreviations: they
# count without a year only after a word like "hver", "innen", "i" (see AMBIGUOUS_LEADS)
AMBIGUOUS_SEASONS = {"vår", "fall", "vt", "ht", "may"}
AMBIGUOUS_LEADS = {
    "hver", "hvert", "kvar", "kvart", "varje", "each", "every", "i", "in", "innen",
    "innan", "inden", "til", "till", "by", "før", "före", "fra", "frå", "från", "from", "om",
    "på", "the", "tidlig", "tidleg", "sent", "seint", "early", "late", "løpet av", "until",
}

SCHOOL_YEARS = [
    "skoleåret", "skoleår", "skuleåret", "skuleår", "barnehageåret", "barnehageår", "läsåret",
    "läsår", "skoleåret", "school year", "academic year",
]

# ordinals for halves, quarters and thirds
ORDINALS: dict[str, int] = {
    "1": 1, "1.": 1, "første": 1, "fyrste": 1, "första": 1, "first": 1, "1st": 1,
    "2": 2, "2.": 2, "andre": 2, "annet": 2, "anna": 2, "andra": 2, "andet": 2, "second": 2,
    "2nd": 2,
    "3": 3, "3.": 3, "tredje": 3, "third": 3, "3rd": 3,
    "4": 4, "4.": 4, "fjerde": 4, "fjärde": 4, "fourth": 4, "4th": 4,
}

HALF_WORDS = ["halvår", "halvåret", "halvårs", "halvdel av", "halvdelen av", "half of", "half"]
QUARTER_WORDS = ["kvartal", "kvartalet", "quarter of", "quarter"]
TERTIAL_WORDS = ["tertial", "tertialet", "tertiale"]
WEEK_WORDS = ["uke", "veke", "vecka", "v.", "uge", "week", "wk"]

NEXT_YEAR = ["neste år", "næste år", "nästa år", "next year", "kommende år", "komande år",
             "neste kalenderår"]
# a stretch counted from now ("within the next 2-3 years", "innen de neste to årene"): a word
# leading it, the word for "the next", a count (digits, a range of digits or a number word)
# and a unit of years or months — a period whose dates only the plan's own year would place
COMING_LEADS = ["over", "within", "in", "during", "for", "innen", "i løpet av", "inom", "under",
                "inden for", "i"]
COMING = ["the next", "neste", "næste", "nästa", "närmaste", "kommende", "komande", "kommande"]
COMING_ARTICLES = ["de"]  # "innen de neste to årene"
COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "ti": 10,
    "två": 2, "fyra": 4, "sex": 6, "tio": 10,
}
COMING_YEARS = ["years", "year", "årene", "åra", "åren", "årene", "år"]
COMING_MONTHS = ["months", "month", "månedene", "månadene", "månaderna", "månederne", "måneder",
                 "månader", "månadar"]

THIS_YEAR = ["i år", "dette år", "detta år", "this year", "inneværende år", "innevarande år",
             "i løpet av året", "in the current year"]

CONTINUOUS = [
    "kontinuerlig", "kontinuerleg", "kontinuerligt", "løpende", "løpande", "fortløpende",
    "fortløpande", "fortlöpande", "fortløbende", "löpande", "løbende", "pågår", "pågående",
    "pågåande", "ongoing", "on-going", "continuous", "continuously", "continual", "continually",
    "permanent", "hele tiden", "heile tida", "hela tiden", "ved behov", "etter behov",
    "ved behov", "vid behov", "efter behov", "as needed", "when needed", "as required",
    "when required", "if needed", "as necessary", "i drift", "varig", "løbende",
]

RECURRING = [
    "hver", "hvert", "hverannen", "kvar", "kvart", "varje", "each", "every", "annually",
    "annual", "yearly", "årlig", "årleg", "årlige", "årlege", "årligen", "årligt", "halvårlig",
    "halvårleg", "halvårligt", "kvartalsvis", "månedlig", "månadleg", "månatligen", "månedligt",
    "monthly", "ukentlig", "vekentleg", "veckovis", "ugentlig", "weekly", "quarterly",
    "biannually", "biannual", "semiannually", "semi-annually", "jevnlig", "jevnleg",
    "regelbundet", "regelmæssigt", "regularly", "regelmessig", "regelmessige", "recurring",
    "per år", "pr. år", "pr år", "om året", "i året", "om åre", "årsvis", "hvert år",
    "kvart år", "varje år", "hvert andre år", "gjentakende",
]

PLAN_PERIOD = [
    "planperioden", "planperiode", "planperiod", "planperioden", "plan period",
    "the plan period", "handlingsplanperioden", "økonomiplanperioden", "økonomiplanperiode",
    "valgperioden", "kommunestyreperioden", "programperioden", "i perioden", "perioden",
    "in the period", "strategy period",
    "kort sikt", "kortsiktig", "mellomlang sikt", "lang sikt", "langsiktig", "på sikt",
    "short term", "short-term", "medium term", "medium-term", "long term", "long-term",
    "near term", "near-term", "mid-term", "mid term", "immediate",
    "kort sigt", "lang sigt", "på lång sikt", "på kort sikt",
]

EVALUATION = [
    "evaluering", "evalueringen", "evalueres", "evaluere", "evalueras", "evalueringsdato",
    "evaluert", "evalueret", "evaluation", "evaluate", "evaluated", "review", "reviewed",
    "utvärdering", "utvärderas", "utvärderingen", "revideres", "revisjon", "revision",
]

BEFORE = ["før", "före", "innan", "before", "prior to", "forud for"]
# words that put a time limit inside a sentence ("… by 2027", "… innen 2026"): a stated deadline
BY_WHEN = ["by", "before", "no later than", "by the end of", "by end of", "innen", "innen utgangen av",
           "innan", "senast", "inden", "inden udgangen af", "senest"]
FROM = ["fra og med", "f.o.m.", "f.o.m", "fom", "fra", "frå", "frå og med", "från",
        "fr.o.m.", "fr.o.m", "from", "since", "starting", "starting in", "starting from",
        "oppstart", "start", "starter", "begins", "beginning", "commencing", "fra og med"]
RANGE_CONNECTORS = ["-", "/", "til", "to", "till", "until", "through", "thru", "tom", "t.o.m.",
                    "t.o.m", "og", "and", "och", "samt", "&", "frem til", "fram til"]

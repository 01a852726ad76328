"""Gold of the session-34 mandate variants (mfind34), written before plancheck was run on them:
per variant the points (number, text's opening words) a reader must find, and nothing else."""

GOLD = {
    # en, Word → LibreOffice: a project brief's deliverables typed "D1" + tab in lower case,
    # continuing "… a strategy that"; a hand-over by a date (S1); Cabinet's consideration in a
    # month (what the council does afterwards) and an exclusion are none
    "V1": [
        ("D1", "maps every play area"),
        ("D2", "sets out which sites"),
        ("D3", "proposes how children"),
        ("S1", "The draft strategy will be submitted"),
    ],
    # sv, reportlab: leveranser typed "A.1" … "A.3" with wide spaces, hanging wrapped lines; a
    # samråd deadline (S1); an estimated adoption ("beräknas kunna antas") is none
    "V2": [
        ("A.1", "kartlägger cykelvägnätet"),
        ("A.2", "föreslår vilka"),
        ("A.3", "beskriver hur"),
        ("S1", "Förslaget ska skickas på samråd"),
    ],
    # nb, HTML → Chromium: "M1:" … "M3:" codes with a colon, capitals; a deadline in a present
    # passive (S1)
    "V3": [
        ("M1", "Kartlegge behovet"),
        ("M2", "Vurdere hvordan"),
        ("M3", "Foreslå tiltak"),
        ("S1", "Utkast til plan legges fram"),
    ],
    # da, reportlab: a dagsordenspunkt — Sagsfremstilling (background: none), at-clauses 1.–3.
    # (1 the order: none), "Beslutning i Teknik- og Miljøudvalget den …" with an addition (S1)
    "V4": [
        ("2", "at planen kortlægger"),
        ("3", "at planen foreslår"),
        ("S1", "planen også skal beskrive"),
    ],
    # nn, reportlab: a vedtak typed "1) " …: noting (1), the order with sub-points "i) "…"iii) "
    # (the order none, its sub-points the points), a deadline (3), an authorisation (4) none
    "V5": [
        ("i", "kartlegg kor mange"),
        ("ii", "vurderer behovet"),
        ("iii", "gjer framlegg om"),
        ("3", "Planen skal leggjast fram"),
    ],
    # en, Word → LibreOffice: RESOLVED "(1)" … with "(2) That officers prepare … which:" over
    # "(a)" … "(c)"; noting (1) and an authorisation to bid (4) none
    "V6": [
        ("a", "maps the cycle network"),
        ("b", "identifies the routes"),
        ("c", "sets out a programme"),
        ("3", "That the draft Strategy be reported"),
    ],
    # nb, Word → LibreOffice, written after the prose rules (before they were run on it): an
    # oppdragsbrev with bullets; a negated scope, a wish with a hedge and a forecast of the
    # timetable are none; a draft named "Utkast til …" handed over by a date (S1) and a yearly
    # report on the plan with its object before the body (S2) are points
    "V7": [
        ("1", "kartlegge hvilke"),
        ("2", "vurdere behovet"),
        ("3", "foreslå tiltak"),
        ("S1", "Utkast til handlingsplan"),
        ("S2", "Enhetslederen skal hvert år"),
    ],
    # sv, reportlab: a kommunstyrelse's beslut "1. … 4." — the report noted (1), the order
    # with "som:" over "a) … c)", a delegation told from the receiver's side (4) none; "Planen
    # bör om möjligt …" (a wish made optional) none
    "V8": [
        ("a", "beskriver hur"),
        ("b", "föreslår var"),
        ("c", "anger vem"),
        ("3", "Förslaget ska redovisas"),
    ],
}

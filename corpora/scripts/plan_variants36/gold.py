"""Gold of the session-36 plan variants (written before plancheck was run on them): the
measures each plan's programme table holds, one per row, read from the column that names the
work. The column headed as the goals the rows serve holds only the goals' codes ('O2',
'M1 og M4', 'KP1, KP2'): a citation of the plan followed up, not the row's text."""

GOLD: dict[str, list[str]] = {
    "c1_en_projects": [
        "Resurfacing of the Market Square and new seating",
        "Free wifi in the three town centre car parks",
        "Shopfront improvement grants for independent traders",
        "Wayfinding signs between the station and the high street",
    ],
    "c2_nb_prosjekt": [
        "Ny gang- og sykkelvei langs Storgata fra skolen til idrettsparken",
        "Oppgradering av lekeplassen i Nordbyen med universelt utformet utstyr",
        "Kartlegging av kommunale bygg med behov for energitiltak",
        "Nye ladepunkter for elbil ved rådhuset og helsesenteret",
    ],
    "c3_sv_projekt": [
        "Ny belysning längs gång- och cykelvägen vid Sjöparken",
        "Upprustning av fritidsgården i Östby med ny ventilation",
        "Utbyggnad av förskolan i Kvarnby med två avdelningar",
    ],
}


# the goals of the measure tables whose goal column is headed by a compound of the goal word
GOAL_GOLD: dict[str, list[str]] = {
    "d1_nb_tjenestemal": [
        "Alle nye brukere skal få et hjemmebesøk innen tre dager etter vedtaket.",
        "Sykefraværet skal ned til under 8 prosent.",
        "Flere brukere skal bruke digitalt tilsyn om natten.",
    ],
    "d2_da_virksomhedsmal": [
        "Flere børn skal låne bøger i sommerferien.",
        "Ældre borgere skal kunne få hjælp til digital post.",
        "Biblioteket skal have åbent til kl. 22 alle dage.",
    ],
    "e1_nb_malsettinger": [
        "Ingen barn skal bli skadet på vei til eller fra skolen.",
        "Alle skoler skal ha en godkjent skolevei med fortau eller gangvei.",
        "Flere elever skal gå eller sykle til skolen.",
    ],
    "e2_sv_malsattningar": [
        "Alla invånare ska ha högst en kilometer till ett strövområde.",
        "Fler barn ska besöka naturen under skoltid.",
        "Vandringslederna ska vara skyltade och underhållna.",
    ],
    "e3_en_objectives": [
        "Every resident lives within a ten-minute walk of a good park.",
        "More children play outdoors in our parks every week.",
        "Parks are managed to increase biodiversity.",
    ],
    "d3_sv_forvaltningsmal": [
        "Fler unga ska delta i fritidsgårdarnas verksamhet.",
        "Alla förskolebarn ska få ett teaterbesök per år.",
        "Idrottshallarna ska bokas digitalt.",
    ],
}

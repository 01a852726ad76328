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

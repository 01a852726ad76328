"""Gold of the session-33 mandate variants (mfind33), written before plancheck was run on them:
per variant the points (number, text's opening words) a reader must find, and nothing else."""

GOLD = {
    # nn, reportlab, a særutskrift's vedtak: the lead item "3. Planen skal særleg omtale:" at the
    # foot of page 1, its sub-points a)–c) on page 2 under a running header; 1 (the order) and 5
    # (funding) are none
    "V1": [
        ("2", "Planen skal kartleggje kva kulturminne"),
        ("a", "kyrkjegardane og murane"),
        ("b", "korleis frivillige lag"),
        ("c", "behovet for skilting"),
        ("4", "Kommunedirektøren legg planen fram"),
    ],
    # sv, Word → LibreOffice: a beslut with "2. Planen ska särskilt belysa:" over a)–c); a
    # Tidplan whose hand-over sentence is S1; first meeting, funding none
    "V2": [
        ("1", "Planen ska beskriva hur"),
        ("a", "lekplatsernas tillgänglighet"),
        ("b", "hur skolgårdarna kan"),
        ("c", "behovet av nya"),
        ("3", "Planen ska innehålla mål"),
        ("S1", "Projektgruppen lämnar ett förslag"),
    ],
    # en, HTML → Chromium: terms of reference, sections "1. Background" … with paragraphs 1.1 …;
    # background, exclusion, who leads and funding none
    "V3": [
        ("2.1", "assess the condition of every play area"),
        ("2.2", "identify gaps in provision"),
        ("2.3", "set out a ten-year programme"),
        ("3.2", "The draft strategy will be subject"),
        ("3.3", "The Parks Manager will report progress"),
    ],
    # da, reportlab: a kommissorium, "Opgaver" 1.–3., "Tidsplan" with the hand-over (S1); the
    # first meeting and Økonomi none
    "V4": [
        ("1", "Beskrive, hvordan"),
        ("2", "Opgøre antallet"),
        ("3", "Foreslå, hvordan"),
        ("S1", "Arbejdsgruppen afleverer et udkast"),
    ],
    # nb, Word → LibreOffice: a letter ordering the plan ("Jeg ber derfor om at det utarbeides
    # en plan for …": none), bullets, a deadline sentence (S1)
    "V5": [
        ("1", "kartlegge dagens bruk"),
        ("2", "vurdere behovet for"),
        ("3", "foreslå regler for"),
        ("S1", "Planen legges fram for formannskapet"),
    ],
}

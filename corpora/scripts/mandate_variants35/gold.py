"""Gold of the session-35 variants (written before plancheck was run on them): per variant,
(number, opening words) of every point, in order. What is no point is named in build.py's
comments (an order to make the plan, funding, a negated passive, a body told of nothing
named, a committee's own meeting)."""

GOLD: dict[str, list[tuple[str, str]]] = {
    # nb innstilling (python-docx → LibreOffice): "1.⇥" with a hanging indent, then "2.Planen"
    # typed against its number, wrapping at the margin; "3.Planen … for:" over a)–c)
    "v1_nb_innstilling": [
        ("2", "Planen skal gi en oversikt over turstier"),
        ("a", "barn og unge i skolealder"),
        ("b", "eldre som ikke lenger"),
        ("c", "innvandrere som er nye"),
        ("4", "Forslag til plan skal legges fram for bystyret"),
    ],
    # sv förslag till beslut (reportlab): hanging and glued items mixed
    "v2_sv_beslut": [
        ("2", "Strategin ska kartlägga hur de fyra filialerna"),
        ("3", "Strategin ska föreslå hur biblioteken"),
        ("4", "Förslag till strategi ska vara klart"),
    ],
    # en Cabinet report (HTML → Chromium): glued items, a process paragraph
    "v3_en_cabinet": [
        ("2", "The strategy shall map every equipped play area"),
        ("3", "The strategy shall set out how children with disabilities"),
        ("S1", "Ward councillors will be informed of the draft strategy"),
    ],
    # da kommissorium (reportlab): bullets, a handover in the present, a council told of the draft
    "v4_da_kommissorium": [
        ("1", "kortlægge foreningernes brug af hallerne"),
        ("2", "foreslå, hvordan flere unge"),
        ("3", "vurdere behovet for nye kunstgræsbaner"),
        ("S1", "Arbejdsgruppen afleverer sit forslag til Kultur- og Fritidsudvalget"),
        ("S2", "Ungerådet vil blive orienteret om udkastet"),
    ],
    # nn planprogram (python-docx → LibreOffice): a list, then process prose
    "v5_nn_planprogram": [
        ("1", "kartleggje kulturminna"),
        ("2", "vurdere korleis kulturminna"),
        ("S1", "Forslag til plan skal vere klart til høyring"),
        ("S2", "Kulturminnerådet blir orientert om planutkastet"),
    ],
}

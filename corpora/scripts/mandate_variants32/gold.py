# Gold written before plancheck was run on any of these files (mfind32).
GOLD = {
    "A1_risk_nb_docx": [
        ("1", "Skaffe nødstrømsaggregat til rådhuset og sykehjemmet."),
        ("3", "Kartlegge hvilke boliger som må evakueres ved flom i Storelva."),
    ],
    "A2_risk_en_html": [
        ("R2", "Agree mutual aid with the neighbouring councils for gritting vehicles."),
        ("R4", "Keep a reserve list of trained drivers for the gritting fleet."),
    ],
    "A3_risk_sv_rl": [
        ("2", "Ta fram en reservplan för dricksvattenförsörjningen vid ledningsbrott."),
        ("4", "Upprätta avtal med grannkommunerna om evakueringsplatser."),
    ],
    "B1_merknad_nb_docx": [
        ("1", "Planen får et eget kapittel om trafikksikkerhet ved skolene."),
        ("4", "Planen viser hvilke gang- og sykkelveier som skal brøytes først."),
    ],
    "B2_hvidbog_da_html": [
        ("2", "Planen suppleres med et kort over de nye cykelstier."),
        ("3", "Planen beskriver, hvordan borgerne inddrages i prioriteringen."),
    ],
    "B3_consult_en_rl": [
        ("1", "The plan will set out how air quality is monitored at the school gates."),
        ("3", "The plan will include a timetable for the new crossings."),
    ],
    "C1_vilkar_nb_docx": [
        ("a", "en oversikt over kjemikalier som lagres på området"),
        ("b", "varsling av brannvesen og kommune ved utslipp"),
        ("c", "øvelser minst én gang i året"),
        (
            "S1",
            "Virksomheten skal utarbeide en beredskapsplan mot akutt forurensning som skal være godkjent av kommunen før driften starter.",
        ),
    ],
    "C2_licence_en_html": [
        ("a", "the hours during which amplified music may be played"),
        ("b", "the location and orientation of loudspeakers"),
        ("c", "how complaints from residents will be recorded and answered"),
        ("d", "noise monitoring at the boundary of the nearest dwelling"),
        (
            "S1",
            "The licence holder shall prepare a Noise Management Plan and submit it to the licensing authority for approval before the first event.",
        ),
    ],
    "C3_vilkar_da_rl": [
        ("a", "en beskrivelse af, hvordan jord og vand analyseres"),
        ("b", "en angivelse af, hvem der er ansvarlig for tilsynet"),
        ("c", "en tidsplan for prøvetagningen"),
        (
            "S1",
            "Der skal udarbejdes en plan for egenkontrol, som skal være godkendt af kommunen, inden anlægget tages i brug.",
        ),
    ],
}
# added after the first contact of A1–C3 (colour-only levels), gold written before the run
GOLD["A4_colour_en_rl"] = [
    ("2", "Install flood barriers at the pumping station before the autumn storms."),
    ("3", "Agree a protocol with the hospital for moving patients by road."),
]
GOLD["A5_colour_nb_html"] = [
    ("1", "Etablere reservevannforsyning til sykehjemmet ved brudd på hovedledningen."),
    ("4", "Inngå avtale med busselskapet om evakuering av beboere i Strandgata."),
]

"""Gold of the session-37 variants (written before plancheck was run on them): per pair, each
mandate point the gold expects (the opening words of its text) and its status. The forms: a
kommissorium in running prose that orders a working group to make the plan and then asks more of
it by its shorter name ("Gruppen ska …", "The group must …", "Gruppa skal …") or by a pronoun
("Den ska också …", "It must also …", "Ho skal òg …"); a deadline sentence whose subject is an
indefinite proposal ("Ett förslag ska lämnas …", "A proposal must be submitted …", "Eit
framlegg skal sendast …"); and in the plan a point answered only by a description of today's
practice and a sentence that puts that practice off by a definite noun naming it again
("Uppföljningsmodellen omprövas när …", "The inspection regime will be reviewed once …",
"Ordninga blir gjennomgått når …") — uncovered, as the held-out rus 4 of session 36."""

ORDEREE_GOLD: dict[str, list[tuple[str, str]]] = {
    # sv reportlab. S2: the follow-up of the home care's quality is only described as today's
    # practice and put off ("Uppföljningsmodellen omprövas när konsultavtalet löper ut") — the
    # definite noun's stem ("uppföljning") is not the verb's ("följs upp"): a hard case
    "b1_sv_aldreplan": [
        ("Gruppen ska beskriva", "covered"),
        ("Den ska också föreslå", "uncovered"),
        ("Planen ska redovisa", "covered"),
        ("Ett förslag ska lämnas", "covered"),
    ],
    # en Chromium. S2: inspections described as today's contract and put off ("The inspection
    # regime will be reviewed once the contract ends"); no number of inspections
    "b2_en_play": [
        ("The group must map", "covered"),
        ("It must also set out", "uncovered"),
        ("The strategy must propose", "covered"),
        ("A proposal must be submitted", "covered"),
    ],
    # nn python-docx → LibreOffice. S3: the grant scheme described as today's and put off
    # ("Ordninga blir gjennomgått når …"); no criteria
    "b3_nn_bustad": [
        ("Gruppa skal kartleggje", "covered"),
        ("Ho skal òg vurdere", "covered"),
        ("Planen skal gjere greie", "uncovered"),
        ("Eit framlegg skal sendast", "covered"),
    ],
}

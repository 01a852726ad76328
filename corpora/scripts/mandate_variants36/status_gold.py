"""Gold of the session-36 status variants (written before plancheck was run on them): per pair,
the status of each mandate point in order. The points that matter are the uncovered ones: the
point's own most specific word (no other point, not the plan's topic) stands in the plan only in
a sentence that puts it off, while the sentences around it share the point's other words (the
held-out affald 4 and kulturminne 4 of session 35). Each pair has covered controls, one of them a
subject named both in a deferral and in a sentence that answers it."""

STATUS_GOLD: dict[str, list[str]] = {
    # sv reportlab: föreningar that run bathing places described; the "skötselbidrag" itself only
    # "ska utredas vid en framtida översyn"
    "a1_sv_badplatser": ["covered", "uncovered", "covered"],
    # en Chromium: residents over 75 and the leisure centres described; the "discount scheme"
    # only "will be considered in a future review of charges"
    "a2_en_leisure": ["covered", "covered", "uncovered"],
    # nb python-docx → LibreOffice: a chapter headed by the staff's service; "sykefraværet" only
    # "vil bli kartlagt nærmere i 2050"; welfare technology answered and also put off in part
    "a3_nb_hjemmetjeneste": ["covered", "uncovered", "covered"],
}

"""Gold of the session-35 status variants (written before plancheck was run on them): per pair,
the status of each mandate point in order. The points that matter are the uncovered ones: a
scheme named after the plan's topic that the plan only names ("… ønsker på sikt å bli godkjent"),
and a subject the plan puts off to a future review; each pair has a covered control point."""

STATUS_GOLD: dict[str, list[str]] = {
    # sv: "bli certifierad som Trygg kommun" in a Trygghetsplan (trygg ← trygghet); the
    # introduction says the assignment was "godkänt" by the board
    "s1_sv_trygg": ["uncovered", "covered"],
    # nb: leie-til-eie put off "i en fremtidig gjennomgang av ordningen"
    "s2_nb_deferral": ["uncovered", "covered"],
    # da: "certificeret som Sund Kommune" in a Sundhedspolitik (sund ← sundhed), and free fruit
    # put off "i en kommende evaluering"
    "s3_da_sund": ["uncovered", "uncovered", "covered"],
    # en: allotment charges put off "in a future review of fees"
    "s4_en_deferral": ["uncovered", "covered"],
}

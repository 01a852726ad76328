"""Gold of the session-38 variants (written before plancheck was run on them): per folder, the
status of each mandate point / parent goal, by its opening words. A false "covered" or
"followed_up" is what the variants test; the controls must keep theirs."""

MANDATES = {
    "m1": {"Kartlegge behovet": "uncovered", "Beskrive hvordan kommunen bruker startlån": "covered",
           "Foreslå tiltak for å forebygge": "covered"},
    "m2": {"Hur kan äldre med demens": "uncovered", "Redovisa antalet platser": "covered",
           "Föreslå åtgärder mot ensamhet": "covered"},
    "m3": {"Assess the need for new allotment": "uncovered", "Set out the current waiting list": "covered",
           "Propose how plot rents": "covered"},
}
PARENTS = {
    "p1": {"Eldre skal være fysisk aktive": "partial", "Alle barn skal få plass": "followed_up"},
    "p2": {"Invånarna använder naturen": "partial", "Alla barn ska ha en trygg": "followed_up"},
    "p3": {"Fewer young people use alcohol": "partial", "Every child starts school": "followed_up"},
}

"""Gold of the session-37 group-label variants (written before plancheck was run on them): the
goals of each plan, in order. Form: goals under a bold group label line ("Fokusområde: …",
"Theme: …", "Indsatsområde: …"), each group closed by a smaller plain label line of priorities;
parents-blind38 sunnmyr by other hands."""

GROUP_GOLD: dict[str, list[str]] = {
    "g1_sv_naringsliv": [
        "Antalet arbetstillfällen i det privata näringslivet ska öka.",
        "Fler nystartade företag ska finnas kvar efter tre år.",
        "Företagen i länet ska minska sina utsläpp av växthusgaser.",
        "Besöksnäringen ska vara öppen året runt.",
        "Fler unga ska välja en yrkesutbildning.",
        "Alla hushåll ska ha tillgång till snabbt bredband.",
    ],
    "g2_en_economy": [
        "More people in the county are in skilled, well-paid work.",
        "New businesses survive their first three years.",
        "Businesses cut their carbon emissions year on year.",
        "Tourism supports jobs all year round.",
        "Young people can train for the jobs local employers need.",
        "Every home and business can get a gigabit connection.",
    ],
    "g3_da_erhverv": [
        "Flere borgere skal være i beskæftigelse i den private sektor.",
        "Flere nye virksomheder skal overleve de første fem år.",
        "Virksomhederne skal bruge mere vedvarende energi.",
        "Turismen skal give arbejdspladser hele året.",
        "Flere unge skal gennemføre en erhvervsuddannelse.",
        "Alle husstande skal have adgang til hurtigt bredbånd.",
    ],
}

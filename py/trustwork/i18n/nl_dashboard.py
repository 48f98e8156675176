"""Nederlandse teksten van het dashboard: de drie opbrengsten, hun indicatoren en grafieken.
Dezelfde sleutels als ``en_dashboard.py``."""

MESSAGES: dict[str, str] = {
    "outcome.title": "Wat vertrouwen oplevert",
    "outcome.period.label": "Periode",
    "outcome.period.year": "Dit jaar",
    "outcome.period.last-12-months": "Laatste 12 maanden",
    "outcome.period.range": "{first} tot en met {last}",
    "outcome.now": "stand van vandaag",
    "outcome.none": "–",
    "outcome.unit.percent": "{value}%",
    "outcome.unit.days": "{value} dagen",
    "outcome.more": "Meer bij {area}",
    "outcome.engagement": "Betrokkenheid en tevredenheid",
    "outcome.engagement.intro": "Of mensen uit zichzelf meedoen.",
    "outcome.effectiveness": "Operationele effectiviteit",
    "outcome.effectiveness.intro": (
        "Of verbeteren elke maand bij het werk hoort, met resultaten die gemeten worden."),
    "outcome.creativity": "Doorlopende creativiteit",
    "outcome.creativity.intro": (
        "Of er ideeën blijven komen, antwoord krijgen en uitgevoerd worden."),
    "outcome.openness": "Openheid",
    "outcome.openness.intro": "Of iedereen kan zien wat de organisatie vastlegt.",
    "outcome.taking_part": "Mensen die meedoen",
    "outcome.taking_part.how": (
        "Van de mensen in het register wie in de periode een idee indiende, steunde of erop "
        "reageerde; een proeftuin begon, eraan meedeed, hem bewerkte of erop reageerde; of iets "
        "voorstelde, beantwoordde, aanpaste, een regel ter discussie stelde of bij een "
        "besluitronde of herijking was."),
    "outcome.taking_part.detail": "{part} van {whole} mensen",
    "outcome.taking_part.part.ideas": "Ideeën",
    "outcome.taking_part.part.pilots": "Proeftuinen",
    "outcome.taking_part.part.decisions": "Besluiten",
    "outcome.trust_scan": "Positief in de vertrouwensscan",
    "outcome.trust_scan.how": (
        "In de laatste afgesloten ronde van de vertrouwensscan: van alle antwoorden van "
        "iedereen op de stellingen, het deel dat het eens was (4 of 5 van 5); per fundament "
        "van vertrouwen, en in de rondes ervoor."),
    "outcome.trust_scan.detail": "{part} deelnemers, van {whole} mensen",
    "outcome.team_months": "Teammaanden met een verbeterproject",
    "outcome.team_months.how": (
        "Van de maanden van elk team in de periode die voorbij zijn (en deze maand zodra er "
        "een project is) het deel met een verbeterproject."),
    "outcome.team_months.detail": "{part} van {whole} teammaanden",
    "outcome.measured": "Projecten met een gemeten resultaat",
    "outcome.measured.how": (
        "Van de afgeronde verbeterprojecten van de periode het deel dat de gemeten waarde "
        "heeft vastgelegd."),
    "outcome.measured.detail": "{part} van {whole} afgeronde projecten",
    "outcome.savings": "Gerealiseerde besparing",
    "outcome.savings.how": (
        "De besparing in euro's die de afgeronde verbeterprojecten van de periode "
        "opleverden."),
    "outcome.reviewed_on_time": "Besluiten op tijd herzien",
    "outcome.reviewed_on_time.how": (
        "Van de aangenomen besluiten en geldende regels met een herzieningsdatum het deel "
        "waarvan die datum niet voorbij is."),
    "outcome.reviewed_on_time.detail": "{part} van {whole} met een herzieningsdatum",
    "outcome.rules_budget": "Geldende regels",
    "outcome.rules_budget.how": (
        "De geldende regels, tegenover het hoogste aantal dat de organisatie wil (haar "
        "regelbudget)."),
    "outcome.rules_budget.detail": "{part} regels; het budget is {whole}",
    "outcome.rules_budget.over": "Boven het budget",
    "outcome.rules_budget.none": "Geen regelbudget ingesteld",
    "outcome.ideas_per_person": "Ideeën per persoon",
    "outcome.ideas_per_person.how": (
        "De ideeën die in de periode zijn ingediend, gedeeld door het aantal mensen in het "
        "register."),
    "outcome.ideas_per_person.detail": "{part} ideeën, {whole} mensen",
    "outcome.usable_rate": "Bruikbare ideeën",
    "outcome.usable_rate.how": (
        "Van de ideeën die in de periode zijn ingediend het deel dat bruikbaar is bevonden "
        "(of al in uitvoering of klaar is)."),
    "outcome.usable_rate.detail": "van {whole} ideeën",
    "outcome.days_to_answer": "Dagen tot een antwoord",
    "outcome.days_to_answer.how": (
        "Het mediane aantal dagen van indienen tot oordeel, voor de ideeën die in de "
        "periode zijn ingediend en een oordeel hebben."),
    "outcome.days_to_answer.detail": "ingediende ideeën: {whole}",
    "outcome.pilots_started": "Gestarte proeftuinen",
    "outcome.pilots_started.how": (
        "De proeftuinen waarvan de startdatum in de periode valt, tot en met vandaag."),
    "outcome.became_projects": "Ideeën die een project werden",
    "outcome.became_projects.how": (
        "De ideeën die in de periode zijn ingediend en die een verbeterproject uitvoert."),
    "outcome.became_projects.detail": "van {whole} ideeën",
    "outcome.open_share": "Open gegevens",
    "outcome.open_share.how": (
        "Van alle gegevens het deel dat iedereen kan lezen; klantvertrouwelijke gegevens "
        "blijven binnen hun team."),
    "chart.table": "Toon als tabel",
    "chart.month": "Maand",
    "chart.part": "Onderdeel",
    "chart.empty": "Nog geen cijfers.",
    "chart.description": (
        "Hoogste: {highest} ({highest_value}). Laatste: {latest} ({latest_value})."),
    "chart.taking_part.parts": "Deel van de mensen dat meedoet, per onderdeel",
    "chart.taking_part.parts.value": "Deel van de mensen",
    "chart.taking_part.trend": "Deel van de mensen dat meedoet, per maand",
    "chart.taking_part.trend.value": "Deel van de mensen",
    "chart.trust_scan.parts": "Positieve antwoorden in de laatste vertrouwensscan, per fundament",
    "chart.trust_scan.parts.value": "Deel positief",
    "chart.trust_scan.trend": "Positieve antwoorden per scanronde, naar de maand waarin ze begon",
    "chart.trust_scan.trend.value": "Deel positief",
    "chart.team_months.trend": "Teams met een verbeterproject, per maand",
    "chart.team_months.trend.value": "Deel van de teams",
    "chart.savings.trend": "Gerealiseerde besparing per projectmaand",
    "chart.savings.trend.value": "Besparing",
    "chart.ideas_per_person.trend": "Ingediende ideeën per maand",
    "chart.ideas_per_person.trend.value": "Ideeën",
}

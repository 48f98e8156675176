"""Nederlandse teksten van de vertrouwensscan: de vragenlijst (onze eigen woorden bij de
fundamenten van vertrouwen uit het artikel), de soorten, de stembus, de seminarmodus en de
uitkomsten. Dezelfde sleutels als ``en_scan.py``."""

MESSAGES: dict[str, str] = {
    # De thema's: de fundamenten van vertrouwen
    "scan.theme.goals": "Heldere doelen",
    "scan.theme.tools": "Goede middelen en instructies",
    "scan.theme.whole_work": "Hele taken",
    "scan.theme.openness": "Openheid",
    "scan.theme.own_work": "Ruimte om je eigen werk te organiseren",
    "scan.theme.few_rules": "Weinig en zinvolle regels",
    "scan.theme.safety": "Vrijwilligheid en veiligheid",
    "scan.theme.thinking_along": "Bereidheid om mee te denken",
    "scan.theme.employment": "Een arbeidsrelatie die klopt",
    # De stellingen
    "scan.statement.goals.1": "Ik weet wat onze organisatie dit jaar wil bereiken.",
    "scan.statement.goals.2": "Ik kan uitleggen hoe mijn eigen werk bijdraagt aan die doelen.",
    "scan.statement.goals.3": "Ons team heeft zo weinig doelen dat ik ze kan onthouden.",
    "scan.statement.goals.4": "Als doelen veranderen, hoor ik waarom.",
    "scan.statement.tools.1": "Ik heb de middelen en materialen om mijn werk goed te doen.",
    "scan.statement.tools.2": (
        "Instructies zijn duidelijk en makkelijk te vinden als ik ze nodig heb."
    ),
    "scan.statement.tools.3": "Als gereedschap niet werkt, wordt het snel gemaakt of vervangen.",
    "scan.statement.whole_work.1": "Ik zie het resultaat van mijn werk van begin tot eind.",
    "scan.statement.whole_work.2": "Ik ken de klanten of collega's die van mijn werk afhangen.",
    "scan.statement.whole_work.3": "Mijn werk is afwisselend, niet steeds hetzelfde kleine stukje.",
    "scan.statement.openness.1": (
        "Ik vind de informatie die ik nodig heb zonder toestemming te vragen."
    ),
    "scan.statement.openness.2": "Cijfers over hoe het met ons gaat worden met iedereen gedeeld.",
    "scan.statement.openness.3": "Besluiten worden uitgelegd, ook de argumenten ertegen.",
    "scan.statement.openness.4": "Ik kan zeggen wat ik denk, ook tegen mensen boven mij.",
    "scan.statement.own_work.1": "Binnen onze doelen bepaal ik zelf hoe ik mijn werk doe.",
    "scan.statement.own_work.2": "Ons team plant zelf zijn werk en roosters.",
    "scan.statement.own_work.3": (
        "Ik kan een betere werkwijze uitproberen zonder lange goedkeuring."
    ),
    "scan.statement.few_rules.1": "De regels die ik moet volgen vind ik zinvol.",
    "scan.statement.few_rules.2": "Een regel die niet meer helpt, kan ter discussie en verdwijnen.",
    "scan.statement.few_rules.3": (
        "Ik besteed weinig tijd aan controles en formulieren die niets toevoegen."
    ),
    "scan.statement.safety.1": "Ik doe mee aan verbeterwerk omdat ik het wil, niet omdat het moet.",
    "scan.statement.safety.2": "Van een fout wordt geleerd; er wordt niemand op afgerekend.",
    "scan.statement.safety.3": "Ik durf een probleem of een slecht idee aan te kaarten.",
    "scan.statement.safety.4": "Nee zeggen tegen een extra taak wordt mij niet kwalijk genomen.",
    "scan.statement.thinking_along.1": "Mijn ideeën voor verbetering worden serieus genomen.",
    "scan.statement.thinking_along.2": "Ik denk graag mee over problemen buiten mijn eigen taak.",
    "scan.statement.thinking_along.3": "Ik hoor wat er met mijn ingediende ideeën is gebeurd.",
    "scan.statement.employment.1": "Mijn loon is eerlijk voor het werk dat ik doe.",
    "scan.statement.employment.2": "Mijn contract en werktijden passen bij mijn leven.",
    "scan.statement.employment.3": "Ik kan hier groeien in vaardigheden en verantwoordelijkheid.",
    "scan.open_question": "Wat zou het vertrouwen in je werk het meest vergroten? (niet verplicht)",
    "scan.scale.1": "helemaal oneens",
    "scan.scale.2": "oneens",
    "scan.scale.3": "neutraal",
    "scan.scale.4": "eens",
    "scan.scale.5": "helemaal eens",
    # De soorten en hun velden
    "field.scan_round.facilitator": "Begeleider",
    "field.scan_round.threshold": "Kleinste groep die getoond wordt (minstens 3)",
    "kind.scan_statement": "eigen stellingen",
    "kind.one.scan_statement": "eigen stelling",
    "kind.list.scan_statement": "Onze eigen stellingen",
    "kind.add.scan_statement": "Stelling toevoegen",
    "kind.new.scan_statement": "Nieuwe stelling",
    "kind.none.scan_statement": (
        "Nog geen eigen stellingen: de ingebouwde vragenlijst wordt gesteld."
    ),
    "field.scan_statement.text": "Stelling",
    "field.scan_statement.theme": "Thema",
    "choice.scan_statement.theme.goals": "heldere doelen",
    "choice.scan_statement.theme.tools": "goede middelen en instructies",
    "choice.scan_statement.theme.whole_work": "hele taken",
    "choice.scan_statement.theme.openness": "openheid",
    "choice.scan_statement.theme.own_work": "ruimte om je eigen werk te organiseren",
    "choice.scan_statement.theme.few_rules": "weinig en zinvolle regels",
    "choice.scan_statement.theme.safety": "vrijwilligheid en veiligheid",
    "choice.scan_statement.theme.thinking_along": "bereidheid om mee te denken",
    "choice.scan_statement.theme.employment": "een arbeidsrelatie die klopt",
    "kind.scan_ballot": "stembiljetten",
    "kind.one.scan_ballot": "stembiljet",
    "kind.list.scan_ballot": "Stembiljetten",
    "kind.add.scan_ballot": "Invullen",
    "kind.new.scan_ballot": "Nieuw stembiljet",
    "kind.none.scan_ballot": "Nog geen stembiljetten.",
    "field.scan_ballot.round": "Ronde",
    "kind.scan_result": "uitkomsten",
    "kind.one.scan_result": "uitkomst",
    "kind.list.scan_result": "Uitkomsten",
    "kind.add.scan_result": "Uitkomst toevoegen",
    "kind.new.scan_result": "Nieuwe uitkomst",
    "kind.none.scan_result": "Nog geen uitkomsten.",
    "field.scan_result.round": "Ronde",
    "field.scan_result.respondents": "Respondenten",
    # De stembus, de seminarmodus en de uitkomsten
    "scan.passphrase": "Wachtwoordzin van de ronde",
    "scan.repeat_passphrase": "Wachtwoordzin van de ronde nogmaals",
    "scan.box_title": "Stembus",
    "scan.box_hint": (
        "De antwoorden worden in deze browser verzegeld voor de stembus van de ronde; "
        "alleen deze wachtwoordzin opent hem, als je de ronde afsluit. Niemand anders kan"
        " één stembiljet lezen, ook niet met elke versie van het bestand. Bewaar de "
        "wachtwoordzin: zonder kan de ronde niet worden afgesloten."
    ),
    "scan.ballot_hint": (
        "Beantwoord zoveel stellingen als je wilt: 1 is helemaal oneens, 5 helemaal eens."
    ),
    "scan.your_group": "Je team (niet verplicht)",
    "scan.group_hint": (
        "Uitkomsten per team verschijnen alleen voor teams met minstens {threshold} "
        "antwoorden, en alleen als ze niet uit andere groepen af te leiden zijn."
    ),
    "scan.open_hint": (
        "Geschreven antwoorden worden door elkaar getoond, alleen voor groepen die groot "
        "genoeg zijn. Je eigen woorden kunnen herkenbaar zijn: laat namen en details weg."
    ),
    "scan.submit": "Mijn antwoorden inleveren",
    "scan.group_everyone": "Iedereen",
    "scan.respondents": "{count} respondenten",
    "scan.respondents_short": "Respondenten",
    "scan.weakest_strongest": "Zwakste thema: {weakest}. Sterkste thema: {strongest}.",
    "scan.theme": "Thema",
    "scan.average": "Gemiddelde (1–5)",
    "scan.positive": "Positief (4–5)",
    "scan.distribution": "Antwoorden 1 tot 5",
    "scan.open_answers": "Geschreven antwoorden ({count}, door elkaar)",
    "scan.round_title": "Deze ronde",
    "scan.ballots": "{count} verzegelde stembiljetten in het bestand",
    "scan.threshold_is": "groepen worden getoond vanaf {threshold} respondenten",
    "scan.closed": "Deze ronde is afgesloten: alleen de uitkomsten zijn bewaard.",
    "scan.no_box": (
        "Deze ronde heeft geen stembus (hij is zonder toegevoegd): hij neemt geen "
        "antwoorden aan."
    ),
    "scan.answered_here": "Deze browser heeft deze ronde ingevuld.",
    "scan.answer": "Invullen",
    "scan.seminar": "Seminarmodus",
    "scan.screen": "Uitkomstenscherm",
    "scan.open_box": "Stembus openen",
    "scan.close": "Ronde afsluiten en uitkomsten bewaren",
    "scan.close_hint": (
        "Afsluiten opent de stembiljetten alleen in deze pagina en bewaart per groep hoe "
        "vaak elk antwoord gegeven is, nooit een stembiljet; een groep met minder dan "
        "{threshold} respondenten, of een die uit twee andere af te leiden is, wordt "
        "helemaal niet bewaard. Een afgesloten ronde neemt geen antwoorden meer aan."
    ),
    "scan.results": "Uitkomsten",
    "scan.live_results": "Uitkomsten tot nu toe",
    "scan.live_counted": (
        "{counted} stembiljetten geteld; {waiting} wachten tot het er {threshold} zijn, "
        "zodat geen enkel antwoord opvalt."
    ),
    "scan.no_results": "Nog geen groep heeft {threshold} respondenten.",
    "scan.not_open": "Deze ronde neemt geen antwoorden aan.",
    "scan.already_answered": (
        "Deze browser heeft al antwoorden ingeleverd voor deze ronde. Dank je! Vult "
        "iemand anders in op dit apparaat, gebruik dan de seminarmodus."
    ),
    "scan.anonymous_promise": (
        "Je antwoorden worden in deze browser verzegeld voordat er iets bewaard wordt: "
        "het bestand bevat ze alleen op slot, zonder je naam of het tijdstip."
    ),
    "scan.seminar_count": "{count} stembiljetten tot nu toe.",
    "scan.screen_count": "{count} stembiljetten",
    "scan.screen_hint": (
        "De begeleider opent hier de stembus om de uitkomsten te tonen terwijl ze "
        "binnenkomen."
    ),
    "scan.back_to_round": "Terug naar de ronde",
    "scan.latest": (
        "Laatste vertrouwensscan: {name}, {respondents} respondenten, gemiddeld "
        "{average}, {positive}% positief."
    ),
    "scan.no_closed_round": (
        "Nog geen ronde afgesloten: de uitkomsten verschijnen hier zodra een ronde is "
        "afgesloten."
    ),
    "scan.trend": "Verloop over de rondes (iedereen)",
    "scan.round": "Ronde",
    "scan.threshold_too_low": (
        "Een groep moet minstens {minimum} respondenten hebben voordat hij getoond wordt."
    ),
    "scan.bad_answer": "Kies een antwoord van 1 tot 5.",
    "scan.nothing_answered": "Beantwoord minstens één stelling.",
    "scan.damaged_ballot": "Een stembiljet kon niet gelezen worden: het is beschadigd.",
    "scan.wrong_passphrase": "Die wachtwoordzin opent de stembus van deze ronde niet.",
    "scan.round_closed": "Deze ronde is afgesloten en neemt geen antwoorden meer aan.",
    "scan.handed_in": "Dank je: je antwoorden zitten verzegeld in de stembus.",
    "scan.next_person": "Dank je: je antwoorden zijn verzegeld. De volgende kan nu invullen.",
    "scan.box_opened": (
        "De stembus is open in deze pagina. Sluit je de pagina, dan gaat hij weer op "
        "slot."
    ),
    "scan.round_closed_done": (
        "De ronde is afgesloten: uitkomsten van {groups} groepen bewaard uit {count} "
        "stembiljetten."
    ),
    "scan.unreadable_ballots": (
        "{count} stembiljetten konden niet geopend worden en zijn niet meegeteld."
    ),
}

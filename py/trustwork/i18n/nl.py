"""Dutch messages (the default language). Keys match ``en.py`` exactly."""

MESSAGES: dict[str, str] = {
    "app.name": "Trustwork",
    "app.tagline": "Managen op basis van vertrouwen",
    "app.version": "versie {version}",
    "boot.loading": "Trustwork wordt gestart…",
    "boot.offline": "Alles draait in dit ene bestand, zonder internet.",
    "boot.stage.runtime": "Runtime laden",
    "boot.stage.python": "Python starten",
    "boot.stage.app": "App laden",
    "boot.stage.data": "Gegevens openen",
    "boot.error.title": "Trustwork kon niet starten",
    "boot.error.stage": "Mislukt bij:",
    "boot.error.browser": "Browser:",
    "boot.error.hint": (
        "Gebruik een recente versie van Chrome, Edge of Firefox en open het bestand opnieuw. "
        "Lukt het dan nog niet, stuur deze melding naar wie het bestand beheert."
    ),
    "boot.noscript": (
        "Trustwork heeft JavaScript nodig. Zet JavaScript aan en open het bestand opnieuw."
    ),
    "nav.label": "Onderdelen",
    "nav.dashboard": "Dashboard",
    "nav.people": "Teams & mensen",
    "nav.improvement": "Verbeteren",
    "nav.ideas": "Ideeën",
    "nav.pilots": "Proeftuinen",
    "nav.decisions": "Besluiten & regels",
    "nav.scan": "Vertrouwensscan",
    "language.label": "Taal",
    "language.nl": "Nederlands",
    "language.en": "English",
    "empty.title": "Hier staat nog niets",
    "empty.no_file": (
        "Er is nog geen organisatie geopend. Zodra je het gegevensbestand van je organisatie "
        "opent, verschijnt hier wat erin staat."
    ),
    "area.dashboard.intro": (
        "Het dashboard laat zien wat vertrouwen oplevert: betrokkenheid en tevredenheid, "
        "operationele effectiviteit en doorlopende creativiteit."
    ),
    "area.people.intro": (
        "Een open overzicht van mensen, teams en rollen, dat de mensen zelf bijhouden. "
        "Alles is voor iedereen zichtbaar, behalve klantvertrouwelijke gegevens: "
        "die blijven binnen het team."
    ),
    "area.improvement.intro": (
        "Elk team draait elke maand een verbeterproject, gericht op productiviteit, veiligheid, "
        "ergonomie of kosten, met een meetbaar resultaat."
    ),
    "area.ideas.intro": (
        "Ideeënrondes met een open, uitgelegde selectie: van ingediend naar bruikbaar naar "
        "uitgevoerd, en van een bruikbaar idee naar het project dat het uitvoert."
    ),
    "area.pilots.intro": (
        "Proeftuinen die iedereen kan volgen en bewerken, met volledige geschiedenis en reacties. "
        "Meedoen is vrijwillig: wie zich gedwongen voelt, hoeft niet mee te doen."
    ),
    "area.decisions.intro": (
        "Besluiten van het maandelijkse operationele overleg, visie en missie met hun "
        "kwartaalherzieningen, en een kort regelregister waarin elke regel zijn doel noemt."
    ),
    "area.scan.intro": (
        "Een vertrouwensscan die een zaal vol mensen anoniem invult; uitkomsten per thema "
        "verschijnen pas als genoeg mensen hebben geantwoord."
    ),
    "data.error.unreadable": (
        "Dit bestand kan niet worden gelezen (bij {where}). Het is niet veranderd."
    ),
    "data.error.not_json": (
        "Dit is geen leesbaar JSON-bestand: het loopt mis bij {where}. Misschien is het "
        "afgebroken of met de hand bewerkt. Het bestand is niet veranderd."
    ),
    "data.error.too_large": (
        "Dit bestand is te groot om te openen ({size} bytes; de grens is {limit} bytes). "
        "Het bestand is niet veranderd."
    ),
    "data.error.too_deep": (
        "Dit bestand is dieper genest dan een Trustwork-bestand ooit is (bij {where}). "
        "Het bestand is niet veranderd."
    ),
    "data.error.not_trustwork": (
        "Dit is geen Trustwork-organisatiebestand: het veld “format” ontbreekt of klopt niet."
    ),
    "data.error.wrong_type": (
        "Bij {where} staat een waarde van de verkeerde soort (verwacht: {expected}). "
        "Het bestand is niet veranderd."
    ),
    "data.error.missing": (
        "Bij {where} ontbreekt een verplichte waarde. Het bestand is niet veranderd."
    ),
    "data.error.duplicate_id": (
        "De id “{id}” komt twee keer voor: bij {first} en bij {where}. "
        "Het bestand is niet veranderd."
    ),
    "data.error.newer_version": (
        "Dit bestand is gemaakt met een nieuwere Trustwork (formaatversie {version}) en deze "
        "versie kan het niet lezen. Open het met de nieuwere Trustwork."
    ),
    "data.error.older_version": "Formaatversie {version} is ouder dan deze Trustwork kan lezen.",
    "data.read_only": (
        "Dit bestand is gemaakt met een nieuwere Trustwork (formaatversie {version}). Je kunt "
        "het bekijken, maar deze versie slaat er niets in op."
    ),
    "data.type.text": "tekst",
    "data.type.list": "lijst",
    "data.type.object": "object",
    "data.type.timestamp": "tijdstip zoals 2026-11-29T17:00:00Z",
    "data.type.whole_number": "geheel getal",
    "data.type.kind": "soortnaam in kleine letters",
    "data.type.list_of_texts": "lijst van teksten",
    "demo.open": "Open de demo-organisatie",
    "demo.badge": "demo",
    "demo.notice": (
        "Dit is de demo-organisatie, om rond te kijken. Ze staat alleen in dit venster: "
        "niets ervan wordt opgeslagen."
    ),
    "overview.counts": "Wat er vastgelegd is",
    "overview.coming": "De schermen om dit onderdeel te bekijken en te bewerken komen nog.",
    "overview.conflicts": "Er staan {count} tegenstrijdige wijzigingen klaar om te bekijken.",
    "overview.recent": "Recente wijzigingen",
    "overview.when": "Wanneer",
    "overview.who": "Wie",
    "overview.what": "Wat",
    "action.create": "aangemaakt",
    "action.update": "gewijzigd",
    "action.delete": "verwijderd",
    "action.restore": "teruggezet",
    "action.resolve": "tegenstrijdigheid opgelost",
    "kind.organisation": "organisatie",
    "kind.person": "mensen",
    "kind.team": "teams",
    "kind.role": "rollen",
    "kind.value": "waarden",
    "kind.improvement_project": "verbeterprojecten",
    "kind.idea_campaign": "ideeënrondes",
    "kind.idea": "ideeën",
    "kind.pilot": "proeftuinen",
    "kind.pilot_revision": "versies van proeftuinpagina's",
    "kind.decision": "besluiten",
    "kind.rule": "regels",
    "kind.scan": "vertrouwensscans",
    "kind.scan_answer": "antwoorden op scans",
}

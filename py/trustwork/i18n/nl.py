"""Dutch messages (the default language). Keys match ``en.py`` exactly."""

MESSAGES: dict[str, str] = {
    "app.name": "Trustwork",
    "app.tagline": "Managen op basis van vertrouwen",
    "app.version": "versie {version}",
    "app.failure": (
        "Er ging iets mis wat Trustwork niet verwachtte. De details staan in de console van "
        "de browser (F12); geef ze door aan wie Trustwork bij jullie beheert."
    ),
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
    "data.error.number": (
        "Bij {where} staat een getal dat Trustwork niet precies kan bewaren ({number}). Een "
        "geheel getal mag tot 9007199254740991 gaan, andere getallen moeten eindig zijn; NaN "
        "en Infinity horen niet in JSON. Het bestand is niet veranderd."
    ),
    "data.error.duplicate_key": (
        "Bij {where} noemt één object hetzelfde veld twee keer, dus het is onduidelijk welke "
        "waarde geldt. Het bestand is niet veranderd."
    ),
    "data.error.broken_text": (
        "Bij {where} staat in een tekst een half teken (een losse surrogaat), en dat kan niet "
        "als UTF-8 worden opgeslagen. Het bestand is niet veranderd."
    ),
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
    "demo.badge": "demo",
    "demo.menu": "Demo's",
    "demo.choose": "Kies een demo-organisatie",
    "demo.choose_intro": (
        "Drie verzonnen organisaties, elk met een jaar geschiedenis en een eigen verhaal. Een "
        "demo staat alleen in dit venster: je eigen bestand blijft zoals het is."
    ),
    "demo.story.distribution.name": "Distributiecentrum: Kaizen-teams en een ideeënronde",
    "demo.story.distribution.line": (
        "Tien teams verbeteren elke maand iets meetbaars; in de besparingsronde kwamen 168 "
        "ideeën binnen, waarvan 40 bruikbaar."
    ),
    "demo.story.distribution.notice": (
        "Dit is het distributiecentrum, waar vertrouwen blijkt uit doen. Kijk naar het raster "
        "van verbeterprojecten (bijna vol, met gemeten besparingen), naar de besparingsronde "
        "(168 ideeën, 40 bruikbaar, elk met een reden) en naar de vertrouwensscan: sommige "
        "teams zijn te klein om hun uitslag te tonen."
    ),
    "demo.story.network.name": "Netwerkorganisatie: alles open, behalve klantgeheimen",
    "demo.story.network.line": (
        "Zo'n 170 professionals in teams die ze zelf vormen, elke maand een besluitronde, vier "
        "versies van de visie en een kort regelregister."
    ),
    "demo.story.network.notice": (
        "Dit is de netwerkorganisatie: hoe harder je controleert, hoe meer weerstand je "
        "oproept. Alles is open, behalve één klantdossier van Team Zorgfinanciën. Kijk ook naar "
        "de besluitronden, de vier versies van de visie en het regelregister onder zijn budget."
    ),
    "demo.story.engineering.name": "Ingenieursbureau: proeftuinen voor arbeidsvoorwaarden",
    "demo.story.engineering.line": (
        "De medewerkers zijn eigenaar en proberen beoordelen, belonen, loopbaan en groene "
        "voorwaarden eerst uit in proeftuinen."
    ),
    "demo.story.engineering.notice": (
        "Dit is het ingenieursbureau in handen van zijn medewerkers: eerst proberen, met wie "
        "wil. Kijk naar de proeftuinen: hun pagina's met geschiedenis (één pagina is "
        "gesplitst), reacties van wie meedoet en wie niet, en de evaluatie die de proeftuin "
        "beoordelen afsloot."
    ),
    "demo.story.generated.name": "Gegenereerde organisatie",
    "demo.story.generated.line": "Willekeurige gegevens, om dingen uit te proberen.",
    "demo.passphrase": "Wachtzin van het vertrouwelijke klantdossier:",
    "demo.to_secret": "Naar het dossier",
    "demo.notice": (
        "Dit is de demo-organisatie, om rond te kijken. Ze staat alleen in dit venster: "
        "niets ervan wordt opgeslagen."
    ),
    "overview.counts": "Wat er vastgelegd is",
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
    "file.open": "Bestand openen…",
    "file.new": "Nieuwe organisatie…",
    "file.reopen": "{name} weer openen",
    "file.save": "Opslaan",
    "file.download": "Opslaan als download",
    "file.status.new": "nog niet opgeslagen",
    "file.status.saved": "opgeslagen",
    "file.status.unsaved": "{count} wijziging(en) niet opgeslagen",
    "file.status.saving": "bezig met opslaan…",
    "file.status.merged": "opgeslagen, samen met wijzigingen van anderen",
    "file.status.conflict": "opgeslagen, met tegenstrijdige wijzigingen",
    "file.status.failed": "niet opgeslagen",
    "file.status.read_only": "alleen lezen",
    "file.not_saved": (
        "Niet opgeslagen: {detail} Je wijzigingen staan nog in dit venster en in de browser; "
        "probeer het opnieuw."
    ),
    "copy.merge": "Kopie samenvoegen…",
    "copy.merged": (
        "{name} samengevoegd: {changes} wijziging(en) door {people}, {conflicts} tegenstrijdig."
    ),
    "copy.nothing_new": "{name} bevatte niets nieuws: het open bestand had alles al.",
    "copy.and": "en",
    "copy.nobody": "niemand",
    "copy.other_organisation": (
        "{name} is een kopie van een andere organisatie ({organisation}); die wordt niet "
        "samengevoegd."
    ),
    "copy.folder": "Map toestaan…",
    "copy.folder_explained": (
        "Sta de map van dit bestand één keer toe: dan ziet de pagina de conflicterende "
        "kopieën die een synchronisatiedienst ernaast zet, en biedt aan ze samen te voegen."
    ),
    "copy.folder_again": "Map opnieuw toestaan",
    "copy.folder_again_explained": (
        "Je stond de map van dit bestand bij een eerder bezoek toe; de browser vraagt het nog "
        "één keer voordat de pagina daar naar conflicterende kopieën kijkt."
    ),
    "copy.folder_not_again": (
        "De browser stond de map niet opnieuw toe; kies “Map toestaan…” om hem te kiezen."
    ),
    "copy.folder_lacks_file": "Die map bevat {name} niet; kies de map waar het bestand in staat.",
    "copy.found": "Conflicterende kopieën naast {name} ({count}): {names}",
    "copy.merge_found": "Samenvoegen en opzij zetten",
    "copy.none_found": "Geen conflicterende kopieën naast {name}.",
    "copy.set_aside": "Opzij gezet als: {names}",
    "copy.not_set_aside": (
        "{name} is samengevoegd, maar kon niet worden hernoemd; laat het staan of hernoem "
        "het zelf (nog eens samenvoegen verandert niets)."
    ),
    "file.download_routine": (
        "Veilig werken in deze browser: open het gedeelde bestand, werk, en kies “Opslaan als "
        "download”. Zet die download niet in de plaats van het gedeelde bestand: open het "
        "gedeelde bestand opnieuw (dan heb je wat anderen intussen opsloegen), kies “Kopie "
        "samenvoegen…” en kies je download, sla op, en zet die nieuwe download meteen op "
        "de plaats van het gedeelde bestand."
    ),
    "file.download_explained": (
        "Deze browser kan niet rechtstreeks in het bestand opslaan. “Opslaan als download” "
        "geeft je een nieuwe kopie: voeg die samen met het gedeelde bestand in plaats van het "
        "te vervangen (zie hieronder)."
    ),
    "file.others_saved": "Iemand anders heeft dit bestand intussen opgeslagen.",
    "file.take_in": "Hun wijzigingen overnemen",
    "file.merge_report": (
        "{records} onderdelen kregen wijzigingen van anderen; {conflicts} tegenstrijdig."
    ),
    "file.new_name": "Hoe heet de organisatie?",
    "file.not_same": "Dat was een ander bestand dan {name}; dat andere bestand is nu open.",
    "file.write_check_failed": "wat er nu in het bestand staat, is niet wat er geschreven werd.",
    "journal.offer": (
        "Er zijn {count} wijziging(en) van een vorige keer die niet zijn opgeslagen "
        "(het venster werd gesloten of liep vast)."
    ),
    "journal.restore": "Terugzetten",
    "journal.discard": "Weggooien",
    "organisation.title": "De organisatie",
    "organisation.name": "Naam",
    "organisation.mission": "Missie",
    "organisation.apply": "Wijziging vastleggen",
    "conflicts.title": "Tegenstrijdige wijzigingen ({count})",
    "conflicts.explained": (
        "Twee mensen veranderden hetzelfde tegelijk. De laatste wijziging staat er nu; "
        "de andere is bewaard. Kies welke blijft."
    ),
    "conflicts.kept": "Staat er nu, van {who}:",
    "conflicts.other": "Bewaard, van {who}:",
    "conflicts.keep": "Zo laten",
    "conflicts.take_other": "De andere nemen",
    "file.leave_unsaved": (
        "{name} heeft {count} wijziging(en) die nog niet zijn opgeslagen. Ze blijven in deze "
        "browser bewaard en worden aangeboden als je het bestand weer opent. Toch verdergaan?"
    ),
    "journal.not_applicable": "Dat kan niet meer: iemand anders heeft het intussen veranderd.",
    "journal.skipped": (
        "{count} wijziging(en) van de vorige keer konden niet meer worden toegepast: "
        "het onderdeel was intussen door iemand anders verwijderd of opgelost."
    ),
    "file.busy": "het bestand werd steeds opnieuw door anderen opgeslagen; probeer het zo weer.",
    "file.status.downloaded": "gedownload: breng het in het gedeelde bestand zoals hieronder",
    "file.read_only_edit": (
        "Dit bestand is alleen te lezen (het komt van een nieuwere Trustwork): de wijziging is "
        "niet vastgelegd."
    ),
    "kind.team_record": "teamdossiers",
    "kind.one.person": "persoon",
    "kind.one.team": "team",
    "kind.one.role": "rol",
    "kind.one.value": "waarde",
    "kind.one.team_record": "teamdossier",
    "nav.changes": "Recente wijzigingen",
    "area.changes.intro": (
        "Alles wat iemand veranderde, nieuwste eerst. Niets gebeurt buiten het zicht."
    ),
    "me.label": "Jij:",
    "me.who": "Wie ben jij?",
    "me.prompt": "Wie ben jij? Kies jezelf één keer: je wijzigingen dragen dan je naam.",
    "me.pick_link": "Kies jezelf",
    "me.title": "Wie ben jij?",
    "me.explained": (
        "Trustwork kent geen wachtwoorden: iedereen vertrouwt iedereen, en de geschiedenis "
        "laat zien wie wat deed. Kies jezelf, of voeg jezelf toe als je nog niet in de lijst "
        "staat. Deze computer onthoudt het voor deze organisatie."
    ),
    "me.now": "Deze computer werkt nu als {name}.",
    "me.pick": "Ik ben",
    "me.this_is_me": "Dat ben ik",
    "me.add": "Sta je er niet bij? Voeg jezelf toe",
    "me.add_button": "Voeg mij toe",
    "me.chosen": "Welkom, {name}. Je wijzigingen dragen nu je naam.",
    "kind.list.person": "Mensen",
    "kind.list.team": "Teams",
    "kind.list.role": "Rollen",
    "kind.list.value": "Waarden",
    "kind.list.team_record": "Teamdossiers",
    "kind.add.person": "Persoon toevoegen",
    "kind.add.team": "Team toevoegen",
    "kind.add.role": "Rol toevoegen",
    "kind.add.value": "Waarde toevoegen",
    "kind.add.team_record": "Teamdossier toevoegen",
    "kind.new.person": "Nieuwe persoon",
    "kind.new.team": "Nieuw team",
    "kind.new.role": "Nieuwe rol",
    "kind.new.value": "Nieuwe waarde",
    "kind.new.team_record": "Nieuw teamdossier",
    "kind.none.person": "Nog geen mensen. Iedereen kan mensen toevoegen, ook zichzelf.",
    "kind.none.team": "Nog geen teams. Teams vormen zichzelf: voeg het jouwe toe.",
    "kind.none.role": "Nog geen rollen.",
    "kind.none.value": "Nog geen waarden opgeschreven.",
    "kind.none.team_record": (
        "Nog geen teamdossiers: notities over een klant, een contract, cijfers."
    ),
    "register.missing": "Dit gegeven bestaat niet (meer) in deze organisatie.",
    "register.one_per_line": "Eén per regel.",
    "register.nobody": "Niemand",
    "register.organisation_wide": "Hele organisatie",
    "register.no_people_yet": "Nog geen mensen in het register.",
    "register.create": "Toevoegen",
    "register.apply": "Wijzigingen toepassen",
    "register.holdings": "Teams en rollen",
    "register.no_holdings": "Nog in geen team en zonder rol.",
    "register.holders": "Wie deze rol vervulde",
    "register.delete": "Verwijderen",
    "register.delete_confirm": "“{name}” verwijderen? Het blijft in de geschiedenis.",
    "register.created": "Toegevoegd: {name}.",
    "register.applied": "Wijzigingen toegepast.",
    "register.nothing_changed": "Er is niets veranderd.",
    "register.deleted": "Verwijderd: {name}. Het blijft in de geschiedenis.",
    "field.organisation.name": "Naam",
    "field.organisation.mission": "Missie",
    "field.person.name": "Naam",
    "field.person.does": "Wat hij of zij doet",
    "field.person.contact": "Contact",
    "field.team.name": "Naam",
    "field.team.purpose": "Doel",
    "field.team.members": "Leden",
    "field.team.clients": "Klanten",
    "field.team.meets": "Hoe en wanneer het team samenkomt",
    "field.team.training": "Opleiding die het team koos",
    "field.team.lock": "Wachtzin",
    "field.role.name": "Rol",
    "field.role.team": "Team",
    "field.role.purpose": "Doel",
    "field.role.accountable_for": "Verantwoordelijk voor",
    "field.role.holder": "Vervuld door",
    "field.role.term_ends": "Termijn loopt tot",
    "field.value.name": "Waarde",
    "field.value.description": "Wat ze betekent",
    "field.team_record.title": "Titel",
    "field.team_record.team": "Team",
    "field.team_record.client": "Klant",
    "field.team_record.body": "Notities, contractafspraken, cijfers",
    "field.team_record.confidential": "Vertrouwelijk",
    "field.team_record.show_title": "Titel zichtbaar",
    "form.error.required": "Vul dit in.",
    "form.error.too_long": "Te lang: hooguit {limit} tekens.",
    "form.error.date": "Geen datum. Schrijf jaar-maand-dag, bijvoorbeeld 2027-03-31.",
    "form.error.unknown_record": "Die staat niet (meer) in het register.",
    "secret.title": "Vertrouwelijk voor de klant",
    "secret.mark": "Vertrouwelijk: alleen het team kan het lezen",
    "secret.show_title": "Iedereen mag de titel zien",
    "secret.mark_hint": (
        "Een vertrouwelijk dossier staat versleuteld in het bestand, met de wachtzin van het "
        "team. Anderen zien alleen dat het bestaat, van welk team het is, en de titel als je "
        "dat toestaat. Dit kies je één keer, bij het toevoegen."
    ),
    "secret.badge": "vertrouwelijk",
    "secret.untitled": "Vertrouwelijk dossier",
    "secret.locked": (
        "Dit dossier is vertrouwelijk voor {team}. Vul de wachtzin van het team in om het te "
        "lezen."
    ),
    "secret.passphrase": "Wachtzin van het team",
    "secret.unlock": "Ontgrendelen",
    "secret.unlocked": "Ontgrendeld in deze pagina. Sluit je de pagina, dan is het weer op slot.",
    "secret.sealed_hint": (
        "Wordt versleuteld met de wachtzin van het team zodra je de wijzigingen toepast."
    ),
    "secret.team_title": "Teamdossiers",
    "secret.team_explained": (
        "Alles is open voor iedereen, behalve wat een klant aan het team toevertrouwt. "
        "Vertrouwelijke teamdossiers worden versleuteld met de wachtzin van het team; deel die "
        "alleen binnen het team."
    ),
    "secret.current_passphrase": "Huidige wachtzin",
    "secret.new_passphrase": "Nieuwe wachtzin",
    "secret.repeat_passphrase": "Nieuwe wachtzin nog eens",
    "secret.passphrase_hint": (
        "Minstens 10 tekens. Niemand kan een vergeten wachtzin terughalen: zonder wachtzin kan "
        "niemand de vertrouwelijke dossiers van het team nog lezen."
    ),
    "secret.set_title": "Stel een wachtzin in voor vertrouwelijke dossiers",
    "secret.change_title": "Wachtzin wijzigen",
    "secret.set": "Wachtzin instellen",
    "secret.change": "Wachtzin wijzigen",
    "secret.changed": (
        "De wachtzin is gewijzigd; {count} vertrouwelijke dossiers zijn opnieuw versleuteld."
    ),
    "secret.set_done": "Het team heeft nu een wachtzin voor vertrouwelijke dossiers.",
    "secret.cannot_unlock": (
        "Kan niet ontgrendelen: de wachtzin klopt niet, of het dossier is buiten Trustwork "
        "veranderd."
    ),
    "secret.damaged": "Kan niet ontgrendelen: de versleutelde gegevens zijn beschadigd.",
    "secret.no_passphrase": (
        "Kan niet ontgrendelen: het team heeft geen wachtzin. Stel die eerst in op de pagina "
        "van het team."
    ),
    "secret.other_key": (
        "Kan niet ontgrendelen: dit dossier is versleuteld met een eerdere wachtzin van het "
        "team."
    ),
    "secret.needs_unlock": (
        "Ontgrendel eerst het team (op de pagina van het team): een vertrouwelijk dossier "
        "wordt met die sleutel versleuteld."
    ),
    "secret.too_short": "Te kort: minstens {minimum} tekens.",
    "secret.not_repeated": "De twee wachtzinnen verschillen.",
    "history.title": "Geschiedenis",
    "history.show_version": "Versie {number} volledig",
    "history.empty": "(leeg)",
    "history.sealed_changed": "De versleutelde inhoud is veranderd.",
    "history.values_unknown": "Deze oudere wijziging bewaarde haar waarden niet.",
    "changes.fields": "Velden",
    "changes.none": "Nog geen wijzigingen.",
    "changes.all": "Alle recente wijzigingen",
    "openness.share": (
        "{percent}% van wat is vastgelegd is open voor iedereen: {open} van {total} gegevens. "
        "{confidential} zijn vertrouwelijk voor een klant en blijven binnen hun team."
    ),
    "reminders.title": "Termijnen die aflopen",
    "reminders.ends": "termijn loopt af op {date} (over {days} dagen)",
    "reminders.ended": "termijn liep af op {date} ({days} dagen geleden)",
    "openness.detail": (
        "van wat is vastgelegd is open voor iedereen: {open} van {total} gegevens. "
        "{confidential} zijn vertrouwelijk voor een klant en blijven binnen hun team."
    ),
    "reminders.today": "termijn loopt vandaag af ({date})",
    "conflicts.sealed": "(versleutelde inhoud: ontgrendel het team om die te lezen)",
    "register.filter": "Zoek in het register",
    "me.choose": "Kies je naam",
    "me.choose_first": "Kies je naam in de lijst.",
    "register.conflicts": (
        "Dit gegeven heeft {count} tegenstrijdige wijziging(en) die wachten op een keuze."
    ),
    "register.to_conflicts": "Kies op het dashboard",
    "history.unknown": "(onbekend: een oudere versie van Trustwork bewaarde dit niet)",
    "register.team_roles": "Rollen in dit team",
    "register.no_team_roles": "Nog geen rollen in dit team.",
    "organisation.history": "Geschiedenis van naam en missie",
    "search.label": "Zoek in alles",
    "search.placeholder": "Zoek in alles…  ( / )",
    "search.results_title": "Zoekresultaten",
    "search.count": "{count} gevonden voor “{query}”",
    "search.nothing": (
        "Niets gevonden voor “{query}”. Accenten en hoofdletters maken niet uit; elk woord "
        "moet voorkomen."
    ),
    "search.more": "en nog {count} in dit deel: voeg een woord toe om te verfijnen",
    "search.keys": "↓ ↑ door de resultaten, Enter opent er een, Esc sluit.",
    "since.nav": "{count} nieuw sinds je laatste blik",
    "since.title": "Nieuw sinds je vorige bezoek",
    "since.nothing": "Niets nieuws van anderen sinds je laatste blik.",
    "since.more": "en nog {count}: de delen met een getal in het menu hebben ze",
    "since.mark_all": "Alles gezien",
    "since.marked": "Alles staat op gezien.",
    "since.new": "nieuw",
    "since.changed": "gewijzigd",
    "since.new_version": "nieuw sinds je laatste blik",
    "since.record_changed": "Iemand wijzigde dit sinds je laatste blik op dit deel.",
    "since.to_history": "Wat er veranderde, in de geschiedenis",
}

"""The network organisation: about 170 professionals in teams they form themselves around
clients, everything open to everyone except what a client entrusts to a team (one sealed
record, opened with the passphrase on the demo's start screen), monthly decision rounds by
consent, four versions of the vision, and a short rules register kept under its budget.
Its story: the harder you check, the more resistance you meet.

Fictional; the texts are ours, in Dutch and English (``Text`` pairs).
"""

from __future__ import annotations

from datetime import datetime

from trustwork.confidential import Sealed, stored_fields
from trustwork.demos.ids import CONFIDENTIAL_RECORD, CONFIDENTIAL_TEAM
from trustwork.demos.sealed import LOCK, SEALED
from trustwork.demos.story import ScanGroup, StoryBuilder, Text, finished_scan
from trustwork.i18n import Language
from trustwork.model.document import Document, JsonValue
from trustwork.routes import LINKS

SEED = 1602
NAME: Text = ("Netwerk Koersvast", "Koersvast Network")
PEOPLE = 170
TRADES: tuple[Text, ...] = (
    ("interim-controller", "interim controller"), ("financieel adviseur", "financial adviser"),
    ("business controller", "business controller"), ("procesadviseur", "process consultant"),
    ("data-analist", "data analyst"), ("trainer financiële functie", "finance trainer"))
# The teams people formed themselves: name, purpose, how many members.
TEAMS: tuple[tuple[Text, Text, int], ...] = (
    (("Team Zorgfinanciën", "Healthcare finance team"),
     ("Financiële functie in de zorg.", "The finance function in healthcare."), 16),
    (("Team Gemeenten", "Municipalities team"),
     ("Begroting en verantwoording bij gemeenten.", "Budgets and accounts for councils."), 18),
    (("Team Woningcorporaties", "Housing associations team"),
     ("Sturing op vastgoed en huur.", "Steering on property and rent."), 14),
    (("Team Onderwijs", "Education team"),
     ("Financiën van scholen en hogescholen.", "Finances of schools and colleges."), 15),
    (("Team Data & Dashboards", "Data & dashboards team"),
     ("Cijfers die mensen begrijpen.", "Figures people understand."), 12),
    (("Team Interim", "Interim team"),
     ("Tijdelijk de financiële functie overnemen.", "Running finance for a while."), 20),
    (("Team Mkb", "Small business team"),
     ("Financieel advies voor kleine bedrijven.", "Financial advice for small firms."), 13),
    (("Team Inkoop", "Procurement team"),
     ("Slimmer inkopen, minder papier.", "Smarter buying, less paper."), 11),
    (("Team Opleiden", "Training team"),
     ("Trainingen voor financials.", "Courses for finance people."), 10),
    (("Team Cultuur", "Arts team"),
     ("Financiën van musea en theaters.", "Finances of museums and theatres."), 9),
    (("Team Duurzaam", "Sustainability team"),
     ("Duurzaamheid in de cijfers.", "Sustainability in the figures."), 8),
    (("Team Start", "Start-up team"),
     ("Pas begonnen: startende ondernemers.", "Just formed: people starting a business."),
     4),
    (("Team Internationaal", "International team"),
     ("Klanten over de grens.", "Clients across the border."), 3),
)
CLIENTS: tuple[Text, ...] = (
    ("Zorggroep Lindehof", "Lindehof Care Group"), ("Gemeente Ravenstein",
                                                    "Ravenstein council"),
    ("Woonstichting De Horst", "De Horst Housing"), ("Scholengroep Vlier",
                                                     "Vlier school group"),
    ("Transportbedrijf Kaai", "Kaai Haulage"), ("Museum Het Anker", "Het Anker Museum"))
ROUNDS: tuple[tuple[Text, Text], ...] = (
    (("Vrije keuze van laptop", "Free choice of laptop"), ("Middelen", "Tools")),
    (("Nieuwe teams melden zich op het prikbord", "New teams announce themselves on the "
      "board"), ("Teams", "Teams")),
    (("Reiskosten per kilometer", "Travel costs per kilometre"), ("Geld", "Money")),
    (("Eén dag per kwartaal samen leren", "One shared learning day per quarter"),
     ("Leren", "Learning")),
    (("Tarieven zelf afspreken met de klant", "Teams agree their rates with the client"),
     ("Geld", "Money")),
    (("Jaarcijfers voor iedereen open", "Annual figures open to everyone"),
     ("Openheid", "Openness")),
    (("Buddy voor nieuwe professionals", "A buddy for new professionals"),
     ("Teams", "Teams")),
    (("Stoppen met de urenregistratie per kwartier", "Stop logging hours per quarter hour"),
     ("Werkwijze", "Way of working")),
    (("Ruimte op kantoor vrij te boeken", "Office rooms free to book"),
     ("Middelen", "Tools")),
    (("Vaste bijdrage aan het netwerk", "A fixed contribution to the network"),
     ("Geld", "Money")),
    (("Klanttevredenheid per team zichtbaar", "Client satisfaction shown per team"),
     ("Openheid", "Openness")),
    (("Thuiswerkvergoeding voor iedereen", "A home-working allowance for everyone"),
     ("Geld", "Money")),
)
REASONS: dict[str, Text] = {
    "concern": ("Let op wat dit kost in het eerste jaar.", "Mind what this costs in year one."),
    "objection": ("Dit raakt de teams die niet gevraagd zijn.",
                  "This affects teams who were not asked."),
}
VISIONS: tuple[tuple[Text, Text], ...] = (
    (("Professionals die elkaar vertrouwen, maken financiën begrijpelijk.",
      "Professionals who trust each other make finance understandable."),
     ("Wij maken de financiële functie van onze klanten sterker.",
      "We make our clients' finance function stronger.")),
    (("Professionals die elkaar vertrouwen en alles delen, maken financiën begrijpelijk.",
      "Professionals who trust each other and share everything make finance "
      "understandable."),
     ("Wij maken de financiële functie sterker, met teams die zichzelf vormen.",
      "We make the finance function stronger, with teams that form themselves.")),
    (("Vertrouwen en openheid horen bij elkaar: wie alles kan zien, hoeft niets te "
      "controleren.", "Trust and openness belong together: those who can see everything "
                      "need not check anything."),
     ("Wij maken de financiële functie sterker, met teams die zichzelf vormen.",
      "We make the finance function stronger, with teams that form themselves.")),
    (("Vertrouwen en openheid horen bij elkaar; alleen wat klanten ons toevertrouwen, "
      "blijft in het team.", "Trust and openness belong together; only what clients "
                             "entrust to us stays in the team."),
     ("Wij maken de financiële functie sterker, met teams die zichzelf vormen en elke maand "
      "samen besluiten.", "We make the finance function stronger, with teams that form "
                          "themselves and decide together every month.")),
)
RULES: tuple[tuple[Text, Text], ...] = (
    (("Alles is open, behalve klantgeheimen", "Everything is open, except client secrets"),
     ("Iedereen kan alles zien; klanten kunnen op ons rekenen.",
      "Everyone can see everything; clients can count on us.")),
    (("Een team kiest zijn eigen leden", "A team chooses its own members"),
     ("Teams vormen zich rond klanten en vakmanschap.",
      "Teams form around clients and craft.")),
    (("Besluiten voor iedereen gaan via de maandronde", "Decisions for everyone go through "
      "the monthly round"), ("Wie wil, kan meebeslissen.", "Anyone who wants to can take "
                             "part.")),
    (("Uitgaven boven € 5.000 melden in de maandronde", "Spending over €5,000 is reported "
      "at the monthly round"), ("Grote uitgaven zijn van iedereen.",
                                "Large spending concerns everyone.")),
    (("Elk team heeft een aanspreekpunt voor de klant", "Every team has a client contact"),
     ("De klant weet bij wie hij terecht kan.", "The client knows whom to turn to.")),
    (("Een regel zonder eigenaar vervalt", "A rule without an owner lapses"),
     ("Het register blijft kort.", "The register stays short.")),
)
OPEN_ANSWERS: tuple[Text, ...] = (
    ("De vrijheid is groot; soms mis ik richting.", "There is much freedom; sometimes I miss "
     "direction."),
    ("De maandronde is de plek waar het gebeurt.", "The monthly round is where it happens."),
    ("Kleine teams vallen soms buiten de boot.", "Small teams sometimes miss out."),
    ("Open cijfers geven rust.", "Open figures give peace of mind."))


def build(language: Language, start: datetime) -> Document:
    """The network's year from ``start`` (the first of a month, a year ago)."""
    b = StoryBuilder(SEED, start, language)
    people = b.people(PEOPLE, TRADES, "koersvast.example")
    steward = people[0]
    teams: list[str] = []
    members_of: list[list[str]] = []
    taken = 0
    for index, (name, purpose, size) in enumerate(TEAMS):
        members = people[taken:taken + size]
        taken += size
        members_of.append(members)
        client = CLIENTS[index % len(CLIENTS)] if index < 6 else None
        teams.append(b.add("team", {
            "name": b.t(name), "purpose": b.t(purpose), "members": list[JsonValue](members),
            "clients": [b.t(client)] if client else [],
            "meets": b.t(("elke eerste dinsdag van de maand", "every first Tuesday of the "
                          "month")),
            "lock": LOCK if index == 0 else None,
        }, days=b.at(0, 2 + index), by=members[0],
            record_id=CONFIDENTIAL_TEAM if index == 0 else None))
        b.add("role", {"name": b.t(("Aanspreekpunt klant", "Client contact")),
                       "team": teams[-1], "holder": members[0],
                       "accountable_for": b.t(("dat de klant weet bij wie hij terecht kan",
                                               "that the client knows whom to turn to"))},
              days=b.at(0, 3 + index), by=members[0])
    for index, team in enumerate(teams[:8]):
        client = CLIENTS[index % len(CLIENTS)]
        b.add("team_record", {
            "team": team,
            "title": b.t((f"Werkwijze en planning {client[0]}",
                          f"Way of working and planning, {client[1]}")),
            "client": b.t(client),
            "body": b.t(("Wie doet wat, wanneer we de klant zien en hoe we rapporteren. "
                         "Open voor iedereen in het netwerk.",
                         "Who does what, when we see the client and how we report. Open to "
                         "everyone in the network.")),
        }, days=b.at(1, 4 + index), by=members_of[index][0])
    b.add("team_record", stored_fields(teams[0], "", False, _sealed(language)),
          days=b.at(2, 9), by=members_of[0][1], record_id=CONFIDENTIAL_RECORD)
    for name, text in ((("Alles is open", "Everything is open"),
                        ("Ruimtes, cijfers en projecten zijn voor iedereen toegankelijk.",
                         "Rooms, figures and projects are open to everyone.")),
                       (("Wat een klant toevertrouwt, blijft in het team", "What a client "
                         "entrusts stays in the team"),
                        ("Daarom kunnen klanten op ons rekenen.",
                         "That is why clients can count on us.")),
                       (("Minder controle, meer vertrouwen", "Less checking, more trust"),
                        ("Hoe harder je controleert, hoe meer weerstand je oproept.",
                         "The harder you check, the more resistance you meet."))):
        b.add("value", {"name": b.t(name), "description": b.t(text)}, days=1, by=steward)
    rules = []
    for index, (title, purpose) in enumerate(RULES):
        rules.append(b.add("rule", {
            "title": b.t(title), "purpose": b.t(purpose), "steward": people[index * 13 + 4],
            "since": b.month(0) + "-01",
            "review_date": b.month(9 if index == 2 else 13 + index) + "-01"},
            days=b.at(0, 5), by=steward))
    b.add("rule_signal", {"rule": rules[3], "signal": "makes_no_sense", "person": people[40],
                          "comment": b.t(("Bij een klant van één jaar lopen we hier steeds "
                                          "tegenaan.", "With a one-year client we keep "
                                          "running into this."))},
          days=b.at(7, 3), by=people[40])
    _rounds(b, people, teams, rules)
    for version, (vision, mission) in enumerate(VISIONS):
        month = version * 3
        b.add("vision", {"date": b.month(month) + "-25", "vision": b.t(vision),
                         "mission": b.t(mission),
                         "participants": list[JsonValue](people[version * 9:version * 9 + 24])},
              days=b.at(month, 25), by=steward)
    _other_areas(b, people, teams, members_of)
    finished_scan(b, ("Vertrouwensscan voorjaar", "Spring trust scan"), 4, [
        ScanGroup(team, members[:answered], mood)
        for team, members, answered, mood in zip(
            teams, members_of, (12, 13, 9, 11, 8, 15, 9, 7, 6, 4, 6, 3, 2),
            (0.5, 0.2, 0.3, 0.1, 0.6, -0.4, 0.3, 0.0, 0.4, 0.2, 0.5, 0.3, 0.0), strict=True)],
        steward, OPEN_ANSWERS)
    return b.document(NAME, rules_budget=7)


def _sealed(language: Language) -> Sealed:
    value = SEALED[language]
    return Sealed(value["key"], value["iv"], value["data"])


def _rounds(b: StoryBuilder, people: list[str], teams: list[str], rules: list[str]) -> None:
    """A decision round every month; the last one's proposal still open for responses."""
    for month, (title, topic) in enumerate(ROUNDS):
        present = people[month * 11:month * 11 + 12]
        round_id = b.add("decision_round", {
            "date": b.month(month) + "-15", "present": list[JsonValue](present),
            "notes": b.t(("Open voor iedereen; de agenda stond twee weken vooraf online.",
                          "Open to everyone; the agenda was online two weeks before."))},
            days=b.at(month, 1), by=people[0])
        proposer = people[(month * 17 + 5) % len(people)]
        proposal = b.add("proposal", {
            "title": b.t(title), "topic": b.t(topic), "round": round_id,
            "teams": [teams[month % len(teams)]], "proposed_by": proposer,
            "proposal": b.t(("Voorstel uit een team; iedereen in het netwerk kon reageren.",
                             "A proposal from a team; anyone in the network could "
                             "respond."))}, days=b.at(month, 3), by=proposer)
        amended = month % 4 == 2
        if amended:
            b.add("proposal_amendment", {
                "proposal": proposal, "person": proposer,
                "summary": b.t(("Eerst een proef van drie maanden", "A three-month trial "
                                "first")),
                "text": b.t(("Hetzelfde voorstel, eerst als proef van drie maanden.",
                             "The same proposal, first as a three-month trial."))},
                days=b.at(month, 9), by=proposer)
        for offset, who in enumerate(present[:5]):
            answer = ("objection" if offset == 4 and month == 7 else
                      "concern" if offset == 3 and month % 3 == 1 else "consent")
            b.add("proposal_response", {
                "proposal": proposal, "person": who, "response": answer,
                "version": 2 if amended else 1,
                "reason": b.t(REASONS[answer]) if answer in REASONS else None},
                days=b.at(month, 6 + offset * 2), by=who)
        if month == len(ROUNDS) - 1:
            continue  # this month's: still open
        outcome = ("not_adopted" if month == 7 else "adopted_amended" if amended else
                   "adopted")
        b.update(proposal, {
            "outcome": outcome, "decided_on": b.month(month) + "-15", "decided_by": people[0],
            "rationale": b.t(("Er bleef een bezwaar staan dat we serieus nemen.",
                              "An objection remained that we take seriously."))
            if outcome == "not_adopted" else b.t(("Niemand had een overwegend bezwaar.",
                                                  "Nobody had a paramount objection.")),
            "review_date": b.month(month + 6) + "-01" if outcome != "not_adopted" else None},
            days=b.at(month, 15, 17), by=people[0])
        if month == 5:
            b.update(rules[0], {"decision": proposal}, days=b.at(month, 16), by=people[0])


def _other_areas(b: StoryBuilder, people: list[str], teams: list[str],
                 members_of: list[list[str]]) -> None:
    """What the network does besides deciding: two teams' monthly improvements, a small idea
    round and a pilot."""
    for month in range(8, 12):
        for index in (4, 5):
            members = members_of[index]
            project = b.add("improvement_project", {
                "team": teams[index], "month": b.month(month), "focus": "productivity",
                "title": b.t((("Rapportage in één dag", "Reporting in a single day"),
                              ("Inwerken bij een nieuwe klant", "Starting at a new client"))
                             [index - 4]),
                "measure": b.t(("doorlooptijd", "lead time")), "unit": b.t(("dagen", "days")),
                "baseline": 5 if index == 4 else 10, "goal": 1 if index == 4 else 5,
                "status": "running", "people": list[JsonValue](members[:2]),
                "saving_estimated": 800}, days=b.at(month, 2), by=members[0])
            if month < 11:
                b.update(project, {"status": "done", "measured": 2 + month % 2,
                                   "saving_realised": 700 + month * 10},
                         days=b.at(month, 27), by=members[0])
    campaign = b.add("idea_campaign", {
        "title": b.t(("Wat kan het netwerk beter regelen?", "What could the network arrange "
                      "better?")),
        "question": b.t(("Waar loop je tegenaan in het werk bij klanten?",
                         "What gets in your way when working with clients?")),
        "opens": b.month(6) + "-01", "closes": b.month(6) + "-30", "anonymous_allowed": True},
        days=b.at(5, 28), by=people[0])
    for number, (title, status) in enumerate((
            (("Eén plek voor alle sjablonen", "One place for all templates"), "done"),
            (("Gedeelde agenda van de maandronde", "A shared agenda for the monthly round"),
             "usable"),
            (("Intervisie per vakgebied", "Peer review per field"), "usable"),
            (("Eigen koffiebar op kantoor", "Our own coffee bar at the office"), "not_usable"),
            (("Kennisbank over gemeentefinanciën", "A knowledge base on council finance"),
             "in_progress"))):
        person = people[number * 23 + 7]
        fields: dict[str, JsonValue] = {"campaign": campaign, "title": b.t(title),
                                        "submitted_by": person, "status": status}
        if status != "submitted":
            fields.update(decided_by=people[1], decided_on=b.month(7) + "-05",
                          reason=b.t(("Besproken in de maandronde.",
                                      "Discussed at the monthly round.")))
        b.add("idea", fields, days=b.at(6, 3 + number * 4), by=person)
    pilot = b.add("pilot", {
        "title": b.t(("Opdrachten zelf kiezen", "Choosing your own assignments")),
        "theme": "career", "teams": [teams[5]], "starts": b.month(3) + "-01",
        "ends": b.month(9) + "-01", "phase": "ended", "decision": "adopt",
        "hypothesis": b.t(("Wie zelf kiest, blijft langer en leert meer.",
                           "Those who choose stay longer and learn more.")),
        "evaluation": b.t(("Minder verloop in het interimteam.",
                           "Less turnover in the interim team.")),
    }, days=b.at(2, 20), by=members_of[5][0])
    b.add("pilot_revision", {"pilot": pilot, "summary": b.t(("Opzet", "Set-up")),
                             "text": b.t(("# Opdrachten zelf kiezen\n\nOpdrachten komen op "
                                          "het prikbord; wie wil, reageert.",
                                          "# Choosing your own assignments\n\nAssignments "
                                          "go on the board; whoever wants one responds."))},
          days=b.at(2, 21), by=members_of[5][0])


def tour(document: Document) -> tuple[str, ...]:
    """The screens that tell this story, in order (for presentation mode)."""
    return (LINKS.area("dashboard"), LINKS.area("people"),
            LINKS.record(CONFIDENTIAL_TEAM, "team"),
            LINKS.record(CONFIDENTIAL_RECORD, "team_record"), LINKS.area("decisions"),
            LINKS.record(document.live("proposal")[-1].id, "proposal"),
            LINKS.record(document.live("vision")[-1].id, "vision"), LINKS.area("scan"))

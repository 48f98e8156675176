"""Demo organisations: believable data to walk through with a client, and a large one for
benchmarks. Pure: the same seed and start time give the same organisation, byte for byte.

The kinds and fields follow the article's three organisations (see ../shared/BRIEF.md):
teams with a monthly improvement project each, idea campaigns with an open selection,
pilots followed on editable pages, decisions and a short rules register, a trust scan.
Only kinds and fields the registry declares (``trustwork.kinds``) are written.
"""

from __future__ import annotations

import base64
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from trustwork import scan
from trustwork.commands import anonymous_stamp
from trustwork.model.document import (
    ORGANISATION_KIND,
    Change,
    Document,
    JsonValue,
    Record,
    Stamp,
    change_order,
    new_record,
)


@dataclass(frozen=True)
class DemoSize:
    """How much of everything a demo organisation holds."""

    people: int
    teams: int
    months: int
    campaigns: int
    ideas: int
    pilots: int
    revisions_per_pilot: int
    reactions_per_pilot: int
    participants_per_pilot: int
    scan_rounds: int
    decisions: int
    rules: int


SIZES = {
    "small": DemoSize(people=24, teams=3, months=6, campaigns=2, ideas=60, pilots=3,
                      revisions_per_pilot=4, reactions_per_pilot=3, participants_per_pilot=5,
                      scan_rounds=1, decisions=10, rules=6),
    # 10 teams x 120 months = 1,200 improvement projects; 100 pilots x 50 revisions.
    "large": DemoSize(people=200, teams=10, months=120, campaigns=60, ideas=10_000, pilots=100,
                      revisions_per_pilot=50, reactions_per_pilot=2,
                      participants_per_pilot=3, scan_rounds=10, decisions=240, rules=12),
}

FIRST_NAMES = ("Anna", "Bram", "Chantal", "Daan", "Eva", "Fatima", "Gijs", "Hanna", "Ilse",
               "Jeroen", "Karin", "Lars", "Mila", "Noah", "Olga", "Pieter", "Roos", "Sem",
               "Tess", "Umut", "Vera", "Wouter", "Yara", "Zeynep")
LAST_NAMES = ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
              "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer")
TRADES = ("orderpicker", "heftruckchauffeur", "planner", "teamcoördinator", "adviseur",
          "projectleider", "ingenieur", "HR-adviseur", "controller", "onderzoeker")
TEAM_NAMES = ("Inslag", "Uitslag", "Retouren", "Koeling", "Expeditie", "Voorraad", "Planning",
              "Techniek", "Kantoor", "Transport", "Verpakking", "Kwaliteit")
FOCUS = ("productivity", "safety", "ergonomics", "cost")
# A topic, what its goal measures, in which unit, from where to where.
PROJECT_TOPICS = (("looproutes korter maken", "looptijd per order", "seconden", 95, 70),
                  ("tilhulp bij zware colli", "tilmomenten boven 23 kg per dag", "keer", 40, 5),
                  ("etiketten vooraf printen", "wachttijd bij de printer", "minuten per dag",
                   45, 10),
                  ("5S in de werkplaats", "zoektijd naar gereedschap", "minuten per dag", 30, 5),
                  ("minder lege ritten", "lege ritten", "per week", 12, 6),
                  ("beter licht in gang C", "verkeerd gepakte orders in gang C", "per week",
                   14, 4),
                  ("scanners sneller laden", "scanners leeg tijdens dienst", "per week", 9, 2),
                  ("minder breuk bij retouren", "gebroken retouren", "per maand", 60, 30))
PDCA_STEPS = (("plan", "Meet hoe het nu gaat"), ("plan", "Kies de aanpak met het team"),
              ("do", "Probeer het twee weken"), ("check", "Meet opnieuw en vergelijk"),
              ("act", "Maak het de nieuwe standaard"))
IDEA_TOPICS = ("Zet de printer dichter bij de inpaktafel", "Hergebruik de pallets van leverancier",
               "Schakel de verlichting in vak D op sensor", "Ruil dozen voor kratten",
               "Laat nieuwe collega's een dag meelopen", "Bundel de bestellingen per wijk",
               "Gebruik de oude scanners als reserve", "Deel het weekrooster op vrijdag",
               "Bestel tape in grotere rollen", "Zet een waterkoeler bij de laaddocks")
PILOT_THEMES = (("beoordelen zonder cijfers", "appraisal"), ("belonen in vrije tijd", "reward"),
                ("loopbaan in eigen regie", "career"), ("groene arbeidsvoorwaarden", "green"),
                ("thuiswerken met afspraken", "other"), ("zelf roosteren", "other"))
CLIENTS = ("Bakkerij Brood & Zo", "Tuincentrum De Linde", "Fietsenhandel Trapper",
           "Drukkerij Kleur")
VALUES = (("Respect en vertrouwen", "We gaan ervan uit dat iedereen het goede wil doen."),
          ("Niet praten, doen", "Een verbetering telt als ze werkt, niet als ze besproken is."),
          ("Alles is open", "Iedereen kan alles zien, behalve wat een klant ons toevertrouwt."))
RULES = (("Opgeruimd werken", "Iedereen vindt zijn gereedschap terug."),
         ("Veilig heffen", "Niemand raakt geblesseerd door tillen."),
         ("Overleg is open", "Wie wil, kan aanschuiven bij elk overleg."),
         ("Kosten boven 500 euro", "Grote uitgaven worden samen gewogen."),
         ("Klantgegevens blijven in het team", "Klanten kunnen op ons vertrouwen."),
         ("Rooster een week vooruit", "Iedereen kan zijn week plannen."))


class _Builder:
    """Collects records and their creation entries; makes ids and times from one seed."""

    def __init__(self, seed: int, start: datetime) -> None:
        self.random = random.Random(seed)
        self.start = start
        self.records: list[Record] = []
        self.changes: list[Change] = []

    def new_id(self, prefix: str) -> str:
        return f"{prefix}-{self.random.getrandbits(48):012x}"

    def stamp(self, days: float, by: str) -> Stamp:
        moment = self.start + timedelta(days=days)
        return Stamp(moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), by)

    def add(self, kind: str, fields: dict[str, JsonValue], days: float, by: str,
            anonymous: bool = False) -> str:
        """A new record; an anonymous one gets the day as its stamp and no log entry."""
        record_id = self.new_id(kind.replace("_", "-"))
        stamp = self.stamp(days, by)
        record, change = new_record(kind, fields, record_id,
                                    anonymous_stamp(stamp) if anonymous else stamp,
                                    self.new_id("change"))
        self.records.append(record)
        if not anonymous:
            self.changes.append(change)
        return record_id

    def amend(self, record_id: str, fields: dict[str, JsonValue]) -> None:
        """Add ``fields`` to a record as if it had been created with them."""
        index = next(at for at, record in enumerate(self.records) if record.id == record_id)
        record = self.records[index]
        logged = next((at for at, change in enumerate(self.changes)
                       if change.record_id == record_id), None)
        change_id = self.changes[logged].id if logged is not None else ""
        self.records[index], change = new_record(record.kind, {**record.fields, **fields},
                                                 record_id, record.created, change_id)
        if logged is not None:
            self.changes[logged] = change


def demo_document(size: str, seed: int, start: datetime) -> Document:
    """A demo organisation of the given size ("small" or "large")."""
    counts = SIZES[size]
    build = _Builder(seed, start)
    pick = build.random.choice

    people = []
    for index in range(counts.people):
        name = f"{FIRST_NAMES[index % len(FIRST_NAMES)]} {pick(LAST_NAMES)}"
        people.append(build.add("person", {
            "name": name, "does": pick(TRADES),
            "contact": name.lower().replace(" ", ".") + "@voorbeeld.nl",
        }, days=index * 0.01, by="demo"))
    founder = people[0]
    teams = []
    for index in range(counts.teams):
        members = people[index::counts.teams]
        teams.append(build.add("team", {
            "name": f"Team {TEAM_NAMES[index % len(TEAM_NAMES)]}",
            "purpose": "Elke maand één verbeterproject met een meetbaar resultaat.",
            "members": list(members), "clients": [], "meets": "elke maandag om 8.30 uur",
            "training": ["lean basis"],
        }, days=1, by=pick(members)))
    for index, team in enumerate(teams):
        for role, accountable in (("Veiligheidscoördinator", "veilig werken in het team"),
                                  ("Aanspreekpunt verbeterproject", "het project van de maand")):
            build.add("role", {
                "name": role, "team": team, "accountable_for": accountable,
                "holder": pick(people[index::counts.teams]),
                "term_ends": _month(start, 6 + index) + "-01",
            }, days=1.5, by=founder)
    for index, team in enumerate(teams):
        client = CLIENTS[index % len(CLIENTS)]
        build.add("team_record", {
            "team": team, "title": f"Werkafspraken met {client}", "client": client,
            "body": "Levertijden, openingstijden van het dock en wie de contactpersoon is.",
        }, days=3, by=founder)
    for name, description in VALUES:
        build.add("value", {"name": name, "description": description}, days=2, by=founder)
    rules = []
    for index, (name, purpose) in enumerate(RULES[:counts.rules]):
        rules.append(build.add("rule", {
            "title": name, "purpose": purpose, "steward": people[(index * 5) % len(people)],
            "since": _month(start, 0) + "-01",
            # The first rule's review is overdue; the others come later.
            "review_date": _month(start, counts.months - 2 if index == 0 else
                                  counts.months + 6 + index) + "-01",
        }, days=2, by=pick(people)))
    for index, rule in enumerate(rules[:2]):
        for offset, (signal, comment) in enumerate(RULE_SIGNALS):
            build.add("rule_signal", {"rule": rule, "signal": signal, "comment": comment,
                                      "person": people[(index + offset * 3 + 1) % len(people)]},
                      days=40 + index * 10 + offset, by=people[(index + offset * 3 + 1)
                                                                % len(people)])
    previous: dict[str, str] = {}
    for month in range(counts.months):
        recent = month >= counts.months - 12  # steps for the last year's projects only
        for team_index, team in enumerate(teams):
            if month == counts.months - 2 and team_index == len(teams) - 1:
                continue  # one team missed a month: the grid shows the gap
            status = ("done" if month < counts.months - 2 else
                      pick(("checking", "done")) if month == counts.months - 2 else
                      pick(("planned", "running")))
            topic, measure, unit, baseline, goal = pick(PROJECT_TOPICS)
            finished = status in ("checking", "done")
            measured = round(baseline + (goal - baseline) * pick((0.6, 0.9, 1.0, 1.2)), 1)
            estimated = pick((250, 500, 800, 1200, 2500))
            workers = people[team_index::counts.teams][:3]
            carried = previous.get(team) if month and pick((False, False, False, True)) else None
            project = build.add("improvement_project", {
                "team": team, "month": _month(start, month), "focus": pick(FOCUS),
                "title": _sentence(topic), "status": status,
                "problem": f"Nu is het {baseline} {unit}; dat kost elke dag tijd en moeite.",
                "measure": measure, "unit": unit, "baseline": baseline, "goal": goal,
                "target": f"naar {goal} {unit}",
                "measured": measured if finished else None,
                "result": f"gemeten: {measured} {unit}" if finished else None,
                "people": list[JsonValue](workers), "saving_estimated": estimated,
                "saving_realised": round(estimated * pick((0.5, 0.8, 1.0, 1.3))) if finished
                else None,
                "learned": "Samen meten werkt beter dan schatten." if status == "done" else None,
                "continues": carried,
            }, days=month * 30 + team_index * 0.1, by=pick(workers or people))
            previous[team] = project
            if not recent:
                continue
            for step_index, (phase, text) in enumerate(PDCA_STEPS):
                state = ("done" if status == "done" or (step_index < 2 and status != "planned")
                         else "doing" if step_index == 2 and status == "running" else "todo")
                build.add("project_step", {"project": project, "phase": phase, "text": text,
                                           "state": state},
                          days=month * 30 + team_index * 0.1 + 0.01 * (step_index + 1),
                          by=pick(workers or people))
    _idea_campaigns(build, counts, people, teams)
    for index in range(counts.pilots):
        _pilot(build, counts, index, people, teams)
    _decisions(build, counts, people, teams, rules)
    for quarter in range(max(counts.months // 3, 1)):
        build.add("vision", {
            "date": _month(start, quarter * 3) + "-20",
            "vision": VISIONS[quarter % len(VISIONS)],
            "mission": f"Elke maand samen een stap beter (herijking {quarter + 1}).",
            "participants": [people[(quarter + offset) % len(people)] for offset in range(6)],
        }, days=20 + quarter * 90, by=founder)
    _scan(build, counts, people, teams, founder)

    organisation, created = new_record(
        ORGANISATION_KIND, {"name": "De Voorbeeldgroep", "rules_budget": counts.rules},
        build.new_id("organisation"),
        build.stamp(0, founder), build.new_id("change"))
    # The register began as a spreadsheet: its first people came in by one import (made
    # after the organisation's id, so the demo's ids stay as they were).
    build.add("import", {"title": "ledenlijst.csv", "imported_kind": "person",
                         "records": list[JsonValue](people[:min(len(people), 12)])},
              days=0.2, by=founder)
    return Document(
        organisation=organisation,
        records={record.id: record for record in build.records},
        changes=tuple(sorted((created, *build.changes), key=change_order)),
    )


RULE_SIGNALS = (("not_followed", "In de drukte van de ochtendpiek lukt dat niet."),
                ("makes_no_sense",
                 "Bij ons team staat het gereedschap op de kar, niet in de kast."))
VISIONS = ("Vertrouwen is ons uitgangspunt: wie het werk doet, weet hoe het beter kan.",
           "Vertrouwen is ons uitgangspunt: wie het werk doet, weet hoe het beter kan en "
           "mag het ook beter maken.")
TOPICS = (("Mobiliteit", "Een fietsplan voor iedereen"),
          ("Huisstijl", "Eén sjabloon voor offertes"),
          ("Werktijden", "Vrij kiezen tussen 7 en 19 uur"),
          ("Opleidingen", "Een opleidingsbudget per persoon"))
RESPONSE_REASONS = {"consent": None, "concern": "Let op de kosten in het eerste jaar.",
                    "objection": "Dit raakt de nachtploeg, die niet gevraagd is."}


OPEN_ANSWERS = ("Meer tijd om samen te verbeteren.", "Vaker uitleg waarom iets verandert.",
                "Minder formulieren bij de inkoop.", "Betere scanners in het magazijn.",
                "Dat teams hun eigen rooster mogen maken.", "Eerlijker verdeling van de weekenden.")


def _scan(build: _Builder, counts: DemoSize, people: list[str], teams: list[str],
          founder: str) -> None:
    """Closed trust-scan rounds with their aggregates, trust slowly growing round after round,
    and one open round. The demo cannot seal ballots (the standard library has no ECDH): the
    latest closed round's ballots stand as random bytes of a sealed ballot's size (about 8 kB
    each in the file; earlier rounds' are left out, so that the large demo stays near the size
    its figures were measured at), and the open round has no ballot box, so it takes no
    answers (a round made in the page does)."""
    own = "De overdracht tussen de ploegen verloopt goed."
    questionnaire = (*scan.STATEMENTS, scan.Statement(build.add("scan_statement", {
        "text": own, "theme": "tools"}, days=2, by=founder), "tools", own))
    step = max(counts.months // max(counts.scan_rounds, 1), 1)
    for index in range(counts.scan_rounds):
        month = _month(build.start, index * step)
        days = index * step * 30.4 + 2
        round_id = build.add("scan_round", {
            "title": f"Vertrouwensscan {index + 1}", "starts": month + "-01",
            "ends": month + "-14", "groups": list(teams), "facilitator": founder,
            "threshold": scan.DEFAULT_THRESHOLD, "closed": month + "-15",
        }, days=days, by=founder)
        lift = index / max(counts.scan_rounds, 1)  # later rounds a little more trusting
        ballots = []
        for number, person in enumerate(people):
            if build.random.random() > 0.75:
                continue  # not everyone takes part
            team = teams[number % len(teams)]
            mood = build.random.gauss(3.0 + lift, 0.7)
            answers = {s.id: min(5, max(1, round(build.random.gauss(
                mood + (0.6 if s.theme in ("goals", "whole_work") else 0)
                - (0.7 if s.theme in ("few_rules", "employment") else 0), 0.9))))
                for s in questionnaire}
            groups = (team,) if build.random.random() < 0.85 else ()
            text = build.random.choice(OPEN_ANSWERS) if build.random.random() < 0.3 else ""
            ballots.append(scan.Ballot(answers, groups, text))
            if index < counts.scan_rounds - 1:
                continue  # an earlier round's ballots: left out, see below
            build.add("scan_ballot", {"round": round_id, "sealed": {
                "epk": _random_base64(build, 65), "iv": _random_base64(build, 12),
                "data": _random_base64(build, scan.PADDED_BYTES + 16)}},
                days=days + 3, by=person, anonymous=True)
        for result in scan.tally(ballots, teams, scan.DEFAULT_THRESHOLD,
                                 build.random.getrandbits(32), questionnaire):
            build.add("scan_result", scan.result_fields(round_id, result),
                      days=days + 14, by=founder)
    month = _month(build.start, counts.months)
    build.add("scan_round", {
        "title": f"Vertrouwensscan {counts.scan_rounds + 1}", "starts": month + "-01",
        "ends": month + "-28", "groups": list(teams), "facilitator": founder,
        "threshold": scan.DEFAULT_THRESHOLD,
    }, days=counts.months * 30.4 - 10, by=founder)


def _random_base64(build: _Builder, count: int) -> str:
    return base64.b64encode(build.random.randbytes(count)).decode()


def _decisions(build: _Builder, counts: DemoSize, people: list[str], teams: list[str],
               rules: list[str]) -> None:
    """Monthly rounds (and one planned next month) with proposals decided by consent: each
    with responses, some amended, the last round's still open; one decision made a rule."""
    start, pick = build.start, build.random.choice
    months = max(counts.months, 1)
    # The last round is planned for next month (added the day after this month's round).
    rounds = [build.add("decision_round", {
        "date": _month(start, month) + "-15",
        "present": list(build.random.sample(people, min(8, len(people)))),
    }, days=15 + min(month * 30, (months - 1) * 30 + 1), by=people[0])
        for month in range(months + 1)]
    for index in range(counts.decisions):
        month = index % months
        topic, title = TOPICS[index % len(TOPICS)]
        is_open = month == months - 1
        amended = index % 5 == 1
        outcome = ("open" if is_open else "adopted_amended" if amended else
                   pick(("adopted", "adopted", "adopted", "not_adopted", "withdrawn")))
        day = 15 + month * 30
        round_date = _month(start, month) + "-15"
        proposer = pick(people)
        fields: dict[str, JsonValue] = {
            "title": title, "topic": topic, "round": rounds[month], "teams": [pick(teams)],
            "proposal": "Voorstel voor de hele organisatie; iedereen kon aanschuiven.",
            "proposed_by": proposer,
        }
        if not is_open:
            fields.update({
                "outcome": outcome, "decided_on": round_date, "decided_by": people[0],
                "rationale": ("Niemand had een overwegend bezwaar." if outcome.startswith("adopted")
                              else "Er bleef een bezwaar staan dat we serieus nemen."),
                "review_date": (_month(start, month + (4 if index % 3 == 0 else 24)) + "-01"
                                if outcome.startswith("adopted") else None),
            })
        proposal = build.add("proposal", fields, days=day - 10 + 0.5, by=proposer)
        if amended:
            build.add("proposal_amendment", {
                "proposal": proposal, "summary": "Eerst een proef van drie maanden",
                "text": "Voorstel voor de hele organisatie, eerst als proef van drie maanden.",
                "person": proposer}, days=day - 5, by=proposer)
        for offset in range(3):
            who = people[(index * 3 + offset) % len(people)]
            answer = ("consent" if outcome.startswith("adopted") or offset else
                      pick(("concern", "objection")))
            build.add("proposal_response", {
                "proposal": proposal, "person": who, "response": answer,
                "reason": RESPONSE_REASONS[answer], "version": 2 if amended else 1,
            }, days=day - 3 + offset * 0.1, by=who)
        if index == 0 and rules and outcome.startswith("adopted"):
            build.amend(rules[-1], {"decision": proposal})


IDEA_CRITERIA = ("Het bespaart aantoonbaar kosten", "Het werk wordt er niet slechter van",
                 "Het kan binnen drie maanden", "Iemand wil het trekken")
IDEA_REASONS = {
    "usable": ("Past binnen de criteria; team wil het oppakken.", "Goedkoop en snel te doen."),
    "not_usable": ("Te duur voor wat het oplevert.", "Mag niet van de brandweer.",
                   "Kost meer tijd dan het bespaart."),
    "duplicate": ("Eerder in deze ronde ingediend.",),
    "in_progress": ("Team Techniek werkt hier al aan.",),
    "done": ("Uitgevoerd in een verbeterproject.",),
}
REACTIONS = ("Goed idee, dit scheelt ons elke dag tijd.", "Heeft iemand dit al eens geprobeerd?",
             "Wel eerst met de leverancier overleggen.")
CAMPAIGN_DAYS = 28  # a campaign is open four weeks; the last one is still open


def _idea_campaigns(build: _Builder, counts: DemoSize, people: list[str], teams: list[str]
                    ) -> None:
    """Campaigns with their dates and criteria, ideas that came in while each was open (some
    anonymous), verdicts with their reasons, duplicates, supports, reactions, and usable
    ideas carried out by improvement projects."""
    pick, chance = build.random.choice, build.random.random
    founder, selectors = people[0], people[:3]
    per_campaign = max(counts.ideas // max(counts.campaigns, 1), 1)
    # The small demo is dated so that its story ends about now: day 200.
    last_day = counts.months * 30 + 20
    ideas_made: list[tuple[str, str, float, float]] = []  # (id, status, handed in, verdict)
    for number in range(counts.campaigns):
        opens = 10 + number * 60
        last = number == counts.campaigns - 1
        closes = opens + (max(CAMPAIGN_DAYS, last_day + 30 - opens) if last else CAMPAIGN_DAYS)
        anonymous_allowed = number % 2 == 0
        campaign = build.add("idea_campaign", {
            "title": f"Ideeënronde {number + 1}: waar kunnen we op besparen?",
            "question": "Welke kosten kunnen omlaag zonder dat het werk slechter wordt?",
            "teams": [teams[number % len(teams)]] if number % 3 == 2 else [],
            "opens": _day(build, opens), "closes": _day(build, closes),
            "criteria": list(IDEA_CRITERIA), "anonymous_allowed": anonymous_allowed or None,
            "selection": "Bruikbaar als het binnen drie maanden kan en iemand het wil trekken.",
        }, days=opens - 1, by=founder)
        titles: dict[str, str] = {}  # the first idea of each title in this campaign
        count = per_campaign + (1 if number < counts.ideas % max(counts.campaigns, 1) else 0)
        for index in range(count):
            day = opens + index * (min(CAMPAIGN_DAYS, last_day - opens) / count)
            title = pick(IDEA_TOPICS)
            anonymous = anonymous_allowed and chance() < 0.2
            status = _verdict(chance(), waiting=last and chance() < 0.5)
            if status == "duplicate" and title not in titles:
                status = "not_usable"
            decided = min(day + 2 + chance() * 30, last_day - 1)
            fields: dict[str, JsonValue] = {
                "campaign": campaign, "title": title,
                "description": "Ingediend tijdens de ronde; toelichting volgt bij de selectie.",
                "status": status}
            if not anonymous:
                fields["submitted_by"] = pick(people)
            else:
                fields["anonymous"] = True
            if status != "submitted":
                fields.update(reason=pick(IDEA_REASONS[status]), decided_by=pick(selectors),
                              decided_on=_day(build, decided))
            if status == "duplicate":
                fields["duplicate_of"] = titles[title]
            idea = build.add("idea", fields, days=day,
                             by=str(fields.get("submitted_by") or "anonymous"),
                             anonymous=anonymous)
            titles.setdefault(title, idea)
            ideas_made.append((idea, status, day, decided))
    # Supports and reactions: a few per idea in the small demo, few in the large one.
    share, most = (1.0, 4) if counts.ideas <= 100 else (0.04, 3)
    for idea, _, day, _ in ideas_made:
        if chance() < share:
            for person in build.random.sample(people, build.random.randint(1, most)):
                build.add("idea_support", {"idea": idea, "person": person},
                          days=min(day + chance() * 20, last_day - 1), by=person)
        if chance() < share * 0.3:
            person = pick(people)
            build.add("idea_reaction", {"idea": idea, "text": pick(REACTIONS), "person": person},
                      days=min(day + chance() * 20, last_day - 1), by=person)
    # Usable ideas carried out by the first improvement project after their verdict.
    projects = [record for record in build.records if record.kind == "improvement_project"]
    for idea, status, _, decided in ideas_made:
        if status not in ("done", "in_progress", "usable") or chance() < 0.3:
            continue
        project = next((p for p in projects if p.created.at > build.stamp(decided, "").at
                        and "idea" not in p.fields
                        and (status == "done") == (p.fields.get("status") == "done")), None)
        if project is None:
            continue
        projects.remove(project)
        estimated = build.random.randint(5, 60) * 100
        build.amend(project.id, {
            "idea": idea, "saving_estimated": estimated,
            **({"saving_realised": estimated + build.random.randint(-10, 10) * 50}
               if status == "done" else {})})


def _verdict(draw: float, waiting: bool) -> str:
    """A verdict, about as often as in the article: 40 of 168 usable (or further)."""
    if waiting:
        return "submitted"
    for status, below in (("not_usable", 0.62), ("duplicate", 0.75), ("usable", 0.85),
                          ("in_progress", 0.9)):
        if draw < below:
            return status
    return "done"


def _day(build: _Builder, days: float) -> str:
    return build.stamp(days, "").at[:10]


PILOT_OBSERVATIONS = ("minder uitval", "meer gesprekken in het team", "twijfel over de regels",
                      "nieuwe vragen over beloning", "meer zelf geregeld", "minder overwerk")
PILOT_REACTIONS = ("Ik doe niet mee, maar ben benieuwd naar de cijfers na drie maanden.",
                   "Wij merken dat de gesprekken beter gaan. Wie wil er eens meekijken?",
                   "Hoe zorgen we dat niemand zich verplicht voelt om mee te doen?",
                   "Goede vraag: meedoen blijft vrijwillig, je kunt altijd stoppen.")


def _pilot(build: _Builder, counts: DemoSize, index: int, people: list[str],
           teams: list[str]) -> None:
    """A pilot with its page's revisions, reactions (one answered) and people joining,
    one of whom leaves again; the first pilots have moved on to later phases."""
    theme, theme_kind = PILOT_THEMES[index % len(PILOT_THEMES)]
    phase = ("ended", "evaluating", "running")[index] if index < 3 else "running"
    days = 20 + index
    pilot = build.add("pilot", {
        "title": f"Proeftuin {theme}", "theme": theme_kind,
        "teams": [teams[index % len(teams)]],
        "starts": _month(build.start, index % 12) + "-01",
        "ends": _month(build.start, index % 12 + 6) + "-01",
        "hypothesis": "Wie zelf kiest hoe, zet zich meer in. Meedoen is vrijwillig.",
        "suspended": ["Artikel 12 cao: beoordelingsgesprek met cijfer"],
        "phase": phase,
        "evaluation": "Meer inzet en minder uitval dan verwacht." if phase == "ended" else None,
        "participants_said": "Vooral de vrijheid werd gewaardeerd." if phase == "ended"
        else None,
        "decision": "adopt" if phase == "ended" else None,
    }, days=days, by=build.random.choice(people))
    parent = None
    for revision in range(counts.revisions_per_pilot):
        parent = build.add("pilot_revision", {
            "pilot": pilot, "parent": parent, "summary": f"Week {revision + 1}",
            "text": (f"# Proeftuin {theme}\n\nWat we proberen en wat we zien.\n\n"
                     f"- Week {revision + 1}: {_observation(index + revision)}\n"
                     f"- Week {revision}: {_observation(index + revision - 1)}\n\n"
                     "**Meedoen is vrijwillig.**"),
        }, days=days + revision * 2, by=build.random.choice(people))
    joined = [people[(index * 7 + offset) % len(people)]
              for offset in range(counts.participants_per_pilot)]
    for offset, person in enumerate(joined):
        build.add("pilot_participation", {"pilot": pilot, "person": person, "joined": True},
                  days=days + 1 + offset * 0.1, by=person)
    build.add("pilot_participation", {"pilot": pilot, "person": joined[-1], "joined": False},
              days=days + 10, by=joined[-1])
    first = None
    for number in range(counts.reactions_per_pilot):
        author = people[(index * 3 + number * 5 + 1) % len(people)]
        answers = first if number == counts.reactions_per_pilot - 1 else None
        reaction = build.add("pilot_reaction", {
            "pilot": pilot, "text": PILOT_REACTIONS[number % len(PILOT_REACTIONS)],
            "answers": answers,
        }, days=days + 3 + number, by=author)
        first = first or reaction


def _observation(number: int) -> str:
    return PILOT_OBSERVATIONS[number % len(PILOT_OBSERVATIONS)]


def _sentence(text: str) -> str:
    """``text`` with its first letter upper case and the rest as written ("5S", "gang C")."""
    return text[:1].upper() + text[1:]


def _month(start: datetime, offset: int) -> str:
    year, month = divmod(start.month - 1 + offset, 12)
    return f"{start.year + year:04d}-{month + 1:02d}"

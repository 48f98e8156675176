"""The distribution centre: ten Kaizen teams, each with an improvement project every month for
a year (the grid nearly full, savings measured), and a cost-saving idea campaign in which 168
ideas came in and 40 were found usable. Its story: trust shows in doing, not in talking.

Fictional; the texts are ours, in Dutch and English (``Text`` pairs).
"""

from __future__ import annotations

from datetime import datetime

from trustwork.demos.story import ScanGroup, StoryBuilder, Text, finished_scan
from trustwork.i18n import Language
from trustwork.model.document import Document, JsonValue
from trustwork.routes import LINKS

SEED = 1601
NAME: Text = ("Distributiecentrum Westhaven", "Westhaven Distribution Centre")
TEAMS: tuple[Text, ...] = (
    ("Team Inslag", "Inbound team"), ("Team Opslag", "Storage team"),
    ("Team Orderpicking Noord", "Order picking north"),
    ("Team Orderpicking Zuid", "Order picking south"), ("Team Verpakking", "Packing team"),
    ("Team Expeditie", "Dispatch team"), ("Team Retouren", "Returns team"),
    ("Team Onderdelen", "Spare parts team"), ("Team Techniek", "Maintenance team"),
    ("Team Planning", "Planning team"))
TRADES: tuple[Text, ...] = (
    ("orderpicker", "order picker"), ("heftruckchauffeur", "forklift driver"),
    ("teamleider", "team leader"), ("voorraadbeheerder", "stock controller"),
    ("inpakker", "packer"), ("monteur", "mechanic"))
MEETS: Text = ("elke maandag om 7.15 uur bij het bord", "every Monday at 7:15 at the board")
PURPOSE: Text = ("Elke maand één verbeterproject met een meetbaar resultaat.",
                 "One improvement project a month, with a measurable result.")
# A project: its title, what is measured and in which unit, from where to where, its focus.
TOPICS: tuple[tuple[Text, Text, Text, float, float, str], ...] = (
    (("Kortere looproutes bij het pakken", "Shorter walking routes when picking"),
     ("looptijd per order", "walking time per order"), ("seconden", "seconds"), 95, 70,
     "productivity"),
    (("Tilhulp bij zware colli", "Lifting aid for heavy parcels"),
     ("tilmomenten boven 23 kg per dag", "lifts above 23 kg a day"), ("keer", "times"), 40, 5,
     "ergonomics"),
    (("Etiketten vooraf printen", "Print labels in advance"),
     ("wachttijd bij de printer", "waiting at the printer"),
     ("minuten per dag", "minutes a day"), 45, 10, "productivity"),
    (("5S in de werkplaats", "5S in the workshop"),
     ("zoektijd naar gereedschap", "time spent looking for tools"),
     ("minuten per dag", "minutes a day"), 30, 5, "productivity"),
    (("Minder lege ritten", "Fewer empty trips"), ("lege ritten", "empty trips"),
     ("per week", "a week"), 12, 6, "cost"),
    (("Beter licht in gang C", "Better light in aisle C"),
     ("verkeerd gepakte orders", "wrongly picked orders"), ("per week", "a week"), 14, 4,
     "safety"),
    (("Scanners op tijd laden", "Charge the scanners on time"),
     ("scanners leeg tijdens de dienst", "scanners flat during a shift"),
     ("per week", "a week"), 9, 2, "productivity"),
    (("Minder breuk bij retouren", "Less breakage in returns"),
     ("gebroken retouren", "broken returns"), ("per maand", "a month"), 60, 30, "cost"),
    (("Veilig oversteken bij dock 4", "Safe crossing at dock 4"),
     ("bijna-ongelukken", "near misses"), ("per maand", "a month"), 6, 0, "safety"),
    (("Vaste plek voor de pallettrucks", "A fixed place for the pallet trucks"),
     ("zoektijd naar een pallettruck", "time spent finding a pallet truck"),
     ("minuten per dienst", "minutes a shift"), 20, 5, "productivity"),
    (("Minder folie om de pallets", "Less film around the pallets"),
     ("rollen folie", "rolls of film"), ("per week", "a week"), 35, 22, "cost"),
    (("Werkhoogte van de inpaktafels", "Working height of the packing tables"),
     ("klachten over rug en schouders", "back and shoulder complaints"),
     ("per maand", "a month"), 8, 2, "ergonomics"),
)
PDCA: tuple[tuple[str, Text], ...] = (
    ("plan", ("Meet hoe het nu gaat", "Measure how it goes now")),
    ("plan", ("Kies de aanpak met het team", "Choose the approach with the team")),
    ("do", ("Probeer het twee weken", "Try it for two weeks")),
    ("check", ("Meet opnieuw en vergelijk", "Measure again and compare")),
    ("act", ("Maak het de nieuwe standaard", "Make it the new standard")))
LEARNED: tuple[Text, ...] = (
    ("Samen meten werkt beter dan schatten.", "Measuring together beats guessing."),
    ("De nachtploeg had de beste ideeën.", "The night shift had the best ideas."),
    ("Klein beginnen en meteen proberen.", "Start small and try it at once."))
# The grid's gaps: (team, month) without a project.
GAPS = frozenset({(9, 3), (6, 8), (2, 11)})

ACTIONS: tuple[Text, ...] = (
    ("Zet de verlichting op een sensor", "Put the lights on a sensor"),
    ("Hergebruik de pallets van leveranciers", "Reuse suppliers' pallets"),
    ("Vervang karton door vaste kratten", "Replace cardboard with reusable crates"),
    ("Bestel tape en folie in grotere rollen", "Order tape and film in larger rolls"),
    ("Zet de verwarming 's nachts lager", "Turn the heating down at night"),
    ("Laad de heftrucks buiten de piekuren", "Charge the forklifts outside peak hours"),
    ("Print minder pakbonnen", "Print fewer packing slips"),
    ("Repareer kapotte pallets zelf", "Repair broken pallets ourselves"),
    ("Deel gereedschap tussen de ploegen", "Share tools between shifts"),
    ("Sluit de roldeuren automatisch", "Close the roller doors automatically"),
    ("Scheid het afval beter", "Separate the waste better"),
    ("Koop werkhandschoenen centraal in", "Buy work gloves centrally"),
    ("Plan onderhoud buiten de drukke weken", "Plan maintenance outside the busy weeks"),
    ("Gebruik restdozen voor kleine orders", "Use leftover boxes for small orders"))
PLACES: tuple[Text, ...] = (
    ("in hal 1", "in hall 1"), ("bij de laaddocks", "at the loading docks"),
    ("in de kantine", "in the canteen"), ("bij de inslag", "at inbound"),
    ("in de koelcel", "in the cold store"), ("bij de retouren", "at returns"),
    ("in de werkplaats", "in the workshop"), ("op kantoor", "in the office"),
    ("bij de expeditie", "at dispatch"), ("in gang C", "in aisle C"),
    ("bij de inpaktafels", "at the packing tables"), ("op het buitenterrein", "in the yard"))
SUBMITTED, USABLE = 168, 40  # the campaign's figures
REASONS: dict[str, tuple[Text, ...]] = {
    "usable": (("Past binnen de criteria; het team wil het oppakken.",
                "Meets the criteria; the team wants to take it on."),
               ("Goedkoop en snel te doen.", "Cheap and quick to do.")),
    "in_progress": (("Wordt uitgevoerd in een verbeterproject.",
                     "Being carried out in an improvement project."),),
    "done": (("Uitgevoerd; de besparing is gemeten.", "Done; the saving has been measured."),),
    "not_usable": (("Kost meer dan het oplevert.", "Costs more than it saves."),
                   ("Mag niet van de brandweer.", "The fire brigade does not allow it."),
                   ("Maakt het werk zwaarder.", "Makes the work harder."),
                   ("Valt buiten wat wij zelf kunnen regelen.",
                    "Outside what we can arrange ourselves.")),
    "duplicate": (("Eerder in deze ronde ingediend.", "Handed in earlier in this round."),),
}
REACTIONS: tuple[Text, ...] = (
    ("Goed idee, dit scheelt ons elke dag tijd.", "Good idea, this saves us time every day."),
    ("Heeft iemand dit al eens geprobeerd?", "Has anyone tried this before?"),
    ("Eerst even met de leverancier overleggen.", "Let's check with the supplier first."))
SAFETY_IDEAS: tuple[Text, ...] = (
    ("Spiegel op de hoek bij dock 4", "A mirror on the corner at dock 4"),
    ("Looppad markeren in hal 2", "Mark the walkway in hall 2"),
    ("Reflecterende hesjes voor bezoekers", "Reflective vests for visitors"),
    ("Snelheid heftrucks begrenzen op het plein", "Limit forklift speed in the yard"),
    ("EHBO-koffer ook in de koelcel", "A first-aid kit in the cold store too"),
    ("Drempel weg bij de kantine", "Remove the threshold at the canteen"),
    ("Vaste tijden voor het laden van accu's", "Fixed times for charging batteries"),
    ("Hoogwerker alleen met twee personen", "Aerial platform only with two people"),
    ("Verlichting op het buitenterrein na 17 uur", "Yard lighting after 5 pm"))
OPEN_ANSWERS: tuple[Text, ...] = (
    ("Meer tijd om samen te verbeteren.", "More time to improve things together."),
    ("Laat ons weten waarom een idee niet doorgaat.",
     "Tell us why an idea does not go ahead."),
    ("Betere scanners, dan hoeven we niet te wachten.", "Better scanners, so we don't wait."),
    ("Het bord op maandag werkt echt.", "The Monday board really works."),
    ("Zorgen over het contract na de zomer.", "Worries about contracts after the summer."))


def build(language: Language, start: datetime) -> Document:
    """The distribution centre's year from ``start`` (the first of a month, a year ago)."""
    b = StoryBuilder(SEED, start, language)
    people = b.people(60, TRADES, "westhaven.example")
    hr = people[0]
    teams = []
    for index, name in enumerate(TEAMS):
        members = people[index::len(TEAMS)]
        teams.append(b.add("team", {
            "name": b.t(name), "purpose": b.t(PURPOSE), "members": list[JsonValue](members),
            "meets": b.t(MEETS), "training": [b.t(("Kaizen basis", "Kaizen basics"))],
        }, days=0.5, by=members[0]))
    for index, team in enumerate(teams):
        b.add("role", {"name": b.t(("Kaizen-coach", "Kaizen coach")), "team": team,
                       "accountable_for": b.t(("het project van de maand en het bord",
                                               "the month's project and the board")),
                       "holder": people[index + 10], "term_ends": b.month(14) + "-01"},
              days=1, by=hr)
    for name, text in ((("Niet praten, doen", "Less talk, more action"),
                        ("Een verbetering telt als ze werkt.", "An improvement counts when it "
                         "works.")),
                       (("De arbeidsrelatie klopt", "A fair working relationship"),
                        ("Wie zich geen zorgen hoeft te maken, denkt mee.",
                         "People who need not worry think along.")),
                       (("Orde en netheid", "Order and tidiness"),
                        ("Regels die zinvol zijn, houden we vol.",
                         "Rules that make sense are the ones we keep."))):
        b.add("value", {"name": b.t(name), "description": b.t(text)}, days=1, by=hr)
    rules = _rules(b, people)
    _, ideas = _campaign(b, people, teams)
    _projects(b, people, teams, ideas)
    _safety_campaign(b, people, teams)
    _decisions_and_more(b, people, teams, rules)
    finished_scan(b, ("Vertrouwensscan 2026", "Trust scan 2026"), 9, [
        ScanGroup(team, people[index::len(TEAMS)][:answered], mood)
        for index, (team, answered, mood) in enumerate(zip(
            teams, (6, 5, 3, 6, 2, 5, 4, 6, 5, 6),
            (0.4, 0.2, -0.3, 0.3, -0.5, 0.1, 0.0, 0.5, -0.2, 0.3), strict=True))],
        hr, OPEN_ANSWERS)
    return b.document(NAME, rules_budget=8)


def _rules(b: StoryBuilder, people: list[str]) -> list[str]:
    made = []
    for index, (title, purpose) in enumerate((
            (("Elk gereedschap heeft een vaste plek", "Every tool has a fixed place"),
             ("Niemand zoekt langer dan een minuut.", "Nobody searches for over a minute.")),
            (("Tillen boven 23 kg met hulp", "Lifts above 23 kg with help"),
             ("Niemand raakt geblesseerd door tillen.", "Nobody gets hurt lifting.")),
            (("Het bord is elke maandag bij", "The board is up to date every Monday"),
             ("Iedereen ziet waar het team staat.", "Everyone sees where the team stands.")),
            (("Uitgaven boven € 500 samen wegen", "Spending over €500 is weighed together"),
             ("Grote uitgaven zijn van iedereen.", "Large spending concerns everyone.")),
            (("Looppaden blijven vrij", "Walkways stay clear"),
             ("Veilig lopen en rijden.", "Safe walking and driving.")),
            (("Rooster een week vooruit", "Rosters a week ahead"),
             ("Iedereen kan zijn week plannen.", "Everyone can plan their week.")))):
        made.append(b.add("rule", {
            "title": b.t(title), "purpose": b.t(purpose), "steward": people[index * 7 + 2],
            "since": b.month(0) + "-01",
            "review_date": b.month(10 if index == 0 else 14 + index) + "-01",
        }, days=2, by=people[0]))
    b.add("rule_signal", {"rule": made[0], "signal": "makes_no_sense", "person": people[13],
                          "comment": b.t(("Bij ons staat het gereedschap op de kar, niet in "
                                          "de kast.", "Our tools live on the cart, not in "
                                          "the cupboard."))},
          days=b.at(4, 8), by=people[13])
    b.add("rule_signal", {"rule": made[1], "signal": "not_followed", "person": people[21],
                          "comment": b.t(("In de ochtendpiek lukt dat niet altijd.",
                                          "In the morning peak that does not always work."))},
          days=b.at(6, 12), by=people[21])
    return made


def _campaign(b: StoryBuilder, people: list[str], teams: list[str]
              ) -> tuple[str, list[tuple[str, str]]]:
    """The cost-saving round: 168 ideas, 40 of them usable (or further)."""
    campaign = b.add("idea_campaign", {
        "title": b.t(("Besparingsronde: waar kan het zuiniger?",
                      "Savings round: where can we spend less?")),
        "question": b.t(("Welke kosten kunnen omlaag zonder dat het werk slechter wordt?",
                         "Which costs can go down without making the work worse?")),
        "opens": b.month(2) + "-01", "closes": b.month(2) + "-28",
        "criteria": [b.t(c) for c in (
            ("Het bespaart aantoonbaar kosten", "It saves money we can show"),
            ("Het werk wordt er niet zwaarder van", "It does not make the work harder"),
            ("Het kan binnen drie maanden", "It can be done within three months"))],
        "anonymous_allowed": True,
        "selection": b.t(("Drie collega's uit verschillende teams kijken elk idee na en "
                          "schrijven bij elk een reden.", "Three colleagues from different "
                          "teams review each idea and give each one a reason.")),
    }, days=b.at(1, 25), by=people[0])
    statuses = (["done"] * 10 + ["in_progress"] * 8 + ["usable"] * (USABLE - 18)
                + ["duplicate"] * 12)
    statuses += ["not_usable"] * (SUBMITTED - len(statuses))
    b.random.shuffle(statuses)
    selectors = people[1:4]
    ideas: list[tuple[str, str]] = []
    first_of: dict[int, str] = {}
    for number, status in enumerate(statuses):
        action, place = ACTIONS[number % len(ACTIONS)], PLACES[number // len(ACTIONS)]
        if status == "duplicate" and number % len(ACTIONS) not in first_of:
            status = "not_usable"
        day = b.at(2, 1 + number * 27 // SUBMITTED, 8 + number % 9)
        anonymous = number % 9 == 4
        fields: dict[str, JsonValue] = {
            "campaign": campaign, "title": f"{b.t(action)} {b.t(place)}",
            "description": b.t(("Gezien tijdens het werk; het kan eenvoudig anders.",
                                "Seen at work; it can easily be done differently.")),
            "status": status, "reason": b.t(REASONS[status][number % len(REASONS[status])]),
            "decided_by": selectors[number % 3], "decided_on": b.day(b.at(3, 3 + number % 20)),
        }
        if anonymous:
            fields["anonymous"] = True
        else:
            fields["submitted_by"] = people[(number * 7) % len(people)]
        if status == "duplicate":
            fields["duplicate_of"] = first_of[number % len(ACTIONS)]
        idea = b.add("idea", fields, days=day, by=str(fields.get("submitted_by", "")),
                     anonymous=anonymous)
        first_of.setdefault(number % len(ACTIONS), idea)
        ideas.append((idea, status))
        if number % 5 == 0:
            for offset in range(1 + number % 3):
                person = people[(number + offset * 11) % len(people)]
                b.add("idea_support", {"idea": idea, "person": person},
                      days=day + 1 + offset, by=person)
        if number % 17 == 3:
            person = people[(number * 3) % len(people)]
            b.add("idea_reaction", {"idea": idea, "person": person,
                                    "text": b.t(REACTIONS[number % len(REACTIONS)])},
                  days=day + 2, by=person)
    return campaign, ideas


def _projects(b: StoryBuilder, people: list[str], teams: list[str],
              ideas: list[tuple[str, str]]) -> None:
    """Twelve months of projects per team (a few gaps); done ideas carried out by projects."""
    done_ideas = [idea for idea, status in ideas if status == "done"]
    going_ideas = [idea for idea, status in ideas if status == "in_progress"]
    previous: dict[str, str] = {}
    for month in range(12):
        for index, team in enumerate(teams):
            if (index, month) in GAPS:
                continue
            title, measure, unit, baseline, goal, focus = TOPICS[(index * 5 + month)
                                                                 % len(TOPICS)]
            members = people[index::len(teams)]
            status = "done" if month < 10 else "checking" if month == 10 else "running"
            result = round(baseline + (goal - baseline) * (0.6, 0.9, 1.0, 1.1)[
                (index + month) % 4], 1)
            estimated = (300, 600, 900, 1500, 2400)[(index * 3 + month) % 5]
            fields: dict[str, JsonValue] = {
                "team": team, "month": b.month(month), "focus": focus, "title": b.t(title),
                "status": "running",
                "problem": b.t((f"Nu is het {baseline:g} {unit[0]}; dat kost elke dag tijd.",
                                f"It is {baseline:g} {unit[1]} now; that costs time every "
                                "day.")),
                "measure": b.t(measure), "unit": b.t(unit), "baseline": baseline, "goal": goal,
                "target": b.t((f"naar {goal:g} {unit[0]}", f"down to {goal:g} {unit[1]}")),
                "people": list[JsonValue](members[:3]), "saving_estimated": estimated,
            }
            if month in (5, 6, 7, 8, 9) and done_ideas and index % 3 == 0:
                fields["idea"] = done_ideas.pop()
            elif month == 11 and going_ideas and index % 2 == 0:
                fields["idea"] = going_ideas.pop()
            if team in previous and (index + month) % 11 == 0:
                fields["continues"] = previous[team]
            project = b.add("improvement_project", fields, days=b.at(month, 1, 8 + index / 10),
                            by=members[0])
            previous[team] = project
            if month >= 10:
                for step, (phase, text) in enumerate(PDCA):
                    state = "done" if step < 2 or month == 10 else (
                        "doing" if step == 2 else "todo")
                    b.add("project_step", {"project": project, "phase": phase,
                                           "text": b.t(text), "state": state},
                          days=b.at(month, 1, 9 + step / 10), by=members[0])
            if status != "running":
                b.update(project, {"status": "checking", "measured": result,
                                   "result": b.t((f"gemeten: {result:g} {unit[0]}",
                                                  f"measured: {result:g} {unit[1]}"))},
                         days=b.at(month, 24, 15), by=members[1])
            if status == "done":
                b.update(project, {
                    "status": "done",
                    "saving_realised": round(estimated * (0.7, 1.0, 1.2, 0.9)[month % 4]),
                    "learned": b.t(LEARNED[(index + month) % len(LEARNED)])},
                    days=b.at(month, 28, 16), by=members[0])


def _safety_campaign(b: StoryBuilder, people: list[str], teams: list[str]) -> None:
    """This month's open round about safety: ideas coming in, some answered."""
    campaign = b.add("idea_campaign", {
        "title": b.t(("Veiligheidsronde: wat kan veiliger?", "Safety round: what can be "
                      "safer?")),
        "question": b.t(("Waar zie je bijna-ongelukken of onveilige plekken?",
                         "Where do you see near misses or unsafe spots?")),
        "opens": b.month(11) + "-01", "closes": b.month(12) + "-20",
        "criteria": [b.t(("Het maakt het werk veiliger", "It makes the work safer"))],
    }, days=b.at(10, 28), by=people[0])
    for number, title in enumerate(SAFETY_IDEAS):
        person = people[(number * 5 + 3) % len(people)]
        fields: dict[str, JsonValue] = {
            "campaign": campaign, "title": b.t(title), "submitted_by": person,
            "status": "submitted"}
        if number < 3:
            fields.update(status="usable", decided_by=people[1],
                          decided_on=b.month(11) + "-20",
                          reason=b.t(REASONS["usable"][number % 2]))
        b.add("idea", fields, days=b.at(11, 2 + number * 2), by=person)


def _decisions_and_more(b: StoryBuilder, people: list[str], teams: list[str],
                        rules: list[str]) -> None:
    """Quarterly rounds with a few proposals, two vision versions, a pilot and the teams'
    open work agreements."""
    proposals = (
        (("Ploegen ruilen zonder tussenkomst", "Swap shifts without asking a manager"),
         ("Rooster", "Rosters")),
        (("Verbeterbudget per team van € 2.000", "An improvement budget of €2,000 per team"),
         ("Geld", "Money")),
        (("Nieuwe collega's lopen een week mee", "New colleagues shadow for a week"),
         ("Inwerken", "Onboarding")),
        (("Resultaten van projecten op één scherm", "Project results on one screen"),
         ("Werkwijze", "Way of working")))
    for quarter, (title, topic) in enumerate(proposals):
        month = quarter * 3 + 1
        present = people[quarter::7][:8]
        round_id = b.add("decision_round", {"date": b.month(month) + "-15",
                                            "present": list[JsonValue](present)},
                         days=b.at(month, 10), by=people[0])
        proposer = people[quarter * 9 + 5]
        proposal = b.add("proposal", {
            "title": b.t(title), "topic": b.t(topic), "round": round_id,
            "teams": [teams[quarter * 2]], "proposed_by": proposer,
            "proposal": b.t(("Voorgesteld door het team zelf; iedereen kon reageren.",
                             "Put forward by the team itself; anyone could respond."))},
            days=b.at(month, 5), by=proposer)
        for offset, who in enumerate(present[:4]):
            answer = "concern" if offset == 3 and quarter == 1 else "consent"
            b.add("proposal_response", {
                "proposal": proposal, "person": who, "response": answer, "version": 1,
                "reason": b.t(("Let op de kosten in de eerste maanden.",
                               "Mind the costs in the first months."))
                if answer == "concern" else None}, days=b.at(month, 12 + offset), by=who)
        b.update(proposal, {"outcome": "adopted", "decided_on": b.month(month) + "-15",
                            "decided_by": people[0],
                            "rationale": b.t(("Niemand had een overwegend bezwaar.",
                                              "Nobody had a paramount objection.")),
                            "review_date": b.month(month + 6) + "-01"},
                 days=b.at(month, 15, 16), by=people[0])
        if quarter == 1:
            b.update(rules[3], {"decision": proposal}, days=b.at(month, 16), by=people[0])
    for version, (vision, mission) in enumerate((
            (("Wie het werk doet, weet hoe het beter kan.",
              "Those who do the work know how to improve it."),
             ("Elke maand een stap beter.", "A step better every month.")),
            (("Wie het werk doet, weet hoe het beter kan, en mag het beter maken.",
              "Those who do the work know how to improve it, and may do so."),
             ("Elke maand een stap beter, en we laten zien wat het oplevert.",
              "A step better every month, and we show what it brings.")))):
        b.add("vision", {"date": b.month(version * 6) + "-20", "vision": b.t(vision),
                         "mission": b.t(mission),
                         "participants": list[JsonValue](people[version:60:9])},
              days=b.at(version * 6, 20), by=people[0])
    pilot = b.add("pilot", {
        "title": b.t(("Zelf roosteren bij de expeditie", "Self-rostering at dispatch")),
        "theme": "other", "teams": [teams[5]], "starts": b.month(7) + "-01",
        "ends": b.month(13) + "-01", "phase": "running",
        "hypothesis": b.t(("Als het team zelf roostert, zijn er minder gaten en minder "
                           "overuren.", "If the team makes its own roster, there are fewer "
                           "gaps and less overtime.")),
    }, days=b.at(6, 25), by=people[5])
    b.add("pilot_revision", {"pilot": pilot, "summary": b.t(("Opzet", "Set-up")),
                             "text": b.t(("# Zelf roosteren\n\nHet team maakt elke vrijdag "
                                          "het rooster voor de week erna.",
                                          "# Self-rostering\n\nEvery Friday the team makes "
                                          "the next week's roster."))},
          days=b.at(6, 26), by=people[5])
    for person in people[5::10]:
        b.add("pilot_participation", {"pilot": pilot, "person": person, "joined": True},
              days=b.at(7, 2), by=person)
    for index, team in enumerate(teams[5:8]):
        b.add("team_record", {
            "team": team,
            "title": b.t((f"Werkafspraken met vervoerder {index + 1}",
                          f"Working agreements with carrier {index + 1}")),
            "client": b.t((f"Vervoerder {index + 1}", f"Carrier {index + 1}")),
            "body": b.t(("Laadtijden, het dock en wie het aanspreekpunt is.",
                         "Loading times, the dock and who the contact is."))},
            days=3, by=people[index])


def tour(document: Document) -> tuple[str, ...]:
    """The screens that tell this story, in order (for presentation mode)."""
    campaign = next(r.id for r in document.live("idea_campaign"))
    project = next(r.id for r in document.live("improvement_project")
                   if r.fields.get("idea") and r.fields.get("status") == "done")
    return (LINKS.area("dashboard"), LINKS.area("improvement"),
            LINKS.record(project, "improvement_project"), LINKS.area("ideas"),
            LINKS.record(campaign, "idea_campaign"), LINKS.area("decisions"),
            LINKS.area("scan"), LINKS.area("changes"))

"""The employee-owned engineering firm: pilots on appraisal, reward, career and green
employment conditions, each followed on a page anyone may edit (one page forked when two
people edited the same version), with reactions from people who take part and people who do
not, and an evaluation that ends the appraisal pilot. Its story: try it out with whoever
wants to, and let the results persuade the rest.

Fictional; the texts are ours, in Dutch and English (``Text`` pairs).
"""

from __future__ import annotations

from datetime import datetime

from trustwork.demos.story import ScanGroup, StoryBuilder, Text, finished_scan
from trustwork.i18n import Language
from trustwork.model.document import Document, JsonValue
from trustwork.routes import LINKS

SEED = 1603
NAME: Text = ("Ingenieursbureau Brugwerk", "Brugwerk Engineers")
TRADES: tuple[Text, ...] = (
    ("constructeur", "structural engineer"), ("projectleider", "project manager"),
    ("tekenaar", "draughtsman"), ("installatietechnicus", "building services engineer"),
    ("waterbouwkundige", "hydraulic engineer"), ("office manager", "office manager"))
TEAMS: tuple[tuple[Text, Text, int], ...] = (
    (("Team Bruggen", "Bridges team"), ("Ontwerp en onderhoud van bruggen.",
                                        "Design and upkeep of bridges."), 12),
    (("Team Waterbouw", "Hydraulics team"), ("Sluizen, kades en dijken.",
                                             "Locks, quays and dikes."), 10),
    (("Team Installaties", "Building services team"), ("Installaties in gebouwen.",
                                                      "Services in buildings."), 9),
    (("Team Advies", "Advisory team"), ("Haalbaarheid en second opinions.",
                                        "Feasibility and second opinions."), 7),
    (("Team Bureau", "Office team"), ("Alles wat het bureau draaiende houdt.",
                                      "Everything that keeps the firm running."), 4))
# A pilot: title, theme, phase, its hypothesis, the clause of the collective agreement it
# sets aside, its page's versions (summary, text; the last two of the career page fork).
PILOTS: tuple[tuple[Text, str, str, Text, Text], ...] = (
    (("Beoordelen zonder cijfers", "Appraisal without scores"), "appraisal", "ended",
     ("Een gesprek over wat je wilt leren levert meer op dan een cijfer.",
      "A talk about what you want to learn does more than a score."),
     ("Artikel 12: jaarlijks beoordelingsgesprek met een cijfer",
      "Article 12: yearly appraisal with a score")),
    (("Belonen met tijd", "Reward in time"), "reward", "evaluating",
     ("Wie een extra klus draagt, kiest liever vrije tijd dan een bonus.",
      "People who take on extra work would rather have time off than a bonus."),
     ("Artikel 18: bonus bij bijzondere prestaties",
      "Article 18: bonus for exceptional work")),
    (("Loopbaan in eigen regie", "Career in your own hands"), "career", "running",
     ("Wie zelf zijn volgende stap kiest, blijft langer en groeit sneller.",
      "People who choose their next step stay longer and grow faster."),
     ("Artikel 9: functiehuis met vaste treden", "Article 9: fixed job grades")),
    (("Groene arbeidsvoorwaarden", "Green employment conditions"), "green", "running",
     ("Een mobiliteitsbudget in plaats van een leaseauto halveert onze uitstoot.",
      "A mobility budget instead of a lease car halves our emissions."),
     ("Artikel 22: leaseauto vanaf schaal 9", "Article 22: lease car from grade 9")),
)
PAGES: tuple[tuple[tuple[Text, Text], ...], ...] = (
    ((("Opzet", "Set-up"),
      ("# Beoordelen zonder cijfers\n\nWie meedoet, voert twee keer per jaar een gesprek "
       "over wat goed ging en wat je wilt leren. Er komt geen cijfer.",
       "# Appraisal without scores\n\nThose who take part have a talk twice a year about "
       "what went well and what they want to learn. No score.")),
     (("Eerste gesprekken", "First talks"),
      ("# Beoordelen zonder cijfers\n\nWie meedoet, voert twee keer per jaar een gesprek "
       "over wat goed ging en wat je wilt leren. Er komt geen cijfer.\n\n## Wat we zien\n\n"
       "- De gesprekken duren langer, maar gaan over het werk.",
       "# Appraisal without scores\n\nThose who take part have a talk twice a year about "
       "what went well and what they want to learn. No score.\n\n## What we see\n\n"
       "- The talks take longer, but they are about the work.")),
     (("Resultaat na zes maanden", "Result after six months"),
      ("# Beoordelen zonder cijfers\n\nWie meedoet, voert twee keer per jaar een gesprek "
       "over wat goed ging en wat je wilt leren. Er komt geen cijfer.\n\n## Wat we zien\n\n"
       "- De gesprekken duren langer, maar gaan over het werk.\n- 21 van de 24 deelnemers "
       "willen door.\n- Niemand mist het cijfer.",
       "# Appraisal without scores\n\nThose who take part have a talk twice a year about "
       "what went well and what they want to learn. No score.\n\n## What we see\n\n"
       "- The talks take longer, but they are about the work.\n- 21 of the 24 participants "
       "want to go on.\n- Nobody misses the score."))),
    ((("Opzet", "Set-up"),
      ("# Belonen met tijd\n\nEen extra klus levert uren op die je zelf inplant.",
       "# Reward in time\n\nExtra work earns hours you schedule yourself.")),
     (("Spelregels", "Ground rules"),
      ("# Belonen met tijd\n\nEen extra klus levert uren op die je zelf inplant.\n\n"
       "## Spelregels\n\n- Het team bepaalt samen wat een extra klus is.\n- Uren vervallen "
       "niet.", "# Reward in time\n\nExtra work earns hours you schedule yourself.\n\n"
                "## Ground rules\n\n- The team decides together what counts as extra work."
                "\n- Hours do not expire.")),
     (("Tussenstand", "Interim figures"),
      ("# Belonen met tijd\n\nEen extra klus levert uren op die je zelf inplant.\n\n"
       "## Spelregels\n\n- Het team bepaalt samen wat een extra klus is.\n- Uren vervallen "
       "niet.\n\n## Tussenstand\n\n- 340 uur opgebouwd, 210 opgenomen.",
       "# Reward in time\n\nExtra work earns hours you schedule yourself.\n\n"
       "## Ground rules\n\n- The team decides together what counts as extra work.\n- Hours "
       "do not expire.\n\n## Interim figures\n\n- 340 hours earned, 210 taken."))),
    ((("Opzet", "Set-up"),
      ("# Loopbaan in eigen regie\n\nIedereen heeft een leerbudget en kiest zelf een coach.",
       "# Career in your own hands\n\nEveryone has a learning budget and chooses a coach.")),
     (("Budget per persoon", "Budget per person"),
      ("# Loopbaan in eigen regie\n\nIedereen heeft een leerbudget en kiest zelf een coach."
       "\n\n- Budget: € 2.500 per jaar.",
       "# Career in your own hands\n\nEveryone has a learning budget and chooses a coach."
       "\n\n- Budget: €2,500 a year.")),
     (("Coaches van buiten erbij", "Outside coaches too"),
      ("# Loopbaan in eigen regie\n\nIedereen heeft een leerbudget en kiest zelf een coach."
       "\n\n- Budget: € 2.500 per jaar.\n- De coach mag ook van buiten het bureau komen.",
       "# Career in your own hands\n\nEveryone has a learning budget and chooses a coach."
       "\n\n- Budget: €2,500 a year.\n- The coach may come from outside the firm.")),
     (("Budget meenemen naar volgend jaar", "Carry the budget over"),
      ("# Loopbaan in eigen regie\n\nIedereen heeft een leerbudget en kiest zelf een coach."
       "\n\n- Budget: € 2.500 per jaar; wat over is, gaat mee naar volgend jaar.",
       "# Career in your own hands\n\nEveryone has a learning budget and chooses a coach."
       "\n\n- Budget: €2,500 a year; what is left carries over to next year."))),
    ((("Opzet", "Set-up"),
      ("# Groene arbeidsvoorwaarden\n\nWie zijn leaseauto inlevert, krijgt een "
       "mobiliteitsbudget: trein, e-bike of deelauto.",
       "# Green employment conditions\n\nWhoever hands in a lease car gets a mobility "
       "budget: train, e-bike or shared car.")),
     (("Eerste maand", "First month"),
      ("# Groene arbeidsvoorwaarden\n\nWie zijn leaseauto inlevert, krijgt een "
       "mobiliteitsbudget: trein, e-bike of deelauto.\n\n- 7 auto's ingeleverd.",
       "# Green employment conditions\n\nWhoever hands in a lease car gets a mobility "
       "budget: train, e-bike or shared car.\n\n- 7 cars handed in."))),
)
FORKED = 2  # the career page: its last two versions were both made from the second one
REACTIONS: tuple[tuple[Text, bool], ...] = (  # a reaction, and whether its author takes part
    (("Ik doe niet mee, maar ben benieuwd naar de cijfers na een half jaar.",
      "I am not taking part, but I'm curious about the figures after six months."), False),
    (("Mijn gesprek ging voor het eerst over wat ik wil leren.",
      "For the first time my talk was about what I want to learn."), True),
    (("Hoe zorgen we dat niemand zich verplicht voelt mee te doen?",
      "How do we make sure nobody feels obliged to take part?"), False),
    (("Meedoen blijft vrijwillig; je kunt altijd stoppen.",
      "Taking part stays voluntary; you can always stop."), True),
)
OPEN_ANSWERS: tuple[Text, ...] = (
    ("Als eigenaar voel ik me ook verantwoordelijk.", "As an owner I feel responsible too."),
    ("De proeftuinen geven lucht.", "The pilots give us room."),
    ("Ik weet niet altijd wat er besloten is.", "I don't always know what was decided."))


def build(language: Language, start: datetime) -> Document:
    """The firm's year from ``start`` (the first of a month, a year ago)."""
    b = StoryBuilder(SEED, start, language)
    people = b.people(42, TRADES, "brugwerk.example")
    hr = people[-1]
    teams: list[str] = []
    members_of: list[list[str]] = []
    taken = 0
    for name, purpose, size in TEAMS:
        members = people[taken:taken + size]
        taken += size
        members_of.append(members)
        teams.append(b.add("team", {
            "name": b.t(name), "purpose": b.t(purpose), "members": list[JsonValue](members),
            "meets": b.t(("woensdag om 9.00 uur", "Wednesdays at 9:00"))},
            days=0.5, by=members[0]))
    b.add("role", {"name": b.t(("Trekker proeftuinen", "Pilots coordinator")),
                   "holder": hr, "team": teams[-1],
                   "accountable_for": b.t(("dat elke proeftuin een pagina en een evaluatie "
                                           "heeft", "that every pilot has a page and an "
                                           "evaluation"))}, days=1, by=hr)
    for name, text in ((("Samen eigenaar", "Owners together"),
                        ("Iedereen die hier werkt, is mede-eigenaar.",
                         "Everyone who works here is a co-owner.")),
                       (("Proberen mag", "Trying is allowed"),
                        ("Een proeftuin mag mislukken; we leren ervan.",
                         "A pilot may fail; we learn from it."))):
        b.add("value", {"name": b.t(name), "description": b.t(text)}, days=1, by=hr)
    for index, pilot in enumerate(PILOTS):
        _pilot(b, index, pilot, people, teams)
    _rest(b, people, teams, members_of)
    finished_scan(b, ("Vertrouwensscan 2026", "Trust scan 2026"), 8, [
        ScanGroup(team, members[:answered], mood)
        for team, members, answered, mood in zip(
            teams, members_of, (10, 8, 4, 6, 3), (0.5, 0.3, -0.2, 0.4, 0.1), strict=True)],
        hr, OPEN_ANSWERS,
        own_statement=("Ik merk dat ik mede-eigenaar ben.", "I notice that I am a co-owner."))
    return b.document(NAME, rules_budget=6)


def _pilot(b: StoryBuilder, index: int, pilot: tuple[Text, str, str, Text, Text],
           people: list[str], teams: list[str]) -> str:
    """A pilot with its page's versions, people joining (one leaving), reactions from people
    inside and outside it, and where it ended: its evaluation."""
    title, theme, phase, hypothesis, suspended = pilot
    begins = index * 2  # the pilots started two months apart
    owner = people[index * 9 + 1]
    pilot_id = b.add("pilot", {
        "title": b.t(title), "theme": theme, "teams": [teams[index % len(teams)]],
        "starts": b.month(begins) + "-01", "ends": b.month(begins + 6) + "-01",
        "hypothesis": b.t(hypothesis), "suspended": [b.t(suspended)], "phase": "running",
    }, days=max(b.at(begins, 1) - 5, 0.6), by=owner)
    parent = None
    versions = PAGES[index]
    base = None
    for number, (summary, text) in enumerate(versions):
        forks = index == FORKED and number == len(versions) - 1
        author = people[(index * 9 + number * 4 + 2) % len(people)]
        made = b.add("pilot_revision", {
            "pilot": pilot_id, "parent": base if forks else parent, "summary": b.t(summary),
            "text": b.t(text)}, days=b.at(begins + number, 5 + number, 10 + number),
            by=author)
        base, parent = parent, made
    joined = [people[(index * 9 + offset * 3) % len(people)] for offset in range(8)]
    for offset, person in enumerate(joined):
        b.add("pilot_participation", {"pilot": pilot_id, "person": person, "joined": True},
              days=b.at(begins, 2 + offset), by=person)
    b.add("pilot_participation", {"pilot": pilot_id, "person": joined[-1], "joined": False},
          days=b.at(begins + 1, 20), by=joined[-1])
    first = None
    for number, (text, inside) in enumerate(REACTIONS):
        author = joined[number] if inside else people[(index * 9 + 30 + number) % len(people)]
        reaction = b.add("pilot_reaction", {
            "pilot": pilot_id, "text": b.t(text),
            "answers": first if number == len(REACTIONS) - 1 else None},
            days=b.at(begins + 1, 8 + number * 3), by=author)
        first = first or reaction
    if phase in ("evaluating", "ended"):
        b.update(pilot_id, {"phase": "evaluating"}, days=b.at(begins + 6, 2), by=owner)
    if phase == "ended":
        b.update(pilot_id, {
            "phase": "ended", "decision": "adopt",
            "evaluation": b.t(("21 van de 24 deelnemers willen door; het ziekteverzuim in "
                               "de groep daalde van 5,1% naar 3,4%. De gesprekken kosten meer "
                               "tijd, maar gaan over het werk.",
                               "21 of the 24 participants want to go on; sick leave in the "
                               "group fell from 5.1% to 3.4%. The talks take more time, but "
                               "they are about the work.")),
            "participants_said": b.t(("Vooral de vrijheid om het gesprek zelf in te vullen "
                                      "werd gewaardeerd.", "Above all, people valued being "
                                      "free to shape the talk themselves."))},
            days=b.at(begins + 7, 10), by=owner)
    return pilot_id


def _rest(b: StoryBuilder, people: list[str], teams: list[str],
          members_of: list[list[str]]) -> None:
    """The members' meetings that decide on the pilots, the vision, a few rules, a small
    idea round and the teams' monthly improvements."""
    rules = []
    for index, (title, purpose) in enumerate((
            (("Een proeftuin heeft een pagina en een evaluatie", "A pilot has a page and an "
              "evaluation"), ("Iedereen kan volgen wat we proberen.",
                              "Everyone can follow what we try.")),
            (("Meedoen aan een proeftuin is vrijwillig", "Taking part in a pilot is "
              "voluntary"), ("Niemand hoeft mee te doen.", "Nobody has to take part.")),
            (("De ledenvergadering besluit over de cao", "The members' meeting decides on the "
              "agreement"), ("Als eigenaren beslissen we samen.", "As owners we decide "
                             "together.")),
            (("Winst wordt eerlijk verdeeld", "Profit is shared fairly"),
             ("Ieder krijgt naar rato van zijn uren.", "Everyone gets a share by hours."))
            )):
        rules.append(b.add("rule", {
            "title": b.t(title), "purpose": b.t(purpose), "steward": people[index * 5 + 3],
            "since": b.month(0) + "-01", "review_date": b.month(12 + index) + "-01"},
            days=2, by=people[-1]))
    for quarter, (title, topic) in enumerate((
            (("Proeftuin beoordelen starten", "Start the appraisal pilot"),
             ("Proeftuinen", "Pilots")),
            (("Proeftuin groene voorwaarden starten", "Start the green conditions pilot"),
             ("Proeftuinen", "Pilots")),
            (("Beoordelen zonder cijfers voor iedereen die wil", "Appraisal without scores "
              "for all who want it"), ("Cao", "Agreement")),
            (("Winstdeling in tijd of geld", "Profit share in time or money"),
             ("Geld", "Money")))):
        month = quarter * 3
        present = people[quarter * 4:quarter * 4 + 20]
        round_id = b.add("decision_round", {
            "date": b.month(month) + "-28", "present": list[JsonValue](present),
            "notes": b.t(("Ledenvergadering", "Members' meeting"))},
            days=b.at(month, 20), by=people[-1])
        proposer = people[quarter * 7 + 1]
        proposal = b.add("proposal", {
            "title": b.t(title), "topic": b.t(topic), "round": round_id,
            "proposed_by": proposer,
            "proposal": b.t(("Voorgelegd aan alle eigenaren.", "Put to all owners."))},
            days=b.at(month, 21), by=proposer)
        for offset, who in enumerate(present[:6]):
            b.add("proposal_response", {
                "proposal": proposal, "person": who, "version": 1,
                "response": "concern" if offset == 5 else "consent",
                "reason": b.t(("Houd het voor iedereen vrijwillig.",
                               "Keep it voluntary for everyone.")) if offset == 5 else None},
                days=b.at(month, 24 + offset // 3), by=who)
        if quarter < 3:
            b.update(proposal, {"outcome": "adopted", "decided_on": b.month(month) + "-28",
                                "decided_by": people[-1],
                                "rationale": b.t(("Geen overwegende bezwaren.",
                                                  "No paramount objections.")),
                                "review_date": b.month(month + 6) + "-01"},
                     days=b.at(month, 28, 17), by=people[-1])
        if quarter == 2:
            b.update(rules[1], {"decision": proposal}, days=b.at(month, 28, 18),
                     by=people[-1])
    for version, (vision, mission) in enumerate((
            (("Eigenaren die hun vak verstaan, bouwen aan een duurzame omgeving.",
              "Owners who know their craft build a sustainable environment."),
             ("Wij ontwerpen bruggen, kades en installaties die lang meegaan.",
              "We design bridges, quays and services that last.")),
            (("Eigenaren die hun vak verstaan en hun eigen voorwaarden maken, bouwen aan een "
              "duurzame omgeving.", "Owners who know their craft and shape their own "
                                    "conditions build a sustainable environment."),
             ("Wij ontwerpen wat lang meegaat, en proberen eerst uit wat we willen veranderen.",
              "We design what lasts, and try out first what we want to change.")))):
        b.add("vision", {"date": b.month(version * 6) + "-15", "vision": b.t(vision),
                         "mission": b.t(mission),
                         "participants": list[JsonValue](people[version * 3:version * 3 + 15])},
              days=b.at(version * 6, 15), by=people[-1])
    campaign = b.add("idea_campaign", {
        "title": b.t(("Ideeën voor de groene voorwaarden", "Ideas for the green conditions")),
        "question": b.t(("Wat helpt jou om duurzamer te reizen en te werken?",
                         "What would help you travel and work more sustainably?")),
        "opens": b.month(5) + "-01", "closes": b.month(5) + "-28"}, days=b.at(4, 28),
        by=people[-1])
    for number, (title, status) in enumerate((
            (("Deelauto's bij het kantoor", "Shared cars at the office"), "done"),
            (("Fietsenstalling met laadpunten", "Bike shed with chargers"), "in_progress"),
            (("Vergaderen op afstand als standaard", "Remote meetings by default"), "usable"),
            (("Zonnepanelen op het dak", "Solar panels on the roof"), "not_usable"),
            (("Treinabonnement voor iedereen", "A train pass for everyone"), "submitted"))):
        person = people[number * 6 + 2]
        fields: dict[str, JsonValue] = {"campaign": campaign, "title": b.t(title),
                                        "submitted_by": person, "status": status}
        if status != "submitted":
            fields.update(decided_by=people[-1], decided_on=b.month(6) + "-03",
                          reason=b.t(("Het dak is gehuurd; de eigenaar wil niet."
                                      if status == "not_usable" else
                                      "Past bij de proeftuin.",
                                      "The roof is rented; its owner says no."
                                      if status == "not_usable" else "Fits the pilot.")))
        b.add("idea", fields, days=b.at(5, 3 + number * 3), by=person)
    for month in range(6, 12):
        for index in (0, 1):
            members = members_of[index]
            project = b.add("improvement_project", {
                "team": teams[index], "month": b.month(month),
                "focus": ("productivity", "cost")[index],
                "title": b.t((("Tekeningen sneller door de controle",
                               "Drawings through checking faster"),
                              ("Minder printen bij ontwerpen", "Less printing in design"))
                             [index]),
                "measure": b.t((("doorlooptijd controle", "checking lead time"),
                                ("vellen papier", "sheets of paper"))[index]),
                "unit": b.t((("dagen", "days"), ("per week", "a week"))[index]),
                "baseline": (6, 900)[index], "goal": (3, 300)[index], "status": "running",
                "people": list[JsonValue](members[:3]), "saving_estimated": (1200, 400)[index]},
                days=b.at(month, 2), by=members[0])
            if month < 11:
                b.update(project, {"status": "done", "measured": (3, 350)[index],
                                   "saving_realised": (1100, 380)[index] + month * 10},
                         days=b.at(month, 26), by=members[0])


def tour(document: Document) -> tuple[str, ...]:
    """The screens that tell this story, in order (for presentation mode)."""
    pilots = document.live("pilot")
    page = [r.id for r in document.live("pilot_revision") if r.fields.get("pilot") == pilots[0].id]
    return (LINKS.area("dashboard"), LINKS.area("pilots"),
            LINKS.record(pilots[0].id, "pilot"),
            LINKS.below(pilots[0].id, "pilot", "diff", page[0], page[-1]),
            LINKS.record(pilots[FORKED].id, "pilot"), LINKS.record(pilots[3].id, "pilot"),
            LINKS.area("decisions"), LINKS.area("scan"), LINKS.area("changes"))

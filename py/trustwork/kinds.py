"""The registry: every kind of record and every area of the app, declared once, in one place.

A kind lists its fields with the control, merge rule and logging policy of each
(``trustwork.model.fields``); an area lists its kinds and names the view module and template
that show it. The merge, the codec, the forms, the lists, the record pages, the routes and
the catalogue test all read this registry. ``docs/format.md`` and the JSON Schema describe
the same kinds field by field (a test compares them).

To add a kind: declare it here (one entry in ``KINDS``), give it catalogue entries in both
languages, and, if it needs more than the generic list, form and page, a domain module, a
view module and templates of its own.
"""

from __future__ import annotations

from trustwork.model.fields import Area, FieldSpec, KindSpec, Registry

F = FieldSpec
LONG = 4000

FOCUS = ("productivity", "safety", "ergonomics", "cost", "other")
# A project moves along the board in this order; "stopped" leaves it without a result.
PROJECT_STATES = ("planned", "running", "checking", "done", "stopped")
PDCA_PHASES = ("plan", "do", "check", "act")
STEP_STATES = ("todo", "doing", "done")
# An idea's state: submitted, then a verdict (every one with a public reason), then done.
IDEA_STATES = ("submitted", "usable", "not_usable", "duplicate", "in_progress", "done")
PILOT_THEMES = ("appraisal", "reward", "career", "green", "other")
PILOT_PHASES = ("proposed", "running", "evaluating", "ended")
PILOT_DECISIONS = ("stop", "continue", "adopt")
OUTCOMES = ("open", "adopted", "adopted_amended", "withdrawn", "not_adopted")
RESPONSES = ("consent", "concern", "objection")  # a person's answer to a proposal
RULE_SIGNALS = ("not_followed", "makes_no_sense")
# The foundations of trust the scan asks about (trustwork.scan.THEMES, in the article's order).
SCAN_THEMES = ("goals", "tools", "whole_work", "openness", "own_work", "few_rules", "safety",
               "thinking_along", "employment")

KINDS: tuple[KindSpec, ...] = (
    # Teams & people: the open register the people keep themselves.
    KindSpec("person", "people", (
        F("name", "text", required=True),
        F("does", "long_text", limit=2000),
        F("contact", "text"),
    ), columns=("does",)),
    KindSpec("team", "people", (
        F("name", "text", required=True),
        F("purpose", "long_text", limit=LONG),
        F("members", "people"),
        F("clients", "lines", limit=2000),
        F("meets", "text"),
        F("training", "lines", limit=2000),
        F("lock", "internal"),  # the team's passphrase lock (trustwork.confidential)
    ), columns=("members", "meets")),
    KindSpec("role", "people", (
        F("name", "text", required=True),
        F("team", "team"),
        F("purpose", "long_text", limit=LONG),
        F("accountable_for", "long_text", limit=LONG),
        F("holder", "person"),
        F("term_ends", "date"),
    ), columns=("team", "holder", "term_ends")),
    KindSpec("value", "people", (
        F("name", "text", required=True),
        F("description", "long_text", limit=LONG),
    ), columns=("description",)),
    KindSpec("team_record", "people", (
        F("title", "text", required=True),
        F("team", "team", required=True),
        F("client", "text"),
        F("body", "long_text", limit=20000),
        F("confidential", "internal"),
        F("show_title", "internal"),
        F("sealed", "internal", logged=False),  # ciphertext: never repeated in the log
    ), title="title", columns=("team",), sealed=("title", "client", "body")),
    # What one import of a CSV file created (trustwork.importing), so anyone can take it out
    # again in one step. Made and deleted by those steps only, never by a form.
    KindSpec("import", "people", (
        F("title", "text", required=True),  # the file's name
        F("imported_kind", "internal"),
        F("records", "internal"),  # the ids of the records it created
        F("campaign", "internal"),  # the campaign ideas went into
    ), title="title", listed=False),
    # Continuous improvement: every team's monthly project, and idea campaigns.
    KindSpec("improvement_project", "improvement", (
        F("title", "text", required=True),
        F("team", "team", required=True),
        F("month", "month", required=True),
        F("focus", "choice", choices=FOCUS),
        F("status", "choice", choices=PROJECT_STATES, default="planned"),
        F("problem", "long_text", limit=LONG),
        F("measure", "text"),  # the measurable goal: what is measured, in which unit,
        F("unit", "text"),  # where it stood and where it should go
        F("baseline", "number"),
        F("goal", "number"),
        F("target", "text"),  # the goal in words
        F("measured", "number"),  # the result: the value measured at the end
        F("result", "text"),  # the result in words
        F("people", "people"),
        F("saving_estimated", "number"),
        F("saving_realised", "number"),
        F("learned", "long_text", limit=LONG),
        F("continues", "record", refers_to="improvement_project", fixed=True),
        F("idea", "record", refers_to="idea", fixed=True),
    ), title="title", columns=("team", "month", "focus", "status")),
    KindSpec("project_step", "improvement", (  # one step of a project's plan-do-check-act
        F("project", "record", required=True, refers_to="improvement_project"),
        F("phase", "choice", required=True, choices=PDCA_PHASES),
        F("text", "text", required=True),
        F("state", "choice", choices=STEP_STATES, default="todo"),
    ), title="text", owner="project", listed=False, on_owner_page=True),
    KindSpec("idea_campaign", "ideas", (
        F("title", "text", required=True),
        F("question", "long_text", limit=LONG),
        F("teams", "teams"),  # whom it asks; none: everyone
        F("opens", "date"),  # ideas come in from this day to ``closes``, both included
        F("closes", "date"),
        F("criteria", "lines", limit=LONG),
        F("anonymous_allowed", "flag"),
        F("selection", "long_text", limit=LONG),
    ), title="title", columns=("opens", "closes")),
    # An idea's verdict (status, reason, duplicate_of, decided_by, decided_on) is set by its
    # own action (trustwork.ideas.verdict), never typed into the idea's form.
    KindSpec("idea", "ideas", (
        F("title", "text", required=True),
        F("campaign", "record", required=True, refers_to="idea_campaign"),
        F("description", "long_text", limit=LONG),
        F("submitted_by", "person", form="new"),
        F("anonymous", "flag", form="new"),
        F("status", "choice", choices=IDEA_STATES, form="none"),
        F("reason", "long_text", limit=LONG, form="none"),
        F("duplicate_of", "record", refers_to="idea", form="none"),
        F("decided_by", "person", form="none"),
        F("decided_on", "date", form="none"),
    ), title="title", columns=("campaign", "status"), owner="campaign",
        anonymous_when="anonymous"),
    # Supports and reactions are children: two people at once never conflict.
    KindSpec("idea_support", "ideas", (
        F("idea", "record", required=True, refers_to="idea"),
        F("person", "person", required=True, form="none"),
    ), title="idea", owner="idea", listed=False),
    KindSpec("idea_reaction", "ideas", (
        F("idea", "record", required=True, refers_to="idea"),
        F("text", "long_text", required=True, limit=LONG),
        F("person", "person", form="none"),
    ), title="text", columns=("person",), owner="idea", listed=False),
    # Pilots: pages anyone can follow and edit; each edit is a revision, a child record, and
    # so are reactions and each join or leave (two people acting at once never conflict).
    KindSpec("pilot", "pilots", (
        F("title", "text", required=True),
        F("theme", "choice", choices=PILOT_THEMES),
        F("teams", "teams"),
        F("starts", "date"),
        F("ends", "date"),
        F("hypothesis", "long_text", limit=LONG),
        F("suspended", "lines", limit=LONG),
        F("phase", "choice", choices=PILOT_PHASES),
        F("evaluation", "long_text", limit=LONG),
        F("participants_said", "long_text", limit=LONG),
        F("decision", "choice", choices=PILOT_DECISIONS),
    ), title="title", columns=("theme", "phase", "starts", "ends")),
    KindSpec("pilot_revision", "pilots", (
        F("pilot", "record", required=True, refers_to="pilot"),
        F("parent", "internal"),  # the revision this one was edited from; two of one: a fork
        F("merged", "internal"),  # a merge's other revision: the fork it closes
        F("summary", "text"),
        F("text", "long_text", limit=100_000),
    ), title="summary", owner="pilot", listed=False),
    KindSpec("pilot_reaction", "pilots", (
        F("pilot", "record", required=True, refers_to="pilot"),
        F("answers", "internal"),  # the reaction this one answers
        F("text", "long_text", required=True, limit=LONG),
    ), title="text", owner="pilot", listed=False),
    # Only the person named joins or leaves, for themselves (``personal``); never edited.
    KindSpec("pilot_participation", "pilots", (
        F("pilot", "record", required=True, refers_to="pilot"),
        F("person", "person", required=True, form="none"),
        F("joined", "internal"),  # true: joined; false: left
    ), title="person", owner="pilot", listed=False, personal="person"),
    # Decisions by consent, and a short rules register.
    KindSpec("decision_round", "decisions", (
        F("date", "date", required=True),
        F("present", "people"),
        F("notes", "long_text", limit=LONG),
    ), title="date", columns=("present",)),
    # A proposal's text as first put is version 1; each amendment (a child) is the next
    # version. Its outcome, rationale and review date are set by the decision (its own action:
    # trustwork.decisions.decide), never typed into its form.
    KindSpec("proposal", "decisions", (
        F("title", "text", required=True),
        F("round", "record", refers_to="decision_round"),
        F("teams", "teams"),
        F("topic", "text"),
        F("proposal", "long_text", limit=LONG, form="new"),
        F("proposed_by", "person", form="new"),
        F("rule", "record", refers_to="rule", fixed=True),  # the rule it questions
        F("outcome", "choice", choices=OUTCOMES, form="none"),
        F("rationale", "long_text", limit=LONG, form="none"),
        F("review_date", "date", form="none"),
        F("decided_on", "date", form="none"),
        F("decided_by", "person", form="none"),
    ), title="title", columns=("round", "topic", "outcome", "review_date"), owner="round"),
    # Amendments and responses are children: two people at once never conflict. A person's
    # response is one record, changed when they answer again.
    KindSpec("proposal_amendment", "decisions", (
        F("proposal", "record", required=True, refers_to="proposal"),
        F("text", "long_text", required=True, limit=LONG),
        F("summary", "text"),
        F("person", "person", form="none"),
    ), title="summary", owner="proposal", listed=False, on_owner_page=True),
    KindSpec("proposal_response", "decisions", (
        F("proposal", "record", required=True, refers_to="proposal"),
        F("person", "person", required=True, form="none"),
        F("response", "choice", required=True, choices=RESPONSES),
        F("reason", "long_text", limit=LONG),
        F("version", "number", form="none"),  # the version of the proposal it answered
    ), title="person", owner="proposal", listed=False, on_owner_page=True),
    KindSpec("vision", "decisions", (  # each quarterly recalibration is one record
        F("date", "date", required=True),
        F("vision", "long_text", limit=LONG),
        F("mission", "long_text", limit=LONG),
        F("participants", "people"),
    ), title="date", columns=("participants",)),
    KindSpec("rule", "decisions", (
        F("title", "text", required=True),  # the rule in one sentence
        F("purpose", "long_text", limit=LONG),
        F("text", "long_text", limit=LONG),
        F("steward", "person"),
        F("since", "date"),
        F("review_date", "date"),
        F("replaces", "record", refers_to="rule", form="new"),
        F("decision", "record", refers_to="proposal"),
    ), title="title", columns=("steward", "since", "review_date")),
    KindSpec("rule_signal", "decisions", (
        F("rule", "record", required=True, refers_to="rule"),
        F("signal", "choice", required=True, choices=RULE_SIGNALS),
        F("comment", "long_text", required=True, limit=LONG),
        F("person", "person", form="none"),
    ), title="comment", owner="rule", listed=False, on_owner_page=True),
    # The trust scan (trustwork.scan): a round's key pair is made in the browser; its public
    # key is in the file, its private key only sealed under the facilitator's passphrase.
    KindSpec("scan_round", "scan", (
        F("title", "text", required=True),
        F("starts", "date"),
        F("ends", "date"),
        F("groups", "teams"),  # the teams it reports on besides everyone
        F("facilitator", "person"),
        F("threshold", "number", form="new"),  # the smallest group shown: 5, never below 3
        F("public_key", "internal"),
        F("box", "internal", logged=False),  # the private key, sealed under the passphrase
        F("closed", "internal"),  # the day it was closed: its aggregates are stored
    ), title="title", columns=("starts", "ends", "groups")),
    KindSpec("scan_statement", "scan", (  # the organisation's own statements
        F("text", "text", required=True),
        F("theme", "choice", required=True, choices=SCAN_THEMES),
    ), title="text", columns=("theme",)),
    # One person's answers, sealed to the round's public key: nothing in clear but the round.
    KindSpec("scan_ballot", "scan", (
        F("round", "record", required=True, refers_to="scan_round", form="none"),
        F("sealed", "internal", logged=False),
    ), title="round", anonymous=True, listed=False),
    # What closing a round stores per group that passes the threshold: aggregates only.
    KindSpec("scan_result", "scan", (
        F("round", "record", required=True, refers_to="scan_round", form="none"),
        F("group", "internal"),  # "everyone" or a team's id
        F("respondents", "number", form="none"),
        F("counts", "internal"),  # per statement: how many gave 1, 2, 3, 4, 5
        F("open_answers", "internal"),  # shuffled
    ), title="round", listed=False),
)

# The areas in the order of the navigation; each one's kinds are those that name it above.
REGISTRY = Registry(KINDS, (
    Area("dashboard", "◉", view="dashboard", template="areas/dashboard.html"),
    Area("people", "◎", view="register", template="areas/register.html"),
    Area("improvement", "↻", view="improvement", template="areas/improvement.html"),
    Area("ideas", "✦", view="ideas", template="areas/ideas.html"),
    Area("pilots", "❖", view="pilots", template="areas/pilots.html"),
    Area("decisions", "⚖", view="decisions", template="areas/decisions.html"),
    Area("scan", "▦", view="scan", template="areas/scan.html"),
    Area("changes", "↺", view="changes", template="areas/changes.html"),
))
AREAS = REGISTRY.areas
DEFAULT_AREA = AREAS[0]

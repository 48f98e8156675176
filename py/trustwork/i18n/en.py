"""English messages. Keys match ``nl.py`` exactly."""

MESSAGES: dict[str, str] = {
    "app.name": "Trustwork",
    "app.tagline": "Managing on the basis of trust",
    "app.version": "version {version}",
    "boot.loading": "Starting Trustwork…",
    "boot.offline": "Everything runs inside this one file, without the internet.",
    "boot.stage.runtime": "Loading the runtime",
    "boot.stage.python": "Starting Python",
    "boot.stage.app": "Loading the app",
    "boot.stage.data": "Opening the data",
    "boot.error.title": "Trustwork could not start",
    "boot.error.stage": "Failed while:",
    "boot.error.browser": "Browser:",
    "boot.error.hint": (
        "Use a recent version of Chrome, Edge or Firefox and open the file again. "
        "If it still fails, send this message to whoever looks after the file."
    ),
    "boot.noscript": "Trustwork needs JavaScript. Turn JavaScript on and open the file again.",
    "nav.label": "Areas",
    "nav.dashboard": "Dashboard",
    "nav.people": "Teams & people",
    "nav.improvement": "Improvement",
    "nav.ideas": "Ideas",
    "nav.pilots": "Pilots",
    "nav.decisions": "Decisions & rules",
    "nav.scan": "Trust scan",
    "language.label": "Language",
    "language.nl": "Nederlands",
    "language.en": "English",
    "empty.title": "Nothing here yet",
    "empty.no_file": (
        "No organisation is open yet. As soon as you open your organisation's data file, "
        "what it holds appears here."
    ),
    "area.dashboard.intro": (
        "The dashboard shows what trust brings: engagement and satisfaction, operational "
        "effectiveness and continuous creativity."
    ),
    "area.people.intro": (
        "An open register of people, teams and roles that the people keep themselves. "
        "Everything is visible to everyone, except client-confidential records: "
        "those stay within the team."
    ),
    "area.improvement.intro": (
        "Every team runs one improvement project every month, aimed at productivity, safety, "
        "ergonomics or cost, with a measurable result."
    ),
    "area.ideas.intro": (
        "Idea campaigns with an open, explained selection: from submitted to usable to done, "
        "and from a usable idea to the project that carries it out."
    ),
    "area.pilots.intro": (
        "Pilots that anyone can follow and edit, with full history and reactions. "
        "Taking part is voluntary: whoever feels forced need not join."
    ),
    "area.decisions.intro": (
        "Decisions of the monthly operational round, vision and mission with their quarterly "
        "revisions, and a short rules register in which every rule states its purpose."
    ),
    "area.scan.intro": (
        "A trust scan that a room full of people fills in anonymously; results per theme "
        "appear only once enough people have answered."
    ),
    "data.error.unreadable": "This file cannot be read (at {where}). It has not been changed.",
    "data.error.not_json": (
        "This is not readable JSON: it goes wrong at {where}. Perhaps it was cut off or "
        "edited by hand. The file has not been changed."
    ),
    "data.error.too_large": (
        "This file is too large to open ({size} bytes; the limit is {limit} bytes). "
        "The file has not been changed."
    ),
    "data.error.too_deep": (
        "This file nests deeper than a Trustwork file ever does (at {where}). "
        "The file has not been changed."
    ),
    "data.error.not_trustwork": (
        "This is not a Trustwork organisation file: its “format” field is missing or wrong."
    ),
    "data.error.wrong_type": (
        "At {where} there is a value of the wrong kind (expected: {expected}). "
        "The file has not been changed."
    ),
    "data.error.missing": "At {where} a required value is missing. The file has not been changed.",
    "data.error.duplicate_id": (
        "The id “{id}” appears twice: at {first} and at {where}. The file has not been changed."
    ),
    "data.error.newer_version": (
        "This file was made by a newer Trustwork (format version {version}) and this version "
        "cannot read it. Open it with the newer Trustwork."
    ),
    "data.error.older_version": "Format version {version} is older than this Trustwork can read.",
    "data.read_only": (
        "This file was made by a newer Trustwork (format version {version}). You can look at "
        "it, but this version saves nothing into it."
    ),
    "data.type.text": "text",
    "data.type.list": "list",
    "data.type.object": "object",
    "data.type.timestamp": "a time such as 2026-11-29T17:00:00Z",
    "data.type.whole_number": "whole number",
    "data.type.kind": "a kind name in lower case",
    "data.type.list_of_texts": "list of texts",
    "demo.open": "Open the demo organisation",
    "demo.badge": "demo",
    "demo.notice": (
        "This is the demo organisation, to look around in. It lives only in this window: "
        "nothing of it is saved."
    ),
    "overview.counts": "What is recorded",
    "overview.coming": "The screens to view and edit this area are still to come.",
    "overview.conflicts": "There are {count} conflicting changes waiting to be looked at.",
    "overview.recent": "Recent changes",
    "overview.when": "When",
    "overview.who": "Who",
    "overview.what": "What",
    "action.create": "created",
    "action.update": "changed",
    "action.delete": "deleted",
    "action.restore": "restored",
    "action.resolve": "conflict settled",
    "kind.organisation": "organisation",
    "kind.person": "people",
    "kind.team": "teams",
    "kind.role": "roles",
    "kind.value": "values",
    "kind.improvement_project": "improvement projects",
    "kind.idea_campaign": "idea campaigns",
    "kind.idea": "ideas",
    "kind.pilot": "pilots",
    "kind.pilot_revision": "pilot page versions",
    "kind.decision": "decisions",
    "kind.rule": "rules",
    "kind.scan": "trust scans",
    "kind.scan_answer": "scan answers",
    "file.open": "Open file…",
    "file.new": "New organisation…",
    "file.reopen": "Reopen {name}",
    "file.save": "Save",
    "file.download": "Save as download",
    "file.status.new": "not saved yet",
    "file.status.saved": "saved",
    "file.status.unsaved": "{count} unsaved change(s)",
    "file.status.saving": "saving…",
    "file.status.merged": "saved, together with changes by others",
    "file.status.conflict": "saved, with conflicting changes",
    "file.status.failed": "not saved",
    "file.status.read_only": "read-only",
    "file.not_saved": (
        "Not saved: {detail} Your changes are still in this window and in the browser; "
        "try again."
    ),
    "file.download_explained": (
        "This browser cannot save into the file itself. “Save as download” gives you a new "
        "copy: put it on the shared drive in place of the old one."
    ),
    "file.others_saved": "Someone else has saved this file in the meantime.",
    "file.take_in": "Take in their changes",
    "file.merge_report": "{records} items took changes from others; {conflicts} conflicting.",
    "file.new_name": "What is the organisation called?",
    "file.not_same": "That was another file than {name}; that other file is open now.",
    "file.write_check_failed": "what the file holds now is not what was written.",
    "journal.offer": (
        "There are {count} change(s) from last time that were not saved "
        "(the window was closed or got stuck)."
    ),
    "journal.restore": "Restore",
    "journal.discard": "Discard",
    "organisation.title": "The organisation",
    "organisation.name": "Name",
    "organisation.mission": "Mission",
    "organisation.apply": "Record the change",
    "conflicts.title": "Conflicting changes ({count})",
    "conflicts.explained": (
        "Two people changed the same thing at once. The later change is in place; the other "
        "is kept. Choose which stays."
    ),
    "conflicts.kept": "In place now, by {who}:",
    "conflicts.other": "Kept aside, by {who}:",
    "conflicts.keep": "Leave it",
    "conflicts.take_other": "Take the other",
    "file.leave_unsaved": (
        "{name} has {count} change(s) that are not saved yet. They stay in this browser and "
        "are offered back when you open the file again. Go on anyway?"
    ),
    "journal.not_applicable": "That is no longer possible: someone else changed it meanwhile.",
    "journal.skipped": (
        "{count} change(s) from last time could no longer be applied: someone else had "
        "deleted or settled that item meanwhile."
    ),
    "file.busy": "others kept saving the file; try again in a moment.",
    "file.status.downloaded": "downloaded: put the copy in place of the old file",
    "file.read_only_edit": (
        "This file can only be read (it comes from a newer Trustwork): the change was not "
        "recorded."
    ),
}

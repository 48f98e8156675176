"""English messages. Keys match ``nl.py`` exactly."""

MESSAGES: dict[str, str] = {
    "app.name": "Trustwork",
    "app.tagline": "Managing on the basis of trust",
    "app.version": "version {version}",
    "app.failure": (
        "Something went wrong that Trustwork did not expect. The details are in the "
        "browser's console (F12); please pass them on to whoever looks after Trustwork."
    ),
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
    "data.error.number": (
        "At {where} there is a number that Trustwork cannot keep exactly ({number}). Whole "
        "numbers may go up to 9007199254740991, other numbers must be finite; NaN and "
        "Infinity are not JSON. The file has not been changed."
    ),
    "data.error.duplicate_key": (
        "At {where} one object names the same field twice, so it is unclear which value "
        "counts. The file has not been changed."
    ),
    "data.error.broken_text": (
        "At {where} a text holds half a character (a lone surrogate), which cannot be saved "
        "as UTF-8. The file has not been changed."
    ),
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
    "demo.badge": "demo",
    "demo.menu": "Demos",
    "demo.choose": "Choose a demo organisation",
    "demo.choose_intro": (
        "Three made-up organisations, each with a year of history and a story of its own. A "
        "demo lives only in this window: your own file stays as it is."
    ),
    "demo.story.distribution.name": "Distribution centre: Kaizen teams and an idea round",
    "demo.story.distribution.line": (
        "Ten teams improve something measurable every month; the savings round brought in "
        "168 ideas, 40 of them usable."
    ),
    "demo.story.distribution.notice": (
        "This is the distribution centre, where trust shows in doing. Look at the grid of "
        "improvement projects (nearly full, with measured savings), at the savings round (168 "
        "ideas, 40 usable, each with a reason) and at the trust scan: some teams are too small "
        "to show their results."
    ),
    "demo.story.network.name": "Network organisation: everything open but client secrets",
    "demo.story.network.line": (
        "About 170 professionals in teams they form themselves, a decision round every "
        "month, four versions of the vision and a short rules register."
    ),
    "demo.story.network.notice": (
        "This is the network organisation: the harder you check, the more resistance you "
        "meet. Everything is open, except one client record of the healthcare finance team. "
        "Look too at the decision rounds, the four versions of the vision and the rules "
        "register under its budget."
    ),
    "demo.story.engineering.name": "Engineering firm: pilots of employment conditions",
    "demo.story.engineering.line": (
        "The staff own the firm and try appraisal, reward, career and green conditions in "
        "pilots first."
    ),
    "demo.story.engineering.notice": (
        "This is the engineering firm its staff own: try it first, with whoever wants to. "
        "Look at the pilots: their pages with history (one page forked), reactions from "
        "people who take part and who do not, and the evaluation that ended the appraisal "
        "pilot."
    ),
    "demo.story.generated.name": "Generated organisation",
    "demo.story.generated.line": "Random data, to try things out.",
    "demo.passphrase": "Passphrase of the confidential client record:",
    "demo.to_secret": "To the record",
    "demo.notice": (
        "This is the demo organisation, to look around in. It lives only in this window: "
        "nothing of it is saved."
    ),
    "overview.counts": "What is recorded",
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
    "copy.merge": "Merge a copy…",
    "copy.merged": "Merged {name}: {changes} change(s) by {people}, {conflicts} conflict(s).",
    "copy.nothing_new": "{name} held nothing new: the open file already had all of it.",
    "copy.and": "and",
    "copy.nobody": "nobody",
    "copy.other_organisation": (
        "{name} is a copy of another organisation ({organisation}); it is not merged."
    ),
    "copy.folder": "Allow the folder…",
    "copy.folder_explained": (
        "Allow this file's folder once: the page then notices the conflicted copies a sync "
        "engine puts beside it, and offers to merge them."
    ),
    "copy.folder_again": "Allow the folder again",
    "copy.folder_again_explained": (
        "You allowed this file's folder on an earlier visit; the browser asks once more before "
        "the page looks there for conflicted copies."
    ),
    "copy.folder_not_again": (
        "The browser did not allow the folder again; choose “Allow the folder…” to pick it."
    ),
    "copy.folder_lacks_file": "That folder does not hold {name}; pick the folder the file is in.",
    "copy.found": "Conflicted copies beside {name} ({count}): {names}",
    "copy.merge_found": "Merge and set aside",
    "copy.none_found": "No conflicted copies beside {name}.",
    "copy.set_aside": "Set aside as: {names}",
    "copy.not_set_aside": (
        "{name} is merged but could not be renamed; leave it or rename it yourself (merging "
        "it again changes nothing)."
    ),
    "file.download_routine": (
        "Working safely in this browser: open the shared file, work, and choose “Save as "
        "download”. Do not put that download in place of the shared file: open the shared "
        "file again (it then has what others saved meanwhile), choose “Merge a copy…” and "
        "pick your download, save, and put that new download in place of the shared file "
        "at once."
    ),
    "file.download_explained": (
        "This browser cannot save into the file itself. “Save as download” gives you a new "
        "copy: merge it into the shared file instead of replacing it (see below)."
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
    "file.status.downloaded": "downloaded: bring it into the shared file as below",
    "file.read_only_edit": (
        "This file can only be read (it comes from a newer Trustwork): the change was not "
        "recorded."
    ),
    "kind.team_record": "team records",
    "kind.one.person": "person",
    "kind.one.team": "team",
    "kind.one.role": "role",
    "kind.one.value": "value",
    "kind.one.team_record": "team record",
    "nav.changes": "Recent changes",
    "area.changes.intro": "Everything anyone changed, newest first. Nothing happens out of sight.",
    "me.label": "You:",
    "me.who": "Who are you?",
    "me.prompt": "Who are you? Pick yourself once: your changes then carry your name.",
    "me.pick_link": "Pick yourself",
    "me.title": "Who are you?",
    "me.explained": (
        "Trustwork has no passwords: everyone trusts everyone, and the history shows who did "
        "what. Pick yourself, or add yourself if you are not in the list yet. This computer "
        "remembers it for this organisation."
    ),
    "me.now": "This computer now works as {name}.",
    "me.pick": "I am",
    "me.this_is_me": "That's me",
    "me.add": "Not in the list? Add yourself",
    "me.add_button": "Add me",
    "me.chosen": "Welcome, {name}. Your changes now carry your name.",
    "kind.list.person": "People",
    "kind.list.team": "Teams",
    "kind.list.role": "Roles",
    "kind.list.value": "Values",
    "kind.list.team_record": "Team records",
    "kind.add.person": "Add a person",
    "kind.add.team": "Add a team",
    "kind.add.role": "Add a role",
    "kind.add.value": "Add a value",
    "kind.add.team_record": "Add a team record",
    "kind.new.person": "New person",
    "kind.new.team": "New team",
    "kind.new.role": "New role",
    "kind.new.value": "New value",
    "kind.new.team_record": "New team record",
    "kind.none.person": "No people yet. Anyone can add people, themselves included.",
    "kind.none.team": "No teams yet. Teams form themselves: add yours.",
    "kind.none.role": "No roles yet.",
    "kind.none.value": "No values written down yet.",
    "kind.none.team_record": "No team records yet: notes on a client, a contract, figures.",
    "register.missing": "This record does not exist (any more) in this organisation.",
    "register.one_per_line": "One per line.",
    "register.nobody": "Nobody",
    "register.organisation_wide": "Organisation-wide",
    "register.no_people_yet": "No people in the register yet.",
    "register.create": "Add",
    "register.apply": "Apply changes",
    "register.holdings": "Teams and roles",
    "register.no_holdings": "Not in a team and no role yet.",
    "register.holders": "Who held this role",
    "register.delete": "Delete",
    "register.delete_confirm": "Delete “{name}”? It stays in the history.",
    "register.created": "Added: {name}.",
    "register.applied": "Changes applied.",
    "register.nothing_changed": "Nothing was changed.",
    "register.deleted": "Deleted: {name}. It stays in the history.",
    "field.organisation.name": "Name",
    "field.organisation.mission": "Mission",
    "field.person.name": "Name",
    "field.person.does": "What they do",
    "field.person.contact": "Contact",
    "field.team.name": "Name",
    "field.team.purpose": "Purpose",
    "field.team.members": "Members",
    "field.team.clients": "Clients",
    "field.team.meets": "How and when the team meets",
    "field.team.training": "Training the team chose",
    "field.team.lock": "Passphrase",
    "field.role.name": "Role",
    "field.role.team": "Team",
    "field.role.purpose": "Purpose",
    "field.role.accountable_for": "Accountable for",
    "field.role.holder": "Held by",
    "field.role.term_ends": "Term ends",
    "field.value.name": "Value",
    "field.value.description": "What it means",
    "field.team_record.title": "Title",
    "field.team_record.team": "Team",
    "field.team_record.client": "Client",
    "field.team_record.body": "Notes, contract terms, figures",
    "field.team_record.confidential": "Confidential",
    "field.team_record.show_title": "Title visible",
    "form.error.required": "Fill this in.",
    "form.error.too_long": "Too long: at most {limit} characters.",
    "form.error.date": "Not a date. Write it as year-month-day, e.g. 2027-03-31.",
    "form.error.unknown_record": "That one is not in the register (any more).",
    "secret.title": "Client-confidential",
    "secret.mark": "Confidential: only the team can read it",
    "secret.show_title": "Everyone may see the title",
    "secret.mark_hint": (
        "A confidential record is encrypted in the file with the team's passphrase. Others see "
        "only that it exists, its team, and its title if you allow that. This is chosen once, "
        "when the record is added."
    ),
    "secret.badge": "confidential",
    "secret.untitled": "Confidential record",
    "secret.locked": (
        "This record is confidential to {team}. Enter the team's passphrase to read it."
    ),
    "secret.passphrase": "Team passphrase",
    "secret.unlock": "Unlock",
    "secret.unlocked": "Unlocked in this page. Closing the page locks it again.",
    "secret.sealed_hint": "Encrypted with the team's passphrase when you apply the changes.",
    "secret.team_title": "Team records",
    "secret.team_explained": (
        "Everything is open to everyone, except what a client entrusts to the team. Confidential "
        "team records are encrypted with the team's passphrase; share it only within the team."
    ),
    "secret.current_passphrase": "Current passphrase",
    "secret.new_passphrase": "New passphrase",
    "secret.repeat_passphrase": "New passphrase again",
    "secret.passphrase_hint": (
        "At least 10 characters. Nobody can recover a forgotten passphrase: without it, the "
        "team's confidential records cannot be read by anyone."
    ),
    "secret.set_title": "Set a passphrase for confidential records",
    "secret.change_title": "Change the passphrase",
    "secret.set": "Set passphrase",
    "secret.change": "Change passphrase",
    "secret.changed": (
        "The passphrase is changed; {count} confidential records are encrypted again."
    ),
    "secret.set_done": "The team now has a passphrase for confidential records.",
    "secret.cannot_unlock": (
        "Cannot unlock: the passphrase is wrong, or the record was changed outside Trustwork."
    ),
    "secret.damaged": "Cannot unlock: the encrypted data is damaged.",
    "secret.no_passphrase": (
        "Cannot unlock: the team has no passphrase. Set one on the team's page first."
    ),
    "secret.other_key": (
        "Cannot unlock: this record was encrypted with an earlier passphrase of the team."
    ),
    "secret.needs_unlock": (
        "Unlock the team first (on the team's page): a confidential record is encrypted with "
        "its key."
    ),
    "secret.too_short": "Too short: at least {minimum} characters.",
    "secret.not_repeated": "The two passphrases differ.",
    "history.title": "History",
    "history.show_version": "Version {number} in full",
    "history.empty": "(empty)",
    "history.sealed_changed": "The encrypted content changed.",
    "history.values_unknown": "This older change did not record its values.",
    "changes.fields": "Fields",
    "changes.none": "No changes yet.",
    "changes.all": "All recent changes",
    "openness.share": (
        "{percent}% of what is recorded is open to everyone: {open} of {total} records. "
        "{confidential} are client-confidential and stay within their team."
    ),
    "reminders.title": "Terms that end",
    "reminders.ends": "term ends {date} (in {days} days)",
    "reminders.ended": "term ended {date} ({days} days ago)",
    "openness.detail": (
        "of what is recorded is open to everyone: {open} of {total} records. {confidential} "
        "are client-confidential and stay within their team."
    ),
    "reminders.today": "term ends today ({date})",
    "conflicts.sealed": "(encrypted content: unlock the team to read it)",
    "register.filter": "Find in the register",
    "me.choose": "Choose your name",
    "me.choose_first": "Choose your name in the list.",
    "register.conflicts": "This record has {count} conflicting change(s) waiting to be settled.",
    "register.to_conflicts": "Settle on the dashboard",
    "history.unknown": "(not known: an older version of Trustwork did not keep it)",
    "register.team_roles": "Roles in this team",
    "register.no_team_roles": "No roles in this team yet.",
    "organisation.history": "History of the name and mission",
    "search.label": "Search everything",
    "search.placeholder": "Search everything…  ( / )",
    "search.results_title": "Search results",
    "search.count": "{count} found for “{query}”",
    "search.nothing": (
        "Nothing found for “{query}”. Accents and capitals do not matter; every word must "
        "occur."
    ),
    "search.more": "and {count} more in this area: add a word to narrow it down",
    "search.keys": "↓ ↑ move through the results, Enter opens one, Esc closes.",
    "since.nav": "{count} new since you last looked",
    "since.title": "New since your last visit",
    "since.nothing": "Nothing new from others since you last looked.",
    "since.more": "and {count} more: the areas with a number in the navigation have them",
    "since.mark_all": "Mark all as seen",
    "since.marked": "Everything is marked as seen.",
    "since.new": "new",
    "since.changed": "changed",
    "since.new_version": "new since your last look",
    "since.record_changed": "Someone changed this since you last looked at this area.",
    "since.to_history": "What changed, in the history",
}

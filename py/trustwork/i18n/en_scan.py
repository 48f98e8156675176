"""English messages of the trust scan: its questionnaire (our own wording of the article's
foundations of trust), its kinds, the ballot box, seminar mode and the results. Keys match
``nl_scan.py`` exactly."""

MESSAGES: dict[str, str] = {
    # The themes: the foundations of trust
    "scan.theme.goals": "Clear goals",
    "scan.theme.tools": "Good tools and instructions",
    "scan.theme.whole_work": "Whole work",
    "scan.theme.openness": "Openness",
    "scan.theme.own_work": "Room to organise your own work",
    "scan.theme.few_rules": "Few, meaningful rules",
    "scan.theme.safety": "Voluntary participation and safety",
    "scan.theme.thinking_along": "Willingness to think along",
    "scan.theme.employment": "A fair employment relationship",
    # The statements
    "scan.statement.goals.1": "I know what our organisation wants to achieve this year.",
    "scan.statement.goals.2": "I can explain how my own work helps reach those goals.",
    "scan.statement.goals.3": "Our team's goals are few enough to remember.",
    "scan.statement.goals.4": "When goals change, I hear why.",
    "scan.statement.tools.1": "I have the tools and materials I need to do my work well.",
    "scan.statement.tools.2": "Instructions are clear and easy to find when I need them.",
    "scan.statement.tools.3": "When a tool does not work, it is fixed or replaced quickly.",
    "scan.statement.whole_work.1": "I see the result of my work from start to finish.",
    "scan.statement.whole_work.2": "I know the clients or colleagues who depend on my work.",
    "scan.statement.whole_work.3": "My work is varied rather than one small repeated task.",
    "scan.statement.openness.1": "I can find the information I need without asking permission.",
    "scan.statement.openness.2": "Figures about how we are doing are shared with everyone.",
    "scan.statement.openness.3": "Decisions are explained, including the reasons against.",
    "scan.statement.openness.4": "I can say what I think, also to people above me.",
    "scan.statement.own_work.1": "Within our goals, I decide how I do my work.",
    "scan.statement.own_work.2": "Our team plans its own work and schedules.",
    "scan.statement.own_work.3": "I can try a better way of working without a long approval.",
    "scan.statement.few_rules.1": "The rules I have to follow make sense to me.",
    "scan.statement.few_rules.2": "A rule that no longer helps can be questioned and dropped.",
    "scan.statement.few_rules.3": "I spend little time on checks and forms that add nothing.",
    "scan.statement.safety.1": (
        "I take part in improvement work because I want to, not because I must."
    ),
    "scan.statement.safety.2": "A mistake is used to learn, not to blame someone.",
    "scan.statement.safety.3": "I feel safe to raise a problem or a bad idea.",
    "scan.statement.safety.4": "Saying no to an extra task does not count against me.",
    "scan.statement.thinking_along.1": "My ideas for improvement are taken seriously.",
    "scan.statement.thinking_along.2": (
        "I am willing to think along about problems outside my own job."
    ),
    "scan.statement.thinking_along.3": "I hear what happened with the ideas I handed in.",
    "scan.statement.employment.1": "My pay is fair for the work I do.",
    "scan.statement.employment.2": "My contract and working hours suit my life.",
    "scan.statement.employment.3": "I can grow here in skills and responsibility.",
    "scan.open_question": "What would most increase trust in your work? (optional)",
    "scan.scale.1": "strongly disagree",
    "scan.scale.2": "disagree",
    "scan.scale.3": "neither",
    "scan.scale.4": "agree",
    "scan.scale.5": "strongly agree",
    # The kinds and their fields
    "field.scan_round.facilitator": "Facilitator",
    "field.scan_round.threshold": "Smallest group shown (at least 3)",
    "kind.scan_statement": "own statements",
    "kind.one.scan_statement": "own statement",
    "kind.list.scan_statement": "Our own statements",
    "kind.add.scan_statement": "Add a statement",
    "kind.new.scan_statement": "New statement",
    "kind.none.scan_statement": (
        "No statements of our own yet: the built-in questionnaire is asked."
    ),
    "field.scan_statement.text": "Statement",
    "field.scan_statement.theme": "Theme",
    "choice.scan_statement.theme.goals": "clear goals",
    "choice.scan_statement.theme.tools": "good tools and instructions",
    "choice.scan_statement.theme.whole_work": "whole work",
    "choice.scan_statement.theme.openness": "openness",
    "choice.scan_statement.theme.own_work": "room to organise your own work",
    "choice.scan_statement.theme.few_rules": "few, meaningful rules",
    "choice.scan_statement.theme.safety": "voluntary participation and safety",
    "choice.scan_statement.theme.thinking_along": "willingness to think along",
    "choice.scan_statement.theme.employment": "a fair employment relationship",
    "kind.scan_ballot": "ballots",
    "kind.one.scan_ballot": "ballot",
    "kind.list.scan_ballot": "Ballots",
    "kind.add.scan_ballot": "Answer",
    "kind.new.scan_ballot": "New ballot",
    "kind.none.scan_ballot": "No ballots yet.",
    "field.scan_ballot.round": "Round",
    "kind.scan_result": "results",
    "kind.one.scan_result": "result",
    "kind.list.scan_result": "Results",
    "kind.add.scan_result": "Add a result",
    "kind.new.scan_result": "New result",
    "kind.none.scan_result": "No results yet.",
    "field.scan_result.round": "Round",
    "field.scan_result.respondents": "Respondents",
    # The ballot box, seminar mode and the results
    "scan.passphrase": "Round passphrase",
    "scan.repeat_passphrase": "Round passphrase again",
    "scan.box_title": "Ballot box",
    "scan.box_hint": (
        "The answers are sealed in this browser to the round's ballot box; only this "
        "passphrase opens it, when you close the round. Nobody else can read a single "
        "ballot, not even with every version of the file. Keep the passphrase: without it "
        "the round cannot be closed."
    ),
    "scan.ballot_hint": (
        "Answer as many statements as you like: 1 is strongly disagree, 5 strongly agree."
    ),
    "scan.your_group": "Your team (optional)",
    "scan.group_hint": (
        "Results per team are shown only for teams with at least {threshold} answers, and"
        " only when they cannot be worked out from other groups."
    ),
    "scan.open_hint": (
        "Written answers are shown shuffled, only for groups that are large enough. Your "
        "own words can be recognisable: leave out names and details."
    ),
    "scan.submit": "Hand in my answers",
    "scan.group_everyone": "Everyone",
    "scan.respondents": "{count} respondents",
    "scan.respondents_short": "Respondents",
    "scan.weakest_strongest": "Weakest theme: {weakest}. Strongest theme: {strongest}.",
    "scan.theme": "Theme",
    "scan.average": "Average (1–5)",
    "scan.positive": "Positive (4–5)",
    "scan.distribution": "Answers 1 to 5",
    "scan.open_answers": "Written answers ({count}, shuffled)",
    "scan.round_title": "This round",
    "scan.ballots": "{count} ballots sealed in the file",
    "scan.threshold_is": "groups are shown from {threshold} respondents",
    "scan.closed": "This round is closed: only its results are kept.",
    "scan.no_box": "This round has no ballot box (it was added without one): it takes no answers.",
    "scan.answered_here": "This browser has answered this round.",
    "scan.answer": "Answer",
    "scan.seminar": "Seminar mode",
    "scan.screen": "Results screen",
    "scan.open_box": "Open the ballot box",
    "scan.close": "Close the round and store its results",
    "scan.close_hint": (
        "Closing opens the ballots in this page only and stores per group the counts of "
        "each answer, never a ballot; a group with fewer than {threshold} respondents, or"
        " one that could be worked out from two others, is not stored at all. A closed "
        "round takes no more answers."
    ),
    "scan.results": "Results",
    "scan.live_results": "Results so far",
    "scan.live_counted": (
        "{counted} ballots counted; {waiting} more wait until there are {threshold}, so "
        "that no single answer shows."
    ),
    "scan.no_results": "No group has {threshold} respondents yet.",
    "scan.not_open": "This round takes no answers.",
    "scan.already_answered": (
        "This browser has already handed in answers for this round. Thank you! Someone "
        "else answering on this device can use seminar mode."
    ),
    "scan.anonymous_promise": (
        "Your answers are sealed in this browser before anything is saved: the file holds"
        " them only locked, without your name or the time."
    ),
    "scan.seminar_count": "{count} ballots so far.",
    "scan.screen_count": "{count} ballots",
    "scan.screen_hint": (
        "The facilitator opens the ballot box here to show the results as they come in."
    ),
    "scan.back_to_round": "Back to the round",
    "scan.latest": (
        "Latest trust scan: {name}, {respondents} respondents, average {average}, "
        "{positive}% positive."
    ),
    "scan.no_closed_round": "No round closed yet: results appear here when a round is closed.",
    "scan.trend": "Trend over rounds (everyone)",
    "scan.round": "Round",
    "scan.threshold_too_low": (
        "A group must have at least {minimum} respondents before it is shown."
    ),
    "scan.bad_answer": "Pick an answer from 1 to 5.",
    "scan.nothing_answered": "Answer at least one statement.",
    "scan.damaged_ballot": "A ballot could not be read: it was damaged.",
    'scan.wrong_passphrase': "That passphrase does not open this round's ballot box.",
    "scan.round_closed": "This round is closed and takes no more answers.",
    "scan.handed_in": "Thank you: your answers are sealed in the ballot box.",
    "scan.next_person": "Thank you: your answers are sealed. The next person can answer now.",
    "scan.box_opened": "The ballot box is open in this page. Closing the page locks it again.",
    "scan.round_closed_done": (
        "The round is closed: results for {groups} groups were stored from {count} "
        "ballots."
    ),
    "scan.unreadable_ballots": "{count} ballots could not be opened and were not counted.",
}

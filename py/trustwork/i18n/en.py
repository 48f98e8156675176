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
}

"""English messages of presentation mode and the skip link."""

MESSAGES: dict[str, str] = {
    "skip.content": "Skip to content",
    "present.start": "Present",
    "present.explained": (
        "Show this organisation's story full screen, one screen at a time: arrow keys or a "
        "clicker's page keys to step, Escape to stop."),
    "present.label": "Presentation",
    "present.back": "← Back",
    "present.next": "Next →",
    "present.leave": "Stop presenting (Esc)",
    "present.page.grid": "teams × months {detail}",
    "present.page.board": "board {detail}",
    "present.page.log": "decision log",
    "present.page.report": "report",
}

"""Nederlandse teksten van de presentatiemodus en de link naar de inhoud."""

MESSAGES: dict[str, str] = {
    "skip.content": "Naar de inhoud",
    "present.start": "Presenteren",
    "present.explained": (
        "Toon het verhaal van deze organisatie schermvullend, scherm voor scherm: pijltjes of "
        "de bladertoetsen van een presenter om verder te gaan, Escape om te stoppen."),
    "present.label": "Presentatie",
    "present.back": "← Terug",
    "present.next": "Verder →",
    "present.leave": "Stoppen met presenteren (Esc)",
    "present.page.grid": "teams × maanden {detail}",
    "present.page.board": "bord {detail}",
    "present.page.log": "besluitenlogboek",
    "present.page.report": "rapport",
}

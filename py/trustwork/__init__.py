"""Trustwork: a workbench for managing on the basis of trust.

The package is plain Python (standard library plus jinja2/markupsafe) so the
same code runs on CPython (tests, command line) and on Pyodide in the browser.

Public names:
    __version__   the package version, also shown in the app
    areas         the areas of the app and how a location hash maps to them
    i18n          the message catalogue (Dutch and English) and ``translate``
    views         pure rendering of view data to HTML (jinja2, autoescaped)
    errors        one exception per failure
Only ``trustwork.ui`` talks to the browser.
"""

__version__ = "0.1.0"

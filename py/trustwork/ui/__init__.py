"""The browser edge: the only part of Trustwork that imports ``js``, ``pyodide`` or ``pyscript``.

Handlers here stay small: read what the person did, ask the pure parts of the
package what to show, put it in the page.
"""

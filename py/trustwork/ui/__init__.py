"""The browser edge: the only part of Trustwork that imports ``js``, ``pyodide`` or ``pyscript``.

Split by concern, imports going one way: ``state`` at the bottom, then ``browser``,
``render``, ``background``, ``datafile``, ``sealing``, ``forms`` and ``actions``, and on top
``app``, which starts and binds the page and which nothing imports.
"""

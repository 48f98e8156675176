"""Shared test set-up: the package under py/ and the helpers in tests/support/ import as is."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "py"))
sys.path.insert(0, str(ROOT / "tests"))


# Property tests: at least 1,000 random histories on CPython; inside Pyodide (under Node,
# see tests/pyodide) fewer, since the point there is that the code runs, not the search.
try:
    from hypothesis import settings
except ImportError:  # the browser-only test environment has no hypothesis
    pass
else:
    settings.register_profile("cpython", max_examples=1000, deadline=None)
    settings.register_profile("pyodide", max_examples=50, deadline=None)
    settings.load_profile("pyodide" if sys.platform == "emscripten" else "cpython")

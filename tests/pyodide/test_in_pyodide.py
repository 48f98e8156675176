"""The unit tests again, inside real Pyodide under Node: what breaks on Pyodide fails here."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
TEST_WHEELS = ROOT / "build" / "pyodide-test-wheels"
APP_WHEELS = ROOT / "build" / "wheels"


def download_test_wheels() -> None:
    marker = TEST_WHEELS / ".complete"
    requirements = HERE / "requirements.txt"
    if marker.exists() and marker.read_text() == requirements.read_text():
        return
    shutil.rmtree(TEST_WHEELS, ignore_errors=True)  # no wheel of an older pin may linger
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
         "--platform", "any", "--python-version", "3.14", "--implementation", "py",
         "-r", str(requirements), "--dest", str(TEST_WHEELS)],
        check=True,
    )
    marker.write_text(requirements.read_text())


@pytest.fixture(scope="module")
def wheels() -> list[Path]:
    if not any(APP_WHEELS.glob("jinja2-*.whl")):
        subprocess.run([sys.executable, str(ROOT / "build.py")], cwd=ROOT, check=True)
    download_test_wheels()
    return [APP_WHEELS, TEST_WHEELS]


def test_the_unit_tests_pass_inside_pyodide(wheels: list[Path]) -> None:
    finished = subprocess.run(
        ["node", str(HERE / "run_pytest_in_pyodide.mjs"), str(ROOT), *map(str, wheels), "--",
         "tests/unit", "-q", "-p", "no:cacheprovider", "--import-mode=importlib"],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )
    output = finished.stdout + finished.stderr
    assert "running on emscripten 3.14" in output, output
    assert finished.returncode == 0, output
    assert " passed" in output, output

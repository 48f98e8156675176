"""The command line on any file: a data file it cannot use gets a message in the person's
language and exit code 3, never a traceback and never exit code 1 (which means the operating
system could not read or write a file)."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.fuzzing import BASE, BASE_PATHS, BASE_TEXT, fragments, json_texts, keys, mutated
from trustwork.cli import EXIT_INVALID, EXIT_OK, EXIT_READ_ONLY, main
from trustwork.errors import DataFileError
from trustwork.store import codec

ROOT = Path(__file__).resolve().parents[2]
RECORD = next(iter(BASE.records))

files = st.one_of(
    st.binary(max_size=2000),
    json_texts.map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.builds(mutated, st.sampled_from(BASE_PATHS), fragments, st.one_of(st.none(), keys))
    .map(lambda text: text.encode("utf-8", "surrogatepass")),
)


def run(*arguments: str, language: str) -> tuple[int, str]:
    """Exit code and what went to stderr, with LANG set as a person's shell would."""
    error = io.StringIO()
    with (mock.patch.dict(os.environ, {"LANG": language, "LC_ALL": "", "LC_MESSAGES": ""}),
          contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(error)):
        code = main(list(arguments))
    return code, error.getvalue()


def refused(data: bytes) -> bool:
    codec.forget_written_lines()
    try:
        codec.load(data)
    except DataFileError:
        return True
    return False


# Five commands on real files per example: fewer examples than the codec's own fuzz.
@settings(max_examples=min(200, settings().max_examples),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(files, st.sampled_from(["nl_NL.UTF-8", "en_GB.UTF-8"]))
def test_every_command_refuses_an_unusable_file_with_a_message_and_code_3(
        data: bytes, language: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        file, valid, output = folder / "file.json", folder / "valid.json", folder / "out.json"
        file.write_bytes(data)
        valid.write_text(BASE_TEXT, encoding="utf-8")
        invalid = refused(data)
        for arguments in (("validate", str(file)), ("stats", str(file)),
                          ("history", str(file), RECORD),
                          ("merge", str(valid), str(file), str(valid), "-o", str(output)),
                          ("merge", str(file), str(file), str(file), "-o", str(output))):
            code, error = run(*arguments, language=language)
            assert "Traceback" not in error
            if invalid:
                assert code == EXIT_INVALID, (arguments, error)
                assert error.startswith(f"trustwork: {file}: ") and len(error) > 40
            else:
                assert code in (EXIT_OK, EXIT_INVALID, EXIT_READ_ONLY), (arguments, error)


def test_a_file_that_cannot_be_read_at_all_is_the_only_exit_code_1(tmp_path: Path) -> None:
    code, error = run("validate", str(tmp_path / "missing.json"), language="en_GB.UTF-8")
    assert code == 1 and "missing.json" in error


needs_processes = pytest.mark.skipif(sys.platform == "emscripten",
                                     reason="Pyodide cannot start a process")


@needs_processes
@pytest.mark.parametrize(("language", "words"), [("nl_NL.UTF-8", "getal"),
                                                 ("en_GB.UTF-8", "number")])
def test_validate_names_a_5000_digit_number_in_the_persons_language(
        tmp_path: Path, language: str, words: str) -> None:
    file = tmp_path / "organisation.json"
    name = f'"name":"{BASE.organisation.fields["name"]}"'
    file.write_text(BASE_TEXT.replace(name, '"name":' + "1" * 5000, 1), encoding="utf-8")
    finished = subprocess.run(
        [sys.executable, "-m", "trustwork", "validate", str(file)], capture_output=True,
        text=True, check=False, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "py"), "LANG": language, "LC_ALL": ""})
    assert finished.returncode == EXIT_INVALID
    assert words in finished.stderr and "/organisation/fields/name" in finished.stderr
    assert "Traceback" not in finished.stderr and "ValueError" not in finished.stderr


@needs_processes
def test_validate_on_arbitrary_bytes_is_a_message_and_code_3(tmp_path: Path) -> None:
    file = tmp_path / "noise.json"
    file.write_bytes(bytes(range(256)) * 4)
    finished = subprocess.run(
        [sys.executable, "-m", "trustwork", "validate", str(file)], capture_output=True,
        text=True, check=False, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "py"), "LANG": "en_GB.UTF-8", "LC_ALL": ""})
    assert finished.returncode == EXIT_INVALID
    assert "not readable JSON" in finished.stderr and "Traceback" not in finished.stderr

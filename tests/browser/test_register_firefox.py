"""Teams and people in Firefox ESR: the register through the page, and a confidential record
made outside the browser (standard AES-GCM / PBKDF2) opened, changed and sealed again by
Firefox's WebCrypto, checked once more outside the browser."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from support.browser import ROOT
from support.documents import demo_text
from support.sealing import make_lock, open_record, seal_record
from trustwork.i18n import CATALOGUE

pytestmark = pytest.mark.browser
FIREFOX = os.environ.get("TRUSTWORK_FIREFOX", "/usr/bin/firefox-esr")
NL = CATALOGUE["nl"]
PAYLOAD = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>'
PASSPHRASE, NEW_PASSPHRASE = "de wachtzin van inslag", "een nieuwe wachtzin voor inslag"
SECRET, NEW_SECRET = "ZEER GEHEIM: marge 12%", "NIEUW GEHEIM: marge 14%"


def test_firefox_keeps_the_register_and_seals_confidential_records_with_its_webcrypto(
        built_file: Path, tmp_path: Path) -> None:
    data = json.loads(demo_text())
    team = data["records"]["team"][0]
    lock = make_lock(PASSPHRASE, team["id"])
    team["fields"]["lock"] = lock
    note_id = "team-record-python"
    stamp = team["created"]
    data["records"]["team_record"].append({
        "id": note_id, "created": stamp, "fields": {
            "team": team["id"], "confidential": True, "show_title": False,
            "sealed": seal_record(PASSPHRASE, lock, team["id"], note_id,
                                  {"title": "Marges", "client": "Acme", "body": SECRET})}})
    data_file = tmp_path / "organisatie.json"
    data_file.write_text(json.dumps(data), encoding="utf-8")
    assert SECRET.encode() not in data_file.read_bytes()
    arguments = json.dumps({"payload": PAYLOAD, "note": note_id, "team": team["id"],
                            "passphrase": PASSPHRASE, "newSecret": NEW_SECRET,
                            "newPassphrase": NEW_PASSPHRASE})
    finished = subprocess.run(
        ["node", str(ROOT / "tests" / "browser" / "firefox_register.mjs"), built_file.as_uri(),
         str(data_file), arguments, FIREFOX],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout.strip().splitlines()[-1])

    assert report["errors"] == []
    assert "Fenna Firefox" in report["me"]
    assert report["names"] == [PAYLOAD] * 4
    assert (report["historyNewest"], report["historyWho"]) == ("planner", "Fenna Firefox")
    assert report["reminded"] and report["openness"] != "100%"
    assert "Fenna Firefox" in report["newestChange"]
    assert (report["valueRowsAfterDelete"], report["otherValueRows"]) == (0, 3)
    assert report["pickedOther"]
    assert report["lockedHtmlHasSecret"] is False
    assert report["wrongPassphrase"] == NL["secret.cannot_unlock"]
    assert report["unlockedBody"] == SECRET
    assert report["changed"] == NL["secret.changed"].format(count=1)
    assert (report["hacked"], report["injected"]) == (None, 0)
    for text in (SECRET, NEW_SECRET):
        assert text not in report["downloaded"]
        assert text not in report["storage"]
        assert not any(text in line for line in report["console"])
    saved = json.loads(report["downloaded"])
    new_lock = next(r for r in saved["records"]["team"] if r["id"] == team["id"])["fields"]["lock"]
    assert new_lock["key"] != lock["key"]
    note = next(r for r in saved["records"]["team_record"] if r["id"] == note_id)
    assert open_record(NEW_PASSPHRASE, new_lock, team["id"], note_id,
                       note["fields"]["sealed"])["body"] == NEW_SECRET

"""Every text the UI shows through tr() has an English translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.i18n import read_ts, ts_path

ROOT = Path(__file__).resolve().parents[2]


def test_every_ui_text_is_translated_to_english(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "en.ts"
    shutil.copyfile(ts_path("en"), copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    unfinished = [m.findtext("source") for m in ET.parse(copy).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], "run scripts/update-translations and translate these"


def test_translation_table_reads():
    table = read_ts(ts_path("en"))
    assert table[("MainWindow", "销售")] == "Sales"

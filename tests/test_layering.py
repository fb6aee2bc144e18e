"""The layering of ARCHITECTURE.md holds: import-linter's contracts in pyproject.toml are kept."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    linter = Path(sys.executable).parent / "lint-imports"
    if not linter.exists() and not shutil.which("lint-imports"):
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    result = subprocess.run([str(linter if linter.exists() else "lint-imports"), "--no-cache"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    contracts = len(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                    ["tool"]["importlinter"]["contracts"])
    assert f"Contracts: {contracts} kept, 0 broken" in result.stdout


def test_every_desk_package_is_in_the_independence_contract():
    """A new desk package under ui/ (ui/care, ui/voice …) joins the contract that keeps
    the desks from importing one another."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"]
                    if c["type"] == "independence")
    shared = {"widgets"}
    desks = {f"ui.{p.name}" for p in (ROOT / "ui").iterdir()
             if (p / "__init__.py").exists() and p.name not in shared}
    assert desks == set(contract["modules"]), "list the new ui desk package in the contract"


def test_gate_contract_names_every_part_of_app_but_the_domain():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"]
                    if c["source_modules"] == ["gate"])
    parts = {f"app.{p.stem}" for p in (ROOT / "app").iterdir()
             if (p.suffix == ".py" or (p / "__init__.py").exists())
             and p.stem not in ("__init__", "domain")}
    assert parts <= set(contract["forbidden_modules"]), "add new app modules to the gate contract"

"""The layering of DESIGN.md holds: import-linter's contracts in pyproject.toml are kept."""

from __future__ import annotations

import shutil
import subprocess
import sys
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
    assert "Contracts: 3 kept, 0 broken" in result.stdout


def test_gate_contract_names_every_part_of_app_but_the_domain():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"]
                    if c["source_modules"] == ["gate"])
    parts = {f"app.{p.stem}" for p in (ROOT / "app").iterdir()
             if (p.suffix == ".py" or (p / "__init__.py").exists())
             and p.stem not in ("__init__", "domain")}
    assert parts <= set(contract["forbidden_modules"]), "add new app modules to the gate contract"

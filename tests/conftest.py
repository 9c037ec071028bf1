"""Shared fixtures. Shared data (seeds, benchmarks) is read from $FAULTLINE_SHARED, default
../shared beside the repository; under CI=true a missing folder fails instead of skipping."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from faultline.cli import app

REPO = Path(__file__).resolve().parents[1]


def _shared_dir() -> Path:
    return Path(os.environ.get("FAULTLINE_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = _shared_dir()
    if not (path / "seeds").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared data folder missing under CI: {path}")
        pytest.skip(f"shared data folder not found: {path} (set FAULTLINE_SHARED)")
    return path


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"


SEED_000 = "000_170746028200af0c.txt"
SEED_002 = "002_1b649318492707dd.txt"


@pytest.fixture(scope="session")
def seed_outputs(seeds_dir: Path) -> dict[str, dict[str, Any]]:
    """What `faultline analyze --json` prints for the two whole seeds, by file name: run once
    for every acceptance test that reads it."""
    paths = [str(seeds_dir / SEED_000), str(seeds_dir / SEED_002)]
    result = CliRunner().invoke(app, ["analyze", *paths, "--json", "-w", "1"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {Path(d["source"]["uri"]).name: d for d in docs}

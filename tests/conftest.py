"""Shared fixtures. Shared data (seeds, benchmarks) is read from $FAULTLINE_SHARED, default
../shared beside the repository; under CI=true a missing folder fails instead of skipping."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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

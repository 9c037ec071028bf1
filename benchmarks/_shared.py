"""Where benchmarks find the shared gold data: $FAULTLINE_SHARED, default ../shared."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    path = Path(os.environ.get("FAULTLINE_SHARED", REPO.parent / "shared")).resolve()
    if not (path / "benchmarks").is_dir():
        sys.exit(f"shared data not found at {path} (set FAULTLINE_SHARED)")
    return path

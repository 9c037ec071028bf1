"""The seed pages yield the events the brief lists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from faultline.batch import analyze
from faultline.events import events_stage
from faultline.nlp import load_model
from faultline.settings import Settings


def _events(seeds_dir: Path, prefix: str) -> list[dict[str, Any]]:
    [path] = sorted(seeds_dir.glob(f"{prefix}_*"))
    [rec] = list(analyze([str(path)], Settings(), workers=1))
    events_stage(rec, load_model(Settings().model)(rec.article.body))  # type: ignore[union-attr]
    return rec.events  # type: ignore[union-attr,no-any-return]


def _find(events: list[dict[str, Any]], trigger: str) -> dict[str, Any]:
    found = [e for e in events if e["trigger"] == trigger]
    assert found, [e["trigger"] for e in events]
    return found[0]


@pytest.fixture(scope="module")
def seed0(seeds_dir: Path) -> list[dict[str, Any]]:
    return _events(seeds_dir, "000")


@pytest.fixture(scope="module")
def seed2(seeds_dir: Path) -> list[dict[str, Any]]:
    return _events(seeds_dir, "002")


def test_seed0_events(seed0: list[dict[str, Any]]) -> None:
    rec = _find(seed0, "recognised")
    assert (rec["type"], rec["cameo"], rec["modality"]) == ("SUPPORT", "054", "asserted")
    assert set(rec["target"]) == {"GE-AB", "region:south-ossetia"}
    assert rec["source"] and rec["source"][0].startswith(("person:", "RUS"))
    withheld = _find(seed0, "withheld")
    assert withheld["type"] == "REJECT" and set(withheld["target"]) & {"RUS", "gov:RUS"}
    condemned = _find(seed0, "condemned")
    assert (condemned["type"], condemned["target"], condemned["source"]) == ("ACCUSE", ["RUS"], [])
    discuss = _find(seed0, "discuss")
    assert (discuss["type"], discuss["source"], discuss["modality"]) == (
        "CONSULT",
        ["EU"],
        "planned",
    )
    sanction = _find(seed0, "sanctions")
    assert sanction["type"] == "SANCTION" and sanction["source"] == ["EU"]
    assert sanction["target"] == ["RUS"] and sanction["reported"]
    assert sanction["negated"] or sanction["modality"] == "hypothetical"


def test_seed0_must_nots(seed0: list[dict[str, Any]]) -> None:
    for e in seed0:
        assert e["evidence"]["text"] and not set(e["source"]) & set(e["target"])
        assert not any(s.startswith("media:") for s in e["source"])
        assert not (
            e["type"] == "SANCTION"
            and "RUS" in e["target"]
            and not e["negated"]
            and e["modality"] == "asserted"
        )


def test_seed2_events(seed2: list[dict[str, Any]]) -> None:
    retreat = _find(seed2, "withdrew")
    assert retreat["type"] in ("RETREAT", "CONCEDE") and retreat["source"] == ["RUS"]
    assert set(retreat["target"]) == {"GE-AB", "region:south-ossetia"}
    cond = [e for e in seed2 if e["modality"] == "conditional"]
    assert cond and cond[0]["reported"] and cond[0]["claimed_by"] == "RUS"
    we = [e for e in seed2 if e["type"] == "SUPPORT" and e["target"] == ["GEO"]]
    assert we and we[0]["source"][0] in ("person:zalmay-khalilzad", "USA")
    argued = _find(seed2, "argued")
    assert argued["type"] in ("ACCUSE", "REJECT") and set(argued["source"]) == {"RUS", "SRB"}
    assert argued["target"] == ["XKX"]
    recog = _find(seed2, "recognized")
    assert (recog["type"], recog["source"], recog["target"]) == ("SUPPORT", ["USA"], ["XKX"])
    ratchet = _find(seed2, "support")
    assert ratchet["type"] == "SUPPORT" and ratchet["source"] == ["RUS"]
    assert set(ratchet["target"]) == {"GE-AB", "region:south-ossetia"}
    assert ratchet["modality"] == "asserted" and not ratchet["negated"]

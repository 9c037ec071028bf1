"""Region ids follow DESIGN.md §2: ISO 3166-2 where the region has a code, else region:<slug>."""

from __future__ import annotations

import json
from importlib.resources import files

import pycountry
import pytest

from faultline.actors.gazetteer import gazetteer

_ROWS = [
    json.loads(line)
    for line in files("faultline")
    .joinpath("data", "actors", "regions.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]


@pytest.mark.parametrize("row", _ROWS, ids=[r["id"] for r in _ROWS])
def test_region_id_is_iso_or_a_slug(row: dict) -> None:
    region = row["id"]
    if region.startswith("region:"):
        return
    sub = pycountry.subdivisions.get(code=region)
    assert sub is not None, f"{region} is no ISO 3166-2 code"
    parent = pycountry.countries.get(alpha_3=row["parent"])
    assert parent is not None and sub.country_code == parent.alpha_2


@pytest.mark.parametrize(
    ("surface", "region"),
    [
        ("Iraqi Kurdistan", "IQ-KR"),  # ISO 3166-2:IQ has the Kurdistan Region
        ("the Kurdistan Region", "IQ-KR"),
        ("Erbil", "IQ-KR"),
        ("Tigray", "ET-TI"),
        ("Gagauzia", "MD-GA"),
        ("Abkhazia", "GE-AB"),
        ("South Ossetia", "region:south-ossetia"),  # no ISO 3166-2 code of its own
        ("Nagorno-Karabakh", "region:nagorno-karabakh"),
    ],
)
def test_region_ids(surface: str, region: str) -> None:
    assert gazetteer().lookup(surface) == region

"""The pure scoring functions of benchmarks/actors.py, on tiny hand-made inputs."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "actors.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_actors", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load()


def test_halves_are_a_fixed_function_of_the_id() -> None:
    assert bench.half_of("s01") == bench.half_of("s01")
    halves = {bench.half_of(f"s{i:02d}") for i in range(40)}
    assert halves == {"tune", "report"}


@pytest.mark.parametrize(
    ("label", "expected"),
    [("PERSON", "PER"), ("ORG", "ORG"), ("GPE", "LOC"), ("LOC", "LOC"), ("FAC", "LOC")]
    + [("NORP", None), ("DATE", None), ("PRODUCT", None)],
)
def test_spacy_labels_map_as_scoring_md_says(label: str, expected: str | None) -> None:
    assert bench.spacy_label(label) == expected


@pytest.mark.parametrize(
    ("actor", "form", "expected"),
    [
        ({"kind": "person"}, None, "PER"),
        ({"kind": "person", "anonymous": True}, None, None),
        ({"kind": "state"}, "name", "LOC"),
        ({"kind": "state"}, "metonym", "LOC"),
        ({"kind": "state"}, "adjective", None),
        ({"kind": "region"}, "name", "LOC"),
        ({"kind": "government"}, "metonym", "ORG"),
        ({"kind": "igo"}, "name", "ORG"),
        ({"kind": "media"}, "name", "ORG"),
        ({"kind": "group"}, None, None),
        ({}, None, None),
    ],
)
def test_faultline_labels_by_kind_and_form(
    actor: dict[str, object], form: str | None, expected: str | None
) -> None:
    assert bench.faultline_label(actor, form) == expected


def test_a_leading_the_is_trimmed_but_not_a_lone_the() -> None:
    text = "the United Nations met The Hague"
    assert bench.trim_the(text, 0, 18) == (4, 18)
    assert bench.trim_the(text, 23, 32) == (27, 32)
    assert bench.trim_the(text, 4, 18) == (4, 18)
    assert bench.trim_the("the ", 0, 4) == (0, 4)


def test_tokens_align_in_order_or_not_at_all() -> None:
    assert bench.align("I don't know", ["I", "do", "n't", "know"]) == [
        (0, 1),
        (2, 4),
        (4, 7),
        (8, 12),
    ]
    assert bench.align("a b", ["b", "a"]) is None


def test_iob2_entities_close_on_o_b_and_a_type_change() -> None:
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG"]
    assert bench.iob2_entities(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 7, "ORG")]
    assert bench.iob2_entities(["O", "O"]) == []


def test_counts_need_type_and_both_boundaries() -> None:
    gold = [{(0, 5, "PER"), (10, 16, "LOC")}, {(0, 3, "ORG")}]
    pred = [{(0, 5, "PER"), (10, 16, "ORG")}, {(0, 4, "ORG")}]
    c = bench.counts(gold, pred)
    assert c["PER"] == Counter(tp=1)
    assert c["LOC"] == Counter(fn=1)
    assert c["ORG"] == Counter(fp=2, fn=1)
    assert c["all"] == Counter(tp=1, fp=2, fn=2)
    p, r, f = bench.prf(c["all"])
    assert (p, r) == (pytest.approx(1 / 3), pytest.approx(1 / 3))
    assert f == pytest.approx(1 / 3)
    assert bench.prf(Counter()) == (0.0, 0.0, 0.0)


def test_read_iob2_gives_character_spans(tmp_path: Path) -> None:
    path = tmp_path / "en_ewt-ud-dev.iob2"
    path.write_text(
        "# sent_id = x-1\n# text = Meet Ann Lee in Paris.\n"
        "1\tMeet\tO\t-\t-\n2\tAnn\tB-PER\t-\ta\n3\tLee\tI-PER\t-\ta\n4\tin\tO\t-\t-\n"
        "5\tParis\tB-LOC\t-\ta\n6\t.\tO\t-\t-\n\n"
        "# sent_id = x-2\n# text = broken\n1\tnowhere\tO\t-\t-\n\n",
        encoding="utf-8",
    )
    sentences, skipped = bench.read_iob2(path)
    assert skipped == 1
    (s,) = sentences
    assert (s.key, s.file) == ("x-1", "dev")
    assert s.gold == {(5, 12, "PER"), (16, 21, "LOC")}


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ({"id": "RUS", "kind": "state", "country": "RUS"}, "RUS"),
        ({"id": "XKX", "kind": "state", "country": "XKX"}, "XKX"),
        ({"id": "gov:RUS", "kind": "government", "country": "RUS"}, "RUS"),
        ({"id": "NATO", "kind": "igo", "country": None}, "NATO"),
        ({"id": "GE-AB", "kind": "region", "parent": "GEO", "country": "GEO"}, "GE-AB"),
        ({"id": "person:ann-lee", "kind": "person", "country": "GBR"}, "GBR"),
        ({"id": "person:anon:x", "kind": "person", "anonymous": True, "country": None}, None),
        ({"id": "media:tass", "kind": "media", "country": "RUS"}, None),
        ({"id": "group:two-states", "kind": "group", "members": ["RUS"]}, None),
        (
            {"id": "group:anon:rus-troop", "kind": "group", "anonymous": True, "country": "RUS"},
            "RUS",
        ),
        ({"id": "group:anon:rebel", "kind": "group", "anonymous": True, "country": None}, None),
    ],
)
def test_state_level_ids(actor: dict[str, object], expected: str | None) -> None:
    assert bench.state_level(actor) == expected


def test_set_counts_are_micro() -> None:
    c = bench.set_counts([{"RUS", "GEO"}, set(), {"UN"}], [{"RUS"}, {"USA"}, {"UN"}])
    assert c == Counter(tp=2, fp=1, fn=1)


def test_gold_sentences_are_well_formed() -> None:
    items = bench.read_gold_sentences()
    assert len(items) >= 45
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        assert isinstance(item["gold"], list)
        assert len(item["text"].split()) >= 8  # extraction's minimum article length


def test_heldout_gold_sentences_are_well_formed() -> None:
    first = json.loads(bench.GOLD_HELDOUT.read_text(encoding="utf-8").splitlines()[0])
    assert "written blind" in first["_readme"]
    items = bench.read_gold_sentences(bench.GOLD_HELDOUT)
    assert len(items) >= 50
    ids = [item["id"] for item in items]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"h\d{2,}", i) for i in ids)
    old = {item["text"] for item in bench.read_gold_sentences()}
    for item in items:
        assert item["text"] not in old  # held out: no sentence shared with (b)
        assert isinstance(item["gold"], list)
        assert len(set(item["gold"])) == len(item["gold"])
        assert len(item["text"].split()) >= 8  # extraction's minimum article length


def test_the_heldout_table_has_only_the_whole(capsys: pytest.CaptureFixture[str]) -> None:
    items = [
        {"id": "h01", "text": "x", "gold": ["RUS", "GEO"]},
        {"id": "h02", "text": "y", "gold": []},
    ]
    results = [({"RUS"}, [], None), ({"USA"}, [], None)]
    bench.sentences_table(items, results, errors=False, parts=("all",))
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[1:-1]] == ["all"]
    assert lines[1].split()[1:] == ["2", "2", "0.500", "0.500", "0.500"]
    assert lines[-1].startswith("goals:") and lines[-1].endswith("NOT met")

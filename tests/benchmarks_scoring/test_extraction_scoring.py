"""The pure scoring functions of benchmarks/extraction.py, on tiny hand-made texts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "extraction.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_extraction", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load()


def test_shingles_are_a_multiset_of_four_tokens() -> None:
    grams = bench.shingles("a b c d a b c d")
    assert grams[("a", "b", "c", "d")] == 2
    assert sum(grams.values()) == 5


def test_short_text_gives_one_short_shingle() -> None:
    assert bench.shingles("one, two!") == {("one", "two"): 1}
    assert not bench.shingles("  ... ")


def test_identical_texts_score_one() -> None:
    assert bench.shingle_scores("The cat sat on the mat.", "the cat sat on the mat") != (1.0, 1.0)
    assert bench.shingle_scores("The cat sat on the mat.", "The cat sat on the mat") == (1.0, 1.0)
    assert bench.shingle_scores("", "") == (1.0, 1.0)


def test_extra_text_lowers_precision_only() -> None:
    truth = "one two three four five"  # shingles: (1234), (2345)
    precision, recall = bench.shingle_scores(truth + " six", truth)  # adds (3456)
    assert precision == pytest.approx(2 / 3)
    assert recall == 1.0


def test_missing_text_lowers_recall_only() -> None:
    truth = "one two three four five six"
    precision, recall = bench.shingle_scores("one two three four five", truth)
    assert precision == 1.0
    assert recall == pytest.approx(2 / 3)


def test_empty_prediction_scores_zero() -> None:
    assert bench.shingle_scores("", "one two three four") == (0.0, 0.0)


def test_averages_then_f1() -> None:
    f1, precision, recall = bench.averaged_scores([(1.0, 0.5), (0.5, 1.0)])
    assert (precision, recall) == (0.75, 0.75)
    assert f1 == pytest.approx(0.75)


def test_word_f1_is_a_case_folded_bag() -> None:
    assert bench.word_f1("The the cat", "the cat") == pytest.approx(0.8)
    assert bench.word_f1("", "") == 1.0


def test_field_normalisation_and_dates() -> None:
    assert bench.normalise_field("Jane  Roe;") == bench.normalise_field("jane roe")
    assert bench.normalise_field("A, B and C") == bench.normalise_field("A; B; C")
    assert bench.date_key("2008-08-28T17:03:00+01:00") == "2008-08-28"
    assert bench.date_key(None) == ""


def test_exact_rate_skips_null_gold() -> None:
    pairs = [("Jane Roe", "jane roe"), ("x", None), (None, "Joe")]
    assert bench.exact_rate(pairs, bench.normalise_field) == 0.5


def test_split_is_fixed() -> None:
    assert {bench.half_of(str(i)) for i in range(20)} == {"tune", "report"}
    assert bench.half_of("0001") == bench.half_of("0001")


def test_misses_run_and_print_tune_half_pages_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = [f"{i:04d}" for i in range(12)]
    seen: list[str] = []

    def fake(page: bench.Page) -> bench.Output:
        seen.append(page.id)
        return bench.Output(body="nothing like the gold")

    monkeypatch.setattr(bench, "_faultline", fake)
    gold = {"articleBody": "the harbour master said the tide was high"}
    aeb = [bench.Page(i, "<html></html>", f"https://a.example/{i}", dict(gold)) for i in ids]
    wcxb_gold = {"ground_truth": {"publish_date": "2025-01-02", "main_content": "tide"}}
    wcxb = [bench.Page(i, "<html></html>", f"https://w.example/{i}", wcxb_gold) for i in ids]
    bench.tune_misses(aeb, wcxb)
    tune = [i for i in ids if bench.half_of(i) == "tune"]
    assert tune and len(tune) < len(ids)
    assert seen == tune + tune
    printed = capsys.readouterr().out
    assert all(f"a.example/{i}" in printed and f"w.example/{i}" in printed for i in tune)
    assert all(f"/{i}" not in printed and f" {i} " not in printed for i in ids if i not in tune)

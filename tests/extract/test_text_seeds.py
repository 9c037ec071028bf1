"""Acceptance: the two seed captures that started the project (read from the shared folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultline.document import Article, Author
from faultline.extract.text import CLUTTER_KINDS, extract_text

INDEPENDENT = "000_170746028200af0c.txt"
NY_SUN = "002_1b649318492707dd.txt"


def _extract(seeds_dir: Path, name: str) -> tuple[str, Article]:
    text = (seeds_dir / name).read_text(encoding="utf-8")
    return text, extract_text(text)


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _assert_every_line_accounted(text: str, article: Article, kept: set[str]) -> None:
    """Every non-empty line is body, a kept header line, or removed with a clutter kind."""
    body_text = " ".join(article.body.split())
    removed = [" ".join(r.text.split()) for r in article.removed]
    for line in _lines(text):
        if line in kept or line in removed:
            continue
        # A dateline's prefix is taken off the first paragraph; the rest must be in the body.
        rest = line.split(" — ", 1)[-1] if article.dateline else line
        assert rest in body_text, f"line neither body, header nor removed: {line!r}"
    assert all(r.kind in CLUTTER_KINDS for r in article.removed)


def test_independent_fields(seeds_dir: Path) -> None:
    _, article = _extract(seeds_dir, INDEPENDENT)
    assert article.outlet == "The Independent"
    assert article.headline == "Russia isolated as allies withhold support"
    assert article.authors == [Author(name="Anne Penketh", role="Diplomatic Editor")]
    assert article.published == "2008-08-28T17:03:00+01:00"
    assert article.dateline is None


def test_independent_body(seeds_dir: Path) -> None:
    _, article = _extract(seeds_dir, INDEPENDENT)
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Russia was dealt a humiliating blow")
    assert paragraphs[-1].endswith("not expected to be on the table.")
    assert "Your support" not in article.body
    assert "Independent" not in article.body


def test_independent_removed(seeds_dir: Path) -> None:
    text, article = _extract(seeds_dir, INDEPENDENT)
    fitting = {
        "Stay up to date": {"notification"},
        "Notifications can be managed": {"notification"},
        "Comments": {"comments"},
        "Your support helps": {"donation_appeal"},
        "From reproductive rights": {"donation_appeal"},
        "At such a critical moment": {"donation_appeal"},
        "The Independent is trusted": {"donation_appeal"},
        "Your support makes": {"donation_appeal"},
        "Join our commenting": {"comments"},
        "Join thought-provoking": {"comments"},
        "Thank you for registering": {"account"},
        "Please refresh the page": {"account"},
    }
    assert len(article.removed) == 13  # "Comments" occurs twice
    for removed in article.removed:
        kinds = next(k for prefix, k in fitting.items() if removed.text.startswith(prefix))
        assert removed.kind in kinds, removed
    kept = {
        "Russia isolated as allies withhold support",
        "Diplomatic Editor,Anne Penketh",
        "Thursday 28 August 2008 17:03 BST",
    }
    _assert_every_line_accounted(text, article, kept)


def test_ny_sun_fields(seeds_dir: Path) -> None:
    _, article = _extract(seeds_dir, NY_SUN)
    assert article.outlet == "The New York Sun"
    assert article.headline == "Russia Amps Up Support for Two Georgian Breakaway Regions"
    assert article.authors == []
    assert article.published is None
    assert article.dateline == "UNITED NATIONS"


def test_ny_sun_body(seeds_dir: Path) -> None:
    _, article = _extract(seeds_dir, NY_SUN)
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("Russia is ratcheting up its support")
    assert paragraphs[-1].endswith("proposed by the United Nations.")
    assert "UNITED NATIONS" not in paragraphs[0]
    assert "archive" not in article.body
    assert "©" not in article.body


def test_ny_sun_removed(seeds_dir: Path) -> None:
    text, article = _extract(seeds_dir, NY_SUN)
    fitting = {
        "This article is from the archive": {"archive_note"},
        "The New York Sun": {"outlet_name"},
        "©": {"copyright"},
        "Use of this site": {"legal"},
        "Sign in or": {"account"},
        "or": {"account", "legal"},
        "By continuing": {"legal", "account"},
    }
    assert len(article.removed) == 9
    for removed in article.removed:
        kinds = next(k for prefix, k in fitting.items() if removed.text.startswith(prefix))
        assert removed.kind in kinds, removed
    assert [r.kind for r in article.removed].count("outlet_name") == 3
    _assert_every_line_accounted(text, article, {article.headline or ""})


@pytest.mark.parametrize("name", [INDEPENDENT, NY_SUN])
def test_seed_removed_in_order(seeds_dir: Path, name: str) -> None:
    text, article = _extract(seeds_dir, name)
    lines = _lines(text)
    cursor = 0
    for removed in article.removed:  # each removed line is found after the previous one
        cursor = lines.index(" ".join(removed.text.split()), cursor) + 1

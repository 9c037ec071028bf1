"""Pages encoded twice: UTF-8 read as Latin-1 or Windows-1252 is read again as UTF-8."""

from __future__ import annotations

import pytest

from faultline.extract.html import extract_html, has_mojibake_mark, repair_mojibake


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keep your screen at armâ€™s length.", "Keep your screen at arm’s length."),
        (
            "owners wound up in debtâ\x80\x94nearly seven in ten",
            "owners wound up in debt—nearly seven in ten",
        ),
        ("A cafÃ© crÃ¨me on the quay", "A café crème on the quay"),
        ("1.Â Â Â Myth: all fat is bad", "1. Myth: all fat is bad"),
        # text that holds such letters without being mojibake is left as it is
        ("NÃO, disse o ministro.", "NÃO, disse o ministro."),
        ("A naïve café résumé", "A naïve café résumé"),
    ],
)
def test_repair_mojibake(text: str, expected: str) -> None:
    assert repair_mojibake(text) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>the harbour masterâ€™s office</p>", True),
        ("<p>a cafÃ© on the quay</p>", True),
        ("<p>1.\u00c2\u00a0\u00c2\u00a0Myth</p>", True),  # a no-break space read as Latin-1
        # a lead character alone, or one before a character no mark has, is no mark
        ("<p>la pâte à crêpes, NÃO, disse o ministro</p>", False),
        ("<p>Â»</p>", False),
    ],
)
def test_has_mojibake_mark(html: str, expected: bool) -> None:
    assert has_mojibake_mark(html) is expected


def test_a_page_encoded_twice_reads_as_written() -> None:
    story = (
        "<p>The harbour masterâ€™s office said on Thursday that the ferry would not sail"
        " until the storm had passed, and that the quay would stay closed.</p>"
        "<p>Fishermen said the closure â€” the third this winter â€” would cost them a week"
        " of catches at the height of the season.</p>"
    )
    page = (
        "<html><head><title>Quay closed</title></head><body><article>"
        f"<h1>Quay closed as storm nears the cafÃ© coast</h1>{story}</article></body></html>"
    )
    article = extract_html(page)
    assert "master’s office" in article.body
    assert "closure — the third this winter — would" in article.body
    assert article.headline == "Quay closed as storm nears the café coast"


def test_french_and_german_capitals_before_quotes_are_no_mojibake() -> None:
    assert repair_mojibake("«CAFÉ» und „FUß“ am Kai") == "«CAFÉ» und „FUß“ am Kai"


def test_a_page_without_the_marks_of_mojibake_is_left_as_written() -> None:
    story = (
        "<p>Le ministre a déclaré jeudi que le «PORT NAUTIQUE» resterait fermé jusqu'à la fin"
        " de la tempête, et que les ferries ne partiraient pas avant lundi.</p>"
        "<p>Les pêcheurs ont dit que la fermeture, la troisième cet hiver, leur coûterait"
        " une semaine de prises au plus fort de la saison de pêche.</p>"
    )
    page = f"<html><head><title>Port fermé</title></head><body><article>{story}</article></body>"
    assert "«PORT NAUTIQUE»" in extract_html(page).body


def test_a_page_read_as_latin_1_reads_as_written() -> None:
    # UTF-8 read as Latin-1, not Windows-1252: the quote's continuation bytes are C1 controls
    story = (
        "<p>The harbour master said the ferry doesn\u00e2\x80\x99t sail until the storm has"
        " passed, and that the quay would stay closed \u00e2\x80\x94 the third time this year.</p>"
        "<p>Fishermen said the closure would cost them a week of catches at the height of the"
        " season, when prices at the caf\u00c3\u00a9 market are highest.</p>"
    )
    page = (
        "<html><head><title>Quay closed</title></head><body><article>"
        f"<h1>Quay closed as storm nears</h1>{story}</article></body></html>"
    )
    body = extract_html(page).body
    assert "doesn’t sail" in body
    assert "closed — the third" in body
    assert "café market" in body
    assert "\u00e2" not in body

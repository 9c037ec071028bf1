"""Tables in the body: their rows are text, the rule drawn under a head row is not."""

from __future__ import annotations

from faultline.extract.html import extract_html

_STORY = (
    "<p>Negotiators from the two coastal provinces left the harbour office on Thursday without"
    " an agreement on next year's fishing quotas, after eleven hours of talks.</p>"
    "<p>The provincial fisheries minister said his delegation had offered to cut its share of"
    " the autumn catch by a tenth, but that the offer had been rejected within minutes.</p>"
)
_TABLE = (
    "<table><thead><tr><th>Province</th><th>Quota (tonnes)</th></tr></thead><tbody>"
    "<tr><td>Northfield</td><td>12,400</td></tr><tr><td>Valemouth</td><td>9,800</td></tr>"
    "</tbody></table>"
)


def test_a_table_keeps_its_rows_and_drops_the_head_rule() -> None:
    page = (
        "<html><head><title>Quota talks</title></head><body><article><h1>Quota talks stall</h1>"
        f"{_STORY}{_TABLE}</article></body></html>"
    )
    body = extract_html(page).body
    assert "Northfield" in body and "12,400" in body
    assert "|---|" not in body

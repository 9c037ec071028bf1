"""Text in a disclosure widget (<details>: an FAQ's answers, a section shown on a click)."""

from __future__ import annotations

from faultline.extract.html import extract_html

_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "The harbour council voted on Thursday to renew the dredging contract for the north"
        " quay, after a year in which silt closed the ferry berth on eleven days.",
        "The contract, worth 2.4 million over three years, goes to the firm that held it"
        " before, which had offered to start work within a month.",
        "Councillors who voted against it said the tender had drawn only one bid, and asked"
        " for the port's engineers to review the price before the work begins.",
    )
)
_ANSWER = (
    "The old contract expired in March, and without dredging the berth would close for good"
    " within two winters, the harbour master told the council."
)


def test_the_answers_of_an_expandable_faq_are_article_text() -> None:
    faq = (
        '<details class="expandable bg-light border-left py-1 px-3 mb-4">'
        '<summary class="h6 my-2">Why did the council renew the contract?</summary>'
        f"<p>{_ANSWER}</p></details>"
    )
    page = (
        "<html><head><title>Council renews dredging contract</title></head><body><article>"
        f"<h1>Council renews dredging contract</h1>{_STORY}{faq}</article></body></html>"
    )
    assert _ANSWER in extract_html(page).body

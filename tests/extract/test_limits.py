"""Size guards: bulk stripped first, then a cut at a tag or paragraph boundary with a warning."""

from faultline.extract.limits import cap_body, shrink_html


def test_small_pages_pass_untouched() -> None:
    assert shrink_html("<p>x</p>", limit=100) == ("<p>x</p>", [])
    assert cap_body("a\n\nb", limit=100) == ("a\n\nb", [])


def test_bulk_is_stripped_before_any_cut() -> None:
    page = "<p>keep</p><script>" + "x" * 500 + "</script><img src='data:image/png;base64,QUJD'>"
    slim, warnings = shrink_html(page, limit=100)
    assert warnings == [] and "keep" in slim and "xxx" not in slim and "QUJD" not in slim


def test_cut_at_a_tag_boundary_with_a_warning() -> None:
    page = "".join(f"<p>para {i}</p>" for i in range(100))
    slim, warnings = shrink_html(page, limit=200)
    assert len(slim) <= 200 and slim.endswith(">")
    assert warnings and warnings[0].startswith("page cut at")


def test_body_cut_at_a_paragraph_break() -> None:
    body = "\n\n".join(["word " * 10] * 10)
    cut, warnings = cap_body(body, limit=120)
    assert cut == "\n\n".join(["word " * 10] * 2)
    assert warnings == [f"body cut at {len(cut)} of {len(body)} characters"]

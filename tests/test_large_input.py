"""A 50 MB saved page goes through in bounded time and memory, cut with a warning."""

from __future__ import annotations

from pathlib import Path

from faultline.batch import analyze
from faultline.document import Record
from faultline.extract.limits import BODY_MAX_CHARS
from faultline.settings import Settings


def _big_page(path: Path, size: int) -> None:
    # Real saved pages are mostly inline scripts and images; the text is a small share.
    bulk = "<div><script>var x='" + "a" * 4000 + "';</script><img src='data:image/png;base64,"
    bulk += "QUJD" * 10000 + "'></div>\n"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("<html><head><title>A very long page</title></head><body><article>")
        fh.write("<h1>A very long page</h1>")
        written, i = 0, 0
        while written < size:
            chunk = (
                bulk
                if i % 20 == 0
                else (
                    f"<p>Paragraph {i}: delegates from ministry {i * 7} discussed the border "
                    f"crossing and trade on day {i % 28 + 1}, officials said.</p>\n"
                )
            )
            fh.write(chunk)
            written += len(chunk)
            i += 1
        fh.write("</article></body></html>")


def test_fifty_megabyte_page_is_processed_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    _big_page(page, 50 * 1024 * 1024)
    assert page.stat().st_size > 50 * 1024 * 1024
    [record] = list(analyze([str(page)], Settings(), workers=1))
    assert isinstance(record, Record), record
    assert record.article.body.startswith("Paragraph 1: delegates from ministry 7")
    # The scripts and images are stripped; the 2.6 MB of text left is cut for the parser.
    assert len(record.article.body) <= BODY_MAX_CHARS
    assert [w for w in record.warnings if w.startswith("body cut at")], record.warnings

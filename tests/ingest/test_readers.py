"""Each reader on real bytes: what it yields for good input and the reason it gives for bad."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from faultline.document import Failure, RawDoc
from faultline.errors import DocumentError
from faultline.ingest import kind_of, read_sources, sniff
from faultline.ingest.decode import decode
from faultline.settings import Settings

SETTINGS = Settings(model="unused", max_bytes=10_000)


def _read(*paths: Path | str, settings: Settings = SETTINGS) -> list[RawDoc | Failure]:
    return list(read_sources([str(p) for p in paths], settings))


def test_kind_of_names_gzipped_files_by_what_they_hold() -> None:
    assert kind_of(Path("a.html.gz")) == "html"
    assert kind_of(Path("a.warc.gz")) == "warc"
    assert kind_of(Path("a.TXT")) == "text"
    assert kind_of(Path("a.jsonl")) == "jsonl"
    assert kind_of(Path("a.png")) is None


def test_sniff() -> None:
    assert sniff(b"  <!DOCTYPE html><html>") == "html"
    assert sniff(b'{"body": "x"}\n') == "jsonl"
    assert sniff(b"WARC/1.0\r\n") == "warc"
    assert sniff(b"Plain words here") == "text"


def test_text_file_id_is_sha256_of_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Some text")
    [doc] = _read(path)
    assert isinstance(doc, RawDoc)
    assert doc.id == "sha256:4c2e9e6da31a64c70623619c449a040968cdbea85945bf384fa30ed2d5d24fa3"
    assert doc.kind == "text" and doc.format == "text"
    assert doc.uri == path.resolve().as_uri()


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    [fail] = _read(tmp_path / "nope.txt")
    assert isinstance(fail, Failure)
    assert fail.reason == "no such file or directory"
    assert "nope.txt" in fail.line()


def test_empty_file_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    [fail] = _read(tmp_path / "empty.txt")
    assert isinstance(fail, Failure) and fail.reason == "empty input (0 bytes)"


def test_file_over_the_limit_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 10_001)
    [fail] = _read(tmp_path / "big.txt")
    assert isinstance(fail, Failure)
    assert fail.reason == ("input is 10,001 bytes, over the limit of 10,000 (FAULTLINE_MAX_BYTES)")


def test_gzipped_html_is_read_and_truncated_gzip_fails(tmp_path: Path) -> None:
    page = b"<html><body><p>Hello</p></body></html>" * 20
    packed = gzip.compress(page)
    (tmp_path / "ok.html.gz").write_bytes(packed)
    (tmp_path / "cut.html.gz").write_bytes(packed[: len(packed) // 2])
    ok, cut = _read(tmp_path / "ok.html.gz", tmp_path / "cut.html.gz")
    assert isinstance(ok, RawDoc) and ok.data == page and ok.kind == "html"
    assert isinstance(cut, Failure)
    assert cut.reason.startswith("compressed data is truncated or corrupt")


def test_jsonl_lines_each_become_a_document_and_bad_lines_fail_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps({"body": "Clean body.", "url": "http://x.example/1", "id": 7}),
        "{not json",
        json.dumps({"html": "<p>page</p>", "published": "2024-01-02"}),
        json.dumps({"title": "no content"}),
        "",
        json.dumps({"text": "A capture"}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawDoc", "Failure", "RawDoc", "Failure", "RawDoc"]
    body, bad, html, missing, text = items
    assert isinstance(body, RawDoc) and body.kind == "body" and body.data == b"Clean body."
    assert body.meta == {"url": "http://x.example/1", "external_id": "7"}
    assert isinstance(bad, Failure) and bad.uri.endswith("dump.jsonl#L2")
    assert bad.reason.startswith("line 2: not valid JSON")
    assert isinstance(html, RawDoc) and html.kind == "html"
    assert html.meta["published"] == "2024-01-02"
    assert isinstance(missing, Failure) and "'html', 'text' or 'body'" in missing.reason
    assert isinstance(text, RawDoc) and text.kind == "text"


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, ctype, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            url, "response", payload=BytesIO(payload), http_headers=headers
        )
        writer.write_record(rec)
    return buf.getvalue()


def test_warc_yields_html_responses_only(tmp_path: Path) -> None:
    data = _warc(
        [
            ("http://a.example/1", "text/html; charset=utf-8", b"<p>one</p>"),
            ("http://a.example/logo.png", "image/png", b"\x89PNG"),
            ("http://a.example/2", "text/html", b"<p>two</p>"),
        ]
    )
    (tmp_path / "a.warc.gz").write_bytes(data)
    docs = _read(tmp_path / "a.warc.gz")
    assert [d.uri for d in docs] == ["http://a.example/1", "http://a.example/2"]
    assert all(isinstance(d, RawDoc) and d.format == "warc" for d in docs)
    assert [d.data for d in docs if isinstance(d, RawDoc)] == [b"<p>one</p>", b"<p>two</p>"]


def test_truncated_warc_keeps_records_before_the_damage(tmp_path: Path) -> None:
    first = _warc([("http://a.example/1", "text/html", b"<p>one</p>")])
    second = _warc([("http://a.example/2", "text/html", b"<p>two</p>" * 50)])
    (tmp_path / "cut.warc.gz").write_bytes(first + second[: len(second) // 2])
    items = _read(tmp_path / "cut.warc.gz")
    assert isinstance(items[0], RawDoc) and items[0].uri == "http://a.example/1"
    assert isinstance(items[-1], Failure)
    assert items[-1].reason.startswith("compressed data is truncated or corrupt")


def test_warc_without_html_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "x.warc.gz").write_bytes(_warc([("http://a/p.png", "image/png", b"\x89PNG")]))
    [fail] = _read(tmp_path / "x.warc.gz")
    assert isinstance(fail, Failure) and fail.reason == "WARC file has no HTML response records"


def test_directory_is_walked_in_order_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.html").write_bytes(b"<p>2</p>")
    (tmp_path / "a.txt").write_bytes(b"1")
    (tmp_path / ".hidden.txt").write_bytes(b"h")
    (tmp_path / "notes.md").write_bytes(b"m")
    docs = _read(tmp_path)
    assert [Path(d.uri).name for d in docs] == ["a.txt", "two.html"]


def test_decode_windows_1252_and_latin_1() -> None:
    text = "Café “quoted” — 5 €"
    assert decode(text.encode("cp1252")) == text
    latin = "Zürich café señor"
    assert decode(latin.encode("latin-1")) == latin
    declared = b'<meta charset="iso-8859-1"><p>' + "naïve “x”".encode("cp1252")
    assert "naïve “x”" in decode(declared)
    assert decode("Ünïcödé".encode()) == "Ünïcödé"
    assert decode(b"\xef\xbb\xbfBOM") == "BOM"


def test_decode_rejects_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    try:
        decode(png)
    except DocumentError as err:
        assert str(err) == "binary data, not text or HTML"
    else:
        raise AssertionError("binary data was decoded")

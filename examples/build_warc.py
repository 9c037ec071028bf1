"""Rebuild archive.warc.gz from the pages below (run from this folder with the project venv).

The pages are fictional, written for the faultline examples.
"""

from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGES = [
    (
        "https://lakeside-herald.example/2024/02/09/serbia-kosovo-talks",
        "text/html; charset=utf-8",
        "<html><head><title>Serbia and Kosovo leaders meet in Brussels</title>"
        "<meta property='og:site_name' content='Lakeside Herald'>"
        "<meta property='article:published_time' content='2024-02-09T14:00:00+01:00'></head>"
        "<body><article><h1>Serbia and Kosovo leaders meet in Brussels</h1>"
        "<p>BRUSSELS — The leaders of Serbia and Kosovo met in Brussels on Friday for "
        "EU-mediated talks, their first meeting since violence in northern Kosovo last year.</p>"
        "<p>The EU's envoy, Petra Lindqvist, said the two sides had agreed to set up a joint "
        "commission on missing persons. Serbia still refuses to recognise Kosovo's "
        "independence, declared in 2008.</p>"
        "<p>Kosovo's prime minister accused Belgrade of backing armed groups in the north, "
        "a charge Serbia denied.</p></article></body></html>",
    ),
    (
        "https://lakeside-herald.example/2024/02/10/baltic-exercise",
        "text/html",
        "<html><head><title>NATO begins Baltic air exercise</title>"
        "<meta property='og:site_name' content='Lakeside Herald'></head>"
        "<body><article><h1>NATO begins Baltic air exercise</h1>"
        "<p>VILNIUS — NATO began a two-week air defence exercise over Lithuania, Latvia and "
        "Estonia on Saturday, involving aircraft from eleven member states.</p>"
        "<p>Lithuania's defence minister said the drills were planned long ago and were not "
        "aimed at any country. Russia's embassy in Vilnius called them a provocation.</p>"
        "</article></body></html>",
    ),
    ("https://lakeside-herald.example/logo.png", "image/png", "\x89PNG not a page"),
]


def main() -> None:
    with open("archive.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, content_type, body in PAGES:
            payload = body.encode("utf-8")
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)


if __name__ == "__main__":
    main()

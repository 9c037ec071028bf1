"""Small builders of real input files for tests (fictional text written for the project)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

ARTICLE = (
    "Officials from both governments met in the capital on Monday to discuss the dispute "
    "over the river crossing, which has been closed since the spring. The foreign minister "
    "said after the meeting that talks would continue next week and that both sides wanted "
    "the crossing reopened before the harvest.\n\n"
    "Neither side gave details of the proposals that were discussed, but diplomats said a "
    "joint commission to inspect the bridge was among them. Traders on both banks have "
    "complained for months that the closure is costing them their livelihoods."
)


def capture(title: str, paragraphs: str = ARTICLE) -> str:
    return f"{title}\n\n{paragraphs}\n\nSign in to comment\n"


def html_page(title: str, paragraphs: str = ARTICLE, *, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs.split("\n\n"))
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def write_good_batch(folder: Path, n: int) -> list[Path]:
    """`n` distinct good documents in `folder`, alternating text and HTML."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        title = f"Talks on the river crossing, day {i + 1}"
        if i % 2:
            path = folder / f"doc{i:03d}.html"
            path.write_text(html_page(title), encoding="utf-8")
        else:
            path = folder / f"doc{i:03d}.txt"
            path.write_text(capture(title), encoding="utf-8")
        paths.append(path)
    return paths


def write_bad_batch(folder: Path) -> dict[str, Path]:
    """One file for each kind of bad input, by name."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "empty": folder / "empty.txt",
        "binary": folder / "binary.txt",
        "truncated": folder / "truncated.html.gz",
        "no_article": folder / "no-article.html",
        "bad_json": folder / "dump.jsonl",
        "too_large": folder / "too-large.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    packed = gzip.compress(html_page("Truncated").encode())
    files["truncated"].write_bytes(packed[: len(packed) // 2])
    files["no_article"].write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    good_line = json.dumps({"body": ARTICLE, "headline": "From a dump"})
    files["bad_json"].write_text("this is not json\n" + good_line + "\n")
    files["too_large"].write_text(capture("Too large", ARTICLE * 40))
    return files

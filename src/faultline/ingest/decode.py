"""Bytes to text: BOM, then a declared charset, then detection.

Windows-1252 is preferred over Latin-1 when detection is unsure: the two differ only in
0x80-0x9F, where Latin-1 has control characters that never appear in real pages but
Windows-1252 has curly quotes and dashes that appear in almost every English news page.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from faultline.errors import DocumentError, Reasons

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_WESTERN = {
    "ascii",
    "utf_8",
    "cp1252",
    "cp1250",
    "cp1254",
    "cp1257",
    "cp850",
    "cp437",
    "iso8859-15",
    "iso8859-2",
    "iso8859-9",
    "mac-roman",
    "mac_roman",
    "mac-latin2",
}
# Share of control characters (other than whitespace) above which data is taken as binary.
_MAX_CONTROL_SHARE = 0.01


def _normalise_codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # Pages that declare Latin-1 are, in practice, Windows-1252 (the HTML standard says so).
    return "cp1252" if codec in {"latin_1", "iso8859-1"} else codec


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > _MAX_CONTROL_SHARE


def decode(data: bytes, *, declared: str | None = None) -> str:
    """Decode `data` to text, or raise DocumentError when it is not text at all."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if looks_binary(data):
        raise DocumentError(Reasons.BINARY)
    match = _META_CHARSET.search(data[:4096])
    in_page = match.group(1).decode("ascii", "ignore") if match else None
    candidates = [c for c in (declared, in_page) if c]
    codecs_to_try = [c for c in map(_normalise_codec, candidates) if c] + ["utf-8"]
    for codec in codecs_to_try:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data[:65536]).best()
    guess = _normalise_codec(best.encoding) if best is not None else None
    # Detectors often guess a sibling Western code page for short English text; Windows-1252
    # is the superset that real pages use, so any Latin-script single-byte guess maps to it.
    return data.decode(guess if guess and guess not in _WESTERN else "cp1252", errors="replace")

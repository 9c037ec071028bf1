"""A reduction of relations takes its CAMEO code from what is cut: talks halted are 164,
mediation 165, diplomatic relations 161, aid 162 (the codebook's 16x codes)."""

from __future__ import annotations

import pytest

from tests.events.coding import coded


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Iran suspended talks with the European Union on Monday.", "164"),
        ("Israel halted negotiations with the Palestinians after the attack.", "164"),
        ("Qatar halted its mediation between Israel and Hamas.", "165"),
        ("Morocco suspended relations with Germany in March.", "161"),
        ("Ecuador cut ties with Colombia after the raid.", "161"),
        ("Israel ended its talks with Syria.", "164"),
        ("Japan suspended aid to Myanmar after the coup.", "162"),
        ("Britain cut aid to Malawi.", "162"),
    ],
)
def test_sanction_code_follows_what_is_cut(text: str, cameo: str) -> None:
    codes = [e["cameo"] for e in coded(text).events if e["type"] == "SANCTION"]
    assert codes == [cameo], (text, codes)

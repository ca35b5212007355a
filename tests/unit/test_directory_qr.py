"""The printed QR codes are the codes a phone reads: module for module what reportlab's encoder makes."""

from __future__ import annotations

import pytest
from reportlab.graphics.barcode import qrencoder

from civicdesk.reports.qr import LEVEL, QR_MASK, qr_modules, qr_path

URLS = [
    "https://example.org",
    "https://evansfields.example.org/104",
    "HTTPS://EXAMPLE.ORG/UPPER-CASE",
    "https://zażółć.example.pl/ścieżka?q=ünïcode",  # UTF-8 bytes
    "https://hall.example.org/" + "events/" * 20,  # version 7+: version information blocks
    "https://hall.example.org/" + "a" * 400,  # version 10+: 16-bit length, many blocks
]


def reference(url: str) -> tuple[tuple[bool, ...], ...]:
    """reportlab's own encoder, byte mode, the same level and mask."""
    code = qrencoder.QRCode(None, LEVEL)
    code.addData(qrencoder.QR8bitByte(url))
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    n = code.getModuleCount()
    return tuple(tuple(bool(code.modules[r][c]) for c in range(n)) for r in range(n))


@pytest.mark.parametrize("url", URLS)
def test_qr_code_equals_the_reference_encoder(url):
    assert qr_modules(url) == reference(url)


@pytest.mark.parametrize("url", URLS[:3])
def test_the_drawn_path_covers_exactly_the_dark_modules(url):
    count, ops = qr_path(url)
    drawn = [[False] * count for _ in range(count)]
    for op in ops.splitlines():
        x, y, width, height, name = op.split()
        assert (height, name) == ("1", "re")
        row = count + 1 - int(y)
        for col in range(int(x) - 2, int(x) - 2 + int(width)):
            assert not drawn[row][col], "runs never overlap"
            drawn[row][col] = True
    assert tuple(map(tuple, drawn)) == qr_modules(url)

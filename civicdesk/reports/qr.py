"""QR codes for printed entries: reportlab's encoder, with a faster error-correction step.

reportlab's pure-Python Reed-Solomon polynomial arithmetic made QR codes a third of a
directory's build time; the same codewords come out of a table-driven encoder here (a test
compares them), and the rest (module placement, format bits) is reportlab's own.
"""

from __future__ import annotations

from functools import cache
from itertools import chain, zip_longest

from reportlab.graphics.barcode import qrencoder

# Any of the eight masks gives a valid code (the reader is told which); searching for the
# "best" one costs eight encodings.
QR_MASK = 2
LEVEL = qrencoder.QRErrorCorrectLevel.M  # medium error correction: a smudge still scans
EXP = qrencoder.EXP_TABLE
LOG = qrencoder.LOG_TABLE


@cache
def _generator(ec_count: int) -> tuple[int, ...]:
    return tuple(qrencoder.QRUtil.getErrorCorrectPolynomial(ec_count).num)


def _remainder(data: list[int], generator: tuple[int, ...]) -> list[int]:
    ec = len(generator) - 1
    log_gen = [LOG[g] if g else -1 for g in generator[1:]]
    rest = [0] * ec
    for value in data:
        factor = value ^ rest[0]
        rest = rest[1:] + [0]
        if factor:
            lf = LOG[factor]
            for i, lg in enumerate(log_gen):
                if lg >= 0:
                    rest[i] ^= EXP[(lg + lf) % 255]
    return rest


def codewords(version: int, level: int, data_list: list[qrencoder.QR]) -> list[int]:
    """Data and error-correction codewords, interleaved: what QRCode.createData returns."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    buffer = qrencoder.QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)
    total = sum(b.dataCount for b in blocks)
    if buffer.getLengthInBits() > total * 8:
        raise ValueError("too much data for a QR code")
    if buffer.getLengthInBits() + 4 <= total * 8:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = (qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)
    index = 0
    while buffer.getLengthInBits() < total * 8:
        buffer.put(pads[index % 2], 8)
        index += 1
    offset, dc_data, ec_data = 0, [], []
    for block in blocks:
        chunk = buffer.buffer[offset:offset + block.dataCount]
        offset += block.dataCount
        dc_data.append(chunk)
        ec_data.append(_remainder(chunk, _generator(block.totalCount - block.dataCount)))
    interleaved = chain(zip_longest(*dc_data), zip_longest(*ec_data))
    return [d for group in interleaved for d in group if d is not None]


@cache
def qr_modules(data: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of the QR code for `data`, row by row."""
    qr = qrencoder.QRCode(None, LEVEL)
    qr.addData(data)
    qr.version = qr.calculate_version()
    qr.dataCache = codewords(qr.version, LEVEL, qr.dataList)
    qr.makeImpl(False, QR_MASK)
    count = qr.getModuleCount()
    return tuple(tuple(bool(qr.modules[r][c]) for c in range(count)) for r in range(count))

"""QR codes for printed entries: a table-driven byte-mode encoder over reportlab's QR layout.

reportlab's pure-Python encoder (bit buffers, polynomial objects, module placement a cell at a
time) made QR codes a fifth of a directory's build. Here everything that depends only on the
QR version is worked out once with reportlab's own code (finder and timing patterns, format
bits, where each data bit goes, the mask); a URL then costs its Reed-Solomon remainder (one
integer XOR per data byte) and flipping its dark bits into a copy of that template. A test
checks the result equals reportlab's encoder module for module.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.graphics.barcode import qrencoder

# Any of the eight masks gives a valid code (the reader is told which); searching for the
# "best" one costs eight encodings.
QR_MASK = 2
LEVEL = qrencoder.QRErrorCorrectLevel.M  # medium error correction: a smudge still scans
EXP = qrencoder.EXP_TABLE
LOG = qrencoder.LOG_TABLE
MAX_VERSION = 40


# For each byte value, the offsets (0 = most significant) of its set bits.
_SET_BITS = tuple(tuple(i for i in range(8) if value >> (7 - i) & 1) for value in range(256))


@dataclass(frozen=True)
class _Layout:
    """What every code of one version shares."""

    size: int                                # modules per side
    template: bytes                          # function patterns, format bits, masked empty data
    positions: tuple[int, ...]               # flat index of each data bit, in placement order
    blocks: tuple[tuple[int, int], ...]      # (data codewords, error-correction codewords) per block
    capacity: int                            # data codewords in all


@cache
def _layout(version: int, level: int = LEVEL, mask: int = QR_MASK) -> _Layout:
    qr = qrencoder.QRCode(version, level)
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    total = sum(b.totalCount for b in blocks)
    qr.dataCache = [0] * total  # all-light data: what is left is the mask pattern over data cells
    qr.makeImpl(False, mask)
    size = qr.getModuleCount()
    template = bytes(int(bool(qr.modules[r][c])) for r in range(size) for c in range(size))
    positions = tuple(row * size + col for col, row in qr.dataPosIterator())
    return _Layout(size, template, positions,
                   tuple((b.dataCount, b.totalCount - b.dataCount) for b in blocks),
                   sum(b.dataCount for b in blocks))


@cache
def _rs_table(ec_count: int) -> tuple[int, ...]:
    """For each leading factor, the generator polynomial times it, packed into one integer."""
    generator = qrencoder.QRUtil.getErrorCorrectPolynomial(ec_count).num[1:]
    table = [0]
    for factor in range(1, 256):
        packed = 0
        for g in generator:
            packed = (packed << 8) | (EXP[(LOG[g] + LOG[factor]) % 255] if g else 0)
        table.append(packed)
    return tuple(table)


def _remainder(data: bytes, ec_count: int) -> bytes:
    """The Reed-Solomon error-correction codewords of one block (polynomial long division)."""
    table = _rs_table(ec_count)
    shift, keep = 8 * (ec_count - 1), (1 << (8 * ec_count)) - 1
    rest = 0
    for value in data:
        rest = ((rest << 8) & keep) ^ table[(rest >> shift) ^ value]
    return rest.to_bytes(ec_count, "big")


def _version_for(length: int, level: int = LEVEL) -> int:
    for version in range(1, MAX_VERSION + 1):
        count_bits = 8 if version < 10 else 16
        if 4 + count_bits + 8 * length <= _layout(version, level).capacity * 8:
            return version
    raise ValueError("too much data for a QR code")


def codewords(data: bytes, version: int, level: int = LEVEL) -> bytes:
    """Byte-mode data and error-correction codewords, interleaved block by block."""
    layout = _layout(version, level)
    count_bits = 8 if version < 10 else 16
    bits = (0b0100 << count_bits | len(data)) << 8 * len(data) | int.from_bytes(data, "big")
    length = 4 + count_bits + 8 * len(data)
    room = layout.capacity * 8
    terminator = min(4, room - length)
    bits, length = bits << terminator, length + terminator
    pad = -length % 8
    bits, length = bits << pad, length + pad
    stream = bits.to_bytes(length // 8, "big") + bytes((0xEC, 0x11)) * layout.capacity
    stream = stream[:layout.capacity]
    data_blocks, ec_blocks, offset = [], [], 0
    for data_count, ec_count in layout.blocks:
        chunk = stream[offset:offset + data_count]
        offset += data_count
        data_blocks.append(chunk)
        ec_blocks.append(_remainder(chunk, ec_count))
    out = bytearray()
    for blocks in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in blocks)):
            out.extend(b[i] for b in blocks if i < len(b))
    return bytes(out)


def _cells(data: str) -> tuple[int, bytes]:
    """Modules per side and the modules row by row, one byte each (1 = dark)."""
    raw = data.encode("utf-8")
    version = _version_for(len(raw))
    layout = _layout(version)
    words = codewords(raw, version)
    cells = bytearray(layout.template)
    positions = layout.positions
    last = len(positions)
    for index, byte in enumerate(words):
        base = 8 * index
        for offset in _SET_BITS[byte]:  # the dark bits of this codeword flip their cells
            if base + offset < last:
                cells[positions[base + offset]] ^= 1
    return layout.size, bytes(cells)


@cache
def qr_modules(data: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of the QR code for `data`, row by row."""
    size, cells = _cells(data)
    return tuple(tuple(v == 1 for v in cells[r * size:(r + 1) * size]) for r in range(size))


@cache
def qr_path(data: str) -> tuple[int, str]:
    """Modules per side and the PDF path operators of the code: a rectangle per run of dark
    modules in a row, in module units, y upwards, with a quiet zone of two modules each side."""
    size, cells = _cells(data)
    numbers: list[int] = []
    for row in range(size):
        line = cells[row * size:(row + 1) * size]
        y = size + 1 - row
        col = line.find(1)
        while col != -1:  # each run of dark modules becomes one rectangle
            end = line.find(0, col)
            if end == -1:
                end = size
            numbers += (col + 2, y, end - col)
            col = line.find(1, end)
    return size, "%d %d %d 1 re\n" * (len(numbers) // 3) % tuple(numbers)

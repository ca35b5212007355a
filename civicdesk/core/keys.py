"""Ed25519 signing keys of a site and the fingerprints people compare by phone."""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def generate_keypair() -> tuple[bytes, bytes]:
    """Returns (raw private key, raw public key), 32 bytes each."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return private, public


def fingerprint(public_key: bytes) -> str:
    """Twenty digits in groups of four, easy to read out over the phone."""
    digest = hashlib.sha256(public_key).digest()
    number = int.from_bytes(digest[:9], "big") % 10**20
    digits = f"{number:020d}"
    return " ".join(digits[i : i + 4] for i in range(0, 20, 4))

"""An independent implementation of the trust scan's ballot format (docs/format.md), with the
`cryptography` package: to check that what the browser's WebCrypto seals is standard ECDH
P-256, HKDF-SHA-256 and AES-GCM 256, opening only with the round passphrase."""

from __future__ import annotations

import base64
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from support.sealing import derive


def _bytes(text: str) -> bytes:
    return base64.b64decode(text)


def open_box(passphrase: str, box: dict[str, Any], round_id: str) -> ec.EllipticCurvePrivateKey:
    """The round's private key, from its sealed box and the round passphrase."""
    key = derive(passphrase, box["salt"], box["iterations"])
    pkcs8 = AESGCM(key).decrypt(_bytes(box["iv"]), _bytes(box["data"]),
                                f"trustwork scan box:{round_id}".encode())
    private = serialization.load_der_private_key(base64.b64decode(pkcs8), None)
    assert isinstance(private, ec.EllipticCurvePrivateKey)
    return private


def open_ballot(private: ec.EllipticCurvePrivateKey, round_id: str, ballot_id: str,
                sealed: dict[str, str]) -> str:
    """A ballot's text (padded), opened with the round's private key."""
    epk = _bytes(sealed["epk"])
    sender = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), epk)
    context = f"trustwork scan ballot:{round_id}:{ballot_id}".encode()
    shared = private.exchange(ec.ECDH(), sender)
    key = HKDF(hashes.SHA256(), 32, salt=epk, info=context).derive(shared)
    return AESGCM(key).decrypt(_bytes(sealed["iv"]), _bytes(sealed["data"]), context).decode()

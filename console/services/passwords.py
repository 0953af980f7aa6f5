"""Password hashing for login accounts: argon2id with argon2-cffi's defaults."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# A PasswordHasher holds only its parameters (argon2id, library defaults): safe to share.
_HASHER = PasswordHasher()


def hash_password(plain: str) -> str:
    """The argon2id hash (with its own random salt) to store for ``plain``."""
    return _HASHER.hash(plain)


def verify_password(hash: str, plain: str) -> bool:
    """True when ``plain`` matches ``hash``; False on a mismatch or a malformed hash."""
    try:
        return _HASHER.verify(hash, plain)
    except (VerificationError, InvalidHashError):
        return False

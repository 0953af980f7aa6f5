"""Password hashing for login accounts: argon2id with argon2-cffi's defaults."""

from __future__ import annotations

import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from console.services.errors import Refusal

# A PasswordHasher holds only its parameters (argon2id, library defaults): safe to share.
_HASHER = PasswordHasher()
MIN_LENGTH = 10
# Generated passwords: lower-case letters and digits that cannot be mistaken for one another
# when read aloud or copied from a screen (no l/1, o/0), in groups of four.
GENERATED_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
GENERATED_GROUPS = 4


class WeakPassword(Refusal):
    """The password is refused before hashing; ``str()`` says why in one line."""


def hash_password(plain: str) -> str:
    """The argon2id hash (with its own random salt) to store for ``plain``."""
    return _HASHER.hash(plain)


def verify_password(hash: str, plain: str) -> bool:
    """True when ``plain`` matches ``hash``; False on a mismatch or a malformed hash."""
    try:
        return _HASHER.verify(hash, plain)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(hash: str) -> bool:
    """True when ``hash`` was made with other parameters than ours (rehash at the next login)."""
    try:
        return _HASHER.check_needs_rehash(hash)
    except InvalidHashError:
        return True


def check_strength(plain: str) -> None:
    """Refuse passwords shorter than MIN_LENGTH characters (never echoing the password)."""
    if len(plain) < MIN_LENGTH:
        raise WeakPassword(
            "password_too_short", "a password needs at least {count} characters", count=MIN_LENGTH
        )


def generate_password() -> str:
    """A new random password such as ``k7pq-3mxa-9ftr-ub2e`` (80 bits), for an administrator to
    hand over; its holder is asked to change it."""
    groups = (
        "".join(secrets.choice(GENERATED_ALPHABET) for _ in range(4))
        for _ in range(GENERATED_GROUPS)
    )
    return "-".join(groups)


@cache
def dummy_hash() -> str:
    """A hash no password matches in practice: unknown users are verified against it, so a wrong
    username costs the same time as a wrong password."""
    return _HASHER.hash("unknown user: this is never anyone's password")

"""Password hashing with argon2id (argon2-cffi)."""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from db.wording import say

# Above the OWASP minimum for argon2id (19 MiB, 2 iterations, parallelism 1).
HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=1, type=Type.ID)

MIN_LENGTH = 10


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True for a hash made with weaker parameters than HASHER's; it is redone at login."""
    try:
        return HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def password_problem(password: str, confirm: str | None = None, username: str = "") -> str | None:
    if len(password) < MIN_LENGTH:
        return say("The password must have at least {least} characters.", least=MIN_LENGTH)
    if username and password.casefold() == username.casefold():
        return say("The password must not be the username.")
    if confirm is not None and confirm != password:
        return say("The two passwords are not the same.")
    return None

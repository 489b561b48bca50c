"""Signed checkpoints of the audit chain, kept outside the database.

The hash chain shows a row changed in place, but not a chain cut short with its head row, nor
one recomputed from an edited row onward: nothing in the database remembers what it was. As
Certificate Transparency logs and Go's checksum database publish signed tree heads that
witnesses keep and compare, each PC keeps the newest checkpoint (length, last hash, time) it
has seen of each database in its own state folder, signed with its own Ed25519 key; every
backup carries one beside it; the administrator can print or export one and compare later.
A chain shorter than a known checkpoint, or whose row at its length has another hash, fails.

A checkpoint is a text note in the style of a signed note:

    Threadbook audit checkpoint
    <database>
    <rows>
    <hash of the last row>
    <time, UTC>

    — <key name> <base64 of key id and signature>
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from db.access.permissions import workstation_name
from db.audit.chain import CHAIN_HEAD_ID, Checkpoint
from db.audit.chain_check import ChainCheck, verify_chain
from db.models import AuditChainHead
from db.storage.local_state import database_key, state_dir
from db.wording import say

# cryptography is imported by the functions that sign or verify: the first save or the quick
# check behind the login screen loads it, not the program's start.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

TITLE = "Threadbook audit checkpoint"
_lock = threading.Lock()
_key_lock = threading.Lock()


class CheckpointError(Exception):
    """A checkpoint that cannot be read or whose signature does not verify."""


@dataclass(frozen=True)
class SignedCheckpoint:
    database: str
    seq: int
    hash: str
    at: datetime
    key_name: str
    text: str

    @property
    def checkpoint(self) -> Checkpoint:
        return Checkpoint(self.seq, self.hash)


def _key_path(folder: Path | None = None) -> Path:
    return (folder or state_dir()) / "checkpoint-key.pem"


# Loaded once per key file: every save signs a checkpoint, and parsing the PEM each time cost
# more than the signature.
_loaded_keys: dict[Path, Ed25519PrivateKey] = {}


def _private_key(folder: Path | None = None) -> Ed25519PrivateKey:
    path = _key_path(folder)
    with _key_lock:
        if (cached := _loaded_keys.get(path)) is not None and path.exists():
            return cached
        key = _read_or_make_key(path)
        _loaded_keys[path] = key
        return key


def _read_or_make_key(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if isinstance(loaded, Ed25519PrivateKey):
            return loaded
    except (OSError, ValueError):
        pass
    key = Ed25519PrivateKey.generate()
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    return key


def _public_bytes(key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _key_id(public: bytes) -> bytes:
    return hashlib.sha256(b"threadbook-checkpoint\n" + public).digest()[:4]


def public_key_line() -> str:
    """This PC's verifier key: its name and public key, to give to whoever compares."""
    public = _public_bytes(_private_key().public_key())
    return f"{_key_name()}+{base64.b64encode(_key_id(public) + public).decode()}"


def _key_name() -> str:
    return "threadbook-" + "".join(c for c in workstation_name() if c.isalnum() or c in "-.")


def _body(database: str, seq: int, last_hash: str, at: datetime) -> str:
    when = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{TITLE}\n{database}\n{seq}\n{last_hash}\n{when}\n"


def sign(database: str, seq: int, last_hash: str, at: datetime, folder: Path | None = None) -> str:
    """The signed note of a checkpoint, signed with this PC's key (which it carries)."""
    key = _private_key(folder)
    body = _body(database, seq, last_hash, at)
    public = _public_bytes(key.public_key())
    signature = key.sign(body.encode("utf-8"))
    blob = base64.b64encode(_key_id(public) + public + signature).decode()
    return f"{body}\n\u2014 {_key_name()} {blob}\n"


def parse(text: str) -> SignedCheckpoint:
    """Read a note and verify its signature; raise CheckpointError saying why not."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    body, separator, signature_line = text.partition("\n\n")
    lines = body.split("\n")
    if not separator or len(lines) != 5 or lines[0] != TITLE:
        raise CheckpointError(say("it is not a Threadbook audit checkpoint"))
    try:
        _, key_name, blob = signature_line.strip().split(" ")
        raw = base64.b64decode(blob, validate=True)
        key_id, public, signature = raw[:4], raw[4:36], raw[36:]
        if key_id != _key_id(public):
            raise CheckpointError(say("its key id does not match its key"))
        Ed25519PublicKey.from_public_bytes(public).verify(signature, (body + "\n").encode())
        seq = int(lines[2])
        at = datetime.strptime(lines[4], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except (ValueError, InvalidSignature) as exc:
        raise CheckpointError(say("its signature does not verify: it was altered")) from exc
    return SignedCheckpoint(lines[1], seq, lines[3], at, key_name, text)


# -- this PC's latest checkpoint of each database --------------------------------------------


def _stored_path(url: URL, folder: Path | None = None) -> Path:
    return (folder or state_dir()) / "checkpoints" / f"{database_key(url)}.txt"


def latest(url: URL) -> SignedCheckpoint | None:
    """The newest checkpoint this PC saw of the database; CheckpointError if it was altered."""
    from db.audit import checkpoint_writer

    checkpoint_writer.flush()  # a save's checkpoint still on its way to the file counts
    return _kept(url)


def _kept(url: URL, folder: Path | None = None) -> SignedCheckpoint | None:
    try:
        text = _stored_path(url, folder).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CheckpointError(
            say("this PC's checkpoint cannot be read ({reason})", reason=exc)
        ) from None
    found = parse(text)
    if found.database != database_key(url):
        raise CheckpointError(say("this PC's checkpoint names another database"))
    return found


def _write(url: URL, text: str, folder: Path | None) -> None:
    path = _stored_path(url, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def remember(
    url: URL,
    seq: int,
    last_hash: str,
    at: datetime,
    *,
    replace: bool = False,
    folder: Path | None = None,
) -> None:
    """Keep (seq, hash) as this PC's checkpoint if it is newer than the one kept.

    `replace`: after a restore, whose chain legitimately differs from the one it replaced.
    `folder`: the state folder (this user's, by default).
    """
    if replace:
        from db.audit import checkpoint_writer

        checkpoint_writer.flush()  # an older chain's head still on its way must not land after
    with _lock:
        if not replace:
            try:
                current = _kept(url, folder)
            except CheckpointError:
                current = None  # keep the evidence: an altered file is not overwritten
                if _stored_path(url, folder).exists():
                    return
            if current is not None and current.seq >= seq:
                return
        _write(url, sign(database_key(url), seq, last_hash, at, folder), folder)


def for_backup(backup: Path) -> Path:
    """Where a backup file's checkpoint is kept: beside it, with `.checkpoint` appended."""
    return backup.with_name(backup.name + ".checkpoint")


def verify(session: Session, url: URL, others: Iterable[SignedCheckpoint] = ()) -> ChainCheck:
    """Verify the chain against this PC's checkpoint of `url` and `others` (exported by an
    administrator, or carried by a backup); when it passes, its head becomes the checkpoint."""
    try:
        mine = latest(url)
    except CheckpointError as exc:
        return ChainCheck(
            False,
            0,
            None,
            say("this PC's audit checkpoint cannot be trusted: {reason}", reason=exc),
        )
    known = [c.checkpoint for c in (mine, *others) if c is not None]
    result = verify_chain(session, known)
    if result.ok:
        head = session.get(AuditChainHead, CHAIN_HEAD_ID)
        if head is not None:
            with contextlib.suppress(OSError):
                remember(url, head.last_seq, head.last_hash, datetime.now(UTC))
    return result

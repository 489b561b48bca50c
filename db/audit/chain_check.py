"""Verifying the audit trail: every row's hash recomputed in order, against the chain's head
row and against checkpoints kept outside the database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit.chain import CHAIN_HEAD_ID, GENESIS_HASH, Checkpoint, row_hash
from db.models import AuditChainHead, AuditEvent
from db.wording import say


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    rows_checked: int
    first_bad_seq: int | None
    message: str


def _describe(event: Mapping[Any, Any]) -> str:
    when = event["occurred_at"].strftime("%Y-%m-%d %H:%M:%S UTC")
    record = f" {event['record_type']} {event['record_id']}".rstrip()
    return f"{event['seq']} ({when}, {event['username']}, {event['action']}{record})"


def verify_chain(session: Session, known: Iterable[Checkpoint] = ()) -> ChainCheck:
    """Recompute every row's hash in order; name the first row that does not match.

    `known`: checkpoints seen earlier (signed heads kept outside the database); a chain
    shorter than one of them, or whose row at its seq has another hash, fails.
    """
    # Plain rows, streamed: building an ORM object per row made this several times slower.
    result = session.execute(
        select(*AuditEvent.__table__.columns)
        .order_by(AuditEvent.seq)
        .execution_options(yield_per=5000)
    )
    try:
        head = session.execute(
            select(AuditChainHead.last_seq, AuditChainHead.last_hash).where(
                AuditChainHead.id == CHAIN_HEAD_ID
            )
        ).first()
        rows = (row._mapping for row in result)
        return walk_rows(rows, (head[0], head[1]) if head else None, known)
    finally:
        result.close()  # a server-side cursor on PostgreSQL when the walk stops early


def walk_rows(
    rows: Iterator[Mapping[Any, Any]],
    head: tuple[int, str] | None,
    known: Iterable[Checkpoint] = (),
) -> ChainCheck:
    """Verify audit rows given oldest first against each other, the head row and checkpoints."""
    wanted = {c.seq: c.hash for c in known}
    prev = GENESIS_HASH
    expected_seq = 0
    count = 0
    for event in rows:
        expected_seq += 1
        count += 1
        if event["seq"] != expected_seq:
            return ChainCheck(
                False,
                count,
                expected_seq,
                say(
                    "audit row {seq_id} is missing (the next row found is {found_id})",
                    seq_id=expected_seq,
                    found_id=event["seq"],
                ),
            )
        if event["prev_hash"] != prev or row_hash(prev, dict(event)) != event["hash"]:
            return ChainCheck(
                False,
                count,
                event["seq"],
                say(
                    "audit row {row} does not match its hash: it was changed outside Threadbook",
                    row=_describe(event),
                ),
            )
        prev = event["hash"]
        if wanted.get(expected_seq, prev) != prev:
            return ChainCheck(
                False,
                count,
                expected_seq,
                say(
                    "the audit trail differs from the checkpoint taken at row {seq_id}: it was "
                    "rewritten outside Threadbook",
                    seq_id=expected_seq,
                ),
            )
    if head is None:
        return ChainCheck(
            False, count, expected_seq + 1, say("the audit trail's head row is missing")
        )
    if head[0] != expected_seq or head[1] != prev:
        return ChainCheck(
            False,
            count,
            expected_seq + 1,
            say(
                "audit rows after {seq_id} were removed (the chain recorded {rows} rows)",
                seq_id=expected_seq,
                rows=head[0],
            ),
        )
    longest = max(wanted, default=0)
    if longest > expected_seq:
        return ChainCheck(
            False,
            count,
            expected_seq + 1,
            say(
                "audit rows after {seq_id} were removed (a checkpoint saw {rows} rows)",
                seq_id=expected_seq,
                rows=longest,
            ),
        )
    return ChainCheck(True, count, None, say("audit trail intact: {rows} rows", rows=count))

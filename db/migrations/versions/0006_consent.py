"""consent per purpose: texts, records, signatures, scanned forms; tick boxes become records

Revision ID: 0006
Revises: 0005

The patient's "consent to contact" tick box and each procedure's "written consent obtained" tick
box become consent records with the method `tick_box`, so the history keeps what was ticked and
the reminder lists read one source. Each migrated record is written to the audit trail.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from db.audit.chain import PendingEvent, append

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _create_tables() -> None:
    op.create_table(
        "consent_text",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_consent_text_created_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_text")),
        sa.UniqueConstraint(
            "purpose", "language", "version_no", name=op.f("uq_consent_text_purpose")
        ),
    )
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("text_id", sa.Integer(), nullable=True),
        sa.Column("areas", sa.String(length=300), nullable=False),
        sa.Column("materials", sa.String(length=100), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("witness", sa.String(length=200), nullable=False),
        sa.Column("obtained_by_id", sa.Integer(), nullable=True),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_by_id", sa.Integer(), nullable=True),
        sa.Column("withdrawal_method", sa.String(length=20), nullable=False),
        sa.Column("withdrawal_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["obtained_by_id"],
            ["user_account.id"],
            name=op.f("fk_consent_obtained_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_consent_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["text_id"], ["consent_text.id"], name=op.f("fk_consent_text_id_consent_text")
        ),
        sa.ForeignKeyConstraint(
            ["withdrawn_by_id"],
            ["user_account.id"],
            name=op.f("fk_consent_withdrawn_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index("ix_consent_patient", ["patient_id", "purpose", "given_at"])
    op.create_table(
        "consent_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("strokes", sa.Text(), nullable=False),
        sa.Column("image_png", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consent.id"], name=op.f("fk_consent_signature_consent_id_consent")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_consent_signature_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_signature")),
        sa.UniqueConstraint("consent_id", name=op.f("uq_consent_signature_consent_id")),
    )
    op.create_table(
        "consent_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consent.id"], name=op.f("fk_consent_document_consent_id_consent")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_consent_document_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_document")),
    )
    with op.batch_alter_table("consent_document", schema=None) as batch_op:
        batch_op.create_index("ix_consent_document_consent", ["consent_id"])


def _add_procedure_consent(sqlite: bool) -> None:
    if sqlite:
        # Rebuilding `procedure` in batch mode would drop a table others point at; SQLite adds
        # a nullable column with its foreign key in place.
        op.execute(
            "ALTER TABLE procedure ADD COLUMN consent_id INTEGER "
            "CONSTRAINT fk_procedure_consent_id_consent REFERENCES consent (id)"
        )
    else:
        op.add_column("procedure", sa.Column("consent_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_procedure_consent_id_consent", "procedure", "consent", ["consent_id"], ["id"]
        )


def _insert_consent(connection: sa.Connection, values: dict[str, Any]) -> int:
    consent = sa.table("consent", *(sa.column(name) for name in (*values, "id")))
    return int(
        connection.execute(sa.insert(consent).values(**values).returning(consent.c.id)).scalar_one()
    )


def _created(values: dict[str, Any]) -> dict[str, list[Any]]:
    """A create row's changes with every value set, as the session listener writes them, so
    `check` finds each migrated consent as its audit trail describes it."""
    return {
        name: [None, value.isoformat() if isinstance(value, datetime) else value]
        for name, value in values.items()
        if value is not None and value != ""
    }


def _migrate_tick_boxes(connection: sa.Connection) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    events: list[PendingEvent] = []
    common = {
        "text_id": None,
        "method": "tick_box",
        "witness": "",
        "withdrawn_at": None,
        "withdrawn_by_id": None,
        "withdrawal_method": "",
        "withdrawal_note": "",
        "created_at": now,
        "version": 1,
    }
    patients = connection.execute(
        sa.text("SELECT id, created_by_id, created_at FROM patient WHERE contact_consent")
    ).all()
    for patient_id, created_by, created_at in patients:
        values = {
            "patient_id": patient_id,
            "purpose": "reminders",
            "areas": "",
            "materials": "",
            "obtained_by_id": created_by,
            "given_at": created_at,
            **common,
        }
        consent_id = _insert_consent(connection, values)
        events.append(
            PendingEvent(
                "create",
                "consent",
                str(consent_id),
                patient_id,
                {"changes": {"id": [None, consent_id], **_created(values)}},
            )
        )
    procedures = connection.execute(
        sa.text(
            "SELECT id, patient_id, doctor_id, consent_at, performed_at FROM procedure "
            "WHERE consent_obtained ORDER BY id"
        )
    ).all()
    for procedure_id, patient_id, doctor_id, consent_at, performed_at in procedures:
        areas = sorted(
            {
                row[0]
                for row in connection.execute(
                    sa.text("SELECT area FROM placement WHERE procedure_id = :p"),
                    {"p": procedure_id},
                )
            }
        )
        materials = sorted(
            {
                row[0]
                for row in connection.execute(
                    sa.text(
                        "SELECT thread_product.material FROM placement "
                        "JOIN lot ON lot.id = placement.lot_id "
                        "JOIN thread_product ON thread_product.id = lot.product_id "
                        "WHERE placement.procedure_id = :p"
                    ),
                    {"p": procedure_id},
                )
            }
        )
        values = {
            "patient_id": patient_id,
            "purpose": "treatment",
            "areas": ",".join(areas),
            "materials": ",".join(materials),
            "obtained_by_id": doctor_id,
            "given_at": consent_at or performed_at,
            **common,
        }
        consent_id = _insert_consent(connection, values)
        connection.execute(
            sa.text("UPDATE procedure SET consent_id = :c WHERE id = :p"),
            {"c": consent_id, "p": procedure_id},
        )
        events.append(
            PendingEvent(
                "create",
                "consent",
                str(consent_id),
                patient_id,
                {
                    "changes": {
                        "id": [None, consent_id],
                        **_created(values),
                        "procedure_id": [None, procedure_id],
                    }
                },
            )
        )
        events.append(
            PendingEvent(
                "update",
                "procedure",
                str(procedure_id),
                patient_id,
                {"changes": {"consent_id": [None, consent_id]}},
            )
        )
    if events and connection.execute(sa.text("SELECT count(*) FROM audit_chain_head")).scalar():
        append(connection, None, events, datetime.now(UTC))


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    _create_tables()
    _add_procedure_consent(sqlite)
    _migrate_tick_boxes(connection)
    # Consent to reminders now lives in consent records only.
    op.execute("ALTER TABLE patient DROP COLUMN contact_consent")


def downgrade() -> None:
    raise NotImplementedError("consent records cannot be folded back into tick boxes")

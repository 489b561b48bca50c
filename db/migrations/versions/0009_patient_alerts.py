"""patient alerts, and the alerts acknowledged when a procedure was charted

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patient_alert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_patient_alert_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["user_account.id"],
            name=op.f("fk_patient_alert_recorded_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["ended_by_id"],
            ["user_account.id"],
            name=op.f("fk_patient_alert_ended_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient_alert")),
    )
    with op.batch_alter_table("patient_alert", schema=None) as batch_op:
        batch_op.create_index("ix_patient_alert_patient", ["patient_id", "ended_at"], unique=False)
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("alert_acknowledgement", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("alert_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.drop_column("alert_reason")
        batch_op.drop_column("alert_acknowledgement")
    op.drop_index("ix_patient_alert_patient", table_name="patient_alert")
    op.drop_table("patient_alert")

"""placement index for lot signals: patients treated per lot without reading the table

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_placement_lot_patient", "placement", ["lot_id", "patient_id", "procedure_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_placement_lot_patient", table_name="placement")

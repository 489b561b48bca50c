"""audit_event index by action, for the audit viewer's action filter

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_event_action", "audit_event", ["action", "seq"])


def downgrade() -> None:
    op.drop_index("ix_audit_event_action", table_name="audit_event")

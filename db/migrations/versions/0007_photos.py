"""clinical photographs: the clinic's views (standard set seeded) and stored photos

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STANDARD_VIEWS = [
    ("front", "Front", "Chính diện"),
    ("left_45", "Left three-quarter (45°)", "Nghiêng trái 45°"),
    ("right_45", "Right three-quarter (45°)", "Nghiêng phải 45°"),
    ("left_90", "Left profile (90°)", "Nghiêng trái 90°"),
    ("right_90", "Right profile (90°)", "Nghiêng phải 90°"),
]


def upgrade() -> None:
    views = op.create_table(
        "photo_view",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("label_en", sa.String(length=80), nullable=False),
        sa.Column("label_vi", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_photo_view")),
    )
    op.bulk_insert(
        views,
        [
            {
                "code": code,
                "label_en": en,
                "label_vi": vi,
                "position": index,
                "active": True,
                "version": 1,
            }
            for index, (code, en, vi) in enumerate(STANDARD_VIEWS)
        ],
    )
    op.create_table(
        "photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("view", sa.String(length=30), nullable=False),
        sa.Column("stage", sa.String(length=12), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=True),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consent.id"], name=op.f("fk_photo_consent_id_consent")
        ),
        sa.ForeignKeyConstraint(
            ["imported_by_id"],
            ["user_account.id"],
            name=op.f("fk_photo_imported_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_photo_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["procedure_id"], ["procedure.id"], name=op.f("fk_photo_procedure_id_procedure")
        ),
        sa.ForeignKeyConstraint(
            ["view"], ["photo_view.code"], name=op.f("fk_photo_view_photo_view")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by_id"], ["user_account.id"], name=op.f("fk_photo_voided_by_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
    )
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index("ix_photo_patient", ["patient_id", "view", "taken_on"])
        batch_op.create_index("ix_photo_source", ["patient_id", "source_sha256"])


def downgrade() -> None:
    op.drop_table("photo")
    op.drop_table("photo_view")

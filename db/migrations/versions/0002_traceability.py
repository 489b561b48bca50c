"""traceability: products, lots, stock, procedures

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "thread_product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("manufacturer", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("material", sa.String(length=10), nullable=False),
        sa.Column("design", sa.String(length=10), nullable=False),
        sa.Column("gauge", sa.String(length=20), nullable=False),
        sa.Column("length_mm", sa.Integer(), nullable=False),
        sa.Column("gtin", sa.String(length=14), nullable=True),
        sa.Column("absorption_months", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thread_product")),
        sa.UniqueConstraint("gtin", name=op.f("uq_thread_product_gtin")),
    )
    op.create_table(
        "lot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("lot_number", sa.String(length=20), nullable=False),
        sa.Column("lot_key", sa.String(length=20), nullable=False),
        sa.Column("expiry_date", sa.Date(), nullable=False),
        sa.Column("received_date", sa.Date(), nullable=False),
        sa.Column("supplier", sa.String(length=160), nullable=False),
        sa.Column("received_by_id", sa.Integer(), nullable=True),
        sa.Column("recalled_on", sa.Date(), nullable=True),
        sa.Column("recall_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["thread_product.id"], name=op.f("fk_lot_product_id_thread_product")
        ),
        sa.ForeignKeyConstraint(
            ["received_by_id"], ["user_account.id"], name=op.f("fk_lot_received_by_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lot")),
        sa.UniqueConstraint("product_id", "lot_number", name=op.f("uq_lot_product_id")),
    )
    with op.batch_alter_table("lot", schema=None) as batch_op:
        batch_op.create_index("ix_lot_expiry_date", ["expiry_date"], unique=False)
        batch_op.create_index("ix_lot_lot_key", ["lot_key"], unique=False)

    op.create_table(
        "procedure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("performed_at", sa.DateTime(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("nurse_id", sa.Integer(), nullable=True),
        sa.Column("consent_obtained", sa.Boolean(), nullable=False),
        sa.Column("consent_at", sa.DateTime(), nullable=True),
        sa.Column("anaesthesia", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("contraindication_reason", sa.Text(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_procedure_created_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["doctor_id"], ["user_account.id"], name=op.f("fk_procedure_doctor_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["nurse_id"], ["user_account.id"], name=op.f("fk_procedure_nurse_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_procedure_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by_id"],
            ["user_account.id"],
            name=op.f("fk_procedure_voided_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure")),
    )
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.create_index("ix_procedure_doctor", ["doctor_id"], unique=False)
        batch_op.create_index("ix_procedure_patient", ["patient_id", "performed_at"], unique=False)
        batch_op.create_index("ix_procedure_performed_at", ["performed_at"], unique=False)

    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=20), nullable=False),
        sa.Column("area_other", sa.String(length=120), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("thread_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_placement_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_placement_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["procedure_id"], ["procedure.id"], name=op.f("fk_placement_procedure_id_procedure")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index("ix_placement_lot", ["lot_id", "procedure_id"], unique=False)
        batch_op.create_index("ix_placement_procedure", ["procedure_id"], unique=False)

    op.create_table(
        "stock_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_stock_movement_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["procedure.id"],
            name=op.f("fk_stock_movement_procedure_id_procedure"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_stock_movement_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.create_index("ix_stock_movement_lot", ["lot_id", "kind", "quantity"], unique=False)
        batch_op.create_index("ix_stock_movement_procedure", ["procedure_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_movement_procedure")
        batch_op.drop_index("ix_stock_movement_lot")

    op.drop_table("stock_movement")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index("ix_placement_procedure")
        batch_op.drop_index("ix_placement_lot")

    op.drop_table("placement")
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.drop_index("ix_procedure_performed_at")
        batch_op.drop_index("ix_procedure_patient")
        batch_op.drop_index("ix_procedure_doctor")

    op.drop_table("procedure")
    with op.batch_alter_table("lot", schema=None) as batch_op:
        batch_op.drop_index("ix_lot_lot_key")
        batch_op.drop_index("ix_lot_expiry_date")

    op.drop_table("lot")
    op.drop_table("thread_product")

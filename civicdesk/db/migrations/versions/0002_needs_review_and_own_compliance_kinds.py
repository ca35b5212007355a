"""Needs-review conflicts and compliance kinds a group adds itself.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 03:01:52.314178
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('compliance_kinds',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('interval_months', sa.Integer(), nullable=True),
    sa.Column('applies_to', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('compliance_kinds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_compliance_kinds_deleted'), ['deleted'], unique=False)

    op.create_table('conflicts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('record_type', sa.String(length=20), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('kept_value', sa.JSON(), nullable=True),
    sa.Column('kept_clock', sa.String(length=80), nullable=False),
    sa.Column('other_value', sa.JSON(), nullable=True),
    sa.Column('other_clock', sa.String(length=80), nullable=False),
    sa.Column('other_site', sa.String(length=200), nullable=False),
    sa.Column('detected_at', sa.String(length=32), nullable=False),
    sa.Column('resolved_at', sa.String(length=32), nullable=True),
    sa.Column('resolution', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflicts_record_id'), ['record_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflicts_record_id'))

    op.drop_table('conflicts')
    with op.batch_alter_table('compliance_kinds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_compliance_kinds_deleted'))

    op.drop_table('compliance_kinds')


"""Records of tables from a newer schema are kept (and passed on), not dropped.

Revision ID: 0005_unknown_records
Revises: 0004_search_apostrophes
Create Date: 2026-12-07 11:40:00.000000
"""
import sqlalchemy as sa
from alembic import op


revision = '0005_unknown_records'
down_revision = '0004_search_apostrophes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'unknown_records',
        sa.Column('table_name', sa.String(length=60), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('clock', sa.String(length=80), nullable=False),
        sa.Column('line', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('table_name', 'record_id'),
    )


def downgrade() -> None:
    op.drop_table('unknown_records')

"""Money per space: income, running costs and reserves, the maintenance backlog, invoices and
payments; and which groups are trusted with our finances.

Revision ID: 0007_money
Revises: 0006_rooms_bookings
Create Date: 2026-12-07 13:20:00.000000
"""
import sqlalchemy as sa
from alembic import op


revision = '0007_money'
down_revision = '0006_rooms_bookings'
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.Column('clock', sa.String(length=80), nullable=False),
        sa.Column('field_clocks', sa.JSON(), nullable=False),
        sa.Column('extra', sa.JSON(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
    ]


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ('deleted', *columns):
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        'money_entries',
        sa.Column('space_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('category', sa.String(length=40), nullable=False),
        sa.Column('amount_pence', sa.Integer(), nullable=False),
        sa.Column('dated', sa.String(length=10), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('booking_id', sa.String(length=36), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(['space_id'], ['spaces.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    _indexes('money_entries', 'space_id', 'dated')
    op.create_table(
        'backlog_items',
        sa.Column('space_id', sa.String(length=36), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('estimated_pence', sa.Integer(), nullable=False),
        sa.Column('urgency', sa.String(length=20), nullable=False),
        sa.Column('due_year', sa.Integer(), nullable=True),
        sa.Column('done_on', sa.String(length=10), nullable=True),
        sa.Column('notes', sa.Text(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(['space_id'], ['spaces.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    _indexes('backlog_items', 'space_id')
    op.create_table(
        'invoices',
        sa.Column('space_id', sa.String(length=36), nullable=False),
        sa.Column('number', sa.String(length=40), nullable=False),
        sa.Column('issued_on', sa.String(length=10), nullable=False),
        sa.Column('due_on', sa.String(length=10), nullable=False),
        sa.Column('hirer', sa.JSON(), nullable=False),
        sa.Column('booking_id', sa.String(length=36), nullable=True),
        sa.Column('lines', sa.JSON(), nullable=False),
        sa.Column('total_pence', sa.Integer(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(['space_id'], ['spaces.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    _indexes('invoices', 'space_id', 'number', 'due_on')
    op.create_table(
        'payments',
        sa.Column('invoice_id', sa.String(length=36), nullable=False),
        sa.Column('paid_on', sa.String(length=10), nullable=False),
        sa.Column('amount_pence', sa.Integer(), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('reference', sa.String(length=100), nullable=False),
        sa.Column('receipt_number', sa.String(length=40), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    _indexes('payments', 'invoice_id')
    with op.batch_alter_table('peers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('trust_finances', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(
            sa.Column('finances_sent_vector', sa.JSON(), server_default='{}', nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table('peers', schema=None) as batch_op:
        batch_op.drop_column('finances_sent_vector')
        batch_op.drop_column('trust_finances')
    for table in ('payments', 'invoices', 'backlog_items', 'money_entries'):
        op.drop_table(table)

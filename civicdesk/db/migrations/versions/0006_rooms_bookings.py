"""Rooms of spaces, their hire rates, bookings (rules, not expanded rows) and their exceptions.

Revision ID: 0006_rooms_bookings
Revises: 0005_unknown_records
Create Date: 2026-12-07 13:10:00.000000
"""
import sqlalchemy as sa
from alembic import op


revision = '0006_rooms_bookings'
down_revision = '0005_unknown_records'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rooms',
    sa.Column('space_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('whole_space', sa.Boolean(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('facilities', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['space_id'], ['spaces.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_rooms_deleted'), 'rooms', ['deleted'], unique=False)
    op.create_index(op.f('ix_rooms_space_id'), 'rooms', ['space_id'], unique=False)
    op.create_table('bookings',
    sa.Column('space_id', sa.String(length=36), nullable=False),
    sa.Column('room_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('hirer', sa.JSON(), nullable=False),
    sa.Column('starts_at', sa.String(length=16), nullable=False),
    sa.Column('ends_at', sa.String(length=16), nullable=False),
    sa.Column('rrule', sa.String(length=300), nullable=False),
    sa.Column('first_on', sa.String(length=10), nullable=False),
    sa.Column('last_on', sa.String(length=10), nullable=True),
    sa.Column('setup_minutes', sa.Integer(), nullable=False),
    sa.Column('clearaway_minutes', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.Column('rate_band', sa.String(length=40), nullable=False),
    sa.Column('price_pence', sa.Integer(), nullable=True),
    sa.Column('books_over', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], ),
    sa.ForeignKeyConstraint(['space_id'], ['spaces.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_bookings_deleted'), 'bookings', ['deleted'], unique=False)
    op.create_index('ix_bookings_room_dates', 'bookings', ['room_id', 'first_on', 'last_on'], unique=False)
    op.create_index(op.f('ix_bookings_space_id'), 'bookings', ['space_id'], unique=False)
    op.create_table('hire_rates',
    sa.Column('room_id', sa.String(length=36), nullable=False),
    sa.Column('band', sa.String(length=40), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('amount_pence', sa.Integer(), nullable=False),
    sa.Column('session_hours', sa.Integer(), nullable=True),
    sa.Column('deposit_pence', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_hire_rates_deleted'), 'hire_rates', ['deleted'], unique=False)
    op.create_index(op.f('ix_hire_rates_room_id'), 'hire_rates', ['room_id'], unique=False)
    op.create_table('booking_exceptions',
    sa.Column('booking_id', sa.String(length=36), nullable=False),
    sa.Column('occurs_on', sa.String(length=10), nullable=False),
    sa.Column('skipped', sa.Boolean(), nullable=False),
    sa.Column('starts_at', sa.String(length=16), nullable=True),
    sa.Column('ends_at', sa.String(length=16), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_booking_exceptions_booking_id'), 'booking_exceptions', ['booking_id'], unique=False)
    op.create_index(op.f('ix_booking_exceptions_deleted'), 'booking_exceptions', ['deleted'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_booking_exceptions_deleted'), table_name='booking_exceptions')
    op.drop_index(op.f('ix_booking_exceptions_booking_id'), table_name='booking_exceptions')
    op.drop_table('booking_exceptions')
    op.drop_index(op.f('ix_hire_rates_room_id'), table_name='hire_rates')
    op.drop_index(op.f('ix_hire_rates_deleted'), table_name='hire_rates')
    op.drop_table('hire_rates')
    op.drop_index(op.f('ix_bookings_space_id'), table_name='bookings')
    op.drop_index('ix_bookings_room_dates', table_name='bookings')
    op.drop_index(op.f('ix_bookings_deleted'), table_name='bookings')
    op.drop_table('bookings')
    op.drop_index(op.f('ix_rooms_space_id'), table_name='rooms')
    op.drop_index(op.f('ix_rooms_deleted'), table_name='rooms')
    op.drop_table('rooms')


"""The network of builders (offers, requests, help given) and kit reservations with a waiting list.

Adds the "listed as a builder" consent to people, "valuable" to tools and the recorded override
to loans.

Revision ID: 0008_builders_kit
Revises: 0005_unknown_records
Create Date: 2026-12-07 13:00:00.000000
"""
import sqlalchemy as sa
from alembic import op


revision = '0008_builders_kit'
down_revision = '0007_money'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('trusted_borrowers',
    sa.Column('borrower', sa.JSON(), nullable=False),
    sa.Column('since', sa.String(length=10), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_trusted_borrowers_deleted'), 'trusted_borrowers', ['deleted'], unique=False)
    op.create_table('help_offers',
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('tool_ids', sa.JSON(), nullable=False),
    sa.Column('areas', sa.JSON(), nullable=False),
    sa.Column('ways', sa.JSON(), nullable=False),
    sa.Column('how_often', sa.String(length=200), nullable=False),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_help_offers_deleted'), 'help_offers', ['deleted'], unique=False)
    op.create_index(op.f('ix_help_offers_group_id'), 'help_offers', ['group_id'], unique=False)
    op.create_index(op.f('ix_help_offers_person_id'), 'help_offers', ['person_id'], unique=False)
    op.create_table('reservations',
    sa.Column('tool_id', sa.String(length=36), nullable=False),
    sa.Column('borrower', sa.JSON(), nullable=False),
    sa.Column('from_on', sa.String(length=10), nullable=False),
    sa.Column('to_on', sa.String(length=10), nullable=False),
    sa.Column('purpose', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('queue_rank', sa.Float(), nullable=False),
    sa.Column('kit_ref', sa.String(length=36), nullable=False),
    sa.Column('loan_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['tool_id'], ['tools.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_reservations_deleted'), 'reservations', ['deleted'], unique=False)
    op.create_index(op.f('ix_reservations_tool_id'), 'reservations', ['tool_id'], unique=False)
    op.create_table('help_requests',
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('tool_id', sa.String(length=36), nullable=True),
    sa.Column('area', sa.String(length=200), nullable=False),
    sa.Column('needed_by', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('offer_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], ),
    sa.ForeignKeyConstraint(['offer_id'], ['help_offers.id'], ),
    sa.ForeignKeyConstraint(['tool_id'], ['tools.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_help_requests_deleted'), 'help_requests', ['deleted'], unique=False)
    op.create_index(op.f('ix_help_requests_group_id'), 'help_requests', ['group_id'], unique=False)
    op.create_index(op.f('ix_help_requests_tool_id'), 'help_requests', ['tool_id'], unique=False)
    op.create_table('help_given',
    sa.Column('request_id', sa.String(length=36), nullable=True),
    sa.Column('offer_id', sa.String(length=36), nullable=True),
    sa.Column('helper_group_id', sa.String(length=36), nullable=False),
    sa.Column('helper_person_id', sa.String(length=36), nullable=True),
    sa.Column('helped_group_id', sa.String(length=36), nullable=False),
    sa.Column('done_on', sa.String(length=10), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['helped_group_id'], ['groups.id'], ),
    sa.ForeignKeyConstraint(['helper_group_id'], ['groups.id'], ),
    sa.ForeignKeyConstraint(['helper_person_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['offer_id'], ['help_offers.id'], ),
    sa.ForeignKeyConstraint(['request_id'], ['help_requests.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_help_given_deleted'), 'help_given', ['deleted'], unique=False)
    op.create_index(op.f('ix_help_given_helped_group_id'), 'help_given', ['helped_group_id'], unique=False)
    op.create_index(op.f('ix_help_given_helper_group_id'), 'help_given', ['helper_group_id'], unique=False)
    op.create_index(op.f('ix_help_given_helper_person_id'), 'help_given', ['helper_person_id'], unique=False)
    op.create_index(op.f('ix_help_given_offer_id'), 'help_given', ['offer_id'], unique=False)
    op.create_index(op.f('ix_help_given_request_id'), 'help_given', ['request_id'], unique=False)
    # Added columns carry a server default, so existing rows get one and no table is rebuilt.
    op.add_column('loans', sa.Column('override', sa.JSON(), server_default='{}', nullable=False))
    op.add_column('people', sa.Column('consent_builder', sa.JSON(), server_default='{}', nullable=False))
    op.add_column('tools', sa.Column('valuable', sa.Boolean(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('tools', schema=None) as batch_op:
        batch_op.drop_column('valuable')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('consent_builder')
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_column('override')
    op.drop_index(op.f('ix_help_given_request_id'), table_name='help_given')
    op.drop_index(op.f('ix_help_given_offer_id'), table_name='help_given')
    op.drop_index(op.f('ix_help_given_helper_person_id'), table_name='help_given')
    op.drop_index(op.f('ix_help_given_helper_group_id'), table_name='help_given')
    op.drop_index(op.f('ix_help_given_helped_group_id'), table_name='help_given')
    op.drop_index(op.f('ix_help_given_deleted'), table_name='help_given')
    op.drop_table('help_given')
    op.drop_index(op.f('ix_help_requests_tool_id'), table_name='help_requests')
    op.drop_index(op.f('ix_help_requests_group_id'), table_name='help_requests')
    op.drop_index(op.f('ix_help_requests_deleted'), table_name='help_requests')
    op.drop_table('help_requests')
    op.drop_index(op.f('ix_reservations_tool_id'), table_name='reservations')
    op.drop_index(op.f('ix_reservations_deleted'), table_name='reservations')
    op.drop_table('reservations')
    op.drop_index(op.f('ix_help_offers_person_id'), table_name='help_offers')
    op.drop_index(op.f('ix_help_offers_group_id'), table_name='help_offers')
    op.drop_index(op.f('ix_help_offers_deleted'), table_name='help_offers')
    op.drop_table('help_offers')
    op.drop_index(op.f('ix_trusted_borrowers_deleted'), table_name='trusted_borrowers')
    op.drop_table('trusted_borrowers')

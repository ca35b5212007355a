"""First schema: every record type, change history, site, peers and the search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 02:53:42.517399
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('record_type', sa.String(length=20), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('old_value', sa.JSON(), nullable=True),
    sa.Column('new_value', sa.JSON(), nullable=True),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_record', ['record_id', 'id'], unique=False)

    op.create_table('groups',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('charity_number', sa.String(length=20), nullable=False),
    sa.Column('company_number', sa.String(length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('activities', sa.JSON(), nullable=False),
    sa.Column('audiences', sa.JSON(), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('contact', sa.JSON(), nullable=False),
    sa.Column('website', sa.String(length=500), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('external_ids', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_groups_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_groups_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_groups_status'), ['status'], unique=False)

    op.create_table('links',
    sa.Column('from_type', sa.String(length=20), nullable=False),
    sa.Column('from_id', sa.String(length=36), nullable=False),
    sa.Column('to_type', sa.String(length=20), nullable=False),
    sa.Column('to_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_links_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_links_from_id'), ['from_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_links_to_id'), ['to_id'], unique=False)

    op.create_table('peers',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=True),
    sa.Column('key_fingerprint', sa.String(length=100), nullable=False),
    sa.Column('sent_vector', sa.JSON(), nullable=False),
    sa.Column('seen_vector', sa.JSON(), nullable=False),
    sa.Column('pinned_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('people',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('address', sa.JSON(), nullable=False),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('availability', sa.String(length=200), nullable=False),
    sa.Column('safeguarding', sa.JSON(), nullable=False),
    sa.Column('consent_directory', sa.JSON(), nullable=False),
    sa.Column('consent_bundles', sa.JSON(), nullable=False),
    sa.Column('consent_email', sa.JSON(), nullable=False),
    sa.Column('consent_phone', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('erased', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_name'), ['name'], unique=False)

    op.create_table('site',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('group_name', sa.String(length=200), nullable=False),
    sa.Column('area', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('hlc_last', sa.String(length=80), nullable=False),
    sa.Column('private_key', sa.LargeBinary(), nullable=True),
    sa.Column('public_key', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('site_id')
    )
    op.create_table('spaces',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('subtype', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('address', sa.JSON(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=False),
    sa.Column('opening_hours', sa.JSON(), nullable=False),
    sa.Column('accessibility', sa.JSON(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('facilities', sa.JSON(), nullable=False),
    sa.Column('hire_cost', sa.String(length=200), nullable=False),
    sa.Column('owner', sa.JSON(), nullable=False),
    sa.Column('operator', sa.JSON(), nullable=False),
    sa.Column('maintainer', sa.JSON(), nullable=False),
    sa.Column('ownership_type', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('acv', sa.JSON(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('photos', sa.JSON(), nullable=False),
    sa.Column('external_ids', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('spaces', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spaces_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_spaces_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_spaces_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_spaces_status'), ['status'], unique=False)

    op.create_table('tools',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('how_to_use', sa.Text(), nullable=False),
    sa.Column('cost', sa.String(length=100), nullable=False),
    sa.Column('link', sa.String(length=500), nullable=False),
    sa.Column('holder', sa.JSON(), nullable=False),
    sa.Column('purposes', sa.JSON(), nullable=False),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('setup_time', sa.String(length=100), nullable=False),
    sa.Column('accessibility_notes', sa.Text(), nullable=False),
    sa.Column('condition', sa.String(length=100), nullable=False),
    sa.Column('starter_slug', sa.String(length=100), nullable=True),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tools', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tools_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_tools_name'), ['name'], unique=False)

    op.create_table('compliance_items',
    sa.Column('space_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=100), nullable=False),
    sa.Column('last_done', sa.String(length=10), nullable=True),
    sa.Column('interval_months', sa.Integer(), nullable=True),
    sa.Column('next_due', sa.String(length=10), nullable=True),
    sa.Column('next_due_overridden', sa.Boolean(), nullable=False),
    sa.Column('document', sa.JSON(), nullable=False),
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
    with op.batch_alter_table('compliance_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_compliance_items_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_compliance_items_next_due'), ['next_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_compliance_items_space_id'), ['space_id'], unique=False)

    op.create_table('health_checks',
    sa.Column('space_id', sa.String(length=36), nullable=False),
    sa.Column('checked_on', sa.String(length=10), nullable=False),
    sa.Column('condition', sa.Integer(), nullable=False),
    sa.Column('trend', sa.Integer(), nullable=False),
    sa.Column('usage', sa.Integer(), nullable=False),
    sa.Column('openness', sa.Integer(), nullable=False),
    sa.Column('valued', sa.Integer(), nullable=False),
    sa.Column('finances', sa.Integer(), nullable=False),
    sa.Column('ownership_risk', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('assessor', sa.String(length=200), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
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
    with op.batch_alter_table('health_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_health_checks_checked_on'), ['checked_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_health_checks_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_health_checks_space_id'), ['space_id'], unique=False)

    op.create_table('loans',
    sa.Column('tool_id', sa.String(length=36), nullable=False),
    sa.Column('borrower', sa.JSON(), nullable=False),
    sa.Column('out_on', sa.String(length=10), nullable=False),
    sa.Column('due_on', sa.String(length=10), nullable=True),
    sa.Column('returned_on', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
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
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loans_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_loans_tool_id'), ['tool_id'], unique=False)

    op.create_table('meetings',
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('space_id', sa.String(length=36), nullable=True),
    sa.Column('schedule', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], ),
    sa.ForeignKeyConstraint(['space_id'], ['spaces.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_space_id'), ['space_id'], unique=False)

    op.create_table('roles',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=60), nullable=False),
    sa.Column('since', sa.String(length=10), nullable=True),
    sa.Column('until', sa.String(length=10), nullable=True),
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
    with op.batch_alter_table('roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roles_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_roles_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_roles_person_id'), ['person_id'], unique=False)

    op.create_table('tool_uses',
    sa.Column('tool_id', sa.String(length=36), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('review', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=80), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], ),
    sa.ForeignKeyConstraint(['tool_id'], ['tools.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tool_uses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tool_uses_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_tool_uses_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tool_uses_tool_id'), ['tool_id'], unique=False)


    # Full-text search: folded text in FTS5, display text and record identity in search_key.
    op.execute(
        "CREATE TABLE search_key (rowid INTEGER PRIMARY KEY, record_type TEXT NOT NULL, "
        "record_id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, subtitle TEXT NOT NULL DEFAULT '')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE search_fts")
    op.execute("DROP TABLE search_key")
    with op.batch_alter_table('tool_uses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tool_uses_tool_id'))
        batch_op.drop_index(batch_op.f('ix_tool_uses_group_id'))
        batch_op.drop_index(batch_op.f('ix_tool_uses_deleted'))

    op.drop_table('tool_uses')
    with op.batch_alter_table('roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roles_person_id'))
        batch_op.drop_index(batch_op.f('ix_roles_group_id'))
        batch_op.drop_index(batch_op.f('ix_roles_deleted'))

    op.drop_table('roles')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_space_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_group_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_deleted'))

    op.drop_table('meetings')
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loans_tool_id'))
        batch_op.drop_index(batch_op.f('ix_loans_deleted'))

    op.drop_table('loans')
    with op.batch_alter_table('health_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_health_checks_space_id'))
        batch_op.drop_index(batch_op.f('ix_health_checks_deleted'))
        batch_op.drop_index(batch_op.f('ix_health_checks_checked_on'))

    op.drop_table('health_checks')
    with op.batch_alter_table('compliance_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_compliance_items_space_id'))
        batch_op.drop_index(batch_op.f('ix_compliance_items_next_due'))
        batch_op.drop_index(batch_op.f('ix_compliance_items_deleted'))

    op.drop_table('compliance_items')
    with op.batch_alter_table('tools', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tools_name'))
        batch_op.drop_index(batch_op.f('ix_tools_deleted'))

    op.drop_table('tools')
    with op.batch_alter_table('spaces', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spaces_status'))
        batch_op.drop_index(batch_op.f('ix_spaces_name'))
        batch_op.drop_index(batch_op.f('ix_spaces_deleted'))
        batch_op.drop_index(batch_op.f('ix_spaces_category'))

    op.drop_table('spaces')
    op.drop_table('site')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_name'))
        batch_op.drop_index(batch_op.f('ix_people_deleted'))

    op.drop_table('people')
    op.drop_table('peers')
    with op.batch_alter_table('links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_links_to_id'))
        batch_op.drop_index(batch_op.f('ix_links_from_id'))
        batch_op.drop_index(batch_op.f('ix_links_deleted'))

    op.drop_table('links')
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_groups_status'))
        batch_op.drop_index(batch_op.f('ix_groups_name'))
        batch_op.drop_index(batch_op.f('ix_groups_deleted'))

    op.drop_table('groups')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_record')

    op.drop_table('change_log')

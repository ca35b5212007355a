"""Alembic environment: always run with a connection handed in by civicdesk.db.migrate."""

from alembic import context

from civicdesk.db.migrate import include_object
from civicdesk.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()

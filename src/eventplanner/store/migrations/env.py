"""Alembic environment: always driven from `store.database` with a live connection (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from eventplanner.store import models_show  # noqa: F401  (registers its tables on Base.metadata)
from eventplanner.store.models import Base
from eventplanner.store.models_letterhead import LetterheadRow  # noqa: F401  (its table in the metadata)

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` CLI use by developers
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite://"
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

"""rooms.name_key and organizations.name_key: unique keys that back the imports' matching by name

A room is unique by (event_id, name_key) and an organization by (name_key, country), where name_key is
`domain.text.unique_key(name)` (case- and space-insensitive, at most 101 characters). Duplicates already in
the data are kept, never merged or deleted: the oldest row (lowest id) gets the plain key and each later one
the key plus a tab and its own id, which no name can produce. The user can rename or merge them later; the
import matches the oldest.

The keys are computed here with the application's function, frozen into this script's logic by calling it:
if the function ever changes, a later migration recomputes them.

Revision ID: 0009
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from eventplanner.domain.text import KEY_SEPARATOR, UNIQUE_KEY_LENGTH, unique_key

revision = "0009"
down_revision = "0004"
branch_labels = None
depends_on = None

#: table -> (the unique index's name, its columns); the columns besides name_key are the scope of a name
KEYED = {
    "rooms": ("uq_rooms_name_key", ("event_id", "name_key")),
    "organizations": ("uq_organizations_name_key", ("name_key", "country")),
}
BATCH = 500


def upgrade() -> None:
    conn = op.get_bind()
    for table_name, (index, columns) in KEYED.items():
        scope = [c for c in columns if c != "name_key"]
        with op.batch_alter_table(table_name) as batch:
            batch.add_column(
                sa.Column("name_key", sa.String(length=UNIQUE_KEY_LENGTH), nullable=False, server_default="")
            )
        table = sa.table(table_name, sa.column("id", sa.Integer), sa.column("name", sa.Text),
                         sa.column("name_key", sa.String), *(sa.column(c) for c in scope))
        taken: set[tuple[object, ...]] = set()
        updates: list[dict[str, object]] = []
        rows = conn.execute(sa.select(table.c.id, table.c.name, *(table.c[c] for c in scope)).order_by(table.c.id))
        for row_id, name, *where in rows:
            key = unique_key(name or "")
            if (*where, key) in taken:
                key = f"{key}{KEY_SEPARATOR}{row_id}"  # a duplicate already there: kept, with a key of its own
            taken.add((*where, key))
            updates.append({"row_id": row_id, "key": key})
        statement = sa.update(table).where(table.c.id == sa.bindparam("row_id")).values(name_key=sa.bindparam("key"))
        for start in range(0, len(updates), BATCH):
            conn.execute(statement, updates[start:start + BATCH])
        op.create_index(index, table_name, list(columns), unique=True)


def downgrade() -> None:
    for table_name, (index, _columns) in KEYED.items():
        op.drop_index(index, table_name=table_name)
        with op.batch_alter_table(table_name) as batch:
            batch.drop_column("name_key")

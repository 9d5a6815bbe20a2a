"""Alembic, driven from code: the schema is upgraded when a database is opened.

Alembic itself loads only when a database needs upgrading: checking a database that is up to date reads the
revision ids straight from the migration scripts (a linear history), which spares every start-up ~0.1 s.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*[\"']?([\w-]+|None)[\"']?", re.MULTILINE)


def _config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@cache
def _revisions() -> tuple[str, frozenset[str]]:
    """(head, every revision) from the scripts' `revision` / `down_revision` lines; Alembic if in doubt."""
    links: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found: dict[str, str] = {m[1]: m[2] for m in _REVISION.finditer(script.read_text(encoding="utf-8"))}
        if "revision" in found:
            down = found.get("down_revision")
            links[found["revision"]] = None if down in (None, "None") else down
    heads = set(links) - {down for down in links.values() if down}
    if len(heads) == 1 and all(down is None or down in links for down in links.values()):
        return heads.pop(), frozenset(links)
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config())
    head = scripts.get_current_head()
    assert head is not None
    return head, frozenset(rev.revision for rev in scripts.walk_revisions())


def head_revision() -> str:
    return _revisions()[0]


def known_revisions() -> set[str]:
    return set(_revisions()[1])


def is_newer(revision: str) -> bool:
    """A revision id shaped like ours ("0007") beyond the newest we know: a newer Event Planner wrote it."""
    ours = [int(r) for r in known_revisions() if r.isascii() and r.isdigit()]
    return revision.isascii() and revision.isdigit() and bool(ours) and int(revision) > max(ours)


def upgrade(engine: Engine, target: str = "head") -> None:
    """Migrate in one transaction: a database is either fully set up (tables and version) or not at all.

    SQLite's Python driver runs DDL outside any transaction unless one is begun explicitly, so on SQLite the
    write lock is taken with BEGIN IMMEDIATE first; the schema and the Alembic version then commit together.
    """
    from alembic import command

    cfg = _config()
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()

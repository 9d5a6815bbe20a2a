"""Migration 0006: a database from before content languages gets events.languages and keeps its events."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from eventplanner.services.translations import text_table
from eventplanner.store import migrate
from eventplanner.store.database import open_database


def test_an_old_database_is_upgraded_and_offers_the_shipped_languages(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = sa.create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO events (id, slug, title, short_title, theme, start_date, end_date, timezone, venue_name, "
            "venue_address, status, language, notes, translations, version) VALUES (1, 'old', 'Old event', '', '', "
            "'2021-01-01', '2021-01-01', 'UTC', '', '', 'draft', 'az', '', '{}', 1)"))
        assert "languages" not in {c["name"] for c in sa.inspect(conn).get_columns("events")}
    engine.dispose()
    db = open_database(path)
    try:
        table = text_table(db, 1)
        assert table.primary == "az" and table.languages == ("az", "en", "ru")
        assert table.missing_counts() == {"en": 1, "ru": 1}
    finally:
        db.close()

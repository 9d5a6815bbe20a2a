"""The revision ids read from the migration scripts (without Alembic) agree with Alembic's own reading."""

from __future__ import annotations

import subprocess
import sys

from eventplanner.store import migrate


def test_head_and_known_revisions_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in scripts.walk_revisions()}


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eventplanner.store.database import open_database

    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    code = ("import sys; from eventplanner.store.database import open_database; "
            f"open_database({str(path)!r}).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

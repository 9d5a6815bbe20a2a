"""Bulk inserts for imports: thousands of rows of one table, their new ids back in the order of the rows.

On SQLite the rows go straight to the driver's `executemany`. Each value is prepared by its column's own
SQLAlchemy bind processor (datetimes, JSON, booleans), so it is stored exactly as a Core or ORM insert would
store it; plain-value column defaults are filled in the same way. The new ids are the contiguous range that
ends at `last_insert_rowid()`: inside the write transaction nobody else can insert, and SQLite gives each row
one more than the largest id. That range is checked to lie above the ids there were before.

Other databases (PostgreSQL) use a Core `insert()` with RETURNING in batches (SQLAlchemy's insertmanyvalues).
Both paths run inside the caller's session, so the import stays one transaction. The rows are reported to the
session's change recorder (store/recorder.py), so an import is undoable as one step, and `check` is called
between batches: a long import's cancel hook raises there, inside the transaction, which then rolls back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from functools import partial
from itertools import repeat
from typing import Any

from sqlalchemy import Connection, DateTime, Table, insert
from sqlalchemy.orm import Session

from eventplanner.domain.errors import StoreError
from eventplanner.store.recorder import recorder_of

BATCH = 2000
Columns = Mapping[str, Sequence[object]]
"""Column key -> one value per row, every sequence as long as the others: no dict per row to build."""
Check = Callable[[], None]
"""Called between batches; raises (domain.errors.Cancelled) to stop the import and roll it back."""


def _no_check() -> None:
    return None


def insert_rows(s: Session, table: Table, columns: Columns, same: Mapping[str, object] | None = None, *,
                ids: bool = False, check: Check = _no_check) -> list[int]:
    """Insert rows given column by column into `table`, with `same` values for every row (prepared once);
    with `ids`, return the new primary keys in the order of the rows."""
    count = len(next(iter(columns.values()), ()))
    same = same or {}
    if not count:
        return []
    recorder = recorder_of(s)
    conn = s.connection()
    if not _use_driver(conn):
        new_ids = _core_insert(conn, table, [{**same, **dict(zip(columns, values, strict=True))}
                                             for values in zip(*columns.values(), strict=True)],
                               ids or recorder is not None, check)
    else:
        new_ids = _driver_insert(conn, table, columns, same, count, ids or recorder is not None, check)
    if recorder is not None:
        recorder.note_inserted(table, new_ids, columns, same)
    return new_ids if ids else []


def _driver_insert(conn: Connection, table: Table, columns: Columns, same: Mapping[str, object], count: int,
                   ids: bool, check: Check) -> list[int]:
    names, values, params = _driver_params(conn, table, columns, same, count)
    quote = conn.dialect.identifier_preparer.quote
    sql = f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) VALUES ({', '.join(values)})"
    before = conn.exec_driver_sql(f"SELECT max(rowid) FROM {quote(table.name)}").scalar() or 0 if ids else 0
    for start in range(0, count, BATCH):
        check()
        conn.exec_driver_sql(sql, params[start:start + BATCH])
    if not ids:
        return []
    last = conn.exec_driver_sql("SELECT last_insert_rowid()").scalar() or 0
    first = last - count + 1
    if first <= before:
        raise StoreError(f"Cannot tell the ids of the new rows in {table.name}; nothing was imported.")
    return list(range(first, last + 1))


def _use_driver(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _driver_params(
    conn: Connection, table: Table, given: Columns, same: Mapping[str, object], count: int
) -> tuple[list[str], list[str], list[Any]]:
    """Column names, what the VALUES clause holds for each ("?" or a constant written out) and one tuple of
    driver-ready values per row (for the "?" columns only)."""
    names: list[str] = []
    values: list[str] = []
    columns: list[Any] = []
    for column in table.columns:
        process: Callable[[Any], Any] | None = column.type._cached_bind_processor(conn.dialect)
        if process is not None and isinstance(column.type, DateTime) and _writes_iso_text(process):
            process = partial(_iso_datetime, process)
        if column.key in given:
            given_values = given[column.key]
            columns.append(map(process, given_values) if process else given_values)
            values.append("?")
        elif column.key in same:
            values.append(_constant(same[column.key], process, count, columns))
        elif column.default is not None and column.default.is_scalar:
            values.append(_constant(column.default.arg, process, count, columns))  # type: ignore[attr-defined]
        elif column.default is not None:
            raise ValueError(f"{table.name}.{column.key}: give a value (its default is computed)")
        else:
            continue  # left out, as a Core insert leaves it out: NULL or the database's default
        names.append(column.name)
    return names, values, list(zip(*columns, strict=True)) if columns else [()] * count


_SAMPLE_DATETIME = datetime(987, 6, 5, 4, 3, 2, 10)


def _writes_iso_text(process: Callable[[Any], Any]) -> bool:
    """Whether a DateTime column's bind processor writes a datetime as its ISO text with a space and
    microseconds, as SQLite's default storage format does ('0987-06-05 04:03:02.000010')."""
    return bool(process(_SAMPLE_DATETIME) == _SAMPLE_DATETIME.isoformat(" ", "microseconds"))


def _iso_datetime(process: Callable[[Any], Any], value: Any) -> Any:
    """The column's own processor, with naive datetimes (all an import has) formatted by `isoformat` in C: the
    same text at a third of the cost (the processor fills a format from a dict of seven fields)."""
    if value.__class__ is datetime and value.tzinfo is None:
        return value.isoformat(" ", "microseconds")
    return process(value)


def _constant(value: object, process: Callable[[Any], Any] | None, count: int, columns: list[Any]) -> str:
    """The VALUES entry of a column with the same value in every row: the value written out when it can be,
    else "?" with the value repeated for each row in `columns`."""
    prepared = process(value) if process else value
    literal = _sql_literal(prepared)
    if literal is None:
        columns.append(repeat(prepared, count))
        return "?"
    return literal


def _sql_literal(value: object) -> str | None:
    """A value the same for every row, written into the statement: SQLite stores it exactly as it stores the
    value bound as a parameter (an integer as INTEGER, text as TEXT), and each row binds fewer parameters.
    None for anything else (floats, bytes, text holding NUL, integers beyond 64 bits), which stays a parameter.
    """
    if value is None:
        return "NULL"
    if type(value) is int and -(2**63) <= value < 2**63:
        return str(value)
    if type(value) is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _core_insert(conn: Connection, table: Table, rows: list[dict[str, object]], ids: bool, check: Check) -> list[int]:
    if not ids:
        for start in range(0, len(rows), BATCH):
            check()
            conn.execute(insert(table), rows[start:start + BATCH])
        return []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    new_ids: list[int] = []
    for start in range(0, len(rows), BATCH):
        check()
        new_ids += [row[0] for row in conn.execute(statement, rows[start:start + BATCH])]
    return new_ids

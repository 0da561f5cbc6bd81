"""Transactions of the warehouse writers: one per batch on a DuckDB file, one per run on a lake.

Why: a copy-and-swap run may commit batch by batch (the copy is swapped in whole at the end), but
a DuckLake run must be ONE catalog transaction, so that a killed or failed run leaves no visible
trace. `warehouse.db.writing` opens that transaction and marks the connection; inside it, the
loaders' `batch(con)` neither begins nor commits. A leaf module: the loaders import it.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

_HELD: set[int] = set()  # id() of connections whose one transaction spans the whole run


@contextmanager
def batch(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block in a transaction of its own, unless the run's transaction already holds it."""
    if id(con) in _HELD:
        yield
        return
    con.begin()
    try:
        yield
    except BaseException:
        con.rollback()
        raise
    con.commit()  # a failed commit ends the transaction itself: nothing left to roll back


@contextmanager
def one_transaction(con: duckdb.DuckDBPyConnection, *aliases: object) -> Iterator[None]:
    """Hold one transaction for the whole block; commit only if it succeeds. `aliases`: other
    objects standing for `con` (a recording wrapper) that the loaders may be handed."""
    con.begin()
    held = {id(con), *(id(alias) for alias in aliases)}
    _HELD.update(held)
    try:
        yield
    except BaseException:
        con.rollback()
        raise
    finally:
        _HELD.difference_update(held)
    # A failed commit (on a PostgreSQL catalog: a conflict with another machine's run) ends the
    # transaction itself; rolling back then would only hide its error behind "no transaction".
    con.commit()


def holds_run(con: duckdb.DuckDBPyConnection) -> bool:
    """True inside `one_transaction` (the lake's run): callers must not begin or commit."""
    return id(con) in _HELD

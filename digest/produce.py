"""One digest, from warehouse to files: what the `veille digest` command and the digest flow share.

Why shared: the command and the scheduled flow must build the same digest the same way; each
adds only its own edge (the command's error lines, the flow's retried send task and artifact).
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from digest.build import build_digest, require_articles
from digest.model import Digest
from digest.write import write_digest
from veille.settings import Settings
from warehouse.db import connect


def produce_digest(
    db_path: Path, week: date, out_dir: Path, settings: Settings, now: datetime
) -> tuple[Digest, dict[str, Path]]:
    """Build the digest of the ISO week containing `week` (read-only) and write its files.

    Raises `FileNotFoundError` when there is no warehouse at `db_path`, `EmptyWeek` (nothing
    written) when the week has no article.
    """
    con = connect(db_path, read_only=True)
    try:
        digest = build_digest(con, week, settings, now)
        require_articles(con, digest)
    finally:
        con.close()
    return digest, write_digest(digest, Path(out_dir), settings)

"""`veille config`: the effective configuration, so nobody has to guess which value won."""
from __future__ import annotations

import typer


def config() -> None:
    """Show every setting, its value (secrets masked) and its VEILLE_* environment variable."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from veille.settings import Settings

    settings = Settings()
    table = Table(title="Veille configuration (environment variables VEILLE_*, or a .env file)")
    for column in ("variable", "value", "meaning"):
        table.add_column(column, overflow="fold")
    for name, field in Settings.model_fields.items():
        value = getattr(settings, name)
        shown = "" if value is None else ("********" if "password" in name else str(value))
        table.add_row(f"VEILLE_{name.upper()}", Text(shown), Text(field.description or ""))
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command()(config)

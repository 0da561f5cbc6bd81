"""`veille.commands.coercion` converts option values exactly as Typer does, without Pydantic.

Each parameter of every command is converted both ways (our light converter, Typer's own
Pydantic one) for valid and invalid values: same value, or the same error message.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from typer import _click as click
from typer._coercion import build_runtime_param

from veille.cli import COMMANDS, _command, app
from veille.commands.coercion import LightRuntimeParam

SAMPLES: list[Any] = ["", "0", "1", "7", "007", "-1", "+3", " 5", "1_000", "abc", "2026-11-16",
                      "table", "CSV", "json", "xml", "out/demo", "/tmp/x y", ".", 3, 0, -2, True,
                      None, Path("data/w.duckdb")]


def _outcome(runtime: Any, value: Any, param: Any, ctx: click.Context) -> tuple[str, Any]:
    try:
        result = runtime.coerce(value, param=param, ctx=ctx)
    except click.exceptions.BadParameter as error:
        return "error", error.format_message()
    return "value", (type(result), result)


def _params() -> list[tuple[str, Any, Any]]:
    cases = []
    for name, module in COMMANDS.items():
        command = _command(module, name)
        cases += [(name, command, param) for param in command.params]
    return cases


@pytest.mark.parametrize(("name", "command", "param"), _params(),
                         ids=lambda x: x if isinstance(x, str) else getattr(x, "name", ""))
def test_each_parameter_converts_like_typer(name: str, command: Any, param: Any) -> None:
    assert isinstance(param._runtime_param, LightRuntimeParam), f"{name} {param.name} not lightened"
    ctx = click.Context(command, info_name=name)
    typers_own = build_runtime_param(param.type_descriptor)
    samples = list(SAMPLES)
    annotation = param.type_descriptor.annotation
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        samples += list(annotation)
    for value in samples:
        if param.multiple or param.nargs == -1:
            value = () if value is None else (value,) if isinstance(value, str) else value
        assert _outcome(param._runtime_param, value, param, ctx) == _outcome(typers_own, value, param, ctx), (
            name, param.name, value)


def test_the_light_path_is_taken_for_plain_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """Valid values of our parameter kinds never build Typer's Pydantic converter."""
    import veille.commands.coercion as coercion

    built: list[Any] = []
    original = coercion.build_runtime_param

    def spy(descriptor: Any) -> Any:
        built.append(descriptor.annotation)
        return original(descriptor)

    monkeypatch.setattr(coercion, "build_runtime_param", spy)
    command = _command(COMMANDS["sql"], "sql")
    ctx = click.Context(command, info_name="sql")
    by_name = {param.name: param for param in command.params}
    for name, value in (("statement", "select 1"), ("format", "csv"), ("limit", "12"), ("db", "w.duckdb")):
        by_name[name]._runtime_param.coerce(value, param=by_name[name], ctx=ctx)
    assert built == []
    with pytest.raises(click.exceptions.BadParameter):  # an invalid value goes to Typer's converter
        by_name["limit"]._runtime_param.coerce("abc", param=by_name["limit"], ctx=ctx)
    assert built == [int]


def test_group_help_option_is_lightened() -> None:
    import typer.main

    group = typer.main.get_command(app)
    ctx = click.Context(group, info_name="veille")
    assert isinstance(group.get_help_option(ctx)._runtime_param, LightRuntimeParam)  # type: ignore[union-attr]

"""Option values converted without Pydantic when the conversion is plain.

Why: Typer converts every parameter value through a Pydantic `TypeAdapter`; importing Pydantic
and building the adapters costs about 0.1 s, a quarter of `veille sql "select 1"`. Our options
are strings, integers with a minimum, paths, flags and choices, whose valid values need no
Pydantic. `LightRuntimeParam` converts those the way Typer would, and hands everything else (an
invalid value, another type) to Typer's own converter, so results and error messages stay
Typer's (tests/test_cli_coercion.py compares both on every parameter of every command).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from typer import _click as click
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_choice, coerce_cli_path
from typer.core import _TyperParameter

_PLAIN_INT = re.compile(r"[0-9]{1,18}")


class _Unhandled(Exception):
    """The value needs Typer's own converter."""


def _light(descriptor: TypeDescriptor, value: Any, param: _TyperParameter, ctx: click.Context) -> Any:
    """The converted value, or _Unhandled when this is not a plain case."""
    annotation, info = descriptor.annotation, descriptor.parameter_info
    if info.parser is not None or descriptor.file_annotation is not None:
        raise _Unhandled
    if annotation is str and type(value) is str:
        return value
    if annotation is int and info.max is None and not info.clamp:
        if type(value) is str and _PLAIN_INT.fullmatch(value):
            number = int(value)
        elif type(value) is int:
            number = value
        else:
            raise _Unhandled
        if info.min is not None and number < info.min:
            raise _Unhandled
        return number
    if annotation is Path and info.path_type is None:
        if type(value) is str and value:
            value = Path(value)
        if isinstance(value, Path):  # no Pydantic needed past this point
            return coerce_cli_path(value, info, path_type=Path, param=param, ctx=ctx)
        raise _Unhandled
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        try:
            return coerce_cli_choice(value, choices=list(annotation),
                                     case_sensitive=info.case_sensitive, ctx=ctx)
        except ValueError:
            raise _Unhandled from None
    raise _Unhandled


@dataclass(frozen=True)
class LightRuntimeParam(RuntimeParam):
    """Typer's runtime conversion of one parameter, Pydantic only when needed."""

    descriptor: TypeDescriptor

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: click.Context) -> Any:
        try:
            return _light(self.descriptor, value, param, ctx)
        except _Unhandled:
            return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)


def lighten_param(param: Any) -> Any:
    """`param` converted by LightRuntimeParam (when it is a Typer parameter not yet converted)."""
    if isinstance(param, _TyperParameter) and param._runtime_param is None:
        descriptor = param.type_descriptor
        param._runtime_param = LightRuntimeParam(
            parameter_info=descriptor.parameter_info, annotation=descriptor.annotation,
            descriptor=descriptor)
    return param


def lighten(command: Any) -> Any:
    """`command` with each of its parameters, `--help` included, converted by LightRuntimeParam."""
    if command is None:
        return None
    for param in command.params:
        lighten_param(param)
    built_help_option = command.get_help_option  # click builds --help on first use, then caches it

    def get_help_option(ctx: click.Context) -> Any:
        return lighten_param(built_help_option(ctx))

    command.get_help_option = get_help_option
    return command

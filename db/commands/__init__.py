"""Command-line commands. Each module registers its sub-commands; main.py only dispatches."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Protocol

Handler = Callable[[argparse.Namespace], int]


class Registrar(Protocol):
    def __call__(self, commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


def registrars() -> list[Registrar]:
    from db.commands import (
        admin,
        aftercare,
        audit,
        backup,
        copy,
        demo,
        exchange,
        followups,
        stock,
    )

    return [
        admin.register,
        demo.register,
        stock.register,
        followups.register,
        aftercare.register,
        exchange.register,
        audit.register,
        backup.register,
        copy.register,
    ]

"""The one exit-code scheme of every `veille` command (README, "The command line").

Why few codes: schedulers and scripts branch on them. 2 means "fix what you typed or
configured", 3 "fix the warehouse file or folder", 4 "try again later", 1 "the work itself
failed" (a run with every source failed, a digest not sent, an empty week).
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0         # done
    FAILED = 1     # the command ran and its work failed (see the message and `veille runs`)
    USAGE = 2      # bad option, parameter, SQL, sources file or VEILLE_* setting: nothing was done
    WAREHOUSE = 3  # the warehouse is missing, not a DuckDB file, a directory, or not writable
    BUSY = 4       # another run is writing the warehouse: try again when it has finished

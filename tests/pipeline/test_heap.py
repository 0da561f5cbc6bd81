"""`pipeline.heap.keep_freed_memory`: freed heap stays with the process instead of being faulted in
again. Measured as the kernel counts it: minor page faults of a real allocation loop, in two real
processes, one with the setting and one without (the control)."""
from __future__ import annotations

import platform
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What spaCy's `ner` does per batch, reduced: many blocks below the mmap threshold, all freed.
CHURN = textwrap.dedent("""
    import resource, sys
    if sys.argv[1] == "keep":
        from pipeline.heap import keep_freed_memory
        assert keep_freed_memory()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(30):
        blocks = [bytearray(100_000) for _ in range(300)]
        del blocks
    print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
""")


def page_faults(mode: str) -> int:
    out = subprocess.run([sys.executable, "-c", CHURN, mode], cwd=ROOT, capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_freed_memory_is_not_faulted_in_again() -> None:
    default, kept = page_faults("default"), page_faults("keep")
    assert default > 50_000, "control: the default malloc gives the freed heap back each round"
    assert kept < default / 10


def test_elsewhere_it_says_it_did_nothing() -> None:
    from pipeline.heap import keep_freed_memory

    expected = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert keep_freed_memory() is expected

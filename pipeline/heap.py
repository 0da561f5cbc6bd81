"""Keep freed memory in the NLP processes' heap instead of handing it back to the kernel each batch.

Why: spaCy's `ner` allocates and frees arrays of a few MB for every batch. With glibc's default
malloc settings, freeing them returns the memory to the kernel (heap trimmed above 128 KB, large
blocks unmapped) and the next batch faults it in again, zeroed page by page: on the 1,000-article
bench site the two NLP workers spent 22 of their 89 core-seconds in the kernel. Keeping up to
`TRIM_THRESHOLD` of freed heap, and serving blocks below `MMAP_THRESHOLD` from the heap, brought
that to 3.5 (docs/nlp.md, "Kernel time"). The cost: a process keeps the memory of its largest
batch until it exits, which is what it needs again for the next one.

Only glibc has these knobs (`mallopt`); elsewhere this does nothing. The settings belong to the
process and are inherited by the workers it forks.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import platform

# mallopt parameters, from glibc's malloc.h.
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
# Freed heap kept before trimming (bytes): above the largest batch seen, so no trim mid-run.
TRIM_THRESHOLD = 1 << 30
# Blocks at least this large are mapped apart (glibc's upper limit for the setting on 64-bit).
MMAP_THRESHOLD = 32 << 20


def keep_freed_memory() -> bool:
    """Set this process's malloc to keep freed memory (see the module's docstring); whether it could."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None)
    # mallopt returns 1 on success, 0 on error; both must hold for the effect measured.
    return bool(libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)) and bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))

"""Small bar charts of an entity's last weeks, as PNG bytes (matplotlib, Agg, no pyplot state)."""
from __future__ import annotations

import io
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from digest.model import WeekCount

HIGHLIGHT = "#E4572E"   # this week: the digest's one warm colour, also checked by the tests
BASELINE = "#9FB3C8"    # earlier weeks
INK = "#4A5568"
WIDTH_PX, HEIGHT_PX = 240, 96   # displayed size; drawn at 2x for sharp screens
DPI = 100
SCALE = 2


def weekly_bars_png(history: Sequence[WeekCount]) -> bytes:
    """A 240x96 (drawn 480x192) bar chart, last bar highlighted, ISO week numbers underneath.

    Why `Figure` and not `pyplot`: no global figure registry, so building digests in threads
    (Prefect tasks) is safe and nothing leaks.
    """
    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.02, 0.24, 0.96, 0.66))
    counts = [week.stories for week in history]
    colours = [BASELINE] * (len(counts) - 1) + [HIGHLIGHT]
    positions = range(len(counts))
    bars = axes.bar(positions, counts, color=colours, width=0.72)
    axes.bar_label(bars, labels=[str(c) if c else "" for c in counts], fontsize=7, color=INK,
                   padding=1)
    axes.set_xticks(list(positions), [f"S{w.week_start.isocalendar().week}" for w in history])
    axes.tick_params(axis="x", labelsize=6.5, colors=INK, length=0, pad=2)
    axes.set_yticks([])
    axes.set_ylim(0, max(max(counts, default=0), 1) * 1.3)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color("#CBD5E0")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI * SCALE, facecolor="white")
    return buffer.getvalue()

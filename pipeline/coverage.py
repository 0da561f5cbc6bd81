"""Independent coverage: is a copy of a story a reprint, and does the story come from a release?

Why: ten outlets reprinting one press release are one voice, not ten newsrooms. A copy whose
text is near-identical to an earlier copy of its story (estimated Jaccard of word shingles at or
above `REPRINT_SIMILARITY`) is a reprint; a text that cites a communiqué is a press release echo.
The warehouse counts, per story, the outlets that wrote their own text (`story_coverage`).
"""
from __future__ import annotations

import re

from pipeline.text import fold

REPRINT_SIMILARITY = 0.8
_PRESS_RELEASE = re.compile(
    r"\b(?:un|le|son|leur|du|ce|cet|par|dans un|selon un|d'un)\s+communique\b|\bcommunique de presse\b"
    r"|\bcommunique (?:publie|diffuse|transmis|conjoint)\b"
)
# In every match of `_PRESS_RELEASE` (each alternative spells it, no flag): a text without it is
# not searched (0.1 ms a 5,000-character text, tried at every position for its leading `\b`).
_PRESS_RELEASE_WORD = "communique"


def cites_press_release(text: str) -> bool:
    """"selon un communiqué", "dans un communiqué publié lundi", "communiqué de presse"."""
    folded = fold(text)
    return _PRESS_RELEASE_WORD in folded and _PRESS_RELEASE.search(folded) is not None

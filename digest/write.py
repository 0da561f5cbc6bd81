"""Write the digest to disk: `digest-YYYY-Www.html` (charts as data URIs), `.txt` and `.eml`."""
from __future__ import annotations

import base64
import os
import tempfile
from email import policy
from pathlib import Path

from digest.mail import UNDISCLOSED, compose
from digest.model import Chart, Digest
from digest.render import render_html, render_text
from veille.settings import Settings


def data_uri(chart: Chart) -> str:
    """The chart inline in the page, so the .html file displays offline and on its own."""
    return "data:image/png;base64," + base64.b64encode(chart.png).decode("ascii")


def write_digest(digest: Digest, out_dir: Path, settings: Settings) -> dict[str, Path]:
    """Write the three files and return them by kind (`html`, `txt`, `eml`).

    The .eml is the message as it would be sent; without configured recipients it is addressed
    to `undisclosed-recipients:;` so a preview never needs the mail settings.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"digest-{digest.week.label}"
    to_header = ", ".join(settings.digest_to) if settings.digest_to else UNDISCLOSED
    message = compose(digest, settings, to_header)
    contents = {
        "html": render_html(digest, image_source=data_uri).encode("utf-8"),
        "txt": render_text(digest).encode("utf-8"),
        "eml": message.as_bytes(policy=policy.SMTP),
    }
    written = {}
    for kind, data in contents.items():
        written[kind] = _write_atomically(out_dir / f"{stem}.{kind}", data)
    return written


def _write_atomically(path: Path, data: bytes) -> Path:
    """Readers (a browser, a mail client) never see a half-written file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path

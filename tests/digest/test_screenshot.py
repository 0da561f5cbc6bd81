"""The written HTML rendered by headless Chromium: figures and charts really show on screen."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from digest.chart import HIGHLIGHT
from digest.model import Digest
from digest.write import write_digest
from tests.digest.conftest import make_settings

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("headless Chromium not installed (Debian: apt-get install chromium; .ci/run does it)")


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def pixels_near(image: Image.Image, target: tuple[int, int, int], tolerance: int = 10) -> int:
    return sum(
        count for count, pixel in image.getcolors(maxcolors=1 << 24) or []
        if all(abs(channel - wanted) <= tolerance for channel, wanted in zip(pixel, target, strict=False))
    )


@pytest.fixture(scope="module")
def written(week47: Digest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_digest(week47, tmp_path_factory.mktemp("digest"), make_settings())["html"]


def test_screenshot_shows_the_page_and_its_charts(written: Path, tmp_path: Path) -> None:
    screenshot = tmp_path / "digest.png"
    run_chromium(tmp_path, f"--screenshot={screenshot}", "--window-size=900,2000",
                 written.as_uri())
    image = Image.open(screenshot).convert("RGB")
    assert image.size == (900, 2000)
    colours = image.getcolors(maxcolors=1 << 24) or []
    assert len(colours) > 200, "the page looks blank"
    assert pixels_near(image, hex_rgb("#1F3A5F")) > 20_000        # the header band
    # three charts, each with this week's bar in the highlight colour
    assert pixels_near(image, hex_rgb(HIGHLIGHT)) > 3 * 400


def test_dom_holds_the_headline_figures(written: Path, tmp_path: Path) -> None:
    dom = run_chromium(tmp_path, "--dump-dom", written.as_uri()).stdout
    assert "Semaine 47, du 16 au 22 novembre 2026" in dom
    figures = re.findall(r'class="figure"[^>]*>\s*([\d\u202f]+)\s*<', dom)
    assert figures == ["7", "3", "6", "2"]
    assert dom.count("<img") == 3 and "&lt;script&gt;alert(1)&lt;/script&gt;" in dom

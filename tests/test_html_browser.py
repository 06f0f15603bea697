"""The HTML report in a real browser: headless Chromium loads it, we read its DOM and screenshot.

Skips when no Chromium is installed (set ``SLANT_CHROMIUM`` to a browser binary to pick one);
with ``SLANT_REQUIRE_BROWSER=1`` (CI) a missing browser is a failure instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from slant.render import HTML_PALETTE, html_page

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling module, however run
from test_render import SCRIPT, build_article  # noqa: E402

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
IMG_PAYLOAD = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"


def find_browser() -> str | None:
    explicit = os.environ.get("SLANT_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else shutil.which(explicit)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> str:
    found = find_browser()
    if found is None:
        message = ("no Chromium found (looked for " + ", ".join(BROWSERS)
                   + "; install Debian's `chromium` or set SLANT_CHROMIUM)")
        if os.environ.get("SLANT_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def run_browser(browser: str, page: Path, tmp_path: Path, *args: str) -> str:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    profile.mkdir()
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-extensions",
               f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
    result = subprocess.run(command, capture_output=True, timeout=120,
                            env={**os.environ, "HOME": str(profile)})
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout.decode("utf-8", errors="replace")


class _Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_title:
            self.title += data


def dom(markup: str) -> _Dom:
    parsed = _Dom()
    parsed.feed(markup)
    parsed.close()
    return parsed


def hostile_article():
    return build_article(
        [
            [("Council Approves Bridge Repair", "fact", "headline")],
            [("The council voted 7-2 on Tuesday to repair the bridge.", "fact", "prose"),
             ("Officials called it a 'rescue' for the city.", "embedded_opinion", "prose")],
            [("This policy is a disgrace, and voters deserve better than delay.", "commentary",
              "prose")],
            [("Two years of warnings and they finally act.", "embedded_opinion", "post"),
             ("— Harbor Merchants (@HarborMerchants) March 4, 2025", "embedded_opinion",
              "attribution")],
            [(f"A commenter pasted {SCRIPT} and {IMG_PAYLOAD} into the page.", "fact", "prose")],
            [("Share this article", "boilerplate", "boilerplate")],
        ],
        ["fact", "embedded_opinion", "commentary", "embedded_opinion", "fact", "boilerplate"],
        markers={"Officials called it a 'rescue' for the city.": "'rescue'"},
    )


def test_report_renders_paragraphs_and_runs_nothing(browser, tmp_path):
    article = hostile_article()
    page = tmp_path / "report.html"
    page.write_text(html_page(article, title="slant report"), encoding="utf-8")
    shown = dom(run_browser(browser, page, tmp_path, "--dump-dom"))

    paras = [a for t, a in shown.elements if "slant-p" in (a.get("class") or "").split()]
    assert [a.get("data-label") for a in paras] == [p.label for p in article.paragraphs]
    body = [a for t, a in shown.elements if t == "body"]
    assert body and "data-pwned" not in body[0], "a script from the article text ran"
    assert shown.title == "slant report"
    assert not [t for t, _ in shown.elements if t in ("script", "img", "iframe")]
    text = "".join(shown.text)
    assert SCRIPT in text and IMG_PAYLOAD in text, "the markup is shown as text"
    for para in article.paragraphs:
        for sent in para.sentences:
            assert sent.text in text


def test_report_screenshot_shows_the_label_colours(browser, tmp_path):
    from PIL import Image

    article = hostile_article()
    page = tmp_path / "report.html"
    page.write_text(html_page(article), encoding="utf-8")
    shot = tmp_path / "report.png"
    run_browser(browser, page, tmp_path, f"--screenshot={shot}", "--window-size=1200,1600",
                "--hide-scrollbars")
    assert shot.exists() and shot.stat().st_size > 10_000
    if os.environ.get("SLANT_KEEP_SCREENSHOT"):
        shutil.copy(shot, os.environ["SLANT_KEEP_SCREENSHOT"])
    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 1600)
    counts = {colour: n for n, colour in image.getcolors(maxcolors=image.width * image.height)}

    def near(hex_colour: str, tolerance: int = 3) -> int:
        want = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        return sum(n for c, n in counts.items()
                   if all(abs(a - b) <= tolerance for a, b in zip(c, want)))

    for label, (tint, rule, _) in HTML_PALETTE.items():
        assert near(tint) > 5_000, f"no {label} paragraph tint ({tint}) on the page"
        assert near(rule) > 300, f"no {label} rule colour ({rule}) on the page"
    dark = sum(n for c, n in counts.items() if max(c) < 90)
    assert dark > 5_000, "hardly any text pixels: the page looks blank"


def test_cli_report_in_the_browser(browser, tmp_path):
    """The report the CLI writes for an article with markup in it: every paragraph, no script."""
    source = tmp_path / "article.txt"
    source.write_text(
        "Council Approves Bridge Repair\n\n"
        "The city council voted 7-2 on Tuesday to spend $48 million repairing the bridge.\n\n"
        f"A reader pasted {SCRIPT} into the comments, which the site printed as text.\n\n"
        "This policy is a disgrace, and voters deserve better than another year of delay.\n",
        encoding="utf-8")
    report = tmp_path / "report.html"
    result = subprocess.run([sys.executable, "-m", "slant.cli", "analyze", str(source),
                             "--format", "html", "-o", str(report)],
                            capture_output=True, timeout=180)
    assert result.returncode == 0, result.stderr.decode()
    shown = dom(run_browser(browser, report, tmp_path, "--dump-dom"))
    paras = [a for t, a in shown.elements if "slant-p" in (a.get("class") or "").split()]
    assert len(paras) == 4
    assert all(a.get("data-label") in HTML_PALETTE for a in paras)
    body = [a for t, a in shown.elements if t == "body"]
    assert "data-pwned" not in body[0]
    assert SCRIPT in "".join(shown.text)
    assert shown.title == "slant report: article.txt"

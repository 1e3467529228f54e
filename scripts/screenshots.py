"""PNG screenshots of each dashboard page over the demo store, for the README (docs/screenshots/).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Fills a fresh demo store (`flashpoint demo`), starts `flashpoint serve` on a free port of 127.0.0.1 and drives
Debian's chromium with Playwright; each PNG is reduced to a 64-colour palette to stay small.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

FLASHPOINT = str(Path(sys.executable).parent / "flashpoint")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
PAGES = {"overview": "/", "dyad": "/dyads/USA/IRN?by=month", "document": "/documents/sample-01_korea_drills#event-{first}",
         "documents": "/documents", "api-docs": "/docs"}


def shoot(base: str, out: Path, first_event: str) -> list[Path]:
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        for name, path in PAGES.items():
            page.goto(base + path.format(first=first_event))
            if name in ("overview", "dyad"):
                page.locator("details").first.evaluate("d => d.open = true")
            target = out / f"{name}.png"
            page.screenshot(path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": 1200, "height": 1500})
            Image.open(target).convert("RGB").quantize(colors=64).save(target, optimize=True)
            written.append(target)
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.db"
        subprocess.run([FLASHPOINT, "demo", "--db", str(db)], check=True, capture_output=True)
        server = subprocess.Popen([FLASHPOINT, "serve", "--db", str(db), "--port", "0"], stdout=subprocess.PIPE, text=True)
        try:
            base = re.search(r"http://127\.0\.0\.1:\d+", server.stdout.readline()).group(0)  # type: ignore[union-attr]
            import httpx

            events = httpx.get(f"{base}/api/documents/sample-01_korea_drills").json()["events"]
            first = next(e["id"] for e in events if e["recipient"])
            for path in shoot(base, args.out, first):
                print(f"{path}: {path.stat().st_size // 1024} KiB")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()

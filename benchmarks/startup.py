"""Start-up times: `import flashpoint`, `flashpoint --help`, and for contrast the first import of spaCy.

    .venv/bin/python benchmarks/startup.py [runs]

Each figure is the median wall time of fresh processes (Python's own start included).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

FLASHPOINT = str(Path(sys.executable).parent / "flashpoint")
CASES = {
    "import flashpoint": [sys.executable, "-c", "import flashpoint"],
    "flashpoint --help": [FLASHPOINT, "--help"],
    "python alone": [sys.executable, "-c", "pass"],
    "import spacy (for contrast)": [sys.executable, "-c", "import spacy"],
}


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    for name, command in CASES.items():
        print(f"{name:30s} {median_seconds(command, runs):6.3f} s  (median of {runs})")


if __name__ == "__main__":
    main()

"""Time to save one new version with 1, 100 and 2,000 other projects in the data folder.

Run: .venv/bin/python benchmarks/storage.py
Saving touches only the saved project's files, so the cost should not grow
with the number of other projects (target: 2,000 within 1.5× of 1). Exits 1
when the target is missed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.validation import read_contract_file  # noqa: E402
from storage.repository import Repository  # noqa: E402
from tests.conftest import EXAMPLES  # noqa: E402

SAVES = 40
TARGET = 1.5


def measure(others: int) -> tuple[float, float]:
    """Median and 90th percentile seconds to add a version, with `others` other projects."""
    v1 = read_contract_file(EXAMPLES / "panaderia-v1.json")
    v2 = read_contract_file(EXAMPLES / "panaderia-v2.json")
    with tempfile.TemporaryDirectory() as tmp, Repository(Path(tmp), write=True) as repo:
        for _ in range(others):
            repo.create_project(v1, reason="filler")
        project = repo.create_project(v1, reason="measured").project_id
        times = []
        for i in range(SAVES):
            start = time.perf_counter()
            repo.add_version(project, v2 if i % 2 == 0 else v1, reason=f"save {i}")
            times.append(time.perf_counter() - start)
        # Listing reads summaries only; time it too so a regression there shows.
        start = time.perf_counter()
        projects, _ = repo.list_projects()
        listing = time.perf_counter() - start
        assert len(projects) == others + 1
    times.sort()
    print(f"  list of {others + 1} projects: {listing * 1000:.1f} ms")
    return statistics.median(times), times[int(len(times) * 0.9)]


def main() -> int:
    """Print the table and whether the target holds."""
    results = {}
    for others in (1, 100, 2000):
        median, p90 = measure(others)
        results[others] = median
        print(f"{others:>5} other projects: save one version median {median * 1000:.2f} ms, p90 {p90 * 1000:.2f} ms")
    ratio = results[2000] / results[1]
    verdict = "OK" if ratio <= TARGET else "OVER TARGET"
    print(f"ratio 2000/1: {ratio:.2f}× (target ≤ {TARGET}×) {verdict}")
    # A regression must fail whoever runs this (CI, a script), not only read as a word.
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

"""Whole-pipeline speed: the sample, ~1 MB and ~10 MB of varied reports, reading 10 MB.

Targets: sample < 10 ms median; 1 MB < 0.5 s; 10 MB <= 10.5 x the 1 MB time
(linear, nothing quadratic). Run: python3 -m pytest tests/benchmarks/test_parse_bench.py --benchmark-only
Times are CPU time of this process (time.process_time): the work of one core, not inflated
when other jobs share the machine.
"""
import random
import statistics
import time
from pathlib import Path

import pytest

from parser.pipeline import analyse_text
from parser.reader import read_file

pytestmark = pytest.mark.benchmark(timer=time.process_time)
REPORTS = Path(__file__).resolve().parent.parent / "reports"
MB = 1_000_000
_medians: dict[str, float] = {}


def report_texts(sample_path) -> list[str]:
    texts = [sample_path.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))]
    return texts


def varied(text: str, rng: random.Random) -> str:
    """A copy with its figures changed (every digit shifted by one amount), so the
    input is many different reports, not one repeated."""
    shift = rng.randrange(1, 10)
    table = str.maketrans("0123456789", "".join(str((d + shift) % 10) for d in range(10)))
    return text.translate(table)


def reports_of_size(sample_path, size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    texts = report_texts(sample_path)
    out, total = [], 0
    while total < size:
        piece = varied(rng.choice(texts), rng)
        out.append(piece)
        total += len(piece.encode("utf-8")) + 1
    return "\n".join(out)


def median_of(benchmark) -> float:
    return benchmark.stats.stats.median


def test_sample(benchmark, sample_path):
    text = sample_path.read_text(encoding="utf-8")
    doc = benchmark(analyse_text, text)
    assert doc.outline
    _medians["sample"] = median_of(benchmark)
    assert _medians["sample"] < 0.010, f"sample median {_medians['sample'] * 1000:.1f} ms, target 10 ms"


def test_1mb(benchmark, sample_path):
    text = reports_of_size(sample_path, MB)
    doc = benchmark.pedantic(analyse_text, args=(text,), rounds=5, iterations=1, warmup_rounds=1)
    assert len(doc.outline) > 10
    _medians["1mb"] = median_of(benchmark)
    assert _medians["1mb"] < 0.5, f"1 MB median {_medians['1mb']:.3f} s, target 0.5 s"


def test_10mb_is_linear(benchmark, sample_path):
    text = reports_of_size(sample_path, 10 * MB, seed=2)
    doc = benchmark.pedantic(analyse_text, args=(text,), rounds=3, iterations=1)
    assert len(doc.outline) > 100
    one_mb = _medians.get("1mb")
    if one_mb is None:                       # run on its own: time 1 MB here
        small = reports_of_size(sample_path, MB)
        runs = []
        for _ in range(3):
            started = time.process_time()
            analyse_text(small)
            runs.append(time.process_time() - started)
        one_mb = statistics.median(runs)
    ratio = median_of(benchmark) / one_mb
    assert ratio <= 10.5, f"10 MB took {ratio:.1f} x the 1 MB time (target <= 10.5)"


@pytest.fixture(scope="module")
def ten_mb_file(tmp_path_factory, sample_path):
    path = tmp_path_factory.mktemp("bench") / "ten_mb.txt"
    path.write_text(reports_of_size(sample_path, 10 * MB, seed=3), encoding="utf-8")
    return path


def test_read_file_10mb(benchmark, ten_mb_file):
    text, source = benchmark(read_file, ten_mb_file)
    assert source.encoding == "utf-8" and source.size >= 10 * MB
    assert median_of(benchmark) < 0.5

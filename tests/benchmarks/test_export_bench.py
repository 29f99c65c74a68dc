"""Speed and memory of the Excel export (run:
`python3 -m pytest tests/benchmarks/test_export_bench.py --benchmark-only`).

Targets: the sample report exported (read, extracted, written) in < 0.3 s; 200
reports into one workbook in < 15 s with peak memory < 300 MB. The 200-report
export runs in a fresh interpreter so its peak resident memory (ru_maxrss, of
the main process and of the largest analysis worker) belongs to it alone; its
wall and CPU times and memory go into the benchmark's extra_info.

The sample benchmarks time CPU seconds of this process (time.process_time), the
200-report ones wall time. The 200-report target is asserted on CPU seconds (main process plus analysis
workers), which a shared, busy machine does not inflate the way it inflates
wall time; on an idle machine the wall time is at most that, less with workers.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parser.export import export_files, write_workbook
from parser.pipeline import analyse_file

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "seeds" / "000_292fb10c7b6fa72d.txt"

BATCH = """
import json, resource, sys, time
from parser.export import export_files
paths = sys.argv[2:]
wall, cpu = time.perf_counter(), time.process_time()
export_files(paths, sys.argv[1])
own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall_s": time.perf_counter() - wall, "main_cpu_s": time.process_time() - cpu,
                  "workers_cpu_s": kids.ru_utime + kids.ru_stime,
                  "main_peak_mb": own.ru_maxrss / 1024, "worker_peak_mb": kids.ru_maxrss / 1024}))
"""


def run_batch(tmp_path: Path, count: int) -> dict:
    folder = tmp_path / f"reports{count}"
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        paths.append(folder / f"bao-cao-{i:03}.txt")
        if not paths[-1].exists():
            shutil.copy(SAMPLE, paths[-1])
    env = dict(os.environ, PYTHONPATH=str(ROOT))      # the working tree, not an installed copy
    done = subprocess.run([sys.executable, "-c", BATCH, str(tmp_path / f"tong-hop-{count}.xlsx"), *map(str, paths)],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def sample_doc():
    return analyse_file(SAMPLE)


@pytest.mark.benchmark(timer=time.process_time)
def test_export_the_sample(benchmark, tmp_path):
    out = tmp_path / "mau.xlsx"
    benchmark(export_files, [SAMPLE], out)
    assert benchmark.stats.stats.median < 0.3


@pytest.mark.benchmark(timer=time.process_time)
def test_write_the_sample_workbook(benchmark, sample_doc, tmp_path):
    benchmark(write_workbook, [sample_doc], tmp_path / "mau.xlsx")


def test_export_200_reports_into_one_workbook(benchmark, tmp_path):
    result = benchmark.pedantic(run_batch, args=(tmp_path, 200), rounds=3, iterations=1)
    benchmark.extra_info.update({k: round(v, 2) for k, v in result.items()})
    assert result["main_cpu_s"] + result["workers_cpu_s"] < 15
    assert result["main_peak_mb"] + result["worker_peak_mb"] * 4 < 300   # at most 4 workers


def test_memory_stays_flat_as_the_batch_grows(benchmark, tmp_path):
    small = run_batch(tmp_path, 40)
    large = benchmark.pedantic(run_batch, args=(tmp_path, 400), rounds=1, iterations=1)
    benchmark.extra_info.update(peak_mb_40=round(small["main_peak_mb"], 1), peak_mb_400=round(large["main_peak_mb"], 1))
    assert large["main_peak_mb"] < small["main_peak_mb"] + 25

"""The whole pipeline (`analyse_text`): the document model (issue #2, `test_parse_bench.py`) and
the figures, references and checks on it (issue #3). The sample, ~1 MB and ~10 MB of varied reports.

Budget: the two issues' together, 1 MB in < 0.5 s + 1 s (the sample through the whole pipeline is
timed in `test_figures_bench.py`). The 10 MB run guards against anything quadratic: a rule
slicing the text from its start made it 28 x the 1 MB time; linear code measures 9.6-12 x here
(a 10 MB document's working set outgrows the processor's cache), so more than 14 x means something
grows faster than the text.
Run: python3 -m pytest tests/benchmarks/test_pipeline_bench.py --benchmark-only
"""
import time

import pytest
from test_parse_bench import MB, median_of, ratio_beside, reports_of_size, ten_times

from parser.pipeline import analyse_text

pytestmark = pytest.mark.benchmark(timer=time.process_time)


def test_1mb(benchmark, sample_path):
    text = reports_of_size(sample_path, MB)
    doc = benchmark.pedantic(analyse_text, args=(text,), rounds=5, iterations=1, warmup_rounds=1)
    assert len(doc.outline) > 10 and len(doc.metrics) > 1000
    median = median_of(benchmark)
    assert median < 1.5, f"1 MB median {median:.3f} s, budget 1.5 s"


def test_10mb_grows_with_the_text(benchmark, sample_path):
    one_mb = reports_of_size(sample_path, MB)
    doc, ratio = ratio_beside(benchmark, analyse_text, ten_times(one_mb), one_mb, rounds=3)
    assert len(doc.outline) > 100
    assert ratio <= 14, f"10 MB took {ratio:.1f} x the 1 MB time: something grows faster than the text"

"""Layout + outline + metadata alone: the sample, and ~1 MB of varied reports.

Run: python3 -m pytest tests/benchmarks/test_layout_outline_bench.py --benchmark-only
"""
import time

import pytest
from test_parse_bench import MB, reports_of_size

from parser.layout import build_blocks
from parser.metadata import extract_metadata
from parser.model import Document, SourceInfo
from parser.outline import build_outline

pytestmark = pytest.mark.benchmark(timer=time.process_time)  # CPU time of one core


def structure(text: str) -> Document:
    doc = Document(source=SourceInfo("bench.txt", "", "utf-8", 0), text=text)
    blocks = build_blocks(doc)
    doc.outline = build_outline(doc, blocks)
    doc.metadata = extract_metadata(doc, blocks)
    return doc


def test_structure_of_the_sample(benchmark, sample_path):
    doc = benchmark(structure, sample_path.read_text(encoding="utf-8"))
    assert [n.path for n in doc.outline] == ["I", "II", "III"]
    assert benchmark.stats.stats.median < 0.005


def test_structure_of_1mb(benchmark, sample_path):
    doc = benchmark.pedantic(structure, args=(reports_of_size(sample_path, MB),), rounds=5, iterations=1,
                             warmup_rounds=1)
    assert len(doc.outline) > 100
    assert benchmark.stats.stats.median < 0.35

"""Speed of the correction engine (run: pytest tests/benchmarks/test_correction_bench.py --benchmark-only).

Targets: correcting >= 20,000 words/s on one core, one suggest() < 5 ms, loading the
language data < 0.5 s. Correction is measured on the sample report; the first pass
over a new document also builds candidate lists for its words and the decoder's memos
(cached afterwards), so both a warm run and a cold one (fresh engine, nothing cached)
are measured, and a 50,000-word first pass.
Times are CPU time of this process (time.process_time): "on one core", and not
inflated when other jobs share the machine.
"""
import time
from pathlib import Path

import pytest

from parser.correction.engine import Engine
from parser.correction.langmodel import LanguageModel
from parser.correction.learning import LearningStore
from parser.correction.tokens import _KIND_CACHE

pytestmark = pytest.mark.benchmark(timer=time.process_time)
SAMPLE = Path(__file__).resolve().parent.parent.parent / "seeds" / "000_292fb10c7b6fa72d.txt"


@pytest.fixture(scope="module")
def text():
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def engine():
    return Engine()


def test_load_language_data(benchmark):
    lm = benchmark.pedantic(LanguageModel, rounds=5, iterations=1)
    assert len(lm.words) > 10_000
    assert benchmark.stats.stats.median < 0.5


def test_correct_document_warm(benchmark, engine, text, tmp_path):
    store = LearningStore(tmp_path / "none.json")
    engine.correct(text, store)
    result = benchmark(engine.correct, text, store)
    assert result
    words_per_s = len(text.split()) / benchmark.stats.stats.median
    benchmark.extra_info["words_per_s"] = round(words_per_s)
    assert words_per_s >= 20_000


def test_correct_document_cold(benchmark, text, tmp_path):
    store = LearningStore(tmp_path / "none.json")
    fresh = Engine()

    def cold():
        fresh.gen._cache.clear()
        fresh.gen._units.clear()
        fresh.lm.channel._cache.clear()
        fresh.decoder._states.clear()
        for memo in fresh.decoder._memos():
            memo.clear()
        _KIND_CACHE.clear()
        return fresh.correct(text, store)

    benchmark.pedantic(cold, rounds=5, iterations=1)
    benchmark.extra_info["words_per_s"] = round(len(text.split()) / benchmark.stats.stats.median)


@pytest.fixture(scope="module")
def varied_50k():
    """About 50,000 words of varied reports: the corpus, dev and held-out texts degraded by the
    synthetic OCR with seeds the build never uses."""
    from parser.correction.degrade import degrade_text
    lang = SAMPLE.parent.parent / "resources" / "lang"
    sources = [p.read_text(encoding="utf-8") for d in ("corpus", "dev", "heldout") for p in sorted((lang / d).glob("*.txt"))]
    out, n, k = [], 0, 0
    while n < 50_000:
        bad = degrade_text(sources[k % len(sources)], seed=90_001 + k)
        out.append(bad)
        n += len(bad.split())
        k += 1
    return "\n\n".join(out)


def test_correct_50k_words_first_pass(benchmark, varied_50k, tmp_path):
    """A fresh engine (nothing cached but the shipped data) over a 50,000-word text. The engine is
    made outside the timed call: loading the data has its own benchmark (test_load_language_data)."""
    store = LearningStore(tmp_path / "none.json")

    def fresh_engine():
        _KIND_CACHE.clear()
        return (Engine(),), {}

    def first_pass(engine):
        return engine.correct(varied_50k, store)

    benchmark.pedantic(first_pass, setup=fresh_engine, rounds=5, iterations=1)
    words_per_s = len(varied_50k.split()) / benchmark.stats.stats.median
    benchmark.extra_info["words_per_s"] = round(words_per_s)
    assert words_per_s >= 20_000      # new text, nothing cached: the rate a batch of new reports gets


def test_suggest_one_word(benchmark, engine, text, tmp_path):
    store = LearningStore(tmp_path / "none.json")
    start = text.index("huy¢n")
    line = text.rfind("\n", 0, start) + 1
    result = benchmark(engine.suggest, text, start, start + 5, 5, store)
    assert result[0].text == "huyện"
    assert benchmark.stats.stats.median < 0.005
    assert line >= 0


def test_suggest_unseen_word_cold(benchmark, engine, tmp_path):
    store = LearningStore(tmp_path / "none.json")
    words = iter(f"qu{v}ng{i}" for i in range(10_000) for v in "aeiou")

    def one():
        w = next(words)[:-1]
        engine.gen._cache.pop((w, True), None)
        text = f"ban hanh {w} tinh"
        return engine.suggest(text, 9, 9 + len(w), 5, store)

    benchmark(one)
    assert benchmark.stats.stats.median < 0.005

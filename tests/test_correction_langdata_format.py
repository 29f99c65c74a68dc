"""The trigram file the build writes (ids and counts as int32 columns) is what the language model
reads: the same trigrams, in the same order, the words outside the vocabulary left out."""
import importlib.util
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from parser.correction.langmodel import TRIGRAM_COLUMNS, _read_int_columns

ROOT = Path(__file__).resolve().parent.parent


def build_module():
    spec = importlib.util.spec_from_file_location("build_language_data", ROOT / "scripts" / "build_language_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = build_module()
WORDS = ["<s>", "<num>", "công", "tác", "năm", "kế", "hoạch", "tỉnh"]


@settings(max_examples=40, deadline=None)
@given(counts=st.dictionaries(st.tuples(*[st.sampled_from(WORDS + ["xyz"])] * 3),
                              st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), max_size=60))
def test_trigram_columns_round_trip(tmp_path_factory, counts):
    folder = tmp_path_factory.mktemp("lang")
    rows = [(" ".join(k), d, c) for k, (d, c) in sorted(counts.items())]
    BUILD.write_trigrams(folder / "trigrams.bin.gz", WORDS, rows)
    got = list(zip(*_read_int_columns("trigrams.bin.gz", TRIGRAM_COLUMNS, folder)))
    ids = {w: i for i, w in enumerate(WORDS)}
    assert got == [(ids[x], ids[y], ids[z], d, c) for k, d, c in rows for x, y, z in [k.split(" ")]
                   if x in ids and y in ids and z in ids]
    # the build is deterministic: the same bytes again
    first = (folder / "trigrams.bin.gz").read_bytes()
    BUILD.write_trigrams(folder / "trigrams.bin.gz", WORDS, rows)
    assert (folder / "trigrams.bin.gz").read_bytes() == first


def test_the_shipped_trigrams_hold_known_contexts():
    from parser.correction.langmodel import load
    lm = load()
    assert len(lm.tri) > 10_000
    a, b = lm.ids["kế"], lm.ids["hoạch"]
    # "kế hoạch" is a context the corpus and dictionary know, followed by some word
    assert a * lm.n + b in lm.tri_context
    total, types = lm.tri_context[a * lm.n + b]
    assert types == len(lm.tri_next[a * lm.n + b]) and total == sum(lm.tri_next[a * lm.n + b].values())

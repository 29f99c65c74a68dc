"""Rebuild resources/lang/ (the OCR-correction language data) from its sources.

    python3 scripts/build_language_data.py [--pyvi-wheel PATH]

Sources (see resources/README.md for licences):
- wordfreq (installed package): Vietnamese syllable frequencies, and a list of
  common foreign (mostly English) words seen in Vietnamese text.
- pyvi's word list (models/words.txt inside the pyvi wheel; fetched with
  `pip download --no-deps pyvi` when no wheel is given): multi-syllable words,
  whose adjacent syllables give bigrams.
- resources/lang/names/gazetteer.txt: the administrative units (ours), read as dictionary
  entries ("huyện Chợ Lách") for bigrams and trigrams.
- resources/lang/corpus/*.txt: administrative prose written for this project;
  syllable unigram and bigram counts, and (degraded by parser.correction.degrade)
  the (OCR, correct) word pairs the channel model learns from.
resources/lang/heldout/ is never read here: it is the held-out test text.
Output is deterministic (sorted, fixed seeds, gzip without timestamps).
"""
from __future__ import annotations

import argparse
from array import array
import glob
import gzip
import io
import json
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parser.correction.candidates import CandidateGenerator  # noqa: E402
from parser.correction.channel import learn_channel  # noqa: E402
from parser.correction.degrade import degrade_text, degrade_with_table, learn_letter_table  # noqa: E402
from parser.correction.langmodel import LanguageModel, compile_tables  # noqa: E402
from parser.correction.syllables import fold, is_syllable, normalize_syllable  # noqa: E402
from parser.correction.tokens import tokenize_for_counts  # noqa: E402

LANG = ROOT / "resources" / "lang"
CORPUS = LANG / "corpus"


def write_gz(path: Path, lines: list[str]) -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    path.write_bytes(buf.getvalue())


def write_trigrams(path: Path, words: list[str], counts: list[tuple[str, int, int]]) -> None:
    """The trigram counts as the language model reads them (langmodel.TRIGRAM_COLUMNS): the ids of
    the three words, the dictionary count and the corpus count, each a column of little-endian
    int32, in the order given; a trigram with a word outside the vocabulary is left out."""
    ids = {w: i for i, w in enumerate(words)}
    rows = [(ids[x], ids[y], ids[z], d, c) for k, d, c in counts for x, y, z in [k.split(" ")]
            if x in ids and y in ids and z in ids]
    columns = [array("i", column) for column in zip(*rows)] if rows else [array("i") for _ in range(5)]
    if sys.byteorder != "little":
        for column in columns:
            column.byteswap()
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        for column in columns:
            gz.write(column.tobytes())
    path.write_bytes(buf.getvalue())


def syl(word: str) -> str | None:
    w = normalize_syllable(unicodedata.normalize("NFC", word.lower()))
    return w if w.isalpha() and is_syllable(w) else None


def pyvi_words(wheel: str | None) -> list[str]:
    if wheel is None:
        tmp = tempfile.mkdtemp()
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, "pyvi==0.1.1"],
                       check=True)
        wheel = glob.glob(tmp + "/pyvi-*.whl")[0]
    with zipfile.ZipFile(wheel) as z:
        return z.read("pyvi/models/words.txt").decode("utf-8").splitlines()


def corpus_lines() -> list[str]:
    lines = []
    for path in sorted(CORPUS.glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


def gazetteer_entries() -> list[str]:
    """Every unit of resources/lang/names/gazetteer.txt with its level word, and the
    district-level ones with their province too ("huyện Chợ Lách tỉnh Bến Tre")."""
    out = []
    for line in (LANG / "names" / "gazetteer.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        province, _, rest = line.partition(":")
        province = province.replace(" - ", " ").strip()
        out.append(province)
        for unit in rest.split(";"):
            unit = unit.replace(" - ", " ").strip()
            if unit:
                out.append(unit)
                out.append(unit + " " + province)
    return out


SAMPLE_WEIGHT = 3
SAMPLE_LIKE_SEEDS = 2     # passes of the corpus degraded as the sample's OCR printed each letter
STRIP = ",;:.()\"'“”!?"


def sample_lines() -> tuple[list[str], list[str]]:
    """The lines of the sample reports' OCR and of their corrected text."""
    ocr, gold = [], []
    for ocr_path in sorted((ROOT / "seeds").glob("*.txt")):
        gold_path = ocr_path.with_name(ocr_path.stem + ".gold.txt")
        if ".gold" not in ocr_path.name and gold_path.exists():
            ocr += ocr_path.read_text(encoding="utf-8").splitlines()
            gold += gold_path.read_text(encoding="utf-8").splitlines()
    return ocr, gold


def sample_pairs() -> list[tuple[str, str]]:
    """(OCR word, corrected word) from seeds/*.txt and their .gold.txt, lines with equal word counts."""
    out = []
    for ocr_path in sorted((ROOT / "seeds").glob("*.txt")):
        if ".gold" in ocr_path.name:
            continue
        gold_path = ocr_path.with_name(ocr_path.stem + ".gold.txt")
        if not gold_path.exists():
            continue
        ocr = ocr_path.read_text(encoding="utf-8").splitlines()
        gold = gold_path.read_text(encoding="utf-8").splitlines()
        for o_line, g_line in zip(ocr, gold):
            o_words, g_words = o_line.split(), g_line.split()
            if len(o_words) != len(g_words):
                continue
            for o, g in zip(o_words, g_words):
                o, g = o.strip(STRIP).lower(), unicodedata.normalize("NFC", g.strip(STRIP).lower())
                if o and syl(g) and len(o) <= 10 and not any(ch.isdigit() for ch in o if o.isdigit()):
                    out.append((o, syl(g)))
    return out


PRECOMPUTE_MAX_UNI = 15.5   # syllables attested somewhere (below the floor of unattested table syllables)


def write_candidates(out: Path, ocr_forms: set[str]) -> None:
    """candidates.tsv.gz: the candidate lists of frequent OCR forms, computed once here so a
    new document's first pass does not generate them: every attested syllable as printed and
    without its marks, and the synthetic OCR forms of the corpus and dictionary words
    (never the sample's). Made with the data just written to `out`."""
    lm = LanguageModel(root=out, precomputed=False)
    forms = set(ocr_forms)
    for sid, w in enumerate(lm.words):
        if lm.uni[sid] <= PRECOMPUTE_MAX_UNI and not w.startswith(("<", "=")):
            forms.add(w)
            forms.add(fold(w))
    write_gz(out / "candidates.tsv.gz", CandidateGenerator(lm).precompute(forms))
    print(f"{len(forms)} precomputed candidate lists")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyvi-wheel", help="a downloaded pyvi-0.1.1 wheel (else pip downloads it)")
    ap.add_argument("--no-sample", action="store_true",
                    help="learn the channel without the sample report's real OCR pairs (for held-out scoring)")
    ap.add_argument("--out", default=str(LANG), help="where to write (default resources/lang)")
    ap.add_argument("--keep-channel", action="store_true", help="reuse resources/lang/channel.json (quicker)")
    a = ap.parse_args()
    import wordfreq

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)

    # unigrams: wordfreq (general Vietnamese, per million) plus the corpus (the report genre)
    wf: Counter = Counter()
    foreign = set()
    for w in wordfreq.top_n_list("vi", 50000):
        s = syl(w)
        if s:
            wf[s] += wordfreq.word_frequency(w, "vi") * 1e6
        elif w.isascii() and w.isalpha() and len(w) >= 4 and wordfreq.zipf_frequency(w, "en") >= 3.5:
            foreign.add(w)  # a real English word used in Vietnamese text (internet, email, video)
    dictionary = pyvi_words(a.pyvi_wheel)
    dict_bigrams: Counter = Counter()
    dict_trigrams: Counter = Counter()
    for entry in dictionary:
        parts = [syl(p) for p in entry.split()]
        if len(parts) < 2 or None in parts:
            continue
        for x, y in zip(parts, parts[1:]):
            dict_bigrams[x + " " + y] += 1
        for x, y, z in zip(parts, parts[1:], parts[2:]):
            dict_trigrams[x + " " + y + " " + z] += 1
        for p in parts:
            wf.setdefault(p, 0.0)
    # place names: each unit with its level word ("huyện Chợ Lách") is a dictionary entry
    for entry in gazetteer_entries():
        parts = [syl(p) for p in entry.split()]
        if None in parts:
            continue
        for x, y in zip(parts, parts[1:]):
            dict_bigrams[x + " " + y] += 1
        for x, y, z in zip(parts, parts[1:], parts[2:]):
            dict_trigrams[x + " " + y + " " + z] += 1
    uni: Counter = Counter()
    big: Counter = Counter()
    tri: Counter = Counter()
    text = corpus_lines()
    for line in text:
        toks = tokenize_for_counts(line)
        uni.update(toks[1:])
        for x, y in zip(toks, toks[1:]):
            big[x + " " + y] += 1
        for x, y, z in zip(toks, toks[1:], toks[2:]):
            if not x.startswith("=") and not y.startswith("=") and not z.startswith("="):
                tri[x + " " + y + " " + z] += 1
    n_corpus = sum(uni.values())
    codes = {t: c for t, c in uni.items() if t.startswith("=") and c >= 2}
    vocab, bigram_costs = compile_tables(dict(wf), {t: c for t, c in uni.items() if not t.startswith("=")},
                                         n_corpus, dict(dict_bigrams), dict(big), codes)
    write_gz(out / "vocab.tsv.gz", vocab)
    write_gz(out / "bigram_costs.tsv.gz", bigram_costs)
    write_gz(out / "foreign.txt.gz", sorted(foreign))
    write_trigrams(out / "trigrams.bin.gz", [w.split("\t", 1)[0] for w in vocab],
                   [(k, dict_trigrams.get(k, 0), tri.get(k, 0)) for k in sorted(set(dict_trigrams) | set(tri))])

    # the channel: learn from the corpus and the dictionary, degraded with several seeds
    pairs = []
    source = text + [" ".join(dictionary[i:i + 12]) for i in range(0, len(dictionary), 12)]
    for seed in range(3):
        for k, line in enumerate(source):
            bad = degrade_text(line, seed=seed * 100003 + k)
            for o, t in zip(bad.split(), line.split()):
                o, t = o.lower().strip(",;:.()\""), t.lower().strip(",;:.()\"")
                if o != t and syl(t) and len(o) <= 10:
                    pairs.append((o, t))
                elif o == t and syl(t) and k % 7 == 0:
                    pairs.append((o, t))
    if not a.no_sample:
        # and the same text degraded letter by letter as the sample's real OCR printed each letter
        # ("với" as "vai" or "véi"): confusions the hand-written degrader has no rule for
        table = learn_letter_table(*sample_lines())
        for seed in range(SAMPLE_LIKE_SEEDS):
            for k, line in enumerate(source):
                bad = degrade_with_table(line, table, seed=seed * 100019 + k)
                for o, t in zip(bad.split(), line.split()):
                    o, t = o.lower().strip(",;:.()\""), t.lower().strip(",;:.()\"")
                    if o != t and syl(t) and len(o) <= 10:
                        pairs.append((o, t))
    pairs = sorted(set(pairs))
    ocr_forms = {o for o, _ in pairs}
    if a.keep_channel:
        write_candidates(out, ocr_forms)
        print(f"{len(vocab)} words, {len(bigram_costs)} bigrams ({n_corpus} corpus tokens); channel kept")
        return 0
    if not a.no_sample:
        # real OCR: the sample report and its hand-corrected text, word for word on lines that line up
        real = sample_pairs()
        pairs += real * SAMPLE_WEIGHT
        print(f"{len(real)} word pairs from the sample report (x{SAMPLE_WEIGHT})")
    pairs = sorted(pairs)
    channel = learn_channel(pairs)
    (out / "channel.json").write_text(json.dumps(channel.to_json(), ensure_ascii=False, sort_keys=True, indent=0),
                                       encoding="utf-8")
    write_candidates(out, ocr_forms)
    print(f"{len(vocab)} words, {len(bigram_costs)} bigrams ({n_corpus} corpus tokens), "
          f"{len(foreign)} foreign words, channel from {len(pairs)} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())

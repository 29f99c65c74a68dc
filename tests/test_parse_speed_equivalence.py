"""The faster readings of the parse give what the plain patterns they replace give.

Each test compares a rewritten scan with the straightforward pattern it stands for, on the
sample report and on made-up strings that hold the awkward cases (brackets nested or left open,
breaks before bullets, every Unicode decimal digit)."""
import random
import re
import sys
from types import SimpleNamespace

from parser import check_search
from parser.figures import scanner


def _made_up(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60))) for _ in range(count)]


def test_number_scan_opens_at_every_decimal_digit():
    # the opening class leaves out blocks with no digit; a digit anywhere else must still open a number
    latin1_class = re.compile(scanner.NUMBER.pattern.replace(
        r"[^\x00-/:-HJ-km-\xff\u0100-\u065f\u1e00-\u1eff\u2000-\u20cf]", r"[^\x00-/:-HJ-km-\xff]", 1))
    assert latin1_class.pattern != scanner.NUMBER.pattern
    digits = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdecimal()]
    assert len(digits) > 600
    for d in digits + ["l", "I"]:
        text = f"có {d}{d} hồ sơ, {d}.{d}{d}{d} người và ạ{d} ờ “{d}”"
        assert [m.span() for m in scanner.NUMBER.finditer(text)] == \
            [m.span() for m in latin1_class.finditer(text)], d


def test_number_scan_on_the_sample(sample_path):
    text = sample_path.read_text(encoding="utf-8")
    latin1_class = re.compile(scanner.NUMBER.pattern.replace(
        r"\u0100-\u065f\u1e00-\u1eff\u2000-\u20cf", "", 1))
    assert latin1_class.pattern != scanner.NUMBER.pattern
    assert [m.span() for m in scanner.NUMBER.finditer(text)] == [m.span() for m in latin1_class.finditer(text)]


_BRACKET_OR_BREAK = re.compile(r"[()]|\n(?=[-+\n])")


def _closing_by_pattern(text: str, after_open: int) -> int | None:
    depth = 1
    for m in _BRACKET_OR_BREAK.finditer(text, after_open, min(len(text), after_open + 600)):
        if m.group() == "(":
            depth += 1
        elif m.group() == ")":
            depth -= 1
            if depth == 0:
                return m.start()
        else:
            return None
    return None


def test_closing_bracket_as_the_pattern_finds_it():
    texts = _made_up(["(", ")", "\n", "-", "+", " ", "a", "12", "\n-", "((", "))"], 3000, seed=7)
    texts.append("x" * 590 + "(a)" + ")" * 20)          # past the 600 characters looked at
    for text in texts:
        fake = SimpleNamespace(text=text)
        for i in range(len(text) + 1):
            assert check_search.SentenceChecks._closing(fake, i) == _closing_by_pattern(text, i), (text, i)


def test_difference_cues_as_plain_scans_find_them():
    texts = _made_up(["tang", "teng", "giam", "cat giam", "cit  giem", "chenh lech", "tong", "xtang",
                      " ", ": ", "t", "c", "g", "ch", "\n"], 3000, seed=3)
    for text in texts:
        plain = sorted((m for p, _ in check_search._DIFFERENCES for m in p.finditer(text)), key=re.Match.start)
        expected = []
        for m in plain:
            if not expected or m.start() >= expected[-1][1]:
                expected.append(m.span())
        assert check_search._cues_of(check_search._DIFFERENCES, text) == expected, text

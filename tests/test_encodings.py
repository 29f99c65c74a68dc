"""The legacy Vietnamese encodings: tables, encoders as exact inverses, detection."""
import unicodedata

import pytest

from parser.encodings import cp1258, tcvn3, vni
from parser.encodings._marks import all_letters
from parser.encodings.vietnamese import is_syllable, likeness
from parser.reader import read_bytes
from reader_samples import VIETNAMESE_REPORT

LETTERS = all_letters()
LOWER, UPPER = LETTERS[:67], LETTERS[67:]
# the capitals TCVN3 (VN3 + its VN2 additions) has a code for
TCVN3_CAPITALS = set("ĂÂÊÔƠƯĐ" "ẰẲẴẮẦẨẪẤỀỂỄẾỒỔỖỐ")


def test_the_alphabet_is_134_distinct_nfc_letters():
    assert len(LETTERS) == 134 and len(set(LETTERS)) == 134
    assert all(unicodedata.is_normalized("NFC", c) and len(c) == 1 for c in LETTERS)
    assert [c.lower() for c in UPPER] == LOWER


def test_the_sample_report_uses_every_lowercase_letter_and_the_horned_capitals():
    assert set(LOWER) <= set(VIETNAMESE_REPORT)
    assert {"Ư", "Ơ", "Đ", "Ấ", "Ổ"} <= set(VIETNAMESE_REPORT)


# --- published code points (TCVN 5712:1993 VN3, VNI-Windows), spot checks of the tables

@pytest.mark.parametrize("raw, text", [
    (b"Th\xabng tin v\xb5 Truy\xd2n th\xabng", "Thông tin và Truyền thông"),
    (b"S\xeb N\xe9i v\xf4", "Sở Nội vụ"),
    (b"\xa7\xb6ng b\xe9 t\xd8nh", "Đảng bộ tỉnh"),
    (b"ng\xad\xeai d\xa9n", "người dân"),
    (b"n\xa8m", "năm"),
    (b"\xa1\xa2\xa3\xa4\xa5\xa6\xa7", "ĂÂÊÔƠƯĐ"),
    (b"k\xfc n\xa8ng, l\xfd, \xfe", "kỹ năng, lý, ỵ"),
    (b"\xc4p", "Ấp"),                          # a VN2 capital in a code VN3 leaves free
    (b"a\xb3", "á"),                            # VN2 combining acute, composed by NFC
])
def test_tcvn3_published_codes(raw, text):
    assert tcvn3.decode(raw) == text


@pytest.mark.parametrize("raw, text", [
    ("Vieät Nam", "Việt Nam"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("ngöôøi daân, ñôn vò", "người dân, đơn vị"),
    ("naêm, baèng, saün, ñaëc", "năm, bằng, sẵn, đặc"),
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("ÑOÄC LAÄP, Öu tieân, Ôn", "ĐỘC LẬP, Ưu tiên, Ơn"),
    ("kyõ, tyû, Ñinh Tî", "kỹ, tỷ, Đinh Tỵ"),
])
def test_vni_published_sequences(raw, text):
    assert vni.decode(raw.encode("cp1252")) == text


def test_cp1258_combining_tones_are_composed():
    assert cp1258.decode(b"Vi\xeat Nam") == "Viêt Nam"
    assert cp1258.decode(b"Vi\xea\xf2t Nam") == "Việt Nam"
    assert cp1258.decode(b"\xd0\xfd\xf5\xccng") == "Đường"
    assert cp1258.decode(b"ng\xfd\xf5\xcci") == "người"


# --- encoders are the inverse tables

@pytest.mark.parametrize("module", [vni, cp1258], ids=["vni", "cp1258"])
def test_every_letter_round_trips(module):
    for letter in LETTERS:
        assert module.decode(module.encode(letter)) == letter, letter
    text = " ".join(LETTERS)
    assert module.decode(module.encode(text)) == text


def test_tcvn3_round_trips_every_letter_it_defines():
    defined = LOWER + [c for c in UPPER if c in TCVN3_CAPITALS]
    assert len(defined) == 67 + 23
    for letter in defined:
        assert tcvn3.decode(tcvn3.encode(letter)) == letter, letter
    codes = [tcvn3.encode(c) for c in defined]
    assert len(set(codes)) == len(codes) and all(len(c) == 1 and c[0] >= 0xA0 for c in codes)


def test_tcvn3_capitals_it_lacks_are_refused_or_stored_lowercase():
    with pytest.raises(UnicodeEncodeError):
        tcvn3.encode("Ủy ban")
    assert tcvn3.encode("Ủy ban", errors="lower") == tcvn3.encode("ủy ban")
    assert tcvn3.encode("Ủy ban", errors="replace") == b"?y ban"
    # the .VnTimeH practice: a heading stored with lowercase codes reads back in capitals
    assert tcvn3.decode(tcvn3.encode("ỦY BAN NHÂN DÂN TỈNH", errors="lower")) == "ỦY BAN NHÂN DÂN TỈNH"
    # in a mixed-case line only the words that mix cases are restored
    assert tcvn3.decode(tcvn3.encode("UBND TỈNH Bến Tre", errors="lower")) == "UBND TỈNH Bến Tre"
    # a line of capital ASCII letters with an ordinary word keeps what the bytes say
    assert tcvn3.decode(tcvn3.encode("Số: 215/BC-SNV, Mỹ Tho", errors="lower")) == "Số: 215/BC-SNV, Mỹ Tho"


def test_vni_refuses_latin1_letters_it_uses_as_accents():
    with pytest.raises(UnicodeEncodeError):
        vni.encode("smørrebrød")
    assert vni.encode("Fußball, naïve", errors="replace") == b"Fu\xdfball, na?ve"


@pytest.mark.parametrize("name, encode", [
    ("tcvn3", lambda t: tcvn3.encode(t, errors="lower")),
    ("vni", vni.encode),
    ("cp1258", cp1258.encode),
])
def test_report_round_trips_and_is_detected(name, encode):
    data = encode(VIETNAMESE_REPORT)
    assert data != VIETNAMESE_REPORT.encode("utf-8")
    text, source = read_bytes(data, f"report.{name}.txt")
    assert source.encoding == name
    assert text == VIETNAMESE_REPORT
    assert source.lines == len(VIETNAMESE_REPORT.splitlines())


@pytest.mark.parametrize("name, encode", [
    ("tcvn3", lambda t: tcvn3.encode(t, errors="lower")),
    ("vni", vni.encode),
    ("cp1258", cp1258.encode),
])
def test_detection_works_on_a_short_crlf_text(name, encode):
    data = encode("Báo cáo tình hình kinh tế - xã hội\r\nquý III năm 2026 của huyện\r\n")
    text, source = read_bytes(data, "short.txt")
    assert source.encoding == name
    assert text == "Báo cáo tình hình kinh tế - xã hội\nquý III năm 2026 của huyện\n"


# --- the measure behind detection

@pytest.mark.parametrize("word", ["người", "QUỐC", "khuyến", "giữa", "gì", "nghiêng", "Đường", "ỵ", "oản"])
def test_syllables(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["Vieät", "vµ", "Th«ng", "ệế", "Viờũt", "smørrebrød", "ăo"])
def test_not_syllables(word):
    assert not is_syllable(word)


def test_likeness_prefers_the_right_decoding():
    data = vni.encode(VIETNAMESE_REPORT)
    right = likeness(vni.decode(data))
    for wrong in (tcvn3.decode(data), cp1258.decode(data)):
        assert likeness(wrong).score < right.score
    assert right.looks_vietnamese and not likeness(tcvn3.decode(data)).looks_vietnamese

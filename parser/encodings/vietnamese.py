"""How Vietnamese a decoded text looks: the measure that picks a legacy encoding.

ASCII decodes the same under every candidate, so only words holding a
non-ASCII letter tell them apart: a right guess makes them valid Vietnamese
syllables (onset, vowel cluster, final consonant, at most one tone), a wrong
one makes letters in impossible places and stray symbols (µ ¸ ¶ ...).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ._marks import TONES

_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
_NUCLEI = sorted((
    "a ă â e ê i o ô ơ u ư y "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê "
    "iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu"
).split(), key=len, reverse=True)
_CODA = "(?:ng|nh|ch|[cmnpt])?"
_SYLLABLE = re.compile(f"{_ONSET}(?:{'|'.join(_NUCLEI)}){_CODA}")
_WORD_WITH_NON_ASCII = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")
_TONE_SET = frozenset(TONES)
_UNUSUAL = re.compile(r"[^\t\n\v\f\r\x1c-\x1e\x20-\x7e]")
# frequent syllables of administrative reports: a tie-breaker for short texts, where a
# wrong decoding can also spell syllables ("sót" in Windows-1258 reads "sút" in TCVN3)
_COMMON = frozenset(unicodedata.normalize("NFC", """
và của các có được trong người những là cho không với này đã để một năm theo về đến tại công tác
thực hiện việc trên đơn vị số tỉnh huyện xã ban hành chính quản lý nhà nước báo cáo kết quả tình
hình kế hoạch nhiệm vụ chỉ đạo triển khai tổ chức cơ quan cấp sở phòng ngày tháng quý đồng dân ủy
nhân hội đảng bộ thông tin truyền học giáo dục đào tạo y tế văn hóa thể thao du lịch kinh phí ngân
sách đầu tư xây dựng dự án chương trình phát triển nông nghiệp thủy sản môi trường tài nguyên đất
đai giao vận an ninh quốc trật tự xử vi phạm kiểm tra thanh giám sát đánh giá nâng cao chất lượng
hiệu đảm bảo tăng giảm so cùng kỳ đạt tỷ lệ tổng hồ sơ thủ tục cải cách hóa điện tử mạng dịch
doanh lao động làm xã sách hộ nghèo trẻ em phụ nữ gia đình lớp viên sinh bệnh trạm đường cầu sạch
chiếu sáng hạ tầng đô thị quy phê duyệt bản quyết định nghị thư chỉ thị hướng dẫn đề kiến tiếp
xuyên đột xuất nội dung phối hợp ngành liên trách nhiệm cán chức đội ngũ biên lãnh chủ tịch phó
đốc trưởng nơi nhận lưu như sau đó gồm còn đang sẽ chưa rất cần phải nhằm nhiều ít mới cũ hơn
nhất cả từ bằng hoặc nếu khi trước giữa ngoài
""").split())
# common non-ASCII punctuation of Vietnamese documents; any other non-letter counts against a guess
_PUNCTUATION = frozenset("\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u00b0\u00a7\u2116\ufeff")


def is_syllable(word: str) -> bool:
    """A Vietnamese syllable, in any case: "người", "QUỐC", "khuyến"; not "Vieät", "vµ",
    nor a capital after a small letter ("dÉn": a wrong decoding, not a word)."""
    return _is_syllable(word.lower()) and not _case_breaks(word)


@lru_cache(maxsize=65536)
def _case_breaks(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


@lru_cache(maxsize=65536)           # a text repeats its words; this runs once per distinct word
def _is_syllable(word: str) -> bool:
    parts = unicodedata.normalize("NFD", word)
    if sum(c in _TONE_SET for c in parts) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_SET))
    return _SYLLABLE.fullmatch(base) is not None


@dataclass
class Likeness:
    valid: int = 0      # words with a non-ASCII letter that are Vietnamese syllables
    common: int = 0     # ... of which frequent ones
    invalid: int = 0    # words with a non-ASCII letter that are not
    symbols: int = 0    # non-ASCII characters that are neither letters nor usual punctuation
                        # (and combining marks NFC could not put on a letter)
    controls: int = 0   # control characters other than tab and line breaks

    @property
    def score(self) -> int:
        return self.valid + self.common - self.invalid - self.symbols - 2 * self.controls

    @property
    def looks_vietnamese(self) -> bool:
        """Most non-ASCII material reads as Vietnamese (at least one syllable of it)."""
        return self.valid > 0 and self.valid >= 2 * (self.invalid + self.symbols + self.controls)


def likeness(text: str) -> Likeness:
    result = Likeness()
    for word in _WORD_WITH_NON_ASCII.findall(text):
        if is_syllable(word):
            result.valid += 1
            result.common += word.lower() in _COMMON
        else:
            result.invalid += 1
    for ch in _UNUSUAL.findall(text):
        if ch >= "\x80":
            if ch not in _PUNCTUATION and not ch.isalpha():   # a mark NFC left alone counts too
                result.symbols += 1
        else:
            result.controls += 1
    return result

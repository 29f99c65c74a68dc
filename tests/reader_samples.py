"""Texts shared by the reader, encoding, CLI and property tests (written for them)."""
import struct
import zlib


def tiny_png() -> bytes:
    """A real 1x1 grey PNG (valid chunks and CRCs)."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b""))


# An administrative report in the usual shape. Every lowercase Vietnamese letter
# appears (test_encodings checks it), and the capitals Ư Ơ Đ Ă Â Ê Ô. Mixed-case
# lines use only capitals that TCVN3 can hold (ASCII, Ă Â Ê Ô Ơ Ư Đ and the VN2
# ones such as Ấ Ổ), so the TCVN3 round trip is exact; heading lines are all
# capitals, which TCVN3 stores with lowercase codes and the reader restores.
VIETNAMESE_REPORT = """\
ỦY BAN NHÂN DÂN TỈNH BẾN TRE
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-SNV
Bến Tre, ngày 28 tháng 11 năm 2026

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2026 và phương hướng năm 2027

I. ĐÁNH GIÁ CHUNG VỀ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ
1. Công tác chỉ đạo, điều hành
Đầu năm, Sở đã ban hành kế hoạch số 12/KH-SNV về cải cách hành chính, phân công
rõ trách nhiệm của từng phòng, đơn vị; tổ chức kiểm tra đột xuất 07 cơ quan.
Ưu tiên giải quyết hồ sơ trực tuyến, bảo đảm đúng hạn 98,5% tổng số hồ sơ tiếp nhận.
2. Kết quả cụ thể
a) Ấp, khu phố đã niêm yết công khai 1.245 thủ tục hành chính; mỗi xã có ít nhất
một công chức trẻ được đào tạo kỹ năng số để hướng dẫn người dân.
b) Ổn định tổ chức bộ máy; sắp xếp, tinh giản biên chế theo lộ trình, bằng cách
rà soát vị trí việc làm, hợp nhất những phòng có chức năng tương tự nhau.
c) Ông Nguyễn Văn Ơn, Phó Giám đốc Sở, được giao theo dõi việc thực hiện; tỷ lệ
hài lòng của tổ chức, cá nhân đạt 96,7%, tăng 2,1% so với cùng kỳ năm Đinh Tỵ.
- Ẩn số lớn nhất vẫn là hạ tầng: đường truyền chưa ổn định, thiết bị cũ dễ hư hỏng,
nhiều máy chủ đã quá hạn sử dụng, sẽ được phép thay thế dần trong quý I năm 2027.
- Ắt hẳn cần sẵn sàng kinh phí: việc mua sắm phải đúng quy định, có ý nghĩa thiết thực,
nhất là ở đơn vị đặc thù; sai sót nhẹ được học tập, rút kinh nghiệm (kèm theo Phụ lục).
- Giúp đỡ nhau khắc phục sự cố vỡ đường ống, hỏng hóc nhỏ ngay tại chỗ.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027
1. Tiếp tục đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong cơ quan.
2. Nâng cao chất lượng đội ngũ cán bộ, công chức; kiên quyết xử lý vi phạm kỷ luật.
3. Đề nghị UBND tỉnh bổ sung kinh phí 350.000.000 đồng cho dự án.

Nơi nhận:
- Bộ Nội vụ (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, CCHC.
GIÁM ĐỐC
Trần Thị Thu Hà
"""

# A chapter of English prose (written for these tests): a text with no report structure.
ENGLISH_CHAPTER = """\
CHAPTER THREE

The morning came up grey over the harbour, and the fishing boats lay
against the quay like tired animals waiting to be fed. Martha walked
down the hill with her basket on her arm, counting the houses as she
went, for she had made a promise to her mother that she would not
linger at the baker's door.

The baker was a tall man with flour in his eyebrows and a laugh that
could be heard three streets away. He liked to tell stories about the
winter when the sea froze as far as the lighthouse, though nobody in
the town had ever seen such a thing, and the old men on the bench by
the church shook their heads whenever he began.

"You are early today," he said, wiping his hands on his apron. "The
bread is still in the oven. Sit down, and I will tell you about the
captain who lost his boots."

Martha sat on the flour sack by the window. Outside, a cart went by
loaded with barrels, and a dog ran after it, barking at the wheels.
The smell of the bread filled the small room until she felt she could
almost taste it, warm and sweet, with the crust cracking under her
fingers.

The captain, said the baker, had come ashore one evening in the
middle of a storm, and he had walked all the way to the inn in his
stockings, because the sea had taken his boots and his hat and very
nearly his temper. He sat by the fire and ordered soup, and when the
landlord asked him where his boots were, he said that they had gone to
visit his cousin in the deep water, and would write when they arrived.

Martha laughed, though she had heard the story before, and the baker
looked pleased. He took the loaves from the oven with a long wooden
paddle and set them on the rack to cool. Then he wrapped two of them in
a cloth and put them in her basket, and would not take her coins.

"Give my regards to your mother," he said, "and tell her the captain
still has no boots."

She climbed the hill again slowly. The fog was lifting from the water,
and somewhere a bell was ringing for the first service of the day.
"""

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Mở một báo cáo (.txt) hoặc một phiên làm việc (.baocao.json)</source>
        <translation>Open a report (.txt) or a review session (.baocao.json)</translation>
    </message>
    <message>
        <source>&amp;Lưu phiên</source>
        <translation>&amp;Save session</translation>
    </message>
    <message>
        <source>Lưu bản duyệt thành tệp phiên làm việc</source>
        <translation>Save the review as a session file</translation>
    </message>
    <message>
        <source>Lưu phiên &amp;thành…</source>
        <translation>Save session &amp;as…</translation>
    </message>
    <message>
        <source>Lưu bản duyệt vào một tệp phiên khác</source>
        <translation>Save the review to another session file</translation>
    </message>
    <message>
        <source>&amp;Xuất Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Xuất báo cáo đã duyệt ra tệp Excel</source>
        <translation>Export the reviewed report to an Excel file</translation>
    </message>
    <message>
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Đóng cửa sổ</source>
        <translation>Close the window</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Hoàn tác thao tác vừa làm</source>
        <translation>Undo the last action</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Làm lại thao tác vừa hoàn tác</source>
        <translation>Redo the last undone action</translation>
    </message>
    <message>
        <source>&amp;Sửa ô đang chọn</source>
        <translation>&amp;Edit selected cell</translation>
    </message>
    <message>
        <source>Sửa tiêu đề, nhãn, giá trị hoặc đơn vị đang chọn</source>
        <translation>Edit the selected title, label, value or unit</translation>
    </message>
    <message>
        <source>Sửa &amp;nội dung mục</source>
        <translation>Edit item &amp;text</translation>
    </message>
    <message>
        <source>Sửa toàn bộ nội dung của mục ngay trong cây (Ctrl+Enter để lưu, Esc để bỏ)</source>
        <translation>Edit the whole text of the item right in the tree (Ctrl+Enter to keep, Esc to drop)</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Xóa mục, số liệu, nơi nhận hoặc văn bản dẫn chiếu đang chọn</source>
        <translation>Delete the selected item, figure, recipient or cited document</translation>
    </message>
    <message>
        <source>Chuyển &amp;lên</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Chuyển mục lên trên mục trước</source>
        <translation>Move the item above the previous one</translation>
    </message>
    <message>
        <source>Chuyển &amp;xuống</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Chuyển mục xuống dưới mục sau</source>
        <translation>Move the item below the next one</translation>
    </message>
    <message>
        <source>&amp;Thụt vào một cấp</source>
        <translation>&amp;Indent one level</translation>
    </message>
    <message>
        <source>Đưa mục vào trong mục đứng trước</source>
        <translation>Put the item inside the item before it</translation>
    </message>
    <message>
        <source>Lùi &amp;ra một cấp</source>
        <translation>&amp;Outdent one level</translation>
    </message>
    <message>
        <source>Đưa mục ra ngoài mục cha</source>
        <translation>Move the item out of its parent</translation>
    </message>
    <message>
        <source>Thêm &amp;số liệu từ vùng chọn</source>
        <translation>Add &amp;figure from selection</translation>
    </message>
    <message>
        <source>Thêm số liệu bị sót từ đoạn đang chọn trong văn bản</source>
        <translation>Add a missed figure from the text selected in the report</translation>
    </message>
    <message>
        <source>Thêm &amp;mục từ vùng chọn</source>
        <translation>Add ite&amp;m from selection</translation>
    </message>
    <message>
        <source>Thêm mục bị sót từ đoạn đang chọn trong văn bản</source>
        <translation>Add a missed item from the text selected in the report</translation>
    </message>
    <message>
        <source>Thêm nơ&amp;i nhận…</source>
        <translation>Add rec&amp;ipient…</translation>
    </message>
    <message>
        <source>Thêm nơi nhận bị sót: từ đoạn đang chọn trong văn bản, hoặc gõ tên</source>
        <translation>Add a missed recipient: from the text selected in the report, or typed</translation>
    </message>
    <message>
        <source>Thêm văn bản dẫn &amp;chiếu từ vùng chọn</source>
        <translation>Add &amp;cited document from selection</translation>
    </message>
    <message>
        <source>Thêm văn bản dẫn chiếu bị sót từ đoạn đang chọn trong văn bản</source>
        <translation>Add a missed cited document from the text selected in the report</translation>
    </message>
    <message>
        <source>Đánh dấu đã &amp;duyệt</source>
        <translation>Mark as &amp;verified</translation>
    </message>
    <message>
        <source>Đánh dấu (hoặc bỏ đánh dấu) mục đang chọn là đã duyệt</source>
        <translation>Mark (or unmark) the selected item as verified</translation>
    </message>
    <message>
        <source>Lấy &amp;gợi ý đầu</source>
        <translation>Take &amp;first suggestion</translation>
    </message>
    <message>
        <source>Sửa từ dưới con trỏ bằng gợi ý đầu tiên (Enter trong văn bản)</source>
        <translation>Correct the word under the cursor with the first suggestion (Enter in the text)</translation>
    </message>
    <message>
        <source>Sửa &amp;tất cả…</source>
        <translation>Fix &amp;all…</translation>
    </message>
    <message>
        <source>Sửa mọi chỗ có cùng lỗi với từ dưới con trỏ</source>
        <translation>Fix every place with the same error as the word under the cursor</translation>
    </message>
    <message>
        <source>Hiện văn bản đã &amp;sửa</source>
        <translation>Show &amp;corrected text</translation>
    </message>
    <message>
        <source>Chuyển giữa văn bản gốc (OCR) và văn bản đã sửa lỗi</source>
        <translation>Switch between the raw OCR text and the corrected text</translation>
    </message>
    <message>
        <source>Vấn đề &amp;tiếp theo</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <source>Đến vấn đề cần xem tiếp theo</source>
        <translation>Go to the next finding to look at</translation>
    </message>
    <message>
        <source>Vấn đề &amp;trước</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <source>Đến vấn đề cần xem trước đó</source>
        <translation>Go to the previous finding</translation>
    </message>
    <message>
        <source>Đến &amp;cây nội dung</source>
        <translation>Go to &amp;tree</translation>
    </message>
    <message>
        <source>Chuyển con trỏ sang cây nội dung</source>
        <translation>Move the focus to the content tree</translation>
    </message>
    <message>
        <source>Đến &amp;văn bản</source>
        <translation>Go to te&amp;xt</translation>
    </message>
    <message>
        <source>Chuyển con trỏ sang văn bản gốc</source>
        <translation>Move the focus to the raw text</translation>
    </message>
    <message>
        <source>&amp;Mở rộng tất cả</source>
        <translation>E&amp;xpand all</translation>
    </message>
    <message>
        <source>Mở rộng mọi nhánh của cây</source>
        <translation>Expand every branch of the tree</translation>
    </message>
    <message>
        <source>&amp;Tiếng Việt</source>
        <translation>&amp;Tiếng Việt</translation>
    </message>
    <message>
        <source>Giao diện tiếng Việt</source>
        <translation>Vietnamese interface</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>English interface</source>
        <translation>English interface</translation>
    </message>
    <message>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Danh sách phím tắt</source>
        <translation>List of keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Sửa tất cả «{old}» thành «{new}» ({count} chỗ)</source>
        <translation>Fix all «{old}» as «{new}» ({count} places)</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu đã duyệt</source>
        <translation>Unmark verified</translation>
    </message>
    <message>
        <source>Sửa «{old}» thành «{new}»</source>
        <translation>Correct «{old}» as «{new}»</translation>
    </message>
    <message>
        <source>Sửa tiêu đề</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <source>Sửa nội dung mục</source>
        <translation>Edit item text</translation>
    </message>
    <message>
        <source>Sửa {target}</source>
        <translation>Edit {target}</translation>
    </message>
    <message>
        <source>Sửa nhãn số liệu</source>
        <translation>Edit figure label</translation>
    </message>
    <message>
        <source>Sửa giá trị số liệu</source>
        <translation>Edit figure value</translation>
    </message>
    <message>
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>Thêm số liệu</source>
        <translation>Add figure</translation>
    </message>
    <message>
        <source>Xóa số liệu</source>
        <translation>Delete figure</translation>
    </message>
    <message>
        <source>Thêm mục</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Xóa mục</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>Di chuyển mục</source>
        <translation>Move item</translation>
    </message>
    <message>
        <source>Đánh dấu đã duyệt</source>
        <translation>Mark verified</translation>
    </message>
    <message>
        <source>Sửa nơi nhận</source>
        <translation>Edit recipient</translation>
    </message>
    <message>
        <source>Thêm nơi nhận</source>
        <translation>Add recipient</translation>
    </message>
    <message>
        <source>Xóa nơi nhận</source>
        <translation>Delete recipient</translation>
    </message>
    <message>
        <source>Sửa văn bản dẫn chiếu</source>
        <translation>Edit cited document</translation>
    </message>
    <message>
        <source>Thêm văn bản dẫn chiếu</source>
        <translation>Add cited document</translation>
    </message>
    <message>
        <source>Xóa văn bản dẫn chiếu</source>
        <translation>Delete cited document</translation>
    </message>
</context>
<context>
    <name>CorrectionController</name>
    <message>
        <source>Đặt con trỏ vào từ cần sửa trước.</source>
        <translation>Put the cursor on the word to fix first.</translation>
    </message>
    <message>
        <source>Đã sửa {count} chỗ «{old}» → «{new}»</source>
        <translation>Fixed {count} places «{old}» → «{new}»</translation>
    </message>
    <message>
        <source>Không có gợi ý số {n} cho từ này.</source>
        <translation>No suggestion number {n} for this word.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Lưu phiên làm việc</source>
        <translation>Save review session</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp nguồn</source>
        <translation>Source file not found</translation>
    </message>
    <message>
        <source>{source}
lưu lúc {when}, {count} thao tác</source>
        <translation>{source}
saved at {when}, {count} actions</translation>
    </message>
    <message>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Đã xuất {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <source>Không mở được phiên làm việc</source>
        <translation>Cannot open the review session</translation>
    </message>
    <message>
        <source>{path}: không tìm thấy tệp báo cáo của phiên làm việc này</source>
        <translation>{path}: the report file of this session was not found</translation>
    </message>
    <message>
        <source>Không xuất được Excel</source>
        <translation>Could not export to Excel</translation>
    </message>
    <message>
        <source>đọc và phân tích</source>
        <translation>reading and analysing</translation>
    </message>
    <message>
        <source>sửa lỗi OCR tự động</source>
        <translation>correcting OCR errors</translation>
    </message>
    <message>
        <source>tìm từ nghi ngờ</source>
        <translation>finding suspicious words</translation>
    </message>
    <message>
        <source>xong</source>
        <translation>done</translation>
    </message>
    <message>
        <source>ghi tệp Excel</source>
        <translation>writing the Excel file</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <source>nghi ngờ</source>
        <translation>doubtful</translation>
    </message>
    <message>
        <source>Thông tin văn bản</source>
        <translation>Document information</translation>
    </message>
    <message>
        <source>thiếu</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>thêm tay</source>
        <translation>added by hand</translation>
    </message>
    <message>
        <source>Văn bản dẫn chiếu</source>
        <translation>Cited documents</translation>
    </message>
    <message>
        <source>đã duyệt</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>Dòng {line}</source>
        <translation>Line {line}</translation>
    </message>
    <message>
        <source>«{text}» ở dòng {line}, độ tin cậy {conf:.0%}</source>
        <translation>«{text}» on line {line}, confidence {conf:.0%}</translation>
    </message>
    <message>
        <source>số tự điền</source>
        <translation>number filled in</translation>
    </message>
    <message>
        <source>{count} nơi</source>
        <translation>{count} recipients</translation>
    </message>
    <message>
        <source>{count} văn bản</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Governing body</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Hãy chọn một mục của dàn ý trước.</source>
        <translation>Select an item of the outline first.</translation>
    </message>
    <message>
        <source>Thêm nơi nhận</source>
        <translation>Add recipient</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Hãy chọn đoạn văn bản dẫn chiếu trong văn bản trước.</source>
        <translation>Select the cited document in the report's text first.</translation>
    </message>
    <message>
        <source>Hãy chọn con số trong văn bản trước (kéo chuột hoặc Shift+mũi tên).</source>
        <translation>Select the number in the text first (drag with the mouse or Shift+arrows).</translation>
    </message>
    <message>
        <source>Hãy chọn đoạn văn bản của mục trước.</source>
        <translation>Select the text of the item first.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>{checks} phép kiểm tra sai · {meta} trường thiếu · {figures} số liệu nghi ngờ · {words} từ nghi ngờ  (F8 / Shift+F8)</source>
        <translation>{checks} failing checks · {meta} missing fields · {figures} doubtful figures · {words} suspicious words  (F8 / Shift+F8)</translation>
    </message>
</context>
<context>
    <name>FixAllDialog</name>
    <message>
        <source>Chọn hết</source>
        <translation>Check all</translation>
    </message>
    <message>
        <source>Bỏ chọn hết</source>
        <translation>Uncheck all</translation>
    </message>
    <message>
        <source>Sửa tất cả «{word}»</source>
        <translation>Fix all «{word}»</translation>
    </message>
    <message>
        <source>Sửa {count} chỗ</source>
        <translation>Fix {count} places</translation>
    </message>
    <message>
        <source>dòng {line}:</source>
        <translation>line {line}:</translation>
    </message>
    <message>
        <source>Sửa «{word}» thành:</source>
        <translation>Correct «{word}» as:</translation>
    </message>
    <message>
        <source>{count} chỗ giống hệt; bỏ dấu chọn những chỗ không sửa:</source>
        <translation>{count} identical places; uncheck those not to fix:</translation>
    </message>
    <message>
        <source>(đang sửa thành «{shown}»)</source>
        <translation>(currently corrected to «{shown}»)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gợi ý sửa lỗi OCR</source>
        <translation>OCR correction suggestions</translation>
    </message>
    <message>
        <source>Vấn đề cần xem</source>
        <translation>Findings to look at</translation>
    </message>
    <message>
        <source>Enter (trong văn bản): lấy gợi ý đầu · 1–5: chọn gợi ý</source>
        <translation>Enter (in the text): take the first suggestion · 1–5: pick a suggestion</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Kiểm tra sai: {message}</source>
        <translation>Failing check: {message}</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>đã duyệt {done}/{total}</source>
        <translation>verified {done}/{total}</translation>
    </message>
    <message>
        <source>{lines} dòng · {nodes} mục · {figures} số liệu · {fixes} chỗ sửa</source>
        <translation>{lines} lines · {nodes} items · {figures} figures · {fixes} corrections</translation>
    </message>
    <message>
        <source>Mã: {encoding}</source>
        <translation>Encoding: {encoding}</translation>
    </message>
    <message>
        <source>Thiếu: {field}</source>
        <translation>Missing: {field}</translation>
    </message>
    <message>
        <source>Từ nghi ngờ «{word}», dòng {line}</source>
        <translation>Suspicious word «{word}», line {line}</translation>
    </message>
    <message>
        <source>Số liệu nghi ngờ «{text}» ({label}), dòng {line}</source>
        <translation>Doubtful figure «{text}» ({label}), line {line}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Lỗi &amp;OCR</source>
        <translation>&amp;OCR</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Mở báo cáo hoặc phiên làm việc</source>
        <translation>Open a report or a review session</translation>
    </message>
    <message>
        <source>Chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Khôi phục bản duyệt</source>
        <translation>Recover review</translation>
    </message>
    <message>
        <source>Tệp nguồn đã thay đổi</source>
        <translation>Source file changed</translation>
    </message>
    <message>
        <source>Vẫn mở</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Bản duyệt «{name}» có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>The review of «{name}» has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <source>Lần trước chương trình đóng bất thường. Có bản lưu tự động chưa được lưu:

{what}

Khôi phục bản này?</source>
        <translation>The program did not close normally last time. An autosaved review was not saved:

{what}

Recover it?</translation>
    </message>
    <message>
        <source>Tệp «{name}» đã thay đổi kể từ khi lưu phiên làm việc (mã SHA-256 khác). Các sửa đổi vẫn khớp với văn bản sẽ được giữ; những sửa đổi không còn khớp sẽ bị bỏ.</source>
        <translation>The file «{name}» has changed since the session was saved (its SHA-256 differs). Edits that still match the text are kept; those that no longer match are dropped.</translation>
    </message>
    <message>
        <source>Báo cáo (*.txt *.baocao.json);;Phiên làm việc (*.baocao.json);;Mọi tệp (*)</source>
        <translation>Reports (*.txt *.baocao.json);;Review sessions (*.baocao.json);;All files (*)</translation>
    </message>
    <message>
        <source>Phiên làm việc (*.baocao.json)</source>
        <translation>Review sessions (*.baocao.json)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Áp dụng gợi ý đang chọn (Enter trong văn bản lấy gợi ý đầu)</source>
        <translation>Apply the selected suggestion (Enter in the text takes the first)</translation>
    </message>
    <message>
        <source>Sửa tất cả…</source>
        <translation>Fix all…</translation>
    </message>
    <message>
        <source>Sửa mọi chỗ có cùng lỗi này (Ctrl+H)</source>
        <translation>Fix every place with this same error (Ctrl+H)</translation>
    </message>
    <message>
        <source>Enter: lấy gợi ý đầu · 1–5: chọn gợi ý · Ctrl+H: sửa tất cả</source>
        <translation>Enter: first suggestion · 1–5: pick a suggestion · Ctrl+H: fix all</translation>
    </message>
    <message>
        <source>Đặt con trỏ vào một từ trong văn bản để xem gợi ý sửa.</source>
        <translation>Put the cursor on a word of the text to see correction suggestions.</translation>
    </message>
    <message>
        <source>Nguồn: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Không có gợi ý cho «{word}».</source>
        <translation>No suggestions for «{word}».</translation>
    </message>
    <message>
        <source>Gợi ý cho «{word}»:</source>
        <translation>Suggestions for «{word}»:</translation>
    </message>
</context>
</TS>

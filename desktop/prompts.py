"""Every question the window asks, in one object: the real one shows dialogs,
a test replaces its methods with scripted answers."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

REPORT_FILTER = "Báo cáo (*.txt *.baocao.json);;Phiên làm việc (*.baocao.json);;Mọi tệp (*)"
SESSION_FILTER = "Phiên làm việc (*.baocao.json)"
EXCEL_FILTER = "Excel (*.xlsx)"


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class Prompter:
    def __init__(self, parent):
        self.parent = parent

    def open_file(self, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, tr("Mở báo cáo hoặc phiên làm việc"), folder,
                                              tr(REPORT_FILTER))
        return path or None

    def save_file(self, suggested: str, filter_: str, title: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, tr(filter_))
        return path or None

    def unsaved(self, name: str) -> str:
        """"save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Warning, tr("Chưa lưu"),
                          tr("Bản duyệt «{name}» có thay đổi chưa lưu. Lưu lại trước khi đóng?").format(name=name),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self.parent)
        box.button(QMessageBox.Save).setText(tr("Lưu"))
        box.button(QMessageBox.Discard).setText(tr("Không lưu"))
        box.button(QMessageBox.Cancel).setText(tr("Hủy"))
        answer = box.exec()
        return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")

    def recover(self, description: str) -> bool:
        answer = QMessageBox.question(
            self.parent, tr("Khôi phục bản duyệt"),
            tr("Lần trước chương trình đóng bất thường. Có bản lưu tự động chưa được lưu:\n\n{what}\n\n"
               "Khôi phục bản này?").format(what=description))
        return answer == QMessageBox.Yes

    def source_changed(self, name: str, problems: list[str]) -> bool:
        """The session's source file is not the one it was made on: explain, and ask to go on."""
        box = QMessageBox(QMessageBox.Warning, tr("Tệp nguồn đã thay đổi"),
                          tr("Tệp «{name}» đã thay đổi kể từ khi lưu phiên làm việc (mã SHA-256 khác). "
                             "Các sửa đổi vẫn khớp với văn bản sẽ được giữ; những sửa đổi không còn khớp "
                             "sẽ bị bỏ.").format(name=name),
                          QMessageBox.Open | QMessageBox.Cancel, self.parent)
        box.button(QMessageBox.Open).setText(tr("Vẫn mở"))
        box.button(QMessageBox.Cancel).setText(tr("Hủy"))
        if problems:
            box.setDetailedText("\n".join(problems))
        return box.exec() == QMessageBox.Open

    def text(self, title: str, label: str, current: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getMultiLineText(self.parent, title, label, current)
        return text if ok else None

    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def info(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def run_dialog(self, dialog) -> bool:
        from PySide6.QtWidgets import QDialog

        return dialog.exec() == QDialog.Accepted

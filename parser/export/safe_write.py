"""Write a workbook so the target is whole or untouched: into a temporary file
beside it, then one atomic rename. A target that is open in Excel (locked, or
with Excel's "~$name.xlsx" owner file beside it) is refused with a clear message."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import UserError, WriteError

OPEN_IN_EXCEL = ("tệp đang mở trong Excel hoặc bị khóa; hãy đóng tệp rồi thử lại "
                 "(the file is open in Excel or locked; close it and try again)")


def lock_file(target: Path) -> Path:
    """Excel's owner file for an open workbook: '~$' + the name, beside it."""
    return target.with_name("~$" + target.name)


def check_target(out: str | Path, inputs: list[str | Path]) -> Path:
    """Refuse a target that cannot be written before any work is done."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"{out}: tệp kết quả phải có đuôi .xlsx (the output must end in .xlsx)")
    for path in inputs:
        if _same_file(Path(path), out):
            raise UserError(f"{out}: tệp kết quả trùng với tệp đầu vào (the output is one of the inputs)")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(str(out), f"thư mục không tồn tại (folder {folder} does not exist)")
    if out.is_dir():
        raise WriteError(str(out), "đây là một thư mục (it is a folder)")
    if lock_file(out).exists():
        raise WriteError(str(out), OPEN_IN_EXCEL)
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise WriteError(str(out), "không có quyền ghi (permission denied)")
    return out


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def save_atomically(wb, out: Path) -> None:
    """Save `wb` to a temporary file in the target's folder, then replace the
    target with it; on any failure the temporary file goes and the target stays."""
    folder = out.parent if str(out.parent) else Path(".")
    if lock_file(out).exists():
        raise WriteError(str(out), OPEN_IN_EXCEL)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".~baocao-", suffix=".xlsx")
        os.close(fd)
        wb.save(tmp)
        os.chmod(tmp, _file_mode(out))   # mkstemp's 0600 would hide the file from colleagues
        os.replace(tmp, out)
    except PermissionError:
        raise WriteError(str(out), OPEN_IN_EXCEL) from None
    except OSError as err:
        raise WriteError(str(out), f"không ghi được ({err.strerror or err})") from None
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)


def _file_mode(out: Path) -> int:
    """The replaced file's permissions, or what a new file would get."""
    try:
        return out.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask

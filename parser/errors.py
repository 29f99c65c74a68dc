"""Errors a user sees: one line that names the file and the problem."""


class UserError(Exception):
    """A problem with the user's input or target, reported without a traceback."""


class ReadError(UserError):
    """A file that cannot be read as a report (binary, empty, too large, unknown encoding)."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file, self.reason = file, reason


class WriteError(UserError):
    """A target that cannot be written (locked, open in Excel, no permission)."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file, self.reason = file, reason

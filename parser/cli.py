"""`baocao`: the scriptable command line of `../shared/CONTRACT.md`.

Exit 0 on success, 1 when `check` finds a failing check, 2 for bad usage or an
input that cannot be read (one line on stderr naming the file, never a traceback).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .model import CorrectedView, Document, RawView, TextView
from .pipeline import auto_corrections
from .errors import UserError

EXIT_OK, EXIT_FAILED_CHECK, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own exit status is already 2; keep its one-line style
        self.exit(EXIT_USAGE, f"baocao: {message}\n")


def _analyse(path: str, correct: bool) -> Document:
    from .pipeline import analyse_file

    doc = analyse_file(path)
    if correct:
        doc.corrections = auto_corrections(doc)
    return doc


def _view(doc: Document, correct: bool) -> TextView:
    return CorrectedView(doc.text, doc.corrections) if correct else RawView(doc.text)


def cmd_extract(args) -> int:
    from .jsonout import document_json
    from .outline_text import format_document

    doc = _analyse(args.file, args.correct)
    view = _view(doc, args.correct)
    if args.json:
        json.dump(document_json(doc, view), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_document(doc, view))
    return EXIT_OK


def cmd_correct(args) -> int:
    from .model import apply_corrections

    doc = _analyse(args.file, True)
    text = doc.text
    sys.stdout.write(apply_corrections(text, doc.corrections))
    if text and not text.endswith("\n"):
        sys.stdout.write("\n")
    return EXIT_OK


def cmd_check(args) -> int:
    from .checks import format_findings

    doc = _analyse(args.file, False)
    report, failed = format_findings(doc)
    sys.stdout.write(report)
    return EXIT_FAILED_CHECK if failed else EXIT_OK


def cmd_export(args) -> int:
    from .export import export_files

    export_files([Path(f) for f in args.files], Path(args.output), correct=args.correct,
                 progress=lambda msg: print(msg, file=sys.stderr))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="baocao", description="Extract data from OCR'd Vietnamese administrative reports.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    e = sub.add_parser("extract", help="print the extraction (outline, or JSON with --json)")
    e.add_argument("file")
    e.add_argument("--correct", action="store_true", help="apply automatic OCR correction to text fields")
    e.add_argument("--json", action="store_true", help="print JSON (schema baocao.extraction/1)")
    e.set_defaults(run=cmd_extract)

    c = sub.add_parser("correct", help="print the text after automatic OCR correction, line for line")
    c.add_argument("file")
    c.set_defaults(run=cmd_correct)

    x = sub.add_parser("export", help="write the Excel workbook")
    x.add_argument("files", nargs="+", metavar="FILE")
    x.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    x.add_argument("--correct", action="store_true")
    x.set_defaults(run=cmd_export)

    k = sub.add_parser("check", help="print consistency findings; exit 1 when a check fails")
    k.add_argument("file")
    k.set_defaults(run=cmd_check)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except UserError as err:
        print(f"baocao: {err}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `baocao extract x | head`
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

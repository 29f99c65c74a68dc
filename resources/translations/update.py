"""Rebuild the English translation of the window: collect every UI string of
desktop/ (Vietnamese is the source language), take the English from
english.tsv (hand-edited: context, Vietnamese, English; "\\n" for a line break),
write baocao_en.ts and compile baocao_en.qm with pyside6-lrelease.

    python3 resources/translations/update.py          # from the project root

Strings without an English line are listed and left untranslated (they show in
Vietnamese). tests/gui/test_translations.py fails when the files drift apart.
"""
from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DESKTOP = ROOT / "desktop"
TSV = HERE / "english.tsv"
TS = HERE / "baocao_en.ts"
QM = HERE / "baocao_en.qm"

# strings kept in tables and translated where they are shown: (module, context, how to list them)
TABLES = [
    ("desktop.actions", "Actions", lambda m: [s for text, _k, tip in m.SPECS.values() for s in (text, tip)]),
    ("desktop.menus", "Menus", lambda m: [title for _n, title, _e in m.MENUS]),
    ("desktop.document_model", "DocumentModel",
     lambda m: [*m.COLUMNS, *m.META_LABELS.values(), *m.REFERENCE_LABELS.values()]),
    ("desktop.commands", "Commands", lambda m: list(m.DESCRIPTIONS.values())),
    ("desktop.prompts", "Prompts", lambda m: [m.REPORT_FILTER, m.SESSION_FILTER, m.EXCEL_FILTER]),
    ("desktop.workers", "DocumentController", lambda m: list(m.STAGES)),
]


def _module_context(tree: ast.Module) -> str | None:
    """The context of a module's own `tr()` helper: QCoreApplication.translate("<context>", text)."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate":
                    return call.args[0].value
    return None


def collect() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for path in sorted(DESKTOP.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_context = _module_context(tree)
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            owner = cls.name if isinstance(cls, ast.ClassDef) else None
            for call in ast.walk(cls):
                if not isinstance(call, ast.Call) or not call.args:
                    continue
                first = call.args[0]
                func = call.func
                if isinstance(func, ast.Attribute) and func.attr == "tr" and owner and isinstance(first, ast.Constant):
                    found.append((owner, first.value))
                elif isinstance(func, ast.Name) and func.id == "tr" and module_context and isinstance(first, ast.Constant):
                    found.append((module_context, first.value))
                elif (isinstance(func, ast.Attribute) and func.attr == "translate" and len(call.args) == 2
                      and all(isinstance(a, ast.Constant) for a in call.args)):
                    found.append((first.value, call.args[1].value))
    sys.path.insert(0, str(ROOT))
    for module, context, strings in TABLES:
        found += [(context, s) for s in strings(importlib.import_module(module))]
    unique = []
    for item in found:
        if item not in unique:
            unique.append(item)
    return unique


def read_tsv() -> dict[tuple[str, str], str]:
    table = {}
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, english = (p.replace("\\n", "\n") for p in line.split("\t"))
            table[(context, source)] = english
    return table


def write_ts(strings, english) -> list[tuple[str, str]]:
    missing = []
    contexts: dict[str, list[str]] = {}
    for context, source in strings:
        contexts.setdefault(context, []).append(source)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<TS version="2.1" language="en" sourcelanguage="vi">']
    for context in sorted(contexts):
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for source in contexts[context]:
            text = english.get((context, source))
            if text is None:
                missing.append((context, source))
            out += ["    <message>", f"        <source>{escape(source)}</source>",
                    f"        <translation>{escape(text)}</translation>" if text is not None
                    else '        <translation type="unfinished"></translation>', "    </message>"]
        out.append("</context>")
    out.append("</TS>")
    TS.write_text("\n".join(out) + "\n", encoding="utf-8")
    return missing


def main() -> int:
    missing = write_ts(collect(), read_tsv())
    for context, source in missing:
        print(f"untranslated: {context}\t{source!r}", file=sys.stderr)
    lrelease = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if lrelease is None:
        print("pyside6-lrelease not found: baocao_en.qm not rebuilt", file=sys.stderr)
        return 1
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(QM)], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

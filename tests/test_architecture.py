"""The core stays Qt-free: `parser` must never import PySide6 (the CLI runs without a display)."""
import ast
import subprocess
import sys
from pathlib import Path

PARSER = Path(__file__).resolve().parent.parent / "parser"


def test_no_module_in_parser_imports_qt():
    offenders = []
    for path in PARSER.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "desktop"}]
    assert offenders == []


def test_running_the_cli_loads_no_qt():
    code = ("import sys, parser.cli, parser.pipeline, parser.jsonout; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=PARSER.parent, check=True).stdout.strip()
    assert out == "False"

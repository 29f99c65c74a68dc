"""Shared fixtures: the bundled sample, and Qt offscreen for GUI tests."""
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE = SEEDS / "000_292fb10c7b6fa72d.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_gold() -> dict:
    import json

    return json.loads(SAMPLE.with_suffix(".gold.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _private_learning_store(tmp_path, monkeypatch):
    """Every test gets its own empty correction-learning store and Qt settings."""
    monkeypatch.setenv("BAOCAO_DATA_DIR", str(tmp_path / "appdata"))

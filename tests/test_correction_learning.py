"""The learning store: confirmed corrections come first next time; the file survives damage."""
import json
import os
import warnings

import pytest

from parser.correction import correct_document, suggest
from parser.correction.learning import FILE_NAME, LearningStore, default_store
from parser.errors import ReadError


def test_a_confirmed_correction_is_proposed_first_in_the_next_document(tmp_path):
    store = LearningStore(tmp_path / "s.json")
    first = "Cong ty CP Minh Dat trién khai"
    at = first.index("Dat")
    assert suggest(first, at, at + 3, store=store)[0].source == "auto"
    store.confirm("Dat", "Đạt", context=first)
    again = LearningStore(tmp_path / "s.json")            # a new session reads it back
    second = "Hop dong voi Minh Dat ve thiet bi"
    start = second.index("Dat")
    ranked = suggest(second, start, start + 3, store=again)
    assert (ranked[0].text, ranked[0].source) == ("Đạt", "learned")
    assert [s.score for s in ranked] == sorted((s.score for s in ranked), reverse=True)
    applied = [c for c in correct_document(second, again) if c.start == start]
    assert applied and applied[0].new == "Đạt" and applied[0].source == "learned"


def test_learned_corrections_follow_the_original_case(tmp_path):
    store = LearningStore(tmp_path / "s.json")
    store.confirm("mittinh", "mít tinh")
    text = "to chuc MITTINH va Mittinh\n"
    news = [c.new for c in correct_document(text, store) if c.old.lower() == "mittinh"]
    assert news == ["MÍT TINH", "Mít tinh"]


def test_lookup_counts_and_orders(tmp_path):
    store = LearningStore(tmp_path / "s.json")
    store.confirm("Pang", "Đảng")
    store.confirm("pang", "Đang")
    store.confirm("PANG", "Đảng")
    assert store.lookup("pang") == [("Đảng", 2), ("Đang", 1)]
    assert store.lookup("nothing") == []


def test_writes_are_atomic_and_leave_no_temp_files(tmp_path):
    path = tmp_path / "deep" / "s.json"
    store = LearningStore(path)
    for i in range(5):
        store.confirm(f"w{i}", f"x{i}")
    assert json.loads(path.read_text(encoding="utf-8"))["corrections"]["w4"] == {"x4": 1}
    assert sorted(os.listdir(path.parent)) == ["s.json"]


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"corrections": {"a": "b"}}', b"\xff\xfe\x00garbage"])
def test_a_damaged_file_is_set_aside_with_a_warning(tmp_path, content):
    path = tmp_path / "s.json"
    path.write_bytes(content)
    with pytest.warns(UserWarning, match="damaged"):
        store = LearningStore(path)
    assert len(store) == 0
    aside = [p for p in os.listdir(tmp_path) if p.startswith("s.json.corrupt-")]
    assert len(aside) == 1 and (tmp_path / aside[0]).read_bytes() == content
    store.confirm("a", "b")                               # and it keeps working
    assert LearningStore(path).lookup("a") == [("b", 1)]


def test_correcting_with_a_damaged_default_store_does_not_crash(tmp_path, monkeypatch):
    monkeypatch.setenv("BAOCAO_DATA_DIR", str(tmp_path))
    (tmp_path / FILE_NAME).write_text("{{{", encoding="utf-8")
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        assert correct_document("Péc 1ap")


def test_export_and_import(tmp_path):
    a = LearningStore(tmp_path / "a.json")
    a.confirm("Dat", "Đạt", context="Minh Dat")
    a.export_to(tmp_path / "shared.json")
    b = LearningStore(tmp_path / "b.json")
    b.confirm("Dat", "Đạt")
    assert b.import_from(tmp_path / "shared.json") == 1
    assert b.lookup("dat") == [("Đạt", 2)]
    assert LearningStore(tmp_path / "b.json").contexts["dat"] == ["Minh Dat"]
    (tmp_path / "bad.json").write_text("nope", encoding="utf-8")
    with pytest.raises(ReadError):
        b.import_from(tmp_path / "bad.json")


def test_default_store_lives_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BAOCAO_DATA_DIR", str(tmp_path / "appdata"))
    store = default_store()
    store.confirm("x", "y")
    assert (tmp_path / "appdata" / FILE_NAME).exists()

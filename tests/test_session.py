"""Session files: round trip, tolerance of other versions, atomic writes, recovery copies."""
import copy
import json
import os

import pytest

from gui.handmade import make_doc
from parser import review, session
from parser.errors import ReadError, WriteError


def reviewed_doc():
    doc = make_doc()
    part = next(n for n in doc.nodes() if n.path == "I.2")
    word = doc.text.index("buu")
    edits = [review.correct_word(doc, word, word + 3, "bưu"),
             review.edit_meta(doc, "signer_name", "Trần Văn Khoanh"),
             review.edit_metric(doc, review.find_metric(doc, "m6"), "value", "1.626"),
             review.move_node(doc, part, "up"),
             review.verify(doc, "m1")]
    done = []
    for e in edits:
        review.apply(doc, e)
        done.append(e)
    return doc, done


def state(doc):
    return copy.deepcopy((doc.outline, doc.metrics, doc.metadata, doc.corrections, doc.verified))


def test_save_then_restore_on_a_fresh_analysis_gives_the_same_review(tmp_path):
    doc, edits = reviewed_doc()
    path = tmp_path / "review.baocao.json"
    session.save_session(path, session.session_of(doc, edits))
    loaded = session.load_session(path)
    assert loaded.source_sha256 == doc.source.sha256
    fresh = make_doc()
    applied, problems = session.restore(fresh, loaded)
    assert problems == []
    assert [e.kind for e in applied] == ["correct", "meta", "metric.value", "node.move"]
    assert state(fresh) == state(doc)


def test_unknown_keys_survive_and_newer_versions_load(tmp_path):
    doc, edits = reviewed_doc()
    data = session.session_of(doc, edits).to_dict()
    data.update(version=7, comments={"m1": "ok"})
    data["edits"][0]["reviewer"] = "an"
    path = tmp_path / "new.baocao.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = session.load_session(path)
    assert loaded.version == 7 and len(loaded.edits) == 5
    assert loaded.to_dict()["comments"] == {"m1": "ok"}


def test_version_0_flat_source_keys_load():
    loaded = session.session_from_dict({"schema": "baocao.session", "source_path": "/x.txt",
                                        "source_sha256": "ab", "verified": ["m1"]})
    assert (loaded.source_path, loaded.source_sha256, loaded.verified) == ("/x.txt", "ab", {"m1"})


@pytest.mark.parametrize("content", ["{not json", "[]", '{"schema": "other"}', "\xff"])
def test_bad_session_files_are_one_line_errors(tmp_path, content):
    path = tmp_path / "bad.baocao.json"
    path.write_text(content, encoding="latin-1")
    with pytest.raises(ReadError) as info:
        session.load_session(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_a_changed_source_keeps_what_still_fits_and_explains_the_rest():
    doc, edits = reviewed_doc()
    saved = session.session_of(doc, edits)
    fresh = make_doc()
    fresh.text = fresh.text.replace("buu", "bun")           # the source was edited since
    _applied, problems = session.restore(fresh, saved)
    assert len(problems) == 2 and all("buu" in p for p in problems)
    assert fresh.metadata.fields["signer_name"].value == "Trần Văn Khoanh"


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    path = tmp_path / "s.baocao.json"
    session.write_atomic(path, "old")

    def boom(*_a):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(WriteError, match="No space left"):
        session.write_atomic(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.baocao.json"]     # no temporary left behind


def test_recovery_copies_are_found_newest_first_and_unreadable_ones_skipped(tmp_path):
    doc, edits = reviewed_doc()
    first = session.recovery_path(tmp_path, "aa", "/a.txt")
    second = session.recovery_path(tmp_path, "bb", "/b.txt")
    assert first != second
    session.save_session(first, session.session_of(doc, edits))
    session.save_session(second, session.session_of(doc, edits[:1]))
    os.utime(first, (1, 1))
    (session.recovery_dir(tmp_path) / f"broken{session.SUFFIX}").write_text("{")
    found = session.pending_recoveries(tmp_path)
    assert [p for p, _s in found] == [second, first]
    assert session.pending_recoveries(tmp_path / "nothing") == []


def test_sha256_file(tmp_path):
    import hashlib

    path = tmp_path / "x.txt"
    path.write_bytes(b"abc" * 1000)
    assert session.sha256_file(path) == hashlib.sha256(b"abc" * 1000).hexdigest()

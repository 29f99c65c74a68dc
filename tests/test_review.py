"""Review operations: every edit applies, reverts exactly, and survives a round trip as a record."""
import copy
import dataclasses

import pytest
from hypothesis import given, strategies as st

from gui.handmade import make_doc
from parser import review
from parser.findings import findings
from parser.layer_map import LayerMap
from parser.model import Correction, CorrectedView
from parser.review import EditError, Edit


def snapshot(doc):
    return copy.deepcopy((doc.outline, doc.metrics, doc.metadata, doc.corrections, doc.verified))


def node(doc, path):
    return next(n for n in doc.nodes() if n.path == path)


@pytest.mark.parametrize("text, value", [("1.626", 1626), ("76,82", 76.82), ("7.500.000", 7500000),
                                         ("1.626,5", 1626.5), ("12", 12), ("76,82%", 76.82), ("-3", -3)])
def test_vietnamese_numbers_parse(text, value):
    assert review.parse_vn_number(text) == value


@pytest.mark.parametrize("text", ["1,626.5", "1.62", "abc", "", "12.3456", "1..6"])
def test_malformed_numbers_are_refused_with_a_message(text):
    with pytest.raises(EditError, match="không phải là số"):
        review.parse_vn_number(text)


@given(st.one_of(st.integers(-10**9, 10**9), st.decimals(-10**6, 10**6, places=2).map(float)))
def test_number_format_round_trips(value):
    assert review.parse_vn_number(review.format_vn_number(value)) == pytest.approx(value)


def edits_for(doc):
    part = node(doc, "I")
    section = node(doc, "I.2")
    m3 = review.find_metric(doc, "m3")
    word = doc.text.index("buu")
    return [
        lambda: review.edit_title(doc, section, "Lĩnh vực báo chí"),
        lambda: review.edit_node_text(doc, node(doc, "II").children[0], "Tiếp tục triển khai"),
        lambda: review.correct_word(doc, word, word + 3, "bưu"),
        lambda: review.edit_meta(doc, "issuer", "Sở Thông tin và Truyền thông"),
        lambda: review.edit_meta(doc, "signer_name", "Trần Văn Khoanh"),
        lambda: review.edit_metric(doc, m3, "value", "1.726"),
        lambda: review.edit_metric(doc, m3, "label", "Văn bản"),
        lambda: review.edit_metric(doc, m3, "unit", "tin"),
        lambda: review.add_metric(doc, doc.text.index("953"), doc.text.index("953") + 3),
        lambda: review.delete_metric(doc, m3),
        lambda: review.add_node(doc, doc.text.index("Tong so nguoi"), doc.text.index(", dat")),
        lambda: review.delete_node(doc, section),
        lambda: review.move_node(doc, section, "up"),
        lambda: review.move_node(doc, section, "out"),
        lambda: review.move_node(doc, node(doc, "II"), "in"),
        lambda: review.move_node(doc, part, "down"),
        lambda: review.verify(doc, "m3"),
    ]


@pytest.mark.parametrize("index", range(17))
def test_every_edit_reverts_exactly_and_replays_from_its_record(index):
    doc = make_doc()
    before = snapshot(doc)
    edit = edits_for(doc)[index]()
    review.apply(doc, edit)
    after = snapshot(doc)
    assert after != before
    review.revert(doc, edit)
    assert snapshot(doc) == before
    # the record alone (as saved in a session) replays the same change on a fresh analysis
    fresh = make_doc()
    review.apply(fresh, Edit.from_dict(edit.to_dict()))
    assert snapshot(fresh) == after


def test_a_title_edit_lives_in_the_correction_layer_and_the_raw_text_stays():
    doc = make_doc()
    raw = doc.text
    section = node(doc, "I.1")   # its title holds the automatic correction "vyc" -> "vực"
    edit = review.edit_title(doc, section, "Lĩnh vực bưu chính")
    review.apply(doc, edit)
    assert doc.text == raw
    assert CorrectedView(doc.text, doc.corrections).render(section.title_start, section.title_end) == "Lĩnh vực bưu chính"
    assert [c.old for c in doc.corrections if c.source == "auto"] == []      # replaced, not overlapped
    review.revert(doc, edit)
    assert [c.new for c in doc.corrections] == ["vực"]


def test_moves_that_make_no_sense_are_refused():
    doc = make_doc()
    with pytest.raises(EditError):
        review.move_node(doc, node(doc, "I"), "up")
    with pytest.raises(EditError):
        review.move_node(doc, node(doc, "I"), "out")
    with pytest.raises(EditError):
        review.move_node(doc, node(doc, "I.1"), "in")


def test_indent_puts_a_node_under_its_previous_sibling_with_levels_updated():
    doc = make_doc()
    moved = node(doc, "I.2")
    review.apply(doc, review.move_node(doc, moved, "in"))
    assert node(doc, "I.1").children[-1] is moved
    assert moved.level == 2 and moved.children[0].level == 3
    assert (moved.number, moved.path, moved.marker) == ("1.1", "I.1.1", "1.1.")     # renumbered under 1.


def test_find_identical_lists_every_whole_word_with_context():
    doc = make_doc()
    start = doc.text.index("vyc")
    hits = review.find_identical(doc, start, start + 3)
    assert [doc.text[h.start:h.end] for h in hits] == ["vyc"] * 4
    assert hits[0].before.endswith("Linh ") and hits[0].after.startswith(" buu")
    assert hits[0].shown == "vực" and hits[1].shown == "vyc"
    assert [h.line for h in hits] == [7, 9, 10, 13]


def test_find_identical_skips_words_inside_longer_words_and_hand_corrections():
    doc = make_doc()
    start = doc.text.index("ban tin")
    other = doc.text.index("ban ", doc.text.index("van ban") )
    review.apply(doc, review.correct_word(doc, other - 4, other + 3, "văn bản"))   # "van ban" by hand
    words = [doc.text[h.start:h.end] for h in review.find_identical(doc, start, start + 3)]
    assert words == ["ban"] * 3          # "ban tin" x3; not the hand-corrected one nor "hanh"


def test_fix_all_corrects_only_the_chosen_occurrences():
    doc = make_doc()
    start = doc.text.index("vyc")
    hits = review.find_identical(doc, start, start + 3)
    edits = review.fix_all(doc, hits[1:3], "vực")
    for e in edits:
        review.apply(doc, e)
    shown = CorrectedView(doc.text, doc.corrections)
    assert [shown.render(h.start, h.end) for h in hits] == ["vực", "vực", "vực", "vyc"]
    assert all(e.how == "fix-all" for e in edits)


def test_layer_map_maps_offsets_both_ways():
    doc = make_doc()
    start = doc.text.index("ban tin")
    review.apply(doc, review.correct_word(doc, start, start + 3, "bản"))
    review.apply(doc, review.correct_word(doc, 0, 4, "Ủy ban nhân dân"))
    layer = LayerMap(doc)
    assert layer.text == review.corrected_text(doc, 0, len(doc.text))
    for raw_offset in (0, 5, start, start + 4, len(doc.text) - 1):
        shown = layer.to_shown(raw_offset)
        assert layer.to_raw(shown) == raw_offset
    assert layer.text[layer.to_shown(start):].startswith("bản tin")


def test_deepest_at_prefers_a_figure_then_the_smallest_node():
    doc = make_doc()
    assert review.deepest_at(doc, doc.text.index("6.767") + 2).id == "m1"
    assert review.deepest_at(doc, doc.text.index("Tong so")).kind == "bullet"
    assert review.deepest_at(doc, doc.text.index("Linh vyc buu")).path == "I.1"
    assert review.deepest_at(doc, 3) is None


def test_word_at_finds_the_word_under_the_cursor():
    text = "Linh vyc buu chinh"
    assert review.word_at(text, 6) == (5, 8)
    assert review.word_at(text, 8) == (5, 8)


def test_findings_list_failed_checks_missing_fields_doubtful_figures_and_open_words():
    doc = make_doc()
    Susp = type("Susp", (), {})
    words = []
    for w in ("vyc", "buu"):
        s = Susp()
        s.start = doc.text.index(w)
        s.end, s.word, s.score = s.start + len(w), w, 0.9
        words.append(s)
    found = findings(doc, words)
    kinds = {f.kind for f in found}
    assert kinds == {"metadata", "check", "figure", "word"}
    assert [f.subject for f in found if f.kind == "word"] == ["buu"]          # "vyc" is corrected already
    assert [f.key for f in found if f.kind == "check"] == ["m6"]             # the suspect figure
    assert [f.key for f in found if f.kind == "figure"] == ["m3"]
    assert "date" in [f.subject for f in found if f.kind == "metadata"]
    doc.metadata.fields["signer_authority"] = doc.metadata.fields["parent_issuer"] = None
    missing = [f.subject for f in findings(doc, words) if f.kind == "metadata"]
    assert "signer_authority" not in missing and "parent_issuer" not in missing   # optional in a report
    review.apply(doc, review.verify(doc, "m3"))
    assert "m3" not in [f.key for f in findings(doc, words)]


def test_progress_counts_nodes_and_figures():
    doc = make_doc()
    assert review.progress(doc) == (0, 8 + 6)
    review.apply(doc, review.verify(doc, "m1"))
    review.apply(doc, review.verify(doc, review.node_key(node(doc, "I"))))
    assert review.progress(doc) == (2, 14)


def test_edit_records_are_plain_json():
    import json

    doc = make_doc()
    edit = review.delete_node(doc, node(doc, "I"))
    assert Edit.from_dict(json.loads(json.dumps(edit.to_dict()))) == edit
    assert Edit.from_dict({**edit.to_dict(), "from_the_future": 1}) == edit


def test_automatic_corrections_arriving_late_never_override_the_reviewers():
    doc = make_doc()
    word = doc.text.index("buu")
    review.apply(doc, review.correct_word(doc, word, word + 3, "bưu"))
    late = [Correction(word, word + 3, "buu", "bừu"), Correction(0, 4, "UBND", "Ủy ban")]
    assert review.merge_layer(doc, late) == 1
    assert [(c.old, c.new) for c in doc.corrections] == [("UBND", "Ủy ban"), ("vyc", "vực"), ("buu", "bưu")]


def test_metric_homes_agree_with_metric_home_for_every_figure():
    doc = make_doc()
    review.apply(doc, review.move_node(doc, node(doc, "I.2"), "up"))
    homes, loose = review.metric_homes(doc)
    for m in doc.metrics:
        home = review.metric_home(doc, m)
        assert m in (homes.get(id(home), []) if home else loose)

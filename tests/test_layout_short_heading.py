"""A short lettered heading ends at its line even when the paragraph under it opens with a figure."""
from parser.jsonout import document_json
from parser.model import RawView
from report_snippet import in_report

FILLER = "Công tác phối hợp với các sở, ngành và địa phương được duy trì thường xuyên, đúng quy định"


def titles(body: str) -> dict:
    doc = in_report(body)
    found = {}

    def walk(nodes):
        for n in nodes:
            found[n["path"]] = n["title"]
            walk(n["children"])
    walk(document_json(doc, RawView(doc.text))["outline"])
    return found


def test_heading_then_a_paragraph_opening_with_a_figure():
    body = (f"{FILLER}.\na) Giải quyết việc làm\n6 tháng đầu năm, toàn tỉnh giải quyết việc làm cho 38.615 lao"
            f" động.\nb) Giáo dục nghề nghiệp\n{FILLER}.")
    assert titles(body)["I.1.a"] == "Giải quyết việc làm"


def test_a_full_line_wrapped_before_a_figure_goes_on():
    body = (f"a) Giải quyết việc làm\n{FILLER} với\n1.234 lao động được hỗ trợ.\nb) Khác\nKhông có.")
    doc = in_report(body)
    assert any(m.value == 1234 for m in doc.metrics)
    node = next(n for n in doc.nodes() if n.path == "I.1.a")
    assert "1.234 lao động" in doc.text[node.start:node.end]

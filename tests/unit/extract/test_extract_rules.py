"""Extractor rules on constructed Vietnamese sentences (none copied from the seed articles).

Each test states one behaviour from GOLD_FORMAT.md. Behaviours the extractor does not have yet
are marked ``xfail(strict=True)`` with the reason: when a rule starts to work the test XPASSes,
strict makes that a failure, and the marker is to be removed.
"""

from __future__ import annotations

from typing import Any

import pytest

from kernel.text import nfc, tone_key
from loaders.extract import extract

pytestmark = pytest.mark.unit

Gold = dict[str, Any]


def run(text: str, published: str | None = "2025-06") -> Gold:
    text = nfc(text)
    gold = extract(text, published=published, doc="t").to_gold()
    gold["_text"] = text
    return gold


def by_key(gold: Gold) -> dict[str, dict[str, Any]]:
    return {r["key"]: r for r in gold["resolutions"]}


def names(gold: Gold, etype: str) -> list[str]:
    return [e["name"] for e in gold[etype]]


def surfaces(gold: Gold, item: dict[str, Any]) -> list[str]:
    text: str = gold["_text"]
    return [text[m["span"][0] : m["span"][1]] for m in item["mentions"]]


def official(gold: Gold, name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [o for o in gold["officials"] if o["name"] == name]
    assert found, f"{name} not among {names(gold, 'officials')}"
    return found[0]


def locality_levels(gold: Gold) -> dict[str, str | None]:
    return {loc["name"]: loc["level"] for loc in gold["localities"]}


# --- document symbols -----------------------------------------------------------------------


def test_party_resolution_with_date_and_issuer() -> None:
    gold = run(
        "Hội nghị học tập, quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị "
        "về đột phá phát triển khoa học, công nghệ được tổ chức trực tuyến đến các xã."
    )
    res = by_key(gold)["57-NQ/TW"]
    assert (res["kind"], res["number"], res["issuer"]) == ("NQ", "57", "Bộ Chính trị")
    assert (res["issued_on"], res["level"]) == ("2024-12-22", "central")
    assert surfaces(gold, res) == ["57-NQ/TW"]


def test_government_resolution() -> None:
    gold = run("Các sở rà soát nhiệm vụ được giao tại Nghị quyết 154/NQ-CP ngày 10/6/2025 của Chính phủ.")
    res = by_key(gold)["154/NQ-CP"]
    assert (res["kind"], res["number"], res["issuer_code"], res["issued_on"]) == ("NQ", "154", "CP", "2025-06-10")


def test_decree_number_carries_its_year() -> None:
    gold = run("Văn phòng thực hiện đúng Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về văn thư.")
    res = by_key(gold)["30/2020/NĐ-CP"]
    assert (res["kind"], res["number"], res["issuer"], res["issued_on"]) == ("NĐ", "30/2020", "Chính phủ", "2020-03-05")


def test_provincial_directive_keeps_its_leading_zero() -> None:
    gold = run("Huyện ủy Yên Thế sơ kết Chỉ thị số 05-CT/TU ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy.")
    res = by_key(gold)["05-CT/TU"]
    assert (res["kind"], res["number"], res["issuer_code"], res["level"]) == ("CT", "05", "TU", "provincial")
    assert res["issued_on"] == "2021-05-23"


def test_conclusion_of_the_central_committee() -> None:
    gold = run(
        "Sở Tài chính tham mưu triển khai Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng."
    )
    res = by_key(gold)["123-KL/TW"]
    assert (res["kind"], res["number"], res["issuer"]) == ("KL", "123", "Ban Chấp hành Trung ương Đảng")


@pytest.mark.parametrize(
    ("sentence", "key", "kind", "number"),
    [
        ("Thủ tướng đã ký Quyết định số 827/QĐ-TTg ngày 1/7/2025.", "827/QĐ-TTg", "QĐ", "827"),
        ("Ban Bí thư ban hành Quyết định số 204-QĐ/TW ngày 29/11/2024.", "204-QĐ/TW", "QĐ", "204"),
        ("Bộ Nội vụ hướng dẫn tại Thông tư số 01/2023/TT-BNV ngày 3/2/2023.", "01/2023/TT-BNV", "TT", "01/2023"),
        ("Tỉnh ủy thông qua Chương trình hành động số 12-CTr/TU.", "12-CTr/TU", "CTr", "12"),
        ("Huyện đã triển khai nghị quyết 57-NQ/TW ngay trong tháng.", "57-NQ/TW", "NQ", "57"),
        ("Văn bản số 88-KH/TU được gửi tới các huyện.", "88-KH/TU", "KH", "88"),
    ],
    ids=["QĐ-TTg", "QĐ/TW", "TT-BNV", "CTr/TU", "lower-case", "no kind word"],
)
def test_symbol_forms(sentence: str, key: str, kind: str, number: str) -> None:
    res = by_key(run(sentence))[key]
    assert (res["kind"], res["number"]) == (kind, number)


def test_later_short_reference_is_the_earlier_full_one() -> None:
    gold = run(
        "Tỉnh đã học tập Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. "
        "Sau ba tháng, các sở tiếp tục triển khai Nghị quyết số 57 tới từng cơ sở."
    )
    numbered = [r for r in gold["resolutions"] if r["number"]]
    assert [r["key"] for r in numbered] == ["57-NQ/TW"]
    assert surfaces(gold, numbered[0]) == ["57-NQ/TW", "Nghị quyết số 57"]


def test_later_short_directive_reference() -> None:
    gold = run(
        "Huyện quán triệt Chỉ thị số 05-CT/TU ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy. "
        "Nhiều xã làm tốt việc thực hiện Chỉ thị 05."
    )
    assert [r["key"] for r in gold["resolutions"] if r["number"]] == ["05-CT/TU"]


def test_short_reference_alone_is_still_a_numbered_resolution() -> None:
    gold = run("Thực hiện Nghị quyết số 57, các sở đã rà soát thủ tục hành chính.")
    assert [(r["kind"], r["number"]) for r in gold["resolutions"] if r["number"]] == [("NQ", "57")]


@pytest.mark.parametrize(
    "sentence",
    [
        "UBND tỉnh ban hành Kế hoạch số 331/KH-UBND ngày 28/4/2025 để triển khai chương trình.",
        "Hội nghị thông qua Báo cáo số 104-BC/TU của Ban Thường vụ Tỉnh ủy.",
    ],
    ids=["plan", "report"],
)
def test_a_numbered_document_is_one_resolution(sentence: str) -> None:
    assert len(run(sentence)["resolutions"]) == 1


def test_a_numbered_programme_is_a_document_not_a_project() -> None:
    gold = run("Tỉnh ủy thông qua Chương trình hành động số 12-CTr/TU về chuyển đổi số.")
    assert "12-CTr/TU" in by_key(gold)
    assert gold["projects"] == []


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("Các cấp ủy quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", "Bộ Chính trị"),
        ("Văn phòng tham mưu thực hiện Quyết định số 204-QĐ/TW của Ban Bí thư.", "Ban Bí thư"),
        ("Huyện ủy sơ kết Chỉ thị số 05-CT/TU ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy.", "Ban Thường vụ Tỉnh ủy"),
        ("Sở thực hiện Thông tư số 01/2023/TT-BNV của Bộ Nội vụ.", "Bộ Nội vụ"),
    ],
    ids=["BCT", "BBT", "BTV", "BNV"],
)
def test_the_issuer_of_a_cited_document_is_an_organization(sentence: str, issuer: str) -> None:
    assert issuer in names(run(sentence), "organizations")


# --- officials ------------------------------------------------------------------------------


def test_name_then_title() -> None:
    gold = run("Dự hội nghị có đồng chí Trần Văn Bình, Bí thư Tỉnh ủy Hà Tĩnh.")
    assert official(gold, "Trần Văn Bình")["titles"] == ["Bí thư Tỉnh ủy Hà Tĩnh"]


def test_list_of_names_with_titles() -> None:
    gold = run(
        "Tham dự có các đồng chí: Lê Thị Hoa - Chủ tịch UBND tỉnh; Phạm Quang Dũng - Phó Chủ tịch HĐND tỉnh; "
        "Vũ Ngọc Sơn - Giám đốc Công an tỉnh."
    )
    assert {o["name"]: o["titles"] for o in gold["officials"]} == {
        "Lê Thị Hoa": ["Chủ tịch UBND tỉnh"],
        "Phạm Quang Dũng": ["Phó Chủ tịch HĐND tỉnh"],
        "Vũ Ngọc Sơn": ["Giám đốc Công an tỉnh"],
    }


def test_list_with_commas_and_semicolons() -> None:
    gold = run(
        "Dự hội nghị có các đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy; Trần Thị Lan, Chủ tịch UBND tỉnh; "
        "Hồ Xuân Vinh, Giám đốc Sở Tài chính."
    )
    assert names(gold, "officials") == ["Nguyễn Văn An", "Trần Thị Lan", "Hồ Xuân Vinh"]
    assert official(gold, "Hồ Xuân Vinh")["titles"] == ["Giám đốc Sở Tài chính"]


def test_title_then_name_list() -> None:
    gold = run(
        "Tham dự có Bí thư Tỉnh ủy Nguyễn Văn An, Chủ tịch UBND tỉnh Trần Thị Lan "
        "và Giám đốc Công an tỉnh Phạm Văn Hùng."
    )
    assert {o["name"]: o["titles"] for o in gold["officials"]} == {
        "Nguyễn Văn An": ["Bí thư Tỉnh ủy"],
        "Trần Thị Lan": ["Chủ tịch UBND tỉnh"],
        "Phạm Văn Hùng": ["Giám đốc Công an tỉnh"],
    }


def test_both_orders_are_one_official() -> None:
    gold = run(
        "Bí thư Tỉnh ủy Trần Văn Bình chủ trì hội nghị. "
        "Phát biểu kết luận, đồng chí Trần Văn Bình nhấn mạnh yêu cầu đổi mới."
    )
    assert names(gold, "officials") == ["Trần Văn Bình"]
    assert official(gold, "Trần Văn Bình")["titles"] == ["Bí thư Tỉnh ủy"]
    assert surfaces(gold, official(gold, "Trần Văn Bình")) == ["Trần Văn Bình", "Trần Văn Bình"]


def test_title_then_name_gives_the_body_without_the_name() -> None:
    gold = run("Tham dự có Bí thư Tỉnh ủy Nguyễn Văn An và Chủ tịch UBND tỉnh Trần Thị Lan.")
    assert sorted(names(gold, "organizations")) == ["Tỉnh ủy", "UBND tỉnh"]


def test_a_place_in_a_title_is_not_an_official() -> None:
    gold = run("Ông Nguyễn Văn An, Bí thư Huyện ủy Anh Sơn, dự họp.")
    assert names(gold, "officials") == ["Nguyễn Văn An"]


@pytest.mark.parametrize(
    "byline", ["Ảnh: Lê Hữu Nam", "Tác giả: Lê Hữu Nam", "Bài và ảnh: Lê Hữu Nam", "PV: Lê Hữu Nam"]
)
def test_bylines_are_not_officials(byline: str) -> None:
    gold = run(f"Ban Thường vụ Tỉnh ủy họp dưới sự chủ trì của đồng chí Võ Minh Hải - Bí thư Tỉnh ủy.\n{byline}")
    assert names(gold, "officials") == ["Võ Minh Hải"]


def test_a_byline_with_no_official() -> None:
    assert run("Tác giả: Phan Thanh Tùng\nẢnh: Lê Hữu Nam")["officials"] == []


def test_an_official_right_after_a_photo_caption_is_kept() -> None:
    gold = run("Quang cảnh hội nghị (Ảnh: Lê Hữu Nam). Đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh phát biểu.")
    assert names(gold, "officials") == ["Trần Văn Bình"]


# --- localities -----------------------------------------------------------------------------


def test_levels() -> None:
    gold = run(
        "Đoàn công tác làm việc tại xã Kỳ Hoa, huyện Kỳ Anh, thị xã Hồng Lĩnh, phường Hưng Dũng, "
        "thị trấn Đô Lương và vùng Bắc Trung Bộ."
    )
    assert locality_levels(gold) == {
        "Kỳ Hoa": "xã",
        "Kỳ Anh": "huyện",
        "Hồng Lĩnh": "thị xã",
        "Hưng Dũng": "phường",
        "Đô Lương": "thị trấn",
        "Bắc Trung Bộ": "vùng",
    }


def test_province_with_and_without_its_level_word() -> None:
    assert locality_levels(run("Đoàn đã đến tỉnh Quảng Bình.")) == {"Quảng Bình": "tỉnh"}
    assert locality_levels(run("Đoàn đã đến Lào Cai.")) == {"Lào Cai": "tỉnh"}


@pytest.mark.parametrize("written", ["TP. Đồng Hới", "TP Đồng Hới", "Tp. Đồng Hới", "thành phố Đồng Hới"])
def test_city_in_every_form(written: str) -> None:
    gold = run(f"Dự án nhà ở xã hội được khởi công tại {written} trong quý III.")
    assert locality_levels(gold) == {"Đồng Hới": "thành phố"}
    assert surfaces(gold, gold["localities"][0]) == ["Đồng Hới"]


def test_every_form_of_a_city_is_one_locality() -> None:
    gold = run("Dự án được triển khai tại TP. Vinh, TP Vinh, Tp. Vinh và thành phố Vinh.")
    assert locality_levels(gold) == {"Vinh": "thành phố"}
    assert len(gold["localities"][0]["mentions"]) == 4


def test_collective_phrases_are_not_localities() -> None:
    assert run("Lãnh đạo các huyện, thành, thị và cấp xã tham dự.")["localities"] == []


# --- tone placement ("hoà"/"hòa", "uỷ"/"ủy") --------------------------------------------------

OLD_STYLE = (
    "Đồng chí Nguyễn Thị Thuỷ, Phó Bí thư Tỉnh uỷ, phát biểu. Đồng chí Bùi Văn Hoà - Chủ tịch HĐND tỉnh dự họp. "
    "Ban Thường vụ Tỉnh uỷ Thanh Hoá giao UBND huyện Lệ Thuỷ phối hợp với xã Phong Thuỷ, thị xã Thái Hoà."
)
NEW_STYLE = (
    "Đồng chí Nguyễn Thị Thủy, Phó Bí thư Tỉnh ủy, phát biểu. Đồng chí Bùi Văn Hòa - Chủ tịch HĐND tỉnh dự họp. "
    "Ban Thường vụ Tỉnh ủy Thanh Hóa giao UBND huyện Lệ Thủy phối hợp với xã Phong Thủy, thị xã Thái Hòa."
)


def _without_mentions(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in item.items() if k != "mentions"} for item in items]


def test_old_and_new_tone_placement_give_the_same_officials() -> None:
    old, new = run(OLD_STYLE), run(NEW_STYLE)
    assert _without_mentions(old["officials"]) == _without_mentions(new["officials"])
    assert names(new, "officials") == ["Nguyễn Thị Thủy", "Bùi Văn Hòa"]  # the modern placement, as the gold


@pytest.mark.parametrize("etype", ["localities", "organizations", "resolutions"])
def test_old_and_new_tone_placement_give_the_same_entities_up_to_tone(etype: str) -> None:
    def keyed(gold: Gold) -> list[tuple[str, ...]]:
        return [tuple(tone_key(str(v)) for k, v in sorted(item.items()) if k != "mentions") for item in gold[etype]]

    assert keyed(run(OLD_STYLE)) == keyed(run(NEW_STYLE))


def test_tone_placement_does_not_change_symbols_or_issuers() -> None:
    old = run("Huyện ủy quán triệt Chỉ thị số 05-CT/TU ngày 23/5/2021 của Ban Thường vụ Tỉnh uỷ để cụ thể hoá.")
    new = run("Huyện ủy quán triệt Chỉ thị số 05-CT/TU ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy để cụ thể hóa.")
    assert _without_mentions(old["resolutions"]) == _without_mentions(new["resolutions"])
    assert by_key(new)["05-CT/TU"]["issuer"] == "Ban Thường vụ Tỉnh ủy"


@pytest.mark.parametrize("etype", ["localities", "organizations"])
def test_names_are_given_in_the_modern_tone_placement(etype: str) -> None:
    assert names(run(OLD_STYLE), etype) == names(run(NEW_STYLE), etype)
    assert not any(old in name for name in names(run(OLD_STYLE), etype) for old in ("oà", "oá", "uỷ", "uý"))

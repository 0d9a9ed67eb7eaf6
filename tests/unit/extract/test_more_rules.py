"""Rules added from constructed articles of other provinces (not the seeds)."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def test_a_project_approved_by_a_decision_implements_it() -> None:
    gold = run(
        "UBND tỉnh thực hiện Quyết định số 1012/QĐ-TTg ngày 29/8/2022 của Thủ tướng Chính phủ phê duyệt "
        "Chương trình tổng thể phát triển du lịch."
    )
    assert ("Chương trình tổng thể phát triển du lịch", "1012/QĐ-TTg") in relations(gold, "IMPLEMENTS")


def test_a_resolution_that_makes_another_concrete_implements_it() -> None:
    gold = run(
        "Tỉnh ủy ban hành Nghị quyết số 08-NQ/TU ngày 15/3/2023 về phát triển du lịch, cụ thể hóa "
        "Nghị quyết số 82/NQ-CP của Chính phủ."
    )
    assert ("08-NQ/TU", "82/NQ-CP") in relations(gold, "IMPLEMENTS")


def test_a_report_on_an_implementation_does_not_implement() -> None:
    gold = run("Hội nghị nghe Báo cáo tổng kết 10 năm thực hiện Nghị quyết số 26-NQ/TW ngày 30/7/2013.")
    assert relations(gold, "IMPLEMENTS") == set()


def test_a_programme_name_ends_at_its_documents_date() -> None:
    gold = run(
        "Hội nghị cho ý kiến vào dự thảo Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện "
        "Kết luận số 70-KL/TW ngày 31/1/2024 của Bộ Chính trị về phát triển văn hóa."
    )
    names = [p["name"] for p in gold["projects"]]
    assert names == ["Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 70-KL/TW"]


def test_department_names_keep_their_lower_case_words() -> None:
    gold = run("UBND tỉnh giao Sở Giao thông vận tải chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn.")
    names = {o["name"] for o in gold["organizations"]}
    assert {"Sở Giao thông vận tải", "Sở Nông nghiệp và Phát triển nông thôn"} <= names


def test_the_prime_minister_is_a_post_not_the_government() -> None:
    gold = run("Thủ tướng Chính phủ Phạm Minh Chính yêu cầu các bộ, ngành thực hiện Nghị quyết số 68-NQ/TW.")
    assert "Chính phủ" not in {o["name"] for o in gold["organizations"]}
    assert [o["name"] for o in gold["officials"]] == ["Phạm Minh Chính"]


@pytest.mark.parametrize(
    ("text", "published", "body", "date"),
    [
        (
            "Sáng nay (15/7), Ban Thường vụ Thành ủy Hà Nội họp dưới sự chủ trì của đồng chí Bùi Thị Minh Hoài, "
            "Bí thư Thành ủy.",
            "2025-07",
            "Ban Thường vụ Thành ủy",
            "2025-07-15",
        ),
        (
            "Ngày 20/5, Ban Chấp hành Đảng bộ thành phố Đà Nẵng tổ chức Hội nghị lần thứ 23. Bí thư Thành ủy "
            "Nguyễn Văn Quảng chủ trì hội nghị và phát biểu kết luận.",
            "2025-05",
            "Ban Chấp hành Đảng bộ thành phố",
            "2025-05-20",
        ),
        (
            "Chiều 12/3, UBND tỉnh Quảng Ninh tổ chức phiên họp thường kỳ tháng 3. Chủ tịch UBND tỉnh Cao Tường Huy "
            "chủ trì và kết luận phiên họp.",
            "2024-03",
            "UBND tỉnh",
            "2024-03-12",
        ),
        (
            "Dự hội nghị có các đồng chí: Nguyễn Văn Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Trần Quốc Nam, "
            "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
            "2025-03",
            "Tỉnh ủy",
            "2025-03",
        ),
        (
            "Sáng 9/12, HĐND tỉnh Quảng Ninh khóa XIV, nhiệm kỳ 2021-2026 khai mạc kỳ họp thứ 22. Kỳ họp giao "
            "UBND thành phố Hạ Long triển khai các nghị quyết.",
            "2024-12",
            "HĐND tỉnh",
            "2024-12-09",
        ),
        (
            "Chiều 10/7, kỳ họp thứ 18 bế mạc. Đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, "
            "Chủ tịch HĐND tỉnh chủ trì kỳ họp.",
            "2024-07",
            "HĐND tỉnh",
            "2024-07-10",
        ),
    ],
    ids=[
        "standing-committee-today",
        "executive-committee",
        "people-committee",
        "leader-present",
        "council-opens-session",
        "session-chaired-by-council-chair",
    ],
)
def test_meeting_bodies_and_dates(text: str, published: str, body: str, date: str) -> None:
    [meeting] = run(text, published)["meetings"]
    assert (meeting["body"], meeting["date"]) == (body, date)


def test_a_planned_meeting_is_not_reported() -> None:
    assert run("Ông Trần Phong, Phó Chủ tịch UBND tỉnh cho biết tỉnh sẽ tổ chức hội nghị sơ kết.")["meetings"] == []


def test_a_meeting_date_written_in_words() -> None:
    [meeting] = run("Ngày 29 tháng 6 năm 2021, Ban Chấp hành Đảng bộ tỉnh họp cho ý kiến về tình hình.", "2021-07")[
        "meetings"
    ]
    assert (meeting["body"], meeting["date"]) == ("Ban Chấp hành Đảng bộ tỉnh", "2021-06-29")


def test_a_task_named_after_the_assignees_is_what_is_assigned() -> None:
    gold = run(
        "UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND ngày 3/4/2025. Hội nghị giao UBND huyện Kỳ Anh và thị xã "
        "Hồng Lĩnh triển khai Dự án đường ven biển Xuân Hội - Thạch Khê."
    )
    assert relations(gold, "ASSIGNED_TO") == {
        ("Dự án đường ven biển Xuân Hội - Thạch Khê", "UBND huyện Kỳ Anh"),
        ("Dự án đường ven biển Xuân Hội - Thạch Khê", "Hồng Lĩnh"),
    }


def test_a_sentence_that_opens_with_its_purpose_implements() -> None:
    gold = run(
        "Để cụ thể hóa Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị và Kế hoạch số 256-KH/TU của Ban "
        "Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 112-KH/HU ngày 10/3/2025 về tổ chức đại hội."
    )
    assert relations(gold, "IMPLEMENTS") == {("112-KH/HU", "35-CT/TW"), ("112-KH/HU", "256-KH/TU")}


def test_a_purpose_without_a_document_made_for_it_implements_nothing() -> None:
    gold = run("Để cụ thể hóa Chỉ thị số 35-CT/TW của Bộ Chính trị, Huyện ủy tổ chức hội nghị quán triệt.")
    assert relations(gold, "IMPLEMENTS") == set()


def test_a_committee_named_with_its_place_is_one_body() -> None:
    gold = run(
        "Ngày 14/3, Ban Thường vụ Huyện ủy Cẩm Xuyên (Hà Tĩnh) tổ chức hội nghị quán triệt. Ban Thường vụ Huyện "
        "ủy thống nhất các nội dung. Thị trấn Cẩm Xuyên được chọn làm điểm."
    )
    names = [o["name"] for o in gold["organizations"]]
    assert "Ban Thường vụ Huyện ủy Cẩm Xuyên" in names and "Ban Thường vụ Huyện ủy" not in names
    assert [m["body"] for m in gold["meetings"]] == ["Ban Thường vụ Huyện ủy"]
    assert ("Cẩm Xuyên", "thị trấn") in {(loc["name"], loc["level"]) for loc in gold["localities"]}


def test_two_committees_named_with_their_places_stay_apart() -> None:
    gold = run("UBND huyện Kỳ Anh và UBND huyện Cẩm Xuyên phối hợp; UBND huyện chịu trách nhiệm.")
    names = {o["name"] for o in gold["organizations"]}
    assert {"UBND huyện Kỳ Anh", "UBND huyện Cẩm Xuyên", "UBND huyện"} <= names


def test_carrying_out_a_document_first_then_issuing_one_implements_it() -> None:
    gold = run(
        "Thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội và Nghị định số 150/2025/NĐ-CP của Chính phủ, UBND tỉnh "
        "đã ban hành Quyết định số 2345/QĐ-UBND ngày 12/8/2025 phê duyệt phương án bố trí trụ sở."
    )
    assert relations(gold, "IMPLEMENTS") == {("2345/QĐ-UBND", "202/2025/QH15"), ("2345/QĐ-UBND", "150/2025/NĐ-CP")}


def test_one_title_shared_by_a_list_of_names() -> None:
    gold = run("Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Đầu Thanh Tùng, Lê Đức Giang và Mai Xuân Liêm.")
    assert {(o["name"], tuple(o["titles"])) for o in gold["officials"]} == {
        (name, ("Phó Chủ tịch UBND tỉnh",)) for name in ("Đầu Thanh Tùng", "Lê Đức Giang", "Mai Xuân Liêm")
    }


def test_a_deadline_does_not_date_the_meeting() -> None:
    text = (
        "Chiều 29/8, UBND tỉnh họp phiên thường kỳ. Từ ngày 12/8/2025, các sở triển khai Quyết định số 2345/QĐ-UBND;"
        " giao Sở Nội vụ hoàn thành trước ngày 30/9/2025."
    )  # (the year is the event's "từ ngày 12/8/2025", never a document's "Quyết định số ... ngày 12/8/2025")
    assert [m["date"] for m in extract(text).to_gold()["meetings"]] == ["2025-08-29"]


def test_a_road_project_ends_before_its_section_and_lies_where_it_passes() -> None:
    gold = run(
        "Tỉnh ủy giao Ban cán sự đảng UBND tỉnh chỉ đạo đẩy nhanh tiến độ Dự án đường cao tốc Tuyên Quang - Hà "
        "Giang, đoạn qua xã Minh Xuân và phường Hà Giang 1."
    )
    assert [p["name"] for p in gold["projects"]] == ["Dự án đường cao tốc Tuyên Quang - Hà Giang"]
    assert relations(gold, "ASSIGNED_TO") == {
        ("Dự án đường cao tốc Tuyên Quang - Hà Giang", "Ban cán sự đảng UBND tỉnh"),
        ("Dự án đường cao tốc Tuyên Quang - Hà Giang", "Minh Xuân"),
        ("Dự án đường cao tốc Tuyên Quang - Hà Giang", "Hà Giang 1"),  # both units the section passes
    }


def test_a_district_congress_resolution_is_named() -> None:
    gold = run("Đoàn làm việc về kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI.")
    assert [(r["key"], r["kind"]) for r in gold["resolutions"]] == [
        ("Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI", "NQ")
    ]


def test_a_report_ends_where_it_starts_to_speak() -> None:
    gold = run("Báo cáo của Huyện ủy cho biết, huyện đã hoàn thành Cụm công nghiệp Nghĩa Đồng.")
    assert [r["key"] for r in gold["resolutions"]] == ["Báo cáo của Huyện ủy"]


def test_a_department_head_named_after_the_department() -> None:
    gold = run("Cùng dự có Giám đốc Sở Tài chính Trịnh Thanh Hải và Giám đốc Sở Nội vụ Hà Tĩnh.")
    assert [(o["name"], o["titles"]) for o in gold["officials"]] == [("Trịnh Thanh Hải", ["Giám đốc Sở Tài chính"])]
    assert {o["name"] for o in gold["organizations"]} == {"Sở Tài chính", "Sở Nội vụ Hà Tĩnh"}


def test_a_working_session_is_the_hosts() -> None:
    gold = run(
        "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Tân Kỳ\n\nSáng 15/10, đoàn công tác Thường trực "
        "Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Huyện ủy Tân Kỳ.",
        "2024-10",
    )
    # GOLD_FORMAT, hard cases: in "A làm việc với B" the meeting is B's (the host)
    assert [(m["body"], m["date"]) for m in gold["meetings"]] == [("Ban Thường vụ Huyện ủy", "2024-10-15")]


def test_a_programme_named_without_its_number_is_the_numbered_one() -> None:
    gold = run(
        "Bình Định: Ban hành Chương trình hành động thực hiện Nghị quyết 57-NQ/TW\n\nNgày 10/3/2025, Ban Thường vụ "
        "Tỉnh ủy ban hành Chương trình hành động số 45-CTr/TU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị."
    )
    assert gold["projects"] == []
    assert relations(gold, "IMPLEMENTS") == {("45-CTr/TU", "57-NQ/TW")}


def test_an_unnumbered_programme_for_another_document_stays_a_project() -> None:
    gold = run(
        "Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 45-CTr/TU thực hiện Nghị quyết số 57-NQ/TW. "
        "Huyện ủy xây dựng Chương trình hành động thực hiện Nghị quyết số 68-NQ/TW."
    )
    assert [p["name"] for p in gold["projects"]] == ["Chương trình hành động thực hiện Nghị quyết số 68-NQ/TW"]


def test_a_commune_party_committee_of_the_two_tier_government() -> None:
    gold = run(
        "Ngày 5/8, Ban Chấp hành Đảng bộ xã Tân Mỹ (tỉnh Bắc Ninh) tổ chức Hội nghị lần thứ 2, nhiệm kỳ 2025-2030. "
        "Đồng chí Lê Văn Tú, Bí thư Đảng ủy xã chủ trì hội nghị.\n\nHội nghị giao UBND xã chủ trì, phối hợp với "
        "Mặt trận Tổ quốc xã triển khai Dự án xây dựng trường mầm non Tân Mỹ.",
        "2025-08",
    )
    assert [(m["body"], m["date"]) for m in gold["meetings"]] == [("Ban Chấp hành Đảng bộ xã", "2025-08-05")]
    assert {"Ban Chấp hành Đảng bộ xã Tân Mỹ", "Đảng ủy xã", "UBND xã"} <= {o["name"] for o in gold["organizations"]}
    assert relations(gold, "ASSIGNED_TO") == {("Dự án xây dựng trường mầm non Tân Mỹ", "UBND xã")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Chiều 2/7, Ban Thường vụ Đảng ủy phường Hạc Thành họp phiên đầu tiên.", "Ban Thường vụ Đảng ủy phường"),
        ("Sáng 1/7, HĐND xã Đông Tiến khai mạc kỳ họp thứ nhất.", "HĐND xã"),
    ],
)
def test_commune_and_ward_bodies_meet(text: str, body: str) -> None:
    assert [m["body"] for m in run(text, "2025-07")["meetings"]] == [body]


def test_a_province_inside_a_persons_name_is_not_a_place() -> None:
    text = "Cùng dự có các Phó Thủ tướng: Nguyễn Hòa Bình, Trần Hồng Hà và Lê Thành Long; đại diện tỉnh Hòa Bình."
    gold = run(text)
    assert [(o["name"], o["titles"]) for o in gold["officials"]] == [
        ("Nguyễn Hòa Bình", ["Phó Thủ tướng"]),
        ("Trần Hồng Hà", ["Phó Thủ tướng"]),
        ("Lê Thành Long", ["Phó Thủ tướng"]),
    ]
    [place] = gold["localities"]
    assert (place["name"], place["level"]) == ("Hòa Bình", "tỉnh")
    assert {m["span"][0] for m in place["mentions"]} == {text.index("tỉnh Hòa Bình") + len("tỉnh ")}


def test_a_leader_visiting_a_body_meets_with_that_body() -> None:
    gold = run(
        "Chiều 12/4, Tổng Bí thư Tô Lâm đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Nghệ An. Cùng dự có đồng chí "
        "Lê Hoài Trung, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng.",
        "2025-04",
    )
    assert [(m["body"], m["date"]) for m in gold["meetings"]] == [("Ban Thường vụ Tỉnh ủy", "2025-04-12")]
    assert ("Lê Hoài Trung", ["Bí thư Trung ương Đảng", "Chánh Văn phòng Trung ương Đảng"]) in [
        (o["name"], o["titles"]) for o in gold["officials"]
    ]


def test_a_city_governed_like_a_province() -> None:
    gold = run(
        "Chỉ thị yêu cầu UBND Thành phố chỉ đạo Công an Thành phố rà soát. Ông Trần Sỹ Thanh, Phó Bí thư Thành ủy, "
        "Chủ tịch UBND Thành phố cho biết sẽ triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư tại các quận "
        "Hoàn Kiếm, Ba Đình."
    )
    assert [(o["name"], o["titles"]) for o in gold["officials"]] == [
        ("Trần Sỹ Thanh", ["Phó Bí thư Thành ủy", "Chủ tịch UBND Thành phố"])
    ]
    assert {"UBND Thành phố", "Công an Thành phố"} <= {o["name"] for o in gold["organizations"]}
    assert [p["name"] for p in gold["projects"]] == ["Đề án 06 về phát triển ứng dụng dữ liệu dân cư"]
    assert {(loc["name"], loc["level"]) for loc in gold["localities"]} == {("Hoàn Kiếm", "quận"), ("Ba Đình", "quận")}


def test_old_tone_marks_abbreviated_units_and_a_clause_after_a_department() -> None:
    gold = run(
        "Sáng 14/2, Tỉnh uỷ Khánh Hoà tổ chức Hội nghị lần thứ 20. Hội nghị giao Ban Tổ chức Tỉnh uỷ hướng dẫn "
        "TP.Nha Trang và TX.Ninh Hoà thực hiện. Đại diện TP.HCM và Sở Tài nguyên và Môi trường cũng tham dự."
    )
    assert {(loc["name"], loc["level"]) for loc in gold["localities"]} == {
        ("Khánh Hòa", "tỉnh"),
        ("Nha Trang", "thành phố"),
        ("Ninh Hòa", "thị xã"),
        ("Hồ Chí Minh", "thành phố"),
    }
    assert {"Tỉnh ủy Khánh Hòa", "Ban Tổ chức Tỉnh ủy", "Sở Tài nguyên và Môi trường"} <= {
        o["name"] for o in gold["organizations"]
    }


def test_a_company_post_is_not_an_official_one() -> None:
    gold = run("Theo bà Trần Thị Mai, Giám đốc Công ty TNHH ABC; Đại tá Trần Văn Hưng - Giám đốc Công an tỉnh dự.")
    assert [(o["name"], o["titles"]) for o in gold["officials"]] == [("Trần Văn Hưng", ["Giám đốc Công an tỉnh"])]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Trong 2 ngày 15 và 16/7, HĐND tỉnh tổ chức kỳ họp thứ 25.", "2025-07-15"),
        ("Từ ngày 8 đến 10/7/2025, HĐND tỉnh tổ chức kỳ họp thứ 30.", "2025-07-08"),
        ("Ngày 20.5, UBND tỉnh họp phiên thường kỳ tháng 5.", "2025-05-20"),
        ("Sáng nay 2/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 30.", "2025-07-02"),
    ],
    ids=["two-days", "from-to", "dotted", "this-morning"],
)
def test_more_ways_to_date_a_meeting(text: str, date: str) -> None:
    assert [m["date"] for m in run(text, "2025-07")["meetings"]] == [date]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Hội nghị quán triệt Chỉ thị 05/CT-TTg, Hiến pháp năm 2013 và Luật Đất đai năm 2024.",
            [("05/CT-TTg", "CT"), ("Hiến pháp năm 2013", "HP"), ("Luật Đất đai năm 2024", "Luật")],
        ),
        (
            "Theo Luật Tổ chức chính quyền địa phương, UBND tỉnh thực hiện.",
            [("Luật Tổ chức chính quyền địa phương", "Luật")],
        ),
        ("Triển khai Luật Phòng, chống tham nhũng năm 2018.", [("Luật Phòng, chống tham nhũng năm 2018", "Luật")]),
    ],
    ids=["listed", "clause-after", "comma-inside-title"],
)
def test_the_constitution_and_laws_named_by_title(text: str, keys: list[tuple[str, str]]) -> None:
    assert [(r["key"], r["kind"]) for r in run(text)["resolutions"]] == keys


def test_the_cue_belongs_to_the_document_right_before_it() -> None:
    gold = run("Quyết định số 1234/QĐ-UBND ban hành Kế hoạch số 99/KH-UBND thực hiện Nghị quyết số 68-NQ/TW.")
    # GOLD_FORMAT, hard cases: the plan implements the resolution and the decision that issued it; the decision
    # does not implement the resolution
    assert relations(gold, "IMPLEMENTS") == {("99/KH-UBND", "68-NQ/TW"), ("99/KH-UBND", "1234/QĐ-UBND")}


def test_a_department_name_ends_at_the_next_body_of_a_list() -> None:
    gold = run("Dự có lãnh đạo Sở Dân tộc và Tôn giáo, Trường Chính trị tỉnh, Sở Văn hóa, Thể thao và Du lịch.")
    names = [o["name"] for o in gold["organizations"] if o["name"].startswith("Sở")]
    assert names == ["Sở Dân tộc và Tôn giáo", "Sở Văn hóa, Thể thao và Du lịch"]


def test_site_and_project_names() -> None:
    gold = run(
        "Tỉnh đẩy nhanh tiến độ Nhà máy Nhiệt điện Quỳnh Lập và Khu công nghiệp VSIP Nghệ An; khởi công dự án đường "
        "ven biển Nghi Sơn - Cửa Lò trong quý III."
    )
    assert {p["name"] for p in gold["projects"]} == {
        "Nhà máy Nhiệt điện Quỳnh Lập",
        "Khu công nghiệp VSIP Nghệ An",
        "Dự án đường ven biển Nghi Sơn - Cửa Lò",
    }


def test_degrees_before_names_units_said_to_be_mountainous_and_one_letter_words() -> None:
    gold = run(
        "PGS.TS Lê Văn Minh, Phó Giám đốc Sở Y tế phát biểu. TS. Nguyễn Văn Hải, Giám đốc Sở Khoa học và Công nghệ "
        "báo cáo. Đoàn làm việc tại huyện miền núi Kỳ Sơn và xã biên giới Na Ngoi."
    )
    assert [(o["name"], o["titles"]) for o in gold["officials"]] == [
        ("Lê Văn Minh", ["Phó Giám đốc Sở Y tế"]),
        ("Nguyễn Văn Hải", ["Giám đốc Sở Khoa học và Công nghệ"]),
    ]
    assert {"Sở Y tế", "Sở Khoa học và Công nghệ"} <= {o["name"] for o in gold["organizations"]}
    assert {(loc["name"], loc["level"]) for loc in gold["localities"]} == {("Kỳ Sơn", "huyện"), ("Na Ngoi", "xã")}


def test_a_project_name_ends_at_the_document_it_follows() -> None:
    gold = run("Tỉnh triển khai Dự án chuyển đổi số y tế theo Kế hoạch số 20/KH-UBND.")
    assert [p["name"] for p in gold["projects"]] == ["Dự án chuyển đổi số y tế"]


def test_a_conclusion_delivered_as_follows() -> None:
    gold = run(
        "Ngày 10/12/2024, Thường trực Tỉnh ủy đã làm việc với Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh. Sau khi "
        "nghe báo cáo, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy kết luận như sau: Đảng ủy Khối cần tập trung.",
        "2024-12",
    )
    assert relations(gold, "CONCLUDED") == {("Vũ Đại Thắng", "meeting:0")}

"""A body named with its level word is the body of the unit named right after it, whatever that unit's name looks like;
a bare committee is the one of the unit the text names with it (GOLD_FORMAT: the fullest form in the text)."""

from __future__ import annotations

from loaders.extract import extract


def _organizations(text: str) -> list[str]:
    return [o.name for o in extract(text, published="2025-03").organizations]


def test_a_unit_named_like_a_person_completes_its_body() -> None:
    """Three syllables from a surname ("Trần Văn Thời") or a long commune name ("A Mú Sung") after the level word."""
    names = _organizations(
        "Giao Sở Tài chính chủ trì, phối hợp với UBND huyện Trần Văn Thời triển khai Đề án chuyển đổi số tại xã "
        "Khánh Bình Tây, huyện Trần Văn Thời.\n\nNgày 5/3/2025, Đảng ủy xã A Mú Sung, huyện Bát Xát tổ chức hội nghị. "
        "UBND xã A Mú Sung triển khai Dự án đường giao thông tại xã A Mú Sung."
    )
    assert "UBND huyện Trần Văn Thời" in names
    assert "Đảng ủy xã A Mú Sung" in names and "UBND xã A Mú Sung" in names
    assert not {"UBND huyện", "UBND xã", "Đảng ủy xã"} & set(names)


def test_a_person_after_a_body_stays_a_person() -> None:
    names = _organizations("Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND huyện Trần Văn Nam chủ trì cuộc họp ngày 4/3.")
    assert "UBND huyện Trần Văn Nam" not in names


def test_a_bare_committee_is_the_one_of_the_unit_named() -> None:
    """ "Bí thư Huyện ủy" in a text about the Ban Thường vụ Huyện ủy Bảo Yên: the Huyện ủy Bảo Yên."""
    names = _organizations(
        "Chiều ngày 4/3, Ban Thường vụ Huyện ủy Bảo Yên tổ chức hội nghị. Đồng chí Lê Văn Hòa - Bí thư Huyện ủy chủ "
        "trì hội nghị."
    )
    assert "Huyện ủy Bảo Yên" in names and "Huyện ủy" not in names
    # two units named: the bare one stays bare
    names = _organizations(
        "Ban Thường vụ Huyện ủy Bảo Yên và Ban Thường vụ Huyện ủy Bảo Thắng họp. Đồng chí Lê Văn Hòa - Bí thư Huyện ủy "
        "phát biểu."
    )
    assert "Huyện ủy" in names


def test_a_committee_of_a_unit_named_like_a_person() -> None:
    """The unit's name after a committee, as the text names the unit with its level word elsewhere."""
    names = _organizations(
        "Sáng ngày 4/3, Ban Thường vụ Huyện ủy Trần Văn Thời tổ chức hội nghị. Đồng chí Lê Văn Hòa - Bí thư Huyện "
        "ủy chủ trì hội nghị. Giao UBND huyện Trần Văn Thời chủ trì thực hiện."
    )
    assert "Ban Thường vụ Huyện ủy Trần Văn Thời" in names and "Huyện ủy Trần Văn Thời" in names


def test_a_task_with_its_own_project_is_the_project_s_after_a_plan_issued() -> None:
    """ "... ban hành Kế hoạch số X. Giao Sở Y chủ trì, phối hợp với Z triển khai Dự án W": the task named in its own
    sentence is W's (GOLD_FORMAT: the leading body gets the task), not the plan's reported before it."""
    relations = extract(
        "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 120-KH/TU ngày 2/3/2025 để cụ thể hóa Chỉ thị số 05-CT/TW. Giao "
        "Sở Xây dựng chủ trì, phối hợp với UBND huyện Yên Thế triển khai Cụm công nghiệp Canh Nậu tại xã Canh Nậu.",
        published="2025-03",
    ).relations
    given = {(r.source, r.target) for r in relations if r.type == "ASSIGNED_TO" and r.target == "Sở Xây dựng"}
    assert given == {("Cụm công nghiệp Canh Nậu", "Sở Xây dựng")}

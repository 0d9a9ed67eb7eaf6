"""Names of bodies and people as real articles write them (construction family: lists sharing a head, officials whose
post follows a verb or is written in lower case). Sentences written for these tests, in the articles' shapes."""

from __future__ import annotations

from loaders.extract import extract


def _officials(text: str) -> list[str]:
    return [o.name for o in extract(text, published="2025-03").officials]


def _organizations(text: str) -> list[str]:
    return [o.name for o in extract(text, published="2025-03").organizations]


def test_a_deputy_director_in_lower_case_after_a_rank() -> None:
    """ "đại tá A, Phó giám đốc Công an tỉnh": the rank and the post in lower case, the body capitalised."""
    names = _officials("Tại buổi lễ, thượng tá Lê Minh Khoa, Phó giám đốc Công an tỉnh Hậu Giang trao quyết định.")
    assert names == ["Lê Minh Khoa"]


def test_a_post_taken_up_after_a_verb_for_each_holder() -> None:
    """ "ông A đảm nhiệm chức vụ X", "ông B và ông C đảm nhiệm chức vụ Y": each holder of the post named."""
    names = _officials(
        "Ông Trần Minh Quang đảm nhiệm chức vụ Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy; ông Lê Văn Sáu và ông "
        "Võ Thành Nhân đảm nhiệm chức vụ Phó Trưởng Ban Tổ chức Tỉnh ủy."
    )
    assert sorted(names) == ["Lê Văn Sáu", "Trần Minh Quang", "Võ Thành Nhân"]


def test_a_mass_organization_shares_its_head_with_a_list_of_units() -> None:
    """ "Hội Nông dân các huyện: A, B, thị xã C và thành phố D": one body per unit, each at its own level when the
    item names one."""
    names = _organizations(
        "Dự hội nghị có Chủ tịch Hội Nông dân các huyện Mường Tè, Sìn Hồ và thành phố Điện Biên Phủ; lãnh đạo Hội Cựu "
        "chiến binh các huyện: Mèo Vạc, Đồng Văn, thị xã Nghĩa Lộ."
    )
    for name in (
        "Hội Nông dân huyện Mường Tè",
        "Hội Nông dân huyện Sìn Hồ",
        "Hội Nông dân thành phố Điện Biên Phủ",
        "Hội Cựu chiến binh huyện Mèo Vạc",
        "Hội Cựu chiến binh huyện Đồng Văn",
        "Hội Cựu chiến binh thị xã Nghĩa Lộ",
    ):
        assert name in names, name
    assert "Hội Nông dân" not in names


def test_a_committees_boards_share_its_name() -> None:
    """ "Ban Tổ chức, Ban Tuyên giáo và Văn phòng Tỉnh ủy": each board is the committee's; "các Ban, Văn phòng Huyện
    ủy" names the district committee's office; its inspection committee in lower case is one too."""
    names = [
        n.casefold()
        for n in _organizations(
            "Dự hội nghị có lãnh đạo Ban Tổ chức, Ủy ban Kiểm tra và Văn phòng Tỉnh ủy. Ông Trần Văn Lâm yêu cầu các "
            "Ban, Văn phòng Huyện ủy phối hợp; Ủy ban kiểm tra Huyện ủy theo dõi việc giải quyết đơn thư. Tỉnh hợp "
            "nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy."
        )
    ]
    for name in (
        "Ban Tổ chức Tỉnh ủy",
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Văn phòng Tỉnh ủy",
        "Văn phòng Huyện ủy",
        "Ủy ban Kiểm tra Huyện ủy",
        "Ban Tuyên giáo Tỉnh ủy",
        "Ban Dân vận Tỉnh ủy",
    ):
        assert name.casefold() in names, name
    assert "ban tổ chức" not in names and "huyện ủy" not in names
    # (a board's second word capitalised, as some outlets write it)
    assert "Ban Tuyên Giáo Tỉnh ủy Sóc Trăng" in _organizations(
        "Ông Lâm Hoàng Nghiệp, Phó Trưởng ban Tuyên Giáo Tỉnh ủy Sóc Trăng phát biểu."
    )


def test_the_party_organization_of_a_bloc_in_its_written_forms() -> None:
    """ "Đảng ủy Khối Cơ quan-Doanh nghiệp (CQ-DN) tỉnh", its boards ("Ban Thường vụ Đảng ủy Khối ...", "Ban Chấp hành
    Đảng bộ Khối CQ và DN tỉnh", "Ủy ban Kiểm tra Đảng ủy Khối") and the bare "Đảng ủy Khối" are bodies."""
    names = _organizations(
        "Ngày 5-3, Ban Thường vụ Đảng ủy Khối Cơ quan-Doanh nghiệp (CQ-DN) tỉnh tổ chức hội nghị. Đồng chí Lê Văn Hòa, "
        "Bí thư Đảng ủy Khối CQ-DN tỉnh phát biểu. Dự hội nghị có Ủy viên Ban Chấp hành Đảng bộ Khối, Ủy viên Ủy ban "
        "Kiểm tra Đảng ủy Khối."
    )
    for name in (
        "Ban Thường vụ Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh",
        "Đảng ủy Khối CQ-DN tỉnh",
        "Ban Chấp hành Đảng bộ Khối",
        "Ủy ban Kiểm tra Đảng ủy Khối",
    ):
        assert name in names, name
    names += _organizations("Hội nghị Ban Chấp hành Đảng bộ Khối CQ và DN tỉnh Kon Tum lần thứ 9 đã bàn nhiệm vụ.")
    assert "Ban Chấp hành Đảng bộ Khối CQ và DN tỉnh Kon Tum" in names
    assert not any(n.endswith((" Cơ", " Cơ quan")) for n in names), names


def test_a_body_abbreviated_as_its_brackets_define_is_the_body_named_in_full() -> None:
    """ "Hội Liên hiệp Phụ nữ (LHPN) tỉnh" then "Hội LHPN tỉnh": one body, named in full; the bare re-mention of a
    mass organization or a bloc's committee named once in full is that body too."""
    names = _organizations(
        "Chiều 8-3, lãnh đạo tỉnh thăm Hội Liên hiệp Phụ nữ (LHPN) tỉnh. Hội LHPN tỉnh đã phối hợp tốt với các sở. "
        "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh triển khai kế hoạch của Ban Thường vụ Đảng ủy Khối về học tập "
        "nghị quyết; Hội Nông dân tỉnh ký kết với Liên hiệp hội, các phòng, ban của Hội Nông dân cùng dự."
    )
    assert "Hội Liên hiệp Phụ nữ tỉnh" in names and "Hội LHPN tỉnh" not in names
    assert "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh" in names and "Ban Thường vụ Đảng ủy Khối" not in names
    assert "Hội Nông dân tỉnh" in names and "Hội Nông dân" not in names


def test_officials_as_elections_and_visits_name_them() -> None:
    """Re-elected ("được tái bầu làm", "được bầu lại chức"), a membership of the provincial committee written in full
    ("Ủy viên Ban Chấp hành Tỉnh ủy"), a general's post in the ministry ("Tổng cục trưởng"), a standing member of a
    council's committee, a State honour between a name and its posts, and two holders joined by "và" in a list item
    sharing their titles."""
    names = _officials(
        "Ông Hà Văn Tùng được tái bầu làm phó chủ tịch HĐND tỉnh; ông Lò Minh được bầu lại chức chủ tịch UBND tỉnh. "
        "Các đại biểu bầu ông Danh Út, Ủy viên Ban Chấp hành Tỉnh ủy giữ chức Phó Chủ tịch HĐND tỉnh. Đoàn thăm Trung "
        "tướng Thạch Sang, Anh hùng Lực lượng vũ trang nhân dân, nguyên Phó Tổng cục trưởng Tổng cục Cảnh sát và bà "
        "Lý Thị Nga, nguyên Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội. Các ông: Mai Văn Lực, Ủy viên Thường vụ "
        "Tỉnh ủy; Phan Văn Đức và Kim Văn Sơn, Ủy viên Ban Chấp hành Tỉnh ủy, Phó Chủ tịch UBND tỉnh tái đắc cử."
    )
    for name in (
        "Hà Văn Tùng",
        "Lò Minh",
        "Danh Út",
        "Thạch Sang",
        "Lý Thị Nga",
        "Mai Văn Lực",
        "Phan Văn Đức",
        "Kim Văn Sơn",
    ):
        assert name in names, name


def test_holders_listed_after_their_counted_or_plural_post() -> None:
    """ "Bốn Phó Chủ tịch ... khóa X gồm các đồng chí: A, B, C", "Các Phó Chủ tịch UBND tỉnh X trong nhiệm kỳ này, gồm
    ông A, B và C", "bà A và ông B lần lượt trúng cử lại chức danh ..."; a religious dignitary holding a post."""
    names = _officials(
        "Bốn Phó Chủ tịch chuyên trách Ủy ban MTTQ Việt Nam tỉnh khóa X gồm các đồng chí: Lò Văn Pấng, Vi Thị Hoa, "
        "Đinh Công Sử, Hà Mai. Các Phó Chủ tịch UBND tỉnh Hậu Giang trong nhiệm kỳ này, gồm ông Trương Cảnh Tuyên, "
        "Lê Công Chánh và Huỳnh Thị Chiến Hòa. Theo đó, bà Trần Thị Hằng và ông Lâm Văn Bon lần lượt trúng cử lại "
        "chức danh Chủ tịch HĐND và Chủ tịch UBND tỉnh. Dự có Hòa thượng Thích Huệ Thông, Trưởng ban Trị sự Giáo hội "
        "Phật giáo Việt Nam tỉnh."
    )
    for name in (
        "Lò Văn Pấng",
        "Vi Thị Hoa",
        "Đinh Công Sử",
        "Hà Mai",
        "Trương Cảnh Tuyên",
        "Lê Công Chánh",
        "Huỳnh Thị Chiến Hòa",
        "Trần Thị Hằng",
        "Lâm Văn Bon",
        "Thích Huệ Thông",
    ):
        assert name in names, name


def test_front_member_bodies_and_boards_of_mass_organizations() -> None:
    """The boards of a mass organization ("Ban Thường vụ Hội Nông dân tỉnh X"), the Front's religious members ("Ban Trị
    sự Giáo hội Phật giáo Việt Nam tỉnh", "Ủy ban Đoàn kết Công giáo Việt Nam"), a military command with its
    abbreviation in brackets, the civil judgment office, and a province spelled otherwise ("HĐND tỉnh Đắc Nông")."""
    names = _organizations(
        "Dự hội nghị có Ban Thường vụ Hội Nông dân tỉnh Yên Bái, Thường trực Hội Cựu chiến binh tỉnh, Ban Trị sự Giáo "
        "hội Phật giáo Việt Nam tỉnh, Ủy ban Đoàn kết Công giáo Việt Nam tỉnh, Bộ Chỉ huy quân sự (CHQS) tỉnh và Cục "
        "Thi hành án dân sự tỉnh. HĐND tỉnh Lâm Đồng và HĐND tỉnh Đắc Nông họp phiên đầu."
    )
    for name in (
        "Ban Thường vụ Hội Nông dân tỉnh Yên Bái",
        "Thường trực Hội Cựu chiến binh tỉnh",
        "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh",
        "Ủy ban Đoàn kết Công giáo Việt Nam tỉnh",
        "Bộ Chỉ huy quân sự tỉnh",
        "Cục Thi hành án dân sự tỉnh",
        "HĐND tỉnh Đắc Nông",
    ):
        assert name in names, name


def test_departments_and_province_bodies_sharing_a_head_or_a_unit() -> None:
    """ "các Sở Nội vụ, Tài chính, Xây dựng" (no colon) and a bare "Sở Y tế, Giáo dục và Đào tạo" list one department
    per item; "Tỉnh ủy, Đoàn ĐBQH, HĐND, UBND tỉnh" and "Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh"
    share their unit."""
    names = _organizations(
        "Tham dự có lãnh đạo các Sở Nội vụ, Tài chính, Xây dựng; đại diện Sở Y tế, Giáo dục và Đào tạo và Công an "
        "tỉnh. Đoàn công tác gồm lãnh đạo Tỉnh ủy, Đoàn ĐBQH, HĐND, UBND tỉnh Quảng Bình; Ủy ban MTTQ Việt Nam và "
        "các tổ chức chính trị - xã hội tỉnh cùng dự."
    )
    for name in (
        "Sở Nội vụ",
        "Sở Tài chính",
        "Sở Xây dựng",
        "Sở Y tế",
        "Sở Giáo dục và Đào tạo",
        "Đoàn ĐBQH tỉnh Quảng Bình",
        "Ủy ban MTTQ Việt Nam tỉnh",
    ):
        assert name in names, name
    assert not any(", " in n for n in names), names


def test_a_steering_committee_ends_before_a_document_and_an_adverb() -> None:
    """ "theo Công văn của Ban Chỉ đạo phòng, chống dịch tỉnh và Công văn số 88/UBND-TH": the committee's name ends
    before the next document; "Ban Chỉ đạo xã thường xuyên kiểm tra": before the adverb."""
    names = _organizations(
        "Tổ kiểm tra làm việc theo Công văn số 27/BCĐ-VX của Ban Chỉ đạo phòng, chống dịch bệnh tỉnh và Công văn số "
        "88/UBND-TH của UBND huyện. Tổ đề nghị Ban Chỉ đạo xã thường xuyên kiểm tra các chốt."
    )
    assert "Ban Chỉ đạo phòng, chống dịch bệnh tỉnh" in names, names
    assert "Ban Chỉ đạo xã" in names, names


def test_a_delegation_of_bodies_sharing_their_unit_is_named_with_all() -> None:
    """ "Đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh do đồng chí A làm Trưởng đoàn": the
    delegation is named with every body of the list; each body is one too."""
    names = _organizations(
        "Sáng 20/12, Đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lê Văn Tâm, Phó Bí "
        "thư Thường trực Tỉnh ủy làm Trưởng đoàn đã đến thăm Bộ Chỉ huy Quân sự tỉnh."
    )
    assert "Đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh" in names, names
    assert "HĐND tỉnh" in names and "Ủy ban MTTQ Việt Nam tỉnh" in names
    assert "Đoàn công tác của Tỉnh ủy" not in names


def test_the_party_committee_written_before_its_command() -> None:
    """ "Đảng ủy, Bộ Tư lệnh Quân khu 2", "Đảng ủy, Bộ Chỉ huy Quân sự tỉnh X", "Đảng ủy, Ban Giám đốc Công an tỉnh":
    the command's Party committee is named with it ("Đảng ủy Quân khu 2", "Đảng ủy Quân sự tỉnh X", "Đảng ủy Công an
    tỉnh")."""
    names = _organizations(
        "Đoàn đã thăm, chúc Tết Đảng ủy, Bộ Tư lệnh Quân khu 2; Đảng ủy, Bộ Chỉ huy Quân sự tỉnh Phú Thọ và Đảng ủy, "
        "Ban Giám đốc Công an tỉnh."
    )
    for name in (
        "Đảng ủy Quân khu 2",
        "Bộ Tư lệnh Quân khu 2",
        "Đảng ủy Quân sự tỉnh Phú Thọ",
        "Bộ Chỉ huy Quân sự tỉnh Phú Thọ",
        "Đảng ủy Công an tỉnh",
        "Công an tỉnh",
    ):
        assert name in names, name


def test_a_board_of_the_shared_head_and_provinces_sharing_a_committee() -> None:
    """ "Ủy ban Kiểm tra Đảng ủy các xã: A, B" (the board of each unit's committee), "Ban Thường vụ Tỉnh ủy các tỉnh:
    A, B" (each province's, no level word inside a committee's name), and no bare Front left from "Ủy ban MTTQ Việt Nam
    các xã A, B"."""
    names = _organizations(
        "Ủy ban Kiểm tra Đảng ủy các xã: An Bình, An Phú đã kiểm tra. Tổ công tác làm việc với Ban Thường vụ Tỉnh ủy "
        "các tỉnh: Sơn La, Điện Biên. Ủy ban MTTQ Việt Nam các xã Phú Lộc, Phú Hòa cùng dự."
    )
    for name in (
        "Ủy ban Kiểm tra Đảng ủy xã An Bình",
        "Ủy ban Kiểm tra Đảng ủy xã An Phú",
        "Ban Thường vụ Tỉnh ủy Sơn La",
        "Ban Thường vụ Tỉnh ủy Điện Biên",
        "Ủy ban MTTQ Việt Nam xã Phú Lộc",
    ):
        assert name in names, name
    assert "MTTQ Việt Nam" not in names and "Đảng ủy xã An Bình" not in names


def test_a_head_counted_over_units_names_no_body() -> None:
    """ "Ban Thường vụ Hội Nông dân 02 tỉnh", "Ban Chỉ đạo 02 xã kiểm tra": heads counted over units name no one
    body."""
    names = _organizations(
        "Hội nghị ký kết giữa Ban Thường vụ Hội Nông dân 02 tỉnh Sơn La và Điện Biên. Tổ kiểm tra và Ban Chỉ đạo 02 xã "
        "kiểm tra các chốt."
    )
    assert "Hội Nông dân" not in names and "Ban Chỉ đạo 02 xã" not in names, names

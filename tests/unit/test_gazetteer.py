"""The gazetteer of administrative units (both eras of the 2025 reform) and its graph keys."""

from __future__ import annotations

from collections import Counter

import pytest

from loaders import gazetteer
from loaders.gazetteer import CURRENT, LEGACY, Gazetteer, era_of, read_rows

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer.load()


def test_both_eras_are_complete(gaz: Gazetteer) -> None:
    tiers = Counter((u.era, u.tier) for u in gaz.units.values())
    assert tiers == {
        (LEGACY, "province"): 63,
        (LEGACY, "district"): 696,
        (LEGACY, "commune"): 10035,
        (CURRENT, "province"): 34,
        (CURRENT, "commune"): 3321,
    }
    assert {u.level for u in gaz.units.values() if u.era == CURRENT} == {"tỉnh", "thành phố", "xã", "phường", "đặc khu"}


@pytest.mark.parametrize(
    ("on", "era"),
    [("2022", LEGACY), ("2025-06", LEGACY), ("2025-06-30", LEGACY), ("2025-07", CURRENT), ("2025-07-01", CURRENT),
     ("2026-01-15", CURRENT), (None, None), ("", None), ("undated", None)],
)  # fmt: skip
def test_era_of_a_date(on: str | None, era: str | None) -> None:
    assert era_of(on) == era


def test_the_date_picks_the_era() -> None:
    before = gazetteer.lookup("Anh Sơn", province="Nghệ An", on="2022-05")
    after = gazetteer.lookup("Anh Sơn", province="Nghệ An", on="2025-08")
    assert before is not None and (before.era, before.level) == (LEGACY, "huyện")
    assert after is not None and (after.era, after.level) == (CURRENT, "xã")
    # a level the other era does not have: the unit of the other era
    old = gazetteer.lookup("Anh Sơn", "huyện", "Nghệ An", on="2025-08")
    assert old is not None and old.era == LEGACY and old.code == before.code
    new = gazetteer.lookup("Anh Sơn", "xã", "Nghệ An", on="2024-12")
    assert new is not None and new.era == CURRENT
    assert gazetteer.lookup("Vinh", "thành phố", "Nghệ An", on="2025-09") is not None  # abolished, still known


def test_same_name_in_two_provinces_is_told_apart_by_province() -> None:
    units = {p: gazetteer.lookup("Châu Thành", "huyện", p, "2023") for p in ("Tiền Giang", "Long An", "An Giang")}
    assert all(u is not None for u in units.values())
    assert len({u.code for u in units.values() if u}) == 3
    assert {p: u.province for p, u in units.items() if u} == {p: p for p in units}
    assert gazetteer.lookup("Châu Thành", "huyện", None, "2023") is None  # ambiguous without a province
    assert gazetteer.lookup("Anh Sơn", "huyện", "Hà Tĩnh", "2023") is None  # not in that province


def test_tone_placement_and_case_do_not_matter() -> None:
    old_style = gazetteer.lookup("Thái Hoà", "thị xã", "Nghệ An", "2022")
    new_style = gazetteer.lookup("thái hòa", "thị xã", "nghệ an", "2022")
    assert old_style is not None and old_style == new_style and old_style.name == "Thái Hòa"
    assert gazetteer.lookup("Thái Hoà", province="Nghệ An", on="2025-08") == gazetteer.lookup(
        "Thái Hòa", "phường", "Nghệ An", "2025-08"
    )
    assert gazetteer.lookup("Thai Hoa", "thị xã", "Nghệ An", "2022") is None  # marks still count


def test_province_names() -> None:
    hue = gazetteer.province("Thừa Thiên Huế", "2022")
    assert hue is not None and hue == gazetteer.province("Huế", "2022") and hue.level == "thành phố"
    brvt = gazetteer.lookup("Bà Rịa-Vũng Tàu", "tỉnh", on="2023")
    assert brvt is not None and brvt.name == "Bà Rịa - Vũng Tàu"
    # "tỉnh" (or a province named alone) finds the centrally-run cities too, wherever the document is
    hanoi = gazetteer.lookup("Hà Nội", "tỉnh", "Nghệ An", "2022")
    assert hanoi is not None and hanoi.tier == "province" and hanoi.level == "thành phố"
    # a city of a province is not the province of that name
    city = gazetteer.lookup("Hòa Bình", "thành phố", "Hòa Bình", "2022")
    assert city is not None and city.tier == "district"
    assert gazetteer.lookup("Hòa Bình", None, "Hòa Bình", "2022") == gazetteer.province("Hòa Bình", "2022")


def test_a_merged_province_has_its_successor(gaz: Gazetteer) -> None:
    ha_giang = gazetteer.lookup("Hà Giang", "tỉnh", on="2024-03")
    assert ha_giang is not None and ha_giang.era == LEGACY
    [after] = gazetteer.successors(ha_giang)
    assert (after.era, after.name) == (CURRENT, "Tuyên Quang")
    assert {u.name for u in gaz.predecessors(after)} == {"Hà Giang", "Tuyên Quang"}
    assert gaz.merged(ha_giang) and gaz.counterpart(ha_giang) is None
    assert gazetteer.key(ha_giang) == "tinh/ha-giang"
    assert gazetteer.key(after) == "tinh/tuyen-quang:2025"  # not the old Tuyên Quang
    old_tq = gazetteer.province("Tuyên Quang", "2024-03")
    assert old_tq is not None and gazetteer.key(old_tq) == "tinh/tuyen-quang" and gaz.merged(old_tq)
    # a 2025 text in Tuyên Quang still finds the former Hà Giang's districts
    district = gazetteer.lookup("Bắc Quang", "huyện", "Tuyên Quang", "2025-09")
    assert district is not None and district.province == "Hà Giang"


def test_an_unchanged_province_is_one_unit_in_both_eras(gaz: Gazetteer) -> None:
    old, new = gazetteer.province("Nghệ An", "2024"), gazetteer.province("Nghệ An", "2025-08")
    assert old is not None and new is not None and (old.era, new.era) == (LEGACY, CURRENT)
    assert gaz.counterpart(old) == new and not gaz.merged(old)
    assert gazetteer.key(old) == gazetteer.key(new) == "tinh/nghe-an"


def test_numbered_wards_merged(gaz: Gazetteer) -> None:
    quan_3 = gazetteer.lookup("3", "quận", "Hồ Chí Minh", "2024-01")
    assert quan_3 is not None and quan_3.display == "Quận 3" and gazetteer.key(quan_3) == "quan/3@ho-chi-minh"
    # "Phường 1" repeats across the city's districts: ambiguous alone, found under its district
    assert gazetteer.lookup("1", "phường", "Hồ Chí Minh", "2024-01") is None
    ward = gazetteer.lookup("Phường 1", province="Hồ Chí Minh", on="2024-01", near=[quan_3])
    assert ward is not None and ward.display == "Phường 1" and gazetteer.parent(ward) == quan_3
    assert gazetteer.key(ward) == "phuong/1@quan-3.ho-chi-minh"
    [ban_co] = gazetteer.successors(ward)
    assert (ban_co.era, ban_co.level, ban_co.name) == (CURRENT, "phường", "Bàn Cờ")
    assert {u.display for u in gaz.predecessors(ban_co)} == {f"Phường {n}" for n in range(1, 6)}


def test_a_divided_commune_lists_its_default_successor_first(gaz: Gazetteer) -> None:
    unit = gazetteer.lookup("Cống Vị", "phường", "Hà Nội", "2024")
    assert unit is not None
    assert [u.name for u in gazetteer.successors(unit)] == ["Ngọc Hà", "Giảng Võ"]


def test_island_districts_became_special_zones() -> None:
    con_co = gazetteer.lookup("Cồn Cỏ", "huyện", "Quảng Trị", "2024")
    assert con_co is not None
    [zone] = gazetteer.successors(con_co)
    assert (zone.level, zone.name) == ("đặc khu", "Cồn Cỏ")
    anh_son = gazetteer.lookup("Anh Sơn", "huyện", "Nghệ An", "2024")
    assert anh_son is not None and gazetteer.successors(anh_son) == []  # the district tier was abolished


def test_keys_are_unique_and_names_differing_in_marks_stay_apart(gaz: Gazetteer) -> None:
    keys = {gaz.key(u) for u in gaz.units.values()}
    pairs = sum(1 for u in gaz.units.values() if u.era == CURRENT and gaz.counterpart(u) is not None)
    assert len(keys) == len(gaz.units) - pairs
    quan, quan_acute = (gazetteer.lookup(n, "xã", "Yên Bái", "2024") for n in ("Minh Quân", "Minh Quán"))
    assert quan is not None and quan_acute is not None and quan != quan_acute
    assert {gaz.key(quan), gaz.key(quan_acute)} == {
        f"xa/minh-quan-{quan.code}@yen-bai",
        f"xa/minh-quan-{quan_acute.code}@yen-bai",
    }
    tan_minh = gazetteer.lookup("Tân Minh", "xã", "Hà Nội", "2024", near=[gaz.units[(LEGACY, "016")]])
    assert tan_minh is not None and gaz.key(tan_minh) == "xa/tan-minh@soc-son.ha-noi"
    old, new = (gazetteer.lookup("Bát Tràng", "xã", "Hà Nội", on) for on in ("2024", "2025-08"))
    assert old is not None and new is not None
    assert (gaz.key(old), gaz.key(new)) == ("xa/bat-trang@ha-noi", "xa/bat-trang@ha-noi:2025")


def test_a_small_gazetteer_from_rows() -> None:
    rows = read_rows(
        "era\tcode\tlevel\tname\tparent\tsuccessors\taliases\n"
        "2024\t01\ttỉnh\tA\t\t01\n"
        "2024\t001\thuyện\tB\t01\t\n"
        "2024\t00001\txã\tC\t001\t00003\n"
        "2024\t00002\txã\tD\t001\t00003\n"
        "2024\t00004\txã\tE\t001\t00004\n"
        "2025\t01\ttỉnh\tA\t\t\t\n"
        "2025\t00003\txã\tC\t01\t\t\n"
        "2025\t00004\txã\tE\t01\t\t\n"
    )
    gaz = Gazetteer(rows)
    old, other = gaz.lookup("C", "xã", "A", "2024"), gaz.lookup("D", "xã", "A", "2025-07")
    assert old is not None and gaz.key(old) == "xa/c@a" and gaz.merged(old)
    new = gaz.lookup("C", "xã", "A", "2025-07")
    assert new is not None and gaz.key(new) == "xa/c@a:2025" and gaz.predecessors(new) == [old, other]
    same = gaz.lookup("E", "xã", "A", "2025-07")  # one commune into one, same name: the same unit
    assert same is not None and gaz.counterpart(same) == gaz.units[("2024", "00004")]
    assert gaz.key(same) == "xa/e@a"
    assert gaz.key(gaz.units[("2025", "01")]) == gaz.key(gaz.units[("2024", "01")]) == "tinh/a"


def test_the_map_of_a_day() -> None:
    gaz = gazetteer.load()
    assert gaz.on_map("tinh/ha-giang", "2025-06-30") == [("tinh/ha-giang",)]
    assert gaz.on_map("tinh/ha-giang", "2025-07-01") == [("tinh/ha-giang", "tinh/tuyen-quang:2025")]
    assert gaz.on_map("tinh/tuyen-quang:2025", "2025-06-30") == [
        ("tinh/tuyen-quang:2025", "tinh/ha-giang"),
        ("tinh/tuyen-quang:2025", "tinh/tuyen-quang"),
    ]
    assert gaz.on_map("tinh/nghe-an", "2020-01-01") == gaz.on_map("tinh/nghe-an", "2026-01-01") == [("tinh/nghe-an",)]
    before = gaz.on_map("xa/khai-son@nghe-an", "2025-06-30")
    assert before == [
        ("xa/khai-son@nghe-an",),
        ("xa/khai-son@nghe-an", "huyen/anh-son@nghe-an"),
        ("xa/khai-son@nghe-an", "huyen/anh-son@nghe-an", "tinh/nghe-an"),
    ]
    after = gaz.on_map("xa/khai-son@nghe-an", "2025-07-01")
    assert after == [("xa/khai-son@nghe-an", "xa/yen-xuan@nghe-an"),
                     ("xa/khai-son@nghe-an", "xa/yen-xuan@nghe-an", "tinh/nghe-an")]  # fmt: skip
    district = gaz.standing_for("huyen/anh-son@nghe-an", "2025-07-01")
    assert district is not None and all(u.era == gazetteer.CURRENT and u.tier == gazetteer.COMMUNE for _, u in district)
    assert all(path[0] == "huyen/anh-son@nghe-an" and len(path) == 3 for path, _ in district)
    assert "xa/yen-xuan@nghe-an" in {path[-1] for path, _ in district}
    assert gaz.on_map("xa/tan-lap-khong-co@nghe-an", "2025-07-01") is None  # not a unit the gazetteer knows

"""Identity resolution on constructed extractions (typed :class:`Extraction` values, written here in short)."""

from __future__ import annotations

from typing import Any

import pytest

from graph.model import Label, RelType
from kernel.text import tone_key
from loaders.extract import lexicon
from loaders.extract import model as m
from loaders.resolve import DocumentInfo, Judgement, KeepApart, Resolved, Resolver, org_key, split_title

pytestmark = pytest.mark.unit


def _span(part: dict[str, Any]) -> m.Span:
    start, end = part.get("span") or [0, 1]
    return m.Span(start, end, part.get("evidence") or "câu")


def extraction(province: str = "Nghệ An", **parts: Any) -> m.Extraction:
    """An :class:`Extraction` from short dicts (the GOLD_FORMAT field names); every entity mentioned once."""
    base: dict[str, Any] = {
        "meetings": [{"body": "Ban Thường vụ Tỉnh ủy", "date": "2025-06", "province": province}],
        "localities": [{"name": province, "level": "tỉnh"}],
    }
    base.update(parts)
    said = [_span({})]
    return m.Extraction(
        doc="d",
        published=None,
        resolutions=[
            m.Resolution(r["key"], r["kind"], r.get("number"), r.get("issuer"), r.get("issuer_code"),
                         r.get("issued_on"), r.get("level"), r.get("title"), [_span(r)])
            for r in base.get("resolutions", [])
        ],
        officials=[m.Official(o["name"], list(o.get("titles", [])), [_span(o)]) for o in base.get("officials", [])],
        meetings=[m.Meeting(x["body"], x.get("date"), x.get("province"), x.get("kind", "phiên họp"), list(said))
                  for x in base.get("meetings", [])],
        projects=[m.Project(p["name"], p.get("kind", "đề án"), list(said)) for p in base.get("projects", [])],
        localities=[m.Locality(loc["name"], loc.get("level"), list(said)) for loc in base.get("localities", [])],
        organizations=[m.Organization(o["name"], list(said)) for o in base.get("organizations", [])],
        relations=[
            m.Relation(r["type"], r["source"], r["target"], _span(r), r.get("extractor", "rule"),
                       {k: v for k, v in r.items() if k == "role"})
            for r in base.get("relations", [])
        ],
    )  # fmt: skip


def keys(out: Resolved, label: Label) -> set[str]:
    return {n.key for n in out.nodes if n.label is label}


def edges(out: Resolved, rel: RelType) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in out.edges if e.type is rel}


def test_same_official_name_in_two_provinces_is_two_people() -> None:
    resolver = Resolver()
    official = {"name": "Nguyễn Văn An", "titles": ["Bí thư Tỉnh ủy"]}
    a = resolver.resolve(DocumentInfo("d1", published="2025-06"), extraction("Nghệ An", officials=[official]))
    b = resolver.resolve(DocumentInfo("d2", published="2025-06"), extraction("Hà Tĩnh", officials=[official]))
    assert keys(a, Label.OFFICIAL) == {"nguyễn-văn-an@nghe-an"}
    assert keys(b, Label.OFFICIAL) == {"nguyễn-văn-an@ha-tinh"}
    assert any(d["kind"] == "official" and "same province" in d["rule"] for d in a.decisions)


def test_same_person_over_time_holds_two_posts() -> None:
    resolver = Resolver()
    older = resolver.resolve(
        DocumentInfo("d1", published="2021-03"),
        extraction(officials=[{"name": "Nguyễn Đức Trung", "titles": ["Chủ tịch UBND tỉnh"]}]),
    )
    newer = resolver.resolve(
        DocumentInfo("d2", published="2025-06"),
        extraction(officials=[{"name": "Nguyễn Đức Trung", "titles": ["Bí thư Tỉnh ủy"]}]),
    )
    assert keys(older, Label.OFFICIAL) == keys(newer, Label.OFFICIAL) == {"nguyễn-đức-trung@nghe-an"}
    holds = [e for e in [*older.edges, *newer.edges] if e.type is RelType.HOLDS]
    assert {(e.props["title"], e.props["as_of"], e.target) for e in holds} == {
        ("Chủ tịch UBND tỉnh", "2021-03", "ủy-ban-nhân-dân-tỉnh@nghe-an"),
        ("Bí thư Tỉnh ủy", "2025-06", "tỉnh-ủy@nghe-an"),
    }


def test_same_symbol_in_two_terms_is_two_documents() -> None:
    resolver = Resolver()
    old = {"key": "05-CT/TU", "kind": "CT", "number": "05", "issued_on": "2016-03-01"}
    new = {"key": "05-CT/TU", "kind": "CT", "number": "05", "issued_on": "2021-05-23"}
    a = resolver.resolve(DocumentInfo("d1"), extraction(resolutions=[old]))
    b = resolver.resolve(DocumentInfo("d2"), extraction(resolutions=[new]))
    assert keys(a, Label.RESOLUTION) == {"05-CT/TU@nghe-an:2016"}
    assert keys(b, Label.RESOLUTION) == {"05-CT/TU@nghe-an:2021"}
    resolver.remember(extraction(resolutions=[old]))
    again = resolver.resolve(DocumentInfo("d3"), extraction(resolutions=[new]))
    why = "kept apart from 05-CT/TU@nghe-an:2016: same symbol, issued in another year or term"
    assert {"kind": "resolution", "name": "05-CT/TU", "key": "05-CT/TU@nghe-an:2021", "doc": "d3", "rule": why} in (
        again.decisions
    )


def test_local_symbols_of_two_provinces_differ_central_ones_do_not() -> None:
    resolver = Resolver()
    local = {"key": "331-KH/TU", "kind": "KH", "number": "331", "issued_on": "2025-04-28"}
    central = {"key": "57-NQ/TW", "kind": "NQ", "number": "57", "issued_on": "2024-12-22"}
    a = resolver.resolve(DocumentInfo("d1"), extraction("Nghệ An", resolutions=[local, central]))
    b = resolver.resolve(DocumentInfo("d2"), extraction("Hà Tĩnh", resolutions=[local, central]))
    assert keys(a, Label.RESOLUTION) == {"331-KH/TU@nghe-an:2025", "57-NQ/TW:2024"}
    assert keys(b, Label.RESOLUTION) == {"331-KH/TU@ha-tinh:2025", "57-NQ/TW:2024"}


def test_undated_reference_links_to_latest_earlier_candidate_and_is_marked_inferred() -> None:
    resolver = Resolver()
    for year, doc in (("2016", "d1"), ("2021", "d2")):
        dated = {"key": "05-CT/TW", "kind": "CT", "number": "05", "issued_on": f"{year}-01-01"}
        resolver.remember(extraction(resolutions=[dated]))
        resolver.resolve(DocumentInfo(doc), extraction(resolutions=[dated]))
    undated = {"key": "05-CT/TW", "kind": "CT", "number": "05", "issued_on": None}
    plan = {"key": "12-KH/TU", "kind": "KH", "number": "12", "issued_on": "2019-02-02"}
    rel = {"type": "IMPLEMENTS", "source": "12-KH/TU", "target": "05-CT/TW"}
    out = resolver.resolve(
        DocumentInfo("d3", published="2019-02"), extraction(resolutions=[undated, plan], relations=[rel])
    )
    assert ("12-KH/TU@nghe-an:2019", "05-CT/TW:2016") in edges(out, RelType.IMPLEMENTS)
    [implements] = [e for e in out.edges if e.type is RelType.IMPLEMENTS]
    assert implements.props.get("inferred") is True
    assert any(d["kind"] == "resolution" and d["key"] == "05-CT/TW:2016" for d in out.decisions)
    later = resolver.resolve(DocumentInfo("d4", published="2024-01"), extraction(resolutions=[undated]))
    assert keys(later, Label.RESOLUTION) == {"05-CT/TW:2021"}


def test_partial_and_full_references_meet() -> None:
    resolver = Resolver()
    partial = {
        "key": "331-KH/TU",
        "kind": "KH",
        "number": "331",
        "issuer": "Ban Thường vụ Tỉnh ủy",
        "issued_on": "2025-04-28",
    }
    full = {"key": "331-KH/TU", "kind": "KH", "number": "331", "issued_on": None}
    resolver.remember(extraction(resolutions=[partial]))
    a = resolver.resolve(DocumentInfo("d1", published="2025-06"), extraction(resolutions=[partial]))
    b = resolver.resolve(DocumentInfo("d2", published="2025-07"), extraction(resolutions=[full]))
    assert keys(a, Label.RESOLUTION) == keys(b, Label.RESOLUTION) == {"331-KH/TU@nghe-an:2025"}


def test_relations_carry_evidence_and_every_entity_is_mentioned() -> None:
    plan = {"key": "331-KH/TU", "kind": "KH", "number": "331", "issued_on": "2025-04-28"}
    target = {"key": "204-QĐ/TW", "kind": "QĐ", "number": "204", "issued_on": "2024-11-29"}
    rel = {"type": "IMPLEMENTS", "source": "331-KH/TU", "target": "204-QĐ/TW", "evidence": "để cụ thể hóa ...",
           "span": [10, 30], "extractor": "implements.cue"}  # fmt: skip
    out = Resolver().resolve(
        DocumentInfo("d1", published="2025-06"), extraction(resolutions=[plan, target], relations=[rel])
    )
    [implements] = [e for e in out.edges if e.type is RelType.IMPLEMENTS]
    assert implements.provenance is not None
    assert (implements.provenance.evidence, implements.provenance.span_start, implements.provenance.extractor) == (
        "để cụ thể hóa ...", 10, "implements.cue",
    )  # fmt: skip
    mentioned = {source for source, target in edges(out, RelType.MENTIONED_IN) if target == "d1"}
    assert {n.key for n in out.nodes if n.label is not Label.DOCUMENT} <= mentioned


def test_organization_keys_fold_abbreviations_and_trailing_province() -> None:
    assert org_key("UBND tỉnh", "nghe-an") == org_key("Ủy ban nhân dân tỉnh Nghệ An", "nghe-an")
    assert org_key("Tỉnh uỷ Nghệ An", "nghe-an") == org_key("Tỉnh ủy", "nghe-an")
    assert org_key("Bộ Chính trị", "nghe-an") == "bộ-chính-trị"
    assert org_key("Ban Chấp hành Trung ương Đảng", "nghe-an") == org_key("BCH TW", None) == "ban-chấp-hành-trung-ương"
    assert org_key("Ban Bí thư Trung ương Đảng", "nghe-an") == "ban-bí-thư"


@pytest.mark.parametrize(
    ("title", "post", "body"),
    [
        ("Bí thư Tỉnh ủy Nghệ An", "Bí thư", "Tỉnh ủy Nghệ An"),
        ("Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực", "Tỉnh ủy"),
        ("Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy"),
        ("Giám đốc Công an tỉnh", "Giám đốc", "Công an tỉnh"),
        ("Phó Bí thư Thường trực", "Phó Bí thư Thường trực", ""),
    ],
)
def test_split_title(title: str, post: str, body: str) -> None:
    assert split_title(title) == (post, body)


def localities(out: Resolved) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for n in out.nodes:
        if n.label is Label.LOCALITY:
            found.setdefault(n.key, {}).update(n.props)
    return found


def test_a_district_before_the_reform_is_the_gazetteer_unit_with_its_province() -> None:
    places = [{"name": "Nghệ An", "level": "tỉnh"}, {"name": "Anh Sơn", "level": "huyện"}]
    out = Resolver().resolve(DocumentInfo("d1", published="2022-05"), extraction(localities=places))
    found = localities(out)
    assert found["huyen/anh-son@nghe-an"] == {
        "name": "Anh Sơn",
        "level": "huyện",
        "code": "424",
        "era": "2024",
        "province": "Nghệ An",
        "parent": "Nghệ An",
        "valid_to": "2025-07-01",
    }
    assert found["tinh/nghe-an"]["era"] == "2024-2025" and "valid_to" not in found["tinh/nghe-an"]
    assert ("huyen/anh-son@nghe-an", "tinh/nghe-an") in edges(out, RelType.PART_OF)
    part_of = [e for e in out.edges if e.type is RelType.PART_OF]
    assert all(e.provenance is not None and e.provenance.doc == "d1" for e in part_of)
    assert not edges(out, RelType.MERGED_INTO)  # the district tier was abolished, not merged
    assert {e.source for e in out.edges if e.type is RelType.MENTIONED_IN} >= set(found)


def test_a_name_without_level_gets_the_level_of_its_era() -> None:
    places = [{"name": "Nghệ An", "level": "tỉnh"}, {"name": "Thái Hoà", "level": None}]
    before = localities(Resolver().resolve(DocumentInfo("d1", published="2023-02"), extraction(localities=places)))
    after = localities(Resolver().resolve(DocumentInfo("d2", published="2025-09"), extraction(localities=places)))
    assert before["thi-xa/thai-hoa@nghe-an"]["level"] == "thị xã"
    assert after["phuong/thai-hoa@nghe-an"]["level"] == "phường"
    assert after["phuong/thai-hoa@nghe-an"]["valid_from"] == "2025-07-01"


def test_a_commune_after_the_reform_is_part_of_its_province() -> None:
    places = [{"name": "Nghệ An", "level": "tỉnh"}, {"name": "Anh Sơn", "level": "xã"}]
    out = Resolver().resolve(DocumentInfo("d1", published="2025-08"), extraction(localities=places))
    found = localities(out)
    assert found["xa/anh-son@nghe-an"]["era"] == "2025" and found["xa/anh-son@nghe-an"]["level"] == "xã"
    assert edges(out, RelType.PART_OF) == {("xa/anh-son@nghe-an", "tinh/nghe-an")}


def test_a_merged_province_points_to_the_new_one() -> None:
    places = [{"name": "Hà Giang", "level": "tỉnh"}, {"name": "Bắc Quang", "level": "huyện"}]
    out = Resolver().resolve(DocumentInfo("d1", published="2024-03"), extraction("Hà Giang", localities=places))
    found = localities(out)
    assert found["tinh/ha-giang"]["valid_to"] == "2025-07-01"
    assert found["tinh/tuyen-quang:2025"]["era"] == "2025"
    assert edges(out, RelType.MERGED_INTO) == {("tinh/ha-giang", "tinh/tuyen-quang:2025")}
    assert ("huyen/bac-quang@ha-giang", "tinh/ha-giang") in edges(out, RelType.PART_OF)
    # after the reform, the province of the document is the new one; the old district is still found
    later = Resolver().resolve(DocumentInfo("d2", published="2025-09"), extraction("Tuyên Quang", localities=places))
    assert "tinh/tuyen-quang:2025" in localities(later) and "huyen/bac-quang@ha-giang" in localities(later)


def test_merged_communes_point_to_their_new_communes() -> None:
    places = [{"name": "Hà Nội", "level": "tỉnh"}, {"name": "Cống Vị", "level": "phường"}]
    out = Resolver().resolve(DocumentInfo("d1", published="2024-10"), extraction("Hà Nội", localities=places))
    merged = {(e.target, e.props.get("default")) for e in out.edges if e.type is RelType.MERGED_INTO}
    assert merged == {("phuong/ngoc-ha@ha-noi:2025", True), ("phuong/giang-vo@ha-noi:2025", False)}
    assert ("phuong/cong-vi@ha-noi", "quan/ba-dinh@ha-noi") in edges(out, RelType.PART_OF)
    assert ("quan/ba-dinh@ha-noi", "tinh/ha-noi") in edges(out, RelType.PART_OF)
    assert ("phuong/ngoc-ha@ha-noi:2025", "tinh/ha-noi") in edges(out, RelType.PART_OF)


def test_a_repeated_commune_name_is_placed_by_the_district_named_with_it() -> None:
    alone = [{"name": "Hà Nội", "level": "tỉnh"}, {"name": "Tân Minh", "level": "xã"}]
    out = Resolver().resolve(DocumentInfo("d1", published="2023-01"), extraction("Hà Nội", localities=alone))
    assert "xa/tan-minh@ha-noi" in localities(out)  # two in Hà Nội: unknown, today's key
    assert "code" not in localities(out)["xa/tan-minh@ha-noi"]
    placed = [*alone, {"name": "Sóc Sơn", "level": "huyện"}]
    out = Resolver().resolve(DocumentInfo("d2", published="2023-01"), extraction("Hà Nội", localities=placed))
    assert ("xa/tan-minh@soc-son.ha-noi", "huyen/soc-son@ha-noi") in edges(out, RelType.PART_OF)


def test_unknown_places_and_regions_keep_their_keys() -> None:
    places = [
        {"name": "Nghệ An", "level": "tỉnh"},
        {"name": "Bắc Trung Bộ", "level": "vùng"},
        {"name": "Không Có", "level": "xã"},
    ]
    out = Resolver().resolve(DocumentInfo("d1", published="2024-01"), extraction(localities=places))
    found = localities(out)
    assert found["vung/bac-trung-bo"] == {"name": "Bắc Trung Bộ", "level": "vùng", "parent": None}
    assert "code" not in found["xa/khong-co@nghe-an"]
    assert ("xa/khong-co@nghe-an", "tinh/nghe-an") in edges(out, RelType.PART_OF)


def test_locality_rows_do_not_depend_on_the_document() -> None:
    places = [{"name": "Nghệ An", "level": "tỉnh"}, {"name": "Khai Sơn", "level": "xã"}]
    a = Resolver().resolve(DocumentInfo("d1", published="2022-01"), extraction(localities=places))
    b = Resolver().resolve(DocumentInfo("d2", published="2024-12"), extraction(localities=list(reversed(places))))
    assert localities(a) == localities(b)
    assert edges(a, RelType.PART_OF) == edges(b, RelType.PART_OF)
    assert (
        edges(a, RelType.MERGED_INTO)
        == edges(b, RelType.MERGED_INTO)
        == {("xa/khai-son@nghe-an", "xa/yen-xuan@nghe-an")}
    )


# -- identity keeps Vietnamese letters; only tone placement is folded ------------------------------


def test_people_whose_names_differ_by_a_letter_stay_apart_and_tone_placement_merges() -> None:
    people = [
        {"name": "Nguyễn Văn Hùng", "titles": ["Phó Bí thư Tỉnh ủy"]},
        {"name": "Nguyễn Văn Hưng", "titles": ["Giám đốc Sở Tài chính"]},
        {"name": "Trần Thị Lan"},
        {"name": "Trần Thị Lân"},
        {"name": "Lê Văn Hòa"},
        {"name": "Lê Văn Hoà"},
    ]
    out = Resolver().resolve(DocumentInfo("d1", published="2025-06"), extraction(officials=people))
    found = keys(out, Label.OFFICIAL)
    assert found == {"nguyễn-văn-hùng@nghe-an", "nguyễn-văn-hưng@nghe-an", "trần-thị-lan@nghe-an",
                     "trần-thị-lân@nghe-an", "lê-văn-hòa@nghe-an"}  # fmt: skip
    merged = [(d["name"], d["rule"]) for d in out.decisions if d["rule"].startswith("merged")]
    assert merged == [("Lê Văn Hoà", "merged with Lê Văn Hòa: only tone placement or case differs")]
    apart = [d for d in out.decisions if d["rule"].startswith("kept apart")]
    assert [(d["name"], d["rule"]) for d in apart] == [
        ("Nguyễn Văn Hưng", "kept apart from nguyễn-văn-hùng@nghe-an: the names differ in a letter"),
        ("Trần Thị Lân", "kept apart from trần-thị-lan@nghe-an: the names differ in a letter"),
    ]
    holds = {(e.source, e.props["title"]) for e in out.edges if e.type is RelType.HOLDS}
    assert ("nguyễn-văn-hùng@nghe-an", "Giám đốc Sở Tài chính") not in holds
    assert ("nguyễn-văn-hưng@nghe-an", "Giám đốc Sở Tài chính") in holds


def test_a_keep_apart_judgement_keeps_a_spelling_of_a_name_its_own_key() -> None:
    people = [{"name": "Lê Văn Hòa"}, {"name": "Lê Văn Hoà"}, {"name": "Lê Văn Hoà"}]
    judged = KeepApart((Judgement("j1", "lê-văn-hòa@nghe-an", "lê-văn-hoà@nghe-an"),))
    out = Resolver(kept_apart=judged).resolve(DocumentInfo("d1", published="2025-06"), extraction(officials=people))
    assert keys(out, Label.OFFICIAL) == {"lê-văn-hòa@nghe-an", "lê-văn-hoà@nghe-an"}
    rules = [(d["name"], d["key"], d["rule"]) for d in out.decisions if "curation" in d["rule"]]
    assert (
        rules
        == [
            (
                "Lê Văn Hoà",
                "lê-văn-hoà@nghe-an",
                "kept apart from lê-văn-hòa@nghe-an (curation j1): a curator's judgement on this spelling",
            )
        ]
        * 2
    )
    assert not [d for d in out.decisions if "differ in a letter" in d["rule"] or d["rule"].startswith("merged")]
    other = KeepApart((Judgement("j2", "lê-văn-hòa@ha-tinh", "lê-văn-hoà@ha-tinh"),))  # another province's
    out = Resolver(kept_apart=other).resolve(DocumentInfo("d1", published="2025-06"), extraction(officials=people))
    assert keys(out, Label.OFFICIAL) == {"lê-văn-hòa@nghe-an"}


def test_a_keep_apart_judgement_keeps_an_undated_reference_off_a_dated_document() -> None:
    resolver = Resolver()
    for year in ("2016", "2021"):
        dated = {"key": "05-CT/TW", "kind": "CT", "number": "05", "issued_on": f"{year}-01-01"}
        resolver.remember(extraction(resolutions=[dated]))
    undated = {"key": "05-CT/TW", "kind": "CT", "number": "05", "issued_on": None}
    doc = DocumentInfo("d3", published="2024-01")
    assert keys(resolver.resolve(doc, extraction(resolutions=[undated])), Label.RESOLUTION) == {"05-CT/TW:2021"}
    resolver.kept_apart = KeepApart((Judgement("j1", "05-CT/TW:2021", "05-CT/TW"),))
    out = resolver.resolve(doc, extraction(resolutions=[undated]))
    assert keys(out, Label.RESOLUTION) == {"05-CT/TW:2016"}  # the other candidate is still a candidate
    resolver.kept_apart = KeepApart((*resolver.kept_apart.judgements, Judgement("j2", "05-CT/TW", "05-CT/TW:2016")))
    out = resolver.resolve(doc, extraction(resolutions=[undated]))
    assert keys(out, Label.RESOLUTION) == {"05-CT/TW"} and not out.inferred
    [decision] = [d for d in out.decisions if d["kind"] == "resolution"]
    assert decision["rule"] == (
        "kept apart from 05-CT/TW:2016 (curation j2), 05-CT/TW:2021 (curation j1): a curator's judgement"
    )


def test_bodies_of_two_districts_stay_two_and_a_province_body_written_with_its_name_is_one() -> None:
    names = ("UBND huyện Anh Sơn", "UBND huyện Con Cuông", "Huyện ủy Anh Sơn", "Đảng ủy xã Anh Sơn",
             "UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh")  # fmt: skip
    bodies = [{"name": n} for n in names]
    places = [{"name": "Nghệ An", "level": "tỉnh"}, {"name": "Anh Sơn", "level": "huyện"},
              {"name": "Con Cuông", "level": "huyện"}]  # fmt: skip
    out = Resolver().resolve(
        DocumentInfo("d1", published="2024-06"), extraction(organizations=bodies, localities=places)
    )
    assert keys(out, Label.ORGANIZATION) >= {
        "ủy-ban-nhân-dân-huyện-anh-sơn@nghe-an", "ủy-ban-nhân-dân-huyện-con-cuông@nghe-an",
        "huyện-ủy-anh-sơn@nghe-an", "đảng-ủy-xã-anh-sơn@nghe-an", "ủy-ban-nhân-dân-tỉnh@nghe-an",
    }  # fmt: skip
    assert len(keys(out, Label.ORGANIZATION)) == 6  # the meeting's Ban Thường vụ Tỉnh ủy besides the five


def test_only_abbreviations_in_capitals_expand() -> None:
    assert org_key("Sở Tư pháp", "nghe-an") == "sở-tư-pháp@nghe-an"
    assert (
        org_key("Sở KH&ĐT", "nghe-an") == org_key("Sở Kế hoạch và Đầu tư", "nghe-an") == "sở-kế-hoạch-và-đầu-tư@nghe-an"
    )
    assert org_key("Ban Tuyên giáo TƯ", "nghe-an") == "ban-tuyên-giáo-trung-ương"


def test_a_body_of_another_province_named_with_it_is_in_that_province() -> None:
    assert org_key("Tỉnh ủy Hà Tĩnh", "nghe-an") == "tỉnh-ủy@ha-tinh"
    out = Resolver().resolve(DocumentInfo("d1"), extraction(organizations=[{"name": "Tỉnh ủy Hà Tĩnh"}]))
    [body] = [n for n in out.nodes if n.key == "tỉnh-ủy@ha-tinh"]
    assert body.props["province"] == "Hà Tĩnh"


def test_central_documents_and_national_bodies_carry_no_province_and_the_congress_is_one_node() -> None:
    congress = [
        {"key": "Nghị quyết Đại hội XIII của Đảng", "kind": "NQ", "number": None},
        {"key": "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "kind": "NQ", "number": None},
        {"key": "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "kind": "NQ", "number": None},
    ]
    local = {"key": "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX", "kind": "NQ", "number": None}
    decree = {"key": "88/2024/NĐ-CP", "kind": "NĐ", "number": "88", "issued_on": "2024-07-15", "level": "central"}
    names = ("Bộ Chính trị", "Chính phủ", "Quốc hội", "Bộ Tài chính", "Ban Tuyên giáo Trung ương",
             "Bộ Chỉ huy Quân sự tỉnh", "Bộ Lao động - Thương binh và Xã hội")  # fmt: skip
    bodies = [{"name": n} for n in names]
    out = Resolver().resolve(
        DocumentInfo("d1", published="2025-06"),
        extraction(resolutions=[*congress, local, decree], organizations=bodies),
    )
    assert keys(out, Label.RESOLUTION) == {
        "nghị-quyết-đại-hội-xiii",
        "nghị-quyết-đại-hội-đảng-bộ-tỉnh-xix@nghe-an",
        "88/2024/NĐ-CP",
    }
    orgs = keys(out, Label.ORGANIZATION)
    assert {"bộ-chính-trị", "chính-phủ", "quốc-hội", "bộ-tài-chính", "ban-tuyên-giáo-trung-ương",
            "bộ-lao-động-thương-binh-và-xã-hội", "bộ-chỉ-huy-quân-sự-tỉnh@nghe-an"} <= orgs  # fmt: skip
    central = [n for n in out.nodes if n.key in {"88/2024/NĐ-CP", "nghị-quyết-đại-hội-xiii", "bộ-chính-trị"}]
    assert central and all(n.props.get("province") is None for n in central)


def test_every_post_of_the_lexicon_gives_a_holds_edge() -> None:
    people = [{"name": "Nguyễn Văn Hải", "titles": ["Chánh Thanh tra tỉnh"]},
              {"name": "Lê Thị Mai", "titles": ["Chánh Văn phòng Tỉnh ủy"]},
              {"name": "Phạm Văn Tùng", "titles": ["Trưởng Công an tỉnh"]}]  # fmt: skip
    out = Resolver().resolve(DocumentInfo("d1", published="2025-06"), extraction(officials=people))
    assert edges(out, RelType.HOLDS) == {
        ("nguyễn-văn-hải@nghe-an", "thanh-tra-tỉnh@nghe-an"),
        ("lê-thị-mai@nghe-an", "văn-phòng-tỉnh-ủy@nghe-an"),
        ("phạm-văn-tùng@nghe-an", "công-an-tỉnh@nghe-an"),
    }


def test_relations_point_at_entities_by_typed_reference() -> None:
    """An assignee named like a place is the body; "meeting:0" is the meeting; "doc" the document."""
    parts: dict[str, Any] = {
        "organizations": [{"name": "Con Cuông"}],
        "localities": [{"name": "Nghệ An", "level": "tỉnh"}, {"name": "Con Cuông", "level": "huyện"}],
        "resolutions": [{"key": "57-NQ/TW", "kind": "NQ", "number": "57", "issued_on": "2024-12-22",
                         "level": "central"}],
        "relations": [{"type": "ASSIGNED_TO", "source": "57-NQ/TW", "target": "Con Cuông"},
                      {"type": "CITES", "source": "meeting:0", "target": "57-NQ/TW"},
                      {"type": "CITES", "source": "doc", "target": "57-NQ/TW"}],
    }  # fmt: skip
    ex = extraction(**parts)
    assert ex.endpoints(ex.relations[0]) == (m.Ref("resolution", 0), m.Ref("organization", 0))
    out = Resolver().resolve(DocumentInfo("d1", published="2025-06"), ex)
    assert edges(out, RelType.ASSIGNED_TO) == {("57-NQ/TW:2024", "con-cuông@nghe-an")}
    assert edges(out, RelType.CITES) == {("ban-thường-vụ-tỉnh-ủy@nghe-an/2025-06", "57-NQ/TW:2024"),
                                         ("d1", "57-NQ/TW:2024")}  # fmt: skip


def test_every_edge_is_read_from_a_sentence_or_says_what_it_is_derived_from() -> None:
    sentence = "Đồng chí Nguyễn Văn Hải, Chánh Thanh tra tỉnh, dự họp tại huyện Anh Sơn."
    official = {"name": "Nguyễn Văn Hải", "titles": ["Chánh Thanh tra tỉnh"], "span": [9, 23], "evidence": sentence}
    plan = {"key": "12-KH/TU", "kind": "KH", "number": "12", "issued_on": "2024-02-02", "issuer": "Tỉnh ủy"}
    places = [{"name": "Nghệ An", "level": "tỉnh"}, {"name": "Anh Sơn", "level": "huyện"}]
    out = Resolver().resolve(
        DocumentInfo("d1", published="2024-06"), extraction(officials=[official], resolutions=[plan], localities=places)
    )
    [holds] = [e for e in out.edges if e.type is RelType.HOLDS]
    assert holds.provenance is not None
    assert (holds.provenance.evidence, holds.provenance.span_start, holds.provenance.span_end) == (sentence, 9, 23)
    for e in out.edges:
        assert e.provenance is not None, e
        if e.type in (RelType.PART_OF, RelType.MERGED_INTO):
            assert e.provenance.derived_from == "gazetteer" and e.provenance.span_start is None, e
        elif e.provenance.derived_from:
            assert e.type is RelType.MENTIONED_IN and e.provenance.evidence == "", e
        else:
            assert e.provenance.evidence and e.provenance.span_start is not None and e.provenance.span_end, e
    assert any(e.type is RelType.ISSUED_BY and e.provenance and e.provenance.evidence for e in out.edges)


def test_an_undated_reference_of_another_term_or_far_in_time_stays_its_own_document() -> None:
    resolver = Resolver()
    for year, term in (("2017", "XVIII"), ("2022", "XIX")):
        said = f"Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 07-NQ/TU (khóa {term}) ngày 3/8/{year}."
        dated = {"key": "07-NQ/TU", "kind": "NQ", "number": "07", "issued_on": f"{year}-08-03", "evidence": said}
        resolver.remember(extraction(resolutions=[dated]))
    assert {n.props["term"] for n in resolver.resolve(DocumentInfo("d0"), extraction(resolutions=[dated])).nodes
            if n.label is Label.RESOLUTION} == {"XIX"}  # fmt: skip

    def cited(sentence: str, published: str) -> set[str]:
        ref = {"key": "07-NQ/TU", "kind": "NQ", "number": "07", "evidence": sentence}
        return keys(resolver.resolve(DocumentInfo("d", published=published), extraction(resolutions=[ref])),
                    Label.RESOLUTION)  # fmt: skip

    assert cited("Thực hiện Nghị quyết số 07-NQ/TU (khóa XVIII) của Tỉnh ủy.", "2023-04") == {"07-NQ/TU@nghe-an:2017"}
    assert cited("Thực hiện Nghị quyết số 07-NQ/TU của Tỉnh ủy.", "2023-04") == {"07-NQ/TU@nghe-an:2022"}
    assert cited("Thực hiện Nghị quyết 07-NQ/TU, khoá XX.", "2027-01") == {"07-NQ/TU@nghe-an:khóa-xx"}
    assert cited("Thực hiện Nghị quyết số 07-NQ/TU của Tỉnh ủy.", "2016-01") == {"07-NQ/TU@nghe-an"}  # none yet
    assert cited("Thực hiện Nghị quyết số 07-NQ/TU của Tỉnh ủy.", "2040-01") == {"07-NQ/TU@nghe-an"}  # too far


def test_an_official_with_a_national_post_and_no_local_one_carries_no_province() -> None:
    people = [
        {"name": "Trần Văn Minh", "titles": ["Bộ trưởng Bộ Tài chính"]},
        {"name": "Lê Quang Huy", "titles": ["Phó Thủ tướng Chính phủ"]},
        {"name": "Hoàng Văn Bình", "titles": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]},
        {"name": "Phạm Thị Thu", "titles": ["Ủy viên Trung ương Đảng"]},
        {"name": "Vũ Văn Nam", "titles": ["Phó Trưởng Đoàn ĐBQH"]},
        {"name": "Đỗ Văn Tâm", "titles": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự"]},
    ]
    out = Resolver().resolve(DocumentInfo("d1", published="2025-06"), extraction(officials=people))
    assert keys(out, Label.OFFICIAL) == {
        "trần-văn-minh",
        "lê-quang-huy",
        "hoàng-văn-bình@nghe-an",
        "phạm-thị-thu@nghe-an",
        "vũ-văn-nam@nghe-an",
        "đỗ-văn-tâm@nghe-an",
    }
    assert ("lê-quang-huy", "chính-phủ") in edges(out, RelType.HOLDS)


@pytest.mark.parametrize("post", sorted(lexicon.POSTS))
def test_every_post_of_the_extraction_lexicon_opens_a_title(post: str) -> None:
    """The resolver reads titles with the extraction's own list of posts (one lexicon, no copy to drift)."""
    found, body = split_title(f"{post} Sở Tài chính")
    assert tone_key(found).startswith(tone_key(post)) and body.endswith("Sở Tài chính")


def test_the_extractions_mark_of_another_term_keys_the_document_of_that_term() -> None:
    """Extraction writes a reused Party symbol of another term with its term: "05-NQ/TU (khóa XIV)"."""
    older = {"key": "05-NQ/TU (khóa XIV)", "kind": "NQ", "number": "05", "issued_on": "2016-04-02"}
    newer = {"key": "05-NQ/TU", "kind": "NQ", "number": "05", "issued_on": "2021-03-01"}
    out = Resolver().resolve(DocumentInfo("d1", published="2021-06"), extraction(resolutions=[older, newer]))
    found = {n.key: n.props for n in out.nodes if n.label is Label.RESOLUTION}
    assert set(found) == {"05-NQ/TU@nghe-an:2016", "05-NQ/TU@nghe-an:2021"}
    assert found["05-NQ/TU@nghe-an:2016"]["symbol"] == "05-NQ/TU" and found["05-NQ/TU@nghe-an:2016"]["term"] == "XIV"


# --- identity of documents: one document, however the text writes its number or names its issuer ----------------


def test_a_number_with_or_without_its_leading_zero_is_one_document() -> None:
    """Numbers below 10 are officially written "05"; articles also write "5-CT/TW": one document, keyed as written
    officially, and an undated "5-CT/TW" finds the dated "05-CT/TW"."""
    resolver = Resolver()
    padded = {"key": "05-CT/TW", "kind": "CT", "number": "05", "issued_on": "2019-08-20", "level": "central"}
    bare = {"key": "5-CT/TW", "kind": "CT", "number": "5", "issued_on": "2019-08-20", "level": "central"}
    resolver.remember(extraction(resolutions=[padded]))
    a = resolver.resolve(DocumentInfo("d1", published="2019-09"), extraction(resolutions=[padded]))
    b = resolver.resolve(DocumentInfo("d2", published="2020-01"), extraction(resolutions=[bare]))
    undated = {"key": "5-CT/TW", "kind": "CT", "number": "5", "level": "central"}
    c = resolver.resolve(DocumentInfo("d3", published="2021-01"), extraction(resolutions=[undated]))
    assert keys(a, Label.RESOLUTION) == keys(b, Label.RESOLUTION) == keys(c, Label.RESOLUTION) == {"05-CT/TW:2019"}
    [node] = [n for n in b.nodes if n.label is Label.RESOLUTION]
    assert (node.props["symbol"], node.props["number"]) == ("05-CT/TW", "05")
    state = {"key": "7/NQ-CP", "kind": "NQ", "number": "7", "issued_on": "2023-01-16", "level": "central"}
    assert keys(resolver.resolve(DocumentInfo("d4"), extraction(resolutions=[state])), Label.RESOLUTION) == {
        "07/NQ-CP:2023"
    }


def test_a_district_or_commune_document_keys_with_its_unit_and_a_provincial_one_with_its_province() -> None:
    """ "77/KH-UBND" of the UBND tỉnh and of a UBND huyện in one year are two plans (every level writes /KH-UBND)."""
    provincial = {"key": "77/KH-UBND", "kind": "KH", "number": "77", "issuer": "UBND tỉnh", "issuer_code": "UBND",
                  "issued_on": "2023-06-08", "level": "provincial"}  # fmt: skip
    district = {"key": "77/KH-UBND", "kind": "KH", "number": "77", "issuer": "UBND huyện Yên Thành",
                "issuer_code": "UBND", "issued_on": "2023-06-08", "level": "district"}  # fmt: skip
    commune = {"key": "12-NQ/ĐU", "kind": "NQ", "number": "12", "issuer": "Đảng ủy xã Hưng Lộc", "issuer_code": "ĐU",
               "issued_on": "2024-02-01", "level": "commune"}  # fmt: skip
    party_district = {"key": "12-NQ/HU", "kind": "NQ", "number": "12", "issuer": "Ban Thường vụ Huyện ủy Anh Sơn",
                      "issuer_code": "HU", "issued_on": "2024-02-01", "level": "district"}  # fmt: skip
    out = Resolver().resolve(
        DocumentInfo("d1"), extraction(resolutions=[provincial, district, commune, party_district])
    )
    assert keys(out, Label.RESOLUTION) == {
        "77/KH-UBND@nghe-an:2023",
        "77/KH-UBND@nghe-an/huyen-yen-thanh:2023",
        "12-NQ/ĐU@nghe-an/xa-hung-loc:2024",
        "12-NQ/HU@nghe-an/huyen-anh-son:2024",
    }
    levels = {n.key: n.props["level"] for n in out.nodes if n.label is Label.RESOLUTION}
    assert levels["77/KH-UBND@nghe-an/huyen-yen-thanh:2023"] == "district"
    assert levels["12-NQ/ĐU@nghe-an/xa-hung-loc:2024"] == "commune"


def test_documents_of_central_party_committees_carry_no_province() -> None:
    """Đảng ủy Chính phủ ("12-KH/ĐUCP") is a central committee; a code every level writes ("ĐU", "ĐKT": an inspection
    team's) is central when its issuer is."""
    government = {"key": "12-KH/ĐUCP", "kind": "KH", "number": "12", "issuer_code": "ĐUCP", "issued_on": "2025-05-20"}
    team = {"key": "03-KH/ĐKT", "kind": "KH", "number": "03", "issuer": "Đoàn kiểm tra số 12 của Bộ Chính trị",
            "issuer_code": "ĐKT", "issued_on": "2025-03-04", "level": "central"}  # fmt: skip
    out = Resolver().resolve(DocumentInfo("d1"), extraction(resolutions=[government, team]))
    assert keys(out, Label.RESOLUTION) == {"12-KH/ĐUCP:2025", "03-KH/ĐKT:2025"}


def test_a_report_on_a_document_is_one_however_the_documents_number_is_written() -> None:
    padded = {"key": "Báo cáo sơ kết 5 năm thực hiện Nghị quyết số 06-NQ/TU", "kind": "BC", "number": None}
    bare = {"key": "Báo cáo sơ kết 5 năm thực hiện Nghị quyết số 6-NQ/TU", "kind": "BC", "number": None}
    a = Resolver().resolve(DocumentInfo("d1"), extraction(resolutions=[padded]))
    b = Resolver().resolve(DocumentInfo("d2"), extraction(resolutions=[bare]))
    assert keys(a, Label.RESOLUTION) == keys(b, Label.RESOLUTION)


def test_a_district_committees_document_without_its_issuer_named_keys_with_the_articles_one_district() -> None:
    """ "Kế hoạch số 12-KH/HU" in an article on one district is that district's Huyện ủy's (each numbers its own)."""
    plan = {"key": "12-KH/HU", "kind": "KH", "number": "12", "issuer_code": "HU", "issued_on": "2024-03-01",
            "level": "district"}  # fmt: skip
    places = [{"name": "Nghệ An", "level": "tỉnh"}, {"name": "Anh Sơn", "level": "huyện"}]
    out = Resolver().resolve(DocumentInfo("d1"), extraction(resolutions=[plan], localities=places))
    assert keys(out, Label.RESOLUTION) == {"12-KH/HU@nghe-an/huyen-anh-son:2024"}
    two = [*places, {"name": "Con Cuông", "level": "huyện"}]
    out = Resolver().resolve(DocumentInfo("d2"), extraction(resolutions=[plan], localities=two))
    assert keys(out, Label.RESOLUTION) == {"12-KH/HU@nghe-an:2024"}  # which district's is not known


def test_a_plan_named_after_a_congress_resolution_is_not_that_resolution() -> None:
    congress = {"key": "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX", "kind": "NQ", "number": None}
    plan = {"key": "Kế hoạch học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX", "kind": "KH",
            "number": None}  # fmt: skip
    out = Resolver().resolve(DocumentInfo("d1"), extraction(resolutions=[congress, plan]))
    assert len(keys(out, Label.RESOLUTION)) == 2


def test_a_district_body_named_without_its_unit_is_the_articles_one_district() -> None:
    plan = {"key": "77/KH-UBND", "kind": "KH", "number": "77", "issuer": "UBND huyện", "issuer_code": "UBND",
            "issued_on": "2023-06-08", "level": "district"}  # fmt: skip
    places = [{"name": "Nghệ An", "level": "tỉnh"}, {"name": "Yên Thành", "level": "huyện"}]
    out = Resolver().resolve(DocumentInfo("d1"), extraction(resolutions=[plan], localities=places))
    assert keys(out, Label.RESOLUTION) == {"77/KH-UBND@nghe-an/huyen-yen-thanh:2023"}

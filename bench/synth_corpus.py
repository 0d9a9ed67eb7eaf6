"""A synthetic corpus in the genre of the seed articles, with the gold truth of what it wrote.

Each document reports one meeting of a provincial standing committee: who attended (with their
posts), which central resolution it discussed, the provincial plan made to carry it out, a
district plan under that, and tasks given to agencies and communes, with projects placed in
communes. Chains are consistent across the corpus (a plan issued in one document is cited by
later ones) and officials change posts over time. Deterministic from ``seed``.

    python -m bench.synth_corpus --docs 10000 --out var-corpus     # writes docs/ and gold/
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Province -> its districts, each with communes inside it (real units of the 2024 gazetteer, so that
# the PART_OF tree of the graph is the true one).
PROVINCES: dict[str, list[tuple[str, list[str]]]] = {
    "Nghệ An": [("Anh Sơn", ["Khai Sơn", "Tào Sơn"]), ("Nghi Lộc", ["Nghi Lâm", "Nghi Văn"]),
                ("Quỳnh Lưu", ["Quỳnh Thạch", "Quỳnh Tân"]), ("Đô Lương", ["Giang Sơn Đông"])],
    "Hà Tĩnh": [("Can Lộc", ["Thiên Lộc", "Thuần Thiện"]), ("Hương Sơn", ["Sơn Hồng", "Sơn Tiến"]),
                ("Kỳ Anh", ["Kỳ Xuân", "Kỳ Bắc"]), ("Thạch Hà", ["Tân Lộc", "Hồng Lộc"])],
    "Thanh Hóa": [("Hoằng Hóa", ["Hoằng Xuân", "Hoằng Giang"]), ("Nông Cống", ["Tân Phúc", "Tân Thọ"]),
                  ("Thọ Xuân", ["Xuân Hồng", "Bắc Lương"])],
    "Quảng Bình": [("Bố Trạch", ["Xuân Trạch", "Hạ Mỹ"]), ("Lệ Thủy", ["Hồng Thủy", "Ngư Thủy Bắc"]),
                   ("Quảng Trạch", ["Quảng Hợp", "Quảng Kim"])],
    "Bắc Giang": [("Lục Nam", ["Đông Hưng", "Đông Phú"]), ("Yên Thế", ["Canh Nậu"]), ("Hiệp Hòa", ["Hoàng Vân"])],
    "Đắk Lắk": [("Krông Pắc", ["Ea Kly"]), ("Ea Kar", ["Ea Sô", "Ea Sar"]), ("Cư M'gar", ["Quảng Tiến", "Ea Kuêh"])],
    "Cà Mau": [("Năm Căn", ["Hàm Rồng", "Hiệp Tùng"]), ("Trần Văn Thời", ["Khánh Bình Tây"]),
               ("U Minh", ["Khánh Thuận", "Khánh Lâm"])],
    "Lào Cai": [("Bảo Thắng", ["Bản Phiệt", "Bản Cầm"]), ("Bát Xát", ["A Mú Sung", "Nậm Chạc"])],
}  # fmt: skip
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Đức", "Thanh", "Hữu", "Minh", "Quang", "Ngọc", "Xuân", "Hồng", "Anh", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Long", "Nam", "Quý", "Sơn", "Trung", "Vinh", "Hà"]
CENTRAL = [
    ("57-NQ/TW", "NQ", "57", "2024-12-22", "Bộ Chính trị", "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo"),
    ("204-QĐ/TW", "QĐ", "204", "2024-11-29", "Ban Bí thư", "chuyển đổi số trong các cơ quan Đảng"),
    ("66-NQ/TW", "NQ", "66", "2025-04-30", "Bộ Chính trị", "đổi mới công tác xây dựng và thi hành pháp luật"),
    ("68-NQ/TW", "NQ", "68", "2025-05-04", "Bộ Chính trị", "phát triển kinh tế tư nhân"),
    ("05-CT/TW", "CT", "05", "2016-05-15", "Bộ Chính trị", "học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh"),
    ("123-KL/TW", "KL", "123", "2025-01-24", "Ban Chấp hành Trung ương Đảng", "phát triển kinh tế - xã hội năm 2025"),
]  # fmt: skip
POSTS = [("Bí thư Tỉnh ủy", "Tỉnh ủy"), ("Chủ tịch UBND tỉnh", "UBND tỉnh"), ("Chủ tịch HĐND tỉnh", "HĐND tỉnh"),
         ("Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy"), ("Giám đốc Công an tỉnh", "Công an tỉnh")]  # fmt: skip
KIND_WORDS = {"NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "KL": "Kết luận"}
AGENCIES = ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nội vụ", "Văn phòng Tỉnh ủy", "Sở Xây dựng"]
PROJECTS = [
    "Dự án nhà máy chế biến nông sản",
    "Cụm công nghiệp",
    "Dự án đường giao thông liên xã",
    "Đề án chuyển đổi số",
]


@dataclass
class Corpus:
    """State carried across documents so that chains and careers are consistent."""

    rng: random.Random
    plans: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # province -> (key, date, target)
    people: dict[str, list[list[str]]] = field(default_factory=dict)  # province -> [name, post index]
    # (province, district) -> district plans (key, date, the provincial plan it carries out)
    district_plans: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _dmy(iso: str) -> str:
    return f"{int(iso[8:])}/{int(iso[5:7])}/{iso[:4]}"


def _when(rng: random.Random, index: int, after: str) -> tuple[int, int, int]:
    """A (year, month, day) on or after the ISO date ``after`` (2021-2026)."""
    first = int(after[:4])
    year = rng.randint(max(2021, first), max(2021, first, 2026))
    low = int(after[5:7]) if year == first else 1
    month, day = rng.randint(min(low, 12), 12), 1 + index % 27
    if f"{year}-{month:02d}-{day:02d}" < after:  # the same month, before the day of what it carries out
        day = int(after[8:10])
    return year, month, day


def document(corpus: Corpus, index: int) -> tuple[str, dict[str, Any]]:
    """One article and its gold annotation: a provincial meeting, or (every second and third
    document, once there is a plan above to carry out) a district or a commune one."""
    rng = corpus.rng
    province = rng.choice(list(PROVINCES))
    step = index % 3
    if step == 2:
        placed = [(d, c) for d, communes in PROVINCES[province] for c in communes
                  if corpus.district_plans.get((province, d))]  # fmt: skip
        if placed:
            return _commune_document(corpus, index, province, *rng.choice(placed))
    if step >= 1 and corpus.plans.get(province):
        return _district_document(corpus, index, province)
    return _provincial_document(corpus, index, province)


def _gold(index: int, published: str, **parts: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {"doc": f"synth_{index:06d}", "published": published}
    gold.update(parts)
    gold["organizations"] = [{"name": name} for name in sorted(set(gold["organizations"]))]
    return gold


def _provincial_document(corpus: Corpus, index: int, province: str) -> tuple[str, dict[str, Any]]:
    """A provincial standing committee meeting: a central directive, the provincial plan made to
    carry it out, a task for an agency, and a project placed in a commune."""
    rng = corpus.rng
    symbol, kind, number, issued, issuer, topic = rng.choice(CENTRAL)
    year, month, day = _when(rng, index, issued)
    published = f"{year}-{month:02d}"
    staff = corpus.people.setdefault(province, [[person(rng), str(i)] for i in range(len(POSTS))])
    if rng.random() < 0.1:  # someone moves to another post
        a, b = rng.sample(range(len(staff)), 2)
        staff[a][1], staff[b][1] = staff[b][1], staff[a][1]
    chair, reporter = staff[0][0], staff[1][0]
    chair_title, chair_body = POSTS[int(staff[0][1])]
    rep_title, rep_body = POSTS[int(staff[1][1])]
    plan_no = 100 + index  # unique in the corpus: one symbol, one plan
    plan_key = f"{plan_no}-KH/TU"
    plan_date = f"{year}-{month:02d}-{day:02d}"
    district, communes = rng.choice(PROVINCES[province])
    commune = rng.choice(communes)
    agency = rng.choice(AGENCIES)
    project = f"{rng.choice(PROJECTS)} {commune}"
    text = (
        f"Sáng ngày {day}/{month}, Ban Thường vụ Tỉnh ủy {province} tổ chức phiên họp thường kỳ. "
        f"Đồng chí {chair} - {chair_title} chủ trì phiên họp. "
        f"Tham dự có các đồng chí: {reporter} - {rep_title}; lãnh đạo các sở, ban, ngành.\n\n"
        f"Phiên họp đã nghe và cho ý kiến về việc triển khai thực hiện "
        f"{KIND_WORDS[kind]} "
        f"số {symbol} ngày {_dmy(issued)} của {issuer} về {topic}.\n\n"
        f"Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số {plan_no}-KH/TU ngày {day}/{month}/{year} "
        f"để cụ thể hóa {symbol}. Giao {agency} chủ trì, phối hợp với UBND huyện {district} triển khai "
        f"{project} tại xã {commune}, huyện {district}.\n\n"
        f"Kết luận phiên họp, đồng chí {chair} yêu cầu các cấp ủy, tổ chức đảng quyết liệt thực hiện.\n"
    )
    gold = _gold(
        index, published,
        resolutions=[
            {"key": symbol, "kind": kind, "number": number, "issuer": issuer, "issued_on": issued},
            {"key": plan_key, "kind": "KH", "number": str(plan_no), "issuer": "Ban Thường vụ Tỉnh ủy",
             "issued_on": plan_date},
        ],
        officials=[{"name": chair, "titles": [chair_title]}, {"name": reporter, "titles": [rep_title]}],
        meetings=[{"body": "Ban Thường vụ Tỉnh ủy", "date": plan_date, "province": province}],
        projects=[{"name": project}],
        localities=[{"name": province, "level": "tỉnh"}, {"name": district, "level": "huyện"},
                    {"name": commune, "level": "xã"}],
        organizations=["Ban Thường vụ Tỉnh ủy", issuer, agency, chair_body, rep_body, f"UBND huyện {district}"],
        relations=[
            {"type": "IMPLEMENTS", "source": plan_key, "target": symbol},
            {"type": "CITES", "source": "meeting:0", "target": symbol},
            {"type": "CITES", "source": "meeting:0", "target": plan_key},
            {"type": "CONCLUDED", "source": chair, "target": "meeting:0"},
            # "Giao Sở X chủ trì, phối hợp với ... triển khai Dự án Y": the task given is the project (GOLD_FORMAT:
            # the body that leads a task gets it; the genres gold reads "giao Sở X chủ trì ... Dự án Y" so)
            {"type": "ASSIGNED_TO", "source": project, "target": agency},
            {"type": "ASSIGNED_TO", "source": project, "target": commune},
        ],
    )  # fmt: skip
    corpus.plans.setdefault(province, []).append((plan_key, plan_date, symbol))
    return f" date {published} {text}", gold


def _district_document(corpus: Corpus, index: int, province: str) -> tuple[str, dict[str, Any]]:
    """A district standing committee issues its plan to carry out a provincial plan."""
    rng = corpus.rng
    parent, parent_date, _ = rng.choice(corpus.plans[province])
    district, _ = rng.choice(PROVINCES[province])
    year, month, day = _when(rng, index, parent_date)
    published, plan_date = f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"
    plan_no = 100 + index
    plan_key = f"{plan_no}-KH/HU"
    chair = person(rng)
    text = (
        f"Chiều ngày {day}/{month}, Ban Thường vụ Huyện ủy {district} tổ chức hội nghị triển khai nhiệm vụ "
        f"trọng tâm. Đồng chí {chair} - Bí thư Huyện ủy chủ trì hội nghị.\n\n"
        f"Ban Thường vụ Huyện ủy {district} đã ban hành Kế hoạch số {plan_key} ngày {day}/{month}/{year} "
        f"để triển khai thực hiện Kế hoạch số {parent} ngày {_dmy(parent_date)} của Ban Thường vụ Tỉnh ủy "
        f"{province}. Giao UBND huyện {district} chủ trì tổ chức thực hiện.\n\n"
        f"Kết luận hội nghị, đồng chí {chair} yêu cầu các chi bộ, đảng bộ cơ sở quyết liệt thực hiện.\n"
    )
    gold = _gold(
        index, published,
        resolutions=[
            {"key": parent, "kind": "KH", "number": parent.split("-")[0], "issuer": "Ban Thường vụ Tỉnh ủy",
             "issued_on": parent_date},
            {"key": plan_key, "kind": "KH", "number": str(plan_no), "issuer": "Ban Thường vụ Huyện ủy",
             "issued_on": plan_date},
        ],
        officials=[{"name": chair, "titles": ["Bí thư Huyện ủy"]}],
        meetings=[{"body": f"Ban Thường vụ Huyện ủy {district}", "date": plan_date, "province": province}],
        projects=[],
        localities=[{"name": province, "level": "tỉnh"}, {"name": district, "level": "huyện"}],
        organizations=[f"Ban Thường vụ Huyện ủy {district}", "Ban Thường vụ Tỉnh ủy", f"UBND huyện {district}",
                       f"Huyện ủy {district}"],
        relations=[
            {"type": "IMPLEMENTS", "source": plan_key, "target": parent},
            {"type": "CITES", "source": "meeting:0", "target": plan_key},
            {"type": "CITES", "source": "meeting:0", "target": parent},
            {"type": "CONCLUDED", "source": chair, "target": "meeting:0"},
            {"type": "ASSIGNED_TO", "source": plan_key, "target": f"UBND huyện {district}"},
        ],
    )  # fmt: skip
    corpus.district_plans.setdefault((province, district), []).append((plan_key, plan_date, parent))
    return f" date {published} {text}", gold


def _commune_document(
    corpus: Corpus, index: int, province: str, district: str, commune: str
) -> tuple[str, dict[str, Any]]:
    """A commune Party committee issues its plan under the district's, and a project carries it out there."""
    rng = corpus.rng
    parent, parent_date, _ = rng.choice(corpus.district_plans[(province, district)])
    year, month, day = _when(rng, index, parent_date)
    published, plan_date = f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"
    plan_no = 100 + index
    plan_key = f"{plan_no}-KH/ĐU"
    project = f"{rng.choice(PROJECTS)} {commune}"
    chair = person(rng)
    text = (
        f"Ngày {day}/{month}/{year}, Đảng ủy xã {commune}, huyện {district}, tỉnh {province} tổ chức hội nghị. "
        f"Đồng chí {chair} - Bí thư Đảng ủy xã chủ trì hội nghị.\n\n"
        f"Đảng ủy xã đã ban hành Kế hoạch số {plan_key} ngày {day}/{month}/{year} để cụ thể hóa Kế hoạch số "
        f"{parent} ngày {_dmy(parent_date)} của Ban Thường vụ Huyện ủy {district}. UBND xã {commune} triển khai "
        f"{project} tại xã {commune}, huyện {district} để thực hiện Kế hoạch số {plan_key}.\n\n"
        f"Kết luận hội nghị, đồng chí {chair} yêu cầu các chi bộ quyết liệt thực hiện.\n"
    )
    gold = _gold(
        index, published,
        resolutions=[
            {"key": parent, "kind": "KH", "number": parent.split("-")[0], "issuer": "Ban Thường vụ Huyện ủy",
             "issued_on": parent_date},
            {"key": plan_key, "kind": "KH", "number": str(plan_no), "issuer": "Đảng ủy xã", "issued_on": plan_date},
        ],
        officials=[{"name": chair, "titles": ["Bí thư Đảng ủy xã"]}],
        meetings=[{"body": f"Đảng ủy xã {commune}", "date": plan_date, "province": province}],
        projects=[{"name": project}],
        localities=[{"name": province, "level": "tỉnh"}, {"name": district, "level": "huyện"},
                    {"name": commune, "level": "xã"}],
        organizations=[f"Đảng ủy xã {commune}", f"Ban Thường vụ Huyện ủy {district}", f"UBND xã {commune}"],
        relations=[
            {"type": "IMPLEMENTS", "source": plan_key, "target": parent},
            {"type": "IMPLEMENTS", "source": project, "target": plan_key},
            {"type": "CITES", "source": "meeting:0", "target": plan_key},
            {"type": "CITES", "source": "meeting:0", "target": parent},
            {"type": "CONCLUDED", "source": chair, "target": "meeting:0"},
            {"type": "ASSIGNED_TO", "source": project, "target": commune},
        ],
    )  # fmt: skip
    return f" date {published} {text}", gold


def gold_chains(gold_dir: Path) -> dict[str, set[str]]:
    """Commune name -> the central directives that reached it, from the gold alone: for every
    document that places a project in the commune, what that document's plans and projects carry
    out, following IMPLEMENTS across documents (symbols and project names are the corpus' keys,
    unique by construction)."""
    implements: dict[str, set[str]] = {}
    placing: list[tuple[str, set[str]]] = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        projects = {p["name"] for p in gold["projects"]}
        places = {loc["name"] for loc in gold["localities"]}  # a project is placed in a unit, given to an agency
        written = {r["key"] for r in gold["resolutions"]} | projects
        for rel in gold["relations"]:
            if rel["type"] == "IMPLEMENTS":
                implements.setdefault(rel["source"], set()).add(rel["target"])
            elif rel["type"] == "ASSIGNED_TO" and rel["source"] in projects and rel["target"] in places:
                placing.append((rel["target"], written))
    central = {row[0] for row in CENTRAL}
    chains: dict[str, set[str]] = {}
    for commune, start in placing:
        frontier, seen = set(start), set(start)
        while frontier:
            frontier = {t for s in frontier for t in implements.get(s, ())} - seen
            seen |= frontier
        chains.setdefault(commune, set()).update(seen & central)
    return chains


def write_corpus(out: Path, docs: int, seed: int = 11) -> list[Path]:
    """Write ``docs`` articles to ``out/docs`` and their gold to ``out/gold``; returns the article paths."""
    (out / "docs").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    corpus = Corpus(random.Random(seed))
    paths = []
    for index in range(docs):
        text, gold = document(corpus, index)
        path = out / "docs" / f"{gold['doc']}.txt"
        path.write_text(text, encoding="utf-8")
        (out / "gold" / f"{gold['doc']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description="write a synthetic corpus with its gold truth")
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=Path("var-corpus"))
    args = parser.parse_args()
    paths = write_corpus(args.out, args.docs, args.seed)
    print(f"wrote {len(paths)} documents and their gold files under {args.out}")


if __name__ == "__main__":
    main()

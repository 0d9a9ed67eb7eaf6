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

PROVINCES = {
    "Nghệ An": (["Anh Sơn", "Đô Lương", "Nghi Lộc", "Quỳnh Lưu"], ["Khai Sơn", "Nghi Lâm", "Tào Sơn", "Quỳnh Thạch"]),
    "Hà Tĩnh": (["Can Lộc", "Hương Sơn", "Kỳ Anh", "Thạch Hà"], ["Thạch Kim", "Sơn Kim", "Kỳ Hoa", "Cẩm Bình"]),
    "Thanh Hóa": (["Hoằng Hóa", "Nông Cống", "Thọ Xuân", "Tĩnh Gia"], ["Hoằng Phụ", "Xuân Lai", "Tế Lợi", "Hải Hòa"]),
    "Quảng Bình": (["Bố Trạch", "Lệ Thủy", "Quảng Trạch"], ["Sơn Trạch", "Phong Thủy", "Quảng Tùng"]),
    "Bắc Giang": (["Lục Nam", "Yên Thế", "Hiệp Hòa"], ["Cẩm Lý", "Đồng Kỳ", "Mai Đình"]),
    "Đắk Lắk": (["Krông Pắc", "Ea Kar", "Cư M'gar"], ["Ea Phê", "Cư Huê", "Ea Tul"]),
    "Cà Mau": (["Năm Căn", "Trần Văn Thời", "U Minh"], ["Hàm Rồng", "Khánh Bình", "Khánh Lâm"]),
    "Lào Cai": (["Bảo Thắng", "Bát Xát", "Sa Pa"], ["Phong Hải", "Quang Kim", "Tả Van"]),
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


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def document(corpus: Corpus, index: int) -> tuple[str, dict[str, Any]]:
    """One article and its gold annotation."""
    rng = corpus.rng
    province = rng.choice(list(PROVINCES))
    districts, communes = PROVINCES[province]
    symbol, kind, number, issued, issuer, topic = rng.choice(CENTRAL)
    year = rng.randint(max(2021, int(issued[:4]) + 1 if issued[5:7] > "06" else int(issued[:4])), 2026)
    month, day = rng.randint(7 if year == int(issued[:4]) else 1, 12), 1 + index % 27
    published = f"{year}-{month:02d}"
    staff = corpus.people.setdefault(province, [[person(rng), str(i)] for i in range(len(POSTS))])
    if rng.random() < 0.1:  # someone moves to another post
        a, b = rng.sample(range(len(staff)), 2)
        staff[a][1], staff[b][1] = staff[b][1], staff[a][1]
    chair, reporter = staff[0][0], staff[1][0]
    chair_title, chair_body = POSTS[int(staff[0][1])]
    rep_title, rep_body = POSTS[int(staff[1][1])]
    plan_no = 100 + index % 400
    plan_key = f"{plan_no}-KH/TU"
    plan_date = f"{year}-{month:02d}-{day:02d}"
    district, commune = rng.choice(districts), rng.choice(communes)
    agency = rng.choice(AGENCIES)
    project = f"{rng.choice(PROJECTS)} {commune}"
    d, m, y = issued[8:], issued[5:7], issued[:4]
    text = (
        f"Sáng ngày {day}/{month}, Ban Thường vụ Tỉnh ủy {province} tổ chức phiên họp thường kỳ. "
        f"Đồng chí {chair} - {chair_title} chủ trì phiên họp. "
        f"Tham dự có các đồng chí: {reporter} - {rep_title}; lãnh đạo các sở, ban, ngành.\n\n"
        f"Phiên họp đã nghe và cho ý kiến về việc triển khai thực hiện "
        f"{KIND_WORDS[kind]} "
        f"số {symbol} ngày {int(d)}/{int(m)}/{y} của {issuer} về {topic}.\n\n"
        f"Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số {plan_no}-KH/TU ngày {day}/{month}/{year} "
        f"để cụ thể hóa {symbol}. Giao {agency} chủ trì, phối hợp với UBND huyện {district} triển khai "
        f"{project} tại xã {commune}, huyện {district}.\n\n"
        f"Kết luận phiên họp, đồng chí {chair} yêu cầu các cấp ủy, tổ chức đảng quyết liệt thực hiện.\n"
    )
    gold: dict[str, Any] = {
        "doc": f"synth_{index:06d}",
        "published": published,
        "resolutions": [
            {"key": symbol, "kind": kind, "number": number, "issuer": issuer, "issued_on": issued},
            {"key": plan_key, "kind": "KH", "number": str(plan_no), "issuer": "Ban Thường vụ Tỉnh ủy",
             "issued_on": plan_date},
        ],
        "officials": [{"name": chair, "titles": [chair_title]}, {"name": reporter, "titles": [rep_title]}],
        "meetings": [{"body": "Ban Thường vụ Tỉnh ủy", "date": plan_date, "province": province}],
        "projects": [{"name": project}],
        "localities": [{"name": province, "level": "tỉnh"}, {"name": district, "level": "huyện"},
                       {"name": commune, "level": "xã"}],
        "organizations": sorted({"Ban Thường vụ Tỉnh ủy", issuer, agency, chair_body, rep_body,
                                 f"UBND huyện {district}"}),
        "relations": [
            {"type": "IMPLEMENTS", "source": plan_key, "target": symbol},
            {"type": "CITES", "source": "meeting:0", "target": symbol},
            {"type": "CITES", "source": "meeting:0", "target": plan_key},
            {"type": "CONCLUDED", "source": chair, "target": "meeting:0"},
            {"type": "ASSIGNED_TO", "source": plan_key, "target": agency},
            {"type": "ASSIGNED_TO", "source": project, "target": commune},
        ],
    }  # fmt: skip
    gold["organizations"] = [{"name": name} for name in gold["organizations"]]
    corpus.plans.setdefault(province, []).append((plan_key, plan_date, symbol))
    return f" date {published} {text}", gold


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

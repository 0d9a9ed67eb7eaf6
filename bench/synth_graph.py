"""A synthetic directive graph for query and API benchmarks (deterministic from a seed).

The shape follows the domain: central resolutions; per province, plans implementing them;
per district, plans implementing the provincial ones; commune-level projects implementing
district plans and assigned to communes; meetings citing plans, concluded by officials who
hold posts; documents mentioning all of it. ``scale=1.0`` gives about 1M nodes and 3M edges.

    python -m bench.synth_graph --scale 0.1 --data-dir var-bench
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass
from pathlib import Path

from graph.backends.embedded import EmbeddedStore
from graph.model import Label, RelType
from graph.store import GraphStore
from loaders.write import BulkWriter, GraphWriter, Source

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Đức", "Thanh", "Hữu", "Minh", "Quang", "Ngọc", "Xuân", "Hồng"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Long", "Minh", "Nam", "Quý", "Sơn", "Trung", "Vinh"]
KINDS = ["NQ", "QĐ", "CT", "KL", "KH"]


@dataclass
class SynthStats:
    nodes: int = 0
    edges: int = 0
    seconds: float = 0.0


def central_keys(scale: float) -> list[str]:
    return [f"{i}-{KINDS[i % len(KINDS)]}/TW:{2015 + i % 11}" for i in range(1, max(20, int(2000 * scale)))]


def generate(
    store: GraphStore, scale: float = 1.0, seed: int = 7, batch: int = 5000, writer: GraphWriter | None = None
) -> SynthStats:
    """Write the synthetic graph (through ``writer`` when given: a BulkWriter sends it when finished);
    returns counts and seconds."""
    rng = random.Random(seed)
    writer = writer or GraphWriter(store, batch)
    stats = SynthStats()
    started = time.perf_counter()
    provinces = [f"Tỉnh {i:02d}" for i in range(63)]
    districts_per_province = max(2, int(60 * scale))
    communes_per_district = max(2, int(130 * scale))
    central = central_keys(scale)

    def node(label: Label, key: str, props: dict[str, object]) -> None:
        writer.add_node(label, key, props)
        stats.nodes += 1

    def edge(rel: RelType, source: str, target: str, doc: str, rule: str, edge_id: str = "") -> None:
        where = Source(doc, f"{source} {rel.value.lower()} {target}.", 0, 40, rule)
        writer.add_edge(rel, source, target, id=edge_id, provenance=where)
        stats.edges += 1

    def flush_if_full() -> None:
        if writer.pending() >= batch * 4:
            writer.flush()

    for key in central:
        symbol, year = key.split(":")
        number, kind = symbol.split("/")[0].split("-")
        props = {"kind": kind, "number": number, "symbol": symbol, "issuer_code": "TW", "level": "central"}
        node(Label.RESOLUTION, key, {**props, "issued_on": f"{year}-01-15", "title": f"Văn bản {symbol} về phát triển"})
    for p, province in enumerate(provinces):
        pslug = f"tinh-{p:02d}"
        node(Label.LOCALITY, f"tinh/{pslug}", {"name": province, "level": "tỉnh"})
        for d in range(districts_per_province):
            doc = f"doc-{p}-{d}"
            node(
                Label.DOCUMENT,
                doc,
                {"title": f"Báo cáo {province} số {d}", "published": f"20{20 + d % 6}-0{1 + d % 9}"},
            )
            plan = f"{100 + d}-KH/TU@{pslug}:{2020 + d % 6}"
            node(
                Label.RESOLUTION,
                plan,
                {
                    "kind": "KH",
                    "number": str(100 + d),
                    "symbol": f"{100 + d}-KH/TU",
                    "issuer_code": "TU",
                    "level": "provincial",
                    "province": province,
                    "issued_on": f"{2020 + d % 6}-04-28",
                },
            )
            for target in rng.sample(central, 2):
                edge(RelType.IMPLEMENTS, plan, target, doc, "synth-implements")
            district = f"huyen/h{d:02d}@{pslug}"
            node(Label.LOCALITY, district, {"name": f"Huyện {d:02d}", "level": "huyện", "parent": province})
            edge(RelType.PART_OF, district, f"tinh/{pslug}", doc, "gazetteer")
            dplan = f"{10 + d}-KH/HU@h{d:02d}-{pslug}:{2021 + d % 5}"
            node(
                Label.RESOLUTION,
                dplan,
                {
                    "kind": "KH",
                    "number": str(10 + d),
                    "symbol": f"{10 + d}-KH/HU",
                    "level": "district",
                    "province": province,
                },
            )
            edge(RelType.IMPLEMENTS, dplan, plan, doc, "synth-implements")
            meeting = f"ban-thuong-vu-tinh-uy@{pslug}/{2020 + d % 6}-0{1 + d % 9}-1{d % 9}"
            node(
                Label.MEETING,
                meeting,
                {
                    "body": "Ban Thường vụ Tỉnh ủy",
                    "province": province,
                    "date": f"{2020 + d % 6}-0{1 + d % 9}-1{d % 9}",
                },
            )
            edge(RelType.CITES, meeting, plan, doc, "synth-cites")
            edge(RelType.CITES, meeting, rng.choice(central), doc, "synth-cites")
            name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            official = f"{name.lower().replace(' ', '-')}-{p}-{d}@{pslug}"
            node(Label.OFFICIAL, official, {"name": name, "province": province})
            edge(RelType.CONCLUDED, official, meeting, doc, "synth-concluded")
            org = f"uy-ban-nhan-dan-huyen-{d:02d}@{pslug}"
            node(Label.ORGANIZATION, org, {"name": f"UBND huyện {d:02d}", "province": province})
            edge(RelType.HOLDS, official, org, doc, "synth-holds", "Chủ tịch UBND huyện")
            for c in range(communes_per_district):
                commune = f"xa/x{c:02d}-h{d:02d}@{pslug}"
                node(Label.LOCALITY, commune, {"name": f"Xã {c:02d} huyện {d:02d}", "level": "xã", "parent": province})
                edge(RelType.PART_OF, commune, district, doc, "gazetteer")
                project = f"du-an-{c:02d}-h{d:02d}@{pslug}"
                node(Label.PROJECT, project, {"name": f"Dự án nông thôn mới xã {c:02d}", "kind": "dự án"})
                edge(RelType.IMPLEMENTS, project, dplan, doc, "synth-implements")
                edge(RelType.ASSIGNED_TO, project, commune, doc, "synth-assigned")
                edge(RelType.MENTIONED_IN, project, doc, doc, "synth-mention")
                edge(RelType.MENTIONED_IN, commune, doc, doc, "synth-mention")
                edge(RelType.MENTIONED_IN, project, f"doc-{p}-0", doc, "synth-mention")
                flush_if_full()
    writer.flush()
    stats.seconds = time.perf_counter() - started
    return stats


def generate_bulk(store: EmbeddedStore, scale: float = 1.0, seed: int = 7) -> SynthStats:
    """The same graph as :func:`generate`, written by one bulk insert into the empty store (seconds: all of it,
    the indexes built after it included)."""
    started = time.perf_counter()
    writer = BulkWriter(store)
    stats = generate(store, scale, seed, writer=writer)
    writer.finish()
    stats.seconds = time.perf_counter() - started
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = about 1M nodes / 3M edges")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, default=Path("var-bench"))
    parser.add_argument("--bulk", action="store_true", help="a first load by bulk insert (BulkWriter), not upserts")
    args = parser.parse_args()
    store = EmbeddedStore(args.data_dir, start_timeout=120)
    try:
        store.write("delete_all")
        store.apply_schema()
        stats = generate_bulk(store, args.scale, args.seed) if args.bulk else generate(store, args.scale, args.seed)
        print(
            f"{stats.nodes} nodes, {stats.edges} edges in {stats.seconds:.1f}s "
            f"({(stats.nodes + stats.edges) / stats.seconds:,.0f} rows/s)"
        )
    finally:
        store.close()


if __name__ == "__main__":
    main()

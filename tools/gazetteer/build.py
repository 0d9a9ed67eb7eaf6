"""Build ``loaders/data/gazetteer.tsv`` from the ``vietnamadminunits`` 1.0.4 wheel (MIT).

    python tools/gazetteer/build.py                 # pip download the pinned wheel into a temp dir
    python tools/gazetteer/build.py --wheel PATH    # or use a wheel already on disk

The wheel's ``data/dataset.db`` (SQLite) holds the units before the 2025 reform
(``admin_units_legacy``: province / district / ward) and after it (``admin_units``: province /
ward); ``data/converter_2025.json`` maps the old units to the new ones. The output is one
UTF-8 TSV row per unit, sorted by era and code:

    era  code  level  name  parent  successors  aliases

* ``era``: ``2024`` (the last list before 1 July 2025) or ``2025`` (from 1 July 2025).
* ``code``: the statistics office code, unique within an era (2 digits province, 3 district,
  5 commune); the 2025 list reuses old codes, so a unit is (era, code).
* ``level``: the level word in full, lower case (tỉnh, thành phố, huyện, quận, thị xã, xã,
  phường, thị trấn, đặc khu), read from the unit's full name (the dataset's type column
  disagrees with the name for a handful of units; the name is the official one).
* ``name``: what a text writes after the level word, NFC ("Anh Sơn"; "1" for Phường 1).
* ``parent``: the code of the parent unit in the same era (empty for provinces).
* ``successors``: for 2024 units, the 2025 codes they went into, ``;``-separated, the default
  (the one taking most of it) first: a province its new province, a commune its new
  commune(s); the five island districts without communes their đặc khu; other districts
  none (the tier was abolished).
* ``aliases``: other names of the same unit, ``;``-separated (a short hand-kept list).

Also writes ``GAZETTEER-NOTICE.txt`` next to it with the package's MIT licence.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "vietnamadminunits"
VERSION = "1.0.4"
WHEEL = f"{PACKAGE}-{VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "737ee3662e877290386c1c45ed4d71f2e5fae34ab6fb9c64bfb4cb74b216ea35"
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "loaders" / "data" / "gazetteer.tsv"
HEADER = ("era", "code", "level", "name", "parent", "successors", "aliases")

#: level words, longest first so that "thành phố" is tried before anything shorter
LEVELS = ("thành phố", "thị trấn", "đặc khu", "thị xã", "phường", "huyện", "quận", "tỉnh", "xã")
#: other names of a unit, by (era, code): names a text of the time may use
ALIASES = {("2024", "46"): ["Thừa Thiên Huế"]}


@dataclass
class Row:
    era: str
    code: str
    level: str
    name: str
    parent: str = ""
    successors: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def line(self) -> str:
        cells = [self.era, self.code, self.level, self.name, self.parent, ";".join(self.successors)]
        cells.append(";".join(self.aliases))
        assert all("\t" not in c and "\n" not in c for c in cells), cells
        return "\t".join(cells)


def split_level(full: str) -> tuple[str, str]:
    """("Thị Xã Việt Yên") -> ("thị xã", "Việt Yên"); the level word is matched ignoring case."""
    full = unicodedata.normalize("NFC", " ".join(full.split()))
    low = full.lower()
    for level in LEVELS:
        if low.startswith(level + " "):
            return level, full[len(level) + 1 :]
    raise ValueError(f"no level word in {full!r}")


def download(dest: Path) -> Path:
    """``pip download`` the pinned wheel (no dependencies) into ``dest``."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-d", str(dest)]
    subprocess.run([*cmd, f"{PACKAGE}=={VERSION}"], check=True)
    return dest / WHEEL


def unpack(wheel: Path, dest: Path) -> Path:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{wheel}: sha256 {digest}, expected {WHEEL_SHA256}")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(dest)
    return dest


def build_rows(root: Path) -> list[Row]:
    """Every unit of both eras, from an unpacked wheel at ``root``."""
    data = root / PACKAGE / "data"
    db = sqlite3.connect(data / "dataset.db")
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    rows: dict[tuple[str, str], Row] = {}

    def add(era: str, code: str, full: str, parent: str = "") -> Row:
        level, name = split_level(full)
        row = rows.get((era, code))
        if row is None:
            row = rows[(era, code)] = Row(era, code, level, name, parent, aliases=ALIASES.get((era, code), []))
        elif (row.level, row.name, row.parent) != (level, name, parent):
            raise ValueError(f"{era} {code}: {full!r} vs {row}")
        return row

    # keys of the converter: provinceKey, provinceKey_districtKey_wardKey (old), provinceKey + wardKey (new)
    old_province: dict[str, str] = {}
    old_ward: dict[str, str] = {}
    old_district: dict[str, str] = {}
    legacy = db.execute(
        "SELECT province, provinceCode, provinceKey, district, districtCode, districtKey, ward, wardCode, wardKey"
        " FROM admin_units_legacy"
    )
    for province, p_code, p_key, district, d_code, d_key, ward, w_code, w_key in legacy:
        add("2024", p_code, province)
        add("2024", d_code, district, p_code)
        old_province[p_key] = p_code
        old_district[f"{p_key}_{d_key}_"] = d_code  # the island districts without communes
        if ward:
            add("2024", w_code, ward, d_code)
            old_ward[f"{p_key}_{d_key}_{w_key}"] = w_code

    new_province: dict[str, str] = {}
    new_ward: dict[tuple[str, str], str] = {}
    for province, p_code, p_key, ward, w_code, w_key in db.execute(
        "SELECT province, provinceCode, provinceKey, ward, wardCode, wardKey FROM admin_units"
    ):
        add("2025", p_code, province)
        add("2025", w_code, ward, p_code)
        new_province[p_key] = p_code
        new_ward[(p_key, w_key)] = w_code

    successors: dict[str, list[tuple[bool, str]]] = defaultdict(list)  # old code -> (default, new code)
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        for old_key in old_keys:
            successors[old_province[old_key]].append((True, new_province[new_key]))
    for new_p, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_w, old_keys in wards.items():
            for old_key in old_keys:
                old = old_ward.get(old_key) or old_district[old_key]
                successors[old].append((True, new_ward[(new_p, new_w)]))
    for new_p, divided in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in divided.items():
            for part in parts:
                successors[old_ward[old_key]].append(
                    (bool(part["isDefaultNewWard"]), new_ward[(new_p, part["newWardKey"])])
                )
    for old, found in successors.items():
        ordered = [code for _, code in sorted(found, key=lambda dc: (not dc[0], dc[1]))]
        rows[("2024", old)].successors = list(dict.fromkeys(ordered))
    missing = [r.code for r in rows.values() if r.era == "2024" and len(r.code) != 3 and not r.successors]
    if missing:
        raise ValueError(f"2024 units without a 2025 successor: {missing[:10]}")
    return sorted(rows.values(), key=lambda r: (r.era, r.code))


def notice(rows: list[Row], licence: str) -> str:
    return (
        f"loaders/data/gazetteer.tsv is derived from the data of {PACKAGE} {VERSION}\n"
        f"(https://pypi.org/project/{PACKAGE}/, https://github.com/tranngocminhhieu/{PACKAGE}):\n"
        f"data/dataset.db (tables admin_units_legacy and admin_units) and data/converter_2025.json,\n"
        f"reduced to one row per unit (era, code, level, name, parent, successors, aliases) by\n"
        f"tools/gazetteer/build.py ({len(rows)} rows; wheel sha256 {WHEEL_SHA256}).\n"
        f"The package is distributed under the MIT licence, reproduced below.\n\n" + licence.rstrip() + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--wheel", type=Path, help=f"a local {WHEEL} (default: pip download it)")
    parser.add_argument("--out", type=Path, default=OUT, help="the TSV to write (the notice goes beside it)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gazetteer-") as tmp:
        wheel = args.wheel or download(Path(tmp))
        root = unpack(wheel, Path(tmp) / "unpacked")
        rows = build_rows(root)
        licence = (root / f"{PACKAGE}-{VERSION}.dist-info" / "licenses" / "LICENSE").read_text(encoding="utf-8")
    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    text = "\t".join(HEADER) + "\n" + "".join(r.line() + "\n" for r in rows)
    out.write_text(text, encoding="utf-8", newline="\n")
    (out.parent / "GAZETTEER-NOTICE.txt").write_text(notice(rows, licence), encoding="utf-8", newline="\n")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r.era, r.level)] += 1
    print(f"{out}: {len(rows)} rows, {len(text.encode())} bytes")
    for (era, level), n in sorted(counts.items()):
        print(f"  {era} {level}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Organizations: Party and State bodies, agencies and departments, abbreviations kept as written.

Names come from the patterns of :data:`loaders.extract.lexicon.BODY_PATTERNS`; a trailing
place name is part of a body only for committees named after their place ("Thành ủy Vinh",
"Huyện ủy Tân Kỳ"). The fullest form in the text wins ("Ban Thường vụ Tỉnh ủy" over "Tỉnh ủy"
at the same place), and a body found inside an official's title counts too.
"""

from __future__ import annotations

import re

from loaders.extract.lexicon import BODY_PATTERNS, DEPARTMENT_ABBREVIATIONS, LOWER, PROVINCES, UPPER
from loaders.extract.model import Organization
from loaders.extract.text import Doc
from loaders.normalize import tone_key

_PLACE = rf"[{UPPER}][{LOWER}]+(?:\s[{UPPER}][{LOWER}]+){{0,2}}"
_CAPWORDS = (
    rf"(?:{DEPARTMENT_ABBREVIATIONS}|[{UPPER}][{LOWER}]+(?:\s[{LOWER}]+)?"
    rf"(?:(?:,\s|\s(?:và|-)\s|\s)[{UPPER}][{LOWER}]+(?:\s[{LOWER}]+)?){{0,4}})"
)
_PATTERN = re.compile(
    r"(?<![\w])(?:"
    + "|".join(p.replace("PLACE", _PLACE).replace("CAPWORDS", _CAPWORDS) for p in BODY_PATTERNS)
    + r")(?![\w])"
)
_BAD_TAIL = re.compile(rf"\s(?:{'|'.join(map(re.escape, PROVINCES))})$")
_LOWER_TAIL = re.compile(rf"\s[{LOWER}]+$")
_NOT_ORGS = {"chính phủ điện tử"}


def _clean(name: str) -> str:
    name = name.strip(" ,-–")
    # "Sở Kế hoạch và Đầu tư chủ" -> cut a trailing lowercase word that is not part of the name
    while _LOWER_TAIL.search(name) and not re.search(r"\s(?:tỉnh|thành phố|huyện|xã|phường|quận)$", name):
        cut = _LOWER_TAIL.sub("", name)
        if cut.count(" ") < 1:
            break
        name = cut
    return name


def extract_organizations(doc: Doc) -> list[Organization]:
    found: dict[str, Organization] = {}
    spans: list[tuple[int, int, str]] = []
    for m in _PATTERN.finditer(doc.match):
        name = _clean(doc.match[m.start() : m.end()])
        if tone_key(name) in _NOT_ORGS or len(name) < 3:
            continue
        spans.append((m.start(), m.start() + len(name), name))
    for start, end, name in spans:
        key = tone_key(name)
        org = found.get(key)
        if org is None:
            org = found[key] = Organization(name)
        org.mentions.append(doc.span(start, end))
    return list(found.values())


def province_of_name(name: str) -> str | None:
    """The province a body's name ends with ("Tỉnh ủy Nghệ An" -> "Nghệ An")."""
    m = _BAD_TAIL.search(name)
    return m.group(0).strip() if m else None

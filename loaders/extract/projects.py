"""Projects: đề án, dự án, quy hoạch, unnumbered chương trình, cụm/khu công nghiệp, nhà máy."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.lexicon import LOWER, UPPER
from loaders.extract.model import Project
from loaders.extract.text import Doc, key_of

_NAMED_SITE = re.compile(
    rf"(?<![\w])(Cụm công nghiệp|Khu công nghiệp|Khu kinh tế|Nhà máy|Khu đô thị|Cảng)\s+"
    rf"((?:[{UPPER}][{LOWER}]*|[IVX]+|\d+)(?:\s(?:[{UPPER}][{LOWER}]*|[IVX]+|\d+)){{0,4}})"
)
_DESCRIBED = re.compile(
    r"(?<![\w])(?P<word>Đề án|Dự án|Quy hoạch|Chương trình hành động|Chương trình|đề án|dự án)(?=\s)(?!\s+(?:số|\d))"
)
_QUOTED = re.compile(r"\s*[“\"]([^”\"]{3,150})[”\"]")
_END = re.compile(
    r"[;:\n(]|\.(?:\s|$)|,\s+(?:đồng thời|trong đó|theo đó|Chủ tịch|Bí thư|UBND)"
    r"|\s+(?:đã|sẽ|đang|được|cần|phải|là|để|nhằm|cho biết|trước khi|khi)\s"
)
_GENERIC_AFTER = re.compile(
    r"\s*(?:[,.;]|và\s|đã\s|được\s|có\s|của\s|trên\s|này|đó|cụ thể|phê duyệt|trọng điểm|lớn|mới)"
)
_KINDS = {"đề án": "đề án", "dự án": "dự án", "quy hoạch": "quy hoạch", "chương trình": "chương trình",
          "chương trình hành động": "chương trình", "cụm công nghiệp": "cụm công nghiệp",
          "khu công nghiệp": "khu công nghiệp", "khu kinh tế": "khu kinh tế", "nhà máy": "nhà máy",
          "khu đô thị": "dự án", "cảng": "dự án"}  # fmt: skip
_MAX = 200


@dataclass
class ProjectMention:
    project: Project
    start: int
    end: int


def extract_projects(doc: Doc) -> tuple[list[Project], list[ProjectMention]]:
    found: dict[str, Project] = {}
    mentions: list[ProjectMention] = []
    covered: list[tuple[int, int]] = []

    def add(name: str, kind: str, start: int, end: int) -> None:
        name = " ".join(name.split()).strip(" ,-–")
        if len(name.split()) < 2:
            return
        key = key_of(name)
        project = found.get(key)
        if project is None:
            project = found[key] = Project(name, kind)
        project.mentions.append(doc.span(start, end))
        mentions.append(ProjectMention(project, start, end))
        covered.append((start, end))

    for m in _DESCRIBED.finditer(doc.match):
        word = m.group("word")
        if re.search(r"(?:các|những|nhiều|một số)\s*$", doc.match[max(0, m.start() - 10) : m.start()]):
            continue
        quoted = _QUOTED.match(doc.match, m.end())
        if quoted:
            add(f"{word[0].upper()}{word[1:]} {doc.match[quoted.start(1) : quoted.end(1)]}", _KINDS[word.lower()],
                m.start(), quoted.end())  # fmt: skip
            continue
        if word[0].islower() or _GENERIC_AFTER.match(doc.match, m.end()):
            continue
        window = doc.match[m.end() : m.end() + _MAX]
        stop = _END.search(window)
        end = m.end() + (stop.start() if stop else len(window))
        add(doc.match[m.start() : end], _KINDS[word.lower()], m.start(), end)
    for m in _NAMED_SITE.finditer(doc.match):
        if any(s <= m.start() < e for s, e in covered):
            continue
        add(doc.match[m.start() : m.end()], _KINDS[m.group(1).lower()], m.start(), m.end())
    return list(found.values()), mentions

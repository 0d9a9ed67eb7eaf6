"""Meetings: the session the text reports, the body that held it, and its date.

The body is the one the meeting words sit next to ("phiên họp" of the Ban Thường vụ, "Hội nghị
Ban Chấp hành Đảng bộ tỉnh", "kỳ họp HĐND tỉnh"), else the one the chair's title names. The
date is the one written with the meeting ("Ngày 29/6/2021, ...", "sáng ngày 29/10"), resolved
against the publication date, else the publication month.
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.extract.lexicon import PROVINCES
from loaders.extract.model import Meeting, Official
from loaders.extract.text import Doc, iso_date
from loaders.normalize import tone_key

_CUE = re.compile(
    r"(?<![\w])(phiên họp(?: thường kỳ| chuyên đề)?|[Hh]ội nghị|kỳ họp|buổi làm việc|cuộc làm việc|họp)(?![\w])"
)
_BODIES = [
    ("Ban Chấp hành Đảng bộ tỉnh", r"(?:Ban Chấp hành|BCH) Đảng bộ (?:tỉnh|thành phố)|Tỉnh ủy họp|hội nghị Tỉnh ủy"),
    ("Ban Thường vụ Tỉnh ủy", r"(?:Ban Thường vụ|BTV) (?:Tỉnh ủy|Thành ủy)|Thường vụ Tỉnh ủy"),
    ("HĐND tỉnh", r"HĐND tỉnh|Hội đồng nhân dân tỉnh"),
    ("UBND tỉnh", r"UBND tỉnh|Ủy ban nhân dân tỉnh"),
    ("Ban Chấp hành Trung ương", r"Ban Chấp hành Trung ương|Hội nghị Trung ương"),
    ("Tỉnh ủy", r"Tỉnh ủy"),
]
_BODY_RES = [(name, re.compile(pattern)) for name, pattern in _BODIES]
# "sáng ngày 29/10", "Chiều 3/6", or a sentence opening "Ngày 29/6/2021," (not a document's date)
_DATE = re.compile(
    r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối)\s+(?:ngày\s+)?|(?:^|\n|[.]\s)\s*Ngày\s+)"
    r"(\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)\d{2}))?"
)
_TODAY = re.compile(r"(?:sáng|chiều|tối) nay|hôm nay")
_PROVINCE = re.compile("|".join(map(re.escape, sorted(PROVINCES, key=len, reverse=True))))


def _kind(cue: str) -> str:
    cue = cue.lower()
    return (
        "hội nghị"
        if "hội nghị" in cue
        else "kỳ họp"
        if "kỳ họp" in cue
        else "buổi làm việc"
        if "làm việc" in cue
        else "phiên họp"
    )


def extract_meetings(doc: Doc, officials: list[Official]) -> list[Meeting]:
    votes: Counter[str] = Counter()
    first_cue: tuple[int, str] | None = None
    for cue in _CUE.finditer(doc.match):
        s, e = doc.sentence_bounds(cue.start())
        sentence = doc.match[s:e]
        if re.search(
            r"(?:sẽ|dự kiến|chuẩn bị|kế hoạch)\s+(?:tổ chức\s+)?$", doc.match[max(s, cue.start() - 25) : cue.start()]
        ):
            continue  # planned, not held
        first_cue = first_cue or (cue.start(), cue.group(1))
        for name, pattern in _BODY_RES:
            if pattern.search(sentence):
                votes[name] += 2 if name != "Tỉnh ủy" else 1
                break
    if first_cue is None:
        return []
    body = votes.most_common(1)[0][0] if votes else _body_from_chair(officials)
    if body is None:
        return []
    date = _meeting_date(doc)
    provinces = Counter(m.group(0) for m in _PROVINCE.finditer(doc.match))
    province = provinces.most_common(1)[0][0] if provinces else None
    if province is not None:
        province = next((p for p in PROVINCES if tone_key(p) == tone_key(province)), province)
    meeting = Meeting(body=body, date=date, province=province, kind=_kind(first_cue[1]))
    meeting.mentions.append(doc.span(first_cue[0], first_cue[0] + len(first_cue[1])))
    return [meeting]


def _body_from_chair(officials: list[Official]) -> str | None:
    for official in officials:
        for title in official.titles:
            if "Tỉnh ủy" in title:
                return "Tỉnh ủy"
            if "UBND" in title:
                return "UBND tỉnh"
    return None


def _meeting_date(doc: Doc) -> str | None:
    head = doc.match[:3000]
    m = _DATE.search(head)
    if m:
        year = int(m.group(3)) if m.group(3) else None
        date = iso_date(int(m.group(1)), int(m.group(2)), year, doc.published)
        if date and (not doc.published or year or date[:4] == doc.published[:4]):
            return date
    if _TODAY.search(head) and doc.published and len(doc.published) == 10:
        return doc.published
    return doc.published

"""Meetings: the session the text reports, the body that held it, and its date.

The body is read from the strongest evidence the text gives, in this order:

1. the body named with the meeting word ("phiên họp thường kỳ của UBND tỉnh", "Hội nghị Ban
   Chấp hành Đảng bộ tỉnh lần thứ 15", "kỳ họp thứ 20 HĐND tỉnh"), or said to meet ("Ban Chấp
   hành Đảng bộ tỉnh họp", "Ban Thường vụ Tỉnh ủy tổ chức hội nghị");
2. the body that deliberates ("BTV Tỉnh ủy đã nghe và cho ý kiến", "... thảo luận, thống nhất");
3. the chair's office, with the meeting word: a "phiên họp" chaired or concluded by the Bí thư
   Tỉnh ủy is the Ban Thường vụ's, a "hội nghị" he chairs is the Tỉnh ủy's; the Chủ tịch UBND
   chairs the UBND, the Chủ tịch HĐND the HĐND;
4. the members present ("các đồng chí trong Ban Thường vụ Tỉnh ủy").

A body inside an official's title ("Chủ tịch HĐND tỉnh") or named as a document's issuer
("Nghị quyết ... của Ban Chấp hành Đảng bộ tỉnh") is not the meeting's body, nor is one the
meeting addresses ("Kỳ họp giao UBND thành phố ..."); the body a working session is held with
("buổi làm việc với Ban Thường vụ Huyện ủy") counts less than one said to work with it. A
"kỳ họp" is a council's. Meetings the text only plans ("sẽ tổ chức hội nghị") are not reported
meetings. Communes' and wards' bodies (Đảng ủy xã, HĐND phường ...) are bodies like the others.

The date is the one written with the meeting ("Ngày 29/6/2021, ...", "sáng ngày 29/10", the
first day of "Trong 2 ngày 15 và 16/7"), resolved against the publication date; without one, the
year is the one the text's own dated documents point to (not deadlines); else the publication
month. The province is the one the text names most
(not "Hồ Chí Minh" in "tư tưởng Hồ Chí Minh").
"""

from __future__ import annotations

import heapq
import re
from collections import Counter

from loaders.extract.lexicon import PROVINCE_BY_KEY
from loaders.extract.model import Meeting, Official
from loaders.extract.places import province_mentions
from loaders.extract.text import Doc, WordPattern, iso_date, key_of

_CUE_WORDS = ["phiên họp", "phiên thường kỳ", "hội nghị", "kỳ họp", "buổi làm việc", "cuộc làm việc", "cuộc họp",
              "buổi họp"]  # fmt: skip
#: every casing spelled out (lower, capitalised, upper): literal alternatives scan far faster than IGNORECASE
_CUE = WordPattern(
    "("
    + "|".join(sorted({v for w in _CUE_WORDS for v in (w, w[0].upper() + w[1:], w.upper())}, key=len, reverse=True))
    + r")(?![\w])"
)
_PLANNED = re.compile(r"(?:sẽ|dự kiến|chuẩn bị|kế hoạch|trước|tới|các|những)\s+(?:tổ chức\s+|tiến hành\s+)?$", re.I)

#: Party committees and tiers, the communes' of the 2025 two-tier local government included
_COMMITTEE = "Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy (?:xã|phường|đặc khu|thị trấn)"
_LEVEL = "tỉnh|thành phố|huyện|thị xã|quận|xã|phường|đặc khu|thị trấn"
#: (canonical body, pattern); the tier word of the text ("Thành ủy", "thành phố") is kept.
_BODIES: list[tuple[str, str]] = [
    ("Ban Thường vụ {u}", rf"(?:Ban Thường vụ|BTV|Thường vụ) (?P<u>{_COMMITTEE})"),
    ("Thường trực {u}", rf"Thường trực (?P<u>{_COMMITTEE})"),
    ("Ban Chấp hành Đảng bộ {t}", rf"(?:Ban Chấp hành|BCH) Đảng bộ (?P<t>{_LEVEL})"),
    ("Ban Chấp hành Trung ương", r"(?:Ban Chấp hành|BCH) Trung ương(?: Đảng)?|Trung ương Đảng"),
    ("Bộ Chính trị", r"Bộ Chính trị"),
    ("Ban Bí thư", r"Ban Bí thư"),
    ("Ủy ban Thường vụ Quốc hội", r"(?:Ủy ban Thường vụ Quốc hội|UBTVQH)"),
    ("Quốc hội", r"Quốc hội"),
    ("Chính phủ", r"Chính phủ"),
    ("Thường trực HĐND {t}", rf"Thường trực (?:HĐND|Hội đồng nhân dân) (?P<t>{_LEVEL})"),
    ("HĐND {t}", rf"(?:HĐND|Hội đồng nhân dân) (?P<t>{_LEVEL})"),
    ("UBND {t}", rf"(?:UBND|Ủy ban nhân dân) (?P<t>{_LEVEL})"),
    ("{u}", rf"(?P<u>{_COMMITTEE})"),
]
_BODY_ALT = "|".join(f"(?:{pattern})".replace("?P<u>", "?:").replace("?P<t>", "?:") for _, pattern in _BODIES)
_BODY_RES = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _BODIES]
_BODY = WordPattern(rf"(?=[BTQCHUỦĐbtqchuủđ])(?:{_BODY_ALT})(?![\w])", re.IGNORECASE)

#: words of a title just before a body: the body is then part of an official's title
_TITLE_BEFORE = re.compile(
    r"(?:Bí thư|Chủ tịch|Ủy viên|Trưởng ban|Phó ban|Trưởng|Chánh Văn phòng|Chủ nhiệm|Giám đốc|Phó|Thường trực"
    r"|đại diện|lãnh đạo|Văn phòng|Ban Tuyên giáo|Ban Tổ chức|Ủy ban Kiểm tra|cơ quan|trình|của|thuộc|theo)"
    r"(?:\s+[\w&]+){0,2}\s*$",
    re.IGNORECASE,
)
#: (meeting word ... body): the body is named with the meeting
#: words after a meeting word that make the next body an addressee, not the meeting's body
#: ("Kỳ họp giao UBND thành phố ...", "Hội nghị đề nghị Ban Thường vụ ...")
_ADDRESS = r"(?:giao|yêu cầu|đề nghị|chỉ đạo|phân công|kiến nghị|đề xuất|mời|gửi)(?![\w])"
_CUE_THEN_BODY = re.compile(
    rf"(?:phiên họp|phiên thường kỳ|hội nghị|kỳ họp|buổi làm việc|cuộc làm việc|cuộc họp|buổi họp)"
    rf"(?:\s+(?!(?:{_BODY_ALT}|{_ADDRESS}))[\w/-]+(?:\.[\w/-]+)*){{0,5}}?\s+(?:của\s+)?({_BODY_ALT})(?![\w])",
    re.IGNORECASE,
)
_WITH = re.compile(r"\svới\s")
_BODY_MEETS = re.compile(
    rf"({_BODY_ALT})(?:\s+[A-ZĐ][\w]+(?:\s+[A-ZĐ][\w]+){{0,2}})?(?:\s*\([^()\n]{{1,40}}\))?"
    rf"(?:,?\s+(?:khóa|nhiệm kỳ)\s+[\w-]+){{0,2}},?\s+"
    r"(?:đã\s+)?(?:họp|tổ chức (?:phiên họp|hội nghị|kỳ họp)|tiến hành|khai mạc|bế mạc"
    r"|(?:có\s+(?:buổi|cuộc)\s+)?làm việc với)"
    r"(?![\w])",
    re.IGNORECASE,
)
_BODY_DELIBERATES = re.compile(
    rf"({_BODY_ALT})(?:\s+[{''}A-ZĐ][\w]+(?:\s+[A-ZĐ][\w]+){{0,2}})?\s+(?:đã\s+|cũng\s+|tiếp tục\s+)?"
    r"(?:nghe|bàn|cho ý kiến|thảo luận|thống nhất|xem xét|biểu quyết|thông qua|quyết nghị|đánh giá cao)(?![\w])",
)
_MEMBERS_BEFORE = re.compile(r"các đồng chí (?:trong|là|Ủy viên)\s+$", re.IGNORECASE)
_PROPOSED = re.compile(r"(?:sẽ|trình)\s*$")
_PARTY_LEADER = re.compile(rf"(?<!Phó )Bí thư ({_COMMITTEE})", re.IGNORECASE)
_STATE_LEADER = re.compile(r"(?<!Phó )Chủ tịch (UBND|HĐND) (tỉnh|thành phố|huyện|xã|phường|đặc khu)")
_CHAIR = re.compile(r"chủ trì|kết luận|điều hành", re.IGNORECASE)

# "sáng ngày 29/10", "Chiều 3/6", or a sentence opening "Ngày 29/6/2021," (not a document's date)
# (the look-ahead names the first letters, so that the engine skips every other position fast)
_DATE = re.compile(
    r"(?:^\s*Ngày\s+|(?=[SsCcTtHh\n.])(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm)\s+"
    r"(?:ngày\s+|nay\s*\(?\s*(?:ngày\s+)?|qua\s*\(\s*)?|(?:\n|[.]\s)\s*Ngày\s+))"
    r"(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?(?![\d])"
)
#: a meeting over several days starts on the first: "Trong 2 ngày 15 và 16/7", "Từ ngày 8 đến 10/7/2025"
_DATE_SPAN = re.compile(
    r"(?:[Tt]rong\s+(?:\d|hai|ba)\s+ngày|[Tt]ừ\s+ngày)\s+"
    r"(\d{1,2})\s*(?:và|-|–|đến)\s*\d{1,2}[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?(?![\d])"
)
#: the same in words, as official documents write it: "Ngày 29 tháng 6 năm 2021, ..."
_DATE_WORDS = re.compile(
    r"(?:^\s*Ngày\s+|(?=[SsCcTt\n.])(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?|(?:\n|[.]\s)\s*Ngày\s+))"
    r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d{2}))?"
)
_TODAY = re.compile(r"(?:sáng|chiều|tối) nay|hôm nay", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"(?:trước|đến|hạn|chậm nhất|muộn nhất|xong)\s*$", re.IGNORECASE)
_FULL_DATE = re.compile(r"ngày\s+(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")


def _kind(cue: str) -> str:
    cue = cue.lower()
    if "hội nghị" in cue:
        return "hội nghị"
    if "kỳ họp" in cue:
        return "kỳ họp"
    if "làm việc" in cue:
        return "buổi làm việc"
    return "phiên họp"


def _canonical(text: str) -> str:
    """The canonical body name for a body as written ("BTV Thành ủy" -> "Ban Thường vụ Thành ủy")."""
    for name, pattern in _BODY_RES:
        m = pattern.fullmatch(text)
        if m:
            groups = {k: v for k, v in m.groupdict().items() if v}
            u = groups.get("u", "")
            return name.format(u=u[:1].upper() + u[1:].lower() if u else "", t=groups.get("t", "").lower())
    return text


def _in_title(doc: Doc, start: int) -> bool:
    """A body that is part of a title or an issuer ("Chủ tịch HĐND tỉnh", "... của Tỉnh ủy")."""
    return bool(_TITLE_BEFORE.search(doc.match[max(0, start - 40) : start]))


def _held(doc: Doc, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The meeting words that report a meeting, not one the text only plans."""
    found = []
    for cue in cues:
        s, _ = doc.sentence_bounds(cue.start())
        if _PLANNED.search(doc.match[max(s, cue.start() - 30) : cue.start()]):
            continue
        found.append(cue)
    return found


def _body_votes(
    doc: Doc, cues: list[re.Match[str]], held: list[re.Match[str]], officials: list[Official]
) -> Counter[str]:
    """Weighted votes for the meeting's body; every pattern is tried only where a meeting word or
    a body name stands (anchored matches), so the text is scanned twice, not once per pattern."""
    votes: Counter[str] = Counter()
    text = doc.match
    for cue in cues:
        m = _CUE_THEN_BODY.match(text, cue.start())
        if m and not _PLANNED.search(text[max(0, m.start() - 30) : m.start()]) and not _in_title(doc, m.start(1)):
            # "buổi làm việc với Ban Thường vụ Huyện ủy": the host, unless the text names the visiting body
            votes[_canonical(m.group(1))] += 5 if _WITH.search(m.group(0)) else 8
    for body in _BODY.finditer(text):
        at = body.start()
        meets = _BODY_MEETS.match(text, at)
        if meets and not _in_title(doc, at):
            votes[_canonical(meets.group(1))] += 8
            continue
        deliberates = _BODY_DELIBERATES.match(text, at)
        if deliberates and not _in_title(doc, at) and not _PROPOSED.search(text[max(0, at - 10) : at]):
            votes[_canonical(deliberates.group(1))] += 3
            continue
        if _MEMBERS_BEFORE.search(text[max(0, at - 40) : at]):
            votes[_canonical(body.group(0))] += 1
    chair = _chair_body(doc, held, officials)
    if chair:
        votes[chair[0]] += chair[1]
    return votes


def _office_body(title: str, kind: str) -> str | None:
    """The body a leader's office implies for a meeting of this kind (a "kỳ họp" is a council's:
    only the council chair's office says whose)."""
    party = _PARTY_LEADER.search(title)
    if party and kind != "kỳ họp":
        u = party.group(1)
        return f"Ban Thường vụ {u[:1].upper()}{u[1:].lower()}" if kind == "phiên họp" else u[:1].upper() + u[1:].lower()
    state = _STATE_LEADER.search(title)
    if state and (kind != "kỳ họp" or state.group(1) == "HĐND"):
        return f"{state.group(1)} {state.group(2)}"
    return None


def _chair_body(doc: Doc, cues: list[re.Match[str]], officials: list[Official]) -> tuple[str, int] | None:
    """The body the chair's office implies, from the sentences that say who chaired or concluded
    (weight 2); else the office of the most senior official present (weight 1)."""
    kind = _kind(cues[0].group(1)) if cues else "phiên họp"
    for s, e in doc.sentences():
        sentence = doc.match[s:e]
        if not _CHAIR.search(sentence) or re.search(r"Kết luận\s+(?:số|\d)", sentence):
            continue
        folded = sentence.casefold()  # doc.match is tone-unified already
        for official in officials:
            if official.name.casefold() not in folded and not any(t.casefold() in folded for t in official.titles):
                continue
            for title in official.titles:
                body = _office_body(title, kind)
                if body:
                    return body, 2
    for official in officials:  # officials in text order: the first leader named leads
        for title in official.titles:
            body = _office_body(title, kind)
            if body:
                return body, 1
    return None


def _text_year(doc: Doc, day: int, month: int) -> int | None:
    """Without a publication date: the year of the latest document date the text gives ("ngày
    12/6/2020"; deadlines such as "trước 30/1/2021" are not), moved on a year if the meeting's
    day and month come before that date."""
    dates = []
    for m in _FULL_DATE.finditer(doc.match):
        if _DEADLINE_BEFORE.search(doc.match, max(0, m.start() - 16), m.start()):
            continue  # "hoàn thành trước ngày 30/9/2025": a deadline, not a date the text has seen
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            dates.append((y, mo, d))
    if not dates:
        return None
    y, mo, d = max(dates)
    return y if (month, day) >= (mo, d) else y + 1


def _meeting_date(doc: Doc, cue_at: int) -> str | None:
    limit = max(cue_at, 3000) + 3000
    # in text order, read lazily: the first good date ends the scan (a stable merge, as a sort would order them)
    dated = heapq.merge(
        _DATE.finditer(doc.match, 0, limit),
        _DATE_WORDS.finditer(doc.match, 0, limit),
        _DATE_SPAN.finditer(doc.match, 0, limit),
        key=lambda m: m.start(),
    )
    for m in dated:
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if year is None and not doc.published:
            year = _text_year(doc, day, month)
        date = iso_date(day, month, year, doc.published)
        if date and (not doc.published or year or date[:4] == doc.published[:4]):
            return date
    if _TODAY.search(doc.match[:3000]) and doc.published and len(doc.published) == 10:
        return doc.published
    return doc.published


def _province(doc: Doc) -> str | None:
    """The province the text names most."""
    counts = Counter(key_of(name) for name, _ in province_mentions(doc))
    if not counts:
        return None
    best = counts.most_common(1)[0][0]
    return PROVINCE_BY_KEY.get(best, best)


def extract_meetings(doc: Doc, officials: list[Official]) -> list[Meeting]:
    every = list(_CUE.finditer(doc.match))
    cues = _held(doc, every)
    votes = _body_votes(doc, every, cues, officials)
    if not cues and not any(v >= 8 for v in votes.values()):
        return []
    if not votes:
        return []
    body = votes.most_common(1)[0][0]
    first = cues[0] if cues else None
    at = first.start() if first else 0
    kind = _kind(first.group(1)) if first else "phiên họp"
    meeting = Meeting(body=body, date=_meeting_date(doc, at), province=_province(doc), kind=kind)
    if first is not None:
        meeting.mentions.append(doc.span(first.start(), first.end()))
    return [meeting]

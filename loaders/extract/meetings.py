"""Meetings: the sessions the text reports, the body that held each, and its date.

The main meeting's body is read from the strongest evidence the text gives, in this order:

1. the host of a working session or inspection ("A làm việc với Ban Thường vụ Tỉnh ủy", "công bố
   quyết định kiểm tra ... đối với Ban Thường vụ Tỉnh ủy": GOLD_FORMAT, in "A làm việc với B" the
   meeting is B's);
2. the body named with the meeting word ("phiên họp thường kỳ của UBND tỉnh", "Hội nghị Ban
   Chấp hành Đảng bộ tỉnh lần thứ 15", "kỳ họp thứ 20 HĐND tỉnh"), or any named body said to hold
   one ("Ban Tuyên giáo Tỉnh ủy phối hợp với Sở X tổ chức tọa đàm", "Ủy ban Kiểm tra Tỉnh ủy khóa
   XX tổ chức kỳ họp", "Buổi lễ do Ban Thường vụ Tỉnh ủy tổ chức"), the lead's first; a Party
   congress ("Đại hội đại biểu Đảng bộ tỉnh X ... tiến hành phiên trù bị", "Đảng bộ xã Y tổ chức
   Đại hội"), named "Đại hội đại biểu Đảng bộ <level>" without its ordinal;
3. the body that deliberates ("BTV Tỉnh ủy đã nghe và cho ý kiến", "... thảo luận, thống nhất");
4. the chair's office, with the meeting word: a "phiên họp" chaired or concluded by the Bí thư
   Tỉnh ủy is the Ban Thường vụ's, a "hội nghị" he chairs is the Tỉnh ủy's; the Chủ tịch UBND
   chairs the UBND, the Chủ tịch HĐND the HĐND;
5. the members present ("các đồng chí trong Ban Thường vụ Tỉnh ủy").

A body inside an official's title ("Chủ tịch HĐND tỉnh"), named as a document's issuer, a partner
("phối hợp với Sở X") or part of a longer name ("Đảng ủy Bộ Công Thương") does not hold the meeting,
nor does one the meeting addresses ("Kỳ họp giao UBND thành phố ..."). A "kỳ họp" is a council's.
Meetings the text only plans ("sẽ tổ chức hội nghị") are not reported meetings.

More sessions are reported when a sentence opens with their own day ("Trước đó, chiều 17/12, Sở X
tổ chức tọa đàm", "Ngay chiều cùng ngày, Ban Thường vụ Tỉnh ủy họp"), names one with its day
("Tại phiên họp UBND tỉnh thường kỳ tháng 8 hôm 30/8"), holds each sitting of a congress ("Chiều
22-7, Đại hội đã tiến hành phiên trù bị"), or a local point of an online conference is chaired by
a local leader ("Tại điểm cầu tỉnh X, đồng chí A, Chủ tịch UBND tỉnh chủ trì").

The date is the one written with the meeting ("Ngày 29/6/2021, ...", "sáng ngày 29/10", "(TTV) -
Ngày 5/12", "Hôm nay (25/2)", the first day of "Trong 2 ngày (10 - 11/12)", "diễn ra ngày 23/3"),
resolved against the publication date; without one, the year is the one the text's own dated
documents point to (not deadlines); else the publication month. The province is the one the text
names most (not "Hồ Chí Minh" in "tư tưởng Hồ Chí Minh").
"""

from __future__ import annotations

import bisect
import datetime
import functools
import heapq
import re
from collections import Counter
from collections.abc import Callable

from loaders.extract.bodies import bracketed_bodies, identity
from loaders.extract.lexicon import (
    CEREMONY_MANNERS,
    COMMITTEE_LEVELS,
    COMMUNE_LEVELS,
    HANDOVER_NOT_HELD,
    INSPECTED_BODY_HEADS,
    INSPECTION_ACTS,
    LOWER,
    MASS_ORGANIZATIONS,
    MEETING_ACTIVITIES,
    PROVINCE_BY_KEY,
    PROVINCES,
    VISIT_ACTS,
    VISIT_GUEST_POSTS,
    VISITED_STAFF,
    VISITING_GOVERNMENT_POSTS,
    WORD,
)
from loaders.extract.model import Meeting, Official, Organization
from loaders.extract.places import province_mentions
from loaders.extract.text import AnyCase, Doc, WordPattern, grouped_words, iso_date, key_of

_CUE_WORDS = ["phiên họp", "phiên thường kỳ", "hội nghị", "kỳ họp", "buổi làm việc", "cuộc làm việc", "cuộc họp",
              "buổi họp",
              # congresses, symposia, ceremonies, supervision sessions and meetings with voters
              "phiên trù bị", "phiên chính thức", "phiên giám sát", "buổi giám sát", "tọa đàm", "hội thảo",
              "buổi tiếp xúc", "cuộc tiếp xúc", "tiếp xúc cử tri",
              # ceremonies: "Lễ công bố quyết định ...", "lễ khởi công", "buổi lễ"
              "lễ công bố", "buổi lễ", "lễ kỷ niệm", "lễ khởi công", "lễ ra mắt", "lễ trao", "lễ phát động",
              "lễ khánh thành", "lễ mít tinh",
              # a chair's meeting of the body named next: "ông A chủ trì họp Ban Chỉ đạo X tỉnh về ..."
              "chủ trì họp",
              # a body's session opened by its chair: "Dưới sự chủ trì của đồng chí A, Ban Thường vụ Tỉnh ủy thảo luận
              # về ..."
              "dưới sự chủ trì"]  # fmt: skip
#: every casing spelled out (lower, capitalised, upper): literal alternatives scan far faster than IGNORECASE
_CUE = WordPattern(
    "("
    + grouped_words(
        sorted({v for w in _CUE_WORDS for v in (w, w[0].upper() + w[1:], w.upper())}, key=len, reverse=True)
    )
    + r")(?![\w])"
)
#: a meeting only planned or asked for: "sẽ tổ chức hội nghị", "tham mưu UBND tỉnh tổ chức hội nghị công bố ..."
_PLANNED = AnyCase(
    # ("sau Kỳ họp thứ 10, Quốc hội khóa XV": an earlier session, named to date the one reported)
    r"(?:sẽ|dự kiến|chuẩn bị(?: cho)?|kế hoạch|trước|sau|tới|các|những|tham mưu(?: cho)?|đề nghị|kiến nghị|yêu cầu"
    r"|giao)"
    r"\s+(?:tổ chức\s+|tiến hành\s+)?$"
)

#: how a ceremony is held, written before or after its verb ("long trọng tổ chức", "tổ chức trọng thể")
_MANNER = "|".join(CEREMONY_MANNERS)
#: a conference named by its activity after "tổ chức" (rule meetings.conference_by_activity): "Đảng ủy phường X tổ chức
#: tổng kết công tác năm 2025", "Huyện ủy Y tổ chức quán triệt Chỉ thị ...", "Tỉnh ủy tổ chức thông báo nhanh ..."
_ACTIVITY = "|".join(MEETING_ACTIVITIES)

#: Party committees and tiers, the communes' of the 2025 two-tier local government included
_COMMITTEE = "Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy (?:xã|phường|đặc khu|thị trấn)"
_LEVEL = "tỉnh|thành phố|huyện|thị xã|quận|xã|phường|đặc khu|thị trấn"
_COMMITTEE_ONLY = re.compile(_COMMITTEE, re.IGNORECASE)
#: a city named with "TP" in place of its level word ("HĐND TP.HCM", "UBND TPHCM", "HĐND TP. Cần Thơ"): read as
#: written (the patterns ignore case), its level is "thành phố"
_CITY = r"(?-i:TPHCM|(?:TP|Tp)\.?\s?(?:HCM|[A-ZĐ][\w]*(?:\s[A-ZĐ][\w]*){0,3}))(?![\w])"
#: (canonical body, pattern); the tier word of the text ("Thành ủy", "thành phố") is kept.
_BODIES: list[tuple[str, str]] = [
    ("Ban Thường vụ {u}", rf"(?:Ban Thường vụ|BTV|Thường vụ) (?P<u>{_COMMITTEE})"),
    # (abbreviated whole: "làm việc với Ban TVTU các tỉnh ...", "BTVTU")
    ("Ban Thường vụ Tỉnh ủy", r"(?-i:Ban TVTU|BTVTU)"),
    ("Thường trực {u}", rf"Thường trực (?P<u>{_COMMITTEE})"),
    # ("Ban Chấp hành Đảng bộ TP khóa XV": the city's)
    (
        "Ban Chấp hành Đảng bộ {t}",
        rf"(?:Ban Chấp hành|BCH)(?: \(BCH\))? Đảng bộ (?P<t>{_LEVEL}|{_CITY}|(?-i:TP)(?![\w]))",
    ),
    # (not an association's: "Ban Chấp hành Trung ương Hội Khuyến học Việt Nam", "... Đoàn TNCS Hồ Chí Minh")
    (
        "Ban Chấp hành Trung ương",
        r"(?:Ban Chấp hành|BCH) Trung ương(?: Đảng)?(?! (?:Hội|Đoàn)(?![\w]))|Trung ương Đảng",
    ),
    ("Bộ Chính trị", r"Bộ Chính trị"),
    ("Ban Bí thư", r"Ban Bí thư(?: Trung ương Đảng)?"),  # ("Ban Bí thư Trung ương Đảng tổ chức hội nghị toàn quốc")
    # ("Tại kỳ họp, UBKT T.Ư đã xem xét ...")
    ("Ủy ban Kiểm tra Trung ương", r"(?:Ủy ban Kiểm tra|UBKT) (?:Trung ương|T\.Ư|TƯ|TW)"),
    ("Ủy ban Thường vụ Quốc hội", r"(?:Ủy ban Thường vụ Quốc hội|UBTVQH)"),
    ("Quốc hội", r"Quốc hội"),
    ("Chính phủ", r"Chính phủ"),
    ("Thường trực HĐND {t}", rf"Thường trực (?:HĐND|Hội đồng nhân dân(?: \(HĐND\))?) (?P<t>{_LEVEL}|{_CITY})"),
    # (named in full with its abbreviation in brackets: "Hội đồng nhân dân (HĐND) tỉnh X tổ chức Kỳ họp ...")
    ("HĐND {t}", rf"(?:HĐND|Hội đồng nhân dân(?: \(HĐND\))?) (?P<t>{_LEVEL}|{_CITY})"),
    ("UBND {t}", rf"(?:UBND|Ủy ban nhân dân(?: \(UBND\))?) (?P<t>{_LEVEL}|{_CITY})"),
    ("{u}", rf"(?P<u>{_COMMITTEE})"),
]
_BODY_ALT = "|".join(f"(?:{pattern})".replace("?P<u>", "?:").replace("?P<t>", "?:") for _, pattern in _BODIES)
_BODY_RES = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _BODIES]
_BODY = WordPattern(rf"(?=[BTQCHUỦĐbtqchuủđ])(?:{_BODY_ALT})(?![\w])", re.IGNORECASE)

#: words of a title just before a body: the body is then part of an official's title
_TITLE_BEFORE = AnyCase(
    r"(?:Bí thư|Chủ tịch|Ủy viên|Trưởng ban|Phó ban|Trưởng|Chánh Văn phòng|Chủ nhiệm|Giám đốc|Phó|Thường trực"
    r"|đại diện|lãnh đạo|Văn phòng|Ban Tuyên giáo|Ban Tổ chức|Ủy ban Kiểm tra|cơ quan|trình|của|thuộc|theo)"
    r"(?:\s+[\w&]+){0,2}\s*$"
)
#: (meeting word ... body): the body is named with the meeting
#: words after a meeting word that make the next body an addressee, not the meeting's body
#: ("Kỳ họp giao UBND thành phố ...", "Hội nghị đề nghị Ban Thường vụ ...")
_ADDRESS = r"(?:giao|yêu cầu|đề nghị|chỉ đạo|phân công|kiến nghị|đề xuất|mời|gửi)(?![\w])"
_CUE_THEN_BODY = AnyCase(
    rf"(?:phiên họp|phiên thường kỳ|hội nghị|kỳ họp|buổi làm việc|cuộc làm việc|cuộc họp|buổi họp)"
    # "Kỳ họp thứ 6, HĐND tỉnh khóa IX": a comma may stand before the body
    # ("kỳ họp thứ 3 (kỳ họp chuyên đề), HĐND TP X": its kind in brackets)
    # (never past an election: "phiên họp đầu tiên bầu Ban Thường vụ Tỉnh ủy" elects the board, it does not meet)
    rf"(?:\s+(?!(?:{_BODY_ALT}|{_ADDRESS}|bầu(?![\w])))[\w/-]+(?:\.[\w/-]+)*){{0,5}}?(?:\s\([^()\n]{{1,30}}\))?,?\s+"
    r"(?:của\s+)?"
    # (not a body inside a longer one's name: "buổi làm việc với Đảng ủy UBND tỉnh" is the Đảng ủy's)
    rf"(?<!Đảng ủy )(?<!Đảng đoàn )(?<!sự đảng )({_BODY_ALT})(?![\w])"
)
#: a session's number, then "của" and its body: "Phiên họp lần thứ 20 của Ban Chỉ đạo ...", "hội nghị của Tổ công tác"
#: ("cuộc họp trực tuyến của Ban Chỉ đạo ...": how it is held, between)
#: (or its number only, the body right after: "Hội nghị lần thứ hai Hội đồng điều phối vùng Đông Nam Bộ")
_NUMBERED_OF = re.compile(
    r"(?:\s+(?:lần\s+)?thứ\s+[\w]+|\s+trực tuyến|\s+thường kỳ|\s+định kỳ){0,2}\s+của\s+"
    r"|\s+lần\s+thứ\s+[\w]+\s+(?=[A-ZĐ])"
)
_WITH = re.compile(r"\svới\s")


#: the text last read by :func:`_body_after_cue`, and what it read there by cue (kept for that text only)
_CUES_READ: list[tuple[str, dict[tuple[int, int], tuple[re.Match[str] | None, re.Match[str] | None]]]] = [("", {})]


def _body_after_cue(text: str, at: int, end: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The body named with the meeting word at ``at`` (``_CUE_THEN_BODY``), else the number and "của" after the word's
    end (``_NUMBERED_OF``; None when the body is named): read once per cue (the votes and the other sessions ask)."""
    last, read = _CUES_READ[0]
    if last is not text:
        read = {}
        _CUES_READ[0] = (text, read)
    found = read.get((at, end))
    if found is not None:
        return found
    named = _CUE_THEN_BODY.match(text, at)
    found = read[(at, end)] = (named, _NUMBERED_OF.match(text, end) if named is None else None)
    return found


#: a meeting word, a word or two, then "của": the body is the meeting's ("phiên họp thường kỳ của UBND tỉnh")
#: (its kind and number between: "Hội nghị chuyên đề lần thứ 12 của Ban Chấp hành Đảng bộ tỉnh", rule
#: meetings.plenum_named_with_of)
_OF_THE_MEETING = re.compile(r"(?:họp|[Hh]ội nghị|kỳ họp|làm việc)(?:\s+[\w]+){0,2}(?:\s+lần\s+thứ\s+[\w]+)?\s+của\s+$")
_BODY_MEETS = AnyCase(
    rf"({_BODY_ALT})(?:\s+[A-ZĐ][\w]+(?:\s+[A-ZĐ][\w]+){{0,2}})?(?:\s*\([^()\n]{{1,40}}\))?"
    r"(?:,\s+(?:tỉnh|thành phố|TP\.?)\s?[A-ZĐ][\w]*(?:\s+[A-ZĐ][\w]*){0,2}(?=[\s,]))?"  # ", tỉnh Thanh Hóa"
    rf"(?:,?\s+(?:khóa|nhiệm kỳ)\s+[\w-]+){{0,2}},?\s+"
    r"(?:đã\s+)?(?:họp|tổ chức (?:phiên họp|hội nghị|kỳ họp)|tiến hành|khai mạc|bế mạc)"
    r"(?![\w])"
)
_BODY_DELIBERATES = re.compile(
    rf"({_BODY_ALT})(?:\s+[{''}A-ZĐ][\w]+(?:\s+[A-ZĐ][\w]+){{0,2}})?\s+(?:đã\s+|cũng\s+|tiếp tục\s+)?"
    r"(?:nghe|bàn|cho ý kiến|thảo luận|thống nhất|xem xét|biểu quyết|thông qua|quyết nghị|đánh giá cao)(?![\w])",
)
_GUESTS = {"Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"}
_MEMBERS_BEFORE = AnyCase(r"các đồng chí (?:trong|là|Ủy viên)\s+$")
_PROPOSED = re.compile(r"(?:sẽ|trình)\s*$")
_PARTY_LEADER = re.compile(rf"(?<!Phó )Bí thư ({_COMMITTEE})", re.IGNORECASE)
_STATE_LEADER = re.compile(r"(?<!Phó )Chủ tịch (UBND|HĐND) (tỉnh|thành phố|huyện|xã|phường|đặc khu)")
#: (an official who "tổ chức cuộc họp với ..." holds it as its chair does)
#: (and who closes it: "Phát biểu chỉ đạo và bế mạc hội nghị, đồng chí A")
_CHAIR = AnyCase(r"chủ trì|kết luận|điều hành|tổ chức (?:cuộc họp|buổi làm việc)|bế mạc hội nghị")

# "sáng ngày 29/10", "Chiều 3/6", or a sentence opening "Ngày 29/6/2021," (not a document's date)
# (the look-ahead names the first letters, so that the engine skips every other position fast)
_DATE = re.compile(
    r"(?:^\s*Ngày\s+|(?=[SsCcTtHh\n.)])(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm)\s+"
    r"(?:ngày\s+|nay\s*\(?\s*(?:ngày\s+)?|qua\s*\(\s*)?|(?:\n|[.]\s|\)\s*[-–]\s*)\s*Ngày\s+"
    # ("Theo đó, ngày 28/6, diễn ra kỳ họp ...": the day after a linking word that opens the sentence)
    r"|(?<![\w])(?:Theo|Sau|Tiếp) đó,\s+(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?))"
    r"(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?(?![\d])"
)
#: a meeting over several days starts on the first: "Trong 2 ngày 15 và 16/7", "Từ ngày 8 đến 10/7/2025"
#: ("Vào các ngày 24 và 25/1", "Trong các ngày 24, 25/1", "Các ngày 24 - 25/1": the days listed)
_DATE_SPAN = re.compile(
    r"(?:[Tt]rong\s+(?:\d|hai|ba)\s+ngày|[Tt]ừ\s+ngày|(?:(?:[Vv]ào|[Tt]rong)\s+|(?<![\w]))[Cc]ác\s+ngày)"
    r"\s*\(?\s*"  # "Trong 2 ngày (10 - 11/12)"
    r"(\d{1,2})\s*(?:và|-|–|đến|,)\s*\d{1,2}[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?(?![\d])"
)
#: a session over days listed one by one where the span opens its sentence, its count written with two digits and a
#: comma after "ngày": "Trong 03 ngày, 3, 4 và 5/8/2020, Đảng bộ huyện X tổ chức Đại hội" (mid-sentence, "Đại hội sẽ
#: diễn ra trong 3 ngày 16, 17 và 18-9" describes a congress, often one still to come; rule
#: meetings.congress_days_listed)
_DATE_DAYS_LISTED = re.compile(
    r"Trong\s+(?:\d{1,2}|hai|ba)\s+ngày,\s*(\d{1,2})(?:\s*,\s*\d{1,2})*\s*(?:và|-|–|,)\s*\d{1,2}[/.-](\d{1,2})"
    r"(?:[/.-]((?:19|20)\d{2}))?(?![\d])"
)
#: what every match of _DATE_SPAN holds, from its "ngày" to its last day's month: a text (or a stretch of it) without
#: it has no span, which this tells fast (it opens with a word the engine scans for; _DATE_SPAN's own scan stops at
#: every "t", "v" and "c")
_DATE_SPAN_DAYS = re.compile(r"ngày\s*\(?\s*\d{1,2}\s*(?:và|-|–|đến|,)\s*\d{1,2}[/.-]")
#: ... each day written in full: "Từ ngày 02/01/2025 đến ngày 03/01/2025, Đại hội ... đã diễn ra"
_DATE_FROM = re.compile(
    r"[Tt]ừ\s+ngày\s+(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?\s*(?:đến|[-–])\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}"
)
#: the same in words, as official documents write it: "Ngày 29 tháng 6 năm 2021, ..."
_DATE_WORDS = re.compile(
    r"(?:^\s*Ngày\s+|(?=[SsCcTt\n.])(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?|(?:\n|[.]\s)\s*Ngày\s+))"
    r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d{2}))?"
)
_TODAY = re.compile(r"(?:sáng|chiều|tối) nay|hôm nay", re.IGNORECASE)
_YESTERDAY = re.compile(r"(?:sáng|chiều|tối|trưa) (?:hôm )?qua(?![\w])|hôm qua(?![\w])", re.IGNORECASE)
_DEADLINE_BEFORE = AnyCase(r"(?:trước|đến|hạn|chậm nhất|muộn nhất|xong)\s*$")
_FULL_DATE = re.compile(r"ngày\s+(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")
#: a date that is a named document's, right after its symbol or number ("Nghị quyết số 57-NQ/TW ngày 22/12/2024",
#: "Kế hoạch số 331, ngày 28/4/2025"): never the year of the text (ext-docs)
_DOCUMENT_DATE_BEFORE = re.compile(r"(?:\d\s?[-–/]\s?[A-ZĐ][\w/.-]*|[Ss]ố\s+\d+)\s*,?\s*(?:ban hành\s+)?$")


def _kind(cue: str) -> str:
    cue = cue.lower()
    if cue in ("phiên trù bị", "phiên chính thức"):
        return "đại hội"
    if cue in ("tọa đàm", "hội thảo"):
        return cue
    if "lễ" in cue:
        return "lễ"
    if "hội nghị" in cue:
        return "hội nghị"
    if "kỳ họp" in cue:
        return "kỳ họp"
    if "làm việc" in cue:
        return "buổi làm việc"
    if cue.startswith(MEETING_ACTIVITIES):
        return "hội nghị"  # "tổ chức tổng kết công tác năm 2025": a conference named by its activity
    return "phiên họp"


@functools.lru_cache(maxsize=4096)
def _canonical(text: str) -> str:
    """The canonical body name for a body as written ("BTV Thành ủy" -> "Ban Thường vụ Thành ủy"); a province's
    body named with its place is the body ("Ban Thường vụ Tỉnh ủy Sơn La" -> "Ban Thường vụ Tỉnh ủy", "HĐND xã Đông
    Tiến" -> "HĐND xã"): the meeting has its province."""
    text = _ABBREVIATION_IN_BRACKETS.sub("", text)
    if text.startswith("Đoàn") and " đơn vị " in text:  # "Đoàn đại biểu Quốc hội đơn vị tỉnh X": the delegation's
        text = text.replace(" đơn vị ", " ", 1)
    for name, pattern in _BODY_RES:
        m = pattern.fullmatch(text) or pattern.match(text)
        if m and (m.end() == len(text) or _PLACE_REST.fullmatch(text, m.end())):
            groups = {k: v for k, v in m.groupdict().items() if v}
            u, t = groups.get("u", ""), groups.get("t", "").lower()
            t = "thành phố" if t.startswith("tp") else t  # "HĐND TP.HCM" is the city's council
            return name.format(u=u[:1].upper() + u[1:].lower() if u else "", t=t)
    return text


#: a place's name after a body ("... Tỉnh ủy Sơn La", "... huyện Thăng Bình", "... Thành ủy TP.HCM")
_PLACE_REST = re.compile(r"(?:\s[A-ZĐ][\w']*){1,4}|\s(?:Thành phố\s|TP\.?\s?|Tp\.?\s?)(?:Hồ Chí Minh|HCM)|\sTPHCM")
#: "Ủy ban Kiểm tra (UBKT) Tỉnh ủy": the abbreviation given in brackets is not part of the name
_ABBREVIATION_IN_BRACKETS = re.compile(r"\s\([A-ZĐ&]{2,8}\)")


def _in_title(doc: Doc, start: int) -> bool:
    """A body that is part of a title or an issuer ("Chủ tịch HĐND tỉnh", "... của Tỉnh ủy")."""
    return bool(_TITLE_BEFORE.search(doc.match, max(0, start - 40), start))


#: a body asked or advised to hold the meeting: "tham mưu UBND tỉnh tổ chức hội nghị", "đề nghị Bộ X tổ chức tọa đàm"
_ASKED_TO_HOLD = re.compile(
    r"(?:tham mưu(?: cho)?|đề nghị|kiến nghị|yêu cầu|giao)\s+[^.;,:\n]{2,50}?\s(?:tổ chức|tiến hành)\s+$"
)


#: a planned meeting told after its body (the pattern ignores case, so a name's words may read "sẽ")
_WILL = re.compile(r"\s(?:sẽ|dự kiến|chuẩn bị)\s")


#: a meeting named, then said to be expected, in one clause: "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 21 dự kiến tổ
#: chức vào giữa tháng 12", "Kỳ họp thứ 22 sẽ được tổ chức ..." (not past an "đã" or a comma: "Tại hội nghị, ông A cho
#: biết Đại hội sẽ diễn ra ..." reports the hội nghị)
_PLANNED_AFTER = re.compile(
    r"(?:(?!\sđã\s)[^.;,:\n]){0,100}?\s(?:dự kiến|sẽ)\s+(?:được\s+)?(?:chính thức\s+)?"
    r"(?:tổ chức|diễn ra|khai mạc|tiến hành|họp)(?![\w])"
)


def _held(doc: Doc, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The meeting words that report a meeting, not one the text only plans."""
    found = []
    for cue in cues:
        s, _ = doc.sentence_bounds(cue.start())
        if _PLANNED.search(doc.match, max(s, cue.start() - 30), cue.start()):
            continue
        if _PLANNED_AFTER.match(doc.match, cue.end()):
            continue
        if _ASKED_TO_HOLD.search(doc.match, max(s, cue.start() - 70), cue.start()):
            continue
        if _SUBMITTED_TO.search(doc.match, max(s, cue.start() - 20), cue.start()) and _BODY_DELIBERATES.search(
            doc.match, s, cue.start()
        ):
            continue  # "UBND tỉnh thảo luận các nội dung trình tại kỳ họp ...": the session they go to, not this one
        found.append(cue)
    return found


#: the National Assembly delegation of a province ("Trưởng đoàn ĐBQH tỉnh", "Đoàn đại biểu Quốc hội (ĐBQH) tỉnh X")
_DELEGATION = re.compile(
    # ("Đoàn đại biểu Quốc hội TP Hà Nội": the city abbreviated)
    r"(?<=[ (])[Đđ]oàn (?:ĐBQH|đại biểu Quốc hội)(?: \(ĐBQH\))? (?:[Tt]ỉnh|thành phố|TP\.?)"
    + r"(?:\s(?:"
    + "|".join(map(re.escape, sorted(PROVINCES, key=len, reverse=True)))
    + r")(?![\w]))?"
)


def _body_votes(
    doc: Doc,
    cues: list[re.Match[str]],
    held: list[re.Match[str]],
    officials: list[Official],
    bodies: list[tuple[str, int, int]],
    committees: list[re.Match[str]],
    congresses: list[tuple[str, int]],
    blocked: Callable[[int], bool],
    where: dict[str, int] | None = None,
) -> Counter[str]:
    """Weighted votes for the meeting's body; every pattern is tried only where a meeting word or
    a body name stands (anchored matches), so the text is scanned twice, not once per pattern. ``where`` gets where
    each body was first said to host, hold or organise a meeting."""
    votes: Counter[str] = Counter()
    where = {} if where is None else where
    text = doc.match
    named_at = {start: name for name, start, _ in bodies}
    for cue in cues:
        m, of = _body_after_cue(text, cue.start(), cue.end())
        if m is None:
            # any other body named right after the meeting word: "Hội nghị Đoàn Chủ tịch UBTƯ MTTQ Việt Nam lần thứ
            # 18", "phiên họp Ban Chỉ đạo ..."
            after = named_at.get(cue.end() + 1) if text.startswith(" ", cue.end()) else None
            if after is None and of is not None:
                after = named_at.get(of.end())  # "Phiên họp lần thứ 20 của Ban Chỉ đạo quốc gia ..."
            if after and not _PLANNED.search(text, max(0, cue.start() - 30), cue.start()):
                votes[after] += 8
            continue
        if _PLANNED.search(text, max(0, m.start() - 30), m.start()) or _PLANNED_AFTER.match(text, cue.end()):
            continue  # ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 21 dự kiến tổ chức vào tháng 12": planned)
        if _SUBMITTED_TO.search(text, max(0, cue.start() - 20), cue.start()) and _BODY_DELIBERATES.search(
            text, doc.sentence_bounds(cue.start())[0], cue.start()
        ):
            continue  # "UBND tỉnh thảo luận các nội dung trình tại kỳ họp thứ 9, HĐND tỉnh": the UBND's meeting
        own = _OF_THE_MEETING.search(text, max(0, m.start(1) - 40), m.start(1))  # "cuộc họp của Thường trực ..."
        if own or not _in_title(doc, m.start(1)):
            # "buổi làm việc với Ban Thường vụ Huyện ủy": the host's meeting (GOLD_FORMAT, hard cases)
            votes[_canonical(m.group(1))] += 9 if _WITH.search(m.group(0)) else 8
    for body in committees:
        at = body.start()
        meets = _BODY_MEETS.match(text, at)
        if (
            meets
            and not _in_title(doc, at)
            and not _PLANNED.search(text, max(0, at - 30), at)
            and not _WILL.search(meets.group(0))  # "Tỉnh ủy sẽ tổ chức hội nghị tổng kết": only planned
            # ("Ban Thường vụ Tỉnh ủy tiến hành Hội nghị chuyên đề lần thứ 12 của Ban Chấp hành Đảng bộ tỉnh": the
            # plenum it convenes is the meeting, rule meetings.plenum_named_with_of)
            and not _NAMES_ITS_BODY.match(text, meets.end())
        ):
            votes[_canonical(meets.group(1))] += 8
            continue
        reviews = _BODY_REVIEWS.match(text, at)  # (the anchored look first, then the clause's day)
        if reviews and _dated_clause(doc, at) and not _in_title(doc, at):
            name = _canonical(reviews.group(1))  # "Hôm nay (25/2), UBND tỉnh sơ kết ...": its conference that day
            votes[name] += 8
            where.setdefault(name, at)
            continue
        deliberates = _BODY_DELIBERATES.match(text, at)
        if deliberates and not _in_title(doc, at) and not _PROPOSED.search(text[max(0, at - 10) : at]):
            name = _canonical(deliberates.group(1))
            if _DELIBERATION.search(deliberates.group(0)) and _dated_clause(doc, at):
                votes[name] += 8  # "Chiều 20/11, UBND tỉnh thảo luận các nội dung ...": a meeting told by its deed
                where.setdefault(name, at)
            else:
                votes[name] += 3
            continue
        if _MEMBERS_BEFORE.search(text, max(0, at - 40), at) and (name := _canonical(body.group(0))) not in _GUESTS:
            votes[name] += 1  # (members of the Central Committee present are guests: "các đồng chí Ủy viên Trung ương")
    ending_at = {end: (name, start) for name, start, end in bodies}
    lead = True  # the first body said to hold a meeting is the lead's: the article reports its meeting first
    for name, start, end in bodies:
        # the cheap look first: the host comes after "với", "tại" or "đối với" (and an optional "đại diện")
        near = text[max(0, start - 30) : start]
        if ("với" in near or "tại" in near) and _hosted(doc, start):
            # (never a generic host in lower case: "làm việc với ban thường vụ huyện ủy, Thành ủy và các đảng ủy")
            # (nor a delegation received: "tiếp và làm việc với Đoàn công tác X" is the receiver's, below)
            if not _set_up_to_work(doc, start) and text[start].isupper() and not _RECEIVES_WITH.search(near):
                votes[name] += 9
                where.setdefault(name, start)
            continue
        if "chúc" in text[max(0, start - 80) : start] and _CONGRATULATED_BEFORE.search(text, max(0, start - 80), start):
            if text[start].isupper() and not _WILL.search(text, max(0, start - 80), start):  # ("sẽ đến chúc mừng")
                votes[name] += 9  # "đã đến thăm và chúc mừng các cán bộ, viên chức Sở Y tế"
                where.setdefault(name, start)
            continue
        if (
            near.endswith("do ")
            and _BY_BEFORE.search(text, max(0, start - 310), start)
            and _BY_HOLDER_AFTER.match(text, end)
        ):
            votes[name] += 8  # "Buổi lễ do Ban Thường vụ Tỉnh ủy tổ chức"
            where.setdefault(name, start)
            continue
        held_by = _HOLDS.match(text, end)  # the cheap anchored look first, then whether the body may hold it
        name = _as_congress(name, held_by)
        plenum = None
        if held_by and not name.startswith("Đại hội"):  # "A, B và C phối hợp tổ chức": the first one's (a congress
            name, start = _first_co_organizer(text, ending_at, name, start)  # is the congress, whoever holds it)
        if held_by and (plenum := _plenum_convened(name, held_by)):
            name = plenum  # "Ban Thường vụ Tỉnh ủy X tổ chức Hội nghị Ban Chấp hành Đảng bộ": the plenum's meeting
        if (
            held_by
            and (plenum or _holds_a_meeting(held_by))
            and not blocked(start)
            and not _PLANNED.search(text, max(0, start - 30), start)
        ):
            votes[name] += 12 if lead else 8
            where.setdefault(name, start)
            lead = False
    for congress, _ in congresses:
        votes[congress] += 8
    for receives in _RECEIVES_WITH.finditer(text) if "làm việc" in text else ():
        if (receiver := _receiver(doc, receives.start(), ending_at)) and not _WILL.search(
            text, max(0, receives.start() - 30), receives.start()
        ):
            votes[receiver] += 9
            where.setdefault(receiver, receives.start())
    for received in _RECEIVED.finditer(text) if "Tiếp" in text else ():
        if host := _receiving_body(doc, received, bodies):
            votes[host] += 9
    for cue in held:  # a meeting with voters is the delegation's, even when only its head is named ("Trưởng đoàn")
        if "xúc" in cue.group(1):
            s, e = doc.sentence_bounds(cue.start())
            if delegation := _DELEGATION.search(text, s, e):
                name = _canonical(delegation.group(0))
                votes[name[0].upper() + name[1:]] += 13  # over a partner's lead (12): the MTTQ convenes it
    chair = _chair_body(doc, held, officials)
    if chair:
        votes[chair[0]] += chair[1]
    elif held and (team := _team_chaired(doc, bodies)):
        votes[team] += 2
    return votes


#: a leader who receives a delegation and works with it: "Chủ tịch UBND tỉnh A tiếp và làm việc với Đoàn công tác của
#: Ngân hàng X", "ông A, Phó Chủ tịch UBND tỉnh đã có buổi tiếp và làm việc với đoàn công tác ...": the receiver's
#: meeting, held for the people's committee or council of his title (the delegation after "với" is the guest)
_RECEIVES_WITH = re.compile(r"(?<![\w])tiếp(?:,| và) làm việc với\s+")
_RECEIVER_TITLE = re.compile(
    r"(?:Phó )?Chủ tịch (?:Thường trực )?(UBND|HĐND) (tỉnh|thành phố|huyện|xã|phường|đặc khu)(?![\w])"
)


#: what stands between a receiving body and "tiếp": its place's name, "đã", "có buổi" ("Ban Thường vụ Tỉnh ủy Yên Bái
#: đã tiếp và làm việc với ...")
_BEFORE_RECEIVES = re.compile(r"(?:\s+[A-ZĐ][\w]+){0,3}\s+(?:đã\s+)?(?:có buổi\s+)?")


def _receiver(doc: Doc, received_at: int, ending_at: dict[int, tuple[str, int]] | None = None) -> str | None:
    """The body that receives the delegation: named right before "tiếp" ("Ban Thường vụ Tỉnh ủy X tiếp và làm việc
    với ..."), else the people's committee or council whose (deputy) chair is named before it in the sentence."""
    ends = ending_at or {}
    for end in range(max(0, received_at - 40), received_at) if ends else ():
        if end in ends and _BEFORE_RECEIVES.fullmatch(doc.match, end, received_at):
            return ends[end][0]
    s = doc.sentence_bounds(received_at)[0]
    titles = list(_RECEIVER_TITLE.finditer(doc.match, s, received_at))
    return f"{titles[-1].group(1)} {titles[-1].group(2)}" if titles else None


#: a delegation received: "Tiếp và làm việc với đoàn có đồng chí A, Phó Bí thư Thường trực Đảng ủy xã X", "Tiếp đoàn
#: có ... các đồng chí trong Ban Thường vụ Huyện ủy": the meeting is the receiving body's (GOLD_FORMAT: the host's)
_RECEIVED = re.compile(r"Tiếp(?: và làm việc)?(?:\s+với)?\s+(?:[Đđ]oàn|các đoàn)[^.;:\n]{0,60}?\s+có(?![\w])")
#: delegations set up to work with units over a period report no session: "Ban Thường vụ Tỉnh ủy thành lập 3 đoàn công
#: tác, đoàn 1 ... làm việc với Ban Thường vụ Huyện ủy X"
_SET_UP = re.compile(r"thành lập\s+(?:\d+\s+|các\s+)?(?:đoàn|tổ)\s+(?:công tác|kiểm tra|giám sát)")


def _set_up_to_work(doc: Doc, start: int) -> bool:
    """The host is named in a paragraph about delegations set up ("thành lập 3 đoàn công tác, ... Đoàn 2 làm việc với
    B"), in a sentence that does not open with a day of its own (a session held: "Sáng 5/3, đoàn làm việc với C")."""
    s, e = doc.sentence_bounds(start)
    paragraph = max(doc.match.rfind("\n", 0, start) + 1, start - 400)
    return (
        "thành lập" in doc.match[paragraph:start]
        and bool(_SET_UP.search(doc.match, paragraph, start))
        and not _OPENING_DATE.match(doc.match, s, e)
    )


def _receiving_body(doc: Doc, received: re.Match[str], bodies: list[tuple[str, int, int]]) -> str | None:
    """The body of those who receive a delegation: the one its members are named with ("các đồng chí trong Ban Thường
    vụ Huyện ủy"), else the first body of their titles."""
    # (the receivers may be listed over several clauses: to the paragraph's end)
    e = doc.match.find("\n", received.end())
    e = min(len(doc.match) if e < 0 else e, received.end() + 400)
    named = [
        # ("Phó Bí thư Thường trực Đảng ủy xã": the post's "Thường trực", the body is the Đảng ủy xã)
        (name.removeprefix("Thường trực ") if doc.match.endswith("Bí thư ", 0, start) else name, start)
        for name, start, _ in bodies
        if received.end() <= start < e and name not in _GUESTS  # (not "Ủy viên Trung ương Đảng")
    ]
    members = [name for name, start in named if _MEMBERS_BEFORE.search(doc.match, max(0, start - 40), start)]
    return members[0] if members else named[0][0] if named else None


def _first_co_organizer(text: str, ending_at: dict[int, tuple[str, int]], name: str, start: int) -> tuple[str, int]:
    """The lead of co-organizers listed before "phối hợp (với ...) tổ chức": the first of the bodies joined by commas
    ("A, B, C và D phối hợp tổ chức Hội thảo ...": A's), else the body itself."""
    # ("Viện X - Học viện Y phối hợp ... tổ chức": a unit and its parent joined by a dash, the unit leads)
    while (
        before := ending_at.get(start - 2)
        if text.startswith(", ", start - 2)
        else ending_at.get(start - 3)
        if text.startswith((" - ", " – "), start - 3)
        else None
    ) is not None:
        if _VENUE_BEFORE.search(text, max(0, before[1] - 30), before[1]) or _TITLE_BEFORE.search(
            text, max(0, before[1] - 40), before[1]
        ):
            break  # "tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy phối hợp với ...": the venue, then the organizer;
            # "đồng chí A, Bí thư Tỉnh ủy, Ban X tổ chức": a title's body
        name, start = before
    return name, start


#: a body named as the venue: "tại Hội trường Tỉnh ủy", "tại trụ sở UBND tỉnh", "tại Tỉnh ủy"
_VENUE_BEFORE = re.compile(r"(?:[Hh]ội trường|[Tt]rụ sở|[Nn]hà khách|(?<![\w])[Tt]ại)\s+$")


@functools.lru_cache(maxsize=4096)
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


_DEPUTY_CHAIRS = AnyCase(r"chủ trì|tổ chức (?:cuộc họp|hội nghị)|bế mạc hội nghị")
_STATE_DEPUTY = re.compile(r"Phó Chủ tịch (?:Thường trực )?(UBND) (tỉnh|thành phố|huyện|xã|phường|đặc khu)")
#: a deputy Party secretary's committee: "Phó Bí thư Thành ủy TPHCM", "Phó Bí thư Thường trực Tỉnh ủy"
_PARTY_DEPUTY = re.compile(
    rf"Phó Bí thư (?:Thường trực )?({_COMMITTEE}|Đảng ủy (?:các cơ quan Đảng|UBND|Khối|Công an|Quân sự)[^,;.\n]*)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _deputy_office_body(title: str, kind: str) -> str | None:
    """The People's Committee a deputy chair chairing a meeting speaks for (never a council's session); the Party
    committee a deputy secretary chairing a conference speaks for ("Hội nghị do đồng chí A, Phó Bí thư Thành ủy chủ
    trì": the Thành ủy's; not a "phiên họp", which a standing board's secretary chairs: "Phó Bí thư A chủ trì họp Ban
    Chỉ đạo X" is the steering committee's)."""
    if kind == "kỳ họp":
        return None
    if deputy := _STATE_DEPUTY.search(title):
        return f"{deputy.group(1)} {deputy.group(2)}"
    if kind != "phiên họp" and (party := _PARTY_DEPUTY.search(title)):
        u = party.group(1)
        return u[:1].upper() + u[1:].lower() if _COMMITTEE_ONLY.fullmatch(u) else u  # ("Đảng ủy các cơ quan Đảng X")
    return None


#: the head of an inspection, supervision or working team: "Chủ tịch nước A, Trưởng Đoàn kiểm tra, chủ trì Hội nghị
#: ...": the team's meeting (the team named in the text)
_TEAM_HEAD = re.compile(r"Trưởng [Đđ]oàn (kiểm tra|giám sát|công tác|khảo sát)(?![\w])")


def _team_chaired(doc: Doc, bodies: list[tuple[str, int, int]]) -> str | None:
    """The team whose head chairs a meeting, when the text names that team ("Đoàn kiểm tra số 35 của Bộ Chính trị")."""
    if "rưởng" not in doc.match:
        return None
    for s, e in doc.sentences():
        if (head := _TEAM_HEAD.search(doc.match, s, e)) and _CHAIR.search(doc.match, head.end(), e):
            team = f"đoàn {head.group(1)}"
            return next((name for name, _, _ in bodies if name.lower().startswith(team)), None)
    return None


#: a document named "Kết luận số ...", not a conclusion delivered
_CONCLUSION_NUMBER = re.compile(r"Kết luận\s+(?:số|\d)")


def _chair_body(doc: Doc, cues: list[re.Match[str]], officials: list[Official]) -> tuple[str, int] | None:
    """The body the chair's office implies, from the sentences that say who chaired or concluded
    (weight 2); else the office of the most senior official present (weight 1)."""
    kind = _kind(cues[0].group(1)) if cues else "phiên họp"
    # the sentences that say who chaired or concluded: one scan of the text (its words never hold a sentence's end)
    for s, e in doc.sentences_with(m.start() for m in _CHAIR.finditer(doc.match)):
        if _CONCLUSION_NUMBER.search(doc.match, s, e):
            continue
        folded = doc.match[s:e].casefold()  # doc.match is tone-unified already
        # (a deputy chairing a meeting of the committee's own, not a working visit: "Phó Chủ tịch UBND tỉnh A chủ trì
        # cuộc họp"; "Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh B ..." is a visit to its host)
        deputy = "làm việc" not in folded and bool(_DEPUTY_CHAIRS.search(doc.match, s, e))
        for official in officials:
            if official.name.casefold() not in folded and not any(t.casefold() in folded for t in official.titles):
                continue
            for title in official.titles:
                # (a deputy chairing speaks for the committee: "Phó Chủ tịch UBND tỉnh A chủ trì cuộc họp")
                body = _office_body(title, kind) or (_deputy_office_body(title, kind) if deputy else None)
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
    latest = _latest_date(doc.match)
    if latest is None:
        return None
    y, mo, d = latest
    return y if (month, day) >= (mo, d) else y + 1


@functools.lru_cache(maxsize=1)  # the text being read
def _latest_date(match: str) -> tuple[int, int, int] | None:
    """The latest full date of a text, neither a deadline nor a named document's: read once per text (a text
    names many meetings)."""
    dates = []
    for m in _FULL_DATE.finditer(match):
        if _DEADLINE_BEFORE.search(match, max(0, m.start() - 16), m.start()):
            continue  # "hoàn thành trước ngày 30/9/2025": a deadline, not a date the text has seen
        if _DOCUMENT_DATE_BEFORE.search(match, max(0, m.start() - 40), m.start()):
            continue  # a document's issue date says nothing of when the text was written
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            dates.append((y, mo, d))
    return max(dates) if dates else None


def _meeting_date(doc: Doc, cue_at: int) -> str | None:
    limit = max(cue_at, 3000) + 3000
    # in text order, read lazily: the first good date ends the scan (a stable merge, as a sort would order them); a
    # pattern whose words the text lacks is not run ("tháng", "diễn ra": a scan that finds nothing reads the whole text)
    dated = heapq.merge(
        _DATE.finditer(doc.match, 0, limit),
        _DATE_WORDS.finditer(doc.match, 0, limit) if doc.match.find("tháng", 0, limit) >= 0 else (),
        _DATE_SPAN.finditer(doc.match, 0, limit) if _DATE_SPAN_DAYS.search(doc.match, 0, limit) else (),
        _DATE_DAYS_LISTED.finditer(doc.match, 0, limit) if doc.match.find("ngày,", 0, limit) >= 0 else (),
        _DATE_FROM.finditer(doc.match, 0, limit) if doc.match.find("ừ ngày", 0, limit) >= 0 else (),
        # "... cuộc họp của Thường trực Tỉnh ủy diễn ra ngày 23/3"
        _HELD_ON.finditer(doc.match, 0, limit)
        if doc.match.find("diễn ra", 0, limit) >= 0 or doc.match.find("tổ chức", 0, limit) >= 0
        else (),
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
    if doc.published and len(doc.published) == 10 and _TODAY.search(doc.match[:3000]):
        return doc.published
    if doc.published and len(doc.published) == 10 and _YESTERDAY.search(doc.match[:3000]):
        yesterday = datetime.date.fromisoformat(doc.published) - datetime.timedelta(days=1)
        return yesterday.isoformat()  # "chiều hôm qua" in a text of 13/1: the 12th
    return doc.published


def _province(doc: Doc) -> str | None:
    """The province the text names most."""
    counts = Counter(key_of(name) for name, _ in province_mentions(doc))
    if not counts:
        return None
    best = counts.most_common(1)[0][0]
    return PROVINCE_BY_KEY.get(best, best)


#: the host of a working session or an inspection: "làm việc với Ban Thường vụ Tỉnh ủy", "có buổi làm việc tại
#: UBND huyện", "công bố quyết định kiểm tra, giám sát năm 2026 đối với Ban Thường vụ Tỉnh ủy" (GOLD_FORMAT: in
#: "A làm việc với B" the meeting is B's)
_HOST_BEFORE = re.compile(
    r"(?:(?:[Ll]àm việc|buổi làm việc|cuộc làm việc|đến thăm và làm việc)\s+(?:với|tại)"
    # "buổi làm việc của tập thể Bộ Chính trị với Ban Thường vụ Thành ủy"
    r"|(?:buổi|cuộc) làm việc của [^.;:\n]{1,40}?\svới"
    # ("kiểm tra tại Đảng ủy xã X": an inspection held at the host)
    r"|(?:kiểm tra|giám sát)(?:,\s*(?:kiểm tra|giám sát))?(?:\s+năm\s+\d{4})?\s+(?:đối với|tại))"
    # ("với đại diện các Ban Thường vụ Tỉnh ủy A, B": the first of the hosts)
    r"\s+(?:đại diện\s+|lãnh đạo\s+)?(?:các đồng chí trong\s+)?(?:\d{1,2}\s+|các\s+)?$"  # "với đại diện 6 Ban ..."
)
#: the body an inspection team's findings are about, the topic between: "Đoàn kiểm tra của Bộ Chính trị đã làm việc,
#: thông báo dự thảo báo cáo kết quả kiểm tra công tác lãnh đạo, chỉ đạo ... của Đảng đối với Ban Thường vụ Tỉnh ủy X"
#: (the team named in the sentence, working with the host or announcing to it: "tăng cường kiểm tra đối với Sở X" alone
#: is a task, and "Hội nghị thông qua dự thảo báo cáo của Đoàn kiểm tra ... đối với X" the team's own meeting)
_INSPECTED_AFTER_TOPIC = re.compile(r"(?:kiểm tra|giám sát)[^.;:\n]{0,180}?\sđối với\s+$")
#: (the team's head may be named with a long title between: "Đoàn kiểm tra số 7 của Ban Bí thư do ông A, Ủy viên Trung
#: ương Đảng, Phó Chủ nhiệm ..., Trưởng Tiểu ban ... làm trưởng đoàn đã công bố"; "Đoàn Kiểm tra", "Đoàn Giám sát")
_INSPECTION_TEAM = re.compile(r"[Đđ]oàn (?:[Kk]iểm tra|[Gg]iám sát)[^.;:\n]{0,320}?\s(?:làm việc|công bố)(?![\w])")


def _hosted(doc: Doc, start: int, s: int = 0) -> bool:
    """The body at ``start`` hosts a working session or an inspection ("làm việc với B", "kiểm tra ... đối với B")."""
    if _HOST_BEFORE.search(doc.match, max(s, start - 80), start):
        return True
    if not doc.match.endswith("đối với ", 0, start):
        return False
    s = doc.sentence_bounds(start)[0] if s == 0 else s
    return bool(
        _INSPECTED_AFTER_TOPIC.search(doc.match, max(s, start - 220), start)
        and _INSPECTION_TEAM.search(doc.match, s, start)
    )


#: a congratulatory visit to a body: "đã đến thăm và chúc mừng các cán bộ, viên chức Sở Y tế X", "tới chúc mừng Hội
#: Nông dân tỉnh": the host's meeting (GOLD_FORMAT, as "A làm việc với B" is B's)
_CONGRATULATED_BEFORE = re.compile(
    # ("đến thăm và chúc Tết Thành ủy và UBND TP X": a New Year's visit)
    r"(?:đến|tới)\s+(?:thăm(?:,\s*|\s+và\s+))?chúc (?:mừng|Tết|tết)\s+"
    r"(?:(?:các\s+)?(?:cán bộ|công chức|viên chức|nhân viên|người lao động|tập thể|lãnh đạo)(?:,\s*|\s+và\s+|\s+))*$"
)
#: what follows a body that holds a meeting: its term ("khóa XX, nhiệm kỳ 2020 - 2025"), a partner ("phối hợp với
#: Sở X"), then "tổ chức / tiến hành / khai mạc" a meeting word, or "họp": "Ủy ban Kiểm tra Tỉnh ủy khóa XX tổ chức
#: kỳ họp thứ 43", "Ban Tuyên giáo Tỉnh ủy phối hợp với Sở Kế hoạch và Đầu tư tổ chức tọa đàm"
_HOLDS = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?(?:\s+[A-ZĐ][\w]+(?:\s+[A-ZĐ][\w]+){0,2}(?=[\s,]))?"
    # ("HĐND phường Hạc Thành, tỉnh Thanh Hóa đã tổ chức kỳ họp": the unit's province after it)
    r"(?:,\s+(?:tỉnh|thành phố|TP\.?)\s?[A-ZĐ][\w]*(?:\s+[A-ZĐ][\w]*){0,2}(?=[\s,]))?"
    # ("Ban Thường vụ Tỉnh ủy 3 tỉnh Hà Tĩnh, Nghệ An, Quảng Trị phối hợp tổ chức hội nghị": the committees of several
    # provinces, counted and listed, hold their joint meeting)
    r"(?:\s+(?:\d|hai|ba|bốn|các)\s+(?:tỉnh|thành phố)(?:\s+[A-ZĐ][\w]*){1,3}"
    r"(?:(?:,|\s+và)(?:\s+[A-ZĐ][\w]*){1,3}){1,5})?"
    r"(?:,?\s+(?:khóa|nhiệm kỳ)\s+[\w]+(?:\s*[-–]\s*\d{4})?){0,2}"
    r"(?:,\s+đơn vị\s+(?:số\s+)?\d{1,2})?"  # "Tổ đại biểu Quốc hội TP HCM, đơn vị 10 đã có buổi tiếp xúc cử tri"
    r"(?:\s+số\s+\d{1,2})?"  # "Tổ đại biểu HĐND tỉnh số 10 tiếp xúc cử tri"
    # (its members listed: "Tổ đại biểu HĐND tỉnh gồm các đại biểu: A, Phó Chủ tịch UBND tỉnh; B, ... đã tiếp xúc cử
    # tri", "Đoàn công tác gồm các đồng chí ... đã làm việc")
    r"(?:\s+gồm\s+(?:các\s+)?(?:đại biểu|đồng chí|ông|bà|ông,\s+bà)\s*:?[^.\n]{1,400}?(?=\s+(?:đã|vừa)\s))?"
    # ("A phối hợp B tổ chức", "với" left out, as often written)
    # ("Cục X (Bộ Y) chủ trì, phối hợp với Sở Z tổ chức hội nghị": it chairs and co-organizes)
    r"(?:,?\s+chủ trì(?=,?\s+phối hợp),?)?"
    # ("Thành ủy và UBND TP.Đà Nẵng tổ chức hội nghị": the dot of "TP." does not end the partner's name)
    r"(?:,?\s+(?:phối hợp(?:\s+với|\s+cùng)?|cùng\s+với|và)\s+(?:[^.;:\n]|(?<=TP)\.){1,90}?)?"
    # ("Viện X thuộc Viện Hàn lâm Y tổ chức hội thảo": the unit of a parent holds it)
    r"(?:,?\s+(?:trực\s+)?thuộc\s+[^.;:\n]{1,80}?)?"
    # "do bà A, Phó Trưởng Đoàn ĐBQH tỉnh làm trưởng đoàn"
    r"(?:,?\s+do\s+[^.;:\n]{1,140}?\s+làm\s+(?:[Tt]rưởng đoàn|[Tt]rưởng ban|chủ trì))?,?\s+"
    # ("A phối hợp tổ chức hội nghị": a co-organizer named alone holds it)
    rf"(?:(?:đã|vừa|{_MANNER}|chính thức|phối hợp)\s+){{0,2}}"
    # the verb that holds it: a partner's words may hold "tổ chức" too ("phối hợp với các tổ chức chính trị - xã hội
    # tỉnh tổ chức hội nghị"), so "tổ chức" and "tiến hành" count only before a meeting word
    # ("có buổi tiếp xúc cử tri", "có cuộc gặp mặt": the body's own meeting; "có buổi làm việc với B" is B's)
    # ("Ban Chấp hành Đảng bộ tỉnh đã có phiên họp đầu tiên": its own session)
    r"(?P<verb>họp|khai mạc|bế mạc|tiếp xúc cử tri|có\s+(?:buổi|cuộc)(?=\s+(?:tiếp xúc|gặp mặt|đối thoại))"
    r"|có(?=\s+phiên họp)"
    # ("HĐND tỉnh X tổ chức khai mạc Kỳ họp thứ 20": the opening of the session it holds)
    # ("tổ chức trọng thể Lễ công bố ...": its manner after the verb)
    r"|(?:tổ chức|tiến hành)(?=\s+(?:thành công\s+|khai mạc\s+|(?:" + _MANNER + r")\s+)?(?i:phiên|hội nghị"
    r"|kỳ họp|cuộc họp|buổi|cuộc làm việc|tọa đàm|hội thảo|lễ|đại hội|diễn đàn|chương trình tiếp xúc|tiếp xúc|họp"
    # ("tổ chức trao quyết định nghỉ hưu cho ...", "tổ chức trao Huy hiệu Đảng": a hand-over ceremony)
    r"|giám sát|ra mắt|kỷ niệm|phát động|khánh thành|gặp mặt|đối thoại|trao (?:quyết định|huy hiệu)|"
    # ("tổ chức tổng kết công tác năm 2025", "tổ chức quán triệt Chỉ thị ...": a conference named by its activity)
     + _ACTIVITY + r")))"
    # ("tổ chức giám sát việc ...": a supervision session; "tổ chức kỷ niệm 95 năm ...", "tổ chức ra mắt ...": a
    # ceremony)
    r"(?![\w])"
    r"(?P<what>[^.;\n]{0,40})"
)
#: a meeting held by one body and named with another's ("tổ chức Hội nghị BCH Đảng bộ tỉnh lần thứ 18", "tổ chức
#: kỳ họp thứ 5 HĐND huyện"): the named body's (its vote comes from _CUE_THEN_BODY)
#: (its kind and "của" between: "tiến hành Hội nghị chuyên đề lần thứ 12 của Ban Chấp hành Đảng bộ tỉnh", rule
#: meetings.plenum_named_with_of)
_NAMES_ITS_BODY = re.compile(
    r"\s*(?:[Hh]ội nghị|HỘI NGHỊ|[Kk]ỳ họp|[Pp]hiên họp)(?:\s+(?:chuyên đề|mở rộng|bất thường))?\s+"
    rf"(?:(?:lần thứ|thứ)\s+[\w]+,?\s+)?(?:của\s+)?({_BODY_ALT})(?![\w])",
    re.IGNORECASE,  # ("tổ chức hội nghị Ban chấp hành Đảng bộ tỉnh", as often written)
)
#: the meeting words a "tổ chức" must name to be a meeting ("tổ chức hội nghị", "tổ chức lễ công bố")
_HELD_WHAT = re.compile(
    rf"^\s*(?:thành công\s+|khai mạc\s+|(?:{_MANNER})\s+)?"
    r"(?:phiên|hội nghị|kỳ họp|cuộc họp|buổi|cuộc làm việc|tọa đàm|hội thảo|lễ"
    r"|đại hội|diễn đàn|chương trình tiếp xúc|tiếp xúc|họp|giám sát|ra mắt|kỷ niệm|phát động|khánh thành|gặp mặt"
    r"|đối thoại|trao (?:quyết định|huy hiệu)|"
    + _ACTIVITY  # ("tổ chức sơ kết 6 tháng": a conference named by its activity)
    + ")",
    re.IGNORECASE,
)
#: a body, then "tổ chức" and an activity that names a conference ("Thị ủy X tổ chức quán triệt ..."), read where the
#: body is named (rule meetings.conference_by_activity)
_ACTIVITY_HELD = re.compile(rf"[^.;\n]{{0,120}}?\stổ chức\s+(?:{_ACTIVITY})(?![\w])")
#: a word that makes a body's "tổ chức <activity>" a task it is given or gives, not a conference it held ("hướng dẫn tổ
#: chức học tập", "chỉ đạo tổ chức sơ kết", "cần tổ chức quán triệt"; rule meetings.conference_by_activity)
_DIRECTED_BEFORE = re.compile(
    r"(?:hướng dẫn|chỉ đạo|yêu cầu|đề nghị|giao|tham mưu|đôn đốc|triển khai|tiếp tục|cần|phải|sẽ|chủ động|kịp thời"
    r"|khẩn trương|để|nhằm)\s+$"
)
#: a hand-over a body holds with no meeting word ("Tỉnh ủy X tổ chức trao quyết định nghỉ hưu ..."): a ceremony
_HANDS_OVER_HELD = re.compile(r"tổ chức\s+trao\s+(?:quyết định|huy hiệu)", re.IGNORECASE)


#: a body that is a partner or part of a longer name: "phối hợp với Sở X tổ chức", "Đảng ủy Bộ Công Thương"
#: (a capitalised word on the line above is a headline's, not part of the name: "... tại Phú Lương\nĐảng ủy phường")
_PARTNER_BEFORE = re.compile(r"(?:với|cùng|và|ủy|Đảng bộ|của|phối hợp)\s+$|[A-ZĐ][\w]*[^\S\n]+$")


#: a later item of the partners' list: "A phối hợp với B, C tổ chức hội thảo" (C is a partner, A holds it)
_LISTED_PARTNER_BEFORE = re.compile(r"phối hợp(?:\s+với|\s+cùng)?\s+[^.;:\n]{1,100}?(?:,|\s+và)\s+$")


def _not_the_holder(doc: Doc, start: int) -> bool:
    if _PARTNER_BEFORE.search(doc.match, max(0, start - 15), start):
        return True
    return doc.match.endswith((", ", "và "), 0, start) and bool(
        _LISTED_PARTNER_BEFORE.search(doc.match, max(0, start - 130), start)
    )


#: "(Hội nghị | Buổi lễ | Lễ ...) do <body> tổ chức / chủ trì"
_BY_BEFORE = re.compile(
    r"(?:hội nghị|[Hh]ội nghị|[Bb]uổi lễ|[Ll]ễ|[Kk]ỳ họp|[Tt]ọa đàm|[Hh]ội thảo)"
    # (its title quoted: "Tọa đàm “...” do X"; its topic written out: "hội nghị kỷ niệm 70 năm ngày thầy thuốc Việt Nam
    # (27/2/1955 – 27/2/2025) và phát động thi đua năm 2025 do Sở Y tế tổ chức")
    r"(?:[^.;\n“]{0,120}|\s*[“\"][^”\"\n]{1,160}[”\"][^.;\n]{0,20})\sdo\s+$"
)
#: (a partner between: "do Ban Tuyên giáo Tỉnh ủy phối hợp Trường Đại học X tổ chức")
_BY_HOLDER_AFTER = re.compile(
    r"(?:\s+[A-ZĐ][\w]+){0,3}(?:,?\s+phối hợp(?:\s+với|\s+cùng)?\s+[^.;:\n]{1,60}?)?\s+(?:đã\s+)?(?:tổ chức|chủ trì)"
    r"(?![\w])"
)


_LEVEL_FIRST = re.compile(r"(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|đặc khu|thị trấn)(?![\w])")


#: what a Party organization holds that is its congress: "tổ chức Đại hội đại biểu lần thứ I", "tổ chức phiên trù bị Đại
#: hội đại biểu Đảng bộ tỉnh lần thứ nhất", "khai mạc phiên chính thức Đại hội"
_CONGRESS_HELD = re.compile(
    # ("tổ chức thành công Đại hội đại biểu lần thứ VII", "tổ chức trọng thể Đại hội": an adverb before it)
    r"\s*(?:(?:thành công|trọng thể|long trọng)\s+)?(?:(?:phiên\s+(?:trù bị|chính thức|khai mạc|bế mạc)|khai mạc)\s+)?"
    r"đại hội(?!\s+(?:thi đua|thể dục|TDTT|điển hình|cháu ngoan))",
    re.IGNORECASE,
)


#: the Party congress a committee holds, named as such: "tổ chức Đại hội đại biểu lần thứ I", "... Đại hội nhiệm kỳ
#: 2025 - 2030" (not "Đại hội thi đua yêu nước")
_OWN_CONGRESS = re.compile(
    r"\s*(?:khai mạc\s+)?[Đđ]ại hội(?:\s+đại biểu)?\s+(?:lần thứ|nhiệm kỳ|Đảng bộ|[IVX]+(?![\w]))", re.IGNORECASE
)


def _as_congress(body: str, held_by: re.Match[str] | None) -> str:
    """A Party organization holding its congress ("Đảng bộ xã Hưng Vũ tổ chức Đại hội đại biểu lần thứ I") is the
    congress: "Đại hội đại biểu Đảng bộ xã" (GOLD_FORMAT: written without its ordinal, nor its unit's name)."""
    if (named := _organization_congress(body, held_by)) is not None:
        return named  # "Hội Nông dân huyện X tổ chức Đại hội lần thứ X"
    if held_by is not None and body.startswith("Ban Chấp hành Đảng bộ ") and _OWN_CONGRESS.match(held_by.group("what")):
        body = body[len("Ban Chấp hành ") :]  # "Ban Chấp hành Đảng bộ tỉnh X tổ chức Đại hội đại biểu lần thứ I"
    if held_by is None or not body.startswith("Đảng bộ ") or not _CONGRESS_HELD.match(held_by.group("what")):
        return body
    unit = body[len("Đảng bộ ") :]
    level = _LEVEL_FIRST.match(unit)
    word = "thành phố" if level and level.group(0).startswith("TP") else level.group(0) if level else unit
    if level is None:  # "Đảng bộ UBND tỉnh Vĩnh Long": the unit's province is not part of the congress's name
        word = _UNIT_PROVINCE.sub("", word)
        word = _NAME_OF_BODY_UNIT.sub(r"\g<lvl>", word)  # "Đảng bộ UBND phường Phú Xuân": nor the commune's or ward's
    return f"Đại hội đại biểu Đảng bộ {word}"


#: the name of a commune, ward or district after a body's level: "UBND phường Phú Xuân" (the body of that unit)
_NAME_OF_BODY_UNIT = re.compile(
    r"(?<=^(?:UBND|HĐND) )(?P<lvl>huyện|thị xã|quận|xã|phường|đặc khu|thị trấn) [A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,3}$"
)
#: the province after a unit's name ("UBND tỉnh Vĩnh Long", "Đoàn đại biểu Quốc hội và HĐND tỉnh Nghệ An")
_UNIT_PROVINCE = re.compile(
    r"(?<=tỉnh) (?:" + "|".join(map(re.escape, sorted(PROVINCES, key=len, reverse=True))) + r")$"
)


#: a plenum named without its level, convened by the standing board: "Ban Thường vụ Tỉnh ủy X tổ chức Hội nghị Ban
#: Chấp hành Đảng bộ triển khai ...": the plenum is the board's committee's, "Ban Chấp hành Đảng bộ tỉnh"
_BARE_PLENUM = re.compile(
    r"\s*(?:[Hh]ội nghị|HỘI NGHỊ)\s+(?:(?:lần thứ|thứ)\s+[\w]+,?\s+)?(?:Ban [Cc]hấp hành|BCH) Đảng bộ"
    rf"(?!\s+(?:{_LEVEL}|TP|Trung ương)(?![\w]))(?![\w])"
)
_TIER_OF_BOARD = {**COMMITTEE_LEVELS, "Đảng ủy xã": "xã", "Đảng ủy phường": "phường", "Đảng ủy đặc khu": "đặc khu"}


def _plenum_convened(board: str, held_by: re.Match[str]) -> str | None:
    if not board.startswith("Ban Thường vụ ") or not _BARE_PLENUM.match(held_by.string, held_by.start("what")):
        return None
    tier = _TIER_OF_BOARD.get(board[len("Ban Thường vụ ") :])
    return f"Ban Chấp hành Đảng bộ {tier}" if tier else None


def _holds_a_meeting(m: re.Match[str]) -> bool:
    if _NAMES_ITS_BODY.match(m.string, m.start("what")):
        return False  # "Ban Thường vụ Tỉnh ủy tổ chức Hội nghị BCH Đảng bộ tỉnh lần thứ 18": the plenum's meeting
    if m.group("what").lstrip().startswith(MEETING_ACTIVITIES) and _DIRECTED_BEFORE.search(
        m.string, m.start(), m.start("verb")
    ):
        return False  # "A chủ trì, phối hợp với B hướng dẫn tổ chức học tập ...": a task, not a conference held
    return m.group("verb") in ("họp", "tiếp xúc cử tri") or bool(_HELD_WHAT.match(m.group("what")))


#: a Party congress held ("Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I ... tiến hành phiên trù bị", "Đảng bộ UBND
#: tỉnh tổ chức phiên trù bị Đại hội"): its body is written without the ordinal, "Đại hội đại biểu Đảng bộ tỉnh"
_UNIT = (
    r"(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|đặc khu|thị trấn"
    # (the People's Committee written out, in capitals as often: "Đại hội đại biểu Đảng bộ Ủy ban Nhân dân tỉnh X")
    r"|(?:UBND|Ủy ban [Nn]hân dân|Quân sự|Công an|Khối [\w ]{3,30}?|[Cc]ác cơ quan Đảng) tỉnh"
    # (the Party organization of a body's office: "Đảng bộ Cơ quan Ủy ban MTTQ Việt Nam tỉnh X tổ chức Đại hội")
    r"|[Cc]ơ quan (?:UBND|HĐND|Ủy ban [Nn]hân dân|Ủy ban MTTQ Việt Nam|Ủy ban Mặt trận Tổ quốc Việt Nam) tỉnh"
    # (the level word capitalised before the unit's name, as Hanoi's and Saigon's outlets write it: "Đảng bộ Thị xã Sơn
    # Tây", "Đảng bộ Quận Ba Đình": read in lower case, _LEVEL_CAPITALISED)
    r"|(?:Thị xã|Thành phố|Huyện|Quận|Thị trấn|Phường|Xã)(?= [A-ZĐ\d])"
    r"|[A-ZĐ][\w]+(?: [A-ZĐ][\w]+){0,3})"
)
#: a province's name alone (the 34 and the old ones), longest first
_PROVINCE_NAMES = "|".join(map(re.escape, sorted(PROVINCES, key=len, reverse=True)))
_CONGRESS = re.compile(
    # ("Đại hội Đại biểu Đảng bộ tỉnh Cà Mau": "Đại biểu" capitalised, as southern outlets often write it)
    rf"(?:Đại hội(?: [Đđ]ại biểu)?|ĐẠI HỘI(?: ĐẠI BIỂU)?) (?:Đảng bộ|ĐẢNG BỘ) (?P<u>{_UNIT})"
    # "Đại hội đại biểu tỉnh An Giang lần thứ I": the province's Party congress, "Đảng bộ" left out
    r"|Đại hội [Đđ]ại biểu (?P<w>tỉnh|thành phố) (?=[A-ZĐ][\w]+(?: [A-ZĐ][\w]+)? lần thứ)"
    # "Đảng bộ xã Hòa Phú, tỉnh Đắk Lắk tổ chức Đại hội đại biểu lần thứ I"
    # "Đảng bộ phường Bến Thành, TPHCM tổ chức ...", "Đảng bộ phường Chợ Lớn, TP.HCM, tổ chức ..."
    rf"|(?P<v>Đảng bộ {_UNIT})(?: [A-ZĐ][\w]+){{0,3}}"
    # ("Đảng bộ xã Yên Phong, Bắc Ninh tổ chức ...": the province after the comma, its level word left out)
    # ("Đảng bộ xã Mường Bú, huyện Mường La, tỉnh Sơn La, tổ chức Đại hội ...": its district, then its province)
    rf"(?:(?:, (?:(?:huyện|thị xã|quận|thành phố) [A-ZĐ][\w]+(?: [A-ZĐ][\w]+){{0,2}}|tỉnh [A-ZĐ][\w]+(?: [A-ZĐ][\w]+)?"
    rf"|TPHCM|TP\.? ?HCM|TP\.? ?Hồ Chí Minh|{_PROVINCE_NAMES})){{1,2}},?"
    rf"| \([^()\n]{{1,30}}\))?"
    rf" (?:(?:đã|vừa|long trọng|trọng thể)\s+){{0,2}}(?:tổ chức|tiến hành)"
    # (not a congress of another kind: "Đảng bộ tỉnh X tổ chức Đại hội thi đua yêu nước", "Đại hội Thể dục thể thao")
    rf" (?:phiên trù bị|phiên chính thức|khai mạc|[Đđ]ại hội(?! (?:thi đua|[Tt]hể dục|TDTT|điển hình|[Cc]háu ngoan)))"
    # "đảng viên xã Phước Hải tham dự Đại hội Đảng bộ lần thứ I": its unit named before it in the sentence
    r"|Đại hội (?:[Đđ]ại biểu )?Đảng bộ (?=lần thứ )"
)
#: a congress named inside a conference's name, the conference word and lower-case words before it: "Hội nghị sơ kết
#: giữa nhiệm kỳ Đại hội Đảng bộ phường lần thứ X", "hội nghị tổng kết nhiệm kỳ Đại hội ..." (the conference is the
#: meeting, no congress sits)
_CONGRESS_NAMES_A_CONFERENCE = re.compile(r"(?:[Hh]ội nghị|[Hh]ội thảo|[Tt]ọa đàm)(?:\s+[a-zđà-ỹ]+){1,8}\s+$")
#: a congress greeted by what is done before it ("thi đua lập thành tích chào mừng Đại hội Đảng bộ tỉnh", "công trình
#: chào mừng thành công Đại hội ..."): not a congress the text reports sitting
_CONGRESS_GREETED = re.compile(r"(?<![\w])chào mừng(?:\s+thành công)?\s+$")
_LEVEL_CAPITALISED = {"Thị xã", "Thành phố", "Huyện", "Quận", "Thị trấn", "Phường", "Xã"}
#: the unit named before a congress named without it
_UNIT_BEFORE = re.compile(r"(?:^|.*\s)(xã|phường|đặc khu|thị trấn|huyện|thị xã|quận|tỉnh|thành phố) [A-ZĐ]")
#: a congress said to sit: "tiến hành phiên trù bị", "khai mạc phiên chính thức", "bế mạc", "diễn ra từ ngày ..."
_CONGRESS_SITS = AnyCase(
    r"(?:tiến hành|khai mạc|bế mạc|diễn ra|phiên trù bị|phiên chính thức|tổ chức|bước vào phiên"
    # "đã bước vào phiên làm việc chính thức", "dự và chỉ đạo Đại hội", "dự và phát biểu chỉ đạo Đại hội"
    # "tiếp tục ngày làm việc thứ 3", "tiếp tục chương trình làm việc"
    r"|(?:dự|phát biểu) và (?:phát biểu )?chỉ đạo|tiếp tục (?:ngày|phiên|chương trình) làm việc"
    r"|tiếp tục chương trình(?= (?:Đại hội|đại hội))"  # "Tiếp tục chương trình Đại hội ..., chiều nay (5/8), ..."
    r"|bước vào ngày làm việc"  # "bước vào ngày làm việc thứ ba"
    # a headline that reports it done: "Đại hội đại biểu Đảng bộ huyện X lần thứ XXV ... (đã) thành công tốt đẹp"
    r"|(?<!diễn ra )(?<!tổ chức )thành công tốt đẹp"
    # its delegates present: "Đại hội ... lần thứ I, nhiệm kỳ 2025-2030, có sự tham dự của 191 đại biểu chính thức"
    r"|(?:với|có) sự tham dự của"
    # the decisions it announces: "Đại hội ... lần thứ I công bố các Quyết định của Bộ Chính trị về công tác cán bộ"
    r"|công bố(?: và trao)? (?:các )?quyết định"
    # what it did, in the past: "sau 2 ngày làm việc, Đại hội ... đã bầu Ban Chấp hành", "Đại hội biểu quyết thông qua
    # Nghị quyết", "đã hoàn thành chương trình" (rule meetings.congress_by_deeds)
    r"|đã bầu|biểu quyết thông qua|(?:sau|qua) (?:\d{1,2}|một|hai|ba|1,5) ngày làm việc"
    r"|đã hoàn thành (?:toàn bộ )?(?:nội dung|chương trình))(?![\w])"
)
#: a congress prepared for, earlier in its sentence: the sentence's "tổ chức" is another meeting's
_CONGRESS_PREPARED = re.compile(r"(?:chuẩn bị|kế hoạch tổ chức|tiến tới|hướng tới|phục vụ)\s[^.;\n]*$")
#: (the topic of another meeting: "họp báo thông tin về Đại hội ...")
#: a congress named inside a sub-committee's name: "Tiểu ban Tuyên truyền – Khánh tiết Đại hội Đại biểu Đảng bộ tỉnh lần
#: thứ XVI tổ chức họp" (the sub-committee meets, the congress does not sit)
_CONGRESS_OF_SUBCOMMITTEE = re.compile(r"(?:Tiểu ban|Tổ Biên tập)(?:\s[^\s.;:,\n]+){1,6}\s+$")
#: (not "chương trình": "Tiếp tục chương trình Đại hội ..." sits; a document "trình Đại hội" does not)
_CONGRESS_NOT_HELD = re.compile(
    r"(?<![\w])(?:sẽ|tiến tới|(?<![Cc]hương )trình|chuẩn bị|Nghị quyết|Văn kiện|văn kiện|dự thảo|về)\s+$"
)


#: a commune or ward that holds its congress, its Party organization unnamed: "Sáng 12/8, phường Hồng Hà (Hà Nội) tổ
#: chức Đại hội đại biểu lần thứ nhất" (the Party's: a mass organization's congress names the organization)
_UNIT_HOLDS_CONGRESS = re.compile(
    r"(?<![\w])(xã|phường|đặc khu|thị trấn) [A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,3}(?: \([^()\n]{1,30}\))?,?\s+"
    r"(?:đã\s+|long trọng\s+)?tổ chức\s+Đại hội (?:[Đđ]ại biểu )?(?:lần thứ|nhiệm kỳ)"
)


def _congresses(doc: Doc) -> list[tuple[str, int]]:
    """The congresses the text reports sitting, as "Đại hội đại biểu Đảng bộ <unit>", with where each is named."""
    found: list[tuple[str, int]] = _mass_congresses(doc) if "Đại hội" in doc.match else []
    if "Đại hội" in doc.match:  # (the same congress read by both in a sentence counts once)
        seen = {(name, doc.sentence_bounds(at)[0]) for name, at in found}
        found += [(n, at) for n, at in _named_congresses(doc) if (n, doc.sentence_bounds(at)[0]) not in seen]
    for m in _UNIT_HOLDS_CONGRESS.finditer(doc.match) if "tổ chức Đại hội" in doc.match else ():
        s, e = doc.sentence_bounds(m.start())
        if not _PLANNED_SENTENCE.search(doc.match, s, e) and not _PLANNED.search(
            doc.match, max(s, m.start() - 30), m.start()
        ):
            found.append((f"Đại hội đại biểu Đảng bộ {m.group(1)}", m.start()))
    if not any(word in doc.match for word in ("Đảng bộ", "ĐẢNG BỘ", "Đại hội đại biểu", "Đại hội Đại biểu")):
        return found  # every congress is named with its Party organization, or as "Đại hội đại biểu tỉnh X"
    for m in _CONGRESS.finditer(doc.match):
        s, _ = doc.sentence_bounds(m.start())
        # "Đảng bộ TP. Huế ...": the sentence goes on after the abbreviation
        _, e = doc.sentence_bounds(min(len(doc.match) - 1, m.end() + 1) if m.group(0).endswith(".") else m.start())
        if _CONGRESS_NOT_HELD.search(doc.match, max(s, m.start() - 25), m.start()):
            continue
        if _CONGRESS_OF_SUBCOMMITTEE.search(doc.match, max(s, m.start() - 60), m.start()):
            continue
        if doc.match.endswith("mừng ", 0, m.start()) and _CONGRESS_GREETED.search(
            doc.match, max(s, m.start() - 40), m.start()
        ):
            continue  # "các công trình chào mừng Đại hội Đảng bộ tỉnh": works greeting a congress still to come
        if _CONGRESS_NAMES_A_CONFERENCE.search(doc.match, max(s, m.start() - 70), m.start()):
            continue  # "tổ chức Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ xã lần thứ XIII": the conference's name
        if _CONGRESS_PREPARED.search(doc.match, max(s, m.start() - 90), m.start()):
            continue  # "Hội nghị triển khai công tác chuẩn bị Đại hội các Chi bộ ..., Đại hội Đảng bộ xã lần thứ XII"
        sits = (
            _congress_sits(doc, s, e) or _attended(doc, s, m.start()) or _at_the_congress_that_day(doc, s, e, m.start())
        )
        if not sits or _PLANNED_SENTENCE.search(doc.match, m.end(), e) or _TOMORROW.match(doc.match, s):
            continue
        if not (m.group("u") or m.group("w") or m.group("v")):
            before = _UNIT_BEFORE.match(doc.match[s : m.start()])
            if before is None:
                continue  # (whose congress the sentence does not say)
            found.append((f"Đại hội đại biểu Đảng bộ {before.group(1)}", m.start()))
            continue
        unit = m.group("u") or m.group("w") or m.group("v").split(" ", 2)[2]
        unit = "thành phố" if unit.startswith("TP") else unit
        unit = unit.lower() if unit in _LEVEL_CAPITALISED else unit
        unit = (
            unit
            if unit[0].islower()
            or unit.split()[0] in ("UBND", "Quân", "Công", "Khối", "các", "Các", "Cơ", "cơ")
            or unit.startswith("Ủy ban ")
            else ""
        )
        found.append((f"Đại hội đại biểu Đảng bộ {unit}".strip(), m.start()))
    return sorted(found, key=lambda c: c[1])


#: a mass organization's congress: "Đại hội đại biểu các dân tộc thiểu số tỉnh X lần thứ IV", "Đại hội đại biểu Hội
#: Nông dân tỉnh X lần thứ XI", "Đại hội đại biểu MTTQ Việt Nam huyện X"; named like a Party congress, without its
#: ordinal nor its unit's name ("Đại hội đại biểu Hội Nông dân tỉnh")
_MASS_CONGRESS = re.compile(
    r"Đại hội (?:[Đđ]ại biểu )?(?P<org>(?:các )?(?:dân tộc thiểu số|DTTS)|Hội Nông dân|Hội Liên hiệp Phụ nữ"
    r"|Hội Cựu chiến binh|(?:Mặt trận Tổ quốc|MTTQ) Việt Nam|Công đoàn|Hội Chữ thập đỏ|Đoàn TNCS Hồ Chí Minh)"
    r"(?: (?P<lvl>tỉnh|thành phố|huyện|thị xã|quận|xã|phường)(?![\w]))?"
)
#: the unit that holds it, named before: "tỉnh Trà Vinh tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ IV"
_UNIT_HOLDS = re.compile(
    r"(?P<lvl>tỉnh|thành phố|huyện|thị xã|quận|xã|phường) [A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,3},?\s+"
    r"(?:đã\s+|long trọng\s+)?tổ chức\s+$"
)


def _mass_congresses(doc: Doc) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for m in _MASS_CONGRESS.finditer(doc.match):
        s, e = doc.sentence_bounds(m.start())
        if _CONGRESS_NOT_HELD.search(doc.match, max(s, m.start() - 25), m.start()) or _CONGRESS_PREPARED.search(
            doc.match, max(s, m.start() - 90), m.start()
        ):
            continue
        if (
            not _congress_sits(doc, s, e)
            or _PLANNED_SENTENCE.search(doc.match, m.end(), e)
            or _TOMORROW.match(doc.match, s)
        ):
            continue
        level = m.group("lvl")
        if level is None and (unit := _UNIT_HOLDS.search(doc.match, max(s, m.start() - 80), m.start())):
            level = unit.group("lvl")
        if level is None:
            continue  # (whose congress the text does not say)
        found.append((f"Đại hội đại biểu {m.group('org')} {level}", m.start()))  # (the organization as written)
    return found


_MASS_NAMES = "|".join(map(re.escape, sorted(MASS_ORGANIZATIONS, key=len, reverse=True)))
_UNIT_LEVELS = r"tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu"
#: a mass organization (or the Front) named as a body, its abbreviation in brackets, then its unit's level: "Hội Liên
#: hiệp Phụ nữ (LHPN) huyện", "Hội cựu chiến binh xã", "MTTQ Việt Nam tỉnh"
_ORGANIZATION_OF_UNIT = re.compile(rf"(?P<org>{_MASS_NAMES})(?: \([A-ZĐ]{{2,8}}\))? (?P<lvl>{_UNIT_LEVELS})(?![\w])")
#: what an organization's own congress is named with after "Đại hội": "(đại biểu) (Hội Nông dân huyện X) lần thứ X",
#: "nhiệm kỳ ...", "khóa ..." (never a congress of another kind: "Đại hội Nông dân tiên tiến", "Đại hội Phụ nữ tiêu
#: biểu", "Đại hội thi đua yêu nước")
_OWN_CONGRESS_NAMED = (
    rf"(?:[Đđ]ại biểu\s+)?(?:(?:{_MASS_NAMES})(?:\s+\([A-ZĐ]{{2,8}}\))?"
    rf"(?:\s+(?:{_UNIT_LEVELS})(?:\s+[A-ZĐ][\w]*){{0,4}})?\s+)?"
    r"(?:lần thứ|nhiệm kỳ|khóa|khoá|[IVXL]+(?![\w]))"
)
#: what an organization holds that is its own congress: "tổ chức (thành công | trọng thể) Đại hội (đại biểu) lần thứ X",
#: "tổ chức phiên trù bị Đại hội ..."
_OWN_ORGANIZATION_CONGRESS = re.compile(
    r"\s*(?:(?:thành công|trọng thể|long trọng|khai mạc)\s+){0,2}(?:phiên (?:trù bị|chính thức|khai mạc|bế mạc)\s+)?"
    rf"[Đđ]ại hội\s+{_OWN_CONGRESS_NAMED}"
)


def _organization_congress(body: str, held_by: re.Match[str] | None) -> str | None:
    """The congress a mass organization or the Front holds ("Hội Nông dân huyện Yên Thế tổ chức Đại hội đại biểu lần
    thứ X": "Đại hội đại biểu Hội Nông dân huyện"); None for any other meeting (an emulation congress stays its
    holder's: "Ban Chấp hành Đảng bộ tỉnh X tổ chức Đại hội thi đua yêu nước")."""
    if held_by is None or "ại hội" not in held_by.group("what"):
        return None
    organization = _ORGANIZATION_OF_UNIT.match(body)
    if organization and _OWN_ORGANIZATION_CONGRESS.match(held_by.string, held_by.start("what")):
        return f"Đại hội đại biểu {MASS_ORGANIZATIONS[organization.group('org')]} {organization.group('lvl')}"
    return None


#: a mass organization's or the Front's congress in the forms _MASS_CONGRESS leaves: the Front or an organization
#: abbreviated or in lower case ("Đại hội đại biểu MTTQVN tỉnh lần thứ X", "Đại hội đại biểu Hội cựu chiến binh xã X",
#: "Đại hội Hội LHPN huyện X")
_NAMED_CONGRESS = re.compile(
    # ("Đại hội đại biểu Phụ nữ tỉnh X lần thứ XVI": the women's union's congress, named by its members)
    r"Đại hội (?:[Đđ]ại biểu )?(?P<org>MTTQVN|Hội LHPN|Hội CCB|Hội ND|Hội CTĐ|Hội cựu chiến binh|Đoàn TNCSHCM|[Pp]hụ nữ"
    rf"|Đoàn Thanh niên Cộng sản Hồ Chí Minh|Ủy ban MTTQ Việt Nam) (?P<lvl>{_UNIT_LEVELS})(?![\w])"
)
#: an organization that holds its congress named without it: "Hội Liên hiệp Phụ nữ (LHPN) huyện Bác Ái tổ chức Đại
#: hội lần thứ XII", "Hội cựu chiến binh xã Đồng Tâm long trọng tổ chức Đại hội đại biểu ..." (the organization, its
#: abbreviation, its unit's level and name, a district or province after a comma, then the verb and "Đại hội")
_HOLDER_OF_CONGRESS = re.compile(
    # (not inside a Party organization's name: "Đảng bộ Cơ quan Ủy ban MTTQ Việt Nam tỉnh X tổ chức Đại hội")
    r"(?<![\w])(?<!Cơ quan )(?<!cơ quan )(?<!Đảng bộ )(?<!Chi bộ )(?<!Ủy ban )"
    rf"(?P<org>{_MASS_NAMES})(?: \([A-ZĐ]{{2,8}}\))? (?P<lvl>{_UNIT_LEVELS}) [A-ZĐ][\w]*(?: [A-ZĐ][\w]*){{0,3}}"
    r"(?:, (?:huyện|tỉnh|thành phố) [A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,2})?(?: \([^()\n]{1,30}\))?,?"
    r" (?:(?:đã|vừa|long trọng|trọng thể|chính thức) ){0,2}(?:tổ chức|tiến hành)"
    r" (?:(?:thành công|trọng thể|long trọng|khai mạc) ){0,2}(?:phiên (?:trù bị|chính thức|khai mạc|bế mạc) )?"
    rf"[Đđ]ại hội\s+{_OWN_CONGRESS_NAMED}"
)
#: a sentence that opens with tomorrow ("Ngày mai (29/6), Đại hội ... khai mạc"): the congress is still to sit
_TOMORROW = re.compile(r"[\W_]*(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối) mai(?![\w])")


def _named_congresses(doc: Doc) -> list[tuple[str, int]]:
    """The mass organizations' and the Front's congresses _mass_congresses does not read: named in abbreviation or
    lower case, or held by their organization and named without it."""
    found: list[tuple[str, int]] = []
    for m in _NAMED_CONGRESS.finditer(doc.match):
        s, e = doc.sentence_bounds(m.start())
        if _congress_reported(doc, s, e, m.start(), m.end()):
            found.append((f"Đại hội đại biểu {MASS_ORGANIZATIONS[m.group('org')]} {m.group('lvl')}", m.start()))
    for m in _HOLDER_OF_CONGRESS.finditer(doc.match):
        s, e = doc.sentence_bounds(m.start())
        if _congress_reported(doc, s, e, m.start(), m.end()):
            found.append((f"Đại hội đại biểu {MASS_ORGANIZATIONS[m.group('org')]} {m.group('lvl')}", m.start()))
    return found


def _congress_reported(doc: Doc, s: int, e: int, start: int, end: int) -> bool:
    """The congress named at ``start`` sits in its sentence (not prepared for, planned, or a document's topic)."""
    if _CONGRESS_NOT_HELD.search(doc.match, max(s, start - 25), start) or _CONGRESS_PREPARED.search(
        doc.match, max(s, start - 90), start
    ):
        return False
    return (
        _congress_sits(doc, s, e)
        and not _PLANNED_SENTENCE.search(doc.match, end, e)
        and not _TOMORROW.match(doc.match, s)
    )


#: "tổ chức" another meeting: "Đảng ủy phường tổ chức Hội nghị sinh hoạt đại biểu tham dự Đại hội ..."
_HOLDS_ANOTHER = re.compile(
    r"\s+(?:[Hh]ội nghị|[Hh]ội thảo|[Tt]ọa đàm|[Ll]ễ|[Bb]uổi|[Cc]uộc|[Pp]hiên họp|[Hh]ọp báo)(?![\w])"
)


#: a congress attended: "ông A, Ủy viên Ban Thường vụ Thành ủy, dự Đại hội Đảng bộ phường X"; not by a delegation sent
#: to it ("Đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh ...": a body's name, not a sitting)
_ATTENDS = re.compile(r"(?<![\w])(?:tham\s+)?dự\s+$")
_SENT_TO_IT = re.compile(r"(?:[Đđ]oàn|đại biểu|Đại biểu)[^.;,\n]{0,30}$")


def _attended(doc: Doc, s: int, at: int) -> bool:
    attends = _ATTENDS.search(doc.match, max(s, at - 12), at)
    if attends is None:
        return False
    return not _SENT_TO_IT.search(doc.match, max(s, attends.start() - 40), attends.start())


#: "tại" right before a congress's name
_AT_BEFORE = re.compile(r"(?<![\w])[Tt]ại\s+$")


def _at_the_congress_that_day(doc: Doc, s: int, e: int, at: int) -> bool:
    """A sentence opening with its day that reports what happened at the congress ("Ngày 20/8, tại Đại hội đại biểu
    Đảng bộ phường X lần thứ I, bà A được bầu làm Bí thư"): the congress sat that day."""
    return bool(_AT_BEFORE.search(doc.match, max(s, at - 6), at)) and bool(_OPENING_DATE.match(doc.match, s, e))


def _congress_sits(doc: Doc, s: int, e: int) -> bool:
    """The sentence says a congress sits; its "tổ chức" holds the congress, not another meeting it names."""
    for verb in _CONGRESS_SITS.finditer(doc.match, s, e):
        if verb.group(0).lower() != "tổ chức" or not _HOLDS_ANOTHER.match(doc.match, verb.end()):
            return True
    return False


_PLANNED_SENTENCE = re.compile(r"\ssẽ\s+(?:chính thức\s+)?(?:khai mạc|diễn ra|tiến hành|tổ chức)")

#: a sentence that opens with its day: "Sáng 12-6,", "Ngày 13/6,", "Hôm nay (15/3),", "(TN) - Chiều 3.3,",
#: "Trước đó, chiều 17/12,", "Trong 2 ngày 11 và 12/3,"
_OPENING_DATE = re.compile(
    r"[\W_]*(?:\([^()\n]{1,30}\)\s*[-–]\s*)?"
    # ("Trước đó, vào sáng 3/3,", "Trước đó vào chiều 11/11,": "vào" before the day, the comma left out)
    r"(?:(?:Trước đó(?: nữa)?|Tiếp đó|Sau đó|Tiếp theo|Cũng trong (?:sáng|chiều) nay)\s*(?:,\s*|(?=vào\s)))?"
    r"(?:vào\s+)?"
    # ("Chiều tối qua (23/9),", "Sáng qua (12/3),": the day before publication, its date in brackets)
    r"(?:(?:[Cc]hiều tối(?: qua| nay)?|(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Hh]ôm) qua"
    r"|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm nay|[Ss]áng nay|[Cc]hiều nay|[Nn]gày|hôm)\s*\(?\s*(?:ngày\s+)?"
    r"|[Tt]rong\s+(?:\d|hai|ba)\s+ngày\s*\(?\s*|[Tt]ừ\s+ngày\s+"
    r"|[Tt]rong\s+(?:(?:buổi\s+)?(?:sáng|chiều)\s+)?ngày\s+(?=\d)"  # "Trong ngày 8-5, đại hội diễn ra phiên chính thức"
    r"|Cũng\s+(?:trong\s+)?(?:(?:buổi\s+)?(?:sáng|chiều)\s+)?ngày\s+)"  # "Cũng trong ngày 4-11, HĐND xã X ..."
    r"(\d{1,2})(?:\s*(?:và|-|–|đến)\s*\d{1,2}(?=[/.-]\d))?\s*[/.-]\s*(\d{1,2})(?:[/.-]((?:19|20)\d{2}))?(?![\d])"
)
#: a sentence about a meeting held the same day as the one reported: "Ngay sau hội nghị, ...", "Cùng ngày, ..."
_SAME_DAY = re.compile(
    r"[\W_]*(?:Trước đó\s*,\s*)?(?:Ngay sau (?:hội nghị|phiên họp|buổi làm việc|lễ)[^,]{0,20}"
    r"|(?:[Nn]gay\s+)?(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+)?[Cc]ùng ngày|Cũng trong ngày)\s*,"
)


def _opening_date(doc: Doc, start: int, end: int, main: str | None) -> str | None:
    m = _OPENING_DATE.match(doc.match, start, end)
    if m:
        year = int(m.group(3)) if m.group(3) else None
        if year is None and not doc.published:
            year = _text_year(doc, int(m.group(1)), int(m.group(2)))
        return iso_date(int(m.group(1)), int(m.group(2)), year, doc.published)
    if main and len(main) == 10 and _SAME_DAY.match(doc.match, start, end):
        return main
    return None


#: the day a working session was held, told right after its host's name (its place's name between): "tại buổi làm việc
#: với Ban Thường vụ Tỉnh ủy Lâm Đồng vào chiều 14/7"
_ON_DAY_AFTER = re.compile(
    r"(?:[ \t]+[A-ZĐ][\w]*){0,3}[ \t]+vào[ \t]+(?:(?:sáng|chiều|tối|trưa)[ \t]+)?(?:ngày[ \t]+)?"
    r"(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?(?![\d])"
)


#: a steering committee named bare: "Ban Chỉ đạo họp ..." (the one named before), never a title's ("Trưởng Ban Chỉ đạo")
_BARE_STEERING = re.compile(r"(?<!rưởng )(?<!viên )Ban [Cc]hỉ đạo(?=[ ,.;])")


#: a commune's Party committee named with its other bodies, the level word last: "Đảng ủy, UBND xã", "Đảng ủy, HĐND,
#: UBND phường"
#: (and so a province's or a district's: "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh X tổ chức lễ ...": the
#: Tỉnh ủy's)
_JOINT_COMMITTEE = re.compile(
    r"(?<![\w])(Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy)(?:(?:,\s*|\s+và\s+)(?:HĐND|UBND|Hội đồng nhân dân"
    r"|Ủy ban nhân dân|Ủy ban MTTQ(?: Việt Nam)?|UBMTTQ(?: Việt Nam)?|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?))+"
    r"\s+(xã|phường|đặc khu|thị trấn|tỉnh|thành phố|huyện|thị xã)(?![\w])"
)


def _bodies(doc: Doc, organizations: list[Organization], committees: list[re.Match[str]]) -> list[tuple[str, int, int]]:
    """Every body the text names, canonical, with where it stands (organizations and the committees of _BODIES)."""
    seen: dict[int, tuple[str, int, int]] = {}
    for org in organizations:
        for span in org.mentions:
            written = doc.match[span.start : span.end]
            seen[span.start] = (_canonical(written), span.start, span.end)
    for name, start, end in bracketed_bodies(doc):  # "Ủy ban Kiểm tra (UBKT) Tỉnh ủy"
        seen[start] = (_canonical(name), start, end)
    steering = sorted(
        (span.start, org.name) for org in organizations if org.name.startswith("Ban Chỉ đạo ") for span in org.mentions
    )
    if steering:  # a bare "Ban Chỉ đạo" is the one named before ("Ban Chỉ đạo X tỉnh ... Chiều 5/3, Ban Chỉ đạo họp")
        starts = [s for s, _ in steering]
        for m in _BARE_STEERING.finditer(doc.match):
            i = bisect.bisect_left(starts, m.start())
            if m.start() not in seen and i > 0:
                seen[m.start()] = (_canonical(steering[i - 1][1]), m.start(), m.end())
    for m in _JOINT_COMMITTEE.finditer(doc.match) if "ủy," in doc.match or "ủy và" in doc.match else ():
        # "Đảng ủy, UBND xã" (its span reads the whole list, so that what the list holds is the committee's: "Đảng ủy,
        # HĐND, UBND xã X tổ chức lễ ...")
        name = f"Đảng ủy {m.group(2)}" if m.group(1) == "Đảng ủy" else m.group(1)
        if m.start() not in seen or seen[m.start()][2] < m.end():
            seen[m.start()] = (name, m.start(), m.end())
    for m in committees:  # "Thường trực HĐND tỉnh": the longer name wins at one start
        if m.start() not in seen or seen[m.start()][2] < m.end():
            seen[m.start()] = (_canonical(m.group(0)), m.start(), m.end())
    spans = sorted(seen.values(), key=lambda b: (b[1], -b[2]))
    out: list[tuple[str, int, int]] = []
    for body in spans:  # a body inside a longer one ("HĐND tỉnh" in "Thường trực HĐND tỉnh") is the longer one's
        if out and body[1] < out[-1][2]:
            continue
        out.append(body)
    return out


@functools.lru_cache(maxsize=4096)
def _committee_key(body: str) -> str:
    """A body's comparison key, "Tỉnh ủy" and "Ban Chấp hành Đảng bộ tỉnh" alike (one committee, two names)."""
    key = identity(_canonical(body))
    return _COMMITTEE_NAMES.get(key, key)


_COMMITTEE_NAMES = {
    identity(full): identity(short)
    for short, full in [("Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh"), ("Thành ủy", "Ban Chấp hành Đảng bộ thành phố"),
                        ("Huyện ủy", "Ban Chấp hành Đảng bộ huyện"), ("Quận ủy", "Ban Chấp hành Đảng bộ quận"),
                        ("Thị ủy", "Ban Chấp hành Đảng bộ thị xã"), ("Đảng ủy xã", "Ban Chấp hành Đảng bộ xã"),
                        ("Đảng ủy phường", "Ban Chấp hành Đảng bộ phường")]
}  # fmt: skip


def _held_already(by_day: dict[str, list[Meeting]], body: str, date: str | None) -> bool:
    """A meeting of ``body`` on ``date`` is among those found (looked up among that day's only: a text reporting many
    meetings is read in time linear in its length)."""
    return any(_same_meeting(m, body, date) for m in by_day.get((date or "")[:10], ()))


def _same_meeting(a: Meeting, body: str, date: str | None) -> bool:
    if (a.date or "")[:10] != (date or "")[:10]:
        return False
    x, y = _committee_key(a.body), _committee_key(body)
    # (a council's or committee's standing office meets as the body that day: "Thường trực HĐND tỉnh tổ chức hội
    # nghị ... Chủ tịch HĐND tỉnh chủ trì" is one meeting)
    x, y = x.removeprefix(_STANDING), y.removeprefix(_STANDING)
    return x == y or x.startswith(y + " ") or y.startswith(x + " ")


_STANDING = identity("Thường trực") + " "


#: a local leader's own meeting right after the session, the same day: "Ngay sau phiên họp, Chủ tịch UBND tỉnh A tiếp
#: tục chủ trì cuộc họp với các sở, ngành"; its body is the chair's. (A local point of an online conference, "Tại điểm
#: cầu tỉnh X, đồng chí A, Chủ tịch UBND tỉnh chủ trì", is the same meeting: no session of its own.)
_RIGHT_AFTER = re.compile(
    r"[\W_]*(?:Ngay\s+)?[Ss]au\s+(?:khi\s+kết thúc\s+)?(?:phiên họp|hội nghị|cuộc họp|kỳ họp)[^.;\n]{0,40}?,"
    r"[^.;\n]{1,160}?chủ trì\s+(?:cuộc họp|hội nghị|phiên họp|buổi làm việc|họp)(?![\w])"
)


def _point_chair(sentence: str, officials: list[Official]) -> str | None:
    """The body of the official named as chairing a local point ("... Chủ tịch UBND tỉnh chủ trì")."""
    folded = sentence.casefold()
    for official in officials:
        if official.name.casefold() in folded:
            for title in official.titles:
                if body := _office_body(title, "hội nghị"):
                    return body
    return None


def _congress_days(doc: Doc, s: int, e: int) -> str | None:
    span = _DATE_SPAN.search(doc.match, s, e) if _DATE_SPAN_DAYS.search(doc.match, s, e) else None
    if span is None and doc.match.find("ngày,", s, e) >= 0:
        span = _DATE_DAYS_LISTED.search(doc.match, s, e)  # "Trong 03 ngày, 3, 4 và 5/8/2020, Đảng bộ ..."
    m = span or _HELD_ON.search(doc.match, s, e)
    if m is None or _AIMED_AT.search(doc.match, max(s, m.start() - 50), m.start()):
        return None
    return iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None, doc.published)


#: a day only aimed at or planned: "bảo đảm cho đại hội chính thức diễn ra vào ngày 30-9", "Đại hội sẽ diễn ra ..."
_AIMED_AT = re.compile(r"(?:bảo đảm cho|để|nhằm|sẽ|dự kiến|chuẩn bị cho)\s[^,.;\n]{0,40}$")
#: "diễn ra ngày 22/9", "diễn ra vào sáng 3/10"
_HELD_ON = re.compile(
    # ("Hội thảo ... do Ban X tổ chức ngày 12/3": held on; not "sẽ tổ chức", looked behind at from the word's end: a
    # pattern that opens with plain words is scanned for their first letters at once)
    r"(?:diễn ra|tổ chức(?<!sẽ tổ chức))\s+(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?"
    r"(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?(?![\d])"
)


def _more_meetings(
    doc: Doc,
    first: Meeting,
    bodies: list[tuple[str, int, int]],
    congresses: list[tuple[str, int]],
    province: str | None,
    blocked: Callable[[int], bool],
    officials: list[Official],
    cues: list[re.Match[str]],
) -> list[Meeting]:
    """Other sessions the text reports, each in a sentence that opens with its day: "Trước đó, chiều 17/12, Sở Khoa
    học và Công nghệ tổ chức tọa đàm ...", "Chiều 22-7, Đại hội đã tiến hành phiên trù bị"."""
    meetings = [first]
    by_day = {(first.date or "")[:10]: [first]}  # the meetings found, by their day
    congress = congresses[0][0] if congresses else None
    by_sentence: dict[int, list[tuple[str, int, str]]] = {}
    dated: dict[int, str] = {}  # a session's own day, told right after its host ("... với Ban X vào chiều 14/7")
    ending_at = {end: (body, start) for body, start, end in bodies}
    for body, start, end in bodies:  # each body looked at once, in its sentence (linear in the text)
        s, e = doc.sentence_bounds(start)
        near = doc.match[max(s, start - 30) : start]
        if ("với" in near or "tại" in near) and _hosted(doc, start, s):
            # "... làm việc với UBND huyện X" (not a delegation received: "tiếp và làm việc với Đoàn X")
            if not _set_up_to_work(doc, start) and doc.match[start].isupper() and not _RECEIVES_WITH.search(near):
                by_sentence.setdefault(s, []).append((body, start, "buổi làm việc"))
                told = _ON_DAY_AFTER.match(doc.match, end)
                if told and not _WILL.search(doc.match, max(s, start - 80), end):
                    year = int(told.group(3)) if told.group(3) else None
                    if own := iso_date(int(told.group(1)), int(told.group(2)), year, doc.published):
                        dated[start] = own
            continue
        if (
            near.endswith("do ")
            and _BY_BEFORE.search(doc.match, max(s, start - 310), start)
            and _BY_HOLDER_AFTER.match(doc.match, end)
        ):  # "Tọa đàm “...” do Hội X tổ chức"
            by_sentence.setdefault(s, []).append((body, start, "hội nghị"))
            continue
        held_by = _HOLDS.match(doc.match, end, e)
        plenum = _plenum_convened(body, held_by) if held_by else None
        body = plenum or body  # (the plenum a standing board convenes is the plenum's meeting)
        if (
            held_by
            and (plenum or _holds_a_meeting(held_by))
            and not blocked(start)
            and not _PLANNED.search(doc.match, max(s, start - 30), start)
        ):
            congress_body = _as_congress(body, held_by)
            kind = "đại hội" if congress_body != body else _kind(held_by.group("what").strip() or "họp")
            # "A, B và C phối hợp tổ chức", "Bộ Chính trị, Ban Bí thư tổ chức": A's
            if not congress_body.startswith("Đại hội"):  # (a congress is the congress, whoever holds it)
                congress_body, start = _first_co_organizer(doc.match, ending_at, congress_body, start)
            by_sentence.setdefault(s, []).append((congress_body, start, kind))
    for name, start in congresses:
        by_sentence.setdefault(doc.sentence_bounds(start)[0], []).append((name, start, "đại hội"))
    for receives in _RECEIVES_WITH.finditer(doc.match) if "làm việc" in doc.match else ():
        if receiver := _receiver(
            doc, receives.start(), ending_at
        ):  # "Chiều 23/7, ông A, Phó Chủ tịch UBND tỉnh đã tiếp và ..."
            by_sentence.setdefault(doc.sentence_bounds(receives.start())[0], []).append(
                (receiver, receives.start(), "buổi làm việc")
            )
    named_at = {start: body for body, start, _ in bodies}
    for cue in cues:  # "Sáng 11/12, kỳ họp thứ 19, HĐND tỉnh X khóa 18 đã bầu ...": a session named with its body
        named, of = _body_after_cue(doc.match, cue.start(), cue.end())
        if named and not _WITH.search(named.group(0)) and not _in_title(doc, named.start(1)):
            s = doc.sentence_bounds(cue.start())[0]
            if _SUBMITTED_TO.search(doc.match, max(s, cue.start() - 20), cue.start()):
                continue  # "UBND tỉnh thảo luận các nội dung trình tại kỳ họp thứ 9, HĐND tỉnh": not another session
            if not _PLANNED.search(doc.match, max(s, cue.start() - 30), cue.start()):
                by_sentence.setdefault(s, []).append((_canonical(named.group(1)), named.start(1), _kind(cue.group(1))))
        elif named is None and of and (owner := named_at.get(of.end())):
            # "Chiều 14/8, ông A ... chủ trì cuộc họp của Ban Chỉ đạo ...": the meeting of the body named after "của"
            s = doc.sentence_bounds(cue.start())[0]
            if not _PLANNED.search(doc.match, max(s, cue.start() - 30), cue.start()):
                by_sentence.setdefault(s, []).append((owner, of.end(), _kind(cue.group(1))))
    for m in _AT_THE_SESSION.finditer(doc.match):  # "Tại phiên họp UBND tỉnh thường kỳ tháng 8 hôm 30/8, ..."
        s, e = doc.sentence_bounds(m.start())
        day = _ITS_DAY.search(doc.match, m.end(), min(e, m.end() + 60))
        date = iso_date(int(day.group(1)), int(day.group(2)), None, doc.published) if day else None
        if date and not _held_already(by_day, _canonical(m.group(1)), date):
            meeting = Meeting(body=_canonical(m.group(1)), date=date, province=province, kind="phiên họp")
            meeting.mentions.append(doc.span(m.start(1), m.end(1)))
            meetings.append(meeting)
            by_day.setdefault((meeting.date or "")[:10], []).append(meeting)
    for s, e in doc.sentences():
        point = _RIGHT_AFTER.match(doc.match, s, e)  # "Ngay sau phiên họp, Chủ tịch UBND tỉnh A chủ trì cuộc họp ..."
        if point and first.date:
            chair = _point_chair(doc.match[s:e], officials)
            if chair and not _held_already(by_day, chair, first.date):
                meeting = Meeting(body=chair, date=first.date, province=province, kind="hội nghị")
                meeting.mentions.append(doc.span(point.start(), point.end()))
                meetings.append(meeting)
                by_day.setdefault((meeting.date or "")[:10], []).append(meeting)
        found = by_sentence.get(s, [])
        if congress and not found and _CONGRESS_PHASE.search(doc.match, s, e):
            found.append((congress, s, "đại hội"))
        if not found and first.date and (chairs := _CHAIRS_A_SESSION.search(doc.match, s, e)):
            _add_chaired_session(doc, chairs, s, e, first.date, officials, province, meetings, by_day)
            continue
        if not found:
            continue
        date = _opening_date(doc, s, e, first.date)
        if date is None and any(kind == "đại hội" for _, _, kind in found):
            date = _congress_days(doc, s, e)  # "Đại hội ..., diễn ra từ ngày 22 đến 24/9, đã xác định ..."
        if date is None and not any(start in dated for _, start, _ in found):
            continue
        for body, start, kind in found:
            held_on = dated.get(start, date)
            if held_on is None or _held_already(by_day, body, held_on):
                continue
            meeting = Meeting(body=body, date=held_on, province=province, kind=kind)
            meeting.mentions.append(doc.span(start, start + len(body)))
            meetings.append(meeting)
            by_day.setdefault((meeting.date or "")[:10], []).append(meeting)
    return meetings


#: a session its chair is said to chair, no body named: "Ngày 25/7, đồng chí A, Chủ tịch HĐND tỉnh chủ trì phiên họp
#: thường kỳ tháng 7" (the chair's office says whose: _office_body)
_CHAIRS_A_SESSION = re.compile(r"(?<!sẽ )chủ trì\s+(phiên họp|cuộc họp|hội nghị|kỳ họp)(?![\w])")


def _add_chaired_session(
    doc: Doc,
    chairs: re.Match[str],
    s: int,
    e: int,
    main: str,
    officials: list[Official],
    province: str | None,
    meetings: list[Meeting],
    by_day: dict[str, list[Meeting]],
) -> None:
    """Another session, in a sentence that opens with its own day and names no body, held by the body its chair's
    office implies (the official named last before "chủ trì")."""
    date = _opening_date(doc, s, e, main)
    if date is None:
        return
    kind = _kind(chairs.group(1))
    before = doc.match[s : chairs.start()]
    named = [(before.rfind(o.name), o) for o in officials if o.name in before]
    if not named:
        return
    chair = max(named, key=lambda n: n[0])[1]
    body = next((b for title in chair.titles if (b := _office_body(title, kind))), None)
    if body is None or _held_already(by_day, body, date):
        return
    meeting = Meeting(body=body, date=date, province=province, kind=kind)
    meeting.mentions.append(doc.span(chairs.start(1), chairs.end(1)))
    meetings.append(meeting)
    by_day.setdefault(date[:10], []).append(meeting)


#: an earlier session named with its body and its day inside the sentence: "Tại phiên họp UBND tỉnh thường kỳ tháng 8
#: hôm 30/8, ..."
_AT_THE_SESSION = re.compile(rf"(?:Tại|Trong|tại|trong) (?:phiên họp|kỳ họp|hội nghị|cuộc họp) ({_BODY_ALT})(?![\w])")
_ITS_DAY = re.compile(r"(?:hôm|ngày)\s+(\d{1,2})[/.-](\d{1,2})(?![\d/])")

#: the deeds of a meeting, said of the body that holds it ("thảo luận", "cho ý kiến", "nghe", "xem xét", "bàn",
#: "quyết nghị"; not "thông qua" nor "đánh giá cao", said of documents and people too; rule meetings.dated_deliberation)
_DELIBERATION = re.compile(r"(?:thảo luận|cho ý kiến|nghe|xem xét|bàn|quyết nghị)$")


#: a body, its unit's name, then an activity that names a conference as its verb ("UBND tỉnh sơ kết ...", "Ban Thường
#: vụ Tỉnh ủy quán triệt ...", "Huyện ủy X tổng kết ..."), read where a clause opens with its day
#: (:func:`_dated_clause`; rule meetings.dated_deliberation)
_BODY_REVIEWS = re.compile(
    rf"({_BODY_ALT})(?:\s+(?-i:[A-ZĐ])[\w]+(?:\s+(?-i:[A-ZĐ])[\w]+){{0,2}})?\s+(?:đã\s+|vừa\s+)?(?:{_ACTIVITY})(?![\w])",
    re.IGNORECASE,
)


def _dated_clause(doc: Doc, at: int) -> bool:
    """The body at ``at`` opens a sentence right after its day ("Chiều 20/11, UBND tỉnh ...", "Sáng nay (5/3), Ban
    Thường vụ Tỉnh ủy ..."): the clause tells a meeting of that day."""
    s, e = doc.sentence_bounds(at)
    day = _OPENING_DATE.match(doc.match, s, e)
    return day is not None and bool(_TO_THE_SUBJECT.fullmatch(doc.match, day.end(), at))


#: what stands between a clause's day and its subject: nothing but a comma, or its venue ("Sáng 12/8, tại Hội trường
#: Tỉnh ủy, Ban Thường vụ Tỉnh ủy sơ kết ...") or its chair ("Chiều 2/6, dưới sự chủ trì của đồng chí A, Chủ tịch UBND
#: tỉnh, UBND tỉnh thảo luận ...")
_TO_THE_SUBJECT = re.compile(r"[\s,)]*(?:(?:tại|dưới sự chủ trì của)\s[^.;:\n]{1,200}?,\s*)?")


#: a session drafts are submitted to, named in another meeting's sentence ("UBND tỉnh thảo luận các nội dung trình tại
#: kỳ họp thứ 9, HĐND tỉnh khóa XVIII"): the session that will decide them, not a second one the text reports (not
#: "chương trình kỳ họp", the session's programme; rule meetings.session_submitted_to)
_SUBMITTED_TO = re.compile(r"(?<![Cc]hương )(?<![\w])trình(?:\s+tại|\s+lên)?\s+$")


#: a sitting of a congress named without its body: "Chiều 22-7, Đại hội đã tiến hành phiên trù bị"
_CONGRESS_PHASE = re.compile(
    r"(?:Đại hội|đại hội)\s+(?:đã\s+)?(?:tiến hành|khai mạc|bế mạc|làm việc chính thức)|phiên (?:trù bị|chính thức)"
)


#: a meeting word that is part of a document's name, after the document's word, its number and date: "Nghị quyết số
#: 10-NQ/TW ngày 3/6/2017 Hội nghị lần thứ năm Ban Chấp hành Trung ương", "Nghị quyết Hội nghị lần thứ 11": the
#: plenum named is the resolution's issuer, not a meeting the text reports
_DOCUMENT_BEFORE = re.compile(
    r"(?:[Nn]ghị quyết|[Cc]hỉ thị|[Qq]uy định|[Vv]ăn kiện)(?:\s+số)?(?:\s+\d[\w/.-]*)?"
    r"(?:,?\s+ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?,?\s+(?:của\s+)?$"
)


#: a session named in passing as an earlier one: "Tại kỳ họp thứ 15 trước đó, HĐND tỉnh đã thông qua ...", "hội nghị
#: lần trước": background, not a meeting the text reports
#: a central leader visiting a province named bare, no body: "Phó Thủ tướng A dẫn đầu đoàn công tác đến làm việc với
#: tỉnh Cà Mau", "Ủy viên Bộ Chính trị B làm việc với lãnh đạo tỉnh X"
_VISITS_A_PROVINCE = re.compile(
    r"(?:(?P<gov>Thủ tướng|Bộ trưởng|Thứ trưởng)|Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội|Ủy viên Bộ Chính trị"
    r"|Bí thư Trung ương|Trung ương)"
    # (an abbreviation's dot is no sentence end: "Chủ tịch Hội đồng Bầu cử T.Ư Nguyễn Văn A ... đến thăm, làm việc")
    r"(?:[^.;\n]|(?<=[A-ZĐ])\.(?=[A-ZĐƯ])){0,120}?(?:làm việc|thăm và làm việc)\s+(?:với|tại)\s+(?:lãnh đạo\s+)?"
    # ("... làm việc với lãnh đạo tỉnh về tình hình ...": the article's province, its name left out)
    r"(?P<unit>tỉnh|thành phố|TP\.?)(?:\s?[A-ZĐ]|(?<=lãnh đạo tỉnh)(?=\s+(?:về|để|nhằm)\s))"
)

#: a working team that works with communes or wards listed by name, their body unnamed or named once for all: "Đoàn
#: công tác số 3 của Ban Thường vụ Tỉnh ủy ... làm việc với 4 phường: Hạc Thành, Quảng Phú, ...", "Đoàn công tác của
#: Tỉnh ủy làm việc với Đảng ủy các xã A, B và C" (GOLD_FORMAT: in "A làm việc với B" the meeting is B's; a unit
#: named bare hosts by its committee, a government team's by its people's committee)
_WORKS_WITH_LISTED_UNITS = re.compile(
    r"(?P<team>[Đđ]oàn (?:công tác|kiểm tra|giám sát|khảo sát)|[Tt]ổ công tác)[^.;\n]{0,160}?\s(?:đã\s+)?(?:đến\s+)?"
    r"(?:làm việc|kiểm tra)\s+(?:với|tại)\s+(?:(?P<org>Đảng ủy|Ban Thường vụ Đảng ủy|UBND|Ủy ban nhân dân)\s+)?"
    r"(?:\d{1,2}|các|hai|ba|bốn|năm|sáu)\s+(?P<lvl>xã|phường)(?:,\s*(?:xã|phường))?\s*:?\s+[A-ZĐ]"
)
_GOVERNMENT_TEAM = re.compile(r"UBND|Ủy ban nhân dân|Chủ tịch UBND|Chính phủ")


def _listed_hosts(doc: Doc) -> tuple[str, int] | None:
    """The host of a working team's visit to communes or wards it lists ("làm việc với 4 phường: A, B, ..."), as
    "Đảng ủy phường" or "UBND xã", with where its sentence says so; else None."""
    m = (
        _WORKS_WITH_LISTED_UNITS.search(doc.match)
        if "làm việc với" in doc.match or "kiểm tra tại" in doc.match
        else None
    )
    if m is None:
        return None
    org = m.group("org")
    if org is None:
        org = "UBND" if _GOVERNMENT_TEAM.search(doc.match, m.start(), m.end()) else "Đảng ủy"
    org = {"Ủy ban nhân dân": "UBND"}.get(org, org)
    return f"{org} {m.group('lvl')}", m.start()


#: a province or a city holding a ceremony, no body named: "tỉnh Bến Tre tổ chức kỷ niệm 63 năm Ngày Đồng khởi"
#: a ceremony said to take place in a province, no organizer named: "Sáng 1/7, tại tỉnh X, đã diễn ra Lễ công bố ..."
#: (the province's ceremony, as _PROVINCE_CELEBRATES)
_CEREMONY_IN_PROVINCE = re.compile(
    r"(?<![\w])[Tt]ại (?P<unit>tỉnh|thành phố) [A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,2},? (?:(?:đã|long trọng|trọng thể) ){0,2}"
    r"diễn ra (?:(?:long trọng|trọng thể) )?(?:[Ll]ễ|[Mm]ít tinh|[Hh]ội nghị công bố)(?![\w])"
)
_PROVINCE_CELEBRATES = re.compile(
    r"(?<![\w])(?P<unit>tỉnh|thành phố) [A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,2},? (?:(?:đã|long trọng|trọng thể) ){0,2}"
    r"tổ chức (?:[Ll]ễ|kỷ niệm|[Mm]ít tinh|[Hh]ọp mặt|[Gg]ặp mặt)(?![\w])"
)

_EARLIER_SESSION = re.compile(r"[^,.;:\n]{0,30}?\s(?:trước đó|lần trước|kỳ trước|năm trước|tháng trước)(?![\w])")

#: a unit that holds a ceremony or a conference announcing decisions, its manner before or after the verb ("huyện Yên
#: Thế đã tổ chức Lễ trao tặng ...", "tỉnh Hà Tĩnh tổ chức trọng thể Lễ công bố ...", "TP Đà Nẵng tổ chức Hội nghị
#: công bố ..."): its Party committee's, as a province's (_PROVINCE_CELEBRATES); read only where a clause opens with
#: the unit (:func:`_unit_celebrates`: not "UBND huyện X tổ chức lễ", the people's committee's)
_UNIT_CELEBRATES = re.compile(
    rf"(?P<unit>tỉnh|thành phố|TP\.?|huyện|thị xã|quận) ?[A-ZĐ][\w]*(?: [A-ZĐ][\w]*){{0,2}}"
    # (the province of a district after it, as its address: "huyện Hữu Lũng, tỉnh Lạng Sơn tổ chức lễ ...")
    r"(?:, (?:tỉnh|thành phố) [A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,2})?,?"
    rf" (?:(?:đã|vừa|{_MANNER}) ){{0,2}}"
    rf"tổ chức (?:(?:{_MANNER}) )?(?:[Ll]ễ|kỷ niệm|[Mm]ít tinh|[Hh]ội nghị công bố)(?![\w])"
)
#: a unit's level word -> its Party committee ("huyện" -> "Huyện ủy"; "thành phố", or "TP", a Thành ủy)
_UNIT_COMMITTEE = {level: committee for committee, level in COMMITTEE_LEVELS.items()}


#: an address a unit ends ("tại thôn A, xã B, ..."): the unit after it is part of the venue
_ADDRESS_BEFORE = re.compile(r"[Tt]ại\s+(?:thôn|ấp|bản|xóm|khu phố|tổ dân phố|xã|phường|thị trấn)\s[^.;:\n]*,\s*$")


def _district_first(doc: Doc, province_at: int) -> bool:
    """The province said to hold a ceremony is the address of a district named before it ("huyện A, tỉnh B tổ chức
    lễ ...": the district's ceremony)."""
    celebrates = _unit_celebrates(doc)
    return celebrates is not None and celebrates[1] < province_at and celebrates[0] not in ("Tỉnh ủy", "Thành ủy")


def _unit_celebrates(doc: Doc) -> tuple[str, int] | None:
    """The committee of a unit said to hold a ceremony at the start of a clause, and where it is named."""
    for m in _UNIT_CELEBRATES.finditer(doc.match):
        before = doc.match[max(0, m.start() - 4) : m.start()].rstrip(" ")
        if before and before[-1] not in ",\n.":
            continue  # ("UBND huyện X tổ chức lễ ...": the unit is part of another body's name)
        if _ADDRESS_BEFORE.search(doc.match, max(0, m.start() - 80), m.start()):
            continue  # ("tại thôn A, xã B, huyện C, tỉnh D đã tổ chức lễ": a venue's address, whoever holds it)
        return _UNIT_COMMITTEE.get(m.group("unit"), "Thành ủy"), m.start()
    return None


#: a decision handed over or announced, its issuer named ("đã trao Quyết định của Ban Thường vụ Tỉnh ủy về việc điều
#: động ...", "chủ trì Hội nghị công bố các quyết định của Ban Thường vụ Tỉnh ủy", "trao quyết định của Bộ Chính trị
#: chuẩn y ...", "trao Quyết định của Chủ tịch UBND tỉnh"): a ceremony of the issuer, unless the text names who
#: organizes it (GOLD_FORMAT: meetings include lễ; the body follows the text: the organizer, else the issuer)
_HANDS_OVER = AnyCase(
    r"(?:trao|công bố)(?:\s+và\s+(?:trao|công bố))?\s+(?:các\s+)?quyết định\s+(?:của\s+)?"
    rf"({_BODY_ALT}|Chủ tịch (?:UBND|Ủy ban nhân dân) (?:tỉnh|thành phố|huyện|xã|phường))(?![\w])"
)
#: what tells, before a hand-over in its sentence, that it was held: its day ("Ngày 14/2,", "Chiều 9-6,", "Cùng
#: ngày,"), its place ("tại huyện Bình Gia,") or the meeting it is part of ("Tại buổi lễ,", "chủ trì Hội nghị công bố")
_HANDOVER_HELD = re.compile(
    r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?\(?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"|[Cc]ùng ngày|(?:[Ss]áng|[Cc]hiều|[Tt]ối) nay|[Hh]ôm nay"
    r"|[Tt]ại\s+(?:buổi lễ|buổi công bố|hội nghị|lễ|(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+[A-ZĐ])"
    r"|(?:[Hh]ội nghị|[Ll]ễ)\s+$"
)
#: a hand-over only planned, asked for or told of ("sẽ được trao", "Theo kế hoạch, ... trao", "đề nghị ... trao")
_HANDOVER_NOT_HELD = re.compile(rf"(?<![\w])(?:{'|'.join(HANDOVER_NOT_HELD)})(?![\w])|được\s+$")


#: a ceremony held at a province, a city or a committee ("tại TP. Cần Thơ, ... dự Lễ công bố ...", "tại Tỉnh ủy X diễn
#: ra Hội nghị công bố quyết định của Bộ Chính trị"): the place's ceremony, whoever issued the decisions it hands over
_AT_A_PROVINCE = re.compile(
    r"(?<![\w])[Tt]ại\s+(?:(?:tỉnh|thành phố)\s+[A-ZĐ]|TP\.?\s?[A-ZĐ]"
    r"|(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)(?![\w]))"
)


#: a congress as the subject of a hand-over's clause ("Sáng 24/9, Đại hội đại biểu Đảng bộ tỉnh X lần thứ I ... công bố
#: các Quyết định của Bộ Chính trị", "Tại Đại hội, đồng chí A trao quyết định ..."): the decisions are the congress's
_CONGRESS_ANNOUNCES = re.compile(r"(?<![\w])Đại hội(?![\w])(?![^,]*\s(?:sẽ|trước|chuẩn bị)\s)")


def _handovers(doc: Doc, held: list[re.Match[str]]) -> list[tuple[str, int, int, int]]:
    """The decisions the text says were handed over or announced (:data:`_HANDOVER_HELD`), each with the body that
    issued them, where its sentence starts, and the hand-over's span; none when the ceremony is a province's or a
    committee's by its place (:data:`_AT_A_PROVINCE`, in the hand-over's sentence or a first meeting word's)."""
    found: list[tuple[str, int, int, int]] = []
    if "uyết định" not in doc.match:
        return found
    for cue in held[:4]:  # (a headline's meeting word first, then the lead's)
        s, _ = doc.sentence_bounds(cue.start())
        if _AT_A_PROVINCE.search(doc.match, s, cue.start()):
            return found
    for m in _HANDS_OVER.finditer(doc.match):
        s, _ = doc.sentence_bounds(m.start())
        before = doc.match[s : m.start()]
        if _HANDOVER_NOT_HELD.search(before) or not _HANDOVER_HELD.search(before) or _AT_A_PROVINCE.search(before):
            continue
        if _CONGRESS_ANNOUNCES.search(before):
            continue  # the congress announces them: it is the meeting (read as a congress, not the issuer's ceremony)
        issuer = m.group(1)
        name = "UBND " + issuer.split()[-1] if issuer.startswith("Chủ tịch") else _canonical(issuer)
        found.append((name, s, m.start(), m.end()))
    return found


# --- Working visits, inspections and field trips ------------------------------------------------------------------
# The host's session (GOLD_FORMAT: in "A làm việc với B" the meeting is B's), read where the generic readings above
# find no body: the receivers listed after a reception, the body an inspection is held at, the units a leader works
# with, a unit's Party organization hosting by its committee. A leader who only goes to see a site ("đi kiểm tra tiến
# độ ... tại huyện Y") holds no session: none of these reads a place, only a body.

_VISIT_GUESTS = "|".join(sorted(VISIT_GUEST_POSTS, key=len, reverse=True))
#: a reception, the receivers listed after "có": "Tiếp Phó Thủ tướng A tại Tỉnh ủy có đồng chí B, Bí thư Tỉnh ủy ...",
#: "Tham gia tiếp đoàn có các đồng chí: ...", "Làm việc với đoàn có ...", "Về phía lãnh đạo tỉnh có đồng chí A, Bí thư
#: Tỉnh ủy" (a guest called "đoàn" right after "Tiếp" is _RECEIVED's)
_VISIT_RECEPTION = re.compile(
    rf"(?:(?<![\w])Tiếp(?: và làm việc với)? (?:đồng chí )?(?:{_VISIT_GUESTS})(?![\w])[^.;:\n]{{0,120}}?"
    r"|(?<![\w])(?:Tham gia|Cùng) tiếp(?: và làm việc với)? [Đđ]oàn"
    # ("Làm việc với đoàn có đồng chí A, Bí thư Huyện ủy ...", "Cùng làm việc với Đoàn công tác có ...")
    r"|(?<![\w])(?:Cùng làm|Làm) việc với [Đđ]oàn(?: công tác| kiểm tra| giám sát| khảo sát)?"
    r"|(?<![\w])Về phía (?:lãnh đạo )?(?:tỉnh|thành phố|huyện|xã|phường)(?: [A-ZĐ][\w]*){0,3})"
    r",? có(?![\w])"
)
#: a team or a leader come to a unit (a "Về phía tỉnh có ..." after it lists the receivers; after "Tham dự Đại hội" it
#: lists those attending): "Đoàn công tác ... đã đến làm việc và kiểm tra ... tại tỉnh X"
_VISIT_ARRIVES = re.compile(r"(?<![\w])(?:đến|về|tới)\s+(?:thăm|làm việc|kiểm tra|khảo sát)(?![\w])")
#: a guest of the government's side ("Bộ trưởng A ... Tham gia tiếp đoàn có ..."): the people's committee receives it
_VISITING_GOVERNMENT = re.compile(rf"(?:{'|'.join(VISITING_GOVERNMENT_POSTS)})(?![\w])")
#: the committees a visit is received by through their standing board ("Bí thư Tỉnh ủy" receives for the Ban Thường vụ
#: Tỉnh ủy; a commune's Đảng ủy receives as itself)
_BOARDED_COMMITTEES = frozenset(COMMITTEE_LEVELS)


def _visit_standing_board(name: str) -> str:
    """The body that receives a visit for a committee: its standing board ("Tỉnh ủy" -> "Ban Thường vụ Tỉnh ủy")."""
    return f"Ban Thường vụ {name}" if name in _BOARDED_COMMITTEES else name


def _visit_receivers_host(doc: Doc, start: int, bodies: list[tuple[str, int, int]], government: bool) -> str | None:
    """The host of the receivers listed from ``start`` to the paragraph's end: the body its members are named with
    ("các đồng chí trong Ban Thường vụ Tỉnh ủy"); for a government guest, the people's committee of a receiver's title;
    else the first receiver's body, a committee by its standing board."""
    text = doc.match
    end = text.find("\n", start)
    end = min(len(text) if end < 0 else end, start + 600)
    named = [(name, at) for name, at, _ in bodies if start <= at < end and name not in _GUESTS]
    members = next((name for name, at in named if _MEMBERS_BEFORE.search(text, max(0, at - 40), at)), None)
    if members is not None:
        return members
    if government and (people := next((name for name, _ in named if name.startswith("UBND ")), None)):
        return people
    return _visit_standing_board(named[0][0].removeprefix("Thường trực ")) if named else None


def _visit_receptions(doc: Doc, bodies: list[tuple[str, int, int]]) -> list[tuple[str, int]]:
    """The hosts of the receptions the text reports ("Tiếp Bộ trưởng ... có ...", "Về phía tỉnh có ..."), with where."""
    text = doc.match
    if "iếp" not in text and "Về phía" not in text and "việc với" not in text:
        return []
    found = []
    for m in _VISIT_RECEPTION.finditer(text):
        paragraph = text.rfind("\n", 0, m.start()) + 1
        arrived = _VISIT_ARRIVES.search(text, max(0, m.start() - 600), m.start())
        if text.startswith("Về phía", m.start()) and not arrived:
            continue  # "Tham dự Đại hội, ... Về phía thành phố có ...": those attending, not a reception
        government = bool(_VISITING_GOVERNMENT.search(text, max(paragraph, m.start() - 400), m.end()))
        if (host := _visit_receivers_host(doc, m.end(), bodies, government)) is not None:
            found.append((host, m.start()))
    return found


def _visit_party_receiver(doc: Doc, received_at: int) -> str | None:
    """The committee of the Party secretary who receives a team ("Đồng chí A, Bí thư Tỉnh ủy X cùng lãnh đạo tỉnh tiếp
    và làm việc với đoàn"), by its standing board; None when no secretary is named before in the sentence."""
    s = doc.sentence_bounds(received_at)[0]
    leaders = list(_PARTY_LEADER.finditer(doc.match, s, received_at))
    if not leaders:
        return None
    u = leaders[-1].group(1)
    return _visit_standing_board(u[:1].upper() + u[1:].lower() if _COMMITTEE_ONLY.fullmatch(u) else u)


_INSPECTION_ACT = "|".join(INSPECTION_ACTS)
#: a team's inspection held at a body, its topic between, read back from "tại <body>": "Đoàn giám sát của Thường trực
#: HĐND tỉnh ... tiến hành giám sát việc thực hiện chính sách ... tại Sở Tài nguyên và Môi trường" (the body's session)
_INSPECTED_AT = re.compile(rf"(?<![\w])(?:{_INSPECTION_ACT})(?![\w])[^.;:\n]{{0,200}}?\stại\s+$")
#: the team that inspects: "Đoàn giám sát", "Đoàn công tác", "Tổ công tác"
_VISIT_TEAM = re.compile(r"[Đđ]oàn (?:công tác|kiểm tra|giám sát|khảo sát)|[Tt]ổ công tác")


def _visit_inspected_bodies(doc: Doc, bodies: list[tuple[str, int, int]]) -> list[tuple[str, int]]:
    """The state or Party bodies a team's inspection is said to be held at ("Đoàn giám sát ... giám sát ... tại Sở X"),
    not a place ("tại huyện Y": a site visit), not a planned one ("sẽ tiến hành giám sát tại ...")."""
    text = doc.match
    if " tại " not in text or not any(act in text for act in INSPECTION_ACTS):
        return []
    found = []
    for name, start, _ in bodies:
        if not text.endswith("tại ", 0, start) or not name.startswith(INSPECTED_BODY_HEADS):
            continue
        s = doc.sentence_bounds(start)[0]
        act = _INSPECTED_AT.search(text, max(s, start - 230), start)
        if (
            act is not None
            and _VISIT_TEAM.search(text, s, start)  # (the team's name may hold the act: "Đoàn giám sát ...")
            and not _WILL.search(text, s, start)
            and not _set_up_to_work(doc, start)
        ):
            found.append((name, start))
    return found


#: a leader come to a body to greet or check on its people, read back from the body: "đã đến thăm, chúc mừng cán bộ,
#: chiến sỹ Công an tỉnh", "đến kiểm tra, nắm tình hình và chúc Tết cán bộ, chiến sỹ Bộ Chỉ huy Quân sự tỉnh" (the
#: body's session, as a congratulation is: _CONGRATULATED_BEFORE)
_VISITED_STAFF_BEFORE = re.compile(
    rf"(?<![\w])(?:đến|tới)\s+(?:(?:{'|'.join(VISIT_ACTS)})(?:,\s*|\s+và\s+|\s+))+"
    rf"(?:(?:các\s+)?(?:{'|'.join(VISITED_STAFF)})(?:,\s*|\s+và\s+|\s+))+$"
)


def _visit_greeted_bodies(doc: Doc, bodies: list[tuple[str, int, int]]) -> list[tuple[str, int]]:
    """The state or Party bodies a leader comes to greet or check on ("đến thăm, chúc mừng cán bộ, chiến sỹ Công an
    tỉnh"), not a family or a site ("chúc Tết gia đình chính sách"), not a planned visit ("sẽ đến thăm")."""
    text = doc.match
    if "đến " not in text and "tới " not in text:
        return []
    found = []
    for name, start, _ in bodies:
        if not name.startswith(INSPECTED_BODY_HEADS) or not text[start].isupper():
            continue
        s = doc.sentence_bounds(start)[0]
        if _VISITED_STAFF_BEFORE.search(text, max(s, start - 120), start) and not _WILL.search(text, s, start):
            found.append((name, start))
    return found


#: a leader working with districts (towns, cities) listed by name, their body unnamed: "Phó Chủ tịch UBND tỉnh A chủ
#: trì buổi làm việc với các huyện Duy Xuyên, Quế Sơn và Núi Thành" (the first one hosts: its people's committee when
#: the government's side works with it, else its committee's standing board)
_WORKS_WITH_LISTED_DISTRICTS = re.compile(
    r"(?<![\w])làm việc với (?:các|\d{1,2}) (?P<lvl>huyện|thị xã|thành phố|quận)(?:, (?:huyện|thị xã|thành phố|quận))*"
    r":? (?P<name>[A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,2})(?=,| và )"
)


def _visit_listed_districts(doc: Doc) -> list[tuple[str, int]]:
    """The first of the districts a leader works with, listed by name ("làm việc với các huyện A, B và C"): "UBND huyện
    A" for the government's side, else "Ban Thường vụ Huyện ủy A"."""
    text = doc.match
    if "làm việc với" not in text:
        return []
    found = []
    for m in _WORKS_WITH_LISTED_DISTRICTS.finditer(text):
        s = doc.sentence_bounds(m.start())[0]
        if _WILL.search(text, s, m.start()) or _set_up_to_work(doc, m.start()):
            continue
        level, name = m.group("lvl"), m.group("name")
        if _GOVERNMENT_TEAM.search(text, s, m.start()):
            found.append((f"UBND {level} {name}", m.start()))
        else:
            found.append((f"Ban Thường vụ {_UNIT_COMMITTEE[level]} {name}", m.start()))
    return found


#: a leader working with a unit below the province named bare, no body: "Bí thư Tỉnh ủy A đã thăm và làm việc tại huyện
#: Krông Pắc", "Chủ tịch UBND tỉnh B làm việc với xã Tân Hòa" (as _VISITS_A_PROVINCE for a province: the visitor's side
#: makes the host plain)
_WORKS_WITH_A_UNIT = re.compile(
    r"(?<![\w])làm việc (?:với|tại) (?P<lvl>huyện|thị xã|quận|thành phố|xã|phường|thị trấn|đặc khu)"
    r" (?P<name>[A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,3})"
)


_PROVINCE_CITY = re.compile(rf"(?:{_PROVINCE_NAMES})(?![\w])")


def _visit_units_named_bare(doc: Doc) -> list[tuple[str, int]]:
    """The host of a unit a leader works with, named bare ("làm việc tại huyện A"): its people's committee for the
    government's side ("Chủ tịch UBND tỉnh ... làm việc với xã B": "UBND xã B"), else its Party committee ("Đảng ủy xã
    B"; a district's by its standing board: "Ban Thường vụ Huyện ủy A")."""
    text = doc.match
    if "làm việc" not in text:
        return []
    found = []
    for m in _WORKS_WITH_A_UNIT.finditer(text):
        s = doc.sentence_bounds(m.start())[0]
        if _WILL.search(text, s, m.start()) or _set_up_to_work(doc, m.start()):
            continue
        level, name = m.group("lvl"), m.group("name")
        if level == "thành phố" and _PROVINCE_CITY.match(name):
            continue  # "làm việc với thành phố Hà Nội": a province's peer (_VISITS_A_PROVINCE), not a unit below it
        if _GOVERNMENT_TEAM.search(text, s, m.start()) or _VISITING_GOVERNMENT.search(text, s, m.start()):
            found.append((f"UBND {level} {name}", m.start()))
        elif level in COMMUNE_LEVELS:
            found.append((f"Đảng ủy {level} {name}", m.start()))
        else:
            found.append((f"Ban Thường vụ {_UNIT_COMMITTEE[level]} {name}", m.start()))
    return found


#: a people's council committee a leader works with, written in lower case ("làm việc với Ban kinh tế - ngân sách Hội
#: đồng nhân dân tỉnh"): the committee hosts
_COUNCIL_COMMITTEE_HOST = re.compile(
    rf"(?<![\w])làm việc với (?P<body>Ban {WORD}(?:(?: - | )[{LOWER}]+){{0,4}} (?:HĐND|Hội đồng nhân dân)"
    r" (?:tỉnh|thành phố|huyện|xã|phường))(?![\w])"
)


def _visit_council_committees(doc: Doc) -> list[tuple[str, int]]:
    """The council committees a leader works with ("Chủ tịch HĐND tỉnh làm việc với Ban văn hóa - xã hội HĐND tỉnh")."""
    text = doc.match
    if "làm việc với Ban" not in text:
        return []
    found = []
    for m in _COUNCIL_COMMITTEE_HOST.finditer(text):
        s = doc.sentence_bounds(m.start())[0]
        if not _RECEIVES_WITH.match(text, max(0, m.start() - 5)) and not _WILL.search(text, s, m.start()):
            found.append((m.group("body"), m.start("body")))
    return found


def _visit_hosts(doc: Doc, bodies: list[tuple[str, int, int]]) -> list[tuple[str, int]]:
    """Every host the visit readings find, with where it is said (each reading checks its cheap signal first)."""
    found = _visit_receptions(doc, bodies) + _visit_inspected_bodies(doc, bodies) + _visit_greeted_bodies(doc, bodies)
    found += _visit_listed_districts(doc) + _visit_council_committees(doc) + _visit_units_named_bare(doc)
    if "làm việc với" in doc.match:
        ending_at = {end: (name, start) for name, start, end in bodies}
        for receives in _RECEIVES_WITH.finditer(doc.match):
            at = receives.start()
            if (
                _receiver(doc, at, ending_at) is None
                and not _WILL.search(doc.match, max(0, at - 30), at)
                and (secretary := _visit_party_receiver(doc, at)) is not None
            ):
                found.append((secretary, at))
    return found


#: a unit's Party organization named as a host ("làm việc với Đảng bộ phường X"): its committee hosts ("Đảng ủy phường
#: X"; "kiểm tra tại Đảng bộ huyện Y" -> "Ban Thường vụ Huyện ủy Y", a district's committee by its standing board)
_PARTY_ORGANIZATION = re.compile(r"Đảng bộ (xã|phường|thị trấn|đặc khu|huyện|thị xã|quận|thành phố|tỉnh)(?![\w])")


def _visit_party_hosts_as_committees(doc: Doc, bodies: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The bodies, a unit's Party organization said to host ("làm việc với Đảng bộ xã X") named as its committee."""
    if "Đảng bộ " not in doc.match:
        return bodies
    out = []
    for name, start, end in bodies:
        m = _PARTY_ORGANIZATION.match(name)
        if m is not None and _hosted(doc, start):
            level = m.group(1)
            committee = f"Đảng ủy {level}" if level in COMMUNE_LEVELS else _UNIT_COMMITTEE[level]
            name = _visit_standing_board(committee) + name[m.end() :]  # (a district's by its standing board)
        out.append((name, start, end))
    return out


def extract_meetings(
    doc: Doc, officials: list[Official], organizations: list[Organization] | None = None
) -> list[Meeting]:
    every = [
        cue
        for cue in _CUE.finditer(doc.match)
        if not (cue.group(1)[0] in "Hh" and _DOCUMENT_BEFORE.search(doc.match, max(0, cue.start() - 60), cue.start()))
        and not _EARLIER_SESSION.match(doc.match, cue.end())
        # ("báo cáo kết quả Kỳ họp thứ 9, Quốc hội khóa XV": a session reported on, not one the text reports)
        and not doc.match.endswith(("kết quả ", "Kết quả "), 0, cue.start())
        # ("tại Trung tâm Hội nghị tỉnh, ...": a venue, no meeting word)
        and not doc.match.endswith(("Trung tâm ", "trung tâm ", "TRUNG TÂM "), 0, cue.start())
    ]
    cues = _held(doc, every)
    committees = list(_BODY.finditer(doc.match))
    bodies = _bodies(doc, organizations or [], committees)
    congresses = _congresses(doc)
    # bodies inside a title, an issuer, a partner or a longer name never hold the meeting (looked at once)
    seen: dict[int, bool] = {}

    def blocked(start: int) -> bool:
        if start not in seen:
            seen[start] = _in_title(doc, start) or _not_the_holder(doc, start)
        return seen[start]

    where: dict[str, int] = {}
    bodies = _visit_party_hosts_as_committees(doc, bodies)  # "làm việc với Đảng bộ xã X": the Đảng ủy xã hosts
    votes = _body_votes(doc, every, cues, officials, bodies, committees, congresses, blocked, where)
    for host, at in _visit_hosts(doc, bodies):  # working visits, inspections: the host's session (weight as a host)
        votes[host] += 9
        where.setdefault(host, at)
    handed = _handovers(doc, cues)
    ceremony = ""  # the committee a unit's ceremony with no meeting word is given to (_unit_celebrates)
    for name, s, _, _ in handed:  # over a chair's office (2), under a body said to organize it (8, 12)
        votes[name] += 4 if cues else 8
        where.setdefault(name, s)
    if not any(v >= 8 for v in votes.values()) and (visited := _VISITS_A_PROVINCE.search(doc.match)):
        # "Phó Thủ tướng A ... đến làm việc với tỉnh Cà Mau": no body named, the visitor's side makes it plain
        # (GOLD_FORMAT: the body its participants make plain): a government leader works with the people's committee,
        # a Party leader with the committee's standing board
        unit = "tỉnh" if visited.group("unit") == "tỉnh" else "thành phố"
        host = f"UBND {unit}" if visited.group("gov") else f"Ban Thường vụ {'Tỉnh' if unit == 'tỉnh' else 'Thành'} ủy"
        votes[host] += 8
        where.setdefault(host, visited.start())
    elif not any(v >= 8 for v in votes.values()) and (listed := _listed_hosts(doc)) is not None:
        # "Đoàn công tác ... làm việc với 4 phường: A, B, ...": the hosts' meeting (their committee, unnamed)
        votes[listed[0]] += 8
        where.setdefault(listed[0], listed[1])
    elif (
        not any(v >= 8 for v in votes.values())
        and (held := _PROVINCE_CELEBRATES.search(doc.match) or _CEREMONY_IN_PROVINCE.search(doc.match))
        and not _district_first(doc, held.start())
    ):
        # "tỉnh Bến Tre tổ chức kỷ niệm 63 năm ...": a province's ceremony, its committee's (with its council, people's
        # committee and Front, the committee leads: _JOINT_COMMITTEE)
        host = "Tỉnh ủy" if held.group("unit") == "tỉnh" else "Thành ủy"
        votes[host] += 8
        where.setdefault(host, held.start())
    elif not any(v >= 8 for v in votes.values()) and (celebrates := _unit_celebrates(doc)) is not None:
        votes[celebrates[0]] += 8  # "huyện X đã tổ chức Lễ ...", "tỉnh Y tổ chức trọng thể Lễ ...": its committee's
        where.setdefault(celebrates[0], celebrates[1])
        ceremony = celebrates[0]
    elif not cues and not any(v >= 8 for v in votes.values()):
        return []
    if not votes:
        return []
    body = votes.most_common(1)[0][0]
    first = cues[0] if cues else None
    at = first.start() if first else 0
    kind = _kind(first.group(1)) if first else "phiên họp"
    kind = "đại hội" if body.startswith("Đại hội") else kind  # a congress's sitting, whatever the word for it
    province = _province(doc)
    date = _meeting_date(doc, at)
    if body in where:  # a news digest: the day the body's own item opens with ("Chiều 11/3, Đoàn ... làm việc với")
        s, e = doc.sentence_bounds(where[body])
        date = _opening_date(doc, s, e, None) or date
    handover = next((h for h in handed if h[0] == body), None) if first is None else None
    held_at = where.get(body, -1)
    handing = first is None and held_at >= 0 and _HANDS_OVER_HELD.search(doc.match, held_at, held_at + 200)
    # a hand-over reported with no meeting word, or a unit's ceremony ("lễ đón nhận" is no meeting word): a ceremony
    kind = "lễ" if handover or handing or (first is None and body == ceremony) else kind
    if (
        first is None
        and held_at >= 0
        and not body.startswith("Đại hội")
        and (_ACTIVITY_HELD.match(doc.match, held_at) or _BODY_REVIEWS.match(doc.match, held_at))
    ):
        kind = "hội nghị"  # "Đảng ủy phường X tổ chức tổng kết ...", "UBND tỉnh sơ kết ...": a conference
    meeting = Meeting(body=body, date=date, province=province, kind=kind)
    if first is not None:
        meeting.mentions.append(doc.span(first.start(), first.end()))
    elif handover is not None:
        meeting.mentions.append(doc.span(handover[2], handover[3]))
    found = _more_meetings(doc, meeting, bodies, congresses, province, blocked, officials, cues)
    return [m for m in found if not _after_publication(m.date, doc.published)]


def _after_publication(date: str | None, published: str | None) -> bool:
    """A session dated after the day the text was published is only announced ("Đại hội ... diễn ra trong 2 ngày (29
    - 30.9)" in a text of 24/9), not held."""
    if not date or not published or len(published) < 10:
        return False  # (a month only: a text dated by its month may report any day of it, and a loose one more)
    return date[: len(published)] > published[: len(date)]

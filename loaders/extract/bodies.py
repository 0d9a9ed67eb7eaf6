"""Organizations: Party and State bodies, agencies and departments, abbreviations kept as written.

Names come from the patterns of :data:`loaders.extract.lexicon.BODY_PATTERNS`; a trailing
place name is part of a body only for committees named after their place ("Thành ủy Vinh",
"Huyện ủy Tân Kỳ"). The fullest form in the text wins ("Ban Thường vụ Tỉnh ủy" over "Tỉnh ủy"
at the same place), and a body found inside an official's title counts too.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Iterable

from kernel.text import tone_key, unify_tones
from loaders.extract.lexicon import (
    BODY_PATTERNS,
    COMMITTEE_BOARDS,
    COMMITTEE_LEVELS,
    COMPANY_TRADES,
    DEPARTMENT_ABBREVIATIONS,
    DEPARTMENTS,
    LISTED_KINDS,
    LOCAL_COMMITTEE_LEVELS,
    LOWER,
    MASS_ORGANIZATIONS,
    PROVINCE_SPELLINGS,
    PROVINCE_VARIANTS,
    PROVINCES,
    SHARED_HEAD_BOARDS,
    SHARED_HEAD_BODIES,
    SURNAMES,
    UPPER,
)
from loaders.extract.model import Locality, Official, Organization
from loaders.extract.places import tier_names
from loaders.extract.text import Doc, WordPattern, dispatched, first_letters, key_of

#: the place a committee is named after: a province, or a 1-2 syllable local name that is not the
#: start of a person's name ("Tỉnh ủy Nghệ An", "Huyện ủy Tân Kỳ"; not "Tỉnh ủy Thái Thanh Quý")
#: (a province as some outlets spell it too: "HĐND tỉnh Đắc Nông", lexicon.PROVINCE_VARIANTS)
_PROVINCE_ALT = "|".join(
    map(re.escape, sorted([*PROVINCES, *PROVINCE_SPELLINGS, *PROVINCE_VARIANTS], key=len, reverse=True))
)
#: a province's name only, after a provincial body ("HĐND tỉnh Gia Lai"; not "HĐND tỉnh Lê Bảo", a person)
_PROVINCE_ONLY = rf"(?:{_PROVINCE_ALT})(?![\w])"
_SURNAME_ALT = "|".join(sorted(SURNAMES))
_PROVINCE_KEYS = frozenset(key_of(p) for p in PROVINCES)
#: (never a rank: "Trưởng Công an huyện Thượng tá Nguyễn Văn A")
_LOCAL = (
    r"(?!(?:Đại|Thượng|Trung|Thiếu)\s(?:tá|tướng)(?![\w]))"
    rf"[{UPPER}][{LOWER}]*(?:['’][{LOWER}]+)?(?:[ \t][{UPPER}][{LOWER}]*(?:['’][{LOWER}]+)?)?(?![\w'’])"
)  # (a unit's name never runs over a line break: "Đảng bộ xã Đơn Dương\nThường trực ...")
#: a unit's name in a list: up to four capitalised syllables ("U Minh Thượng", "Cư M'gar")
_LOCAL_NAME = rf"[{UPPER}][{LOWER}]*(?:['’][{LOWER}]+)?(?:\s[{UPPER}][{LOWER}]*(?:['’][{LOWER}]+)?){{0,3}}(?![\w'’])"
#: Ho Chi Minh City as committees' names write it ("Thành ủy Thành phố Hồ Chí Minh", "Thành ủy TP.HCM")
_HCM_CITY = r"(?:Thành phố\s|TP\.?\s?|Tp\.?\s?)(?:Hồ Chí Minh|HCM)|TPHCM"
#: a three-syllable local name not starting with a surname ("Đảng ủy phường An Phú Đông"; "Huyện ủy Lê Văn A" is a
#: person's)
_LOCAL3 = rf"(?!(?:{'|'.join(sorted(SURNAMES))})\s)[{UPPER}][{LOWER}]*(?:[ \t][{UPPER}][{LOWER}]*){{2}}(?![\w'])"
_PLACE = (
    rf"(?:{_HCM_CITY}|{_PROVINCE_ALT}|{_LOCAL3}(?![ \t][{UPPER}])"
    # a city's or town's committee with its level word capitalised: "Thành ủy Thành phố Tây Ninh"
    rf"|(?:Thành phố|Thị xã)\s(?:{_PROVINCE_ALT}|{_LOCAL})(?![ \t][{UPPER}])"
    # ... or abbreviated: "Thành ủy TP Thanh Hóa", "Thị ủy TX. Kỳ Anh"
    rf"|(?:TP|TX)\.?\s?(?:{_PROVINCE_ALT}|{_LOCAL})(?![ \t][{UPPER}])"
    rf"|(?!(?:Thành phố|Thị xã|Thị trấn)(?![\w])){_LOCAL}(?![ \t][{UPPER}])"  # nothing capitalised follows
    rf"|(?!(?:{_SURNAME_ALT})\s){_LOCAL}(?=\s(?:{_SURNAME_ALT})\s))"  # a person's name follows
)
#: lower-case words that end a department's name: what follows is the sentence, not the name
_STOP_WORDS = (
    "là|và|chủ|đã|có|được|cùng|tại|về|với|để|theo|trong|cho|các|phối|thực|sẽ|đang|cần|phải"
    # ("giao" gives a task, but "Bộ Ngoại giao" is the ministry's name)
    "|làm|tham|báo|đề|khẩn|rà|tổ|hướng|kiểm|nghiên|cũng|đều|vừa|mới|không|chưa|luôn|tiếp|nêu|đánh|yêu|(?<!Ngoại )giao"
    # ("tổng" opens "tổng kết", a verb; "Vụ Nghiên cứu tổng hợp" keeps it)
    "|trình|dự|phát|nhấn|khẳng|chỉ|biết|chịu|bố|đẩy|tập trung|trước|hoàn|tổng(?! hợp)|xây|trực|ban hành|ký|theo dõi|đảm"
    "|thuộc"  # "Viện X thuộc Viện Hàn lâm Y": the parent is another body
    "|mong"  # "Trường Chính trị Lê Duẩn mong muốn ...": a verb after the name
    "|họp"  # "Cục Thuế tỉnh Nghệ An họp bàn": the meeting it holds
    r"|công(?=[ \t]bố(?![\w]))"  # "Tổng cục Thống kê công bố số liệu": a verb after the name
    "|lần"  # "Hội nghị Ban Chấp hành ... Hội Khuyến học Việt Nam lần thứ 5": the session's number
    "|trên"  # "Hiệp hội Doanh nghiệp trên địa bàn thành phố": the place is the sentence's
    # the occasion after a name: "chúc mừng Sở Y tế X nhân kỷ niệm Ngày Thầy thuốc", "... nhân dịp Tết" (not "nhân dân")
    r"|nhân(?=[ \t](?:dịp|kỷ niệm|[Nn]gày|chuyến)(?![\w]))"
    # the holder of a post after its body: "bổ nhiệm Phó Giám đốc Sở Xây dựng Hà Tĩnh đối với ông A"
    r"|đối(?=[ \t]với(?![\w]))"
)
#: (a name never runs over a line break: "Sở Lao động\n- Thương binh ...")
_LOWER_RUN = rf"(?:[ \t](?!(?:{_STOP_WORDS})(?![\w]))[{LOWER}]+){{0,3}}"
#: a person's name after a department's ("Giám đốc Sở Tài chính Trịnh Thanh Hải"): a surname and two or three
#: more capitalised syllables that are not a province ("Hồ Chí Minh")
_NOT_A_PERSON = (
    rf"(?!(?!(?:{_PROVINCE_ALT})(?![\w]))(?:{_SURNAME_ALT})\s[{UPPER}][{LOWER}]*\s[{UPPER}][{LOWER}]*(?![\w]))"
)
#: the head word of the next body in a list ("Sở Dân tộc và Tôn giáo, Trường Chính trị tỉnh"): the name ended
_NEXT_BODY = (
    # ("Học viện Chính trị Công an nhân dân": the people's police in a name, no next body)
    "Sở|Bộ|Ban|Cục|Phòng|Văn phòng|Công an(?! nhân dân)|Ủy ban|UBND|HĐND|Trường|Hội|Báo|Đài|Đảng ủy|Liên đoàn|Viện"
    "|Tòa án"
    "|Kho bạc|Thanh tra|Bệnh viện|Trung tâm|Mặt trận|Đoàn|Công ty|Tập đoàn|Ngân hàng|Vụ|Viettel|VNPT|Quỹ|Hợp tác xã"
    "|Học viện|Đại học"  # "Viện Lịch sử Đảng - Học viện Chính trị quốc gia Hồ Chí Minh": two bodies
    "|Tỉnh|Huyện"  # a level word written capitalised ("Trường Chính trị Tôn Đức Thắng Tỉnh An Giang")
)
#: a post after a body's name, never part of it ("Thứ trưởng Bộ Quốc phòng, Phó Trưởng đoàn")
_TITLE_WORDS = "Phó|Trưởng|Chủ tịch|Giám đốc|Bí thư|Thứ trưởng|Bộ trưởng|Ủy viên|Chánh|Viện trưởng|Cục trưởng|Vụ trưởng"
_CAPWORDS = (
    # "Sở VH-TT-DL tỉnh Bến Tre", "Sở Y tế"
    rf"(?:{DEPARTMENT_ABBREVIATIONS}(?:[ \t](?:tỉnh|thành phố)(?:[ \t](?:{_PROVINCE_ALT})(?![\w]))?)?"
    rf"|[{UPPER}](?:[{LOWER}]+|(?=\s[{LOWER}])){_LOWER_RUN}"
    # (never a rank after it: "Bộ Chỉ huy Quân sự tỉnh - Đại tá Võ Văn A")
    # ("Sở Giao thông-Vận tải": a hyphen with no space between two capitalised words)
    # ("Viện Kinh tế- Xã hội": the dash written against the first word)
    rf"(?:(?:,[ \t]|[ \t](?:và|-)[ \t]|[ \t]|-[ \t]?(?=[{UPPER}]))(?!(?:{_NEXT_BODY})\s)(?!(?:{_TITLE_WORDS})(?![\w]))"
    rf"{_NOT_A_PERSON}"
    r"(?!(?:Đại|Thượng|Trung|Thiếu)[ \t](?:tá|tướng)(?![\w]))"
    # "Nông nghiệp và PTNT", "Kế hoạch và ĐT"
    # ("Viện Hàn lâm KHXH Việt Nam": a word abbreviated in capitals inside the name, the country after it)
    rf"(?:[{UPPER}][{LOWER}]+|(?<=và )(?:[{UPPER}]{{3,5}}|ĐT|MT|CN|TT)(?![\w])|[{UPPER}]{{3,5}}(?= Việt Nam(?![\w])))"
    rf"{_LOWER_RUN}){{0,4}})"
)


#: an enterprise's name: capitalised words with up to four lower-case words between them, ending on a capital
#: lower-case words that end a company's name: the verbs and links after it (fewer than ``_STOP_WORDS``: a company's
#: name runs to a capitalised word, "Công ty cổ phần Xây dựng công trình giao thông Quảng Nam")
_COMPANY_STOPS = (
    "là|và(?! (?:" + "|".join(w for t in COMPANY_TRADES for w in (t, t[0].upper() + t[1:])) + "))"  # a trade
    "|chủ trì|đã|có|được|cùng|tại|về|với|để|theo|trong|cho|các|phối hợp|thực hiện|sẽ|đang|cần|phải|làm"
    # the ceremony it holds: "phối hợp với Công ty X tổ chức lễ khởi công Dự án Y"
    "|tổ chức|khởi công|động thổ|khánh thành"
    # the task it is asked to do: "yêu cầu Công ty X khẩn trương hoàn thành Dự án Y"
    "|khẩn trương|hoàn thành|triển khai|đẩy nhanh|bàn giao|báo cáo|rà soát"
    # the place after the name: "Công ty TNHH Phát triển Khu công nghiệp X xã Tân Phước 2" (the commune is not the
    # company's)
    r"|(?:xã|phường|thị trấn|huyện|quận)(?= [A-ZĐ\d])"
)
#: (a word in capitals or with digits: "Tập đoàn Becamex IDC", "Công ty CP Đầu tư PV2")
_COMPANY_WORD = rf"[{UPPER}](?:[{UPPER}\d]+|[{LOWER}]*[{UPPER}\d]*)"  # (a brand in mixed case: "VinES")
#: (two capitalised names joined by a dash: "Công ty CP Thủy điện Vĩnh Sơn - Sông Hinh")
#: (never over a line break: "... Tổng Công ty Điện lực miền Bắc\nSáng 8/5 ..." ends at "Bắc")
_COMPANY = (
    rf"{_COMPANY_WORD}(?:(?:[ \t](?!(?:{_COMPANY_STOPS})(?![\w]))[{LOWER}]+){{0,6}}[ \t]{_COMPANY_WORD}"
    rf"|[ \t][-–][ \t]{_COMPANY_WORD}(?=[ \t][{UPPER}]))*"
)

#: (the words of a name that never runs over a comma: "phòng Nội vụ, Tài chính" lists offices; NOCOMMA in the patterns)
_OFFICE_WORDS = _CAPWORDS.replace("(?:,[ \\t]|", "(?:", 1)
if _OFFICE_WORDS == _CAPWORDS:  # the joiners of _CAPWORDS were rewritten: this must follow
    raise ValueError("_CAPWORDS no longer joins its words with a comma")
_PATTERN = WordPattern(
    # (the alternatives grouped by their first letter: only those of the letter read are tried)
    rf"(?=[{first_letters('|'.join(BODY_PATTERNS))}])"
    + dispatched(
        [
            p.replace("HCMC", _HCM_CITY)
            .replace("PROVINCE", _PROVINCE_ONLY)
            .replace("PLACE", _PLACE)
            .replace("CAPWORDS", _CAPWORDS)
            .replace("NOCOMMA", _OFFICE_WORDS)
            .replace("COMPANY", _COMPANY)
            for p in BODY_PATTERNS
        ]
    )
    + r"(?![\w])"
)
#: a district's office in lower case: "phối hợp với phòng Nông nghiệp và PTNT", "phòng Tài chính - Kế hoạch huyện" (not
#: "văn phòng", "quốc phòng"); scanned on its own from the word "phòng" (in the patterns above every "p" would be tried)
#: (its words never run over a comma: "các phòng Nội vụ, Tài chính - Kế hoạch" lists offices)
_LOWER_OFFICE = re.compile(rf"phòng (?:{_OFFICE_WORDS})(?![\w])")  # (its literal start: the engine skips to each fast)
#: (nor a border guard post's: "Đồn Biên phòng Ba Lạt")
_NOT_AN_OFFICE_BEFORE = re.compile(r"(?:[\w]|văn |quốc |Văn |Quốc |biên |Biên )$")
_BAD_TAIL = re.compile(rf"\s(?:{'|'.join(map(re.escape, PROVINCES))})$")
#: words that end a name matched greedily but are not part of it ("Sở Công Thương hiện ..."): the
#: clause words, and the second syllables of "chủ trì", "phối hợp", "thực hiện"
_LOWER_TAIL = re.compile(rf"(?<!tổng)\s(?:{_STOP_WORDS}|trì|hợp|hiện)$")  # ("Vụ Nghiên cứu tổng hợp" keeps "hợp")
_NOT_ORGS = {"chính phủ điện tử"}
_PRIME_MINISTER_BEFORE = re.compile(r"[Tt]hủ tướng\s*$")


#: an abbreviation given in brackets inside a name ("Ban Chấp hành (BCH) Đảng bộ tỉnh")
_BRACKETED = re.compile(r" \([A-ZĐ][A-ZĐ&-]{1,7}\)")  # ("Sở Thông tin và Truyền thông (TT&TT) tỉnh X", "(CQ-DN)")
#: a department's name wrapped at its dash ("Sở Lao động\n- Thương binh và Xã hội", "Sở Văn hóa\n- Thể thao và Du
#: lịch"): the name read on the first line ends with the first half of a two-part name of ``DEPARTMENTS``, and the
#: next line goes on with its second half
_WRAPPED_HALVES = {first: rest for first, rest in (d.split(", ", 1) for d in DEPARTMENTS if ", " in d)}
_WRAPPED_TAIL = re.compile(
    r"[ \t]*\n[ \t]*[-–][ \t]*(" + "|".join(map(re.escape, sorted(set(_WRAPPED_HALVES.values())))) + r")(?![\w])"
)


def bracketed_bodies(doc: Doc) -> list[tuple[str, int, int]]:
    """Bodies written with an abbreviation in brackets ("Ủy ban Kiểm tra (UBKT) Tỉnh ủy"): their name without it,
    and where they stand (no span reads that name, so the meeting finder asks here)."""
    found: dict[int, tuple[str, int, int]] = {}
    for bracket in _BRACKETED.finditer(doc.match):  # only around each bracketed abbreviation
        for m in _PATTERN.finditer(doc.match, max(0, bracket.start() - 40), bracket.end() + 60):
            if m.start() <= bracket.start() and bracket.end() <= m.end():
                found[m.start()] = (_clean(doc.match[m.start() : m.end()]), m.start(), m.end())
    if found or _BRACKETED.search(doc.match):  # "Ban Chỉ đạo (BCĐ) về phát triển khoa học, công nghệ (KHCN) ..."
        for name, start, end in steering_committees(doc):
            if "(" in doc.match[start:end]:
                found[start] = (name, start, end)
    return list(found.values())


#: a known department's name followed by a lower-case word that is not its level word ("Sở Nội vụ tỉnh", "Sở Nội vụ Hà
#: Tĩnh" are names); longest first
_KNOWN_DEPARTMENT = re.compile(
    r"(?:Sở|Bộ) (?:" + "|".join(map(re.escape, sorted(DEPARTMENTS, key=len, reverse=True))) + r")"
    rf"(?=\s(?!(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường)(?![\w]))[{LOWER}]"  # "Sở Nội vụ Hà Tĩnh" stays
    # or its officer's name after it, from a surname ("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Hoàng Trung")
    rf"|\s(?!(?:{_PROVINCE_ALT})(?![\w]))(?:{_SURNAME_ALT})\s[{UPPER}])"
)
#: a department's name with its second half abbreviated ("Sở Nông nghiệp và PTNT"), written in full (a name
#: abbreviated whole, "Sở TT&TT", stays as written)
_HALF_WRITTEN = {
    "Nông nghiệp và PTNT": "Nông nghiệp và Phát triển nông thôn",
    "Kế hoạch và ĐT": "Kế hoạch và Đầu tư",
    "Giáo dục và ĐT": "Giáo dục và Đào tạo",
    "Tài nguyên và MT": "Tài nguyên và Môi trường",
    "Khoa học và CN": "Khoa học và Công nghệ",
    "Thông tin và TT": "Thông tin và Truyền thông",
}
_HALF_WRITTEN_AT = re.compile(r"(?<![\w])(" + "|".join(_HALF_WRITTEN) + r")(?![\w])")


def unwritten_full_names(text: str) -> dict[str, str]:
    """The full forms :data:`_HALF_WRITTEN` gives that ``text`` never writes, each to the half-abbreviated form it does
    write. GOLD_FORMAT: the fullest form *in the text* is a body's name, so "Sở Nông nghiệp và PTNT" stays as written
    unless the text also writes "Nông nghiệp và Phát triển nông thôn" (in any case)."""
    halves = [half for half in _HALF_WRITTEN if half in text]
    if not halves:
        return {}
    folded = text.casefold()
    return {_HALF_WRITTEN[half]: half for half in halves if _HALF_WRITTEN[half].casefold() not in folded}


_TERM_INSIDE = re.compile(r" khóa [XVI]+(?= )")


@functools.lru_cache(maxsize=4096)
def _clean(name: str) -> str:
    name = _BRACKETED.sub("", name.strip(" ,-–"))
    if (known := _KNOWN_DEPARTMENT.match(name)) and known.end() < len(name):
        name = name[: known.end()]  # "Sở Công Thương tăng cường công", "Bộ Công Thương quy định": the department
    elif (
        name.startswith("Đoàn")  # "Đoàn kiểm tra của Bộ Tài chính do ...": the ministry's known name ends it
        and (of := name.find(" của Bộ ")) > 0
        and (known := _KNOWN_DEPARTMENT.match(name, of + 5))
        and known.end() < len(name)
    ):
        name = name[: known.end()]
    if name == "Trung ương":  # "Ủy viên Trung ương": the Party's Central Committee
        return "Trung ương Đảng"
    if name.endswith((" T.Ư", " TƯ", " TW")) and name.startswith(("UBKT", "Ủy ban Kiểm tra")):
        return name.rsplit(" ", 1)[0] + " Trung ương"  # "UBKT T.Ư": the central inspection committee
    if name.startswith(_STANDING_BOARD_SHORT):  # "UVTV Tỉnh ủy", "Thường vụ Thành ủy": the standing board
        name = "Ban Thường vụ " + name.split(" ", 2 if name.startswith(("UV BTV", "Thường vụ")) else 1)[-1]
    # "giao sở Tài chính", "Trưởng đoàn ĐBQH tỉnh", "với phòng Nông nghiệp": the body's own name
    if name.startswith(("sở ", "đoàn ", "ban ", "phòng ", "thanh tra ", "văn phòng ")):
        name = name[0].upper() + name[1:]
    if " đơn vị " in name and name.startswith("Đoàn"):  # "Đoàn đại biểu Quốc hội đơn vị tỉnh": the delegation's own
        name = name.replace(" đơn vị ", " ", 1)
    if " khóa " in name and name.startswith("Đoàn"):  # "Đoàn Đại biểu Quốc hội khóa XV tỉnh": not the term
        name = _TERM_INSIDE.sub("", name, 1)
    if " và " in name:
        name = _HALF_WRITTEN_AT.sub(lambda m: _HALF_WRITTEN[m.group(1)], name)
    # "Sở Kế hoạch và Đầu tư chủ" -> cut a trailing lowercase word that is not part of the name
    while _LOWER_TAIL.search(name) and not re.search(r"\s(?:tỉnh|thành phố|huyện|xã|phường|quận|việc làm)$", name):
        cut = _LOWER_TAIL.sub("", name)
        if cut.count(" ") < 1:
            break
        name = cut
    return name


#: a body inside the name of a congress's resolution ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX")
_CONGRESS_BEFORE = re.compile(r"Đại hội(?: [Đđ]ại biểu)?(?: [IVXLC]+| lần thứ [\w]+)?\s*$")
#: the Party organization of a unit, just before the unit's name: "Đảng bộ UBND tỉnh", "Ban Chấp hành Đảng bộ Sở Y tế",
#: "Ban Thường vụ Đảng ủy Công an tỉnh"
_PARTY_OF_UNIT = re.compile(
    # ("Đảng bộ Cơ quan Ủy ban MTTQ Việt Nam tỉnh": the Party organization of the body's office)
    r"(?<![\w])((?:Ban Chấp hành |Ban chấp hành |BCH |Ban Thường vụ |BTV )?Đảng (?:bộ|ủy|uỷ)(?: [Cc]ơ quan)?) $"
)
#: the units whose Party organization is named after them (not the local units: "Đảng bộ xã X" is read whole)
_UNIT_BODY = re.compile(
    # (the People's Committee and Council written in capitals as often: "Đảng bộ Ủy ban Nhân dân tỉnh")
    r"(?:UBND|HĐND|Ủy ban [Nn]hân dân|Hội đồng [Nn]hân dân|Đoàn (?:ĐBQH|[Đđ]ại biểu Quốc hội)|Văn phòng|Sở|Bộ|Cục"
    r"|Công an"
    r"|Ban Quản lý|Trường|Bệnh viện|Viện|Học viện|Tòa án|Ủy ban MTTQ|Ủy ban Mặt trận|Thanh tra|Kho bạc|Trung tâm"
    r"|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Báo|Đài|Liên đoàn|Hội)(?![\w])"
)
_STANDING_BOARD_SHORT = ("UVTV ", "UVBTV ", "UV BTV ", "Thường vụ ")
#: a body's building named as a venue: "tại hội trường Đảng ủy xã X", "tại trụ sở UBND tỉnh"
_VENUE_BEFORE = re.compile(r"(?:[Hh]ội trường|[Tt]rụ sở|[Nn]hà khách)\s+$")
#: a match ends at the text's trailing spaces and starts at most the longest word before them: searched from there
_VENUE_REACH = len("hội trường")
#: one of a generic plural list ("Các huyện ủy, thị ủy, Thành ủy và các đảng ủy trực thuộc")
_PLURAL_BEFORE = re.compile(r"[Cc]ác\s[^.;:\n]{0,40}$")
_BARE_COMMITTEE = re.compile(r"(?:Thành|Huyện|Thị|Quận|Đảng) ủy")
_EXPAND = {"BTV": "Ban Thường vụ", "BCH": "Ban Chấp hành", "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân",
           "MTTQ": "Mặt trận Tổ quốc", "TW": "Trung ương", "BCS": "Ban cán sự", "TP": "thành phố",
           "ĐBQH": "đại biểu Quốc hội", "UBKT": "Ủy ban Kiểm tra", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
           # a court, a procuracy, a union and the border guards abbreviated ("VKSND tỉnh X" = "Viện Kiểm sát nhân dân
           # (VKSND) tỉnh X", "Viện KSND huyện")
           "VKSND": "Viện kiểm sát nhân dân", "TAND": "Tòa án nhân dân", "KSND": "kiểm sát nhân dân",
           "LĐLĐ": "Liên đoàn Lao động", "BĐBP": "Bộ đội Biên phòng", "CHQS": "Chỉ huy Quân sự"}  # fmt: skip
_ABBREVIATION = re.compile(r"(?<![\w])(" + "|".join(_EXPAND) + r")(?![\w])")
_TRAILING_PROVINCE = re.compile(rf"\s(?:{_PROVINCE_ALT})$")


@functools.lru_cache(maxsize=4096)
def _province_at_end(name: str) -> str | None:
    """The province a body's name ends with ("Tỉnh ủy Lai Châu" -> "Lai Châu"), if any."""
    m = _TRAILING_PROVINCE.search(unify_tones(name))
    return m.group(0).strip() if m else None


@functools.lru_cache(maxsize=4096)
def identity(name: str) -> str:
    """Two spellings of one body share this key: abbreviations expanded, tone placement and case
    unified, a trailing province dropped ("BTV Tỉnh ủy Nghệ An" = "Ban Thường vụ Tỉnh uỷ")."""
    expanded = _ABBREVIATION.sub(lambda m: _EXPAND[m.group(1)], _TRAILING_HCM.sub("", name))
    return tone_key(_TRAILING_PROVINCE.sub("", unify_tones(expanded)))


#: Ho Chi Minh City after a body's name, however it is written ("Thành ủy TPHCM" = "Thành ủy")
_TRAILING_HCM = re.compile(rf"\s(?:{_HCM_CITY})$")


#: the next unit of a list after a body named with its unit ("Ban Thường vụ Huyện ủy Hòa Thành, Trảng Bàng")
_MORE_UNIT = re.compile(rf"(?:,|[ \t]và)[ \t]({_LOCAL_NAME})")


#: the next unit of a list that repeats the level word before each item ("HĐND và UBND xã Phú Hòa, xã Long Mỹ và xã
#: Tân Phú": the same body of each commune)
_MORE_UNIT_LEVELLED = re.compile(
    rf"(?:,|[ \t]và)[ \t](xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố)[ \t]({_LOCAL_NAME})"
)


def _more_unit_with_level(text: str, end: int, level: str) -> re.Match[str] | None:
    """The next item of a list after ``end`` written with the head's own level word, the name as group 1's stand-in (a
    match of the name alone, so the caller reads it as a bare item)."""
    m = _MORE_UNIT_LEVELLED.match(text, end)
    if m is None or m.group(1) != level:
        return None
    return _ITEM_AT.match(text, m.start(2) - 1)


#: one item's name after the blank before it (group 1), for _more_unit_with_level
_ITEM_AT = re.compile(rf"[ \t]({_LOCAL_NAME})")


def _more_units(name: str, text: str, end: int) -> list[str]:
    """The same body of the next units of a list, when the gazetteer knows each at the unit's tier ("UBND xã Ea Bông,
    Bình Hòa" names the UBND xã Bình Hòa; "UBND xã Tân Bình, Nguyễn Văn A" names no other)."""
    head = _named_body_head(name)
    if head is None:
        return []
    last = head.rsplit(" ", 1)[-1]
    level = LOCAL_COMMITTEE_LEVELS.get(" ".join(head.split()[-2:]), last)
    if head.endswith("Tỉnh ủy"):  # "Ban Thường vụ Tỉnh ủy Tây Ninh, Tuyên Quang": the next province's committee
        level = "tỉnh"
    if level not in ("xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "thành phố", "tỉnh"):
        return []
    known = _PROVINCE_KEYS if level == "tỉnh" else tier_names(level)
    found = []
    while (item := _MORE_UNIT.match(text, end) or _more_unit_with_level(text, end, level)) is not None:
        unit = item.group(1)
        if key_of(unit) not in known or (level != "tỉnh" and key_of(unit) in _PROVINCE_KEYS):
            break
        found.append(f"{head} {unit}")
        end = item.end()
    return found


#: the province at the end of the next title of one person's list, which his committee shares: "Bí thư Tỉnh ủy, Chủ
#: tịch HĐND tỉnh Nghệ An", "Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Quảng Trị" (only there: the list's next item is
#: another person's)
_PROVINCE_OF_NEXT_TITLE = re.compile(
    r",[ \t]+(?:Phó[ \t]+)?(?:Chủ tịch|Trưởng [Đđ]oàn)[ \t]+(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|ĐBQH"
    rf"|[Đđ]ại biểu Quốc hội)[ \t]+tỉnh[ \t]+({_PROVINCE_ALT})(?![\w])"
)


def extract_organizations(doc: Doc) -> list[Organization]:
    found: dict[str, Organization] = {}
    matches: Iterable[re.Match[str]] = _PATTERN.finditer(doc.match)
    if "phòng " in doc.match and (
        offices := [
            m
            for m in _LOWER_OFFICE.finditer(doc.match)
            if not _NOT_AN_OFFICE_BEFORE.search(doc.match, max(0, m.start() - 6), m.start())
        ]
    ):
        matches = heapq.merge(matches, offices, key=lambda m: m.start())
    delegations = []
    for m in matches:
        name = _clean(doc.match[m.start() : m.end()])
        if key_of(name) in _NOT_ORGS or len(name) < 3:
            continue
        if name[0] in "Đđ" and name.startswith(("Đoàn ", "đoàn ")) and " của " in name:
            delegations.append(m)
        before = doc.match[max(0, m.start() - 60) : m.start()]
        party_start = m.start()
        if (
            before.endswith(("bộ ", "ủy ", "uỷ ", "quan "))
            and (party := _PARTY_OF_UNIT.search(before))
            and _UNIT_BODY.match(name)
        ):
            # "Đảng bộ UBND tỉnh X", "Bí thư Đảng ủy Đoàn đại biểu Quốc hội và HĐND tỉnh X": the unit's Party
            # organization is the body named (GOLD_FORMAT: Party organizations of units)
            name, party_start = f"{party.group(1)} {name}", m.start() - len(party.group(0))
            before = doc.match[max(0, party_start - 60) : party_start]
        if name.startswith("Chính phủ") and _PRIME_MINISTER_BEFORE.search(before):
            continue  # "Thủ tướng Chính phủ" is a post, not the Government
        if _CONGRESS_BEFORE.search(before) and party_start == m.start():
            # (the Party organization of a unit is a body even in its congress's name: "Đại hội đại biểu Đảng bộ UBND
            # tỉnh X" names Đảng bộ UBND tỉnh X, no other mention may)
            continue
        if _VENUE_BEFORE.search(before, max(0, len(before.rstrip()) - _VENUE_REACH)):
            continue  # "tại hội trường Đảng ủy xã X": a venue (GOLD_FORMAT: a place named only as a venue is no body)
        if _BARE_COMMITTEE.fullmatch(name) and _PLURAL_BEFORE.search(before):
            continue
        if name.startswith(("Sở ", "Bộ ")) and ", " in name and (departments := _listed_departments(name)):
            for department in departments:  # "các Sở Nội vụ, Tài chính, Xây dựng": one department per item
                found.setdefault(identity(department), Organization(department))
            continue
        if name in _BARE_LIST_HEADS and (
            doc.match.startswith(" các ", m.end()) or _COUNTED_UNITS.match(doc.match, m.end())
        ):
            continue  # "Hội Nông dân các huyện A, B": a list's head, one body per unit (read below), or "các cấp"
        if name in ("Tỉnh ủy", "Tỉnh uỷ") and (
            province := _PROVINCE_OF_NEXT_TITLE.match(doc.match, m.end())
        ):  # "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An": the committee of the province his next title names
            name = f"{name} {province.group(1)}"
        start = party_start
        wrapped = False
        # (a name read other than it is written gets no span: "UVTV Tỉnh ủy", "Ủy viên Trung ương", "UBKT T.Ư")
        read_as = name == "Trung ương Đảng" or (
            name.endswith(" Trung ương") and name.startswith(("UBKT", "Ủy ban Kiểm"))
        )
        short_board = doc.match.startswith(_STANDING_BOARD_SHORT, start) or (
            read_as and doc.match[start : start + len(name)].lower() != name.lower()
        )
        if name.startswith(("Sở ", "Bộ ")) and (first := name[3:]) in _WRAPPED_HALVES:
            tail = _WRAPPED_TAIL.match(doc.match, m.end())
            if tail and tail.group(1) == _WRAPPED_HALVES[first]:
                name, wrapped = f"{name} - {tail.group(1)}", True  # no span reads the name over its line break
        if doc.match.endswith(("Chi bộ ", "chi bộ "), 0, start):  # "Chi bộ Phòng Tài nguyên và Môi trường huyện X":
            name, start = f"Chi bộ {name}", start - 7  # the unit's Party cell is the body named
        after = doc.match[m.end() : m.end() + 1]
        if after == "," or (after == " " and doc.match.startswith("và ", m.end() + 1)):
            for more in _more_units(name, doc.match, m.end()):  # "UBND xã Ea Bông, Bình Hòa": "UBND xã Bình Hòa"
                more_key = identity(more)
                if (
                    (other := found.get(more_key)) is not None
                    and (here := _province_at_end(more))
                    and (_province_at_end(other.name) != here)
                ):  # ("Tỉnh ủy Tây Ninh, Tuyên Quang": one body per province, as below)
                    more_key = f"{more_key}|{tone_key(here)}"
                found.setdefault(more_key, Organization(more))
        key = identity(name)
        org = found.get(key)
        if org is not None and (there := _province_at_end(org.name)) and (here := _province_at_end(name)) != there:
            # "Tỉnh ủy Lai Châu" and "Tỉnh ủy Điện Biên": one body per province named ("Tỉnh ủy" stays the first's)
            key = f"{key}|{tone_key(here)}" if here else key
            org = found.get(key)
        if org is None:
            org = found[key] = Organization(name)
        elif len(name) > len(org.name):
            org.name = name  # the fullest form in the text is the name
        # a span reads the name (not "X (XX) Y", nor one wrapped over a line)
        # (nor "UVTV Tỉnh ủy" read as "Ban Thường vụ Tỉnh ủy": the name is not what is written)
        if not wrapped and not _BRACKETED.search(doc.match, m.start(), m.end()) and not short_board:
            # (a name shortened by _clean, "Đoàn đại biểu Quốc hội đơn vị tỉnh X", is read over its written words)
            same = doc.match[start : start + len(name)].lower() == name.lower()
            org.mentions.append(doc.span(start, start + len(name) if same else m.end()))
    for d in delegations:  # "Đoàn kiểm tra số 23 của Bộ Chính trị, Ban Bí thư": its issuers are bodies the text names
        for m in _PATTERN.finditer(doc.match, doc.match.find(" của ", d.start(), d.end()) + 5, d.end()):
            name = _clean(doc.match[m.start() : m.end()])
            found.setdefault(identity(name), Organization(name)).mentions.append(doc.span(m.start(), m.end()))
    for name, start, end in steering_committees(doc):
        org = found.setdefault(identity(name), Organization(name))
        if ", " in name:  # "Đoàn công tác của Tỉnh ủy" read by a pattern where the delegation's owners are a list
            for key in [k for k, o in found.items() if o is not org and name.startswith(f"{o.name}, ")]:
                if any(span.start == start for span in found[key].mentions):
                    del found[key]
        if "(" not in doc.match[start:end]:  # (no span reads a name written with abbreviations in brackets)
            org.mentions.append(doc.span(start, end))
    for name, _, _ in shared_head_items(doc):  # no span reads "UBND huyện Hương Sơn": the relations find the items
        key = identity(name)
        if (here := _province_at_end(name)) and (other := found.get(key)) and _province_at_end(other.name) != here:
            key = f"{key}|{tone_key(here)}"  # "Ban Thường vụ Tỉnh ủy các tỉnh: A, B": one body per province
        found.setdefault(key, Organization(name))
    for name in shared_tail_items(doc.match) if "," in doc.match else ():  # "Đảng ủy, HĐND, UBND phường X"
        found.setdefault(identity(name), Organization(name))
    for name in committee_boards(doc.match) if "ủy" in doc.match else ():  # "Ban Tổ chức, Văn phòng Tỉnh ủy"
        found.setdefault(identity(name), Organization(name))
    for name in commands_committees(doc.match) if "Đảng ủy, " in doc.match else ():  # "Đảng ủy, Bộ Tư lệnh ..."
        found.setdefault(identity(name), Organization(name))
    if " (" in doc.match:
        _merge_bracketed_abbreviations(found, doc.match)
    _merge_bare_heads(found)
    _merge_bare_names(found)
    _merge_teams_named_with_owner(found)
    return list(found.values())


#: an abbreviation defined in brackets after the words it stands for: "Hội Liên hiệp Phụ nữ (LHPN) tỉnh", "Đảng ủy Khối
#: Cơ quan-Doanh nghiệp (CQ-DN) tỉnh" (read from the bracket: the engine skips to each " (" fast)
_ABBREVIATION_DEFINED = re.compile(r" \(([A-ZĐ][A-ZĐ&-]{1,7})\)")
_WORD_PARTS = re.compile(r"[\w]+")


def _abbreviations(text: str) -> dict[str, str]:
    """The abbreviations a text defines in brackets -> the words they stand for, when its letters are the initials of
    the words right before the bracket ("LHPN" -> "Liên hiệp Phụ nữ", "CQ-DN" -> "Cơ quan-Doanh nghiệp")."""
    found: dict[str, str] = {}
    for m in _ABBREVIATION_DEFINED.finditer(text):
        letters = [c for c in m.group(1) if c.isalpha()]
        words = list(_WORD_PARTS.finditer(text, max(0, m.start() - 80), m.start()))
        if len(words) < len(letters) or len(letters) < 2:
            continue
        last = words[-len(letters) :]
        if [w.group(0)[0].casefold() for w in last] == [c.casefold() for c in letters]:
            found[m.group(1)] = text[last[0].start() : m.start()]
    return found


def _merge_bracketed_abbreviations(found: dict[str, Organization], text: str) -> None:
    """ "Hội LHPN tỉnh" in a text that wrote "Hội Liên hiệp Phụ nữ (LHPN) tỉnh" is that body: merged into its full
    name (GOLD_FORMAT: the fullest form in the text is the name)."""
    for abbreviation, words in _abbreviations(text).items():
        for key in [k for k, org in found.items() if f" {abbreviation} " in f" {org.name} "]:
            full = identity(f" {found[key].name} ".replace(f" {abbreviation} ", f" {words} ").strip())
            if full != key and full in found:
                short = found.pop(key)
                found[full].mentions = sorted([*found[full].mentions, *short.mentions], key=lambda span: span.start)


#: bare names that a text writes again after naming the body in full: a mass organization's ("Hội Nông dân" after "Hội
#: Nông dân tỉnh"), a bloc's committee ("Ban Thường vụ Đảng ủy Khối" after "... Khối Doanh nghiệp tỉnh")
_BARE_HEADS = frozenset(name for name in MASS_ORGANIZATIONS if name[0].isupper())


def _merge_bare_heads(found: dict[str, Organization]) -> None:
    """A bare mass organization or bloc committee is the one body the text names in full with it, when only one."""
    for key in [k for k, org in found.items() if org.name in _BARE_HEADS or org.name.endswith(" Khối")]:
        bare = found[key].name
        fuller = [k for k, org in found.items() if org.name.startswith(f"{bare} ")]
        if len(fuller) == 1:
            short = found.pop(key)
            found[fuller[0]].mentions = sorted([*found[fuller[0]].mentions, *short.mentions], key=lambda s: s.start)


#: departments listed after one "Sở" or "Bộ", read by the body patterns as one name: "Sở Nội vụ, Tài chính, Xây
#: dựng", "Sở Y tế, Giáo dục và Đào tạo tỉnh X" (every item a known department, the longest first: "Văn hóa, Thể thao
#: và Du lịch" is one)
_KNOWN_DEPARTMENTS = "|".join(map(re.escape, sorted(DEPARTMENTS, key=len, reverse=True)))
_DEPARTMENT_LIST = re.compile(
    rf"(Sở|Bộ) ((?:{_KNOWN_DEPARTMENTS})(?:(?:, | và )(?:{_KNOWN_DEPARTMENTS}))+)"
    rf"( (?:tỉnh|thành phố)(?: (?:{_PROVINCE_ALT}))?)?"
)
_KNOWN_DEPARTMENT_AT = re.compile(rf"(?:{_KNOWN_DEPARTMENTS})(?![\w])")


@functools.lru_cache(maxsize=1024)
def _listed_departments(name: str) -> list[str]:
    """The departments a name lists after one head ("Sở Nội vụ, Tài chính" -> "Sở Nội vụ", "Sở Tài chính"), each
    with the province after the last; none when the name is one department or lists anything else."""
    m = _DEPARTMENT_LIST.fullmatch(name)
    if m is None:
        return []
    tail = m.group(3) or ""
    return [f"{m.group(1)} {d.group(0)}{tail}" for d in _KNOWN_DEPARTMENT_AT.finditer(m.group(2))]


def _merge_teams_named_with_owner(found: dict[str, Organization]) -> None:
    """ "Đoàn kiểm tra, giám sát số 15" and "Đoàn kiểm tra, giám sát số 15 của Bộ Chính trị, Ban Bí thư" in one text
    are one team, named in full (a numbered team named again without the body that sent it)."""
    teams = {key: org for key, org in found.items() if org.name.startswith("Đoàn ")}
    for key, org in teams.items():
        fuller = [o for o in teams.values() if o is not org and o.name.startswith(org.name + " của ")]
        if len(fuller) == 1 and _NUMBERED_TEAM.search(org.name):
            found.pop(key)
            fuller[0].mentions = sorted([*fuller[0].mentions, *org.mentions], key=lambda span: span.start)


#: a team named with its number last ("Đoàn kiểm tra số 7", "Đoàn công tác số 3")
_NUMBERED_TEAM = re.compile(r"\ssố\s+\d+$")


_LEVELS = "tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu"
#: a list that shares its head (GOLD_FORMAT: one body per item): "UBND các huyện: Hương Sơn, Hương Khê và Vũ Quang",
#: "UBND các huyện, thị xã: A, B", "các Sở: Tài chính, Xây dựng"; the first item's mention starts at the head
#: (the heads from lexicon.SHARED_HEAD_BODIES: "Hội Nông dân các huyện: A, B", "Đảng bộ các phường A, B")
_SHARED_HEADS = f"(?:{'|'.join(map(re.escape, sorted(SHARED_HEAD_BODIES, key=len, reverse=True)))})"
#: (the board of each unit's body before the head: "Ủy ban Kiểm tra Đảng ủy các xã: A, B", lexicon.SHARED_HEAD_BOARDS)
_SHARED_BOARDS = f"(?:{'|'.join(map(re.escape, sorted(SHARED_HEAD_BOARDS, key=len, reverse=True)))})"
_SHARED_HEAD = WordPattern(
    rf"(?=[{first_letters(_SHARED_HEADS)}{first_letters(_SHARED_BOARDS)}c])"
    rf"(?:(?P<board>{_SHARED_BOARDS}) (?=\S+ \S+ các ))?(?P<head>{_SHARED_HEADS})"
    rf" (?:(?P<cac>các)|\d{{1,2}}) "  # "UBND các huyện: A, B", "UBND 9 huyện: A, B"
    # (with no colon after "các" when a name follows: "UBND các xã Tây Phú, Bình Tân tập trung ...")
    rf"(?P<level>{_LEVELS})(?:\s*,\s*(?:{_LEVELS}))*(?:\s*:\s*|(?(cac) (?=[A-ZĐ])|(?!)))"
    # ("các sở như Nội vụ, Tư pháp, ...", "các sở gồm: A, B": the list introduced by a word, not a colon)
    rf"|(?P<dept>[Cc]ác [Ss]ở|[Cc]ác [Bb]ộ)(?:\s*:\s*|\s+(?:như|gồm)(?:\s*:)?\s+)",
    needs=(":", "các"),
)
#: "Ban Thường vụ huyện ủy: Tân Châu, Tân Biên": a committee's board of each unit of a list (the committee's level in
#: lower case, as lists write it)
_SHARED_BOARD = WordPattern(
    r"(?P<board>Ban Thường vụ|Thường trực) (?:các )?(?P<committee>[Hh]uyện ủy|[Tt]hị ủy|[Tt]hành ủy|[Qq]uận ủy)\s*:\s*",
    needs=("ủy:",),
    starts=("Ban Thường vụ", "Thường trực"),
)
_ITEM = re.compile(rf"(?:{_LOCAL_NAME})")
#: an item of a list of units that names its own level ("UBND các huyện A, B và thành phố C": the city's)
_LEVELLED_ITEM = re.compile(rf"(?P<own>{_LEVELS})[ \t](?={_LOCAL_NAME})")
#: a department of a list: a known name first (its comma inside: "Văn hóa, Thể thao và Du lịch"), else its words; never
#: the next body of another kind ("..., Thanh tra tỉnh và Văn phòng UBND tỉnh": no department)
_DEPT_ITEM = re.compile(
    rf"(?!(?:{_NEXT_BODY})\s)(?:(?:{'|'.join(map(re.escape, sorted(DEPARTMENTS, key=len, reverse=True)))})(?![\w])"
    rf"|[{UPPER}][{LOWER}]+{_LOWER_RUN}(?:\s(?:và\s)?[{UPPER}][{LOWER}]*{_LOWER_RUN}){{0,4}})"
)
_ITEM_JOIN = re.compile(r"\s*(?:,|;|và)\s*")
_DEPT_JOIN = re.compile(r"\s*(?:,|và)\s*")  # a ";" ends a list of departments ("các sở: A, B; UBND huyện ...")


#: a steering committee, editorial team or working delegation named by its task ("Ban Chỉ đạo phát triển khoa học,
#: công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh", "Ban Chỉ đạo Cuộc vận động “...” tỉnh", "Tổ Biên tập dự thảo
#: Báo cáo chính trị trình Đại hội ... nhiệm kỳ 2025 - 2030", "Đoàn công tác Trung ương"): its words run to the first
#: verb, punctuation other than an enumerating comma, or a quoted name's end
#: ("Ban chỉ đạo" as often written; "Tiểu ban Tổ chức phục vụ Đại hội ...")
#: ("BCĐ sắp xếp đơn vị hành chính cấp xã": a steering committee abbreviated, its name kept as written)
#: ("Tổ Công tác số 2 của Bộ Chính trị": its second word capitalised, as some outlets write it)
_STEERING = WordPattern(r"(?:Ban [Cc]hỉ đạo|BCĐ|Tổ Biên tập|Đoàn [Cc]ông tác|Tổ [Cc]ông tác|Tiểu ban)(?=[ ,])")
#: the verbs (first syllables) that end a steering committee's name
_STEERING_STOPS = (
    # "tổ chức" holds a meeting or carries out ("tổ chức hội nghị", "tổ chức thực hiện"); "mô hình tổ chức chính
    # quyền", "tổ chức lại đơn vị hành chính" are the task's own words
    r"là|đã|có|được|sẽ|đang|cần|phải|tổ chức(?=\s(?:[Hh]ội|[Ll]ễ|[Pp]hiên|[Kk]ỳ|[Cc]uộc|[Bb]uổi|[Tt]ọa|thực hiện"
    # ("tham" opens a verb, "tham dự", "tham mưu"; "phòng, chống tham nhũng" is the task's; "báo cáo" a verb, "Hội
    # Nhà báo" a name)
    # ("Tiểu ban Văn kiện ... tổ chức họp cho ý kiến")
    r"|triển khai|kiểm tra|đoàn|các|họp))|theo|chủ|do|giao|nghe|thống|thông(?=\s+báo)|lồng|họp|báo(?=\s+cáo)"
    r"|tham(?!\s+nhũng)|yêu|đề nghị"
    "|đề xuất|cho|ban hành|tiếp|phối|gồm|khảo sát|thảo luận|bỏ phiếu|xem xét|biểu quyết|triển khai|ngày"
    "|trong|tại|với|để|cùng|khẩn|rà|hướng|kiểm|làm|đôn|nhấn|khẳng|chỉ|biết|nêu|đánh|kết|quán|trao|tiến hành|còn"
    "|chuẩn bị|hoàn|gửi|thực hiện|dự(?! thảo)|đến|về dự"
    # an adverb before its verb: "Đoàn công tác cũng sẽ làm việc với ...", "Tổ công tác đều ..., vừa ...", "Ban Chỉ
    # đạo xã thường xuyên kiểm tra"
    "|cũng|đều|vừa|luôn|tiếp tục|thường xuyên"
    # the next document after its name: "Công văn của Ban Chỉ đạo X tỉnh và Công văn số 88/UBND-TH"
    # (lexicon.LISTED_KINDS and the official letter)
    rf"|và(?=\s+(?:Công văn|{'|'.join(LISTED_KINDS)})\s)"
    # the purpose of its meeting: "cuộc họp của Ban Chỉ đạo nhằm rà soát tiến độ"
    "|nhằm"
    # the verbs of a task given to a committee named bare ("yêu cầu Ban Chỉ đạo đẩy nhanh ..., tăng cường ...")
    "|đẩy|tăng cường|sớm|quyết liệt|bám sát|khắc phục|phấn đấu|nắm|theo dõi|tập trung"
    # its greeting: "Tổ công tác số 9 chúc mừng Đại hội ..."
    "|chúc"
    # the topic of its meeting, not its name: "cuộc họp của Ban Chỉ đạo quốc gia X về công tác ứng phó bão"
    r"|về(?=\s+(?:công tác|việc|tình hình)\s)"
    # the others who work on its task: "Tiểu ban Văn kiện Đại hội và các cấp, các ngành góp ý"
    r"|và(?=\s+các\s)"
)
_STEERING_WORD = re.compile(
    rf"(?:,?\s(?!(?:{_STEERING_STOPS})(?![\w]))"
    # (a dash between two capitalised parts of its name: "Tiểu ban Tuyên truyền – Khánh tiết")
    rf"(?:[{UPPER}{LOWER}\d./-]*[{UPPER}{LOWER}\d]|[-–](?=\s\d)|[-–](?=[ \t][{UPPER}])|[“\"][^”\"\n]{{1,80}}[”\"]))"
)
#: the verb a steering committee's task may start with (elsewhere a verb ends the name)
_STEERING_FIRST = re.compile(r"\s(?:thực hiện|triển khai)(?=\s[^\s])")
_STEERING_CONNECTORS = re.compile(r"(?:\s(?:và|của|về|các|,))+$")
#: an abbreviation in brackets inside a committee's name, no part of it: "Ban Chỉ đạo (BCĐ) về phát triển khoa học,
#: công nghệ (KHCN), đổi mới sáng tạo ..."
_STEERING_ABBREVIATION = re.compile(r" \([A-ZĐ][A-ZĐa-z]{1,7}\)(?=[ ,])")


def steering_committees(doc: Doc) -> list[tuple[str, int, int]]:
    found = []
    for m in _STEERING.finditer(doc.match):
        if _COUNTED_UNITS.match(doc.match, m.end()):
            continue  # "Ban Chỉ đạo 02 xã kiểm tra": the committees of two communes, no one body
        pos, words = m.end(), 0
        if first := _STEERING_FIRST.match(doc.match, pos):  # "Ban Chỉ đạo thực hiện sắp xếp ...": its task's verb
            pos = first.end()
        bracketed = False
        while words < 24:
            if (abbreviation := _STEERING_ABBREVIATION.match(doc.match, pos)) is not None:
                pos, bracketed = abbreviation.end(), True
            if (w := _STEERING_WORD.match(doc.match, pos)) is None:
                break
            if w.group(0).startswith(",") and not re.match(
                # (nor the day after it: "Tiểu ban Văn kiện Đại hội XIV, sáng 14-5, đoàn công tác ...")
                # (nor the guests listed after it: "lãnh đạo các Tiểu ban X, lãnh đạo các sở, ngành liên quan",
                # "..., đại diện các đơn vị")
                r",\s(?!(?:nhiệm|khóa|và|sáng|chiều|tối|trưa|ngày|hôm|lãnh|đại|các|giai)(?![\w]))[a-zđà-ỹ]",
                w.group(0),
            ):
                break  # (the body's term is no part of its name: ", nhiệm kỳ 2020 - 2025"; ", và ..." joins a clause)
            pos, words = w.end(), words + 1
        end = m.end() + len(_STEERING_CONNECTORS.sub("", doc.match[m.end() : pos]))
        if (
            words
            and (of := doc.match.find(" của ", m.end(), end)) != -1
            and "," in doc.match[end : end + 2]
            and (owners := _SHARED_TAIL.regex.match(doc.match, of + 5)) is not None
            and owners.end() > end
        ):
            end = owners.end()  # "Đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh": owners sharing their unit
        if words:
            name = doc.match[m.start() : end]
            if bracketed:  # (no span reads the name without its abbreviations: bracketed_bodies gives where it is)
                name = _STEERING_ABBREVIATION.sub("", name)
            found.append((name.replace("Ban chỉ đạo", "Ban Chỉ đạo", 1), m.start(), end))
    return found


#: bodies that share their unit, named after the last of them (GOLD_FORMAT: one body per item): "lãnh đạo Đảng ủy, HĐND,
#: UBND, UBMTTQ Việt Nam phường Phổ Thạnh", "nguyên lãnh đạo Huyện ủy, HĐND, UBND huyện Vĩnh Tường"
#: (a province's too, "và" before the last: "Tỉnh ủy, HĐND, UBND và Ủy ban MTTQ tỉnh Quảng Bình")
_TAIL_ITEM = (
    r"(?:Đảng ủy|Tỉnh ủy|Huyện ủy|Thành ủy|Thị ủy|Quận ủy|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|UBMTTQ Việt Nam"
    r"|UBMTTQ|Ủy ban MTTQ Việt Nam|Ủy ban MTTQ|Ủy ban Mặt trận Tổ quốc Việt Nam"
    # ("Tỉnh ủy, Đoàn ĐBQH, HĐND, UBND tỉnh": the province's National Assembly delegation)
    r"|Đoàn ĐBQH|Đoàn đại biểu Quốc hội)"
)
_SHARED_TAIL = WordPattern(
    # (not an office of two: "Văn phòng HĐND và UBND xã")
    rf"(?=[ĐHTQUỦ])(?<!Văn phòng )((?:{_TAIL_ITEM}(?:,[ \t]|[ \t]và[ \t])){{1,4}}){_TAIL_ITEM}[ \t](?P<level>{_LEVELS})"
    rf"(?:[ \t](?P<name>{_LOCAL_NAME}))?(?![\w])"  # (or the unit unnamed: "Đảng ủy, HĐND, UBND xã")
)
#: the same list closed by the unit's mass organizations in general ("TT HĐND, UBND, UBMTTQVN, các đoàn thể xã"): each
#: body named is the unit's (the generic plural names none); the council's standing office and the Front also
#: abbreviated
_TAIL_ITEM_MORE = (
    rf"(?:TT HĐND|TT Hội đồng nhân dân|Thường trực HĐND|Thường trực Hội đồng nhân dân|UBMTTQVN|{_TAIL_ITEM})"
)
_TAIL_WITH_PLURAL = WordPattern(
    # ("Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh": the Front's, the plural naming none)
    rf"(?=[ĐHTQUỦ])((?:{_TAIL_ITEM_MORE}(?:,[ \t]|[ \t]và[ \t])){{1,5}})"
    rf"(?:các đoàn thể(?: chính trị - xã hội)?|các tổ chức chính trị - xã hội)"
    rf"[ \t](?P<level>{_LEVELS})(?:[ \t](?P<name>{_LOCAL_NAME}))?(?![\w])"
)
#: two posts of one holder sharing the unit: "Bí thư Đảng ủy, Chủ tịch HĐND phường Hòa Lợi" (the Đảng ủy phường Hòa
#: Lợi's); read from the second post, after its comma (the engine skips from comma to comma fast), the committee
#: looked for before it
_TITLED_TAIL = re.compile(
    rf", (?:Phó )?Chủ tịch (?:HĐND|UBND) (?P<level>{_LEVELS})(?:[ \t](?P<name>{_LOCAL_NAME}))?(?![\w])"
)
_SECRETARY_OF = re.compile(r"Bí thư (Đảng ủy|Huyện ủy|Thành ủy|Thị ủy|Quận ủy)$")
#: a committee's two boards sharing its name: "Ban Thường vụ, Thường trực Tỉnh ủy"
#: (read from its second board, after a comma: the engine skips from comma to comma fast)
_SHARED_COMMITTEE = re.compile(r", (Ban Thường vụ|Thường trực) (Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy)(?![\w])")


#: the boards of a Party committee listed with its name last: "Ban Tổ chức, Ủy ban Kiểm tra và Văn phòng Tỉnh ủy",
#: "Ban Tuyên giáo và Ban Dân vận Huyện ủy X" (each board the committee's; the last one is read by the body patterns);
#: "các Ban, Văn phòng Huyện ủy" names its office only (the generic plural none). Read from a board after a comma or
#: "và" (the engine skips to each fast)
_BOARD = f"(?:{'|'.join(map(re.escape, sorted(COMMITTEE_BOARDS, key=len, reverse=True)))})"
_BOARDS_OF_COMMITTEE = re.compile(
    rf"(?<![\w])((?:{_BOARD}(?:,[ \t]|[ \t]và[ \t])){{1,5}}){_BOARD}[ \t]"
    rf"(?P<committee>Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy)(?:[ \t](?P<place>{_PROVINCE_ONLY}))?"
)
_BOARD_AT = re.compile(_BOARD)


def committee_boards(text: str) -> list[str]:
    """The boards of a committee a list names before its last one, each with the committee's name ("Ban Tổ chức Tỉnh
    ủy" of "Ban Tổ chức, Văn phòng Tỉnh ủy")."""
    names: list[str] = []
    for m in _BOARDS_OF_COMMITTEE.finditer(text):
        committee = m.group("committee") + (f" {m.group('place')}" if m.group("place") else "")
        names.extend(f"{board} {committee}" for board in _BOARD_AT.findall(m.group(1)))
    return names


#: a command's Party committee written before it, sharing its name: "Đảng ủy, Bộ Tư lệnh Quân khu 2" (Đảng ủy Quân khu
#: 2), "Đảng ủy, Bộ Chỉ huy Quân sự tỉnh X" (Đảng ủy Quân sự tỉnh X), "Đảng ủy, Ban Giám đốc Công an tỉnh" (Đảng ủy Công
#: an tỉnh); read from its literal start, which the engine skips to fast
_COMMITTEE_OF_COMMAND = re.compile(
    rf"Đảng ủy, (?:Bộ Tư lệnh (?P<region>Quân khu \d{{1,2}})(?![\w])"
    rf"|Bộ Chỉ huy [Qq]uân sự (?P<military>(?:tỉnh|thành phố)(?: {_PROVINCE_ONLY})?)"
    rf"|Ban Giám đốc Công an (?P<police>(?:tỉnh|thành phố)(?: {_PROVINCE_ONLY})?))"
)


def commands_committees(text: str) -> list[str]:
    """The Party committees of commands written before them ("Đảng ủy, Bộ Tư lệnh Quân khu 2": "Đảng ủy Quân khu 2")."""
    names: list[str] = []
    for m in _COMMITTEE_OF_COMMAND.finditer(text):
        if m.group("region"):
            names.append(f"Đảng ủy {m.group('region')}")
        elif m.group("military"):
            names.append(f"Đảng ủy Quân sự {m.group('military')}")
        else:
            names.append(f"Đảng ủy Công an {m.group('police')}")
    return names


def _item_of(item: str, level: str, place: str | None) -> list[str]:
    """One body of a list sharing its unit, named in full ("HĐND phường Phổ Thạnh"; "Huyện ủy Vĩnh Tường" for a
    district's committee, none for a committee of another level)."""
    if item in COMMITTEE_LEVELS:  # "Huyện ủy, HĐND, UBND huyện Vĩnh Tường": "Huyện ủy Vĩnh Tường"
        return ([f"{item} {place}" if place else item]) if COMMITTEE_LEVELS[item] == level else []
    if item.startswith("Đoàn") and level not in ("tỉnh", "thành phố"):
        return []  # (a National Assembly delegation is a province's only)
    return [f"{item} {level} {place}" if place else f"{item} {level}"]


@functools.lru_cache(maxsize=4)
def shared_tail_items(text: str) -> list[str]:
    """The bodies of a list that shares its unit, each named in full ("Đảng ủy phường Phổ Thạnh", "HĐND phường Phổ
    Thạnh"; "Huyện ủy Vĩnh Tường" for a district's committee), the last one included."""
    names: list[str] = []
    for m in _SHARED_TAIL.finditer(text):
        level, place = m.group("level"), m.group("name")
        for item in re.findall(_TAIL_ITEM, m.group(1)):
            names.extend(_item_of(item, level, place))
            if place and text.startswith((",", " và "), m.end()):
                # "HĐND và UBND xã A, xã B và xã C": each body of every unit of the list (the last body's by itself)
                for first in _item_of(item, level, place):
                    names.extend(_more_units(first, text, m.end()))
    plural = "các đoàn thể" in text or "các tổ chức chính trị" in text
    for m in _TAIL_WITH_PLURAL.finditer(text) if plural else ():  # "..., các đoàn thể xã"
        for item in re.findall(_TAIL_ITEM_MORE, m.group(1)):
            names.extend(_item_of(item, m.group("level"), m.group("name")))
    for m in _TITLED_TAIL.finditer(text) if ", Chủ tịch " in text or ", Phó Chủ tịch " in text else ():
        level, place = m.group("level"), m.group("name")
        if (secretary := _SECRETARY_OF.search(text, max(0, m.start() - 20), m.start())) is None:
            continue
        if place and place.split()[0] in SURNAMES and place.count(" ") >= 2:
            continue  # "phó bí thư Huyện ủy, Chủ tịch UBND huyện Lương Đình Khôi": the holder's name, not the unit's
        if place:  # "Bí thư Đảng ủy, Chủ tịch HĐND phường Hai Bà Trưng Chu Hồng Minh": the ward, then its holder
            place = _place_before_person(place, text, m.end("name"))
        names.extend(_item_of(secretary.group(1), level, place))
    two_boards = ", Thường trực " in text or ", Ban Thường vụ " in text
    for c in _SHARED_COMMITTEE.finditer(text) if two_boards else ():  # "Ban Thường vụ, Thường trực Tỉnh ủy"
        if (first := "Ban Thường vụ" if c.group(1) == "Thường trực" else "Thường trực") and text.endswith(
            first, 0, c.start()
        ):
            names.append(f"{first} {c.group(2)}")
    return names


#: a head counted over units after it: "Ban Thường vụ Hội Nông dân 02 tỉnh X và Y", "Ban Chỉ đạo 02 xã" (no one body)
_COUNTED_UNITS = re.compile(rf" \d{{1,2}} (?:{_LEVELS})(?![\w])")
#: the bare heads a list or a count of units follows: a shared head or a mass organization's name
_BARE_LIST_HEADS = frozenset(SHARED_HEAD_BODIES) | frozenset(name for name in MASS_ORGANIZATIONS if name[0].isupper())
#: a post's first word: a list item that opens with one names a member, not a unit
_TITLE_WORD_FIRST = re.compile(rf"(?:{_TITLE_WORDS})(?![\w])")
#: a body's head word: a later item that opens with one is the next body, not a unit ("Hội Nông dân các huyện A, B;
#: Ban Thường vụ Hội Nông dân tỉnh C")
_NEXT_BODY_FIRST = re.compile(rf"(?:{_NEXT_BODY})(?![\w])")


def _place_before_person(place: str, text: str, end: int) -> str:
    """A unit's name read to four syllables that runs into a person's ("phường Hai Bà Trưng Chu" of "... Chu Hồng
    Minh"): the syllables before the surname that opens the person's name, when the capitalised words that follow
    make it two to four syllables."""
    more = _MORE_CAPITALS.match(text, end)
    words = place.split() + (more.group(0).split() if more else [])
    if len(words) <= len(place.split()):
        return place
    for i in range(1, len(place.split())):
        if words[i] in SURNAMES and 2 <= len(words) - i <= 4:
            return " ".join(words[:i])
    return place


_MORE_CAPITALS = re.compile(rf"(?:[ \t][{UPPER}][{LOWER}]*){{1,3}}(?![\w])")


def shared_head_items(doc: Doc) -> list[tuple[str, int, int]]:
    """One body per item of a list that shares its head, with where each is named (read once per text)."""
    return _shared_head_items(doc.match)


@functools.lru_cache(maxsize=4)
def _shared_head_items(text: str) -> list[tuple[str, int, int]]:
    items: list[tuple[str, int, int]] = []
    matches: Iterable[re.Match[str]] = _SHARED_HEAD.finditer(text)
    if boards := list(_SHARED_BOARD.finditer(text)):
        matches = heapq.merge(matches, boards, key=lambda m: m.start())
    for m in matches:
        if m.re is _SHARED_BOARD.regex:
            head, item_re = f"{m.group('board')} {m.group('committee').capitalize()}", _ITEM
        elif m.group("dept"):
            head, item_re = ("Sở" if m.group("dept")[-2:].lower() == "sở" else "Bộ"), _DEPT_ITEM
        else:
            board = f"{m.group('board')} " if m.group("board") else ""
            head, item_re = f"{board}{m.group('head')} {m.group('level')}", _ITEM
            if m.group("head") == "Tỉnh ủy" and m.group("level") == "tỉnh":
                head = f"{board}Tỉnh ủy"  # "Ban Thường vụ Tỉnh ủy các tỉnh: A, B": "Ban Thường vụ Tỉnh ủy A"
        pos, first, own_levels = m.end(), True, False
        found: list[tuple[str, int, int]] = []
        units = m.re is _SHARED_HEAD.regex and not m.group("dept")
        while True:
            own = _LEVELLED_ITEM.match(text, pos) if units and not first else None
            if (item := item_re.match(text, own.end() if own else pos)) is None:
                break
            if _TITLE_WORD_FIRST.match(item.group(0)) or (not first and _NEXT_BODY_FIRST.match(item.group(0))):
                break  # "các Ủy viên Ban Thường vụ Thành ủy: Phó Chủ tịch ...": the members' posts, not units
            if text.startswith(" ủy", item.end()):
                break  # "..., Dương Minh Châu và Thành ủy Thành phố X": the next body, not a unit of the list
            name = f"{head} {item.group(0)}"
            if own:  # "Hội Nông dân các huyện A, B và thành phố C": the city's body
                name, own_levels = f"{m.group('head')} {own.group('own')} {item.group(0)}", True
            found.append((name, m.start() if first else (own or item).start(), item.end()))
            first = False
            joins = _DEPT_JOIN if m.re is _SHARED_HEAD.regex and m.group("dept") else _ITEM_JOIN
            join = joins.match(text, item.end())
            if join is None:
                break
            pos = join.end()
        if units and not own_levels:
            found = _levels_in_order(found, m)
        items.extend(found)
    return items


_LEVEL_WORD = re.compile(rf"(?<![\w])(?:{_LEVELS})(?![\w])")


def _levels_in_order(found: list[tuple[str, int, int]], head: re.Match[str]) -> list[tuple[str, int, int]]:
    """A list headed by as many level words as it has items gives each item its own, in order: "UBND các xã, phường:
    A, B" is UBND xã A and UBND phường B (with more items than level words, the first level is each one's)."""
    levels = _LEVEL_WORD.findall(head.group(0), head.start("level") - head.start())
    if len(levels) < 2 or len(levels) != len(found):
        return found
    body, first = head.group("head"), head.group("level")
    prefix = f"{body} {first} "
    return [
        (f"{body} {level} {name[len(prefix) :]}", start, end)
        for level, (name, start, end) in zip(levels, found, strict=True)
    ]


#: a body named after its place ("Ban Thường vụ Huyện ủy Cẩm Xuyên", "UBND huyện Kỳ Anh") and its bare name
_NAMED_BODY = re.compile(
    rf"(.*(?:ủy|Đảng bộ|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)"
    # ("Đảng ủy Phường Bến Thành", as Saigon writes it: the level word capitalised)
    rf"(?:\s(?:tỉnh|thành phố|huyện|thị xã|quận|xã|[Pp]hường|đặc khu|thị trấn|TP(?=\.)))?)"
    rf"(?:\s(?:Thành phố|Thị xã|TP\.?|TX\.?))?"  # "Thành ủy Thành phố Tây Ninh", "Thành ủy TP Vinh": the Thành ủy's
    rf"(?:\s|\.\s?)[{UPPER}][{LOWER}]*(?:\s[{UPPER}][{LOWER}]*)*"  # ("UBND TP.Đà Nẵng": the bare "UBND TP")
    # a department of a (named) province: "Sở Nội vụ tỉnh Tây Ninh", "Sở Nội vụ thành phố" (the bare "Sở Nội vụ" is
    # the same)
    rf"|((?:Sở|Bộ) .+?)\s(?:tỉnh|thành phố)(?:\s(?:{_PROVINCE_ALT}))?"
)


@functools.lru_cache(maxsize=4096)
def _named_body_head(name: str) -> str | None:
    """The body a name gives with its place ("Ban Thường vụ Huyện ủy" of "Ban Thường vụ Huyện ủy Cẩm Xuyên")."""
    m = _NAMED_BODY.fullmatch(name)
    if m and m.group(1) and m.group(1).endswith("Đảng bộ") and (level := _CAPITAL_LEVEL.match(name, m.end(1))):
        return f"{m.group(1)} {level.group(1).lower()}"  # "Ban chấp hành Đảng bộ Thị xã Sơn Tây": "... Đảng bộ thị xã"
    return (m.group(1) or m.group(2)) if m else None


#: a town's or a district's level word capitalised after "Đảng bộ" ("Đảng bộ Thị xã Sơn Tây", "Đảng bộ Quận Ba Đình")
_CAPITAL_LEVEL = re.compile(r" (Thị xã|Thành phố|Quận|Huyện) ")


def _merge_bare_names(found: dict[str, Organization]) -> None:
    """ "Ban Thường vụ Huyện ủy" and "Ban Thường vụ Huyện ủy Cẩm Xuyên" in one text are one body, named
    in full, when the text names only one place with it (two named ones stay apart, and so does the bare one)."""
    named: dict[str, list[str]] = {}
    for key, org in found.items():
        if head := _named_body_head(org.name):
            named.setdefault(identity(head), []).append(key)
    for bare_key, keys in named.items():
        if len(keys) == 1 and bare_key in found and bare_key != keys[0]:
            bare = found.pop(bare_key)
            full = found[keys[0]]
            full.mentions = sorted([*full.mentions, *bare.mentions], key=lambda span: span.start)


#: a body named with its level word or its committee last ("UBND huyện", "Đảng ủy xã", "Ban Thường vụ Huyện ủy"): the
#: unit's name may follow
_LEVEL_LAST = re.compile(
    r"\s(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu|(?:Tỉnh|Thành|Huyện|Thị|Quận) ủy)$"
)
#: a body named with a local unit's level word and the first syllables of its name ("Đảng bộ xã Tân Hưng" of "Đảng bộ
#: xã Tân Hưng Lâm Hà": the body's pattern stops before a syllable that may open a person's name, a surname)
_UNIT_PART_LAST = re.compile(
    rf"\s(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)\s([{UPPER}][{LOWER}]*(?:\s[{UPPER}][{LOWER}]*){{0,2}})$"
)
#: a Party committee with its unit's name, inside a longer body's name ("Ban Thường vụ Huyện ủy Bảo Yên")
_COMMITTEE_INSIDE = re.compile(
    rf"\s((?:Tỉnh|Thành|Huyện|Thị|Quận) ủy)\s([{UPPER}][{LOWER}]*(?:\s[{UPPER}][{LOWER}]*){{0,3}})$"
)


@functools.lru_cache(maxsize=4096)
def _level_last(name: str) -> str | None:
    """The level of the unit a body's name ends before ("UBND huyện", "Ban Thường vụ Huyện ủy": "huyện")."""
    m = _LEVEL_LAST.search(name)
    return COMMITTEE_LEVELS.get(m.group(1), m.group(1)) if m else None


@functools.lru_cache(maxsize=4096)
def _committee_inside(name: str) -> tuple[str, str] | None:
    """The Party committee and its unit inside a body's name ("Ban Thường vụ Huyện ủy Bảo Yên" -> Huyện ủy, Bảo Yên)."""
    m = _COMMITTEE_INSIDE.search(name)
    return (m.group(1), m.group(2)) if m else None


def with_units(doc: Doc, organizations: list[Organization], localities: list[Locality]) -> list[Organization]:
    """Bodies completed with their units, from what the localities read (with the gazetteer's names):

    * a body named with its level word or committee whose unit's name its pattern could not tell from a person's ("UBND
      huyện Trần Văn Thời": three syllables from a surname; "Đảng ủy xã A Mú Sung") is that unit's, when the text
      names the unit right after it at that level, there or elsewhere ("huyện Trần Văn Thời");
    * a bare committee ("Bí thư Huyện ủy") is the one of the unit the text names it with, when it names one only
      ("Ban Thường vụ Huyện ủy Bảo Yên": the Huyện ủy Bảo Yên; GOLD_FORMAT: the fullest form in the text).
    """
    units_at = {span.start: (loc, span.end) for loc in localities for span in loc.mentions}
    named: dict[str | None, list[str]] = {}  # the units' names by level, longest first
    for loc in sorted(localities, key=lambda loc: -len(loc.name)):
        named.setdefault(loc.level, []).append(loc.name)

    def unit_after(end: int, level: str) -> int | None:
        """Where the name of a unit of ``level`` the text names ends, when it follows ``end`` after a space."""
        if not doc.match.startswith(" ", end):
            return None
        if (unit := units_at.get(end + 1)) is not None:
            return unit[1] if unit[0].level == level else None
        for name in named.get(level, ()):
            stop = end + 1 + len(name)
            if doc.match.startswith(name, end + 1) and not doc.match[stop : stop + 1].isalnum():
                return stop
        return None

    def unit_goes_on(end: int, name: str) -> int | None:
        """Where the unit a body's name ends inside goes on to, when the localities read it longer there ("Đảng bộ xã
        Tân Hưng" before " Lâm Hà": the commune Tân Hưng Lâm Hà)."""
        part = _UNIT_PART_LAST.search(name)
        if part is None or not doc.match.startswith(" ", end):
            return None
        unit = units_at.get(end - len(part.group(2)))
        if unit is None or unit[0].level != part.group(1) or unit[1] <= end:
            return None
        return unit[1] if doc.match[end : unit[1]].replace(" ", "").isalpha() else None

    found: dict[str, Organization] = {}
    for i, org in enumerate(organizations):
        level = _level_last(org.name)
        key = identity(org.name)
        # (the body a unit's name was completed into, named again in full, is that one: merged below)
        same = key in found and found[key].name == org.name
        key = key if key not in found or same else f"{key}|{i}"  # one body of two provinces stays two
        rest = []
        for span in org.mentions:
            end = unit_after(span.end, level) if level else unit_goes_on(span.end, org.name)
            if end is None:
                rest.append(span)
                continue
            name = f"{org.name} {doc.match[span.end + 1 : end]}"
            found.setdefault(identity(name), Organization(name)).mentions.append(doc.span(span.start, end))
        if same:
            found[key].mentions = sorted([*found[key].mentions, *rest], key=lambda span: span.start)
        elif rest or not org.mentions:
            org.mentions = rest
            found[key] = org
    committees: dict[str, set[str]] = {}
    for org in found.values():
        if inside := _committee_inside(org.name):
            committees.setdefault(inside[0], set()).add(inside[1])
    for committee, units in committees.items():
        bare = found.get(identity(committee))
        if bare is None or len(units) != 1 or bare.name != committee:
            continue
        del found[identity(committee)]
        name = f"{committee} {units.pop()}"
        full = found.setdefault(identity(name), Organization(name))
        full.mentions = sorted([*full.mentions, *bare.mentions], key=lambda span: span.start)
    _merge_bare_names(found)
    return list(found.values())


#: a body named with a local unit's level word and a two-syllable name ("Đảng ủy phường Nguyễn Dũng")
_UNIT_OF_TWO = re.compile(
    rf"^(.*\s(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã))\s([{UPPER}][{LOWER}]*\s[{UPPER}][{LOWER}]*)$"
)


def without_people(organizations: list[Organization], officials: list[Official]) -> list[Organization]:
    """Bodies whose unit's name is an official's ("Phó Bí thư Thường trực Đảng ủy phường Nguyễn Dũng": the ward's
    committee, then its deputy secretary's name) named by their level word alone; a bare name the text also gives with
    one unit is that unit's body (as :func:`with_units` merges them)."""
    names = {key_of(o.name) for o in officials if o.name.count(" ") == 1}
    if not names:
        return organizations
    found: dict[str, Organization] = {}
    changed = False
    for org in organizations:
        m = _UNIT_OF_TWO.match(org.name)
        if m and key_of(m.group(2)) in names:
            bare = found.setdefault(identity(m.group(1)), Organization(m.group(1)))
            bare.mentions.extend(org.mentions)
            changed = True
            continue
        key = identity(org.name)
        if key in found and found[key].name == org.name:
            found[key].mentions.extend(org.mentions)
        else:
            found[key if key not in found else f"{key}|{len(found)}"] = org
    if not changed:
        return organizations
    _merge_bare_names(found)
    return list(found.values())


def province_of_name(name: str) -> str | None:
    """The province a body's name ends with ("Tỉnh ủy Nghệ An" -> "Nghệ An")."""
    m = _BAD_TAIL.search(name)
    return m.group(0).strip() if m else None

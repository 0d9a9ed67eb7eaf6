"""Localities: administrative units with their level word, province names alone, and regions.

"huyện Anh Sơn", "TP Vinh", "thị xã Thái Hòa", "xã Khai Sơn", "tỉnh Nghệ An", "vùng Bắc Trung
Bộ"; a province named without a level word ("Nghệ An") is a tỉnh. Collective phrases ("các
huyện, thành, thị", "cấp huyện") are not localities. Names inside bodies ("Huyện ủy Tân Kỳ",
"UBND huyện Anh Sơn") count, as the gold format says localities named inside a name do. Lists share their
level word ("các huyện, thị xã: A, B", "đi qua 5 xã: A, B"), "liên xã A - B" is two communes, and districts
and cities the gazetteer knows in the provinces the article names count without a level word when they stand
alone ("ở Quỳnh Lưu, Diễn Châu"). A person's name after a title is no unit ("Chủ tịch UBND huyện Trần Văn A").
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Iterable, Iterator

from kernel.text import fold, unify_tones
from loaders.extract.lexicon import (
    CENTRAL_CITIES,
    COMMUNE_LEVELS,
    LIST_OPENERS,
    LOCAL_COMMITTEE_LEVELS,
    LOWER,
    PAPER_CODES,
    PROVINCE_BY_KEY,
    PROVINCE_VARIANTS,
    PROVINCES,
    REGIONS,
    SURNAMES,
    UPPER,
)
from loaders.extract.model import Locality
from loaders.extract.ordered import Spans
from loaders.extract.text import AnyCase, Doc, WordPattern, grouped_words, key_of, word_tree

#: a syllable of a unit's name: capitalised ("Cư M'gar", "Ia R’vê"), a number ("Phường 12") or a roman numeral
#: ("phường An Hải III", "Phường V"; tried last: only where a capitalised syllable cannot end the name)
_SYL = rf"(?:[{UPPER}][{LOWER}]*(?:['’][{UPPER}]?[{LOWER}]+)?|\d{{1,2}}|(?:I{{1,3}}|IV|VI{{0,3}}|IX|XI{{0,3}})(?![\w]))"
#: (never over a line break; two old names joined by a dash keep up to four syllables each: "Văn Miếu - Quốc Tử Giám")
_NAME = rf"{_SYL}(?:[ \t]{_SYL}){{0,3}}(?:[ \t]-[ \t]{_SYL}(?:[ \t]{_SYL}){{0,3}})?"
_LEVELS = [
    ("thành phố", "thành phố"), ("TP.", "thành phố"), ("Tp.", "thành phố"), ("TP", "thành phố"),
    ("thị xã", "thị xã"), ("TX.", "thị xã"), ("TX", "thị xã"), ("thị trấn", "thị trấn"), ("TT.", "thị trấn"),
    ("huyện", "huyện"), ("quận", "quận"), ("xã", "xã"), ("phường", "phường"), ("đặc khu", "đặc khu"),
    ("tỉnh", "tỉnh"), ("Huyện", "huyện"), ("Xã", "xã"), ("Phường", "phường"), ("Thị xã", "thị xã"),
    ("Thị trấn", "thị trấn"), ("Thành phố", "thành phố"), ("Quận", "quận"), ("Đặc khu", "đặc khu"),
]  # fmt: skip
#: what a unit is said to be, between its level word and its name ("huyện miền núi Kỳ Sơn", "xã biên giới Na Ngoi")
_KIND_OF_UNIT = r"(?:(?:miền núi|vùng cao|biên giới|ven biển|đảo|nông thôn mới|đặc biệt khó khăn|nghèo)\s+)?"
#: a kind of unit alone between a level word and a name (_KIND_OF_UNIT read on its own)
_KIND_BETWEEN = re.compile(rf"[ \t]+{_KIND_OF_UNIT}")
_LEVEL = WordPattern(
    r"("
    + "|".join(re.escape(w) for w, _ in sorted(_LEVELS, key=lambda x: -len(x[0])))
    # "TP.Vinh", but never "TPO - ..."; the name on the level word's line ("cấp huyện\nChiều 13/3" names no unit)
    + rf")(?:(?<=\.)[ \t]*|[ \t]+){_KIND_OF_UNIT}({_NAME})(?![\w])",
    also=".",
)
#: a ward or district abbreviated ("P.Tân An", "P. Giá Rai", "Q.3", "Q. Bình Thạnh"): read only in texts that write
#: one (in _LEVEL every capital P or Q would be tried)
_ABBREVIATED_LEVEL = WordPattern(rf"([PQ]\.)[ \t]*({_NAME})(?![\w])", also=".")
#: a district or a commune abbreviated to one letter ("H. Nghi Lộc", "X. Nghi Lâm"): read only in texts that write
#: one, and only a name the gazetteer knows at that tier (an initial before a person's name is no unit)
_ONE_LETTER_LEVEL = WordPattern(rf"([HX]\.)[ \t]*({_NAME})(?![\w])", also=".")
_LEVEL_OF = dict(_LEVELS) | {"P.": "phường", "Q.": "quận", "H.": "huyện", "X.": "xã"}
_RANK_AFTER = re.compile(r"\s(?:tá|tướng)(?![\w])")
_TIME_AFTER = re.compile(r"\s(?:tháng|năm|ngày|tuần|quý)(?![\w])")
#: a lower-case word right after a name's one syllable
_LOWER_NEXT = re.compile(rf"[ \t]([{LOWER}]+)")
#: "TP.HCM", "TP. HCM", "TPHCM": Ho Chi Minh City by its usual abbreviation
_HCM = re.compile(r"(?<![\w])(?:TP\.?\s?|Tp\.?\s?)HCM(?![\w])")
_MANY_BEFORE = re.compile(r"(?:các|hai|ba|bốn)\s+$")
#: the next name of a list, a unit's place in brackets between them ("các xã Mỹ Trung, Hậu Mỹ Trinh (huyện Cái Bè) và
#: Tân Lý Tây"); never over a line break
_BRACKET = r"(?:[ \t]*\([^()\n]{1,40}\))?"
#: (the last item of a merger may be a part of a unit: "nhập các phường A, B và một phần C")
_NEXT_NAME = re.compile(rf"{_BRACKET}[ \t]*(?:,|và)[ \t]*(?:một phần[ \t]+)?({_NAME})(?![\w])")
#: bare names merged at a clause's start: "Trà An nhập với Thới An Đông và Trà Nóc" (the level is that of a name the
#: text reads with its level word)
_BARE_MERGER = re.compile(
    rf"(?:^|(?<=[;.:])[ \t]+)({_NAME})[ \t]+(?:sáp nhập|nhập|hợp nhất)[ \t]+(?:với|vào)[ \t]+({_NAME})(?![\w])"
    rf"(?:[ \t]+và[ \t]+({_NAME})(?![\w]))?",
    re.MULTILINE,
)
#: a new unit formed by merging units named bare: "Phường A mới được hình thành từ sáp nhập B và C", "Xã được thành lập
#: trên cơ sở sáp nhập D, E và F" (the names start right after the verb; their level is the new unit's, read before)
_FORMED_BY_MERGING = WordPattern(
    r"(?:(?:hình thành|thành lập)\s+|mới\s+)(?:từ|trên cơ sở)\s+(?:việc\s+)?(?:sáp nhập|hợp nhất|nhập)[ \t]+"
    rf"(?=[{UPPER}])",
    needs=("nhập",),
    starts=("hình thành", "thành lập", "mới"),
)
#: the new unit's level word, the last before the cue in its sentence ("Phường Bình Hưng Hòa mới ...", "Xã được ...")
_NEW_UNIT_LEVEL = re.compile(r"(?<![\w])(xã|phường|thị trấn|đặc khu|Xã|Phường|Thị trấn|Đặc khu)(?![\w])(?! hội)")
#: a merger's verb just before a unit in its clause ("nhập toàn bộ xã B và C", "sáp nhập các phường ...")
_MERGER_BEFORE = re.compile(r"(?:sáp nhập|nhập|hợp nhất)(?: toàn bộ)?(?: diện tích| dân số| của){0,3}[ \t]$")
#: a unit merged with another of its own level named bare: "Phường Long Tuyền sáp nhập với Long Hòa", "xã A nhập vào B"
_MERGED_WITH = re.compile(rf"[ \t]+(?:được[ \t]+)?(?:sáp nhập|nhập|hợp nhất)[ \t]+(?:với|vào)[ \t]+({_NAME})(?![\w])")
#: a list that shares its level word: "các huyện: A, B, C", "các huyện, thị xã: A, B", "các xã biên giới: A, B",
#: "đi qua 5 xã: A, B", "Hai xã Tân Trào và Minh Thanh"; the unit they belong to and a word before the names
#: ("6 xã thuộc huyện Minh Sơn là: A, B", "các xã thuộc huyện Yên Phong gồm: C, D": the communes are the list)
_LIST_OF_UNITS = WordPattern(
    r"(?=[CcHhBb\d])(?:[Cc]ác|\d{1,3}|[Hh]ai|[Bb]a|[Bb]ốn)\s+(huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tỉnh"
    r"|đặc khu)"  # ("2 đặc khu là Cô Tô và Vân Đồn")
    r"(?:\s+(?!và\s|thuộc\s)[a-zđà-ỹ]+){0,3}?(?:\s*,\s*(?:huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tỉnh))*"
    rf"(?:\s+thuộc\s+(?:huyện|quận|thị xã|thành phố|tỉnh|TP\.?)\s+{_NAME}(?=(?:\s+(?:{'|'.join(LIST_OPENERS)}))?\s*:))?"
    rf"(?:\s+(?:{'|'.join(LIST_OPENERS)})(?=\s*:))?"
    # "các xã Nhơn Hội, Nhơn Lý" (on the level word's line: a headline "... trên 7 huyện" names none on the next)
    r"(?:\s*:\s*|(?<=[a-zđà-ỹ])[ \t]+(?=[A-ZĐ][^,.;:\n]{1,30}(?:,|\svà\s))"
    r"|[ \t]*\([ \t]*(?=[A-ZĐ]))"  # "6 huyện (Kiến Thụy, An Lão, Cát Hải)": the names in brackets
)
#: a list after a bare level word and a colon ("sắp xếp thành 5 đơn vị là xã: A, B, C", "gồm phường: A, B"), and a
#: counted one with a longer phrase before its colon ("8 phường dự kiến thành lập gồm: A, B")
_LIST_AFTER_COLON = WordPattern(
    rf"(?:(?:{'|'.join(LIST_OPENERS)})\s+|(?:[Cc]ác|\d{{1,3}})\s+)(huyện|xã|phường|quận|thị xã|thị trấn|thành phố"
    r"|đặc khu)"
    rf"(?:\s+(?!và\s|thuộc\s)[{LOWER}]+){{0,6}}?\s*:[ \t]*(?=[{UPPER}])",
    needs=(":",),  # (a text without a colon has none: most have none)
)
#: a counted list whose names come after a clause about them and "gồm:" ("12 xã của tỉnh X được công nhận đạt chuẩn
#: nông thôn mới gồm: A, B (huyện C); D", "có 6 xã được công nhận ..., gồm: xã A (huyện B); C (huyện D)"): the level
#: is the count's, the first name may repeat it
_COUNTED_THEN_GOM = WordPattern(
    r"(?=[\dcC])(?:[Cc]ác|\d{1,3})\s+(xã(?! hội)|phường|thị trấn|huyện|thị xã|quận)(?=\s)[^.;:\n]{1,100}?"
    rf"(?:gồm|bao gồm)\s*:[ \t]*(?:(?:xã|phường|thị trấn|huyện|thị xã|quận)[ \t]+)?(?=[{UPPER}])",
    needs=("gồm",),
)
#: a counted list whose names come after a clause about them and "là", with no colon ("3 huyện còn lại của tỉnh X là
#: A, B và C"): two names at least, joined by a comma or "và"
_COUNTED_THEN_LA = WordPattern(
    r"(?=[\dHhBb])(?:\d{1,3}|[Hh]ai|[Bb]a|[Bb]ốn)\s+(xã(?! hội)|phường|thị trấn|huyện|thị xã|quận)(?=\s)[^.;:\n]{1,60}?"
    rf"\slà[ \t]+(?=[{UPPER}][^,.;:\n]{{1,30}}(?:,|\svà\s))",
    needs=(" là ",),
)
#: (a list never runs over a line break: "2 tỉnh Kiên Giang, An Giang\nTheo ...")
_LIST_ITEM = re.compile(rf"(?:{_BRACKET}[ \t]*(?:,|và|;))?[ \t]*({_NAME})(?![\w])")
_PLACE_WORD = re.compile(r"Huyện|Xã|Phường|Quận|Tỉnh|Thị|Thành|TP|UBND|HĐND|Sở|Ban|Đảng|Công")
#: a province's name; a dash inside it may be an en dash, with or without spaces ("Bà Rịa – Vũng Tàu",
#: "Bà Rịa-Vũng Tàu")
_PROVINCE = WordPattern(
    r"("
    # grouped by first letter (the same matches, found faster)
    + grouped_words(
        sorted([*PROVINCES, *PROVINCE_VARIANTS], key=len, reverse=True),
        lambda p: re.escape(p).replace(r"\ \-\ ", r"\s?[-–]\s?"),
    )
    + r")(?![\w])"
)
_DASH = re.compile(r"\s?[-–]\s?")
#: a region after "vùng" or "khu vực", its first letter in either case ("khu vực Bắc Trung Bộ", "vùng đồng bằng sông
#: Hồng"); the name as the lexicon writes it
_REGION = WordPattern(
    r"(?:[Vv]ùng|[Kk]hu vực)\s+(?i:("
    + "|".join(re.escape(r) for r in sorted(REGIONS, key=len, reverse=True))
    + r"))(?![\w])",
    needs=("ùng", "hu vực"),  # (a text without either word has none: the scan, on frequent letters, costs more)
)  # (a region's name in any case: "Vùng kinh tế trọng điểm Bắc bộ")
_REGION_NAME = {r.lower(): r for r in REGIONS}
_NOT_NAMES = {"Ủy", "Đảng", "Nhà", "Ban", "Kế", "Hội", "Sở", "Chính", "Bộ",
              "Sáng", "Chiều", "Tối", "Trưa", "Ngày", "Hôm", "Khóa"}  # fmt: skip
#: "Trung ương", "Trung tâm" are no place ("Trung Yên", "Trung Sơn" are)
_NOT_A_TRUNG = re.compile(r"Trung (?:ương|tâm|đoàn|Bộ)(?![\w])")
#: words that may follow a place name but are not part of it
_TRAILING = {"Đảng", "Thường", "Ban", "Tỉnh", "Nghị", "Kế", "Chương", "Đề", "Dự", "Quyết", "Chủ", "Bí", "Phó"}


def _trim(name: str, text: str = "", end: int = 0) -> str:
    """Drop a trailing word that starts a document, a body or a title ("Anh Sơn Đề" of "Anh Sơn Đề án"); the last
    word stays when what follows does not complete it ("thị trấn Liễu Đề cũ")."""
    words = name.split()
    second = _SECOND_SYLLABLE.get(words[-1]) if len(words) > 1 and text else None
    if second and not re.match(rf"\s+(?:{second})(?![\w])", text[end : end + 12]):
        return " ".join(words)
    while len(words) > 1 and words[-1] in _TRAILING:
        words.pop()
    return " ".join(words)


#: the syllables that complete a trailing word into a document's, body's or title's word
_SECOND_SYLLABLE = {"Đề": "án", "Dự": "án", "Kế": "hoạch", "Nghị": "quyết", "Quyết": "định", "Chương": "trình",
                    "Chủ": "tịch|nhiệm", "Bí": "thư", "Thường": "trực|vụ"}  # fmt: skip
#: the capitalised run goes on past the four syllables read (a person's name follows the unit's)
_RUN_GOES_ON = re.compile(rf"[ \t][{UPPER}]")
_COOPERATIVE_BEFORE = re.compile(r"[Hh]ợp tác\s*$")
_JOINT_BEFORE = re.compile(r"liên\s+$")


#: not a place: a person or a doctrine ("tư tưởng Hồ Chí Minh"), a news outlet ("Truyền hình Nghệ An")
_NOT_PLACE_BEFORE = re.compile(
    r"(?:tư tưởng|Chủ tịch|Bác|Lăng|Bảo tàng|[Đđ]ường|Truyền hình|Báo|Đài|Phát thanh|PT-TH|PTTH|Cổng thông tin"
    r"|(?<![\w])PV|[Pp]hóng viên)\s*$"  # "PV Thái Bình/VOV": a reporter's name
)
#: a credit or source line ("Ảnh: ...", "Nguồn: ..."), matched at the start of the line a place stands on
_SOURCE_LINE = AnyCase(r"(?:Nguồn(?: tin)?|Theo|Ảnh|Tác giả|Bài và ảnh|Video)\s*:")
#: "vùng Hoàng Mai và Quỳnh Lưu": named areas that are not regions, without a level (on one line: "của vùng\n\nTheo
#: ông A" ends a title, names no area)
#: a lower-case syllable right after a one-syllable name: the name was a capitalised common noun ("vùng Thủ đô")
_COMMON_AFTER = re.compile(r"[ \t](?!(?:và|của|với|thuộc|tại|trên|đã|được|có|là)(?![\w]))[a-zđà-ỹ]+(?![\w])")
_AREA = WordPattern(rf"vùng[ \t]+({_NAME})(?![\w])(?:[ \t]+và[ \t]+({_NAME})(?![\w]))?")


def _is_province(name: str) -> bool:
    return name in PROVINCES or key_of(name) in PROVINCE_BY_KEY or name in PROVINCE_VARIANTS


def _excluded(doc: Doc, start: int) -> bool:
    line_start = doc.match.rfind("\n", 0, start) + 1
    if _SOURCE_LINE.match(doc.match, line_start):
        return True
    return bool(_NOT_PLACE_BEFORE.search(doc.match, max(0, start - 20), start))


_CITY_BEFORE = re.compile(r"(?:TP\.?|Tp\.?|[Tt]hành phố)\s*$")


#: a province's name that names a person, a doctrine or a street ("tư tưởng Hồ Chí Minh", "đường Hà Nội")
_NOT_PROVINCE_BEFORE = AnyCase(
    # ("cầu Cần Thơ 2", "cảng Cần Thơ": a bridge or a port, not the city; not "yêu cầu", "điểm cầu Hưng Yên")
    r"(?:tư tưởng|Chủ tịch|Bác|đồng chí|Lăng|Bảo tàng|Đường|đường|(?<!yêu )(?<!điểm )(?<!đầu )(?<![\w])cầu"
    r"|(?<![\w])cảng|(?<![\w])PV|phóng viên"
    r"|(?<![\w])(?:phường|xã|huyện|quận|thị xã|thị trấn))\s*$"  # "phường Hà Giang 1": a ward, not the province
)


#: a surname (and a middle name) right before: the words are a person's name
_IN_A_NAME = re.compile(rf"(?<![\w])(?:{'|'.join(sorted(SURNAMES))})(?:\s[{UPPER}][{LOWER}]*)?\s$")


def province_mentions(doc: Doc) -> Iterator[tuple[str, int]]:
    """Province names written alone, with where they start; not "Hồ Chí Minh" without its level word
    (the city always has one: alone it is the person), nor a person's, doctrine's or street's name.
    A source line ("Nguồn tin: Truyền hình Nghệ An") still counts: it tells the article's province.
    (Read once per text: places and meetings both ask.)"""
    return iter(_province_mentions(doc.match))


@functools.lru_cache(maxsize=4)
def _province_names(text: str) -> list[re.Match[str]]:
    """Every province's name the text writes (read once per text: the mentions and the names with a dash ask)."""
    return list(_PROVINCE.finditer(text))


@functools.lru_cache(maxsize=4)
def _province_mentions(text: str) -> list[tuple[str, int]]:
    found = []
    for m in _province_names(text):
        name = m.group(1)
        if _IN_A_NAME.search(text, max(0, m.start() - 16), m.start()):
            continue  # "Nguyễn Hòa Bình": a person's given name, not the province
        if name == "Hồ Chí Minh" and not _CITY_BEFORE.search(text, max(0, m.start() - 15), m.start()):
            continue
        if not _NOT_PROVINCE_BEFORE.search(text, max(0, m.start() - 15), m.start()):
            found.append(((_DASH.sub(" - ", name) if "-" in name or "–" in name else name), m.start()))
    return found


#: a committee named after its unit: the unit's level
#: a level word written capitalised where a committee's place would stand
_LEVEL_WORD_AHEAD = re.compile(r"(?:Thành|Thị|Tỉnh|Huyện|Xã|Phường|Quận)$")
#: (in lower case too: "ban thường vụ huyện ủy Krông Nô", "thành ủy Gia Nghĩa")
_COMMITTEE_OF = WordPattern(rf"([Hh]uyện ủy|[Tt]hị ủy|[Tt]hành ủy|[Qq]uận ủy) ({_SYL}(?:[ \t]{_SYL}){{0,3}})(?![\w])")
#: regions whose names are never anything else, written without "vùng"
_BARE_REGION = WordPattern(
    r"(?:Đồng bằng sông Cửu Long|Đồng bằng sông Hồng|Trung du và miền núi phía Bắc|Duyên hải Nam Trung Bộ"
    r"|Tây Nguyên|Đông Nam Bộ|Tứ giác Long Xuyên)(?![\w])"
)
_REGION_BEFORE = re.compile(r"vùng\s+$")


#: what may stand before a bare district's name: a lower-case word or punctuation (not a title, a body or a person),
#: or a sentence's start ("Sa Đéc tiếp tục triển khai ...")
_STANDS_ALONE = re.compile(
    r"(?:(?<![\w])(?:tại|ở|và|của|với|đến|từ|qua|thuộc|như|gồm|có|cao tốc|tuyến|nối|địa phương|địa bàn"
    r"|công nghiệp|KCN|CCN)\s+"  # a park named after its district ("khu công nghiệp Yên Phong")
    # (a resettlement area or a town named after it: "Khu tái định cư Phong Điền", "khu đô thị mới Cam Lâm")
    r"|(?<![\w])(?:tái định cư|đô thị(?: mới)?)\s+"
    r"|[,;(:]\s*|\s[-–]\s"
    r"|[.!?]\s+|\n[ \t]*|^)$"
)


@functools.lru_cache(maxsize=256)
def _known_names(homes: frozenset[str]) -> tuple[dict[str, str], frozenset[str], dict[str, list[str]]]:
    """The names known for these provinces (their districts, and every provincial city) by comparison key, and the
    same names as Doc.match writes them, alone and by their first character, the longest first (:func:`_known_in`)."""
    known = dict(_cities())
    for home in homes:
        known.update(_district_index().get(home, {}))
    names = sorted({unify_tones(name) for name in known.values()}, key=len, reverse=True)  # as Doc.match writes them
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    return known, frozenset(names), by_first


#: what may follow a known name written whole: no letter, and no capitalised word (a longer name)
_KNOWN_NAME_ENDS = re.compile(rf"(?![\w])(?![ \t][{UPPER}])")


@functools.cache
def _any_known_name() -> WordPattern:
    """Every name :func:`_known_names` may know (every provincial city, every province's districts) written whole (a
    capitalised run neither longer nor shorter), compiled once as the tree of their shared beginnings."""
    names = {unify_tones(name) for name in _cities().values()}
    names.update(unify_tones(name) for districts in _district_index().values() for name in districts.values())
    return WordPattern(rf"(?:{word_tree(names) or '(?!)'}){_KNOWN_NAME_ENDS.pattern}")


def _known_in(text: str, names: frozenset[str], by_first: dict[str, list[str]]) -> Iterator[tuple[str, int]]:
    """The names of ``names`` (``by_first``: the same by their first character, the longest first) written whole in
    ``text``, and where each starts: the matches, left to right, of the alternation of those names, longest first,
    followed by _KNOWN_NAME_ENDS at a word's start. Read with the one pattern of every known name (compiled once, not
    once per set of provinces: about 1 ms each, on every article of provinces not read before): where it finds a name
    outside the set, the longest name of the set written there and ending there is the match, if any."""
    pattern, pos = _any_known_name(), 0
    while (m := pattern.search(text, pos)) is not None:
        at, name = m.start(), m.group(0)
        if name not in names:
            name = next(
                (
                    shorter
                    for shorter in by_first.get(name[0], ())
                    if len(shorter) < len(name)
                    and text.startswith(shorter, at)
                    and _KNOWN_NAME_ENDS.match(text, at + len(shorter))
                ),
                "",
            )
            if not name:
                pos = at + 1
                continue
        yield name, at
        pos = at + len(name)


_REFORM_MONTH = "2025-07"
#: a name in brackets right after a unit's ("xã Nghi Lâm (Nghi Lộc)")
_IN_BRACKETS = re.compile(rf"[ \t]*\(({_NAME})\)")


def _district_of_commune(commune: str, district: str) -> tuple[str, str] | None:
    """The district (its name and level) named in brackets after a commune, when the gazetteer has a commune of that
    name in a district of that name (before 2025); else None."""
    return _parents_of_communes().get(key_of(commune), {}).get(key_of(district))


@functools.cache
def _parents_of_communes() -> dict[str, dict[str, tuple[str, str]]]:
    """Every 2024 commune's name (comparison key) -> its districts' names (comparison key) -> (name, level)."""
    from loaders.gazetteer import load

    units = load().units.values()
    districts = {u.code: u for u in units if u.era == "2024" and len(u.code) == 3}
    index: dict[str, dict[str, tuple[str, str]]] = {}
    for u in units:
        if u.era == "2024" and len(u.code) > 3 and u.parent in districts:
            parent = districts[u.parent]
            index.setdefault(key_of(u.name), {})[key_of(parent.name)] = (parent.name, parent.level)
    return index


@functools.cache
def _merged_with(province_key: str) -> frozenset[str]:
    """A province and the provinces merged with it in 2025, by comparison key ("ninh bình" -> Ninh Bình, Hà Nam, Nam
    Định): after the reform an article of the new province names their former districts alone too."""
    from loaders.gazetteer import load

    old = [u for u in load().units.values() if u.era == "2024" and len(u.code) == 2]
    successor = {key_of(u.name): u.successors[0] for u in old if u.successors}
    into = successor.get(province_key)
    if into is None:
        return frozenset({province_key})
    return frozenset({province_key} | {key for key, new in successor.items() if new == into})


def _districts_of(province: str) -> dict[str, str]:
    """The district-level units (huyện, thị xã, thành phố, quận) of a province before 2025, by comparison key."""
    return _district_index().get(key_of(province), {})


@functools.cache
def _district_index() -> dict[str, dict[str, str]]:
    """Every province's district-level units of two syllables or more, read from the gazetteer once."""
    from loaders.gazetteer import load  # the shipped gazetteer, read once

    index: dict[str, dict[str, str]] = {}
    for u in load().units.values():
        if u.era == "2024" and len(u.code) == 3 and " " in u.name:
            index.setdefault(key_of(u.province), {})[key_of(u.name)] = u.name
    return index


@functools.cache
def _cities() -> dict[str, str]:
    """The provincial cities of the whole country (their names are their own: "Buôn Ma Thuột", "Thủ Dầu Một")."""
    from loaders.gazetteer import load

    units = load().units.values()
    return {
        key_of(u.name): u.name
        for u in units
        if u.era == "2024" and u.level == "thành phố" and len(u.code) == 3 and " " in u.name  # two syllables or more
    }


#: a capitalised word right before: a name may have started there (the only case worth looking at the units' spans)
_CAPITALISED_BEFORE = re.compile(rf"[{UPPER}][{LOWER}]*[ \t]$")


def tier_names(level: str) -> frozenset[str]:
    """The names (comparison keys) of every unit of the gazetteer, of both eras, at the tier of ``level``: communes,
    wards and towns for "xã", "phường" ..., districts and cities for "huyện", "quận" ... (made once per tier, not once
    per level word: about 13 ms each)"""
    return _tier_names(level in COMMUNE_LEVELS)


@functools.cache
def _tier_names(communes: bool) -> frozenset[str]:
    from loaders.gazetteer import load

    return frozenset(
        key_of(unify_tones(u.name))
        for u in load().units.values()
        if (u.level in COMMUNE_LEVELS) == communes and len(u.code) != 2
    )


#: the level words of a list's heading
_HEADING_LEVEL = re.compile(r"(?<![\w])(?:thị xã|thị trấn|thành phố|huyện|xã|phường|quận|tỉnh|đặc khu)(?![\w])")


def heading_levels(text: str, start: int, end: int) -> set[str]:
    """The level words a list's heading names between ``start`` and ``end`` ("các xã, thị trấn: A, B": xã, thị trấn)."""
    return set(_HEADING_LEVEL.findall(text, start, end))


def unit_lists(doc: Doc) -> list[tuple[int, int, str, list[tuple[str, int]]]]:
    """The lists that share a level word ("các huyện: A, B", "đi qua 5 xã: A, B, C"): where each starts and ends,
    its level ("" under several level words), and its names with where each starts (read once per text: places and
    relations both ask)."""
    return _unit_lists(doc.match)


@functools.lru_cache(maxsize=4)
def _unit_lists(text: str) -> list[tuple[int, int, str, list[tuple[str, int]]]]:
    lists: list[tuple[int, int, str, list[tuple[str, int]]]] = []
    counted = [*_COUNTED_THEN_GOM.finditer(text), *_COUNTED_THEN_LA.finditer(text)]
    openers = sorted(
        [*_LIST_OF_UNITS.finditer(text), *_LIST_AFTER_COLON.finditer(text), *counted], key=lambda m: m.start()
    )
    levels_read: set[int] = set()
    for m in openers:
        if m.start(1) in levels_read:
            continue  # the same list read by both openers
        levels_read.add(m.start(1))
        level = _LEVEL_OF[m.group(1)]
        heading = m.group(0).split(" thuộc ")[0]  # ("4 xã thuộc huyện A là: B, C": the communes' level)
        if m in counted:
            heading = text[m.start() : m.end(1)]  # (the clause between names other units: "12 xã của tỉnh X ...")
        if len(heading_levels(heading, 0, len(heading))) > 1:
            level = ""  # "3 huyện, thị xã, thành phố gồm: A, B": which is which the list does not say (no level)
        pos, items = m.end(), list[tuple[str, int]]()
        while item := _LIST_ITEM.match(text, pos):
            name = _trim(item.group(1))
            if _PLACE_WORD.fullmatch(name.split()[0]) or (items and name.isdigit() != items[0][0].isdigit()):
                break  # (a count after names opens the next list: "10 phường: A, B và 5 xã: C")
            items.append((name, item.start(1)))
            pos = item.end(1)
        if items:
            lists.append((m.start(), pos, level, items))
    return lists


#: a title just before a level word ("Chủ tịch HĐND huyện ..."), and a person's name (a surname, three or four
#: syllables) after it
#: (commas allowed: "Trưởng Ban chỉ đạo phòng, chống dịch Covid-19 huyện Đoàn Văn Thông")
_A_PERSON_AFTER_TITLE = re.compile(r"(?:Chủ tịch|Bí thư|Giám đốc|Trưởng|Phó)[^.;:\n]{0,60}\s$")
_PERSON = re.compile(rf"(?:{'|'.join(sorted(SURNAMES))})(?:\s[{UPPER}][{LOWER}]*){{2,3}}")


_PROVINCE_FIRST = re.compile("|".join(map(re.escape, sorted(PROVINCES, key=len, reverse=True))))
_IN_A_NAME_AFTER = re.compile(rf"\s(?:{'|'.join(sorted(SURNAMES))})(?![\w])")


#: levels that name one unit: a city run by the centre is a province ("thành phố Cần Thơ", "tỉnh Cần Thơ")
_SAME_UNIT = [{"tỉnh", "thành phố"}]


#: one name of communes joined by dashes ("Diên Sơn - Diên Điền - Diên Phú")
_DASHED_PART = re.compile(rf"({_SYL}(?:[ \t]{_SYL}){{0,3}}?)(?=[ \t]*-[ \t]*[{UPPER}]|(?![ \t]*[{UPPER}\d]))")
_DASH_JOIN = re.compile(r"[ \t]*-[ \t]*")


def _dashed_units(text: str, pos: int, level: str) -> list[tuple[str, int]]:
    """Communes joined by dashes after their level word, when the gazetteer knows each at that tier (a route
    "Hà Nội - Hải Phòng" or a city's double name is not read here: the level is a commune's)."""
    parts: list[tuple[str, int]] = []
    while (part := _DASHED_PART.match(text, pos)) is not None:
        parts.append((part.group(1), part.start(1)))
        join = _DASH_JOIN.match(text, part.end())
        if join is None or join.end() == part.end() or len(parts) > 8:
            break
        pos = join.end()
    names = tier_names(level)
    return parts if len(parts) > 1 and all(key_of(p) in names for p, _ in parts) else []


def _list_goes_on(text: str, pos: int, level: str) -> bool:
    """Another name of the level's tier follows (not a province): a province's name between them is a unit of the
    list ("phường Thủy Nguyên, Hòa Bình, Nam Triệu": the ward Hòa Bình; "xã Tân Bình, Hà Nội" ends the list)."""
    item = _NEXT_NAME.match(text, pos)
    if item is None:
        return False
    after = key_of(_trim(item.group(1)))
    return after in tier_names(level) and after not in PROVINCE_BY_KEY


#: the vowel groups of a word written without its marks: more than one is several syllables written as one word, a
#: name in a minority language ("Đakrông", "Krông Ana" has one each), never a Vietnamese common word
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _unknown_syllable(name: str, level: str) -> bool:
    """A one-syllable name after a level word that no unit of that tier and no province has ("Anh", "Cảng"); not a
    word of several syllables written as one ("huyện Đakrông")."""
    if level in COMMUNE_LEVELS | {"huyện", "thị xã", "quận"} and len(_VOWEL_GROUPS.findall(fold(name))) > 1:
        return False  # (not a city: "thành phố Asan (Hàn Quốc)" is abroad)
    return key_of(name) not in tier_names(level) and key_of(name) not in PROVINCE_BY_KEY


def extract_localities(doc: Doc) -> list[Locality]:
    found: dict[str, Locality] = {}

    def add(name: str, level: str | None, start: int, end: int | None = None, *, written: bool = False) -> None:
        key = key_of(name)
        if not name or _NOT_A_TRUNG.match(name) or _excluded(doc, start):
            return
        if name.split()[0] in _NOT_NAMES and not (written and level and " " in name and key in tier_names(level)):
            return  # (after its level word, a unit the gazetteer knows at that level is one: "H.Nhà Bè")
        loc = found.get(key)
        if (
            loc is not None and level and loc.level and level != loc.level
            and ({level, loc.level} not in _SAME_UNIT or loc.name not in CENTRAL_CITIES)
            and all(span.start != start for span in loc.mentions)  # one place read twice ("các xã: A, Bình Dương")
        ):  # fmt: skip
            # "thành phố Hạ Long" and "phường Hạ Long", "huyện Cô Tô" and "thị trấn Cô Tô": two units of one name (a
            # name without its level stays the first's)
            key = f"{key}|{level}"
            loc = found.get(key)
        if loc is None:
            loc = found[key] = Locality(name, level)
        elif loc.level is None:
            loc.level = level
        loc.mentions.append(doc.span(start, end if end is not None else start + len(name)))

    regions = set()
    for m in _REGION.finditer(doc.match):
        region = doc.match[m.start(1) : m.end(1)]
        add(_REGION_NAME.get(region.lower(), region), "vùng", m.start(1), m.end(1))
        regions.add(m.start())
    for m in _AREA.finditer(doc.match):
        if m.start() in regions or (" " not in m.group(1) and _COMMON_AFTER.match(doc.match, m.end(1))):
            continue  # ("vùng Thủ đô": a common noun capitalised, its name cut at its lower-case syllable)
        for group in (1, 2):
            if m.group(group):
                add(_trim(doc.match[m.start(group) : m.end(group)]), None, m.start(group))
    levels: Iterable[re.Match[str]] = _LEVEL.finditer(doc.match)
    if "P." in doc.match or "Q." in doc.match:
        levels = heapq.merge(levels, _ABBREVIATED_LEVEL.finditer(doc.match), key=lambda m: m.start())
    if "H." in doc.match or "X." in doc.match:
        levels = heapq.merge(levels, _ONE_LETTER_LEVEL.finditer(doc.match), key=lambda m: m.start())
    for m in levels:
        word, name = m.group(1), _trim(doc.match[m.start(2) : m.end(2)], doc.match, m.end(2))
        if (province := _PROVINCE_FIRST.match(name)) and _IN_A_NAME_AFTER.match(name, province.end()):
            name = province.group(0)  # "TP Cần Thơ Đỗ Thanh Bình": the city, then a person
        elif _RUN_GOES_ON.match(doc.match, m.end(2)) and (person := _IN_A_NAME_AFTER.search(name)):
            name = name[: person.start()]  # "huyện Chợ Gạo Phạm Thanh Sơn": the unit, then a person
        level = _LEVEL_OF[word]
        low = _LOWER_NEXT.match(doc.match, m.end(2)) if " " not in name else None
        if low and f"{name} {low.group(1).title()}" in doc.match:
            continue  # "Xã Tân lập ..." where the text also writes "Tân Lập": that name in lower case, not "Tân"
        if _RANK_AFTER.match(doc.match, m.end(2)) and name in ("Đại", "Thượng", "Trung", "Thiếu"):
            continue  # "Trưởng Công an huyện Thượng tá Nguyễn Văn A": a rank, not a unit
        if name.isdigit() and _TIME_AFTER.match(doc.match, m.end(2)):
            continue  # "các huyện, thành phố 6 tháng đầu năm": a duration, not "thành phố 6"
        if _PERSON.fullmatch(name) and _A_PERSON_AFTER_TITLE.search(doc.match, max(0, m.start() - 60), m.start()):
            continue  # "Chủ tịch HĐND huyện Nguyễn Công Dũng": the official, not a unit
        if word == "xã" and _COOPERATIVE_BEFORE.search(doc.match, max(0, m.start() - 10), m.start()):
            continue  # "Hợp tác xã Nông nghiệp Mỹ Thành": a cooperative, not a commune
        if _JOINT_BEFORE.search(doc.match, max(0, m.start() - 5), m.start()) and " - " in name:
            for part in name.split(" - "):  # "liên xã Ea Kly - Vụ Bổn": two communes
                add(part, level, m.start(2) + name.index(part))
            continue
        if " - " in name and level in COMMUNE_LEVELS and (dashed := _dashed_units(doc.match, m.start(2), level)):
            for part, start in dashed:  # "các xã Diên Sơn - Diên Điền - Diên Phú": three communes
                add(part, level, start)
            continue
        if level == "tỉnh" and not _is_province(name):
            continue
        if level != "tỉnh" and " - " in name and _is_province(name.rsplit(" - ", 1)[1]):
            name = name.rsplit(" - ", 1)[0]  # "thị xã Tân Châu - An Giang": the town, then its province
        if (
            level != "tỉnh"
            and m.end(1) + 1 < m.start(2) - 1  # (a kind of unit between: "huyện miền núi Thái Nguyên")
            and (name in PROVINCES or key_of(name) in PROVINCE_BY_KEY)
            and _KIND_BETWEEN.fullmatch(doc.match, m.end(1), m.start(2))
        ):
            continue  # "một huyện miền núi Thái Nguyên": a mountain district of the province, not a district so named
        if word in ("P.", "Q.") and not (name.isdigit() or any(c.islower() for c in name)):
            continue  # "P.V" (a reporter's initials), not a ward
        if word in ("H.", "X.") and (" " not in name or key_of(name) not in tier_names(level)):
            continue  # "H. Nguyễn ...": an initial, not a district
        if " " not in name and not name.isdigit() and _unknown_syllable(name, level):
            continue  # "Thành phố Anh hùng", "thành phố Cảng": a common word, not a city
        add(name, level, m.start(2), written=True)
        if level in COMMUNE_LEVELS and (bracket := _IN_BRACKETS.match(doc.match, m.end(2))) is not None:
            district = _district_of_commune(name, bracket.group(1))  # "xã Nghi Lâm (Nghi Lộc)": its district
            if district is not None:
                add(district[0], district[1], bracket.start(1))
        if level in COMMUNE_LEVELS and (merged := _MERGED_WITH.match(doc.match, m.end(2))) is not None:
            other = _trim(merged.group(1), doc.match, merged.end(1))
            if not _PERSON.fullmatch(other) and not _LEVEL_WORD_AHEAD.match(other.split()[0]):
                add(other, level, merged.start(1))  # "Phường Long Tuyền sáp nhập với Long Hòa": a ward too
        many = _MANY_BEFORE.search(doc.match, max(0, m.start() - 6), m.start())  # "các quận Hoàn Kiếm, Ba Đình"
        pos = m.end(2)
        after = doc.match[pos : pos + 2]
        if not (many or after[:1] in (",", "(") or after == " (" or doc.match.startswith(" và ", pos)):
            continue  # (the cheap look first: no list goes on here)
        while item := _NEXT_NAME.match(doc.match, pos):
            # ("phường Hiệp Bình Chánh, Hiệp Bình Phước", "xã Vĩnh Thành và Tân Thành Bình": a name the gazetteer knows
            # at the level's tier goes on the list; "xã Tân Bình, Nguyễn Văn Út" does not)
            next_name = _trim(item.group(1))
            if (
                not many
                and level in COMMUNE_LEVELS
                and _MERGER_BEFORE.search(doc.match, max(0, m.start() - 50), m.start())
                and not _PERSON.fullmatch(next_name)
                and not _PLACE_WORD.fullmatch(next_name.split()[0])
                and key_of(next_name) not in PROVINCE_BY_KEY
                and next_name.isdigit() == name.isdigit()
            ):
                # "thành lập xã A trên cơ sở nhập toàn bộ xã B và C": the old units a merger lists (gone from the
                # gazetteer when merged before) share the level
                add(next_name, level, item.start(1))
                pos = item.end(1)
                continue
            if not many and (
                key_of(next_name) not in tier_names(level)
                or (key_of(next_name) in PROVINCE_BY_KEY and not _list_goes_on(doc.match, item.end(1), level))
                or next_name.isdigit() != name.isdigit()  # "thị trấn Cái Rồng và 11 xã": a count
            ):
                break
            add(next_name, level, item.start(1))
            pos = item.end(1)
    for m in _BARE_MERGER.finditer(doc.match) if "nhập" in doc.match or "hợp nhất" in doc.match else ():
        # "Trà An nhập với Thới An Đông và Trà Nóc": bare names merged with a unit the text names at a commune level
        names = [(_trim(m.group(g)), m.start(g)) for g in (1, 2, 3) if m.group(g)]
        if any(_PLACE_WORD.fullmatch(name.split()[0]) or _PERSON.fullmatch(name) for name, _ in names):
            continue
        named_levels = {found[key_of(name)].level for name, _ in names if key_of(name) in found}
        tier = {level for level in named_levels if level in COMMUNE_LEVELS}
        if len(tier) == 1:
            for name, start in names:
                add(name, next(iter(tier)), start)
    for name, level, start in _merged_into_new_unit(doc):  # "Phường A mới được hình thành từ sáp nhập B và C"
        add(name, level, start)
    for _, _, list_level, items in unit_lists(doc):  # "các huyện, thị xã: A, B và C"; "các xã vùng cao: A, B"
        for name, start in items:
            add(name, list_level or None, start)
    for m in _COMMITTEE_OF.finditer(doc.match):  # "Huyện ủy Năm Căn", "Thị ủy Mộc Châu": the committee's unit
        name = _trim(m.group(2), doc.match, m.end(2))
        if _LEVEL_WORD_AHEAD.match(name):
            continue  # "Thành ủy Thành phố Hồ Chí Minh": the level word's own reading names the city
        if (person := _IN_A_NAME_AFTER.search(name)) and _RUN_GOES_ON.match(doc.match, m.end(2)):
            name = name[: person.start()]
        level = LOCAL_COMMITTEE_LEVELS[m.group(1).capitalize()]
        if m.group(1).islower() and " " not in name and _unknown_syllable(name, level):
            continue  # "huyện ủy Đô lương": a name cut at a lower-case syllable (a typo), no unit "Đô"
        if name and not _PERSON.fullmatch(name):  # "Huyện ủy Trần Văn Long ...": a person, not a unit
            add(name, level, m.start(2))
    for m in _BARE_REGION.finditer(doc.match):  # "Đồng bằng sông Cửu Long", "Tây Nguyên" without "vùng"
        if not _REGION_BEFORE.search(doc.match, max(0, m.start() - 6), m.start()):
            add(m.group(0), "vùng", m.start())
    provinces = [name for name, _ in province_mentions(doc)]
    provinces += _paper_province(doc)  # "QTO - Cam Lộ ...": a provincial paper's story names its districts bare
    inside_units = Spans((span.start, span.end) for loc in found.values() for span in loc.mentions if " " in loc.name)
    for name, start in province_mentions(doc):
        if _CAPITALISED_BEFORE.search(doc.match, max(0, start - 12), start) and inside_units.around(start):
            continue  # "phường Hiệp Bình Phước": a province's name inside a unit's, no province
        add(name, "tỉnh", start)
    if provinces:  # districts and cities the gazetteer knows in the provinces the article names, without a level word
        homes = frozenset(key_of(PROVINCE_BY_KEY.get(key_of(p), PROVINCE_VARIANTS.get(p, p))) for p in provinces)
        if doc.published and doc.published[:7] >= _REFORM_MONTH:
            homes = frozenset(h for home in homes for h in _merged_with(home))  # (its partners' districts too)
        known, written, by_first = _known_names(homes)
        # "Bà Rịa – Vũng Tàu": the cities inside a province's name are the province
        inside = {i for p in _province_names(doc.match) if "-" in p.group(0) or "–" in p.group(0)
                  for i in range(p.start(), p.end())}  # fmt: skip
        for name, at in _known_in(doc.match, written, by_first):
            if at in inside or inside_units.around(at):
                continue  # (a city inside a ward's name: "phường Lâm Viên - Đà Lạt")
            if (
                key_of(name) in known
                and key_of(name) not in found
                and _STANDS_ALONE.search(doc.match, max(0, at - 12), at)
            ):
                add(known[key_of(name)], None, at, at + len(name))
    for m in _HCM.finditer(doc.match) if "HCM" in doc.match else ():
        add("Hồ Chí Minh", "thành phố", m.start(), m.end())
    _bare_re_mentions(doc, found)
    return list(found.values())


#: a provincial paper's code opening a line, as a dateline ("QTO - ", "(GLO)- ", "(HPĐT)-")
_PAPER_CODE = re.compile(rf"(?m)^[ \t]*\(?({'|'.join(map(re.escape, PAPER_CODES))})\)?[ \t]*[-–]")


def _paper_province(doc: Doc) -> list[str]:
    """The province of the provincial paper whose code opens a line of the text (a dateline), if any."""
    if not any(code in doc.match for code in PAPER_CODES):
        return []
    return [PAPER_CODES[m.group(1)] for m in _PAPER_CODE.finditer(doc.match)][:1]


def _merged_into_new_unit(doc: Doc) -> list[tuple[str, str, int]]:
    """The units named bare after "hình thành / thành lập (trên cơ sở) sáp nhập" (or "mới từ sáp nhập"), with the
    level of the new unit the sentence names before the cue; a name the gazetteer knows at that tier, no person."""
    found: list[tuple[str, str, int]] = []
    text = doc.match
    for m in _FORMED_BY_MERGING.finditer(text):
        sentence_start = doc.sentence_bounds(m.start())[0]
        heads = _NEW_UNIT_LEVEL.findall(text, sentence_start, m.start())
        if not heads:
            continue
        level = _LEVEL_OF[heads[-1]]
        pos = m.end()
        while item := _LIST_ITEM.match(text, pos):
            name = _trim(item.group(1))
            if _PLACE_WORD.fullmatch(name.split()[0]) or _PERSON.fullmatch(name):
                break
            if key_of(name) not in tier_names(level):
                break
            found.append((name, level, item.start(1)))
            pos = item.end(1)
    return found


#: the words after which a unit the text already named is named again bare ("Dự án Khu đô thị A (Duy Tiên) ...; dự án
#: Khu đô thị B tại Duy Tiên"): the place of a project
_BARE_AFTER = ("tại ", "ở ", "thuộc ")


def _bare_re_mentions(doc: Doc, found: dict[str, Locality]) -> None:
    """A unit of two syllables or more named again without its level word after "tại", "ở" or "thuộc" is a mention of
    that unit (the relations read where a project is from its mentions)."""
    for loc in list(found.values()):
        if " " not in loc.name or loc.level in ("tỉnh", "vùng"):
            continue  # (a province named bare is read by the gazetteer already)
        starts = {span.start for span in loc.mentions}
        for before in _BARE_AFTER:
            pos = doc.match.find(before + loc.name)
            while pos >= 0:
                start, end = pos + len(before), pos + len(before) + len(loc.name)
                if (
                    start not in starts
                    and (pos == 0 or not doc.match[pos - 1].isalnum())
                    and not (
                        end < len(doc.match)
                        and (doc.match[end].isalnum() or doc.match[end : end + 2].strip()[:1].isupper())
                    )
                ):
                    loc.mentions.append(doc.span(start, end))
                pos = doc.match.find(before + loc.name, end)

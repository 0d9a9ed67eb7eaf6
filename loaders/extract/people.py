"""Officials: names with every title the text gives them (reference section 3 and 5).

A capitalised run of 2-4 syllables is accepted as a person only next to a title or a prefix
("đồng chí", "ông", "bà", a rank), in three shapes:

* title before the name: "Bí thư Tỉnh ủy Thái Thanh Quý", "Phó Bí thư Thường trực Nguyễn Văn Thông";
* name, dash or comma, then titles: "Thái Thanh Quý - Ủy viên TW Đảng, Bí thư Tỉnh ủy";
* lists: "Các đồng chí: A - title; B - title".

A bare title later in the text ("Bí thư Tỉnh ủy đề nghị ...") refers to the person named with
that title earlier (:func:`holder_of`). Bylines ("Ảnh: ...", "Tác giả") are never officials.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.extract.lexicon import (
    BYLINES,
    HONOURS,
    LOWER,
    LOWER_POSTS,
    MEMBERSHIPS,
    NAME_PREFIXES,
    POSTS,
    PROVINCE_BY_KEY,
    PROVINCES,
    SURNAMES,
    UPPER,
)
from loaders.extract.model import Locality, Official
from loaders.extract.ordered import Covered
from loaders.extract.text import Doc, WordPattern, first_letters, grouped_words, key_of

_SYL = f"[{UPPER}][{LOWER}]*(?:['’][{UPPER}]?[{LOWER}]+)?"  # "H'Lim Byă", "K'Nhơn", "Y’Sơn"
#: a name of one syllable only with its apostrophe ("K'Nhơn", Central Highlands names); else two to four syllables
_ONE_SYLLABLE = f"[{UPPER}][{LOWER}]*['’][{UPPER}][{LOWER}]+"
_ONE_SYLLABLE_RE = re.compile(_ONE_SYLLABLE)
NAME = rf"(?:{_SYL}(?:[ \t]{_SYL}){{1,3}}|{_ONE_SYLLABLE})"  # a name never runs over a line break
_POST = grouped_words(POSTS)
_MEMBER = grouped_words(MEMBERSHIPS)
#: a title: [nguyên|Quyền] [Phó] POST [Thường trực] [body words], or a membership
#: second syllables of words inside body names ("Tỉnh ủy", "Công an", "Tài chính", "Kế hoạch và Đầu tư")
_BODY_SECOND = (
    "ủy|ban|an|tra|vụ|giáo|vận|chính|hoạch|tư|học|nghệ|tế|sự|nội|phòng|trị|trường|dựng|thông|động|hội"
    "|nghiệp|dục|tạo|hóa|lịch|thao|trận|quốc|tộc|chức|đạo|lý|kế|khu|đoàn|phủ|bộ|hành|viên|sản|thuế|ương|phố"
    # "Tài nguyên", "Tư pháp", "Phát triển nông thôn", "Thương binh", "Chỉ huy", "Hội đồng", "Tư lệnh", "Liên minh
    # Hợp tác xã"
    "|nguyên|pháp|triển|thôn|tải|binh|tin|lệnh|đội|huy|đồng|mại|thị|trợ|minh|tác|sách|cử|tâm|trường|luận"
    "|phương"  # "Vụ Địa phương III"
    "|biểu"  # "Trưởng đoàn Đại biểu Quốc hội tỉnh"
    "|hiệp|dân"  # "Phó Chủ tịch Liên hiệp các Tổ chức hữu nghị", "Chủ tịch Hội đồng Nhân dân phường"
    "|cao"  # "Chánh án TAND Tối cao"
    "|cục|ninh"  # "Phó Tổng cục trưởng Tổng cục An ninh"
)
_BODY_WORD = (
    r"(?:TP\.(?:[ \t]?HCM(?![\w]))?"  # "UBND TP.HCM", "UBND TP. Đà Nẵng"
    # (never the term: "Chủ tịch HĐND huyện Khóa XX")
    rf"|[{UPPER}]{{2,}}(?:&[{UPPER}]+)*(?![\w])|(?!Khóa )[{UPPER}][{LOWER}]+(?:\s(?:{_BODY_SECOND})(?![\w]))?"
    rf"|[{UPPER}]\s(?:{_BODY_SECOND})(?![\w])"  # "Y tế"
    # ("phó bí thư tỉnh ủy": a committee in lower case, before its level word alone)
    r"|(?:tỉnh|huyện|thành|thị|quận|đảng) ủy(?![\w])"
    # ("... Tỉnh ủy và TS Phạm Văn A": "và" then a degree opens the next person)
    r"|tỉnh|thành phố|huyện|xã|phường|quận|thị xã|và(?! (?:TS|ThS|PGS|GS|BS|KS)(?![\w]))|nhân dân|đảng"
    r"|vận tải|nông thôn|môi trường|đô thị|xã hội|kinh tế|đại biểu|trong nước|quỹ đất"  # lower-case words in names
    # ("Phó Chủ tịch Liên hiệp các hội khoa học và kỹ thuật tỉnh")
    r"|(?<=các )hội|(?<=hội )khoa học|(?<=học và )kỹ thuật"
    r"|của(?= (?:Quốc hội|Chính phủ)(?![\w]))"  # "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"
    # a team's task after its head's post: "Trưởng Đoàn kiểm tra", "Phó Trưởng đoàn công tác" (only there: "Chủ tịch
    # UBND tỉnh kiểm tra công trình" ends its title before the verb)
    r"|(?<=[Đđ]oàn )(?:kiểm tra|giám sát|công tác|khảo sát)(?![\w])"
    # the Party agencies' committee and the friendship union: "Phó Bí thư Đảng ủy các cơ quan Đảng TPHCM", "Phó Chủ tịch
    # Liên hiệp các Tổ chức hữu nghị tỉnh"
    r"|(?<=Đảng ủy |Đảng bộ )các cơ quan(?![\w])|(?<=Liên hiệp )các(?![\w])|(?<=Tổ chức )hữu nghị(?![\w])"
    r"|Văn hóa, Thể thao và Du lịch|Lao động, Thương binh và Xã hội"  # names with a comma inside
    r"|Tuyên giáo [-–] Dân vận"  # a name with a dash inside: "Trưởng ban Tuyên giáo - Dân vận Trung ương" (2025)
    # the National Assembly's committees
    r"|Khoa học, Công nghệ và Môi trường|Tài chính, Ngân sách|Văn hóa, Giáo dục|Quốc phòng, An ninh và Đối ngoại"
    # a district's or ward's number after its level word: "Bí thư Quận ủy quận 1" (a digit first: other words fail at
    # once)
    r"|\d{1,2}(?![\w])(?:(?<=ận \d)|(?<=ờng \d)|(?<=ận \d\d)|(?<=ờng \d\d)))"
)
#: a post, capitalised or in lower case ("Phó Bí thư Thường trực", "phó bí thư thường trực")
#: ("Phó Chủ tịch TT HĐND tỉnh": Thường trực abbreviated)
_ANY_POST = rf"(?:[Pp]hó\s+)?(?:{_POST}|{'|'.join(LOWER_POSTS)})(?:\s+(?:[Tt]hường trực|TT(?= )))?(?:\s+chuyên trách)?"
#: ("nguyên Ủy viên Bộ Chính trị": a former membership is a title as written, as a former post is)
TITLE = rf"(?:(?:[Nn]guyên|Quyền|quyền)\s+)?{_ANY_POST}(?:\s+{_BODY_WORD})*|(?:[Nn]guyên\s+)?(?:{_MEMBER})"
_WIDE_NAME = rf"(?:{_SYL}(?:[ \t]{_SYL}){{1,5}}|{_ONE_SYLLABLE})"
_TITLE_START = "".join(sorted({p[0] for p in POSTS} | {p[0] for p in LOWER_POSTS} | {"n", "N", "Q", "q", "P", "p"}))
_STOP_SYLLABLES = {"Tỉnh", "Ủy", "Ban", "Sở", "Huyện", "Thành", "Đảng", "Chính", "Trung", "Hội", "Quốc", "Kết",
                   "Phó", "Bí", "Chủ", "Giám", "Các", "Tại", "Theo", "Trong", "Phát", "Thủ", "Bộ", "Công",
                   "Văn", "Khu", "Cụm", "Dự", "Đề", "Nghị", "Quyết", "Trưởng", "Tổng",
                   "Kế", "Chương", "UBND", "HĐND", "MTTQ", "TP", "Vụ",
                   "Trường", "Học"}  # fmt: skip
#: a name never starts with a body's word: "Giám đốc Sở Tài chính Trịnh Thanh Hải" reads the body into the title
_NAME_START = rf"(?!(?:{'|'.join(sorted(_STOP_SYLLABLES))})(?![\w]))"
#: the body's term between a title and the name: "Bí thư Tỉnh ủy X nhiệm kỳ 2020 - 2025 Nguyễn Văn A"
_TERM = r"(?:\s+(?:nhiệm kỳ|khóa)\s+(?:(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|[IVXL]+)(?![\w]))?"
#: a rank between a post and the name ("Trưởng Công an huyện Thượng tá Nguyễn Quang Thành")
_RANK = r"(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá)"
_TITLE_THEN_NAME = WordPattern(
    rf"(?=[{_TITLE_START}])((?:(?:[Nn]guyên|Quyền)\s+)?{_ANY_POST}"
    # (the body's parent in brackets between: "Vụ trưởng Vụ Địa phương III (Ban Tổ chức Trung ương) Mai Thị Thu Hằng")
    # (a dash between the title and the name: "Chủ tịch HĐND tỉnh - Nguyễn Văn A", "Phó chủ tịch UBND tỉnh – Lê B")
    # ("Chủ tịch HĐND TP.Đà Nẵng Ngô Xuân A": the city's name written right after the dot)
    rf"(?:(?:\s+|(?<=TP\.)){_BODY_WORD})*?){_TERM}(?:\s+\([^()\n]{{2,40}}\))?(?:[ \t]*[-–])?(?:\s+{_RANK})?"
    rf"\s+{_NAME_START}"
    rf"({_WIDE_NAME})(?![\w])",
    starts=("nguyên", "Nguyên", "Quyền", "Phó", "phó", *POSTS, *LOWER_POSTS),  # what a title opens with
)
#: a post named before its holder in a personnel decision: "miễn nhiệm chức vụ Chủ tịch UBND tỉnh X đối với ông A"
#: (or without "chức vụ": "miễn nhiệm Phó Chủ tịch UBND tỉnh đối với ông A", "bầu bổ sung ... đối với các ông B")
#: (found from its holder, whose words start literally: the engine skips to each fast; the post is read back from there)
_POST_HOLDER = [re.compile(rf"{w} (?:các )?(?:ông|bà|đồng chí)\s+({NAME})(?![\w])") for w in ("đối với", "của")]
_POST_OF = re.compile(
    rf"(?:chức (?:vụ|danh)|(?:miễn nhiệm|bổ nhiệm|bãi nhiệm|cách chức|bầu bổ sung|bầu|phê chuẩn|điều động)"
    # (the body's term between: "miễn nhiệm chức danh Chủ tịch HĐND phường X khóa V, nhiệm kỳ 2016- 2021 đối với ông A")
    # ("... khóa X (nhiệm kỳ 2021 - 2026) đối với ông A": the term in brackets)
    rf"(?:\s+chức (?:vụ|danh))?)\s+((?:{TITLE}))(?:,?\s+(?:khóa|nhiệm kỳ)\s+[\w]+(?:\s*[-–]\s*\d{{4}})?){{0,2}}"
    rf"(?:\s+\([^()\n]{{1,40}}\))?\s+$"
)
#: a post and its holders after "là": "Hai Phó Bí thư là bà A và ông B", "Phó Bí thư Thường trực là đồng chí C" (found
#: from the rare "là bà", then the post read back from there)
#: (its literal start lets the engine skip to each "là " fast)
_IS_HOLDER = re.compile(rf"là (?:ông|bà|đồng chí)\s+({NAME})(?![\w])")
_POST_BEFORE = re.compile(rf"(?<![\w])({TITLE})\s+$")
_MORE_HOLDERS = re.compile(rf"\s*(?:,|và)\s*(?:ông|bà|đồng chí)\s+({NAME})(?![\w])")
#: (a prefix is a word: "ông" inside "Uông Chu Lưu" is none; the look-ahead names the prefixes' first letters, so that
#: the engine skips every other position fast)
#: (a colon after a plural prefix: "bầu bổ sung ... đối với các ông: A (Giám đốc Sở X), ông B (...)")
_PREFIX_NAME = WordPattern(rf"(?=[{first_letters(NAME_PREFIXES)}]){NAME_PREFIXES}:?\s+({NAME})(?![\w])")
_SURNAME_ALT = "|".join(sorted(SURNAMES, key=len, reverse=True))
#: lower-case words a unit's or body's name may hold before the person's ("Vụ Thị trường trong nước Hồ Thị Tâm")
_LOWER_IN_NAMES = (
    rf"(?!(?:cho|đã|là|có|được|phát|báo|nói|nêu|đề|tại|của|với|về|khi|chủ|dự|cùng|đồng|đang|sẽ|vừa|trình|kết|làm"
    rf"|giữ|tham|trao|ký|ông|bà)(?![\w]))[{LOWER}]+"
)
#: a unit's name (one to three capitalised syllables) and then a person's, from a surname
#: (the committee's term between them: "Bí thư Huyện ủy Tân Kỳ nhiệm kỳ 2020 - 2025 Nguyễn Văn A")
_TERM_THEN = r"(?:(?:nhiệm kỳ|khóa)[ \t]+(?:(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|[IVXL]+)[ \t]+)?"
_PERSON_AFTER_PLACE = re.compile(
    # (a dash between: "Bí thư Huyện ủy Tháp Mười – Nguyễn Văn A"; a city abbreviated in the unit's words: "Chủ tịch Ủy
    # ban MTTQ Việt Nam TP Hà Nội Nguyễn Lan A")
    rf"(?:(?:{_SYL}|{_LOWER_IN_NAMES}|TP\.?)[ \t]){{1,5}}?{_TERM_THEN}(?:[-–][ \t]+)?"
    # (never from a province's name: "... TP Hà Nội Nguyễn Lan A" is the city, then the person)
    rf"(?!(?:{'|'.join(map(re.escape, sorted(PROVINCES, key=len, reverse=True)))})(?![\w]))"
    rf"((?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{1,3}}|{_ONE_SYLLABLE})(?![\w])"  # "... huyện Đam Rông K'Sơn"
)
_PROVINCE_AT = re.compile("|".join(map(re.escape, sorted(PROVINCES, key=len, reverse=True))) + r"(?![\w])")
#: the person right after a province's name, its committee's term between them allowed ("Tỉnh ủy Long An nhiệm kỳ
#: 2020 - 2025 Nguyễn Văn A")
#: (a dash between: "Bí thư Huyện ủy Cao Lãnh – Nguyễn Văn A")
_PERSON_HERE = re.compile(rf"{_TERM}(?:[ \t]+[-–])?[ \t]+((?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{1,3}})(?![\w])")
_TRAILING_TERM = re.compile(rf"{_TERM}$")
#: a title ending on a unit's level word or committee ("UBND xã", "Bí thư Huyện ủy"): two syllables alone after
#: it are the unit's name ("Bí thư Huyện ủy Lâm Bình.")
_UNIT_END = re.compile(r"(?:tỉnh|thành phố|huyện|xã|phường|quận|thị xã|thị trấn|đặc khu|ủy)$")
_TWO_SYLLABLES = re.compile(rf"{_SYL}[ \t]{_SYL}")
#: a title ending on a local unit's level word and one syllable of its name ("Chủ tịch HĐND xã Nghi")
_ONE_SYLLABLE_PLACE = re.compile(rf"(?:^|[ \t])(?:xã|phường|huyện|thị xã|thị trấn|quận|đặc khu)[ \t]{_SYL}$")
#: what ends a unit's name there: punctuation, the text's end, or the term of its body ("UBND thị xã Thái Hòa khóa XX")
#: (or "cũ" after it, a unit merged away: "Bí thư Quận ủy Lê Chân cũ", "Chủ tịch UBND huyện Vũ Thư (cũ)")
_UNIT_NAME_ENDS = re.compile(r"[,.;:)\n(]|$|[ \t]+(?:khóa|nhiệm kỳ)[ \t]|[ \t]+[-–][ \t]|[ \t]+\(?cũ(?![\w])")
#: a personnel decision: "đồng chí A giữ chức Phó Bí thư Tỉnh ủy", "đồng chí B được bầu làm Chủ nhiệm Ủy ban Kiểm
#: tra Huyện ủy", "các đồng chí C và D được bầu giữ chức Phó Bí thư Huyện ủy" (the last name of the list)
_APPOINTED = WordPattern(
    rf"(?=[{''.join(sorted({n[0] for n in SURNAMES}))}])(?!(?:Ông|Bà)\s)((?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{1,3}})"
    # ("bầu bà A, giữ chức Phó Chủ tịch HĐND xã": a comma before the appointment)
    rf"(?:\s*[,–-]\s*(?:{TITLE})(?:\s*,\s*(?:{TITLE})){{0,3}}\s+|,?\s+)"
    # ("A tiếp tục được bầu làm Bí thư Tỉnh ủy", "A được tiếp tục giữ chức ...")
    # ("B được tái bầu làm ...", "C được bầu lại chức ...": re-elected)
    rf"(?:tiếp tục\s+)?(?:(?:đã\s+)?được\s+(?:tái\s+)?(?:bầu|chỉ định|bổ nhiệm|điều động|chuẩn y|phân công|giới thiệu)"
    rf"(?:\s+lại)?\s+)?"
    rf"(?:tiếp tục\s+|lần lượt\s+)?"
    # ("A thôi giữ chức Bí thư Tỉnh ủy", "B, thôi chức vụ Bí thư Tỉnh ủy": the post left, held until then)
    # ("A trúng cử chức vụ Chủ tịch HĐND xã": elected by the council)
    # ("B đảm nhiệm chức vụ Phó Trưởng ban ...": the post taken up, as a decision announces it)
    rf"(?:(?:thôi\s+)?giữ chức(?: vụ| danh)?|làm|tái đắc cử(?: chức)?|đắc cử(?: chức)?"
    rf"|trúng cử(?: lại)?(?: chức(?: vụ| danh)?)?|đảm nhiệm(?: chức(?: vụ| danh)?)?"
    rf"|(?<=lại )chức(?: vụ| danh)?)\s+((?:{TITLE}))"
    rf"|(?<=[ \t])((?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{1,3}}),?\s+thôi chức(?: vụ)?\s+((?:{TITLE}))",
    needs=("giữ chức", "làm", "đắc cử", "thôi chức", "trúng cử", "đảm nhiệm", "lại chức"),
)
#: the names listed before an appointment, joined by "và" or commas (each name may have its own "ông", "bà": "ông A và
#: ông B đảm nhiệm chức vụ ...")
_FIRST_OF_TWO = re.compile(
    rf"(?<![\w])((?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{1,3}})(?:[ \t]+và|,)[ \t]+(?:(?:ông|bà|đồng chí)[ \t]+)?$"
)
_NAME_DASH_TITLES = re.compile(rf"({NAME})\s*(?:[-–,]|\s)\s*((?:{TITLE})(?:\s*(?:,|kiêm)\s*(?:{TITLE}))*)")
_LIST_ITEM = re.compile(rf"(?:[:;]\s*|^)({NAME})\s*[-–]\s*((?:{TITLE})(?:\s*(?:,|kiêm)\s*(?:{TITLE}))*)", re.MULTILINE)
#: two holders of one item of a list sharing its titles: "Các ông: A, Ủy viên Thường vụ Tỉnh ủy; B và C, Ủy viên Ban
#: Chấp hành Tỉnh ủy, Phó Chủ tịch UBND tỉnh" (both names from a surname; read from the item's ";" or ":", which the
#: engine skips to fast)
_TWO_HOLDERS_ITEM = re.compile(
    rf"[:;][ \t]*((?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{1,3}})[ \t]+và[ \t]+((?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{1,3}})"
    rf"\s*[,–-]\s*((?:{TITLE})(?:\s*(?:,|kiêm)\s*(?:{TITLE}))*)"
)
#: one title shared by a list of names: "các đồng chí Phó Chủ tịch UBND tỉnh: Đầu Thanh Tùng, Lê Đức Giang",
#: "các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long"
_SHARED_TITLE = re.compile(
    rf"(?:đồng chí|[Cc]ác)\s+(?=[^:\n.;]{{1,80}}:)({TITLE})\s*:\s*((?:{NAME})(?:\s*(?:,|và)\s*(?:{NAME}))*)"
)
#: a counted post whose holders are listed after "là / gồm (các ông)": "5 Phó Chủ tịch là các ông: A (Phó Chủ tịch
#: Thường trực), B, C" (a holder's own post in brackets is passed over)
_COUNTED_TITLE = re.compile(
    # ("Các Phó Bí thư Thành ủy nhiệm kỳ 2020-2025 là ông A, B, C": the term after the post, no colon)
    rf"(?<![\w])(?:\d{{1,2}}|[Cc]ác)\s+({TITLE})(?:,?\s+nhiệm kỳ\s+\d{{4}}\s*[-–]\s*\d{{4}})?\s+(?:là|gồm)"
    rf"(?:\s+(?:các\s+)?(?:ông|bà|đồng chí))?(?:\s*:\s*|\s+(?=[{UPPER}]))"
    rf"((?:{NAME})(?:\s*\([^()\n]{{1,60}}\))?(?:\s*(?:,|và)\s*(?:{NAME})(?:\s*\([^()\n]{{1,60}}\))?)*)"
)
#: the holders listed after a counted or plural post and "là", "gồm": "Bốn Phó Chủ tịch ... khóa X gồm các đồng chí: A,
#: B, C", "Các Phó Chủ tịch UBND tỉnh X trong nhiệm kỳ này, gồm ông A, B và C", "Ba phó chủ tịch là ông A, bà B"; read
#: from the verb (its literal start: the engine skips to each fast), the post looked for in the words before it (up to
#: a term or a clause without a full stop), the names after it, each from a surname
_LIST_VERB = re.compile(r" (?:là|gồm(?: có)?)(?= )")
_COUNTS = "hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
_POST_COUNTED_BEFORE = re.compile(
    rf"(?<![\w])(?:\d{{1,2}}|[Cc]ác|{_COUNTS}|{_COUNTS.title()})\s+({TITLE})(?:,?[ \t][^.;:\n]{{0,60}}?)?,?$"
)
_HOLDER = rf"(?:(?:ông|bà|đồng chí)\s+)?(?!(?:Ông|Bà)\s)(?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{1,3}}(?![\w])"
_HOLDERS_AFTER = re.compile(
    rf"\s*(?:các\s+)?(?:(?:ông|bà|đồng chí)(?:,\s*(?:ông|bà))?)?\s*:?\s*({_HOLDER}(?:\s*(?:,|và)\s*{_HOLDER})*)"
)
_HOLDER_NAME = re.compile(rf"(?!(?:Ông|Bà)\s)(?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{1,3}}(?![\w])")
_NAME_RE = re.compile(NAME)
#: a listed person's name: a surname and two or three more syllables
_LISTED_NAME = re.compile(rf"(?!(?:Ông|Bà)\s)(?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{2,3}}")
#: more names after a plural post's first ("các Phó Chủ tịch UBND tỉnh A, B và C")
_MORE_NAMES = re.compile(rf"\s*(?:,|và)\s*((?:{_SURNAME_ALT})(?:[ \t]{_SYL}){{1,3}})(?![\w])")
#: posts in companies, banks and cooperatives (the title reads up to their first word)
#: (the company's name may follow: "Chủ tịch Tập đoàn Hoa Lợi"; a State bank and the cooperatives' union are no
#: company: "Ngân hàng Nhà nước", "Liên minh Hợp tác xã tỉnh")
_PRIVATE_POST = re.compile(
    r"\s(?:Công$|(?:Công ty|Tập đoàn|Tổng công ty|Tổng Công ty|Ngân hàng(?! Nhà nước| Chính sách)|HTX"
    r"|(?<!minh )Hợp tác xã|Doanh nghiệp)(?:\s|$))"
)
#: a fifth syllable of a name read to four, right before its titles
_FIFTH_SYLLABLE = re.compile(rf"[ \t]{_SYL}(?=\s*[,–-])")
_NOT_NAMES = {"Thường trực", "Ban Thường", "Tỉnh ủy", "Ủy ban", "Trung ương", "Việt Nam", "Hội nghị", "Phiên họp"}


@dataclass
class PersonMention:
    name: str
    title: str | None
    start: int
    end: int


@functools.lru_cache(maxsize=4096)
def _clean_name(name: str) -> str | None:
    words = name.split()
    # a province glued in front ("Tỉnh ủy Nghệ An Thái Thanh Quý" read greedily) is not the name
    for p in _GLUED_PROVINCES.get(words[0], ()) if words else ():
        if words[: len(p)] == p and len(words) - len(p) >= 2:
            words = words[len(p) :]
            break
    if len(words) >= 3 and words[0] in ("Ông", "Bà") and words[1] in SURNAMES:
        words = words[1:]  # "Ông Nguyễn Thành Tâm,": the form of address, then the name
    # (five syllables from a surname are one name: "Huỳnh Ngọc Nữ Phương Hồng")
    words = words[-4:] if len(words) > 4 and not (len(words) == 5 and words[0] in SURNAMES) else words
    stop = words[0] in _STOP_SYLLABLES and not (words[0] == "Văn" and len(words) >= 3)  # "ông Văn Công Minh"
    if (len(words) < 2 and not _ONE_SYLLABLE_RE.fullmatch(name.strip())) or stop:
        return None
    if key_of(" ".join(words)) in PROVINCE_BY_KEY:
        return None  # "Bí thư Tỉnh ủy Nghệ An": a place, not a person
    if " ".join(words[:2]) in _NOT_NAMES or any(w.isupper() and len(w) > 1 for w in words):
        return None
    return " ".join(words)


def _split_titles(titles: str) -> list[str]:
    return list(_titles_of(titles))


@functools.lru_cache(maxsize=4096)
def _titles_of(titles: str) -> tuple[str, ...]:
    parts = _TITLE_SEPARATOR.split(titles.strip())
    return tuple(p.strip(" -–") for p in parts if p.strip(" -–"))


_TITLE_SEPARATOR = re.compile(r"\s*(?:,|kiêm)\s*")
_TITLE_TAIL = re.compile(r"\s+(?:đã|và)(?:\s+Phó)?$")


@functools.lru_cache(maxsize=4096)
def _trim_title(title: str) -> str:
    """Drop trailing words that are not part of a body (a province name stays)."""
    return _TITLE_TAIL.sub("", title.strip())


_PREFIX_BEFORE = re.compile(rf"{NAME_PREFIXES}\s*$")
_LIST_BEFORE = re.compile(r"[:;]\s*$")
_SEPARATOR = re.compile(r"\s*[,–-]\s*")
#: a photo caption's place for a person, between the name and the titles: "(thứ 6 từ phải sang)", "(bìa trái)", "(giữa)"
#: (or the year of birth: "(SN 1975)", "(sinh năm 1975)", "(1975)")
_PHOTO_PLACE = re.compile(
    r" \((?:thứ|bìa|giữa|bên|đứng|ngồi|hàng)(?:[ \t][^()\n]{0,30})?\)"
    r"|[ ]\((?:SN|sinh năm|Sinh năm)?[ \t]?(?:19|20)\d\d\)"
)
#: (a State honour between the name and the posts: "Trung tướng A, Anh hùng Lực lượng vũ trang nhân dân, nguyên Phó
#: Tổng cục trưởng ...")
_TITLES_AFTER = re.compile(
    rf"\s*[,–-]\s*(?:(?:{grouped_words(list(HONOURS))})\s*,\s*)?((?:{TITLE})(?:\s*(?:,|kiêm)\s*(?:{TITLE}))*)"
)
#: posts after "là" right after a prefixed name: "bà Lê Thị A là Phó Bí thư Thường trực, Chủ tịch HĐND thành phố"
#: (a post must follow: "ông A là người ..." names none)
#: the titles right after a name with no separator, read when a prefixed name ran into them ("Ông Nghiêm Văn A Phó
#: Chủ tịch HĐND tỉnh thông tin ...": the name "Nghiêm Văn A", not "Nghiêm Văn A Phó")
_TITLES_RIGHT_AFTER = re.compile(rf"[ \t]((?:{TITLE})(?:\s*(?:,|kiêm)\s*(?:{TITLE}))*)")


def _name_before_titles(text: str, start: int, end: int) -> int | None:
    """Where a prefixed name of four syllables ends when its fourth starts a title written right after it, without a
    comma ("Ông Nghiêm Văn A Phó Chủ tịch ..."); else None (four-syllable names stay whole)."""
    last = text.rfind(" ", start, end)
    if text.count(" ", start, end) != 3 or _TITLES_RIGHT_AFTER.match(text, last) is None:
        return None
    return last


_TITLES_AFTER_IS = re.compile(rf" là ((?:{TITLE})(?:\s*(?:,|kiêm)\s*(?:{TITLE}))*)")
#: posts in brackets right after a name: "ông Võ Tấn Đức (Chủ tịch UBND tỉnh)"
_TITLES_IN_BRACKETS = re.compile(rf" \(((?:{TITLE})(?:\s*(?:,|kiêm)\s*(?:{TITLE}))*)\)")
_BYLINE = re.compile(BYLINES)
_BYLINE_END = re.compile(r"[)\n]")


def _line_end(text: str, pos: int) -> int:
    end = _BYLINE_END.search(text, pos)
    return end.start() if end else len(text)


_POST_ANYCASE = re.compile(_POST, re.IGNORECASE)
#: province names by their first word, longest first
_GLUED_PROVINCES: dict[str, list[list[str]]] = {}
for _words in sorted((p.split() for p in PROVINCES), key=len, reverse=True):
    _GLUED_PROVINCES.setdefault(_words[0], []).append(_words)


def _unit_named_like_a_surname(title: str, name: str) -> int | None:
    """Where the person's name starts in ``name`` when a title ending on a unit ("Huyện ủy", "thành phố") is followed
    by a two-syllable unit whose first word is also a surname ("Châu Thành", "Châu Đốc") and then a person's name
    from a surname; else None."""
    words = name.split()
    if len(words) < 4 or words[2] not in SURNAMES or words[1] in SURNAMES or words[1] in ("Văn", "Thị"):
        return None  # ("Trần Văn Lê Minh" is one person's name)
    if not _UNIT_END.search(title):
        return None
    return len(words[0]) + len(words[1]) + 2


#: a title ending on a school or an academy, which is often named after a person: "Hiệu trưởng Trường Chính trị Trần
#: Phú", "Giám đốc Học viện ..."
_NAMED_SCHOOL_END = re.compile(r"(?:Trường (?:[Cc]hính trị|[Đđ]ại học|[Cc]ao đẳng|THPT|THCS|[Tt]iểu học)|Học viện)$")


def _person_after_named_school(title: str, name: str) -> int | None:
    """Where the person's name starts in ``name`` when the title ends on a school named after a person ("Hiệu trưởng
    Trường Chính trị Nguyễn Văn Cừ Lê Quang Vinh"): at the first surname from the third word on that leaves two to four
    words; else None."""
    if not _NAMED_SCHOOL_END.search(title):
        return None
    words = name.split()
    for i in range(2, len(words) - 1):
        if words[i] in SURNAMES and 2 <= len(words) - i <= 4:
            return sum(len(w) + 1 for w in words[:i])
    return None


def find_people(doc: Doc) -> list[PersonMention]:
    # names and titles are read from the tone-unified text, so they come out in the modern spelling
    match = doc.match
    # a byline runs to the end of its line or its parenthesis: "(Ảnh: Lê Hữu Nam)"
    bylines = Covered(len(match))  # positions inside a byline
    for m in _BYLINE.finditer(match):
        bylines.add(m.start(), _line_end(match, m.end()))
    mentions: list[PersonMention] = []

    def add(name_start: int, name_end: int, titles: list[str]) -> None:
        if name_start in bylines:
            return
        public = [t for t in titles if not _PRIVATE_POST.search(t)]
        if titles and not public:
            return  # "Giám đốc Công ty ...": a post, but not a Party or State one
        titles = public
        name = _clean_name(match[name_start:name_end])
        if name is None:
            return
        offset = match[name_start:name_end].find(name.split()[0])
        start = name_start + max(0, offset)
        if not titles:
            mentions.append(PersonMention(name, None, start, start + len(name)))
        for title in titles:
            mentions.append(PersonMention(name, _trim_title(title), start, start + len(name)))

    for m in _SHARED_TITLE.finditer(match) if ":" in match else ():  # the names follow a colon
        for n in _NAME_RE.finditer(match, m.start(2), m.end(2)):
            add(n.start(), n.end(), [match[m.start(1) : m.end(1)]])
    for m in _COUNTED_TITLE.finditer(match) if " là " in match or " gồm " in match else ():  # "5 Phó Chủ tịch là ..."
        for n in _LISTED_NAME.finditer(match, m.start(2), m.end(2)):
            add(n.start(), n.end(), [match[m.start(1) : m.end(1)]])
    for v in _LIST_VERB.finditer(match):  # "Ba Phó Chủ tịch UBND tỉnh là ông A, bà B và ông C"
        if (post := _POST_COUNTED_BEFORE.search(match, max(0, v.start() - 200), v.start())) is None:
            continue
        if (holders := _HOLDERS_AFTER.match(match, v.end())) is None:
            continue
        for n in _HOLDER_NAME.finditer(match, holders.start(1), holders.end(1)):
            add(n.start(), n.end(), [post.group(1)])
    for m in _LIST_ITEM.finditer(match):
        add(m.start(1), m.end(1), _split_titles(match[m.start(2) : m.end(2)]))
    for m in _TWO_HOLDERS_ITEM.finditer(match) if " và " in match else ():  # "; B và C, Ủy viên ...": both hold them
        for group in (1, 2):
            add(m.start(group), m.end(group), _split_titles(match[m.start(3) : m.end(3)]))
    for m in _NAME_DASH_TITLES.finditer(match):
        if (
            _PREFIX_BEFORE.search(match[max(0, m.start() - 12) : m.start()])
            or _LIST_BEFORE.search(match[max(0, m.start() - 3) : m.start()])
            # "Các đồng chí A, Phó Bí thư Tỉnh ủy, Cao Tiến Dũng, Chủ tịch UBND tỉnh": the next name of the list,
            # from a surname
            or (match.endswith(", ", 0, m.start()) and _LISTED_NAME.fullmatch(match, m.start(1), m.end(1)))
        ):
            add(m.start(1), m.end(1), _split_titles(match[m.start(2) : m.end(2)]))
    for m in _TITLE_THEN_NAME.finditer(match):
        title, name_start, name_end = match[m.start(1) : m.end(1)], m.start(2), m.end(2)
        if (after_school := _person_after_named_school(title, match[name_start:name_end])) is not None:
            name_start += after_school  # "Hiệu trưởng Trường Chính trị Trần Phú Đinh Quốc Thị": the school's name first
            title = f"{title} {match[m.start(2) : name_start].strip()}"
        elif _NAMED_SCHOOL_END.search(title):
            continue  # "A - Hiệu trưởng Trường Chính trị Trần Phú mong muốn ...": the school's name, no person after it
        elif (after_unit := _unit_named_like_a_surname(title, match[name_start:name_end])) is not None:
            name_start += after_unit  # "Bí thư Huyện ủy Châu Thành Lê Văn Sáu": the district's name, then the person's
            title = f"{title} {match[m.start(2) : name_start].strip()}"
        if match[name_start:name_end].split()[0] not in SURNAMES:
            # "Chủ tịch UBND huyện Chợ Gạo Phạm Thanh Sơn": the unit's name, then the person's (from a surname)
            province = _PROVINCE_AT.match(match, name_start)  # "Bí thư Tỉnh ủy Lai Châu Hà Văn Toản"
            person = (
                _PERSON_AFTER_PLACE.match(match, name_start)
                if province is None
                else _PERSON_HERE.match(match, province.end())
            )
            if person is None:
                continue  # "Bí thư Huyện ủy Anh Sơn, ...": the place of the body, not a person
            start = person.start(1)
            if (across := _province_across(match, start)) is not None and (
                beyond := _PERSON_HERE.match(match, across)
            ):  # "Chủ tịch UBMTTQ Việt Nam tỉnh Tây Ninh Nguyễn Thanh Hải": the province whole, then the person
                person, start = beyond, beyond.start(1)
            words = person.group(1).split()
            # "Chủ tịch HĐND xã Nghi Lộc Trần Văn Năm": a unit's name is rarely one syllable; the next one ("Lộc",
            # itself a surname) is the place's, the person starts at the next surname
            if (
                _UNIT_END.search(title)
                and " " not in match[name_start:start].strip()
                and len(words) == 4
                and words[1] in SURNAMES
            ):
                start += len(words[0]) + 1
            title = _TRAILING_TERM.sub("", match[m.start(1) : start].strip().rstrip(" -–"))  # (never the dash)
            name_start, name_end = start, person.end(1)
        elif (
            _UNIT_END.search(title)
            and _TWO_SYLLABLES.fullmatch(match, name_start, name_end)
            and _UNIT_NAME_ENDS.match(match, name_end)
            # a province is a closed list: "Chủ tịch HĐND tỉnh Lê Bảo;" names a person
            and (not title.endswith("tỉnh") or key_of(match[name_start:name_end]) in PROVINCE_BY_KEY)
        ):
            # "Chủ tịch UBND xã Vũ Lăng.": a commune whose name starts like a surname; its holder may follow its term
            if person := _PERSON_HERE.match(match, name_end):  # "Chủ tịch UBND thị xã Thái Hòa khóa XX Lê Văn A"
                add(person.start(1), person.end(1), [f"{title} {match[name_start:name_end]}"])
            continue
        add(name_start, name_end, [title])
        if match.endswith(("các ", "Các "), 0, m.start()):  # "các Phó Chủ tịch HĐND tỉnh A, B và C": one post each
            pos = name_end
            while more := _MORE_NAMES.match(match, pos):
                add(more.start(1), more.end(1), [title])
                pos = more.end(1)
    for holder in _POST_HOLDER:
        for m in holder.finditer(match):
            if post := next(_POST_OF.finditer(match, max(0, m.start() - 120), m.start()), None):
                add(m.start(1), m.end(1), [post.group(1)])
    for m in _IS_HOLDER.finditer(match):
        if m.start() and match[m.start() - 1].isalnum():
            continue  # ("là" inside a word)
        post = next((p for p in _POST_BEFORE.finditer(match, max(0, m.start() - 80), m.start())), None)
        if post is None:
            continue
        add(m.start(1), m.end(1), [post.group(1)])
        pos = m.end(1)
        while more := _MORE_HOLDERS.match(match, pos):  # "... là bà A và ông B": B holds the post too
            add(more.start(1), more.end(1), [post.group(1)])
            pos = more.end(1)
    for m in _APPOINTED.finditer(match):  # "đồng chí Huỳnh Văn Tài giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"
        if m.group(1) is None:  # "đồng chí A, thôi chức vụ Bí thư Tỉnh ủy": the post left
            add(m.start(3), m.end(3), [match[m.start(4) : m.end(4)].split("\n")[0].strip()])
            continue
        title = match[m.start(2) : m.end(2)].split("\n")[0].strip()  # never past its line
        add(m.start(1), m.end(1), [title])
        pos = m.start()
        for _ in range(6):  # "Các đồng chí A, B và C được bầu làm Phó Bí thư": A and B too
            if (first := _FIRST_OF_TWO.search(match, max(0, pos - 40), pos)) is None:
                break
            add(first.start(1), first.end(1), [title])
            pos = first.start(1)
    for m in _PREFIX_NAME.finditer(match):
        end = m.end(1)
        if (fifth := _FIFTH_SYLLABLE.match(match, end)) and match[m.start(1) : end].count(" ") == 3:
            end = fifth.end()  # "Bà Huỳnh Ngọc Nữ Phương Hồng, Bí thư ...": five syllables
        # "Ông A (thứ 6 từ phải sang) – Ủy viên ...": the caption's place, then the titles
        place = _PHOTO_PLACE.match(match, end) if match.startswith(" (", end) else None
        end_titles = place.end() if place else end
        after = match[end_titles : end_titles + 4]
        titles = []
        if place is None and (cut := _name_before_titles(match, m.start(1), end)) is not None:
            t = _TITLES_RIGHT_AFTER.match(match, cut)
            end, titles = cut, _split_titles(t.group(1)) if t else []
        elif _SEPARATOR.match(after):
            t = _TITLES_AFTER.match(match, end_titles)
            if t:
                titles = _split_titles(match[t.start(1) : t.end(1)])
        elif after.startswith(" (") and (t := _TITLES_IN_BRACKETS.match(match, end)):
            titles = _split_titles(t.group(1))  # "bà Huỳnh Thị Hằng (Chủ tịch Ủy ban MTTQ Việt Nam tỉnh)"
        elif after == " là " and (t := _TITLES_AFTER_IS.match(match, end_titles)):
            titles = _split_titles(t.group(1))  # "ông Trần Văn B là Phó Bí thư Thành ủy, Chủ tịch UBND thành phố"
        add(m.start(1), end, titles)
    return mentions


#: a signature block closing an official document: "K/T CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG",
#: blank lines, then the signer's name alone on its line
_SIGNATURE = re.compile(
    rf"(?m)^[*_ ]*((?:(?:T/M|TM\.?|K/T|KT\.?|TL\.?|TUQ\.?|Q\.)\s+)?[{UPPER}][{UPPER} ,.&/-]+?)"
    rf"[*_ ]*\n(?:[ \t]*\n){{0,6}}"  # the name on the next line, or after blank lines (room for the seal)
    rf"[*_ ]*({NAME})[*_ ]*[ \t]*(?:\n|$)"
)
_DELEGATION = re.compile(r"^(?:T/M|TM\.?|K/T|KT\.?|TL\.?|TUQ\.?|Q\.)\s+")


def _province_across(text: str, at: int) -> int | None:
    """Where a province's name that runs across ``at`` ends ("tỉnh Tây Ninh Nguyễn ...": a name read from "Ninh" starts
    inside "Tây Ninh"), if one does."""
    for i in range(max(0, at - 12), at):
        if (i == 0 or not text[i - 1].isalnum()) and (m := _PROVINCE_AT.match(text, i)) and m.end() > at:
            return m.end()
    return None


@functools.cache
def _written_posts() -> list[tuple[re.Pattern[str], str]]:
    """Each post and word of a title as running text writes it, after the pattern that finds it in any case (compiled
    once, in this order: each is put back in turn)."""
    posts = [*POSTS, *MEMBERSHIPS, "Văn phòng", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "UBND", "HĐND"]
    return [(re.compile(rf"(?<![\w]){re.escape(post.lower())}(?![\w])", re.IGNORECASE), post) for post in posts]


def _title_case(title: str) -> str:
    """An upper-case title as it is written in running text ("PHÓ CHÁNH VĂN PHÒNG" -> "Phó Chánh Văn phòng")."""
    out = title.lower()
    out = out[:1].upper() + out[1:]
    for pattern, post in _written_posts():
        out = pattern.sub(post, out)
    return re.sub(r"^Phó (\w)", lambda m: "Phó " + m.group(1).upper(), out)


def signatures(doc: Doc) -> list[PersonMention]:
    """Signers of an official document, from the signature block at its end."""
    found = []
    tail = max(0, len(doc.match) - 1500)
    for m in _SIGNATURE.finditer(doc.match, tail):
        lines = [line.strip(" *_") for line in m.group(1).splitlines() if line.strip(" *_")]
        if not lines or not _POST_ANYCASE.search(lines[-1]):
            continue
        name = _clean_name(m.group(2))
        if name is None or name.split()[0] not in SURNAMES:
            continue
        title = _title_case(_DELEGATION.sub("", lines[-1]))
        start = m.start(2) + m.group(2).find(name)
        found.append(PersonMention(name, title, start, start + len(name)))
    return found


def extract_officials(doc: Doc) -> tuple[list[Official], list[PersonMention]]:
    """One :class:`Official` per name (casefolded), titles in first-seen order, fullest form once."""
    mentions = find_people(doc) + signatures(doc)
    by_name: dict[str, Official] = {}
    for p in sorted(mentions, key=lambda p: p.start):
        official = by_name.setdefault(p.name.casefold(), Official(p.name))
        official.mentions.append(doc.span(p.start, p.end))
        if p.title and not any(_covers(t, p.title) for t in official.titles):
            official.titles = [t for t in official.titles if not _covers(p.title, t)]
            official.titles.append(p.title)
    # a name seen only with a prefix and never with a title is kept only if it has a title elsewhere
    officials = [o for o in by_name.values() if o.titles]
    return officials, mentions


def without_places(officials: list[Official], localities: list[Locality]) -> list[Official]:
    """Officials of two syllables whose every mention lies inside a unit's name of four the localities read ("Phó Bí
    thư Đảng ủy xã Phú Sơn Lâm Hà thông qua ...": "Lâm Hà", a surname first, ends the commune's name, not a person's;
    "huyện Đam Rông K'Sơn" is a district of two, then its secretary)."""
    spans = [(span.start, span.end) for loc in localities if loc.name.count(" ") >= 3 for span in loc.mentions]
    if not spans:
        return officials

    def inside(start: int, end: int) -> bool:
        return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)

    return [
        o
        for o in officials
        if o.name.count(" ") != 1 or not o.mentions or not all(inside(m.start, m.end) for m in o.mentions)
    ]


def _covers(long: str, short: str) -> bool:
    """``long`` is ``short`` or a fuller form of it ("Bí thư Tỉnh ủy Nghệ An" covers "Bí thư Tỉnh ủy")."""
    a, b = long.casefold(), short.casefold()
    return a == b or a.startswith(b + " ")


def holder_of(title: str, officials: list[Official]) -> Official | None:
    """The official named earlier with this title, for a bare mention ("Bí thư Tỉnh ủy đề nghị")."""
    t = title.casefold().strip()
    for official in officials:
        for held in official.titles:
            if held.casefold() == t or held.casefold().startswith(t + " ") or t.startswith(held.casefold()):
                return official
    return None

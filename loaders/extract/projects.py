"""Projects: đề án (numbered too: "Đề án số 03-ĐA/HU về ..."), dự án, quy hoạch (one that names its scope),
unnumbered chương trình (not an agenda: "Chương trình làm việc"), named sites (cụm/khu công nghiệp, khu kinh tế, khu
đô thị, khu tái định cư, nhà máy, cảng, with lower-case words inside: "Nhà máy sợi X"; lists: "các khu công nghiệp
mới: A, B"), and named movements or models by their quoted name ("phong trào “Bình dân học vụ số”"). A shorter
re-mention ("Quy hoạch tỉnh") is the fuller project; a site inside a body's or company's name is not one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kernel.text import tone_key, unify_tones
from loaders.extract.lexicon import (
    BODY_HEADS_NOT_MOVEMENTS,
    CEREMONY_FACILITIES,
    CLAUSE_SUBJECT_VERBS,
    CLAUSE_SUBJECTS,
    COUNTED_NOUNS,
    LEVEL_WORDS,
    LISTED_KINDS,
    LOWER,
    NEXT_ITEM_KINDS,
    NOT_IN_PROJECT_NAME,
    NUMBERED_SCHEME_GOES_ON,
    PROJECT_LIST_WORDS,
    PROJECT_TASK_VERBS,
    PROJECT_TYPES,
    PROVINCE_BY_KEY,
    PURPOSE_WORK_CUES,
    PURPOSE_WORK_KINDS,
    TO_BE_ISSUED,
    UNITS_LEFT,
    UPPER,
    WORK_EVENTS_AFTER_NAME,
    WORK_KINDS,
)
from loaders.extract.model import Project
from loaders.extract.ordered import Covered
from loaders.extract.resolutions import NAMED
from loaders.extract.text import Doc, WordPattern, key_of

#: a word of a site's name: a numeral, a capitalised word, an acronym ("VSIP"), or one or two lower-case syllables
#: inside the name ("Nhà máy Nhiệt điện Quỳnh Lập", "Nhà máy Điện mặt trời Gio Thành 1")
_SITE_WORD = (
    # (not a photo credit after a caption: "Khu đô thị hồ X ẢNH: Y")
    rf"(?!ẢNH(?![\w]))(?:[IVX]+(?![\w])|[{UPPER}][{UPPER}\d]+(?![\w])|[{UPPER}][{LOWER}]*"
    rf"(?:(?:\s(?!(?:và|tại|của|ở|với|cùng|thuộc|trên|cho|do|đến|từ|đi|qua|nối|về|giai|đoạn|số|trong|quý|năm|tháng|đợt"
    # (nor the occasion after it: "khánh thành đường vào sân bay Phan Thiết dịp Quốc khánh")
    rf"|dịp|nhân|ngày|sáng|chiều|tối|chào)\s)[{LOWER}]+){{1,2}}"
    rf"(?=\s[{UPPER}]))?|\d+(?![.,]\d))"  # (not a figure: "khu công nghiệp 3.900 tỉ đồng")
)
#: between two words of a site's name: a space, or a hyphen before a capital ("Khu du lịch Hồ Tràm-Bình Châu")
#: (and "TP. Nha Trang" inside it; a spaced dash between two places: "Khu đô thị biển Bình Sơn - Ninh Chử")
_SITE_JOIN = rf"(?:[ \t]|-(?=[{UPPER}])|(?<=TP)\.[ \t](?=[{UPPER}])|[ \t][-–][ \t](?=[{UPPER}]))"
_SITE_HEADS = (
    # (the second word capitalised too, as many texts write it: "Cụm Công nghiệp A", "Khu Công nghiệp dệt may B")
    "[Cc]ụm [Cc]ông nghiệp|[Kk]hu [Cc]ông nghiệp|Khu [Kk]inh tế(?: cửa khẩu)?|Khu đô thị(?: mới)?|Khu du lịch"
    "|Khu thương mại tự do|Khu nhà ở xã hội|Khu nhà ở"  # ("Khu nhà ở xã hội Thống Nhất", "Khu nhà ở công nhân X")
    "|Khu công nghệ cao|Khu tái định cư|Khu neo đậu tránh trú bão|Nhà máy|Cảng hàng không(?: quốc tế)?|Cảng|[Ss]ân bay"
    "|Sân golf"
    "|KCN|CCN"  # "KCN VSIP Nghệ An II"
)
#: a named site: its head, up to four lower-case words ("Nhà máy sợi Thuận Đức", "Cảng tổng hợp Hòn La", "Khu đô thị
#: mới Bắc sông Cấm"), then a capitalised name
_NAMED_SITE = WordPattern(
    rf"(?=[CcKkNSs])({_SITE_HEADS}|khu đô thị(?: mới)?)"
    r"(?:[ \t]\((?:CCN|KCN|KĐT|KKT)\))?"  # its abbreviation: "Cụm công nghiệp (CCN) Đông Ninh"
    rf"((?:[ \t](?!(?:và|tại|của|ở|với|cùng|thuộc|trên|cho|do|đến|từ|đã|được|là|có|này|mới|gồm|bao|gần|hơn|khoảng"
    rf"|rộng|dài|các|những|cụm|khu|nhà|như)[ \t])[{LOWER}]+){{0,4}})[ \t]+"  # never over a line break
    rf"({_SITE_WORD}(?:{_SITE_JOIN}{_SITE_WORD}){{0,4}}"
    # (a last syllable in lower case, its place right after: "Khu nhà ở xã hội Thống nhất tại thành phố X")
    rf"(?:[ \t](?!(?:và|của|với|đã|được|có|là|đang|sẽ|thuộc|cũng|vẫn|còn|tại|ở)(?![\w]))[{LOWER}]+"
    r"(?=[ \t](?:tại|ở)[ \t]))?"
    r"(?:\s[-–]\s(?:phía|khu) (?:Bắc|Nam|Đông|Tây)(?![\w]))?)",  # its side: "Khu đô thị mới X - phía Bắc"
    starts=(
        "Cụm công nghiệp",
        "Cụm Công nghiệp",
        "cụm công nghiệp",
        "Khu",
        "khu công nghiệp",
        "khu đô thị",
        "Nhà máy",
        "Cảng",
        "Sân bay",
        "Sân golf",
        "sân bay",
        "KCN",
        "CCN",
    ),
)
#: a site named inside a body's name or a company's ("Ban Quản lý Khu kinh tế Hải Phòng", "Công ty Cổ phần Cảng Đà
#: Nẵng") is not a project
#: (also after "CP" and up to three words: "Công ty CP Phát triển hạ tầng KCN Hòa Tâm")
_SITE_IN_A_BODY = re.compile(
    r"(?:Ban [Qq]uản lý|Công ty|[Cc]ổ phần|CP|TNHH|[Tt]rách nhiệm hữu hạn|Tổng công ty)(?:\s[\w]+){0,4}\s$"
)
#: a list of sites sharing their head: "các khu công nghiệp mới: Hòa Hội (xã Cát Hanh); Bình Nghi, Phù Mỹ", "4 cụm
#: công nghiệp Vinh Khang, Tân Mỹ và Hiệp Hòa"
_SITE_LIST = WordPattern(
    r"(?=[c\d])(?:các|\d{1,3}) (khu công nghiệp|cụm công nghiệp)"
    r"(?:\s(?!(?:gồm|tại|ở|trên|thuộc|của|huyện|xã|tỉnh|thành|quận|phường|thị)\s)[a-zđà-ỹ]+){0,2}"
    r"\s*(?::\s*|(?=[A-ZĐ][^,.;:\n]{1,30},))",
    needs=("công nghiệp",),
)
#: a list of sites sharing their head after "bao gồm" / "gồm" (no colon), each item with a tail of its own up to a
#: semicolon: "Các khu công nghiệp bao gồm VSIP Bắc Ninh II quy mô 82 ha do Công ty X làm nhà đầu tư; Quế Võ II ...;"
_SITE_LIST_ITEMS = WordPattern(
    rf"(?=[Cc])[Cc]ác (khu công nghiệp|cụm công nghiệp)(?:[ \t]+[{LOWER}]+){{0,2}}?[ \t]+(?:bao gồm|gồm)[ \t]+"
    rf"(?=[{UPPER}][^;.\n]{{3,160}};)",
    needs=("gồm",),
)
#: a list of sites under an abbreviated head and "là" / "gồm": "bổ sung 2 CCN là Tiền Tiến-Telin Park (xã Tiền Tiến,
#: diện tích 75 ha) và ...", "3 CCN là Hồng Lạc, Hồng Lạc II và Hồng Lạc III (đều thuộc xã Hồng Lạc)"
_ABBREVIATED_SITE_LIST = WordPattern(
    rf"(?=[cC\d])(?:[Cc]ác|\d{{1,3}})[ \t]+(KCN|CCN)[ \t]+(?:là|gồm|như)[ \t]+(?=[{UPPER}])", needs=("KCN", "CCN")
)
_SITE_HEAD_OF = {"KCN": "Khu công nghiệp", "CCN": "Cụm công nghiệp"}
#: a unit of size or money after a figure: "khu công nghiệp 400 ha", "khu đô thị 2.700 tỷ đồng" (the figure names none)
_MEASURE_AFTER = re.compile(r"[ \t]*(?:ha|héc-ta|hécta|m2|m²|km|tỷ|tỉ|triệu|nghìn tỷ|ngàn tỷ)(?![\w])")
_FIGURE = re.compile(r"\d+")
_COMPANY_HEADS = ("Công ty", "Tổng công ty", "Tổng Công ty", "Tập đoàn", "Liên danh")
_ITEM_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,80}\)")
_ITEM_JOIN = re.compile(r"[ \t]*(?:,|và)[ \t]*")
_SITE_ITEM_NAME = re.compile(rf"[ \t]*({_SITE_WORD}(?:{_SITE_JOIN}{_SITE_WORD}){{0,4}})")
_SENTENCE_END = re.compile(r"\.(?:\s|$)|\n")
_SITE_ITEM = re.compile(rf"({_SITE_WORD}(?:\s{_SITE_WORD}){{0,3}})(?:\s*\([^()\n]{{1,60}}\))?\s*(?:[,;]|và)?\s*")
#: a named movement or model, by its quoted name (GOLD_FORMAT: named movements are projects): phong trào "Bình dân
#: học vụ số", Cuộc vận động "Toàn dân đoàn kết ...", mô hình "Tổ công nghệ số cộng đồng"
_MOVEMENT = WordPattern(
    r"(?=[PpCcMm])(?:[Pp]hong trào(?: thi đua)?|[Cc]uộc vận động|[Mm]ô hình|[Cc]hương trình)"
    r"\s+[“\"]([^”\"\n]{3,120})[”\"]",
    needs=("“", '"'),
)
#: the same in an upper-case title: "KẾ HOẠCH\nTRIỂN KHAI PHONG TRÀO THI ĐUA “CHUNG TAY XÂY DỰNG XÃ HỘI HỌC TẬP”
#: TRÊN ĐỊA BÀN TỈNH" (the name written as a sentence: "Chung tay xây dựng xã hội học tập")
_MOVEMENT_UPPER = WordPattern(
    r"(?=[PC])(?:PHONG TRÀO(?: THI ĐUA)?|CUỘC VẬN ĐỘNG)\s+[“\"]([^”\"\n{LOWER}]{3,120})[”\"]".replace("{LOWER}", LOWER),
    needs=("PHONG TRÀO", "CUỘC VẬN ĐỘNG"),
)
#: a programme or scheme with a quoted name, its kind word wrapped over a hard line break as a legal database's copy
#: has it: "... thực hiện Chương\ntrình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời ...”"
_WRAPPED_QUOTED = WordPattern(
    r"(?=[CcĐđ])([Cc]hương|[Đđ]ề)[ \t]*\n[ \t]*(trình|án)\s*[“\"]([^”\"]{3,260})[”\"]",
    needs=("\n",),
)
_DESCRIBED = WordPattern(
    r"(?P<word>Đề án|Dự án|Quy hoạch|Chương trình hành động|Chương trình"
    r"|đề án|dự án|quy hoạch|chương trình hành động|chương trình"
    # "DA" for "Dự án" before what it builds: "khởi công DA mở rộng QL1A" (or a work's kind in capitals: "đầu tư DA Kè
    # chống sạt lở bờ sông X")
    rf"|DA(?=[ \t](?:[{LOWER}]|(?:{'|'.join(w.capitalize() for w in PURPOSE_WORK_KINDS)})[ \t])))(?=\s)"
    # a numbered programme is a document; a numbered đề án is still a project ("Đề án 06 về ...")
    r"(?!(?<=[Cc]hương trình)\s+(?:hành động\s+)?(?:số|\d)|(?<=[Cc]hương trình hành động)\s+(?:số|\d))"
    r"(?!(?<![Đđ]ề án)\s+số\s*\d)"  # "Đề án số 03-ĐA/HU về ..." is a project too (GOLD_FORMAT); "Dự án số hóa X" is one
)
#: a lower-case project word names one project when an action is taken on it ("điều chỉnh dự án
#: nhà máy ...", "hoàn thiện chương trình hành động thực hiện Nghị quyết 66-NQ/TW")
_ACTION_BEFORE = re.compile(
    r"(?:điều chỉnh|triển khai(?: thực hiện)?|thực hiện|hoàn thiện|thành lập|phê duyệt|xây dựng|ban hành|rà soát"
    r"|khởi công|đầu tư|quyết liệt|nội dung|trình|thông qua"
    # the board that steers it: "Trưởng Ban Chỉ đạo chương trình xóa nhà tạm, nhà dột nát của tỉnh"
    r"|Ban [Cc]hỉ đạo"
    # the work on one project: "giải phóng mặt bằng dự án đường X", "thi công dự án Y", "tiến độ dự án Z"
    r"|giải phóng mặt bằng|GPMB|thi công|tiến độ(?: thực hiện)?)(?:\s+nhóm)?\s*$"  # ("khởi công nhóm dự án X")
)
#: a lower-case action programme pinned down by the named document it carries out: "... những nội dung cốt lõi và
#: chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Sao Vàng lần thứ I"
_CARRIES_OUT_NAMED = re.compile(
    r"\s+(?:của\s+[^,.;:\n]{2,60}?\s+)?(?:về\s+)?(?:triển khai\s+)?thực hiện\s+"
    r"(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định)\s"
)
#: a lower-case project word followed by a capitalised name ("Đó là dự án Trụ sở làm việc các cơ quan xã Sông
#: Phan, huyện Hàm Tân; dự án Nâng cấp Bệnh viện huyện Tánh Linh"), or by what it builds and then a name ("dự án
#: nhà máy điện gió Vân Canh 1", "dự án đường bộ cao tốc Cam Lộ - La Sơn": up to four lower-case words, none a
#: place or a preposition: "dự án trên địa bàn huyện X" names none); not a bill ("dự án Luật Đất đai"), nor a kind of
#: funding ("dự án FDI", "dự án sử dụng vốn ODA")
_NAMED_AFTER = re.compile(
    # never over a line break; "nhà ở xã hội" is housing, though "ở" and "xã" are in the list
    rf"(?:[ \t]+(?:nhà ở|xã hội|(?!(?:{'|'.join(NOT_IN_PROJECT_NAME)})(?![\w]))[{LOWER}]+)){{0,4}}"
    r"[ \t]+(?!(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Kế hoạch|Chương trình)(?![\w]))"
    rf"(?!(?:{'|'.join(PROJECT_TYPES)})(?![\w]))[{UPPER}]"
)
#: works counted after a project word: "dự án xây dựng hai khu dân cư trên địa bàn thành phố" (several, none named)
_COUNTED_WORKS = re.compile(
    r"\s+(?:(?:đầu tư\s+)?xây dựng|nâng cấp|cải tạo|mở rộng)\s+(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3})\s+"
    r"(?:(?:chiếc|cây|con)\s+)?"  # (a classifier between: "dự án xây dựng hai chiếc cầu mới này")
    r"(?:khu|tuyến|công trình|cầu|trường|nhà|dự án|tòa)(?![\w])"
)
#: "Tiểu" before "dự án": a sub-project
_SUB_BEFORE = re.compile(r"(?<![\w])[Tt]iểu[ \t]$")
#: a lower-case project word followed by a kind of funding only: "là dự án FDI", "thực hiện dự án ODA"
_TYPE_AFTER = re.compile(rf"\s+(?:{'|'.join(PROJECT_TYPES)})(?![\w])")
#: "dự án" inside a body's name: "Ban Quản lý dự án Mỹ Thuận", "Ban quản lý dự án đầu tư xây dựng huyện X"
_MANAGES = re.compile(r"[Qq]uản lý\s+$")
#: a project board named without its unit, in any case: "đang được Ban Quản lý Dự án triển khai" (no project)
_BOARD_BEFORE = re.compile(r"(?:Ban [Qq]uản lý|BQL)\s+$")
#: a project named by what it builds, with a number or a capital in the clause: "dự án nâng cấp, mở rộng các đoạn
#: xung yếu trên quốc lộ 24", "dự án xây dựng cầu Cửa Hội"
_BUILDS_NAMED = re.compile(
    # ("đầu tư" before the work: "dự án đầu tư mở rộng cao tốc X - Y")
    r"\s+(?:đầu tư xây dựng|đầu tư(?=\s+(?:nâng cấp|mở rộng|cải tạo))|xây dựng|nâng cấp|mở rộng|cải tạo|sửa chữa"
    r"|kiên cố hóa|cứng hóa)"
    r"(?:,?\s+(?:nâng cấp|mở rộng))?"
    # (what it builds in lower-case words, never a link word: not "dự án đầu tư xây dựng do Chủ tịch UBND tỉnh giao")
    rf"(?:[ \t]+(?!(?:do|của|cho|được|đã|là|và|tại|ở|với|theo|thì|khi|bị|đang|sẽ)(?![\w]))[{LOWER}]+){{0,8}}"
    rf"[ \t]+(?:\d|[{UPPER}])"
)
#: a numbered component of a project: "dự án thành phần 2", "Dự án thành phần 1 bồi thường, hỗ trợ tái định cư ..."
_COMPONENT_NUMBER = re.compile(r"\s+thành phần\s+(?:\d{1,2}|[IVX]{1,4})(?![\w])")
#: what the component's name goes on with after its number (the work it does, or where): else the name is the number's
_COMPONENT_GOES_ON = re.compile(
    r"[ \t]+(?:bồi thường|giải phóng|xây dựng|xây lắp|đầu tư|đoạn|tuyến|cầu|đường|hạ tầng|hầm|nút giao|[:(]"
    rf"|[{UPPER}])"
)
#: a bill, not a project: "dự án Luật Đất đai"
_BILL = re.compile(r"\s+(?:Luật|luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định)(?![\w])")
#: the place of a list item: after "gồm:" or an item's ";"
_LIST_ITEM_BEFORE = re.compile(r"(?:gồm|bao gồm|như)\s*:\s*$|;\s*$")
#: a name in the next words (a capital before the clause ends): "thuộc dự án hồ chứa nước Ea Súp"
_NAMED_WITHIN = re.compile(rf"[^,.;:\n{UPPER}]{{1,60}}[{UPPER}]")
#: a project's owner after its name ends it: "dự án đường tuần tra biên giới X của Bộ Tư lệnh Quân khu 5"
_OWNER_END = re.compile(r"\s+của\s+(?=(?:Bộ|Công ty|Tổng công ty|Tập đoàn|Ban|BQL|Quân khu|Tổng cục|Cục)\s)")
#: a site joined to the project just read: "Dự án Nhà máy A và Nhà máy chế biến B đều do Công ty X đầu tư"
_AND_SITE = re.compile(r"\s+và\s+(?=(Nhà máy|Khu công nghiệp|Cụm công nghiệp)\s)")
#: a named site written inside another project's name, where a road starts or goes: "dự án đường nối từ Khu công
#: nghiệp Hòa Cầm đi cảng Tiên Sa" (the site is a project of its own)
_SITE_ABBREVIATION = re.compile(r"[ \t]\((?:CCN|KCN|KĐT|KKT)\)")
_SITE_IN_ROUTE = re.compile(r"(?:từ|đến|tới|đi|nối|qua)\s+$")
#: a zone a plan is made for, inside the plan's name: "Quy hoạch chung xây dựng Khu kinh tế Nhơn Hội" (the zone is a
#: project too)
_ZONE = re.compile(r"(?:Khu kinh tế|Khu công nghiệp|Cụm công nghiệp|KCN|CCN)", re.IGNORECASE)
_PLANNED_FOR = re.compile(r"[Qq]uy hoạch[^.;:\n]{0,50}$")
#: a kind of work in lower case opening a list item: "cầu ", "nhà văn hóa ", "trường "
_LOWER_WORK_KIND = rf"(?:{'|'.join(WORK_KINDS)})[ \t]"
#: a list of projects or works: "một số dự án như: Khu nghỉ dưỡng A tại xã B (120 ha), Sân golf C (300 ha)", with no
#: colon when a capital opens the first item ("các dự án như Hồ chứa nước A; Đường giao thông xã B (huyện C)"), and
#: of built works ("Các công trình gồm: Trường Mầm non A (phường B), Trường Tiểu học C")
_PROJECT_LIST = WordPattern(
    rf"(?=[mcnđCMNĐ\d])(?:[Mm]ột số|[Cc]ác|[Nn]hững|[Nn]hiều|\d{{1,3}}) (?:dự án|công trình)(?:\s[{LOWER}]+){{0,6}}?,?"
    # (or a colon alone: "2 dự án lớn: A và B")
    rf"(?:\s+(?:{'|'.join(PROJECT_LIST_WORDS)})\s*(?::\s*|(?=[{UPPER}]))|\s*:\s*(?=[{UPPER}]|{_LOWER_WORK_KIND}))",
    needs=("dự án", "công trình"),
)
#: a list of works of one kind being built, the kind said once before the colon: "Các trường xây dựng gồm: Mầm non A
#: (5.200 m2, xã B), Tiểu học C (xã D)", "3 cầu được đầu tư gồm: Cầu E, Cầu F" (a verb of building is needed: "Các
#: trường đạt chuẩn gồm: ..." lists schools, not works)
_BUILT_LIST = WordPattern(
    r"(?=[CcNn\d])(?:[Cc]ác|[Nn]hững|\d{1,3}) (?:trường(?: học)?|điểm trường|cây cầu|cầu|tuyến đường|khu tái định cư)"
    r" (?:(?:được|sẽ được|đang được|đã được) )?(?:xây dựng|xây mới|đầu tư(?: xây dựng)?|khởi công|nâng cấp|cải tạo)"
    rf"(?:\s[{LOWER}]+){{0,4}}?,?\s+(?:gồm|bao gồm|là|như)\s*:\s*(?=[{UPPER}])",
    needs=("gồm", "là", "như"),
)
#: projects counted, then listed after "Cụ thể:" ("quyết định chủ trương đầu tư 3 dự án. Cụ thể: dự án A, với ...;
#: B, ...")
_COUNTED_THEN_LISTED = WordPattern(
    r"\d{1,2} (?:dự án|công trình)[^.;:\n]{0,60}\.\s*Cụ thể\s*[:,]\s*",
    needs=("Cụ thể",),
)
#: one item of such a list: a capitalised name up to where it ends, then what follows it up to the next item
_LIST_ITEM_START = re.compile(rf"[{UPPER}]")
#: a named work a ceremony is held for: "khánh thành công trình Trường Mầm non Hoa Mai", "khởi công xây dựng công trình
#: Cầu Sê San 3" (the name after "công trình", capitalised; "công trình giao thông nông thôn" names none)
_CEREMONY_WORK = WordPattern(
    rf"(?:khởi công|khánh thành|động thổ|gắn biển|thông xe)(?:\s+xây dựng)?\s+"
    # (or a facility named straight after: "khởi công xây dựng Trường Tiểu học Kim Long")
    rf"(?:công trình\s+(?=[{UPPER}])|(?=(?:{'|'.join(CEREMONY_FACILITIES)})\s+[{UPPER}\d])"
    # (or a work whose kind is in lower case, the name kept whole: "gắn biển công trình cầu Kênh Xáng-Đường tỉnh 946")
    rf"|(?=công trình\s+(?:{'|'.join(WORK_KINDS)})\s+[{UPPER}\d]))",
    needs=("khởi công", "khánh thành", "động thổ", "gắn biển", "thông xe"),
)
#: a work that is a named facility, whatever is said of it: "Công trình Nhà văn hóa thôn Đông tại phường Yên Hòa được
#: khánh thành" (the facility's kind, up to two lower-case words, then a capital)
_WORK_OF_FACILITY = WordPattern(
    rf"(?=[Cc])[Cc]ông trình[ \t]+(?=(?:{'|'.join(CEREMONY_FACILITIES)})(?:[ \t][{LOWER}]+){{0,2}}[ \t][{UPPER}\d])",
    starts=("Công trình", "công trình"),
)
#: a named facility being built: "điểm Trường Mầm non Hoa Sen được xây mới tại xã A", "Cầu Sê San 3 được đầu tư ..."
#: (its name ends before "được"; a facility that hosts an event is none: "được chọn làm điểm tổ chức")
_BUILT_FACILITY = WordPattern(
    rf"(?:{'|'.join(CEREMONY_FACILITIES)})\s+[{UPPER}\d][^,.;:()\n]{{1,80}}?"
    # (its commune between: "Trường Mầm non Hoa Sen tại phường Tân An (TP Buôn Ma Thuột cũ) được khánh thành")
    r"(?=(?:\s+(?:tại|ở)\s+(?:xã|phường|thị trấn|đặc khu)\s+[^,.;:()\n]{1,40}?(?:\s*\([^()\n]{1,40}\))?)?"
    r"\s+(?:đang\s+|sẽ\s+|đã\s+)?được\s+(?:xây mới|xây dựng|đầu tư|nâng cấp|cải tạo|mở rộng|khởi công|khánh thành))",
    starts=CEREMONY_FACILITIES,
)
#: a road between two named places, being built: "thi công đường Đạo Nghĩa – Quảng Khê", "làm đường Long Sơn - Cái
#: Mép đi qua ..." (the dash between its two ends names the route; a street is no project: "đường Nguyễn Tất Thành")
_ROUTE_BUILT = WordPattern(
    r"(?:thi công|xây dựng|làm|mở rộng|nâng cấp|khởi công|khánh thành|thông xe|đầu tư)\s+(?:tuyến\s+)?đường\s+"
    # (up to two lower-case words of its kind first: "tuyến đường tạo lực Bắc Tân Uyên-Phú Giáo-Bàu Bàng")
    rf"(?P<kind>(?:(?!(?:và|của|tại|ở|qua|đi|từ|đến|nối|với|đoạn)\s)[{LOWER}]+\s){{0,2}}"
    r"(?:đoạn\s)?)"  # (then its stretch: "khởi công đường ven biển đoạn A - B")
    rf"(?=[{UPPER}][^,.;:()\n]{{1,40}}?\s?[-–]\s?[{UPPER}])",
    needs=(" đường ",),
)
#: a provincial or district road by its number after "Đường", as one end of a bridge's name: "cầu Rạch Gốc-Đường tỉnh
#: 942" (only right after "Đường")
_ROAD_NUMBER = r"(?:(?<=Đường)[ \t](?:tỉnh|huyện)[ \t]\d{1,4}(?![\w]))?"
#: a route's two ends, each in capitalised words: "Đạo Nghĩa – Quảng Khê", "Long Sơn - Cái Mép"
_ROUTE_ENDS = re.compile(
    rf"[{UPPER}]\w*(?:[ \t][{UPPER}\d]\w*)*(?:[ \t]?[-–][ \t]?[{UPPER}]\w*(?:[ \t][{UPPER}\d]\w*{_ROAD_NUMBER})*"
    rf"{_ROAD_NUMBER})+"
)
#: housing with no name of its own, broken ground on at a named commune: "khởi công khu nhà ở xã hội tại phường Phố
#: Hiến" (the project is named by its kind and its commune)
_HOUSING_BROKEN_GROUND = WordPattern(
    r"(?:khởi công|khánh thành|động thổ)(?:[ \t]+xây dựng)?[ \t]+"
    r"(?P<kind>khu nhà ở xã hội|khu nhà ở công nhân|khu tái định cư|khu dân cư|nhà ở xã hội)[ \t]+"
    rf"(?=tại[ \t]+(?:xã|phường|thị trấn|đặc khu)[ \t]+[{UPPER}])",
    needs=("khởi công", "khánh thành", "động thổ"),
)
#: housing with no name of its own, after "dự án", at a named commune: "dự án khu tái định cư tại xã Hòa Ninh" (named by
#: its kind and its commune, like _HOUSING_BROKEN_GROUND)
_HOUSING_PROJECT = WordPattern(
    r"(?=[dD])[dD]ự án[ \t]+"
    r"(?P<kind>khu nhà ở xã hội|khu nhà ở công nhân|khu tái định cư|khu dân cư|nhà ở xã hội)[ \t]+"
    rf"(?=tại[ \t]+(?:xã|phường|thị trấn|đặc khu)[ \t]+[{UPPER}])",
    needs=("dự án", "Dự án"),
)
#: a work written in lower case, being built, then its capitalised name: "đầu tư xây dựng cầu Bình Ca trên địa bàn
#: huyện A", "khởi công trường Mầm non Hoa Sen" (not a street: "nâng cấp đường Nguyễn Trãi"; not a part of a project
#: listed with its scope: "tăng vốn tại dự án X, xây mới cầu Y và đầu tư mới 8 km đường")
_LOWER_WORK_BUILT = WordPattern(
    # (and the short "xây" of headlines: "chi 300 tỷ đồng xây cầu A"; not "xây mới cầu B" of a project's scope listed)
    r"(?:xây dựng|xây(?! dựng| mới)|khởi công|khánh thành|nâng cấp|cải tạo|sửa chữa|thi công|hoàn thành)"
    rf"(?:[ \t]+(?:xây dựng|mới))?[ \t]+(?P<kind>{'|'.join(k for k in WORK_KINDS if k != 'đường')})[ \t]+(?=[{UPPER}])",
    needs=tuple(k for k in WORK_KINDS if k != "đường"),
)
#: two names sharing the kind word read before them, each in capitalised words: "(cầu) Sông Chua và Đà Rằng"
_SHARED_KIND_NAMES = re.compile(
    rf"([{UPPER}][\w]*(?:[ \t][{UPPER}\d][\w]*){{0,3}})[ \t]+và[ \t]+([{UPPER}][\w]*(?:[ \t][{UPPER}\d][\w]*){{0,3}})"
)
#: the units a bridge joins, after its name: " nối tỉnh A với tỉnh B", " nối liền hai xã" (a road's ends are its name:
#: "Dự án nâng cấp Quốc lộ 28B nối tỉnh A với tỉnh B")
_BRIDGE_JOINS = re.compile(r"\s+nối(?= (?:liền )?(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|hai|2)(?![\w]))")
#: a description after a dash, in lower case: " – cây cầu dây văng đầu tiên của tỉnh"
_DASHED_DESCRIPTION = re.compile(rf"\s[-–]\s+(?=[{LOWER}])")
#: the same kinds opening an item of a list of works, a road too, up to three lower-case words before its capitalised
#: name (a hamlet's, often): "...; cầu Đá Bạc (xã Tiến Thắng)", "...: nhà văn hóa bản Pù Quăn, trường mầm non bản
#: Chai và đường nội bản Chiềng" (the name ends with its last capitalised word)
_LOWER_WORK_ITEM = re.compile(
    rf"(?:{'|'.join(WORK_KINDS)})(?:[ \t]+[{LOWER}]+){{0,3}}?[ \t]+[{UPPER}][\w]*(?:[ \t]+(?:[{UPPER}][\w]*|\d+))*"
)
#: a road built to a named site: "khánh thành đường vào sân bay Phan Thiết", "khởi công tuyến đường vào Khu công
#: nghiệp X" (the road is the work; the site, read by _NAMED_SITE from where this ends, is its end)
_ROAD_TO_SITE = WordPattern(
    r"(?:thi công|xây dựng|làm|mở rộng|nâng cấp|khởi công|khánh thành|thông xe|đầu tư)\s+(?:tuyến\s+)?(đường\s+"
    r"(?:vào|lên|ra|đến|tới)\s+)(?=(?:sân bay|Sân bay|[Cc]ảng|[Kk]hu công nghiệp|[Cc]ụm công nghiệp|[Kk]hu du lịch"
    r"|[Kk]hu kinh tế|[Kk]hu đô thị|[Nn]hà máy)\s)",
    needs=(" đường ",),
)
#: an expressway named by its two ends is a project, whatever is said of it: "tuyến cao tốc Vân Đồn - Móng Cái",
#: "đường bộ cao tốc Bắc - Nam phía Đông" (its ends read by _ROUTE_ENDS)
_EXPRESSWAY = WordPattern(
    rf"(?=[TtĐđCc])(?:[Tt]uyến[ \t]+)?(?:[Đđ]ường[ \t]+(?:bộ[ \t]+)?)?[Cc]ao tốc[ \t]+(?=[{UPPER}])",
    needs=("cao tốc", "Cao tốc"),
)
#: a body named after the expressway it builds: "Ban Quản lý dự án đường cao tốc X - Y" (no project here)
_BODY_BEFORE = re.compile(r"(?:Ban [Qq]uản lý|BQL|Công ty|Tổng công ty)[^,.;:\n]{0,25}$")
#: the header cell of a table's project-name column: "Tên dự án", "Danh mục dự án", "Tên công trình", "Dự án"
_NAME_COLUMN = re.compile(r"\s*(?:[Tt]ên|[Dd]anh mục)?\s*(?:[Dd]ự án|[Cc]ông trình)(?:\s*,\s*(?:dự án|công trình))?\s*")
#: a row that sums the table up: "Tổng cộng", "Tổng số"
_TOTAL_ROW = re.compile(r"\s*(?:Tổng|TỔNG|Cộng|CỘNG)")
_PURPOSE_NEXT = re.compile(r"\s+(?:để|nhằm)\s")
#: a complex named by its parts and then its brand: "Tổ hợp Trung tâm thương mại – căn hộ chung cư cao cấp Sông Hậu
#: Tower", "Tổ hợp khách sạn, căn hộ Vịnh Xanh" (capitalised "Tổ hợp", a name in capitals last; never "tổ hợp tác")
_COMPLEX = WordPattern(r"Tổ hợp[ \t](?!tác(?![\w]))[^.;:()\n]{3,140}", starts=("Tổ hợp",))
#: where such a name ends: the verbs and links after it ("... Sông Hậu Tower do Công ty X đăng ký ...")
_COMPLEX_END = re.compile(r"\s(?:do|tại|của|với|được|là|có|đã|sẽ|ở|trên|thuộc|và|cho|nằm|vừa|đang|gồm)(?![\w])")
#: the name's last capitalised word
_LAST_CAPITAL = re.compile(rf"[{UPPER}][\w]*(?!.*[ \t][{UPPER}])", re.DOTALL)
#: a decision's name field: "Tên dự án: Đường liên thôn A đi buôn B, xã C", "Tên công trình: Trường Mầm non D"
_NAME_FIELD = WordPattern(rf"Tên (?:dự án|công trình)\s*:\s*(?=[{UPPER}])", needs=("Tên ",))
#: a movement named without quotes, in capitals: "phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
#: "phong trào thi đua Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" (not a body's movements:
#: "các phong trào Hội Nông dân phát động")
_MOVEMENT_CAPS = WordPattern(
    rf"(?<![Cc]ác )(?<![Nn]hững )(?:[Pp]hong trào(?: thi đua)?|[Cc]uộc vận động)\s+"
    rf"(?!(?:{'|'.join(BODY_HEADS_NOT_MOVEMENTS)})(?![\w]))(?=[{UPPER}])",
    needs=("phong trào", "Phong trào", "vận động"),
)
#: a movement launched by name, without quotes: "phát động phong trào làm đường giao thông nông thôn Mùa xuân 2024"
_LAUNCHED = WordPattern(
    r"(?:phát động|hưởng ứng|ra quân|ra quân thực hiện)\s+(phong trào(?: thi đua)?\s)",
    needs=("phong trào",),
)
#: an action programme with no number, named by its date and issuer: "Chương trình hành động ngày 12/3/2025 của Ban
#: Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW" (a date after a name ends it, not this one)
_DATED_PROGRAMME = re.compile(r"\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?=\s*,?\s*của\s)")


def _congress_run_on(doc: Doc, start: int, end: int) -> int | None:
    """Where a congress resolution named inside a project's name ends, when the name was cut inside it (a hard line
    break before a capital: "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu\nĐảng bộ tỉnh ...")."""
    at = doc.match.find("Nghị quyết", start, end)
    if at < 0:
        return None  # the cheap look first
    named = NAMED.match(doc.match, at)
    return named.end() if named is not None and named.end() > end else None


#: a name that ends on a document's kind word alone ("... thực hiện nghị quyết", "... theo kế hoạch này")
_UNNAMED_END = re.compile(
    r"\s(?:nghị quyết|kế hoạch|đề án|chương trình|quyết định|chỉ thị|kết luận)(?:\s+(?:này|đó|trên|nói trên))?$"
    # the text itself announced ("xây dựng Chương trình hành động dưới đây:", "ban hành Chương trình triển khai thực
    # hiện cụ thể như sau"), or a name cut on a preposition ("thực hiện Chương trình mục tiêu quốc gia về…")
    r"|\s(?:dưới đây|sau đây|cụ thể|triển khai thực hiện|về|của|với|cho|tại|để|theo)$"
)
#: (a scheme's quoted name may be long: "Đề án “Nâng cao năng lực, hiệu lực, hiệu quả giám sát, kiểm tra, thanh
#: tra nhằm phòng ngừa, ...”")
_QUOTED = re.compile(r"\s*[“\"]([^”\"]{3,260})[”\"]")
#: an event whose title is in quotes ("tọa đàm “Quy hoạch tỉnh ...”"): the quote names the event, not a project
_EVENT_BEFORE = re.compile(r"(?:[Tt]ọa đàm|[Hh]ội thảo|[Hh]ội nghị|[Dd]iễn đàn|chủ đề|[Cc]uộc thi|khẩu hiệu|[Ll]ễ)\s*$")
#: the rest of a name opened inside quotes, to the closing quote (on one line)
_CLOSING_QUOTE = re.compile(r"([^”\"\n]{3,200})[”\"]")
#: a name that would end on the kind word of the next document of a list, its number on the next line ("phê duyệt
#: Chương trình X giai đoạn 2021-2025, Quyết định số\n650/QĐ-LĐTBXH ..."): the name ends before the comma
_DANGLING_KIND = re.compile(r",\s+(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Thông báo)(?:\s+số)?\s*$")
#: the next numbered document of a list after a name, which ends it unless the name carries documents out itself
#: ("Chương trình hành động thực hiện Nghị quyết số 11, Nghị quyết số 12 ...")
_NEXT_NUMBERED = re.compile(r",\s+(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Thông báo)\s+số\s*\d")
_CARRIES_OUT_WORD = re.compile(r"thực hiện|triển khai|cụ thể hóa")
#: a project the text defines by a bracketed term, after its full name: "Dự án đường ... (Dự án)", "(sau đây gọi tắt là
#: Đề án)"
_DEFINED_TERM = re.compile(
    r"(?:[^()\n.;]|\.(?=\S)){0,300}?"  # (a dot inside a road's number: "ĐT.707")
    r"(?P<open>\s*\(\s*(?:sau đây\s+)?(?:gọi tắt là\s+|gọi là\s+)?(?P<term>Dự án|Đề án)\s*\))"
)
#: where a place written after the name starts, inside the defined span: ", xã Z, huyện W"
_PLACE_IN_TITLE = re.compile(r",\s+(?=(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|tỉnh)\s+[A-ZĐ])")
#: a scheme known by its number, then its issuer, then the clause ends: "Đề án 06 của Chính phủ, Công an tỉnh ..."
_NUMBERED_SCHEME_ISSUER = re.compile(r"\s+(?:số\s+)?\d{1,3}(\s+của\s+[^,.;:()\n]{2,40}?)(?=\s*[,.;:)]|\s*$)")
#: a scheme's title that names its place and then its period: "Đề án Hỗ trợ phát triển ... tại xã A và xã B, huyện C
#: đến năm 2025, định hướng đến năm 2030" (the place is part of the title; a project's "tại" ends its name)
_PLACE_THEN_PERIOD = re.compile(
    r"\s+tại\s+[^.;:()\n]{1,100}?\s(?:đến năm|giai đoạn|thời kỳ)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"(?:\s*,\s*(?:định hướng|tầm nhìn)\s+đến năm\s+(?:19|20)\d\d)?"
)
#: where a project's name ends: punctuation, a verb, an attachment ("ban hành kèm theo Quyết định",
#: "tại Khu công nghiệp"), another document or project joined by "và", or a comma opening a new clause
_END = re.compile(
    # a hard line break ends it, unless the name goes on in lower case (a text wrapped like a PDF: "Đề án cơ cấu lại\n
    # đầu tư công")
    # (not the dot of "TP. Nha Trang": the city's name goes on)
    rf"[;:(…!?|]|\n(?![{LOWER}])|(?<!TP)(?<!Tp)\.(?:\s|$)|\s+ngày\s+\d{{1,2}}\s*[/.-]\s*\d"  # a date ends it
    r"|\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"  # (in words: "ngày 5 tháng 3 năm 2021")
    r"|,?\s+(?:có\s+)?địa điểm(?![\w])"  # its site: "Dự án X có địa điểm xây dựng tại ..."
    r"|,\s+chủ đầu tư(?![\w])"  # its investor: "Dự án Khu công nghiệp X, chủ đầu tư là Công ty Y"
    # what a bridge spans or joins: "Dự án cầu X, bắc qua sông Y nối giữa xã A và xã B"
    r"|,\s+(?:bắc qua|bắc ngang|vượt sông|nối liền|nối giữa)(?![\w])|\s+(?:bắc qua|bắc ngang)(?![\w])"
    # the size it is widened to: "dự án mở rộng cao tốc X - Y lên 4 làn xe"
    r"|\s+lên(?= (?:\d|quy mô|thành)(?![\w]))"
    # the date a review reaches: "tiến độ thực hiện Chương trình X đến tháng 9/2019" (not "đến năm 2030": a period)
    r"|\s+đến(?:\s+hết)?\s+(?:tháng|ngày)\s+\d"
    # its funding after a dash: "Dự án Mua sắm thiết bị Bệnh viện X - vốn ODA của Chính phủ Y"
    r"|\s[-–]\s(?=(?:vốn|nguồn vốn|tổng vốn|tổng mức|trị giá|quy mô)(?![\w]))"
    # (not after the verb a name opens on: "dự án Cải tạo, xây dựng lại khu chung cư X")
    r"|(?<![Cc]ải tạo)(?<![Nn]âng cấp)(?<![Ss]ửa chữa)(?<![Mm]ở rộng)"
    r",\s+(?:(?:trong|hiện|vừa|qua|đồng thời|theo|do|nhưng|tuy|song|vì|nên|khi|sau|trước|từ|với|để|nhằm|góp"
    r"|bảo đảm|đảm bảo|trong đó|theo đó|các|những|đoạn|đi qua|gồm|bao gồm|với tổng|tổng mức|quy mô|có tổng"
    # a task's next verb: "triển khai Đề án X, phấn đấu ...", "Đề án 06, làm sạch dữ liệu ..."
    r"|phấn đấu|làm|hoàn thành|trình|tổ chức|tham mưu|báo cáo|thực hiện|triển khai|đẩy nhanh|sớm|tiếp tục|tập trung"
    r"|ưu tiên|hình thành|đưa|xây mới|đầu tư mới"
    r"|xây dựng|rà soát|hướng dẫn|kêu gọi|thu hút|chỉ đạo|phối hợp|theo dõi"
    # what the event marks: "khởi công dự án X, đánh dấu bước tiến mới"
    r"|đánh dấu|góp phần|mở ra|tạo"
    # the occasion it is built for: "Lễ gắn biển công trình cầu X, chào mừng Đại hội ..., kỷ niệm 94 năm ..."
    r"|chào mừng|kỷ niệm|hướng tới|nhân dịp"
    # another project in lower case: "dự án nhà máy điện gió X, dự án trên địa bàn huyện Y", "Quy hoạch tỉnh, quy
    # hoạch đô thị" (a list of plans, each its own)
    r"|dự án|đề án|công trình|quy hoạch|chương trình"
    # what is planned next: "dự án Khu đô thị X, dự kiến trình UBND thành phố vào tháng 12"
    r"|dự kiến"
    # the task given on it, or its size: "Đề án X, giao UBND huyện Y chủ trì", "Dự án X, có chiều dài 5 km"
    r"|giao|yêu cầu|đề nghị|phân công|có)(?![\w])"
    rf"|(?!(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận)\s)[{UPPER}])"  # any capital: ", Ủy ban nhân dân tỉnh ..."
    # a unit glued to the comma: "Khu du lịch X,TP. Cẩm Phả"
    rf"|,(?=(?:TP\.?|Tp\.?|H\.|Q\.|P\.|huyện|xã|phường|thị xã|quận|thành phố|tỉnh)[ \t]?[{UPPER}])"
    # the place beside the name: "Dự án đường nối Quốc lộ 1 với tuyến ĐT129, huyện Thăng Bình"
    rf"|(?:,|\s[-–])\s+(?:huyện|xã|tỉnh|thị xã|thành phố|phường|thị trấn|quận)\s+[{UPPER}]"
    # the work done on it, after "và" or a comma: "Dự án X và đẩy nhanh bồi thường", "dự án đường Y, phân bổ cho ..."
    # (only once a proper name has ended: not "Đề án ứng dụng, vận hành và quản lý hệ thống ...")
    rf"|(?P<and_task>(?:,|\s+và)\s+(?:{'|'.join(PROJECT_TASK_VERBS)})(?![\w]))"
    # what is done to a work, right after its proper name: "Dự án cầu A khởi công vào tháng 3" (only after a capital
    # or a number, as "and_task": not "Dự án hoàn thành ..." of a name that opens on the verb)
    rf"|(?P<work_event>\s+(?:{'|'.join(WORK_EVENTS_AFTER_NAME)})(?![\w])"
    # (and the river a bridge crosses, with no comma: "cầu X vượt sông Y"; not "Dự án Cầu vượt sông Như Ý", an
    # overpass's name: one word before is not a name read)
    r"|\s+vượt(?= (?:sông|kênh|rạch|suối|qua)(?![\w]))"
    # (and the road a bridge stands on: "cầu Sông Chua trên Quốc lộ 25"; not "Dự án cầu vượt trên đường X")
    r"|\s+trên(?= (?:Quốc lộ|quốc lộ|QL|Tỉnh lộ|tỉnh lộ|ĐT|tuyến|cao tốc)(?![\w])))"
    # "Dự án nhà máy X vừa chính thức khởi công" (not "vừa và nhỏ": a size)
    r"|\s+vừa(?![\w])(?! và)"
    # what comes with it: "khởi công dự án Khu du lịch X cùng nhiều công trình khác"
    r"|\s+cùng(?= (?:với|các|những|hàng loạt|loạt|nhiều|một số)(?![\w]))"
    # a time after the name: "khởi công Dự án X vào dịp Quốc khánh"; what it is put into: "đưa dự án X vào hoạt động"
    r"|\s+vào(?= (?:dịp|ngày|tháng|năm|sáng|chiều|tối|cuối|đầu|giữa|quý|hoạt động|vận hành|sử dụng|khai thác"
    # the plan or list it is put into: "bổ sung Dự án X vào kế hoạch đầu tư công trung hạn", "... vào danh mục dự án"
    r"|kế hoạch|danh mục|danh sách)(?![\w]))"
    # the half-year it is reviewed for: "kết quả thực hiện Chương trình X 6 tháng đầu năm"
    r"|\s+(?:6|sáu|9|chín) tháng (?:đầu|cuối) năm(?![\w])"
    # ("còn" and what a merger leaves is part of a scheme's name: "Đề án sắp xếp còn 43 xã, phường")
    rf"|\s+(?:đã|sẽ|đang|được|cần|phải|là|để|nhằm|chưa|vẫn|còn(?! \d{{1,4}} (?:{'|'.join(UNITS_LEFT)})(?![\w]))|cũng"
    # ("tại" a road junction is part of the name: "Dự án hầm chui tại nút giao Ngã 5 Phước Kiến")
    # (nor a plot: "Dự án chung cư tại khu đất A1")
    r"|cho biết|trước khi|khi|tại(?! (?:nút giao|ngã ba|ngã tư|ngã năm|ngã sáu|nút|Km|km|khu đất|lô đất|ô đất)(?![\w]))"
    r"|thuộc"
    r"|ban hành kèm theo|kèm theo|đặt tại|đặt ở|nằm|tọa lạc|toạ lạc"
    rf"|do(?= [{UPPER}]| liên danh )"  # its investor: "Dự án X do liên danh Công ty A, ..."
    r"|dự kiến(?= (?:hoàn thành|khởi công|đưa vào|bàn giao|có"
    # (its date or time to come: "Dự án nâng cấp QL.X đoạn Km0 - Km12 dự kiến ngày hoàn thành 30/6")
    r"|ngày|thời gian|tháng|năm|quý|sẽ))"
    # a place or a deadline after the name: "Dự án đường ven biển đoạn qua huyện X trước ngày 30/6"
    r"|đoạn qua|đoạn đi qua|đi qua"
    rf"|qua(?= (?:[{UPPER}]|(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|tỉnh|địa bàn)(?![\w])))"
    # "ở" and a unit ("Dự án cầu X ở xã Y"), not housing ("Dự án Nhà ở xã hội Z")
    # (or the stretch it is at: "dự án nâng cấp đường X ở đoạn qua tỉnh Y")
    r"|ở(?= (?:xã(?! hội)|phường|thị trấn|huyện|thị xã|quận|thành phố|tỉnh|đoạn)(?![\w]))"
    # a road's ends: "Dự án đường X có điểm đầu tại xã A" (not the point it reaches: "đường từ A đến điểm đầu tuyến B")
    r"|có điểm đầu|(?<!đến )(?<!tới )điểm đầu|điểm cuối"
    r"|có(?= (?:quy mô|chiều dài|tổng chiều dài|công suất|vốn|tổng vốn"
    # (its size in any measure: "Dự án hồ chứa nước X có dung tích 20 triệu m3", "... có cùng diện tích 289 ha")
    r"|dung tích|diện tích|tổng diện tích|cùng|tổng mức|mức đầu tư))"  # "Dự án X có quy mô 12 ha"
    r"|đều"  # "Dự án A và Nhà máy B đều do Công ty X đầu tư"
    r"|trên địa bàn|trước ngày|trước|theo phương thức|theo hình thức"
    r"|với tổng|có tổng|tổng mức|với quy mô|quy mô|có diện tích|diện tích|(?<!kéo )dài|rộng(?= \d)|bằng (?:nguồn )?vốn"
    # a verb after the name: "Quy hoạch tỉnh mở ra không gian mới", "Đề án X tạo động lực ..."
    r"|mở ra|tạo ra|giúp|góp phần|đặt ra|xác định|đề ra|hướng tới|đạt(?! chuẩn)|thu hút|gồm|bao gồm|được"
    r"|và cho việc|và để"
    r"|đồng loạt"
    r"|đề xuất|đề nghị|và mở rộng|và nâng cấp|và xây dựng|và cải tạo"
    r"|trong (?:quý|năm (?:19|20)\d\d|tháng|tuần|dịp|thời gian)|thời gian (?:qua|tới)|những năm qua"
    r"|theo (?:Quyết định|Kế hoạch|Nghị quyết|Chỉ thị|Kết luận|Thông báo|Hướng dẫn)"
    # what the task follows: "dự án X theo đúng quy định", "dự án Y theo chủ trương nêu trên"
    r"|theo (?:đúng|quy định|chủ trương|đề nghị|thẩm quyền|kế hoạch))(?=[\s,;.]|$)"
    # its cost after the name: "dự án đường trục phía Tây hơn 480 tỷ đồng", "dự án X 1.200 tỷ đồng"
    # (not a count inside the name: "Đề án trồng 1 triệu cây xanh ...")
    # (written "tỉ" too: "dự án 350 tỉ đồng")
    r"|\s+(?:hơn|gần|trên|khoảng|trị giá)\s+\d|\s+\d[\d.,]*\s*(?:tỷ|tỉ|triệu|nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ)(?![\w])"
    rf"(?!\s+(?:{'|'.join(COUNTED_NOUNS)})(?![\w]))"
    r"|\s+(?:nghìn|ngàn|trăm|chục) t[ỷỉ](?![\w])"  # its cost in words, in a headline: "Dự án đường ngàn tỷ"
    # a text that publishes the programme: "ban hành Chương trình hành động thực hiện Nghị quyết số 57 như sau:"
    r"|\s+như sau(?![\w])"
    r"|\s+và\s+(?=\d{1,3}\s+[a-zđà-ỹ])"  # "dự án A mở rộng và 2 tuyến đường nối ...": another item
    r"|\s+và\s+(?=(?:các\s+)?"
    r"(?:[Đđ]ề án|[Dd]ự án|[Qq]uy hoạch|[Cc]hương trình|[Kk]ế hoạch|[Nn]ghị quyết|[Qq]uyết định"
    r"|Nhà máy|Khu công nghiệp|Cụm công nghiệp|Khu kinh tế)\s)"  # "Dự án Nhà máy A và Nhà máy B"
    # the subject of the main clause after a preamble: "Thực hiện Đề án X, huyện đã trồng mới 200 ha"
    rf"|,\s+(?=(?:{'|'.join(CLAUSE_SUBJECTS)})\s+(?:{'|'.join(CLAUSE_SUBJECT_VERBS)})(?![\w]))"
    # another kind of document after "và": "Đề án A và Dự thảo Nghị quyết B", "Dự án C và Tờ trình D"
    rf"|\s+và\s+(?=(?:{'|'.join(NEXT_ITEM_KINDS)})\s)"
    # the whole of a unit after the name: "Đề án 05 về ... trên toàn huyện", "Chương trình X trên toàn tỉnh"
    r"|\s+trên toàn(?= (?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường|địa bàn|vùng|khu vực)(?![\w]))"
)
#: the last word of a proper name: a capital or a number
_NAME_WORD_BEFORE = re.compile(rf"(?:[{UPPER}]|\d)\S*$")
#: one to four capitalised words: a place's name inside a project's name
_PLACE_NAME = rf"[{UPPER}]\w*(?:[ \t][{UPPER}]\w*){{0,3}}"
#: the commune of housing broken ground on with no name of its own (_HOUSING_BROKEN_GROUND)
_HOUSING_PLACE = re.compile(rf"tại[ \t]+(?:xã|phường|thị trấn|đặc khu)[ \t]+{_PLACE_NAME}")
#: the places a name lists after a plural level word, whose commas do not end it: "dự án đường liên kết, kết nối các
#: tỉnh Thái Nguyên, Bắc Ninh và Phú Thọ giai đoạn 1"
_PLACES_LISTED_BEFORE = re.compile(
    rf"các (?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|địa phương)[ \t]+{_PLACE_NAME}$"
)
_PLACES_LIST_REST = re.compile(rf"(?:,[ \t]+{_PLACE_NAME})*[ \t]+và[ \t]+{_PLACE_NAME}")
#: a route's end with the place it lies in, the route going on: "đường ĐT.285 đoạn từ A, huyện B đi C, huyện D" (each
#: end's place is part of the name, not where the project is)
_ROUTE_END_BEFORE = re.compile(rf"(?:từ|đi|đến|tới)[ \t]+{_PLACE_NAME}$")
_END_PLACE = rf",[ \t]+(?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn|tỉnh)[ \t]+{_PLACE_NAME}"
_END_PLACE_THEN_ROUTE = re.compile(rf"{_END_PLACE}(?=[ \t]+(?:đi|đến|tới)[ \t]+[{UPPER}])")
_END_PLACE_LAST = re.compile(_END_PLACE)
#: a route whose ends carry their provinces in brackets: "Dự án đường nối từ Hòa Bình (Phú Thọ) - Mộc Châu (Sơn La)";
#: the name runs to the second end (the brackets say where the ends are, not where the project is located)
_BRACKETED_ROUTE = re.compile(
    rf"[ \t]*\([ \t]*{_PLACE_NAME}[ \t]*\)[ \t]*[-–][ \t]*({_PLACE_NAME})(?:[ \t]*\([ \t]*{_PLACE_NAME}[ \t]*\))?"
)
_IN_BRACKETS = re.compile(r"[ \t]*\([^()\n]*\)")


#: the plots a project stands on, by their codes: "Dự án chung cư tại khu đất C1, C2 thuộc khu đô thị X"
_PLOT_CODE = r"[A-ZĐ]{1,3}\d[\w.-]*"
_PLOT_BEFORE = re.compile(rf"(?:khu đất|lô đất|ô đất|lô|ô)[ \t]+{_PLOT_CODE}$")
_PLOT_CODES = re.compile(rf"(?:,[ \t]*{_PLOT_CODE})+(?![\w])")


def _past_places(window: str, stop: re.Match[str] | None) -> re.Match[str] | None:
    """The end of a name read in ``window`` once the commas of the places inside it are passed: a list after a plural
    level word ("các tỉnh A, B và C"), the places of a route's two ends ("từ A, huyện B đi C, huyện D"), and the codes
    of the plots it stands on ("tại khu đất C1, C2")."""
    routed = False
    while stop is not None and window.startswith(",", stop.start()):
        at = stop.start()
        if _PLOT_BEFORE.search(window, max(0, at - 30), at) and (codes := _PLOT_CODES.match(window, at)):
            stop = _end_search(window, codes.end())
            continue
        if _PLACES_LISTED_BEFORE.search(window, max(0, at - 60), at) and (rest := _PLACES_LIST_REST.match(window, at)):
            stop = _end_search(window, rest.end())
            continue
        if _ROUTE_END_BEFORE.search(window, max(0, at - 40), at) and (
            place := _END_PLACE_THEN_ROUTE.match(window, at) or (_END_PLACE_LAST.match(window, at) if routed else None)
        ):
            routed = True
            stop = _end_search(window, place.end())
            continue
        break
    return stop


def _is_province(bracket: str) -> bool:
    """Whether a bracket after a route's end holds a province's name ("(Thanh Hóa)", "(tỉnh Sơn La)")."""
    inner = bracket.strip(" \t()-–").removeprefix("tỉnh ").removeprefix("TP. ").removeprefix("thành phố ").strip()
    return tone_key(inner) in PROVINCE_BY_KEY


#: a name that opens on the work done ("nâng cấp", "cải tạo" ...), and a second work of it after "và" ("và xử lý sạt
#: trượt đoạn A - B"): the name goes on
_WORKS_OPEN = re.compile(r"\s*(?:đầu tư\s+)?(?:cải tạo|nâng cấp|xây dựng|mở rộng|sửa chữa|khôi phục)(?![\w])")
_AND_MORE_WORK = re.compile(r"\s+và\s+(?:xử lý|khắc phục)(?![\w])")


def _end_search(text: str, pos: int = 0) -> re.Match[str] | None:
    """Where a name in ``text`` ends (from ``pos``), by ``_END``; a task verb after "và" or a comma ends it only after a
    proper name ("Dự án Cầu A và đẩy nhanh ...", not "Đề án ứng dụng, vận hành và quản lý hệ thống ...")."""
    stop = _END.search(text, pos)
    while (
        stop is not None
        and (stop.group("and_task") or stop.group("work_event"))
        and (
            not _NAME_WORD_BEFORE.search(text, 0, stop.start())
            or (stop.group("work_event") is not None and len(text[: stop.start()].split()) < 2)
            # a second work of the same project: "Dự án nâng cấp QL.X đoạn Km0 - Km9 và xử lý sạt trượt đoạn A - B"
            or (_WORKS_OPEN.match(text) is not None and _AND_MORE_WORK.match(text, stop.start()) is not None)
        )
    ):
        stop = _END.search(text, stop.end())
    return stop


_GENERIC_AFTER = re.compile(
    # (one of each: "Đề án của từng xã kèm theo")
    r"\s*(?:[,.;]|và\s|đã\s|được\s|có\s|của\s+(?:các|những|từng|mỗi)\s|trên(?![\w])|này|đó|cụ thể|phê duyệt"
    # the one named before, pointed back at: "Để triển khai Đề án nêu trên, ...", "Dự án nói trên"
    r"|(?:nêu|nói)\s+trên(?![\w])"
    r"|trọng điểm|lớn|mới"
    # a sentence about a project named before: "Dự án dài 12 km", "Dự án do Sở X làm chủ đầu tư"
    r"|(?:dài|rộng|nằm|gồm|do|với|sau|hiện|vẫn|còn|cần|sẽ|đang|tiếp tục|đạt|thuộc|đi qua|tại|ở|bị|chậm|dự kiến)(?![\w])"
    # an adverb before the verb: "Dự án chính thức được phê duyệt", "Dự án vừa được khởi công"
    r"|(?:chính thức|vừa|cũng)(?![\w])"
    # a verb and its manner after the word: "thực hiện theo Đề án bảo đảm kịp thời, đúng quy định" (no name: a clause)
    r"|(?:bảo đảm|đảm bảo)\s+(?:kịp thời|đúng|đầy đủ|hiệu quả|chất lượng|tiến độ|yêu cầu|theo)(?![\w])"
    # "các nhiệm vụ của Đề án phù hợp với điều kiện thực tế": the one named before
    r"|(?:phù hợp|đúng|theo đúng|theo)(?![\w])"
    # investment projects as a class: "dự án đầu tư có sử dụng đất"
    r"|(?:đầu tư\s+)?có sử dụng đất"
    # a kind of project named by what it is to the scheme, nothing after it: "thực hiện dự án thí điểm.", "phê duyệt dự
    # án tổng thể tại Quyết định số ..." (not "Dự án thí điểm Mô hình X": a name follows)
    r"|(?:thí điểm|tổng thể)(?=\s*(?:[,.;:)\n]|$)|\s+(?:tại|theo|của|ở|và|được|đã|là|do|trên|với|cho|này)(?![\w]))"
    # a part of the project named after it: "thuộc dự án thành phần của cao tốc X" (the expressway is the project)
    r"|thành phần\s+của(?![\w])"
    # a plural after the word: "chủ trương đầu tư dự án các tuyến đường liên xã như: ..." (no one project named)
    r"|(?:các|những)\s)"
)
_KINDS = {"đề án": "đề án", "dự án": "dự án", "da": "dự án", "quy hoạch": "quy hoạch", "chương trình": "chương trình",
          "chương trình hành động": "chương trình", "cụm công nghiệp": "cụm công nghiệp",
          "khu công nghiệp": "khu công nghiệp", "khu kinh tế": "khu kinh tế", "nhà máy": "nhà máy",
          "khu đô thị": "dự án", "cảng": "dự án"}  # fmt: skip
_MAX = 200
#: an agenda, not an initiative: "Chương trình làm việc của Đại hội", "chương trình kỳ họp"
_AGENDA = re.compile(
    r"[Cc]hương trình (?:làm việc|nghị sự|kỳ họp|hội nghị|chào cờ|phiên"
    # an event on a stage or a gathering, not an initiative: "Chương trình nghệ thuật chào mừng ...", "Chương trình
    # giao lưu văn nghệ", "Chương trình khai mạc Đại hội"
    r"|nghệ thuật|văn nghệ|giao lưu|khai mạc|bế mạc|biểu diễn|ca nhạc|gặp mặt|truyền hình)(?![\w])"
    # a bill: "Dự án Luật Đất đai (sửa đổi)" (a law in the making, not a project)
    r"|[Dd]ự án (?:Luật|luật|Bộ luật|Pháp lệnh)(?![\w])"
)
#: the topic of a dated document: "... ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả ..."
_TOPIC_BEFORE = re.compile(r"(?:19|20)\d\d(?:\s+của\s+[^.;,\n]{3,60})?\s+về\s[^.;\n]{0,80}$")
#: a numbered đề án's date and issuer, before its topic: " ngày 25/8/2021 của Tỉnh ủy về ..."
_NUMBERED_SCHEME_TOPIC = re.compile(
    # (a comma before the date, and the date in words: "Đề án số 04-ĐA/TU, ngày 5 tháng 3 năm 2021 của Tỉnh ủy về ...")
    r"\s*,?\s+ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4}"
    r"(?:\s+của\s+[^,.;:\n]{2,40}?)?\s+(?=về\s)"
)
#: the numbered document a project carries out, inside its name: the name ends with that document's number, and the
#: document's date, issuer and topic are the document's ("Chương trình hành động thực hiện Nghị quyết số 54-NQ/TW ngày
#: 10 tháng 12 năm 2019 của Bộ Chính trị về ..." is "Chương trình hành động thực hiện Nghị quyết số 54-NQ/TW")
#: the symbol of a numbered đề án, Party or State, right before its date: "04-ĐA/TU", "403/ĐA-CP"
_SCHEME_SYMBOL_BEFORE = re.compile(r"ĐA(?:/[A-ZĐ]{1,6}|-[A-ZĐ]{1,8}),?$")
_CARRIED_OUT_NUMBER = re.compile(
    r"(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)\s+(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Kế hoạch|Thông báo)"
    # (its issuer alone stays: "... thực hiện Nghị quyết số 45/NQ-HĐND của HĐND tỉnh.")
    r"\s+(?:số\s*)?\d{1,5}(?:[-/][\wĐđ.]{1,12}){0,3}(?=\s*,?\s+(?:ngày|về)\s|\s+của\s+[^,.;:\n]{2,40}?\s+về\s)"
)
_LAW_BEFORE = re.compile(r"Luật\s*$")
#: a named plan says its scope: "Quy hoạch tỉnh Khánh Hòa ...", "Quy hoạch chung đô thị Cửa Tùng", "Quy hoạch vùng ..."
_PLAN_SCOPE = re.compile(
    r"[Qq]uy hoạch (?:tỉnh|thành phố|TP|vùng|chung|tổng thể|phân khu|điều chỉnh|khu|đô thị|huyện|thị xã|xã"
    r"|chi tiết(?= [A-ZĐ])|[A-ZĐ])"
)
#: a lower-case programme listed after another kind of document ("kế hoạch, chương trình hành động thực hiện ..."),
#: or still to be issued ("khẩn trương ban hành chương trình hành động ...")
_KINDS_OR_TO_ISSUE = re.compile(
    r"(?:(?:kế hoạch|nghị quyết|đề án|chỉ thị|kết luận)\s*(?:,|và|hoặc)"
    rf"|(?:{'|'.join(TO_BE_ISSUED)})\s+ban hành)\s*$"
)
#: several of a kind: "các chương trình", "4 Chương trình công tác trọng tâm" (not a phase: "giai đoạn 2 Dự án X")
#: a short name given to the project just named: "(gọi tắt là Chương trình OCOP)", "(sau đây gọi là Đề án)"
_SHORT_NAME_BEFORE = re.compile(r"\(\s*(?:sau đây\s+)?gọi(?:\s+tắt)?\s+là\s*$")
#: a kind word inside a plural list of kinds: "thực hiện các Nghị quyết, Quy hoạch, Chương trình, Đề án phát triển
#: nông nghiệp của tỉnh" (a class of texts, no one scheme); read in the 160 characters before the kind word
_PLURAL_KIND_LIST_BEFORE = re.compile(rf"(?:các|những)\s+(?:(?:{'|'.join(LISTED_KINDS)})\s*(?:,|và)\s*){{1,8}}$")
#: a scheme known by its number and nothing after it but a lower-case word that is no topic, issuer or period:
#: "sơ kết Đề án 06 và công tác cấp căn cước" is "Đề án 06" (not "Đề án 05 về ...", nor "Đề án 1 triệu ha lúa ...")
_NUMBERED_SCHEME_BARE = re.compile(
    rf"\s+(?:số\s+)?\d{{1,3}}(?=[ \t]+(?!(?:{'|'.join(NUMBERED_SCHEME_GOES_ON)}|{'|'.join(COUNTED_NOUNS)}"
    rf"|triệu|nghìn|ngàn|tỷ|tỉ|trăm|vạn)(?![\w]))[{LOWER}])"
)
_PLURAL_BEFORE = re.compile(
    r"(?:các|những|nhiều|một số|loạt|(?<![\d/.,])(?<!đoạn )(?<!đợt )(?<!thứ )\d{1,3}(?:\.\d{3})?)\s*$"  # "250 dự án"
)


def _site_kind(head: str) -> str:
    head = head.lower()
    for word in ("cụm công nghiệp", "khu công nghiệp", "khu kinh tế", "nhà máy"):
        if head.startswith(word):
            return word
    if head in ("kcn", "ccn"):
        return "khu công nghiệp" if head == "kcn" else "cụm công nghiệp"
    return "dự án"


#: a numeral after a site's name makes another site ("Khu công nghiệp Gia Bình" and "Khu công nghiệp Gia Bình II")
_NUMBERED_NEXT = re.compile(r"\s+(?:[ivxlc]+|\d+)(?![\w])")


def _add_named_again(doc: Doc, found: dict[str, Project], mentions: list[ProjectMention], covered: Covered) -> None:
    """A project with a proper name, named again word for word where no rule read it ("... các công trình: Trường
    THCS A, ...\n... nhà vệ sinh Trường THCS A (xã B)"): a mention there too, for the relations to read its place."""
    for project in list(found.values()):
        named = next((s for s in project.mentions if key_of(doc.match[s.start : s.end]) == key_of(project.name)), None)
        if named is None:
            continue
        surface = doc.match[named.start : named.end]
        words = surface.split()
        if len(words) < 3 or not any(w[0].isupper() for w in words[1:]):
            continue  # "Dự án đường giao thông": no proper name to be sure of
        pos = 0
        while (i := doc.match.find(surface, pos)) >= 0:
            pos = i + len(surface)
            glued = (i > 0 and doc.match[i - 1].isalnum()) or (pos < len(doc.match) and doc.match[pos].isalnum())
            if i in covered or (pos - 1) in covered or glued:
                continue  # (a word glued before or after it: part of something longer)
            mentions.append(ProjectMention(project, i, pos))
            covered.add(i, pos)


def _merge_re_mentions(found: dict[str, Project]) -> None:
    """A shorter mention that starts the name of another project of the text ("Quy hoạch tỉnh" after "Quy hoạch
    tỉnh Khánh Hòa thời kỳ 2021 - 2030 ...") is that project, not a second one (its spans, which do not read the
    fuller name, are not the project's)."""
    keys = sorted(found, key=len)
    for key in keys:  # a site named again without its project word ("Khu đô thị mới X" after "dự án Khu đô thị mới X")
        fuller = f"dự án {key}"
        if fuller in found and key in found:
            found.pop(key).name = found[fuller].name
    keys = sorted(found, key=len)
    for i, short in enumerate(keys):
        longer = [
            k for k in keys[i + 1 :]
            if (k.startswith(short + " ") or k.startswith(short + ",")) and not _NUMBERED_NEXT.match(k, len(short))
        ]  # fmt: skip
        if longer:
            gone = found.pop(short)
            gone.name = found[longer[0]].name  # the mentions the relations keep now name the fuller project


@dataclass
class ProjectMention:
    project: Project
    start: int
    end: int


#: a bracket right after a name that says which phase or sub-zone of the work it is goes on with the name: "Dự án
#: đường A (giai đoạn 2)", "Quy hoạch phân khu Khu đô thị D (Phân khu A)" (not the stretch, which says where it is:
#: "Dự án kè suối X (đoạn từ cầu A đến đường B, TP. C)" locates it; nor a place or a size: "(xã E)", "(120 ha)")
_NAME_BRACKET = re.compile(r"[ \t]*\((?:[Pp]hân khu|[Gg]iai đoạn)[ \t][^()\n]{1,80}\)")
#: the link words of NOT_IN_PROJECT_NAME, not its unit words: a work's name may hold its place ("kè bảo vệ bờ biển
#: xã X")
_LINK_WORDS = tuple(
    w for w in NOT_IN_PROJECT_NAME if w not in LEVEL_WORDS and w not in ("địa bàn", "địa phận", "khu vực")
)
#: a project word right before a work's cue: "dự án xây dựng kè X ..." is the project word's to name
_PROJECT_WORD_BEFORE = re.compile(r"(?:[Dd]ự án|DA)[ \t]+$")
#: a road's stretch under works, the road by its kind and number: "sửa chữa trên tuyến Quốc lộ 4D đoạn từ Sa Pa đi Bình
#: Lư", "nâng cấp ĐT.741 đoạn Km12 - Km20" (the stretch is needed: "nâng cấp Quốc lộ 279" names the road, not a work
#: of it; a stretch where something happens is none: "bị lật trên Quốc lộ 6 đoạn qua xã X", no work before it)
_ROAD_STRETCH = WordPattern(
    r"(?:nâng cấp|mở rộng|sửa chữa|cải tạo|thi công|xây dựng|khởi công|thông xe|khắc phục|gia cố)"
    r"(?:,?[ \t]+(?:nâng cấp|mở rộng|sửa chữa))?(?:[ \t]+(?:trên|các đoạn|đoạn))?(?:[ \t]+tuyến)?[ \t]+"
    r"(?P<road>(?:Quốc lộ|quốc lộ|QL\.?|Tỉnh lộ|tỉnh lộ|ĐT\.?|Đường tỉnh|đường tỉnh|ĐH\.?|Đường huyện|đường huyện)"
    r"[ \t]?\d{1,4}[A-Z]?)(?=[ \t]+đoạn[ \t](?!(?:đi[ \t])?qua[ \t]))",
    needs=("Quốc lộ", "quốc lộ", "QL", "Tỉnh lộ", "tỉnh lộ", "ĐT", "Đường tỉnh", "đường tỉnh", "ĐH", "Đường huyện",
           "đường huyện"),
    starts=("nâng cấp", "mở rộng", "sửa chữa", "cải tạo", "thi công", "xây dựng", "khởi công", "thông xe", "khắc phục",
            "gia cố"),
)  # fmt: skip
#: a numbered road being built, opened or invested in, by a verb of doing (not of asking: "đề nghị sớm nâng cấp
#: Quốc lộ X" names no work): "đầu tư nâng cấp, mở rộng đường ĐH.12 đoạn qua xã A", "thông xe tuyến ĐT.830"; named from
#: its kind word ("tuyến", "đường") to its number, the stretch it passes read as its place
_ROAD_DONE = WordPattern(
    r"(?:đầu tư|thi công|khởi công|thông xe|khánh thành|hoàn thành)"
    r"(?:[ \t]+(?:xây dựng|nâng cấp|mở rộng|cải tạo|sửa chữa)(?:,?[ \t]+(?:nâng cấp|mở rộng))?)?[ \t]+"
    r"(?P<road>(?:(?:tuyến|đường)[ \t]+)?(?:tuyến[ \t]+|đường[ \t]+)?"
    r"(?:Quốc lộ|quốc lộ|QL\.?|Tỉnh lộ|tỉnh lộ|ĐT\.?|đường tỉnh|ĐH\.?|đường huyện)[ \t]?\d{1,4}[A-Z]?)(?![\w]|\.\d)",
    needs=("Quốc lộ", "quốc lộ", "QL", "Tỉnh lộ", "tỉnh lộ", "ĐT", "đường tỉnh", "ĐH", "đường huyện"),
    starts=("đầu tư", "thi công", "khởi công", "thông xe", "khánh thành", "hoàn thành"),
)
#: a work re-mentioned without its project words: "Cao tốc A - B" after "dự án đầu tư mở rộng cao tốc A - B" (the kind
#: it opens on, and the project's words before it only the works: "đầu tư", "xây dựng", "nâng cấp" ...)
_WORK_HEADS = ("cao tốc ", "đường ", "tuyến ", "cầu ", "quốc lộ ", "ql", "hồ ", "kè ", "đập ", "đê ", "kênh ")
_WORK_WORDS = frozenset(
    {"đầu", "tư", "xây", "dựng", "nâng", "cấp", "mở", "rộng", "cải", "tạo", "sửa", "chữa"}
    # (and what the works are for: "sửa chữa, nâng cấp đảm bảo an toàn hồ chứa nước A")
    | {"đảm", "bảo", "an", "toàn", "khẩn", "bách", "kiên", "cố", "hóa", "hoá"}
)


def _merge_work_in_project(found: dict[str, Project]) -> None:
    """A work named by its kind ("Cao tốc A - B", "Cầu C") whose words stand in exactly one "dự án ..." name, with only
    the words of works before them ("Dự án đầu tư mở rộng cao tốc A - B", "Dự án thành phần 1 - Đầu tư xây dựng Quốc lộ
    12A đoạn tránh B"), is that project named again."""
    for key in list(found):
        short = _words(found[key].name)
        if len(short) < 3 or not found[key].name.lower().startswith(_WORK_HEADS):
            continue
        fuller = []
        for k, project in found.items():
            long = _words(project.name)
            if k == key or long[:2] != ["dự", "án"]:
                continue
            # where its words stand in the fuller name, only works (or a component's number) before them: "Dự án thành
            # phần 1 - Đầu tư xây dựng Quốc lộ 12A đoạn tránh A" for "Quốc lộ 12A"
            at = next((i for i in range(2, len(long) - len(short) + 1) if long[i : i + len(short)] == short), None)
            if at is not None and all(w in _WORK_WORDS or w in ("thành", "phần") or w.isdigit() for w in long[2:at]):
                fuller.append(k)
        if len(fuller) == 1:
            found.pop(key).name = found[fuller[0]].name


#: a work's name: capitalised words and numbers ("Kẻ Gỗ", "Sông Rác 2"), and the provincial or district road a bridge
#: carries, by its number (_ROAD_NUMBER: "cầu Rạch Gốc-Đường tỉnh 942")
_WORK_NAME = rf"[{UPPER}][\w'-]*{_ROAD_NUMBER}(?:[ \t]+(?:[{UPPER}][\w'-]*{_ROAD_NUMBER}|\d+))*"

#: a work named by its kind, what it is for, and its place, after what makes it a project (a work, a site, a building,
#: funding or inspecting verb): "Công trình kè chống sạt lở bờ biển Cửa Tùng (huyện A)", "kiểm tra hồ chứa nước Ea
#: Rớt (xã B)", "đầu tư khẩn cấp kè bảo vệ bờ tả sông Lam"; the purpose in up to eight lower-case words (never a link
#: word: "kiểm tra cầu tại xã C" names none), the name to the end of its run of capitals and numbers. A work that is
#: only seen ("câu cá bên hồ chứa nước D") is none.
_WORK_BY_PURPOSE = WordPattern(
    rf"(?:{'|'.join(c[0].upper() + c[1:] + '|' + c for c in PURPOSE_WORK_CUES)})[ \t]+(?:(?:xây dựng|mới)[ \t]+)?"
    rf"(?P<work>(?:{'|'.join(k[0].upper() + k[1:] + '|' + k for k in PURPOSE_WORK_KINDS)})"
    # (not a figure of speech, "cầu nối giữa A với B", "cầu truyền hình", a channel, "kênh thông tin", nor a verb:
    # "cống hóa", "kênh hóa")
    r"(?![ \t](?:nối|truyền hình|thông tin|phân phối|bán hàng|liên lạc|tiếp nhận|hóa|hoá)(?![\w]))"
    rf"(?:[ \t]+(?!(?:{'|'.join(_LINK_WORDS)}|vào|bị|mà|đi|giữa)(?![\w]))[{LOWER}]+){{0,8}}?"
    rf"[ \t]+{_WORK_NAME}"
    # (a second name after a dash: "hồ chứa nước Kẻ Gỗ – Sông Rác")
    rf"(?:[ \t][-–][ \t]{_WORK_NAME})?)",
    needs=(*PURPOSE_WORK_KINDS, *(k[0].upper() + k[1:] for k in PURPOSE_WORK_KINDS)),
    starts=(*PURPOSE_WORK_CUES, *(c[0].upper() + c[1:] for c in PURPOSE_WORK_CUES)),
)


def extract_projects(doc: Doc) -> tuple[list[Project], list[ProjectMention]]:
    found: dict[str, Project] = {}
    mentions: list[ProjectMention] = []
    covered = Covered(len(doc.match))
    last_end = [-1]  # where the name read last ends

    def add(name: str, kind: str, start: int, end: int, mention: bool = True) -> None:
        name = " ".join(name.split()).strip(" ,-–")
        if name.endswith("”") and "“" not in name:
            name = name.rstrip("” ")  # the close of a quoted topic the name stands in ("về “... Chương trình X”")
            while end > start and doc.match[end - 1] in "” ":
                end -= 1
        if len(name.split()) < 2:
            return
        key = key_of(name)
        project = found.get(key)
        if project is None:
            project = found[key] = Project(name, kind)
        if key_of(doc.match[start:end]) == key:  # a list's item ("Hòa Hội" of "các khu công nghiệp: ...") is no span
            project.mentions.append(doc.span(start, end))
        if mention:  # (a site named inside another project's name is no mention the relations read)
            mentions.append(ProjectMention(project, start, end))
        covered.add(start, end)
        last_end[0] = end

    for m in _DESCRIBED.finditer(doc.match):
        word = m.group("word")
        if _PLURAL_BEFORE.search(doc.match[max(0, m.start() - 10) : m.start()]):
            continue
        if _PLURAL_KIND_LIST_BEFORE.search(doc.match, max(0, m.start() - 160), m.start()):
            continue  # "các Nghị quyết, Quy hoạch, Chương trình, Đề án phát triển ...": a class, no one scheme
        if _BOARD_BEFORE.search(doc.match, max(0, m.start() - 12), m.start()):
            continue  # "Ban Quản lý Dự án": a body
        if word[0].islower() and _KINDS_OR_TO_ISSUE.search(doc.match, max(0, m.start() - 40), m.start()):
            continue  # "ban hành kế hoạch, chương trình hành động ...", "sớm ban hành chương trình ...": none yet
        quoted = _QUOTED.match(doc.match, m.end())
        if quoted:
            add(f"{word[0].upper()}{word[1:]} {doc.match[quoted.start(1) : quoted.end(1)]}", _KINDS[word.lower()],
                m.start(), quoted.end())  # fmt: skip
            continue
        if (
            word[0].isupper()
            and doc.match[max(0, m.start() - 1) : m.start()] in ("“", '"')
            and (close := _CLOSING_QUOTE.match(doc.match, m.end())) is not None
            and ":" not in close.group(1)  # a title with its subtitle: tọa đàm "Quy hoạch tỉnh X: Cơ hội ..."
            and not _EVENT_BEFORE.search(doc.match, max(0, m.start() - 16), m.start() - 1)
        ):
            # a name in quotes runs to its closing quote: Dự án "Chương trình mở rộng quy mô nước sạch ... dựa trên kết
            # quả" (the words that would end a name outside quotes, "quy mô", are its own)
            add(doc.match[m.start() : close.end(1)], _KINDS[word.lower()], m.start(), close.end(1))
            continue
        if _GENERIC_AFTER.match(doc.match, m.end()):
            continue
        if word[0].islower() and _TYPE_AFTER.match(doc.match, m.end()):
            continue  # "là dự án FDI": a kind of project, not one
        if _COUNTED_WORKS.match(doc.match, m.end()):
            continue  # "dự án xây dựng hai khu dân cư": several works, none named
        # a sub-project is named like a project: "Tiểu dự án bồi thường, hỗ trợ tái định cư đoạn qua xã A"
        sub = _SUB_BEFORE.search(doc.match, max(0, m.start() - 6), m.start()) if word == "dự án" else None
        begin = sub.start() if sub else m.start()
        if sub is not None and _PLURAL_BEFORE.search(doc.match[max(0, begin - 10) : begin]):
            continue  # "gồm 3 tiểu dự án thành phần": several, none named
        if (
            word[0].islower()
            and sub is None
            and not _ACTION_BEFORE.search(doc.match[max(0, m.start() - 30) : m.start()])
            # the project a part belongs to, named: "Dự án kênh A thuộc dự án hồ chứa nước X" (not "các hạng mục thuộc
            # dự án thi công chậm")
            and not (
                word == "dự án"
                and doc.match[max(0, m.start() - 7) : m.start()].endswith("thuộc ")
                and _NAMED_WITHIN.match(doc.match, m.end())
            )
            and not (word == "chương trình hành động" and _CARRIES_OUT_NAMED.match(doc.match, m.end()))
            and not (word == "dự án" and _COMPONENT_NUMBER.match(doc.match, m.end()))
            # what it builds, named by a number or a capital: "dự án nâng cấp, mở rộng các đoạn xung yếu quốc lộ 24"
            and not (
                word == "dự án"
                and _BUILDS_NAMED.match(doc.match, m.end())
                and not _BILL.match(doc.match, m.end())
                and not _MANAGES.search(doc.match, max(0, m.start() - 12), m.start())
            )
            # an item of a list of projects: "..., gồm: dự án khu chăn nuôi bò tại thôn A; dự án trồng rau ..."
            and not (
                word == "dự án"
                and _LIST_ITEM_BEFORE.search(doc.match, max(0, m.start() - 12), m.start())
                and not _BILL.match(doc.match, m.end())
            )
            and not (
                word in ("dự án", "đề án")
                and _NAMED_AFTER.match(doc.match, m.end())
                and not _MANAGES.search(doc.match, max(0, m.start() - 12), m.start())
            )
        ):
            continue
        window = doc.match[m.end() : m.end() + _MAX]
        stop = _past_places(window, _end_search(window))
        if word.lower() == "chương trình hành động" and (dated := _DATED_PROGRAMME.match(window)) is not None:
            stop = _end_search(window, dated.end())  # its date is its name's, not the end of it
        # "phê duyệt Chương trình X, Quyết định số 45/QĐ-BVHTTDL ...": the list goes on (unless the name carries
        # documents out itself: "Chương trình hành động thực hiện Nghị quyết số 11, Nghị quyết số 12")
        listed = _NEXT_NUMBERED.search(window, 0, stop.start() if stop else len(window))
        if listed is not None and not _CARRIES_OUT_WORD.search(window, 0, listed.start()):
            stop = listed
        if stop is None and m.end() + _MAX < len(doc.match):
            continue  # no end in sight: not a name
        end = m.end() + (stop.start() if stop else len(window))
        if word.lower() in ("đề án", "chương trình", "quy hoạch") and (
            period := _PLACE_THEN_PERIOD.match(doc.match, end)
        ):
            end = period.end()  # "Đề án X tại xã A, huyện B đến năm 2025, định hướng đến năm 2030": all of it
        # "Dự án đường liên vùng kết nối A, B và C, từ X đến Y, xã Z, huyện W (Dự án)": the name runs to the term, but
        # for the place written after it
        if (term := _DEFINED_TERM.match(doc.match, end)) is not None and term.group("term") == word:
            place = _PLACE_IN_TITLE.search(doc.match, m.end(), term.start("open"))
            end = place.start() if place else term.start("open")
        if word.lower() == "đề án" and (issuer := _NUMBERED_SCHEME_ISSUER.match(doc.match, m.end())) is not None:
            end = issuer.start(1)  # "Đề án 06 của Chính phủ, ...": the scheme is "Đề án 06"
        if word.lower() == "đề án" and (bare := _NUMBERED_SCHEME_BARE.match(doc.match, m.end())) is not None:
            end = min(end, bare.end())  # "Đề án 06 và công tác cấp căn cước": the scheme is "Đề án 06"
        route = _BRACKETED_ROUTE.match(doc.match, end)
        if route is not None and _is_province(doc.match[end : route.start(1)]):
            end = route.end()  # "Dự án đường từ A (tỉnh X) - B (tỉnh Y)": the route's two ends
        if word.lower() == "dự án" and (owner := _OWNER_END.search(doc.match, m.end(), end)) is not None:
            end = owner.start()  # "dự án X của Bộ Tư lệnh Y": X, owned by Y
        if (
            _SCHEME_SYMBOL_BEFORE.search(doc.match, max(0, end - 20), end)
            and (topic := _NUMBERED_SCHEME_TOPIC.match(doc.match, end)) is not None
        ):
            # "Đề án số 03-ĐA/TU ngày 25/8/2021 của Tỉnh ủy về phát triển du lịch ...": the number and the topic
            tail = doc.match[topic.end() : topic.end() + _MAX]
            tail_stop = _end_search(tail)
            name = f"{doc.match[m.start() : end].rstrip(' ,')} {tail[: tail_stop.start() if tail_stop else len(tail)]}"
            name = " ".join(name.split()).rstrip(" ,-–")
            add(
                name[0].upper() + name[1:], _KINDS[word.lower()], m.start(), m.start() + len(doc.match[m.start() : end])
            )
            continue
        if (carried := _CARRIED_OUT_NUMBER.search(doc.match, m.end(), end)) is not None:
            end = carried.end()  # "... thực hiện Nghị quyết số 54-NQ/TW ngày ... của ... về ...": the document's own
        if (dangling := _DANGLING_KIND.search(doc.match, m.end(), end)) is not None:
            end = dangling.start()  # "Chương trình X giai đoạn 2021-2025, Quyết định số\n650/...": the list's next one
        if (congress := _congress_run_on(doc, m.start(), end)) is not None:
            end = congress  # "... thực hiện Nghị quyết Đại hội đại biểu\nĐảng bộ tỉnh X lần thứ XVII": all of it
        while end > m.end() and doc.match[end - 1] in " \t,-–":
            end -= 1  # the span ends where the name does
        if (
            word == "dự án"
            and (component := _COMPONENT_NUMBER.match(doc.match, m.end())) is not None
            and not _COMPONENT_GOES_ON.match(doc.match, component.end())
        ):
            end = min(end, component.end())  # "dự án thành phần 2 tăng thêm 500 tỷ": the component is its number
        if (bracket := _NAME_BRACKET.match(doc.match, end)) is not None:
            end = bracket.end()  # "(giai đoạn 2)", "(Phân khu A)": which part of the work, part of its name
        if end - m.end() < 3:
            continue
        name = doc.match[begin:end]
        if route is not None and end == route.end():
            name = _IN_BRACKETS.sub("", name)  # the ends' provinces are no part of the name
        if doc.match[max(0, m.start() - 2) : m.start()].endswith("(") and last_end[0] >= m.start() - 3:
            continue  # "Chương trình ... (Chương trình MTQG 1719)": the short name of the project just named
        if _SHORT_NAME_BEFORE.search(doc.match, max(0, m.start() - 30), m.start()):
            continue  # "Chương trình Mỗi xã một sản phẩm (gọi tắt là Chương trình OCOP)": the same project
        if name.count(")") > name.count("("):
            name, end = name[: name.index(")")].rstrip(), m.start() + name.index(")")  # "(... Đề án 06)"
        if _UNNAMED_END.search(name):
            continue  # "chương trình hành động thực hiện nghị quyết": the document it carries out is not named
        if _AGENDA.match(name) or _LAW_BEFORE.search(doc.match, max(0, m.start() - 14), m.start()):
            continue  # "Chương trình làm việc của Đại hội": an agenda; "Luật Quy hoạch ...": a law's title
        if word.lower() == "quy hoạch" and not _PLAN_SCOPE.match(name):
            continue  # "Quy hoạch theo quy định", "Quy hoạch năm 2017": no plan named
        if word.lower() == "dự án" and len(name.split()) == 3 and name.split()[-1].islower():
            continue  # "Dự án đường" (of "Dự án đường ngàn tỷ"): a kind of project, not one named

        add(name[0].upper() + name[1:], _KINDS[word.lower()], begin, end)
        if (joined := _AND_SITE.match(doc.match, end)) is not None:
            _add_joined_site(doc, joined.end(), add)
    for m in _ROAD_TO_SITE.finditer(doc.match):
        if m.start(1) not in covered and (site := _NAMED_SITE.match(doc.match, m.end())) is not None:
            add(f"Đường {doc.match[m.start(1) + 6 : site.end()]}", "dự án", m.start(1), site.end())
    for m in _NAMED_SITE.finditer(doc.match):
        inside = m.start() in covered
        if (
            inside
            and not _SITE_IN_ROUTE.search(doc.match, max(0, m.start() - 6), m.start())
            and not (_ZONE.match(m.group(1)) and _PLANNED_FOR.search(doc.match, max(0, m.start() - 60), m.start()))
        ):
            continue
        if _SITE_IN_A_BODY.search(doc.match, max(0, m.start() - 40), m.start()):
            continue
        if m.group(1) in ("KCN", "CCN") and doc.match[max(0, m.start() - 4) : m.start()] == "các ":
            continue  # "Quy hoạch phát triển các KCN Việt Nam": the country's parks, none named
        if m.group(2).strip() and m.group(3).isdigit() and m.group(2).strip() != "số":
            continue  # a figure after lower-case words names none: "5 cụm công nghiệp lấp đầy 100%" ("số 3" does)
        if doc.match.startswith(_COMPANY_HEADS, m.start(3)):
            continue  # "Hai khu đô thị Công ty X đề xuất": the company that proposes them, no site's name
        if (figure := _FIGURE.match(m.group(3))) is not None and (
            _MEASURE_AFTER.fullmatch(m.group(3), figure.end())
            or (figure.end() == len(m.group(3)) and _MEASURE_AFTER.match(doc.match, m.end(3)))
        ):
            continue  # its size, not its name: "Sắp có khu công nghiệp 400 ha ở tỉnh X"
        name = _SITE_ABBREVIATION.sub("", doc.match[m.start() : m.end()])  # "Cụm công nghiệp (CCN) A": no "(CCN)"
        add(name[0].upper() + name[1:], _site_kind(m.group(1)), m.start(), m.end(), mention=not inside)
    for m in _SITE_LIST.finditer(doc.match):
        head, pos = m.group(1)[0].upper() + m.group(1)[1:], m.end()
        while (item := _SITE_ITEM.match(doc.match, pos)) is not None and item.end() > pos:
            if item.group(1).split()[0] in ("Cụm", "Khu", "Nhà"):
                break  # "3 cụm công nghiệp: Cụm công nghiệp A, ...": each named in full
            add(f"{head} {item.group(1)}", head.lower(), item.start(1), item.end(1))
            pos = item.end()
    for m in _WRAPPED_QUOTED.finditer(doc.match):
        if m.start() not in covered:  # "Chương\ntrình “X”": the same name as "Chương trình “X”" on one line
            add(f"{m.group(1).capitalize()} {m.group(2)} {m.group(3)}", _KINDS[f"{m.group(1)} {m.group(2)}".lower()],
                m.start(), m.end())  # fmt: skip
    for m in _ABBREVIATED_SITE_LIST.finditer(doc.match):
        head, pos = _SITE_HEAD_OF[m.group(1)], m.end()
        while (item := _SITE_ITEM_NAME.match(doc.match, pos)) is not None and item.start(1) not in covered:
            add(f"{head} {item.group(1)}", head.lower(), item.start(1), item.end(1))
            pos = item.end()
            if (bracket := _ITEM_BRACKET.match(doc.match, pos)) is not None:
                pos = bracket.end()  # its place and size: "(xã Tiền Tiến, diện tích 75 ha)"
            if (join := _ITEM_JOIN.match(doc.match, pos)) is None or doc.match.startswith(("KCN", "CCN", "Cụm", "Khu"),
                                                                                        join.end()):  # fmt: skip
                break  # (the next one named in full is read as a named site)
            pos = join.end()
    for m in _SITE_LIST_ITEMS.finditer(doc.match):
        head, pos = m.group(1)[0].upper() + m.group(1)[1:], m.end()
        stop = _SENTENCE_END.search(doc.match, pos)
        limit = stop.start() if stop else len(doc.match)
        while pos < limit and (item := _SITE_ITEM_NAME.match(doc.match, pos)) is not None:
            if item.group(1).split()[0] in ("Cụm", "Khu", "Nhà") or item.start(1) in covered:
                break  # (each named in full: read as a named site)
            add(f"{head} {item.group(1)}", head.lower(), item.start(1), item.end(1))
            semicolon = doc.match.find(
                ";", item.end(), limit
            )  # the item's tail (its size, its investor) up to the next
            if semicolon < 0:
                break
            pos = semicolon + 1
    for m in _MOVEMENT.finditer(doc.match):
        if _TOPIC_BEFORE.search(doc.match, max(0, m.start() - 160), m.start()):
            continue  # "Quyết định ... ngày 23/5/2021 về ... phong trào thi đua “X”": a document's topic
        if m.start() not in covered:
            add(m.group(1), "phong trào", m.start(1), m.end(1))
    for m in _MOVEMENT_UPPER.finditer(doc.match):
        if m.start() not in covered:
            add(m.group(1).capitalize(), "phong trào", m.start(1), m.end(1))
    for m in _CAPS_PROJECT.finditer(doc.match):
        if m.start() not in covered:
            _add_in_capitals(doc, m, add)
    for m in _PROJECT_LIST.finditer(doc.match):
        _add_listed(doc, m.end(), add, covered)
    for m in _COUNTED_THEN_LISTED.finditer(doc.match):
        _add_listed(doc, m.end(), add, covered)
    for m in _BUILT_LIST.finditer(doc.match):
        _add_listed(doc, m.end(), add, covered)
    for m in _MOVEMENT_CAPS.finditer(doc.match):
        if (
            m.end() not in covered
            and len(doc.match[m.end() : (end := _name_end(doc, m.end(), m.end()))].split()) >= 3
            # (a name cut before its purpose would be read short: "Nhân dân hiến đất để mở rộng đường ...")
            and not _PURPOSE_NEXT.match(doc.match, end)
        ):
            add(doc.match[m.end() : end], "phong trào", m.end(), end)
    for m in _ROUTE_BUILT.finditer(doc.match):
        if m.end() not in covered and (route := _ROUTE_ENDS.match(doc.match, m.end())) is not None:
            add(f"Đường {m.group('kind')}{route.group(0)}", "dự án", m.start("kind"), route.end())
    for m in _HOUSING_BROKEN_GROUND.finditer(doc.match):
        if m.start("kind") not in covered and (place := _HOUSING_PLACE.match(doc.match, m.end())) is not None:
            # (the span ends before "tại": the relations read the place from there)
            add(f"{m.group('kind')[0].upper()}{m.group('kind')[1:]} {place.group(0)}", "dự án", m.start("kind"),
                m.end("kind"))  # fmt: skip
    for m in _LOWER_WORK_BUILT.finditer(doc.match):
        start = m.start("kind")
        end = _name_end(doc, m.end(), m.end())
        if (dash := _DASHED_DESCRIPTION.search(doc.match, m.end(), end)) is not None:
            end = dash.start()  # "cầu Trà Khúc 3 – cây cầu dây văng đầu tiên ...": what it is, not its name
        if m.group("kind") == "cầu" and (joins := _BRIDGE_JOINS.search(doc.match, m.end(), end)) is not None:
            end = joins.start()  # "cầu Đại Ngãi 2 nối tỉnh A với tỉnh B": the provinces it joins, not its name
        if start not in covered and len(doc.match[start:end].split()) >= 2:
            if (shared := _SHARED_KIND_NAMES.fullmatch(doc.match, m.end(), end)) is not None:
                # "xây cầu Sông Chua và Đà Rằng": two works of one kind
                kind = m.group("kind")[0].upper() + m.group("kind")[1:]
                add(f"{kind} {shared.group(1)}", "dự án", start, shared.end(1))
                add(f"{kind} {shared.group(2)}", "dự án", shared.start(2), shared.end(2))
                continue
            add(doc.match[start].upper() + doc.match[start + 1 : end], "dự án", start, end)
    for m in _HOUSING_PROJECT.finditer(doc.match):
        if m.start("kind") not in covered and (place := _HOUSING_PLACE.match(doc.match, m.end())) is not None:
            add(f"{m.group('kind')[0].upper()}{m.group('kind')[1:]} {place.group(0)}", "dự án", m.start("kind"),
                m.end("kind"))  # fmt: skip
    for m in _EXPRESSWAY.finditer(doc.match):
        if (
            m.start() not in covered
            and not _BODY_BEFORE.search(doc.match, max(0, m.start() - 40), m.start())
            # (an end of another road: "đường nối từ cao tốc Bắc - Nam với Quốc lộ 1" names the expressway built)
            and not _SITE_IN_ROUTE.search(doc.match, max(0, m.start() - 6), m.start())
            and (route := _ROUTE_ENDS.match(doc.match, m.end())) is not None
        ):
            add(f"{m.group(0)[0].upper()}{m.group(0)[1:]}{route.group(0)}", "dự án", m.start(), route.end())
    for m in _BUILT_FACILITY.finditer(doc.match):
        if m.start() not in covered and len(m.group(0).split()) >= 3:
            add(m.group(0), "dự án", m.start(), m.end())
    for m in _WORK_OF_FACILITY.finditer(doc.match):
        if m.end() not in covered and len(doc.match[m.end() : (end := _name_end(doc, m.end(), m.end()))].split()) >= 3:
            add(doc.match[m.end() : end], "dự án", m.end(), end)
    for m in _CEREMONY_WORK.finditer(doc.match):
        if m.end() not in covered and len(doc.match[m.end() : (end := _name_end(doc, m.end(), m.end()))].split()) >= 2:
            add(doc.match[m.end()].upper() + doc.match[m.end() + 1 : end], "dự án", m.end(), end)
    if "|" in doc.match:
        _add_table_names(doc, add, covered)
    for m in _COMPLEX.finditer(doc.match):
        if m.start() in covered:
            continue
        stop = _COMPLEX_END.search(doc.match, m.start(), m.end())
        head = doc.match[m.start() : stop.start() if stop else m.end()]
        last = _LAST_CAPITAL.search(head, 8)  # (after "Tổ hợp ")
        if last is not None and len(head[: last.end()].split()) >= 3:
            add(head[: last.end()], "dự án", m.start(), m.start() + last.end())
    for m in _NAME_FIELD.finditer(doc.match):
        if m.end() not in covered and (end := _name_end(doc, m.end(), m.end())) - m.end() > 3:
            add(doc.match[m.end() : end], "dự án", m.end(), end)
    for m in _ROAD_STRETCH.finditer(doc.match):
        if m.start("road") not in covered and (end := _name_end(doc, m.start("road"), m.end())) > m.end() + 6:
            start = m.start("road")
            add(doc.match[start].upper() + doc.match[start + 1 : end], "dự án", start, end)
    for m in _ROAD_DONE.finditer(doc.match):
        start, end = m.start("road"), m.end("road")
        if start not in covered and len(doc.match[start:end].split()) >= 2:
            add(doc.match[start].upper() + doc.match[start + 1 : end], "dự án", start, end)
    # (after the rules of ceremonies and named facilities, which read a work's name whole)
    for m in _WORK_BY_PURPOSE.finditer(doc.match):
        if _PROJECT_WORD_BEFORE.search(doc.match, max(0, m.start() - 8), m.start()):
            continue  # "dự án xây dựng kè X kết hợp ...": the project word's own name, read (or not) by _DESCRIBED
        if m.start("work") not in covered:
            add(m.group("work")[0].upper() + m.group("work")[1:], "dự án", m.start("work"), m.end("work"))
    for m in _LAUNCHED.finditer(doc.match):
        if m.start(1) not in covered and not _QUOTED.match(doc.match, m.end(1) - 1):
            _add_launched(doc, m.start(1), add)
    _add_named_again(doc, found, mentions, covered)
    _merge_re_mentions(found)
    _merge_same_words(found)
    _merge_abbreviated(found)
    _merge_work_in_project(found)
    _merge_bracketed_codes(doc, found)
    _merge_bracketed_aliases(doc, found)
    return list(found.values()), mentions


#: a code in brackets right after a project's name: "dự án Nhà ở xã hội X (NOXH-01)" (then "Dự án NOXH-01" is it)
_BRACKETED_CODE = re.compile(r"\s*\(\s*([A-ZĐ][A-ZĐ0-9]*(?:[-.][A-ZĐ0-9]+)+|[A-ZĐ]{2,}[0-9]*)\s*\)")
_KIND_THEN_CODE = re.compile(r"(?:Dự án|Đề án|Chương trình|Khu|Nhà máy)\s+(\S+)$")


def _merge_bracketed_codes(doc: Doc, found: dict[str, Project]) -> None:
    """A project named back by the code written in brackets after its full name ("dự án Nhà ở xã hội X (NOXH-01) ...
    Dự án NOXH-01 dự kiến ...") is that project (the mentions the relations keep name the full one)."""
    codes: dict[str, str] = {}
    for key, project in found.items():
        for span in project.mentions:
            code = _BRACKETED_CODE.match(doc.match, span.end)
            if code is not None:
                codes.setdefault(code.group(1), key)
    for key in [k for k in found if k not in codes.values()]:
        named = _KIND_THEN_CODE.fullmatch(found[key].name)
        if named is not None and (full := codes.get(named.group(1))) is not None and full in found:
            found.pop(key).name = found[full].name


#: a proper name in brackets right after a project's name: "dự án tổ hợp khu công viên ... cao cấp (Da Nang Downtown)"
_BRACKETED_ALIAS = re.compile(rf"\s*\(\s*([{UPPER}][\w]*(?:[ \t][{UPPER}\d][\w]*){{1,4}})\s*\)")


def _merge_bracketed_aliases(doc: Doc, found: dict[str, Project]) -> None:
    """A project named by the proper name written in brackets after another's full name, with no word the full name
    lacks ("dự án tổ hợp Da Nang Downtown" for "dự án tổ hợp khu công viên ... cao cấp (Da Nang Downtown)"), is that
    project (the mentions the relations keep name the full one)."""
    aliases: dict[str, str] = {}
    for key, project in found.items():
        for span in project.mentions:
            alias = _BRACKETED_ALIAS.match(doc.match, span.end)
            if alias is not None:
                aliases.setdefault(alias.group(1).lower(), key)
    for written, full in aliases.items():
        words = set(_words(found[full].name)) if full in found else set()
        for key in [k for k in found if k != full and found[k].name.lower().endswith(written)]:
            head = _words(found[key].name[: -len(written)])
            if words and set(head) <= words:
                found.pop(key).name = found[full].name


_Add = Callable[[str, str, int, int], None]

#: a project named in a title written in capitals: "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TRỒNG MỘT TỶ CÂY XANH ...” TRÊN
#: ĐỊA BÀN TỈNH X", a programme carried out ("... THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC\nGIA ..."; not the title's own
#: head: "CHƯƠNG TRÌNH HÀNH ĐỘNG ..." is the document itself); the run of capitals may wrap over lines
_CAPS_PROJECT = WordPattern(
    rf"(?:ĐỀ ÁN|DỰ ÁN|QUY HOẠCH|(?<=THỰC HIỆN )CHƯƠNG TRÌNH(?! HÀNH ĐỘNG))[ \t\n]+(?=[“\"{UPPER}\d])"
    rf"[^{LOWER}]{{3,300}}?(?=[{LOWER}]|\n[^\n]*[{LOWER}]|$)",
    needs=("ĐỀ ÁN", "DỰ ÁN", "QUY HOẠCH", "CHƯƠNG TRÌNH"),
)


#: the quote that closes a name quoted from its kind word on
_QUOTE_CLOSES = re.compile(r"[”\"]")


def _add_in_capitals(doc: Doc, m: re.Match[str], add: _Add) -> None:
    """A project named in capitals, to where its name ends (read on the text in lower case), in sentence case."""
    caps = m.group(0)
    lowered = " ".join(caps.lower().split())
    word = next(w for w in _KINDS if lowered.startswith(w))
    if (quoted := _QUOTED.match(lowered, len(word))) is not None:
        name = lowered[: quoted.end()]  # 'ĐỀ ÁN “NÂNG CAO ..., THANH TRA NHẰM ...”': to the closing quote
    elif doc.match[max(0, m.start() - 2) : m.start()].rstrip().endswith(("“", '"')) and (
        (closing := _QUOTE_CLOSES.search(lowered, len(word))) is not None
    ):
        # the whole name quoted, kind word and all: 'PHÊ DUYỆT “DỰ ÁN ... GIAI ĐOẠN 2021-2025”' ends at its closing
        # quote, not on the signer's line of capitals after it ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...")
        name = lowered[: closing.start()].rstrip(" ,-–.")
    else:
        stop = _END.search(lowered, len(word))
        name = lowered[: stop.start() if stop else len(lowered)].rstrip(" ,-–.")
    if len(name.split()) < len(word.split()) + 2 or re.match(r"dự án (?:luật|bộ luật|pháp lệnh|nghị)", name):
        return  # "DỰ ÁN LUẬT ĐẤT ĐAI": a bill
    if word == "quy hoạch" and not _PLAN_SCOPE.match(name[0].upper() + name[1:]):
        return
    # the span ends where the name does in the text (its words, over any line breaks)
    end = m.start()
    for seen, w in enumerate(re.finditer(r"\S+", caps), start=1):
        end = m.start() + w.end()
        if seen == len(name.split()):
            break
    add(name[0].upper() + name[1:], _KINDS[word], m.start(), end)


def _name_end(doc: Doc, start: int, after: int) -> int:
    """Where a name read from ``start`` ends (its first ``after`` characters are its head), by ``_END``."""
    window = doc.match[after : after + _MAX]
    stop = _end_search(window)
    end = after + (stop.start() if stop else len(window))
    while end > start and doc.match[end - 1] in " \t,-–":
        end -= 1
    return end


def _add_joined_site(doc: Doc, start: int, add: _Add) -> None:
    """The site joined by "và" to a project just read ("... và Nhà máy chế biến B đều do ..."), to where it ends."""
    head = _SITE_HEAD_WORDS.match(doc.match, start)
    if head is None:
        return
    end = _name_end(doc, start, head.end())
    if len(doc.match[head.end() : end].split()) >= 1:
        add(doc.match[start:end], _site_kind(head.group(0)), start, end)


_SITE_HEAD_WORDS = re.compile(r"Nhà máy|Khu công nghiệp|Cụm công nghiệp")
#: the next item of a list joined by "và" and a capital, inside what reads as one name
_AND_NEXT_ITEM = re.compile(rf"\s+và\s+(?=[{UPPER}])")
#: the end of a list item's tail: the next item after a comma, a semicolon or "và" before a capital, or the
#: sentence's end
_ITEM_TAIL = re.compile(rf"[,;]\s+|\s+và\s+(?=[{UPPER}]|{_LOWER_WORK_KIND})|\.(?:\s|$)|\n")
_LEVEL_AT = re.compile(r"(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|tỉnh|TP\.?|H\.)\s*(?=[A-ZĐ])")


def _add_listed(doc: Doc, pos: int, add: _Add, covered: Covered) -> None:
    """The items of a list of projects, from ``pos``: each capitalised item that is not a place of the one before
    ("tại xã A, thị xã B (120 ha), Sân golf C"), up to the sentence's end."""
    stop = doc.match.find("\n", pos)
    limit = min(len(doc.match), pos + 800, stop if stop >= 0 else len(doc.match))
    while pos < limit:
        end = pos
        if (work := _LOWER_WORK_ITEM.match(doc.match, pos)) is not None and pos not in covered:
            end = min(work.end(), limit)  # "cầu Đá Bạc (xã Tiến Thắng)": the work, to its name's last capital
            add(doc.match[pos].upper() + doc.match[pos + 1 : end], "dự án", pos, end)
        elif _LIST_ITEM_START.match(doc.match, pos) and not _LEVEL_AT.match(doc.match, pos) and pos not in covered:
            end = min(_name_end(doc, pos, pos), limit)
            # "Nhà máy A và Khu dân cư B": two items (not "Trường Tiểu học và THCS C": a name before "và" ends on a
            # capital or a number)
            joined = _AND_NEXT_ITEM.search(doc.match, pos, end)
            if (
                joined
                and (last := doc.match[pos : joined.start()].split()[-1:])
                and (last[0][0].isupper() or last[0][0].isdigit())
            ):
                end = joined.start()
            if end > pos and len(doc.match[pos:end].split()) >= 2:
                add(doc.match[pos:end], "dự án", pos, end)
        # (the next item after where this one's name ends: "Trường Tiểu học và THCS A" is one name)
        tail = _ITEM_TAIL.search(doc.match, max(pos, end), limit)
        if tail is None or tail.group(0).startswith((".", "\n")):
            return
        pos = tail.end()


def _add_table_names(doc: Doc, add: _Add, covered: Covered) -> None:
    """The cells of a table's project-name column ("| TT | Danh mục dự án | Xã, phường |"): each row's is a project
    (capitalised, two words or more; not a total row)."""
    column, pos = -1, 0
    for line in doc.match.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.lstrip().startswith("|"):
            column = -1  # the table ended
            continue
        cells, offset = [], start + line.index("|") + 1
        for cell in line.strip().strip("|").split("|"):
            cells.append((offset, cell))
            offset += len(cell) + 1
        header = next((k for k, (_, cell) in enumerate(cells) if _NAME_COLUMN.fullmatch(cell)), -1)
        if header >= 0:
            column = header
            continue
        if column < 0 or column >= len(cells):
            continue
        at, cell = cells[column]
        name = cell.strip()
        first = at + cell.index(name) if name else at
        if len(name.split()) >= 2 and name[0].isupper() and not _TOTAL_ROW.match(name) and first not in covered:
            add(name, "dự án", first, first + len(name))


def _add_launched(doc: Doc, start: int, add: _Add) -> None:
    """A movement launched by name ("phát động phong trào làm đường giao thông nông thôn Mùa xuân 2024")."""
    end = _name_end(doc, start, start + len("phong trào"))
    name = doc.match[start:end]
    if len(name.split()) >= 4:
        add(name[0].upper() + name[1:], "phong trào", start, end)


#: the words two mentions of one project can differ by: a level word, a dash ("... tỉnh Quảng Trị - Giai đoạn 1" and
#: "... Quảng Trị – giai đoạn 1")
_LEVEL_OR_DASH = {"tỉnh", "thành", "phố", "tp", "tp.", "-", "–", "—"}


_WORD = re.compile(r"\w+")


def _words(name: str) -> list[str]:
    return _WORD.findall(name.lower())


def _in_order(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _merge_abbreviated(found: dict[str, Project]) -> None:
    """A name whose words all appear, in order, in exactly one other project's name is that project written short (a
    headline's "dự án nâng cấp mở rộng Quốc lộ 9" for "Dự án Nâng cấp, mở rộng Quốc lộ 9 đoạn từ cảng Cửa Việt đến
    Quốc lộ 1"); not when what it leaves out is a number ("Khu công nghiệp A" and "Khu công nghiệp A II")."""
    read: dict[str, list[str]] = {}  # the words of each name, read once (every name is compared with every other)

    def words(key: str) -> list[str]:
        name = found[key].name
        if (known := read.get(name)) is None:
            known = read[name] = _words(name)
        return known

    for key in sorted(found, key=lambda k: len(words(k))):
        if key not in found:
            continue
        short = words(key)
        if len(short) < 4 or short[:2] != ["dự", "án"]:
            continue  # (a "dự án" named short; a programme's shorter name is often another programme)
        fuller = [k for k in found if k != key and len(words(k)) > len(short)
                  and words(k)[:2] == short[:2]  # (the same kind: "dự án ...", "khu công nghiệp ...")
                  and _in_order(short, words(k))]  # fmt: skip
        if len(fuller) != 1:
            continue
        long = words(fuller[0])
        left_out = [w for w in long if w not in short]
        if all(w.isdigit() or _ROMAN_WORD.fullmatch(w) for w in left_out):
            continue
        tail = short[2:]  # what it names, found whole in the other after a route word: "Dự án Cảng A" and "Dự án đường
        # ven biển nối Cảng A" are two projects
        if any(long[i : i + len(tail)] == tail and long[i - 1] in _ROUTE_WORDS for i in range(1, len(long))):
            continue
        if _named_before_tail(found[fuller[0]].name, tail):
            continue  # "dự án đường A" and "dự án Hạ tầng kỹ thuật Khu dân cư đường A": what comes before is named
        # the mentions the relations keep name the fuller project (its spans, which do not read the fuller name, are
        # not the project's)
        found.pop(key).name = found[fuller[0]].name


_ROMAN_WORD = re.compile(r"[ivxlc]+")


def _named_before_tail(long_name: str, tail: list[str]) -> bool:
    """Whether the fuller name puts a capitalised word of its own before where the shorter one's words start."""
    words = re.findall(r"\w+", long_name)[2:]
    first = next((i for i, w in enumerate(words) if tail and w.lower() == tail[0]), None)
    return first is not None and any(w[0].isupper() for w in words[:first])


_ROUTE_WORDS = {"nối", "từ", "đến", "tới", "đi", "qua", "với", "vào"}


#: what a shorter re-mention may leave out: one or two lower-case words (never a numeral: "Khu công nghiệp A II")
_FEW_LOWER = re.compile(rf"[{LOWER}]+(?: [{LOWER}]+)?")


def _lower_words(name: str) -> set[str]:
    """The words of a name written in lower case (not its first): those a re-mention may leave out."""
    return {w for w in name.split()[1:] if w == w.lower() and w.isalpha()}


def _merge_same_words(found: dict[str, Project]) -> None:
    """Two projects named by the same words but for a level word, a dash or the case ("Dự án Đường ven biển ... tỉnh
    Quảng Trị - Giai đoạn 1", then "Dự án đường ven biển ... Quảng Trị – giai đoạn 1") are one: the first named."""
    seen: dict[frozenset[str], str] = {}
    for key in list(found):
        # (tone placement and the project word aside: "khu đô thị Hoà Vang" is "Dự án Khu đô thị huyện lỵ Hòa Vang"
        # named short)
        lowered = unify_tones(found[key].name.lower()).removeprefix("dự án ")
        words = frozenset(w for w in lowered.replace("–", " ").replace("-", " ").split() if w not in _LEVEL_OR_DASH)
        if len(words) < 3:
            continue
        same = seen.get(words)
        shorter = next((k for w, k in seen.items() if w < words and _FEW_LOWER.fullmatch(" ".join(sorted(words - w)))
                        and (words - w) <= _lower_words(found[key].name) and k in found), None)  # fmt: skip
        if same is None and shorter is not None:  # a headline's "dự án cao tốc X", then "dự án đường bộ cao tốc X"
            found.pop(shorter).name = found[key].name  # (its spans do not read the fuller name: not kept)
            seen = {w: (key if k == shorter else k) for w, k in seen.items()}
            seen[words] = key
            continue
        if same is None:  # "dự án đường liên xã A - B" after "dự án đường giao thông liên xã A - B"
            same = next((k for w, k in seen.items() if words < w and _FEW_LOWER.fullmatch(" ".join(sorted(w - words)))
                         and (w - words) <= _lower_words(found[k].name)), None)  # fmt: skip
        if same is not None and same in found:
            found.pop(key).name = found[same].name  # the mentions the relations keep name the first one
        else:
            seen[words] = key

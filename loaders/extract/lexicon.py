"""The conventions of ../shared/reference as data: document kinds, issuer codes, posts, bodies,
level words, place names. Extractors are regular expressions built from these tables.

All patterns run on the text after :func:`kernel.text.unify_tones` (same length, so
offsets hold), which is why only the first-vowel placement ("ủy", "Hòa") appears here.
"""

from __future__ import annotations

import unicodedata

from kernel.text import tone_key

_LETTERS = [chr(c) for c in range(0x41, 0x5B)] + [chr(c) for c in range(0x61, 0x7B)]
_LETTERS += [ch for ch in map(chr, range(0xC0, 0x1EFA)) if unicodedata.category(ch) in ("Lu", "Ll")]
_VIET = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯàáâãèéêìíòóôõùúýăđĩũơư" + "".join(map(chr, range(0x1EA0, 0x1EFA)))
UPPER = "A-Z" + "".join(sorted({ch for ch in _VIET if ch.isupper()}))
LOWER = "a-z" + "".join(sorted({ch for ch in _VIET if ch.islower()}))
CAP_WORD = f"[{UPPER}][{LOWER}]+"
WORD = f"[{UPPER}{LOWER}]+"

#: Kind words in front of a number or symbol -> gold kind (longest first when matching).
KIND_WORDS = {
    "Nghị quyết": "NQ", "Quyết định": "QĐ", "Quy định": "QĐi", "Chỉ thị": "CT", "Kết luận": "KL",
    "Thông báo kết luận": "TB", "Thông báo": "TB", "Kế hoạch": "KH", "Chương trình": "CTr",
    "Hướng dẫn": "HD", "Biên bản": "BB", "Báo cáo": "BC", "Tờ trình": "TTr", "Công văn": "CV",
    "Nghị định": "NĐ", "Thông tư": "TT", "Quy chế": "QC", "Luật": "Luật", "Công điện": "CĐ", "Phương án": "PA",
}  # fmt: skip
#: Abbreviated kinds written before a number ("NQ 57", "QĐ 827").
KIND_ABBREVIATIONS = {"NQ": "NQ", "QĐ": "QĐ", "CT": "CT", "KL": "KL", "KH": "KH", "TB": "TB", "NĐ": "NĐ", "TT": "TT"}
#: Letters in a symbol -> gold kind, when no kind word stands in front.
SYMBOL_KINDS = {"NQ": "NQ", "QĐ": "QĐ", "QĐI": "QĐi", "QYĐ": "QĐi", "CT": "CT", "KL": "KL", "TB": "TB", "KH": "KH",
                "CTR": "CTr", "HD": "HD", "BB": "BB", "BC": "BC", "TTR": "TTr", "CV": "CV", "NĐ": "NĐ", "TT": "TT",
                "QC": "QC", "CĐ": "CĐ", "TTLT": "TT", "PA": "PA",
                "CTHĐ": "CTr", "CTRHĐ": "CTr"}  # fmt: skip  # an action programme written "83-CTHĐ/TU"

#: words before "ban hành" that make a document one still to be issued ("tham mưu ban hành kế hoạch ...", "khẩn
#: trương ban hành chương trình hành động ..."): not yet a document (resolutions, projects)
TO_BE_ISSUED = ("tham mưu", "sớm", "khẩn trương", "cần", "phải", "sẽ")

#: issuer codes a province's, a district's and a commune's body all write ("45/KH-UBND", "12/NQ-HĐND",
#: "03-NQ/ĐU"): without the issuer's name the symbol does not tell the document's level (the resolver
#: leaves it unknown)
SHARED_LEVEL_CODES = frozenset({"UBND", "HĐND", "ĐU", "ĐKT"})  # ĐKT: an inspection team's, of any committee

#: Issuers as the text names them -> (issuer code, Party or State, level).
ISSUERS = {
    "Bộ Chính trị": ("TW", "party", "central"),
    "Ban Bí thư Trung ương Đảng": ("TW", "party", "central"),
    "Ban Bí thư": ("TW", "party", "central"),
    "Ban Chấp hành Trung ương Đảng": ("TW", "party", "central"),
    "Ban Chấp hành Trung ương": ("TW", "party", "central"),
    "Trung ương Đảng": ("TW", "party", "central"),
    "Trung ương": ("TW", "party", "central"),
    "Thủ tướng Chính phủ": ("TTg", "state", "central"),
    "Thủ tướng": ("TTg", "state", "central"),
    "Chính phủ": ("CP", "state", "central"),
    "Quốc hội": ("QH", "state", "central"),
    "Ủy ban Thường vụ Quốc hội": ("UBTVQH", "state", "central"),
    "Quân ủy Trung ương": ("QUTW", "party", "central"),  # "Nghị quyết số 1525-NQ/QUTW ... của Quân ủy Trung ương"
    "Ban Thường vụ Tỉnh ủy": ("TU", "party", "provincial"),
    "Ban Thường vụ Thành ủy": ("TU", "party", "provincial"),
    "BTV Tỉnh ủy": ("TU", "party", "provincial"),
    "Ban Chấp hành Đảng bộ tỉnh": ("TU", "party", "provincial"),
    "Ban Chấp hành Đảng bộ thành phố": ("TU", "party", "provincial"),
    "BCH Đảng bộ tỉnh": ("TU", "party", "provincial"),
    "Tỉnh ủy": ("TU", "party", "provincial"),
    "Thành ủy": ("TU", "party", "provincial"),
    "UBND tỉnh": ("UBND", "state", "provincial"),
    "Ủy ban nhân dân tỉnh": ("UBND", "state", "provincial"),
    "HĐND tỉnh": ("HĐND", "state", "provincial"),
    "Hội đồng nhân dân tỉnh": ("HĐND", "state", "provincial"),
    "Huyện ủy": ("HU", "party", "district"),
    "UBND huyện": ("UBND", "state", "district"),
}
PARTY_CODES = {"TW", "TU", "HU", "QU", "ĐU", "BCSĐ", "BCS", "ĐĐ", "CB", "VPTW", "BTCTW", "UBKTTW", "BTGTW", "BTGDVTW",
               "BDVTW", "BNCTW", "BKTTW", "BĐNTW", "VPTU", "BTCTU", "UBKTTU",
               "BTGTU", "BTGDVTU", "BDVTU", "BNCTU"}  # fmt: skip
#: issuer codes of central bodies; the Party committees of the Government, the National Assembly and the Ministry of
#: Public Security ("12-KH/ĐUCP" of Đảng ủy Chính phủ, 2025) besides the codes ending in TW ("QUTW")
CENTRAL_CODES = {"TW", "CP", "TTG", "QH", "UBTVQH", "CTN", "VPCP", "ĐUCP", "ĐUQH", "ĐUCA"}
DISTRICT_CODES = {"HU", "QU"}

#: a Party committee's word and the level of the unit it leads ("Huyện ủy Gio Linh": a huyện; "Thành ủy": a city)
COMMITTEE_LEVELS = {
    "Tỉnh ủy": "tỉnh",
    "Thành ủy": "thành phố",
    "Huyện ủy": "huyện",
    "Thị ủy": "thị xã",
    "Quận ủy": "quận",
}
#: the committees of the units below a province (not "Tỉnh ủy")
LOCAL_COMMITTEE_LEVELS = {word: level for word, level in COMMITTEE_LEVELS.items() if word != "Tỉnh ủy"}
#: the level words of the commune tier (a commune, a ward, a town, a special zone: one tier, the lowest)
COMMUNE_LEVELS = frozenset({"xã", "phường", "thị trấn", "đặc khu"})
#: "hai", "cả hai" ... before a plural kind word: how many documents of that kind ("cả hai nghị quyết")
HOW_MANY = {"hai": 2, "cả hai": 2, "ba": 3, "bốn": 4}

#: Posts that open a title (after an optional "Phó"); longest first.
POSTS = sorted(
    [
        "Tổng Bí thư", "Bí thư", "Chủ tịch nước", "Chủ tịch", "Giám đốc", "Tổng Giám đốc", "Trưởng ban", "Trưởng Ban",
        "Chủ nhiệm", "Chánh Văn phòng", "Chánh văn phòng", "Chánh án", "Chánh Thanh tra", "Viện trưởng",
        "Thủ tướng Chính phủ", "Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Trưởng Đoàn", "Trưởng đoàn", "Chỉ huy trưởng",
        "Tư lệnh", "Cục trưởng", "Trưởng phòng", "Trưởng Phòng", "Trưởng Công an", "Bí thư Thường trực",
        "Thường trực Ban Bí thư", "Đại biểu Quốc hội",
        "Hiệu trưởng",  # "Hiệu trưởng Trường Chính trị Trần Phú Đinh Quốc Thị": the head of a school
        # "Phó Tổng cục trưởng Tổng cục Cảnh sát"; a standing member of a council or of a committee of the National
        # Assembly: "Ủy viên Thường trực HĐND tỉnh", "Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội"
        "Tổng cục trưởng", "Ủy viên Thường trực",
    ],
    key=len,
    reverse=True,
)  # fmt: skip
MEMBERSHIPS = [
    "Ủy viên Bộ Chính trị", "Ủy viên Bộ chính trị", "Ủy viên Ban Bí thư",
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng",
    "Ủy viên dự khuyết Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Trung ương Đảng",
    "Ủy viên TW Đảng", "Ủy viên TƯ Đảng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ Thành ủy",
    "Ủy viên Ban Thường vụ", "Ủy viên Thường vụ Tỉnh ủy", "Ủy viên Thường vụ Thành ủy", "Ủy viên Thường vụ",
    "Thành ủy viên", "Huyện ủy viên",
    "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy viên", "UVTW", "UVBTV", "UV BTV Tỉnh ủy", "UV BTV", "UVTV Tỉnh ủy",
    # the committee's membership named by the committee ("ông A, Ủy viên Ban Chấp hành Tỉnh ủy, Phó Trưởng ban ...")
    "Ủy viên Ban Chấp hành Tỉnh ủy", "Ủy viên Ban Chấp hành Thành ủy", "Ủy viên Ban Chấp hành Huyện ủy",
]  # fmt: skip

#: The trades a company's name joins by "và" ("Công ty cổ phần đầu tư xây dựng và phát triển X", "Công ty TNHH Xây
#: dựng và Thương mại Y"): "và" before one of them goes on with the name, not a list of two bodies.
COMPANY_TRADES = ("phát triển", "thương mại", "dịch vụ", "xây dựng", "sản xuất", "du lịch", "vận tải", "đầu tư",
                  "xuất nhập khẩu", "kinh doanh")  # fmt: skip
_TRADES = "|".join(w for t in COMPANY_TRADES for w in (t, t[0].upper() + t[1:]))

#: Bodies (organisations), as regular-expression alternatives. PLACE, PROVINCE and HCMC (Ho Chi Minh City however it is
#: written: "TP.HCM", "TP HCM", "TPHCM", "TP. Hồ Chí Minh") are filled in by the patterns.
BODY_PATTERNS = [
    # the Party organization of a bloc of agencies or enterprises and its boards, first (before the boards' other
    # patterns): "Đảng ủy Khối Cơ quan-Doanh nghiệp (CQ-DN) tỉnh", "Ban Chấp hành Đảng bộ Khối CQ và DN tỉnh", "Ủy ban
    # Kiểm tra Đảng ủy Khối", the bare "Đảng ủy Khối" (capitalised: the bloc the text is about)
    r"(?:Ban [Cc]hấp hành |BCH |Ban [Tt]hường vụ |BTV |(?:Ủy ban|UB) [Kk]iểm tra |UBKT )?Đảng (?:ủy|bộ)"
    r" (?:[Kk]hối (?:(?:các )?[Cc]ơ quan ?[-–] ?[Dd]oanh nghiệp|CQ ?[-–] ?DN|CQ ?& ?DN|CQ và DN"
    r"|(?:các )?[Cc]ơ quan và [Dd]oanh nghiệp|[Dd]oanh nghiệp|(?:các )?[Cc]ơ quan)"
    r"(?: \([A-ZĐ][A-ZĐ&-]{1,7}\))?(?: tỉnh(?: PROVINCE)?| Trung ương)?|Khối(?! [A-ZĐ]))",
    # (before the ministries' and departments' patterns) a province's military command, its second word in lower case
    # or its abbreviation in brackets: "Bộ Chỉ huy quân sự (CHQS) tỉnh"; the province's civil judgment office
    r"Bộ (?:Chỉ huy [Qq]uân sự|CHQS)(?: \(CHQS\))? (?:tỉnh|thành phố)(?: PROVINCE)?",
    r"Cục Thi hành án dân sự (?:tỉnh|thành phố)(?: PROVINCE)?",
    # (the board's second word in lower case as often written: "Ban chấp hành", "Ban thường vụ")
    # (not an association's: "Ban Chấp hành Trung ương Hội Khuyến học Việt Nam")
    r"(?:Ban [Cc]hấp hành|BCH) [Tt]rung ương(?: Đảng)?(?! (?:Hội|Đoàn)(?![\w]))",  # the term ("khóa XIII") is no part
    r"(?:BCHTW|BCHTƯ|BCH TW) Đảng",  # ("Ủy viên BCHTW Đảng": the Central Committee abbreviated whole)
    r"Ban [Cc]hấp hành(?: \(BCH\))? Đảng bộ"
    r" (?:HCMC|(?:tỉnh|thành phố|TP\.?|huyện|xã|phường|đặc khu|thị trấn)(?: PLACE)?)",
    r"Ban [Tt]hường vụ Đảng ủy (?:UBND tỉnh|Khối [a-zđà-ỹ ]+tỉnh|Công an Trung ương)",
    # the Party committee of the Ministry of Public Security: "Đảng ủy Công an Trung ương"
    r"Đảng ủy Công an Trung ương",
    # a provincial body takes only a province's name after it (PROVINCE): "HĐND tỉnh Lê Bảo" is the body and a person
    r"(?:Ban [Tt]hường [Vv]ụ|BTV|Ban [Cc]hấp hành|BCH)(?: \((?:BTV|BCH)\))?"  # ("Ban Thường Vụ" as some write it)
    # (not a ministry's Party committee, whose name is no place: "Ban Thường vụ Đảng ủy Bộ Tài chính", read below)
    r" (?:Tỉnh ủy(?: PROVINCE)?|(?:Thành ủy|Huyện ủy|Thị ủy|Đảng ủy(?! Bộ )(?: xã| phường| đặc khu)?)(?: PLACE)?)",
    # a standing board named in a member's abbreviated title or without "Ban": "UVTV Tỉnh ủy", "Ủy viên Thường vụ
    # Thành ủy" (read as "Ban Thường vụ ..." by bodies._clean)
    r"(?:UVTV|UVBTV|UV BTV|Thường vụ) (?:Tỉnh ủy(?: PROVINCE)?|(?:Thành ủy|Huyện ủy|Thị ủy)(?: PLACE)?)",
    r"Đảng ủy (?:xã|[Pp]hường|đặc khu|thị trấn)(?: PLACE)?",  # "Đảng ủy Phường Bến Thành" as Saigon writes it
    r"BCH Đảng bộ tỉnh(?: PROVINCE)?",
    # the same abbreviated below the province: "BCH Đảng bộ xã Vĩnh Hòa", "BCH Đảng bộ huyện Cam Lộ" (as written: the
    # committee, not the Party organization "Đảng bộ xã Vĩnh Hòa")
    r"BCH Đảng bộ (?:thành phố|TP\.?|huyện|thị xã|quận|xã|phường|đặc khu|thị trấn)(?: PLACE)?",
    r"Bộ Chính trị", r"Ban [Bb]í thư(?: Trung ương (?:Đảng|Đoàn))?", r"Trung ương Đảng",
    # a Central Committee member's title without "Đảng": "Ủy viên Trung ương, Bí thư Tỉnh ủy" (read as "Trung ương
    # Đảng" by bodies._clean)
    r"T(?<=Ủy viên T)rung ương(?![\w])(?! [A-ZĐ])",  # (not "Ủy viên Trung ương Hội Nông dân")
    # ("Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường": a commune's or ward's, after the 2025 merger)
    # ("Ủy Ban Kiểm tra Tỉnh ủy X": the second word capitalised, as some outlets write it)
    # ("Ủy ban kiểm tra Huyện ủy": the rest in lower case)
    r"(?:Ủy [Bb]an [Kk]iểm tra|UBKT)(?: \(UBKT\))? (?:Tỉnh ủy(?: PROVINCE)?|(?:Thành ủy|Trung ương|Huyện ủy)(?: PLACE)?"
    r"|Đảng ủy (?:xã|phường|đặc khu)(?: PLACE)?"
    r"|Đảng ủy UBND (?:tỉnh|thành phố)"  # "Ủy ban Kiểm tra Đảng ủy UBND tỉnh": the Party organization of a unit's
    r"|T\.Ư|TƯ|TW)",  # ("UBKT T.Ư": read as "... Trung ương" by bodies._clean)
    # --- ext-entities: standing committees, delegations, steering and editorial teams, Party organizations ---
    # "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh" (not the title
    # "Phó Bí thư Thường trực Tỉnh ủy")
    r"(?:Ban )?(?<!Bí thư )(?<!bí thư )(?<!Chủ tịch )(?<!chủ tịch )"
    r"Thường trực (?:Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy(?: xã| phường)?"
    r"|(?:HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Ủy ban MTTQ(?: Việt Nam)?|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?)"
    # ("Thường trực Hội đồng nhân dân (HĐND) tỉnh": its abbreviation in brackets, no part of its name)
    r"(?: \((?:HĐND|UBND|MTTQ)\))? (?:tỉnh|thành phố|huyện|xã|phường|quận|thị xã|đặc khu))",
    # "Đoàn ĐBQH tỉnh", "Đoàn đại biểu Quốc hội thành phố"
    # "Trưởng đoàn ĐBQH tỉnh", "Đoàn đại biểu Quốc hội (ĐBQH) tỉnh Yên Bái", "Trưởng Đoàn ĐBQH Tỉnh"
    # ("Trưởng đoàn Đại biểu Quốc hội khóa XV tỉnh": the term between, dropped from the name)
    # ("Trưởng Đoàn đại biểu Quốc hội TP", "... TP. Cần Thơ": the city abbreviated, as the UBND's is)
    r"[đ](?<=Trưởng đ)oàn (?:ĐBQH|[Đđ]ại biểu Quốc hội)(?: khóa [XVI]+)?"
    r" (?:HCMC|TP\.PLACE|(?:tỉnh|thành phố)(?: PROVINCE)?|TP\.?(?: PLACE)?)",
    # ("Trưởng Đoàn đại biểu Quốc hội đơn vị tỉnh Kiên Giang")
    # ("Đoàn đại biểu Quốc hội và HĐND tỉnh": the delegation and the council's one office, since 2025)
    r"Đoàn (?:ĐBQH|[Đđ]ại biểu Quốc hội)(?: \(ĐBQH\))?(?: và (?:HĐND|Hội đồng nhân dân))?(?: đơn vị)?"
    r" (?:HCMC|TP\.PLACE|(?:[Tt]ỉnh|thành phố)(?: PROVINCE)?|TP\.?(?: PLACE)?)",
    # a group of a city's deputies, its constituency's number no part of its name: "Tổ đại biểu Quốc hội TP HCM, đơn vị
    # 10", "Tổ đại biểu HĐND tỉnh số 3"
    r"Tổ đại biểu (?:Quốc hội|HĐND) (?:HCMC|(?:tỉnh|thành phố)(?: PROVINCE)?)",
    # a numbered inspection or supervision team named without its principal: "Đoàn kiểm tra số 11 do ... làm trưởng
    # đoàn" (with "của X" it is read above, with its principal)
    # ("Đoàn kiểm tra, giám sát số 25 tổ chức hội nghị": a team that both inspects and supervises)
    r"Đoàn (?:[Kk]iểm tra|[Gg]iám sát)(?:, (?:kiểm tra|giám sát))? số \d{1,4}(?![\w])(?!,? của )",
    # "Đoàn kiểm tra số 12 của Bộ Chính trị", "Đoàn giám sát của Thường trực HĐND tỉnh"
    # ("Đoàn kiểm tra 1152 của Ban Thường vụ Tỉnh ủy": its number without "số", a standing committee's)
    r"(?:Đoàn|[đ](?<=Trưởng đ)oàn) (?:[Kk]iểm tra|[Gg]iám sát|công tác)(?:, (?:kiểm tra|giám sát))?(?: (?:số )?\d+)?"
    r" của (?:Bộ Chính trị(?:, Ban Bí thư)?|Ban Bí thư(?: Trung ương Đảng)?|Thường trực HĐND (?:tỉnh|thành phố)|Tỉnh ủy"
    r"|Thành ủy"
    # "Đoàn giám sát của Ủy ban Thường vụ Quốc hội", "Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy X", "... của Bộ Y tế"
    r"|Ủy ban Thường vụ Quốc hội|Quốc hội|Chính phủ|Ủy ban Kiểm tra (?:Trung ương|Tỉnh ủy(?: PROVINCE)?|Thành ủy)"
    r"|Bộ (?:CAPWORDS)|Trung ương(?: Đảng)?"
    r"|Ban Thường vụ (?:Tỉnh ủy|Thành ủy|Huyện ủy))",
    # Party organizations of units: "Đảng bộ huyện Văn Chấn", "Đảng bộ Bộ Công Thương", "Đảng ủy Bộ Xây dựng"
    r"Đảng bộ (?:thành phố|huyện|thị xã|quận|xã|[Pp]hường|đặc khu)(?: PLACE)?",
    # (a city's abbreviated: "Đảng bộ TP. Cần Thơ", "Đảng bộ TPHCM")
    r"Đảng bộ (?:HCMC|TP\.PLACE|TP\.? PLACE)",
    # the Party cell of a hamlet or a residential quarter: "Chi bộ ấp Hòa Hưng 2", "Chi bộ khu phố 5"
    r"Chi bộ (?:ấp|khu phố|khóm|thôn|bản|xóm|tổ dân phố)"
    r" (?:[A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,3}(?: \d{1,2}(?![\w])| [A-Z](?![\w]))?|\d{1,2}(?![\w]))",
    r"(?:Ban Thường vụ )?Đảng (?:bộ|ủy) Bộ (?:CAPWORDS)",
    # the Party organizations of a province's offices and departments: "Đảng bộ Văn phòng UBND tỉnh", "Đảng ủy Sở Y tế"
    r"Đảng (?:bộ|ủy) (?:Văn phòng (?:UBND|HĐND|Tỉnh ủy|Ủy ban nhân dân) tỉnh|Văn phòng Tỉnh ủy|Sở (?:CAPWORDS))",
    # election committees: "Ủy ban Bầu cử tỉnh", "Hội đồng Bầu cử quốc gia"
    r"Ủy ban [Bb]ầu cử (?:tỉnh|thành phố|huyện|xã|phường|đặc khu)(?: PLACE)?", r"Hội đồng Bầu cử quốc gia",
    # (editorial teams and working delegations are read with their task by bodies.steering_committees)
    # ("Trưởng ban Tuyên giáo Huyện ủy": the board's head word in lower case after its head's post)
    # ("Ban Tư tưởng - Văn hóa Trung ương", the central board's name before 2007)
    # ("Ban Tuyên giáo - Dân vận Trung ương": the board merged in 2025, as the press often writes it, with a dash)
    # ("Phó Trưởng ban Tuyên Giáo Tỉnh ủy X": the board's second word capitalised, as some outlets write it)
    r"(?:Ban|[b](?<=rưởng b)an) (?:Tổ [Cc]hức|Tuyên [Gg]iáo (?:và|[-–]) Dân [Vv]ận|Tuyên [Gg]iáo|Dân [Vv]ận"
    r"|Nội [Cc]hính|Kinh [Tt]ế|Đối [Nn]goại|Tư tưởng [-–] Văn hóa)"
    r" (?:Tỉnh ủy|Thành ủy|Trung ương|T\.Ư|TƯ|TW|Huyện ủy)(?: PLACE)?",  # "Ban Tuyên giáo T.Ư"
    # the province's board named by the province ("Trưởng Ban Tuyên giáo và Dân vận tỉnh", as often written)
    r"Ban Tuyên giáo và Dân vận (?:tỉnh(?: PROVINCE)?|thành phố)",
    # ("Văn phòng Huyện ủy", "Văn phòng Thị ủy X": a district's committee's office)
    r"Văn phòng (?:(?:Huyện ủy|Thị ủy|Quận ủy)(?: PLACE)?"
    r"|Tỉnh ủy|Thành ủy|Trung ương Đảng|Chính phủ|UBND tỉnh|Ủy ban nhân dân tỉnh|HĐND tỉnh"
    r"|Hội đồng nhân dân tỉnh"
    r"|Đoàn ĐBQH(?: và HĐND)? tỉnh"
    # "Văn phòng UBND thành phố", "Văn phòng HĐND và UBND xã", "Văn phòng Bộ", "Văn phòng Đảng ủy Bộ"
    r"|(?:HĐND và )?UBND (?:thành phố|huyện|xã|phường|quận|thị xã)|Đảng ủy Bộ|Bộ(?! [A-ZĐ]))",
    r"[Bb]an [Cc]án sự (?:Đảng|đảng) (?:UBND tỉnh|Ủy ban nhân dân tỉnh)",
    r"Đảng ủy (?:UBND tỉnh|Công an tỉnh|Quân sự tỉnh"
    # "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh"
    r"|[Kk]hối (?:[Dd]oanh nghiệp|(?:các )?[Cc]ơ quan(?: và [Dd]oanh nghiệp)?)(?: tỉnh| Trung ương)?"
    r"|[Cc]ác cơ quan Đảng tỉnh(?: PROVINCE)?"  # ("Đảng ủy Các cơ quan Đảng tỉnh Nghệ An", as often capitalised)
    # "Đảng ủy HĐND tỉnh", "Đảng ủy Chính phủ", "Đảng ủy Quân khu 3", "Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh"
    r"|HĐND tỉnh|Chính phủ|Quốc hội|Quân khu \d|Bộ đội Biên phòng tỉnh"
    r"|Mặt trận Tổ quốc(?: và các đoàn thể)? tỉnh|MTTQ(?: và các đoàn thể)? tỉnh)",
    # Party delegations: "Đảng đoàn HĐND tỉnh", "Đảng đoàn MTTQ tỉnh"
    r"Đảng đoàn (?:HĐND|MTTQ|Ủy ban MTTQ(?: Việt Nam)?|Mặt trận Tổ quốc(?: Việt Nam)?|Quốc hội) ?(?:tỉnh|thành phố)?",
    r"Đảng bộ (?:tỉnh|Công an tỉnh|Quân sự tỉnh|[Cc]ác cơ quan Đảng tỉnh)(?: PROVINCE)?",
    # the Party committee of the Party's agencies, since 2025 at every tier: "Đảng ủy các cơ quan Đảng tỉnh X",
    # "Đảng bộ các cơ quan Đảng TPHCM", "Ban Chấp hành Đảng bộ các cơ quan Đảng Thành phố", "... Trung ương"
    r"(?:Ban Chấp hành |BCH )?Đảng (?:ủy|bộ) [Cc]ác cơ quan Đảng"
    r" (?:HCMC|Trung ương|Thành phố|TP\.? ?PROVINCE|(?:tỉnh|thành phố)(?: PROVINCE)?)",
    # (a district of Ho Chi Minh City by its number: "Quận ủy quận 1", "UBND quận 10")
    r"Tỉnh ủy(?: PROVINCE)?", r"(?:Thành ủy|Huyện ủy|Thị ủy|Quận ủy)(?: PLACE| quận \d{1,2}(?![\w]))?",
    # (written in title case by some outlets: "Ủy ban Nhân dân tỉnh Bình Định")
    r"(?:UBND|HĐND|Ủy ban [Nn]hân dân|Hội đồng [Nn]hân dân)"
    r" (?:HCMC|tỉnh(?: PROVINCE)?|quận \d{1,2}(?![\w])"
    r"|TP\.PLACE"  # "UBND TP.Đà Nẵng": the city's name written right after the dot
    r"|(?:thành phố|[Tt]hành phố|TP\.?|huyện|thị xã|xã|phường|quận|đặc khu|thị trấn)(?: PLACE)?)",
    # ("Ủy ban MTTQ Việt Nam TP", "Ủy ban Mặt trận Tổ quốc Việt Nam TP. Cần Thơ": the city abbreviated)
    # ("Ủy ban MTTQ VN tỉnh Lạng Sơn": the country abbreviated)
    r"(?:Ủy ban MTTQ|UBMTTQ)(?: Việt Nam| VN)?"
    r" (?:HCMC|TP\.PLACE|tỉnh(?: PROVINCE)?|(?:thành phố|TP\.?|huyện|xã|phường|đặc khu)(?: PLACE)?)",
    r"Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?"
    r" (?:HCMC|TP\.PLACE|tỉnh(?: PROVINCE)?|(?:thành phố|TP\.?|huyện|xã|phường|đặc khu)(?: PLACE)?)",
    # the Front's central committee and its boards: "Đoàn Chủ tịch UBTƯ MTTQ Việt Nam", "Ban Thường trực Ủy ban Trung
    # ương MTTQ Việt Nam"
    r"(?:(?:Đoàn Chủ tịch|Ban Thường trực) )?(?:UBTƯ|UBTW|Ủy ban Trung ương) (?:MTTQ|Mặt trận Tổ quốc) Việt Nam",
    # (its committee named with no unit: "đại diện Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội")
    # (not a generic plural: "Ủy ban MTTQ Việt Nam các huyện, thành phố")
    # ("UB MTTQ": the committee abbreviated by halves, never the bare Front)
    r"(?:Ủy ban|UB) (?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?(?![ \t](?:(?:Việt|các|cấp)(?![\w])|\d))",  # (nor "135 xã")
    # (nor the Front inside the generic plural "Ủy ban MTTQ Việt Nam các xã ...", whose items are read as a list)
    r"Mặt trận Tổ quốc(?: Việt Nam)?", r"(?<!UB )(?<!Ủy ban )MTTQ(?: Việt Nam)?",
    r"Ủy ban Thường vụ Quốc hội", r"Quốc hội", r"Chính phủ", r"Ban Công tác đại biểu",
    r"Hội đồng [Ll]ý luận Trung ương",
    # a region's coordinating council: "Hội đồng điều phối vùng Đông Nam Bộ", "Hội đồng Điều phối Vùng Tây Nguyên"
    r"Hội đồng [Đđ]iều phối [Vv]ùng (?:CAPWORDS)",
    # a council's committees: "Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Pháp chế HĐND huyện"
    r"Ban (?:Kinh tế - Ngân sách|Văn hóa - Xã hội|Pháp chế|Dân tộc|Đô thị|Kinh tế|Văn hóa)"
    r" (?:HĐND|Hội đồng nhân dân) (?:[Tt]ỉnh|thành phố|huyện|thị xã|quận|xã|phường)(?: PLACE)?",
    # --- ext-entities: military units, youth unions of units, cooperatives, funds and associations ---
    # "Quân khu 2", "Quân ủy Trung ương", "Ban Chỉ huy Quân sự huyện Đà Bắc", "Ban CHQS huyện Lương Sơn"
    r"Quân khu \d{1,2}(?![\w])", r"Quân ủy Trung ương",
    r"Ban (?:Chỉ huy Quân sự|CHQS) (?:huyện|thị xã|thành phố|quận|xã|phường|đặc khu)(?: PLACE)?",
    # civil defence commands: "Ban Chỉ huy Phòng thủ dân sự (PTDS) tỉnh", "Ban Chỉ huy PTDS các xã"
    r"Ban Chỉ huy (?:Phòng thủ dân sự(?: \(PTDS\))?|PTDS) (?:tỉnh|thành phố|huyện|xã|phường|đặc khu)(?: PLACE)?",
    # "Thành đoàn Từ Sơn", "Huyện đoàn Gia Bình" (and above, "Ban Bí thư Trung ương Đoàn")
    r"(?:Thành đoàn|Huyện đoàn|Thị đoàn|Quận đoàn) PLACE",
    # "Hợp tác xã Dịch vụ nông nghiệp Tân Thanh", "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "Hội Văn học - Nghệ thuật
    # tỉnh"
    r"Hợp tác xã (?:CAPWORDS)",
    r"Quỹ (?:Hỗ trợ phát triển hợp tác xã|Hỗ trợ nông dân|Đầu tư phát triển|Phát triển đất|Bảo vệ và phát triển rừng"
    r"|Vì người nghèo|Phòng, chống thiên tai|Bảo vệ môi trường) (?:tỉnh|thành phố|huyện)",
    r"Hội Văn học(?: [-–])? Nghệ thuật (?:tỉnh|thành phố)",
    # border guard commands, before "Bộ X" (whose name would end at "Bộ đội")
    r"Bộ Chỉ huy Bộ đội Biên phòng (?:tỉnh|thành phố)",
    # a province's border guard force and its posts: "Bộ đội Biên phòng tỉnh Cà Mau", "BĐBP tỉnh Lào Cai", "Đồn Biên
    # phòng Ba Lạt", "Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài" (the post's "phòng" is no district office)
    r"(?:Bộ đội Biên phòng|BĐBP) (?:tỉnh|thành phố)(?: PROVINCE)?",
    r"Đồn Biên phòng (?:[Cc]ửa khẩu(?: [Qq]uốc tế)? )?PLACE",
    # labour unions, the province's capitalised as some outlets write it: "Liên đoàn Lao động Tỉnh", "LĐLĐ tỉnh Hà
    # Tĩnh", "LĐLĐ huyện Can Lộc", and the national one: "Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"
    r"(?:Liên đoàn Lao động|LĐLĐ) (?:[Tt]ỉnh|[Tt]hành phố)(?: PROVINCE)?",
    r"(?:Liên đoàn Lao động|LĐLĐ) (?:huyện|thị xã|quận)(?: PLACE)?",
    r"(?:Tổng Liên đoàn Lao động|Tổng LĐLĐ) Việt Nam",
    # "giao sở Tài chính" (not "cơ sở", "trụ sở")
    r"Bộ Tư lệnh (?:HCMC|Thủ đô(?: Hà Nội)?)",  # the military commands of the two cities ("Bộ Tư lệnh TP HCM")
    r"Bộ Tư lệnh Quân khu \d{1,2}(?![\w])",  # a military region's command, the owner of border roads
    # ("Giám đốc Sở Tài chính TPHCM": the city's department, the city as written)
    # ("Sở Thông tin và Truyền thông (TT&TT) tỉnh Lạng Sơn": its abbreviation in brackets, then its province)
    r"Sở (?:CAPWORDS) \([A-ZĐ][A-ZĐ&]{1,7}\) (?:tỉnh|thành phố)(?: PROVINCE)?",
    r"Sở (?:CAPWORDS)(?: (?:HCMC))?", r"[s](?<!cơ s)(?<!Cơ s)(?<!trụ s)(?<!Trụ s)ở (?:CAPWORDS)", r"Bộ (?:CAPWORDS)",
    # ("Giám đốc Công an TP Hà Nội": the city abbreviated)
    # (the military command in lower case as often written: "Chính ủy Bộ chỉ huy quân sự tỉnh")
    r"(?:Công an|Bộ [Cc]hỉ huy [Qq]uân sự|Quân sự|Thanh tra|Kho bạc Nhà nước|Liên đoàn Lao động)"
    r" (?:tỉnh|[Tt]hành phố|HCMC|TP\.? ?PROVINCE)",
    # a province's procuracy and court, abbreviated or not: "Viện trưởng VKSND tỉnh", "Chánh án TAND thành phố"
    # ("Viện Kiểm sát nhân dân (VKSND) tỉnh X": its abbreviation in brackets, no part of its name; "Viện KSND tỉnh")
    r"(?:TAND|VKSND|Tòa án nhân dân|Viện [Kk]iểm sát nhân dân|Viện KSND)(?: \((?:TAND|VKSND)\))?"
    r" (?:tỉnh|thành phố)(?: PROVINCE)?",
    # a district's or an area's, the same ways: "Chánh án TAND huyện Lộc Ninh", "Viện trưởng Viện KSND huyện Bù Đốp",
    # "Tòa án nhân dân khu vực 3" (the courts of areas since 2025)
    r"(?:TAND|VKSND|Tòa án nhân dân|Viện [Kk]iểm sát nhân dân|Viện KSND)(?: \((?:TAND|VKSND)\))?"
    r" (?:huyện|thị xã|quận|khu vực)(?: PLACE| \d{1,2}(?![\w]))?",
    # a head's office in lower case after the head's post: "Chánh thanh tra thành phố", "Chánh văn phòng Thành ủy"
    r"[t](?<=Chánh t)hanh tra (?:tỉnh|thành phố)",
    r"[v](?<=Chánh v)ăn phòng (?:Tỉnh ủy|Thành ủy|Huyện ủy|UBND (?:tỉnh|thành phố)|HĐND (?:tỉnh|thành phố))",
    # the supreme court and procuracy abbreviated: "Chánh án TAND Tối cao", "Viện trưởng VKSND Tối cao"
    r"(?:TAND|VKSND|Tòa án nhân dân|Viện [Kk]iểm sát nhân dân) [Tt]ối cao",
    r"Công an (?:huyện|xã|phường|quận|thị xã)(?: PLACE)?",
    r"Cục (?:CAPWORDS)(?: [-–] Chính quyền)?",
    # a general department: "Chủ nhiệm Tổng cục Chính trị", "Tổng cục Thuế", "Tổng cục Hải quan"
    r"Tổng cục (?:CAPWORDS)",
    # a ministry's departments and public service centres: "Vụ Pháp chế", "Vụ Kế hoạch - Tài chính", "Trung tâm
    # Phục vụ hành chính công xã", "Trung tâm Phát triển quỹ đất huyện"
    r"Vụ (?:CAPWORDS)(?: [-–] (?:CAPWORDS)| [IVX]+(?![\w])| trong nước)?",
    # (as often written in lower case: "Trung tâm phục vụ hành chính công xã")
    r"Trung tâm (?:phục vụ|dịch vụ) hành chính công(?: (?:tỉnh|thành phố|huyện|xã|phường|đặc khu))?",
    # ("Trung tâm Chính trị thành phố do đồng chí A chủ trì": "do" ends the name)
    # (nor a venue: "Trung tâm Tổ chức Hội nghị tỉnh")
    r"Trung tâm (?!Hội nghị|Tổ chức [Hh]ội nghị)[A-ZĐ][\w]+"
    r"(?: (?!(?:tổ|đã|có|là|được|và|cho|với|tại|của|sẽ|đang|do)(?![\w]))[a-zđà-ỹ]+){0,5}",
    # research institutes, political schools, telecoms branches: "Viện Khoa học Nông nghiệp Việt Nam", "Trường Chính
    # trị Hoàng Văn Thụ", "Viettel Hà Tĩnh", "Tỉnh Đoàn"
    # (with the region it studies: "Viện Khoa học xã hội vùng Tây Nguyên", "Viện Nghiên cứu văn hóa vùng Tây Bắc")
    r"Viện (?:CAPWORDS)(?: (?:vùng|khu vực) [A-ZĐ][\w]+(?: [A-ZĐ][\w]+){0,2})?", r"Trường Chính trị (?:tỉnh|CAPWORDS)",
    # "Học viện Chính trị quốc gia Hồ Chí Minh"
    # ("Học viện Cán bộ TPHCM": the city's academy, the city as written)
    r"Học viện (?:Chính trị quốc gia Hồ Chí Minh|Chính trị khu vực [IV]+|CAPWORDS(?: (?:HCMC))?)",
    r"(?:Viettel|VNPT|MobiFone) PLACE", r"Tỉnh Đoàn",
    # youth unions of units: "Đoàn Thanh niên xã", "Đoàn Thanh niên Công an tỉnh"
    r"Đoàn Thanh niên (?:xã|phường|huyện|Công an tỉnh|Quân sự tỉnh)",
    # the National Assembly's and the Government's committees: "Ủy ban Pháp luật của Quốc hội", "Ủy ban Dân tộc"
    # (the longer names first: "Ủy ban Kinh tế và Tài chính Quốc hội", not "Ủy ban Kinh tế")
    # ("Ủy ban Văn hóa - Xã hội của Quốc hội": the culture and society committee, a dash between its halves)
    r"Ủy ban (?:Kinh tế và Tài chính|Văn hóa và Xã hội|Văn hóa [-–] Xã hội|Quốc phòng, An ninh và Đối ngoại"
    r"|Pháp luật và Tư pháp"
    r"|Khoa học, Công nghệ và Môi trường|Pháp luật|Kinh tế|Tài chính, Ngân sách|Xã hội|Văn hóa, Giáo dục"
    r"|Quốc phòng và An ninh|Đối ngoại)(?:(?: của)? Quốc hội)?|Ủy ban Dân tộc",
    r"Hội đồng Dân tộc(?:(?: của)? Quốc hội)?",  # the Assembly's ethnic council
    # the Central Committee's boards named since 2025: "Ban Chính sách, chiến lược Trung ương"
    r"(?:Ban|[b](?<=rưởng b)an) Chính sách, [Cc]hiến lược Trung ương",
    r"Phòng (?:CAPWORDS)(?: [-–] (?:VPTU|VPUB|Văn phòng (?:Tỉnh ủy|UBND tỉnh)))?",
    r"Tổng đội thanh niên xung phong(?: \d+)?",
    # (with its abbreviation in brackets: "Hội Liên hiệp Phụ nữ (LHPN) tỉnh")
    # ("Hội LHPN tỉnh Nam Định", "Ban Chấp hành Hội LHPN tỉnh": the women's union abbreviated)
    # ("Chủ tịch Hội Nhà báo tỉnh": the journalists' association, "báo" no verb here)
    r"(?:Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội LHPN|Hội Cựu chiến binh|Liên minh Hợp tác xã|Hội Chữ thập đỏ"
    r"|Hội Nhà báo)"
    r"(?: Việt Nam)?(?: \([A-ZĐ]{2,6}\))? (?:tỉnh|thành phố)(?: PROVINCE)?",
    r"Hội LHPN Việt Nam", r"Hội Nhà báo Việt Nam",  # ("Hội LHPN Việt Nam tỉnh Nghệ An")
    # (of a district or a commune, its abbreviation in brackets or its name in lower case: "Hội Liên hiệp Phụ nữ (LHPN)
    # huyện Bác Ái", "Hội cựu chiến binh xã Chi Lăng Nam")
    r"(?:Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội [Cc]ựu chiến binh|Hội Chữ thập đỏ)(?: \([A-ZĐ]{2,6}\))?"
    r" (?:huyện|thị xã|quận|xã|phường|thị trấn|đặc khu) PLACE",
    # the executive committee a mass organization's congress elects, its term after it left out: "bầu Ban Chấp hành Hội
    # LHPN huyện khóa XII", "Ủy viên BCH Hội cựu chiến binh tỉnh Hải Dương", "Ban Chấp hành Trung ương Hội NDVN"
    r"(?:Ban [Cc]hấp hành|BCH)(?: Trung ương)? (?:Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội LHPN|Hội [Cc]ựu chiến binh"
    r"|Hội CCB|Hội Chữ thập đỏ|Đoàn TNCS Hồ Chí Minh)"
    r"(?: Việt Nam| (?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường)(?: PLACE)?)",
    r"(?:Ban [Cc]hấp hành|BCH) Trung ương Hội (?:NDVN|LHPNVN|CCBVN)",
    # a mass organization's standing boards: "Ban Thường vụ Hội Nông dân tỉnh Yên Bái", "Thường trực Hội Cựu chiến binh
    # tỉnh", "Ban Thường trực Liên đoàn Lao động huyện"
    r"(?:Ban [Tt]hường vụ|Ban [Tt]hường trực|Thường trực) (?:Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội LHPN"
    r"|Hội [Cc]ựu chiến binh|Hội Chữ thập đỏ|Liên đoàn Lao động)"
    r" (?:tỉnh(?: PROVINCE)?|(?:thành phố|huyện|thị xã|quận|xã|phường)(?: PLACE)?)",
    # the Front's religious members: "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Hội đồng Trị sự Giáo hội Phật giáo
    # Việt Nam", "Ủy ban Đoàn kết Công giáo Việt Nam tỉnh"
    r"(?:(?:Hội đồng|Ban) [Tt]rị sự (?:Trung ương )?|Hội đồng [Cc]hứng minh )?Giáo hội Phật giáo Việt Nam"
    r"(?: (?:tỉnh(?: PROVINCE)?|(?:thành phố|huyện|thị xã|quận)(?: PLACE)?))?",
    r"Ủy ban Đoàn kết Công giáo(?: Việt Nam)?(?: (?:tỉnh(?: PROVINCE)?|(?:thành phố|huyện)(?: PLACE)?))?",
    # the Youth Union's central bodies named in titles: "Bí thư Trung ương Đoàn", "Chủ tịch Hội đồng Đội Trung ương"
    r"Hội đồng Đội Trung ương", r"Trung ương Đoàn(?![\w])",
    # any association named in capitals, and their unions: "Hội Khoa học Lịch sử tỉnh", "Hội Xây dựng", "Liên hiệp
    # các Hội Khoa học và Kỹ thuật tỉnh" (never "Hội nghị", "Hội đồng", "Hội thảo", nor the city of Hội An)
    # ("Hiệp hội Doanh nghiệp TP Cần Thơ"; its words never run over a comma: "Hiệp hội X tỉnh A, B cũ")
    # ("Liên hiệp các Hội khoa học và Kỹ thuật Việt Nam": the nationwide union, as often written in lower case)
    # ("Liên hiệp Các hội khoa học và kỹ thuật tỉnh": "Các" capitalised as some provincial papers write it)
    r"Liên hiệp [Cc]ác [Hh]ội [Kk]hoa học và [Kk]ỹ thuật(?: Việt Nam| (?:tỉnh|thành phố)(?: PROVINCE)?)?",
    # ("Liên hiệp các Tổ chức hữu nghị tỉnh X": the friendship organizations' union, its words in lower case)
    r"Liên hiệp các [Tt]ổ chức hữu nghị(?: Việt Nam| (?:tỉnh|thành phố)(?: PROVINCE)?)?",
    # (its province after lower-case words: "Hội Khoa học lịch sử tỉnh Hưng Yên")
    r"(?:Liên hiệp các [Hh]ội|Hiệp [Hh]ội|Hội) (?!(?:Đồng|Nghị|Thảo|Trường|Viên|An|Chợ|Diễn|Thi)(?![\w]))"
    r"(?:NOCOMMA)(?: TP\.? ?PROVINCE| (?:tỉnh|thành phố)(?: PROVINCE)?)?",
    r"(?:Ban Thường vụ )?(?:Tỉnh đoàn|Thành đoàn|Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh)",
    r"(?:Viện Kiểm sát nhân dân|Tòa án nhân dân|Cục Thuế|Cục Hải quan|Ban Thi đua - Khen thưởng) tỉnh",
    # a province's ethnic affairs board, also named without its level ("Trưởng ban Dân tộc tỉnh X": lower case after
    # its head's post)
    r"(?:Ban|[b](?<=rưởng b)an) Dân tộc(?: tỉnh(?: PROVINCE)?| thành phố)?",
    # a project board named by its two sectors, joined by a dash or abbreviated, then its province alone: "Ban Quản lý
    # dự án đầu tư xây dựng các công trình Nông nghiệp - Phát triển nông thôn Sóc Trăng", "... các công trình NN-PTNT
    # Trà Vinh" (tried first: the patterns after it stop at the dash or read the head alone)
    r"Ban [Qq]uản lý (?:[Dd]ự án(?: [Đđ]ầu tư(?: và)? [Xx]ây dựng)?|[Đđ]ầu tư(?: và)? [Xx]ây dựng)"
    r"(?: các)?(?: [Cc]ông trình)? (?:NN ?[-–&] ?PTNT|Nông nghiệp (?:[-–]|và) Phát triển nông thôn"
    r"|Giao thông (?:[-–]|và) Nông nghiệp|Dân dụng (?:[-–]|và) Công nghiệp)"
    r"(?: (?:tỉnh|thành phố)(?: PROVINCE)?| PROVINCE)?",
    # a project board named in lower case up to its unit: "Ban Quản lý đầu tư xây dựng và công trình công cộng huyện
    # Lâm Hà", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông và nông nghiệp phát triển nông thôn tỉnh X"
    # (tried first: the pattern after it would read its head alone)
    # (or "Dự án" and what it develops: "Ban Quản lý Dự án phát triển tỉnh")
    r"Ban [Qq]uản lý (?:[Dd]ự án(?: [Đđ]ầu tư(?: và)? [Xx]ây dựng)?|[Đđ]ầu tư(?: và)? [Xx]ây dựng)"
    r"(?: (?!(?:là|làm|đã|được|có|tại|của|cho|với|theo|để|sẽ|đang|trên|thuộc)(?![\w]))[a-zđà-ỹ]+){1,12}"
    # (or its province's name alone: "Ban Quản lý dự án đầu tư xây dựng giao thông Bắc Ninh")
    # (or its unit's level abbreviated: "Ban Quản lý đầu tư xây dựng công trình H.Cần Giờ")
    r" (?:(?:tỉnh|thành phố|huyện|thị xã|quận)(?: PLACE)?|PROVINCE(?![\w])|(?:H|TP|TX|Q)\. ?PLACE)",
    # a border-gate or coastal economic zone's board, its zone named in capitals and its province after a dash: "Ban
    # Quản lý khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Ban Quản lý Khu kinh tế cửa khẩu tỉnh Lào Cai"
    r"Ban [Qq]uản lý [Kk]hu kinh tế (?:cửa khẩu|ven biển)"
    r"(?: [A-ZĐ][\w]+(?: [A-ZĐ][\w]+){0,3}(?: [-–] PROVINCE(?![\w]))?| (?:tỉnh|thành phố)(?: PROVINCE)?)",
    r"Ban [Qq]uản lý (?:Khu kinh tế|các khu công nghiệp|[Dd]ự án)"
    # "Ban Quản lý dự án đầu tư xây dựng huyện Lục Nam", "... các công trình giao thông tỉnh", "Ban Quản lý dự án Đầu
    # tư xây dựng các công trình dân dụng và công nghiệp tỉnh" (tried before a name in capitals)
    # (or by its sector in capitals: "... các công trình Nông nghiệp và Phát triển nông thôn tỉnh", "Ban Quản lý dự án
    # Nông nghiệp và Phát triển nông thôn tỉnh")
    # (a regional board by its number, as since 2025: "Ban Quản lý dự án khu vực 6", "... đầu tư xây dựng khu vực 2")
    r"(?:(?<=[Dd]ự án)(?: [Đđ]ầu tư xây dựng)? khu vực(?: số)? \d{1,2}(?![\w])"
    r"|(?<=[Dd]ự án)(?: [Đđ]ầu tư xây dựng(?: (?:các công trình|công trình))?)? (?:Nông nghiệp và Phát triển nông"
    r" thôn|Dân dụng và Công nghiệp|Dân dụng và Hạ tầng|Giao thông)(?: (?:tỉnh|thành phố)(?: PROVINCE)?)?"
    r"|(?<=[Dd]ự án) [Đđ]ầu tư [Xx]ây dựng(?: (?:các công trình|công trình)(?: [a-zđà-ỹ]+){0,5})?"
    # ("Ban Quản lý dự án Đầu tư Xây dựng tỉnh Bình Phước": its words capitalised)
    # (its name in capitals, a lower-case word between: "Ban Quản lý Dự án Công trình Giao thông Nghệ An")
    r" (?:tỉnh|thành phố|huyện|thị xã|quận)(?: PLACE)?| tỉnh| [A-ZĐ][\w]+(?: (?:[a-zđà-ỹ]+ )?[A-ZĐ][\w]+){0,4})?",
    # an enterprise whose name ends on its number, after up to two lower-case words: "Công ty TNHH Tư vấn Đầu tư 579",
    # "Công ty CP Xây dựng 47" (not a count after it: "Công ty X 3 năm", "Công ty X 2 dự án")
    r"(?:Công ty|Tổng công ty|Tổng Công ty)(?: (?:[Cc]ổ phần|CP|TNHH(?: MTV)?))? (?:COMPANY)(?: [a-zđà-ỹ]+){0,2}"
    r" \d{1,4}(?![\w.,/%])(?! (?:năm|tháng|ngày|dự án|lần|ha|tỷ|tỉ|triệu|người|căn|km|m2|hộ)(?![\w]))",
    # an enterprise written in lower case before its legal form: "do công ty TNHH Bất động sản Sao Biển làm chủ đầu tư"
    r"công ty (?:TNHH|CP|[Cc]ổ phần)(?: MTV)? (?:COMPANY)",
    # an enterprise whose name ends on initials joined by "&": "Công ty CP Tập đoàn N&G"
    r"(?:Công ty|Tổng công ty|Tổng Công ty)(?: (?:[Cc]ổ phần|CP|TNHH(?: MTV)?))? (?:COMPANY)&[A-ZĐ]{1,6}(?![\w&])",
    # enterprises (GOLD_FORMAT: organizations include them): "Công ty Cổ phần Đầu tư Hạ tầng Kinh Bắc Xanh",
    # "Công ty cổ phần Xây dựng công trình giao thông Quảng Nam", "Công ty TNHH Dệt may Thuận Đức"
    # ("Công ty CP Cấp thoát nước Bến Tre", "Công ty TNHH MTV Xổ số kiến thiết Bến Tre": the abbreviated forms)
    r"(?:Công ty|Tổng công ty|Tổng Công ty|Tập đoàn)"
    r"(?: (?:[Cc]ổ phần|CP|(?:TNHH|[Tt]rách nhiệm hữu hạn)(?: MTV| [Mm]ột thành viên)?))? (?:COMPANY)"
    # (its province's level word after lower-case words: "Công ty Điện lực tỉnh")
    # (one lower-case word, a name's second syllable, never a verb: "Công ty X kiến nghị tỉnh", "giúp tỉnh")
    r"(?: (?!(?:là|và|đã|có|được|cùng|tại|về|với|để|theo|trong|cho|các|làm|của|giúp|xin|gửi|hỗ|trao|tặng|nghị|mời)"
    r"(?![\w]))[a-zđà-ỹ]+ (?:tỉnh|thành phố)(?: PROVINCE)?(?![\w]))?",
    # written "CP", and a trade in lower case before the name: "Công ty CP gang thép Nghi Sơn", "Công ty CP đầu tư
    # phát triển sản xuất - Xuất nhập khẩu An Phước"
    # (and "và" between its trades: "Công ty cổ phần đầu tư xây dựng và phát triển Trường Thành")
    r"Công ty (?:CP|[Cc]ổ phần|TNHH) (?:(?!(?:là|và(?! (?:" + _TRADES + r"))"
    r"|đã|có|được|sẽ|đang|cùng|tại|với|chủ trì|làm)\s)[a-zđà-ỹ]+ ){0,8}"
    r"(?:- )?(?:COMPANY)",
    # a project board abbreviated: "Ban QLDA ĐTXD tỉnh", "Ban QLDA giao thông tỉnh"
    r"Ban QLDA(?: [A-ZĐ]{2,6}| giao thông| dân dụng(?: và công nghiệp)?){0,2}"
    r"(?: (?:tỉnh|thành phố|huyện|thị xã|quận|khu vực)(?: PLACE)?)?",
    # a project board abbreviated: "BQL DA các công trình giao thông", "Ban QLDA Đầu tư xây dựng khu vực 1"
    r"(?:BQL ?DA|BQLDA|Ban QLDA)(?: [Đđ]ầu tư xây dựng)?"
    r"(?: (?:các công trình|công trình|khu vực)(?: [a-zđà-ỹ\d]+){1,4})?",
    r"Đoàn đại biểu Quốc hội (?:tỉnh|thành phố)(?: PLACE)?",
    # a province's councils by their task: "Hội đồng thẩm định nông thôn mới tỉnh", "Hội đồng Thi đua - Khen thưởng
    # tỉnh", "Hội đồng nghiệm thu cấp tỉnh" (its lower-case words run to its level word)
    r"Hội đồng (?:[Tt]hẩm định|[Tt]hi đua[ ]?[-–][ ]?[Kk]hen thưởng|[Nn]ghiệm thu|[Tt]hi đua)"
    r"(?: (?!(?:các|xét|của|về|và)(?![\w]))[a-zđà-ỹ]+){0,4} (?:tỉnh|thành phố|huyện|xã|phường)(?: PROVINCE)?",
    r"(?:Ủy ban|UB) Kiểm tra Đảng ủy (?:Khối|các cơ quan)[\w ]{0,30}? tỉnh",
]  # fmt: skip
#: The names of ministries and provincial departments ("Bộ Công Thương", "Sở Tài nguyên và Môi trường"): a name read
#: past one of them ("Sở Công Thương tăng cường ...", "Sở Công Thương và Thủ trưởng ...") ends with it
DEPARTMENTS = [
    "Công Thương", "Nội vụ", "Tài chính", "Xây dựng", "Y tế", "Tư pháp", "Ngoại vụ", "Ngoại giao", "Quốc phòng",
    "Công an", "Giáo dục và Đào tạo", "Kế hoạch và Đầu tư", "Tài nguyên và Môi trường", "Nông nghiệp và Môi trường",
    "Nông nghiệp và Phát triển nông thôn", "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Giao thông vận tải",
    "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Lao động, Thương binh và Xã hội", "Dân tộc và Tôn giáo",
    "Du lịch",
]  # fmt: skip
#: Abbreviations inside department names ("Sở TT&TT").
DEPARTMENT_ABBREVIATIONS = (
    r"(?:TT&TT|KH&ĐT|KH&CN|TN&MT|NN&PTNT|NN&MT|LĐ-TB&XH|GD&ĐT|VH,TT&DL|VH-TT-DL|VH-TT&DL|VHTT&DL|VHTTDL|GTVT|TTTT|KHĐT"
    r"|KHCN|TNMT|GDĐT"
    # (joined by a dash: "Sở NN-PTNT", "Sở TN-MT", "Sở KH-ĐT", "Sở LĐ-TB-XH")
    r"|NN-PTNT|NN-MT|TN-MT|KH-ĐT|KH-CN|GD-ĐT|TT-TT|LĐ-TB-XH|LĐTB-XH|LĐTBXH|NNPTNT)"
)

LEVEL_WORDS = {
    "tỉnh": "tỉnh", "thành phố": "thành phố", "TP.": "thành phố", "TP": "thành phố", "Tp.": "thành phố",
    "huyện": "huyện", "quận": "quận", "thị xã": "thị xã", "TX.": "thị xã", "xã": "xã", "phường": "phường",
    "thị trấn": "thị trấn", "TT.": "thị trấn", "đặc khu": "đặc khu", "vùng": "vùng",
}  # fmt: skip

#: The 63 provinces before the 2025 reform (the 34 after are among them), for names without a level word.
PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
    "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
    "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
    "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "Hồ Chí Minh", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
]  # fmt: skip
#: the cities run by the centre: "thành phố Hải Phòng" and "tỉnh"-level mentions of it are one unit (a provincial
#: city named as its province, "thành phố Nam Định", is a unit of its own)
CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Thừa Thiên Huế"})
#: each province by its comparison key (tone placement and case folded: ``key_of`` of a name read from the text)
PROVINCE_BY_KEY = {tone_key(p): p for p in PROVINCES}
#: a province's name as some outlets spell it, with other tone marks or "c" for "k" ("tỉnh Đăk Lăk", "Đắc Nông"): the
#: province (read by places; the written spelling is the locality's name)
PROVINCE_VARIANTS = {
    "Đăk Lăk": "Đắk Lắk", "Đắk Lăk": "Đắk Lắk", "Đăk Lắk": "Đắk Lắk", "Đắc Lắc": "Đắk Lắk", "Đăk Nông": "Đắk Nông",
    "Đắc Nông": "Đắk Nông",
}  # fmt: skip
#: the codes provincial papers open their stories with ("QTO - ...", "(GLO)- ..."): the paper's province, whose
#: districts its stories name bare (read by places for the gazetteer's names only; the code names no locality)
PAPER_CODES = {"QTO": "Quảng Trị", "QBĐT": "Quảng Bình", "GLO": "Gia Lai", "HPĐT": "Hải Phòng"}
#: other spellings of a province's name inside bodies' names ("Ban Chấp hành Đảng bộ tỉnh Bà Rịa-Vũng Tàu")
PROVINCE_SPELLINGS = ["Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "Thừa Thiên - Huế", "Thừa Thiên – Huế", "Thừa Thiên-Huế"]
REGIONS = [
    "Bắc Trung Bộ", "Trung du và miền núi phía Bắc", "Tây Bắc", "Đông Bắc", "Đồng bằng sông Hồng",
    "Bắc Trung Bộ và duyên hải miền Trung", "Duyên hải Nam Trung Bộ", "Tây Nguyên", "Đông Nam Bộ",
    "Đồng bằng sông Cửu Long", "Đồng bằng Bắc Bộ", "duyên hải miền Trung", "Tứ giác Long Xuyên",
    "Bắc Trung Bộ và duyên hải Trung Bộ",
    "kinh tế trọng điểm Bắc Bộ", "kinh tế trọng điểm phía Bắc", "kinh tế trọng điểm miền Trung",
    "kinh tế trọng điểm phía Nam", "kinh tế trọng điểm vùng đồng bằng sông Cửu Long",
]  # fmt: skip
#: the words that open the names of a list of units after its level word ("6 xã thuộc huyện A là: B, C", "các xã gồm:
#: D, E"); read by places._LIST_OF_UNITS
LIST_OPENERS = ["là", "gồm", "bao gồm"]
SURNAMES = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
    "Lý", "Đinh", "Đào", "Đoàn", "Trịnh", "Trương", "Lương", "Lâm", "Mai", "Hà", "Tạ", "Thái", "Cao", "Chu", "Lưu",
    "Nghiêm", "Phùng", "Quách", "Tô", "Tôn", "Triệu", "Vương", "Văn", "Kiều", "La", "Lại", "Kim", "Thạch", "Tăng",
    "Khổng", "Châu", "Giang", "Hứa", "Lã", "Âu", "Ngọc", "Lò", "Vi", "Lục", "Sầm", "Giàng", "Thào", "Vừ", "Mùa",
    "Hầu", "Y", "Ksor", "Nông", "Lộc", "Mạc", "Từ", "Doãn", "Khúc", "Bạch", "Đàm", "Ninh", "Ông",
}  # fmt: skip
NAME_PREFIXES = (
    r"(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à"
    r"|[Đđ]ại tướng|[Tt]hượng tướng|[Tt]rung tướng|[Tt]hiếu tướng|[Đđ]ại tá|[Tt]hượng tá|[Tt]rung tá|[Tt]hiếu tá"
    # academic and professional degrees written before a name ("TS. Nguyễn Văn Hải", "PGS.TS Lê Văn Minh")
    r"|(?:GS|PGS)\.?\s?TS\.?|(?:GS|PGS|TS|ThS|Th\.S|BS|BSCKII|BSCKI|KS|CN|NGƯT|NGND)\."
    r"|(?:TS|ThS)(?=\s)"  # (without its full stop: "TS Phạm Văn A")
    # (written out: "Giáo sư, Tiến sĩ Tạ Văn A"; "sỹ" as some provincial sites spell it: "Phó Giáo sư, Tiến sỹ B")
    r"|(?:Phó )?Giáo sư(?:, Tiến s[ĩỹ])?|Tiến s[ĩỹ]|Thạc s[ĩỹ]"
    # religious dignitaries who hold posts in the Front ("Hòa thượng Thích Thiện A, Chủ tịch Hội đồng Trị sự ...")
    r"|Hòa thượng|Thượng tọa|Linh mục|Mục sư)"
)
#: abbreviations written with a full stop before a name or a place, after which no sentence ends ("TP. Hồ Chí Minh",
#: "TX. Phú Mỹ", "Q. 1", "PGS. TS. Lê Văn A", "Th.S. Ngô B", "BSCKII. Lê C", "NGƯT. Võ D"); read by text._SENTENCE_END
SENTENCE_ABBREVIATIONS = (
    "TP", "Tp", "TX", "TT", "Q", "P", "TS", "GS", "PGS", "ThS", "Th.S", "Ths", "BS", "BSCKI", "BSCKII", "KS", "KTS",
    "Th", "CN", "NGƯT", "NGND", "TTND", "TTƯT", "Đ/c",
)  # fmt: skip

#: words that cannot end a sentence: a line ending in one goes on on the next line whatever its case ("Chỉ thị số\n
#: 08-CT/TW", "của\nBan Bí thư"); read by text._wrapped_breaks
LINE_GOES_ON_AFTER = frozenset(
    ("số", "của", "và", "về", "tại", "theo", "với", "các", "những", "cho", "ngày", "tháng", "trong", "được", "đã", "là")
)
BYLINES = r"(?:Ảnh|Tác giả|PV|CTV|Nguồn|Theo|Bài và ảnh|Bài, ảnh|Video)\s*:"

# --- documents (resolutions, IMPLEMENTS, CITES): vocabularies read off real articles ---------------------------

#: Letters of a symbol that make it a project, not a document ("Đề án số 04-ĐA/HU").
PROJECT_SYMBOL_KINDS = {"ĐA"}
#: the kinds of project a document can be made to carry out ("Kế hoạch thực hiện Đề án ...", "... thực hiện phong trào
#: thi đua “...”"), not a construction project it merely concerns
CARRIED_OUT_PROJECTS = frozenset({"đề án", "quy hoạch", "chương trình", "phong trào"})
#: More issuers as articles name them (district committees, the Secretariat without "Đảng").
ISSUERS.update(
    {
        "Ban Bí thư Trung ương": ("TW", "party", "central"),
        "Ban Thường vụ Huyện ủy": ("HU", "party", "district"),
        "Ban Chấp hành Đảng bộ huyện": ("HU", "party", "district"),
        "Thường trực Tỉnh ủy": ("TU", "party", "provincial"),
        "Ban Thường vụ Đảng ủy": ("ĐU", "party", "district"),
        # the central Party committees (2025: of the Government, the National Assembly, the central Party bodies, the
        # Front and mass organisations; also the Public Security's and, before 2025, the central blocs')
        "Đảng ủy Chính phủ": ("ĐUCP", "party", "central"),
        "Ban Thường vụ Đảng ủy Chính phủ": ("ĐUCP", "party", "central"),
        "Đảng ủy Quốc hội": ("ĐUQH", "party", "central"),
        "Đảng ủy Công an Trung ương": ("ĐUCA", "party", "central"),
        "Đảng ủy các cơ quan Đảng Trung ương": ("ĐU", "party", "central"),
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương": ("ĐU", "party", "central"),
        "Đảng ủy Khối các cơ quan Trung ương": ("ĐU", "party", "central"),
        "Đảng ủy Khối Doanh nghiệp Trung ương": ("ĐU", "party", "central"),
        # a province's Party committees of its forces, blocs and government ("Nghị quyết số 08-NQ/ĐU ... của Đảng ủy
        # Quân sự tỉnh")
        "Đảng ủy Quân sự tỉnh": ("ĐU", "party", "provincial"),
        "Đảng ủy Công an tỉnh": ("ĐU", "party", "provincial"),
        "Đảng ủy Bộ đội Biên phòng tỉnh": ("ĐU", "party", "provincial"),
        "Đảng ủy Khối các cơ quan tỉnh": ("ĐU", "party", "provincial"),
        "Đảng ủy Khối Doanh nghiệp tỉnh": ("ĐU", "party", "provincial"),
        "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh": ("ĐU", "party", "provincial"),
        "Đảng ủy UBND tỉnh": ("ĐU", "party", "provincial"),
        "Đảng ủy các cơ quan Đảng tỉnh": ("ĐU", "party", "provincial"),
        "Ban cán sự đảng UBND tỉnh": ("BCSĐ", "party", "provincial"),
        # the chairman issues a province's directives and decisions ("Chỉ thị của Chủ tịch UBND tỉnh về việc ...")
        "Chủ tịch UBND tỉnh": ("UBND", "state", "provincial"),
        "Chủ tịch Ủy ban nhân dân tỉnh": ("UBND", "state", "provincial"),
        # the central and provincial Party boards (reference 1.3: BTCTW, BTGTW ...; BTCTU, UBKTTU ...)
        "Ban Tổ chức Trung ương": ("BTCTW", "party", "central"),
        "Ban Tuyên giáo Trung ương": ("BTGTW", "party", "central"),
        "Ban Tuyên giáo và Dân vận Trung ương": ("BTGDVTW", "party", "central"),
        "Ban Dân vận Trung ương": ("BDVTW", "party", "central"),
        "Ban Nội chính Trung ương": ("BNCTW", "party", "central"),
        "Ban Kinh tế Trung ương": ("BKTTW", "party", "central"),
        "Ủy ban Kiểm tra Trung ương": ("UBKTTW", "party", "central"),
        "Văn phòng Trung ương Đảng": ("VPTW", "party", "central"),
        "Ban Tổ chức Tỉnh ủy": ("BTCTU", "party", "provincial"),
        "Ban Tuyên giáo Tỉnh ủy": ("BTGTU", "party", "provincial"),
        "Ban Tuyên giáo và Dân vận Tỉnh ủy": ("BTGDVTU", "party", "provincial"),
        "Ban Dân vận Tỉnh ủy": ("BDVTU", "party", "provincial"),
        "Ban Nội chính Tỉnh ủy": ("BNCTU", "party", "provincial"),
        "Ủy ban Kiểm tra Tỉnh ủy": ("UBKTTU", "party", "provincial"),
        "Văn phòng Tỉnh ủy": ("VPTU", "party", "provincial"),
    }
)
#: bodies of a district or a commune named with their unit ("UBND huyện Yên Thành", "Ban Thường vụ Huyện ủy Anh Sơn",
#: "Đảng ủy xã Hưng Lộc"), as patterns for the words before the unit's name -> (code, Party or State, level, the
#: unit's level word); a "Thành ủy" or "UBND thành phố" named with a province's name is that province's (provincial)
LOCAL_ISSUERS = {
    r"(?:Ban Thường vụ |BTV |Ban Chấp hành |Thường trực )?Huyện ủy": ("HU", "party", "district", "huyện"),
    r"(?:Ban Thường vụ |BTV |Ban Chấp hành |Thường trực )?Quận ủy": ("QU", "party", "district", "quận"),
    r"(?:Ban Thường vụ |BTV |Ban Chấp hành |Thường trực )?Thị ủy": ("TU", "party", "district", "thị xã"),
    r"(?:Ban Thường vụ |BTV |Ban Chấp hành |Thường trực )?Thành ủy": ("TU", "party", "district", "thành phố"),
    r"(?:Ban Thường vụ |BTV |Ban Chấp hành |Thường trực )?Đảng ủy xã": ("ĐU", "party", "commune", "xã"),
    r"(?:Ban Thường vụ |BTV |Ban Chấp hành |Thường trực )?Đảng ủy phường": ("ĐU", "party", "commune", "phường"),
    r"(?:Ban Thường vụ |BTV |Ban Chấp hành |Thường trực )?Đảng ủy thị trấn": ("ĐU", "party", "commune", "thị trấn"),
    r"(?:Ban Thường vụ |BTV |Ban Chấp hành |Thường trực )?Đảng ủy đặc khu": ("ĐU", "party", "commune", "đặc khu"),
    r"(?:UBND|Ủy ban nhân dân) huyện": ("UBND", "state", "district", "huyện"),
    r"(?:UBND|Ủy ban nhân dân) quận": ("UBND", "state", "district", "quận"),
    r"(?:UBND|Ủy ban nhân dân) thị xã": ("UBND", "state", "district", "thị xã"),
    r"(?:UBND|Ủy ban nhân dân) (?:thành phố|TP\.?)": ("UBND", "state", "district", "thành phố"),
    r"(?:UBND|Ủy ban nhân dân) xã": ("UBND", "state", "commune", "xã"),
    r"(?:UBND|Ủy ban nhân dân) phường": ("UBND", "state", "commune", "phường"),
    r"(?:UBND|Ủy ban nhân dân) thị trấn": ("UBND", "state", "commune", "thị trấn"),
    r"(?:UBND|Ủy ban nhân dân) đặc khu": ("UBND", "state", "commune", "đặc khu"),
    r"(?:HĐND|Hội đồng nhân dân) huyện": ("HĐND", "state", "district", "huyện"),
    r"(?:HĐND|Hội đồng nhân dân) quận": ("HĐND", "state", "district", "quận"),
    r"(?:HĐND|Hội đồng nhân dân) thị xã": ("HĐND", "state", "district", "thị xã"),
    r"(?:HĐND|Hội đồng nhân dân) thành phố": ("HĐND", "state", "district", "thành phố"),
    r"(?:HĐND|Hội đồng nhân dân) xã": ("HĐND", "state", "commune", "xã"),
    r"(?:HĐND|Hội đồng nhân dân) phường": ("HĐND", "state", "commune", "phường"),
}

# --- projects and ASSIGNED_TO: vocabularies read off real project and task articles -------------------------

#: What a number counts inside a project's name, after "triệu" / "tỷ", which is no cost ("Đề án trồng 1 triệu cây xanh",
#: "Đề án xây dựng 1 triệu căn hộ nhà ở xã hội"): the cost that ends a name is money.
COUNTED_NOUNS = ("căn", "căn hộ", "người", "hộ", "lượt", "tấn", "cây", "con", "suất", "lao động", "khách", "liều", "ha",
                 "km", "m2", "m²")  # fmt: skip
#: Kinds of funding or contract a project is of, not its name ("là dự án FDI", "dự án sử dụng vốn ODA").
PROJECT_TYPES = ("FDI", "ODA", "PPP", "BOT", "BTO", "BLT", "BT", "NSNN")
#: Lower-case words that never begin or continue a project's name after a lower-case "dự án" / "đề án" (a place,
#: a preposition, a grouping): "dự án trên địa bàn huyện X", "dự án của Tập đoàn Y", "dự án nhóm A".
NOT_IN_PROJECT_NAME = ("và", "tại", "của", "ở", "với", "cùng", "thuộc", "trên", "cho", "do", "đến", "từ", "đã", "được",
                       "là", "có", "này", "gồm", "bao", "các", "những", "theo", "trong", "qua", "khi", "sau",
                       "trước", "vì", "để", "nhằm", "(?<!hàng )không", "chưa", "đang", "sẽ", "nhóm", "xã", "phường",
                       "huyện", "tỉnh", "quận", "thành phố", "thị xã", "thị trấn", "đặc khu", "vùng", "địa bàn",
                       "địa phận", "khu vực", "nào", "đó", "nói", "mừng", "chào")  # fmt: skip

#: Kinds of document that, after "và", open the next item of a list rather than continue a project's name ("Đề án A
#: và Dự thảo Nghị quyết B", "Dự án C và Tờ trình D", "Đề án E và Chiến lược F"); read beside the project kind words.
#: The words that open the topics of a plural head of resolutions before a colon ("thông qua 7 nghị quyết quan trọng
#: về các nhóm vấn đề: A; B", "các tờ trình, nghị quyết về: A; B", "các dự thảo nghị quyết liên quan đến: A; B", "Các
#: nghị quyết tập trung vào các lĩnh vực như: A; B"): each item after the colon is one resolution's topic.
AGENDA_TOPIC_LEADS = ("về", "liên quan đến", "như", "tập trung vào")
#: The cues that open a session's list of papers, each item led by its own kind word ("thông qua dự thảo nghị quyết
#: về A; dự thảo quyết định B", "trong đó có nghị quyết về A; nghị quyết về B", "các nội dung gồm: báo cáo A; ...").
AGENDA_ITEM_CUES = ("thông qua", "xem xét", "cho ý kiến vào", "cho ý kiến về", "cho ý kiến", "nghe", "thảo luận",
                    "trong đó có", "gồm", "bao gồm", "trình bày")  # fmt: skip
NEXT_ITEM_KINDS = ("Dự thảo", "dự thảo", "Tờ trình", "tờ trình", "Báo cáo", "Chỉ thị", "Kết luận", "Thông báo",
                   "Chiến lược", "Hướng dẫn", "Quy định", "Phương án")  # fmt: skip
#: Kinds of document and initiative named together in a plural list ("các Nghị quyết, Quy hoạch, Chương trình, Đề án
#: phát triển ... của tỉnh"): a class of texts, none of them one named scheme.
LISTED_KINDS = ("Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định", "Kế hoạch", "Chiến lược", "Quy hoạch",
                "Chương trình hành động", "Chương trình", "Đề án", "Dự án", "Đề tài", "Chính sách",
                "Cơ chế")  # fmt: skip
#: What may continue the name of a scheme known by its number ("Đề án 06 về ...", "Đề án 05 của Tỉnh ủy", "Đề án 01
#: giai đoạn 2021-2025"); any other lower-case word ends it at the number ("Đề án 06 và công tác ...").
#: Verbs that, right after a law's title, start what the sentence says of it ("Luật Thủ đô bảo đảm ...", "Luật Đất đai
#: quy định ...": the title is "Luật Thủ đô", "Luật Đất đai").
#: What a council's resolution in lower case does, right after "nghị quyết" ("thông qua nghị quyết miễn nhiệm ...",
#: "nghị quyết thông qua danh mục dự án ...", "nghị quyết đề nghị sáp nhập ..."): it names one resolution, and in a
#: list it starts the next one.
COUNCIL_RESOLVES = ("miễn nhiệm", "bãi nhiệm", "bầu", "phê chuẩn", "xác nhận kết quả", "thành lập", "giải thể",
                    "đặt tên", "sáp nhập", "thông qua", "đề nghị", "quy định", "điều chỉnh", "phê duyệt")  # fmt: skip
#: The head words of a session's agenda items that are not document kinds the extractor reads by themselves ("Kế hoạch
#: tổ chức phục vụ Đại hội, Đề cương sơ bộ Báo cáo chính trị ...", "..., Phương án sắp xếp ..."): after a list comma
#: they start the next item, so the name before ends there.
AGENDA_ITEM_HEADS = ("Đề cương", "Phương án", "Quy chế", "Hướng dẫn", "Quy định", "Dự thảo")
VERBS_AFTER_A_TITLE = ("bảo đảm", "đảm bảo", "quy định", "nêu rõ", "góp phần", "tạo", "mở ra", "giúp", "khẳng định",
                       "đề xuất")  # fmt: skip
#: What is done at a ceremony after a document is handed over, joined by "và": "trao Quyết định bổ nhiệm và tặng hoa
#: chúc mừng ..." (the document is "Quyết định bổ nhiệm").
CEREMONY_ACTS = ("tặng hoa", "trao", "tặng", "chúc mừng", "giao nhiệm vụ", "phát biểu")
#: The unit words of what a merger leaves ("Đề án sắp xếp còn 43 xã, phường"): "còn" + a number + one of these is part
#: of a scheme's name, not a verb that ends it.
UNITS_LEFT = ("xã", "phường", "thị trấn", "đơn vị", "huyện", "quận", "tỉnh", "thành phố", "đặc khu")
#: The subject that opens the main clause after a preamble ("Thực hiện Đề án X, huyện đã trồng ...", "Triển khai
#: Chương trình Y, tỉnh đạt ..."): a unit or body in lower case, then its verb; the name ends at the comma.
CLAUSE_SUBJECTS = ("tỉnh", "huyện", "thành phố", "thị xã", "quận", "xã", "phường", "thị trấn", "ngành", "địa phương",
                   "đơn vị", "sở", "toàn tỉnh", "toàn huyện")  # fmt: skip
CLAUSE_SUBJECT_VERBS = ("đã", "đạt", "có", "tiếp tục", "triển khai", "tập trung", "ban hành", "tổ chức", "thực hiện",
                        "hoàn thành", "vừa", "sẽ", "đang", "chủ động")  # fmt: skip
NUMBERED_SCHEME_GOES_ON = ("về", "của", "ngày", "giai đoạn", "đến năm", "tầm nhìn", "định hướng", "thời kỳ")

#: The work on a project's site a body is made responsible for, in the sentence after the project ("UBND thị xã Y
#: chịu trách nhiệm giải phóng mặt bằng"): that project's task.
SITE_WORK = ("giải phóng mặt bằng", "bồi thường", "mặt bằng", "tái định cư", "thi công", "bàn giao", "thu hồi đất")

#: Verbs of a task whose object is the document it carries out ("giao Sở X nghiên cứu, triển khai thực hiện Chỉ thị
#: Y", "... chủ trì, phối hợp các sở triển khai thực hiện kế hoạch"): that document is assigned too.
TASK_OBJECT_VERBS = ("triển khai thực hiện", "tổ chức thực hiện", "tổ chức triển khai", "quán triệt", "cụ thể hóa",
                     "triển khai", "thực hiện")  # fmt: skip
#: The units and bodies a list of assignees names only as a generic plural ("giao UBND các huyện, thị xã, Hội Nông dân
#: tỉnh ..."): no body of their own, the named ones after them still are.
GENERIC_ASSIGNEE_WORDS = ("sở", "ban", "ngành", "huyện", "xã", "phường", "thị trấn", "đặc khu", "thành phố", "thị xã",
                          "quận", "đơn vị", "địa phương", "cơ quan", "tổ chức")  # fmt: skip
#: The role of the body that heads a scheme, with no "giao" before it ("Sở X làm chủ nhiệm đề án"): the scheme is its.
SCHEME_HEAD_ROLES = ("chủ nhiệm đề án", "chủ nhiệm chương trình", "chủ nhiệm dự án")

#: Heads of the bodies a paragraph opens on when it goes on sharing out the plan of the paragraph before ("Ban Tuyên
#: giáo Tỉnh ủy định hướng ... Công an tỉnh xây dựng ..."): that plan is theirs too.
PARAGRAPH_BODY_HEADS = ("Ban", "Sở", "Văn phòng", "Công an", "Bộ Chỉ huy", "Bộ CHQS", "UBND", "Ủy ban", "Hội", "Đoàn",
                        "Tỉnh đoàn", "Đảng ủy", "Trung tâm", "Mặt trận", "Liên đoàn")  # fmt: skip

#: Verbs of the work done on a project that, after "và" or a comma, open a new clause rather than continue the
#: project's name ("hoàn tất hồ sơ Dự án X và đẩy nhanh bồi thường", "dự án đường X, phân bổ cho các hạng mục").
PROJECT_TASK_VERBS = ("đẩy nhanh", "đẩy mạnh", "quản lý", "lưu trữ", "hoàn tất", "bàn giao", "bồi thường",
                      "giải ngân", "phân bổ", "bố trí", "kiểm tra", "đôn đốc", "vận hành", "khắc phục", "xử lý",
                      "tháo gỡ", "thu hồi", "phê duyệt")  # fmt: skip
#: What is done to a work, said right after its proper name, which ends the name there ("Dự án cầu A khởi công vào
#: tháng 3", "Dự án đường B thông xe cuối năm"): read only after a capitalised word or a number.
WORK_EVENTS_AFTER_NAME = ("khởi công", "khánh thành", "thông xe", "hoàn thành", "động thổ", "hợp long")
#: Kinds of infrastructure work a text names by the kind, what it is for and its place ("kè chống sạt lở bờ biển A",
#: "hồ chứa nước B", "đập ngăn mặn C", "trạm bơm D"): a project when the text builds, funds or inspects it.
PURPOSE_WORK_KINDS = ("hồ chứa nước", "hồ chứa", "trạm bơm", "bờ kè", "kè", "đê", "đập", "cầu", "kênh", "cống")
#: What names such a work as a project right before it ("công trình kè ...", "kiểm tra hồ chứa nước ...", "tại công
#: trường hồ chứa ...", "đầu tư khẩn cấp kè ...").
PURPOSE_WORK_CUES = ("công trình", "công trường", "kiểm tra", "thi công", "xây dựng", "khởi công",
                     "khánh thành", "nâng cấp", "sửa chữa", "cải tạo", "đầu tư khẩn cấp", "đầu tư", "hoàn thành",
                     "gia cố", "nghiệm thu", "đưa vào sử dụng")  # fmt: skip
#: Facilities a ceremony names straight after its verb ("khởi công xây dựng Trường Tiểu học X", "khánh thành Cầu Y"):
#: the named facility is a project.
CEREMONY_FACILITIES = ("Trường", "Cầu", "Bệnh viện", "Trạm y tế", "Trụ sở", "Nhà văn hóa", "Chợ", "Trung tâm",
                       "Hồ chứa", "Đập", "Kè", "Khu tái định cư", "Khu dân cư", "Nhà máy")  # fmt: skip
#: Kinds of work written in lower case after "công trình" and before the work's name ("công trình cầu Kênh Xáng",
#: "công trình đường Lê Lợi nối dài"): the work is named whole.
WORK_KINDS = ("cầu", "đường", "trường", "kè", "trạm", "chợ", "nhà văn hóa", "hồ chứa", "đập", "cống", "trụ sở")
#: Body heads that, after "phong trào", name whose movements they are, not a movement ("phong trào Hội Nông dân").
BODY_HEADS_NOT_MOVEMENTS = ("Hội", "Đoàn", "Đảng", "Ban", "Sở", "UBND", "Ủy ban", "Mặt trận", "Công an", "Quân",
                            "Thi đua", "Phụ nữ", "Thanh niên", "Cựu chiến binh", "Công đoàn", "Nông dân")  # fmt: skip
#: What a list of projects or works is introduced by, after "các dự án" / "các công trình" ("các dự án như A; B",
#: "Các công trình gồm: A (phường X), B").
PROJECT_LIST_WORDS = ("như", "gồm", "bao gồm", "là")

#: The header of a table's place column ("| STT | Tên dự án | Địa điểm |"): each row's project is where that cell says.
TABLE_PLACE_HEADERS = ("địa điểm", "vị trí", "địa bàn", "nơi thực hiện", "xã, phường", "xã, phường, thị trấn",
                       "đơn vị hành chính")  # fmt: skip
#: The header of a task table's leading column ("| Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |"): each row's task
#: goes to the body in that cell (never to the "phối hợp" column).
TABLE_LEAD_HEADERS = ("cơ quan chủ trì", "đơn vị chủ trì", "chủ trì", "cơ quan chủ trì thực hiện", "đơn vị thực hiện",
                      "cơ quan thực hiện", "chủ trì thực hiện")  # fmt: skip
#: The header of a project table's investor column ("| Tên dự án | Địa điểm | Chủ đầu tư |"): each row's project is that
#: cell's body's.
TABLE_INVESTOR_HEADERS = ("chủ đầu tư", "đơn vị chủ đầu tư", "chủ đầu tư/đơn vị thực hiện", "nhà đầu tư")

# --- identity (the resolver): body names, posts and their bodies ------------------------------------------

#: Abbreviations in body names, expanded word by word for identity keys ("UBND tỉnh" = "Ủy ban nhân dân tỉnh").
ABBREVIATIONS = {
    "btv": "ban thường vụ", "bch": "ban chấp hành", "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc", "ubmttq": "ủy ban mặt trận tổ quốc", "bcs": "ban cán sự", "ubkt": "ủy ban kiểm tra",
    "tp": "thành phố", "tp.": "thành phố", "tw": "trung ương", "tư": "trung ương", "đbqh": "đại biểu quốc hội",
    "ccn": "cụm công nghiệp", "kcn": "khu công nghiệp", "tt&tt": "thông tin và truyền thông",
    "kh&đt": "kế hoạch và đầu tư", "kh&cn": "khoa học và công nghệ", "gd&đt": "giáo dục và đào tạo",
    "tn&mt": "tài nguyên và môi trường", "nn&ptnt": "nông nghiệp và phát triển nông thôn",
    "nn&mt": "nông nghiệp và môi trường", "lđ-tb&xh": "lao động - thương binh và xã hội",
}  # fmt: skip
#: Posts whose last word names the body they head ("Chánh Thanh tra tỉnh" heads "Thanh tra tỉnh").
POST_BODY_HEADS = {
    "Chánh Thanh tra": "Thanh tra", "Chánh Văn phòng": "Văn phòng", "Chánh văn phòng": "Văn phòng",
    "Trưởng ban": "Ban", "Trưởng Ban": "Ban", "Trưởng phòng": "Phòng", "Trưởng Phòng": "Phòng",
    "Trưởng Công an": "Công an", "Trưởng Đoàn": "Đoàn", "Trưởng đoàn": "Đoàn",
}  # fmt: skip
#: The body a post names when a title gives none ("Bí thư" alone in a provincial report: the Tỉnh ủy).
DEFAULT_BODY_OF_POST = {"Bí thư": "Tỉnh ủy", "Bí thư Thường trực": "Tỉnh ủy", "Chủ tịch": "UBND tỉnh",
                        "Tổng Bí thư": "Ban Chấp hành Trung ương", "Thủ tướng": "Chính phủ",
                        "Thủ tướng Chính phủ": "Chính phủ"}  # fmt: skip
#: Words that make a body local (of a province or a unit in it); "xã hội" is not a commune.
LOCAL_BODY_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu",
                    "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy",
                    "đoàn đại biểu quốc hội")  # a province's delegation, also when "tỉnh" is left out  # fmt: skip
#: Words that make a body national when no local word is in its name.
NATIONAL_BODY_WORDS = ("trung ương", "quốc hội", "chính phủ", "bộ chính trị", "ban bí thư", "chủ tịch nước",
                       "mặt trận tổ quốc việt nam", "nhà nước")  # fmt: skip
#: One national body, two names: the longer name -> the one its key is made of.
BODY_SAME_AS = {"ban chấp hành trung ương đảng": "ban chấp hành trung ương", "ban bí thư trung ương đảng": "ban bí thư"}

# --- ext-entities: officials as real articles write them ---
#: posts written in lower case inside running text ("đồng chí Đỗ Văn Lâm, phó bí thư Huyện ủy")
#: posts written in lower case ("phó bí thư", "Phó thủ tướng Chính phủ", "Phó trưởng Đoàn ĐBQH tỉnh"), as patterns:
#: a head of a delegation or board only with its body named after it ("làm trưởng đoàn" alone is the role of a visit)
#: ("Phó trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh": the delegation's full-time deputy head)
LOWER_POSTS = [
    "bí thư", "chủ tịch", "thủ tướng", r"trưởng [Đđ]oàn(?= [A-ZĐ]| chuyên trách)", r"trưởng [Bb]an(?= [A-ZĐ])",
    r"vụ trưởng(?= Vụ)",  # "Phó vụ trưởng Vụ Địa phương III"
    # a member of a council or a committee named by its body: "Ủy viên Hội đồng Dân tộc của Quốc hội", "Ủy viên Ủy ban
    # Kinh tế của Quốc hội" (read by people.py only: the resolver reads them as "Ủy viên" of the body)
    "Ủy viên Hội đồng", "Ủy viên Ủy ban",
    # a deputy head written without "Trưởng", its board named: "ông A - Phó Ban Tổ chức Thành ủy" (read after "Phó")
    r"(?<=[Pp]hó )Ban(?= [A-ZĐ])",
    # a deputy's post in lower case after "Phó": "ông A, Phó chánh Văn phòng UBND tỉnh", "ông B là Phó trưởng ban phụ
    # trách" (only after "Phó": a bare "trưởng ban" is a common noun)
    r"(?<=[Pp]hó )chánh [Vv]ăn phòng", r"(?<=[Pp]hó )trưởng ban",
    # a director in lower case with the body capitalised after it: "đại tá A, Phó giám đốc Công an tỉnh", "ông B, giám
    # đốc Sở Y tế" (a bare director, only of a department or the police: "giám đốc Công ty" is no State post)
    r"(?<=[Pp]hó )giám đốc(?= [A-ZĐ])", r"giám đốc(?= (?:Sở|Công an) )",
]  # fmt: skip
#: more posts: army political officers and commanders
POSTS.extend(["Chính ủy", "Vụ trưởng", "ĐBQH", "PBT", "PCT"])  # "PBT Huyện ủy": Phó Bí thư
POSTS.extend(["Bí Thư"])  # "đồng chí A – Bí Thư Trung ương Đảng", as some provincial sites capitalise it
POSTS.sort(key=len, reverse=True)
#: memberships in their abbreviated forms ("Ủy viên BCH Đảng bộ tỉnh", "UVT.Ư Đảng", "Huyện ủy viên")
MEMBERSHIPS.extend(
    [
        "Ủy viên BCH Trung ương Đảng",
        # (the committee's name abbreviated whole: "Ủy viên BCHTW Đảng", "Ủy viên BCH TW Đảng")
        "Ủy viên BCHTW Đảng",
        "Ủy viên BCH TW Đảng",
        "Ủy viên BCHTƯ Đảng",
        # "Ủy viên Dự khuyết Trung ương Đảng", "Ủy viên dự khuyết TƯ Đảng" as articles write them
        "Ủy viên Dự khuyết Trung ương Đảng",
        "Ủy viên dự khuyết TƯ Đảng",
        "Ủy viên dự khuyết BCH Trung ương Đảng",
        "Ủy viên Trung ương",
        "UVT.Ư Đảng",
        "UVTƯ Đảng",
        "UVTW Đảng",
        "Ủy viên BCH Đảng bộ tỉnh",
        "Ủy viên BTV Tỉnh ủy",
        "Ủy viên BTV Thành ủy",
        "Ủy viên Ban Thường vụ Thành ủy",
        "Ủy viên Ban Thường vụ Huyện ủy",
        "Ủy viên BTV Huyện ủy",
        "Ủy viên Ban Chấp hành Đảng bộ huyện",
        "Huyện ủy viên",
        "Thành ủy viên",
        "Thị ủy viên",
        "Đảng ủy viên",
        "TUV",
        # the board's word in lower case, as often written: "Ủy viên thường vụ Tỉnh ủy", "Ủy viên Ban thường vụ
        # Thành ủy"
        # ("Ủy viên Ban chấp hành Trung ương Đảng", the board's word in lower case)
        "Ủy viên Ban chấp hành Trung ương Đảng",
        "Ủy viên Ban chấp hành Trung ương",
        # (both words in lower case: "Ủy viên dự khuyết Ban chấp hành trung ương Đảng")
        "Ủy viên Ban chấp hành trung ương Đảng",
        "Ủy viên dự khuyết Ban chấp hành trung ương Đảng",
        "Ủy viên dự khuyết Ban chấp hành Trung ương Đảng",
        "Ủy viên Ban chấp hành Đảng bộ tỉnh",
        "Ủy viên thường vụ Tỉnh ủy",
        "Ủy viên thường vụ Thành ủy",
        "Ủy viên Ban thường vụ Tỉnh ủy",
        "Ủy viên Ban thường vụ Thành ủy",
        "Ủy viên Ban thường vụ Huyện ủy",
        "Ủy viên thường vụ",
        # the Ministry of Public Security's Party committee: "Ủy viên Ban thường vụ Đảng ủy Công an Trung ương"
        "Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương",
        "Ủy viên Ban thường vụ Đảng ủy Công an Trung ương",
        "Ủy viên Ban thường vụ",
    ]
)
MEMBERSHIPS.sort(key=len, reverse=True)
#: a standing board's membership in every spelling articles use, at every tier (a construction, not a list of
#: phrases): "UVTV Huyện ủy", "UV BTV Thị ủy", "Ủy viên ban Thường vụ Quận ủy" (the board's word in lower case), and a
#: committee's one-word membership abbreviated: "HUV" (Huyện ủy viên), "ThUV" (Thành ủy viên), "QUV" (Quận ủy viên)
_COMMITTEES_OF_TIERS = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy", "Đảng ủy")
MEMBERSHIPS.extend(
    f"{member} {committee}"
    for committee in _COMMITTEES_OF_TIERS
    for member in ("UVTV", "UVBTV", "UV BTV", "UV.BTV", "Ủy viên BTV", "Ủy viên ban Thường vụ", "Ủy viên Ban Thường vụ",
                   "Ủy viên ban thường vụ", "Ủy viên Ban thường vụ", "Ủy viên Thường vụ", "Ủy viên thường vụ")
)  # fmt: skip
MEMBERSHIPS.extend(["HUV", "ThUV", "QUV"])
MEMBERSHIPS[:] = sorted(set(MEMBERSHIPS), key=len, reverse=True)
#: the Party organization of a town or a district and its executive committee, the level word capitalised before the
#: unit's name as Hanoi's and Saigon's outlets write it ("Đảng bộ Thị xã Sơn Tây", "Ban chấp hành Đảng bộ Quận Ba
#: Đình"), and the committee of a town or an urban district in lower case ("Ban Chấp hành Đảng bộ thị xã", which the
#: first pattern of the list leaves out)
BODY_PATTERNS.extend(
    [
        r"(?:Ban [Cc]hấp hành(?: \(BCH\))? |BCH )?Đảng bộ (?:(?:Quận|Huyện) PLACE|(?=Thị xã |Thành phố )PLACE)",
        r"Ban [Cc]hấp hành(?: \(BCH\))? Đảng bộ (?:thị xã|quận)(?: PLACE)?",
        # the Party committee of the Front and the mass organizations at the centre (2025), its name with a comma
        # inside: "Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương" (not "MTTQ" alone)
        r"Đảng ủy (?:MTTQ|Mặt trận Tổ quốc)(?: Việt Nam)?, các đoàn thể Trung ương",
    ]
)
#: posts outside the political tiers that articles give with their body: "Hiệu trưởng Trường Chính trị tỉnh",
#: "Chuyên viên Ban Tổ chức Huyện ủy" (a staff post, named with its body)
POSTS.extend(["Hiệu trưởng", "Chuyên viên"])
POSTS.sort(key=len, reverse=True)
#: surnames of the north-western, central-highland and other peoples seen in real articles
SURNAMES |= {
    "Đồng",
    "Cầm",
    "Lường",
    "Quàng",
    "Sùng",
    "Điểu",
    "Rơ",
    "Siu",
    "Nay",
    "Rah",
    "Kpă",
    "Ma",
    "Bế",
    "Hoàng",
    "Lừu",
    # seen in real articles: "Chẩu Văn Lâm", "Uông Chu Lưu", "Lữ Văn Hùng", "Tòng Thị Phóng"
    "Chẩu", "Uông", "Lữ", "Tòng", "Vàng", "Lầu", "Diệp", "Phí", "Thân", "Tiêu", "Khương",
    # (north-east and delta articles: "Tống Thị Hương", "Quản Minh Cường", "Khuất Văn An", "Bàn Văn Lâm")
    "Tống", "Quản", "Khuất", "Cù", "Nhữ", "Kha", "Bàn", "Ứng",
    # (the Hmong, Dao, Thai, Giay and Lu peoples of the north-west: "Chá A Của", "Tráng A Tủa", "Sình Văn Dũng", "Tẩn
    # Láo Lở", "Khoàng Văn Thắng", "Điêu Chính Tới", "Lò Văn Giàng" already listed)
    "Chá", "Tráng", "Sình", "Tẩn", "Chảo", "Khoàng", "Điêu", "Lèo", "Mấu", "Cháng", "Sủng", "Lồ", "Phàn", "Hạng",
    "Thò", "Sần", "Pàng", "Sìn", "Đèo", "Ngần", "Kpăh", "Dìn", "Chẻo", "Xồng", "Sèn", "Lự", "Hảng", "Lỳ", "Vì",
    "Lãnh", "Hờ",
}  # fmt: skip

# --- conferences told by what they did (meetings._HOLDS, _HELD_WHAT, _kind) ---
#: the activities that, held by a body ("<body> tổ chức <activity>"), name a conference with no meeting word: "Đảng ủy
#: phường X tổ chức tổng kết công tác năm 2025", "Huyện ủy Y tổ chức quán triệt Chỉ thị số 45-CT/TW", "Tỉnh ủy tổ chức
#: thông báo nhanh kết quả Hội nghị Trung ương 10" (not "triển khai": "tổ chức triển khai thực hiện" is carrying out)
MEETING_ACTIVITIES = ("tổng kết", "sơ kết", "quán triệt", "học tập", "thông báo nhanh", "giao ban")

# --- ceremonies and hand-overs (meetings._handovers, _unit_celebrates; resolutions.one_decision_per_cadre) ---
#: how a ceremony is held, before or after its verb: "long trọng tổ chức Lễ ...", "tổ chức trọng thể Lễ công bố ..."
CEREMONY_MANNERS = ("long trọng", "trọng thể", "trang trọng")
#: words before a hand-over in its sentence that make it planned, asked for or told of, not held ("sẽ được trao",
#: "Theo kế hoạch, ... trao quyết định", "đề nghị ... trao")
HANDOVER_NOT_HELD = ("sẽ", "dự kiến", "kế hoạch", "chuẩn bị", "đề nghị", "tham mưu", "giao")
#: what a decision described by its content does to a cadre ("Quyết định ... bổ nhiệm đồng chí A", "quyết định điều
#: động ...", "... cho thôi giữ chức"): one cadre, one act, one decision (resolutions.one_decision_per_cadre)
CADRE_ACTS = (
    "chuẩn y", "chỉ định", "điều động", "bổ nhiệm", "miễn nhiệm", "luân chuyển", "phân công", "tiếp nhận", "cho thôi"
)  # fmt: skip

# --- working visits, inspections and field trips (meetings: the section "Working visits") ---
#: the posts of a guest received by name after "Tiếp": "Tiếp Phó Thủ tướng A tại Tỉnh ủy có ...", "Tiếp Bộ trưởng có"
VISIT_GUEST_POSTS = ("Tổng Bí thư", "Chủ tịch nước", "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Thủ tướng",
                     "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Ủy viên Bộ Chính trị", "Bí thư Trung ương",
                     "Trưởng ban", "Phó Trưởng ban")  # fmt: skip
#: a guest of the government's side: received by a people's committee chair, the session is the people's committee's
VISITING_GOVERNMENT_POSTS = ("Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng")
#: what a team does at the body it visits: "Đoàn giám sát ... tiến hành giám sát ... tại Sở X"
INSPECTION_ACTS = ("giám sát", "kiểm tra", "khảo sát")
#: what a leader comes to a body to do, one or several joined by commas or "và": "đến thăm, chúc mừng ...", "đến kiểm
#: tra, nắm tình hình và chúc Tết ..."
VISIT_ACTS = ("thăm", "kiểm tra", "nắm tình hình", "làm việc", "chúc mừng", "chúc Tết", "chúc tết", "tặng quà")
#: the people of a body a visit greets, before the body's name: "chúc mừng cán bộ, chiến sỹ Công an tỉnh"
VISITED_STAFF = ("cán bộ", "chiến sĩ", "chiến sỹ", "công chức", "viên chức", "nhân viên", "người lao động", "tập thể",
                 "lãnh đạo", "y bác sĩ", "giáo viên")  # fmt: skip
#: the heads of the bodies an inspection is held at (state and Party bodies, not a site, a school or a firm): "tại Sở
#: Tư pháp", "tại UBND huyện X", "tại Đảng ủy xã Y"
INSPECTED_BODY_HEADS = ("Sở", "UBND", "Ủy ban nhân dân", "HĐND", "Thường trực", "Đảng ủy", "Ban Thường vụ", "Tỉnh ủy",
                        "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy", "Công an", "Văn phòng", "Ban Quản lý", "Cục",
                        "Chi cục", "Bộ Chỉ huy", "Tòa án", "Viện Kiểm sát", "Kho bạc")  # fmt: skip

#: The boards and offices of a Party committee, which a list of them shares with the committee's name last ("Ban Tổ
#: chức, Ủy ban Kiểm tra và Văn phòng Tỉnh ủy"). Read by bodies._BOARDS_OF_COMMITTEE.
COMMITTEE_BOARDS = (
    "Ban Tổ chức", "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế",
    "Ban Đối ngoại", "Ban Chính sách, chiến lược", "Ủy ban Kiểm tra", "Ủy ban kiểm tra", "UBKT", "Văn phòng",
)  # fmt: skip

#: State honours written between a person's name and posts ("Trung tướng A, Anh hùng Lực lượng vũ trang nhân dân,
#: nguyên Phó Tổng cục trưởng ..."). Read by people._TITLES_AFTER.
HONOURS = (
    "Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng Lực lượng vũ trang Nhân dân", "Anh hùng Lao động",
    "Nhà giáo Nhân dân", "Nhà giáo nhân dân", "Thầy thuốc Nhân dân", "Thầy thuốc nhân dân", "Nghệ sĩ Nhân dân",
)  # fmt: skip

#: Bodies a list of local units shares as its head ("UBND các huyện: A, B", "Hội Nông dân các huyện A, B và thành phố
#: C", "Đảng bộ các phường: D, E"): one body per unit (GOLD_FORMAT). Read by bodies._SHARED_HEAD.
SHARED_HEAD_BODIES = (
    "UBND", "Ủy ban nhân dân", "HĐND", "Hội đồng nhân dân", "Công an", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ",
    "Ban Thường vụ", "Đảng ủy", "Ban Chỉ huy Quân sự",
    # the Party organizations and the mass organizations of each unit
    "Đảng bộ", "Ủy ban Kiểm tra", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội LHPN", "Hội Cựu chiến binh",
    "Hội Chữ thập đỏ", "Liên đoàn Lao động", "Đoàn Thanh niên",
    # a province's committee: "Ban Thường vụ Tỉnh ủy các tỉnh: A, B" (the committee's name takes no level word)
    "Tỉnh ủy",
)  # fmt: skip
#: Boards written before a list's shared head ("Ủy ban Kiểm tra Đảng ủy các xã: A, B", "Thường trực HĐND các xã A, B"):
#: each unit's board. Read by bodies._SHARED_HEAD.
SHARED_HEAD_BOARDS = ("Ủy ban Kiểm tra", "UBKT", "Ban Thường vụ", "Thường trực", "Ban Chấp hành", "BCH")

#: The mass organizations and the Front whose congresses the news reports, as written (full name, abbreviation, lower
#: case) -> the name their congress is written with ("Đại hội đại biểu Hội Cựu chiến binh huyện"). Read by
#: meetings._organization_congress, meetings._named_congresses and resolutions._MASS_CONGRESS_NAMED.
MASS_ORGANIZATIONS = {
    "Hội Nông dân": "Hội Nông dân", "Hội ND": "Hội Nông dân",
    "Hội Liên hiệp Phụ nữ": "Hội Liên hiệp Phụ nữ", "Hội LHPN": "Hội Liên hiệp Phụ nữ",
    "Hội Cựu chiến binh": "Hội Cựu chiến binh", "Hội cựu chiến binh": "Hội Cựu chiến binh",
    "Hội CCB": "Hội Cựu chiến binh", "Hội Chữ thập đỏ": "Hội Chữ thập đỏ", "Hội CTĐ": "Hội Chữ thập đỏ",
    "MTTQ Việt Nam": "MTTQ Việt Nam", "MTTQVN": "MTTQ Việt Nam", "Mặt trận Tổ quốc Việt Nam": "MTTQ Việt Nam",
    "Ủy ban MTTQ Việt Nam": "MTTQ Việt Nam", "Đoàn TNCS Hồ Chí Minh": "Đoàn TNCS Hồ Chí Minh",
    "Đoàn TNCSHCM": "Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh": "Đoàn TNCS Hồ Chí Minh",
    # ("Đại hội đại biểu Phụ nữ tỉnh": the women's union's congress named by its members)
    "Phụ nữ": "Hội Liên hiệp Phụ nữ", "phụ nữ": "Hội Liên hiệp Phụ nữ",
}  # fmt: skip
#: state bodies named singly that real articles name with their level, area or branch (issue #10, stop 17; read in
#: bodies._PATTERN with the list above, after it)
BODY_PATTERNS.extend(
    [
        # the bank for social policy and its branches: "Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Bình",
        # "Ngân hàng Chính sách xã hội (NHCSXH) tỉnh", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Sơn La"
        r"(?:(?:Chi nhánh|Phòng giao dịch) )?Ngân hàng Chính sách xã hội(?: Việt Nam)?(?: \(NHCSXH\))?"
        r"(?: (?:[Cc]hi nhánh )?(?:tỉnh|thành phố)(?: PROVINCE)?| [Cc]hi nhánh PROVINCE| huyện PLACE)?",
        # the State Bank, its provincial branches and (since 2025) its areas: "Ngân hàng Nhà nước chi nhánh tỉnh Gia
        # Lai", "Ngân hàng Nhà nước Khu vực 8"
        r"Ngân hàng Nhà nước(?: Việt Nam)?"
        r"(?: [Cc]hi nhánh (?:(?:tỉnh|thành phố) )?PROVINCE| [Kk]hu vực \d{1,2}(?![\w]))?",
        # the offices of the Assembly and of the State President: "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước"
        r"Văn phòng (?:Quốc hội|Chủ tịch nước)",
        # traffic safety committees: "Ủy ban An toàn giao thông Quốc gia", "Ban An toàn giao thông tỉnh Hòa Bình"
        r"Ủy ban An toàn giao thông [Qq]uốc gia",
        r"Ban An toàn giao thông (?:tỉnh|thành phố|huyện|thị xã|xã|phường)(?: PLACE)?",
        # army units by their number: "Lữ đoàn 147", "Trung đoàn 996", "Sư đoàn 2", "Hải đoàn 18"
        r"(?:Sư đoàn|Lữ đoàn|Trung đoàn|Tiểu đoàn|Hải đoàn|Quân đoàn|Binh đoàn) \d{1,4}(?![\w/])",
        # social insurance by its level or its area: "Bảo hiểm xã hội tỉnh Phú Thọ", "Bảo hiểm xã hội khu vực 12",
        # "Bảo hiểm xã hội Việt Nam" (not a law's name: "Luật Bảo hiểm xã hội")
        r"(?<!Luật )Bảo hiểm xã hội (?:Việt Nam|(?:tỉnh|thành phố)(?: PROVINCE)?|(?:huyện|thị xã|quận)(?: PLACE)?"
        r"|[Kk]hu vực (?:[IVX]+|\d{1,2})(?![\w]))",
        # the treasury's and the tax office's areas since 2025: "Kho bạc Nhà nước khu vực IX", "Chi cục Thuế khu vực 5",
        # and a district's tax office: "Chi cục Thuế huyện Can Lộc"
        r"Kho bạc Nhà nước (?:Việt Nam|[Kk]hu vực (?:[IVX]+|\d{1,2})(?![\w]))",
        r"Chi cục (?:Thuế|Hải quan)"
        r" (?:[Kk]hu vực (?:[IVX]+|\d{1,2})(?![\w])|(?:huyện|thị xã|thành phố|quận)(?: PLACE)?)",
        # the Government's inspectorate (not the Government: "Thanh tra Chính phủ kết luận"), the State Audit and its
        # areas ("Kiểm toán Nhà nước khu vực II"; not a law's name)
        r"Thanh tra Chính phủ",
        r"(?<!Luật )Kiểm toán [Nn]hà nước(?: [Kk]hu vực (?:[IVX]+|\d{1,2})(?![\w]))?",
        # the province's military command abbreviated: "Bộ CHQS tỉnh Quảng Trị"
        r"Bộ CHQS (?:tỉnh|thành phố)(?: PROVINCE)?",
        # the cooperative alliance named nationally (not "Hợp tác xã Việt Nam và Liên minh ..."): "Liên minh Hợp tác xã
        # Việt Nam", "Liên minh HTX Việt Nam"
        r"Liên minh (?:[Hh]ợp tác xã|HTX) Việt Nam(?! (?:tỉnh|thành phố)(?![\w]))",
    ]
)

"""Resolutions: every Party and State document the text names, numbered or described.

Order of work, all on the tone-unified text:

1. full symbols (``57-NQ/TW``, ``154/NQ-CP``, ``30/2020/NĐ-CP``, ``72/2025/QH15``), with the kind
   word in front when there is one, enumerations sharing one tail ("số 18, 19-NQ/TW"), then the
   date ("ngày 22/12/2024") and issuer ("của Bộ Chính trị") that follow;
2. kind word + number without a symbol ("Nghị quyết số 26", "NQ 57", "Quyết định 827 ngày
   12/6/2020 của Thủ tướng Chính phủ"): joined to a fuller mention of the same kind and number,
   or given a key built from the issuer's code;
3. documents named by kind and issuer ("quyết định của Ban Bí thư chuẩn y đồng chí ...", "kết luận của
   Thủ tướng Chính phủ về ...", "Nghị quyết Tỉnh ủy quý I-2024", "trao quyết định bổ nhiệm ..."), and
   the bare re-mentions of a document named before ("Nghị quyết của Bộ Chính trị", "chỉ thị này",
   "hai nghị quyết này");
4. documents named by description ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX",
   "Báo cáo tổng kết ...", "nghị quyết về ..."), skipping look-alikes: "báo cáo" as a verb, plans still
   to be written ("của đơn vị mình", "gửi về ... trước ngày"), the text's own plan ("Kế hoạch này",
   "... như sau:"), generic plurals;
5. one resolution per real document: mentions of one kind and number merge, except a Party symbol that
   another committee term reused ("tiếp nối Nghị quyết số 05-NQ/TU ... khóa XIV"); a report named again
   in other words on the same documents is the same report.

:func:`own_document` is the document the text itself is (its header's number), never a CITES target.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields

from loaders.extract.lexicon import (
    AGENDA_ITEM_CUES,
    AGENDA_ITEM_HEADS,
    AGENDA_TOPIC_LEADS,
    CADRE_ACTS,
    CAP_WORD,
    CENTRAL_CODES,
    CEREMONY_ACTS,
    COUNCIL_RESOLVES,
    DISTRICT_CODES,
    HOW_MANY,
    ISSUERS,
    KIND_ABBREVIATIONS,
    KIND_WORDS,
    LIST_OPENERS,
    LOCAL_ISSUERS,
    LOWER,
    MASS_ORGANIZATIONS,
    PARTY_CODES,
    POSTS,
    PROJECT_SYMBOL_KINDS,
    PROVINCE_BY_KEY,
    SHARED_LEVEL_CODES,
    SYMBOL_KINDS,
    TO_BE_ISSUED,
    UPPER,
    VERBS_AFTER_A_TITLE,
)
from loaders.extract.model import Resolution
from loaders.extract.ordered import Covered, SpanIndex, StartIndex
from loaders.extract.text import AnyCase, Doc, WordPattern, date_after, iso_date, key_of

_KIND_WORD = "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True))
_KIND_BEFORE = AnyCase(rf"(?:^|[^\w])({_KIND_WORD}|{'|'.join(KIND_ABBREVIATIONS)})\s*(?:số\s*)?[:]?\s*$")
_D = r"[-–‑]"
PARTY = re.compile(
    rf"(?<![\w/])(?P<num>\d{{1,5}})\s?{_D}\s?(?P<kind>[A-ZĐ][A-Za-zĐđ]{{0,4}})\s?/\s?(?P<iss>[A-ZĐ][A-Za-zĐđƯ]{{1,12}}(?:-[A-ZĐ][A-Za-zĐđ]{{1,10}})?)(?![\w-])"
)
STATE = re.compile(
    # (a number may carry a letter: "Nghị quyết số 30a/2008/NQ-CP")
    # (and a space after the dash as some copies have it: "Tờ trình số 164/TTr- SKHCN")
    # (six digits with a leading zero, as some provinces number their letters: "Công văn số 010094/UBND-TH")
    rf"(?<![\w/-])(?P<num>0\d{{5}}|\d{{1,5}}[a-z]?)(?:/(?P<year>(?:19|20)\d{{2}}))?"
    # (a joint document's kind and its issuers also parted by a slash: "Thông tư liên tịch số: 45/2015/TTLT/BYT-BNV",
    # keyed with the dash, "45/2015/TTLT-BYT-BNV")
    rf"/(?P<kind>[A-ZĐ][A-Za-zĐđ]{{0,5}})(?:{_D} ?|/(?=[A-ZĐ]{{2,8}}{_D}[A-ZĐ]))"
    rf"(?P<iss>[A-ZĐ][A-Za-zĐđ0-9]{{1,15}}(?:{_D}[A-ZĐ][A-Za-zĐđ0-9]{{1,10}})*)"
)
#: the same without their look-behind, checked on the character before instead (a pattern that opens with a
#: look-behind is tried at every position; one that opens with a digit is scanned fast), and with the first digit
#: written alone ("\d\d{0,4}" for "\d{1,5}": the engine then skips to the next digit in one loop): same matches
_SCANS = {
    "party": (re.compile(PARTY.pattern.replace(r"(?<![\w/])", "", 1).replace(r"\d{1,5}", r"\d\d{0,4}", 1)), "/"),
    "state": (re.compile(STATE.pattern.replace(r"(?<![\w/-])", "", 1).replace(r"\d{1,5}", r"\d\d{0,4}", 1)), "/-"),
}
#: (a standing committee's resolution also without its term: "Nghị quyết số 1210/2016/UBTVQH")
LAW = re.compile(r"(?<![\w/-])(?P<num>\d{1,5})/(?P<year>(?:19|20)\d{2})/(?P<iss>QH\d{2}|UBTVQH(?:\d{2})?)\b")
_ENUM_BEFORE = re.compile(r"(\d{1,4})\s*(?:,|và)\s*$")
_SHORT = WordPattern(
    # (an action programme too: "Chương trình hành động số 21 về thực hiện Nghị quyết số 19 của Bộ Chính trị")
    rf"(?P<word>Chương trình hành động|{_KIND_WORD}|NQ|QĐ|CT|KL|KH|NĐ)\s*(?:số\s*)?(?P<num>\d{{1,4}})"
    r"(?![\d/\w-]|\s?[-–]\s?[A-ZĐ])"
    # a count, not a number: "Kế hoạch 5 năm (2021 - 2025)", "Nghị quyết 3 năm liền"
    r"(?!\s+(?:năm|tháng|quý)(?![\w]))"
)
#: a kind word with a number and its year but no kind letters ("Nghị quyết số 1667/2025 của Ủy ban Thường vụ Quốc
#: hội", read out at a ceremony announcing it): a State document numbered with its year ("1667/2025")
_SHORT_YEAR = WordPattern(
    rf"(?P<word>{_KIND_WORD})\s*(?:số\s*)?(?P<num>\d{{1,5}}/(?:19|20)\d{{2}})(?![\d/\w-]|\s?[-–]\s?[A-ZĐ])",
    needs=("/19", "/20"),
)
#: a lower-case kind word with a number is a document only when what follows is its issuer, topic, date, a
#: list or the clause end ("chỉ thị 35 của Bộ Chính trị", "nghị quyết 57 và ..."), not a count ("kế hoạch 5 năm")
_SHORT_LOWER = WordPattern(
    r"(?P<word>nghị quyết|chỉ thị|kết luận|quyết định|quy định|nghị định|thông báo)\s*(?:số\s*)?(?P<num>\d{1,4})"
    r"(?![\d/\w-]|\s?[-–]\s?[A-ZĐ])(?=\s*(?:[,.;:)(]|của\s|về\s|ngày\s|và\s|(?:được\s+)?ban hành(?![\w])|$))",
    starts=("nghị quyết", "chỉ thị", "kết luận", "quyết định", "quy định", "nghị định", "thông báo"),
)
_ISSUER_NAMES = sorted(ISSUERS, key=len, reverse=True)
_OF_ISSUER = re.compile(rf"[\s,]*(?:của\s+)({'|'.join(map(re.escape, _ISSUER_NAMES))})(?:\s*\(khóa [IVXLC]+\))?")
#: the issuer as the subject that issues, passes or has the document: "Tỉnh ủy đã có Chương trình hành động số 21"
_ISSUED_BY = re.compile(
    rf"({'|'.join(map(re.escape, _ISSUER_NAMES))})[^.;]{{0,80}}?(?:ban hành|thông qua|(?:đã|vừa) có)\s*$"
)

_ROMAN = r"[IVXLC]+"
#: (the level word of a town or a district also capitalised, as Hanoi's and Saigon's outlets write it: "Nghị quyết Đại
#: hội Đảng bộ Thị xã nhiệm kỳ 2015 - 2020", "... lần thứ XX của Đảng bộ Quận")
_PARTY_LEVEL = "(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|Thị xã|Thành phố|Quận|Huyện)"
#: a congress or plenum resolution named without a number: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ
#: XIX", "... Đảng bộ huyện Kim Sơn lần thứ XXIII, nhiệm kỳ 2025 - 2030", "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ
#: 2020 - 2025", "Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI", "Nghị quyết Trung ương 4 (khóa XII)"
_UNIT_NAME = rf"(?:\s+{CAP_WORD}(?:\s+{CAP_WORD}){{0,3}})?"
#: an ordinal in words after "lần thứ": "tám", "mười ba", "mười hai"
_ORDINAL_WORDS = (
    r"(?<=thứ )(?:mười(?:\s+(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín))?|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)"
    r"(?![\w])"
)
_TERM = r"(?:,?\s+nhiệm kỳ\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})"
_NAMED_AFTER_KIND = (
    # (a city's written "TP.": "Nghị quyết Đại hội đại biểu Đảng bộ TP. Bến Tre nhiệm kỳ 2010-2015")
    rf"\s+(?:[Đđ]ại hội(?:\s+[Đđ]ại biểu)?(?:\s+(?:Đảng bộ (?:{_PARTY_LEVEL}|TP\.?){_UNIT_NAME}"
    # a bloc's or the provincial agencies' Party organization ("Đảng bộ Khối cơ quan và doanh nghiệp tỉnh lần thứ I")
    rf"|Đảng bộ (?:Khối|[Cc]ác cơ quan Đảng|Quân sự|Công an|Dân chính Đảng)(?:\s+(?!lần\s)[{LOWER}]+){{0,5}}?"
    rf"(?:\s+{_PARTY_LEVEL}{_UNIT_NAME})?"
    # ("Nghị quyết Đại hội Đảng XIII": the national congress by its ordinal right after "Đảng")
    rf"|Đảng toàn quốc|toàn quốc|Đảng(?=\s+(?:lần thứ\s+)?{_ROMAN}(?![\w]))"
    r"|Đảng bộ (?:Quân đội|Công an Trung ương|(?:TP\.?\s?|[Tt]hành phố\s)?(?:HCM|Hồ Chí Minh))"
    rf"|(?:MTTQ|Mặt trận Tổ quốc)(?: Việt Nam)? {_PARTY_LEVEL}{_UNIT_NAME}"
    # a mass organization's or the Front's, abbreviated ("Nghị quyết Đại hội đại biểu MTTQVN tỉnh lần thứ IX",
    # "Nghị quyết Đại hội Hội Nông dân huyện X khóa XI, nhiệm kỳ 2018 - 2023")
    # ("Nghị quyết Đại hội đại biểu phụ nữ tỉnh lần thứ X": the women's union's, named by its members)
    r"|(?:MTTQVN|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội LHPN|Hội Cựu chiến binh|Hội CCB|Đoàn TNCS Hồ Chí Minh"
    r"|[Pp]hụ nữ)"
    rf" {_PARTY_LEVEL}{_UNIT_NAME}))?"
    # "... lần thứ XX của Đảng bộ tỉnh", "... lần thứ XXIV Đảng bộ huyện Định Hóa", "... lần thứ XIII của Đảng"
    # the ordinal in Roman, or in Arabic after "lần thứ" ("... Đảng bộ tỉnh lần thứ 14, nhiệm kỳ 2020-2025")
    # (also "lần thứ nhất": the first congress of a merged province, 2025)
    # (the national congress also by its ordinal in Arabic right after "Đại hội": "Nghị quyết Đại hội 14")
    rf"(?:(?:(?:\s+lần thứ|\s+khóa)?\s+{_ROMAN}|\s+lần thứ\s+(?:\d{{1,2}}|[Nn]hất)"
    rf"|(?<=hội)\s+\d{{1,2}}(?![\d/]))(?![\w])"
    rf"(?:\s+(?:(?:của\s+)?Đảng bộ {_PARTY_LEVEL}{_UNIT_NAME}|của Đảng))?{_TERM}?|{_TERM})"
    rf"|(?:[Hh]ội nghị\s+)?Trung ương\s+\d{{1,2}}(?:\s*,?\s*\(?khóa\s+{_ROMAN}(?:\s*,\s*{_ROMAN})*\)?)?"
    # the Government's resolution of its monthly session: "Nghị quyết phiên họp Chính phủ thường kỳ tháng 8/2015"
    r"|phiên họp Chính phủ(?:\s+thường kỳ)?\s+tháng\s+\d{1,2}(?:/|\s+năm\s+)(?:19|20)\d{2}(?!\d)"
    # "Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII"
    # (also "Nghị quyết Hội nghị 11 Ban Chấp hành Trung ương")
    # (its ordinal also in words: "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII")
    rf"|[Hh]ội nghị\s+(?:lần thứ\s+)?(?:\d{{1,2}}|{_ROMAN}|{_ORDINAL_WORDS})\s*,?\s*Ban Chấp hành Trung ương"
    r"(?:\s+Đảng)?"
    rf"(?:\s*,?\s*\(?khóa\s+(?:{_ROMAN}|\d{{1,2}})(?![\w])\)?)?)"
)
NAMED = re.compile("Nghị quyết" + _NAMED_AFTER_KIND)
#: the same in lower case ("quán triệt nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa 13"), a
#: pattern of its own so that each starts with a literal (a fast scan)
NAMED_LOWER = re.compile("nghị quyết" + _NAMED_AFTER_KIND)
_DESCRIBED_START = WordPattern(
    # "Kế hoạch hóa gia đình" (family planning) is a word, not a plan
    # ("Báo cáo viên", a Party lecturer, is a person)
    r"(?=[BbTtDdKkNHLQC])(?P<word>[Bb]áo cáo(?!\s+viên(?![\w]))|[Tt]ờ trình"
    r"|(?:[Dd]ự thảo\s+)?[Kk]ế hoạch(?!\s+hóa(?![\w]))"
    r"|[Dd]ự thảo\s+(?:Nghị quyết|Nghị định|Thông tư)"  # ("dự thảo Nghị định quy định chi tiết ...": a draft decree)
    # "Nghị quyết năm 2021 của Tỉnh ủy", "thực hiện thắng lợi Nghị quyết năm 2022 đã đề ra"
    r"|Nghị quyết(?= năm (?:19|20)\d{2}(?!\d)| về )"
    # "ban hành Nghị quyết thông qua Đồ án ...", "ban hành Nghị quyết chuyên đề về ...": issued, named by what it does
    rf"|Nghị quyết(?=\s+[{LOWER}])"
    # a regulation by its topic, rules of procedure by their body ("Quy định về chế độ báo cáo", "Quy chế làm việc
    # của Ban Chấp hành ...")
    r"|Quy định(?= về |\s+[a-zđà-ỹ])|Quy chế(?= (?:làm việc|hoạt động|tổ chức và hoạt động) )"
    # (a congress's rules of procedure are no document: "Quy chế làm việc (và chương trình) của Đại hội")
    r"(?! làm việc (?:và chương trình )?(?:của )?(?:[Đđ]ại hội|[Hh]ội nghị|[Kk]ỳ họp))"
    r"|Thông báo kết luận|THÔNG BÁO\s+KẾT LUẬN|Hiến pháp|Luật"
    # a notice named by its issuer and topic ("Thông báo của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị quyết số
    # 30-NQ/TW"); with no topic it names none ("Theo Thông báo của UBND tỉnh, ...")
    r"|Thông báo(?= của [^,.;:\n]{2,40}? về )"
    # a directive named by its topic ("UBND tỉnh ban hành Chỉ thị về tăng cường ...")
    r"|Chỉ thị(?= về\s)"
    # a conclusion a committee has on a matter ("Thành ủy có kết luận về việc ..."; "đã kết luận về" is the verb)
    r"|(?<=có )kết luận(?= về\s))(?=\s)",
    starts=(
        "Báo cáo",
        "báo cáo",
        "Tờ trình",
        "tờ trình",
        "Dự thảo",
        "dự thảo",
        "Kế hoạch",
        "kế hoạch",
        "Nghị quyết",
        "Thông báo",
        "THÔNG BÁO",
        "Hiến pháp",
        "Luật",
        "Quy định",
        "Quy chế",
        "kết luận",
        "Chỉ thị",
    ),
)
#: a council's resolution in lower case ("thông qua nghị quyết về ..."), read by its own literal pattern
_DESCRIBED_LOWER = WordPattern(
    # "... ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025": a committee's resolution of a year
    r"(?P<word>nghị quyết)(?= về |(?P<period>\s+[^.;,:\n]{0,60}?\snăm\s+(?:19|20)\d{2}(?!\d))"
    # "thông qua nghị quyết miễn nhiệm chức danh ...": a council's resolution by what it decides
    # (also "thông qua danh mục ...", "đề nghị sáp nhập ...", "quy định mức chi ...": lexicon.COUNCIL_RESOLVES)
    rf"|\s+(?:{'|'.join(COUNCIL_RESOLVES)})\s)",
    starts=("nghị quyết",),
)
#: an item of a list numbered in brackets ("thông qua các Nghị quyết: (1) Nghị quyết ban hành ...; (2) ...")
_BRACKETED_ITEM = re.compile(r"\(\d{1,2}\)\s*$")
#: a resolution's issuer then its topic ("Nghị quyết của Thường trực HĐND phường về số lượng ..."): one document,
#: whatever comes before it (GOLD_FORMAT: "Nghị quyết (của) X" with a topic)
_OF_BODY_ON = re.compile(r"\s+của\s+[^,.;:\n]{2,60}?\s+về\s")
#: what a council's resolution in lower case does, right after "nghị quyết" (lexicon.COUNCIL_RESOLVES)
_COUNCIL_VERB = re.compile(rf"\s+(?:{'|'.join(COUNCIL_RESOLVES)})(?=\s)")
_DESCRIBED_KINDS = {"báo cáo": "BC", "tờ trình": "TTr", "kế hoạch": "KH", "nghị quyết": "NQ", "quy định": "QĐi",
                    "nghị định": "NĐ", "thông tư": "TT",
                    "quy chế": "QC", "kết luận": "KL", "chỉ thị": "CT",
                    "thông báo kết luận": "TB", "thông báo": "TB",
                    "hiến pháp": "HP", "luật": "Luật"}  # fmt: skip
#: also counted: "các huyện đã ban hành 7 kế hoạch thực hiện Nghị quyết số 21-NQ/TU" (seven plans, no one document)
_GENERIC_BEFORE = re.compile(r"(?:các|những|mọi|theo|nhiều|một số|và|,|(?<![\w/.,-])\d{1,3})\s*$", re.IGNORECASE)
#: before a capitalised description only a plural makes it generic: "..., Nghị quyết về A và Nghị quyết về B"
#: lists documents
_GENERIC_PLURAL = re.compile(r"(?:các|những|mọi|nhiều|một số)\s*$", re.IGNORECASE)
#: words that open a speaker's name or title
_SPEAKER = (
    "|".join(sorted({*POSTS, "Phó", "Ủy viên", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại tướng",
                     "Thượng tướng", "Trung tướng", "Thiếu tướng", "đồng chí", "ông", "bà", "Đồng chí", "Ông", "Bà"},
                    key=len, reverse=True))
)  # fmt: skip
_CLAUSE_END = re.compile(
    # (not the dot of an abbreviated level: "thành lập Đảng bộ TP.Đông Triều", "Đảng bộ P.Đức Chính")
    r"[;:\n…]|(?<!TP)(?<!Tp)(?<!TX)(?<!TT)(?<![\s(][PQHX])\.(?!\d)"
    r"|,\s+(?:đồng thời|trong đó|theo đó)|\s+(?:để|nhằm|đã|đảm bảo|sẽ|với mục tiêu)\s"
    r"|\((?!(?:19|20)\d{2})"
    r"|\s+(?:cho biết|cho thấy|nêu rõ|chỉ rõ|khẳng định)(?![\w])"
    # what the document is said to set out ("Báo cáo chính trị tại đại hội xác định, nhiệm kỳ tới ...")
    r"|\s+(?:xác định|đề ra)(?=\s*[,:])"
    # who presents or prepared it ("Báo cáo thẩm tra ... do đồng chí A trình bày")
    r"|\s+do\s+(?=đồng chí|ông|bà|[A-ZĐ])"
    # the next document of a list ("Hiến pháp năm 2013 và Luật Đất đai")
    r"|\s+và\s+(?=(?:Luật|Hiến pháp|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Báo cáo|Tờ trình|Nghị định"
    r"|Thông tư|Dự toán)\s)"
    # a speaker after the document ("dự thảo Báo cáo chính trị, Thượng tá A, Chỉ huy trưởng ... đề nghị")
    rf"|,\s+(?=(?:{_SPEAKER})\s)"
    # its manner or annex ("Kế hoạch đầu tư công năm 2025 theo hướng ...", "... ban hành kèm theo Quyết định ...")
    r"|\s+(?=(?:theo hướng|theo đó|theo tinh thần|ban hành kèm theo|kèm theo)\s)"
    # a duty after it ("Báo cáo ... phải"), not a word of its title ("... mắc phải ở người (HIV/AIDS)")
    r"|(?<!\smắc)\s+(?=phải\s)"
    r"|\s+và\s+(?=(?:nghị quyết|quyết định|kết luận|chỉ thị|tờ trình|báo cáo|kế hoạch|hướng dẫn|quy định|thông báo"
    r"|chương trình|đề án)\s+(?:về|của|số|thành lập|chỉ định|chuẩn y|điều động|bổ nhiệm|phê duyệt)\s)"
    r"|\s+và\s+(?=(?:báo cáo|tờ trình)\s)"
    # the next item of a council's recital ("Báo cáo thẩm tra của Ban Kinh tế - Ngân sách và ý kiến thảo luận ...")
    r"|\s+và\s+(?=ý kiến\s)"
    # what is done at the ceremony after the hand-over: "trao Quyết định bổ nhiệm và tặng hoa chúc mừng ông A"
    rf"|\s+và\s+(?=(?:{'|'.join(CEREMONY_ACTS)})(?![\w]))"
    # names that run on: the next item of a list of documents and projects, a term written "Khóa", a verb
    r"|,\s+(?=(?:Đề án|Dự án|Tờ trình|Báo cáo|Kế hoạch|Nghị quyết|Quyết định|Chương trình|Quy hoạch|Chỉ thị"
    r"|Kết luận)\s)"
    r"|\s+(?=Khóa\s)|,\s+(?=dự thảo\s)"
    # the next item of a session's agenda ("Kế hoạch tổ chức phục vụ Đại hội, Đề cương sơ bộ Báo cáo chính trị ...")
    rf"|,\s+(?=(?:{'|'.join(AGENDA_ITEM_HEADS)})\s)"
    # what it consists of after a comma: "Quyết định thành lập Ban Chỉ đạo ..., gồm 15 đồng chí"
    r"|,\s+(?:bao\s+)?gồm\s"
    # the next item of a list, in the plural ("Báo cáo kết quả hoạt động ..., các tờ trình dự thảo nghị quyết ...")
    r"|,\s+(?=(?:các|những)\s+(?:tờ trình|báo cáo|dự thảo|nghị quyết|kế hoạch|quyết định|văn bản|chương trình)\s)"
    # the main clause after a purpose: "Thực hiện kết luận của Thủ tướng về ..., UBND tỉnh ban hành Kế hoạch số 55"
    r"|,\s+(?=[^,.;:\n]{0,60}?\s(?:đã\s+|vừa\s+)?(?:ban hành|xây dựng)\s+(?:Kế hoạch|Chương trình|Quyết định"
    r"|Chỉ thị|Hướng dẫn|Nghị quyết|Đề án|Công văn|kế hoạch|chương trình)\s)"
    # (not the topic's own verb: "... về việc thông qua Quy hoạch chung ...")
    # (nor the request a submission makes: "Tờ trình đề nghị xem xét thông qua Nghị quyết về ...")
    r"|(?<!việc)(?<!\svề)(?<!xem xét)(?<!đề nghị)\s+(?:và\s+)?"
    r"(?=(?:đồng chủ trì|chủ trì|phát biểu|nhấn mạnh|thống nhất|thông qua|cho ý kiến)"
    r"(?![\w]))"
    # (not the units a scheme's name goes on to: "Báo cáo tóm tắt Đề án thành lập thị xã A và các phường thuộc ...")
    r"|\s+và\s+(?:các\s(?!(?:xã|phường|thị trấn|thôn|tổ dân phố|ấp|khu phố|bản)\s)|dự thảo\s)"
    # the next resolution of a council's list in lower case, by what it does ("nghị quyết về kế hoạch đầu tư công năm
    # 2026, nghị quyết thông qua danh mục ... và nghị quyết phê chuẩn quyết toán ...")
    rf"|(?:,|\s+và)\s+(?=nghị quyết\s+(?:về|{'|'.join(COUNCIL_RESOLVES)})\s)"
    # the meeting's own conclusion after what it discussed: "... Báo cáo của Ban cán sự đảng UBND tỉnh và kết luận:"
    r"|\s+và\s+(?=kết luận\s*[:.,;])"
    # a date clause after it: "Nghị quyết ... năm 2025, từ ngày 1/7/2025, tỉnh A và tỉnh B hợp nhất"; a basis clause
    # ("... thành lập Đảng bộ xã A, trên cơ sở sáp nhập ...")
    r"|,\s+(?=(?:từ|kể từ|đến|sau|trước)\s+(?:ngày|tháng|năm)\s|trên cơ sở\s|hoàn thành\s+(?:trước|trong)\s)"
    # what it is made of: "Quy chế làm việc của UBND tỉnh gồm IX chương, 47 điều, ..."
    r"|\s+(?=gồm\s+(?:\d{1,3}|[IVXLC]+)\s+(?:chương|điều|phần|mục|nhóm)(?![\w]))"
    # the time of the event reported after it: "Thực hiện Kế hoạch của UBND tỉnh về ..., sáng ngày 2/2, tại thôn ..."
    r"|,\s+(?=(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d))"
    # the main clause after a preamble: "Thực hiện Nghị quyết ... về ban hành Kế hoạch ..., UBND tỉnh giao các sở ..."
    r"|,\s+(?=(?:UBND|HĐND|Ủy ban nhân dân|Ban Thường vụ|Thường trực|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|Chủ tịch)"
    r"[^,.;\n]{0,40}?\s(?:giao|yêu cầu|chỉ đạo|đề nghị|tổ chức)\s)"
)
_DESC_MAX = 220
#: the last word of a wrapped line that a title goes on from, and the start of a line that goes on a title
#: the term of a congress a description names, then another clause or item ("dự thảo Báo cáo chính trị trình Đại hội
#: ... lần thứ I, nhiệm kỳ 2025-2030, Báo X đăng ...", "... nhiệm kỳ 2025-2030 và gợi ý ..."): the description ends
#: with the term (not before its issuer or topic: "... nhiệm kỳ 2020-2025 của Tỉnh ủy", "... về ...")
_TERM_ENDS = re.compile(r"nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}(?=\s*,\s|\s+(?:và|trên|để|tại|được|đã)\s)")
#: a line that opens a table's cell: no title is wrapped onto it
_CELL_OPENS = re.compile(r"[ \t]*\|")
_WRAP_OPEN_END = re.compile(r"(?:^|\s)(?:của|về|số|ngày|và|thông qua|phê duyệt|ban hành|đến|giai đoạn|tại)[ \t]*$")
#: (not a dateline under a headline: "... năm 2026\n10/12/2025 03:59 CH", a date or a time opening the line)
_WRAP_GOES_ON = re.compile(rf"[ \t]*(?:[{LOWER}]|\d(?!\d?(?:[/.-]\d{{1,2}}[/.-](?:19|20)\d{{2}}|:\d{{2}})))")
#: a plan in lower case as what another document is about, or as targets handed out ("giao kế hoạch")
_TOPIC_OF_RESOLUTION = (
    # the topic right after a numbered resolution ("... số 45/NQ-HĐND (ngày ...) (của HĐND tỉnh) về kế hoạch ..."; not
    # "cho ý kiến về kế hoạch triển khai ...", a plan discussed)
    r"\d[\w/-]*(?:/NQ-|-NQ/)[\w/-]*(?:\s+ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm"
    r"\s+\d{4}))?(?:,?\s+của\s+[^,.;:\d]{1,60}?)?\s+về\s+$"
)
_TOPIC_OR_TARGET = re.compile(_TOPIC_OF_RESOLUTION + r"|(?<![\w])giao\s+$")
#: the same for a capitalised plan: "Nghị quyết số 61/NQ-HĐND ngày 10 tháng 12 năm 2025 của HĐND tỉnh về Kế hoạch ..."
_TOPIC_CAPITAL = re.compile(_TOPIC_OF_RESOLUTION)
#: a law's title ends where a new clause starts ("Luật Phòng, chống tham nhũng" goes on in lower case), or
#: at a verb or preposition after it ("Luật Đất đai năm 2024 còn chậm", "Luật Đất đai thuộc thẩm quyền ...")
_TITLE_VERB_AFTER = (
    r"\s+(?=(?:còn|đã|được|thuộc|có|là|sẽ|vẫn|chưa|tại|trong|khi|cho|đang|mới|với|nhằm|để|đến|vào|ngày)\s)"
    # where it is carried out: "cụ thể hóa Luật Đất đai năm 2024 trên địa bàn tỉnh"
    r"|\s+(?=trên\s+(?:địa bàn|phạm vi)\s)"
    # how it is carried out: "triển khai thi hành Luật Thủ đô kịp thời, đồng bộ, thống nhất ..." (no title has these)
    r"|\s+(?=(?:kịp thời|nghiêm túc|đồng bộ|có hiệu quả)(?![\w]))"
    # what the sentence says of it: "Luật Thủ đô bảo đảm ...", "Luật Đất đai quy định ..."
    rf"|\s+(?=(?:{'|'.join(VERBS_AFTER_A_TITLE)})(?![\w]))"
)
_NEW_CLAUSE = re.compile(r",\s+(?=[A-ZĐ])|" + _TITLE_VERB_AFTER)


@dataclass
class Found:
    """A resolution and where its mention ends (for the relation extractors)."""

    resolution: Resolution
    start: int
    end: int
    anaphoric: bool = False  # "hai nghị quyết này", "thực hiện chỉ thị.": names the document only by pointing back


#: issuer codes written in mixed case, as an upper-case title cannot
_CODE_CASE = {"TTG": "TTg"}
#: kind letters in mixed case, as an upper-case title cannot ("QUY ĐỊNH SỐ 07-QĐI/TW")
_LETTER_CASE = {"QĐI": "QĐi", "CTR": "CTr", "TTR": "TTr"}


#: kind words by their lower case (the first of the lexicon's order for one spelling)
_KIND_OF_WORD: dict[str, str] = {"chương trình hành động": "CTr"}
for _name, _kind in KIND_WORDS.items():
    _KIND_OF_WORD.setdefault(_name.lower(), _kind)


def _kind_before(doc: Doc, start: int) -> str | None:
    m = _KIND_BEFORE.search(doc.match[max(0, start - 30) : start])
    if not m:
        return None
    word = m.group(1)
    return _KIND_OF_WORD.get(word.lower()) or KIND_ABBREVIATIONS.get(word.upper())


def _issuer_after(doc: Doc, pos: int) -> tuple[str | None, int]:
    """The issuer named after a document ("... của Ban Thường vụ Huyện ủy Anh Sơn", "... của Đảng ủy Chính phủ"): a
    body of a unit with the unit's name first, else one of the lexicon's issuers."""
    of = _OF_WORD.match(doc.match, pos) if doc.match.find("của", pos, pos + 8) >= 0 else None
    if of is not None and of.group(1) in _LOCAL_FIRST_WORDS:  # (the long pattern only where it may match)
        local = _OF_LOCAL_ISSUER.match(doc.match, pos)
        if local is not None:
            return doc.match[local.start("issuer") : local.end("issuer")], local.end()
    m = _OF_ISSUER.match(doc.match, pos)
    if not m:
        return None, pos
    return doc.match[m.start(1) : m.end(1)], m.end()


#: a body of a district or a commune with its unit's name ("UBND huyện Yên Thành", "Ban Thường vụ Huyện ủy Anh Sơn",
#: "Đảng ủy xã Hưng Lộc"), or an inspection team with the committee it is of ("Đoàn kiểm tra số 7 của Bộ Chính trị")
_LOCAL_HEADS = sorted(LOCAL_ISSUERS, key=len, reverse=True)
_LOCAL_ISSUER = (
    rf"(?:(?:{'|'.join(_LOCAL_HEADS)})\s+{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}"
    rf"|(?:Ban Thường vụ\s+)?Đảng ủy Bộ(?:\s+{CAP_WORD}){{0,4}}"
    rf"|Đoàn (?:kiểm tra|giám sát)(?:\s+số\s+\d+)?(?:\s+của\s+(?:{'|'.join(map(re.escape, _ISSUER_NAMES))})"
    r"(?:,\s+Ban Bí thư)?)?)(?![\w])"
)
_OF_LOCAL_ISSUER = re.compile(rf"[\s,]*của\s+(?P<issuer>{_LOCAL_ISSUER})")
_OF_WORD = re.compile(r"[\s,]*của\s+(\S+)")
_LOCAL_FIRST_WORDS = frozenset({"Ban", "BTV", "Thường", "Huyện", "Quận", "Thị", "Thành", "Đảng", "UBND", "Ủy", "HĐND",
                                "Hội", "Đoàn"})  # fmt: skip
#: the issuer named before the verb that issues the document ("UBND huyện Yên Thành ban hành Kế hoạch số 77/KH-UBND",
#: "Đảng ủy xã A đã ban hành Nghị quyết số 05-NQ/ĐU"), read back from the symbol
_ISSUED_BY_BEFORE = re.compile(
    rf"(?P<issuer>{_LOCAL_ISSUER}|(?:{'|'.join(map(re.escape, _ISSUER_NAMES))})(?![\w]))"
    rf"(?:\s+(?:{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}))?"  # the province's name after its body ("UBND tỉnh Nghệ An")
    r"\s+$"
)
#: the verb that issues the document, right before its symbol (read first: the issuer is looked for only before it)
_ISSUING_VERB = re.compile(rf"\s(?:đã\s+|vừa\s+|mới\s+)?ban hành\s+(?:{_KIND_WORD})\s+(?:số\s*)?$")
#: a ministry's Party committee ("Đảng ủy Bộ Công Thương", "Ban Thường vụ Đảng ủy Bộ"): a central issuer
_MINISTRY_COMMITTEE = re.compile(rf"(?:Ban Thường vụ\s+)?Đảng ủy Bộ(?:\s+{CAP_WORD}){{0,4}}")
_TEAM_OF = re.compile(
    rf"Đoàn (?:kiểm tra|giám sát)(?:\s+số\s+\d+)?\s+của\s+({'|'.join(map(re.escape, _ISSUER_NAMES))})"
)


def _team_named_before(doc: Doc, pos: int, bare: str) -> str:
    """A team named bare ("Kế hoạch số 03-KH/ĐKT của Đoàn kiểm tra") is the one the text named before with its
    committee ("Đoàn kiểm tra số 12 của Bộ Chính trị")."""
    named = [m for m in _TEAM_OF.finditer(doc.match, 0, pos) if m.group(0).startswith(bare)]
    return named[-1].group(0) if named else bare


def _issuer_before(doc: Doc, start: int) -> str | None:
    """The issuer of a symbol named before "ban hành <kind> (số)" in its sentence."""
    if doc.match.find("ban hành", max(0, start - 45), start) < 0:
        return None
    verb = _ISSUING_VERB.search(doc.match, max(0, start - 45), start)
    if verb is None:
        return None
    s, _ = doc.sentence_bounds(start)
    # tried at the starts of the capitalised words before the verb, the earliest first (the fullest name)
    for word in _CAPITAL_START.finditer(doc.match, max(s, verb.start() - 90), verb.start()):
        found = _ISSUED_BY_BEFORE.match(doc.match, word.start(), verb.start() + 1)
        if found is not None:
            return found.group("issuer")
    return None


_CAPITAL_START = re.compile(r"(?<![\w])[A-ZĐÀ-Ỹ]")


#: issuers by their lower case (the longest spelling first, as the names are sorted)
_ISSUER_OF_NAME: dict[str, tuple[str, str, str]] = {}
for _known in _ISSUER_NAMES:
    _ISSUER_OF_NAME.setdefault(_known.lower(), ISSUERS[_known])


def _issuer_info(name: str | None) -> tuple[str, str, str] | None:
    """(code, Party or State, level) of an issuer as the text names it; a body of a unit by its head (a "Thành ủy"
    or "UBND thành phố" with a province's name is provincial), an inspection team by the committee it is of."""
    if not name:
        return None
    known = _ISSUER_OF_NAME.get(name.lower())
    if known is not None:
        return known
    if _MINISTRY_COMMITTEE.fullmatch(name):
        return ("ĐU", "party", "central")
    team = _TEAM_OF.match(name)
    if team is not None:
        of = _ISSUER_OF_NAME.get(team.group(1).lower())
        return ("ĐKT", "party", of[2]) if of else None
    return _local_info(name)


@functools.lru_cache(maxsize=256)
def _local_info(name: str) -> tuple[str, str, str] | None:
    for head in _LOCAL_HEADS:
        m = re.match(rf"({head})\s+(.+)$", name)
        if m is not None:
            code, system, level, unit = LOCAL_ISSUERS[head]
            if unit == "thành phố" and key_of(m.group(2)) in PROVINCE_BY_KEY:
                level = "provincial"  # "Thành ủy Cần Thơ", "UBND thành phố Hà Nội": a centrally-run city's
            return code, system, level
    return None


def _level_of(code: str, issuer: str | None) -> str | None:
    """The level of a numbered document: its issuer's, when the text names one whose code it is or the code is one
    every level writes ("UBND", "ĐU"); else what the code says."""
    info = _issuer_info(issuer)
    if info is not None and (info[0].upper() == code.upper() or code.upper() in SHARED_LEVEL_CODES):
        return info[2]
    return _level(code)


@functools.lru_cache(maxsize=1024)
def _level(code: str) -> str:
    upper = code.upper().replace("Đ", "D")
    if upper in {c.replace("Đ", "D") for c in CENTRAL_CODES} or upper.endswith("TW"):
        return "central"
    if code.upper() in DISTRICT_CODES:
        return "district"
    if upper.endswith("TU"):
        return "provincial"  # a provincial committee's boards ("BTCTU", "UBKTTU"), not a ministry's "B..."
    if upper.startswith(("B", "QH")):
        return "central"
    return "provincial"


def _mention(doc: Doc, res: Resolution, start: int, end: int) -> Found:
    res.mentions.append(doc.span(start, end))
    return Found(res, start, end)


def numbered(doc: Doc) -> list[Found]:
    """Full symbols, and kind + number references, in text order."""
    found: list[Found] = []
    taken = Covered(len(doc.match))  # positions inside a symbol already read
    for pattern, system in ((LAW, "law"), (STATE, "state"), (PARTY, "party")):
        if system == "law" and "QH" not in doc.match:
            continue  # every law's symbol ends with "QH" and the legislature's number
        scan, not_before = _SCANS.get(system, (pattern, ""))
        for m in scan.finditer(doc.match):
            if m.start() in taken:
                continue
            ahead = doc.match[m.start() - 1] if m.start() else " "
            if not_before and (ahead in not_before or ahead.isalnum() or ahead == "_"):
                continue  # (the look-behind of the pattern)
            taken.add(m.start(), m.end())
            if system != "law" and m.group("kind").upper() in PROJECT_SYMBOL_KINDS:
                continue  # "Đề án số 04-ĐA/HU": a numbered đề án is a project (GOLD_FORMAT, hard cases)
            found.extend(_from_symbol(doc, m, system))
    if "/" in doc.match:
        for m in _HALF_PARTY.finditer(doc.match):
            at = _HALF_NUMBER.search(doc.match, max(0, m.start() - 6), m.start())
            if at is None or at.start() in taken or (kind := _kind_before(doc, at.start())) is None:
                continue
            taken.add(at.start(), m.end())
            found.append(_from_half_symbol(doc, at.group("num"), m.group("iss"), at.start(), m.end(), kind))
    for short in (_SHORT, _SHORT_LOWER, _SHORT_YEAR):
        for m in short.finditer(doc.match):
            if m.start() in taken or m.end() - 1 in taken:
                continue
            # "Nghị quyết số 57, 59, 66 và 68 của Bộ Chính trị": every number of the list, one issuer after it
            items = [(m.group("num"), m.start(), m.end())]
            while (more := _SHORT_MORE.match(doc.match, items[-1][2])) is not None:
                items.append((more.group(1), more.start(1), more.end()))
            for num, start, end in items:
                found.append(_from_short(doc, m, num, start, end, items[-1][2]))
    found.sort(key=lambda f: f.start)
    return found


#: a Party document whose symbol lacks its kind letters, its kind word before it ("NQ số 29/TW tháng 11 năm 2013 của
#: BCH TW Đảng", "Chỉ thị số 05/TU"): the Party symbol ("29-NQ/TW")
_HALF_PARTY = re.compile(r"/\s?(?P<iss>[A-ZĐ][A-ZĐƯ]{1,9})(?![\w/-])")  # (the literal "/" first: a fast scan)
#: the Party codes such a symbol may end with; any other code makes a State one kept as written ("Tờ trình số
#: 126/SKHĐT", "Nghị định 15/CP")
_HALF_PARTY_CODES = frozenset({"TW", "TƯ", "TU", "HU", "QU", "ĐU"})
_HALF_NUMBER = re.compile(r"(?<![\w/-])(?P<num>\d{1,4})\s?$")


def _from_half_symbol(doc: Doc, num: str, iss: str, start: int, end: int, kind: str) -> Found:
    iss = iss.replace("TƯ", "TW")
    issued_on, pos = date_after(doc, end)
    issuer, _ = _issuer_after(doc, pos)
    letters = {"QĐi": "QĐ"}.get(kind, kind)
    symbol = f"{num}-{letters}/{iss}" if iss in _HALF_PARTY_CODES else f"{num}/{iss}"
    res = Resolution(symbol, kind, num, issuer, iss, issued_on, _level_of(iss, issuer))
    return _mention(doc, res, start, end)


def _from_symbol(doc: Doc, m: re.Match[str], system: str) -> list[Found]:
    num, iss = m.group("num"), m.group("iss").replace("TƯ", "TW")  # "57-NQ/TƯ" is written for 57-NQ/TW
    year = m.groupdict().get("year")
    if system == "law":
        kind, symbol = "Luật", f"{num}/{year}/{iss}"
        kind = _kind_before(doc, m.start()) or kind
    else:
        letters = m.group("kind")
        if system == "state" and iss.split("-")[0].upper() in PARTY_CODES:
            system = "party"  # mis-ordered Party symbol ("57/NQ-TW")
        kind = (
            _kind_before(doc, m.start())
            or _header_kind(doc, m.start(), m.end())
            or SYMBOL_KINDS.get(letters.upper(), "CV")  # "4912/UBND-NC": a letter
        )
        letters = _LETTER_CASE.get(letters.upper(), letters)
        if system == "party":
            symbol = f"{num}-{letters}/{iss}"
        else:
            iss = _CODE_CASE.get(iss.upper(), iss)  # an upper-case title writes "19/CT-TTG"
            symbol = f"{num}/{year}/{letters}-{iss}" if year else f"{num}/{letters}-{iss}"
    issued_on, pos = date_after(doc, m.end())
    issued_on = issued_on or _issued_on_before(doc, m.start()) or _header_date(doc, m.start(), m.end())
    issuer, _ = _issuer_after(doc, pos)
    issuer = issuer or _issuer_before(doc, m.start())
    if issuer in ("Đoàn kiểm tra", "Đoàn giám sát"):
        issuer = _team_named_before(doc, m.start(), issuer)
    if (
        system == "party"
        and m.group("iss") == "TƯ"
        and (
            (_issuer_info(issuer) or ("", "", ""))[2] == "provincial"
            or _PROVINCIAL_HEADER.search(doc.match, 0, m.start())
        )
    ):
        iss = "TU"  # "Nghị quyết 13-NQ/TƯ của Tỉnh ủy": a provincial committee's symbol written with a horn
        symbol = f"{num}-{letters}/{iss}"
    number = f"{num}/{year}" if year else num
    code = iss.split("-")[0] if system != "law" else iss
    level = _level(code) if system == "law" else _level_of(code, issuer)
    results = [_mention(doc, Resolution(symbol, kind, number, issuer, code, issued_on, level), m.start(), m.end())]
    # enumerations: "Nghị quyết số 18, 19-NQ/TW" -> 18-NQ/TW too
    cursor = m.start()
    while system == "party" and (e := _ENUM_BEFORE.search(doc.match[max(0, cursor - 12) : cursor])):
        other = e.group(1)
        start = max(0, cursor - 12) + e.start(1)
        res = Resolution(f"{other}-{m.group('kind')}/{iss}", kind, other, issuer, code, None, _level(code))
        results.append(_mention(doc, res, start, start + len(other)))
        cursor = start
    return results


#: the text's own number in its header ("Số: 55/2007/CT-UBND") and the kind line under it ("QUYẾT ĐỊNH"): the kind
#: of the text, whatever the letters say
_NUMBER_LINE = re.compile(r"(?:^|\n)[ \t|*_]*Số[ \t]*:?[ \t]*$")
_HEADER_KIND_LINE = re.compile(
    r"\n[ \t]*(QUYẾT ĐỊNH|KẾ HOẠCH|NGHỊ QUYẾT|CHỈ THỊ|THÔNG BÁO|BÁO CÁO|CHƯƠNG TRÌNH|TỜ TRÌNH|QUY ĐỊNH|HƯỚNG DẪN"
    r"|KẾT LUẬN)[ \t]*\n"
)


#: the place and date line of a header, after its number ("Số: 07/CT-UBND\nLâm Đồng, ngày 26 tháng 4 năm 2023")
_PLACE_DATE_LINE = re.compile(
    r"[ \t|*_]*\n?[ \t|*_]*[A-ZĐ][^\n,|]{1,40},[ \t]*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})"
)


def _header_date(doc: Doc, start: int, end: int) -> str | None:
    """The date of the text's own number in its header: the place and date line right after it (the text's own
    document, which an older one of the same number it cites is not)."""
    if start > _HEADER_WINDOW or not _NUMBER_LINE.search(doc.match, max(0, start - 12), start):
        return None
    line = _PLACE_DATE_LINE.match(doc.match, end)
    if line is None:
        return None
    return iso_date(int(line.group(1)), int(line.group(2)), int(line.group(3)), doc.published)


def _header_kind(doc: Doc, start: int, end: int) -> str | None:
    if start > _HEADER_WINDOW or not _NUMBER_LINE.search(doc.match, max(0, start - 12), start):
        return None
    line = _HEADER_KIND_LINE.search(doc.match, end, end + 250)
    return _KIND_OF_WORD.get(line.group(1).lower()) if line else None


#: the issuer block of a provincial committee's own document, then its number line ("TỈNH ỦY THỪA THIÊN HUẾ ...
#: Số 445-KL/TƯ"): the symbol is the committee's
_PROVINCIAL_HEADER = re.compile(r"\A[^\n]{0,80}(?:TỈNH|THÀNH) ỦY[^\n]*\n(?:[^\n]*\n){0,3}[ \t*_|]*Số[ \t]*:?[ \t]*\Z")
#: the next number of a list after a kind word and number (", 59", " và 68": "Nghị quyết 72 và 73 ngày 17/5"); not a
#: count ("... và 30 ngày", "... và 5 năm"), while a date after it ("73 ngày 17/5") is the last one's date
_SHORT_MORE = re.compile(
    r"\s*(?:,|và)\s*(?:số\s*)?(\d{1,4})(?![\d/\w-]|\s?[-–]\s?[A-ZĐ]|\s+(?:năm|tháng)\b|\s+ngày\b(?!\s+\d))"
)


#: "Ngày 10/12/2025, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 05-NQ/TU ...": the opening date is the
#: date of the document the sentence says was issued
_OPENING_DATE = re.compile(
    r"[Nn]gày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\s*,[^.;\n]{0,100}?"
    r"\s(?:đã\s+|vừa\s+)?ban hành\s+"
    rf"(?:{_KIND_WORD})\s+(?:số\s*)?$"
)


def _issued_on_before(doc: Doc, start: int) -> str | None:
    s, _ = doc.sentence_bounds(start)
    opening = _OPENING_DATE.search(doc.match, max(s, start - 160), start)
    if opening is None:
        return None
    return iso_date(int(opening.group(1)), int(opening.group(2)), int(opening.group(3)), doc.published)


#: a central Party issuer named after a short mention's topic (and the topics of the mentions listed with it)
_CENTRAL_AFTER_TOPIC = re.compile(
    r"\s+về\s[^.;:\n]{0,160}?\scủa\s+(Bộ Chính trị|Ban Bí thư(?: Trung ương Đảng)?|Ban Chấp hành Trung ương(?: Đảng)?)"
    r"(?![\w])"
)


#: "thông báo " just before a numbered "kết luận số 01": a notice of conclusions (TB), not the conclusion (KL)
_NOTICE_OF = re.compile(r"(?i)thông báo\s+$")


def _from_short(doc: Doc, m: re.Match[str], num: str, start: int, end: int, tail: int) -> Found:
    """One numbered document of a kind-word mention; its date and issuer are read after ``tail``."""
    word = m.group("word")
    kind = _KIND_OF_WORD.get(word.lower()) or KIND_ABBREVIATIONS.get(word.upper(), word)
    if kind == "KL" and _NOTICE_OF.search(doc.match, max(0, m.start() - 12), m.start()):
        kind = "TB"  # "thông báo kết luận số 01 của Bộ Chính trị": the kind follows the first word, a notice
    issued_on, pos = date_after(doc, tail)
    issuer, _ = _issuer_after(doc, pos)
    if issuer is None:
        before = _ISSUED_BY.search(doc.match[max(0, m.start() - 120) : m.start()])
        if before:
            issuer = before.group(1)
    if issuer is None and (later := _CENTRAL_AFTER_TOPIC.match(doc.match, pos)):
        issuer = later.group(1)  # "Nghị quyết 79 về ... và Nghị quyết 80 về ... của Bộ Chính trị"
    info = _issuer_info(issuer)
    letters = {"QĐi": "QĐ", "CTr": "CTr"}.get(kind, kind)
    if info is None:
        key = (
            f"{num}-{letters}/TU"
            if kind in {"KH", "CT", "KL", "TB", "CTr", "BB", "HD"}
            else f"{word[0].upper()}{word[1:]} {num}"
        )
        code, level = None, ("provincial" if "/" in key else None)  # the "/TU" of the key is a guess, not a code
    elif info[1] == "party":
        key, code, level = f"{num}-{letters}/{info[0]}", info[0], info[2]
    else:
        key, code, level = f"{num}/{letters}-{info[0]}", info[0], info[2]
    res = Resolution(key, kind, num, issuer, code, issued_on, level)
    return _mention(doc, res, start, end)


#: a kind word with its number and date in brackets, the issuer after them: "Quyết định (số 1701, ngày 27/12/2023) của
#: Thủ tướng Chính phủ", "Nghị quyết (số 12/2024) của HĐND tỉnh" (read from the literal "(số" or "( số", a fast scan)
_BRACKETED_NUMBER = re.compile(
    rf"(?P<word>{_KIND_WORD})\s*\(\s*số\s*(?P<num>\d{{1,5}}(?:/(?:19|20)\d{{2}})?)(?![\d/])(?P<rest>[^()\n]{{0,40}})\)"
)


def bracketed_numbers(doc: Doc, mentions: list[Found]) -> list[Found]:
    """Documents numbered in brackets after their kind word, named only when an issuer follows the brackets."""
    if "(số" not in doc.match and "( số" not in doc.match:
        return []
    taken = {f.start for f in mentions}
    out: list[Found] = []
    for m in _BRACKETED_NUMBER.finditer(doc.match):
        if m.start() in taken or _issuer_after(doc, m.end())[0] is None:
            continue  # "Quyết định (số 12)" with no issuer after it: no symbol to build
        found = _from_short(doc, m, m.group("num"), m.start(), m.end(), m.end())
        if found.resolution.issued_on is None:
            found.resolution.issued_on = date_after(doc, m.start("rest") + 1)[0]  # (", ngày 27/12/2023" inside)
        out.append(found)
    return out


#: a congress resolution named by the Party organization alone, without an ordinal or term: "quán triệt Nghị quyết Đại
#: hội đại biểu Đảng bộ tỉnh Hòa Bình; ..." (the unit's name must follow its level, and the name end the clause)
_CONGRESS_OF_UNIT = re.compile(
    rf"Nghị quyết Đại hội(?:\s+[Đđ]ại biểu)?\s+Đảng bộ\s+{_PARTY_LEVEL}(?:\s+{CAP_WORD}){{1,4}}"
    r"(?=\s*[;,.:)\n]|\s+(?:và|đã|đề ra)\s)"
)


def named(doc: Doc) -> list[Found]:
    """Congress and plenum resolutions named without a number."""
    found = []
    matches = [*NAMED.finditer(doc.match), *NAMED_LOWER.finditer(doc.match)]
    if "Nghị quyết Đại hội" in doc.match:  # (the cheap look first)
        matches += [
            m for m in _CONGRESS_OF_UNIT.finditer(doc.match) if not any(n.start() == m.start() for n in matches)
        ]
    for m in sorted(matches, key=lambda m: m.start()):
        if doc.match[m.start()] == "n" and _GENERIC_PLURAL.search(doc.match, max(0, m.start() - 12), m.start()):
            continue  # "các nghị quyết Trung ương ...": several
        text = "N" + doc.match[m.start() + 1 : m.end()]  # "nghị quyết Đại hội XIII" is written "Nghị quyết ..."
        # "Nghị quyết Trung ương 4 (khóa XI, XII)": one resolution of each term
        terms = _TERMS.search(text)
        texts = [text[: terms.start()] + f" khóa {t}" for t in terms.group(1).split(",")] if terms else [text]
        for each in texts:
            key = " ".join(each.split())
            issuer = key.removeprefix("Nghị quyết").strip()
            found.append(_mention(doc, Resolution(key, "NQ", None, issuer, None, None, None), m.start(), m.end()))
    return found


#: the terms of a plenum named with several ("(khóa XI, XII)"), or one in brackets ("(khóa XII)")
_TERMS = re.compile(rf"\s*,?\s*\(?khóa\s+({_ROMAN}(?:\s*,\s*{_ROMAN})*)\)?$")


def described(doc: Doc, symbols: list[Found]) -> list[Found]:
    """Specific documents named by description: a report, a submission, a plan, a draft.

    A capitalised description is one document; a lower-case one only when something pins it
    down (an action on it, its author, its addressee, a period, a numbered document it is about).
    A report on several documents ("Báo cáo kết quả triển khai thực hiện Kết luận số 123-KL/TW ...;
    Nghị quyết số 57-NQ/TW ...") is one report per document."""
    found: list[Found] = []
    heads: dict[str, Resolution] = {}  # "báo cáo của ban thường vụ tỉnh ủy" -> the report it opened
    last_end = -1
    drawn_up, drawn_up_until = "", -1
    starts = [*_DESCRIBED_START.finditer(doc.match), *_DESCRIBED_LOWER.finditer(doc.match)]
    index = StartIndex(symbols)  # symbols looked up by where they start (a scan of all per match is quadratic)
    read: dict[str, dict[str, Resolution]] = {}
    #: the first words of each description read (kind, "báo cáo chính trị"): a shorter re-mention is that document
    shortened: dict[tuple[str, str], Resolution] = {}
    own_cache: list[Resolution | None] = []  # the text's own document, read on first need
    amending_until = -1  # where the title of an amending law read last ends
    amended: Resolution | None = None  # that law
    amending: re.Match[str] | None = None

    def plans() -> dict[str, Resolution]:  # read on first need
        if "plans" not in read:
            read["plans"] = _plans_by_number(doc, symbols)
        return read["plans"]

    for m in sorted(starts, key=lambda m: m.start()):
        word = m.group("word")
        if word[0].isupper() and _NUMBERED_AFTER.match(doc.match, m.end()):
            continue  # a numbered one is read by its symbol (the check below, first: what comes between only reads)
        if _TABLE_CELL_AFTER.match(doc.match, m.end()):
            continue  # "Loại văn bản | Kế hoạch |": a table's cell names the text's kind
        if m.start() < last_end and word[0].islower():
            continue  # inside the description before ("Tờ trình ... về kế hoạch phát triển ...")
        before = doc.match[max(0, m.start() - 25) : m.start()]
        if word == "báo cáo" and doc.match.startswith(" kết luận của ", m.end()):
            continue  # "văn bản báo cáo kết luận của Thủ tướng ...": reporting (a verb); the conclusion is the document
        if word == "Quy định" and not doc.match.startswith(" về ", m.end()) and not _NOUN_BEFORE.search(before):
            continue  # "Quy định rõ ...": a verb; "nội dung của Quy định nguyên tắc ...": a regulation
        read_from = m.end()
        if word == "Nghị quyết" and not _ABOUT_OR_YEAR.match(doc.match, m.end()):
            issued_or_listed = (
                _ISSUED_OR_ADOPTED.search(before)
                or _LIST_INTRO.search(before)
                or _LIST_ITEM.search(before)
                or _HANDED.search(before)  # "công bố Nghị quyết xác nhận tư cách đại biểu": announced, so one
                or _BRACKETED_ITEM.search(before)  # "các Nghị quyết: (1) Nghị quyết ban hành ...; (2) ..."
            )
            of_body_on = _OF_BODY_ON.match(doc.match, m.end())  # "Nghị quyết của Thường trực HĐND phường về ...": its
            # issuer and topic make it one, whatever comes before it
            if not (issued_or_listed or of_body_on) or (_NOT_ITS_CONTENT.match(doc.match, m.end()) and not of_body_on):
                continue  # "thông qua Nghị quyết với mục tiêu ...": no description (a congress's, read elsewhere)
            first = _FIRST_WORD.match(doc.match, m.end())  # (its verb "thông qua" ends no description)
            read_from = first.end() if first else m.end()
        if word == "nghị quyết" and (resolves := _COUNCIL_VERB.match(doc.match, m.end())) is not None:
            read_from = resolves.end()  # "nghị quyết thông qua danh mục ...": its verb ends no description
        end = _description_end(doc, read_from, index)
        if m.groupdict().get("period"):
            end = min(end, m.end("period"))  # "nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025 tại hội nghị ..."
        if word in ("Hiến pháp", "Luật") and (clause := _NEW_CLAUSE.search(doc.match, m.end(), end)):
            end = clause.start()  # "Theo Luật Tổ chức chính quyền địa phương, UBND tỉnh ..."
        if word == "Luật" and _AMENDING_AGAIN.match(doc.match, m.end()):
            # "dự án Luật sửa đổi, bổ sung một số điều của các luật nêu trên": the amending law named before
            again_end = _TITLE_VERB.search(doc.match, m.end(), _description_end(doc, m.end(), index))
            if amended is not None:
                found.append(_mention(doc, amended, m.start(), again_end.start() if again_end else m.end()))
            continue
        amending = _AMENDING.match(doc.match, m.end()) if word == "Luật" else None
        if amending is not None:
            # "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": one law, its title naming the laws it amends
            # (also over a hard line break, and over a list "Luật A số ..., Luật B số ..."); the laws named in it are
            # documents of their own too, read below
            end = amending_title_end(doc, amending.end())
            amending_until = end
        elif word == "Luật" and m.start() < amending_until:
            # a law the amending title names is a document the text names too (GOLD_FORMAT: the meeting or the text
            # cites every document it names), its name ending with the title at the latest
            end = min(end, amending_until)
        if (term := _TERM_ENDS.search(doc.match, m.end(), end)) is not None:
            end = term.end()  # "... Đại hội ... lần thứ I, nhiệm kỳ 2025-2030, Báo X đăng ...": the term ends it
        text = doc.match[m.start() : end].strip(" ,")
        if _GENERIC_KINDS_BEFORE.search(doc.match, max(0, m.start() - 70), m.start()):
            continue  # "các chỉ thị, kế hoạch của Bộ Chính trị ...": kinds of documents, not one
        if _TO_DRAW_UP.search(before) and not _DONE.search(before) and amending is None:
            continue  # "Hướng dẫn các chi bộ xây dựng Kế hoạch hành động ...": not written yet (a law's title, as
            # "dự án xây dựng Luật sửa đổi, bổ sung ...", names that one law, drafted or not)
        if word.lower() == "kế hoạch" and (_TOPIC_OR_TARGET if word[0].islower() else _TOPIC_CAPITAL).search(
            doc.match, max(0, m.start() - 130), m.start()
        ):
            continue  # "Nghị quyết số 45/NQ-HĐND về kế hoạch đầu tư công", "giao kế hoạch phát triển": none
        if word[0].islower():
            if _TO_DRAW_UP.search(before) or (drawn_up == word.lower() and m.start() < drawn_up_until):
                drawn_up, drawn_up_until = word.lower(), doc.sentence_bounds(m.start())[1]
                continue  # and the same kind listed after it in the sentence
            pinned = _PINNED.search(text) or index.first_within(m.start(), end) is not None
            listed = _same_kind_listed(doc, m)  # "thông qua nghị quyết về A và nghị quyết về B"
            if (
                _GENERIC_BEFORE.search(before[-12:])
                and not (before.rstrip().endswith(",") and _PINNED.search(text))
                and not listed
            ):
                continue
            if not (_ACTED_ON.search(before) or pinned or _LIST_INTRO.search(before) or listed):
                continue
        elif _GENERIC_PLURAL.search(before[-12:]) and word not in ("Hiến pháp", "Luật"):
            continue  # the Constitution and a law named by title are one document wherever they stand
        if len(text.split()) < 3 or _NUMBERED_AFTER.match(doc.match, m.end()) or _BARE_ACTION.fullmatch(text):
            continue
        if " của " in text and _OF_MANY.match(text):
            continue  # "báo cáo tham luận của các sở, ngành", "Báo cáo thẩm tra của các Ban": several documents
        if word == "báo cáo" and _REPORTER_BEFORE.search(before):
            continue  # "Trưởng Ban Pháp chế HĐND tỉnh báo cáo kết quả thẩm tra ...": the body reports, a verb
        verb = _REPORTS_TO.match(doc.match, m.end()) if word.lower() == "báo cáo" else None
        if verb is not None and not (_ACTED_ON.search(before) and verb.group(0).split()[0] in _REPORT_KINDS):
            continue  # "Báo cáo tại hội nghị, ông X cho biết", "báo cáo Ban Thường vụ kết quả ...": a verb
        if (
            word == "Báo cáo"
            and not doc.match[doc.sentence_bounds(m.start())[0] : m.start()].strip()
            and _SPEAKS_AFTER.match(doc.match, m.end(), min(len(doc.match), end + 80))
        ):
            continue  # "Báo cáo về tiến độ thực hiện, Ban Tuyên giáo Tỉnh ủy cho biết ...": reporting, a verb
        if word.lower().endswith("kế hoạch") and (again := _plan_named_before(text, found)) is not None:
            found.append(_mention(doc, again, m.start(), end))  # the draft plan described before, whatever is asked
            continue
        if _OWNED_BY_MANY.match(doc.match, end):
            continue  # "kế hoạch hành động thực hiện Nghị quyết ... của các đơn vị": each unit's plan, no one document
        to_be_written = _TO_BE_WRITTEN.search(doc.match, m.end(), end + 80) and not _HAD.search(before)
        if _SUBJECT_OF.match(text) or text.endswith("như sau") or to_be_written:
            continue
        if word.lower().endswith("kế hoạch") and _COUNTED.match(doc.match, m.end()):
            continue  # "Kế hoạch 5 năm (2026 - 2030)": a kind of plan, named by its length
        issued_plan = (_ISSUED_DONE.search(before) is not None and _PINNED.search(text) is not None) or (
            before.endswith("ban hành ") and _in_a_numbered_title(doc, m.start(), index)
        )
        if (
            (_GENERIC_PLAN.match(text) and not issued_plan)
            or _BODY_BEFORE.search(before)
            or (word == "Kế hoạch" and _MINISTRY_BEFORE.search(before))
            or _MODAL_AFTER.match(doc.match, end)
        ):
            continue  # "kế hoạch thực hiện phù hợp ...", "Vụ Kế hoạch - Tài chính", "Báo cáo tự đánh giá phải ..."
        if word in ("Hiến pháp", "Luật") and amending is None and index.first_within(m.start(), end) is not None:
            continue  # "Luật Bảo hiểm xã hội số 41/2024/QH15": the numbered document
        if _ISSUING.search(before) and _issued_as_follows(doc, m.end(), end):
            continue  # "UBND tỉnh ban hành Kế hoạch ... với những nội dung sau:": the text itself
        if (
            word == "Kế hoạch"
            and _OWN_ISSUER_ISSUES.search(doc.match, max(0, m.start() - 80), m.start())
            and _in_own_plan_preamble(doc, m.start(), symbols, own_cache)
        ):
            continue  # "UBND tỉnh ban hành Kế hoạch thực hiện ..." before a plan's body: the text itself again
        if _VAGUE.search(text) or _VAGUE_AFTER.match(doc.match, m.end()):
            continue
        if (only := _ONLY_ISSUER.fullmatch(text)) is not None:
            # "kế hoạch của Ban Thường vụ Tỉnh ủy" with no topic, period or number: the numbered plan of that
            # issuer the text names (GOLD_FORMAT: a bare re-mention is the document named), else no document
            same = _numbered_of_issuer(symbols, "KH", only.group(1))
            if same is not None:
                found.append(_mention(doc, same, m.start(), end))
            continue
        if word.lower() == "tờ trình" and (shared := _SHARED_TOPIC.match(doc.match, end)) is not None:
            # "Tờ trình của UBND tỉnh và dự thảo Nghị quyết của HĐND tỉnh về X": the submission's topic is X too
            topic = " ".join(shared.group("topic").split())
            text = f"{text} {topic}"
            last_end = shared.end()
            # and the draft itself, by the same topic (the one read by its issuer, when there is one, is kept)
            draft = " ".join(doc.match[shared.start("kind") : shared.start("topic")].split()) + f" {topic}"
            found.append(_mention(doc, Resolution(draft, "NQ" if draft.startswith("Nghị") else "QĐ", None, None, None,
                                                  None, None), shared.start("kind"), shared.end()))  # fmt: skip
        kind_word = " ".join(re.sub(r"^dự thảo\s+", "", word.lower()).split())
        kind = _DESCRIBED_KINDS.get(kind_word) or _DESCRIBED_KINDS.get(kind_word.split()[0], "NQ")
        key = " ".join(re.sub(r"^[Dd]ự thảo\s+", "", text).split())  # (one line: a title wrapped over a line break)
        key = key[0].upper() + key[1:]
        congress_named = any(f.resolution.key.startswith("Nghị quyết Đại hội") for f in symbols)
        if congress_named and _BARE_CONGRESS_KEY.fullmatch(key):
            continue  # a bare "(dự thảo) Nghị quyết Đại hội" is the congress resolution named in the text
        if key.isupper():
            key = key.capitalize()
        if kind == "KH" and (same := _numbered_plan_for(text, plans()) or _plan_named_before(text, found)):
            found.append(_mention(doc, same, m.start(), end))  # "ban hành kế hoạch thực hiện Nghị quyết 68-NQ/TW"
            continue
        head = _HEAD_OF.match(key)
        if head is not None and head.group("head").lower() in heads and not _ABOUT_NEXT.match(key, head.end()):
            found.append(_mention(doc, heads[head.group("head").lower()], m.start(), end))  # the same report again
            last_end = end
            continue
        if (earlier := shortened.get((kind, key.lower()))) is not None:
            found.append(_mention(doc, earlier, m.start(), end))  # "dự thảo Báo cáo chính trị" after its full name
            last_end = end
            continue
        issuer_m = _DESCRIBED_ISSUER.search(key)
        issuer = issuer_m.group(1) if issuer_m else None
        resolution = Resolution(key, kind, None, issuer, None, None, None)
        if head is not None:
            heads.setdefault(head.group("head").lower(), resolution)
        words = key.lower().split()
        for n in range(2, min(len(words), 8)):  # its shorter forms (at least two words, as "Báo cáo chính trị")
            shortened.setdefault((kind, " ".join(words[:n])), resolution)
        found.append(_mention(doc, resolution, m.start(), end))
        if amending is not None:
            amended = resolution
        last_end = end
        found.extend(_distributed(doc, m.start(), end, key, kind, index))
    return found


#: an amending law's title after "Luật" ("Luật Sửa đổi, bổ sung một số điều của Luật ..."), and where it ends: its date,
#: number or year, or the clause end
_AMENDING = re.compile(r"\s+[Ss]ửa\s+đổi,?\s+bổ\s+sung\s+một\s+số\s+điều\s+(?:của\s+)?(?:các\s+)?(?:\d+\s+)?[Ll]uật")
_AMENDING_END = re.compile(r"[;:]|\.(?!\d)|\s+(?:ngày\s+\d|số\s+\d|năm\s+(?:19|20)\d{2}(?!\d))|,\s+(?=[A-ZĐ])")
#: the next law of the list an amending law's title names, after the law before it and that law's symbol: "... của
#: Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật ...", "... của Luật Đất đai sửa đổi, Luật Nhà ở ..."
_AMENDED_NEXT = re.compile(r"(?:\s+số\s+\d{1,4}/(?:19|20)\d{2}/QH\d{2})?(?:\s*,\s*(?:và\s+)?|\s+và\s+)(?=Luật\s)")
#: the symbol of the last law of such a list ("..., Luật Các tổ chức tín dụng số 32/2024/QH15, trình Quốc hội ...")
_AMENDED_SYMBOL = re.compile(r"\s+số\s+\d{1,4}/(?:19|20)\d{2}/QH\d{2}")
#: a verb after a law's title ("... đại biểu Hội đồng nhân dân đề xuất rút ngắn ...", "... theo trình tự rút gọn")
_TITLE_VERB = re.compile(_TITLE_VERB_AFTER + r"|\s+(?=theo\s)")
#: "Luật sửa đổi, bổ sung một số điều của các luật nêu trên": the amending law named before, again
_AMENDING_AGAIN = re.compile(
    r"\s+[Ss]ửa\s+đổi,?\s+bổ\s+sung\s+một\s+số\s+điều\s+(?:của\s+)?các\s+luật\s+(?:nêu\s+)?(?:trên|này)"
)


def amending_title_end(doc: Doc, start: int) -> int:
    """Where the title of an amending law that starts reading at `start` (after "... một số điều của Luật") ends.

    The title names the laws it amends, one or a list ("Luật A, Luật B và Luật C", each with its symbol or not): it
    reads on over each ", Luật" and "và Luật", and ends at the date, number or year after the last law, the clause
    end, or a verb ("Luật sửa đổi, bổ sung một số điều của Luật Bầu cử ... đề xuất ...")."""
    limit = min(len(doc.match), start + 400)
    pos, listed = start, False
    while True:
        stop = _AMENDING_END.search(doc.match, pos, limit)
        end = stop.start() if stop else limit
        verb = _TITLE_VERB.search(doc.match, pos, end)
        if verb is not None:
            return verb.start()
        nxt = _AMENDED_NEXT.match(doc.match, end)
        if nxt is None or nxt.end() >= limit:
            last = _AMENDED_SYMBOL.match(doc.match, end) if listed else None
            return last.end() if last is not None else end
        pos, listed = nxt.end() + len("Luật"), True


#: a body that issues a plan, opening its clause ("UBND tỉnh ban hành Kế hoạch ..."), not a document that does
#: ("Nghị quyết số 138/NQ-CP ... của Chính phủ ban hành Kế hoạch hành động ...")
_OWN_ISSUER_ISSUES = re.compile(
    r"(?:^|[.;,:\n]\s*)(?:UBND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|Ban Thường vụ|Ban Chấp hành|HĐND|Hội đồng nhân dân)"
    r"[^,.;:\n]{0,40}?\s+(?:đã\s+|vừa\s+)?ban\s+hành\s+$"
)
#: a draft resolution after a submission, sharing its topic: "Tờ trình của UBND tỉnh và dự thảo Nghị quyết của HĐND
#: tỉnh về việc thông qua ..." (the topic, group "topic", to the end of the item)
_SHARED_TOPIC = re.compile(
    r"\s+và\s+dự\s+thảo\s+(?P<kind>Nghị quyết|Quyết định)(?:\s+của\s+[^,;.:\n]{2,40}?)?\s+"
    r"(?P<topic>(?:về|[Qq]uyết định|quy định|thông qua|phê duyệt)\s[^;\n]{3,220}?)"
    r"(?=\s*(?:;|\.\s|\.$|\n|$))"
)
#: where the body of a plan starts ("I. MỤC ĐÍCH", "1. ...", "Điều 1."): its preamble comes before
_PLAN_BODY = re.compile(r"(?m)^[ \t]*(?:I\s*[.-]|1\.(?!\d)|Điều 1(?!\d))")  # (not a wrapped "1.000 ngày ...")


def _in_own_plan_preamble(doc: Doc, start: int, symbols: list[Found], own_cache: list[Resolution | None]) -> bool:
    """``start`` is in the preamble of a text that is itself a numbered plan (its header), before the plan's body:
    there "UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW và ..." issues the text itself, not another
    plan named before it."""
    if not own_cache:
        own_cache.append(own_document(doc, symbols))
    own = own_cache[0]
    if own is None or own.kind != "KH" or not own.number:
        return False
    body = _PLAN_BODY.search(doc.match)
    return body is None or start < body.start()


#: kinds of documents listed after a plural before a description ("các chỉ thị, kế hoạch của ...", "những nghị
#: quyết và kế hoạch ..."): the description names no one document
_GENERIC_KINDS_BEFORE = re.compile(
    r"(?:các|những|mọi)\s+(?:(?:nghị quyết|chỉ thị|kết luận|quyết định|quy định|hướng dẫn|chương trình|đề án|văn bản"
    r"|kế hoạch)\s*(?:,|và|hoặc)\s*)+$",
    re.IGNORECASE,
)
#: a plan named by its issuer alone: "kế hoạch của Ban Thường vụ Tỉnh ủy" (read on the description's text)
_ONLY_ISSUER = re.compile(
    rf"(?:[Dd]ự thảo\s+)?[Kk]ế hoạch\s+của\s+({'|'.join(map(re.escape, _ISSUER_NAMES))})", re.IGNORECASE
)


def _numbered_of_issuer(symbols: list[Found], kind: str, issuer: str) -> Resolution | None:
    """The first numbered document of this kind whose issuer code is that of ``issuer`` (one pass, on need)."""
    info = _issuer_info(issuer)
    if info is None:
        return None
    return next(
        (f.resolution for f in symbols if f.resolution.kind == kind and f.resolution.issuer_code == info[0]), None
    )


#: a report or submission by its author ("Báo cáo của Ban Thường vụ Tỉnh ủy"), and what may follow it to make a
#: new one ("về ...", "tổng kết ..."); anything else after the same head is that report again
_HEAD_OF = re.compile(
    rf"(?P<head>(?:Báo cáo|Tờ trình)(?:\s+\S+){{0,2}}?\s+của\s+(?:{'|'.join(map(re.escape, _ISSUER_NAMES))}))(?![\w])"
)
_ABOUT_NEXT = re.compile(r"\s+(?:về|tổng kết|sơ kết|kết quả|[Qq]uyết định chủ trương)\s")
#: the document being issued right here, published after "như sau:" or "với những nội dung sau:"
_ISSUING = re.compile(r"(?:ban\s+hành|xây\s+dựng)\s*$")  # also over a hard line break ("ban\nhành")


#: a kind word with only a generic action after it ("ban hành kế hoạch triển khai"): not one document
_BARE_ACTION = re.compile(
    r"(?i)\S+(?:\s\S+)?\s+(?:triển khai|thực hiện|triển khai thực hiện|hành động|công tác|cụ thể hóa|chi tiết)"
)
#: a document number after the kind word ("Kế hoạch số 331", "Báo cáo 104-BC/TU"), not a period
#: ("báo cáo 01 năm") nor a year ("Hiến pháp 2013")
#: (also "số:" as a legal database's copy writes it: "Xét Tờ trình số: 69/TTr-UBND")
_NUMBERED_AFTER = re.compile(r"\s+(?:số\s*:?\s|(?!(?:19|20)\d{2}(?!\d))\d+(?!\d|\s+(?:năm|tháng|quý)))")
#: a kind word in a cell of a metadata table ("Loại văn bản | Kế hoạch |"): the kind of the text, no document
_TABLE_CELL_AFTER = re.compile(r"[ \t]*\|")
#: what pins a lower-case description to one document
_PINNED = re.compile(
    r"\s(?:của|gửi)\s+(?:Ban|Bộ|Tỉnh|Thành|UBND|HĐND|Chính|Thủ|Quốc)|\svề việc\s"
    # the congress it goes to ("dự thảo báo cáo chính trị trình Đại hội Đảng bộ tỉnh lần thứ XI"): one report
    r"|\strình\s+Đại hội\s"
    r"|\(?(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\)?"
)
#: words before a capitalised kind word that make it a noun ("của Quy định nguyên tắc ...", "Căn cứ Quy định ...")
_NOUN_BEFORE = re.compile(r"(?:của|ban hành|theo|[Cc]ăn cứ|thực hiện|kèm theo|sửa đổi)\s+$")
_ACTED_ON = re.compile(
    r"(?:ý kiến(?: vào| về)?|nghe|thống nhất|thông qua|trình bày(?: tóm tắt)?|ban hành|gồm|(?<![\w])ra)\s*$"
)
#: a lower-case document someone is to draw up ("giao Bộ Tài chính xây dựng báo cáo ... và báo cáo ..."): not yet one
_TO_DRAW_UP = re.compile(
    r"(?:xây dựng|chuẩn bị|soạn thảo|hoàn thiện"
    # or still to be issued: "tham mưu ban hành kế hoạch ...", "yêu cầu sớm ban hành Kế hoạch ...", "cần ban hành"
    rf"|(?:{'|'.join(TO_BE_ISSUED)}|để)\s+ban hành)\s+$"
)
_DONE = re.compile(r"(?:đã|vừa)\s+(?:xây dựng|chuẩn bị|soạn thảo|hoàn thiện)\s+$")
_LIST_INTRO = re.compile(r"(?:gồm|bao gồm|[:;])\s*$")
#: an item of a list on a line of its own ("a) Nghị quyết quy định chế độ công tác phí ...", "- Nghị quyết phân cấp
#: nguồn thu ..."): a council's resolutions listed by what each does
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])[ \t]*$")
#: "báo cáo ... các nội dung trọng tâm này", "kế hoạch và phân công ...": not one document
_VAGUE = re.compile(
    r"\s(?:này|đó|trên|nêu trên)$"
    r"|(?<!trong)\scác\s+(?:nội dung|cơ quan|đơn vị(?! hành chính)|nhiệm vụ|nghị quyết|văn bản|chỉ thị|kết luận"
    r"|kế hoạch|dự thảo)"
    # "báo cáo về Ban Thường vụ": to whom it goes, not what it is
    r"|^\S+(?:\s\S+)?\s+(?:về|lên|với)\s+(?:Ban|Bộ|Tỉnh|Thành|UBND|HĐND|Thường trực)"
)


def _same_kind_listed(doc: Doc, m: re.Match[str]) -> bool:
    """The same lower-case description opened earlier in the sentence, then "và" or ";": a list of them."""
    s, _ = doc.sentence_bounds(m.start())
    head = doc.match[m.start() : m.end() + 4]
    if re.search(r"(?:gồm|bao gồm)\s*:[^.;]*(?:,|\s+và)\s*$", doc.match[s : m.start()]):
        return True  # an item of a list opened by "gồm:" (its last one after "và" too)
    return bool(re.search(r"(?:\s+và|;)\s*$", doc.match[s : m.start()])) and head in doc.match[s : m.start()]


#: a plan named by what it carries out: "kế hoạch (hành động) (triển khai) thực hiện Nghị quyết 68-NQ/TW"
_PLAN_FOR = re.compile(r"(?i)kế hoạch\s+(?:hành động\s+)?(?:triển khai\s+)?thực hiện\s+[^.;\n]{0,120}?(?:số\s+)?(\d+)")
_PLAN_CUE = re.compile(r"(?:triển khai\s+)?thực hiện\s+(?:[^.;\n]{0,120}?\s)?(?:số\s+)?(\d+)")


def _plan_named_before(text: str, found: list[Found]) -> Resolution | None:
    """A plan described before as carrying out the same numbered document ("Kế hoạch của Ban Thường vụ Tỉnh ủy
    thực hiện Kết luận số 91-KL/TW", then "kế hoạch thực hiện Kết luận 91")."""
    purpose = _PLAN_FOR.match(text)
    if purpose is None:
        return None
    for f in found:
        other = f.resolution
        cue = _PLAN_CUE.search(other.key) if other.kind == "KH" and other.number is None else None
        if cue is not None and cue.group(1).lstrip("0") == purpose.group(1).lstrip("0"):
            return other
    return None


def _numbered_plan_for(text: str, plans: dict[str, Resolution]) -> Resolution | None:
    """The numbered plan of the text that carries out the same document ("Kế hoạch số 301-KH/TU triển khai thực
    hiện Nghị quyết số 68-NQ/TW"): a plan named by its purpose is that plan again (``plans``: see
    :func:`_plans_by_number`)."""
    purpose = _PLAN_FOR.match(text)
    if purpose is None:
        return None
    same = plans.get(purpose.group(1).lstrip("0"))
    if same is None and (kind := _PURPOSE_KIND.search(text)) is not None:
        # the one numbered plan of the text said to carry out a bare "Nghị quyết" ("Kế hoạch số 71/KH-UBND nhằm triển
        # khai Nghị quyết."): a headline's "Kế hoạch thực hiện Nghị quyết 57-NQ/TW" is that plan
        same = plans.get(f"bare {kind.group(0).lower()}")
    return None if same is _AMBIGUOUS else same


def _plans_by_number(doc: Doc, symbols: list[Found]) -> dict[str, Resolution]:
    """Each numbered plan by the number of what it carries out, the first in ``symbols`` for each number: the
    number after its cue ("... triển khai thực hiện Nghị quyết số 68"), or "Kế hoạch số 27-KH/ĐU thực hiện Nghị
    quyết của Bộ Chính trị" then the document named next. Read once per text, not once per question."""
    order = sorted(range(len(symbols)), key=lambda i: (symbols[i].start, i))  # min() by start keeps list order
    starts = [symbols[i].start for i in order]
    plans: dict[str, Resolution] = {}
    for f in symbols:
        if f.resolution.kind == "KH" and f.resolution.number:
            cue = _PLAN_CUE.search(doc.match, f.end, f.end + 120)
            if cue:
                plans.setdefault(cue.group(1).lstrip("0"), f.resolution)
            bare = _BARE_PURPOSE.match(doc.match, f.end)
            if bare is not None:
                key = f"bare {bare.group(1).lower()}"
                plans[key] = f.resolution if plans.get(key, f.resolution) is f.resolution else _AMBIGUOUS
            k = bisect.bisect_left(starts, f.end)  # the symbol named next
            after = symbols[order[k]] if k < len(order) else None
            if after is not None and _CUE_THEN.fullmatch(doc.match, f.end, after.start):
                plans.setdefault((after.resolution.number or "").lstrip("0"), f.resolution)
    return plans


_CUE_THEN = re.compile(r"[^.;\n]{0,60}?(?:triển khai\s+)?thực hiện\s+")
#: a numbered plan said to carry out a document named only by its bare kind word: "Kế hoạch số 71/KH-UBND (ngày ...)
#: nhằm triển khai Nghị quyết."
_BARE_PURPOSE = re.compile(
    r"[^.;\n]{0,60}?\s(?:(?:nhằm|để)\s+)?(?:triển khai thực hiện|triển khai|thực hiện|cụ thể hóa)\s+"
    r"(Nghị quyết|Chỉ thị|Kết luận|Quyết định)(?:\s+(?:này|trên|nói trên))?\s*[.,;]"
)
#: the kind of the document a described plan carries out ("Kế hoạch thực hiện Nghị quyết 57-NQ/TW": "Nghị quyết")
_PURPOSE_KIND = re.compile(r"(?<=thực hiện )(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định)")
#: two plans that carry out a bare kind word: neither is the one a description names
_AMBIGUOUS = Resolution("", "KH", None)


#: a plan of what is generic ("kế hoạch thực hiện phù hợp với ...", "Kế hoạch thực hiện quy hoạch"), or the
#: text's own plan again ("thực hiện Kế hoạch từ nguồn ...", "Kế hoạch theo ...")
_GENERIC_PLAN = re.compile(
    rf"[Kk]ế hoạch\s+(?:(?:triển khai\s+)?thực hiện\s+[{LOWER}]|(?:từ|theo|trong|với|tại|trên)\s)"
)
_COUNTED = re.compile(r"\s+\d{1,2}\s+năm(?![\w])")
#: what may stand between a numbered document and the plan its title issues ("Nghị quyết số 74/NQ-CP ngày 7/4/2025
#: của Chính phủ về ban hành Kế hoạch ..."): its date, issuer and "về", no clause end
_TITLE_BETWEEN = re.compile(r"[^;.\n]{0,100}")


def _in_a_numbered_title(doc: Doc, start: int, symbols: StartIndex[Found]) -> bool:
    """A plan issued in the title of a numbered document right before it (the plan is a document of its own,
    GOLD_FORMAT: "Quyết định A ban hành Kế hoạch B ...")."""
    near = [f for f in symbols.within(max(0, start - 110), start) if f.end <= start]
    return bool(near) and _TITLE_BETWEEN.fullmatch(doc.match, near[-1].end, start) is not None


#: a plan already issued ("UBND tỉnh vừa ban hành Kế hoạch thực hiện sắp xếp ..., giai đoạn 2023 - 2025"): with its
#: period it is one document, not a generic "kế hoạch thực hiện ..."
_ISSUED_DONE = re.compile(r"(?:đã|vừa|mới)\s+ban hành\s+$")
#: a capitalised "Nghị quyết" followed by lower case is a document named by what it does only when issued or adopted
#: right before ("ban hành Nghị quyết thông qua Đồ án ...", "thông qua Nghị quyết chuyên đề về ...")
_ABOUT_OR_YEAR = re.compile(r" (?:về|năm (?:19|20)\d{2}(?!\d)) ")
_FIRST_WORD = re.compile(r"\s*\S*")
_ISSUED_OR_ADOPTED = re.compile(r"(?<![\w])(?:ban hành|thông qua)\s+$")
#: words after it that start no description: its manner, purpose or a verb ("Nghị quyết với mục tiêu ...")
_NOT_ITS_CONTENT = re.compile(
    r"\s+(?:với|của|này|đó|trên|và|để|nhằm|đã|được|sẽ|cũng|là|có|gồm|số|tại|trong|theo|cho|đề ra|mới)(?![\w])"
)
#: a department named after a kind word ("Vụ Kế hoạch - Tài chính", "Phòng Kế hoạch")
_BODY_BEFORE = re.compile(r"(?:Vụ|Sở|Phòng|Ban|Cục)\s+$")
#: the ministry before "Kế hoạch" ("gửi Bộ Kế hoạch - Đầu tư báo cáo ..."; not "Bộ Luật", a code)
_MINISTRY_BEFORE = re.compile(r"Bộ\s+$")
#: a general statement about a kind of document ("Báo cáo tự kiểm tra phải ...")
_MODAL_AFTER = re.compile(r"\s+phải\s")


#: a report by many bodies ("báo cáo tham luận của các sở, ngành", "Báo cáo thẩm tra của các Ban")
_OF_MANY = re.compile(r"(?i)\S+\s+\S+(?:\s+\S+){0,2}?\s+của\s+(?:các|những|từng)\s")
#: a speaker right after a report's description, at the start of its sentence: "Báo cáo về tiến độ, Ban Tuyên giáo
#: Tỉnh ủy cho biết ...": reporting (a verb), no document
_SPEAKS_AFTER = re.compile(
    r"[^,.;:\n]{2,120}?,\s+[^,.;:\n]{2,60}?\s(?:cho biết|cho hay|nêu rõ|thông tin|khẳng định)(?![\w])"
)
#: words after "báo cáo" that make it a verb, unless something is done to it: "nghe Báo cáo tóm tắt ..." is a report
_REPORT_KINDS = ("tóm", "nhanh", "giải", "thêm")
#: the subject right before a lower-case "báo cáo", which makes it a verb: a name or a body's unit word ("Sở Tài chính
#: báo cáo ...", "Trưởng Ban Dân tộc HĐND tỉnh báo cáo kết quả thẩm tra ...")
_REPORTER_BEFORE = re.compile(rf"(?:[{UPPER}][\w.]*|tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)[ \t]+$")
#: "báo cáo" as a verb: where or to whom one reports ("Báo cáo tại buổi làm việc, ...", "báo cáo UBND tỉnh ...")
_REPORTS_TO = re.compile(
    r"\s+(?:(?:tại|với|trước|làm rõ|thêm|giải trình|tóm tắt|nhanh)\s"
    # also "báo cáo về / lên / cho <body>": to whom ("...; báo cáo về Ủy ban nhân dân tỉnh trước ngày 31/01")
    r"|(?:(?:về|lên|cho)\s+)?(?:Ban|UBND|Ủy ban|Tỉnh ủy|Thành ủy|Huyện ủy|HĐND|Thường trực|Bộ|Sở|Chính phủ|Quốc hội"
    r"|Thủ tướng|cấp ủy|lãnh đạo|Đảng ủy)(?![\w]))"
)
#: the kind word as the subject of a verb: the text's own document again ("Kế hoạch này ...", "Kế hoạch giao
#: Sở ... chủ trì", "Kế hoạch gồm 6 nhóm nhiệm vụ")
_SUBJECT_OF = re.compile(
    r"^(?:Dự thảo\s+)?\S+\s+\S+\s+(?:này|cũng|giao|gồm|đề ra|nêu|xác định|yêu cầu|có|được|đã|nhằm|là|đồng thời)"
    r"(?![\w])",
    re.IGNORECASE,
)
#: a document still to be written: "kế hoạch thực hiện của đơn vị mình", "..., gửi về Sở Nội vụ trước ngày
#: 20/5", "..., hoàn thành trước ngày 30/4"
_TO_BE_WRITTEN = re.compile(
    r"(?<![\w])mình(?![\w])|(?:hoàn thành|(?:gửi|trình)[^.;\n]{0,60}?)\s+(?:trước|trong)\s+(?:ngày|tháng|quý|năm)"
)
#: a document a body already has ("Thành ủy có kết luận về việc A, hoàn thành trước năm 2025": the deadline is A's)
_HAD = re.compile(r"(?<![\w])(?:đã |vừa )?có\s+$")
#: a description owned by many after what it carries out: "... thực hiện Nghị quyết Đại hội ... của các đơn vị"
_OWNED_BY_MANY = re.compile(r"\s*,?\s*của\s+(?:các|từng|mỗi|những)\s")
_VAGUE_AFTER = re.compile(r"\s+(?:và|cụ thể|chi tiết)\s")
_DESCRIBED_ISSUER = re.compile(
    r"\bcủa\s+((?:Ban|Bộ|Tỉnh|UBND|HĐND|Chính)[^,;.]{2,40}?)(?:\s+(?:về|tổng kết|sơ kết)\b|$)"
)
#: the next item of a distributed report: "; Nghị quyết số 57-NQ/TW ..."
_NEXT_ITEM = re.compile(r"\s*[;,]\s*(?:và\s+)?(?P<kind>Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch)\s+(?:số\s+)?")
_HEAD = re.compile(r"^(?P<head>.+?)\s(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch)\s+(?:số\s+)?\S+$")


def _distributed(doc: Doc, start: int, end: int, key: str, kind: str, symbols: StartIndex[Found]) -> list[Found]:
    """More reports of the same description, one per document listed after the first."""
    head = _HEAD.match(key)
    first = symbols.first_within(start, end)
    if head is None or first is None or kind not in {"BC", "TTr"}:
        return []
    out: list[Found] = []
    cursor = first
    while True:
        stop = _ITEM_END.search(doc.match, cursor.end)
        if stop is None:
            break
        # the next document after "; " or after " và " closing the first one's description
        also = _AND_NEXT.search(doc.match, cursor.end, stop.start())
        item = _NEXT_ITEM.match(doc.match, stop.start()) if also is None else also
        if item is None:
            break
        nxt = symbols.first_within(item.end(), item.end() + 1)
        if nxt is None:
            break
        symbol = doc.match[nxt.start : nxt.end]
        text = f"{head.group('head')} {item.group('kind')} số {symbol}"
        out.append(_mention(doc, Resolution(text, kind, None, None, None, None, None), nxt.start, nxt.end))
        cursor = nxt
    return out


_ITEM_END = re.compile(r"[;\n]|\.(?!\d)")
_AND_NEXT = re.compile(r"\s+và\s+(?P<kind>Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch)\s+(?:số\s+)?(?=\d)")


def _description_end(doc: Doc, start: int, symbols: StartIndex[Found]) -> int:
    """Where a description stops: the clause end, or right after the first document it names."""
    window = doc.match[start : start + _DESC_MAX]
    stop = _CLAUSE_END.search(window)
    # not inside a quoted name ("Phong trào thi đua “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”"):
    # read on after its closing quote
    while stop is not None and window.count("“", 0, stop.start()) > window.count("”", 0, stop.start()):
        closing = window.find("”", stop.start())
        if closing < 0:
            break
        stop = _CLAUSE_END.search(window, closing + 1)
    # a hard line break after a word a title goes on from ("... ban hành Nghị quyết thông qua\nĐề án ..."), or before
    # a lower-case word or a number ("... giai đoạn\n2021-2025"): a text wrapped like a PDF reads on
    while (
        stop is not None
        and window[stop.start()] == "\n"
        and not _CELL_OPENS.match(window, stop.end())  # "... ban hành\n| Số hiệu | ...": a table's row, no wrap
        and (
            _WRAP_OPEN_END.search(doc.match, max(0, start + stop.start() - 30), start + stop.start())
            or _WRAP_GOES_ON.match(window, stop.end())
        )
    ):
        stop = _CLAUSE_END.search(window, stop.end())
    end = start + (stop.start() if stop else len(window))
    first = symbols.first_within(start, end)
    if first is not None:
        return first.end
    named_m = NAMED.search(doc.match, start, end)
    if named_m:
        return named_m.end()
    return end


#: "<kind> của <issuer>": a document named by its issuer, in any case ("trao quyết định của Ban Bí thư ...",
#: "kết luận của Thủ tướng Chính phủ về ...", "Quy định của Ban Thường vụ Tỉnh ủy về ...")
#: (read from its literal "của", which the engine finds fast, then the kind word looked up just before it)
_OF_NAMED_ISSUER = re.compile(
    rf"của\s+(?P<issuer>{'|'.join(map(re.escape, _ISSUER_NAMES))})(?![\w])"
    # the unit's name after a local issuer ("của Ban Thường vụ Thành ủy Hà Nội về ...")
    rf"(?:(?<=ủy)\s+{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}(?=\s+(?:về|chuẩn y|chỉ định|điều động|bổ nhiệm)\s))?"
    # the Prime Minister's name after the post ("kết luận của Thủ tướng Chính phủ Nguyễn Xuân Phúc về ...")
    rf"(?:(?:(?<=tướng)|(?<=tướng Chính phủ))\s+{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}}(?=\s+(?:về|tại)\s))?"
    rf"(?:\s*,?\s*(?:\(?khóa\s+{_ROMAN}\)?))?"
)
_KIND_BEFORE_OF = re.compile(
    r"(?:^|[^\w])(?P<word>[Qq]uyết định|[Kk]ết luận|[Cc]hỉ thị|[Qq]uy định|[Nn]ghị quyết|[Cc]hương trình hành động)\s+$"
)


@dataclass
class _Named:
    """A "<kind> của <issuer>" mention: where it starts and ends, its kind word and issuer."""

    start: int
    end: int
    word: str
    issuer: str


def _of_issuer(doc: Doc) -> list[_Named]:
    found = []
    for m in _OF_NAMED_ISSUER.finditer(doc.match):
        head = _KIND_BEFORE_OF.search(doc.match, max(0, m.start() - 30), m.start())
        if head is not None:
            found.append(_Named(head.start("word"), m.end(), head.group("word"), m.group("issuer")))
    return found


_NOTICE_BEFORE = re.compile(r"[Tt]hông báo\s+$")
_OF_ISSUER_KINDS = {"quyết định": "QĐ", "kết luận": "KL", "chỉ thị": "CT", "quy định": "QĐi", "nghị quyết": "NQ",
                    "chương trình hành động": "CTr"}  # fmt: skip
#: what pins it to one document right after the issuer: its topic ("về ..."), what it decides ("chuẩn y
#: đồng chí ...", "chỉ định Ban Chấp hành ...") or its period ("năm 2024", "quý I")
_TOPIC = re.compile(r"\s+(?:về việc|về)\s")
_DECIDES = re.compile(
    r"\s+(?:về việc\s+)?(?:chuẩn y|phê chuẩn|chỉ định|điều động|tiếp nhận|miễn nhiệm|bổ nhiệm|phê duyệt|thành lập"
    r"|công nhận|phân công|luân chuyển|cho thôi|kỷ luật|bầu bổ sung|kiện toàn|hợp nhất|sáp nhập|tặng|khen thưởng|giao"
    r"|điều chỉnh|chấp thuận|[Qq]uyết định chủ trương"
    r"|kiểm tra|giám sát)[\s,]"  # "công bố quyết định kiểm tra, giám sát năm 2026 đối với ..."
    # ("Hội nghị công bố quyết định về công tác cán bộ.": the decision on cadres the meeting announces)
    r"|\s+về công tác cán bộ(?![\w])"
)
_PERIOD = re.compile(r"\s+(?:năm\s+(?:19|20)\d{2}|quý\s+[IV]+|tháng\s+\d{1,2})")
#: what a resolution of an issuer decides when it amends laws: "... của Quốc hội sửa đổi Luật A, Luật B" (also "sửa
#: đổi, bổ sung (một số điều của) Luật ..."), read up to the first law's name
_AMENDS_LAWS = re.compile(
    r"\s+(?:về việc\s+)?sửa\s+đổi(?:,?\s+bổ\s+sung)?(?:\s+một\s+số\s+điều(?:\s+của)?)?\s+Luật(?=\s)"
)
#: a topic shared with the documents listed after it: "Nghị quyết của Ủy ban Thường vụ Quốc hội và các quyết định
#: của tỉnh về việc sắp xếp ..." (one coordinated kind word, of another issuer, then the topic)
_TOPIC_SHARED_AFTER = re.compile(
    r"\s+và\s+(?:các\s+)?(?:[Qq]uyết định|[Nn]ghị quyết|[Kk]ế hoạch|[Cc]hỉ thị)\s+của\s+[^,.;:\n]{1,50}?"
    r"(?P<topic>\s+(?:về việc|về)\s)"
)
#: a decision's content ends at its first comma (the appointee's titles follow) unless the term follows,
#: or at what the committee it names consists of ("... nhiệm kỳ 2025 - 2030 gồm 19 đồng chí")
_DECISION_END = re.compile(
    r",(?!\s*(?:nhiệm kỳ|chỉ định|điều động|bổ nhiệm|chuẩn y|phân công|luân chuyển|giám sát))"
    r"|\s+gồm\s|\s+(?:và|cùng)\s+(?:các\s+)?[Qq]uyết định\s"
)


def described_by_issuer(doc: Doc, symbols: list[Found]) -> list[Found]:
    """Documents named by kind and issuer, pinned by a topic, a content verb or a period.

    A bare "Nghị quyết của Bộ Chính trị" after "Nghị quyết số 58-NQ/TW ... của Bộ Chính trị" is that
    document again (a re-mention); with nothing named before it is not a document."""
    found: list[Found] = []
    index = SpanIndex(symbols)
    built: list[_NamedBefore] = []

    def named_before() -> _NamedBefore:  # built on first need: most texts never ask
        if not built:
            built.append(_NamedBefore(doc, symbols))
        return built[0]

    for m in _of_issuer(doc):
        before = doc.match[max(0, m.start - 12) : m.start]
        if _GENERIC_PLURAL.search(before):
            continue  # "các quyết định của Bộ Chính trị ...": several documents
        if m.word.lower() == "kết luận" and _NOTICE_BEFORE.search(before):
            continue  # "Thông báo kết luận của ...": the notice (read as a description), not a conclusion besides it
        kind = _OF_ISSUER_KINDS[m.word.lower()]
        if (amends := _AMENDS_LAWS.match(doc.match, m.end)) is not None and kind in ("NQ", "QĐ"):
            # "Nghị quyết của Quốc hội sửa đổi Luật Đất đai 2024, Luật Nhà ở, Luật Kinh doanh bất động sản theo hướng
            # ...": named by the laws it amends, a list read as an amending law's title
            end = amending_title_end(doc, amends.end())
            key = doc.match[m.start : end].strip(" ,")
            key = key[0].upper() + key[1:]
            found.append(_mention(doc, Resolution(key, kind, None, m.issuer, None, None, None), m.start, end))
            continue
        decides = _DECIDES.match(doc.match, m.end)
        pinned = decides or _TOPIC.match(doc.match, m.end) or _PERIOD.match(doc.match, m.end)
        if not pinned and (shared := _TOPIC_SHARED_AFTER.match(doc.match, m.end)) is not None:
            # "Nghị quyết của Ủy ban Thường vụ Quốc hội và các quyết định của tỉnh về việc X": the topic is its too
            end = _description_end(doc, shared.start("topic"), index)
            key = doc.match[m.start : m.end] + doc.match[shared.start("topic") : end].rstrip(" ,")
            key = key[0].upper() + key[1:]
            found.append(_mention(doc, Resolution(key, kind, None, m.issuer, None, None, None), m.start, end))
            continue
        again = _same_topic_before(doc, m, kind, named_before()) if _TOPIC.match(doc.match, m.end) else None
        if again is not None:  # "Nghị quyết của Bộ Chính trị về <the topic of 66-NQ/TW>": 66-NQ/TW again
            found.append(_mention(doc, again, m.start, m.end))
            continue
        if pinned and kind != "CTr":  # an unnumbered programme is a project (GOLD_FORMAT, hard cases)
            if decides:
                window = doc.match[m.end : m.end + _DESC_MAX]
                if _ON_BODIES.match(doc.match, m.end):  # (a list of committees and posts, not a person)
                    stops = [_end_of_bodies(window)]
                else:
                    stops = [x.start() for x in (_DECISION_END.search(window), _CLAUSE_END.search(window)) if x]
                end = m.end + min(stops, default=len(window))
            else:
                end = _description_end(doc, m.end, index)
            text = doc.match[m.start : end].strip(" ,")
            about = text.find(" về ")  # (its topic may name many: "... về việc đổi mới công tác ở các đơn vị")
            if _VAGUE.search(text if about < 0 else text[:about]):
                continue
            key = text[0].upper() + text[1:]
            found.append(_mention(doc, Resolution(key, kind, None, m.issuer, None, None, None), m.start, end))
            continue
        # a re-mention: the last document of this kind and issuer named before
        info = _issuer_info(m.issuer)
        last = index.last_ending_by(m.start, _remention_of(doc, kind, info[0])) if info is not None else None
        if last is not None:
            found.append(_mention(doc, last.resolution, m.start, m.end))
    # "thực hiện chỉ thị này": the last document of that kind named before; "hai nghị quyết này": the last two
    for this in _THIS.finditer(doc.match):
        head = _KIND_BEFORE_THIS.search(doc.match, max(0, this.start() - 40), this.start())
        if head is not None:
            found.extend(
                _anaphora(doc, head.group("kind"), head.group("many"), head.start(), this.end(), named_before())
            )
    for bare in _BARE_AFTER_CUE.finditer(doc.match):  # "Tỉnh đoàn ban hành Kế hoạch ... thực hiện chỉ thị."
        found.extend(_anaphora(doc, bare.group("kind"), None, bare.start("kind"), bare.end("kind"), named_before()))
    found.extend(_tasks_of_bare(doc, named_before))
    return found


#: a bare kind word closing the tasks a cue carries out ("... để cụ thể hóa các mục tiêu, nhiệm vụ và giải pháp của
#: Nghị quyết."): the document of that kind named before (read from the cue; the object nouns are a closed list)
_TASK_NOUN = r"(?:mục tiêu|nhiệm vụ|giải pháp|nội dung|quan điểm|chủ trương|chỉ tiêu|chủ yếu|trọng tâm|đột phá)"
_BARE_AFTER_TASKS = re.compile(
    rf"(?:thực hiện|triển khai|cụ thể hóa)\s+(?:(?:có hiệu quả|hiệu quả|tốt)\s+)?(?:các|những)\s+{_TASK_NOUN}"
    rf"(?:(?:\s*,\s*|\s+và\s+|\s+){_TASK_NOUN}){{0,5}}"
    r"\s+(?:của|tại|trong|theo)\s+(?P<kind>Nghị quyết|Chỉ thị|Kết luận)(?=\s*[.;,\n])"
)


def _tasks_of_bare(doc: Doc, named_before: Callable[[], _NamedBefore]) -> list[Found]:
    """ "... cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết.": the last document of that kind named before."""
    found: list[Found] = []
    if "Nghị quyết" not in doc.match and "Chỉ thị" not in doc.match and "Kết luận" not in doc.match:
        return found  # (the cheap look first)
    for bare in _BARE_AFTER_TASKS.finditer(doc.match):
        found.extend(_anaphora(doc, bare.group("kind"), None, bare.start("kind"), bare.end("kind"), named_before()))
    return found


def _remention_of(doc: Doc, kind: str, code: str) -> Callable[[Found], bool]:
    """A numbered document of this kind and issuer code, or of this kind named without issuer or symbol
    ("chỉ thị 35", then "chỉ thị của Bộ Chính trị")."""

    def matches(f: Found) -> bool:
        res = f.resolution
        return (
            res.kind == kind
            and bool(res.number)
            and (res.issuer_code == code or (res.issuer is None and "/" not in doc.match[f.start : f.end]))
        )

    return matches


def _mentioned(doc: Doc, resolutions: list[Resolution], start: int, end: int) -> list[Resolution]:
    for r in resolutions:
        r.mentions.append(doc.span(start, end))
    return resolutions


_COMPARED_FIELDS = [f.name for f in fields(Resolution) if f.compare]


def _compared(res: Resolution) -> tuple[object, ...]:
    """What two resolutions' ``==`` compares, hashable (lists as tuples)."""
    values = (getattr(res, name) for name in _COMPARED_FIELDS)
    return tuple(tuple(v) if isinstance(v, list) else v for v in values)


class _NamedBefore:
    """The numbered documents named before a point, read backwards from it (a scan of every symbol per
    question is quadratic in the length of the text). Answers as the list scans it replaces did, in their
    order: ``earlier(kind, pos)`` is ``[f.resolution for f in symbols if f.end <= pos and kind ...]`` with
    repeats (by ``==``) dropped, where only its last few are wanted."""

    def __init__(self, doc: Doc, symbols: list[Found]) -> None:
        self.doc = doc
        self.symbols = StartIndex(symbols)
        numbered = [f for f in symbols if f.resolution.number]
        self.by_kind = {kind: SpanIndex([f for f in numbered if f.resolution.kind == kind])
                        for kind in {f.resolution.kind for f in numbered}}  # fmt: skip
        self.values: dict[int, tuple[object, ...]] = {}
        self.occurrences: dict[tuple[object, ...], list[Found]] = {}  # each value's numbered mentions, in list order
        for f in numbered:
            self.occurrences.setdefault(self.value(f), []).append(f)
        self.topics: dict[tuple[str, str], SpanIndex[Found]] | None = None

    def value(self, f: Found) -> tuple[object, ...]:
        if id(f) not in self.values:
            self.values[id(f)] = _compared(f.resolution)
        return self.values[id(f)]

    def _first_before(self, value: tuple[object, ...], pos: int) -> Found | None:
        return next((g for g in self.occurrences.get(value, ()) if g.end <= pos), None)

    def last(self, kind: str, pos: int, n: int) -> list[Resolution]:
        """``earlier[-n:]``: the last ``n`` documents of ``kind`` (each where it is first named) ending by ``pos``."""
        out: list[Resolution] = []
        index = self.by_kind.get(kind)
        for starts, run in reversed(index.runs) if index is not None else ():
            i = bisect.bisect_right(starts, pos)
            while i > 0 and len(out) < n:
                i -= 1
                f = run[i]
                if f.end <= pos and self._first_before(self.value(f), pos) is f:
                    out.append(f.resolution)
        return out[::-1]

    def named(self, f: Found, pos: int) -> bool:
        """``f.resolution in earlier``: a numbered document of its kind equal to it ends by ``pos``."""
        return self._first_before(self.value(f), pos) is not None

    def same_topic(self, kind: str, topic: str, pos: int, after: int) -> Resolution | None:
        """The last numbered document of ``kind``, ending by ``pos``, whose topic (its first four words after
        "về") is ``topic``; else the first one starting at ``after`` or later."""
        if self.topics is None:
            buckets: dict[tuple[str, str], list[Found]] = {}
            for k, index in self.by_kind.items():
                for run in (run for _, run in index.runs):
                    for f in run:
                        other = _TOPIC_WORDS.search(self.doc.match, f.end, f.end + 120)
                        if other:
                            buckets.setdefault((k, other.group(1).lower()), []).append(f)
            # each bucket in the symbols' list order, as the scan it replaces read them
            order = {id(f): i for i, f in enumerate(f for f in self.symbols.within(0, len(self.doc.match) + 1))}
            self.topics = {key: SpanIndex(sorted(fs, key=lambda f: order[id(f)])) for key, fs in buckets.items()}
        bucket = self.topics.get((kind, topic))
        if bucket is None:
            return None
        found = bucket.last_ending_by(pos) or bucket.first_within(after, len(self.doc.match) + 1)
        return found.resolution if found is not None else None


def _anaphora(doc: Doc, word: str, many: str | None, start: int, end: int, before: _NamedBefore) -> list[Found]:
    """The document(s) of that kind named before: the last one, or the last ``many`` ("hai", "các": those of
    the sentence)."""
    kind = _OF_ISSUER_KINDS[word.lower()]
    if not before.last(kind, start, 1):
        return []
    if many is None:
        chosen = before.last(kind, start, 1)
    elif many.lower() in HOW_MANY:
        chosen = before.last(kind, start, HOW_MANY[many.lower()])
    else:  # "các nghị quyết này": those named in this sentence
        s, _ = doc.sentence_bounds(start)
        in_sentence = before.symbols.within(s, start)
        chosen = [f.resolution for f in in_sentence if before.named(f, start)] or before.last(kind, start, 1)
    return [Found(r, start, end, anaphoric=True) for r in _mentioned(doc, chosen, start, end)]


_TOPIC_WORDS = re.compile(r"\s+(?:về việc|về)\s+((?:\S+\s+){3}\S+)")


def _same_topic_before(doc: Doc, m: _Named, kind: str, before: _NamedBefore) -> Resolution | None:
    """A numbered document of the same kind named before with the same topic (its first four words); else (a
    headline) the first named after it."""
    topic = _TOPIC_WORDS.match(doc.match, m.end)
    if topic is None:
        return None
    return before.same_topic(kind, topic.group(1).lower(), m.start, m.end)


#: an anaphoric "<kind> này" (not "Kế hoạch này", which in a plan's own text is the plan itself)
#: (read from its literal "này" / "nói trên", then the kind word and a count just before it: "hai nghị quyết này")
_THIS = re.compile(r"(?:này|nói trên)(?![\w])")
_KIND_BEFORE_THIS = re.compile(
    r"(?:^|[^\w])(?:(?P<many>hai|ba|bốn|cả hai|các|những)\s+)?"
    r"(?P<kind>[Nn]ghị quyết|[Cc]hỉ thị|[Kk]ết luận|[Qq]uyết định|[Cc]hương trình hành động)\s+$"
)
#: a bare kind word right after an implementing cue, closing the clause ("... thực hiện chỉ thị."); not "nghị
#: quyết", which so often means resolutions in general ("xây dựng chương trình hành động thực hiện nghị quyết,")
_BARE_AFTER_CUE = re.compile(
    # (the cue opening the sentence too: "Thực hiện Chỉ thị, UBND tỉnh ban hành ...")
    r"(?:[Tt]hực hiện|[Tt]riển khai|[Cc]ụ thể hóa)\s+(?P<kind>chỉ thị|kết luận"
    # capitalised, "Nghị quyết" too names the one document: "Để cụ thể hóa Nghị quyết, Ban Thường vụ ban hành ..."
    r"|Nghị quyết|Chỉ thị|Kết luận)(?=\s*[.;,\n])"
)


def _bare_described(doc: Doc, mentions: list[Found]) -> list[Found]:
    """A bare kind word right after a cue with no numbered document of that kind named before ("HĐND tỉnh đã thông
    qua Nghị quyết quy định chính sách ... UBND tỉnh ban hành Kế hoạch ... triển khai Nghị quyết."): the last
    document of that kind named by description before it."""
    if "Nghị quyết" not in doc.match and "chỉ thị" not in doc.match.lower() and "kết luận" not in doc.match.lower():
        return []
    out: list[Found] = []
    taken = {f.start for f in mentions}
    for bare in _BARE_AFTER_CUE.finditer(doc.match):
        at = bare.start("kind")
        if at in taken:
            continue  # (read as the numbered one named before)
        kind = _OF_ISSUER_KINDS[bare.group("kind").lower()]
        last = max(
            (f for f in mentions if f.end <= at and f.resolution.kind == kind and not f.resolution.number),
            key=lambda f: f.end,
            default=None,
        )
        if last is not None and not any(
            f.resolution.number and f.resolution.kind == kind and f.end <= at for f in mentions
        ):
            out.append(_mention(doc, last.resolution, at, bare.end("kind")))
    return out


#: a committee's resolution named by its period, without "của": "Nghị quyết Tỉnh ủy quý I-2024"
_COMMITTEE_PERIOD = re.compile(
    r"(?P<word>Nghị quyết|Kết luận|Chỉ thị)\s+(?P<issuer>(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) ủy|HĐND (?:tỉnh|huyện))\s+"
    r"(?:quý\s+[IV]+(?:\s*[-/]\s*(?:19|20)\d{2}|\s+năm\s+(?:19|20)\d{2})?|năm\s+(?:19|20)\d{2}"
    r"|(?:6|9)\s+tháng(?:\s+(?:đầu|cuối))?\s+năm\s+(?:19|20)\d{2})"
)
#: the plans of several bodies carrying out one document: "các kế hoạch của Tỉnh ủy, UBND tỉnh thực hiện Nghị quyết
#: số 57-NQ/TW" is one plan per body
_ANY_ISSUER = "(?:" + "|".join(map(re.escape, _ISSUER_NAMES)) + ")"
_PLANS_OF = re.compile(
    # (each body may repeat "của": "các kế hoạch của Ban Thường vụ Tỉnh ủy và của UBND tỉnh")
    r"[Cc]ác\s+(?P<word>kế hoạch|chương trình hành động)\s+của\s+"
    rf"(?P<bodies>{_ANY_ISSUER}(?:\s*(?:,|và)\s*(?:của\s+)?{_ANY_ISSUER})+)"
    r"\s+(?P<cue>(?:triển khai\s+)?thực hiện|cụ thể hóa)"
    r"\s+(?P<kind>Nghị quyết|Chỉ thị|Kết luận|Quyết định)\s+(?:số\s+)?"
)
_BODY_LIST = re.compile(r"\s*(?:,|và)\s*(?:của\s+)?")
#: the same plans issued by the bodies as the subject: "Ban Thường vụ Tỉnh ủy và UBND tỉnh (đã) ban hành các kế hoạch
#: thực hiện Nghị quyết số 68-NQ/TW" (read from its verb; the bodies are read back from it)
_ISSUE_PLANS = re.compile(
    r"ban hành\s+(?:các\s+)?(?P<word>kế hoạch|chương trình hành động)\s+(?P<cue>(?:triển khai\s+)?thực hiện|cụ thể hóa)"
    r"\s+(?P<kind>Nghị quyết|Chỉ thị|Kết luận|Quyết định)\s+(?:số\s+)?"
)
#: (a city's or commune's bodies too: "Ban Thường vụ Thành ủy và UBND thành phố", "Đảng ủy và UBND phường")
_BODY_NAMED = (
    rf"(?:{_ANY_ISSUER}|(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\s+(?:thành phố|xã|phường)"
    r"|Đảng ủy(?:\s+(?:xã|phường))?)"
    rf"(?:\s+{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}})?"
)
_BODIES_BEFORE = re.compile(
    rf"(?P<bodies>{_BODY_NAMED}(?:\s*(?:,|và)\s*{_BODY_NAMED})+)\s+(?:(?:đã|đều|vừa|cũng|lần lượt)\s+)*$"
)


def by_period_or_body(doc: Doc, symbols: list[Found]) -> list[Found]:
    """ "Nghị quyết Tỉnh ủy quý I-2024"; and "các kế hoạch của Tỉnh ủy, UBND tỉnh thực hiện Nghị quyết số 57-NQ/TW":
    one plan per body, both read over the whole phrase (so each carries the cue after it)."""
    found = []
    for m in _COMMITTEE_PERIOD.finditer(doc.match):
        kind = _OF_ISSUER_KINDS[m.group("word").lower()]
        res = Resolution(m.group(0), kind, None, m.group("issuer"), None, None, None)
        found.append(_mention(doc, res, m.start(), m.end()))
    for m in _PLANS_OF.finditer(doc.match):
        target = next((f for f in symbols if f.start == m.end()), None)
        if target is None:
            continue
        symbol = doc.match[target.start : target.end]
        word = "Kế hoạch" if m.group("word") == "kế hoạch" else "Chương trình hành động"
        kind = "KH" if word == "Kế hoạch" else "CTr"
        for body in _BODY_LIST.split(m.group("bodies")):
            key = f"{word} của {body} {m.group('cue')} {m.group('kind')} số {symbol}"
            found.append(_mention(doc, Resolution(key, kind, None, body, None, None, None), m.start(), m.end("bodies")))
    found += _plans_of_subjects(doc, symbols)
    return found


def _plans_of_subjects(doc: Doc, symbols: list[Found]) -> list[Found]:
    """ "Ban Thường vụ Tỉnh ủy và UBND tỉnh đã ban hành các kế hoạch thực hiện Nghị quyết số 68-NQ/TW": one plan per
    body, each read over the plans' word (so each carries the cue after it)."""
    found: list[Found] = []
    if "ban hành" not in doc.match:
        return found  # (the cheap look first)
    starts = {f.start: f for f in symbols}
    for m in _ISSUE_PLANS.finditer(doc.match):
        target = starts.get(m.end())
        bodies = _BODIES_BEFORE.search(doc.match, max(0, m.start() - 160), m.start())
        if target is None or bodies is None:
            continue
        symbol = doc.match[target.start : target.end]
        word, kind = ("Kế hoạch", "KH") if m.group("word") == "kế hoạch" else ("Chương trình hành động", "CTr")
        for body in _BODY_LIST.split(bodies.group("bodies")):
            key = f"{word} của {body} {m.group('cue')} {m.group('kind')} số {symbol}"
            res = Resolution(key, kind, None, body, None, None, None)
            found.append(_mention(doc, res, m.start("word"), m.end("word")))
    return found


#: a decision handed over or announced, named by what it decides: "trao quyết định bổ nhiệm ông A ...", "công bố quyết
#: định thành lập Đảng bộ xã B" (read from its literal "quyết định", then the verb before it)
_DECISION_WORD = re.compile(r"[Qq]uyết định(?=\s)")
#: the verb before a decision handed over, announced or just made ("vừa có quyết định phê duyệt ...")
#: (also "Ban Thường vụ cũng có quyết định bổ nhiệm ...": one more decision the body issued)
#: (a sentence that opens with the hand-over: "Trao Quyết định điều động, chỉ định đồng chí A ...")
_HANDED = re.compile(r"(?:[Tt]rao|[Cc]ông bố|trao tặng|đọc|nhận|ban hành|đã ký|(?:vừa|đã|mới|cũng) có)\s+$")


#: a text that opens with its kind on a line of its own and its title on the next, with no number ("QUYẾT ĐỊNH\nVề
#: việc ban hành Quy chế ..."): the document the text is (GOLD_FORMAT: the text itself is a resolution entry); blank
#: lines may stand between the two ("NGHỊ QUYẾT\n\nVề việc ..."), or a title "Về ..." may follow on the same line
_TITLED = re.compile(
    r"[ \t]*(?P<kind>QUYẾT ĐỊNH|KẾ HOẠCH|NGHỊ QUYẾT|CHỈ THỊ|CHƯƠNG TRÌNH|QUY ĐỊNH|HƯỚNG DẪN|TỜ TRÌNH)"
    r"(?:[ \t]*\n(?:[ \t]*\n){0,2}|[ \t]+(?=(?:Về|VỀ)\s))"
    r"[ \t]*(?P<title>(?!Căn cứ|Số)[^\n]{8,250})\n"
)


def titled(doc: Doc) -> list[Found]:
    opening = len(doc.match) - len(doc.match.lstrip())
    m = _TITLED.match(doc.match, opening)
    if m is None or _HEADER_NUMBER.search(doc.match, 0, _HEADER_WINDOW):
        return []
    title = m.group("title").strip().rstrip(".")
    issued_here = _ISSUES_AS_FOLLOWS.search(doc.match, m.end(), m.end() + 1500) is not None
    if title.isupper() or (_SYMBOL_IN.search(title) and not issued_here):
        # a title in capitals or naming a document ("THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG"): a headline's kind, unless the
        # text goes on to issue itself ("... ban hành Kế hoạch thực hiện như sau:": the text's own unnumbered plan)
        return []
    kind = _KIND_OF_WORD[m.group("kind").lower()]
    key = f"{m.group('kind').capitalize()} {title[0].lower()}{title[1:]}"
    return [_mention(doc, Resolution(key, kind, None, None, None, None, None), opening, m.end("title"))]


#: a conclusion named by the leader who gave it and the session it was given at, or its topic: "Kết luận của Tổng Bí
#: thư Tô Lâm tại buổi làm việc với Ban Thường vụ Tỉnh ủy ngày 5/7/2025 về ...", "kết luận của Phó Thủ tướng Chính phủ
#: tại cuộc họp ..." (the posts that conclude a session, not an issuing body: read here, not among the issuers)
_LEADERS_CONCLUSION = WordPattern(
    r"[Kk]ết luận\s+của\s+(?:đồng chí\s+)?(?:(?P<post>Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội"
    r"|Thường trực Ban Bí thư|(?:Phó\s+)?Thủ tướng(?:\s+Chính phủ)?|Bí thư (?:Tỉnh|Thành) ủy"
    r"|Chủ tịch UBND (?:tỉnh|thành phố))"
    rf"(?:\s+{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}})?"
    # a standing committee concluding a working session ("Kết luận của Thường trực Tỉnh ủy tại buổi làm việc")
    r"|(?P<body>Thường trực (?:Tỉnh|Thành|Huyện) ủy|Ban Thường vụ (?:Tỉnh|Thành|Huyện) ủy|Bộ Chính trị|Ban Bí thư))"
    r"(?=\s+(?:tại\s+(?:buổi làm việc|buổi kiểm tra|chuyến công tác|cuộc họp|phiên họp|[Hh]ội nghị|buổi tiếp)(?![\w])"
    r"|về\s))",
    needs=("ết luận của",),
)


_SPEECH_BEFORE = re.compile(r"(?:phát biểu|ý kiến|bài|lời)\s+$", re.IGNORECASE)
#: a notice's kind line right above its title ("THÔNG BÁO\nKết luận của ...")
_NOTICE_KIND_LINE = re.compile(r"(?:^|\n)[ \t]*(?P<kind>THÔNG BÁO)[ \t]*\n\s*$")
#: a notice named just before, with or without its number ("Thông báo 428/TB-VPCP kết luận của ...")
_NOTICE_NAMED_BEFORE = re.compile(r"[Tt]hông báo(?:\s+(?:số\s*)?[\w/.-]+)?\s+$")


def leaders_conclusions(doc: Doc, symbols: list[Found]) -> list[Found]:
    """Conclusions named by the leader who gave them, pinned by the session or the topic (GOLD_FORMAT: "kết luận
    của Thủ tướng" is KL); a "Thông báo kết luận của ..." is the notice, read elsewhere."""
    found: list[Found] = []
    index = StartIndex(symbols)
    for m in _LEADERS_CONCLUSION.finditer(doc.match):
        if _NOTICE_NAMED_BEFORE.search(doc.match, max(0, m.start() - 40), m.start()):
            continue  # "Thông báo 428/TB-VPCP kết luận của Phó Thủ tướng ...": the notice's own words
        line_start = doc.match.rfind("\n", 0, m.start()) + 1
        if not doc.match[line_start : m.start()].strip() and _HEADER_NUMBER.search(doc.match, 0, m.start()):
            continue  # the title line under a header ("Số: 428/TB-VPCP ... Kết luận của ..."): the text's own notice
        if _NOTICE_BEFORE.search(doc.match, max(0, m.start() - 12), m.start()):
            continue
        if _SPEECH_BEFORE.search(doc.match, max(0, m.start() - 12), m.start()):
            continue  # "phát biểu kết luận của đồng chí Bí thư ...", "ý kiến kết luận của ...": a speech, no document
        end = _description_end(doc, m.end(), index)
        text = doc.match[m.start() : end].strip(" ,")
        if (notice := _NOTICE_KIND_LINE.search(doc.match, max(0, m.start() - 30), m.start())) is not None:
            # "THÔNG BÁO\nKết luận của Thường trực Tỉnh ủy tại buổi làm việc ...": the text's own notice, read from
            # its kind line (GOLD_FORMAT: "Thông báo kết luận" is TB)
            res = Resolution(f"Thông báo {text[0].lower()}{text[1:]}", "TB", None, None, None, None, None)
            found.append(_mention(doc, res, notice.start("kind"), end))
            continue
        key = text[0].upper() + text[1:]
        found.append(_mention(doc, Resolution(key, "KL", None, None, None, None, None), m.start(), end))
    return found


#: a document of a body the issuers' list does not hold, pinned by its topic: "Hướng dẫn của Ban Tổ chức Trung ương
#: về ...", "Nghị quyết chuyên đề của Đảng ủy xã về ...", "Quyết định của UBND phường về ..." (a central Party board,
#: a commune's or ward's committee or authority; "chuyên đề" after the kind word, any issuer)
_OF_BODY_ABOUT = WordPattern(
    r"(?P<word>Hướng dẫn|Nghị quyết|Chỉ thị|Quyết định|Kết luận|Quy định|Kế hoạch)(?P<topical>\s+chuyên đề)?\s+của\s+"
    r"(?P<body>Ban\s[^,.;:()\n]{2,40}?\sTrung ương"
    rf"|(?:Ban Thường vụ\s+|Ban Chấp hành\s+)?Đảng (?:ủy|bộ)\s+(?:xã|phường|đặc khu)(?:\s+{CAP_WORD}){{0,4}}"
    rf"|(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\s+(?:xã|phường|đặc khu)(?:\s+{CAP_WORD}){{0,4}}"
    rf"|{'|'.join(map(re.escape, _ISSUER_NAMES))})(?=\s+về\s)",
    needs=("của",),
    starts=("Hướng dẫn", "Nghị quyết", "Chỉ thị", "Quyết định", "Kết luận", "Quy định", "Kế hoạch"),
)
_READ_BY_ISSUER = frozenset({"Nghị quyết", "Chỉ thị", "Quyết định", "Kết luận", "Quy định", "Kế hoạch"})
_DRAWN_UP_BEFORE = re.compile(r"(?:xây dựng|soạn thảo|tham mưu)\s+(?:\S+/)?$")
_NEXT_DOCUMENT = re.compile(
    r"\s*(?:,|\svà)\s+(?=(?:Hướng dẫn|Nghị quyết|Chỉ thị|Quyết định|Kết luận|Quy định|Kế hoạch|Thông báo)\s)"
)
_SAID_OF_IT = re.compile(r"\s+(?:đã\s+|sẽ\s+)?được\s+(?:ban hành|thông qua|triển khai|quán triệt|ký)(?![\w])")
_WORD_KIND = {"Hướng dẫn": "HD", "Nghị quyết": "NQ", "Chỉ thị": "CT", "Quyết định": "QĐ", "Kết luận": "KL",
              "Quy định": "QĐi", "Kế hoạch": "KH"}  # fmt: skip


def described_by_body(doc: Doc, symbols: list[Found]) -> list[Found]:
    """Documents of a body the issuers' list does not hold (or written "<kind> chuyên đề của <issuer>"), pinned by a
    topic ("về ..."): one document each, its key the whole description."""
    found: list[Found] = []
    index = StartIndex(symbols)
    for m in _OF_BODY_ABOUT.finditer(doc.match):
        if m.group("body") in ISSUERS and not m.group("topical") and m.group("word") in _READ_BY_ISSUER:
            continue  # "<kind> của <issuer> về ...": read by described_by_issuer (a plan: by described)
        if _DRAWN_UP_BEFORE.search(doc.match, max(0, m.start() - 25), m.start()):
            continue  # "giao các sở xây dựng Chương trình/Kế hoạch của ... về ...": not written yet
        if _GENERIC_PLURAL.search(doc.match, max(0, m.start() - 12), m.start()):
            continue
        end = _description_end(doc, m.end(), index)
        if (said := _SAID_OF_IT.search(doc.match, m.end(), end)) is not None:
            end = said.start()  # "... về phát triển du lịch được ban hành": what is said of it, not its title
        if (listed := _NEXT_DOCUMENT.search(doc.match, m.end(), end)) is not None:
            end = listed.start()  # "Hướng dẫn của A về X, Hướng dẫn của B về Y và Quy định ...": one per item
        key = doc.match[m.start() : end].strip(" ,")
        res = Resolution(key, _WORD_KIND[m.group("word")], None, m.group("body"), None, None, None)
        found.append(_mention(doc, res, m.start(), end))
    return found


#: the text's own document, built or issued "như sau:" and named there by its title with no number, in a text with no
#: header number: "Ủy ban nhân dân tỉnh xây dựng Kế hoạch tổ chức kỷ niệm 95 năm ... như sau:" (the kind word
#: capitalised: "xây dựng kế hoạch thực hiện như sau" is work to do, no title); a resolution or directive named by its
#: topic, the contents announced after it: "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về phát triển du lịch đến năm
#: 2030 với những nội dung chính như sau:"
_BUILT_AS_FOLLOWS = WordPattern(
    r"(?:ban hành|xây dựng)\s+(?:(?P<kind>Kế hoạch|Chương trình hành động|Quy chế|Hướng dẫn)"
    r"|(?P<about>Nghị quyết|Chỉ thị)(?=\s+về\s))"
    r"\s+(?P<title>[^.:\n]{12,220}?)\s*,?\s+"  # (";" between two anniversaries)
    r"(?:(?:cụ thể\s+)?như sau|(?:với|gồm)\s+(?:những|các)\s+nội dung(?:\s+(?:chính|chủ yếu|cụ thể))?\s+(?:như\s+)?sau)"
    r"\s*:",
    needs=("sau",),
    starts=("ban hành", "xây dựng"),
)
_CARRIES_OUT = re.compile(r"(?:hành động\s+)?(?:triển khai\s+)?(?:tổ chức\s+)?(?:thực hiện|triển khai)(?![\w])")
_SYMBOL_LIKE = re.compile(r"\d+\s?[-/]\s?[A-ZĐ]")
_DATES_IN_BRACKETS = re.compile(r"\s*\([\d/.\s–-]{4,30}\)")


def built_as_follows(doc: Doc) -> list[Found]:
    """The text's own unnumbered plan or programme, named by the sentence that issues it "như sau:" near its
    opening (never in a text with a header number: that one is the document)."""
    if "sau" not in doc.match or _HEADER_NUMBER.search(doc.match, 0, _HEADER_WINDOW):
        return []
    m = _BUILT_AS_FOLLOWS.search(doc.match, 0, _HEADER_WINDOW * 2)
    if m is None or _SYMBOL_LIKE.search(m.group("title")) or len(m.group("title").split()) < 4:
        return []
    if _CARRIES_OUT.match(m.group("title")):
        return []  # "ban hành Kế hoạch thực hiện trên địa bàn tỉnh như sau:": what it carries out, no title of its own
    title = _DATES_IN_BRACKETS.sub("", m.group("title")).strip()  # ("kỷ niệm 90 năm ... (3/2/1930 – 3/2/2020)")
    word = m.group("kind") or m.group("about")
    if word == "Kế hoạch" and (heading := _fuller_heading(doc, title, m.start())) is not None:
        title = heading  # the plan's own title under its heading, fuller than the sentence that issues it
    kind = {"Kế hoạch": "KH", "Chương trình hành động": "CTr", "Quy chế": "QĐi", "Hướng dẫn": "HD", "Nghị quyết": "NQ",
            "Chỉ thị": "CT"}[word]  # fmt: skip
    if kind == "CTr":
        return []  # an unnumbered programme is a project (GOLD_FORMAT, hard cases)
    res = Resolution(f"{word} {title}", kind, None, None, None, None, None)
    return [_mention(doc, res, m.start("kind") if m.group("kind") else m.start("about"), m.end("title"))]


#: a plan's heading line and the title under it, before the sentence that issues it "như sau:" (a commune's plan posted
#: with its number left blank: "Số: /KH-UBND ... KẾ HOẠCH\nThông tin, tuyên truyền cuộc bầu cử ... nhiệm kỳ 2021 -
#: 2026\n ... UBND xã ban hành Kế hoạch thông tin, tuyên truyền về cuộc bầu cử, cụ thể như sau:")
_PLAN_HEADING = re.compile(r"(?m)^[ \t]*KẾ HOẠCH[ \t]*\n[ \t]*(?P<title>[^\n]{12,250}?)[ \t]*$")
_WORD = re.compile(r"[^\W\d_]+")


def _fuller_heading(doc: Doc, title: str, before: int) -> str | None:
    """The title under a plan's heading before ``before`` that opens on the same three words as ``title`` and is
    longer: the plan's own title."""
    head = [w.casefold() for w in _WORD.findall(title)[:3]]
    for m in _PLAN_HEADING.finditer(doc.match, 0, before):
        words = [w.casefold() for w in _WORD.findall(m.group("title"))[:3]]
        if len(head) == 3 and words == head and len(m.group("title")) > len(title):
            return m.group("title").strip()
    return None


#: "<Kind> về <topic>" named bare: the kind word, then its topic
_KIND_ABOUT = re.compile(
    r"(?P<word>Nghị quyết|Chỉ thị|Kết luận|Quyết định|Kế hoạch|Chương trình)(?=\s+(?:về việc|về)\s)"
)


#: the first words of a topic (three or four, letters only: a topic that ends its sentence drops its full stop)
_TOPIC_HEAD = re.compile(r"\s+(?:về việc|về)\s+((?:[^\W\d_]+\s+){2,3}[^\W\d_]+)")


def by_topic_again(doc: Doc, mentions: list[Found], issued_here: frozenset[int] = frozenset()) -> None:
    """A document named bare by its kind and topic ("Nghị quyết về phát triển du lịch ...") after a numbered one of
    that kind whose topic starts with the same words is that document again: the mention is re-pointed (not the
    text's own document issued "như sau:" at ``issued_here``, on the topic of the one it carries out: "Trên cơ sở
    Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về phát triển
    kinh tế tư nhân của tỉnh ... như sau:")."""
    numbered = [f for f in mentions if f.resolution.number and f.resolution.kind in _TOPIC_KINDS]
    if not numbered:
        return
    topics: list[tuple[Found, list[str]]] = []
    starts = sorted(f.start for f in mentions)
    for g in numbered:
        # its topic right after it, or after its date and issuer ("Chỉ thị số 05-CT/TU ngày ... của Ban Thường vụ Tỉnh
        # ủy về ..."), before the next document named and in its sentence
        nxt = bisect.bisect_right(starts, g.end)
        stop = min(starts[nxt] if nxt < len(starts) else len(doc.match), doc.sentence_bounds(g.start)[1], g.end + 120)
        if (head := _TOPIC_HEAD.search(doc.match, g.end, stop)) is not None and not _CLAUSE_BREAK.search(
            doc.match, g.end, head.start()
        ):
            topics.append((g, head.group(1).casefold().split()))
    for f in mentions:
        if (
            f.resolution.number
            or f.resolution.issuer
            or f.resolution.kind not in _TOPIC_KINDS
            or f.start in issued_here
        ):
            continue
        kind_word = _KIND_ABOUT.match(doc.match, f.start)
        topic = _TOPIC_HEAD.match(doc.match, kind_word.end()) if kind_word is not None else None
        if topic is None:
            continue
        words = topic.group(1).casefold().split()
        same = [g for g, head in topics if g.end <= f.start and g.resolution.kind == f.resolution.kind
                and words[: len(head)] == head]  # fmt: skip
        if same:
            f.resolution = same[-1].resolution


_CLAUSE_BREAK = re.compile(r"[,;:(]")
_TOPIC_KINDS = frozenset({"NQ", "CT", "KL", "QĐ", "KH"})


#: a council or congress adopting a list of resolutions, one per item: "biểu quyết thông qua các nghị quyết: Phân bổ
#: vốn đầu tư công năm 2025; quy định mức học phí; ..." (reads the verb, the plural head and the colon; the items run
#: to the sentence end, split at ";")
_ADOPTED_LIST = WordPattern(
    r"(?<![\w])(?P<verb>thông qua|ban hành)\s+(?:\d{1,3}\s+)?(?:các\s+)?nghị quyết\s*:\s*",
    starts=("thông qua", "ban hành"),
)
#: a list only planned or to be considered ("sẽ thông qua", "dự kiến thông qua") is no adopted document yet
_NOT_YET = re.compile(r"(?:sẽ|dự kiến|chuẩn bị|đề nghị|trình)\s+(?:\S+\s+){0,2}$")
_LIST_END = re.compile(r"\n|\.(?!\d)(?=\s|$)")
#: an item that is a project or another kind of document, not a resolution ("Đề án khu đô thị ...", "Báo cáo ...")
_NOT_A_RESOLUTION_ITEM = re.compile(r"(?:Đề án|Dự án|Báo cáo|Tờ trình|đề án|dự án)\s")


def _list_items(doc: Doc, start: int) -> Iterator[tuple[int, str]]:
    """The items of a list read from ``start`` to its end (_LIST_END), split at semicolons: where each item's text
    starts, and the item as written (with its spaces)."""
    end_m = _LIST_END.search(doc.match, start)
    end = end_m.start() if end_m else len(doc.match)
    pos = start
    for item in doc.match[start:end].split(";"):
        yield pos + len(item) - len(item.lstrip()), item
        pos += len(item) + 1


def adopted_list(doc: Doc) -> list[Found]:
    found: list[Found] = []
    for m in _ADOPTED_LIST.finditer(doc.match):
        if _NOT_YET.search(doc.match, max(0, m.start() - 30), m.start()):
            continue
        for start, item in _list_items(doc, m.end()):
            text = item.strip().split(" (")[0].strip()
            if len(text.split()) < 3 or _NOT_A_RESOLUTION_ITEM.match(text):
                continue
            if len(text) > 1 and text[1].islower():
                text = text[0].lower() + text[1:]
            res = Resolution(f"Nghị quyết {text}", "NQ", None, None, None, None, None)
            found.append(_mention(doc, res, start, start + len(item.strip())))
    return found


#: a notice a body issues, named by its topic in lower case: "Sở Nội vụ phát đi thông báo về việc sắp xếp ...",
#: "UBND tỉnh ban hành thông báo về ..." (the verb of issuing first: "nhận được thông báo về ..." is none of its own)
_NOTICE_ISSUED = WordPattern(
    r"(?<![\w])(?:phát đi|ban hành|vừa ra|đã ra)\s+(?:văn bản\s+)?thông báo\s+(?P<topic>về(?:\s+việc)?\s)",
    starts=("phát đi", "ban hành", "vừa ra", "đã ra"),
)
#: the topic ends at the clause end or where its basis begins ("... theo Kết luận của Bộ Chính trị")
_NOTICE_TOPIC_END = re.compile(r"[.;:\n(]|,\s|\s(?:theo|để|nhằm|căn cứ)\s")


def issued_notices(doc: Doc) -> list[Found]:
    found: list[Found] = []
    for m in _NOTICE_ISSUED.finditer(doc.match):
        start = m.start("topic")
        end_m = _NOTICE_TOPIC_END.search(doc.match, start, start + 250)
        end = end_m.start() if end_m else min(len(doc.match), start + 250)
        topic = doc.match[start:end].strip()
        if len(topic.split()) < 4:
            continue
        res = Resolution(f"Thông báo {topic}", "TB", None, None, None, None, None)
        found.append(_mention(doc, res, start, start + len(topic)))
    return found


#: a plan's title in capitals naming, without a number, the resolution it carries out: "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT
#: CỦA HĐND THÀNH PHỐ VỀ NHỮNG NHIỆM VỤ ..." (the kind line, then the title line: the cue, the kind, "CỦA" its
#: issuer, "VỀ" its topic)
_CAPITAL_TITLE_TARGET = re.compile(
    r"(?m)^[ \t]*(?:KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|QUYẾT ĐỊNH|HƯỚNG DẪN)[ \t]*\n[ \t]*"
    r"(?:THỰC HIỆN|TRIỂN KHAI(?: THỰC HIỆN)?)[ \t]+(?P<kind>NGHỊ QUYẾT|KẾT LUẬN|CHỈ THỊ)[ \t]+CỦA[ \t]+"
    r"(?P<issuer>[^\n]{2,60}?)[ \t]+VỀ[ \t]+(?P<topic>[^\n]{4,200}?)[ \t]*$"
)
_CAPITAL_KIND = {"NGHỊ QUYẾT": ("NQ", "Nghị quyết"), "KẾT LUẬN": ("KL", "Kết luận"), "CHỈ THỊ": ("CT", "Chỉ thị")}
_ISSUER_BY_CAPITALS = {name.upper(): name for name in ISSUERS}


def capital_title_target(doc: Doc) -> list[Found]:
    m = _CAPITAL_TITLE_TARGET.search(doc.match, 0, _HEADER_WINDOW)
    if m is None or not m.group("topic").isupper() or any(c.isdigit() for c in m.group("issuer")):
        return []
    kind, word = _CAPITAL_KIND[m.group("kind")]
    caps = " ".join(m.group("issuer").split())
    issuer = _ISSUER_BY_CAPITALS.get(caps) or _ISSUER_BY_CAPITALS.get(caps.replace("HĐND ", "HỘI ĐỒNG NHÂN DÂN "))
    named = issuer or caps.lower().replace("hđnd", "HĐND").replace("ubnd", "UBND")
    key = f"{word} của {named} về {' '.join(m.group('topic').lower().split())}"
    res = Resolution(key, kind, None, issuer, None, None, None)
    return [_mention(doc, res, m.start("kind"), m.end("topic"))]


def handed_decisions(doc: Doc, symbols: list[Found]) -> list[Found]:
    found: list[Found] = []
    for m in _DECISION_WORD.finditer(doc.match):
        listed = bool(found) and _LISTED_AFTER.fullmatch(doc.match, found[-1].end, m.start()) is not None
        if not (_HANDED.search(doc.match, max(0, m.start() - 12), m.start()) or listed):
            continue  # ("công bố quyết định A và quyết định B": B is handed over too)
        decides = _DECIDES.match(doc.match, m.end())
        if decides is None or any(f.start == m.end() for f in symbols):
            continue
        window = doc.match[m.end() : m.end() + _DESC_MAX]
        # (a decision on a person ends at its first comma, the person's titles after it; one that approves or
        # adjusts goes on: "phê duyệt bổ sung 12 dự án, diện tích 80 ha ...")
        personal = _ON_A_PERSON.match(decides.group(0)) is not None
        if _ON_BODIES.match(doc.match, m.end()):
            stops = [_end_of_bodies(window)]
        else:
            stops = [
                x.start() for x in (_DECISION_END.search(window) if personal else None, _CLAUSE_END.search(window)) if x
            ]
        end = m.end() + min(stops, default=len(window))
        text = doc.match[m.start() : end].strip(" ,")
        if len(text.split()) < 4 or _VAGUE.search(text):
            continue
        same = _handed_numbered(doc, symbols, decides.group(0).strip(" ,"))
        if same is not None:  # "công bố quyết định kiểm tra ..." after or before "công bố Quyết định số 1685-QĐ/TW
            found.append(_mention(doc, same, m.start(), end))  # ... về kiểm tra ...": that decision again
            continue
        key = text[0].upper() + text[1:]
        found.append(_mention(doc, Resolution(key, "QĐ", None, None, None, None, None), m.start(), end))
    return found


_ON_A_PERSON = re.compile(
    r"\s+(?:về việc\s+)?(?:chuẩn y|chỉ định|điều động|tiếp nhận|miễn nhiệm|bổ nhiệm|phân công|luân chuyển|cho thôi"
    r"|kỷ luật|bầu bổ sung|khen thưởng|tặng)"
)
#: a decision appointing committees, listed with commas ("chỉ định Ban Chấp hành Đảng bộ, Ban Thường vụ, Bí thư ..."):
#: its commas do not end it as an appointee's titles do
_ON_BODIES = re.compile(
    r"\s+(?:về việc\s+|về\s+)?(?:chỉ định|chuẩn y|kiện toàn)\s+(?:nhân sự\s+)?"
    r"(?:[Bb]an [Cc]hấp hành|[Bb]an [Tt]hường vụ)"
)
#: a post or committee listed after a comma in such a decision ("..., Ban Thường vụ, Bí thư, Phó Bí thư ...")
_POST_LISTED = re.compile(
    r",\s+(?:Phó\s+|phó\s+)?(?:Bí thư|bí thư|Ban Thường vụ|Chủ nhiệm|chủ nhiệm|Ủy viên|Ủy ban Kiểm tra)"
)
#: what ends it besides a clause end: its size ("... gồm 33 người"), the next decision
_BODIES_END = re.compile(r"\s+gồm\s|\s+(?:và|cùng)\s+(?:các\s+)?[Qq]uyết định\s")


def _end_of_bodies(window: str) -> int:
    """Where a decision appointing committees ends: a clause end that is not a listed post's comma, or its size."""
    pos, end = 0, len(window)
    while (x := _CLAUSE_END.search(window, pos)) is not None:
        if not _POST_LISTED.match(window, x.start()):
            end = x.start()
            break
        pos = x.start() + 1
    size = _BODIES_END.search(window, 0, end)
    return size.start() if size else end


_LISTED_AFTER = re.compile(r"\s*(?:,|và)\s*")
_HANDED_NUMBERED = re.compile(r"(?:trao|công bố|đọc|nhận)\s+Quyết định\s+(?:số\s*)?$", re.IGNORECASE)


def _handed_numbered(doc: Doc, symbols: list[Found], content: str) -> Resolution | None:
    """The one numbered decision the text says was handed over or announced whose topic opens with the same content
    ("công bố Quyết định số 1685-QĐ/TW ... về kiểm tra ..." for "công bố quyết định kiểm tra")."""
    about = re.compile(rf"\svề\s+(?:việc\s+)?{re.escape(content)}(?![\w])", re.IGNORECASE)
    same = {
        id(f.resolution): f.resolution
        for f in symbols
        if f.resolution.kind == "QĐ"
        and f.resolution.number
        and _HANDED_NUMBERED.search(doc.match, max(0, f.start - 30), f.start)
        and about.search(doc.match, f.end, min(doc.sentence_bounds(f.start)[1], f.end + 160))
    }
    return next(iter(same.values())) if len(same) == 1 else None


def extract_resolutions(doc: Doc) -> tuple[list[Resolution], list[Found]]:
    """Resolutions of the document (one per real document), and every mention in text order."""
    mentions = numbered(doc)
    mentions += bracketed_numbers(doc, mentions)
    mentions += named(doc)
    mentions += _congress_again(doc, mentions)
    mentions += _adopted_at_congress(doc, mentions)
    mentions += _adopted_by_reported_congress(doc, mentions)
    drafted = {f.start for f in mentions}
    mentions += [f for f in _congress_draft(doc, mentions) if f.start not in drafted]
    mentions += _listed_by_topic(doc)
    by_issuer = described_by_issuer(doc, mentions)
    starts = {f.start for f in mentions}
    mentions += [d for d in by_issuer if d.start not in starts]
    mentions += by_period_or_body(doc, mentions)
    mentions += handed_decisions(doc, mentions)
    paired = {f.start for f in mentions}
    mentions += [f for f in pair_on_topic(doc) if f.start not in paired]
    mentions += titled(doc)
    mentions += adopted_list(doc)
    mentions += issued_notices(doc)
    mentions += capital_title_target(doc)
    mentions += headed(doc, mentions)
    # a report on several documents is one report per document, each read at that document's symbol
    more = described(doc, mentions)
    kinds_at = {(f.start, f.resolution.kind) for f in mentions}
    # (a plan inside a resolution's topic is that topic, no document of its own)
    abbreviated = abbreviated_resolutions(doc) + topic_listed_resolutions(doc)
    more = [d for d in more if d.resolution.kind != "KH" or not any(a.start <= d.start < a.end for a in abbreviated)]
    more += abbreviated
    mentions += [d for d in more if (d.start, d.resolution.kind) not in kinds_at]
    starts = {f.start for f in mentions}
    mentions += [d for d in leaders_conclusions(doc, mentions) if d.start not in starts]
    built = [d for d in built_as_follows(doc) if d.start not in starts]
    mentions += built
    mentions += [d for d in described_by_body(doc, mentions) if d.start not in starts]
    by_topic_again(doc, mentions, frozenset(d.start for d in built))
    mentions += _bare_described(doc, mentions)
    mentions = agenda_topics(doc, mentions)
    mentions += agenda_items(doc, mentions)
    mentions += agenda_plurals(doc, mentions)
    _plenum_by_term(doc, mentions)
    _plenum_aliases(doc, mentions)
    mentions.sort(key=lambda f: (f.start, -f.end))
    unique: list[Resolution] = []
    terms: dict[int, _Term] = {}  # id of a unique resolution -> the term its mentions name
    # only resolutions of one bucket can be _same (a scan of every unique one per mention is quadratic);
    # the keys of the unique ones, counted, say whether a key is taken
    buckets: dict[tuple[str, str | None], list[Resolution]] = {}
    keys: Counter[str] = Counter()
    for f in mentions:
        term = _term_of(doc, f)
        same = next(
            (
                r
                for r in buckets.get(_bucket(f.resolution), ())
                if r is f.resolution or (_same(r, f.resolution) and not _another_term(terms.get(id(r)), term, r))
            ),
            None,
        )
        if same is None:
            if keys[f.resolution.key]:
                f.resolution.key += _term_suffix(term, f.resolution)  # "05-NQ/TU (khóa XIV)"
            unique.append(f.resolution)
            buckets.setdefault(_bucket(f.resolution), []).append(f.resolution)
            keys[f.resolution.key] += 1
            terms[id(f.resolution)] = term
            continue
        if same is not f.resolution:
            old_key = same.key
            _merge(same, f.resolution)
            if same.key != old_key:
                keys[old_key] -= 1
                keys[same.key] += 1
            f.resolution = same
        known = terms.get(id(same))
        if known is not None and term.label and not known.label:
            terms[id(same)] = _Term(term.label, term.years, known.successor)
    unique = one_decision_per_cadre(_described_again(doc, unique, mentions), mentions)
    return _decision_described_within(unique, mentions), mentions


#: the cadre a decision described by its content names ("... bổ nhiệm đồng chí Đinh Thị Na, ...", "... cho ông Lê A")
_DECIDED_CADRE = re.compile(r"(?:đồng chí|ông|bà)\s+([A-ZĐ][\w]*(?:\s[A-ZĐ][\w]*){1,4})")
#: what such a decision does to the cadre (lexicon.CADRE_ACTS: "bổ nhiệm", "điều động", "tiếp nhận", ...)
_DECIDED_ACT = re.compile("|".join(CADRE_ACTS))


def folded(unique: list[Resolution], mentions: list[Found], into: dict[int, Resolution]) -> list[Resolution]:
    """The resolutions with those folded into another (``into``: by the folded one's id) gone, and every mention of a
    folded one pointing at the one it was folded into."""
    if not into:
        return unique
    for f in mentions:
        f.resolution = into.get(id(f.resolution), f.resolution)
    return [r for r in unique if id(r) not in into]


def _cadre_addressed(key: str) -> str | None:
    """The cadre a description names after "đồng chí", "ông" or "bà"."""
    found = _DECIDED_CADRE.search(key)
    return found.group(1) if found else None


def one_decision_per_cadre(
    unique: list[Resolution], mentions: list[Found], cadre_of: Callable[[str], str | None] = _cadre_addressed
) -> list[Resolution]:
    """A decision on one cadre described twice ("Quyết định của Ban Thường vụ Tỉnh ủy bổ nhiệm đồng chí A giữ chức
    X", then "trao quyết định bổ nhiệm X cho đồng chí A"): one document, named by its first description; two acts on
    two cadres, or two different acts, are two decisions. ``cadre_of`` reads the cadre from a description: the name
    after "đồng chí" while documents are read, one of the text's officials once they are known (__init__)."""
    first: dict[str, tuple[Resolution, frozenset[str]]] = {}
    into: dict[int, Resolution] = {}
    for r in unique:
        if r.kind != "QĐ" or r.number or (cadre := cadre_of(r.key)) is None:
            continue
        acts = frozenset(_DECIDED_ACT.findall(r.key))
        if not acts:
            continue
        known = first.get(cadre)
        if known is None:
            first[cadre] = (r, acts)
        elif known[1] & acts:
            into[id(r)] = known[0]
            _merge(known[0], r)
    return folded(unique, mentions, into)


def _decision_described_within(unique: list[Resolution], mentions: list[Found]) -> list[Resolution]:
    """A decision described by its content whose every word another description of a decision holds (a headline
    "Công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy X", then "công bố Quyết định kiểm tra của Bộ Chính trị
    năm 2026 đối với Ban Thường vụ Tỉnh ủy X"): that decision (at least four words of content, so that a bare
    "quyết định bổ nhiệm cán bộ" is not folded into any longer one)."""
    described = [(r, _content_words(r.key)) for r in unique if r.kind == "QĐ" and not r.number]
    if len(described) < 2:
        return unique
    into: dict[int, Resolution] = {}
    for r, words in described:
        if len(words) < 5:  # (the kind word "quyết định" is two of them)
            continue
        wider = [o for o, other in described if o is not r and id(o) not in into and words < other]
        if len(wider) == 1:
            into[id(r)] = wider[0]
            _merge(wider[0], r)
    return folded(unique, mentions, into)


#: the words of a description, case folded, without its kind word and the small words every title has
_TITLE_WORD = re.compile(r"[^\W\d_](?:[^\W_]|[-/])*|\d[\w/-]*")
_FILLER = frozenset(
    {"về", "việc", "của", "và", "các", "số", "trên", "địa", "bàn", "tỉnh", "năm", "ngày", "thực", "hiện"}
)


def _content_words(text: str) -> set[str]:
    return {w for w in _TITLE_WORD.findall(text.casefold()) if w not in _FILLER}


#: where a header's title ends: its first recital ("Căn cứ ...", "Xét ...", "Thực hiện ...", "Theo đề nghị ...")
_RECITAL = re.compile(
    r"(?m)^[ \t]*(?:Căn cứ|Xét|Thực hiện|Theo đề nghị|QUYẾT NGHỊ|QUYẾT ĐỊNH"
    # "Triển khai thực hiện Quyết định số\n90/QĐ-TTg ...": a recital naming a numbered document (a title line opening
    # "Triển khai thực hiện Đề án ..." names none)
    r"|Triển khai(?: thực hiện)?\s+(?:Quyết định|Nghị quyết|Chỉ thị|Kết luận|Kế hoạch|Thông báo|Công văn)\s+số)"
)
#: a document named by description that holds the symbol of one named by number ("Báo cáo thẩm tra số 503/BC-HĐND")
#: (a space after the dash, as some copies have it: "46/BC- HĐND", read without it)
_SYMBOL_HELD = re.compile(r"\d+(?:/\d{4})?[-/][A-ZĐ][A-Za-zĐđ]*(?:[/-] ?[A-ZĐ][\wĐđ-]*)?")


def _described_again(doc: Doc, unique: list[Resolution], mentions: list[Found]) -> list[Resolution]:
    """A document named by description that is one the text also names otherwise, folded into it:

    * a description holding a numbered document's symbol ("Báo cáo thẩm tra số 503/BC-HĐND ngày ... của Ban Kinh
      tế\n- Ngân sách", read apart over the line break) is that document;
    * the text's own document (its header) named again by its title, in the submission that asks for it ("Xét Tờ
      trình ... về việc ban hành Nghị quyết về <the title>");
    * a headline naming a numbered document by its topic ("Kế hoạch tổ chức Ngày hội đọc sách năm 2023", then "ban
      hành Kế hoạch số 71/KH-UBND về việc tổ chức Ngày hội đọc sách Việt Nam năm 2023"): every word of the
      description is in the numbered one's sentence after its symbol."""
    described = [r for r in unique if not r.number]
    if not described:
        return unique
    numbered = [f for f in mentions if f.resolution.number]
    own = own_document(doc, mentions)
    # (a numbered one, by its header: a text published in full has no header title to read)
    title = _own_title(doc, mentions, own) if own is not None and own.number else set()
    into: dict[int, Resolution] = {}
    for r in described:
        if r is own:
            continue  # the text's own unnumbered plan ("... xây dựng Kế hoạch X như sau:") is no document it names
        target = _held_symbol(r, numbered)
        # (of the own document's very kind: the "Quy định" a "Quyết định" issues is another document)
        if target is None and own is not None and r.kind == own.kind and _within(r.key, title):
            target = own
        if target is None:
            target = _in_apposition(doc, r, mentions)
        if target is None and own is None:
            target = _headline_of(doc, r, numbered, mentions)
        if target is None and not _SYMBOL_HELD.search(r.key):
            target = _topic_of(doc, r, numbered, [f.start for f in mentions if f.resolution is r])
        if target is None and not _SYMBOL_HELD.search(r.key):
            target = _bare_numbered_after(doc, r, described, numbered, mentions)
        if target is not None and target is not r:
            into[id(r)] = target
            _merge(target, r)
    return folded(unique, mentions, into)


#: how far after a headline the story names the document the headline describes
_HEADLINE_REACH = 600
#: a cue inside a description: the plan is named by what it carries out (another document's plan, maybe)
_CUE_IN = re.compile(r"(?i:thực hiện|triển khai|cụ thể hóa)")


def _headline_of(doc: Doc, r: Resolution, numbered: list[Found], mentions: list[Found]) -> Resolution | None:
    """A headline naming a plan by what it carries out ("Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính
    trị", then "Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 180-KH/TU."): the one numbered document of that kind
    the story names right after it."""
    if r.kind != "KH":
        return None
    opening = len(doc.match) - len(doc.match.lstrip())
    line_end = doc.match.find("\n", opening)
    # (the headline is the text's first line, and the description opens it; or stands later in it, named by what it is
    # about, not by what it carries out: "Hội nghị trực tuyến quán triệt Kế hoạch thúc đẩy chuyển đổi số ...", then
    # "... quán triệt triển khai Kế hoạch số 02-KH/BCĐTW")
    if line_end < 0 or not any(
        f.resolution is r and (f.start == opening or (opening < f.start < line_end and not _CUE_IN.search(r.key)))
        for f in mentions
    ):
        return None
    same = {f.resolution.key: f.resolution for f in numbered if _kin(f.resolution.kind, r.kind)}
    near = {f.resolution.key for f in numbered if f.resolution.key in same and f.start < line_end + _HEADLINE_REACH}
    if len(same) != 1 or len(near) != 1:
        return None
    return next(iter(same.values()))


#: between a numbered document and its name in apposition: only its date ("Nghị quyết số 05-NQ/ĐH ngày 23 tháng 10 năm
#: 2020 Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh Lai Châu lần thứ XIV")
_APPOSITION = re.compile(
    r"\s*,?\s*(?:ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?\s*[,:(–-]?\s*"
)


def _in_apposition(doc: Doc, r: Resolution, mentions: list[Found]) -> Resolution | None:
    """The numbered document of the same kind whose name (a congress's resolution) follows it right after its date."""
    at = [k for k, f in enumerate(mentions) if f.resolution is r]
    for k in at:
        before = mentions[k - 1] if k else None
        if (
            before is not None
            and before.resolution.number
            and before.resolution.kind == r.kind
            and _APPOSITION.fullmatch(doc.match, before.end, mentions[k].start)
        ):
            return before.resolution
        # its number in brackets right after it: "Nghị quyết Đại hội ... lần thứ XX (Nghị quyết số 01-NQ/ĐH)"
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            after is not None
            and after.resolution.number
            and after.resolution.kind == r.kind
            and _NUMBER_IN_BRACKETS.fullmatch(doc.match, mentions[k].end, after.start)
        ):
            return after.resolution
    return None


#: between a document named by description and its number in brackets: "... (Nghị quyết số 01-NQ/ĐH)"
_NUMBER_IN_BRACKETS = re.compile(r"\s*,?\s*\(\s*(?:(?:Nghị quyết|Quyết định|Kết luận|Chỉ thị|Kế hoạch)\s+)?(?:số\s*)?")


def _kin(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"QĐ", "QĐi"}


def _within(key: str, words: set[str]) -> bool:
    """Every content word of the description (four at least) is among ``words``."""
    mine = _content_words(key.split(" ", 2)[-1] if key.lower().startswith(("nghị quyết", "kế hoạch")) else key)
    return len(mine) >= 4 and mine <= words


def _own_title(doc: Doc, mentions: list[Found], own: Resolution) -> set[str]:
    at = next((f for f in mentions if f.resolution is own), None)
    if at is None:
        return set()
    stop = _RECITAL.search(doc.match, at.end, at.end + 800)
    return _content_words(doc.match[at.end : stop.start() if stop else at.end + 400])


#: the symbol as the description's own number: a few words after its kind word, then "số" ("Báo cáo thẩm tra số
#: 503/BC-HĐND"; not "Quy định của Ban Thường vụ ..., thay thế Quy định số 08-QĐi/TU")
#: (also with "số" glued to the word before, as a legal database's copy joins wrapped words: "Báo cáo thẩm trasố 46")
_OWN_NUMBER_HELD = re.compile(r"\S+(?:\s+\S+){1,3}?\s+số\s*(?=\d)|\S+(?:\s+\S+){1,3}?(?<=\w)số\s*(?=\d)")


def _held_symbol(r: Resolution, numbered: list[Found]) -> Resolution | None:
    at = _OWN_NUMBER_HELD.match(r.key)
    held = (
        {m.group(0).upper().replace(" ", "") for m in _SYMBOL_HELD.finditer(r.key, at.end(), at.end() + 40)}
        if at
        else set()
    )
    if not held:
        return None
    return next(
        (f.resolution for f in numbered if f.resolution.key.upper() in held and _kin(f.resolution.kind, r.kind)), None
    )


def _topic_of(doc: Doc, r: Resolution, numbered: list[Found], at: list[int]) -> Resolution | None:
    """The numbered document whose sentence, after its symbol, holds every word of the description, named in
    another sentence (a description in that sentence is another document: "Kết luận số 18-KL/TU về ... và kết luận
    của Thủ tướng về ...")."""
    for f in numbered:
        if _kin(f.resolution.kind, r.kind):
            start, end = doc.sentence_bounds(f.end)
            if any(start <= a < end for a in at):
                continue
            words = _content_words(doc.match[f.end : min(end, f.end + 300)])
            if _within(r.key, words) or _within(_topic_only(r, f.resolution), words):
                return f.resolution
    return None


#: what may follow a numbered document named bare (no topic of its own): its date, its issuer, then the clause goes on
_BARE_AFTER_SYMBOL = re.compile(r"\s*(?:[,.;:)\n]|$)")


def _bare_numbered_after(
    doc: Doc, r: Resolution, described: list[Resolution], numbered: list[Found], mentions: list[Found]
) -> Resolution | None:
    """A document described with its issuer ("công bố Quyết định của Thủ tướng Chính phủ về phê duyệt Quy hoạch tỉnh
    ..."), then named bare by its number after it ("Theo Quyết định số 1701/QĐ-TTg ngày 27/12/2023, tỉnh ..."): the
    one numbered document of that kind and issuer the text names after it, when each of its mentions says nothing of
    its topic and no other description of that kind and issuer could be it."""
    info = _issuer_info(r.issuer) if r.issuer else None
    if info is None or any(o is not r and o.kind == r.kind and o.issuer == r.issuer for o in described):
        return None
    first = min((f.start for f in mentions if f.resolution is r), default=len(doc.match))
    code = info[0].upper()
    same = [f for f in numbered if _kin(f.resolution.kind, r.kind) and (f.resolution.issuer_code or "").upper() == code]
    keys = {f.resolution.key for f in same}
    if len(keys) != 1 or any(f.start < first for f in same):
        return None
    on_cadres = r.key.endswith("về công tác cán bộ")  # ("Trao quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ")
    for f in same:
        _, pos = date_after(doc, f.end)
        _, pos = _issuer_after(doc, pos)
        if on_cadres and _DECIDED_ACT.search(doc.match, pos, doc.sentence_bounds(f.start)[1]):
            continue  # "... Quyết định số 1520-QĐ/TU ... điều động đồng chí A ...": a decision on cadres, that one
        if not _BARE_AFTER_SYMBOL.match(doc.match, pos):
            return None  # "Quyết định số 1600/QĐ-TTg ... phê duyệt Chương trình ...": its own topic, maybe another
    return same[0].resolution


#: a described document's kind word and issuer before its topic: "Kết luận của Ban Chấp hành Trung ương về ..."
_KIND_AND_ISSUER = re.compile(r"^\S+\s+\S+\s+của\s+(?P<issuer>.+?)\s+về\s+(?P<topic>.+)$")


def _topic_only(r: Resolution, numbered: Resolution) -> str:
    """The topic of a description that names its issuer ("Kết luận của Ban Chấp hành Trung ương về mục tiêu tăng
    trưởng" -> "mục tiêu tăng trưởng"), when that issuer's code is the numbered document's; else nothing."""
    m = _KIND_AND_ISSUER.match(r.key)
    info = _issuer_info(m.group("issuer")) if m is not None else None
    if m is None or info is None or (numbered.issuer_code or "").upper() != info[0].upper():
        return ""
    return m.group("topic")


#: a bare "Nghị quyết Đại hội" ("Để cụ thể hóa Nghị quyết Đại hội, ..."): the congress resolution named before
_BARE_CONGRESS = re.compile(
    r"Nghị quyết Đại hội(?:\s+Đảng bộ\s+(?P<level>tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn))?"
    r"(?=\s*[,.;:\n)]|\s+(?:đã|đề ra|và|của Đảng bộ)\s)"
)


_BARE_CONGRESS_KEY = re.compile(r"Nghị quyết Đại hội(?:\s+Đảng bộ\s+(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường))?")


#: a congress the text reports ("Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030")
_CONGRESS_HELD = re.compile(
    rf"Đại hội(?:\s+[Đđ]ại biểu)?\s+Đảng bộ\s+{_PARTY_LEVEL}{_UNIT_NAME}\s+lần thứ\s+(?:{_ROMAN}|[Nn]hất)(?![\w])"
    rf"{_TERM}?"
)
#: "Đại hội thống nhất thông qua Nghị quyết với mục tiêu ...": the bare resolution a congress adopts is its own
_ADOPTED_BARE = re.compile(
    r"thông qua\s+(?:dự thảo\s+)?(Nghị quyết(?: [Đđ]ại hội)?)"
    r"(?=\s*[,.;\n]|\s+(?:với|của [Đđ]ại hội|[Đđ]ại hội\s*[,.;]|gồm)(?![\w]))"
)


#: a council's resolutions listed by topic after a colon ("HĐND tỉnh đã thông qua các nghị quyết về: A; B; C.")
_TOPICS_LISTED = re.compile(
    r"(?:thông qua|ban hành|xem xét)\s+(?:\d{1,2}\s+|các\s+)?[Nn]ghị quyết(?:\s+quan trọng)?\s+về\s*:\s*"
)
#: where a listed topic ends: the next one after ";", or the sentence's end
_TOPIC_END = re.compile(r";|\.(?!\d)|\n")


def _listed_by_topic(doc: Doc) -> list[Found]:
    """One resolution per topic a council adopts in a list ("thông qua các nghị quyết về: A; B; C" gives
    "Nghị quyết về A", "Nghị quyết về B", "Nghị quyết về C")."""
    if "về:" not in doc.match and "về :" not in doc.match:
        return []
    out: list[Found] = []
    for m in _TOPICS_LISTED.finditer(doc.match):
        pos = m.end()
        while (stop := _TOPIC_END.search(doc.match, pos)) is not None:
            topic = doc.match[pos : stop.start()].strip(" …")
            if len(topic.split()) >= 3:
                resolution = Resolution(f"Nghị quyết về {topic}", "NQ", None, None, None, None, None)
                out.append(_mention(doc, resolution, pos, stop.start()))
            if stop.group(0) != ";":
                break
            pos = stop.end()
    return out


def _adopted_at_congress(doc: Doc, mentions: list[Found]) -> list[Found]:
    """A bare "Nghị quyết" a congress adopts ("Đại hội ... thông qua Nghị quyết với mục tiêu ...") is the resolution of
    the congress the text reports: the one named in full, else one keyed by the congress's name."""
    if "thông qua" not in doc.match:
        return []
    out: list[Found] = []
    for m in _ADOPTED_BARE.finditer(doc.match):
        s, _ = doc.sentence_bounds(m.start())
        # ("thông qua Nghị quyết đại hội": the congress's own, in its own words)
        congress_named = m.group(1).lower().endswith("đại hội")
        said = doc.match[s : m.start()]
        if "Đại hội" not in said and "đại hội" not in said and not congress_named:
            continue  # adopted by a council or a meeting: no congress's
        named_full = [f for f in mentions if f.resolution.key.startswith("Nghị quyết Đại hội")]
        if named_full:
            out.append(Found(named_full[0].resolution, m.start(1), m.end(1), anaphoric=True))
            continue
        held = _CONGRESS_HELD.search(doc.match)
        if held is None:
            continue
        name = " ".join(held.group(0).split())
        resolution = Resolution(f"Nghị quyết {name}", "NQ", None, name, None, None, None)
        out.append(_mention(doc, resolution, m.start(1), m.end(1)))
    return out


_MASS_NAMES = "|".join(map(re.escape, sorted(MASS_ORGANIZATIONS, key=len, reverse=True)))
#: a congress adopting its resolution told by what the resolution sets, or in lower case: "Đại hội đã thông qua Nghị
#: quyết xác định ba khâu đột phá", "thông qua nghị quyết đại hội" ("Nghị quyết" then a word that opens its content,
#: never a number, a symbol or another body's name; a bare one _ADOPTED_BARE reads)
_ADOPTED_DESCRIBED = re.compile(
    r"thông qua\s+(?:dự thảo\s+)?([Nn]ghị quyết(?: [Đđ]ại hội)?)"
    r"(?=\s+(?:xác định|đề ra|nêu rõ|nhằm|trong đó|đại hội|với)(?![\w])|\s*[,.;\n])"
)
#: the congress a text reports, held by its Party organization named before it: "Đảng bộ xã Bình Ba tổ chức (thành
#: công) Đại hội đại biểu lần thứ VII, nhiệm kỳ 2025-2030" (its unit, then the verb, the ordinal, the term)
_CONGRESS_OF_HOLDER = re.compile(
    rf"Đảng bộ (?P<unit>{_PARTY_LEVEL}{_UNIT_NAME}),? (?:(?:đã|vừa|long trọng|trọng thể) ){{0,2}}(?:tổ chức|tiến hành)"
    rf" (?:(?:thành công|trọng thể|long trọng) )?[Đđ]ại hội(?: [Đđ]ại biểu)?"
    rf" (?P<nth>lần thứ (?:{_ROMAN}|\d{{1,2}}|nhất))(?![\w])(?P<term>{_TERM})?"
)
#: a mass organization's or the Front's congress the text reports: "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An
#: lần thứ X, nhiệm kỳ 2022-2027"
_MASS_CONGRESS_NAMED = re.compile(
    rf"Đại hội (?:[Đđ]ại biểu )?(?P<org>{_MASS_NAMES}) (?P<unit>{_PARTY_LEVEL}{_UNIT_NAME}) (?P<nth>lần thứ {_ROMAN})"
    rf"(?![\w])(?P<term>{_TERM})?"
)


def _reported_congress(doc: Doc) -> str | None:
    """The name of the congress the text reports, in full ("Đại hội đại biểu Đảng bộ xã Bình Ba lần thứ VII, nhiệm kỳ
    2025-2030"): the Party congress named, else one its Party organization holds, else a mass organization's."""
    if held := _CONGRESS_HELD.search(doc.match):
        return " ".join(held.group(0).split())
    if holder := _CONGRESS_OF_HOLDER.search(doc.match):
        term = holder.group("term") or ""
        return " ".join(f"Đại hội đại biểu Đảng bộ {holder.group('unit')} {holder.group('nth')}{term}".split())
    if mass := _MASS_CONGRESS_NAMED.search(doc.match):
        term = mass.group("term") or ""
        org = MASS_ORGANIZATIONS[mass.group("org")]
        return " ".join(f"Đại hội đại biểu {org} {mass.group('unit')} {mass.group('nth')}{term}".split())
    return None


def _adopted_by_reported_congress(doc: Doc, mentions: list[Found]) -> list[Found]:
    """The resolution a congress adopts told by what it sets ("Đại hội đã thông qua Nghị quyết xác định ...") or in
    lower case ("thông qua nghị quyết đại hội"), where _adopted_at_congress reads nothing: the congress the text
    reports names it (a Party organization's held by it, or a mass organization's), or the congress resolution named
    in full."""
    if "thông qua" not in doc.match:
        return []
    bare = {m.start(1) for m in _ADOPTED_BARE.finditer(doc.match)}
    out: list[Found] = []
    for m in _ADOPTED_DESCRIBED.finditer(doc.match):
        if m.start(1) in bare:
            continue
        s, _ = doc.sentence_bounds(m.start())
        said = doc.match[s : m.start()]
        if "Đại hội" not in said and "đại hội" not in said and not m.group(1).lower().endswith("đại hội"):
            continue  # adopted by a council or a meeting: no congress's
        named_full = [f for f in mentions if f.resolution.key.startswith("Nghị quyết Đại hội")]
        if named_full:
            out.append(Found(named_full[0].resolution, m.start(1), m.end(1), anaphoric=True))
            continue
        if (name := _reported_congress(doc)) is None:
            continue
        resolution = Resolution(f"Nghị quyết {name}", "NQ", None, name, None, None, None)
        out.append(_mention(doc, resolution, m.start(1), m.end(1)))
    return out


#: a congress's draft resolution named bare among its documents ("dự thảo Báo cáo chính trị, ... và dự thảo Nghị quyết
#: đại hội trước khi in ..."): nothing after it names the congress
_DRAFT_CONGRESS_RESOLUTION = re.compile(
    r"[Dd]ự thảo\s+(?P<word>[Nn]ghị quyết\s+[Đđ]ại hội)(?=\s*[,.;:\n)]|\s+(?:và|trước|để|trình|sẽ|cũng|được|đã)\s)"
)


def _congress_draft(doc: Doc, mentions: list[Found]) -> list[Found]:
    """A bare "dự thảo Nghị quyết đại hội": the resolution of the congress named in full before it, else of the
    one congress the text reports (its drafts prepared, as "Tiểu ban văn kiện Đại hội Đảng bộ tỉnh lần thứ XI")."""
    if "ự thảo" not in doc.match:
        return []
    out: list[Found] = []
    for m in _DRAFT_CONGRESS_RESOLUTION.finditer(doc.match):
        named_full = [f for f in mentions if f.resolution.key.startswith("Nghị quyết Đại hội") and f.start < m.start()]
        if named_full:
            out.append(Found(named_full[-1].resolution, m.start("word"), m.end("word"), anaphoric=True))
        elif (name := _reported_congress(doc)) is not None:
            resolution = Resolution(f"Nghị quyết {name}", "NQ", None, name, None, None, None)
            out.append(_mention(doc, resolution, m.start("word"), m.end("word")))
    return out


#: two documents of one topic acted on together: "triển khai quyết định và kế hoạch kiểm tra đối với Ban Thường vụ
#: Huyện ủy X", "công bố Quyết định và Kế hoạch giám sát chuyên đề năm 2025" (the topic an inspection's, a
#: supervision's or a review's, up to the clause end)
_PAIR_ON_TOPIC = re.compile(
    r"(?:triển khai|công bố|thông qua|ban hành|trao)\s+(?P<a>[Qq]uyết định)\s+và\s+(?P<b>[Kk]ế hoạch)\s+"
    r"(?P<topic>(?:kiểm tra|giám sát|thanh tra|kiểm điểm)(?![\w])[^.;:\n]{3,160}?)(?=\s*(?:[.;:\n]|,\s|$))"
)


def pair_on_topic(doc: Doc) -> list[Found]:
    """A decision and a plan named by the one topic they share: each is a document."""
    if " và kế hoạch " not in doc.match and " và Kế hoạch " not in doc.match:
        return []
    out: list[Found] = []
    for m in _PAIR_ON_TOPIC.finditer(doc.match):
        topic = " ".join(m.group("topic").split())
        for group, kind, word in (("a", "QĐ", "Quyết định"), ("b", "KH", "Kế hoạch")):
            resolution = Resolution(f"{word} {topic}", kind, None, None, None, None, None)
            out.append(_mention(doc, resolution, m.start(group), m.end()))
    return out


#: a council's resolution by the abbreviation the text defines ("thông qua 7 nghị quyết (NQ) quan trọng. Trong đó có NQ
#: về ...; NQ phân bổ dự toán ...; NQ điều chỉnh, bổ sung ..."), named by its topic or what it does; not a plural ("các
#: NQ về ...")
_ABBREVIATED = re.compile(rf"(?<![\w/-])(?<!các )(?<!những )NQ\s+(?=(?:về|phân bổ|{'|'.join(COUNCIL_RESOLVES)})[\s,])")
#: where such a resolution ends: its list's next item or the clause end (what it does may hold a comma: "NQ điều chỉnh,
#: bổ sung kế hoạch ...")
_ABBREVIATED_END = re.compile(r"[;\n]|\.(?!\d)|,\s+(?=(?:cùng|và|NQ)\s)")


def abbreviated_resolutions(doc: Doc) -> list[Found]:
    """Resolutions named by "NQ" where the text defines that abbreviation ("nghị quyết (NQ)")."""
    if "(NQ)" not in doc.match:
        return []
    out: list[Found] = []
    for m in _ABBREVIATED.finditer(doc.match):
        stop = _ABBREVIATED_END.search(doc.match, m.end(), m.end() + _DESC_MAX)
        end = stop.start() if stop else min(len(doc.match), m.end() + _DESC_MAX)
        topic = " ".join(doc.match[m.end() : end].split()).rstrip(" ,")
        if len(topic.split()) < 3:
            continue
        out.append(_mention(doc, Resolution(f"Nghị quyết {topic}", "NQ", None, None, None, None, None), m.start(), end))
    return out


#: a council's resolutions counted or in the plural, then listed by their topics after a colon ("biểu quyết thông qua 07
#: Nghị quyết quan trọng về các nhóm vấn đề: A; B; C.", "thông qua các tờ trình, Nghị quyết về: A; B; ..."): each item
#: is one resolution, up to the sentence end
_TOPICS_LISTED_AFTER = re.compile(
    r"(?:thông qua|biểu quyết|quyết nghị)[^.:;\n]{0,40}?"
    r"(?:(?:\d{1,2}|các)\s+[Nn]ghị quyết(?:\s*\(NQ\))?(?:\s+(?:quan trọng|then chốt))?"
    r"(?:\s+(?:về\s+(?:các\s+)?(?:nhóm\s+)?(?:vấn đề|nội dung|lĩnh vực)|gồm|như sau|sau))?"
    r"|[Nn]ghị quyết\s+về)\s*:\s*"
)
_ITEMS_END = re.compile(r"\.(?!\d)|\n")
_ENUMERATOR = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\)|[-–+•])\s*")


def topic_listed_resolutions(doc: Doc) -> list[Found]:
    """The resolutions a council adopts listed by topic: "Nghị quyết về <item>" (or "Nghị quyết <item>" where the item
    says what it does: "phê chuẩn ..."); an item named with its kind word is read as a description elsewhere."""
    if "ghị quyết" not in doc.match:
        return []
    out: list[Found] = []
    for m in _TOPICS_LISTED_AFTER.finditer(doc.match):
        if _TOPICS_LISTED.search(doc.match, m.start(), m.end()) or _ADOPTED_LIST.search(doc.match, m.start(), m.end()):
            continue  # ("thông qua các nghị quyết về: ...", "thông qua các nghị quyết: ...": read by those rules)
        if _NOT_YET.search(doc.match, max(0, m.start() - 30), m.start()):
            continue  # "sẽ thông qua 5 nghị quyết gồm: ...": not adopted yet
        stop = _ITEMS_END.search(doc.match, m.end())
        end = stop.start() if stop else len(doc.match)
        pos = m.end()
        for raw in doc.match[m.end() : end].split(";"):
            start = pos + len(raw) - len(raw.lstrip())
            pos += len(raw) + 1
            item = _ENUMERATOR.sub("", " ".join(raw.split())).rstrip(" ,")  # ("(1) Nghị quyết ...", "a) ...")
            if (
                len(item.split()) < 3
                or item.startswith(("Nghị quyết", "nghị quyết"))
                or _NOT_A_RESOLUTION_ITEM.match(item)
            ):
                continue  # (a report or a scheme listed among them is a document or a project of its own)
            first = item[0].lower() + item[1:]
            key = f"Nghị quyết {first}" if first.startswith(COUNCIL_RESOLVES) else f"Nghị quyết về {first}"
            resolution = Resolution(key, "NQ", None, None, None, None, None)
            out.append(_mention(doc, resolution, start, start + len(raw.strip())))
    return out


def _congress_again(doc: Doc, mentions: list[Found]) -> list[Found]:
    """Each bare "Nghị quyết Đại hội" after a congress resolution named in full is that resolution again (GOLD_FORMAT:
    a bare re-mention is the document named before); with none named before it names nothing."""
    congresses = sorted(
        (f for f in mentions if f.resolution.key.startswith("Nghị quyết Đại hội")), key=lambda f: f.start
    )
    if not congresses:
        return []
    out = []
    for m in _BARE_CONGRESS.finditer(doc.match):
        # "Nghị quyết Đại hội Đảng bộ huyện": the last one of that level ("... Đảng bộ huyện Định Hóa")
        level = f"Đảng bộ {m.group('level')}" if m.group("level") else ""
        before = [f for f in congresses if f.end <= m.start() and level in f.resolution.key]
        if not before:  # "trình bày dự thảo Nghị quyết Đại hội", then "thông qua Nghị quyết Đại hội ... lần thứ I"
            after = {id(f.resolution): f for f in congresses if f.start >= m.end() and level in f.resolution.key}
            before = list(after.values()) if len(after) == 1 else []
        if before and not any(f.start <= m.start() < f.end for f in congresses):
            out.append(Found(before[-1].resolution, m.start(), m.end(), anaphoric=True))
    return out


_PLENUM_TERM = re.compile(rf"khóa\s+({_ROMAN})\)?$")


def _plenum_by_term(doc: Doc, mentions: list[Found]) -> None:
    """ "Nghị quyết Trung ương 9 khóa XI" is the text's one numbered central resolution of that term ("Nghị quyết số
    33-NQ/TW ... của Ban Chấp hành Trung ương Đảng khóa XI"), when there is exactly one."""
    for f in mentions:
        res = f.resolution
        plenum = _PLENUM_TERM.search(res.key) if res.number is None and "Trung ương" in res.key else None
        if plenum is None:
            continue
        named_at = _PLENUM_IN_NAME.search(res.key)
        number = _plenum_number(named_at.group("n")) if named_at else None
        same = {
            id(g.resolution): g.resolution
            for g in mentions
            if g.resolution.kind == "NQ"
            and g.resolution.number
            and g.resolution.issuer_code == "TW"
            and _term_of(doc, g).label == f"khóa {plenum.group(1)}"
            and (number is None or _plenum_of(doc, g) in (None, number))  # not another plenum's, named after it
        }
        if len(same) == 1:
            f.resolution = next(iter(same.values()))


#: the plenum of the Central Committee a numbered resolution was adopted at, written after its symbol and date
#: ("Nghị quyết số 13-NQ/TW ngày 10/11/2024 Hội nghị lần thứ 11 Ban Chấp hành Trung ương ...", "... của Hội nghị Trung
#: ương 8 khóa XIII", "... Hội nghị lần thứ năm ..."), and in the short name of a plenum's resolution ("Nghị quyết
#: Trung ương 11", "Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII")
_ORDINALS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
             "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15,
             "mười sáu": 16, "mười bảy": 17, "mười tám": 18}  # fmt: skip
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_PLENUM_AFTER = re.compile(
    rf"[,\s]*(?:của\s+)?(?:Hội nghị\s+(?:lần thứ\s+)?(?P<n>\d{{1,2}}|{_ORDINAL}|{_ROMAN})(?![\w])\s*,?\s*"
    r"(?:Ban Chấp hành|BCH)\s+Trung ương|Hội nghị Trung ương\s+(?P<m>\d{1,2})(?![\w]))"
)
_PLENUM_IN_NAME = re.compile(rf"(?:Trung ương|lần thứ|Hội nghị)\s+(?P<n>\d{{1,2}}|{_ORDINAL}|{_ROMAN})(?![\w])")
#: a short name given in brackets right after a document ("... (Nghị quyết Trung ương 11)", "(gọi tắt là ...)")
_ALIAS_OPEN = re.compile(r"\(\s*(?:(?:sau đây\s+)?gọi\s+(?:tắt\s+)?là\s+)?$")


def _plenum_number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word.lower() in _ORDINALS:
        return _ORDINALS[word.lower()]
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    if not all(ch in values for ch in word):
        return None
    total = 0
    for a, b in zip(word, word[1:] + " ", strict=True):
        total += -values[a] if b in values and values[b] > values[a] else values[a]
    return total


def _plenum_aliases(doc: Doc, mentions: list[Found]) -> None:
    """A plenum's resolution named by its short name is the numbered central resolution the text ties to it: the
    one whose plenum is written after its symbol ("Nghị quyết số 13-NQ/TW ... Hội nghị lần thứ 11 Ban Chấp hành Trung
    ương ...", then "Nghị quyết Trung ương 11"), of a term that does not differ; and a short name in brackets right
    after a numbered document of the same kind names it ("Nghị quyết số 13-NQ/TW ... (Nghị quyết Trung ương 11)")."""
    short = [f for f in mentions if f.resolution.number is None and f.resolution.key.startswith("Nghị quyết")]
    if not short:
        return
    numbered = sorted((f for f in mentions if f.resolution.number), key=lambda f: f.start)
    plenums: dict[int, list[tuple[Resolution, str | None]]] = {}
    for f in numbered:
        number = _plenum_of(doc, f)
        if number is not None:
            plenums.setdefault(number, []).append((f.resolution, _term_of(doc, f).label))
    starts = [f.start for f in numbered]
    for f in short:
        res = f.resolution
        opened = _ALIAS_OPEN.search(doc.match, max(0, f.start - 30), f.start)
        if opened is not None:
            i = bisect.bisect_left(starts, opened.start()) - 1
            s, _ = doc.sentence_bounds(f.start)
            if i >= 0 and numbered[i].start >= s and numbered[i].resolution.kind == res.kind:
                between = doc.match[numbered[i].end : opened.start()]
                if not any(
                    g.start > numbered[i].start and g.end <= opened.start() for g in mentions if g is not f
                ) and ("(" not in between):
                    _alias(doc, f, numbered[i].resolution)
                    continue
        plenum = _PLENUM_IN_NAME.search(res.key) if "Trung ương" in res.key else None
        number = _plenum_number(plenum.group("n")) if plenum else None
        term = _PLENUM_TERM.search(res.key)
        tied = {
            id(r): r
            for r, label in (plenums.get(number, []) if number is not None else [])
            if not (term and label and label != f"khóa {term.group(1)}")
        }
        if len(tied) == 1:
            _alias(doc, f, next(iter(tied.values())))


def _plenum_of_name(key: str) -> tuple[int, str | None] | None:
    """(plenum, term) of a Central Committee plenum's resolution named without a number ("Nghị quyết Trung ương 11
    khóa XIII" -> (11, "XIII"))."""
    if not key.startswith("Nghị quyết") or "Trung ương" not in key or "Đại hội" in key:
        return None
    at = _PLENUM_IN_NAME.search(key)
    number = _plenum_number(at.group("n")) if at else None
    if number is None:
        return None
    term = _PLENUM_TERM_ANY.search(key)
    return number, term.group(1).upper() if term else None


_PLENUM_TERM_ANY = re.compile(rf"khóa\s+({_ROMAN}|\d{{1,2}})(?![\w])", re.IGNORECASE)


def _plenum_alike(a: tuple[int, str | None], b: tuple[int, str | None] | None) -> bool:
    """One plenum: the same number, and the same term where both name one (a term in Arabic or Roman numerals)."""
    if b is None or a[0] != b[0]:
        return False
    terms = {_plenum_number(t) for t in (a[1], b[1]) if t}
    return len(terms) <= 1


def _plenum_of(doc: Doc, f: Found) -> int | None:
    """The plenum a numbered central resolution was adopted at, when written after its symbol (and date)."""
    res = f.resolution
    if res.kind != "NQ" or res.issuer_code != "TW":
        return None
    _, pos = date_after(doc, f.end)
    at = _PLENUM_AFTER.match(doc.match, pos)
    return _plenum_number(at.group("n") or at.group("m")) if at else None


def _alias(doc: Doc, f: Found, res: Resolution) -> None:
    res.mentions.append(doc.span(f.start, f.end))
    f.resolution = res


@dataclass
class _Term:
    """The committee term a numbered mention names ("khóa XIV", "nhiệm kỳ 2015 - 2020"), and whether the text
    says it is the predecessor of a document with the same number ("tiếp nối", "kế thừa kết quả của")."""

    label: str | None = None
    years: tuple[int, int] | None = None
    successor: bool = False


#: a reused Party symbol (each committee term numbers its resolutions from 1): the term after the symbol, before its
#: topic ("... ngày 12/4/2021 của Tỉnh ủy khóa XVII về ...", "... nhiệm kỳ 2015 - 2020"), or before the issuing verb
#: ("Ban Chấp hành Đảng bộ tỉnh khóa I ban hành Nghị quyết số 06-NQ/TU")
_TERM_AFTER = re.compile(
    rf"[^.;\n]{{0,80}}?(?:khóa\s+(?P<khoa>{_ROMAN})(?![\w])"
    r"|nhiệm kỳ\s+(?P<a>(?:19|20)\d{2})\s*[-–]\s*(?P<b>(?:19|20)\d{2}))"
)
_TERM_BEFORE = re.compile(rf"khóa\s+(?P<khoa>{_ROMAN})\s+(?:đã\s+)?ban hành\s+\S+(?:\s+\S+)?\s+(?:số\s+)?$")
#: the mention names the predecessor of a document with the same number
_PREDECESSOR = re.compile(r"(?:tiếp nối|kế thừa(?:\s+kết quả)?(?:\s+của)?|thay thế)\s+(?:\S+\s+){0,2}?(?:số\s+)?$")
_TOPIC_START = re.compile(r"\svề\s")


def _term_of(doc: Doc, f: Found) -> _Term:
    res = f.resolution
    if not res.number or "-" not in res.key.split("/")[0]:
        return _Term()  # only Party symbols ("05-NQ/TU") are renumbered with each term
    topic = _TOPIC_START.search(doc.match, f.end, f.end + 100)
    after = _TERM_AFTER.match(doc.match, f.end, topic.start() if topic else f.end + 100)
    before = _TERM_BEFORE.search(doc.match, max(0, f.start - 60), f.start)
    successor = bool(_PREDECESSOR.search(doc.match, max(0, f.start - 50), f.start))
    if after and after.group("a"):
        label = f"nhiệm kỳ {after.group('a')} - {after.group('b')}"
        return _Term(label, (int(after.group("a")), int(after.group("b"))), successor)
    khoa = (after and after.group("khoa")) or (before and before.group("khoa"))
    return _Term(f"khóa {khoa}" if khoa else None, None, successor)


def _another_term(known: _Term | None, term: _Term, res: Resolution) -> bool:
    """Two mentions of one Party symbol that name different terms, or one that says it is the predecessor."""
    if known is None:
        return False
    if term.successor:
        return True
    if known.label and term.label and known.label != term.label and known.label[:4] == term.label[:4]:
        return True  # "khóa XIV" against "khóa XV" (a "khóa" and a "nhiệm kỳ" may name one term)
    year = int(res.issued_on[:4]) if res.issued_on else None
    return bool(term.years and year and not term.years[0] <= year <= term.years[1])


def _term_suffix(term: _Term, res: Resolution) -> str:
    if term.label:
        return f" ({term.label})"
    return f" ({res.issued_on[:4]})" if res.issued_on else " (2)"


def _bucket(res: Resolution) -> tuple[str, str | None]:
    """Numbered documents are the same only with the same number (which :func:`_merge` never changes); the
    unnumbered ones are compared with each other (:func:`_same` reads their keys loosely)."""
    return ("number", _int(res.number)) if res.number else ("unnumbered", None)


def _int(number: str | None) -> str | None:
    if not number:
        return None
    return number.split("/")[0].lstrip("0") or "0"


def _same(a: Resolution, b: Resolution) -> bool:
    if a.number and b.number:
        if a.kind != b.kind and not ({a.kind, b.kind} <= {"QĐ", "QĐi"}):
            return False
        if _int(a.number) != _int(b.number):
            return False
        if a.issuer_code and b.issuer_code and a.issuer_code.upper() != b.issuer_code.upper():
            return False  # "01/NQ-CP" and "01-NQ/TU": one number, two issuers
        years = {x[:4] for x in (a.issued_on, b.issued_on) if x}
        return len(years) <= 1
    if a.number or b.number:
        return False
    term_a, term_b = _term_years(a.key), _term_years(b.key)
    if term_a and term_b and term_a != term_b:
        return False  # "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2015 - 2020" and "... nhiệm kỳ 2020 - 2025": two
    key_a, key_b = _without_term(a.key), _without_term(b.key)
    if key_a == key_b:
        return True  # "Nghị quyết Đại hội ... lần thứ XI" with and without ", nhiệm kỳ 2020 - 2025"
    congress_a = _congress_of(key_a) if key_a.startswith("nghị quyết đại hội") else None
    if congress_a is not None and congress_a == _congress_of(key_b):
        return True  # "Nghị quyết Đại hội lần thứ XIII của Đảng" = "Nghị quyết Đại hội XIII của Đảng"
    if congress_a is not None and _unit_named_again(congress_a, _congress_of(key_b)):
        return True  # "... Đảng bộ tỉnh Gia Lai lần thứ XV" named again as "... Đảng bộ tỉnh lần thứ XV"
    if term_a and term_a == term_b and _by_term_again(key_a, key_b):
        return True  # "... tỉnh Vĩnh Long lần thứ XI, nhiệm kỳ 2020 - 2025" = "... Đảng bộ tỉnh nhiệm kỳ 2020 - 2025"
    plenum_a = _plenum_of_name(a.key)
    if plenum_a is not None and _plenum_alike(plenum_a, _plenum_of_name(b.key)):
        return True  # "nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương" = "nghị quyết hội nghị Trung ương 11"
    if a.kind == b.kind == "Luật" and _law_title(key_a) == _law_title(key_b) and (key_a in key_b or key_b in key_a):
        return True  # "Luật Quy hoạch" and "Luật Quy hoạch 2017" in one text
    # the same report on the same document in other words ("Báo cáo kết quả (triển khai) thực hiện Kết luận số 123")
    if a.kind != b.kind:
        return False
    if a.issuer and b.issuer and a.issuer.lower() != b.issuer.lower() and " của " in key_a and " của " in key_b:
        return False  # "Kế hoạch của Tỉnh ủy ..." and "Kế hoạch của UBND tỉnh ..." are two plans
    symbols_a, symbols_b = _symbols_in(a.key), _symbols_in(b.key)
    if symbols_a or symbols_b:
        return symbols_a == symbols_b and _overlap(a.key, b.key) >= 0.7
    topic_a, topic_b = _TOPIC_OF_KEY.search(key_a), _TOPIC_OF_KEY.search(key_b)
    if topic_a and topic_b and topic_a.group(1) == topic_b.group(1) and len(topic_a.group(1).split()) >= 4:
        return True  # "quyết định về việc thành lập Đảng bộ A" = "quyết định của Ban ... về thành lập Đảng bộ A"
    if _alike_but_unit_or_period(a.key, b.key):
        return True  # "Kế hoạch tổ chức Đại hội Đảng bộ xã khóa X" = "... Đảng bộ xã Đào Hữu Cảnh khóa X"
    # no symbol: nearly the same words and the same numbers ("Báo cáo chính trị (trình) Đại hội ... lần thứ XX";
    # not "... năm 2024" against "... năm 2025")
    return _numbers_of(key_a) == _numbers_of(key_b) and _overlap(key_a, key_b) >= 0.8


#: a unit's name after its level word inside a description ("Đảng bộ xã Đào Hữu Cảnh")
_UNIT_IN_KEY = re.compile(
    r"(?<![\w])(?P<level>(?:xã|phường|huyện|tỉnh|quận|thị trấn|thị xã|thành phố) )"
    rf"(?:{CAP_WORD}(?:\s(?=[{UPPER}]))?){{1,4}}"
)
#: a period closing a description ("..., giai đoạn 2013-2015", "... năm 2024")
_PERIOD_IN_KEY = re.compile(r",?\s+(?:giai đoạn|năm)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*$")
_DASHES = re.compile(r"\s*[-–]\s*")


def _alike_but_unit_or_period(key_a: str, key_b: str) -> bool:
    """Two descriptions of one document, one naming the unit the other leaves out ("Đại hội Đảng bộ xã khóa X" and
    "Đại hội Đảng bộ xã Đào Hữu Cảnh khóa X") or closing on a period the other leaves out ("Quy chế hoạt động của Ban
    Chỉ đạo ..." and "..., giai đoạn 2013-2015"); never two units named ("xã A" and "xã B" are two)."""
    unit_a, without_unit_a, period_a, without_period_a, flat_a = _unit_and_period(key_a)
    unit_b, without_unit_b, period_b, without_period_b, flat_b = _unit_and_period(key_b)
    if unit_a != unit_b and without_unit_a == without_unit_b:
        return True
    if period_a == period_b:
        return False
    longer, shorter, flat = (without_period_a, key_b, flat_b) if period_a else (without_period_b, key_a, flat_a)
    return not _numbers_of(shorter.lower()) and longer == flat


@functools.lru_cache(maxsize=4096)
def _unit_and_period(key: str) -> tuple[bool, str, bool, str, str]:
    """What :func:`_alike_but_unit_or_period` reads of one key: whether it names a unit, its words without the unit's
    name (the level word kept), whether it closes on a period, its words without the period, and its words (each with
    dashes closed up, spaces single, case folded)."""

    def flat(key: str) -> str:
        return " ".join(_DASHES.sub("-", key).split()).strip(" ,").lower()

    return (
        _UNIT_IN_KEY.search(key) is not None,
        flat(_UNIT_IN_KEY.sub(r"\g<level>", key)),
        _PERIOD_IN_KEY.search(key) is not None,
        flat(_PERIOD_IN_KEY.sub("", key)),
        flat(key),
    )


#: a described document's topic ("... về (việc) <topic>")
_TOPIC_OF_KEY = re.compile(r"\svề\s+(?:việc\s+)?(.+)$")
_TERM_IN_KEY = re.compile(r",?\s*nhiệm kỳ\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")
#: a congress's resolution, however its name is written (lower case): the congress's number and, for a local one, its
#: Party organisation ("nghị quyết đại hội (đại biểu) (đảng) (toàn quốc) (lần thứ) xiii (của đảng)")
_CONGRESS_KEY = re.compile(
    rf"nghị quyết đại hội(?: đại biểu)?(?: đảng)?(?: toàn quốc)?(?: (?P<local>đảng bộ [^,]+?))?(?: lần thứ)?"
    rf" (?P<n>{_ROMAN.lower()}|\d{{1,2}})(?: (?:của )?(?P<after>đảng bộ [^,]+?|đảng))?"
)
_ROMAN_DIGITS = (("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def _roman(n: int) -> str:
    out = ""
    for letters, value in _ROMAN_DIGITS:
        while n >= value:
            out, n = out + letters, n - value
    return out


# (the helpers below read a described document's key alone, and each key is compared with every other of its bucket:
# remembered by key, each is read once per key, not once per pair)


@functools.lru_cache(maxsize=4096)
def _without_term(key: str) -> str:
    """A described document's key in lower case, without its term, its ordinals in words as Roman numerals
    ("Nghị quyết Đại hội ... lần thứ nhất, nhiệm kỳ 2020 - 2025" -> "nghị quyết đại hội ... lần thứ i")."""
    return _ORDINAL_WORD.sub(_ordinal_roman, _TERM_IN_KEY.sub("", key.lower()))


@functools.lru_cache(maxsize=4096)
def _symbols_in(key: str) -> frozenset[str]:
    return frozenset(_SYMBOL_IN.findall(key))


@functools.lru_cache(maxsize=4096)
def _congress_of(key: str) -> tuple[str, str] | None:
    m = _CONGRESS_KEY.fullmatch(key.strip())
    if m is None:
        return None
    local = m.group("local") or m.group("after") or "đảng"
    n = m.group("n")
    return (_roman(int(n)) if n.isdigit() else n), local  # "lần thứ 14" is "lần thứ XIV"


#: an ordinal in words after "lần thứ" (lower case), read as the Roman numeral ("lần thứ nhất" = "lần thứ i")
_ORDINAL_WORD = re.compile(r"(?<=lần thứ )(nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\w])")
_ORDINAL_ROMAN = {"nhất": "i", "hai": "ii", "ba": "iii", "tư": "iv", "bốn": "iv", "năm": "v", "sáu": "vi", "bảy": "vii",
                  "tám": "viii", "chín": "ix", "mười": "x"}  # fmt: skip


def _ordinal_roman(m: re.Match[str]) -> str:
    return _ORDINAL_ROMAN[m.group(1)]


@functools.lru_cache(maxsize=4096)
def _term_years(key: str) -> tuple[str, str] | None:
    """The term a congress resolution's name gives ("..., nhiệm kỳ 2020 - 2025" -> ("2020", "2025"))."""
    m = _TERM_YEARS.search(key)
    return (m.group(1), m.group(2)) if m else None


_TERM_YEARS = re.compile(r"nhiệm kỳ\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})")
#: a congress resolution's name without its term: its unit and, if given, its number ("nghị quyết đại hội đại biểu đảng
#: bộ tỉnh vĩnh long lần thứ xi")
_CONGRESS_PARTS = re.compile(
    rf"nghị quyết đại hội(?: đại biểu)? (?P<local>đảng bộ {_PARTY_LEVEL}(?: [^,]+?)?)"
    rf"(?: lần thứ (?P<n>{_ROMAN.lower()}))?"
)


def _by_term_again(key_a: str, key_b: str) -> bool:
    """Two congress resolutions of one term (their keys without it): the same when one names the congress by its term
    alone and the units agree (the same, or one named by its level alone)."""
    pa, pb = _CONGRESS_PARTS.fullmatch(key_a.strip(" ,")), _CONGRESS_PARTS.fullmatch(key_b.strip(" ,"))
    if pa is None or pb is None or (pa.group("n") and pb.group("n")):
        return False
    la, lb = pa.group("local"), pb.group("local")
    return la == lb or _unit_named_again(("", la), ("", lb))


#: a Party organisation named by its level alone ("đảng bộ tỉnh", "đảng bộ huyện"), without its unit's name
_LEVEL_ONLY = re.compile(rf"đảng bộ {_PARTY_LEVEL}")


def _unit_named_again(a: tuple[str, str], b: tuple[str, str] | None) -> bool:
    """One congress (the same number) of a unit named once in full and once by its level alone: within one text the
    bare level is the unit named ("Đảng bộ tỉnh Gia Lai lần thứ XV" and "Đảng bộ tỉnh lần thứ XV"); two named units
    are two congresses."""
    if b is None or a[0] != b[0] or a[1] == b[1]:
        return False
    short, full = sorted((a[1], b[1]), key=len)
    return _LEVEL_ONLY.fullmatch(short) is not None and full.startswith(short + " ")


#: a law's title without the year written after it ("Luật Quy hoạch 2017", "Luật Đất đai năm 2024")
_LAW_YEAR = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d{2}$")


def _law_title(key: str) -> str:
    return _LAW_YEAR.sub("", key.strip())


_NUMBER_WORD = re.compile(rf"\d[\d/.-]*|(?<![\w]){_ROMAN}(?![\w])", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _numbers_of(key: str) -> frozenset[str]:
    return frozenset(_NUMBER_WORD.findall(key))


_SYMBOL_IN = re.compile(r"\d+(?:/\d{4})?[-/][A-ZĐ][A-Za-zĐđ]*[/-][A-ZĐ][\wĐđ-]*")


def _overlap(a: str, b: str) -> float:
    """Jaccard overlap of two descriptions' words (case folded)."""
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _merge(into: Resolution, other: Resolution) -> None:
    """Keep the fullest form: a real symbol beats a built key, dates and issuers fill gaps."""
    if ("/" in other.key and "/" not in into.key) or (other.issuer_code and not into.issuer_code and "/" in other.key):
        into.key, into.issuer_code, into.level = other.key, other.issuer_code, other.level
    if into.number is None and other.number is None and (mine := _plenum_of_name(into.key)) and not mine[1]:
        theirs = _plenum_of_name(other.key)
        if theirs is not None and theirs[1]:
            into.key, into.issuer = other.key, other.issuer  # the name with the plenum's term
    into.issuer = into.issuer or other.issuer
    into.issued_on = into.issued_on or other.issued_on
    into.mentions.extend(other.mentions)


#: the document's own number in its header ("Số: 45/KH-UBND", "Số 318-KH/TU"), on a line of its own
_HEADER_NUMBER = re.compile(r"(?m)^[ \t]*Số[ \t]*:?\s*(?=\d)")  # the number may wrap to the next line
_HEADER_WINDOW = 1500
#: an article that publishes a document in full: "Báo ... trân trọng đăng / giới thiệu toàn văn Nghị quyết ..."
_IN_FULL = re.compile(r"(?:đăng|giới thiệu)\s+toàn văn\s+(?:nội dung\s+)?")
_KIND_LINE = re.compile(r"(?:THÔNG BÁO|KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|BÁO CÁO|CHƯƠNG TRÌNH|TỜ TRÌNH)[ \t]*\n")


#: an article that publishes the document it reports issued: "... ban hành Chỉ thị số 21-CT/TU về ... Nội dung
#: Chỉ thị như sau:" or "... ban hành Kế hoạch số 12-KH/TU ... như sau:"
def _issued_as_follows(doc: Doc, start: int, end: int) -> bool:
    """The description goes on to "như sau:" in its sentence, or over hard line breaks with no full stop between
    (a text wrapped like a PDF: "ban hành Kế hoạch thực hiện Chương trình X (gọi tắt là ...)\ntrên địa bàn tỉnh
    năm 2024 với những nội dung sau:")."""
    follows = _AS_FOLLOWS.search(doc.match, start, doc.sentence_bounds(end)[1] + 2)
    if follows is None:
        follows = _AS_FOLLOWS.search(doc.match, start, min(len(doc.match), start + 400))
        if follows is None or _FULL_STOP.search(doc.match, start, follows.start()):
            return False
    # "... về ban hành kế hoạch thực hiện X, UBND tỉnh ban hành Kế hoạch ... như sau:": the second one is the text
    return _ISSUED_AGAIN.search(doc.match, end, follows.start()) is None


_FULL_STOP = re.compile(r"[.;!?](?!\d)")
_ISSUED_AGAIN = re.compile(r"ban\s+hành\s+(?:Kế hoạch|Chương trình|Chỉ thị|Nghị quyết|Quyết định|Hướng dẫn|Quy định)")
#: a text issuing itself: "<body> ban hành Kế hoạch ... như sau:"
_ISSUES_AS_FOLLOWS = re.compile(
    r"ban hành\s+(?:Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Chương trình|Hướng dẫn"
    r"|Quy định)[^.;\n]{0,160}?(?:như sau|nội dung sau)\s*:"
)
_AS_FOLLOWS = re.compile(r"như sau\s*:|(?:những|các)?\s*nội dung (?:chủ yếu\s+|cụ thể\s+)?(?:như\s+)?sau\s*:")
_ISSUES = re.compile(
    r"ban hành\s+(?:Kế hoạch|Chương trình hành động|Chương trình|Chỉ thị|Nghị quyết|Quyết định|Kết luận|Hướng dẫn"
    r"|Quy định|Thông báo)\s+(?:số\s*)?$"
)


#: a header flattened to one line (a PDF read as text): "TỈNH ỦY LAI CHÂU * Số 101-BC/TU ĐẢNG CỘNG SẢN VIỆT NAM Lai
#: Châu, ngày 30 tháng 7 năm 2021 BÁO CÁO ...": the number near the opening, then the place and date of issue
_FLAT_NUMBER = re.compile(r"(?<![\w])Số[ \t]*:?[ \t]*(?=\d)")
_PLACE_DATE = re.compile(r"[^\W\d_][^\n,.;]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2}")


def _flat_header(doc: Doc) -> re.Match[str] | None:
    number = _FLAT_NUMBER.search(doc.match, 0, 200)
    if number is None or "\n" in doc.match[: number.start()]:
        return None
    return number if _PLACE_DATE.search(doc.match, number.end(), number.end() + 160) else None


def own_document(doc: Doc, mentions: list[Found]) -> Resolution | None:
    """The document the text itself is, when it is one: the number of its header, or the document an article
    says was issued right before publishing it "như sau:". Never a CITES target (GOLD_FORMAT, hard cases)."""
    header = _HEADER_NUMBER.search(doc.match, 0, _HEADER_WINDOW) or _flat_header(doc)
    if header is not None:
        return next((f.resolution for f in mentions if f.start == header.end() and f.resolution.number), None)
    # a text that opens with its own kind word on a line of its own ("THÔNG BÁO\n\nKẾT LUẬN TẠI HỘI NGHỊ ..."), not
    # a headline that names a document
    opening = len(doc.match) - len(doc.match.lstrip())
    title = next((f for f in mentions if f.start == opening and f.resolution.number is None), None)
    if title is not None and _KIND_LINE.match(doc.match, opening):
        return title.resolution
    # an unnumbered plan under its heading ("KẾ HOẠCH\ntriển khai thực hiện Nghị quyết ...")
    heading = headed_title(doc)
    if heading is not None:
        own = next((f for f in mentions if f.start == heading[2] and f.resolution.number is None), None)
        if own is not None:
            return own.resolution
    published = _IN_FULL.search(doc.match, 0, _HEADER_WINDOW)
    if published is not None:
        at = next((f for f in mentions if published.end() <= f.start <= published.end() + 15), None)
        if at is not None:
            return at.resolution
        if (this := _published_by_issuing(doc, mentions, published)) is not None:
            return this
    has_sau = doc.match.find("sau", 0, _HEADER_WINDOW * 2) >= 0  # the pattern's one word every match holds
    follows = _AS_FOLLOWS.search(doc.match, 0, _HEADER_WINDOW * 2) if has_sau else None
    if follows is None:
        return None
    s, _ = doc.sentence_bounds(follows.start())
    start = doc.sentence_bounds(max(0, s - 1))[0]  # that sentence or the one before ("Nội dung Chỉ thị như sau:")
    for f in mentions:
        if (
            start <= f.start < follows.start()
            and f.resolution.number
            and _ISSUES.search(doc.match, max(0, f.start - 60), f.start)
        ):
            return f.resolution
    # an unnumbered plan the text builds "như sau:" ("UBND tỉnh xây dựng Kế hoạch tổ chức kỷ niệm ... như sau:")
    built = {f.start for f in built_as_follows(doc)}
    return next((f.resolution for f in mentions if f.start in built and not f.resolution.number), None)


#: an unnumbered plan or programme under its heading: a line that is only its kind word in capitals, maybe its
#: issuer's line in capitals ("CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"), then its title on a line of its own that opens on a
#: cue, in lower case or capitalised ("KẾ HOẠCH\ntriển khai thực hiện Nghị quyết số 57-NQ/TW ...", "CHƯƠNG TRÌNH
#: HÀNH ĐỘNG\nthực hiện Kết luận số 126-KL/TW ..."); a title in capitals is a headline's, not read here
_HEADING = re.compile(
    r"(?m)^[ \t]*(?P<kind>KẾ HOẠCH HÀNH ĐỘNG|KẾ HOẠCH|CHƯƠNG TRÌNH HÀNH ĐỘNG|HƯỚNG DẪN)[ \t]*\n(?:[ \t]*\n)?"
    r"(?:[ \t]*CỦA [^\n]{3,80}\n(?:[ \t]*\n)?)?"
    r"[ \t]*(?P<title>(?:[Vv]ề\s+(?:việc\s+)?)?(?:[Tt]hực hiện|[Tt]riển khai|[Cc]ụ thể hóa)\s[^\n]{8,250})\n"
)
#: a line that issues the text, not its title: "... , Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động, cụ thể
#: như sau"
_ISSUED_IN_LINE = re.compile(r"như sau|nội dung sau|\s(?:ban hành|xây dựng)\s+(?:Kế hoạch|Chương trình|Hướng dẫn)")
#: the body of a plan or programme under its title: "I. MỤC ĐÍCH, YÊU CẦU", "1. ...", a preamble line "Căn cứ ..."
_HEADED_BODY = re.compile(r"(?m)^[ \t]*(?:I\s*[.-]|1\.(?!\d)|Căn cứ\s|Điều 1(?!\d)|PHẦN\s)")
_HEADING_KINDS = {
    "KẾ HOẠCH HÀNH ĐỘNG": ("KH", "Kế hoạch hành động"),
    "KẾ HOẠCH": ("KH", "Kế hoạch"),
    "CHƯƠNG TRÌNH HÀNH ĐỘNG": ("CTr", "Chương trình hành động"),
    "HƯỚNG DẪN": ("HD", "Hướng dẫn"),
}
#: every heading :data:`_HEADING` reads opens with one of these
_HEADING_WORDS = ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "HƯỚNG DẪN")


def headed_title(doc: Doc) -> tuple[str, str, int, int, int] | None:
    """The text's own unnumbered plan, programme or guide under its heading (no header number): (kind, name, start of
    the heading, start and end of the title). An action programme so named is a project (GOLD_FORMAT), the others are
    documents named by description."""
    reach = min(len(doc.match), _HEADER_WINDOW + 400)
    # (most texts hold none of the heading words: a find each tells it faster than the scans, asked four times a text)
    if not any(doc.match.find(word, 0, reach) >= 0 for word in _HEADING_WORDS):
        return None
    if doc.match.find("\n", 0, _HEADER_WINDOW) < 0 or _HEADER_NUMBER.search(doc.match, 0, _HEADER_WINDOW):
        return None
    m = _HEADING.search(doc.match, 0, reach)
    if m is None or m.start() > _HEADER_WINDOW:
        return None
    raw = m.group("title").strip()
    if raw.endswith(":") or _ISSUED_IN_LINE.search(raw):
        return (
            None  # a preamble line issuing the text ("Thực hiện A, Ban Chấp hành xây dựng Chương trình ... như sau:")
        )
    title = raw.rstrip(".;")
    if title.isupper() or ":" in title or not _HEADED_BODY.search(doc.match, m.end(), m.end() + 800):
        return None  # a headline ("KẾ HOẠCH\nThực hiện Chỉ thị số 19/CT-TTg: tỉnh đạt nhiều kết quả"), not a title
    kind, word = _HEADING_KINDS[m.group("kind")]
    start = m.start("title")
    return kind, f"{word} {title[0].lower()}{title[1:]}", m.start("kind"), start, start + len(title)


def headed(doc: Doc, mentions: list[Found]) -> list[Found]:
    """The text's own unnumbered plan or guide under its heading, a document named by its title (not an action
    programme: a project), unless a mention already starts there."""
    found = headed_title(doc)
    if found is None or found[0] == "CTr" or any(f.start == found[2] for f in mentions):
        return []
    kind, key, start, _, end = found
    return [_mention(doc, Resolution(key, kind, None, None, None, None, None), start, end)]


#: the document an article publishes named again by its kind and a demonstrative ("xin đăng toàn văn Chương trình quan
#: trọng này:", "... toàn văn Kế hoạch trên")
_THIS_KIND = re.compile(
    rf"(?P<word>{'|'.join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True))})(?:\s+[a-zđà-ỹ]+){{0,3}}?"
    r"\s+(?:này|trên|nói trên)(?![\w])"
)


def _published_by_issuing(doc: Doc, mentions: list[Found], published: re.Match[str]) -> Resolution | None:
    """The numbered document an article reports issued just before it publishes "this" document of the same kind in
    full ("Ngày 23/8, Tỉnh ủy X đã ban hành Chương trình số 27-CTr/TU về ... Ban biên tập xin đăng toàn văn Chương
    trình quan trọng này:"): the text is that document (GOLD_FORMAT: the text is the document, no "Số:" line)."""
    this = _THIS_KIND.match(doc.match, published.end())
    if this is None:
        return None
    kind = KIND_WORDS[this.group("word")]
    issued = [
        f
        for f in mentions
        if f.start < published.start()
        and f.resolution.number
        and f.resolution.kind == kind
        and _ISSUES.search(doc.match, max(0, f.start - 60), f.start)
    ]
    return issued[-1].resolution if issued else None


#: an action programme named by its issuer ("Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW")
_PROGRAMME_OF = re.compile(rf"[Cc]hương trình hành động\s+của\s+({'|'.join(map(re.escape, _ISSUER_NAMES))})(?![\w])")


#: an action programme given its resolution in brackets: "Chương trình hành động của Chính phủ (Nghị quyết số
#: 45/NQ-CP ngày 31/3/2023 của Chính phủ)": the programme is that resolution
_PROGRAMME_IN_BRACKETS = re.compile(
    rf"{_PROGRAMME_OF.pattern}\s*\(\s*(?:ban hành kèm theo\s+)?(?=(?:[Nn]ghị quyết|[Qq]uyết định)\s)"
)


def programmes_in_brackets(text: str, names: list[tuple[str, int, int]], symbols: list[Found]) -> dict[int, Found]:
    """The resolution an action programme of an issuer is, when the text gives it in brackets after the programme's
    name ("Chương trình hành động của Chính phủ (Nghị quyết số 45/NQ-CP ...)"): every programme named "Chương trình
    hành động của <that issuer> ..." (the headline's "... tiếp tục thực hiện Nghị quyết số 10-NQ/TW" too) is it.
    ``names``: (project name, start, end); the answer maps a name's start to a mention of the resolution over the
    programme's words."""
    if "(" not in text or not names:
        return {}
    starts = [f.start for f in symbols]
    given: dict[str, Resolution] = {}
    for m in _PROGRAMME_IN_BRACKETS.finditer(text):
        i = bisect.bisect_left(starts, m.end())
        if i < len(symbols) and symbols[i].start <= m.end() + 20 and symbols[i].resolution.number:
            given.setdefault(key_of(m.group(1)), symbols[i].resolution)
    out: dict[int, Found] = {}
    for name, start, _ in names:
        of = _PROGRAMME_OF.match(name)
        if of and (res := given.get(key_of(of.group(1)))) is not None:  # (the name's topic stays its own words:
            out[start] = Found(res, start, start + of.end())  # "... tiếp tục thực hiện Nghị quyết số 10-NQ/TW")
    return out


def programmes_by_issuer(names: list[tuple[str, int, int]], symbols: list[Found]) -> dict[int, Found]:
    """The numbered programme an unnumbered "Chương trình hành động của <issuer> ..." is (a headline names it so,
    the body gives "Chương trình hành động số 15-CTr/TU ... của Ban Chấp hành Đảng bộ tỉnh"): the one numbered
    programme of that issuer's code in the text. ``names``: (project name, start, end); the answer maps a
    name's start to a mention of the numbered programme over the name's span."""
    numbered: dict[str, list[Resolution]] = {}
    for f in symbols:
        res = f.resolution
        if res.kind == "CTr" and res.number and res.issuer_code and res not in numbered.get(res.issuer_code, []):
            numbered.setdefault(res.issuer_code, []).append(res)
    if not numbered:
        return {}
    out: dict[int, Found] = {}
    for name, start, end in names:
        of = _PROGRAMME_OF.match(name)
        info = _issuer_info(of.group(1)) if of else None
        same = numbered.get(info[0], []) if info else []
        if len({r.key for r in same}) == 1:
            out[start] = Found(same[0], start, end)
    return out


# --- the documents of a session's agenda -----------------------------------------------------------------------------

#: a plural head of resolutions whose topics follow a colon: "thông qua 07 nghị quyết quan trọng về các nhóm vấn đề:",
#: "các tờ trình, nghị quyết về:", "các tờ trình và dự thảo nghị quyết liên quan đến:", "Các nghị quyết tập trung vào
#: các lĩnh vực như:" (reads the kind word and up to 80 characters of one clause to the colon; the words before the
#: kind word and the lead of the topics, lexicon.AGENDA_TOPIC_LEADS, are checked on the match)
_AGENDA_HEAD = re.compile(r"(?<![\w])[Nn]ghị quyết(?P<mid>[^.;:\n]{0,80}):[ \t]*")
#: what stands before the kind word: "các" or a count, then submissions or reports listed with it, then "dự thảo"
#: ("các tờ trình, ", "9 ", "các báo cáo, tờ trình và dự thảo ")
_AGENDA_PLURAL = re.compile(
    r"(?:^|[\s(])(?:[Cc]ác|những|\d{1,3})\s+(?:(?:báo cáo|tờ trình)(?:,\s*|\s+và\s+))*(?:dự thảo\s+)?$"
)
_AGENDA_LEAD = re.compile(r"(?<![\w])(?:" + "|".join(AGENDA_TOPIC_LEADS) + r")(?![\w])")
#: a head that opens an enumeration ("các nghị quyết về kinh tế gồm:") is read by adopted_list and its kin
_AGENDA_OPENER = re.compile(r"(?<![\w])(?:" + "|".join(LIST_OPENERS) + r")\s*$")
#: the end of an item's topic: a bracket, an ellipsis, or "và/cùng một số nội dung ..." that closes the list
_AGENDA_ITEM_TAIL = re.compile(r"\s\(|\.\.\.|…|:|\s(?:và|cùng)\s+(?:một số|nhiều|các)\s+nội dung(?![\w])")


def agenda_topics(doc: Doc, mentions: list[Found]) -> list[Found]:
    """The resolutions a session lists by topic after a plural head (_AGENDA_HEAD): one per item, keyed "Nghị quyết
    về <topic>" ("thông qua 7 nghị quyết về các nhóm vấn đề: Dự toán ngân sách xã năm 2026; kế hoạch đầu tư công
    năm 2026" is two). An item that already names a resolution or a numbered document stays as read; a plan or
    regulation read inside an item ("kế hoạch đầu tư công năm 2026") is the resolution's topic, no document of its
    own; an item that is a report, a submission or a project is none of these resolutions; a generic plural item
    ("các nghị quyết liên quan đến ...") names none. Not a list still to be considered ("sẽ xem xét", _NOT_YET)."""
    if ":" not in doc.match or "ghị quyết" not in doc.match:
        return mentions
    found: list[Found] = []
    topics: list[tuple[int, int]] = []  # the spans whose documents of another kind are a resolution's topic
    named_at = sorted(f.start for f in mentions if f.resolution.number or f.resolution.kind == "NQ")
    for m in _AGENDA_HEAD.finditer(doc.match):
        mid = m.group("mid")
        if not _AGENDA_LEAD.search(mid) or _AGENDA_OPENER.search(mid):
            continue
        plural = _AGENDA_PLURAL.search(doc.match, max(0, m.start() - 40), m.start())
        if plural is None or _NOT_YET.search(doc.match, max(0, plural.start() - 30), plural.start() + 1):
            continue
        end_m = _LIST_END.search(doc.match, m.end())
        end = end_m.start() if end_m else len(doc.match)
        pos = m.end()
        for item in doc.match[m.end() : end].split(";"):
            start = pos + len(item) - len(item.lstrip())
            pos += len(item) + 1
            text = item.strip()
            tail = _AGENDA_ITEM_TAIL.search(text)
            text = text[: tail.start()].rstrip(" ,") if tail else text
            if len(text.split()) < 3 or _NOT_A_RESOLUTION_ITEM.match(text):
                continue
            item_end = start + len(text)
            if text.startswith(("các ", "Các ")):  # a generic plural: no one document, its topics none either
                topics.append((start, item_end))
                continue
            i = bisect.bisect_left(named_at, start)
            if i < len(named_at) and named_at[i] < item_end:
                if text[:10].casefold() != "nghị quyết":
                    topics.append((start, item_end))  # a bare topic read as its resolution already: still a topic
                continue  # the item names its document itself ("Nghị quyết phê duyệt Đề án ...", "Nghị quyết 57 ...")
            topics.append((start, item_end))
            if text[:10].casefold() == "nghị quyết":
                key = "Nghị quyết" + text[10:]
            else:
                if len(text) > 1 and text[1].islower():
                    text = text[0].lower() + text[1:]
                key = f"Nghị quyết {text}" if text.startswith("về ") else f"Nghị quyết về {text}"
            found.append(_mention(doc, Resolution(key, "NQ", None, None, None, None, None), start, item_end))
    if not found and not topics:
        return mentions
    kept = [
        f
        for f in mentions
        if f.resolution.number or f.resolution.kind == "NQ" or not any(s <= f.start < e for s, e in topics)
    ]
    return kept + found


#: a cue that opens a session's list of papers (lexicon.AGENDA_ITEM_CUES), a colon allowed after it
_AGENDA_ITEM_CUE = WordPattern(
    r"(?:" + "|".join(sorted(AGENDA_ITEM_CUES, key=len, reverse=True)) + r")(?![\w])\s*:?\s*",
    starts=tuple(sorted({c.split()[0] for c in AGENDA_ITEM_CUES})),
)
#: an item led by its own kind word: a draft of any paper ("dự thảo nghị quyết về ...", "dự thảo quyết định thành lập
#: ...", "dự thảo kế hoạch tổ chức ..."), a report or a submission ("báo cáo tóm tắt ...", "Tờ trình tổng hợp ..."),
#: or a resolution by its topic ("nghị quyết về ..."); a bare "kế hoạch ..." in such a list is a topic, no paper
#: ("nghị quyết về dự toán ...; kế hoạch đầu tư công năm 2026")
_AGENDA_ITEM = re.compile(
    r"(?:[Dd]ự thảo\s+(?P<draft>nghị quyết|quyết định|kế hoạch|báo cáo|tờ trình)"
    r"|(?P<paper>[Bb]áo cáo(?!\s+viên)|[Tt]ờ trình)|(?P<topic>[Nn]ghị quyết)(?=\s+về\s))\s"
)


def agenda_items(doc: Doc, mentions: list[Found]) -> list[Found]:
    """The papers a session lists in lower case after a cue (_AGENDA_ITEM_CUE), each item led by its own kind word
    (_AGENDA_ITEM), one document each where nothing was read there: "thông qua dự thảo nghị quyết về A; B; dự thảo
    quyết định thành lập C" gives "Nghị quyết về A" and "Quyết định thành lập C" (the item "B" names no paper),
    "trong đó có nghị quyết về A; nghị quyết về B" both (not generic though a plural stands before them). Not a list
    still to be considered ("sẽ xem xét", _NOT_YET)."""
    if ";" not in doc.match and "dự thảo " not in doc.match and "nghị quyết về" not in doc.match:
        return []
    read_at = {f.start for f in mentions}
    index = StartIndex(mentions)
    found: list[Found] = []
    for m in _AGENDA_ITEM_CUE.finditer(doc.match):
        if not _AGENDA_ITEM.match(doc.match, m.end()):
            continue
        if _NOT_YET.search(doc.match, max(0, m.start() - 30), m.start()):
            continue
        for start, item in _list_items(doc, m.end()):
            lead = _AGENDA_ITEM.match(doc.match, start)
            if lead is None or any(start <= r < lead.end() for r in read_at):
                continue  # no paper, or one read already ("dự thảo Nghị quyết về ..." in capitals)
            word = (lead.group("draft") or lead.group("paper") or lead.group("topic")).lower()
            kind = _KIND_OF_WORD[word]
            item_end = start + len(item.strip())
            tail = _AGENDA_ITEM_TAIL.search(doc.match, lead.end(), item_end)
            item_end = min(item_end, tail.start() if tail else item_end, _description_end(doc, lead.end(), index))
            topic = doc.match[lead.end() : item_end].strip(" ,")
            if lead.group("paper") and topic.startswith(("và ", "cùng ", "rồi ")):
                continue  # "xem xét tờ trình và biểu quyết ...", "nghe báo cáo và các ý kiến ...": the bare word, none
            key = f"{word[0].upper()}{word[1:]} {topic}"
            if len(topic.split()) < 2 or _OF_MANY.match(key) or _BARE_ACTION.fullmatch(key):
                continue  # "báo cáo thẩm tra của các Ban HĐND tỉnh": several papers, no one
            found.append(_mention(doc, Resolution(key, kind, None, None, None, None, None), start, item_end))
    return found


#: a plural of reports or submissions, counted or not, then their authors or their topic: "các báo cáo của Tòa án nhân
#: dân tỉnh, Viện Kiểm sát nhân dân tỉnh và Cục Thi hành án dân sự tỉnh về ...", "2 tờ trình về A và B" (reads the
#: count, the kind word and "của"/"về"; the authors and topics are split on the match)
_AGENDA_PLURAL_PAPERS = WordPattern(
    r"(?P<count>các|\d{1,2}|" + "|".join(HOW_MANY) + r")\s+(?P<word>báo cáo|tờ trình)\s+(?P<link>của|về)\s+",
    starts=("các", *HOW_MANY, *"0123456789"),
)
#: the authors up to their shared topic: names in capitals, split at ", " and " và " ("Tòa án nhân dân tỉnh, Viện Kiểm
#: sát nhân dân tỉnh và Cục Thi hành án dân sự tỉnh về")
_AGENDA_AUTHORS = re.compile(r"([^.;:\n]{5,160}?)\s+về\s+")
_AGENDA_SPLIT = re.compile(r",\s+|\s+và\s+")


def agenda_plurals(doc: Doc, mentions: list[Found]) -> list[Found]:
    """The papers of a plural a session hears, one per author or per counted topic (a report on several documents is
    one report per document, and so is a report several bodies each make): "các báo cáo của A, B và C về X" gives
    "Báo cáo của A về X", "Báo cáo của B về X", "Báo cáo của C về X" (each author a name in capitals, at least two);
    "2 tờ trình về X và Y" gives "Tờ trình về X" and "Tờ trình về Y" (the topics split at "và" must count up to the
    number). Nothing where a paper was read at the kind word already."""
    if "báo cáo" not in doc.match and "tờ trình" not in doc.match:
        return []
    read_at = {f.start for f in mentions}
    index = StartIndex(mentions)
    found: list[Found] = []
    for m in _AGENDA_PLURAL_PAPERS.finditer(doc.match):
        if m.start("word") in read_at:
            continue
        word, kind = m.group("word"), _KIND_OF_WORD[m.group("word")]
        title = word[0].upper() + word[1:]
        if m.group("link") == "của":
            authors_m = _AGENDA_AUTHORS.match(doc.match, m.end())
            if authors_m is None:
                continue
            authors = _AGENDA_SPLIT.split(authors_m.group(1))
            if len(authors) < 2 or not all(a[:1].isupper() and len(a.split()) >= 2 for a in authors):
                continue  # "các báo cáo của các sở, ngành về ...": no one author each
            end = _description_end(doc, authors_m.end(), index)
            topic = doc.match[authors_m.end() : end].strip(" ,")
            if len(topic.split()) < 2:
                continue
            for author in authors:
                res = Resolution(f"{title} của {author} về {topic}", kind, None, author)  # (its author keeps it apart)
                found.append(_mention(doc, res, m.start("word"), end))
            continue
        count = m.group("count")
        number = HOW_MANY.get(count) or (int(count) if count.isdigit() else 0)
        end = _description_end(doc, m.end(), index)
        topics = [t.strip(" ,") for t in re.split(r"\s+và\s+", doc.match[m.end() : end])]
        if number < 2 or len(topics) != number or not all(len(t.split()) >= 2 for t in topics):
            continue  # "3 tờ trình về đầu tư công và giá đất": the topics do not count up
        for topic in topics:
            res = Resolution(f"{title} về {topic}", kind, None, None, None, None, None)
            found.append(_mention(doc, res, m.start("word"), end))
    return found

"""Every extraction rule in one list: its id, where it is written, what it reads, and example sentences with
the output they must give.

Relation rules carry their id on every relation they produce (``Relation.extractor``, the ``extractor`` field
of ``dg extract``); entity rules are listed under ids of the same shape (``module.rule``). The examples are
tests: ``tests/unit/extract/test_registry.py`` runs each through :func:`loaders.extract.extract` and checks the
expected output is there (and, for a relation, that this rule produced it), and checks that every
``extractor`` id the extractor emits is registered. ``dg rules`` lists them.

To add a rule: write it where its kind of fact is read (``relations.py``, ``people.py`` ...), give the relations
it makes a new ``extractor`` id, and add a :class:`Rule` here with at least one sentence of your own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Expected:
    """One fact an example must yield.

    ``what`` is ``relation`` (values: type, source, target), ``resolution`` (key), ``official`` (name,
    title), ``meeting`` (body, date, kind), ``project`` (name), ``locality`` (name, level) or
    ``organization`` (name)."""

    what: str
    values: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"what": self.what, "values": list(self.values)}


@dataclass(frozen=True)
class Example:
    text: str
    expect: tuple[Expected, ...]
    published: str = "2025-06"

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "published": self.published, "expect": [e.as_dict() for e in self.expect]}


@dataclass(frozen=True)
class Rule:
    id: str
    where: str  # module and function that hold the rule
    reads: str
    examples: tuple[Example, ...] = field(default_factory=tuple)

    @property
    def makes_relations(self) -> bool:
        return any(e.what == "relation" for ex in self.examples for e in ex.expect)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "where": self.where, "reads": self.reads,
                "examples": [e.as_dict() for e in self.examples]}  # fmt: skip


def relation(type_: str, source: str, target: str) -> Expected:
    return Expected("relation", (type_, source, target))


def entity(what: str, *values: str) -> Expected:
    return Expected(what, values)


RULES: tuple[Rule, ...] = (
    # --- documents (resolutions.py) ---------------------------------------------------------------
    Rule(
        "text.capital_kind_word",
        "loaders/extract/text.py: Doc.of (_CAPITAL_KINDS)",
        "a kind word with its second syllable capitalised ('Nghị Quyết số 29', 'Chỉ Thị số 05-CT/TW'), as title-case "
        "headlines and careless copies write it, is read as the rules spell it: the document is found",
        (
            Example(
                "Đảng ủy Quân sự tỉnh quán triệt Nghị Quyết số 33 của Bộ Chính trị về bảo vệ biên giới quốc gia.",
                (entity("resolution", "33-NQ/TW"),),
            ),
        ),
    ),
    Rule(
        "resolutions.issued_by_what_it_does",
        "loaders/extract/resolutions.py: described (_DESCRIBED_START, _ISSUED_OR_ADOPTED, _NOT_ITS_CONTENT)",
        "a capitalised 'Nghị quyết' issued or adopted right before and named by what it does ('ban hành Nghị quyết "
        "thông qua Đồ án ...', 'ban hành Nghị quyết chuyên đề về ...'); not 'thông qua Nghị quyết với mục tiêu'",
        (
            Example(
                "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết chuyên đề về phát triển du lịch biển đến năm 2030.",
                (entity("resolution", "Nghị quyết chuyên đề về phát triển du lịch biển đến năm 2030"),),
            ),
        ),
    ),
    Rule(
        "resolutions.issued_plan_with_period",
        "loaders/extract/resolutions.py: described (_ISSUED_DONE, _PINNED)",
        "a plan already issued ('vừa ban hành Kế hoạch thực hiện ...') with its period is one document, not a generic "
        "'kế hoạch thực hiện ...'",
        (
            Example(
                "UBND tỉnh Hà Nam vừa ban hành Kế hoạch thực hiện sắp xếp đơn vị hành chính cấp xã, giai đoạn 2023 - "
                "2025. Kế hoạch yêu cầu bảo đảm ổn định.",
                (entity("resolution", "Kế hoạch thực hiện sắp xếp đơn vị hành chính cấp xã, giai đoạn 2023 - 2025"),),
            ),
        ),
    ),
    Rule(
        "resolutions.adopted_at_congress",
        "loaders/extract/resolutions.py: _adopted_at_congress (_CONGRESS_HELD, _ADOPTED_BARE)",
        "a bare 'Nghị quyết' or 'Nghị quyết Đại hội' a congress adopts ('Đại hội thống nhất thông qua Nghị quyết với "
        "mục tiêu ...') is the resolution of the congress the text reports",
        (
            Example(
                "Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030 đã bế mạc sáng 30/9. Đại hội "
                "thống nhất thông qua Nghị quyết với mục tiêu xây dựng tỉnh phát triển nhanh.",
                (
                    entity(
                        "resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030"
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.bloc_congress",
        "loaders/extract/resolutions.py: _NAMED_AFTER_KIND",
        "the congress resolution of a bloc's or the provincial agencies' Party organization ('Nghị quyết Đại hội Đảng "
        "bộ Khối cơ quan và doanh nghiệp tỉnh lần thứ I')",
        (
            Example(
                "Các chi bộ học tập Nghị quyết Đại hội Đảng bộ Khối cơ quan và doanh nghiệp tỉnh lần thứ I.",
                (entity("resolution", "Nghị quyết Đại hội Đảng bộ Khối cơ quan và doanh nghiệp tỉnh lần thứ I"),),
            ),
        ),
    ),
    Rule(
        "resolutions.ends_before_date_clause",
        "loaders/extract/resolutions.py: _CLAUSE_END",
        "a described document ends before a date clause after a comma ('..., từ ngày 1/7/2025, ...')",
        (
            Example(
                "Theo Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025, từ ngày "
                "1/7/2025, hai tỉnh hợp nhất.",
                (
                    entity(
                        "resolution",
                        "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.header_date",
        "loaders/extract/resolutions.py: _header_date (_PLACE_DATE_LINE)",
        "the text's own number in its header takes the date of the place and date line after it; an older document "
        "of the same number the text cites with another date is another document",
        (
            Example(
                "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 09/CT-UBND\nNinh Thuận, ngày 12 tháng 5 năm 2024\n\nCHỈ THỊ\n"
                "Về tăng cường kỷ luật hành chính\n\nThực hiện Chỉ thị số 09/CT-UBND ngày 20/4/2022 của UBND tỉnh, "
                "các sở đã có chuyển biến.",
                (entity("resolution", "09/CT-UBND (2022)"),),
            ),
        ),
    ),
    Rule(
        "resolutions.abbreviated_level_inside",
        "loaders/extract/resolutions.py: _CLAUSE_END",
        "a described document goes on past the dot of an abbreviated level ('thành lập Đảng bộ TP.Đông Triều', "
        "'Đảng bộ P.Đức Chính') and ends before a basis clause (', trên cơ sở ...') or a preamble's main clause",
        (
            Example(
                "Tại hội nghị, Ban Tổ chức Tỉnh ủy công bố quyết định về việc thành lập Đảng bộ TP.Đông Triều mới.",
                (entity("resolution", "Quyết định về việc thành lập Đảng bộ TP.Đông Triều mới"),),
            ),
        ),
    ),
    Rule(
        "resolutions.handed_listed",
        "loaders/extract/resolutions.py: handed_decisions (_LISTED_AFTER); _same (_TOPIC_OF_KEY)",
        "decisions announced together ('công bố quyết định A và quyết định thành lập B') are each a document; one "
        "announced again with its issuer and the same topic is the same decision",
        (
            Example(
                "Hội nghị công bố quyết định về việc thành lập Đảng bộ TP.Hòa Lạc và quyết định thành lập Đảng bộ "
                "P.Tân Xá.",
                (entity("resolution", "Quyết định thành lập Đảng bộ P.Tân Xá"),),
            ),
        ),
    ),
    Rule(
        "resolutions.plan_in_numbered_title",
        "loaders/extract/resolutions.py: described (_in_a_numbered_title)",
        "a plan a numbered document's title issues ('Nghị quyết số 74/NQ-CP ... về ban hành Kế hoạch thực hiện ...') "
        "is a document of its own; an option paper ('Phương án số 316/PA-UBND') keeps its kind PA",
        (
            Example(
                "Thực hiện Nghị quyết số 74/NQ-CP ngày 7/4/2025 của Chính phủ về ban hành Kế hoạch thực hiện sắp xếp "
                "đơn vị hành chính và xây dựng mô hình chính quyền địa phương 2 cấp, UBND tỉnh giao các sở chủ trì.",
                (
                    entity(
                        "resolution",
                        "Kế hoạch thực hiện sắp xếp đơn vị hành chính và xây dựng mô hình chính quyền địa phương 2 cấp",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.decision_just_made",
        "loaders/extract/resolutions.py: handed_decisions (_HANDED, _DECIDES, _ON_A_PERSON)",
        "a decision just made or received and named by what it approves ('vừa có quyết định phê duyệt bổ sung 12 dự "
        "án, diện tích 80 ha ...', 'nhận quyết định chấp thuận chủ trương đầu tư ...'); only one on a person ends at "
        "its first comma",
        (
            Example(
                "Công ty nhận quyết định chấp thuận chủ trương đầu tư khu đô thị tại phường Tân Hưng.",
                (entity("resolution", "Quyết định chấp thuận chủ trương đầu tư khu đô thị tại phường Tân Hưng"),),
            ),
        ),
    ),
    Rule(
        "resolutions.issuer_with_its_unit",
        "loaders/extract/resolutions.py: _OF_NAMED_ISSUER",
        "a document of a local committee named with its unit before its topic ('quyết định của Ban Thường vụ Thành "
        "ủy Hà Nội về chỉ định nhân sự ...'); a report ends before what it is said to set out ('xác định, ...')",
        (
            Example(
                "Đại hội đã công bố quyết định của Ban Thường vụ Thành ủy Hà Nội về chỉ định nhân sự ban chấp hành "
                "Đảng ủy phường Ô Chợ Dừa nhiệm kỳ 2025 - 2030.",
                (
                    entity(
                        "resolution",
                        "Quyết định của Ban Thường vụ Thành ủy Hà Nội về chỉ định nhân sự ban chấp "
                        "hành Đảng ủy phường Ô Chợ Dừa nhiệm kỳ 2025 - 2030",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.council_topics_listed",
        "loaders/extract/resolutions.py: _listed_by_topic (_TOPICS_LISTED); described (_LIST_INTRO)",
        "one resolution per topic a council adopts in a list after a colon ('thông qua các nghị quyết về: A; B; C'), "
        "and each 'Nghị quyết <what it does>' of a list after 'như:' or ';'",
        (
            Example(
                "Tại kỳ họp, HĐND tỉnh đã thông qua các nghị quyết về: quy định mức chi hỗ trợ cán bộ luân chuyển; "
                "danh mục dự án thu hồi đất năm 2025. Kỳ họp bế mạc.",
                (entity("resolution", "Nghị quyết về danh mục dự án thu hồi đất năm 2025"),),
            ),
        ),
    ),
    Rule(
        "resolutions.leaders_conclusion",
        "loaders/extract/resolutions.py: leaders_conclusions (_LEADERS_CONCLUSION)",
        "a conclusion named by the leader who gave it, pinned by the session ('tại buổi làm việc ...') or its topic "
        "('về ...'), is a KL; not the words of a notice ('Thông báo 428/TB-VPCP kết luận của ...') nor its title",
        (
            Example(
                "Ban Thường vụ Tỉnh ủy quán triệt Kết luận của Tổng Bí thư Tô Lâm tại buổi làm việc với Ban Thường vụ "
                "Tỉnh ủy ngày 5/7/2025 về phát triển kinh tế biển.",
                (
                    entity(
                        "resolution",
                        "Kết luận của Tổng Bí thư Tô Lâm tại buổi làm việc với Ban Thường vụ Tỉnh ủy ngày 5/7/2025 về "
                        "phát triển kinh tế biển",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.described_by_body",
        "loaders/extract/resolutions.py: described_by_body (_OF_BODY_ABOUT, _NEXT_DOCUMENT, _SAID_OF_IT)",
        "a document of a body the issuers' list does not hold (a central Party board, a commune's committee or "
        "authority), or '<kind> chuyên đề của <issuer>', pinned by its topic ('về ...'): one per item of a list, "
        "without what is said of it ('được ban hành')",
        (
            Example(
                "Hội nghị quán triệt Hướng dẫn của Ban Tổ chức Trung ương về thành lập đảng bộ xã và Quy định của Ban "
                "Chấp hành Trung ương về kiểm tra.",
                (entity("resolution", "Hướng dẫn của Ban Tổ chức Trung ương về thành lập đảng bộ xã"),),
            ),
            Example(
                "Nghị quyết chuyên đề của Đảng ủy xã về phát triển du lịch cộng đồng được ban hành trong tháng 3.",
                (entity("resolution", "Nghị quyết chuyên đề của Đảng ủy xã về phát triển du lịch cộng đồng"),),
            ),
        ),
    ),
    Rule(
        "resolutions.built_as_follows",
        "loaders/extract/resolutions.py: built_as_follows (_BUILT_AS_FOLLOWS), own_document",
        "a text with no header number that builds or issues its own plan by title 'như sau:' ('UBND tỉnh xây dựng Kế "
        "hoạch tổ chức kỷ niệm ... như sau:') is that unnumbered plan, its own document (never merged into a "
        "numbered one it cites)",
        (
            Example(
                "KẾ HOẠCH TỔ CHỨC KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG BỘ TỈNH\n\nỦy ban nhân dân tỉnh xây dựng Kế hoạch "
                "tổ chức kỷ niệm 95 năm ngày thành lập Đảng bộ tỉnh như sau:\n\n1. MỤC ĐÍCH YÊU CẦU",
                (entity("resolution", "Kế hoạch tổ chức kỷ niệm 95 năm ngày thành lập Đảng bộ tỉnh"),),
            ),
            Example(  # a resolution named by its topic, its contents announced after it; on the topic of the numbered
                # one it draws on, yet not that one again (by_topic_again skips the text's own document)
                "Quán triệt Nghị quyết số 71-NQ/TW về đột phá phát triển giáo dục, Ban Thường vụ Tỉnh ủy ban hành Nghị "
                "quyết về đột phá phát triển giáo dục của tỉnh đến năm 2030 với những nội dung chính như sau:\n"
                "I. QUAN ĐIỂM",
                (entity("resolution", "Nghị quyết về đột phá phát triển giáo dục của tỉnh đến năm 2030"),),
            ),
            Example(  # a plan posted with its number left blank: named by the fuller title under its heading
                "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: /KH-UBND\nKẾ HOẠCH\nTổ chức Ngày hội văn hóa các dân tộc xã Hòa "
                "Bình năm 2025\nUBND xã ban hành Kế hoạch tổ chức Ngày hội văn hóa, cụ thể như sau:\nI. MỤC ĐÍCH",
                (entity("resolution", "Kế hoạch Tổ chức Ngày hội văn hóa các dân tộc xã Hòa Bình năm 2025"),),
            ),
        ),
    ),
    Rule(
        "resolutions.by_topic_again",
        "loaders/extract/resolutions.py: by_topic_again (_KIND_ABOUT, _TOPIC_HEAD)",
        "a document named bare by its kind and topic ('Nghị quyết về phát triển du lịch ...') after a numbered one of "
        "that kind whose topic starts with the same words is that document again",
        (
            Example(
                "Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU về phát triển du lịch. Nghị quyết về phát triển du lịch xác "
                "định mục tiêu đón 5 triệu lượt khách.",
                (entity("resolution", "12-NQ/TU"),),
            ),
        ),
    ),
    Rule(
        "resolutions.own_titled_plan",
        "loaders/extract/resolutions.py: titled (_ISSUES_AS_FOLLOWS)",
        "a text that opens with its kind and a title naming the document it carries out, and goes on to issue itself "
        "('... ban hành Kế hoạch thực hiện như sau:'), is its own unnumbered plan; a headline naming a document is not",
        (
            Example(
                "KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị trên địa bàn "
                "xã Tân Lập\n\nThực hiện Nghị quyết số 57-NQ/TW, Đảng ủy xã ban hành Kế hoạch thực hiện như sau:\n"
                "1. Mục đích",
                (
                    entity(
                        "resolution",
                        "Kế hoạch triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ "
                        "Chính trị trên địa bàn xã Tân Lập",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.plenum_by_number",
        "loaders/extract/resolutions.py: _NAMED_AFTER_KIND, _PLENUM_IN_NAME",
        "a plenum's resolution named by the plenum's number alone ('Nghị quyết Hội nghị 11 Ban Chấp hành Trung ương'), "
        "the numbered one the text ties to that plenum when it names one",
        (
            Example(
                "Căn cứ Nghị quyết Hội nghị 11 Ban Chấp hành Trung ương, các kết luận của Bộ Chính trị, tỉnh xây dựng "
                "đề án.",
                (entity("resolution", "Nghị quyết Hội nghị 11 Ban Chấp hành Trung ương"),),
            ),
        ),
    ),
    Rule(
        "resolutions.decision_on_committees",
        "loaders/extract/resolutions.py: _ON_BODIES, _end_of_bodies",
        "a decision appointing committees and posts goes on past the commas of their list ('chỉ định Ban Chấp hành "
        "Đảng bộ, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy xã A nhiệm kỳ ...') and ends at its size ('gồm 33 người')",
        (
            Example(
                "Tại đại hội, Đoàn Chủ tịch công bố quyết định của Ban Thường vụ Tỉnh ủy về việc chỉ định Ban Chấp "
                "hành Đảng bộ, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy xã Tân Hòa nhiệm kỳ 2025 - 2030.",
                (
                    entity(
                        "resolution",
                        "Quyết định của Ban Thường vụ Tỉnh ủy về việc chỉ định Ban Chấp hành Đảng bộ, "
                        "Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy xã Tân Hòa nhiệm kỳ 2025 - 2030",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.conclusion_a_body_has",
        "loaders/extract/resolutions.py: _DESCRIBED_START ('có kết luận về'), _HAD",
        "a conclusion a committee has on a matter ('Thành ủy có kết luận về việc ...', its deadline after it being the "
        "matter's); 'đã kết luận về ...' is the verb",
        (
            Example(
                "Trước đó, Thành ủy Hải Phòng có kết luận về việc điều chỉnh địa giới hành chính giữa hai quận, hoàn "
                "thành trước năm 2025.",
                (entity("resolution", "Kết luận về việc điều chỉnh địa giới hành chính giữa hai quận"),),
            ),
        ),
    ),
    Rule(
        "resolutions.notice_of_conclusions_numbered",
        "loaders/extract/resolutions.py: _from_short (_NOTICE_OF)",
        "'thông báo kết luận số 07 của Bộ Chính trị' in lower case: the kind follows the first word, a notice (TB)",
        (
            Example(
                "Chính phủ họp để triển khai thông báo kết luận số 07 của Bộ Chính trị ngày 2/5/2023.",
                (entity("resolution", "07-TB/TW"),),
            ),
        ),
    ),
    Rule(
        "resolutions.agenda_topics",
        "loaders/extract/resolutions.py: agenda_topics (_AGENDA_HEAD, _AGENDA_PLURAL, _AGENDA_LEAD, _AGENDA_ITEM_TAIL; "
        "lexicon.AGENDA_TOPIC_LEADS)",
        "a session's resolutions listed by topic after a plural head and a lead before the colon ('thông qua 7 nghị "
        "quyết quan trọng về các nhóm vấn đề: A; B', 'các tờ trình, nghị quyết về: A; B', 'các dự thảo nghị quyết "
        "liên quan đến: A; B'): one resolution per item, keyed 'Nghị quyết về a'; a plan read inside an item is its "
        "topic, no document; not a generic plural item, a report, a submission, nor a list still to be considered",
        (
            Example(
                "HĐND xã Đông Sơn đã biểu quyết thông qua 4 nghị quyết quan trọng về các nhóm vấn đề: Phân bổ dự toán "
                "ngân sách xã năm 2026; kế hoạch đầu tư công năm 2026.",
                (
                    entity("resolution", "Nghị quyết về phân bổ dự toán ngân sách xã năm 2026"),
                    entity("resolution", "Nghị quyết về kế hoạch đầu tư công năm 2026"),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.agenda_items",
        "loaders/extract/resolutions.py: agenda_items (_AGENDA_ITEM_CUE, _AGENDA_ITEM; lexicon.AGENDA_ITEM_CUES)",
        "a session's papers listed after a cue, each led by its own kind word ('thông qua dự thảo nghị quyết về A; B; "
        "dự thảo quyết định C', 'trong đó có nghị quyết về A; nghị quyết về B', 'trình bày Tờ trình A; báo cáo B'): "
        "one document each where nothing was read there, the draft keyed as the paper it drafts; an item with no kind "
        "word, a bare paper word before 'và', a report of several bodies ('của các Ban') name none; not a list still "
        "to be considered ('sẽ xem xét')",
        (
            Example(
                "Phiên họp đã xem xét, thông qua dự thảo nghị quyết về chính sách hỗ trợ cán bộ dôi dư năm 2026; dự "
                "thảo kế hoạch tổ chức phiên giải trình về công tác cấp sổ đỏ năm 2026.",
                (
                    entity("resolution", "Nghị quyết về chính sách hỗ trợ cán bộ dôi dư năm 2026"),
                    entity("resolution", "Kế hoạch tổ chức phiên giải trình về công tác cấp sổ đỏ năm 2026"),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.agenda_plurals",
        "loaders/extract/resolutions.py: agenda_plurals (_AGENDA_PLURAL_PAPERS, _AGENDA_AUTHORS, _AGENDA_SPLIT)",
        "a plural of reports or submissions a session hears, one per author ('các báo cáo của A, B và C về X', each "
        "author a name in capitals) or per counted topic ('2 tờ trình về X và Y', the topics counting up to the "
        "number); not 'các báo cáo của các sở, ngành'",
        (
            Example(
                "Kỳ họp nghe các báo cáo của Tòa án nhân dân huyện và Viện Kiểm sát nhân dân huyện về kết quả công "
                "tác năm 2025.",
                (
                    entity("resolution", "Báo cáo của Tòa án nhân dân huyện về kết quả công tác năm 2025"),
                    entity("resolution", "Báo cáo của Viện Kiểm sát nhân dân huyện về kết quả công tác năm 2025"),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.adopted_list",
        "loaders/extract/resolutions.py: adopted_list (_ADOPTED_LIST, _NOT_YET, _NOT_A_RESOLUTION_ITEM)",
        "'thông qua các nghị quyết: A; B; C': one resolution per item, keyed 'Nghị quyết a'; not a list still to be "
        "adopted ('sẽ thông qua'), not items that are projects or reports ('Đề án ...', 'Báo cáo ...')",
        (
            Example(
                "Hội đồng nhân dân tỉnh đã biểu quyết thông qua các nghị quyết: Phân bổ vốn đầu tư công năm 2025 của "
                "tỉnh; quy định mức hỗ trợ học phí cho học sinh.",
                (
                    entity("resolution", "Nghị quyết phân bổ vốn đầu tư công năm 2025 của tỉnh"),
                    entity("resolution", "Nghị quyết quy định mức hỗ trợ học phí cho học sinh"),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.issued_notice_by_topic",
        "loaders/extract/resolutions.py: issued_notices (_NOTICE_ISSUED, _NOTICE_TOPIC_END)",
        "'phát đi / ban hành thông báo về việc X': a notice (TB) keyed by its topic, which ends at the clause end or "
        "its basis ('theo ...'); a notice received ('nhận được thông báo') is none",
        (
            Example(
                "Ngày 2/3, Sở Y tế phát đi thông báo về việc tạm dừng tiếp nhận hồ sơ cấp phép hành nghề.",
                (entity("resolution", "Thông báo về việc tạm dừng tiếp nhận hồ sơ cấp phép hành nghề"),),
            ),
        ),
    ),
    Rule(
        "resolutions.notice_by_issuer_and_topic",
        "loaders/extract/resolutions.py: described (_DESCRIBED_START)",
        "'Thông báo của <issuer> về <topic>': a notice (TB) named by its issuer and topic, keyed by that description; "
        "with no topic ('Theo Thông báo của UBND tỉnh, ...') no document",
        (
            Example(
                "Sau khi có Thông báo của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị quyết số 30-NQ/TW, Ban Thường "
                "vụ Tỉnh ủy đã xây dựng kế hoạch thực hiện.",
                (entity("resolution", "Thông báo của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị quyết số 30-NQ/TW"),),
            ),
        ),
    ),
    Rule(
        "projects.name_ends_at_next_item",
        "loaders/extract/projects.py: extract_projects (_END: NEXT_ITEM_KINDS, 'trên toàn'; _PLURAL_KIND_LIST_BEFORE)",
        "a project's name ends where a list's next item starts: 'và' + another kind of document ('Đề án A và Dự thảo "
        "Nghị quyết B'), or the whole of a unit ('trên toàn huyện'); a kind word inside a plural list of kinds ('các "
        "Nghị quyết, Quy hoạch, Chương trình, Đề án phát triển ...') names no scheme",
        (
            Example(
                "Sở Y tế xin lùi việc trình Đề án y tế cơ sở thông minh và Dự thảo Nghị quyết về chế độ trực tại "
                "trạm y tế xã.",
                (entity("project", "Đề án y tế cơ sở thông minh"),),
            ),
        ),
    ),
    Rule(
        "projects.numbered_scheme_bare",
        "loaders/extract/projects.py: extract_projects (_NUMBERED_SCHEME_BARE, NUMBERED_SCHEME_GOES_ON)",
        "a scheme known by its number ('Đề án 06') ends at the number before a lower-case word that is no topic "
        "('về'), issuer ('của'), date or period: 'sơ kết Đề án 06 và công tác cấp căn cước' names 'Đề án 06'",
        (
            Example(
                "Chiều 3/4, Công an huyện Mường Tè sơ kết Đề án 06 và công tác quản lý cư trú quý I.",
                (entity("project", "Đề án 06"),),
            ),
        ),
    ),
    Rule(
        "projects.bracketed_route",
        "loaders/extract/projects.py: extract_projects (_BRACKETED_ROUTE, _is_province)",
        "a route whose two ends carry their provinces in brackets ('Dự án đường từ A (Thanh Hóa) - B (Nghệ An)') is "
        "named to its second end, without the brackets; the brackets locate the ends, not the project",
        (
            Example(
                "Bộ Xây dựng kiểm tra Dự án đường nối từ Mai Sơn (Sơn La) - Tân Uyên (Lai Châu) đoạn qua xã Chiềng "
                "Ban.",
                (entity("project", "Dự án đường nối từ Mai Sơn - Tân Uyên"),),
            ),
        ),
    ),
    Rule(
        "projects.name_words_of_schemes",
        "loaders/extract/projects.py: _DESCRIBED ('DA'), _END ('còn' + UNITS_LEFT), _GENERIC_AFTER ('bảo đảm' + "
        "manner)",
        "what a scheme's name may hold or not: a merger's result ('Đề án sắp xếp còn 43 xã, phường'), 'DA' for 'Dự "
        "án' before what it builds ('DA mở rộng QL1A'); a verb and its manner after the kind word ('theo Đề án bảo "
        "đảm kịp thời') names none",
        (
            Example(
                "Huyện đã bàn giao mặt bằng thi công DA mở rộng QL12 đoạn qua xã Nậm Tăm.",
                (entity("project", "DA mở rộng QL12"),),
            ),
            Example(
                "HĐND tỉnh thống nhất Đề án sắp xếp còn 27 xã, phường của thành phố.",
                (entity("project", "Đề án sắp xếp còn 27 xã, phường của thành phố"),),
            ),
        ),
    ),
    Rule(
        "resolutions.described_title_extent",
        "loaders/extract/resolutions.py: _CLAUSE_END (CEREMONY_ACTS, 'xem xét thông qua'), _NEW_CLAUSE "
        "(VERBS_AFTER_A_TITLE)",
        "where a described document's name ends: a submission's request runs on ('Tờ trình đề nghị xem xét thông qua "
        "Nghị quyết về ...'); a hand-over ends before the ceremony ('Quyết định bổ nhiệm và tặng hoa ...'); a law's "
        "title ends before what the sentence says of it ('Luật Thủ đô bảo đảm ...')",
        (
            Example(
                "Chủ tịch UBND huyện trao Quyết định bổ nhiệm và tặng hoa chúc mừng bà Lò Thị Mai.",
                (entity("resolution", "Quyết định bổ nhiệm"),),
            ),
            Example(
                "Luật Thủ đô bảo đảm cơ chế đặc thù cho thành phố.",
                (entity("resolution", "Luật Thủ đô"),),
            ),
        ),
    ),
    Rule(
        "projects.ends_with_carried_out_number",
        "loaders/extract/projects.py: extract_projects (_CARRIED_OUT_NUMBER, _NUMBERED_SCHEME_TOPIC, _END date in "
        "words)",
        "a project that carries out a numbered document ends with that number: the document's date, issuer and topic "
        "after it are the document's ('Chương trình hành động thực hiện Nghị quyết số 54-NQ/TW ngày 10 tháng 12 năm "
        "2019 của Bộ Chính trị về ...'); a numbered đề án keeps its topic over a comma and a date in words ('Đề án số "
        "04-ĐA/TU, ngày 5 tháng 3 năm 2021 của Tỉnh ủy về ...')",
        (
            Example(
                "Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết số 26-NQ/TW ngày 3 tháng 11 năm 2022 "
                "của Bộ Chính trị về phát triển vùng Bắc Trung Bộ.",
                (entity("project", "Chương trình hành động thực hiện Nghị quyết số 26-NQ/TW"),),
            ),
            Example(
                "Ban Thường vụ Huyện ủy sơ kết Đề án số 03-ĐA/HU, ngày 7 tháng 6 năm 2021 của Huyện ủy về phát triển "
                "cây dược liệu.",
                (entity("project", "Đề án số 03-ĐA/HU về phát triển cây dược liệu"),),
            ),
        ),
    ),
    Rule(
        "projects.preamble_subject",
        "loaders/extract/projects.py: _END (CLAUSE_SUBJECTS, CLAUSE_SUBJECT_VERBS)",
        "a name in a preamble ends at the comma before the main clause's subject and verb ('Thực hiện Đề án X, huyện "
        "đã trồng mới ...', 'Triển khai Chương trình Y, tỉnh đạt ...')",
        (
            Example(
                "Triển khai Đề án phát triển du lịch cộng đồng giai đoạn 2022-2025, huyện đã đón 40 nghìn lượt khách.",
                (entity("project", "Đề án phát triển du lịch cộng đồng giai đoạn 2022-2025"),),
            ),
        ),
    ),
    Rule(
        "resolutions.reporter_before_report",
        "loaders/extract/resolutions.py: described (_REPORTER_BEFORE)",
        "a lower-case 'báo cáo' right after a name or a body's unit word is what the body does, not a report: 'Trưởng "
        "Ban Pháp chế HĐND tỉnh báo cáo kết quả thẩm tra ...' names no document",
        (
            Example(
                "Giám đốc Sở Tài chính báo cáo kết quả giải ngân vốn đầu tư công, Hội nghị nghe Báo cáo kết quả "
                "giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh.",
                (entity("resolution", "Báo cáo kết quả giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh"),),
            ),
        ),
    ),
    Rule(
        "projects.work_by_purpose",
        "loaders/extract/projects.py: extract_projects (_WORK_BY_PURPOSE, PURPOSE_WORK_KINDS, PURPOSE_WORK_CUES; "
        "_DESCRIBED 'DA' before a work's kind in capitals)",
        "an infrastructure work named by its kind, what it is for and its place ('kè chống sạt lở bờ biển A', 'hồ "
        "chứa nước B', 'đập ngăn mặn C') is a project after what builds, funds, inspects or names it as a work ('công "
        "trình', 'kiểm tra', 'đầu tư khẩn cấp'); one only seen ('câu cá bên hồ chứa nước X') is none",
        (
            Example(
                "Công trình kè chống sạt lở bờ biển Cửa Tùng (huyện Vĩnh Linh) đã hoàn thành trước mùa mưa bão.",
                (entity("project", "Kè chống sạt lở bờ biển Cửa Tùng"),),
            ),
        ),
    ),
    Rule(
        "projects.road_stretch",
        "loaders/extract/projects.py: extract_projects (_ROAD_STRETCH, _ROAD_DONE); _merge_work_in_project "
        "(_WORK_HEADS, _WORK_WORDS)",
        "a road's stretch under works, the road by its kind and number ('sửa chữa trên tuyến Quốc lộ 4D đoạn từ A đi "
        "B') is a project (not a road with no stretch, nor a stretch where something only happens: 'bị lật trên Quốc "
        "lộ 6 đoạn qua xã X'); a work named again without its project words ('Cao tốc A - B' after 'dự án đầu tư mở "
        "rộng cao tốc A - B') is that project",
        (
            Example(  # a site's head with its second word capitalised ("Cụm Công nghiệp", _SITE_HEADS)
                "Ngày 18/4, tại xã Hải Phương, huyện Hải Hậu, UBND tỉnh tổ chức khởi công xây dựng hạ tầng Cụm Công "
                "nghiệp Hải Phương.",
                (entity("project", "Cụm Công nghiệp Hải Phương"),),
            ),
            Example(  # a numbered road being built or opened, by a verb of doing (_ROAD_DONE)
                "Huyện đầu tư nâng cấp, mở rộng đường ĐH.12 đoạn qua xã Tân Lợi với kinh phí 45 tỷ đồng.",
                (entity("project", "Đường ĐH.12"),),
            ),
            Example(
                "Hai gói thầu sửa chữa trên tuyến Quốc lộ 4D đoạn từ Sa Pa đi Bình Lư (xã Tả Phìn) đang được thi công.",
                (entity("project", "Quốc lộ 4D đoạn từ Sa Pa đi Bình Lư"),),
            ),
            Example(
                "Bộ trình dự án đầu tư mở rộng cao tốc Hòa Lạc - Hòa Bình. Cao tốc Hòa Lạc - Hòa Bình hiện có 2 làn "
                "xe.",
                (entity("project", "Dự án đầu tư mở rộng cao tốc Hòa Lạc - Hòa Bình"),),
            ),
        ),
    ),
    Rule(
        "projects.work_name_ends",
        "loaders/extract/projects.py: _END ('có' + a measure, 'dự kiến' + a date, 'vào kế hoạch', 'ở đoạn', 'lên' + a "
        "size, work_event: WORK_EVENTS_AFTER_NAME and 'vượt sông' after a proper name), _end_search (_WORKS_OPEN, "
        "_AND_MORE_WORK), _COUNTED_WORKS (a classifier), _BUILDS_NAMED ('đầu tư mở rộng'), _LOWER_WORK_BUILT ('xây'; "
        "_SHARED_KIND_NAMES)",
        "where a work's name ends: before its size ('có dung tích'), what is done to it after its proper name ('khởi "
        "công', 'thông xe'), the river it crosses, the plan it is put into, the stretch it is at, the size it is "
        "widened to, the road a bridge stands on; a second work of the same project after 'và xử lý' goes on with it; "
        "two names after one kind word ('xây cầu A và B') are two works; a bridge's name ends before the provinces it "
        "joins ('nối tỉnh A', _BRIDGE_JOINS; a road's do not); a road built by its stretch ('đường ven biển đoạn A - "
        "B') is named whole (_ROUTE_BUILT)",
        (
            Example(
                "Bộ Xây dựng khởi công cầu Đại Ngãi 2 nối tỉnh Trà Vinh với tỉnh Sóc Trăng; tỉnh khởi công đường ven "
                "biển đoạn Quảng Phúc - Cảng Hòn La.",
                (
                    entity("project", "Cầu Đại Ngãi 2"),
                    entity("project", "Đường ven biển đoạn Quảng Phúc - Cảng Hòn La"),
                ),
            ),
            Example(
                "Tỉnh dành 500 tỷ đồng xây cầu Sông Chua và Đà Rằng trên Quốc lộ 25.",
                (entity("project", "Cầu Sông Chua"), entity("project", "Cầu Đà Rằng")),
            ),
            Example(
                "Dự án cầu Phước An khởi công vào tháng 3/2023 và sẽ thông xe cuối năm nay.",
                (entity("project", "Dự án cầu Phước An"),),
            ),
            Example(
                "Dự án nâng cấp QL.12A đoạn Km5 - Km20 và xử lý sạt trượt đoạn Bãi Dinh - Cha Lo đã về đích sớm.",
                (entity("project", "Dự án nâng cấp QL.12A đoạn Km5 - Km20 và xử lý sạt trượt đoạn Bãi Dinh - Cha Lo"),),
            ),
        ),
    ),
    Rule(
        "projects.name_brackets_and_components",
        "loaders/extract/projects.py: extract_projects (_NAME_BRACKET, _COMPONENT_NUMBER, _COMPONENT_GOES_ON)",
        "a bracket that says which phase or sub-zone the work is ('(giai đoạn 1)', '(Phân khu B)') goes on with its "
        "name (not its stretch, '(đoạn từ A đến B)', which says where it is); a numbered component ('dự án thành "
        "phần 2') is a project, named to its number unless the work it does follows",
        (
            Example(
                "Tổng mức đầu tư của dự án thành phần 2 tăng thêm 500 tỷ đồng so với dự toán ban đầu.",
                (entity("project", "Dự án thành phần 2"),),
            ),
            Example(
                "Tỉnh công bố Quy hoạch phân khu Khu đô thị sinh thái Yên Tử (Phân khu B) tại xã Tràng Lương.",
                (entity("project", "Quy hoạch phân khu Khu đô thị sinh thái Yên Tử (Phân khu B)"),),
            ),
        ),
    ),
    Rule(
        "projects.programme_by_date",
        "loaders/extract/projects.py: extract_projects (_DATED_PROGRAMME)",
        "an action programme with no number, named by its date and issuer ('Chương trình hành động ngày 12/3/2025 "
        "của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết ...'): the date is part of its name, not its end",
        (
            Example(
                "Thực hiện Chương trình hành động ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số "
                "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch số 90/KH-UBND.",
                (
                    entity(
                        "project",
                        "Chương trình hành động ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số "
                        "57-NQ/TW",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.plenum_ordinal_in_words",
        "loaders/extract/resolutions.py: NAMED (_ORDINAL_WORDS)",
        "a plenum resolution with its ordinal in words ('Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng "
        "khóa XIII'), keyed by that description",
        (
            Example(
                "Tỉnh ủy ban hành Chương trình hành động số 30-CTr/TU thực hiện Nghị quyết Hội nghị lần thứ tám Ban "
                "Chấp hành Trung ương Đảng khóa XIII.",
                (entity("resolution", "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII"),),
            ),
        ),
    ),
    Rule(
        "resolutions.headline_plan_is_the_numbered_one",
        "loaders/extract/resolutions.py: _numbered_plan_for (_BARE_PURPOSE)",
        "a headline's 'Kế hoạch thực hiện Nghị quyết 66-NQ/TW' is the one numbered plan the story says carries out a "
        "bare 'Nghị quyết' ('Kế hoạch số 171/KH-UBND nhằm triển khai Nghị quyết.'); two such plans: neither",
        (
            Example(
                "Phú Thọ ban hành Kế hoạch thực hiện Nghị quyết 66-NQ/TW\nNgày 10/6, UBND tỉnh ban hành Kế hoạch số "
                "171/KH-UBND nhằm triển khai Nghị quyết.",
                (entity("resolution", "171/KH-UBND"),),
            ),
        ),
    ),
    Rule(
        "resolutions.congress_of_the_party_by_ordinal",
        "loaders/extract/resolutions.py: _NAMED_AFTER_KIND ('Đảng' before a Roman ordinal)",
        "'Nghị quyết Đại hội Đảng XIII': the national congress's resolution, its ordinal right after 'Đảng'",
        (
            Example(
                "Chính phủ thảo luận Chương trình hành động thực hiện Nghị quyết Đại hội Đảng XIII.",
                (entity("resolution", "Nghị quyết Đại hội Đảng XIII"),),
            ),
        ),
    ),
    Rule(
        "resolutions.personnel_decision_handed",
        "loaders/extract/resolutions.py: _HANDED ('cũng có'), _DECIDES and _ON_A_PERSON ('tiếp nhận', 'miễn nhiệm')",
        "a decision on a cadre handed over or issued: 'trao quyết định tiếp nhận, bổ nhiệm bà A', 'Ban Thường vụ "
        "cũng có quyết định điều động ông B'",
        (
            Example(
                "Phó Bí thư Tỉnh ủy trao quyết định tiếp nhận, bổ nhiệm bà Lê Thị Hoa, chuyên viên Ban Tổ chức.",
                (entity("resolution", "Quyết định tiếp nhận, bổ nhiệm bà Lê Thị Hoa"),),
            ),
        ),
    ),
    Rule(
        "resolutions.government_session_resolution",
        "loaders/extract/resolutions.py: _NAMED_AFTER_KIND ('phiên họp Chính phủ thường kỳ tháng M/YYYY')",
        "the Government's resolution named by its monthly session: 'Nghị quyết phiên họp Chính phủ thường kỳ tháng "
        "9/2019'",
        (
            Example(
                "Tại Nghị quyết phiên họp Chính phủ thường kỳ tháng 9/2019, Chính phủ yêu cầu đẩy nhanh giải ngân.",
                (entity("resolution", "Nghị quyết phiên họp Chính phủ thường kỳ tháng 9/2019"),),
            ),
        ),
    ),
    Rule(
        "resolutions.draft_decree_by_topic",
        "loaders/extract/resolutions.py: _DESCRIBED_START ('dự thảo Nghị định', 'dự thảo Thông tư'), _DESCRIBED_KINDS",
        "a draft decree or circular named by its topic: 'cho ý kiến về dự thảo Nghị định của Chính phủ quy định chi "
        "tiết ...' (NĐ, TT); one still to be drawn up ('xây dựng dự thảo ...') is none yet",
        (
            Example(
                "Phiên họp cho ý kiến về dự thảo Nghị định của Chính phủ quy định chi tiết thi hành Luật Quy hoạch.",
                (entity("resolution", "Nghị định của Chính phủ quy định chi tiết thi hành Luật Quy hoạch"),),
            ),
        ),
    ),
    Rule(
        "resolutions.topic_shared_with_next",
        "loaders/extract/resolutions.py: described_by_issuer (_TOPIC_SHARED_AFTER)",
        "'Nghị quyết của Ủy ban Thường vụ Quốc hội và các quyết định của tỉnh về việc X': the first document is pinned "
        "by the topic the list shares",
        (
            Example(
                "Tỉnh tổ chức Lễ công bố Nghị quyết của Ủy ban Thường vụ Quốc hội và các quyết định của tỉnh về việc "
                "sắp xếp đơn vị hành chính cấp xã.",
                (
                    entity(
                        "resolution",
                        "Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp xã",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.reporting_a_conclusion",
        "loaders/extract/resolutions.py: described ('báo cáo kết luận của ...')",
        "'văn bản báo cáo kết luận của Thủ tướng về X': 'báo cáo' reports (a verb); the conclusion (KL) is the "
        "document",
        (
            Example(
                "Văn phòng Chính phủ có văn bản báo cáo kết luận của Thủ tướng Chính phủ về tiến độ tuyến metro số 1.",
                (entity("resolution", "Kết luận của Thủ tướng Chính phủ về tiến độ tuyến metro số 1"),),
            ),
        ),
    ),
    Rule(
        "resolutions.prime_minister_named",
        "loaders/extract/resolutions.py: _OF_NAMED_ISSUER (a name after 'Thủ tướng (Chính phủ)')",
        "'kết luận của Thủ tướng Chính phủ Nguyễn Văn A về X': the Prime Minister's conclusion, his name between",
        (
            Example(
                "Văn phòng Chính phủ truyền đạt kết luận của Thủ tướng Chính phủ Phạm Văn An về tiến độ tuyến metro.",
                (entity("resolution", "Kết luận của Thủ tướng Chính phủ Phạm Văn An về tiến độ tuyến metro"),),
            ),
        ),
    ),
    Rule(
        "resolutions.capital_title_target",
        "loaders/extract/resolutions.py: capital_title_target (_CAPITAL_TITLE_TARGET)",
        "a plan titled in capitals 'KẾ HOẠCH\\nTHỰC HIỆN NGHỊ QUYẾT CỦA TỈNH ỦY VỀ X' names, without a number, the "
        "resolution it carries out ('Nghị quyết của Tỉnh ủy về x')",
        (
            Example(
                "Số: 88/KH-UBND\nBình Định, ngày 3 tháng 5 năm 2022\n\nKẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT CỦA TỈNH ỦY VỀ "
                "PHÁT TRIỂN DU LỊCH BIỂN GIAI ĐOẠN 2021 - 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n",
                (entity("resolution", "Nghị quyết của Tỉnh ủy về phát triển du lịch biển giai đoạn 2021 - 2025"),),
            ),
        ),
    ),
    Rule(
        "resolutions.titled_over_blank_lines",
        "loaders/extract/resolutions.py: titled (_TITLED)",
        "a text opening with its kind ('NGHỊ QUYẾT') and, after blank lines or on the same line, its title 'Về việc "
        "...', with no number: the document the text is",
        (
            Example(
                "NGHỊ QUYẾT\n\nVề việc thành lập thị trấn Tân Lập thuộc huyện Đồng Phú\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n",
                (entity("resolution", "Nghị quyết về việc thành lập thị trấn Tân Lập thuộc huyện Đồng Phú"),),
            ),
        ),
    ),
    Rule(
        "resolutions.directive_by_topic",
        "loaders/extract/resolutions.py: _DESCRIBED_START ('Chỉ thị về'), described_by_issuer (_NOTICE_BEFORE)",
        "a directive named by its topic ('ban hành Chỉ thị về tăng cường ...'); a 'Thông báo kết luận của ...' is one "
        "notice (TB), not also a conclusion",
        (
            Example(
                "UBND tỉnh ban hành Chỉ thị về tăng cường công tác phòng, chống thiên tai năm 2025.",
                (entity("resolution", "Chỉ thị về tăng cường công tác phòng, chống thiên tai năm 2025"),),
            ),
        ),
    ),
    Rule(
        "resolutions.symbol",
        "loaders/extract/resolutions.py: numbered",
        "a full document symbol (Party '57-NQ/TW', State '45/KH-UBND', law '15/2023/QH15'), its kind from the "
        "word before it, its date from 'ngày ...' after it",
        (
            Example(
                "UBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 12/3/2025 về chuyển đổi số.",
                (entity("resolution", "45/KH-UBND"),),
            ),
            Example(  # "TƯ" for a provincial committee (by its issuer, or its own header) is TU, else TW
                "Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV), hạ tầng có bước phát triển.",
                (entity("resolution", "13-NQ/TU"),),
            ),
        ),
    ),
    Rule(
        "resolutions.short",
        "loaders/extract/resolutions.py: numbered (_SHORT)",
        "a kind word and a number without the full symbol ('Nghị quyết 57 của Bộ Chính trị'), its symbol built "
        "from the issuer named after it",
        (
            Example("Các sở thực hiện Nghị quyết 57 của Bộ Chính trị.", (entity("resolution", "57-NQ/TW"),)),
            Example(  # an action programme, its issuer the subject that has it
                "Huyện ủy đã có Chương trình hành động số 12 về thực hiện Nghị quyết số 05 của Tỉnh ủy.",
                (entity("resolution", "12-CTr/HU"),),
            ),
        ),
    ),
    Rule(
        "resolutions.named",
        "loaders/extract/resolutions.py: named",
        "a congress or plenum resolution named without a number "
        "('Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV')",
        (
            Example(
                "Hội nghị nghe Tờ trình về Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.",
                (entity("resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV"),),
            ),
            Example(  # the first congress of a merged province, its ordinal in words
                "Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh Phú Thọ lần thứ nhất.",
                (entity("resolution", "Nghị quyết Đại hội Đảng bộ tỉnh Phú Thọ lần thứ nhất"),),
            ),
            Example(  # the Party organization by its unit's name alone, closing the clause
                "Chi bộ học tập Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang; Hướng dẫn của Ban Tuyên giáo.",
                (entity("resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang"),),
            ),
            Example(  # the ordinal in Arabic after "lần thứ"
                "Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện Mường Tè lần thứ 22.",
                (entity("resolution", "Nghị quyết Đại hội Đảng bộ huyện Mường Tè lần thứ 22"),),
            ),
            Example(  # the unit after the ordinal: "... lần thứ XX của Đảng bộ tỉnh", "... Đảng bộ huyện Phú Lương"
                "Kết quả thực hiện Nghị quyết Đại hội lần thứ XXIV Đảng bộ huyện Phú Lương được đánh giá cao.",
                (entity("resolution", "Nghị quyết Đại hội lần thứ XXIV Đảng bộ huyện Phú Lương"),),
            ),
        ),
    ),
    Rule(
        "resolutions.described",
        "loaders/extract/resolutions.py: described",
        "a specific document named by description: a report, a submission, a plan or a draft, capitalised or "
        "pinned down by an action, its author, a period or the numbered document it is about",
        (
            Example(
                "Hội nghị nghe Tờ trình về Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.",
                (entity("resolution", "Tờ trình về Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV"),),
            ),
            Example(  # numbered after a colon, as a legal database's copy writes it: the numbered one, no description
                "Xét Tờ trình số: 88/TTr-UBND ngày 10/10/2024 của Ủy ban nhân dân tỉnh.",
                (entity("resolution", "88/TTr-UBND"),),
            ),
            Example(  # a shorter re-mention ("dự thảo Báo cáo chính trị") is the one described in full before
                "Hội nghị cho ý kiến vào dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XV trình Đại "
                "hội. Góp ý vào dự thảo Báo cáo chính trị, đồng chí Giám đốc Sở Nội vụ đề nghị làm rõ nhiệm vụ.",
                (entity("resolution", "Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XV trình Đại hội"),),
            ),
            Example(  # an amending law is one law, whatever laws its title names (also over a hard line break);
                # each law it names is a document the text names too
                "Căn cứ Luật Sửa đổi, bổ sung một số điều của\nLuật Đất đai và Luật Nhà ở ngày 29 tháng 6 năm 2024;",
                (
                    entity("resolution", "Luật Sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở"),
                    entity("resolution", "Luật Đất đai"),
                    entity("resolution", "Luật Nhà ở"),
                ),
            ),
            Example(  # the description ends where the main clause issues a document
                "Thực hiện kết luận của Thủ tướng Chính phủ về các dự án giao thông trọng điểm, UBND tỉnh ban hành "
                "Kế hoạch số 55/KH-UBND.",
                (entity("resolution", "Kết luận của Thủ tướng Chính phủ về các dự án giao thông trọng điểm"),),
            ),
        ),
    ),
    Rule(
        "resolutions.described_again",
        "loaders/extract/resolutions.py: _described_again",
        "a document named by description that the text names otherwise is that document: a description holding its "
        "symbol ('Báo cáo thẩm tra số 211/BC-HĐND' over a line break), the text's own document asked for by title "
        "in its submission ('Xét Tờ trình ... về việc ban hành Nghị quyết về <title>'), a headline naming a numbered "
        "document of another sentence by the words of its topic, or a plan by what it carries out when the story names "
        "one numbered plan (tests: test_lineage_clauses.py, test_lineage_wrapped.py)",
        (
            Example(
                "Kế hoạch tổ chức Ngày hội đọc sách năm 2023\n\nUBND tỉnh Bắc Kạn vừa ban hành Kế hoạch số "
                "71/KH-UBND về việc tổ chức Ngày hội đọc sách Việt Nam năm 2023 trên địa bàn tỉnh.",
                (entity("resolution", "71/KH-UBND"),),
            ),
            Example(  # the plan later in the headline, named by what it is about (no cue inside it)
                "Hội nghị quán triệt Kế hoạch nâng cao chất lượng sinh hoạt chi bộ\nSáng 9/4, Đảng ủy phường tổ chức "
                "hội nghị quán triệt Kế hoạch số 15-KH/ĐU của Ban Thường vụ Đảng ủy.",
                (entity("resolution", "15-KH/ĐU"),),
            ),
        ),
    ),
    Rule(
        "resolutions.flat_header",
        "loaders/extract/resolutions.py: _flat_header, own_document",
        "a header flattened to one line ('TỈNH ỦY X * Số 88-BC/TU ĐẢNG CỘNG SẢN VIỆT NAM X, ngày ... BÁO CÁO ...'): "
        "the number near the opening, followed by the place and date of issue, is the text's own document (never "
        "cited)",
        (
            Example(
                "TỈNH ỦY ĐIỆN BIÊN * Số 88-BC/TU ĐẢNG CỘNG SẢN VIỆT NAM Điện Biên, ngày 3 tháng 5 năm 2022 BÁO CÁO "
                "Sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.",
                (entity("resolution", "88-BC/TU"), entity("resolution", "12-NQ/TU")),
            ),
        ),
    ),
    Rule(
        "resolutions.bare_after_cue",
        "loaders/extract/resolutions.py: described_by_issuer (_BARE_AFTER_CUE)",
        "a bare kind word right after an implementing cue, closing the clause ('thực hiện chỉ thị.', 'Để cụ thể hóa "
        "Nghị quyết, ...'): the last document of that kind named before",
        (
            Example(
                "Bộ Chính trị ban hành Nghị quyết số 71-NQ/TW. Để cụ thể hóa Nghị quyết, Ban Thường vụ Tỉnh ủy ban "
                "hành Kế hoạch số 35-KH/TU.",  # the bare word is 71-NQ/TW again (so 35-KH/TU implements it)
                (entity("resolution", "71-NQ/TW"),),
            ),
            Example(  # the cue opening the sentence, capitalised
                "Tỉnh ủy ban hành Chỉ thị số 11-CT/TU về phòng, chống dịch. Thực hiện Chỉ thị, UBND tỉnh ban hành Kế "
                "hoạch số 62/KH-UBND.",
                (entity("resolution", "11-CT/TU"),),
            ),
        ),
    ),
    Rule(
        "resolutions.not_yet",
        "loaders/extract/resolutions.py: described (_TO_DRAW_UP); projects.py: extract_projects (_KINDS_OR_TO_ISSUE)",
        "a plan or programme still to be drawn up or issued ('các cấp ủy xây dựng kế hoạch thực hiện ...', "
        "'tham mưu / sớm / khẩn trương ban hành kế hoạch, chương trình hành động ...') is no document yet; the one "
        "it carries out is",
        (
            Example(  # owned by many: "... của các đơn vị"
                "Thường trực Tỉnh ủy làm việc về kế hoạch hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ "
                "XI của các đơn vị.",
                (entity("resolution", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI"),),
            ),
            Example(
                "Các địa phương khẩn trương ban hành kế hoạch, chương trình hành động thực hiện Nghị quyết số "
                "57-NQ/TW.",
                (entity("resolution", "57-NQ/TW"),),
            ),
        ),
    ),
    Rule(
        "resolutions.congress_again",
        "loaders/extract/resolutions.py: _congress_again",
        "a bare 'Nghị quyết Đại hội' after a congress resolution named in full is that resolution again",
        (
            Example(
                "Đại hội thông qua Nghị quyết Đại hội đại biểu Đảng bộ xã Tam Hưng lần thứ I. Để cụ thể hóa Nghị quyết "
                "Đại hội, Ban Chấp hành Đảng bộ xã ban hành Chương trình hành động số 01-CTr/ĐU.",
                (entity("resolution", "Nghị quyết Đại hội đại biểu Đảng bộ xã Tam Hưng lần thứ I"),),
            ),
        ),
    ),
    Rule(
        "resolutions.issuer_only",
        "loaders/extract/resolutions.py: described (_ONLY_ISSUER, _GENERIC_KINDS_BEFORE)",
        "'kế hoạch của <issuer>' with no topic, period or number is the numbered plan of that issuer the text "
        "names, else no document; 'các chỉ thị, kế hoạch của ...' names kinds of documents, not one",
        (
            Example(
                "Hội nghị quán triệt chỉ thị, kế hoạch của Ban Thường vụ Tỉnh ủy và hướng dẫn của Ban Tổ chức Tỉnh "
                "ủy. Đại biểu được quán triệt Kế hoạch số 140-KH/TU ngày 2/8/2024 của Ban Thường vụ Tỉnh ủy.",
                (entity("resolution", "140-KH/TU"),),
            ),
        ),
    ),
    # --- people, bodies, places, meetings, projects -----------------------------------------------
    Rule(
        "people.official",
        "loaders/extract/people.py: extract_officials",
        "a personal name with its post ('đồng chí A, Phó Bí thư Tỉnh ủy', 'Bí thư Tỉnh ủy A'), memberships "
        "and ranks set aside",
        (
            Example(
                "Đồng chí Giàng Páo Mỷ, Bí thư Tỉnh ủy, dự hội nghị tại xã Bản Bo, huyện Tam Đường.",
                (entity("official", "Giàng Páo Mỷ", "Bí thư Tỉnh ủy"),),
            ),
        ),
    ),
    Rule(
        "bodies.organization",
        "loaders/extract/bodies.py: extract_organizations",
        "a body (Party committee, People's Committee or Council, department, standing board) with its place",
        (
            Example(  # a list sharing its head, with no colon after "các" (one body per item)
                "UBND tỉnh yêu cầu UBND các xã Tây Phú, Bình Tân tập trung bàn giao mặt bằng.",
                (entity("organization", "UBND xã Tây Phú"), entity("organization", "UBND xã Bình Tân")),
            ),
            Example(
                "Để cụ thể hóa Nghị quyết số 68-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Lai Châu đã ban hành "
                "Kế hoạch số 21-KH/TU.",
                (entity("organization", "Ban Thường vụ Tỉnh ủy Lai Châu"), entity("organization", "Bộ Chính trị")),
            ),
        ),
    ),
    Rule(
        "places.locality",
        "loaders/extract/places.py: extract_localities",
        "a place after its level word ('xã Bản Bo', 'huyện Tam Đường', 'TP Vinh') or a province named alone",
        (
            Example(
                "Đồng chí Giàng Páo Mỷ, Bí thư Tỉnh ủy, dự hội nghị tại xã Bản Bo, huyện Tam Đường.",
                (entity("locality", "Bản Bo", "xã"), entity("locality", "Tam Đường", "huyện")),
            ),
        ),
    ),
    Rule(
        "meetings.meeting",
        "loaders/extract/meetings.py: extract_meetings",
        "the meeting the text reports: its kind (hội nghị, phiên họp, kỳ họp ...), its body (votes from the "
        "sentences that name both) and its date",
        (
            Example(
                "Ngày 4/3, HĐND tỉnh Điện Biên khai mạc kỳ họp thứ 20. Đồng chí Lò Văn Phương, Chủ tịch HĐND tỉnh, "
                "chủ trì kỳ họp.",
                (entity("meeting", "HĐND tỉnh", "2025-03-04", "kỳ họp"),),
            ),
        ),
    ),
    Rule(
        "text.sentences",
        "loaders/extract/text.py: _SENTENCE_END, _wrapped_breaks",
        "a sentence ends at '.', '!', '?', ';' and a space or at a line break, never after an abbreviation that "
        "stands before a name ('TP. Cần Thơ', 'TX. Phú Mỹ', 'PGS. TS. Lê Văn A'), nor at a line break inside a "
        "sentence (text._wrapped_breaks: the line before ends with no final punctuation and the next starts in lower "
        "case, or it ends in 'số', 'của', a comma or a word's hyphen, or, in a text wrapped to a width, a full line "
        "goes on on a capitalized word ('của Bộ\\nChính trị'); not before a list item or a line of capitals), which "
        "the extractors read as a space",
        (
            Example(
                "Sáng 4/3, tại TP. Cần Thơ, Ban Thường vụ Thành ủy tổ chức hội nghị.",
                (entity("meeting", "Ban Thường vụ Thành ủy", "2025-03-04", "hội nghị"),),
            ),
            Example(
                "Sáng 4/3, Ban Thường vụ Tỉnh\nủy Sơn La tổ chức hội nghị.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2025-03-04", "hội nghị"),),
            ),
        ),
    ),
    Rule(
        "places.merged_units",
        "loaders/extract/places.py: _NEXT_NAME ('và một phần'), _MERGED_WITH",
        "a merger's units named bare after one with its level word: the last item 'và một phần C' of 'nhập các "
        "phường A, B và một phần C', and 'Phường A sáp nhập với B' (B a ward too)",
        (
            Example(
                "Phường Bình An được thành lập trên cơ sở nhập các phường Tân Hòa, Tân Mỹ và một phần Long Phước.",
                (entity("locality", "Long Phước", "phường"),),
            ),
            Example(
                "Phường Thạnh Lộc sáp nhập với Thạnh Xuân để lập phường mới.",
                (entity("locality", "Thạnh Xuân", "phường"),),
            ),
        ),
    ),
    Rule(
        "places.counted_units_in_brackets",
        "loaders/extract/places.py: _LIST_OF_UNITS (a bracket after the level word)",
        "units counted, then named in brackets: '6 huyện (Kiến Thụy, An Lão, Cát Hải)', '2 đặc khu (Cô Tô, Vân Đồn)' "
        "(each name at the counted level)",
        (
            Example(
                "Tỉnh hiện có 3 huyện (Lạc Sơn, Kim Bôi và Tân Lạc).",
                (entity("locality", "Lạc Sơn", "huyện"), entity("locality", "Tân Lạc", "huyện")),
            ),
        ),
    ),
    Rule(
        "places.dashed_two_names",
        "loaders/extract/places.py: _NAME (a dash between two names of up to four syllables each)",
        "a unit named by two old names joined by a dash keeps both whole: 'phường Văn Miếu - Quốc Tử Giám'",
        (
            Example(
                "Hai phường được nhập thành phường Văn Miếu - Quốc Tử Giám.",
                (entity("locality", "Văn Miếu - Quốc Tử Giám", "phường"),),
            ),
        ),
    ),
    Rule(
        "places.formed_by_merging",
        "loaders/extract/places.py: _merged_into_new_unit (_FORMED_BY_MERGING, _NEW_UNIT_LEVEL)",
        "units named bare after 'hình thành / thành lập (trên cơ sở) sáp nhập' or 'mới từ sáp nhập' take the level "
        "of the new unit the sentence names before the cue, when the gazetteer knows them at that tier (no person)",
        (
            Example(
                "Phường Bình Hưng Hòa mới được hình thành từ sáp nhập Bình Hưng Hòa A và Bình Trị Đông.",
                (entity("locality", "Bình Trị Đông", "phường"), entity("locality", "Bình Hưng Hòa A", "phường")),
            ),
            Example(
                "Xã được thành lập trên cơ sở sáp nhập Hải Phú, Hải Thượng và Hải Lâm.",
                (entity("locality", "Hải Thượng", "xã"), entity("locality", "Hải Lâm", "xã")),
            ),
        ),
    ),
    Rule(
        "places.merger_clause_list",
        "loaders/extract/places.py: extract_localities (_MERGER_BEFORE)",
        "in a merger clause ('nhập toàn bộ xã B và C', 'sáp nhập xã B, C') the units listed after a commune-tier "
        "level word share it even when the gazetteer no longer holds them (merged away before); no person, province",
        (
            Example(
                "Nghị quyết thành lập xã Lương Minh trên cơ sở nhập toàn bộ xã Minh Cầm và Lương Mông.",
                (entity("locality", "Lương Mông", "xã"),),
            ),
        ),
    ),
    Rule(
        "places.committee_in_lower_case",
        "loaders/extract/places.py: _COMMITTEE_OF",
        "a district's, town's or city's Party committee written in lower case names its unit ('ban thường vụ huyện "
        "ủy Krông Nô', 'thành ủy Gia Nghĩa'); a person after it is no unit",
        (
            Example(
                "Đoàn công tác của ban thường vụ huyện ủy Krông Nô làm việc với đảng ủy xã Nam Đà.",
                (entity("locality", "Krông Nô", "huyện"),),
            ),
        ),
    ),
    Rule(
        "places.province_spelt_otherwise",
        "loaders/extract/places.py: _PROVINCE (lexicon.PROVINCE_VARIANTS)",
        "a province spelt with other tone marks or 'c' for 'k' ('tỉnh Đăk Lăk', 'Đắc Nông') is the province",
        (Example("Tỉnh Đăk Lăk và tỉnh Đăk Nông ký kết hợp tác.", (entity("locality", "Đăk Lăk", "tỉnh"),)),),
    ),
    Rule(
        "places.paper_code_province",
        "loaders/extract/places.py: _paper_province (_PAPER_CODE, lexicon.PAPER_CODES)",
        "a provincial paper's code opening a line ('QTO - ', '(GLO)- ') tells the province whose districts the story "
        "names bare ('Cam Lộ đã chú trọng ...'); the code itself names no locality",
        (
            Example(
                "Cam Lộ phát triển kinh tế vườn đồi\n\nQTO - Những năm qua, Cam Lộ đã chú trọng phát triển kinh tế.",
                (entity("locality", "Cam Lộ"),),
                published="2023-05",
            ),
        ),
    ),
    Rule(
        "places.bare_merger",
        "loaders/extract/places.py: _BARE_MERGER",
        "bare names merged at a clause's start take the level of the one the text reads with its level word: 'Thạnh "
        "An nhập với Thạnh Hòa và Thạnh Quới' after 'Phường Thạnh Hòa ...'",
        (
            Example(
                "Phường Thạnh Hòa hợp nhất với Thạnh Phú. Thạnh An nhập với Thạnh Hòa và Thạnh Quới.",
                (entity("locality", "Thạnh Quới", "phường"), entity("locality", "Thạnh An", "phường")),
            ),
        ),
    ),
    Rule(
        "places.one_line",
        "loaders/extract/places.py: _LEVEL, _PROVINCE, _NOT_PLACE_BEFORE",
        "a level word and its unit's name on one line ('cấp huyện' at a line's end names no unit), a province "
        "written with an en dash ('Bà Rịa – Vũng Tàu', the cities in it not read apart), no reporter's name "
        "('PV Quảng Bình/VOV'), no capitalised level word as a committee's place ('Thành ủy Thành phố ...')",
        (
            Example(
                "Ngày 5/3, lễ khởi công diễn ra tại tỉnh Bà Rịa – Vũng Tàu.",
                (entity("locality", "Bà Rịa - Vũng Tàu", "tỉnh"),),
            ),
            Example(
                "Ngày 5/3, Đoàn kiểm tra công bố quyết định đối với Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh.",
                (
                    entity("locality", "Hồ Chí Minh", "thành phố"),
                    entity("organization", "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh"),
                ),
            ),
        ),
    ),
    Rule(
        "bodies.provincial_place",
        "loaders/extract/bodies.py: _PROVINCE_ONLY (PROVINCE in lexicon.BODY_PATTERNS)",
        "a provincial body ('Tỉnh ủy', 'UBND tỉnh', 'HĐND tỉnh', 'Ủy ban MTTQ tỉnh', 'Đoàn ĐBQH tỉnh') takes only "
        "a province's name after it: 'Chủ tịch HĐND tỉnh Lê Bảo' is the body and a person",
        (
            Example(
                "Dự lễ có đồng chí Chủ tịch HĐND tỉnh Lê Bảo.",
                (entity("organization", "HĐND tỉnh"), entity("official", "Lê Bảo", "Chủ tịch HĐND tỉnh")),
            ),
        ),
    ),
    Rule(
        "bodies.lower_case_head",
        "loaders/extract/lexicon.py: BODY_PATTERNS",
        "a department or a delegation whose head word is written in lower case ('giao sở Tài chính', 'Trưởng đoàn "
        "ĐBQH tỉnh', 'Trưởng ban Tuyên giáo Huyện ủy'), not 'cơ sở Đảng' nor 'trụ sở Bộ'; a delegation with its "
        "abbreviation in brackets ('Đoàn đại "
        "biểu Quốc hội (ĐBQH) tỉnh'); the central boards abbreviated ('Ban Tuyên giáo T.Ư')",
        (
            Example("UBND tỉnh giao sở Tài chính chủ trì thực hiện.", (entity("organization", "Sở Tài chính"),)),
            Example(
                "Đồng chí Hà Văn Ba, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh dự hội nghị.",
                (entity("organization", "Đoàn ĐBQH tỉnh"),),
            ),
        ),
    ),
    Rule(
        "bodies.steering_task",
        "loaders/extract/bodies.py: steering_committees",
        "a steering committee named by its task, which may start with its verb ('Ban Chỉ đạo thực hiện sắp xếp, "
        "tổ chức lại đơn vị hành chính các cấp'), also written 'Ban chỉ đạo'",
        (
            Example(
                "Chiều 13/3, Ban Chỉ đạo thực hiện sắp xếp đơn vị hành chính các cấp đã họp phiên thứ nhất.",
                (
                    entity("organization", "Ban Chỉ đạo thực hiện sắp xếp đơn vị hành chính các cấp"),
                    entity(
                        "meeting", "Ban Chỉ đạo thực hiện sắp xếp đơn vị hành chính các cấp", "2025-03-13", "phiên họp"
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "meetings.named_body",
        "loaders/extract/meetings.py: _CUE_THEN_BODY, _NAMES_ITS_BODY",
        "a session named with its body, a comma between ('Kỳ họp thứ 6, HĐND tỉnh khóa IX'); a plenum one body "
        "organizes is the plenum's ('Ban Thường vụ Tỉnh ủy tổ chức Hội nghị BCH Đảng bộ tỉnh lần thứ 18')",
        (
            Example(
                "Sáng nay 4-7, tại Hội trường UBND tỉnh đã diễn ra Kỳ họp thứ 6, HĐND tỉnh khóa IX.",
                (entity("meeting", "HĐND tỉnh", "2025-07-04", "kỳ họp"),),
            ),
            Example(
                "Ngày 9-4, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị BCH Đảng bộ tỉnh lần thứ 18, khóa XVII.",
                (entity("meeting", "Ban Chấp hành Đảng bộ tỉnh", "2025-04-09", "hội nghị"),),
            ),
        ),
    ),
    Rule(
        "meetings.host",
        "loaders/extract/meetings.py: _HOST_BEFORE",
        "the host of a working session, also after its guest ('buổi làm việc của tập thể Bộ Chính trị với Ban "
        "Thường vụ Thành ủy TP.HCM'); members of the Central Committee present are guests, not the meeting's body",
        (
            Example(
                "Sáng 3.9, Tổng Bí thư Lê Văn An chủ trì buổi làm việc của tập thể Bộ Chính trị với Ban Thường vụ "
                "Thành ủy TP.HCM.",
                (entity("meeting", "Ban Thường vụ Thành ủy", "2025-09-03", "buổi làm việc"),),
            ),
        ),
    ),
    Rule(
        "meetings.visit_reception",
        "loaders/extract/meetings.py: _VISIT_RECEPTION, _visit_receptions, _visit_party_receiver",
        "a working visit told by its reception: the receivers listed after 'Tiếp <guest> ... có', 'Tham gia tiếp "
        "đoàn có', 'Về phía tỉnh có' (after a team come to work) host it: the body its members are named with, the "
        "people's committee for a government guest, else the first receiver's body, a committee by its standing "
        "board; a Party secretary who 'tiếp và làm việc với đoàn' receives for the standing board",
        (
            Example(
                "Chiều 14/3, Bộ trưởng Bộ Y tế Trần Văn Hải đến thăm Bệnh viện Đa khoa tỉnh. Tiếp Bộ trưởng tại trụ "
                "sở Tỉnh ủy có đồng chí Hoàng Văn Nam, Bí thư Tỉnh ủy, cùng các đồng chí trong Ban Thường vụ Tỉnh ủy.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2025-03-14", "phiên họp"),),
                "2025-03",
            ),
            Example(
                "Ngày 9/10, Thứ trưởng Bộ Xây dựng Nguyễn Văn Sinh dẫn đầu đoàn công tác kiểm tra tiến độ tuyến cao "
                "tốc qua địa bàn. Tham gia tiếp đoàn có các đồng chí: Bùi Văn Quang, Phó Bí thư Tỉnh ủy, Chủ tịch "
                "UBND tỉnh; Hồ Đại Dũng, Phó Chủ tịch UBND tỉnh.",
                (entity("meeting", "UBND tỉnh", "2024-10-09", "phiên họp"),),
                "2024-10",
            ),
            Example(
                "Ngày 6/3, Đoàn công tác của Ban Dân vận Tỉnh ủy đã đến kiểm tra việc thực hiện quy chế dân chủ tại "
                "huyện Bảo Lâm. Làm việc với đoàn có đồng chí Vi Văn Bình, Bí thư Huyện ủy cùng các đồng chí trong Ban "
                "Thường vụ Huyện ủy.",
                (entity("meeting", "Ban Thường vụ Huyện ủy", "2024-03-06", "phiên họp"),),
                "2024-03",
            ),
        ),
    ),
    Rule(
        "meetings.visit_inspected_body",
        "loaders/extract/meetings.py: _INSPECTED_AT, _visit_inspected_bodies",
        "a team's inspection, supervision or survey held at a state or Party body, its topic between ('Đoàn giám "
        "sát ... tiến hành giám sát ... tại Sở X'): the body's session; a site in a district ('đi kiểm tra ... tại "
        "huyện Y') or a planned one ('sẽ tiến hành giám sát') is none",
        (
            Example(
                "Chiều 12/6, Đoàn giám sát của Ban Pháp chế HĐND tỉnh do bà Lò Thị Hà, Trưởng Ban làm Trưởng đoàn "
                "tiến hành giám sát việc thực hiện chính sách trợ giúp pháp lý năm 2024 tại Sở Tư pháp.",
                (entity("meeting", "Sở Tư pháp", "2025-06-12", "phiên họp"),),
            ),
        ),
    ),
    Rule(
        "meetings.visit_listed_units",
        "loaders/extract/meetings.py: _WORKS_WITH_LISTED_DISTRICTS, _COUNCIL_COMMITTEE_HOST, "
        "_visit_party_hosts_as_committees",
        "the units or bodies a leader works with, named in shapes the generic host reading misses: districts listed "
        "by name ('làm việc với các huyện A, B và C': the first one's people's committee for the government's side), a "
        "council committee in lower case ('làm việc với Ban văn hóa - xã hội HĐND tỉnh'), a unit's Party "
        "organization ('làm việc với Đảng bộ xã X' is the Đảng ủy xã's)",
        (
            Example(
                "Chiều 8/9, Phó Chủ tịch UBND tỉnh Lê Văn Sỹ chủ trì buổi làm việc với các huyện Phú Lộc, Nam Đông và "
                "thị xã Hương Thủy về tiến độ giải ngân vốn đầu tư công.",
                (entity("meeting", "UBND huyện Phú Lộc", "2021-09-08", "buổi làm việc"),),
                "2021-09",
            ),
            Example(
                "Ngày 5/11, đồng chí Trần Thị Hằng, Phó Bí thư Tỉnh ủy đến thăm và làm việc với Đảng bộ xã Tân Phước "
                "về kết quả thực hiện nhiệm vụ năm 2025.",
                (entity("meeting", "Đảng ủy xã Tân Phước", "2025-11-05", "phiên họp"),),
                "2025-11",
            ),
        ),
    ),
    Rule(
        "meetings.visit_greeted_body",
        "loaders/extract/meetings.py: _VISITED_STAFF_BEFORE, _visit_greeted_bodies",
        "a leader come to a state or Party body to greet or check on its people ('đến thăm, chúc mừng cán bộ, chiến sỹ "
        "Công an tỉnh', 'đến kiểm tra, nắm tình hình và chúc Tết cán bộ, chiến sỹ Bộ Chỉ huy Quân sự tỉnh'): the "
        "body's session; a family or a site visited is none",
        (
            Example(
                "Chiều 17/8, đồng chí Hà Văn Minh, Bí thư Tỉnh ủy đã đến thăm, chúc mừng cán bộ, chiến sỹ Công an "
                "tỉnh.",
                (entity("meeting", "Công an tỉnh", "2025-08-17", "phiên họp"),),
                "2025-08",
            ),
        ),
    ),
    Rule(
        "meetings.visit_unit_named_bare",
        "loaders/extract/meetings.py: _WORKS_WITH_A_UNIT, _visit_units_named_bare",
        "a leader working with a unit below the province named bare ('làm việc tại huyện A', 'làm việc với xã B'): "
        "the visitor's side makes the host plain, the unit's people's committee for the government's side, else its "
        "Party committee (a district's by its standing board); a province-level city is _VISITS_A_PROVINCE's",
        (
            Example(
                "Sáng 12/9, đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy đã thăm và làm việc tại huyện Krông Pắc về tình "
                "hình thực hiện nhiệm vụ 9 tháng.",
                (entity("meeting", "Ban Thường vụ Huyện ủy Krông Pắc", "2025-09-12", "phiên họp"),),
                "2025-09",
            ),
            Example(
                "Sáng 12/9, Chủ tịch UBND tỉnh Lê Văn Hòa làm việc với xã Tân Hòa về công tác giải phóng mặt bằng.",
                (entity("meeting", "UBND xã Tân Hòa", "2025-09-12", "phiên họp"),),
                "2025-09",
            ),
        ),
    ),
    Rule(
        "meetings.voters",
        "loaders/extract/meetings.py: _DELEGATION",
        "a meeting with voters ('tiếp xúc cử tri', 'cuộc tiếp xúc với cử tri') is the National Assembly "
        "delegation's, even when only its head is named ('Trưởng đoàn ĐBQH tỉnh')",
        (
            Example(
                "Chiều 4/5, đồng chí Đỗ Văn Duy, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh đã có cuộc tiếp xúc với cử "
                "tri xã Minh Quân.",
                (entity("meeting", "Đoàn ĐBQH tỉnh", "2025-05-04", "phiên họp"),),
            ),
        ),
    ),
    Rule(
        "meetings.congress_sits",
        "loaders/extract/meetings.py: _CONGRESS_SITS",
        "a congress said to sit: 'tiến hành phiên trù bị', 'bước vào phiên làm việc chính thức', 'tiếp tục ngày làm "
        "việc thứ 3', 'dự và (phát biểu) "
        "chỉ đạo Đại hội'; a province's congress named without 'Đảng bộ' ('Đại hội đại biểu tỉnh An Giang lần thứ I')",
        (
            Example(
                "Sáng 24-9, Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI đã bước vào phiên làm việc chính thức.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ tỉnh", "2025-09-24", "đại hội"),),
            ),
        ),
    ),
    Rule(
        "meetings.right_after",
        "loaders/extract/meetings.py: _more_meetings (_RIGHT_AFTER, _point_chair)",
        "a local leader's own meeting right after the session ('Ngay sau phiên họp, Chủ tịch UBND tỉnh A tiếp tục chủ "
        "trì cuộc họp với các sở'): the chair's body, the same day; a local point of an online conference ('Tại điểm "
        "cầu tỉnh X, đồng chí A ... chủ trì') is the same meeting, no session of its own",
        (
            Example(
                "Sáng 5/10, Chính phủ họp phiên thường kỳ với các địa phương. Tại điểm cầu tỉnh Bình Định, đồng chí Lê "
                "Văn Đạo, Chủ tịch UBND tỉnh chủ trì. Ngay sau phiên họp, Chủ tịch UBND tỉnh Lê Văn Đạo tiếp tục chủ "
                "trì cuộc họp với các sở, ngành.",
                (entity("meeting", "UBND tỉnh", "2025-10-05", "hội nghị"),),
            ),
        ),
    ),
    Rule(
        "meetings.lead_organizer",
        "loaders/extract/meetings.py: _first_co_organizer",
        "co-organizers listed before 'phối hợp (với ...) tổ chức' ('A, B, C và D phối hợp tổ chức Hội thảo ...'): the "
        "meeting is the first one's, one meeting",
        (
            Example(
                "Sáng 12/11, Ban Tuyên giáo Tỉnh ủy, Trường Chính trị tỉnh và Hội Nhà báo tỉnh phối hợp tổ chức Hội "
                "thảo khoa học về văn hóa đọc.",
                (entity("meeting", "Ban Tuyên giáo Tỉnh ủy", "2025-11-12", "hội thảo"),),
            ),
        ),
    ),
    Rule(
        "meetings.plenum_in_a_name",
        "loaders/extract/meetings.py: _DOCUMENT_BEFORE",
        "a meeting word inside a document's name, after its word, number and date ('Nghị quyết số 27-NQ/TW ngày "
        "9/11/2022 Hội nghị lần thứ sáu Ban Chấp hành Trung ương'): the resolution's issuer, no meeting the text "
        "reports (tests/unit/extract/test_real_extents.py checks there is none)",
        (
            Example(
                "Sáng 16/4, Tỉnh ủy tổ chức hội nghị triển khai Nghị quyết số 27-NQ/TW ngày 9/11/2022 Hội nghị lần thứ "
                "sáu Ban Chấp hành Trung ương Đảng khóa XIII.",
                (entity("meeting", "Tỉnh ủy", "2025-04-16", "hội nghị"), entity("resolution", "27-NQ/TW")),
            ),
        ),
    ),
    Rule(
        "documents.programme_in_brackets",
        "loaders/extract/resolutions.py: programmes_in_brackets (_PROGRAMME_IN_BRACKETS)",
        "an issuer's action programme given its resolution in brackets ('Chương trình hành động của Chính phủ (Nghị "
        "quyết số 45/NQ-CP ...)'): every 'Chương trình hành động của <that issuer> ...' is that resolution, no project",
        (
            Example(
                "UBND tỉnh ban hành Kế hoạch số 120/KH-UBND thực hiện Chương trình hành động của Chính phủ tiếp tục "
                "thực hiện Nghị quyết số 29-NQ/TW; cụ thể hóa các nhiệm vụ tại Chương trình hành động của Chính phủ "
                "(Nghị quyết số 77/NQ-CP ngày 2/4/2024 của Chính phủ).",
                # (the plan implements 77/NQ-CP: tests/unit/extract/test_documents_real.py)
                (entity("resolution", "77/NQ-CP"),),
            ),
        ),
    ),
    Rule(
        "people.one_syllable",
        "loaders/extract/people.py: _ONE_SYLLABLE (NAME, _WIDE_NAME, _PERSON_AFTER_PLACE)",
        "a name of one syllable with its apostrophe ('đồng chí K'Nhơn, Bí thư Huyện ủy', 'Bí thư Huyện ủy Đam Rông "
        "K'Sơn'); one syllable without an apostrophe is never a name",
        (
            Example(
                "Sáng 3/4, đồng chí K'Bình, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lạc Dương chủ trì hội nghị.",
                (entity("official", "K'Bình", "Phó Bí thư Huyện ủy"),),
            ),
        ),
    ),
    Rule(
        "bodies.steering_task_verbs",
        "loaders/extract/bodies.py: _STEERING_STOPS",
        "a steering committee named bare before the verb of its task ('yêu cầu các thành viên Ban Chỉ đạo đẩy nhanh "
        "tiến độ', 'Ban Chỉ đạo tăng cường kiểm tra'): no body 'Ban Chỉ đạo đẩy nhanh tiến độ'",
        (
            Example(
                "Chiều 5/3, Ban Chỉ đạo phát triển kinh tế tập thể tỉnh họp. Trưởng Ban Chỉ đạo yêu cầu Ban Chỉ đạo "
                "đẩy nhanh tiến độ.",
                (entity("organization", "Ban Chỉ đạo phát triển kinh tế tập thể tỉnh"),),
            ),
        ),
    ),
    Rule(
        "meetings.bare_steering",
        "loaders/extract/meetings.py: _bodies (_BARE_STEERING)",
        "a steering committee named bare ('Chiều 5/3, Ban Chỉ đạo họp ...') is the one named before in the text "
        "('Ban Chỉ đạo phát triển kinh tế tập thể tỉnh'); never a title's ('Trưởng Ban Chỉ đạo')",
        (
            Example(
                "UBND tỉnh đã kiện toàn Ban Chỉ đạo phát triển kinh tế tập thể tỉnh. Chiều 5/3, Ban Chỉ đạo họp phiên "
                "thứ nhất.",
                (entity("meeting", "Ban Chỉ đạo phát triển kinh tế tập thể tỉnh", "2025-03-05", "phiên họp"),),
            ),
        ),
    ),
    Rule(
        "meetings.session_of",
        "loaders/extract/meetings.py: _NUMBERED_OF",
        "a session with its number, then 'của' and any body the text names ('chủ trì Phiên họp lần thứ 20 của Ban Chỉ "
        "đạo quốc gia ...', 'hội nghị của Ban Chỉ đạo các Chương trình mục tiêu quốc gia'): that body's meeting",
        (
            Example(
                "Chiều 3/6, Phó Thủ tướng Lê Văn Thành chủ trì Phiên họp lần thứ 12 của Ban Chỉ đạo quốc gia về phát "
                "triển du lịch.",
                (entity("meeting", "Ban Chỉ đạo quốc gia về phát triển du lịch", "2025-06-03", "phiên họp"),),
            ),
        ),
    ),
    Rule(
        "people.more_shapes",
        "loaders/extract/people.py: find_people (LOWER_POSTS, _MORE_NAMES, _LISTED_NAME, _PREFIX_NAME)",
        "posts in lower case ('Phó thủ tướng Chính phủ A', 'B, Phó trưởng Đoàn ĐBQH tỉnh'); a plural post shared "
        "by the names after it ('các Phó Chủ tịch HĐND tỉnh A, B'); the next name of a list of names with posts "
        "('A, Phó Bí thư Tỉnh ủy, B, Chủ tịch UBND tỉnh'); a prefix is a whole word ('ông' is not in 'Uông'); "
        "memberships as written ('Ủy viên Dự khuyết Trung ương Đảng', 'UVTV Tỉnh ủy'); a form of address is no "
        "part of a name ('Ông Nguyễn Thành Tâm'); two names elected together ('A và B được bầu làm Phó Bí thư'); "
        "a company's chairman is no official ('Chủ tịch Tập đoàn Hoa Lợi'), the cooperatives' union's is",
        (
            Example(
                "Chủ tịch HĐND tỉnh Phan Việt Cường, các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn Công Thanh "
                "đồng chủ trì kỳ họp.",
                (entity("official", "Nguyễn Công Thanh", "Phó Chủ tịch HĐND tỉnh"),),
            ),
            Example(
                "Các đồng chí Hồ Thanh Sơn, Phó bí thư Thường trực Tỉnh ủy, Cao Tiến Dũng, Chủ tịch UBND tỉnh chủ trì.",
                (entity("official", "Cao Tiến Dũng", "Chủ tịch UBND tỉnh"),),
            ),
        ),
    ),
    Rule(
        "people.post_before",
        "loaders/extract/people.py: _RANK, _POST_OF, _BODY_WORD",
        "a rank or the body's parent in brackets between a post and the name ('Trưởng Công an huyện Thượng tá A', "
        "'Vụ trưởng Vụ Địa phương III (Ban Tổ chức Trung ương) B'); a post named before its holder "
        "in a personnel decision ('miễn nhiệm chức vụ Chủ tịch UBND tỉnh X đối với ông A'); a committee of the "
        "National Assembly in a post ('Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội A')",
        (
            Example(
                "Dự có Trưởng Công an huyện Thượng tá Nguyễn Quang Thành.",
                (entity("official", "Nguyễn Quang Thành", "Trưởng Công an huyện"),),
            ),
            Example(
                "Thủ tướng phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Bắc Kạn đối với ông Trương Chí Trung.",
                (entity("official", "Trương Chí Trung", "Chủ tịch UBND tỉnh Bắc Kạn"),),
            ),
        ),
    ),
    Rule(
        "bodies.local_names",
        "loaders/extract/bodies.py: _LOCAL3, _STEERING_STOPS",
        "a commune's or ward's body with a three-syllable name that does not start with a surname ('Đảng ủy phường "
        "An Phú Đông'); a working delegation's name ends at its task's verb ('Đoàn công tác HĐND tỉnh khảo sát ...')",
        (
            Example(
                "Chiều 14-11, Đảng ủy phường An Phú Đông tổ chức lễ ra mắt mô hình họp trực tuyến.",
                (entity("organization", "Đảng ủy phường An Phú Đông"), entity("locality", "An Phú Đông", "phường")),
            ),
        ),
    ),
    Rule(
        "bodies.more_spellings",
        "loaders/extract/lexicon.py: BODY_PATTERNS; loaders/extract/bodies.py: identity",
        "an inspection delegation after its head's post ('Trưởng đoàn kiểm tra số 11 của Bộ Chính trị'), "
        "'UBMTTQ Việt Nam tỉnh', and a committee of Ho Chi Minh City however the city is written ('Thành ủy TPHCM' "
        "and 'Thành ủy' are one body)",
        (
            Example(
                "Chiều 14/3, đồng chí Trần Văn Mẫn, Trưởng đoàn kiểm tra số 11 của Bộ Chính trị, làm việc với Thành "
                "ủy TPHCM.",
                (entity("organization", "Đoàn kiểm tra số 11 của Bộ Chính trị"),),
            ),
        ),
    ),
    Rule(
        "meetings.supervision",
        "loaders/extract/meetings.py: _HOLDS, _CONGRESS_PREPARED",
        "a body that 'tổ chức giám sát' holds a supervision session; a congress named after 'chuẩn bị', 'kế hoạch "
        "tổ chức', 'tiến tới' in its sentence is prepared for, not held, and one named in another meeting's "
        "sentence ('tổ chức Hội nghị sinh hoạt đại biểu tham dự Đại hội ...') does not sit",
        (
            Example(
                "Sáng 27/11, Thường trực HĐND tỉnh tổ chức giám sát việc thực hiện nhiệm vụ năm 2025 của ngành Y tế.",
                (entity("meeting", "Thường trực HĐND tỉnh", "2025-11-27", "phiên họp"),),
            ),
        ),
    ),
    Rule(
        "places.numbered",
        "loaders/extract/places.py: _TIME_AFTER",
        "a unit named by a number ('quận 3', 'phường 12'), never a number before a duration ('các huyện, thành phố "
        "6 tháng đầu năm')",
        (Example("Đoàn làm việc tại quận 3 và phường 12.", (entity("locality", "3", "quận"),)),),
    ),
    Rule(
        "bodies.known_department",
        "loaders/extract/bodies.py: _KNOWN_DEPARTMENT (lexicon.DEPARTMENTS), _LOCAL",
        "a ministry's or department's name ends with its known name ('Sở Công Thương tăng cường ...', 'Bộ Công "
        "Thương quy định ...'; its level word stays: 'Sở Nội vụ tỉnh'); a rank is no committee's place ('Công an "
        "huyện Thượng tá A')",
        (
            Example(
                "UBND tỉnh giao Sở Công Thương tăng cường công tác kêu gọi đầu tư.",
                (entity("organization", "Sở Công Thương"),),
            ),
        ),
    ),
    Rule(
        "names.one_line",
        "loaders/extract/places.py: _LIST_ITEM; loaders/extract/bodies.py: _CAPWORDS; loaders/extract/people.py: "
        "_BODY_WORD",
        "a list of units and a body's name never run over a line break; a committee's term ('Khóa XX') is no part "
        "of a title or a unit; 'Ủy ban Kiểm tra Tỉnh ủy' takes only a province after it; 'Tứ giác Long Xuyên' is a "
        "region",
        (
            Example(
                "Làm việc tại 2 tỉnh Kiên Giang, An Giang\nTheo sự phân công, đoàn dự.",
                (entity("locality", "An Giang", "tỉnh"),),
            ),
        ),
    ),
    Rule(
        "people.district_term",
        "loaders/extract/people.py: _PERSON_AFTER_PLACE (_TERM_THEN), _UNIT_NAME_ENDS",
        "a district's or town's post with its committee's term before the holder ('Bí thư Huyện ủy Tân Kỳ nhiệm kỳ "
        "2020 - 2025 A', 'Chủ tịch UBND thị xã Thái Hòa khóa XX B': the unit's name, then the person)",
        (
            Example(
                "Chủ tịch UBND thị xã Thái Hòa khóa XX Lê Văn Bình dự hội nghị.",
                (entity("official", "Lê Văn Bình", "Chủ tịch UBND thị xã Thái Hòa"),),
            ),
        ),
    ),
    Rule(
        "places.list_bracket",
        "loaders/extract/places.py: _NEXT_NAME, _LIST_ITEM (_BRACKET)",
        "a list of units goes on past a unit's place in brackets ('các xã Mỹ Trung, Hậu Mỹ Trinh (huyện Cái Bè) và "
        "Tân Lý Tây')",
        (
            Example(
                "Đoàn kiểm tra tại các xã Mỹ Trung, Hậu Mỹ Trinh (huyện Cái Bè) và Tân Lý Tây.",
                (entity("locality", "Tân Lý Tây", "xã"),),
            ),
        ),
    ),
    Rule(
        "places.list_of_a_district",
        "loaders/extract/places.py: _LIST_OF_UNITS (lexicon.LIST_OPENERS)",
        "a list of units with the unit they belong to and a word before the names ('6 xã thuộc huyện A là: B, C', "
        "'các xã thuộc huyện D gồm: E, F'): the names are units of the list's level, the district stays a district",
        (
            Example(
                "Khu kinh tế cửa khẩu Quốc tế Bản Mồ bao gồm 4 xã thuộc huyện Sơn Tây là: Tân Lạc, Hòa Nam, Lũng Vân, "
                "Phúc Thịnh.",
                (
                    entity("locality", "Phúc Thịnh", "xã"),
                    entity("locality", "Sơn Tây", "huyện"),
                ),
            ),
        ),
    ),
    Rule(
        "places.list_after_colon",
        "loaders/extract/places.py: _LIST_AFTER_COLON, _unit_lists",
        "a list after a bare level word and a colon ('sắp xếp thành 3 đơn vị là xã: A, B và C'), or after a count "
        "and a longer phrase ('4 phường sẽ được thành lập mới gồm: A, B'): each name is a unit of that level",
        (
            Example(
                "Huyện Đông Sơn được sắp xếp thành 3 đơn vị là xã: Đông Tiến, Đông Thanh và Đông Minh.",
                (entity("locality", "Đông Thanh", "xã"),),
            ),
        ),
    ),
    Rule(
        "places.counted_then_gom",
        "loaders/extract/places.py: _COUNTED_THEN_GOM, _unit_lists",
        "a counted list whose names come after a clause about them and 'gồm:' ('12 xã ... được công nhận đạt chuẩn "
        "nông thôn mới gồm: A, B (huyện C); D'; the first name may repeat the level word): each is a unit of the "
        "count's level",
        (
            Example(
                "Có 4 xã được tỉnh công nhận đạt chuẩn nông thôn mới kiểu mẫu, gồm: xã Tam Sơn (huyện Từ Sơn); "
                "Đình Bảng, Phù Chẩn (huyện Từ Sơn); Nội Duệ (huyện Tiên Du).",
                (entity("locality", "Phù Chẩn", "xã"), entity("locality", "Nội Duệ", "xã")),
            ),
        ),
    ),
    Rule(
        "places.province_named_unit_in_list",
        "loaders/extract/places.py: extract_localities (_list_goes_on)",
        "a province's name inside a list of units after a level word, with more units of that tier after it, is a "
        "unit of the list ('phường Thủy Nguyên, Hòa Bình, Nam Triệu': the ward Hòa Bình)",
        (
            Example(
                "Thành phố được sắp xếp thành các đơn vị là phường Thủy Nguyên, Hòa Bình, Nam Triệu và Lưu Kiếm.",
                (entity("locality", "Lưu Kiếm", "phường"),),
            ),
        ),
    ),
    Rule(
        "places.one_syllable_known",
        "loaders/extract/places.py: extract_localities (_unknown_syllable)",
        "a one-syllable name after a level word is a unit only when the gazetteer knows it at that tier or as a "
        "province ('thành phố Vinh'), not a common word ('Thành phố Anh hùng', 'thành phố Cảng')",
        (
            Example(
                "Đại hội đặt mục tiêu xây dựng thành phố Cảng văn minh, như Nghệ An đã làm ở thành phố Vinh.",
                (entity("locality", "Vinh", "thành phố"),),
            ),
        ),
    ),
    Rule(
        "places.one_letter_level",
        "loaders/extract/places.py: _ONE_LETTER_LEVEL",
        "a district or a commune abbreviated to one letter ('H. Nghi Lộc', 'X. Nghi Lâm') when the gazetteer knows "
        "the name at that tier",
        (
            Example(
                "Đoàn công tác của tỉnh Nghệ An kiểm tra tiến độ dự án tại H. Nghi Lộc trong tháng 7.",
                (entity("locality", "Nghi Lộc", "huyện"),),
            ),
        ),
    ),
    Rule(
        "places.region_after_khu_vuc",
        "loaders/extract/places.py: _REGION (lexicon.REGIONS)",
        "a region after 'vùng' or 'khu vực', its first letter in either case ('khu vực Bắc Trung Bộ', 'vùng đồng "
        "bằng sông Hồng'), named as the lexicon writes it",
        (
            Example(
                "Hải Dương nằm ở trung tâm vùng đồng bằng sông Hồng.",
                (entity("locality", "Đồng bằng sông Hồng", "vùng"),),
            ),
        ),
    ),
    Rule(
        "places.bare_after_localities",
        "loaders/extract/places.py: _STANDS_ALONE",
        "districts the gazetteer knows in the article's province after 'các địa phương' or 'địa bàn' ('Các địa "
        "phương Tiên Lãng, Vĩnh Bảo của thành phố Hải Phòng')",
        (
            Example(
                "Các địa phương Tiên Lãng, Vĩnh Bảo của thành phố Hải Phòng đã hoàn thành kế hoạch.",
                (entity("locality", "Tiên Lãng"),),
            ),
        ),
    ),
    Rule(
        "places.list_heading_levels",
        "loaders/extract/places.py: _unit_lists (_HEADING_LEVEL)",
        "a list under several level words ('3 huyện, thị xã, thành phố gồm: A, B') gives its names no level; a count "
        "after a list's names ('10 phường: A, B và 5 xã: C') ends it and opens the next list",
        (
            Example(
                "Thành phố mới có 15 đơn vị gồm 10 phường: Hòa Lạc, Tân Phú và 5 xã: Đông Quang, Tây Quang.",
                (entity("locality", "Đông Quang", "xã"),),
            ),
        ),
    ),
    Rule(
        "places.provincial_city",
        "loaders/extract/places.py: extract_localities (lexicon.CENTRAL_CITIES)",
        "a provincial city named as its province ('thành phố Nam Định' beside 'tỉnh Nam Định') is a unit of its own; "
        "a city run by the centre ('thành phố Hải Phòng') is its province",
        (
            Example(
                "Đoàn khảo sát tại thành phố Nam Định và huyện Giao Thủy của tỉnh Nam Định.",
                (entity("locality", "Nam Định", "thành phố"), entity("locality", "Nam Định", "tỉnh")),
            ),
        ),
    ),
    Rule(
        "places.in_a_parks_name",
        "loaders/extract/places.py: _STANDS_ALONE",
        "a district the gazetteer knows in the article's province named in an industrial park's name ('khu công "
        "nghiệp Yên Phong', 'KCN Quế Võ')",
        (
            Example(
                "Tập đoàn đã đầu tư 6 tỷ USD tại khu công nghiệp Yên Phong của tỉnh Bắc Ninh.",
                (entity("locality", "Yên Phong"),),
            ),
        ),
    ),
    Rule(
        "places.dashed_communes",
        "loaders/extract/places.py: _dashed_units",
        "communes joined by dashes after their level word ('các xã Diên Sơn - Diên Điền - Diên Phú'), each known to "
        "the gazetteer at that tier; regions after a capitalised 'Vùng' in any case ('Vùng kinh tế trọng điểm Bắc bộ')",
        (
            Example(
                "Dự án tiêu thoát lũ các xã Diên Sơn - Diên Điền - Diên Phú của tỉnh Khánh Hòa được phê duyệt.",
                (entity("locality", "Diên Phú", "xã"),),
            ),
        ),
    ),
    Rule(
        "places.special_zones_listed",
        "loaders/extract/places.py: _LIST_OF_UNITS, _LIST_AFTER_COLON",
        "special zones in a counted list ('2 đặc khu là Cô Tô và Vân Đồn')",
        (
            Example(
                "Sau sắp xếp, tỉnh Quảng Ninh có 54 đơn vị hành chính cấp xã, gồm 30 phường, 2 đặc khu là Cô Tô và "
                "Vân Đồn.",
                (entity("locality", "Cô Tô", "đặc khu"),),
            ),
        ),
    ),
    Rule(
        "places.merged_province_districts",
        "loaders/extract/places.py: _merged_with (gazetteer successors)",
        "after 1 July 2025, the former districts of the provinces merged into the article's province count when named "
        "alone ('tỉnh Ninh Bình ... tại Hải Hậu và Giao Thủy')",
        (
            Example(
                "Đoàn công tác của tỉnh Ninh Bình kiểm tra đê biển tại Hải Hậu và Giao Thủy.",
                (entity("locality", "Hải Hậu"),),
                published="2025-09",
            ),
        ),
    ),
    Rule(
        "places.city_inside_a_ward",
        "loaders/extract/places.py: extract_localities (inside_units)",
        "a city named inside a new ward's dashed name ('phường Lâm Viên - Đà Lạt') is no city of its own",
        (
            Example(
                "Đại hội diễn ra tại Học viện Lục quân (phường Lâm Viên - Đà Lạt, tỉnh Lâm Đồng).",
                (entity("locality", "Lâm Viên - Đà Lạt", "phường"),),
                published="2025-10",
            ),
        ),
    ),
    Rule(
        "places.district_in_brackets",
        "loaders/extract/places.py: _IN_BRACKETS, _district_of_commune",
        "a commune's district named in brackets after it ('xã Nghi Lâm (Nghi Lộc)'), when the gazetteer has a commune "
        "of that name in a district of that name",
        (
            Example(
                "Đoàn công tác kiểm tra tại xã Nghi Lâm (Nghi Lộc) và xã Kiến Quốc (Kiến Thụy) trong tháng 5.",
                (entity("locality", "Kiến Thụy", "huyện"),),
            ),
        ),
    ),
    Rule(
        "bodies.wrapped_department",
        "loaders/extract/bodies.py: _WRAPPED_TAIL (lexicon.DEPARTMENTS)",
        "a department's two-part name wrapped at its dash ('Sở Lao động\\n- Thương binh và Xã hội'): one body, its "
        "full name (no span: none reads it over the line break)",
        (
            Example(
                "Theo đề nghị của Sở Văn hóa\n- Thể thao và Du lịch tại Tờ trình số 21/TTr-SVHTTDL ngày 4/3/2024.",
                (entity("organization", "Sở Văn hóa - Thể thao và Du lịch"),),
            ),
        ),
    ),
    Rule(
        "bodies.working_groups",
        "loaders/extract/bodies.py: _STEERING; lexicon.BODY_PATTERNS",
        "a working group named by its number or task ('Tổ công tác 751 tỉnh'), which may hold a meeting; a project "
        "board's long name ('Ban Quản lý dự án Đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh')",
        (
            Example(
                "Chiều 10/10, Tổ công tác 751 tỉnh họp nghe báo cáo tiến độ rà soát các dự án.",
                (entity("meeting", "Tổ công tác 751 tỉnh", "2025-10-10", "phiên họp"),),
            ),
        ),
    ),
    Rule(
        "bodies.council_committees",
        "loaders/extract/lexicon.py: BODY_PATTERNS",
        "a council's committees ('Ban Kinh tế - Ngân sách HĐND tỉnh', 'Ban Pháp chế HĐND huyện')",
        (
            Example(
                "Dự có thành viên Ban Kinh tế - Ngân sách HĐND tỉnh.",
                (entity("organization", "Ban Kinh tế - Ngân sách HĐND tỉnh"),),
            ),
        ),
    ),
    Rule(
        "meetings.named_after_cue",
        "loaders/extract/meetings.py: _body_votes (named_at); lexicon.BODY_PATTERNS",
        "any body named right after the meeting word holds it ('Hội nghị Đoàn Chủ tịch UBTƯ MTTQ Việt Nam lần thứ "
        "18'); the Front's central committee and its boards; a congress a subcommittee serves ('phục vụ Đại hội') "
        "is not held",
        (
            Example(
                "(MT) - Ngày 28/9, tại Bắc Ninh đã diễn ra Hội nghị Đoàn Chủ tịch UBTƯ MTTQ Việt Nam lần thứ 18.",
                (entity("meeting", "Đoàn Chủ tịch UBTƯ MTTQ Việt Nam", "2025-09-28", "hội nghị"),),
            ),
        ),
    ),
    Rule(
        "bodies.party_units",
        "loaders/extract/lexicon.py: BODY_PATTERNS",
        "the Party organizations of a province's offices, departments and blocs ('Đảng bộ Văn phòng UBND tỉnh', "
        "'Đảng ủy Sở Y tế', 'Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh')",
        (
            Example(
                "Ngày 10-2, Đảng bộ Văn phòng UBND tỉnh tổ chức Đại hội lần thứ VIII.",
                (entity("organization", "Đảng bộ Văn phòng UBND tỉnh"),),
            ),
        ),
    ),
    Rule(
        "bodies.shared_tail",
        "loaders/extract/bodies.py: shared_tail_items",
        "bodies that share their unit, named after the last of them, one body each ('lãnh đạo Đảng ủy, HĐND, UBND "
        "phường Phổ Thạnh'; 'Huyện ủy, HĐND, UBND huyện Vĩnh Tường' gives 'Huyện ủy Vĩnh Tường')",
        (
            Example(
                "Dự có lãnh đạo Huyện ủy, HĐND, UBND huyện Vĩnh Tường.",
                (entity("organization", "Huyện ủy Vĩnh Tường"), entity("organization", "HĐND huyện Vĩnh Tường")),
            ),
        ),
    ),
    Rule(
        "meetings.ceremonies",
        "loaders/extract/meetings.py: _HOLDS, _HELD_WHAT; loaders/extract/bodies.py: _STEERING",
        "a body that 'tổ chức ra mắt / kỷ niệm / phát động / khánh thành / gặp mặt / đối thoại' holds a ceremony or "
        "meeting; a subcommittee named by its task ('Tiểu ban Tổ chức phục vụ Đại hội ...'), its term left out",
        (
            Example(
                "Chiều 14-11, Đảng ủy phường An Phú Đông tổ chức ra mắt bộ thiết bị họp trực tuyến.",
                (entity("meeting", "Đảng ủy phường", "2025-11-14", "phiên họp"),),
            ),
        ),
    ),
    # --- ext-ents: southern provincial and commune news (TP.HCM, new wards and communes, personnel news) ----------
    Rule(
        "text.degrees",
        "loaders/extract/lexicon.py: SENTENCE_ABBREVIATIONS (text._SENTENCE_END)",
        "no sentence ends after a degree or a title written before a name with a full stop ('Th.S.', 'BSCKII.', "
        "'CN.', 'NGƯT.') nor after a unit's abbreviated level ('TX.', 'Q.', 'TP.')",
        (
            Example(
                "Th.S. Trần Văn Lộc, Phó Giám đốc Sở Y tế, trình bày tham luận.",
                (entity("official", "Trần Văn Lộc", "Phó Giám đốc Sở Y tế"),),
            ),
        ),
    ),
    Rule(
        "bodies.hcm_city",
        "loaders/extract/lexicon.py: BODY_PATTERNS (HCMC), bodies._HCM_CITY",
        "a body of Ho Chi Minh City however the city is written ('UBND TP.HCM', 'HĐND TP HCM', 'Ủy ban MTTQ Việt "
        "Nam TPHCM', 'Bộ Tư lệnh TP HCM', 'Đoàn Đại biểu Quốc hội TP.HCM', 'Tổ đại biểu Quốc hội TP HCM'), and a "
        "district's committee by its number ('Quận ủy quận 1', 'UBND quận 10')",
        (
            Example(
                "Ông Lê Văn Tâm, Phó Chủ tịch UBND TP.HCM, làm việc với Liên đoàn Lao động TPHCM.",
                (entity("organization", "UBND TP.HCM"), entity("organization", "Liên đoàn Lao động TPHCM")),
            ),
            Example(
                "Bà Trần Thị Yến, nguyên Bí thư Quận ủy quận 3, dự buổi gặp mặt.",
                (entity("organization", "Quận ủy quận 3"),),
            ),
        ),
    ),
    Rule(
        "meetings.city_written_tp",
        "loaders/extract/meetings.py: _CITY (in _BODIES), _CONGRESS, _HOLDS",
        "a city's council named with 'TP' holds its session ('kỳ họp thứ 7 HĐND TPHCM khóa X bế mạc': the HĐND "
        "thành phố's); a ward of the city holds its congress ('Đảng bộ phường X, TPHCM tổ chức Đại hội'); a group of "
        "deputies meets voters ('Tổ đại biểu Quốc hội TP HCM, đơn vị 7 đã có buổi tiếp xúc cử tri')",
        (
            Example(
                "Chiều 9-12, kỳ họp thứ 7 HĐND TPHCM khóa X bế mạc sau hai ngày làm việc.",
                (entity("meeting", "HĐND thành phố", "2025-12-09", "kỳ họp"),),
                published="2025-12",
            ),
            Example(
                "Sáng 20/8, Đảng bộ phường Tân Hưng, TPHCM tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ phường", "2025-08-20", "đại hội"),),
                published="2025-08",
            ),
        ),
    ),
    Rule(
        "places.list_after_a_named_unit",
        "loaders/extract/places.py: extract_localities (tier_names), _LEVELS",
        "a list goes on after a level word and its unit's name with the names the gazetteer knows at that tier "
        "('phường Hiệp Bình Chánh, Hiệp Bình Phước', 'xã Vĩnh Thành và Tân Thành Bình'; not 'xã Tân Bình, Nguyễn Văn "
        "Út' nor a count, 'và 11 xã'); a province's name inside a unit's is none; 'P.' and 'Q.' are level words",
        (
            Example(
                "Phường được lập từ phường Hiệp Bình Chánh, Hiệp Bình Phước và phường Linh Đông.",
                (entity("locality", "Hiệp Bình Phước", "phường"),),
            ),
            Example("Tổ công tác làm việc tại P.Tân An.", (entity("locality", "Tân An", "phường"),)),
        ),
    ),
    Rule(
        "people.personnel_news",
        "loaders/extract/people.py: _POST_OF, _IS_HOLDER, _FIFTH_SYLLABLE, _clean_name; lexicon.MEMBERSHIPS",
        "the shapes of personnel news: 'Ủy viên Thường vụ Tỉnh ủy' and 'Thành ủy viên' as memberships, 'miễn nhiệm "
        "<post> đối với (các) ông A', '<post> là bà A và ông B', a district's number inside a title ('Bí thư Quận ủy "
        "quận 1 (cũ) A'), five-syllable names ('Huỳnh Ngọc Nữ Phương Hồng'), the surname Văn",
        (
            Example(
                "HĐND tỉnh miễn nhiệm Phó Chủ tịch UBND tỉnh đối với ông Trần Văn Sang.",
                (entity("official", "Trần Văn Sang", "Phó Chủ tịch UBND tỉnh"),),
            ),
            Example(
                "Hai Phó Bí thư là bà Đỗ Thị Thu Hà và ông Phạm Hải Nam.",
                (entity("official", "Phạm Hải Nam", "Phó Bí thư"),),
            ),
        ),
    ),
    Rule(
        "meetings.not_held",
        "loaders/extract/meetings.py: _AIMED_AT, _CONGRESS_NOT_HELD, _HOLDS_ANOTHER, _SET_UP",
        "no sitting for a congress day only aimed at ('bảo đảm cho đại hội chính thức diễn ra vào ngày 30-9'), a "
        "congress that is a press conference's topic ('họp báo thông tin về Đại hội ...'), nor delegations set up to "
        "work with units over a period ('thành lập 3 đoàn công tác, đoàn 1 ... làm việc với ...')",
        (
            Example(
                "Chiều 24-9, Tỉnh ủy tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ I.",
                (entity("meeting", "Tỉnh ủy", "2025-09-24", "phiên họp"),),
                published="2025-09",
            ),
        ),
    ),
    Rule(
        "meetings.hosts",
        "loaders/extract/meetings.py: _BY_BEFORE, _JOINT_COMMITTEE, _RECEIVED, where (extract_meetings)",
        "the body that hosts: 'Tọa đàm “...” do X tổ chức' (a quoted title between), 'Làm việc với Đảng ủy, UBND "
        "xã' (the commune's Party committee), 'Tiếp và làm việc với đoàn có đồng chí A, Phó Bí thư Thường trực Đảng "
        "ủy xã X' (the receivers' body); each item of a news digest keeps the day it opens with",
        (
            Example(
                "Sáng 12/3, Phó Chủ tịch UBND tỉnh Lê Văn An dự Tọa đàm “Tín dụng an toàn năm 2026” do Hội Nông dân "
                "tỉnh tổ chức.",
                (entity("meeting", "Hội Nông dân tỉnh", "2026-03-12", "tọa đàm"),),
                published="2026-03",
            ),
            Example(
                "Ngày 5/9, Phó Bí thư Thường trực Tỉnh ủy Lê Văn Hai thăm xã Tân Lộc. Làm việc với Đảng ủy, UBND xã, "
                "đồng chí Lê Văn Hai nghe báo cáo.",
                (entity("meeting", "Đảng ủy xã", "2025-09-05", "phiên họp"),),
                published="2025-09",
            ),
        ),
    ),
    Rule(
        "bodies.lists_and_spellings",
        "loaders/extract/bodies.py: _more_units, _SHARED_BOARD, _SHARED_COMMITTEE, _SHARED_TAIL, _LOWER_OFFICE; "
        "lexicon.BODY_PATTERNS",
        "a body named with its unit goes on to the next units the gazetteer knows ('UBND xã Ea Bông, Bình Hòa', "
        "'Ban Thường vụ Huyện ủy Hòa Thành, Trảng Bàng'); 'Ban Thường vụ huyện ủy: A, B'; 'Ban Thường vụ, Thường "
        "trực Tỉnh ủy'; 'Bí thư Đảng ủy, Chủ tịch HĐND phường X' and 'Đảng ủy, HĐND, UBND xã'; a district office in "
        "lower case ('phòng Nông nghiệp và PTNT'); 'Sở VH-TT-DL tỉnh X', 'Ủy ban Kinh tế và Tài chính Quốc hội', "
        "'Ban Chính sách, chiến lược Trung ương', 'Thường trực UBND tỉnh', 'Thành ủy Thành phố X'",
        (
            Example(
                "Phòng Tài nguyên và Môi trường huyện chủ trì, phối hợp với phòng Nông nghiệp và Phát triển nông thôn, "
                "UBND xã Ea Bông, Bình Hòa kiểm tra.",
                (
                    entity("organization", "Phòng Nông nghiệp và Phát triển nông thôn"),
                    entity("organization", "UBND xã Bình Hòa"),
                ),
            ),
            Example(
                "Đồng chí Lê Thanh Hà, Bí thư Đảng ủy, Chủ tịch HĐND phường Tân Lợi phát biểu khai mạc.",
                (entity("organization", "Đảng ủy phường Tân Lợi"),),
            ),
        ),
    ),
    Rule(
        "bodies.lower_case_boards",
        "loaders/extract/lexicon.py: BODY_PATTERNS; meetings._NAMES_ITS_BODY",
        "a Party board written with its second word in lower case ('Ban chấp hành Đảng bộ tỉnh', 'Ban thường vụ Tỉnh "
        "ủy') is the board, and a plenum named so ('tổ chức hội nghị Ban chấp hành Đảng bộ tỉnh') is its meeting; "
        "civil defence commands ('Ban Chỉ huy Phòng thủ dân sự (PTDS) tỉnh') are bodies",
        (
            Example(
                "Ngày 13/12, Ban thường vụ Tỉnh ủy tổ chức hội nghị Ban chấp hành Đảng bộ tỉnh lần thứ 7.",
                (
                    entity("organization", "Ban chấp hành Đảng bộ tỉnh"),
                    entity("meeting", "Ban Chấp hành Đảng bộ tỉnh", "2021-12-13", "hội nghị"),
                ),
                published="2021-12",
            ),
        ),
    ),
    Rule(
        "bodies.party_cells",
        "loaders/extract/lexicon.py: BODY_PATTERNS",
        "the Party cell of a hamlet or a residential quarter, its number or letter included ('Chi bộ ấp Hòa Hưng 2', "
        "'Chi bộ khu phố 5')",
        (Example("Cụm 2 chọn Chi bộ ấp Hòa Hưng 2 làm điểm.", (entity("organization", "Chi bộ ấp Hòa Hưng 2"),)),),
    ),
    Rule(
        "places.curly_apostrophe",
        "loaders/extract/places.py: _SYL (and bodies._LOCAL_NAME, people._SYL)",
        "a name written with a curly apostrophe ('Ia R’vê', 'Y’Sơn') is read whole, as with a straight one",
        (
            Example(
                "Tỉnh kiểm tra đường truyền đến 3 xã gồm: Ia R’vê, Nam Ka và Krông Á.",
                (entity("locality", "Ia R’vê", "xã"),),
            ),
        ),
    ),
    Rule(
        "projects.described",
        "loaders/extract/projects.py: extract_projects (_DESCRIBED)",
        "a project, scheme or programme named after its kind word ('Đề án phát triển ...', 'Dự án nâng cấp ...')",
        (
            Example(  # "tại" a road junction is part of the name
                "Thành phố khởi công Dự án xây dựng hầm chui tại nút giao Ngã 5 Phước Kiến vào sáng nay.",
                (entity("project", "Dự án xây dựng hầm chui tại nút giao Ngã 5 Phước Kiến"),),
            ),
            Example(  # over the dot of "TP." and before a time ("vào dịp ...")
                "Tỉnh sẽ khởi công Dự án Khu đô thị hỗn hợp TP. Buôn Ma Thuột vào dịp Quốc khánh.",
                (entity("project", "Dự án Khu đô thị hỗn hợp TP. Buôn Ma Thuột"),),
            ),
            Example(  # defined by a bracketed term: the name runs to the term, but for the place written after it
                "Quốc hội xem xét chủ trương đầu tư Dự án đường liên vùng kết nối Gia Lai, Đắk Lắk và Phú Yên, từ cửa "
                "khẩu Lệ Thanh đến Quốc lộ 19C, xã Ia Dom, huyện Đức Cơ, tỉnh Gia Lai (Dự án).",
                (
                    entity(
                        "project",
                        "Dự án đường liên vùng kết nối Gia Lai, Đắk Lắk và Phú Yên, từ cửa khẩu Lệ Thanh đến Quốc lộ "
                        "19C",
                    ),
                ),
            ),
            Example(  # named back by the code in brackets after its name: the same project
                "Tỉnh khởi công dự án Nhà ở xã hội Phước Long Residence (NOXH-02) tại phường Bắc Nha Trang. Dự án "
                "NOXH-02 dự kiến hoàn thành năm 2027.",
                (entity("project", "Dự án Nhà ở xã hội Phước Long Residence"),),
            ),
            Example(  # a scheme known by its number: its issuer is not part of its name
                "Thực hiện Đề án 06 của Chính phủ, Công an tỉnh đã cấp 500.000 tài khoản định danh điện tử.",
                (entity("project", "Đề án 06"),),
            ),
            Example(  # a scheme's title goes on over its place to its period; "Đề án của từng xã" is generic
                "UBND tỉnh phê duyệt Đề án Phát triển du lịch cộng đồng tại xã Đăk Ring, huyện Tu Mơ Rông đến năm "
                "2025, định hướng đến năm 2030 (có Đề án của từng xã kèm theo).",
                (
                    entity(
                        "project",
                        "Đề án Phát triển du lịch cộng đồng tại xã Đăk Ring, huyện Tu Mơ Rông đến năm 2025, định hướng "
                        "đến năm 2030",
                    ),
                ),
            ),
            Example(
                "Tỉnh khởi công Dự án nâng cấp đường tỉnh 127 tại xã Nậm Hàng, huyện Nậm Nhùn.",
                (entity("project", "Dự án nâng cấp đường tỉnh 127"),),
            ),
            Example(  # lower case, with a capitalised name (not a bill, not inside "Ban Quản lý dự án ...")
                "Đó là dự án Trụ sở làm việc các cơ quan xã Tân Lập, huyện Đồng Phú; dự án Luật Đất đai.",
                (entity("project", "Dự án Trụ sở làm việc các cơ quan xã Tân Lập"),),
            ),
            Example(  # lower case, what it builds in lower case before the name (never a place: "dự án trên địa bàn")
                "Tỉnh đôn đốc tiến độ dự án nhà máy điện gió Bình Lợi 2, dự án trên địa bàn huyện Tuy An.",
                (entity("project", "Dự án nhà máy điện gió Bình Lợi 2"),),
            ),
            Example(  # a long quoted name, to its closing quote; the next numbered document of a list ends one
                "Thực hiện Quyết định số 90/QĐ-TTg phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững "
                "2021-2025, Quyết định số 24/QĐ-BNV về Đề án “Nâng cao năng lực, kỹ năng, hiệu quả công tác, "
                "hiệu lực quản lý nhà nước và chất lượng phục vụ người dân, doanh nghiệp của đội ngũ công chức cấp "
                "xã giai đoạn mới”.",
                (
                    entity("project", "Chương trình mục tiêu quốc gia giảm nghèo bền vững 2021-2025"),
                    entity(
                        "project",
                        "Đề án Nâng cao năng lực, kỹ năng, hiệu quả công tác, hiệu lực quản lý nhà nước và chất lượng "
                        "phục vụ người dân, doanh nghiệp của đội ngũ công chức cấp xã giai đoạn mới",
                    ),
                ),
            ),
            Example(  # lower case, pinned down by the named document it carries out
                "Đại biểu được quán triệt chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã "
                "Yên Thọ lần thứ I.",
                (
                    entity(
                        "project",
                        "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Yên Thọ lần thứ I",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "projects.programme_by_issuer",
        "loaders/extract/resolutions.py: programmes_by_issuer (called from loaders/extract/__init__.py)",
        "'Chương trình hành động của <issuer> thực hiện ...' in a text that numbers that issuer's one programme "
        "('Chương trình hành động số 15-CTr/TU'): that document named again, not a project",
        (
            Example(
                "Triển khai Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW\nCác sở xây dựng kế "
                "hoạch thực hiện Chương trình hành động số 15-CTr/TU ngày 6/3/2025 của Ban Chấp hành Đảng bộ tỉnh.",
                (entity("resolution", "15-CTr/TU"),),
            ),
        ),
    ),
    Rule(
        "projects.named_site",
        "loaders/extract/projects.py: extract_projects (_NAMED_SITE)",
        "a named site: industrial park or cluster, economic zone ('Cụm công nghiệp Nậm Hàng')",
        (
            Example(
                "Tỉnh khởi công Cụm công nghiệp Nậm Hàng tại xã Nậm Hàng.",
                (entity("project", "Cụm công nghiệp Nậm Hàng"),),
            ),
            Example(  # lower-case syllables between the capitals of its name
                "Nhà máy Điện mặt trời Hòa Hội 3 đã hòa lưới điện quốc gia.",
                (entity("project", "Nhà máy Điện mặt trời Hòa Hội 3"),),
            ),
            Example(  # numbered, not named
                "Khu đô thị số 3 nằm trên địa bàn xã Đông Hưng vừa được phê duyệt chủ trương đầu tư.",
                (entity("project", "Khu đô thị số 3"),),
            ),
        ),
    ),
    Rule(
        "projects.one_programme_named_again",
        "loaders/extract/__init__.py: _one_programme_named_again (_BARE_PROGRAMME)",
        "one unnumbered action programme named twice (a headline 'Chương trình hành động của Ban Thường vụ Tỉnh ủy "
        "thực hiện Nghị quyết số 57-NQ/TW' and the body's 'Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW'), "
        "or named again bare: one project under its fullest name; programmes of two issuers stay two",
        (
            Example(
                "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 68-NQ/TW\nTỉnh ủy vừa ban "
                "hành Chương trình hành động thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị.",
                (
                    entity(
                        "project", "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 68-NQ/TW"
                    ),
                ),
            ),
        ),
    ),
    # --- relations (relations.py) -----------------------------------------------------------------
    Rule(
        "implements.cue",
        "loaders/extract/relations.py: implements",
        "a plan, programme or project, then a cue ('triển khai thực hiện', 'cụ thể hóa', 'ban hành kèm theo'), "
        "then the document(s) it carries out; not a report or review of an implementation",
        (
            Example(  # a list after the cue whose first document carries a date written out in words
                "Sở Y tế ban hành Kế hoạch số 31/KH-SYT triển khai Nghị quyết số 05/NQ-CP ngày 20 tháng 1 năm 2025 "
                "của Chính phủ và Kế hoạch số 14-KH/TU ngày 6 tháng 2 năm 2025 của Tỉnh ủy.",
                (relation("IMPLEMENTS", "31/KH-SYT", "05/NQ-CP"), relation("IMPLEMENTS", "31/KH-SYT", "14-KH/TU")),
            ),
            Example(  # a document listed after the short name the target is given in brackets
                "Thực hiện Kế hoạch số 41-KH/TU của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Nghị quyết số "
                "21-NQ/TW (sau đây gọi tắt là Nghị quyết số 21-NQ/TW) và Kết luận số 14-KL/TW của Bộ Chính trị, UBND "
                "tỉnh xây dựng Kế hoạch.",
                (relation("IMPLEMENTS", "41-KH/TU", "14-KL/TW"),),
            ),
            Example(  # a headline naming a plan by what it carries out: the one numbered plan the story names
                # (resolutions.described_again)
                "Kế hoạch thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị\nBan Thường vụ Tỉnh ủy vừa ban hành Kế "
                "hoạch số 95-KH/TU. Theo đó, tỉnh phấn đấu có 5.000 doanh nghiệp vào năm 2030.",
                (relation("IMPLEMENTS", "95-KH/TU", "68-NQ/TW"),),
            ),
            Example(
                "Hội nghị thống nhất ban hành Kế hoạch số 88-KH/TU triển khai thực hiện Nghị quyết số 57-NQ/TW "
                "của Bộ Chính trị.",
                (relation("IMPLEMENTS", "88-KH/TU", "57-NQ/TW"),),
            ),
            Example(  # two bodies issuing plans as the subject: one plan each (resolutions._plans_of_subjects)
                "Ban Thường vụ Thành ủy và UBND thành phố đã ban hành các kế hoạch thực hiện Nghị quyết số 66-NQ/TW.",
                (
                    relation(
                        "IMPLEMENTS", "Kế hoạch của Ban Thường vụ Thành ủy thực hiện Nghị quyết số 66-NQ/TW", "66-NQ/TW"
                    ),
                    relation("IMPLEMENTS", "Kế hoạch của UBND thành phố thực hiện Nghị quyết số 66-NQ/TW", "66-NQ/TW"),
                ),
            ),
            Example(  # the goals of a bare kind word, pointing back at the resolution named before
                # (resolutions._tasks_of_bare)
                "Bộ Chính trị ban hành Nghị quyết số 59-NQ/TW về hội nhập quốc tế. Thành ủy Huế ban hành Kế hoạch số "
                "77-KH/TU để thực hiện các quan điểm, mục tiêu và nhiệm vụ của Nghị quyết.",
                (relation("IMPLEMENTS", "77-KH/TU", "59-NQ/TW"),),
            ),
            Example(  # two issuers, each issuing a plan in its own clause, one cue after the last: both plans' cue
                "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 14-KH/HU, UBND huyện ban hành Kế hoạch số 61/KH-UBND "
                "thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị.",
                (relation("IMPLEMENTS", "14-KH/HU", "68-NQ/TW"), relation("IMPLEMENTS", "61/KH-UBND", "68-NQ/TW")),
            ),
            Example(  # a resolution "về (việc) triển khai (thi hành)" the next document
                "Căn cứ Nghị quyết số 14/NQ-CP ngày 3/3/2021 của Chính phủ về việc triển khai Nghị quyết số "
                "120/2020/QH14 của Quốc hội;",
                (relation("IMPLEMENTS", "14/NQ-CP", "120/2020/QH14"),),
            ),
            Example(  # a cue wrapped over a hard line break ("thực\nhiện"), as a legal database's copy has it
                "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động năm 2025 của tỉnh thực\nhiện Nghị "
                "quyết số 45/NQ-HĐND của HĐND tỉnh.",
                (
                    relation(
                        "IMPLEMENTS",
                        "Chương trình hành động năm 2025 của tỉnh thực hiện Nghị quyết số 45/NQ-HĐND của HĐND tỉnh",
                        "45/NQ-HĐND",
                    ),
                ),
            ),
            Example(  # a cue opening a quoted topic: 'về “Thực hiện ...”'
                "Hội nghị quán triệt Chương trình hành động số 83-CTHĐ/TU của Tỉnh ủy về “Thực hiện Nghị quyết số "
                "08-NQ/TW của Bộ Chính trị về phát triển du lịch”.",
                (relation("IMPLEMENTS", "83-CTHĐ/TU", "08-NQ/TW"),),
            ),
            Example(  # a chain: ", tiếp tục thực hiện C" is a further target of the plan, not of B
                "Huyện ủy ban hành Kế hoạch số 12-KH/HU thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính "
                "trị, tiếp tục thực hiện Kết luận số 123-KL/TW của Ban Bí thư.",
                (relation("IMPLEMENTS", "12-KH/HU", "57-NQ/TW"), relation("IMPLEMENTS", "12-KH/HU", "123-KL/TW")),
            ),
            Example(  # a project named by the short name the text gave it: the project of the full name
                "Căn cứ Quyết định số 21/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án phát triển kinh tế ban đêm "
                "giai đoạn 2024 - 2030 (gọi tắt là Đề án 21).\nUBND huyện ban hành Kế hoạch số 40/KH-UBND triển khai "
                "Đề án 21 trên địa bàn huyện.",
                (relation("IMPLEMENTS", "40/KH-UBND", "Đề án phát triển kinh tế ban đêm giai đoạn 2024 - 2030"),),
            ),
            Example(  # documents listed before one cue, as one subject: each carries it out
                "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 12-KH/TU ngày 5/3/2025 và Chỉ thị số 03-CT/TU ngày "
                "10/3/2025 để thực hiện Nghị quyết số 57-NQ/TW.",
                (relation("IMPLEMENTS", "12-KH/TU", "57-NQ/TW"), relation("IMPLEMENTS", "03-CT/TU", "57-NQ/TW")),
            ),
            Example(  # a clause after a semicolon that goes on with the same programme ("; bổ sung thêm nội dung ...")
                "Tỉnh ủy tiếp tục hoàn thiện Chương trình hành động số 15-CTr/TU thực hiện Nghị quyết số 66-NQ/TW; bổ "
                "sung thêm nội dung thực hiện Nghị quyết số 59-NQ/TW của Bộ Chính trị.",
                (relation("IMPLEMENTS", "15-CTr/TU", "59-NQ/TW"),),
            ),
            Example(  # a named movement carried out by a plan (a directive that launches one does not implement it)
                "Chủ tịch UBND tỉnh ký ban hành Kế hoạch số 210/KH-UBND thực hiện phong trào thi đua “Chung tay vì "
                "người nghèo” giai đoạn 2021 - 2025.",
                (relation("IMPLEMENTS", "210/KH-UBND", "Chung tay vì người nghèo"),),
            ),
        ),
    ),
    Rule(
        "implements.purpose",
        "loaders/extract/relations.py: purpose_first",
        "a sentence that opens with its purpose ('Để cụ thể hóa A, X ban hành B', 'Tiếp tục thực hiện A, ...', "
        "'Quán triệt và triển khai A, ...'): B implements A",
        (
            Example(  # the dot of a city written short ends no clause (relations._IN_CLAUSE)
                "Thực hiện Chỉ thị số 45-CT/TW của Ban Bí thư, Ban Thường vụ Thành ủy TP. Cà Mau ban hành Kế hoạch số "
                "31-KH/TU về đại hội chi bộ.",
                (relation("IMPLEMENTS", "31-KH/TU", "45-CT/TW"),),
            ),
            Example(  # the purpose's documents listed over semicolons (_purpose_over_semicolons)
                "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị; Kế hoạch số 12-KH/TU ngày 15/2/2025 của Ban "
                "Thường vụ Tỉnh ủy, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND.",
                (relation("IMPLEMENTS", "45/KH-UBND", "57-NQ/TW"), relation("IMPLEMENTS", "45/KH-UBND", "12-KH/TU")),
            ),
            Example(  # a programme opens the clause: B carries out the programme, not what the programme carries out
                "Thực hiện Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ "
                "Chính trị, UBND tỉnh đã ban hành Kế hoạch số 301/KH-UBND.",
                (
                    relation(
                        "IMPLEMENTS",
                        "301/KH-UBND",
                        "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 66-NQ/TW",
                    ),
                ),
            ),
            Example(  # counted, then listed: each plan issued for the purpose carries it out
                "Để triển khai Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành 02 kế hoạch: Kế hoạch số "
                "120-KH/TU về tuyên truyền và Kế hoạch số 121-KH/TU về chuyển đổi số.",
                (relation("IMPLEMENTS", "120-KH/TU", "57-NQ/TW"), relation("IMPLEMENTS", "121-KH/TU", "57-NQ/TW")),
            ),
            Example(
                "Để cụ thể hóa Nghị quyết số 68-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Lai Châu đã ban hành "
                "Kế hoạch số 21-KH/TU.",
                (relation("IMPLEMENTS", "21-KH/TU", "68-NQ/TW"),),
            ),
            Example(  # every document issued for the purpose, and a bare re-mention "nghị quyết của <issuer>"
                "Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU. Để triển khai thực hiện nghị quyết của Tỉnh ủy, Ban Thường "
                "vụ Huyện ủy đã ban hành Kế hoạch số 48-KH/HU ngày 02/8/2021 và Đề án số 03-ĐA/HU về du lịch biển.",
                (
                    relation("IMPLEMENTS", "48-KH/HU", "05-NQ/TU"),
                    relation("IMPLEMENTS", "Đề án số 03-ĐA/HU về du lịch biển", "05-NQ/TU"),
                ),
            ),
            Example(  # a programme listed beside the plan in the purpose clause is a target too
                "Thực hiện Kế hoạch số 312-KH/TU của Ban Thường vụ Tỉnh ủy triển khai Nghị quyết 57-NQ/TW và Chương "
                "trình hành động của Ban Bí thư Trung ương Đoàn thực hiện Nghị quyết 57-NQ/TW, Ban Thường vụ Tỉnh đoàn "
                "đã ban hành Kế hoạch số 145-KH/TĐTN.",
                (
                    relation("IMPLEMENTS", "145-KH/TĐTN", "312-KH/TU"),
                    relation(
                        "IMPLEMENTS",
                        "145-KH/TĐTN",
                        "Chương trình hành động của Ban Bí thư Trung ương Đoàn thực hiện Nghị quyết 57-NQ/TW",
                    ),
                ),
            ),
            Example(  # studying a resolution ("Quán triệt"), and every body issuing its own document in the next clause
                "Quán triệt Kết luận số 121-KL/TW của Ban Chấp hành Trung ương, Tỉnh ủy Lạng Sơn đã ban hành Kế hoạch "
                "số 40-KH/TU, UBND tỉnh ban hành Kế hoạch số 118/KH-UBND.",
                (
                    relation("IMPLEMENTS", "40-KH/TU", "121-KL/TW"),
                    relation("IMPLEMENTS", "118/KH-UBND", "121-KL/TW"),
                ),
            ),
            Example(  # a body issuing its own document after a semicolon; the document as the purpose's subject
                "Để Nghị quyết số 06-NQ/TW sớm đi vào cuộc sống, Thành ủy Vĩnh Yên đã ban hành Kế hoạch số 15-KH/TU; "
                "UBND thành phố ban hành Kế hoạch số 140/KH-UBND.",
                (
                    relation("IMPLEMENTS", "15-KH/TU", "06-NQ/TW"),
                    relation("IMPLEMENTS", "140/KH-UBND", "06-NQ/TW"),
                ),
            ),
            Example(  # the purpose cut off as a sentence of its own, the document issued opening the next one
                "Thực hiện Kết luận số 126-KL/TW của Bộ Chính trị về sắp xếp bộ máy. Ban Thường vụ Tỉnh ủy Hà Giang đã "
                "ban hành Kế hoạch số 185-KH/TU ngày 3/3/2025.",
                (relation("IMPLEMENTS", "185-KH/TU", "126-KL/TW"),),
            ),
            Example(  # a council passing a resolution for the purpose
                "Để cụ thể hóa Nghị định số 75/2023/NĐ-CP của Chính phủ, HĐND tỉnh Sơn La đã thông qua Nghị quyết số "
                "19/2024/NQ-HĐND về mức hỗ trợ.",
                (relation("IMPLEMENTS", "19/2024/NQ-HĐND", "75/2023/NĐ-CP"),),
            ),
        ),
    ),
    Rule(
        "implements.by_means",
        "loaders/extract/relations.py: by_means",
        "'X cụ thể hóa / thực hiện A bằng (việc ban hành) B': B carries out A (a cue right before A; B a document, "
        "not a report)",
        (
            Example(  # another body's plan in the clause after, by the same cue and "bằng"
                "Kết luận số 126-KL/TW được Thành ủy cụ thể hóa bằng Kế hoạch số 44-KH/TU, UBND thành phố cụ thể hóa "
                "bằng Kế hoạch số 81/KH-UBND.",
                (relation("IMPLEMENTS", "44-KH/TU", "126-KL/TW"), relation("IMPLEMENTS", "81/KH-UBND", "126-KL/TW")),
            ),
            Example(  # in the passive, where it is concretised, and the plans listed with the first
                "Các nhiệm vụ của Nghị quyết số 57-NQ/TW đã được cụ thể hóa tại Kế hoạch số 18-KH/TU và Kế hoạch số "
                "60/KH-UBND.",
                (relation("IMPLEMENTS", "18-KH/TU", "57-NQ/TW"), relation("IMPLEMENTS", "60/KH-UBND", "57-NQ/TW")),
            ),
            Example(  # in the passive, the cue between the two
                "Nghị quyết số 11-NQ/TU của Tỉnh ủy về phát triển cây sầu riêng đã được UBND tỉnh cụ thể hóa bằng Kế "
                "hoạch số 64/KH-UBND.",
                (relation("IMPLEMENTS", "64/KH-UBND", "11-NQ/TU"),),
            ),
            Example(
                "Tỉnh ủy Sơn La đã cụ thể hóa Nghị quyết số 11-NQ/TW bằng Nghị quyết chuyên đề số 07-NQ/TU về phát "
                "triển cây ăn quả.",
                (relation("IMPLEMENTS", "07-NQ/TU", "11-NQ/TW"),),
            ),
        ),
    ),
    Rule(
        "implements.purpose_last",
        "loaders/extract/relations.py: purpose_last",
        "'..., <issuer> ban hành Kế hoạch B (ngày ...) để triển khai thực hiện.': a purpose cue closing the clause and "
        "naming nothing: B carries out the document named before it in its sentence",
        (
            Example(  # plans issued side by side after the resolution: both carry it out
                "Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW, Tỉnh ủy đã ban hành Kế hoạch số 42-KH/TU, "
                "UBND tỉnh ban hành Kế hoạch số 130/KH-UBND để triển khai thực hiện.",
                (relation("IMPLEMENTS", "42-KH/TU", "66-NQ/TW"), relation("IMPLEMENTS", "130/KH-UBND", "66-NQ/TW")),
            ),
            Example(  # led and directed, across the party organisation
                "Sau khi Ban Bí thư ban hành Chỉ thị số 41-CT/TW, Ban Thường vụ Tỉnh ủy Cà Mau đã ban hành Kế hoạch "
                "số 160-KH/TU để lãnh đạo, chỉ đạo thực hiện trong toàn Đảng bộ tỉnh.",
                (relation("IMPLEMENTS", "160-KH/TU", "41-CT/TW"),),
            ),
            Example(
                "Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 72-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch "
                "số 120-KH/TU ngày 3/10/2025 để triển khai thực hiện.",
                (relation("IMPLEMENTS", "120-KH/TU", "72-NQ/TW"),),
            ),
            Example(  # carried out on the local ground, with or without "để"
                "Căn cứ Kế hoạch số 61/KH-UBND của UBND tỉnh, UBND huyện Bát Xát đã ban hành Kế hoạch số 19/KH-UBND "
                "triển khai trên địa bàn huyện.",
                (relation("IMPLEMENTS", "19/KH-UBND", "61/KH-UBND"),),
            ),
        ),
    ),
    Rule(
        "implements.approved",
        "loaders/extract/relations.py: approved",
        "'thực hiện Quyết định ... (về việc) phê duyệt Đề án X': the approved project carries out the decision "
        "(without a cue before the decision an approval is no implementation)",
        (
            Example(
                "Các huyện triển khai thực hiện Quyết định số 1502/QĐ-UBND về việc phê duyệt Đề án phát triển du lịch "
                "cộng đồng vùng cao.",
                (relation("IMPLEMENTS", "Đề án phát triển du lịch cộng đồng vùng cao", "1502/QĐ-UBND"),),
            ),
            Example(  # a programme the decision itself issues ("Quyết định A ... ban hành Chương trình “X”")
                "Thực hiện Quyết định số 1450/QĐ-TTg ngày 2/8/2023 của Thủ tướng Chính phủ ban hành Chương trình “Sức "
                "khỏe học đường giai đoạn 2023 - 2030”, UBND tỉnh xây dựng Kế hoạch hành động như sau:",
                (relation("IMPLEMENTS", "Chương trình Sức khỏe học đường giai đoạn 2023 - 2030", "1450/QĐ-TTg"),),
            ),
            Example(  # the cue opening the sentence, the scheme's name ending at ", Ủy ban ..."
                "Thực hiện Quyết định số 1450/QĐ-TTg ngày 2/8/2022 của Thủ tướng Chính phủ về việc phê duyệt Đề án "
                "phát triển du lịch nông thôn, Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai như sau:",
                (relation("IMPLEMENTS", "Đề án phát triển du lịch nông thôn", "1450/QĐ-TTg"),),
            ),
        ),
    ),
    Rule(
        "implements.named_back",
        "loaders/extract/relations.py: named_back",
        "a sentence whose subject is the bare kind word of a document named before in the paragraph, a marker and a "
        "cue ('Quyết định được ban hành nhằm thực hiện B', 'Kế hoạch đồng thời cụ thể hóa nhiệm vụ mà B đề ra'): that "
        "document carries out B",
        (
            Example(  # two cues joined, the item number before the bare kind word
                "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 61/KH-UBND\nĐắk Lắk, ngày 2 tháng 4 năm 2025\nKẾ HOẠCH\nPHÁT TRIỂN "
                "DU LỊCH NĂM 2025\n1. Kế hoạch nhằm cụ thể hóa và tổ chức thực hiện hiệu quả Nghị quyết số 08-NQ/TW "
                "của Bộ Chính trị.",
                (relation("IMPLEMENTS", "61/KH-UBND", "08-NQ/TW"),),
            ),
            Example(
                "UBND tỉnh ban hành Quyết định số 512/QĐ-UBND về việc thành lập Ban Chỉ đạo. Quyết định được ban hành "
                "nhằm thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương.",
                (relation("IMPLEMENTS", "512/QĐ-UBND", "18-NQ/TW"),),
            ),
        ),
    ),
    Rule(
        "implements.headed",
        "loaders/extract/relations.py: headed_programme",
        "the text's own unnumbered action programme under its heading ('CHƯƠNG TRÌNH HÀNH ĐỘNG', an issuer's line in "
        "capitals maybe, then the title line opening on a cue in lower case): a project named by its title, carrying "
        "out the documents the title names; the programme a lead names by its issuer only is it",
        (
            Example(
                "Báo Điện Biên Phủ giới thiệu toàn văn Chương trình hành động của Ban Thường vụ Tỉnh ủy.\n"
                "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị\n"
                "I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt Nghị quyết.",
                (
                    relation(
                        "IMPLEMENTS",
                        "Chương trình hành động thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị",
                        "66-NQ/TW",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "implements.purpose_back",
        "loaders/extract/relations.py: purpose_back",
        "a purpose clause naming its document back by a bare kind word ('Để thực hiện kế hoạch, X xây dựng Đề án B'), "
        "or a sentence-opening cue pointing back ('Thực hiện Kế hoạch trên, X ban hành B'): "
        "B carries out the latest document of that kind named before in the paragraph",
        (
            Example(
                "Hội nghị thông qua Kế hoạch số 20-KH/ĐU của Đảng ủy Quân sự tỉnh. Để thực hiện kế hoạch, Đảng ủy giao "
                "Bộ Chỉ huy Quân sự tỉnh xây dựng Đề án số 05-ĐA/ĐU về chuyển đổi số.",
                (relation("IMPLEMENTS", "Đề án số 05-ĐA/ĐU về chuyển đổi số", "20-KH/ĐU"),),
            ),
            Example(  # the re-mention capitalised
                "Huyện ủy ban hành Nghị quyết số 09-NQ/HU về phát triển chè. Để triển khai Nghị quyết này, UBND huyện "
                "đã ban hành Kế hoạch số 52/KH-UBND.",
                (relation("IMPLEMENTS", "52/KH-UBND", "09-NQ/HU"),),
            ),
            Example(  # a scheme pointed back at by "nêu trên" (no project of that name is read)
                "Bộ Nông nghiệp phê duyệt Đề án phát triển cây dược liệu vùng cao tại Quyết định số 812/QĐ-BNN. Để "
                "thực hiện Đề án nêu trên, UBND tỉnh Lào Cai ban hành Kế hoạch số 204/KH-UBND.",
                (relation("IMPLEMENTS", "204/KH-UBND", "Đề án phát triển cây dược liệu vùng cao"),),
            ),
            Example(  # the cue opens the sentence with no purpose word, the document pointed back at ("trên")
                "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 31-KH/TU thực hiện Kết luận số 127-KL/TW. Thực hiện Kế "
                "hoạch trên, UBND tỉnh ban hành Kế hoạch số 212/KH-UBND.",
                (relation("IMPLEMENTS", "212/KH-UBND", "31-KH/TU"),),
            ),
        ),
    ),
    Rule(
        "implements.issued_list",
        "loaders/extract/relations.py: issued_list",
        "'X đã ban hành các văn bản triển khai A, như: B, C': each listed document (not a report or letter) carries "
        "out A",
        (
            Example(
                "UBND tỉnh đã ban hành nhiều văn bản triển khai Nghị quyết số 57-NQ/TW, như: Kế hoạch số 30/KH-UBND "
                "ngày 2/3/2025, Quyết định số 1450/QĐ-UBND ngày 5/3/2025.",
                (
                    relation("IMPLEMENTS", "30/KH-UBND", "57-NQ/TW"),
                    relation("IMPLEMENTS", "1450/QĐ-UBND", "57-NQ/TW"),
                ),
            ),
            Example(  # counted plans of one kind, the one named after ", trong đó"
                "Các huyện đã ban hành 6 kế hoạch thực hiện Nghị quyết số 14-NQ/TU, trong đó huyện Than Uyên ban hành "
                "Kế hoạch số 27-KH/HU.",
                (relation("IMPLEMENTS", "27-KH/HU", "14-NQ/TU"),),
            ),
        ),
    ),
    Rule(
        "implements.issued_with",
        "loaders/extract/relations.py: issued_with",
        "'Quyết định A (ngày ... của ...) ban hành (kèm theo) Kế hoạch B': the plan B carries out the decision A "
        "(and A does not carry out B: implements.cue and implements.annexed read 'ban hành kèm theo' after a "
        "decision or resolution the other way)",
        (
            Example(  # the issuer's place after it
                "Quyết định số 1710/QĐ-UBND ngày 2/8/2024 của UBND tỉnh Đồng Tháp ban hành Kế hoạch thực hiện Chỉ thị "
                "số 07-CT/TTg.",
                (relation("IMPLEMENTS", "Kế hoạch thực hiện Chỉ thị số 07-CT/TTg", "1710/QĐ-UBND"),),
            ),
            Example(
                "UBND tỉnh ban hành Quyết định số 2105/QĐ-UBND ngày 3/6/2025 ban hành kèm theo Kế hoạch số 77/KH-UBND.",
                (relation("IMPLEMENTS", "77/KH-UBND", "2105/QĐ-UBND"),),
            ),
            Example(  # "A ... về ban hành B": a government resolution's own title
                "Nghị quyết số 73/NQ-CP ngày 5/5/2023 của Chính phủ về ban hành Chương trình hành động thực hiện Nghị "
                "quyết số 11-NQ/TW đã được quán triệt.",
                (
                    relation(
                        "IMPLEMENTS",
                        "Chương trình hành động thực hiện Nghị quyết số 11-NQ/TW",
                        "73/NQ-CP",
                    ),
                ),
            ),
            Example(  # B named by description, an action programme among them
                "Căn cứ Nghị quyết số 41/NQ-CP ngày 9/4/2024 của Chính phủ ban hành Chương trình hành động của Chính "
                "phủ thực hiện Nghị quyết số 32-NQ/TW;",
                (
                    relation(
                        "IMPLEMENTS",
                        "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 32-NQ/TW",
                        "41/NQ-CP",
                    ),
                ),
            ),
            Example(
                "Ngày 4/4/2025, UBND tỉnh ban hành Quyết định số 512/QĐ-UBND ban hành kèm theo Kế hoạch số "
                "81/KH-UBND thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị.",
                (relation("IMPLEMENTS", "81/KH-UBND", "512/QĐ-UBND"),),
            ),
            Example(  # A's title quoted in title case: "về việc Ban hành"
                "Căn cứ Quyết định số 318/QĐ-TTg ngày 7/3/2023 của Thủ tướng Chính phủ về việc Ban hành Kế hoạch "
                "triển khai Nghị quyết số 19-NQ/TW;",
                (relation("IMPLEMENTS", "Kế hoạch triển khai Nghị quyết số 19-NQ/TW", "318/QĐ-TTg"),),
            ),
        ),
    ),
    Rule(
        "implements.annexed",
        "loaders/extract/relations.py: issued_with (_ANNEXED_TO)",
        "'B (được) ban hành kèm theo Quyết định số A': the annexed document B carries out A",
        (
            Example(
                "Tỉnh triển khai Chương trình hành động của UBND tỉnh thực hiện Nghị quyết số 12-NQ/TU ban hành kèm "
                "theo Quyết định số 2105/QĐ-UBND ngày 3/6/2025.",
                (
                    relation(
                        "IMPLEMENTS",
                        "Chương trình hành động của UBND tỉnh thực hiện Nghị quyết số 12-NQ/TU",
                        "2105/QĐ-UBND",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "implements.annexed_here",
        "loaders/extract/relations.py: own_implements (_ANNEXED_HERE)",
        "the text is a decision or resolution: 'Ban hành kèm theo Quyết định này Kế hoạch B ...' makes B carry out the "
        "text's own document (and the decision itself does not carry out what B carries out: its title 'Về việc ban "
        "hành Kế hoạch thực hiện C' is B's)",
        (
            Example(
                "Số: 2105/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW\nQUYẾT "
                "ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch số 77/KH-UBND thực hiện Nghị quyết số "
                "57-NQ/TW của Bộ Chính trị.",
                (relation("IMPLEMENTS", "77/KH-UBND", "2105/QĐ-UBND"),),
            ),
        ),
    ),
    Rule(
        "implements.together",
        "loaders/extract/relations.py: issued_with (_TOGETHER)",
        "'A ..., B ... cùng / đều (để) thực hiện C': every document before the cue carries out C",
        (
            Example(
                "Kế hoạch số 14-KH/TU, Chương trình số 09-CTr/TU cùng để thực hiện Nghị quyết số 66-NQ/TW của Bộ "
                "Chính trị.",
                (relation("IMPLEMENTS", "14-KH/TU", "66-NQ/TW"),),
            ),
        ),
    ),
    Rule(
        "implements.aim_of_named",
        "loaders/extract/relations.py: aim_of_named (_AIM_OF_NAMED)",
        "a sentence stating the aim of a document named just before by its bare kind word, with words of study and "
        "manner around the cue ('Mục đích của Kế hoạch nhằm cụ thể hóa và thực hiện hiệu quả Nghị quyết số B', "
        "'Kế hoạch đề ra 5 nhóm nhiệm vụ nhằm thực hiện B'): that document carries B out (not when bodies are the "
        "ones to carry it out: 'Kế hoạch đề ra các nhiệm vụ để các sở thực hiện B')",
        (
            Example(
                "UBND tỉnh ban hành Kế hoạch số 73/KH-UBND về chuyển đổi số. Mục đích của Kế hoạch nhằm quán triệt, "
                "triển khai thực hiện nghiêm túc Nghị quyết số 57-NQ/TW.",
                (relation("IMPLEMENTS", "73/KH-UBND", "57-NQ/TW"),),
            ),
        ),
    ),
    Rule(
        "implements.title_issues",
        "loaders/extract/relations.py: title_issues (_TITLE_ISSUES)",
        "the text is a decision or resolution whose title under its heading issues a plan or action programme "
        "('QUYẾT ĐỊNH\\nVề việc ban hành Kế hoạch ...'): the plan carries the text's document out (the decision does "
        "not carry out what the plan does)",
        (
            Example(
                "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 640/QĐ-UBND\nNam Định, ngày 7 tháng 4 năm 2025\nQUYẾT ĐỊNH\n"
                "Về việc ban hành Kế hoạch số 58/KH-UBND thực hiện Nghị quyết số 66-NQ/TW\nỦY BAN NHÂN DÂN TỈNH",
                (relation("IMPLEMENTS", "58/KH-UBND", "640/QĐ-UBND"),),
            ),
        ),
    ),
    Rule(
        "implements.concretised",
        "loaders/extract/relations.py: own_concretises (_CONCRETISES)",
        "the text is a plan, programme or resolution: an item of its aims that opens on 'Cụ thể hóa' ('2. Cụ thể hóa "
        "các quan điểm của Nghị quyết số 68-NQ/TW ...') makes the text's document carry out the documents it names "
        "(an item that opens on its subject, 'Các sở cụ thể hóa ...', does not)",
        (
            Example(
                "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 61/KH-UBND\nCao Bằng, ngày 2 tháng 6 năm 2025\nKẾ HOẠCH\n"
                "Phát triển kinh tế số năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hóa nhiệm vụ của Nghị quyết số "
                "57-NQ/TW và Kết luận số 123-KL/TW phù hợp với tỉnh.",
                (relation("IMPLEMENTS", "61/KH-UBND", "57-NQ/TW"), relation("IMPLEMENTS", "61/KH-UBND", "123-KL/TW")),
            ),
        ),
    ),
    Rule(
        "implements.own",
        "loaders/extract/relations.py: own_implements",
        "the text is a document (a header 'Số: 210/KH-UBND'): it carries out what its title and its 'Thực hiện "
        "...;' preamble lines name",
        (
            Example(  # an unnumbered plan under its heading, the cue in lower case on the next line
                # (resolutions.headed_title: the plan is named by its title)
                "UBND TỈNH TUYÊN QUANG\nKẾ HOẠCH\nthực hiện Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư\n"
                "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm tiến độ.",
                (
                    relation(
                        "IMPLEMENTS",
                        "Kế hoạch thực hiện Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư",
                        "127-KL/TW",
                    ),
                ),
            ),
            Example(  # an upper-case title line opening on a cue after a programme: the programme's cue
                "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 140/KH-UBND\nTuyên Quang, ngày 5 tháng 5 năm 2025\nKẾ HOẠCH\n"
                "TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 48-CTR/TU CỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
                "THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ\nI. MỤC ĐÍCH, YÊU CẦU\n",
                (relation("IMPLEMENTS", "140/KH-UBND", "48-CTr/TU"),),
            ),
            Example(  # a preamble line wrapped onto a lower-case cue: the cue is the listed plan's (_LINE_OPENS)
                "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 88/KH-UBND\nSơn La, ngày 2 tháng 4 năm 2025\nKẾ HOẠCH\n"
                "Thực hiện Kế hoạch số 45-KH/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy\ntriển khai Nghị quyết số "
                "57-NQ/TW của Bộ Chính trị\nI. MỤC ĐÍCH, YÊU CẦU\n",
                (relation("IMPLEMENTS", "88/KH-UBND", "45-KH/TU"),),
            ),
            Example(  # a movement named in the plan's upper-case title (_MOVEMENT_HEAD)
                "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 418/KH-UBND\nNinh Bình, ngày 20 tháng 3 năm 2025\nKẾ HOẠCH\n"
                "TRIỂN KHAI PHONG TRÀO THI ĐUA “CHUNG TAY XÂY DỰNG XÃ HỘI HỌC TẬP” TRÊN ĐỊA BÀN TỈNH\n"
                "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của Nhân dân.",
                (relation("IMPLEMENTS", "418/KH-UBND", "Chung tay xây dựng xã hội học tập"),),
            ),
            Example(
                "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 210/KH-UBND\nLai Châu, ngày 5 tháng 6 năm 2025\nKẾ HOẠCH\n"
                "Chuyển đổi số năm 2025\nThực hiện Quyết định số 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng Chính phủ;\n"
                "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao năng lực số của cán bộ.",
                (relation("IMPLEMENTS", "210/KH-UBND", "749/QĐ-TTg"),),
            ),
            Example(  # a project its title carries out
                "ỦY BAN NHÂN DÂN\nHUYỆN BẢO LẠC\nSố: 66/KH-UBND\nBảo Lạc, ngày 5 tháng 6 năm 2025\nKẾ HOẠCH\n"
                "Triển khai thực hiện Đề án phát triển cây hồi huyện Bảo Lạc giai đoạn 2025 - 2030\n"
                "I. MỤC ĐÍCH, YÊU CẦU\nMở rộng diện tích cây hồi.",
                (relation("IMPLEMENTS", "66/KH-UBND", "Đề án phát triển cây hồi huyện Bảo Lạc giai đoạn 2025 - 2030"),),
            ),
            Example(  # its issuer issues it in the preamble, and what that sentence lists is carried out too
                "Số: 61/KH-UBND\nKẾ HOẠCH\nThực hiện Kế hoạch số 210-KH/TU ngày 02/4/2025 của Tỉnh ủy triển khai "
                "Nghị quyết số 57-NQ/TW.\nUBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW và Chương trình "
                "hành động của Chính phủ về chuyển đổi số.\n",
                (relation("IMPLEMENTS", "61/KH-UBND", "Chương trình hành động của Chính phủ về chuyển đổi số"),),
            ),
            Example(  # a text wrapped like a PDF: "ban\nhành Kế hoạch ... với những nội dung sau:"
                "Số: 1204/KH-UBND\nKẾ HOẠCH\nỦy ban nhân dân tỉnh ban\nhành Kế hoạch thực hiện Chương trình Mỗi xã một "
                "sản phẩm\ntrên địa bàn tỉnh năm 2025 với những nội dung sau:\nI. MỤC ĐÍCH, YÊU CẦU",
                (relation("IMPLEMENTS", "1204/KH-UBND", "Chương trình Mỗi xã một sản phẩm"),),
            ),
            Example(  # a preamble wrapped over hard line breaks, listing items with cues of their own
                "Số: 31/CTr-UBND\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số\n25/NQ-CP ngày 2/2/2025 của Chính "
                "phủ và triển khai Nghị quyết số 158/2024/QH15 của Quốc hội; các Nghị quyết của Hội đồng nhân dân "
                "tỉnh: số\n210/NQ-HĐND ngày 10/12/2024; số 214/NQ-HĐND ngày 10/12/2024, Ủy ban nhân dân tỉnh ban hành "
                "Chương trình hành động như sau:\nI. MỤC ĐÍCH, YÊU CẦU",
                (
                    relation("IMPLEMENTS", "31/CTr-UBND", "25/NQ-CP"),
                    relation("IMPLEMENTS", "31/CTr-UBND", "158/2024/QH15"),
                    relation("IMPLEMENTS", "31/CTr-UBND", "214/NQ-HĐND"),
                ),
            ),
        ),
    ),
    Rule(
        "cites.mentioned",
        "loaders/extract/relations.py: cites",
        "every document the text names is cited by the reported meeting of its passage (or by the text itself when it "
        "reports none); a background meeting of another body ('Trước đó, ...', or held before the main one) keeps its "
        "paragraph (its sentence, when told inside the main meeting's paragraph) and those that name it again, then "
        "the text is back at the main meeting",
        (
            Example(
                "Hội nghị quán triệt Chỉ thị số 45-CT/TW của Ban Bí thư.",
                (relation("CITES", "doc", "45-CT/TW"),),
            ),
            Example(
                "Sáng 20/6/2025, UBND tỉnh Lạng Sơn tổ chức hội nghị triển khai Nghị quyết số 1680/NQ-UBTVQH15.\n"
                "Trước đó, ngày 29/4/2025, HĐND tỉnh tổ chức kỳ họp thứ 30, thông qua Nghị quyết số 12/NQ-HĐND.\n"
                "Để triển khai Nghị quyết số 1680/NQ-UBTVQH15, UBND tỉnh đã ban hành Kế hoạch số 150/KH-UBND.",
                (relation("CITES", "meeting:1", "12/NQ-HĐND"), relation("CITES", "meeting:0", "150/KH-UBND")),
            ),
            Example(  # told in a sentence inside the main meeting's paragraph: that sentence, and those naming it again
                "Sáng 18/6/2025, UBND tỉnh Cao Bằng tổ chức hội nghị triển khai Nghị quyết số 202/2025/QH15. Trước "
                "đó, ngày 28/4/2025, HĐND tỉnh tổ chức kỳ họp thứ 25. Kỳ họp đã thông qua Nghị quyết số 31/NQ-HĐND. "
                "Hội nghị cũng cho ý kiến vào Kế hoạch số 95/KH-UBND.",
                (relation("CITES", "meeting:1", "31/NQ-HĐND"), relation("CITES", "meeting:0", "95/KH-UBND")),
            ),
        ),
    ),
    Rule(
        "concluded.sentence",
        "loaders/extract/relations.py: concluded",
        "the official named in the sentence about the conclusion ('Phát biểu kết luận, đồng chí A ...')",
        (
            Example(
                "Chiều 9/5, Ban Thường vụ Huyện ủy Mường Tè họp phiên thường kỳ. Đồng chí Lò Văn Sáu, Bí thư Huyện "
                "ủy, chủ trì. Phát biểu kết luận, đồng chí Lò Văn Sáu yêu cầu các xã đẩy nhanh tiến độ.",
                (relation("CONCLUDED", "Lò Văn Sáu", "meeting:0"),),
            ),
        ),
    ),
    Rule(
        "concluded.title",
        "loaders/extract/relations.py: concluded",
        "the conclusion given by a post only ('Bí thư Huyện ủy kết luận ...'): the official holding that post",
        (
            Example(
                "Chiều 9/5, Ban Thường vụ Huyện ủy Mường Tè họp phiên thường kỳ. Đồng chí Lò Văn Sáu, Bí thư Huyện "
                "ủy, chủ trì. Bí thư Huyện ủy kết luận như sau: các xã phải đẩy nhanh tiến độ.",
                (relation("CONCLUDED", "Lò Văn Sáu", "meeting:0"),),
            ),
        ),
    ),
    Rule(
        "projects.listed",
        "loaders/extract/projects.py: extract_projects (_PROJECT_LIST, _COUNTED_THEN_LISTED, _add_listed)",
        "the items of a list of projects or works after 'các dự án như', 'các công trình gồm' (a colon, or a capital "
        "opening the first item), split at ',', ';' or 'và' before a capital, each to where its name ends",
        (
            Example(  # counted, then listed after "Cụ thể:"
                "HĐND tỉnh quyết định chủ trương đầu tư 2 dự án. Cụ thể: dự án Hệ thống thủy lợi Ea Súp; Chỉnh trang "
                "Quảng trường 10/3, với tổng mức đầu tư 13 tỷ đồng.",
                (entity("project", "Chỉnh trang Quảng trường 10/3"),),
            ),
            Example(  # a counted list after a colon alone, items joined by "và"
                "Trên địa bàn xã Phú Riềng có 2 dự án lớn: Nhà máy chế biến mủ cao su Phú Riềng và Khu dân cư Phú "
                "Riềng Đỏ.",
                (
                    entity("project", "Nhà máy chế biến mủ cao su Phú Riềng"),
                    entity("project", "Khu dân cư Phú Riềng Đỏ"),
                ),
            ),
            Example(
                "HĐND tỉnh điều chỉnh các dự án như Hồ chứa nước Ea Tam; Đường giao thông trung tâm xã Cư Né (huyện "
                "Krông Búk).",
                (
                    entity("project", "Hồ chứa nước Ea Tam"),
                    entity("project", "Đường giao thông trung tâm xã Cư Né"),
                ),
            ),
            Example(
                "Các công trình gồm: Trường Mầm non Sơn Ca (phường Tân Đông Hiệp) và Trường Tiểu học Bình An.",
                (entity("project", "Trường Mầm non Sơn Ca"), entity("project", "Trường Tiểu học Bình An")),
            ),
        ),
    ),
    Rule(
        "projects.ceremony_work",
        "loaders/extract/projects.py: extract_projects (_CEREMONY_WORK)",
        "a named work a ceremony is held for: 'khánh thành công trình X', 'khởi công xây dựng công trình Y' (X "
        "capitalised; 'công trình giao thông nông thôn' names none)",
        (
            Example(  # a facility named straight after the ceremony
                "Sáng 5/9, khởi công xây dựng Trường Tiểu học Kim Long tại phường Hiệp Thành.",
                (entity("project", "Trường Tiểu học Kim Long"),),
            ),
            Example(
                "Sáng 2/9, UBND phường Tân An tổ chức khánh thành công trình Trường Mầm non Hoa Mai.",
                (entity("project", "Trường Mầm non Hoa Mai"),),
            ),
        ),
    ),
    Rule(
        "projects.movement_caps",
        "loaders/extract/projects.py: extract_projects (_MOVEMENT_CAPS)",
        "a movement named without quotes, capitalised, after 'phong trào (thi đua)' or 'cuộc vận động' (not a body's "
        "movements: 'các phong trào Hội Nông dân')",
        (
            Example(
                "Huyện tiếp tục đẩy mạnh phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư.",
                (entity("project", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"),),
            ),
        ),
    ),
    Rule(
        "projects.title_in_capitals",
        "loaders/extract/projects.py: extract_projects (_CAPS_PROJECT, _add_in_capitals, _QUOTE_CLOSES)",
        "a scheme, project or plan named in a title written in capitals ('... THỰC HIỆN ĐỀ ÁN “X” TRÊN ĐỊA BÀN ...', "
        "'PHÊ DUYỆT “DỰ ÁN X”'), in sentence case, to its closing quote (never onto the signer's line of capitals "
        "after it) or to where the name ends",
        (
            Example(
                "QUYẾT ĐỊNH\nPHÊ DUYỆT “DỰ ÁN NÂNG CAO NĂNG LỰC KHUYẾN NÔNG TỈNH TRÀ VINH GIAI ĐOẠN 2021-2025”\n"
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\nCăn cứ Luật Tổ chức Chính quyền địa phương;",
                (entity("project", "Dự án nâng cao năng lực khuyến nông tỉnh trà vinh giai đoạn 2021-2025"),),
            ),
        ),
    ),
    Rule(
        "projects.movement_upper",
        "loaders/extract/projects.py: extract_projects (_MOVEMENT_UPPER)",
        "a movement by its quoted name in an upper-case title ('PHONG TRÀO THI ĐUA “CHUNG TAY ...”'), named as a "
        "sentence ('Chung tay ...')",
        (
            Example(
                "KẾ HOẠCH\nTRIỂN KHAI PHONG TRÀO THI ĐUA “CHUNG TAY XÂY DỰNG XÃ HỘI HỌC TẬP” TRÊN ĐỊA BÀN TỈNH\n",
                (entity("project", "Chung tay xây dựng xã hội học tập"),),
            ),
        ),
    ),
    Rule(
        "projects.congress_run_on",
        "loaders/extract/projects.py: extract_projects (_congress_run_on)",
        "a programme's name cut by a hard line break inside the congress resolution it carries out ('... thực hiện "
        "Nghị quyết Đại hội đại biểu\\nĐảng bộ tỉnh X lần thứ XVII'): the name runs to the resolution's end",
        (
            Example(
                "Căn cứ Quyết định số 2210/QĐ-UBND của UBND tỉnh về việc ban hành Chương trình hành động thực hiện "
                "Nghị quyết Đại hội đại biểu\nĐảng bộ tỉnh Tuyên Quang lần thứ XVII;\n",
                (
                    entity(
                        "project",
                        "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ "
                        "XVII",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "projects.wrapped_quoted",
        "loaders/extract/projects.py: extract_projects (_WRAPPED_QUOTED)",
        "a programme or scheme with a quoted name, its kind word wrapped over a hard line break ('Chương\\ntrình "
        "“X”'): the same project as 'Chương trình “X”' on one line",
        (
            Example(
                "UBND tỉnh ban hành Kế hoạch thực hiện Chương\ntrình “Sức khỏe học đường” trên địa bàn tỉnh.",
                (entity("project", "Chương trình Sức khỏe học đường"),),
            ),
        ),
    ),
    Rule(
        "projects.built_facility",
        "loaders/extract/projects.py: extract_projects (_BUILT_FACILITY)",
        "a named facility being built ('Trường Mầm non X được xây mới tại ...', 'Cầu Y được đầu tư ...'), to 'được'; "
        "not one that hosts an event",
        (
            Example(
                "Trong khi đó, Trường Mầm non Hoa Sen được xây mới tại xã Ia Dom với quy mô 6 phòng học.",
                (entity("project", "Trường Mầm non Hoa Sen"),),
            ),
        ),
    ),
    Rule(
        "projects.route_built",
        "loaders/extract/projects.py: extract_projects (_ROUTE_BUILT, _ROUTE_ENDS)",
        "a road between two named places being built ('thi công đường A – B', 'làm đường C - D đi qua ...'): its two "
        "ends in capitalised words; a street named after a person is none",
        (
            Example(  # lower-case words of its kind first, its ends joined by dashes without spaces
                "Ngày 23/9, lễ khánh thành tuyến đường tạo lực Bắc Tân Uyên-Phú Giáo-Bàu Bàng đã diễn ra.",
                (entity("project", "Đường tạo lực Bắc Tân Uyên-Phú Giáo-Bàu Bàng"),),
            ),
            Example(
                "Nhà thầu thi công đường Đạo Nghĩa – Quảng Tín tiến hành san lấp trên phần đất chưa bồi thường.",
                (entity("project", "Đường Đạo Nghĩa – Quảng Tín"),),
            ),
        ),
    ),
    Rule(
        "projects.places_in_name",
        "loaders/extract/projects.py: extract_projects (_past_places, _PLACES_LISTED_BEFORE, _ROUTE_END_BEFORE)",
        "the commas of the places inside a project's name do not end it: a list after a plural level word ('kết nối "
        "các tỉnh A, B và C'), and the places of a route's two ends ('đoạn từ A, huyện B đi C, huyện D')",
        (
            Example(
                "Tỉnh khởi công dự án đường liên kết vùng kết nối các tỉnh Hà Giang, Tuyên Quang và Yên Bái giai "
                "đoạn 1; dự án cầu Bình Ca 2.",
                (
                    entity(
                        "project",
                        "Dự án đường liên kết vùng kết nối các tỉnh Hà Giang, Tuyên Quang và Yên Bái giai đoạn 1",
                    ),
                ),
            ),
            Example(
                "Bổ sung Dự án cải tạo đường ĐT.282 đoạn từ Lãng Ngâm, huyện Gia Bình đi Bình Dương, huyện Lương "
                "Tài do Sở Xây dựng làm chủ đầu tư.",
                (
                    entity(
                        "project",
                        "Dự án cải tạo đường ĐT.282 đoạn từ Lãng Ngâm, huyện Gia Bình đi Bình Dương, huyện Lương Tài",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "projects.housing_broken_ground",
        "loaders/extract/projects.py: extract_projects (_HOUSING_BROKEN_GROUND, _HOUSING_PLACE)",
        "housing with no name of its own broken ground on at a named commune ('khởi công khu nhà ở xã hội tại phường "
        "X'): a project named by its kind and its commune, placed there",
        (
            Example(
                "Sáng 20/12, UBND tỉnh và Tập đoàn Vingroup khởi công khu nhà ở xã hội tại phường Bắc Giang với quy "
                "mô 15 ha.",
                (entity("project", "Khu nhà ở xã hội tại phường Bắc Giang"),),
            ),
        ),
    ),
    Rule(
        "projects.housing_project",
        "loaders/extract/projects.py: extract_projects (_HOUSING_PROJECT, _HOUSING_PLACE)",
        "housing with no name of its own after 'dự án', at a named commune ('dự án khu tái định cư tại xã X'): a "
        "project named by its kind and its commune, placed there",
        (
            Example(
                "Tỉnh sẽ khởi công dự án khu nhà ở xã hội cho công nhân và dự án khu tái định cư tại xã Như Quỳnh.",
                (entity("project", "Khu tái định cư tại xã Như Quỳnh"),),
            ),
        ),
    ),
    Rule(
        "projects.lower_work",
        "loaders/extract/projects.py: extract_projects (_LOWER_WORK_BUILT), _add_listed (_LOWER_WORK_ITEM)",
        "a work written in lower case, then its capitalised name, being built ('đầu tư xây dựng cầu Bình Ca trên địa "
        "bàn huyện A') or opening an item of a list of works ('...; cầu Đá Bạc (xã B)'): the work (not a street)",
        (
            Example(
                "Tỉnh đầu tư xây dựng cầu Bình Ca trên địa bàn huyện Sơn Dương.",
                (entity("project", "Cầu Bình Ca"),),
            ),
            Example(
                "Các công trình hoàn thành gồm: Nhà văn hóa thôn Đông (xã Xuân Lâm); cầu Đá Bạc (xã Tiến Thắng).",
                (entity("project", "Cầu Đá Bạc"),),
            ),
        ),
    ),
    Rule(
        "projects.named_again",
        "loaders/extract/projects.py: _add_named_again",
        "a project with a proper name, named again word for word where no rule read it ('... các công trình: Trường "
        "THCS A ... nhà vệ sinh Trường THCS A (xã B)'): a mention there too, for the relations to read its place",
        (
            Example(
                "Tập đoàn X tài trợ các công trình: Trường THCS Lê Hữu Trác, Trường Tiểu học Sơn Lâm.\n\nCông trình "
                "cải tạo khuôn viên Trường THCS Lê Hữu Trác (xã Sơn Trà) trị giá 2,2 tỷ đồng.",
                (entity("project", "Trường THCS Lê Hữu Trác"),),
            ),
        ),
    ),
    Rule(
        "projects.road_to_site",
        "loaders/extract/projects.py: extract_projects (_ROAD_TO_SITE, _NAMED_SITE)",
        "a road built to a named site ('khánh thành đường vào sân bay X', 'khởi công tuyến đường vào Khu công nghiệp "
        "Y'): the road is the project, the site its end",
        (
            Example(
                "Lâm Đồng khánh thành đường vào sân bay Phan Thiết dịp Quốc khánh.",
                (entity("project", "Đường vào sân bay Phan Thiết"),),
            ),
        ),
    ),
    Rule(
        "projects.quoted_to_close",
        "loaders/extract/projects.py: extract_projects (_CLOSING_QUOTE, _EVENT_BEFORE)",
        "a project word opened inside quotes ('Dự án \"Chương trình mở rộng quy mô nước sạch ... dựa trên kết quả\"'): "
        "the name runs to the closing quote (not an event's title: 'tọa đàm \"Quy hoạch tỉnh X: ...\"')",
        (
            Example(
                'Công trình thuộc Dự án "Chương trình mở rộng quy mô nước sạch và vệ sinh nông thôn dựa trên kết quả".',
                (
                    entity(
                        "project", "Dự án Chương trình mở rộng quy mô nước sạch và vệ sinh nông thôn dựa trên kết quả"
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "projects.site_list_items",
        "loaders/extract/projects.py: extract_projects (_SITE_LIST_ITEMS, _SITE_ITEM_NAME)",
        "a list of industrial parks or clusters after 'bao gồm' without a colon, each item with a tail of its own "
        "(its size, its investor) up to a semicolon: each item's name under the list's head",
        (
            Example(
                "Các cụm công nghiệp bao gồm Hoàng Mai II quy mô 40 ha do Công ty Cổ phần Hoàng Mai làm nhà đầu tư; "
                "Tân Thanh giai đoạn 2 quy mô 25 ha.",
                (entity("project", "Cụm công nghiệp Hoàng Mai II"), entity("project", "Cụm công nghiệp Tân Thanh")),
            ),
        ),
    ),
    Rule(
        "places.bare_re_mentions",
        "loaders/extract/places.py: _bare_re_mentions",
        "a unit of two syllables or more the text named before, named again bare after 'tại', 'ở' or 'thuộc' ('dự án "
        "B tại Duy Tiên'): a mention of that unit (where a project is)",
        (
            Example(
                "Dự án Khu đô thị Kim Bảng (huyện Kim Bảng) có quy mô 100 ha; dự án Khu đô thị Tân Sơn tại Kim Bảng "
                "được phê duyệt.",
                (entity("locality", "Kim Bảng", "huyện"),),
            ),
        ),
    ),
    Rule(
        "projects.work_of_facility",
        "loaders/extract/projects.py: extract_projects (_WORK_OF_FACILITY)",
        "a work that is a named facility, whatever is said of it ('Công trình Nhà văn hóa thôn Đông ...', 'công trình "
        "Trường Tiểu học X'): the facility is a project",
        (
            Example(
                "Công trình Trạm y tế xã Hải Thượng đã được bàn giao đưa vào sử dụng.",
                (entity("project", "Trạm y tế xã Hải Thượng"),),
            ),
        ),
    ),
    Rule(
        "projects.sub_project",
        "loaders/extract/projects.py: extract_projects (_SUB_BEFORE)",
        "a sub-project is named like a project ('Tiểu dự án bồi thường, hỗ trợ tái định cư đoạn qua xã A'); several "
        "counted are none ('3 tiểu dự án thành phần')",
        (
            Example(
                "Tiểu dự án giải phóng mặt bằng đoạn qua xã Cam Hiếu đã hoàn thành.",
                (entity("project", "Tiểu dự án giải phóng mặt bằng"),),
            ),
        ),
    ),
    Rule(
        "projects.abbreviated_site_list",
        "loaders/extract/projects.py: extract_projects (_ABBREVIATED_SITE_LIST, _SITE_HEAD_OF)",
        "a list of sites under an abbreviated head and 'là' / 'gồm' / 'như' ('bổ sung 3 CCN là A, A II và A III'): "
        "each item under the head written out, its bracket skipped",
        (
            Example(
                "Huyện Nam Sách bổ sung 2 CCN là An Bình (xã An Bình, diện tích 40 ha) và Nam Hưng II.",
                (entity("project", "Cụm công nghiệp An Bình"), entity("project", "Cụm công nghiệp Nam Hưng II")),
            ),
            Example(
                "Các KCN như Thuận Thành II, Gia Bình... đang được đầu tư mạnh về hạ tầng.",
                (entity("project", "Khu công nghiệp Thuận Thành II"), entity("project", "Khu công nghiệp Gia Bình")),
            ),
        ),
    ),
    Rule(
        "projects.expressway",
        "loaders/extract/projects.py: extract_projects (_EXPRESSWAY, _ROUTE_ENDS, _BODY_BEFORE)",
        "an expressway named by its two ends is a project whatever is said of it ('tuyến cao tốc A - B'); a board "
        "named after it is none ('Ban Quản lý dự án cao tốc A - B')",
        (
            Example(
                "Hạ tầng nổi bật có tuyến cao tốc Cao Bằng - Lạng Sơn và sân bay Cao Bằng.",
                (entity("project", "Tuyến cao tốc Cao Bằng - Lạng Sơn"),),
            ),
        ),
    ),
    Rule(
        "projects.table_names",
        "loaders/extract/projects.py: extract_projects (_add_table_names, _NAME_COLUMN)",
        "the cells of a table's project-name column ('| TT | Danh mục dự án | Xã, phường |'): each row's is a project "
        "(not a total row)",
        (
            Example(
                "| TT | Danh mục dự án | Xã, phường | Quy mô |\n| 1 | Khu dân cư Tây Nam | Phường Tân Lợi | 20 ha |",
                (entity("project", "Khu dân cư Tây Nam"),),
            ),
        ),
    ),
    Rule(
        "projects.name_field",
        "loaders/extract/projects.py: extract_projects (_NAME_FIELD)",
        "a decision's name field: 'Tên dự án: X', 'Tên công trình: X', to where the name ends",
        (
            Example(
                "Tên dự án: Đường liên xã Ea Bar đi Cư M'gar.\nChủ đầu tư, đơn vị đề xuất dự án: UBND huyện Buôn Đôn.",
                (entity("project", "Đường liên xã Ea Bar đi Cư M'gar"),),
            ),
        ),
    ),
    Rule(
        "assigned.giao",
        "loaders/extract/relations.py: assigned",
        "'giao / phân công / chỉ đạo <unit> chủ trì ...': the task (the document named in the clause, else before "
        "the cue) is assigned to each unit",
        (
            Example(  # "giao trách nhiệm cho"
                "Thực hiện Kế hoạch số 19/KH-UBND, UBND tỉnh giao trách nhiệm cho Sở Nội vụ chủ trì tổ chức thi tuyển.",
                (relation("ASSIGNED_TO", "19/KH-UBND", "Sở Nội vụ"),),
            ),
            Example(  # tasks another body gives out: that body's document named before (_giver_document)
                "UBND tỉnh ban hành Kế hoạch số 14/KH-UBND thực hiện Nghị quyết số 61-NQ/TU của Ban Thường vụ Tỉnh ủy. "
                "Kế hoạch nêu các nhiệm vụ do Ban Thường vụ Tỉnh ủy giao UBND tỉnh chủ trì thực hiện.",
                (relation("ASSIGNED_TO", "61-NQ/TU", "UBND tỉnh"),),
            ),
            Example(  # the site work asked of a unit on a project named after it
                "Tỉnh đề nghị UBND huyện Cô Tô bàn giao mặt bằng Dự án cảng Thanh Lân trước tháng 9.",
                (relation("ASSIGNED_TO", "Dự án cảng Thanh Lân", "UBND huyện Cô Tô"),),
            ),
            Example(  # a committee that directs another body: the directed body's task
                "Huyện ủy chỉ đạo UBND huyện tập trung triển khai Đề án số 04-ĐA/HU về phát triển cây dược liệu.",
                (relation("ASSIGNED_TO", "Đề án số 04-ĐA/HU về phát triển cây dược liệu", "UBND huyện"),),
            ),
            Example(
                "UBND tỉnh ban hành Kế hoạch số 40/KH-UBND về chuyển đổi số, giao Sở Khoa học và Công nghệ chủ trì "
                "tổ chức thực hiện.",
                (relation("ASSIGNED_TO", "40/KH-UBND", "Sở Khoa học và Công nghệ"),),
            ),
            Example(  # "Theo đó, ... giao ...": the document named before, not the decree the task follows
                "UBND tỉnh ban hành văn bản số 3120/UBND-KT về quản lý cụm công nghiệp.\nTheo đó, UBND tỉnh giao Ban "
                "Quản lý Khu kinh tế triển khai công tác quản lý theo quy định tại Nghị định số 32/2024/NĐ-CP.",
                (relation("ASSIGNED_TO", "3120/UBND-KT", "Ban Quản lý Khu kinh tế"),),
            ),
            Example(  # a task opening its paragraph, naming nothing: the one project of the paragraph before
                "UBND tỉnh đồng ý cho Công ty Hải Long lập quy hoạch dự án Khu đô thị mới Phú Điền.\nGiao Sở Xây dựng "
                "chủ trì, phối hợp với các sở hướng dẫn Công ty Hải Long trong quá trình triển khai.",
                (relation("ASSIGNED_TO", "Dự án Khu đô thị mới Phú Điền", "Sở Xây dựng"),),
            ),
            Example(  # the authorities of a unit: the unit
                "Đối với Dự án kè biển An Hải, Chủ tịch UBND tỉnh yêu cầu chính quyền huyện Lý Sơn khẩn trương bàn "
                "giao mặt bằng.",
                (relation("ASSIGNED_TO", "Dự án kè biển An Hải", "Lý Sơn"),),
            ),
            Example(  # the plan named by its purpose, not the document inside its name; not the decree followed
                "Hội nghị cho ý kiến vào dự thảo Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 45-KL/TW. "
                "Đối với kế hoạch thực hiện Kết luận 45, giao Ban Tổ chức Tỉnh ủy chủ trì hoàn chỉnh, trình ban hành "
                "trước ngày 30/6/2025 theo quy định tại Nghị định số 30/2020/NĐ-CP.",
                (
                    relation(
                        "ASSIGNED_TO",
                        "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 45-KL/TW",
                        "Ban Tổ chức Tỉnh ủy",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.do",
        "loaders/extract/relations.py: assigned",
        "'<document> do <unit> chuẩn bị / chủ trì / xây dựng': the document is assigned to the unit; not a document"
        " the sentence opens on after 'Theo' for its figures ('Theo Báo cáo ... do X chuẩn bị, toàn tỉnh đã ...')",
        (
            Example(  # a movement launched by a body
                "Phong trào thi đua “Tuổi trẻ Đắk Lắk sáng tạo” do Tỉnh đoàn phát động được đoàn viên hưởng ứng.",
                (relation("ASSIGNED_TO", "Tuổi trẻ Đắk Lắk sáng tạo", "Tỉnh đoàn"),),
            ),
            Example(
                "Hội nghị cho ý kiến vào dự thảo Kế hoạch số 15-KH/HU do UBND huyện Tam Đường chuẩn bị.",
                (relation("ASSIGNED_TO", "15-KH/HU", "UBND huyện Tam Đường"),),
            ),
        ),
    ),
    Rule(
        "assigned.lead",
        "loaders/extract/relations.py: assigned",
        "'<unit> là cơ quan đầu mối / chủ trì' without 'giao': the task in hand is assigned to the unit",
        (
            Example(
                "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về cải cách hành chính. Sở Nội vụ là cơ quan đầu mối theo "
                "dõi việc thực hiện.",
                (relation("ASSIGNED_TO", "12-KH/TU", "Sở Nội vụ"),),
            ),
            Example(  # the body that heads a scheme (lexicon.SCHEME_HEAD_ROLES)
                "Tỉnh sẽ xây dựng Đề án phát triển du lịch cộng đồng. Sở Văn hóa, Thể thao và Du lịch làm chủ nhiệm đề "
                "án, phối hợp với các huyện.",
                (relation("ASSIGNED_TO", "Đề án phát triển du lịch cộng đồng", "Sở Văn hóa, Thể thao và Du lịch"),),
            ),
        ),
    ),
    Rule(
        "assigned.task_object",
        "loaders/extract/relations.py: assigned, _task_objects",
        "'giao <bodies> <verbs of the task> <document>': the document the task carries out, named right after a verb"
        " of lexicon.TASK_OBJECT_VERBS (or named back by its kind word alone, the last of that kind in the paragraph),"
        " is assigned to the bodies too; not a plan of the bodies' own making",
        (
            Example(  # under a plan: what the body's clause carries out, beside the plan
                "Ban Thường vụ ban hành Kế hoạch số 33-KH/ĐU.\nTheo Kế hoạch, Vụ Thị trường chủ trì rà soát. Cục Công "
                "nghiệp nghiên cứu cơ chế mới, đồng thời thực hiện Chương trình phát triển công nghiệp hỗ trợ.",
                (relation("ASSIGNED_TO", "Chương trình phát triển công nghiệp hỗ trợ", "Cục Công nghiệp"),),
            ),
            Example(
                "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 21/KH-UBND về công tác dân tộc. Theo đó, giao Ban Dân tộc "
                "tỉnh rà soát, triển khai thực hiện Quyết định số 415/QĐ-TTg của Thủ tướng Chính phủ.",
                (relation("ASSIGNED_TO", "415/QĐ-TTg", "Ban Dân tộc tỉnh"),),
            ),
            Example(
                "UBND tỉnh ban hành Quyết định số 77/QĐ-UBND về ban hành kế hoạch phát triển lâm nghiệp năm 2024; giao "
                "Sở Nông nghiệp chủ trì, phối hợp các huyện tổ chức thực hiện kế hoạch.",
                (relation("ASSIGNED_TO", "Kế hoạch phát triển lâm nghiệp năm 2024", "Sở Nông nghiệp"),),
            ),
        ),
    ),
    Rule(
        "assigned.located",
        "loaders/extract/relations.py: assigned",
        "a project 'tại / ở / trên địa bàn' a chain of places: the most specific unit of the chain",
        (
            Example(  # a list line with its place after a colon
                "- Dự án Nhà máy chế biến gỗ Đức Cơ: xã Ia Krêl, huyện Đức Cơ.",
                (relation("ASSIGNED_TO", "Dự án Nhà máy chế biến gỗ Đức Cơ", "Ia Krêl"),),
            ),
            Example(
                "Ban Quản lý đang đẩy nhanh tiến độ Dự án nâng cấp đường tỉnh 127 tại xã Nậm Hàng, huyện Nậm Nhùn.",
                (relation("ASSIGNED_TO", "Dự án nâng cấp đường tỉnh 127", "Nậm Hàng"),),
            ),
            Example(  # "thuộc xã ..."
                "Đoàn kiểm tra tiến độ Dự án đường tránh Quốc lộ 1 thuộc xã Hòa Thắng, huyện Đông Hòa.",
                (relation("ASSIGNED_TO", "Dự án đường tránh Quốc lộ 1", "Hòa Thắng"),),
            ),
            Example(  # "địa điểm:" in a list of projects
                "2. Dự án nâng cấp chợ trung tâm, địa điểm: xã Yên Sơn, huyện Lục Yên.",
                (relation("ASSIGNED_TO", "Dự án nâng cấp chợ trung tâm", "Yên Sơn"),),
            ),
            Example(  # units of one level written one after the other are each the place
                "Tỉnh đẩy nhanh Dự án đường ven biển đoạn qua xã Diễn Kim, xã Diễn Hải (huyện Diễn Châu).",
                (
                    relation("ASSIGNED_TO", "Dự án đường ven biển", "Diễn Kim"),
                    relation("ASSIGNED_TO", "Dự án đường ven biển", "Diễn Hải"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.placed_first",
        "loaders/extract/relations.py: located (_placed_first)",
        "a sentence that opens on a chain of units ('Tại xã A, huyện B, ...', 'Trên địa bàn huyện C có ...', and for a "
        "groundbreaking 'Sáng 9/5, tại bản A, xã B, ...'): its projects not placed right after their own names are in "
        "the most specific unit",
        (
            Example(  # a site and its ward open the sentence: the project is in the ward
                "* Tại Khu đô thị mới Phước Long, phường Bắc Nha Trang diễn ra lễ khởi công Dự án Nhà ở xã hội Phước "
                "Long 2.",
                (relation("ASSIGNED_TO", "Dự án Nhà ở xã hội Phước Long 2", "Bắc Nha Trang"),),
            ),
            Example(  # "Tại xã A diễn ra Lễ ..."
                "* Tại xã Phước Hà diễn ra Lễ khánh thành công trình Dự án Hồ chứa nước Sông Than.",
                (relation("ASSIGNED_TO", "Dự án Hồ chứa nước Sông Than", "Phước Hà"),),
            ),
            Example(  # a ceremony's place after a dotted date
                "Sáng 20.5, tại xã Ia Pếch, huyện Ia Grai, UBND tỉnh Gia Lai tổ chức lễ khởi công Dự án Cầu Ia Pếch 3.",
                (relation("ASSIGNED_TO", "Dự án Cầu Ia Pếch 3", "Ia Pếch"),),
            ),
            Example(
                "Trên địa bàn huyện Tuy Phước có 2 dự án lớn: Khu đô thị Nhơn Bình, Cụm công nghiệp Phước An.",
                (
                    relation("ASSIGNED_TO", "Khu đô thị Nhơn Bình", "Tuy Phước"),
                    relation("ASSIGNED_TO", "Cụm công nghiệp Phước An", "Tuy Phước"),
                ),
            ),
            Example(  # after a time adverbial, with the verb that introduces the projects
                "Hiện nay, trên địa bàn xã Tân Lập đang triển khai 2 dự án: Dự án hồ chứa nước Bản Lải và Dự án đường "
                "tỉnh 242.",
                (relation("ASSIGNED_TO", "Dự án đường tỉnh 242", "Tân Lập"),),
            ),
            Example(  # a groundbreaking's place told after its time and its hamlet
                "Sáng 9/5, tại bản Hua Păng, xã Mường Lý, UBND tỉnh tổ chức lễ khởi công Dự án Trường liên cấp Mường "
                "Lý.",
                (relation("ASSIGNED_TO", "Dự án Trường liên cấp Mường Lý", "Mường Lý"),),
            ),
            Example(  # after the outlet's tag
                "BNO - Sáng 14/10, tại xã Tam Đa (tỉnh Bắc Ninh), UBND tỉnh tổ chức lễ khánh thành Dự án cầu Tam Đa.",
                (relation("ASSIGNED_TO", "Dự án cầu Tam Đa", "Tam Đa"),),
            ),
            Example(  # after the occasion it marks, commas and all
                "Chiều 5/6, nằm trong chuỗi hoạt động chào mừng Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030, "
                "tại xã Đại Cương, tỉnh Hà Nam đã diễn ra lễ khởi công dự án Nhà máy may Kim Sơn.",
                (relation("ASSIGNED_TO", "Dự án Nhà máy may Kim Sơn", "Đại Cương"),),
            ),
        ),
    ),
    Rule(
        "assigned.where",
        "loaders/extract/relations.py: located",
        "a sentence about a project (opening with it, naming it back, or setting it up) that says where it is: every "
        "unit of a list ('đi qua 3 xã: A, B, C', 'bao gồm 6 xã thuộc huyện A là: B, C'), else the most specific "
        "unit of a chain, and one joined by 'và'; a bare 'Dự án' before any project is named is the text's only "
        "one; 'Khu đất nghiên cứu quy hoạch' is the project named before; units of another level after a list too",
        (
            Example(  # a bare "Dự án" before the text names its only project
                "Dự án được triển khai tại địa bàn xã Hương Lâm và xã Đông Lỗ. Theo quyết định, Khu công nghiệp Hương "
                "Lâm có thời hạn hoạt động 50 năm.",
                (relation("ASSIGNED_TO", "Khu công nghiệp Hương Lâm", "Đông Lỗ"),),
            ),
            Example(  # the land a plan studies; a ward after the list of communes
                "Khu đô thị Nam Quế Võ có quy mô gần 300ha. Khu đất nghiên cứu quy hoạch thuộc địa bàn các xã Phương "
                "Liễu, Nhân Hòa, phường Phố Mới.",
                (
                    relation("ASSIGNED_TO", "Khu đô thị Nam Quế Võ", "Nhân Hòa"),
                    relation("ASSIGNED_TO", "Khu đô thị Nam Quế Võ", "Phố Mới"),
                ),
            ),
            Example(  # a zone of a ward after "tại", then the ward
                "Tỉnh sẽ khởi công dự án nhà ở xã hội tại khu hành chính và dân cư phường Tân Ngãi vào tháng 12.",
                (relation("ASSIGNED_TO", "Dự án nhà ở xã hội", "Tân Ngãi"),),
            ),
            Example(
                "Dự án đường ven biển Cửa Việt được HĐND tỉnh thông qua, đi qua 3 xã: Gio Việt, Gio Hải, Gio Mỹ.",
                (
                    relation("ASSIGNED_TO", "Dự án đường ven biển Cửa Việt", "Gio Việt"),
                    relation("ASSIGNED_TO", "Dự án đường ven biển Cửa Việt", "Gio Mỹ"),
                ),
            ),
            Example(  # the units a zone is made of, listed with their district: the communes
                "Khu kinh tế cửa khẩu Quốc tế Bản Mồ bao gồm 4 xã thuộc huyện Sơn Tây là: Tân Lạc, Hòa Nam, Lũng Vân, "
                "Phúc Thịnh.",
                (relation("ASSIGNED_TO", "Khu kinh tế cửa khẩu Quốc tế Bản Mồ", "Lũng Vân"),),
            ),
            Example(  # after an opening adverbial
                "Theo quy hoạch, Dự án Khu du lịch Mũi Nạng sẽ được xây dựng tại xã Hải An, huyện Hải Lăng.",
                (relation("ASSIGNED_TO", "Dự án Khu du lịch Mũi Nạng", "Hải An"),),
            ),
            Example(  # its parts by area, each with its unit
                "Dự án Khu tái định cư Bắc Sơn rộng 60 ha, gồm 40 ha tại xã Hòa Sơn và 20 ha thuộc xã Hòa Bắc.",
                (
                    relation("ASSIGNED_TO", "Dự án Khu tái định cư Bắc Sơn", "Hòa Sơn"),
                    relation("ASSIGNED_TO", "Dự án Khu tái định cư Bắc Sơn", "Hòa Bắc"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.beside",
        "loaders/extract/relations.py: assigned, table_rows_placed",
        "a project's place given beside it ('Cụm công nghiệp A, huyện B', '(xã C, huyện D)', a table row's place cell "
        "next to it or under a 'Địa điểm' header): the most specific unit(s)",
        (
            Example(  # a capitalised city after the comma
                "Thủ tướng chấp thuận chủ trương đầu tư Khu công nghiệp Sóc Sơn, Thành phố Hà Nội (Dự án).",
                (relation("ASSIGNED_TO", "Khu công nghiệp Sóc Sơn", "Hà Nội"),),
            ),
            Example(  # a ward column ("Xã, phường"), a project-name column
                "| TT | Danh mục dự án | Xã, phường | Quy mô |\n| 1 | Trường Tiểu học Lê Lợi | Xã Ia Dom | 2 ha |",
                (relation("ASSIGNED_TO", "Trường Tiểu học Lê Lợi", "Ia Dom"),),
            ),
            Example(
                "UBND tỉnh thành lập Cụm công nghiệp Tân Lập, huyện Đồng Hỷ, quy mô 50 ha.",
                (relation("ASSIGNED_TO", "Cụm công nghiệp Tân Lập", "Đồng Hỷ"),),
            ),
            Example(  # a table row: the place in the next cell
                "| 1 | Dự án kè chống sạt lở sông Gâm | Phường Nông Tiến | 40 tỷ |",
                (relation("ASSIGNED_TO", "Dự án kè chống sạt lở sông Gâm", "Nông Tiến"),),
            ),
            Example(  # an item of a list of projects, its commune after a dash
                "Danh mục dự án khởi công năm 2025:\n1. Dự án trường mầm non Hoa Sen - xã Bình Minh",
                (relation("ASSIGNED_TO", "Dự án trường mầm non Hoa Sen", "Bình Minh"),),
            ),
            Example(  # a table whose header names its place column: each row's project in that row's cell
                "| STT | Tên dự án | Vốn | Địa điểm |\n"
                "| 1 | Nhà máy điện gió Hướng Linh 9 | 900 tỷ | Xã Hướng Linh, huyện Hướng Hóa |",
                (relation("ASSIGNED_TO", "Nhà máy điện gió Hướng Linh 9", "Hướng Linh"),),
            ),
            Example(  # a table cell listing its communes: each
                "| 1 | Khu đô thị mới Nam Phổ | Các xã: Phổ Minh, Phổ Vinh và Phổ Quang thị xã Đức Phổ | 300 |",
                (
                    relation("ASSIGNED_TO", "Khu đô thị mới Nam Phổ", "Phổ Minh"),
                    relation("ASSIGNED_TO", "Khu đô thị mới Nam Phổ", "Phổ Quang"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.invests",
        "loaders/extract/relations.py: invested_by",
        "'Dự án A (và Nhà máy B) do Công ty X đầu tư': the projects of the clause before 'do' are X's",
        (
            Example(  # a company named with its trades in lower case, joined by "và"
                "UBND tỉnh đã phối hợp với Công ty cổ phần đầu tư xây dựng và phát triển Hòa Phú tổ chức lễ khởi công "
                "Dự án Nhà máy điện mặt trời Hòa Phú 1.",
                (
                    relation(
                        "ASSIGNED_TO",
                        "Dự án Nhà máy điện mặt trời Hòa Phú 1",
                        "Công ty cổ phần đầu tư xây dựng và phát triển Hòa Phú",
                    ),
                ),
            ),
            Example(
                "Dự án Nhà máy chế biến tinh bột sắn và Nhà máy chế biến thức ăn chăn nuôi đều do Công ty CP Nông sản "
                "Tân Kỳ (H.Tân Kỳ) đầu tư.",
                (
                    relation("ASSIGNED_TO", "Dự án Nhà máy chế biến tinh bột sắn", "Công ty CP Nông sản Tân Kỳ"),
                    relation("ASSIGNED_TO", "Nhà máy chế biến thức ăn chăn nuôi", "Công ty CP Nông sản Tân Kỳ"),
                ),
            ),
            Example(  # a company that holds the groundbreaking with the province
                "UBND tỉnh Bình Thuận đã phối hợp với Công ty cổ phần Năng lượng Hòa Thắng tổ chức lễ khởi công Dự án "
                "Nhà máy điện mặt trời Hòa Thắng 3.",
                (
                    relation(
                        "ASSIGNED_TO", "Dự án Nhà máy điện mặt trời Hòa Thắng 3", "Công ty cổ phần Năng lượng Hòa Thắng"
                    ),
                ),
            ),
            Example(  # the projects counted before their list
                "Ngày 2/6, tỉnh Đồng Nai và Tổng Công ty Sonadezi chính thức khởi công hai dự án: Khu công nghiệp Xuân "
                "Quế và Khu công nghiệp Sông Nhạn.",
                (
                    relation("ASSIGNED_TO", "Khu công nghiệp Xuân Quế", "Tổng Công ty Sonadezi"),
                    relation("ASSIGNED_TO", "Khu công nghiệp Sông Nhạn", "Tổng Công ty Sonadezi"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.owner",
        "loaders/extract/relations.py: owned_by",
        "'dự án X của Bộ Tư lệnh / Công ty / Ban Quản lý dự án Y': the body after 'của' owns the project (not a "
        "programme's issuer)",
        (
            Example(
                "Sở Xây dựng kiểm tra việc thi công dự án đường vành đai biên giới tỉnh Kon Tum của Bộ Tư lệnh Quân "
                "khu 5.",
                (relation("ASSIGNED_TO", "Dự án đường vành đai biên giới tỉnh Kon Tum", "Bộ Tư lệnh Quân khu 5"),),
            ),
        ),
    ),
    Rule(
        "assigned.letter",
        "loaders/extract/relations.py: assigned, _letter_giving",
        "the document that gives a task about a project: the one a 'Theo đó,' paragraph lists the tasks of, or the "
        "one a reply quotes after its tasks ('(Theo Công văn số X)'); a reply's subject line ('V/v ... dự án Y') "
        "names the project of tasks that name none",
        (
            Example(
                "Ngày 5/3, UBND tỉnh ban hành Công văn số 512/UBND-KT về việc kiểm tra dự án thủy điện Đăk Mi 2. Theo "
                "đó, UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan kiểm tra dự án thủy "
                "điện Đăk Mi 2.",
                (relation("ASSIGNED_TO", "512/UBND-KT", "Sở Công Thương"),),
            ),
            Example(
                "V/v Gia hạn tiến độ thực hiện dự án Khu du lịch sinh thái Suối Tiên\nUBND tỉnh có ý kiến như sau:\n"
                "Giao Sở Kế hoạch và Đầu tư chủ trì tham mưu UBND tỉnh.\n(Theo Công văn số 2210/UBND-KT, ngày "
                "20/5/2024)",
                (relation("ASSIGNED_TO", "2210/UBND-KT", "Sở Kế hoạch và Đầu tư"),),
            ),
        ),
    ),
    Rule(
        "assigned.as_follows",
        "loaders/extract/relations.py: given_as_follows",
        "targets or tasks given unit by unit after 'giao chỉ tiêu ... như sau:': the document that gives them (named "
        "before 'Theo đó,', else the text itself) is assigned to the unit opening each item",
        (
            Example(
                "UBND tỉnh ban hành Công văn số 210/UBND-NN về giao chỉ tiêu nông thôn mới năm 2018.\nTheo đó, UBND "
                "tỉnh "
                "giao chỉ tiêu cụ thể như sau: huyện Đăk Hà có 2 xã đạt chuẩn; huyện Sa Thầy có 1 xã đạt chuẩn.",
                (
                    relation("ASSIGNED_TO", "210/UBND-NN", "Đăk Hà"),
                    relation("ASSIGNED_TO", "210/UBND-NN", "Sa Thầy"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.bracket",
        "loaders/extract/relations.py: bracketed_place",
        "a bracket of places only after a project ('Khu kinh tế mở Chu Lai (Quảng Nam)'): its most specific unit",
        (
            Example(  # a bracket that opens on 'nằm ở' or on the area before the commune
                "Các cụm công nghiệp gồm: Cụm công nghiệp Long Đức (nằm ở xã Long Đức, huyện Long Thành), Cụm công "
                "nghiệp Phước Bình (75 ha, xã Phước Bình).",
                (
                    relation("ASSIGNED_TO", "Cụm công nghiệp Long Đức", "Long Đức"),
                    relation("ASSIGNED_TO", "Cụm công nghiệp Phước Bình", "Phước Bình"),
                ),
            ),
            Example(  # a bracket that opens on the communes and goes on with the size; a list sharing it
                "Huyện Kinh Môn bổ sung 2 CCN là Duy Tân, Duy Tân II (đều thuộc xã Duy Tân, diện tích 70 ha).",
                (relation("ASSIGNED_TO", "Cụm công nghiệp Duy Tân II", "Duy Tân"),),
            ),
            Example(
                "Dự án hồ chứa nước Rào Cái (Hà Tĩnh) thi công chậm.",
                (relation("ASSIGNED_TO", "Dự án hồ chứa nước Rào Cái", "Hà Tĩnh"),),
            ),
            Example(  # a bracket that opens on a hamlet of an area ("khu vực Khóm 2")
                "Ban Quản lý dự án tỉnh nghiệm thu đưa vào sử dụng bờ kè chống sạt lở kênh Cái Cam (khu vực Khóm 2, "
                "phường Long Châu, TX Bình Minh).",
                (relation("ASSIGNED_TO", "Bờ kè chống sạt lở kênh Cái Cam", "Long Châu"),),
            ),
            Example(  # a town's level abbreviated and glued; a bracket that opens on a hamlet
                "Công trình kè chống sạt lở bờ sông Trà Bồng (TX.Đức Phổ) và hồ chứa nước Khe Chè (thôn Khe Chè, xã "
                "Bình Dân, huyện Vân Đồn) được kiểm tra trước mùa mưa.",
                (relation("ASSIGNED_TO", "Kè chống sạt lở bờ sông Trà Bồng", "Đức Phổ"),),
            ),
        ),
    ),
    Rule(
        "assigned.built_at",
        "loaders/extract/relations.py: bracketed_place",
        "a project built at a site named after it ('Nhà máy X được xây dựng ... tại Khu kinh tế Y (Quảng Nam)'): "
        "where the site is",
        (
            Example(
                "Nhà máy Phân bón Chu Lai được xây dựng với số vốn 100 triệu USD (2.300 tỷ đồng) tại Khu kinh tế mở "
                "Chu "
                "Lai (Quảng Nam).",
                (relation("ASSIGNED_TO", "Nhà máy Phân bón Chu Lai", "Quảng Nam"),),
            ),
        ),
    ),
    Rule(
        "assigned.headed",
        "loaders/extract/relations.py: headed_tasks",
        "in a text that is itself a plan, the tasks listed under a heading naming their bodies ('1. Sở X' then '- "
        "Chủ trì ...', or '2. Sở Y: Tham mưu ...'): the plan, and a project a task line names, are each body's; not "
        "a body whose every task line is 'Phối hợp ...'",
        (
            Example(
                "Số: 52/KH-UBND\nKẾ HOẠCH\nPhát triển thương mại điện tử năm 2024\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Công "
                "Thương\n- Là cơ quan thường trực, chủ trì triển khai Kế hoạch.\n2. Sở Xây dựng\n- Chủ trì triển khai "
                "Dự án Nhà máy nước sạch Khe Sanh.\n",
                (
                    relation("ASSIGNED_TO", "52/KH-UBND", "Sở Công Thương"),
                    relation("ASSIGNED_TO", "Dự án Nhà máy nước sạch Khe Sanh", "Sở Xây dựng"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.all_at",
        "loaders/extract/relations.py: all_at",
        "'Hai dự án này đều tại xã A của huyện B, gồm: dự án C; dự án D': each project listed after 'gồm' is in "
        "the most specific unit named before it",
        (
            Example(
                "Ba dự án này đều tại xã Tịnh Sơn của huyện Sơn Tịnh, gồm: dự án trang trại nuôi heo tại thôn Hòa "
                "Bình; dự án trồng rau sạch kết hợp du lịch tại thôn Phú Thọ.",
                (
                    relation("ASSIGNED_TO", "Dự án trang trại nuôi heo", "Tịnh Sơn"),
                    relation("ASSIGNED_TO", "Dự án trồng rau sạch kết hợp du lịch", "Tịnh Sơn"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.commune",
        "loaders/extract/relations.py: commune_breaks_ground",
        "a commune's People's Committee that breaks ground on or opens projects ('UBND xã A tổ chức khởi công 2 dự án "
        "trên địa bàn'): the projects of its sentence, or the ones it counts as the next sentences name them, are in A",
        (
            Example(
                "Sáng 12-4, UBND xã Ia Hrú tổ chức khởi công 2 dự án trên địa bàn.\nCụ thể, Dự án xây dựng nhà văn "
                "hóa làng Ia Lang có tổng kinh phí 3 tỷ đồng.\nDự án đường giao thông từ làng Tơ Vơn đến trung tâm xã "
                "dài 2 km.",
                (
                    relation("ASSIGNED_TO", "Dự án xây dựng nhà văn hóa làng Ia Lang", "Ia Hrú"),
                    relation("ASSIGNED_TO", "Dự án đường giao thông từ làng Tơ Vơn đến trung tâm xã", "Ia Hrú"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.breaks_ground",
        "loaders/extract/relations.py: unit_breaks_ground",
        "a unit that is the subject of 'khởi công / khánh thành / động thổ' ('(QNO) - Ngày 5.5 Quảng Ngãi đã cùng lúc "
        "khởi công 2 dự án ...'): the projects of its sentence are there",
        (
            Example(  # a city after a year, planned
                "Trong năm 2025, thành phố Thanh Hóa sẽ khởi công Dự án Cầu Nguyệt Viên 2.",
                (relation("ASSIGNED_TO", "Dự án Cầu Nguyệt Viên 2", "Thanh Hóa"),),
            ),
            Example(  # a commune as the subject
                "Ngày 15/8, xã Tân Hòa khánh thành Dự án cầu Suối Đá 2.",
                (relation("ASSIGNED_TO", "Dự án cầu Suối Đá 2", "Tân Hòa"),),
            ),
            Example(
                "Ngày 5.5 Quảng Ngãi đã cùng lúc khởi công 2 dự án lớn, là dự án Khu du lịch Mỹ Khê và dự án Khu công "
                "nghiệp Phổ Phong mở rộng.",
                (
                    relation("ASSIGNED_TO", "Dự án Khu du lịch Mỹ Khê", "Quảng Ngãi"),
                    relation("ASSIGNED_TO", "Dự án Khu công nghiệp Phổ Phong mở rộng", "Quảng Ngãi"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.investor",
        "loaders/extract/relations.py: located",
        "a project's investor ('Chủ đầu tư là X', 'do X làm chủ đầu tư', 'X được giao làm chủ đầu tư'): the project "
        "of the sentence, else the one its paragraph names or opens about",
        (
            Example(  # "nhà đầu tư là X"
                "Dự án Cụm công nghiệp Hoằng Sơn có quy mô 75 ha, nhà đầu tư là Công ty TNHH Phát triển hạ tầng Hoằng "
                "Sơn.",
                (
                    relation(
                        "ASSIGNED_TO", "Dự án Cụm công nghiệp Hoằng Sơn", "Công ty TNHH Phát triển hạ tầng Hoằng Sơn"
                    ),
                ),
            ),
            Example(  # a clause of its own after a comma
                "Dự án Bệnh viện Đa khoa Quan Sơn được đầu tư bằng nguồn vốn ngân sách tỉnh, Sở Y tế làm chủ đầu tư.",
                (relation("ASSIGNED_TO", "Dự án Bệnh viện Đa khoa Quan Sơn", "Sở Y tế"),),
            ),
            Example(  # approved as the investor of the project named after
                "Công ty cổ phần Đầu tư Hải Đăng được chấp thuận làm nhà đầu tư Dự án Khu dân cư Bắc Sông Chu.",
                (relation("ASSIGNED_TO", "Dự án Khu dân cư Bắc Sông Chu", "Công ty cổ phần Đầu tư Hải Đăng"),),
            ),
            Example(  # a bare "Dự án" names back the industrial park of a paragraph before
                "Tỉnh trao quyết định chấp thuận đầu tư Khu công nghiệp Lộc Giang 2, tại xã Lộc Giang.\n\nÔng Trần "
                "Văn B trao quyết định.\n\nDự án do Công ty TNHH Lộc Giang Xanh làm chủ đầu tư, diện tích 200 ha.",
                (relation("ASSIGNED_TO", "Khu công nghiệp Lộc Giang 2", "Công ty TNHH Lộc Giang Xanh"),),
            ),
            Example(  # a managing body, then an investor in a second clause
                "Dự án Cảng hàng không Phan Thiết do Bộ Quốc phòng làm cơ quan chủ quản, Công ty CP Rạng Đông làm chủ "
                "đầu tư.",
                (
                    relation("ASSIGNED_TO", "Dự án Cảng hàng không Phan Thiết", "Bộ Quốc phòng"),
                    relation("ASSIGNED_TO", "Dự án Cảng hàng không Phan Thiết", "Công ty CP Rạng Đông"),
                ),
            ),
            Example(  # every company of a joint venture
                "Dự án Khu đô thị Bãi Dài do liên danh Công ty Cổ phần Hòn Tằm và Công ty Cổ phần Đầu tư Cam Lâm làm "
                "chủ đầu tư.",
                (
                    relation("ASSIGNED_TO", "Dự án Khu đô thị Bãi Dài", "Công ty Cổ phần Hòn Tằm"),
                    relation("ASSIGNED_TO", "Dự án Khu đô thị Bãi Dài", "Công ty Cổ phần Đầu tư Cam Lâm"),
                ),
            ),
            Example(  # a project board named in lower case up to its unit
                "Dự án đường Nam Ban – Tân Văn do Ban Quản lý đầu tư xây dựng và công trình công cộng huyện Lâm Hà làm "
                "chủ đầu tư.",
                (
                    relation(
                        "ASSIGNED_TO",
                        "Dự án đường Nam Ban – Tân Văn",
                        "Ban Quản lý đầu tư xây dựng và công trình công cộng huyện Lâm Hà",
                    ),
                ),
            ),
            Example(  # a field line after the name field, with a second role after a comma
                "Tên dự án: Đường liên xã Ea Bar đi Cư M'gar.\nChủ đầu tư, đơn vị đề xuất dự án: UBND huyện Buôn Đôn.",
                (relation("ASSIGNED_TO", "Đường liên xã Ea Bar đi Cư M'gar", "UBND huyện Buôn Đôn"),),
            ),
            Example(
                "Tỉnh khởi công Dự án đường liên xã Phú Lộc - Phú Mỹ. Chủ đầu tư là Ban Quản lý dự án đầu tư xây dựng "
                "huyện Phú Tân.",
                (
                    relation(
                        "ASSIGNED_TO",
                        "Dự án đường liên xã Phú Lộc - Phú Mỹ",
                        "Ban Quản lý dự án đầu tư xây dựng huyện Phú Tân",
                    ),
                ),
            ),
            Example(  # the investor opening the sentence, the project after its role
                "Sở Xây dựng là chủ đầu tư Dự án cầu Vĩnh Phước.",
                (relation("ASSIGNED_TO", "Dự án cầu Vĩnh Phước", "Sở Xây dựng"),),
            ),
            Example(  # the investor named before the project, "dự án" and all
                "Sở Giao thông vận tải, chủ đầu tư dự án Đường ven sông Lam, phải giải ngân hết vốn năm 2025.",
                (relation("ASSIGNED_TO", "Dự án Đường ven sông Lam", "Sở Giao thông vận tải"),),
            ),
        ),
    ),
    Rule(
        "assigned.table_lead",
        "loaders/extract/relations.py: table_rows_led",
        "a task table whose header names the leading column ('| Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |'): the "
        "project or document of each row's task, and the plan the text itself is, go to the body in its lead cell",
        (
            Example(  # a project table's investor column: each row's project is its body's
                "| STT | Tên dự án | Địa điểm | Chủ đầu tư |\n"
                "| 1 | Cầu Rạch Miễu 3 | Xã Tân Thạch | Ban QLDA giao thông tỉnh |",
                (relation("ASSIGNED_TO", "Cầu Rạch Miễu 3", "Ban QLDA giao thông tỉnh"),),
            ),
            Example(
                "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |\n"
                "| 1 | Xây dựng Đề án du lịch xanh | Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính |",
                (relation("ASSIGNED_TO", "Đề án du lịch xanh", "Sở Văn hóa, Thể thao và Du lịch"),),
            ),
        ),
    ),
    Rule(
        "assigned.topic",
        "loaders/extract/relations.py: assigned (_ABOUT_PROJECT)",
        "a sentence opening on the project it is about ('Đối với Dự án X, ...', 'Riêng Dự án X, ...'), then a body "
        "that must act or leads ('UBND huyện Y phải hoàn thành ...', 'Sở Z chủ trì ...'): the project is the body's",
        (
            Example(  # "Cụ thể, với Dự án X, ..." and each body of the sentence's next clauses
                "Cụ thể, với Dự án Thành phần 3 (dự án cầu Phước Long), Sở Xây dựng phải góp ý quy hoạch trước ngày "
                "10-10; Sở Tài chính thẩm định báo cáo trước ngày 20-10.",
                (
                    relation("ASSIGNED_TO", "Dự án Thành phần 3", "Sở Xây dựng"),
                    relation("ASSIGNED_TO", "Dự án Thành phần 3", "Sở Tài chính"),
                ),
            ),
            Example(
                "Đối với Dự án kè sông Nhật Lệ, UBND thành phố Đồng Hới phải bàn giao mặt bằng trước ngày 30/6.",
                (relation("ASSIGNED_TO", "Dự án kè sông Nhật Lệ", "UBND thành phố Đồng Hới"),),
            ),
        ),
    ),
    Rule(
        "assigned.site_work",
        "loaders/extract/relations.py: led (_project_of_sentence_before)",
        "a body opening the sentence after the one project of the sentence before and made responsible for its site "
        "work with no object of its own ('UBND thị xã Y chịu trách nhiệm giải phóng mặt bằng'): that project",
        (
            Example(  # the one project the text names, some sentences before
                "Phó Chủ tịch UBND tỉnh kiểm tra Dự án đường trục Bắc - Nam huyện Ea Kar.\nKết luận buổi làm việc, Phó "
                "Chủ tịch nhấn mạnh không được lùi tiến độ. UBND huyện Ea Kar chịu trách nhiệm hoàn thành bàn giao mặt "
                "bằng trước ngày 30/11.",
                (relation("ASSIGNED_TO", "Dự án đường trục Bắc - Nam huyện Ea Kar", "UBND huyện Ea Kar"),),
            ),
            Example(
                "Tỉnh thống nhất chủ trương đầu tư Dự án Khu công nghiệp Nam Đàn. UBND huyện Nam Đàn chịu trách nhiệm "
                "giải phóng mặt bằng trước quý III.",
                (relation("ASSIGNED_TO", "Dự án Khu công nghiệp Nam Đàn", "UBND huyện Nam Đàn"),),
            ),
        ),
    ),
    Rule(
        "assigned.leads",
        "loaders/extract/relations.py: led",
        "the body that leads a task opening a clause ('Sở X chủ trì ...', 'UBND huyện Y chịu trách nhiệm ...'): the "
        "project and first document named in it, else the project of the clause before its ';', in a plan of its own "
        "the plan, else the task of the clause before",
        (
            Example(  # "được giao" with a task verb of its own
                "Tỉnh ủy ban hành Kế hoạch số 95-KH/TU; Đảng ủy Khối cơ quan tỉnh được giao hướng dẫn các chi bộ quán "
                "triệt Kế hoạch số 95-KH/TU.",
                (relation("ASSIGNED_TO", "95-KH/TU", "Đảng ủy Khối cơ quan tỉnh"),),
            ),
            Example(  # the body that follows a task up ("theo dõi, đôn đốc")
                "Tỉnh ủy ban hành Kế hoạch số 71-KH/TU về dân vận. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện "
                "Kế hoạch số 71-KH/TU.",
                (relation("ASSIGNED_TO", "71-KH/TU", "Văn phòng Tỉnh ủy"),),
            ),
            Example(  # a later ";" clause of a giving sentence with its own project, its body leading a partner
                "UBND tỉnh giao Sở Tài chính bố trí vốn; Sở Xây dựng phối hợp với Ban Quản lý dự án tỉnh đôn đốc thi "
                "công Dự án đường ven biển Bình Sơn.",
                (relation("ASSIGNED_TO", "Dự án đường ven biển Bình Sơn", "Sở Xây dựng"),),
            ),
            Example(  # a later ";" clause of a giving sentence, opened by a body with a verb of its own (_same_giving)
                "UBND tỉnh ban hành Kế hoạch số 61/KH-UBND. Kế hoạch giao Sở Nội vụ chủ trì thi tuyển; Thanh tra tỉnh "
                "giám sát việc thi tuyển.",
                (relation("ASSIGNED_TO", "61/KH-UBND", "Thanh tra tỉnh"),),
            ),
            Example(  # the list lines after a document that shares out its tasks on the line before
                "UBND tỉnh ban hành Kế hoạch số 52/KH-UBND về du lịch, giao nhiệm vụ như sau:\n"
                "- Sở Văn hóa, Thể thao và Du lịch: chủ trì quảng bá.\n- Sở Tài chính: bố trí kinh phí.",
                (
                    relation("ASSIGNED_TO", "52/KH-UBND", "Sở Văn hóa, Thể thao và Du lịch"),
                    relation("ASSIGNED_TO", "52/KH-UBND", "Sở Tài chính"),
                ),
            ),
            Example(  # the giver named in the passive
                "Sở Y tế được UBND tỉnh giao chủ trì triển khai Đề án chăm sóc sức khỏe người cao tuổi.",
                (relation("ASSIGNED_TO", "Đề án chăm sóc sức khỏe người cao tuổi", "Sở Y tế"),),
            ),
            Example(  # a colon list of the bodies a document shares its tasks out to (_shared_out_by)
                "Kế hoạch số 40/KH-UBND phân công: Sở Nội vụ chủ trì thi tuyển; Sở Tài chính chủ trì bố trí kinh phí.",
                (
                    relation("ASSIGNED_TO", "40/KH-UBND", "Sở Nội vụ"),
                    relation("ASSIGNED_TO", "40/KH-UBND", "Sở Tài chính"),
                ),
            ),
            Example(  # a document named back by its kind word after a verb of the task (_task_objects)
                "Tỉnh ủy ban hành Kết luận số 18-KL/TU về kinh tế biển. Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo "
                "cụ thể hóa Kết luận bằng các đề án.",
                (relation("ASSIGNED_TO", "18-KL/TU", "Ban cán sự đảng UBND tỉnh"),),
            ),
            Example(  # a topic opener that names the project, "có trách nhiệm"
                "Về Dự án Khu đô thị Hà Khánh, UBND phường Hà Khánh có trách nhiệm bàn giao mặt bằng cho nhà đầu tư.",
                (relation("ASSIGNED_TO", "Dự án Khu đô thị Hà Khánh", "UBND phường Hà Khánh"),),
            ),
            Example(  # given the lead ("được giao chủ trì")
                "Sở Nông nghiệp và Môi trường được giao chủ trì thực hiện Chương trình mục tiêu quốc gia xây dựng nông "
                "thôn mới.",
                (
                    relation(
                        "ASSIGNED_TO",
                        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
                        "Sở Nông nghiệp và Môi trường",
                    ),
                ),
            ),
            Example(  # after "Theo kế hoạch,"
                "Theo kế hoạch, Sở Giao thông vận tải chủ trì lập Dự án nâng cấp Quốc lộ 14C.",
                (relation("ASSIGNED_TO", "Dự án nâng cấp Quốc lộ 14C", "Sở Giao thông vận tải"),),
            ),
            Example(  # after a meeting opener
                "Tại buổi làm việc, UBND huyện Ea Súp chịu trách nhiệm hoàn thành giải phóng mặt bằng Dự án Hồ chứa "
                "nước Ea Súp Thượng trước ngày 30/6.",
                (relation("ASSIGNED_TO", "Dự án Hồ chứa nước Ea Súp Thượng", "UBND huyện Ea Súp"),),
            ),
            Example(  # the scheme named back by its bare word in the task
                "Điều 1. Phê duyệt Đề án Phát triển cây dược liệu huyện Tu Mơ Rông đến năm 2030.\n"
                "Điều 2. Ủy ban nhân dân huyện Tu Mơ Rông chịu trách nhiệm chính trong tổ chức triển khai thực hiện "
                "Đề án.",
                (
                    relation(
                        "ASSIGNED_TO",
                        "Đề án Phát triển cây dược liệu huyện Tu Mơ Rông đến năm 2030",
                        "Ủy ban nhân dân huyện Tu Mơ Rông",
                    ),
                ),
            ),
            Example(
                "UBND tỉnh thông qua Dự án cải tạo kênh Xáng. Sở Nông nghiệp và Môi trường chủ trì triển khai Dự án "
                "cải tạo kênh Xáng.",
                (relation("ASSIGNED_TO", "Dự án cải tạo kênh Xáng", "Sở Nông nghiệp và Môi trường"),),
            ),
            Example(  # no object of its own after the body: the project of the clause before the ";"
                'Số: 41-KH/TU\nKẾ HOẠCH\n1. Thí điểm Đề án "Bản đồ số du lịch" tại xã Bản Lầu (huyện Mường '
                "Khương); Huyện ủy Mường Khương chỉ đạo triển khai, rút kinh nghiệm để nhân rộng.",
                (relation("ASSIGNED_TO", "Đề án Bản đồ số du lịch", "Huyện ủy Mường Khương"),),
            ),
            Example(  # a Party body leads by directing; tasks listed right after a plan reported issued are its
                "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 150-KH/TU thực hiện Nghị quyết số 57-NQ/TW. Ban cán sự "
                "đảng UBND tỉnh lãnh đạo, chỉ đạo xây dựng cơ sở dữ liệu; Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền.",
                (
                    relation("ASSIGNED_TO", "150-KH/TU", "Ban cán sự đảng UBND tỉnh"),
                    relation("ASSIGNED_TO", "150-KH/TU", "Ban Tuyên giáo Tỉnh ủy"),
                ),
            ),
            Example(  # the ";" clauses that go on with the same subject (a lower-case verb, not a unit)
                "Sở Công Thương chủ trì bảo đảm chỉ số sản xuất công nghiệp tăng 12%; sớm đưa Cụm công nghiệp Phú Lâm "
                "(xã Phú Lâm, huyện Tiên Du) vào hoạt động; phường Đông Ngàn thí điểm Đề án chợ số.",
                (relation("ASSIGNED_TO", "Cụm công nghiệp Phú Lâm", "Sở Công Thương"),),
            ),
        ),
    ),
    Rule(
        "assigned.listed",
        "loaders/extract/relations.py: listed_units_do",
        "a list of units opening a clause that does something about a project ('Các xã: A, B tiếp tục triển khai "
        "Chương trình X'): the project is given to each unit",
        (
            Example(
                "Các xã: Trung Hòa, Yên Lạc tiếp tục triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
                (
                    relation("ASSIGNED_TO", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Trung Hòa"),
                    relation("ASSIGNED_TO", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Yên Lạc"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.under",
        "loaders/extract/relations.py: led, _under_plan",
        "tasks given out under a document a sentence opens by naming ('Theo Kế hoạch số X, A chủ trì ...; B giám sát "
        "...', 'Theo Kế hoạch, ...' and the later sentences of that paragraph): X is given to each body",
        (
            Example(  # "Theo đó," after the sentence that names the document: each body opening a clause
                "UBND tỉnh ban hành Quyết định số 31/2025/QĐ-UBND quy định quản lý chợ. Theo đó, Sở Công Thương hướng "
                "dẫn các xã thực hiện; Sở Tài chính bố trí kinh phí.",
                (
                    relation("ASSIGNED_TO", "31/2025/QĐ-UBND", "Sở Công Thương"),
                    relation("ASSIGNED_TO", "31/2025/QĐ-UBND", "Sở Tài chính"),
                ),
            ),
            Example(  # a plan named back with its issuer, shared out over the next paragraph too
                "Tỉnh ủy ban hành Kế hoạch tổ chức Lễ kỷ niệm 80 năm thành lập Đảng bộ tỉnh.\n"
                "Thực hiện kế hoạch của Tỉnh ủy, các đơn vị đã vào cuộc. Trong đó, Văn phòng Tỉnh ủy chuẩn bị hội "
                "trường.\n"
                "Công an tỉnh xây dựng phương án bảo vệ.",
                (
                    relation(
                        "ASSIGNED_TO", "Kế hoạch tổ chức Lễ kỷ niệm 80 năm thành lập Đảng bộ tỉnh", "Văn phòng Tỉnh ủy"
                    ),
                    relation(
                        "ASSIGNED_TO", "Kế hoạch tổ chức Lễ kỷ niệm 80 năm thành lập Đảng bộ tỉnh", "Công an tỉnh"
                    ),
                ),
            ),
            Example(
                "Ban Thường trực đã ban hành Kế hoạch số 12/KH-MTTQ-BTT ngày 5/2/2024.\n\nTheo Kế hoạch số "
                "12/KH-MTTQ-BTT, Hội Nông dân tỉnh chủ trì giám sát giá vật tư nông nghiệp; Tỉnh Đoàn giám sát việc "
                "hỗ trợ thanh niên lập nghiệp.",
                (
                    relation("ASSIGNED_TO", "12/KH-MTTQ-BTT", "Hội Nông dân tỉnh"),
                    relation("ASSIGNED_TO", "12/KH-MTTQ-BTT", "Tỉnh Đoàn"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.place_field",
        "loaders/extract/relations.py: place_field",
        "a decision's place field at a line's start ('2. Địa điểm thực hiện dự án: xã A, huyện B'): the project its "
        "fields are about (the last named before, within a few lines) is in the most specific units of the line",
        (
            Example(
                "Điều 1. Phê duyệt Dự án Hồ chứa nước Bản Mồng như sau:\n- Địa điểm xây dựng: xã Tân Lập và xã Hua La, "
                "tỉnh Sơn La.",
                (
                    relation("ASSIGNED_TO", "Dự án Hồ chứa nước Bản Mồng", "Tân Lập"),
                    relation("ASSIGNED_TO", "Dự án Hồ chứa nước Bản Mồng", "Hua La"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.those_placed",
        "loaders/extract/relations.py: those_projects",
        "the projects of the sentence before named back together where they are ('... Dự án A, Dự án B và Dự án C. "
        "Các dự án trên đều nằm trên địa bàn huyện D'): each is in the most specific units named",
        (
            Example(
                "Tỉnh đã khởi công Dự án cầu Bến Thủy 3 và Dự án kè sông Lam. Các dự án trên đều nằm trên địa bàn "
                "huyện Nghi Xuân.",
                (
                    relation("ASSIGNED_TO", "Dự án cầu Bến Thủy 3", "Nghi Xuân"),
                    relation("ASSIGNED_TO", "Dự án kè sông Lam", "Nghi Xuân"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.served",
        "loaders/extract/relations.py: served_only",
        "a project the text places nowhere, whose purpose in its sentence names the units it serves ('Dự án cấp nước "
        "X, nhằm cung cấp nước sạch cho người dân các xã A và B'): it is in those units",
        (
            Example(
                "Tỉnh khởi công Dự án kè chống sạt lở sông Lam để bảo vệ an toàn cho nhân dân xã Thanh Hưng.",
                (relation("ASSIGNED_TO", "Dự án kè chống sạt lở sông Lam", "Thanh Hưng"),),
            ),
        ),
    ),
    Rule(
        "assigned.board",
        "loaders/extract/relations.py: boards_carry_out",
        "a project board or a firm opening its sentence that carries out or builds the project named right after the "
        "verb ('Ban Quản lý dự án X đang triển khai Dự án Y', 'Hiện nay, Công ty Z đang thi công Dự án W'): the body "
        "carries it out",
        (
            Example(
                "Hiện nay, Công ty cổ phần Xây dựng Hòa Bình đang thi công Dự án cầu Cửa Hội 2.",
                (relation("ASSIGNED_TO", "Dự án cầu Cửa Hội 2", "Công ty cổ phần Xây dựng Hòa Bình"),),
            ),
        ),
    ),
    Rule(
        "assigned.unit",
        "loaders/extract/relations.py: units_carry_out, bodies_carry_out",
        "a unit, or the committee of a unit, opening its sentence that carries out the project named right after the "
        "verb ('Sa Đéc tiếp tục triển khai Đề án X', 'UBND xã A triển khai thực hiện Đề án Y'): the project is the "
        "unit's",
        (
            Example(  # a merged commune, from a date
                "Từ ngày 1/7/2025, xã Mường Hung (mới) tiếp tục triển khai Dự án đường nội thị Mường Hung.",
                (relation("ASSIGNED_TO", "Dự án đường nội thị Mường Hung", "Mường Hung"),),
            ),
            Example(  # after an opener, given the task
                "Trong đó, xã Ea Kly được giao triển khai Đề án phát triển cà phê bền vững.",
                (relation("ASSIGNED_TO", "Đề án phát triển cà phê bền vững", "Ea Kly"),),
            ),
            Example(  # the committee of a unit, after a time adverbial
                "Năm 2025, UBND xã Tân Hóa triển khai thực hiện Đề án du lịch cộng đồng Tân Hóa.",
                (relation("ASSIGNED_TO", "Đề án du lịch cộng đồng Tân Hóa", "Tân Hóa"),),
            ),
            Example(  # communes listed after "Các xã", the site work they finished for the project
                "Các xã Gio Mỹ, Gio Sơn và Gio An đã hoàn thành việc bàn giao mặt bằng Dự án đường ven biển.",
                (relation("ASSIGNED_TO", "Dự án đường ven biển", "Gio Sơn"),),
            ),
            Example(  # a commune marked new, after a time, carrying out a plan for a provincial programme
                "Năm 2025, xã Hải Lăng (mới) triển khai Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo "
                "bền vững.",
                (relation("ASSIGNED_TO", "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Hải Lăng"),),
            ),
            Example(  # a unit given the role of investor
                "Huyện Minh Hóa được giao làm chủ đầu tư Dự án đường liên xã Hóa Sơn - Trung Hóa.",
                (relation("ASSIGNED_TO", "Dự án đường liên xã Hóa Sơn - Trung Hóa", "Minh Hóa"),),
            ),
            Example(  # units joined as one subject, in a ";" clause, that pilot a scheme
                "Sở Nội vụ theo dõi việc thực hiện Kế hoạch số 17-KH/TU; phường Hạc Thành và xã Nga Sơn thí điểm Đề án "
                "chính quyền số cấp xã.",
                (
                    relation("ASSIGNED_TO", "Đề án chính quyền số cấp xã", "Hạc Thành"),
                    relation("ASSIGNED_TO", "Đề án chính quyền số cấp xã", "Nga Sơn"),
                ),
            ),
            Example(
                "Năm 2024, nông nghiệp tỉnh Tiền Giang tăng trưởng khá. Cái Bè tiếp tục triển khai Đề án phát triển "
                "vùng cam sành, đưa giá trị sản xuất đạt 900 tỷ đồng.",
                (relation("ASSIGNED_TO", "Đề án phát triển vùng cam sành", "Cái Bè"),),
            ),
        ),
    ),
    Rule(
        "assigned.develops",
        "loaders/extract/relations.py: assigned",
        "'Đề án phát triển <unit> ...': a development project for a named unit is located in it",
        (
            Example(
                "Hội nghị thông qua Đề án phát triển thành phố Lai Châu đến năm 2030.",
                (relation("ASSIGNED_TO", "Đề án phát triển thành phố Lai Châu đến năm 2030", "Lai Châu"),),
            ),
        ),
    ),
    Rule(
        "assigned.item_place",
        "loaders/extract/relations.py: assigned (_ITEM_OPENS, _ITEM_PLACE, _ITEM_END)",
        "an item of a list of projects placed by a clause of its own ('...: Dự án A, thu hồi 250 ha đất tại xã B, C; "
        "Dự án D, ...'): the units of that item's chain (a bare name after one with its level word is of that level)",
        (
            Example(
                "Nổi bật là: Dự án Khu công nghiệp Phúc Sơn, thu hồi 95 ha đất tại xã Phúc Sơn, Yên Lâm; Dự án Khu "
                "công nghiệp Khánh Cư, thu hồi 60 ha tại xã Khánh Cư.",
                (
                    relation("ASSIGNED_TO", "Dự án Khu công nghiệp Phúc Sơn", "Phúc Sơn"),
                    relation("ASSIGNED_TO", "Dự án Khu công nghiệp Phúc Sơn", "Yên Lâm"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.plan_area",
        "loaders/extract/relations.py: planned_area (_PLANNED_AREA, _AREA_END)",
        "the units a plan's area lies in ('khu vực nghiên cứu quy hoạch ... thuộc địa giới hành chính thị trấn A và "
        "các xã B, C') place the project named last before it: the units of the most specific tier",
        (
            Example(
                "HĐND tỉnh thông qua quy hoạch phân khu Khu công nghiệp Tân Dân. Cụ thể khu vực nghiên cứu quy hoạch "
                "thuộc địa giới hành chính các xã Tân Dân, An Phụ (huyện Kinh Môn).",
                (relation("ASSIGNED_TO", "Quy hoạch phân khu Khu công nghiệp Tân Dân", "An Phụ"),),
            ),
        ),
    ),
    # --- s12-ents: shapes of Mekong delta and south-east news -------------------------------------------
    Rule(
        "meetings.congress_capitalised",
        "loaders/extract/meetings.py: _CONGRESS, _CONGRESS_HELD (_as_congress), _attended",
        "a congress written 'Đại hội Đại biểu Đảng bộ ...' (capital Đ); a Party organization holding its congress's "
        "preparatory or official session ('Đảng bộ tỉnh X tổ chức phiên trù bị Đại hội ...') is the congress; a "
        "congress attended ('ông A ... dự Đại hội Đảng bộ phường X'), not by a delegation sent to it",
        (
            Example(
                "Sáng 14-10, Đại hội Đại biểu Đảng bộ tỉnh Hậu Giang lần thứ XIV đã khai mạc.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ tỉnh", "2025-10-14", "đại hội"),),
                "2025-10",
            ),
            Example(
                "Chiều 8-10, Đảng bộ tỉnh Bình Phước tổ chức phiên trù bị Đại hội đại biểu Đảng bộ tỉnh lần thứ nhất.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ tỉnh", "2025-10-08", "đại hội"),),
                "2025-10",
            ),
            Example(  # named without its unit, the unit before it in the sentence
                "Sáng 12/8, đảng viên xã Phước Hải tham dự Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ xã", "2025-08-12", "đại hội"),),
                "2025-08",
            ),
            Example(
                "Sáng 12/8, ông Trần Văn Chín, Ủy viên Ban Thường vụ Thành ủy, dự Đại hội Đảng bộ phường Tân Định.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ phường", "2025-08-12", "đại hội"),),
                "2025-08",
            ),
        ),
    ),
    Rule(
        "meetings.venue_not_organizer",
        "loaders/extract/meetings.py: _first_co_organizer (_VENUE_BEFORE)",
        "a body named as the venue before the organizers ('tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy phối hợp "
        "với ... tổ chức') is not the first of them",
        (
            Example(
                "Chiều 16/11, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy Bến Tre phối hợp với Ban Chỉ đạo Tây Nam "
                "bộ tổ chức hội nghị trực tuyến.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2025-11-16", "hội nghị"),),
                "2025-11",
            ),
        ),
    ),
    Rule(
        "meetings.constituency_delegation",
        "loaders/extract/meetings.py: _canonical; loaders/extract/bodies.py: extract_organizations (its span)",
        "'Đoàn đại biểu Quốc hội đơn vị tỉnh X' holds its meeting as 'Đoàn đại biểu Quốc hội tỉnh X'",
        (
            Example(
                "Ngày 19/11, Đoàn đại biểu Quốc hội đơn vị tỉnh Long An tổ chức hội nghị tiếp xúc cử tri.",
                (entity("meeting", "Đoàn đại biểu Quốc hội tỉnh Long An", "2025-11-19", "hội nghị"),),
                "2025-11",
            ),
        ),
    ),
    Rule(
        "people.title_dash_name",
        "loaders/extract/people.py: _TITLE_THEN_NAME",
        "titles, a dash, then the name ('Chủ tịch HĐND tỉnh - Nguyễn Văn A', 'Phó chủ tịch UBND tỉnh – Lê Thị B')",
        (
            Example(
                "Dự có Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Trần Văn Bảy.",
                (entity("official", "Trần Văn Bảy", "Chủ tịch HĐND tỉnh"),),
            ),
        ),
    ),
    Rule(
        "bodies.name_ends",
        "loaders/extract/bodies.py: _COMPANY_STOPS, _KNOWN_DEPARTMENT, _CAPWORDS, _clean (_TERM_INSIDE); lexicon."
        "BODY_PATTERNS",
        "a body's name ends before the commune after a company ('Công ty TNHH X xã Tân Phước'), before its officer "
        "named from a surname ('Bộ Nông nghiệp và Phát triển nông thôn Hoàng Trung'), before a rank after a dash; "
        "'Ban Quản lý dự án Đầu tư Xây dựng tỉnh X', 'Trưởng ban Dân tộc tỉnh X', 'Trưởng đoàn Đại biểu Quốc hội "
        "khóa XV tỉnh' (the term dropped) are bodies",
        (
            Example(
                "Đoàn đến làm việc tại Công ty TNHH Phát triển Khu công nghiệp Tân Hương xã Tân Phước 2.",
                (entity("organization", "Công ty TNHH Phát triển Khu công nghiệp Tân Hương"),),
            ),
            Example(
                "Ông Lê Văn Mười, Trưởng ban Dân tộc tỉnh Hậu Giang phát biểu.",
                (entity("organization", "Ban Dân tộc tỉnh Hậu Giang"),),
            ),
        ),
    ),
    Rule(
        "meetings.earlier_session",
        "loaders/extract/meetings.py: extract_meetings (_EARLIER_SESSION)",
        "a session named in passing as an earlier one ('Tại kỳ họp thứ 15 trước đó, HĐND tỉnh đã thông qua ...') is "
        "background, not a meeting the text reports",
        (
            Example(
                "Ngày 10/6, Đoàn kiểm tra số 5 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Sóc Trăng. Tại kỳ "
                "họp thứ 15 trước đó, HĐND tỉnh đã thông qua nghị quyết về đầu tư công.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2025-06-10", "phiên họp"),),
            ),
        ),
    ),
    Rule(
        "bodies.abbreviated_forms",
        "loaders/extract/bodies.py: _CAPWORDS; lexicon.BODY_PATTERNS; loaders/extract/people.py: _BODY_WORD",
        "bodies written with abbreviations or a bare hyphen: 'Công ty CP ...', 'Công ty TNHH MTV ...', 'Ban QLDA ĐTXD "
        "tỉnh', 'Sở Giao thông-Vận tải'; a title all in lower case ('phó bí thư tỉnh ủy Nguyễn Văn A')",
        (
            Example(
                "Dự có đại diện Công ty CP Cấp thoát nước Bến Tre và Sở Giao thông-Vận tải.",
                (
                    entity("organization", "Công ty CP Cấp thoát nước Bến Tre"),
                    entity("organization", "Sở Giao thông-Vận tải"),
                ),
            ),
            Example(
                "Cùng dự có phó bí thư tỉnh ủy Nguyễn Văn Ba.",
                (entity("official", "Nguyễn Văn Ba", "phó bí thư tỉnh ủy"),),
            ),
        ),
    ),
    Rule(
        "meetings.inspections_and_partners",
        "loaders/extract/meetings.py: _HOST_BEFORE, _BY_HOLDER_AFTER, _HELD_ON, _bodies (_JOINT_COMMITTEE); lexicon."
        "BODY_PATTERNS",
        "an inspection held at its host ('Đoàn kiểm tra 1152 của Ban Thường vụ Tỉnh ủy ... kiểm tra tại Đảng ủy xã X': "
        "the host's meeting, the delegation a body); 'Hội thảo ... do Ban X phối hợp Y tổ chức ngày 12/3': X's, on "
        "that day; 'Đảng ủy, HĐND, UBND xã X tổ chức lễ ...': the commune's Party committee's",
        (
            Example(
                "Ngày 9/6, Đoàn kiểm tra 1152 của Ban Thường vụ Tỉnh ủy kiểm tra tại Đảng ủy xã Long Hựu.",
                (
                    entity("meeting", "Đảng ủy xã", "2025-06-09", "phiên họp"),
                    entity("organization", "Đoàn kiểm tra 1152 của Ban Thường vụ Tỉnh ủy"),
                ),
            ),
            Example(
                "Hội thảo khoa học về kinh tế số do Ban Tuyên giáo Tỉnh ủy phối hợp Trường Đại học Cần Thơ tổ chức "
                "ngày 12/3.",
                (entity("meeting", "Ban Tuyên giáo Tỉnh ủy", "2025-03-12", "hội thảo"),),
            ),
            Example(
                "Sáng 1/7, Đảng ủy, HĐND, UBND xã Tân Phước tổ chức lễ công bố quyết định thành lập.",
                (entity("meeting", "Đảng ủy xã", "2025-07-01", "lễ"),),
            ),
        ),
    ),
    Rule(
        "meetings.announced_not_held",
        "loaders/extract/meetings.py: extract_meetings (_after_publication)",
        "a session dated after the day the text was published is only announced ('Đại hội ... diễn ra trong 2 ngày "
        "(29 - 30.9)' in a text of 24/9), not held",
        (
            Example(
                "Ngày 24.9, Tỉnh ủy Đồng Nai tổ chức buổi họp báo thông tin về Đại hội. Theo Tỉnh ủy, Đại hội đại biểu "
                "Đảng bộ tỉnh Đồng Nai lần thứ 1 diễn ra trong 2 ngày (29 - 30.9).",
                (entity("meeting", "Tỉnh ủy", "2025-09-24", "phiên họp"),),
                "2025-09-24",
            ),
        ),
    ),
    Rule(
        "people.posts_in_brackets",
        "loaders/extract/people.py: find_people (_TITLES_IN_BRACKETS); loaders/extract/bodies.py: steering_committees",
        "posts in brackets right after a name ('bà Huỳnh Thị Hằng (Chủ tịch Ủy ban MTTQ Việt Nam tỉnh)'); a "
        "subcommittee's name stops before the day after it ('Tiểu ban Văn kiện Đại hội XIV, sáng 14-5, ...'); "
        "'phòng, chống tham nhũng' is a steering committee's task, 'tham' no verb there",
        (
            Example(
                "Sáng 5/3, Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Vĩnh Long tổ chức phiên họp.",
                (entity("organization", "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Vĩnh Long"),),
            ),
            Example(
                "Có 4 Phó bí thư là bà Tôn Thị Hạnh (thường trực), ông Võ Tấn Đức (Chủ tịch UBND tỉnh) và ông "
                "Thái Bảo.",
                (entity("official", "Võ Tấn Đức", "Chủ tịch UBND tỉnh"),),
            ),
        ),
    ),
    Rule(
        "meetings.first_of_a_list",
        "loaders/extract/meetings.py: _first_co_organizer (_VENUE_BEFORE, _TITLE_BEFORE); loaders/extract/bodies.py: "
        "_COMPANY_WORD",
        "bodies listed before the verb that holds the meeting hold it as the first of them ('Bộ Chính trị, Ban Bí thư "
        "tổ chức Hội nghị toàn quốc'), never a venue or a title's body before them; groups and companies named with "
        "capitals or digits ('Tập đoàn Becamex IDC', 'Công ty CP Đầu tư PV2')",
        (
            Example(
                "Ngày 8/1, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 57-NQ/TW.",
                (entity("meeting", "Bộ Chính trị", "2025-01-08", "hội nghị"),),
            ),
            Example(
                "Dự hội nghị có đại diện Tập đoàn Becamex IDC.",
                (entity("organization", "Tập đoàn Becamex IDC"),),
            ),
        ),
    ),
    Rule(
        "people.unit_like_a_surname",
        "loaders/extract/people.py: _unit_named_like_a_surname",
        "a title ending on a unit, then a two-syllable unit whose first word is also a surname ('Châu Thành', 'Châu "
        "Đốc'), then the person from a surname: the unit is the title's, the rest the person's name",
        (
            Example(
                "Bí thư Huyện ủy Châu Thành Lê Văn Sáu phát biểu.",
                (entity("official", "Lê Văn Sáu", "Bí thư Huyện ủy Châu Thành"),),
            ),
        ),
    ),
    Rule(
        "bodies.delegation_of",
        "lexicon.BODY_PATTERNS (Đoàn ... của ...); loaders/extract/bodies.py: _clean",
        "a delegation named with the body that sent it: 'Đoàn giám sát của Ủy ban Thường vụ Quốc hội', 'Đoàn kiểm tra "
        "của Ủy ban Kiểm tra Tỉnh ủy X', 'Đoàn kiểm tra của Bộ Tài chính' (the ministry's known name ends it)",
        (
            Example(
                "Ngày 5/3, Đoàn giám sát của Ủy ban Thường vụ Quốc hội làm việc với UBND tỉnh Trà Vinh.",
                (entity("organization", "Đoàn giám sát của Ủy ban Thường vụ Quốc hội"),),
            ),
        ),
    ),
    Rule(
        "meetings.deputy_chair",
        "loaders/extract/meetings.py: _chair_body (_DEPUTY_CHAIRS, _deputy_office_body); lexicon.BODY_PATTERNS "
        "(Hội đồng ...)",
        "a meeting a deputy chair of a People's Committee chairs or holds ('Phó Chủ tịch UBND tỉnh A chủ trì cuộc "
        "họp', 'đã tổ chức cuộc họp với ...') is the committee's, never on a working visit; a province's councils by "
        "their task ('Hội đồng thẩm định nông thôn mới tỉnh') are bodies that hold their meetings",
        (
            Example(
                "Sáng 29/8, Phó Chủ tịch UBND tỉnh Lê Văn Tư chủ trì cuộc họp nghe báo cáo tiến độ dự án cao tốc.",
                (entity("meeting", "UBND tỉnh", "2025-08-29", "phiên họp"),),
                "2025-08",
            ),
            Example(
                "Sáng ngày 27/7, Hội đồng thẩm định nông thôn mới tỉnh tổ chức họp xét công nhận các xã đạt chuẩn.",
                (entity("organization", "Hội đồng thẩm định nông thôn mới tỉnh"),),
            ),
        ),
    ),
    Rule(
        "meetings.mass_organization_congress",
        "loaders/extract/meetings.py: _mass_congresses (_MASS_CONGRESS, _UNIT_HOLDS)",
        "a mass organization's congress that sits ('Đại hội đại biểu các DTTS tỉnh X lần thứ IV', 'Đại hội Hội Nông "
        "dân huyện X lần thứ XI ... khai mạc', 'tỉnh X tổ chức Đại hội đại biểu các dân tộc thiểu số'), named like a "
        "Party congress: 'Đại hội đại biểu <organization as written> <level>'; not one only prepared",
        (
            Example(
                "Sáng 30/10, Đại hội đại biểu Hội Nông dân tỉnh Long An lần thứ XI, nhiệm kỳ 2023 - 2028 khai mạc.",
                (entity("meeting", "Đại hội đại biểu Hội Nông dân tỉnh", "2024-10-30", "đại hội"),),
                "2024-10",
            ),
        ),
    ),
    Rule(
        "bodies.spellings_and_sittings",
        "lexicon.PROVINCE_SPELLINGS, BODY_PATTERNS (council committees); loaders/extract/meetings.py: _CONGRESS_SITS",
        "a province spelled with a bare hyphen inside a body's name ('Ban Chấp hành Đảng bộ tỉnh Bà Rịa-Vũng Tàu'); "
        "a council's committee with 'Tỉnh' capitalised holds its meeting; a congress 'bước vào ngày làm việc thứ ba' "
        "sits",
        (
            Example(
                "Sáng 25/9, Đại hội Đại biểu Đảng bộ tỉnh Bình Phước lần thứ XI bước vào ngày làm việc thứ ba.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ tỉnh", "2025-09-25", "đại hội"),),
            ),
            Example(
                "Ban Chấp hành Đảng bộ tỉnh Bà Rịa-Vũng Tàu khoá VII đã bầu Ban Thường vụ Tỉnh ủy.",
                (entity("organization", "Ban Chấp hành Đảng bộ tỉnh Bà Rịa-Vũng Tàu"),),
            ),
        ),
    ),
    Rule(
        "people.listed_appointees",
        "loaders/extract/people.py: find_people (_FIRST_OF_TWO)",
        "names listed before one appointment, joined by commas or 'và' ('Các đồng chí A, B, C được bầu giữ chức Phó "
        "Bí thư Tỉnh ủy'): each holds the post",
        (
            Example(
                "Các đồng chí Nguyễn Thị Yến, Lê Văn Bảy, Nguyễn Văn Thọ được bầu giữ chức Phó Bí thư Tỉnh ủy.",
                (entity("official", "Nguyễn Thị Yến", "Phó Bí thư Tỉnh ủy"),),
            ),
        ),
    ),
    Rule(
        "meetings.yesterday",
        "loaders/extract/meetings.py: _meeting_date (_YESTERDAY); lexicon.BODY_PATTERNS",
        "a meeting told as held 'chiều hôm qua' in a text published on a day is of the day before; 'Đoàn Kiểm tra "
        "1914 của Trung ương' and 'Hội đồng Lý luận Trung ương' are bodies",
        (
            Example(
                "Chiều hôm qua, ông Lữ Văn Tư, Phó Chủ tịch UBND tỉnh Vĩnh Long đã chủ trì buổi họp với các sở ngành.",
                (entity("meeting", "UBND tỉnh", "2017-01-12", "phiên họp"),),
                "2017-01-13",
            ),
        ),
    ),
    Rule(
        "people.post_left",
        "loaders/extract/people.py: _APPOINTED; lexicon.BODY_PATTERNS (Đảng ủy Khối ...)",
        "an official leaving a post held it ('đồng chí A thôi giữ chức Bí thư Tỉnh ủy', 'đồng chí B, thôi chức vụ Bí "
        "thư Tỉnh ủy Long An'); 'Đảng ủy Khối các cơ quan Trung ương' is a body",
        (
            Example(
                "Bộ Chính trị điều động đồng chí Mai Văn Chín, thôi chức vụ Bí thư Tỉnh ủy Long An để nhận nhiệm vụ "
                "mới.",
                (entity("official", "Mai Văn Chín", "Bí thư Tỉnh ủy Long An"),),
            ),
        ),
    ),
    Rule(
        "meetings.partner_without_voi",
        "loaders/extract/meetings.py: _HOLDS, _PARTNER_BEFORE; lexicon.BODY_PATTERNS; loaders/extract/bodies.py: "
        "_STOP_WORDS, _LOWER_TAIL, _STEERING_STOPS",
        "'A phối hợp B tổ chức ...' ('với' left out) is A's meeting, B a partner; bodies capitalised otherwise ('Ban "
        "Thường Vụ Tỉnh ủy', 'Ủy ban Nhân dân thành phố X', 'Vụ Nghiên cứu tổng hợp'); a steering committee's name "
        "stops before 'thông báo'",
        (
            Example(
                "Chiều 10-10, UBND tỉnh Bạc Liêu phối hợp Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức họp báo quý III.",
                (entity("meeting", "UBND tỉnh", "2025-10-10", "phiên họp"),),
                "2025-10",
            ),
        ),
    ),
    Rule(
        "attended.role",
        "loaders/extract/relations.py: attended",
        "an official and, after the name in the sentence, the role taken at the meeting: chủ trì, đồng chủ trì, "
        "trình bày, phát biểu, dự",
        (
            Example(
                "Sáng 2/6, Ban Thường vụ Tỉnh ủy Sơn La tổ chức hội nghị. Đồng chí Cầm Văn Mười, Phó Bí thư Tỉnh ủy, "
                "chủ trì hội nghị.",
                (relation("ATTENDED", "Cầm Văn Mười", "meeting:0"),),
            ),
        ),
    ),
    # --- s13: north-central, central-coast and Mekong shapes (tests/unit/extract/test_central_meetings.py) ---------
    Rule(
        "bodies.party_organization_of_unit",
        "loaders/extract/bodies.py: extract_organizations (_PARTY_OF_UNIT, _UNIT_BODY); meetings.py: _as_congress",
        "the Party organization of a unit named before the unit's own name ('Đảng bộ UBND tỉnh X', 'Ban Chấp hành "
        "Đảng bộ Sở Y tế', 'Đảng ủy Đoàn đại biểu Quốc hội và HĐND tỉnh X'); holding its congress, the congress is "
        "'Đại hội đại biểu Đảng bộ <unit>' without the province",
        (
            Example(
                "Sáng 12/6, Đảng bộ Đoàn đại biểu Quốc hội và HĐND tỉnh Hà Tĩnh tổ chức Đại hội nhiệm kỳ 2025 - 2030.",
                (
                    entity("organization", "Đảng bộ Đoàn đại biểu Quốc hội và HĐND tỉnh Hà Tĩnh"),
                    entity(
                        "meeting",
                        "Đại hội đại biểu Đảng bộ Đoàn đại biểu Quốc hội và HĐND tỉnh",
                        "2025-06-12",
                        "đại hội",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "bodies.association",
        "loaders/extract/lexicon.py: BODY_PATTERNS ('Hội X', 'Liên hiệp các Hội X'); meetings.py: _HOLDS",
        "an association or a union of associations named in capitals is a body, and holds the symposia it organises "
        "('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức Tọa đàm'); never 'Hội nghị', 'Hội đồng', 'Hội An'",
        (
            Example(
                "Chiều ngày 14/5, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức Tọa đàm về vai trò trí thức.",
                (entity("meeting", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "2025-05-14", "tọa đàm"),),
            ),
        ),
    ),
    Rule(
        "meetings.plenum_convened_by_board",
        "loaders/extract/meetings.py: _BARE_PLENUM, _plenum_convened",
        "'Ban Thường vụ X ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ ...' with the plenum's level left out: the "
        "plenum's meeting, at the board's level ('Ban Chấp hành Đảng bộ tỉnh')",
        (
            Example(
                "Chiều 6/11, Ban Thường vụ Tỉnh ủy Long An tổ chức Hội nghị Ban Chấp hành Đảng bộ triển khai quyết "
                "định về công tác cán bộ.",
                (entity("meeting", "Ban Chấp hành Đảng bộ tỉnh", "2025-11-06", "hội nghị"),),
                "2025-11",
            ),
        ),
    ),
    Rule(
        "meetings.first_co_organizer_across_dot_and_dash",
        "loaders/extract/meetings.py: _HOLDS (partner over 'TP.'), _first_co_organizer (' - '); bodies._NEXT_BODY",
        "'Thành ủy và UBND TP.X tổ chức hội nghị' is the first host's; 'Viện X - Học viện Y phối hợp ... tổ chức' "
        "is the unit's (the name stops before 'Học viện')",
        (
            Example(
                "Sáng nay (3.11), Thành ủy và UBND TP.Quy Nhơn tổ chức hội nghị công bố quyết định cán bộ.",
                (entity("meeting", "Thành ủy", "2025-11-03", "hội nghị"),),
                "2025-11",
            ),
        ),
    ),
    Rule(
        "people.former_membership_and_lower_board",
        "loaders/extract/people.py: TITLE; lexicon.MEMBERSHIPS; lexicon.BODY_PATTERNS; bodies._clean",
        "a former membership is a title ('nguyên Ủy viên Bộ Chính trị'), a rank before the name is no part of it, "
        "the board's word in lower case ('Ủy viên thường vụ Tỉnh ủy'); 'UVTV Tỉnh ủy', 'Ủy viên Thường vụ Thành "
        "ủy' name the standing board",
        (
            Example(
                "Dự có đồng chí Trung tướng Lê Hữu Tình, nguyên Ủy viên Trung ương Đảng; ông Hồ Văn Sơn, UVTV Tỉnh ủy, "
                "Phó Chủ tịch HĐND tỉnh.",
                (
                    entity("official", "Lê Hữu Tình", "nguyên Ủy viên Trung ương Đảng"),
                    entity("organization", "Ban Thường vụ Tỉnh ủy"),
                ),
            ),
        ),
    ),
    Rule(
        "bodies.shared_head_without_colon",
        "loaders/extract/bodies.py: _SHARED_HEAD, _shared_head_items",
        "a council named once for a list of units without a colon, two units at least: 'Ủy ban nhân dân các huyện A, "
        "B và C' names 'Ủy ban nhân dân huyện A', '... huyện B', '... huyện C'",
        (
            Example(
                "Ngày 2/7, Thường trực HĐND tỉnh giám sát tại Ủy ban nhân dân các huyện Cầu Kè, Tiểu Cần và Duyên Hải.",
                (entity("organization", "Ủy ban nhân dân huyện Tiểu Cần"),),
            ),
        ),
    ),
    Rule(
        "meetings.unit_of_parent_and_abbreviated_steering",
        "loaders/extract/meetings.py: _HOLDS ('thuộc ...'); bodies.py: _STEERING ('BCĐ'), _STOP_WORDS ('thuộc', "
        "'trên')",
        "'Viện X thuộc Viện Hàn lâm Y tổ chức hội thảo' is the unit's; 'chủ trì cuộc họp BCĐ sắp xếp ...' is the "
        "steering committee's, named as written",
        (
            Example(
                "Sáng ngày 12/10/2022, Viện Nghiên cứu Văn hóa thuộc Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức hội "
                "thảo khoa học.",
                (entity("meeting", "Viện Nghiên cứu Văn hóa", "2022-10-12", "hội thảo"),),
                "2022-10",
            ),
        ),
    ),
    Rule(
        "people.caption_place_and_reelection",
        "loaders/extract/people.py: _PHOTO_PLACE, _APPOINTED; lexicon.NAME_PREFIXES ('TS'), LOWER_POSTS",
        "a photo caption's place between a name and its titles ('Ông A (thứ 6 từ phải sang) – Ủy viên ...'), 'TS' "
        "without its stop, 'A tiếp tục được bầu làm Bí thư', 'Phó trưởng đoàn chuyên trách'",
        (
            Example(
                "Ông Lê Văn Tư (thứ 3 từ phải sang) – Trưởng Ban Tuyên giáo Tỉnh ủy trao sách.",
                (entity("official", "Lê Văn Tư", "Trưởng Ban Tuyên giáo Tỉnh ủy"),),
            ),
        ),
    ),
    Rule(
        "meetings.joint_committee_and_bare_province_host",
        "loaders/extract/meetings.py: _JOINT_COMMITTEE, _VISITS_A_PROVINCE (extract_meetings)",
        "'Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh X tổ chức lễ' is the Tỉnh ủy's; a central leader working "
        "with a province named bare: a government leader's host is the people's committee, a Party leader's the "
        "standing board",
        (
            Example(
                "Ngày 14/1, Phó Thủ tướng Lê Văn Sáu dẫn đầu đoàn công tác đến làm việc với tỉnh Bạc Liêu.",
                (entity("meeting", "UBND tỉnh", "2016-01-14", "phiên họp"),),
                "2016-01",
            ),
        ),
    ),
    Rule(
        "bodies.venue_is_no_body",
        "loaders/extract/bodies.py: _VENUE_BEFORE (extract_organizations)",
        "a body's building named as a venue ('tại hội trường Đảng ủy xã X', 'tại Hội trường UBND tỉnh') names no "
        "organization (GOLD_FORMAT: a place named only as a venue is not one)",
        (
            Example(
                "Sáng 5/3, tại Hội trường UBND tỉnh, HĐND tỉnh tổ chức kỳ họp thứ 20.",
                (entity("organization", "HĐND tỉnh"), entity("meeting", "HĐND tỉnh", "2025-03-05", "kỳ họp")),
            ),
        ),
    ),
    Rule(
        "meetings.session_named_in_a_later_sentence",
        "loaders/extract/meetings.py: _more_meetings (cues, _CUE_THEN_BODY), _OPENING_DATE ('Cũng trong ngày'), "
        "_HOLDS and _BODY_MEETS (', tỉnh X'), _PROVINCE_CELEBRATES",
        "each dated sentence's own session: 'Sáng 12/12, kỳ họp thứ 20, HĐND tỉnh X ...' after another meeting, "
        "'Cũng trong ngày 5-11, HĐND xã Y ... tổ chức kỳ họp', 'HĐND phường Z, tỉnh X đã tổ chức kỳ họp'; 'tỉnh X tổ "
        "chức kỷ niệm ...' with no body named is the Tỉnh ủy's",
        (
            Example(
                "Sáng 12/12, kỳ họp thứ 20, HĐND tỉnh Quảng Trị khóa 8 đã tiến hành bầu Chủ tịch UBND tỉnh. Trước đó, "
                "ngày 11/12, Ban Chấp hành Đảng bộ tỉnh Quảng Trị đã tổ chức hội nghị để thực hiện công tác cán bộ.",
                (entity("meeting", "HĐND tỉnh", "2023-12-12", "kỳ họp"),),
                "2023-12",
            ),
        ),
    ),
    Rule(
        "bodies.abbreviated_central_and_lower_case_offices",
        "loaders/extract/lexicon.py: BODY_PATTERNS ('UBKT T.Ư', 'TAND Tối cao', 'Chánh văn phòng Thành ủy'); "
        "bodies._clean, _EXPAND ('UBMTTQ'); people.TITLE ('Nguyên ...'); meetings._BODIES",
        "'UBKT T.Ư' (read as 'UBKT Trung ương') holds its session; 'TAND Tối cao', 'VKSND Tối cao'; an office in "
        "lower case after its head's post; 'UBMTTQ tỉnh' = 'Ủy ban MTTQ tỉnh'; '– Nguyên Ủy viên Bộ Chính trị'",
        (
            Example(
                "Tại kỳ họp, UBKT T.Ư đã xem xét đề nghị của Ban Thường vụ Tỉnh ủy Hà Tĩnh.",
                (entity("meeting", "Ủy ban Kiểm tra Trung ương", "2022-01", "kỳ họp"),),
                "2022-01",
            ),
            Example(
                "Ông Lê Văn Lợi, Chánh văn phòng Thành ủy, được bổ nhiệm giữ chức Chánh thanh tra thành phố.",
                (entity("organization", "Văn phòng Thành ủy"), entity("organization", "Thanh tra thành phố")),
            ),
        ),
    ),
    Rule(
        "meetings.council_in_full_and_session_opened",
        "loaders/extract/meetings.py: _BODIES ('Hội đồng nhân dân (HĐND) tỉnh'), _HOLDS and _HELD_WHAT ('tổ chức "
        "khai mạc Kỳ họp'); bodies._STEERING_STOPS ('nhằm'); lexicon.BODY_PATTERNS ('Viện X vùng Y')",
        "a council or people's committee named in full with its abbreviation in brackets holds its session; 'tổ chức "
        "khai mạc Kỳ họp' holds the session; a steering committee's name ends before 'nhằm'; an institute keeps the "
        "region it is named with ('Viện ... vùng Tây Bắc') and holds its symposium",
        (
            Example(
                "Ngày 4/6, Hội đồng nhân dân (HĐND) tỉnh Cao Bằng khóa XVII tổ chức khai mạc Kỳ họp thứ 18.",
                (entity("meeting", "HĐND tỉnh", "2024-06-04", "kỳ họp"),),
                "2024-06",
            ),
            Example(
                "Ngày 2/8, Viện Dân tộc học vùng Tây Bắc tổ chức tọa đàm về bảo tồn nhà sàn.",
                (
                    entity("organization", "Viện Dân tộc học vùng Tây Bắc"),
                    entity("meeting", "Viện Dân tộc học vùng Tây Bắc", "2024-08-02", "tọa đàm"),
                ),
                "2024-08",
            ),
        ),
    ),
    Rule(
        "meetings.days_listed_and_ceremony_in_a_province",
        "loaders/extract/meetings.py: _DATE_SPAN ('Vào các ngày 24 và 25/1'), _CEREMONY_IN_PROVINCE; "
        "lexicon.BODY_PATTERNS ('Hội Khoa học lịch sử tỉnh X', 'Liên hiệp các Hội khoa học và Kỹ thuật Việt Nam')",
        "a meeting over the days listed ('Vào các ngày 24 và 25/1', 'Các ngày 24, 25/1') starts on the first; 'tại "
        "tỉnh X, diễn ra Lễ công bố ...' with no organizer named is the Tỉnh ủy's; an association named in lower case "
        "keeps its province and holds its symposium",
        (
            Example(
                "Vào các ngày 10 và 11/7, HĐND tỉnh Điện Biên tổ chức kỳ họp thứ 19.",
                (entity("meeting", "HĐND tỉnh", "2024-07-10", "kỳ họp"),),
                "2024-07",
            ),
            Example(
                "Sáng 30/6, tại tỉnh Hà Nam, đã diễn ra Lễ công bố nghị quyết sáp nhập đơn vị hành chính.",
                (entity("meeting", "Tỉnh ủy", "2025-06-30", "lễ"),),
                "2025-06",
            ),
            Example(
                "Sáng 9/5, Hội Khoa học lịch sử tỉnh Hà Nam tổ chức tọa đàm về chiến thắng Điện Biên Phủ.",
                (entity("organization", "Hội Khoa học lịch sử tỉnh Hà Nam"),),
                "2024-05",
            ),
        ),
    ),
    Rule(
        "meetings.later_meeting_of_the_body_after_cua",
        "loaders/extract/meetings.py: _more_meetings (_NUMBERED_OF, the bodies named after 'của')",
        "a later sentence opening with its own day reports the meeting of the body named after 'của' ('Chiều 14/8, "
        "ông A ... chủ trì cuộc họp của Ban Chỉ đạo ...': the steering committee named before)",
        (
            Example(
                "Sáng 3/6, HĐND tỉnh Gia Lai tổ chức kỳ họp thứ 21. Chiều 28/5, ông Lê Văn An, Trưởng Ban Chỉ đạo "
                "phòng chống thiên tai tỉnh đã chủ trì cuộc họp của Ban Chỉ đạo để bàn phương án ứng phó.",
                (entity("meeting", "Ban Chỉ đạo phòng chống thiên tai tỉnh", "2024-05-28", "phiên họp"),),
                "2024-06",
            ),
        ),
    ),
    Rule(
        "meetings.congratulatory_visit_and_long_topic_before_do",
        "loaders/extract/meetings.py: _CONGRATULATED_BEFORE, _BY_BEFORE (a topic of up to 120 characters); "
        "bodies._STOP_WORDS ('nhân kỷ niệm', 'nhân dịp')",
        "'đã đến thăm và chúc mừng các cán bộ, viên chức Sở Y tế X' is the host's meeting (not when only planned: "
        "'sẽ đến thăm'); 'hội nghị kỷ niệm ... (dates) và phát động thi đua ... do Sở Y tế tổ chức' is the Sở's; a "
        "name ends before 'nhân kỷ niệm', 'nhân dịp'",
        (
            Example(
                "Sáng 27/2, Bí thư Tỉnh ủy Lê Văn An đã đến thăm, chúc mừng tập thể Sở Y tế Lai Châu nhân dịp kỷ niệm "
                "Ngày Thầy thuốc Việt Nam.",
                (
                    entity("organization", "Sở Y tế Lai Châu"),
                    entity("meeting", "Sở Y tế Lai Châu", "2025-02-27", "phiên họp"),
                ),
                "2025-02",
            ),
        ),
    ),
    Rule(
        "meetings.leader_receives_a_delegation",
        "loaders/extract/meetings.py: _RECEIVES_WITH, _RECEIVER_TITLE, _receiver (_body_votes, _more_meetings)",
        "'Chủ tịch UBND tỉnh A tiếp và làm việc với Đoàn công tác X', 'ông A, Phó Chủ tịch UBND tỉnh đã có buổi tiếp "
        "và làm việc với đoàn ...', 'Ban Thường vụ Tỉnh ủy X tiếp và làm việc với Đoàn ...': the receiver's meeting "
        "(the body named right before 'tiếp', else the committee of the chair's title), not the delegation's",
        (
            Example(
                "Sáng 9/4, Phó Chủ tịch UBND tỉnh Lê Văn An tiếp và làm việc với Đoàn công tác của Bộ Tài chính.",
                (entity("meeting", "UBND tỉnh", "2024-04-09", "phiên họp"),),
                "2024-04",
            ),
        ),
    ),
    Rule(
        "meetings.standing_board_abbreviated_whole",
        "loaders/extract/meetings.py: _BODIES ('Ban TVTU', 'BTVTU')",
        "'làm việc với Ban TVTU các tỉnh ...': the Ban Thường vụ Tỉnh ủy hosts the working visit",
        (
            Example(
                "Sáng 4/3, Đoàn công tác Trung ương làm việc với Ban TVTU tỉnh Yên Bái về công tác cán bộ.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2025-03-04", "phiên họp"),),
                "2025-03",
            ),
        ),
    ),
    Rule(
        "meetings.visit_past_an_abbreviation_with_a_dot",
        "loaders/extract/meetings.py: _VISITS_A_PROVINCE (an abbreviation's dot: 'T.Ư')",
        "a central Party leader's visit to a province is its standing board's meeting, the leader's titles read past "
        "an abbreviation's dot ('Chủ tịch Hội đồng Bầu cử T.Ư Nguyễn Văn A ... đến thăm, làm việc tại tỉnh X')",
        (
            Example(
                "Ngày 9/6, Tổng Bí thư, Chủ tịch Hội đồng Bầu cử T.Ư Lê Văn An cùng Đoàn công tác đã đến thăm, làm "
                "việc tại tỉnh Lai Châu.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2024-06-09", "phiên họp"),),
                "2024-06",
            ),
        ),
    ),
    Rule(
        "meetings.planned_after_its_name",
        "loaders/extract/meetings.py: _PLANNED_AFTER (_held, _body_votes)",
        "a meeting named, then said to be expected in the same clause ('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 21 "
        "dự kiến tổ chức vào giữa tháng 12', '... sẽ được tổ chức') is only planned, not reported",
        (
            Example(
                "Chiều 5/11, Ban Thường vụ Tỉnh ủy Bắc Kạn họp cho ý kiến về các nội dung chuẩn bị. Kỳ họp thứ 22 HĐND "
                "tỉnh dự kiến tổ chức vào đầu tháng 12.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2024-11-05", "phiên họp"),),
                "2024-11",
            ),
        ),
    ),
    Rule(
        "meetings.committee_holds_its_congress",
        "loaders/extract/meetings.py: _OWN_CONGRESS (_as_congress); extract_meetings ('Trung tâm Hội nghị' is a venue)",
        "'Ban Chấp hành Đảng bộ tỉnh X long trọng tổ chức Đại hội đại biểu lần thứ I' is the congress ('Đại hội đại "
        "biểu Đảng bộ tỉnh'), not the committee's meeting ('Đại hội thi đua' is not its congress, nor a Party "
        "congress: meetings._CONGRESS); 'Trung tâm Hội nghị tỉnh' names a venue, no meeting",
        (
            Example(
                "Sáng 20/10, tại Trung tâm Hội nghị tỉnh, Ban Chấp hành Đảng bộ tỉnh Lạng Sơn tổ chức Đại hội đại biểu "
                "lần thứ XVIII, nhiệm kỳ 2025 - 2030.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ tỉnh", "2025-10-20", "đại hội"),),
                "2025-10",
            ),
        ),
    ),
    Rule(
        "bodies.unit_completed",
        "loaders/extract/bodies.py: with_units (_UNIT_PART_LAST, unit_goes_on); _LOCAL, _LOCAL3 and _PLACE (never over "
        "a line break)",
        "a body named with a commune of four syllables ('Đảng bộ xã Tân Hưng Lâm Hà': the pattern stops before 'Lâm', "
        "a surname) is completed with the unit the localities read there; a unit's name never runs over a line break",
        (
            Example(
                "Ủy ban nhân dân xã Phước Thành Lâm Hà tổ chức hội nghị tổng kết năm.",
                (entity("organization", "Ủy ban nhân dân xã Phước Thành Lâm Hà"),),
            ),
        ),
    ),
    Rule(
        "bodies.city_abbreviated",
        "loaders/extract/lexicon.py: BODY_PATTERNS (Đoàn đại biểu Quốc hội, Ủy ban MTTQ, Đảng bộ, Sở with 'TP'/HCMC)",
        "a city's delegation, front committee, Party organization and department written with 'TP' ('Trưởng Đoàn đại "
        "biểu Quốc hội TP', 'Ủy ban MTTQ Việt Nam TP. Cần Thơ', 'Đảng bộ TP. Huế', 'Sở Tài chính TPHCM'); the front's "
        "committee without its unit ('đại diện Ủy ban Mặt trận Tổ quốc Việt Nam', never 'các huyện')",
        (
            Example(
                "Ông Hồ Văn Kiệt, Phó Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội TP. Đà Nẵng dự họp.",
                (entity("organization", "Đoàn đại biểu Quốc hội TP. Đà Nẵng"),),
            ),
            Example(
                "Bà Đỗ Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam TP. Huế phát biểu.",
                (entity("organization", "Ủy ban MTTQ Việt Nam TP. Huế"),),
            ),
        ),
    ),
    Rule(
        "bodies.departments_listed",
        "bodies.py: _SHARED_HEAD (dept: 'các sở như', 'các sở gồm'), _DEPT_ITEM (known names first)",
        "departments listed after 'các sở như' or 'các sở gồm' are one department each, a known name with a comma "
        "inside kept whole ('Văn hóa, Thể thao và Du lịch'), never a body of another kind that ends the list",
        (
            Example(
                "Lãnh đạo các sở như Tư pháp, Văn hóa, Thể thao và Du lịch và Văn phòng UBND tỉnh dự họp.",
                (entity("organization", "Sở Tư pháp"), entity("organization", "Sở Văn hóa, Thể thao và Du lịch")),
            ),
        ),
    ),
    Rule(
        "bodies.party_agencies",
        "loaders/extract/lexicon.py: BODY_PATTERNS (Đảng ủy các cơ quan Đảng, Liên hiệp các Tổ chức hữu nghị)",
        "the Party agencies' committee at every tier since 2025 ('Đảng ủy các cơ quan Đảng TPHCM', '... Trung ương', "
        "'... tỉnh X') and the friendship organizations' union of a province",
        (
            Example(
                "Đảng ủy các cơ quan Đảng tỉnh Lâm Đồng phối hợp với Liên hiệp các Tổ chức hữu nghị tỉnh Lâm Đồng.",
                (
                    entity("organization", "Đảng ủy các cơ quan Đảng tỉnh Lâm Đồng"),
                    entity("organization", "Liên hiệp các Tổ chức hữu nghị tỉnh Lâm Đồng"),
                ),
            ),
        ),
    ),
    Rule(
        "people.holder_shapes",
        "loaders/extract/people.py: _TITLES_AFTER_IS, _PREFIX_NAME (a colon after a plural prefix); lexicon "
        "LOWER_POSTS ('Phó Ban'); _BODY_SECOND ('biểu'), _BODY_WORD (a team's task after 'Đoàn')",
        "holders introduced with 'là' ('bà A là Phó Bí thư Thường trực, Chủ tịch HĐND thành phố'), the first of "
        "'các ông: A (Giám đốc Sở X), ông B (...)', a deputy head written 'Phó Ban', 'Trưởng đoàn Đại biểu Quốc hội' "
        "and 'Trưởng Đoàn kiểm tra' read whole",
        (
            Example(
                "Tại buổi lễ, ông Cao Văn Lâm là Phó Bí thư Thành ủy, Chủ tịch UBND thành phố.",
                (entity("official", "Cao Văn Lâm", "Chủ tịch UBND thành phố"),),
            ),
            Example(
                "HĐND tỉnh bầu các ông: Lý Văn Sơn (Giám đốc Sở Nội vụ), ông Vũ Đức Anh (Giám đốc Sở Y tế).",
                (entity("official", "Lý Văn Sơn", "Giám đốc Sở Nội vụ"),),
            ),
        ),
    ),
    Rule(
        "meetings.chairs_and_hosts",
        "loaders/extract/meetings.py: _CUE_WORDS ('chủ trì họp'), _deputy_office_body (_PARTY_DEPUTY), _team_chaired "
        "(_TEAM_HEAD), _more_meetings (_ON_DAY_AFTER), _VISITS_A_PROVINCE ('lãnh đạo tỉnh' unnamed)",
        "'chủ trì họp Ban Chỉ đạo X' is the steering committee's meeting; a conference a deputy Party secretary "
        "chairs is the committee's; one an inspection team's head chairs is the team's; 'tại buổi làm việc với Ban "
        "Thường vụ Tỉnh ủy X vào chiều 14/7' is a session of its own that day",
        (
            Example(
                "Sáng 9-5, ông Đinh Văn Lực - Chủ tịch UBND tỉnh chủ trì họp Ban Chỉ đạo phát triển du lịch tỉnh.",
                (entity("meeting", "Ban Chỉ đạo phát triển du lịch tỉnh", "2024-05-09", "phiên họp"),),
                "2024-05",
            ),
            Example(
                "Ngày 3/12, Phó Thủ tướng Chính phủ Lê Văn An làm việc với lãnh đạo tỉnh về giải ngân vốn đầu tư công.",
                (entity("meeting", "UBND tỉnh", "2025-12-03", "phiên họp"),),
                "2025-12",
            ),
            Example(
                "Hội nghị do đồng chí Mai Văn Hòa, Phó Bí thư Tỉnh ủy Đồng Nai chủ trì, với các bí thư chi bộ.",
                (entity("meeting", "Tỉnh ủy", "2025-11", "hội nghị"),),
                "2025-11",
            ),
        ),
    ),
    Rule(
        "meetings.numbered_council_and_linked_day",
        "loaders/extract/meetings.py: _NUMBERED_OF (a number, then the body), _DATE ('Theo đó, ngày ...'), _DATE_FROM, "
        "_BODIES (no association's central committee); lexicon BODY_PATTERNS (Hội đồng điều phối vùng)",
        "'Hội nghị lần thứ hai Hội đồng điều phối vùng Đông Nam Bộ' is the council's; 'Theo đó, ngày 28/6, diễn ra kỳ "
        "họp ...' dates the session; 'Ban Chấp hành Trung ương Hội Khuyến học' is no Party Central Committee",
        (
            Example(
                "Sáng 7.8, Thủ tướng chủ trì Hội nghị lần thứ ba Hội đồng điều phối vùng Tây Nguyên tại Gia Lai.",
                (entity("meeting", "Hội đồng điều phối vùng Tây Nguyên", "2024-08-07", "hội nghị"),),
                "2024-08",
            ),
            Example(
                "Từ ngày 09/01/2025 đến ngày 10/01/2025, Đại hội Đảng bộ xã Sơn Thành lần thứ XIV đã diễn ra.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ xã", "2025-01-09", "đại hội"),),
                "2025-01-11",
            ),
        ),
    ),
    Rule(
        "people.elected_and_dashed",
        "loaders/extract/people.py: _APPOINTED ('trúng cử chức vụ'), _PERSON_HERE and _UNIT_NAME_ENDS (a dash)",
        "'ông A trúng cử chức vụ Chủ tịch HĐND xã' holds the post; 'Bí thư Huyện ủy Cao Lãnh – Nguyễn Văn A' names the "
        "district, then the person after the dash",
        (
            Example(
                "Ông Đặng Văn Phú trúng cử chức vụ Chủ tịch UBND xã Tân Mỹ.",
                (entity("official", "Đặng Văn Phú", "Chủ tịch UBND xã Tân Mỹ"),),
            ),
        ),
    ),
    Rule(
        "bodies.not_a_person_s_unit",
        "loaders/extract/bodies.py: without_people (_UNIT_OF_TWO), _NAMED_BODY ('Phường' capitalised)",
        "a committee named with its level word and then an official's two-syllable name ('Phó Bí thư Thường trực Đảng "
        "ủy phường Lê Hùng') is the ward's committee, the one the text names with its ward; 'Đảng ủy Phường X' and a "
        "bare 'Đảng ủy phường' are one body",
        (
            Example(
                "Đảng ủy phường Phú Lợi tổ chức hội nghị. Phó Bí thư Thường trực Đảng ủy phường Đỗ Minh trao quà.",
                (entity("organization", "Đảng ủy phường Phú Lợi"),),
            ),
        ),
    ),
    Rule(
        "meetings.at_the_congress",
        "loaders/extract/meetings.py: _congresses (_at_the_congress_that_day, _AT_BEFORE)",
        "a sentence that opens with its day and tells what happened 'tại Đại hội ...' reports the congress that day",
        (
            Example(
                "Ngày 22/8, tại Đại hội đại biểu Đảng bộ xã Phú Lộc lần thứ I, ông Trần Văn Nhân được bầu làm Bí thư.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ xã", "2025-08-22", "đại hội"),),
                "2025-08",
            ),
        ),
    ),
    Rule(
        "meetings.ward_congress_and_results",
        "loaders/extract/meetings.py: _UNIT_HOLDS_CONGRESS (_congresses), extract_meetings ('kết quả' before a "
        "session), _DELEGATION ('TP'); bodies.py: _TITLE_WORD_FIRST, _place_before_person, _STEERING_STOPS ('chúc')",
        "'phường X (Hà Nội) tổ chức Đại hội đại biểu lần thứ nhất' is the ward's Party congress; 'báo cáo kết quả Kỳ "
        "họp thứ 9' names no session held; a board's list of members ('Ban Thường vụ Thành ủy: Phó Chủ tịch ...') "
        "names no units; a ward's name stops before its secretary's ('phường Cầu Giấy Hà Minh Châu')",
        (
            Example(
                "Sáng 15/8, phường Kim Liên (Hà Nội) tổ chức Đại hội đại biểu lần thứ nhất.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ phường", "2025-08-15", "đại hội"),),
                "2025-08",
            ),
        ),
    ),
    Rule(
        "people.not_inside_places",
        "loaders/extract/people.py: without_places (called by extract), _province_across (find_people)",
        "a name read inside a longer unit's name is no person ('Đảng ủy xã Phú Sơn Lâm Hà thông qua': 'Lâm Hà' is the "
        "commune's); a holder named after a two-word province starts after it ('tỉnh Tây Ninh Nguyễn Thanh A')",
        (
            Example(
                "Chủ tịch UBMTTQ Việt Nam tỉnh Tây Ninh Trần Văn Khải phát biểu.",
                (entity("official", "Trần Văn Khải", "Chủ tịch UBMTTQ Việt Nam tỉnh Tây Ninh"),),
            ),
        ),
    ),
    Rule(
        "meetings.new_year_visit",
        "loaders/extract/meetings.py: _CONGRATULATED_BEFORE ('chúc Tết'); lexicon BODY_PATTERNS (Ban Quản lý dự án khu "
        "vực N)",
        "a delegation that visits a committee to wish it a happy New Year ('đến thăm và chúc Tết Thành ủy ...') holds "
        "the host's meeting, as one that congratulates it does",
        (
            Example(
                "Sáng 6/2, đoàn công tác tỉnh Sóc Trăng đã đến thăm và chúc Tết Thành ủy và UBND TP Cần Thơ.",
                (entity("meeting", "Thành ủy", "2024-02-06", "phiên họp"),),
                "2024-02",
            ),
        ),
    ),
    # --- the southern provinces' plans, decisions and news (s15-impl5) --------------------------------------------
    Rule(
        "implements.purpose_letter",
        "loaders/extract/relations.py: purpose_letter (_LETTER_FOR)",
        "a letter ('văn bản số', 'công văn số') issued in the main clause after a purpose cue that opens the sentence "
        "carries out the document of the cue ('Thực hiện Kế hoạch A, UBND tỉnh vừa ban hành văn bản số B ...')",
        (
            Example(
                "Triển khai Kế hoạch số 77-KH/TU ngày 4/5/2024 của Ban Thường vụ Tỉnh ủy, UBND tỉnh đã ban hành Công "
                "văn số 1820/UBND-NC đề nghị các sở, ngành tổ chức thực hiện.",
                (relation("IMPLEMENTS", "1820/UBND-NC", "77-KH/TU"),),
            ),
        ),
    ),
    Rule(
        "resolutions.dateline_ends_title",
        "loaders/extract/resolutions.py: _WRAP_GOES_ON",
        "a headline's description does not read on over a line that opens with a date or a time (the article's "
        "dateline), as it does over a wrapped line that opens with a number ('giai đoạn\\n2021-2025')",
        (
            Example(
                "Tỉnh ủy ban hành Nghị quyết về phát triển kinh tế biển năm 2025\n08/01/2025 09:30 SA\n\nNgày 6/1, "
                "Tỉnh ủy đã ban hành nghị quyết này.",
                (entity("resolution", "Nghị quyết về phát triển kinh tế biển năm 2025"),),
            ),
        ),
    ),
    Rule(
        "resolutions.congress_unit_named_again",
        "loaders/extract/resolutions.py: _same (_unit_named_again)",
        "a congress resolution named once with its unit ('Đảng bộ tỉnh Gia Lai lần thứ XV') and once by its level "
        "alone ('Đảng bộ tỉnh lần thứ XV') is one document; two named units are two",
        (
            Example(
                "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI đề ra ba đột phá. Các cấp đã cụ thể hóa "
                "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI thành các chương trình.",
                (entity("resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI"),),
            ),
        ),
    ),
    Rule(
        "resolutions.six_digit_number",
        "loaders/extract/resolutions.py: STATE",
        "a state document's number of six digits with a leading zero, as some provinces number their letters "
        "('Công văn số 010094/UBND-TH')",
        (
            Example(
                "Xét Công văn số 004512/UBND-TH ngày 9 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh về việc giải trình.",
                (entity("resolution", "004512/UBND-TH"),),
            ),
        ),
    ),
    Rule(
        "resolutions.congress_of_tp",
        "loaders/extract/resolutions.py: _NAMED_AFTER_KIND",
        "a city's congress resolution with the city written 'TP.' ('Nghị quyết Đại hội đại biểu Đảng bộ TP. Bến Tre "
        "nhiệm kỳ 2010-2015')",
        (
            Example(
                "Toàn Đảng bộ quyết tâm hoàn thành Nghị quyết Đại hội đại biểu Đảng bộ TP. Cà Mau nhiệm kỳ 2020-2025.",
                (entity("resolution", "Nghị quyết Đại hội đại biểu Đảng bộ TP. Cà Mau nhiệm kỳ 2020-2025"),),
            ),
        ),
    ),
    Rule(
        "resolutions.not_a_document_word",
        "loaders/extract/resolutions.py: _DESCRIBED_START ('Báo cáo viên', 'Quy chế làm việc của đại hội'), "
        "_MINISTRY_BEFORE",
        "words that open like a document and are none: a Party lecturer ('Báo cáo viên'), a congress's rules of "
        "procedure in lower case ('Quy chế làm việc của đại hội'), the ministry written with a dash ('Bộ Kế hoạch - "
        "Đầu tư')",
        (
            Example(
                "Theo Kế hoạch số 12-KH/BTG, Ban Tuyên giáo tổ chức Hội thi Báo cáo viên giỏi năm 2023 (only the "
                "plan is a document; test_lineage_south.py checks the lecturer and the ministry are none).",
                (entity("resolution", "12-KH/BTG"),),
            ),
        ),
    ),
    Rule(
        "resolutions.ends_before_time_of_day",
        "loaders/extract/resolutions.py: _CLAUSE_END",
        "a described document ends before the time of the event reported after it ('..., sáng ngày 2/2, tại ...')",
        (
            Example(
                "Thực hiện Kế hoạch của Huyện ủy về chuyển đổi số năm 2024, chiều 14/3, Đảng ủy xã tổ chức hội nghị.",
                (entity("resolution", "Kế hoạch của Huyện ủy về chuyển đổi số năm 2024"),),
            ),
        ),
    ),
    Rule(
        "resolutions.law_ends_before_manner",
        "loaders/extract/resolutions.py: _NEW_CLAUSE",
        "a law named by title ends before how it is carried out ('triển khai thi hành Luật Thủ đô kịp thời, đồng bộ "
        "...'); no title has these words",
        (
            Example(
                "Để triển khai thi hành Luật Địa chất và khoáng sản nghiêm túc, thống nhất, UBND tỉnh ban hành Kế "
                "hoạch số 310/KH-UBND.",
                (entity("resolution", "Luật Địa chất và khoáng sản"),),
            ),
        ),
    ),
    Rule(
        "resolutions.listed_item",
        "loaders/extract/resolutions.py: described (_LIST_ITEM)",
        "a resolution on a list item of its own line, named by what it does ('a) Nghị quyết quy định chế độ công tác "
        "phí ...', '- Nghị quyết phân cấp nguồn thu ...'), as after a list's colon",
        (
            Example(
                "Kỳ họp xem xét các dự thảo nghị quyết sau đây.\nb) Nghị quyết quy định mức thu học phí năm học "
                "2025-2026 trên địa bàn tỉnh.",
                (entity("resolution", "Nghị quyết quy định mức thu học phí năm học 2025-2026 trên địa bàn tỉnh"),),
            ),
        ),
    ),
    Rule(
        "resolutions.glued_number_held",
        "loaders/extract/resolutions.py: _held_symbol (_OWN_NUMBER_HELD, _SYMBOL_HELD)",
        "a description that holds a numbered document's symbol is that document, also when a copy glues 'số' to the "
        "word before or puts a space after the dash ('Báo cáo thẩm trasố 46/BC- HĐND')",
        (
            Example(
                "Xét Báo cáo thẩm trasố 77/BC- HĐND ngày 4 tháng 7 năm 2014 của Ban Pháp chế Hội đồng nhân dân tỉnh.",
                (entity("resolution", "77/BC-HĐND"),),
            ),
        ),
    ),
    Rule(
        "implements.letter_on",
        "loaders/extract/relations.py: letter_carries_out (_LETTER_ON)",
        "a letter about carrying a document out ('Công văn số A (ngày ... của X) về việc triển khai / chỉ đạo triển "
        "khai thực hiện / hướng dẫn thực hiện B') carries B out; not one that reports on it",
        (
            Example(
                "UBND tỉnh Bến Tre có Công văn số 1456/UBND-TH ngày 3/5/2024 về việc triển khai thực hiện Chỉ thị số "
                "08/CT-TTg của Thủ tướng Chính phủ.",
                (relation("IMPLEMENTS", "1456/UBND-TH", "08/CT-TTg"),),
            ),
        ),
    ),
    Rule(
        "resolutions.congress_in_other_words",
        "loaders/extract/resolutions.py: _same (_ORDINAL_WORD, _term_years, _by_term_again)",
        "a congress resolution named again in other words is the one named before: its number in words ('lần thứ "
        "nhất' = 'lần thứ I'), or its term alone ('Đảng bộ tỉnh nhiệm kỳ 2020 - 2025'); two terms are two congresses",
        (
            Example(
                "Nghị quyết Đại hội Đảng bộ tỉnh Đồng Tháp lần thứ I, nhiệm kỳ 2025-2030 xác định 5 đột phá. Tỉnh "
                "quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ nhất.",
                (entity("resolution", "Nghị quyết Đại hội Đảng bộ tỉnh Đồng Tháp lần thứ I, nhiệm kỳ 2025-2030"),),
            ),
        ),
    ),
    Rule(
        "resolutions.ends_before_its_parts",
        "loaders/extract/resolutions.py: _CLAUSE_END",
        "a described document ends before what it is made of ('Quy chế làm việc của UBND tỉnh gồm IX chương, 47 "
        "điều, ...'), so that it is the one named before",
        (
            Example(
                "Quy chế làm việc của Ban Thường vụ Tỉnh ủy Lâm Đồng gồm 6 chương, 30 điều, có hiệu lực từ ngày ký.",
                (entity("resolution", "Quy chế làm việc của Ban Thường vụ Tỉnh ủy Lâm Đồng"),),
            ),
        ),
    ),
    # --- s15: north-east, Red River delta, central coast (tests/unit/extract/test_delta_northeast_meetings.py) ---
    Rule(
        "bodies.procuracy_and_military_command_of_province",
        "loaders/extract/lexicon.py: BODY_PATTERNS (VKSND/TAND tỉnh, Bộ chỉ huy quân sự tỉnh)",
        "a province's procuracy or court, abbreviated or written out, and its military command in lower case, as "
        "the bodies inside posts ('Viện trưởng VKSND tỉnh', 'Chính ủy Bộ chỉ huy quân sự tỉnh')",
        (
            Example(
                "Ông Lê Văn Hùng - Viện trưởng VKSND tỉnh và Đại tá Trần Văn Việt - Chính ủy Bộ chỉ huy quân sự tỉnh.",
                (entity("organization", "VKSND tỉnh"), entity("organization", "Bộ chỉ huy quân sự tỉnh")),
                "2025-09",
            ),
        ),
    ),
    Rule(
        "meetings.congress_of_peoples_committee_party",
        "loaders/extract/meetings.py: _UNIT, _congresses; bodies.py: _UNIT_BODY, extract_organizations",
        "the congress of the Party organization of a provincial People's Committee written out in capitals "
        "('Đại hội đại biểu Đảng bộ Ủy ban Nhân dân tỉnh X lần thứ I'): the congress's body without the province, "
        "and the Party organization a body even inside the congress's name",
        (
            Example(
                "Ngày 5/8, đã diễn ra phiên chính thức Đại hội đại biểu Đảng bộ Ủy ban Nhân dân tỉnh Hà Nam lần thứ I.",
                (
                    entity("meeting", "Đại hội đại biểu Đảng bộ Ủy ban Nhân dân tỉnh", "2025-08-05", "đại hội"),
                    entity("organization", "Đảng bộ Ủy ban Nhân dân tỉnh Hà Nam"),
                ),
                "2025-08",
            ),
        ),
    ),
    Rule(
        "bodies.committee_name_stops_at_guests",
        "loaders/extract/bodies.py: steering_committees (_STEERING_STOPS, the comma's words)",
        "a sub-committee's or steering committee's name ends before a list of guests after a comma ('..., lãnh đạo "
        "các sở', ', đại diện ...') and before 'và các' ('Tiểu ban Văn kiện Đại hội và các cấp, các ngành')",
        (
            Example(
                "Dự thảo đang được Tiểu ban Văn kiện Đại hội và các cấp, các ngành góp ý.",
                (entity("organization", "Tiểu ban Văn kiện Đại hội"),),
                "2025-09",
            ),
        ),
    ),
    Rule(
        "people.former_unit_after_committee",
        "loaders/extract/people.py: _UNIT_NAME_ENDS",
        "two syllables after a post ending on a unit ('Bí thư Quận ủy', 'Chủ tịch UBND huyện') then 'cũ' or '(cũ)' "
        "are a unit merged away, not a person ('Bí thư Quận ủy Lê Chân cũ')",
        (
            Example(
                "Ông Nguyễn Văn Nam từng giữ chức Bí thư Quận ủy Lê Chân cũ.",
                (entity("organization", "Quận ủy Lê Chân"),),
                "2025-10",
            ),
        ),
    ),
    Rule(
        "meetings.congress_with_province_after_comma",
        "loaders/extract/meetings.py: _CONGRESS (_PROVINCE_NAMES)",
        "a commune's Party organization holding its congress with its province after a comma, the level word left "
        "out ('Đảng bộ xã Yên Phong, Bắc Ninh tổ chức Đại hội đại biểu lần thứ nhất')",
        (
            Example(
                "Trong 2 ngày 11 - 12/8, Đảng bộ xã Tân Lập, Phú Thọ tổ chức Đại hội đại biểu lần thứ nhất.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ xã", "2025-08-11", "đại hội"),),
                "2025-08",
            ),
        ),
    ),
    Rule(
        "meetings.congress_attended_by_delegates",
        "loaders/extract/meetings.py: _CONGRESS_SITS",
        "a congress said to have its delegates present sits ('Đại hội đại biểu Đảng bộ phường X lần thứ I, nhiệm kỳ "
        "2025-2030, có sự tham dự của 191 đại biểu chính thức')",
        (
            Example(
                "Ngày 21/8, Đại hội đại biểu Đảng bộ phường Đông Sơn lần thứ I có sự tham dự của 180 đại biểu.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ phường", "2025-08-21", "đại hội"),),
                "2025-08",
            ),
        ),
    ),
    Rule(
        "people.prefixed_name_then_title",
        "loaders/extract/people.py: _name_before_titles, _TITLES_RIGHT_AFTER",
        "a prefixed name whose fourth syllable starts a title written right after it without a comma ('Ông Nghiêm "
        "Văn Hải Phó Chủ tịch HĐND tỉnh thông tin'): the name is three syllables, the title follows",
        (
            Example(
                "Ông Nghiêm Văn Hải Phó Chủ tịch HĐND tỉnh thông tin tại buổi họp báo.",
                (entity("official", "Nghiêm Văn Hải", "Phó Chủ tịch HĐND tỉnh"),),
                "2025-12",
            ),
        ),
    ),
    Rule(
        "bodies.ward_boards_and_numbered_teams",
        "loaders/extract/lexicon.py: BODY_PATTERNS (Đoàn kiểm tra, giám sát số N; Ủy ban Kiểm tra Đảng ủy phường; Ban "
        "Tuyên giáo và Dân vận tỉnh; UB MTTQ; not 'Trung tâm Tổ chức Hội nghị')",
        "a numbered team that inspects and supervises, a ward's or commune's inspection committee, the province's "
        "board named by the province, the Front's committee abbreviated by halves; a conference centre is a venue",
        (
            Example(
                "Sáng 2/3, Đoàn kiểm tra, giám sát số 12 tổ chức hội nghị. Ông Lê Văn An, Chủ nhiệm Ủy ban Kiểm tra "
                "Đảng ủy phường, và bà Trần Thị Bình, Trưởng Ban Tuyên giáo và Dân vận tỉnh, dự.",
                (
                    entity("organization", "Đoàn kiểm tra, giám sát số 12"),
                    entity("organization", "Ủy ban Kiểm tra Đảng ủy phường"),
                    entity("organization", "Ban Tuyên giáo và Dân vận tỉnh"),
                ),
                "2026-03",
            ),
        ),
    ),
    Rule(
        "bodies.committee_abbreviations_in_brackets",
        "loaders/extract/bodies.py: steering_committees (_STEERING, _STEERING_ABBREVIATION); lexicon.py: BODY_PATTERNS",
        "a working team written 'Tổ Công tác', a steering committee whose name holds abbreviations in brackets (read "
        "without them), a sub-committee that 'tổ chức họp', the Front's committee with the country as 'VN'",
        (
            Example(
                "Chiều 1/8, Ban Chỉ đạo (BCĐ) về phát triển khoa học, công nghệ (KHCN) và chuyển đổi số tỉnh Cao Bằng "
                "tổ chức kỳ họp lần thứ hai. Tổ Công tác số 3 của Bộ Chính trị làm việc với tỉnh.",
                (
                    entity(
                        "organization", "Ban Chỉ đạo về phát triển khoa học, công nghệ và chuyển đổi số tỉnh Cao Bằng"
                    ),
                    entity("organization", "Tổ Công tác số 3 của Bộ Chính trị"),
                ),
                "2025-08",
            ),
        ),
    ),
    Rule(
        "meetings.hosts_listed_after_representatives",
        "loaders/extract/meetings.py: _HOST_BEFORE; bodies.py: bracketed_bodies (steering committees)",
        "a team working with 'đại diện các Ban Thường vụ Tỉnh ủy A, B' meets at the first host's; a steering "
        "committee written with abbreviations in brackets holds the session it 'tổ chức'",
        (
            Example(
                "Ngày 9/9, Tổ Công tác số 3 của Bộ Chính trị làm việc với đại diện các Ban Thường vụ Tỉnh ủy Cao Bằng, "
                "Lạng Sơn.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2025-09-09", "phiên họp"),),
                "2025-09",
            ),
        ),
    ),
    Rule(
        "people.counted_post_holders_listed",
        "loaders/extract/people.py: _COUNTED_TITLE",
        "a counted post whose holders are listed after 'là / gồm (các ông)' and a colon, a holder's own post in "
        "brackets passed over ('5 Phó Chủ tịch là các ông: A (Phó Chủ tịch Thường trực), B, C')",
        (
            Example(
                "Cụ thể, 4 Phó Chủ tịch là các ông: Lê Văn Huy (Phó Chủ tịch Thường trực), Trần Hùng Nam, Phạm "
                "Văn Sơn.",
                (
                    entity("official", "Trần Hùng Nam", "Phó Chủ tịch"),
                    entity("official", "Phạm Văn Sơn", "Phó Chủ tịch"),
                ),
                "2025-11",
            ),
        ),
    ),
    Rule(
        "meetings.session_chaired_on_its_day",
        "loaders/extract/meetings.py: _CHAIRS_A_SESSION, _add_chaired_session",
        "another session in a sentence that opens with its own day and names no body, held by the body its chair's "
        "office implies ('Ngày 25/7, đồng chí A, Chủ tịch HĐND tỉnh chủ trì phiên họp thường kỳ tháng 7')",
        (
            Example(
                "Sáng 29/7, Tổ đại biểu HĐND tỉnh số 3 tiếp xúc cử tri. Ngày 25/7, đồng chí Lê Văn Tịnh, Chủ tịch HĐND "
                "tỉnh chủ trì phiên họp thường kỳ tháng 7.",
                (entity("meeting", "HĐND tỉnh", "2025-07-25", "phiên họp"),),
                "2025-07",
            ),
        ),
    ),
    Rule(
        "bodies.foreign_ministry_and_general_departments",
        "loaders/extract/bodies.py: _STOP_WORDS ('giao' not after 'Ngoại'); lexicon.py: BODY_PATTERNS (Tổng cục)",
        "the Ministry of Foreign Affairs named whole ('Bộ Ngoại giao', where 'giao' elsewhere is the verb that ends a "
        "name) and a general department ('Tổng cục Chính trị', 'Tổng cục Thuế')",
        (
            Example(
                "Ông Lê Văn Trung, Quyền Bộ trưởng Bộ Ngoại giao; ông Trịnh Văn An, Chủ nhiệm Tổng cục Chính trị dự.",
                (entity("organization", "Bộ Ngoại giao"), entity("organization", "Tổng cục Chính trị")),
            ),
        ),
    ),
    Rule(
        "people.elected_after_a_comma",
        "loaders/extract/people.py: _APPOINTED",
        "a name elected or appointed with a comma before the appointment and no title between ('bầu bà A, giữ chức "
        "Phó Chủ tịch HĐND xã'); with a title between, the old reading stays",
        (
            Example(
                "Tại kỳ họp, các đại biểu bầu bà Lê Thị Tươm, giữ chức Phó Chủ tịch Hội đồng nhân dân xã.",
                (entity("official", "Lê Thị Tươm", "Phó Chủ tịch Hội đồng nhân dân xã"),),
                "2021-06",
            ),
        ),
    ),
    Rule(
        "bodies.committees_of_listed_provinces",
        "loaders/extract/bodies.py: _more_units (a Tỉnh ủy's list of provinces), extract_organizations",
        "a provincial committee named with a list of provinces names each province's ('Ban Thường vụ Tỉnh ủy Tây "
        "Ninh, Tuyên Quang': two standing boards; one body per province named)",
        (
            Example(
                "Tổ Công tác số 3 làm việc với đại diện các Ban Thường vụ Tỉnh ủy Cao Bằng, Lạng Sơn.",
                (
                    entity("organization", "Ban Thường vụ Tỉnh ủy Cao Bằng"),
                    entity("organization", "Ban Thường vụ Tỉnh ủy Lạng Sơn"),
                ),
                "2025-09",
            ),
        ),
    ),
    Rule(
        "meetings.subcommittee_of_the_congress_meets",
        "loaders/extract/meetings.py: _CONGRESS_OF_SUBCOMMITTEE, _CUE_THEN_BODY; bodies.py: steering_committees",
        "a sub-committee named for the congress meets and the congress does not sit ('Tiểu ban Tuyên truyền – Khánh "
        "tiết Đại hội Đại biểu Đảng bộ tỉnh lần thứ XVI tổ chức họp'; the dash between two capitalised parts is in "
        "the name, ', giai đoạn' is not); a council session with its kind in brackets ('kỳ họp thứ 3 (kỳ họp chuyên "
        "đề), HĐND TP X')",
        (
            Example(
                "Sáng 3/1, Tiểu ban Tuyên truyền – Khánh tiết Đại hội Đại biểu Đảng bộ tỉnh lần thứ XVI tổ chức họp.",
                (
                    entity(
                        "organization", "Tiểu ban Tuyên truyền – Khánh tiết Đại hội Đại biểu Đảng bộ tỉnh lần thứ XVI"
                    ),
                ),
                "2025-01",
            ),
            Example(
                "Ngày 8/9, tại kỳ họp thứ 3 (kỳ họp chuyên đề), HĐND TP Đà Nẵng khóa X bầu Chủ tịch UBND thành phố.",
                (entity("meeting", "HĐND thành phố", "2025-09-08", "kỳ họp"),),
                "2025-09",
            ),
        ),
    ),
    Rule(
        "people.city_written_after_the_dot",
        "loaders/extract/people.py: _TITLE_THEN_NAME",
        "a post of a city whose name is written right after 'TP.', then its holder ('Chủ tịch HĐND TP.Đà Nẵng Ngô "
        "Xuân Thắng')",
        (
            Example(
                "Theo Chủ tịch HĐND TP.Đà Nẵng Ngô Xuân Thắng, kỳ họp này có ý nghĩa đặc biệt.",
                (entity("official", "Ngô Xuân Thắng", "Chủ tịch HĐND TP.Đà Nẵng"),),
            ),
        ),
    ),
    Rule(
        "people.post_left_with_bracketed_term",
        "loaders/extract/people.py: _POST_OF",
        "a post named in a personnel decision with its term in brackets before its holder ('miễn nhiệm chức danh Chủ "
        "tịch UBND TP X khóa X (nhiệm kỳ 2021 - 2026) đối với ông A')",
        (
            Example(
                "HĐND miễn nhiệm chức danh Chủ tịch UBND TP Đà Nẵng khóa X (nhiệm kỳ 2021 - 2026) đối với ông Lương "
                "Văn Minh Triết.",
                (entity("official", "Lương Văn Minh Triết", "Chủ tịch UBND TP Đà Nẵng"),),
                "2025-09",
            ),
        ),
    ),
    Rule(
        "meetings.inspection_findings_on_host",
        "loaders/extract/meetings.py: _hosted (_INSPECTED_AFTER_TOPIC, _INSPECTION_TEAM)",
        "an inspection team that works with or announces to the body its findings are about, the topic between "
        "('Đoàn kiểm tra ... đã làm việc, thông báo dự thảo báo cáo kết quả kiểm tra công tác ... đối với Ban Thường "
        "vụ Tỉnh ủy X'): the host's session (not the team's own meeting on its report)",
        (
            Example(
                "Ngày 4/1, Đoàn kiểm tra số 12 của Bộ Chính trị đã làm việc, thông báo dự thảo báo cáo kết quả kiểm "
                "tra công tác lãnh đạo, chỉ đạo, tổ chức thực hiện Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII "
                "của Đảng đối với Ban Thường vụ Tỉnh ủy Cao Bằng.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2025-01-04", "phiên họp"),),
                "2025-01",
            ),
        ),
    ),
    Rule(
        "meetings.earlier_session_vao_day",
        "loaders/extract/meetings.py: _OPENING_DATE",
        "another session in a sentence that opens with 'Trước đó (,) vào <buổi> <ngày>' ('Trước đó vào chiều 9/11, "
        "Tỉnh ủy X tổ chức hội nghị ...', 'Trước đó, vào sáng 8/11, Ban Thường vụ Tỉnh ủy X họp')",
        (
            Example(
                "Ngày 10/11, HĐND tỉnh Cao Bằng tổ chức kỳ họp thứ 30. Trước đó vào chiều 9/11, Tỉnh ủy Cao Bằng tổ "
                "chức hội nghị công bố quyết định của Ban Bí thư.",
                (entity("meeting", "Tỉnh ủy", "2025-11-09", "hội nghị"),),
                "2025-11",
            ),
        ),
    ),
    Rule(
        "assigned.those",
        "loaders/extract/relations.py: investor_of_those (_THOSE_PROJECTS, _INVESTOR_AFTER)",
        "'Những dự án trên do X làm chủ đầu tư' opening its sentence: X invests in every project of the last sentence "
        "before that names projects",
        (
            Example(
                "Các trường xây dựng gồm: Mầm non Hoa Sen (4.000 m2, xã Bình Lợi), Tiểu học Kim Đồng (xã Tân Nhựt)."
                "\n\nNhững dự án trên do Ban Quản lý dự án đầu tư xây dựng huyện Bình Chánh làm chủ đầu tư.",
                (
                    relation("ASSIGNED_TO", "Mầm non Hoa Sen", "Ban Quản lý dự án đầu tư xây dựng huyện Bình Chánh"),
                    relation("ASSIGNED_TO", "Tiểu học Kim Đồng", "Ban Quản lý dự án đầu tư xây dựng huyện Bình Chánh"),
                ),
            ),
        ),
    ),
    Rule(
        "assigned.chosen",
        "loaders/extract/relations.py: chosen_investors (_CHOSEN, _VENTURE)",
        "'liên danh A - B - C được chọn làm nhà đầu tư thực hiện dự án Y': each company of the venture after 'liên "
        "danh' invests in Y (the project named right after)",
        (
            Example(
                "Theo quyết định, liên danh Tập đoàn Hoàng Sa - Công ty CP Trường Sa - Công ty CP Bạch Đằng được "
                "chọn làm nhà đầu tư thực hiện dự án Khu đô thị hồ Đầm Sen.",
                (
                    relation("ASSIGNED_TO", "Dự án Khu đô thị hồ Đầm Sen", "Tập đoàn Hoàng Sa"),
                    relation("ASSIGNED_TO", "Dự án Khu đô thị hồ Đầm Sen", "Công ty CP Trường Sa"),
                ),
            ),
        ),
    ),
    Rule(
        "projects.built_list",
        "loaders/extract/projects.py: _BUILT_LIST, _add_listed",
        "a list of works of one kind being built, the kind said once before the colon ('Các trường xây dựng gồm: "
        "Mầm non A (xã B), Tiểu học C'): each capitalised item is a project (a verb of building is needed)",
        (
            Example(
                "Các trường được xây mới gồm: Mầm non Họa Mi (xã Long Thới), Tiểu học Nguyễn Bỉnh Khiêm (xã Hiệp "
                "Phước).",
                (entity("project", "Mầm non Họa Mi"), entity("project", "Tiểu học Nguyễn Bỉnh Khiêm")),
            ),
        ),
    ),
    Rule(
        "projects.complex",
        "loaders/extract/projects.py: _COMPLEX, _COMPLEX_END, _LAST_CAPITAL",
        "a complex named by its parts and then its brand ('Tổ hợp Trung tâm thương mại – căn hộ cao cấp X Tower'): "
        "a project, its name up to its last capitalised word before a verb or link; never 'tổ hợp tác'",
        (
            Example(
                "Tổ hợp khách sạn, căn hộ Biển Xanh tại phường Lộc Thọ được khởi công.",
                (entity("project", "Tổ hợp khách sạn, căn hộ Biển Xanh"),),
            ),
        ),
    ),
    Rule(
        "places.counted_then_la",
        "loaders/extract/places.py: _COUNTED_THEN_LA, _unit_lists",
        "a counted list whose names come after a clause about them and 'là', with no colon ('3 huyện còn lại của "
        "tỉnh X là A, B và C'): each is a unit of the count's level",
        (
            Example(
                "Hai huyện được chọn làm điểm của tỉnh là Lạc Dương, Đam Rông.",
                (entity("locality", "Lạc Dương", "huyện"), entity("locality", "Đam Rông", "huyện")),
            ),
        ),
    ),
    Rule(
        "places.unit_then_its_province",
        "loaders/extract/places.py: extract_localities (_is_province)",
        "a unit whose name is followed by its province after a dash ('thị xã Tân Châu - An Giang') is the unit alone",
        (
            Example(
                "Tuyến đường nối thị xã Tân Châu - An Giang với cửa khẩu.", (entity("locality", "Tân Châu", "thị xã"),)
            ),
        ),
    ),
    Rule(
        "bodies.names_as_written",
        "loaders/extract/bodies.py: unwritten_full_names; loaders/extract/__init__.py: _names_as_written",
        "a department named with its second half abbreviated ('Sở Nông nghiệp và PTNT', 'Sở Kế hoạch và ĐT') keeps "
        "that form unless the text also writes the full one (GOLD_FORMAT: the fullest form in the text), in bodies, "
        "relation ends, meetings' bodies, titles and issuers",
        (
            Example(
                "UBND tỉnh giao Sở Tài nguyên và MT chủ trì thực hiện Đề án số 07-ĐA/TU.",
                (entity("organization", "Sở Tài nguyên và MT"),),
            ),
            Example(
                "Bà Lê Thị Hoa, Giám đốc Sở Khoa học và Công nghệ, cho biết Sở Khoa học và CN đã trình đề án.",
                (entity("organization", "Sở Khoa học và Công nghệ"),),
            ),
        ),
    ),
    # --- meetings, officials and bodies of north-western, north-central and highland articles (s16) ------
    Rule(
        "people.north_western_surnames",
        "loaders/extract/lexicon.py: SURNAMES (the Hmong, Dao, Thai, Giay and Lu peoples' surnames)",
        "a person of the north-western peoples named after a title, from a surname the lexicon knows ('Phó Chủ tịch "
        "HĐND tỉnh Chá A Của', 'Tẩn Láo Lở', 'Sình Văn Dũng')",
        (
            Example(
                "Chiều 2/7, Phó Chủ tịch UBND tỉnh Sình Văn Hưng chủ trì cuộc họp về giải ngân vốn đầu tư công.",
                (entity("official", "Sình Văn Hưng", "Phó Chủ tịch UBND tỉnh"),),
                "2024-07",
            ),
        ),
    ),
    Rule(
        "people.lower_case_deputy_posts",
        "loaders/extract/lexicon.py: LOWER_POSTS ('(?<=Phó )chánh Văn phòng', '(?<=Phó )trưởng ban'); people.py: "
        "_BODY_WORD (the science and technology union), _NAMED_SCHOOL_END, _person_after_named_school",
        "a deputy's post in lower case after 'Phó' ('Phó chánh Văn phòng UBND tỉnh', 'Phó trưởng ban phụ trách'); "
        "the science and technology union in a title ('Phó Chủ tịch Liên hiệp các hội khoa học và kỹ thuật tỉnh A'); "
        "a school named after a person between the principal's post and his name ('Hiệu trưởng Trường Chính trị Trần "
        "Phú Đinh Quốc Thị': Đinh Quốc Thị)",
        (
            Example(
                "Ông Lường Văn Tâm, Phó chánh Văn phòng UBND tỉnh Sơn La, đọc quyết định.",
                (entity("official", "Lường Văn Tâm", "Phó chánh Văn phòng UBND tỉnh Sơn La"),),
                "2024-05",
            ),
            Example(
                "Hiệu trưởng Trường Chính trị Lê Hồng Phong Nguyễn Thị Thu phát biểu khai mạc lớp học.",
                (entity("official", "Nguyễn Thị Thu", "Hiệu trưởng Trường Chính trị Lê Hồng Phong"),),
                "2024-05",
            ),
        ),
    ),
    Rule(
        "bodies.border_gate_zone_and_office_party",
        "loaders/extract/lexicon.py: BODY_PATTERNS (Ban Quản lý khu kinh tế cửa khẩu, Ủy ban Văn hóa - Xã hội, Liên "
        "hiệp Các hội, Ban chấp hành trung ương); bodies.py: _PARTY_OF_UNIT (Đảng bộ Cơ quan), "
        "_PROVINCE_OF_NEXT_TITLE, "
        "_STOP_WORDS ('đối với', 'mong'), _STEERING_STOPS (adverbs)",
        "a border-gate economic zone's board with its province after a dash; the Party organization of a body's office "
        "('Đảng bộ Cơ quan Ủy ban MTTQ Việt Nam tỉnh X'); 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X' names Tỉnh ủy X; a "
        "name ends before 'đối với ông A' and a team's before an adverb ('Đoàn công tác cũng sẽ ...')",
        (
            Example(
                "Bổ nhiệm Phó trưởng Ban Quản lý khu kinh tế cửa khẩu Ma Lù Thàng - Lai Châu đối với ông Vàng A Dế.",
                (entity("organization", "Ban Quản lý khu kinh tế cửa khẩu Ma Lù Thàng - Lai Châu"),),
                "2024-06",
            ),
            Example(
                "Sáng 22/7, Đảng bộ Cơ quan UBND tỉnh Sơn La tổ chức Đại hội khóa I, nhiệm kỳ 2025 – 2030.",
                (
                    entity("organization", "Đảng bộ Cơ quan UBND tỉnh Sơn La"),
                    entity("meeting", "Đại hội đại biểu Đảng bộ Cơ quan UBND tỉnh", "2025-07-22", "đại hội"),
                ),
                "2025-07",
            ),
            Example(
                "Dự có ông Lê Văn Hà - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An; ông Trần Văn Lợi - Bí thư Tỉnh ủy, "
                "Chủ tịch HĐND tỉnh Thanh Hóa.",
                (entity("organization", "Tỉnh ủy Nghệ An"), entity("organization", "Tỉnh ủy Thanh Hóa")),
                "2024-05",
            ),
            Example(
                "Dự có ông Trần Văn An, Ủy viên Ban Thường vụ Đảng ủy Bộ Xây dựng, cùng đại diện Học viện Chính trị "
                "Công an nhân dân.",
                (
                    entity("organization", "Ban Thường vụ Đảng ủy Bộ Xây dựng"),
                    entity("organization", "Học viện Chính trị Công an nhân dân"),
                ),
                "2024-05",
            ),
        ),
    ),
    Rule(
        "meetings.congress_of_a_commune_with_its_parents",
        "loaders/extract/meetings.py: _CONGRESS (the unit's district and province after it)",
        "a commune's Party organization named with its district and province holds its congress ('Đảng bộ xã A, huyện "
        "B, tỉnh C, tổ chức Đại hội lần thứ XXI')",
        (
            Example(
                "Ngày 6/3, Đảng bộ xã Nà Tấu, huyện Điện Biên, tỉnh Điện Biên, tổ chức Đại hội lần thứ XXIII, nhiệm kỳ "
                "2020-2025.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ xã", "2020-03-06", "đại hội"),),
                "2020-03",
            ),
        ),
    ),
    Rule(
        "meetings.joint_and_listed_holders",
        "loaders/extract/meetings.py: _HOLDS (several provinces' committees counted and listed, 'phối hợp tổ chức', "
        "members listed after 'gồm'), _CUE_WORDS ('dưới sự chủ trì')",
        "a body that 'phối hợp tổ chức' a meeting holds it; 'Ban Thường vụ Tỉnh ủy 3 tỉnh A, B, C' holds the joint "
        "conference; 'Tổ đại biểu HĐND tỉnh gồm các đại biểu: ... đã tiếp xúc cử tri' meets its voters; 'dưới sự chủ "
        "trì của đồng chí A, Ban Thường vụ Tỉnh ủy thảo luận ...' is the board's session",
        (
            Example(
                "Sáng 14/6, Ban Thường vụ Tỉnh ủy 2 tỉnh Lai Châu và Điện Biên phối hợp tổ chức hội nghị ký kết chương "
                "trình hợp tác.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2024-06-14", "hội nghị"),),
                "2024-06",
            ),
            Example(
                "Chiều 9/11, Tổ đại biểu HĐND tỉnh gồm các đại biểu: Lò Văn Pản, Phó Chủ tịch UBND tỉnh; Quàng Thị "
                "Hoa, Bí thư Huyện ủy Tuần Giáo đã tiếp xúc cử tri huyện Tuần Giáo.",
                (entity("meeting", "Tổ đại biểu HĐND tỉnh", "2024-11-09", "phiên họp"),),
                "2024-11",
            ),
        ),
    ),
    Rule(
        "meetings.team_works_with_listed_units",
        "loaders/extract/meetings.py: _WORKS_WITH_LISTED_UNITS, _listed_hosts",
        "a working team that works with communes or wards listed by name holds the hosts' meeting: their Party "
        "committee ('Đoàn công tác ... làm việc với 3 xã: A, B, C'), or their people's committee for a government "
        "team ('Tổ công tác của UBND tỉnh ... làm việc với các phường: A, B')",
        (
            Example(
                "Chiều 21/7, Đoàn công tác của Ban Thường vụ Tỉnh ủy đã làm việc với 3 xã: Mường Tè, Bum Nưa, Mù Cả về "
                "vận hành chính quyền địa phương 2 cấp.",
                (entity("meeting", "Đảng ủy xã", "2025-07-21", "phiên họp"),),
                "2025-07",
            ),
        ),
    ),
    Rule(
        "meetings.chairs_and_co_organizes",
        "loaders/extract/meetings.py: _HOLDS ('chủ trì, phối hợp với'), _LISTED_PARTNER_BEFORE, _same_meeting "
        "(_STANDING); lexicon.py: BODY_PATTERNS (bracketed abbreviations)",
        "a department that 'chủ trì, phối hợp với X tổ chức hội nghị' holds it, and the later partners of 'A phối hợp "
        "với B, C tổ chức' hold none; 'Thường trực Hội đồng nhân dân (HĐND) tỉnh' holds its meeting, one with the "
        "council's that day",
        (
            Example(
                "Ngày 12/6/2024, Cục Văn hóa cơ sở (Bộ Văn hóa, Thể thao và Du lịch) chủ trì, phối hợp với Sở Văn hóa, "
                "Thể thao và Du lịch tỉnh Điện Biên tổ chức hội nghị tập huấn.",
                (entity("meeting", "Cục Văn hóa cơ sở", "2024-06-12", "hội nghị"),),
                "2024-06",
            ),
            Example(
                "Sáng 20/3, Thường trực Hội đồng nhân dân (HĐND) tỉnh tổ chức phiên họp thường kỳ tháng 3.",
                (
                    entity("organization", "Thường trực Hội đồng nhân dân tỉnh"),
                    entity("meeting", "Thường trực HĐND tỉnh", "2024-03-20", "phiên họp"),
                ),
                "2024-03",
            ),
        ),
    ),
    Rule(
        "people.degrees_and_abbreviated_memberships",
        "loaders/extract/lexicon.py: NAME_PREFIXES ('Tiến sỹ'), MEMBERSHIPS ('Ủy viên BCHTW Đảng', 'Ủy viên dự khuyết "
        "Ban chấp hành trung ương Đảng'), BODY_PATTERNS ('BCHTW Đảng')",
        "an official named after a degree spelled 'Tiến sỹ', or whose first title is a Central Committee membership "
        "abbreviated or in lower case",
        (
            Example(
                "Dự có ông Nguyễn Văn Lực, Ủy viên BCHTW Đảng, Bí thư Tỉnh ủy Hòa Bình.",
                (entity("official", "Nguyễn Văn Lực", "Bí thư Tỉnh ủy Hòa Bình"),),
                "2024-06",
            ),
        ),
    ),
    Rule(
        "text.capital_committee",
        "loaders/extract/text.py: Doc.of (_CAPITAL_UY)",
        "a Party committee written with a capital 'Ủy' after its unit word ('Tỉnh Ủy Bình Phước', 'Huyện Ủy', "
        "'Đảng Ủy xã') reads as the committee ('Tỉnh ủy'), never as the start of a person's name",
        (
            Example(
                "Bí thư Huyện Ủy Đồng Phú dự hội nghị.",
                (entity("organization", "Huyện ủy Đồng Phú"),),
            ),
        ),
    ),
    # s16-fix: the classes of a blind all-type annotation of real articles
    Rule(
        "meetings.inspection_team_long_head",
        "loaders/extract/meetings.py: _hosted (_INSPECTION_TEAM)",
        "an inspection or supervision team whose head is named with a long title before it announces its decision "
        "to the body it inspects ('Đoàn Kiểm tra số 3 của Bộ Chính trị do ông A, <three posts> làm trưởng đoàn đã "
        "công bố Quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy X'): the host's session",
        (
            Example(
                "Sáng 9/4, tại Gia Lai, Đoàn Kiểm tra số 3 của Bộ Chính trị do ông Trần Văn Lợi, Ủy viên Trung ương "
                "Đảng, Phó Trưởng Ban Tổ chức Trung ương, Phó Chủ tịch Hội đồng Lý luận Trung ương làm trưởng đoàn "
                "đã công bố Quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy Gia Lai.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2025-04-09", "phiên họp"),),
                "2025-04",
            ),
        ),
    ),
    Rule(
        "people.board_membership_every_spelling",
        "loaders/extract/lexicon.py: MEMBERSHIPS (_COMMITTEES_OF_TIERS), POSTS ('Hiệu trưởng', 'Chuyên viên')",
        "a standing board's membership at any tier in any spelling ('UVTV Huyện ủy', 'Ủy viên ban Thường vụ Thị "
        "ủy'), a committee's abbreviated one-word membership ('HUV'), and the posts 'Hiệu trưởng', 'Chuyên viên' with "
        "their body: each opens an official's titles",
        (
            Example(
                "Dự có đồng chí Đặng Văn Lộc, UVTV Quận ủy, Trưởng Ban Tuyên giáo Quận ủy; đồng chí Mai Thị Yến, HUV, "
                "Chủ tịch Hội Nông dân huyện.",
                (entity("official", "Đặng Văn Lộc", "UVTV Quận ủy"), entity("official", "Mai Thị Yến", "HUV")),
                "2024-05",
            ),
            Example(
                "Ông Tạ Quang Huy, Hiệu trưởng Trường Chính trị tỉnh, trình bày tham luận.",
                (entity("official", "Tạ Quang Huy", "Hiệu trưởng Trường Chính trị tỉnh"),),
                "2024-05",
            ),
        ),
    ),
    Rule(
        "bodies.shared_unit_list_with_level_words",
        "loaders/extract/bodies.py: _MORE_UNIT_LEVELLED, _more_unit_with_level, shared_tail_items",
        "bodies sharing a list of units that repeats the level word before each item ('HĐND và UBND xã A, xã B và xã "
        "C'): each body of every unit",
        (
            Example(
                "Có mặt lãnh đạo Hội đồng nhân dân và Ủy ban nhân dân xã Tân Hòa, xã Mỹ Long.",
                (
                    entity("organization", "Hội đồng nhân dân xã Mỹ Long"),
                    entity("organization", "Ủy ban nhân dân xã Mỹ Long"),
                ),
                "2024-05",
            ),
        ),
    ),
    Rule(
        "bodies.shared_head_levels_in_order",
        "loaders/extract/bodies.py: _levels_in_order (_SHARED_HEAD)",
        "a list headed by as many level words as it has items ('UBND các xã, phường: A, B'): each item takes its own "
        "level word, in order",
        (
            Example(
                "UBND các xã, phường: Tân Lập, Hòa Bình rà soát hồ sơ.",
                (entity("organization", "UBND phường Hòa Bình"), entity("organization", "UBND xã Tân Lập")),
                "2024-05",
            ),
        ),
    ),
    Rule(
        "bodies.town_party_capital_level",
        "loaders/extract/lexicon.py: BODY_PATTERNS (Đảng bộ Thị xã/Quận PLACE); meetings.py: _UNIT, "
        "_LEVEL_CAPITALISED; resolutions.py: _PARTY_LEVEL; bodies.py: _named_body_head (_CAPITAL_LEVEL)",
        "a town's or district's Party organization with its level word capitalised ('Đảng bộ Thị xã X', 'Ban chấp "
        "hành Đảng bộ Quận Y'): the body keeps its place, its congress is 'Đại hội đại biểu Đảng bộ thị xã', and its "
        "congress resolution ('... lần thứ XI của Đảng bộ Quận') is the unit's, not the Party's",
        (
            Example(
                "Ngày 28/7, Đại hội đại biểu Đảng bộ Thị xã Phước Long lần thứ XII đã bế mạc. Ban chấp hành Đảng bộ "
                "Thị xã Phước Long khóa mới ra mắt. Đại hội đánh giá việc thực hiện Nghị quyết Đại hội XI của Đảng bộ "
                "Thị xã.",
                (
                    entity("meeting", "Đại hội đại biểu Đảng bộ thị xã", "2020-07-28", "đại hội"),
                    entity("organization", "Ban chấp hành Đảng bộ Thị xã Phước Long"),
                    entity("resolution", "Nghị quyết Đại hội XI của Đảng bộ Thị xã"),
                ),
                "2020-07",
            ),
        ),
    ),
    Rule(
        "meetings.congress_names_a_conference",
        "loaders/extract/meetings.py: _congresses (_CONGRESS_NAMES_A_CONFERENCE)",
        "a congress named inside a conference's name, the conference word and lower-case words before it ('Hội nghị "
        "sơ kết giữa nhiệm kỳ Đại hội Đảng bộ xã lần thứ XIII'): the conference is the meeting, no congress sits",
        (
            Example(
                "Sáng ngày 9/6/2023, Đảng bộ xã Tân Phước đã tổ chức Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ xã "
                "lần thứ XII, nhiệm kỳ 2020 - 2025.Tới dự Hội nghị có đồng chí Lê Văn Nam, Bí thư Huyện ủy.",
                (entity("meeting", "Đảng bộ xã Tân Phước", "2023-06-09", "hội nghị"),),
                "2023-06",
            ),
        ),
    ),
    Rule(
        "resolutions.joint_symbol_slash",
        "loaders/extract/resolutions.py: STATE",
        "a joint document's symbol with a slash between its kind and its issuers ('Thông tư liên tịch số: "
        "45/2015/TTLT/BYT-BNV'): read as the dashed symbol",
        (
            Example(
                "Căn cứ Thông tư liên tịch số: 12/2016/TTLT/BTC-BNV ngày 5/2/2016 của Bộ Tài chính và Bộ Nội vụ;",
                (entity("resolution", "12/2016/TTLT-BTC-BNV"),),
                "2019-05",
            ),
        ),
    ),
    Rule(
        "resolutions.published_by_issuing",
        "loaders/extract/resolutions.py: own_document (_published_by_issuing, _THIS_KIND); "
        "loaders/extract/__init__.py: _not_the_text_itself (_NAMED_AGAIN)",
        "an article that reports a numbered document issued, then publishes 'this' document of that kind in full "
        "('... ban hành Chương trình số 31-CTr/TU về thực hiện Chỉ thị 21-CT/TW ... xin đăng toàn văn Chương trình "
        "quan trọng này:'): the text is that document (it implements what its preamble carries out, never cites "
        "itself); its unnumbered headline and the demonstrative re-mention are no projects",
        (
            Example(
                "Chương trình thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị\nNgày 2/3/2017, Tỉnh ủy Bình Định đã ban "
                "hành Chương trình số 12-CTr/TU về thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.\nXin đăng toàn văn "
                "Chương trình này:\nCHƯƠNG TRÌNH\nThực hiện Chỉ thị 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị, Ban "
                "Thường vụ Tỉnh ủy ban hành chương trình thực hiện như sau:\n",
                (entity("resolution", "12-CTr/TU"), entity("resolution", "05-CT/TW")),
                "2017-03",
            ),
        ),
    ),
    Rule(
        "meetings.congress_greeted",
        "loaders/extract/meetings.py: _congresses (_CONGRESS_GREETED)",
        "a congress greeted by what is done before it ('các công trình tiêu biểu chào mừng Đại hội Đảng bộ tỉnh'): "
        "not a congress the text reports sitting; the text's own ceremony stays its meeting",
        (
            Example(
                "Sáng 15/9, UBND tỉnh Quảng Trị tổ chức Lễ khánh thành cầu Cửa Tùng, công trình chào mừng Đại hội Đảng "
                "bộ tỉnh.",
                (entity("meeting", "UBND tỉnh", "2025-09-15", "lễ"),),
                "2025-09",
            ),
        ),
    ),
    Rule(
        "bodies.team_named_again_and_front_committee",
        "loaders/extract/bodies.py: _merge_teams_named_with_owner; lexicon.BODY_PATTERNS (Đảng ủy MTTQ, các đoàn thể "
        "Trung ương)",
        "a numbered team named again without the body that sent it ('Đoàn kiểm tra, giám sát số 8' after '... số 8 "
        "của Bộ Chính trị, Ban Bí thư') is the one team; the central Party committee of the Front and mass "
        "organizations keeps the comma in its name ('Đảng ủy MTTQ, các đoàn thể Trung ương')",
        (
            Example(
                "Ông Lê Văn Tâm, Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương phát biểu.",
                (entity("organization", "Đảng ủy MTTQ, các đoàn thể Trung ương"),),
            ),
        ),
    ),
    Rule(
        "bodies.shared_tail_before_mass_organizations",
        "loaders/extract/bodies.py: _TAIL_WITH_PLURAL, _TAIL_ITEM_MORE, shared_tail_items",
        "bodies listed before the unit's mass organizations in general ('TT HĐND, UBND, UBMTTQVN, các đoàn thể xã'): "
        "each body named is the unit's; the generic plural names none",
        (
            Example(
                "Dự có các đồng chí trong TT HĐND, UBND, UBMTTQVN, các đoàn thể phường.",
                (entity("organization", "UBND phường"), entity("organization", "UBMTTQVN phường")),
            ),
        ),
    ),
    Rule(
        "resolutions.one_personnel_decision",
        "loaders/extract/__init__.py: _one_personnel_decision (resolutions.one_decision_per_cadre)",
        "two described decisions of one personnel act naming one official ('trao Quyết định của Ban Thường vụ Tỉnh "
        "ủy bổ nhiệm đồng chí A giữ chức X' and the caption's 'trao quyết định bổ nhiệm X cho đồng chí A') are one "
        "decision, under the fuller name",
        (
            Example(
                "Đồng chí Trần Văn Hùng đã trao Quyết định của Ban Thường vụ Tỉnh ủy bổ nhiệm đồng chí Lê Thị Mai giữ "
                "chức Giám đốc Sở Nội vụ.",
                (
                    entity(
                        "resolution",
                        "Quyết định của Ban Thường vụ Tỉnh ủy bổ nhiệm đồng chí Lê Thị Mai giữ chức Giám đốc Sở Nội vụ",
                    ),
                ),
                "2020-11",
            ),
        ),
    ),
    # --- ceremonies and hand-overs (s16-handover) -------------------------------------------------------------
    Rule(
        "meetings.decision_handed_over",
        "loaders/extract/meetings.py: _handovers (_HANDS_OVER, _HANDOVER_HELD, _HANDOVER_NOT_HELD, _AT_A_PROVINCE)",
        "a decision handed over or announced with its issuer named ('đã trao Quyết định của Ban Thường vụ Tỉnh ủy về "
        "...', 'chủ trì Hội nghị công bố các quyết định của Ban Thường vụ Tỉnh ủy'), in a sentence that says it was "
        "held (its day, 'Cùng ngày', 'tại huyện X', 'Tại buổi lễ', the meeting word right before): a ceremony of the "
        "issuer when the text names no organizer (a body said to organize it, or a ceremony at a province or its "
        "committee, keeps it); none when planned ('sẽ được trao', 'theo kế hoạch')",
        (
            Example(
                "Chiều 9-6, đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy chủ trì Hội nghị công bố các quyết định của Ban "
                "Thường vụ Tỉnh ủy về công tác cán bộ.",
                (entity("meeting", "Ban Thường vụ Tỉnh ủy", "2025-06-09", "hội nghị"),),
            ),
            Example(
                "Ngày 14/2, ông Mai Văn Chính, Trưởng Ban Tổ chức Trung ương đã trao quyết định của Bộ Chính trị chuẩn "
                "y ông Lê Quang Tùng giữ chức Bí thư Tỉnh ủy.",
                (entity("meeting", "Bộ Chính trị", "2025-02-14", "lễ"),),
                "2025-02",
            ),
        ),
    ),
    Rule(
        "meetings.conference_by_activity",
        "loaders/extract/meetings.py: _HOLDS and _HELD_WHAT (_ACTIVITY, lexicon.MEETING_ACTIVITIES), _kind, "
        "_holds_a_meeting (_DIRECTED_BEFORE)",
        "a body that holds a review or a briefing named by its activity, with no meeting word ('Đảng ủy phường X tổ "
        "chức tổng kết công tác năm 2025', 'Huyện ủy Y tổ chức quán triệt Chỉ thị ...', 'tổ chức sơ kết', 'tổ chức "
        "học tập', 'tổ chức thông báo nhanh', 'tổ chức giao ban'): its conference, kind hội nghị, over a congress the "
        "text names in passing; not one it is told or tells others to hold ('hướng dẫn tổ chức học tập', 'yêu cầu UBND "
        "tỉnh tổ chức sơ kết')",
        (
            Example(
                "Chiều 16-12, Đảng ủy xã Hòa Bình tổ chức tổng kết công tác năm 2025. Năm qua, xã đã tổ chức thành "
                "công Đại hội đại biểu Đảng bộ xã lần thứ I.",
                (entity("meeting", "Đảng ủy xã", "2025-12-16", "hội nghị"),),
                "2025-12",
            ),
            Example(
                "Sáng 3/10, Thị ủy Sơn Tây tổ chức quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị.",
                (entity("meeting", "Thị ủy", "2024-10-03", "hội nghị"),),
                "2024-10",
            ),
        ),
    ),
    Rule(
        "meetings.plenum_named_with_of",
        "loaders/extract/meetings.py: _NAMES_ITS_BODY ('chuyên đề', 'mở rộng', 'bất thường', 'của'), _OF_THE_MEETING "
        "('lần thứ N của'), _body_votes (_BODY_MEETS not past a plenum it names)",
        "a standing board that convenes ('tiến hành', 'tổ chức') a plenum named with its kind, number and 'của' ('Ban "
        "Thường vụ Tỉnh ủy tiến hành Hội nghị chuyên đề lần thứ 12 của Ban Chấp hành Đảng bộ tỉnh'): the plenum's "
        "meeting, not the board's",
        (
            Example(
                "Ngày 5-11, Ban Thường vụ Thành ủy tiến hành Hội nghị chuyên đề lần thứ 20 của Ban Chấp hành Đảng bộ "
                "thành phố khóa XVI.",
                (entity("meeting", "Ban Chấp hành Đảng bộ thành phố", "2024-11-05", "hội nghị"),),
                "2024-11",
            ),
        ),
    ),
    Rule(
        "meetings.congress_days_listed",
        "loaders/extract/meetings.py: _DATE_DAYS_LISTED, read by _meeting_date and _congress_days",
        "a session over days listed one by one, the count written with two digits and a comma after 'ngày' where the "
        "span opens its sentence ('Trong 03 ngày, 7, 8 và 9/9/2020, Đảng bộ huyện X tổ chức Đại hội'): it starts on "
        "the first day",
        (
            Example(
                "Trong 03 ngày, 14, 15 và 16/8/2020, Đảng bộ huyện Long Thành đã tổ chức Đại hội đại biểu lần thứ XI.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ huyện", "2020-08-14", "đại hội"),),
                "2020-08",
            ),
        ),
    ),
    Rule(
        "meetings.dated_deliberation",
        "loaders/extract/meetings.py: _body_votes (_BODY_DELIBERATES, _DELIBERATION, _BODY_REVIEWS, _dated_clause)",
        "a body that deliberates ('thảo luận', 'cho ý kiến', 'nghe', 'xem xét', 'bàn', 'quyết nghị') in a clause that "
        "opens with its day ('Chiều 20/11, UBND tỉnh thảo luận ...', 'Sáng 5/3, Ban Thường vụ Huyện ủy cho ý kiến "
        "...'), or reviews or briefs as its verb ('Hôm nay (25/2), UBND tỉnh sơ kết ...', 'Ban Thường vụ Tỉnh ủy quán "
        "triệt ...'): its meeting that day, with no meeting word; not one that does so with no day of its own",
        (
            Example(
                "Sáng 12/9, Ban Thường vụ Thị ủy cho ý kiến vào dự thảo báo cáo chính trị.",
                (entity("meeting", "Ban Thường vụ Thị ủy", "2024-09-12", "phiên họp"),),
                "2024-09",
            ),
            Example(
                "Chiều 8/1, Thành ủy Bảo Lộc tổng kết công tác xây dựng Đảng năm 2024.",
                (entity("meeting", "Thành ủy", "2025-01-08", "hội nghị"),),
                "2025-01",
            ),
        ),
    ),
    Rule(
        "meetings.congress_by_deeds",
        "loaders/extract/meetings.py: _CONGRESS_SITS ('đã bầu', 'biểu quyết thông qua', 'sau 2 ngày làm việc', 'đã "
        "hoàn thành chương trình')",
        "a Party congress told only by what it did, in the past ('Ngày 16/1, sau 2 ngày làm việc, Đại hội Đảng bộ xã "
        "X lần thứ VII đã bầu Ban Chấp hành ...', 'Đại hội biểu quyết thông qua Nghị quyết Đại hội'): it sat that "
        "day; not one that will elect ('sẽ bầu')",
        (
            Example(
                "Ngày 9/7, sau hai ngày làm việc, Đại hội Đảng bộ huyện Tam Nông lần thứ XXV đã bầu Ban Chấp hành "
                "khóa mới.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ huyện", "2020-07-09", "đại hội"),),
                "2020-07",
            ),
        ),
    ),
    Rule(
        "meetings.session_submitted_to",
        "loaders/extract/meetings.py: _SUBMITTED_TO, read by _body_votes (after a body that deliberates) and "
        "_more_meetings",
        "a session that drafts are submitted to, named in the sentence of the meeting that prepares them ('UBND tỉnh "
        "thảo luận các nội dung trình tại kỳ họp thứ 9, HĐND tỉnh'): the session that will decide them, neither the "
        "meeting reported nor a second one ('chương trình kỳ họp' is the session's own programme)",
        (
            Example(
                "Chiều 20/11, UBND tỉnh thảo luận các nội dung trình tại kỳ họp thứ 22, HĐND tỉnh khóa XVIII.",
                (entity("meeting", "UBND tỉnh", "2024-11-20", "phiên họp"),),
                "2024-11-20",
            ),
        ),
    ),
    Rule(
        "meetings.holds_a_hand_over",
        "loaders/extract/meetings.py: _HOLDS and _HELD_WHAT ('trao quyết định', 'trao huy hiệu'); extract_meetings "
        "(_HANDS_OVER_HELD)",
        "a body that holds a hand-over with no meeting word ('Tỉnh ủy X tổ chức trao quyết định nghỉ hưu cho ...', "
        "'Đảng ủy xã Y tổ chức trao Huy hiệu Đảng'): its ceremony, kind lễ",
        (
            Example(
                "Sáng 7/10, Thành ủy Tam Kỳ tổ chức trao quyết định nghỉ hưu cho 4 cán bộ.",
                (entity("meeting", "Thành ủy", "2025-10-07", "lễ"),),
                "2025-10",
            ),
        ),
    ),
    Rule(
        "meetings.unit_holds_ceremony",
        "loaders/extract/meetings.py: _unit_celebrates (_UNIT_CELEBRATES, _MANNER, _ADDRESS_BEFORE), _district_first; "
        "_HOLDS and _HELD_WHAT ('trang trọng', 'tổ chức trọng thể'); _PARTNER_BEFORE (a capitalised word ends a part "
        "of a name on its own line only)",
        "a province, city ('TP X'), district, town or quarter that holds a ceremony or a conference announcing "
        "decisions, at the start of a clause, its manner before or after the verb ('huyện X đã tổ chức Lễ ...', 'tỉnh "
        "Y tổ chức trọng thể Lễ công bố ...'): its Party committee's; a body whose manner comes before the verb "
        "('UBND tỉnh Z trang trọng tổ chức Lễ'), or named below a headline, holds it; a district with its province "
        "after it ('huyện A, tỉnh B tổ chức lễ') holds its own; a unit in a venue's address ('tại thôn A, xã B, huyện "
        "C, ...') holds none",
        (
            Example(
                "Sáng ngày 18/8, huyện Lục Ngạn đã tổ chức Lễ trao tặng Huân chương kháng chiến cho 25 cá nhân.",
                (entity("meeting", "Huyện ủy", "2025-08-18", "lễ"),),
                "2025-08",
            ),
            Example(
                "Sáng 12/1, huyện Na Rì, tỉnh Bắc Kạn tổ chức lễ đón nhận Huân chương Lao động hạng Ba.",
                (entity("meeting", "Huyện ủy", "2025-01-12", "lễ"),),
                "2025-01",
            ),
            Example(
                "Ngày 20-5, UBND tỉnh Kon Tum trang trọng tổ chức Lễ trao tặng Huân chương Độc lập.",
                (entity("meeting", "UBND tỉnh", "2025-05-20", "lễ"),),
                "2025-05",
            ),
        ),
    ),
    Rule(
        "resolutions.numbered_with_year_only",
        "loaders/extract/resolutions.py: numbered (_SHORT_YEAR); handed_decisions (_DECIDES: 'về công tác cán bộ')",
        "a kind word with a number and its year but no kind letters ('Nghị quyết số 1685/2025 của Ủy ban Thường vụ "
        "Quốc hội'): a State document numbered '1685/2025'; a single decision on cadres announced ('công bố quyết "
        "định về công tác cán bộ', not 'các quyết định') is a document",
        (
            Example(
                "Tại buổi lễ, đại diện Văn phòng Quốc hội công bố Nghị quyết số 1702/2025 của Ủy ban Thường vụ Quốc hội"
                " về việc sắp xếp các đơn vị hành chính cấp xã.",
                (entity("resolution", "1702/2025/NQ-UBTVQH"),),
            ),
            Example(
                "Sáng 6-11, Ban Thường vụ Thành ủy tổ chức Hội nghị công bố quyết định về công tác cán bộ.",
                (entity("resolution", "Quyết định về công tác cán bộ"),),
            ),
        ),
    ),
    Rule(
        "resolutions.decision_on_a_cadre_once",
        "loaders/extract/resolutions.py: _HANDED ('Trao' opening a sentence); one_decision_per_cadre (_DECIDED_CADRE, "
        "_DECIDED_ACT); _decision_described_within",
        "a decision handed over at a sentence's start ('Trao Quyết định điều động, chỉ định đồng chí A ...') is a "
        "document; one on a cadre described again for the same cadre and act ('trao quyết định bổ nhiệm X cho đồng "
        "chí A'), or a headline's description whose every word a fuller one holds, is that decision",
        (
            Example(
                "Tại buổi lễ, Bí thư Tỉnh ủy trao quyết định điều động đồng chí Lý Văn Sáu. Trao Quyết định điều "
                "động, chỉ định đồng chí Đào Thị Hằng, Phó Giám đốc Sở Y tế tham gia Ban Chấp hành Huyện ủy.",
                (entity("resolution", "Quyết định điều động, chỉ định đồng chí Đào Thị Hằng"),),
            ),
        ),
    ),
    Rule(
        "meetings.congress_announces",
        "loaders/extract/meetings.py: _CONGRESS_SITS, _CONGRESS_ANNOUNCES (_handovers)",
        "a congress that announces decisions ('Đại hội đại biểu Đảng bộ tỉnh X lần thứ I công bố các Quyết định của "
        "Bộ Chính trị') sits that day, and the announcement is part of it, not a ceremony of the decisions' issuer",
        (
            Example(
                "Sáng 12/10, Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ I, nhiệm kỳ 2025-2030 công bố các Quyết "
                "định của Bộ Chính trị về công tác cán bộ.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ tỉnh", "2025-10-12", "đại hội"),),
                published="2025-10",
            ),
        ),
    ),
    Rule(
        "meetings.organization_congress",
        "loaders/extract/meetings.py: _organization_congress (_ORGANIZATION_OF_UNIT, _OWN_ORGANIZATION_CONGRESS), "
        "_named_congresses (_NAMED_CONGRESS, _HOLDER_OF_CONGRESS, _OWN_CONGRESS_NAMED); lexicon.py: MASS_ORGANIZATIONS",
        "a mass organization or the Front holding its congress (abbreviated, in lower case, the congress named without "
        "it) is the congress 'Đại hội đại biểu <organization> <level>' (not a congress of another kind: 'Đại hội Nông "
        "dân tiên tiến', 'Đại hội thi đua yêu nước' stay their holder's)",
        (
            Example(
                "Ngày 14-6, Hội Liên hiệp Phụ nữ (LHPN) huyện Bắc Hà tổ chức Đại hội lần thứ X, nhiệm kỳ 2021-2026.",
                (entity("meeting", "Đại hội đại biểu Hội Liên hiệp Phụ nữ huyện", "2021-06-14", "đại hội"),),
                "2021-06",
            ),
            Example(
                "Sáng 15/10, Đại hội đại biểu Phụ nữ tỉnh Bến Tre lần thứ X đã diễn ra.",
                (entity("meeting", "Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh", "2021-10-15", "đại hội"),),
                "2021-10",
            ),
            Example(
                "Sáng 9-7, Đại hội đại biểu MTTQVN huyện Châu Thành lần thứ XI chính thức khai mạc.",
                (entity("meeting", "Đại hội đại biểu MTTQ Việt Nam huyện", "2024-07-09", "đại hội"),),
                "2024-07",
            ),
        ),
    ),
    Rule(
        "meetings.congress_reported",
        "loaders/extract/meetings.py: _CONGRESS_HELD ('tổ chức thành công Đại hội'), _CONGRESS_SITS ('thành công tốt "
        "đẹp', 'Tiếp tục chương trình Đại hội'), _CONGRESS_NOT_HELD (not 'chương trình'), _OPENING_DATE ('Trong ngày "
        "8-5,', 'Chiều tối qua (23/9),'), _HOLDS ('đã có phiên họp'), _CUE_THEN_BODY (never past 'bầu'), _TOMORROW, "
        "_NAME_OF_BODY_UNIT",
        "a Party congress reported held successfully, in a headline that calls it a success, by its programme going "
        "on, or by a later session on its own day; its new committee's first session; never one that opens tomorrow",
        (
            Example(
                "Chiều tối qua (20/9), Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVI đã tiến hành bầu Ban Chấp "
                "hành. Cùng ngày, Ban chấp hành Đảng bộ tỉnh khóa mới đã có phiên họp đầu tiên bầu Ban Thường vụ Tỉnh "
                "ủy.",
                (
                    entity("meeting", "Đại hội đại biểu Đảng bộ tỉnh", "2015-09-20", "đại hội"),
                    entity("meeting", "Ban Chấp hành Đảng bộ tỉnh", "2015-09-20", "phiên họp"),
                ),
                "2015-09-21",
            ),
            Example(
                "Ngày 11/3, Đảng bộ xã Mỹ Lộc tổ chức thành công Đại hội đại biểu lần thứ IX, nhiệm kỳ 2025-2030.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ xã", "2025-03-11", "đại hội"),),
                "2025-03",
            ),
            Example(
                "Sáng 4-6, Đại hội đại biểu Đảng bộ phường Hòa Khánh lần thứ XII diễn ra phiên trù bị. Trong ngày 5-6, "
                "đại hội diễn ra phiên chính thức.",
                (entity("meeting", "Đại hội đại biểu Đảng bộ phường", "2020-06-05", "đại hội"),),
                "2020-06",
            ),
        ),
    ),
    Rule(
        "bodies.courts_guards_unions_named_singly",
        "loaders/extract/lexicon.py: BODY_PATTERNS (TAND/VKSND/Viện KSND of a province, district or area; Bộ đội Biên "
        "phòng, BĐBP, Đồn Biên phòng; Liên đoàn Lao động, LĐLĐ, Tổng LĐLĐ; Hội Nhà báo); bodies.py: _EXPAND, "
        "_NOT_AN_OFFICE_BEFORE, _COMPANY (no line break)",
        "a court or a procuracy with its abbreviation in brackets or in place of its words (one body: 'Viện Kiểm sát "
        "nhân dân (VKSND) tỉnh X' = 'VKSND tỉnh X'), a border guard force and its posts (not a district office "
        "'Phòng X'), labour unions with their level, the journalists' association; a company's name stops at a line "
        "break",
        (
            Example(
                "Ngày 9/3, Viện Kiểm sát nhân dân (VKSND) tỉnh Đắk Nông họp với Chánh án TAND huyện Krông Nô. "
                "Viện trưởng VKSND tỉnh Đắk Nông phát biểu.",
                (
                    entity("organization", "Viện Kiểm sát nhân dân tỉnh Đắk Nông"),
                    entity("organization", "TAND huyện Krông Nô"),
                ),
                "2024-03",
            ),
            Example(
                "Đồn Biên phòng Vĩnh Hội Đông, Bộ đội Biên phòng tỉnh An Giang tuần tra cùng Liên đoàn Lao động Tỉnh.",
                (
                    entity("organization", "Đồn Biên phòng Vĩnh Hội Đông"),
                    entity("organization", "Bộ đội Biên phòng tỉnh An Giang"),
                    entity("organization", "Liên đoàn Lao động Tỉnh"),
                ),
                "2024-03",
            ),
        ),
    ),
    Rule(
        "bodies.state_bodies_by_level_area_or_branch",
        "loaders/extract/lexicon.py: BODY_PATTERNS (the last extension: banks, offices of the Assembly and the "
        "President, traffic safety committees, numbered army units, social insurance, treasury and tax areas, the "
        "Government's inspectorate, the State Audit, 'Bộ CHQS', the cooperative alliance); bodies.py: _STOP_WORDS "
        "('họp', 'công bố')",
        "state bodies named singly with their level, their area since 2025 or their branch ('Ngân hàng Chính sách xã "
        "hội chi nhánh tỉnh X', 'Kho bạc Nhà nước khu vực IX', 'Chi cục Thuế khu vực 5', 'Lữ đoàn 147'), never a "
        "law's name ('Luật Bảo hiểm xã hội')",
        (
            Example(
                "Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Nam phối hợp với Bảo hiểm xã hội tỉnh Hà Nam và Chi "
                "cục Thuế khu vực 7 triển khai chính sách.",
                (
                    entity("organization", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Nam"),
                    entity("organization", "Bảo hiểm xã hội tỉnh Hà Nam"),
                    entity("organization", "Chi cục Thuế khu vực 7"),
                ),
                "2025-09",
            ),
            Example(
                "Thanh tra Chính phủ và Kiểm toán Nhà nước khu vực VI làm việc với Bộ CHQS tỉnh Sơn La; Liên minh Hợp "
                "tác xã Việt Nam cùng dự.",
                (
                    entity("organization", "Thanh tra Chính phủ"),
                    entity("organization", "Kiểm toán Nhà nước khu vực VI"),
                    entity("organization", "Bộ CHQS tỉnh Sơn La"),
                    entity("organization", "Liên minh Hợp tác xã Việt Nam"),
                ),
                "2025-09",
            ),
        ),
    ),
    Rule(
        "bodies.mass_organization_committee",
        "loaders/extract/lexicon.py: BODY_PATTERNS (Ban Chấp hành / BCH of a mass organization)",
        "the executive committee a mass organization's congress elects ('bầu Ban Chấp hành Hội LHPN huyện khóa XII'), "
        "its term left out, and the central one abbreviated ('Ban Chấp hành Trung ương Hội NDVN')",
        (
            Example(
                "Đại hội đã bầu 27 người vào Ban Chấp hành Hội Nông dân huyện khóa XI.",
                (entity("organization", "Ban Chấp hành Hội Nông dân huyện"),),
                "2023-05",
            ),
        ),
    ),
    Rule(
        "resolutions.adopted_by_reported_congress",
        "loaders/extract/resolutions.py: _adopted_by_reported_congress (_ADOPTED_DESCRIBED, _CONGRESS_OF_HOLDER, "
        "_MASS_CONGRESS_NAMED), _NAMED_AFTER_KIND (the mass organizations' congresses)",
        "the resolution a congress adopts told by what it sets ('thông qua Nghị quyết xác định ...') or in lower case "
        "('thông qua nghị quyết đại hội') is the resolution of the congress the text reports, held by its Party "
        "organization or a mass organization's",
        (
            Example(
                "Ngày 6/8, Đảng bộ xã Phú Lộc tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đại hội đã thông "
                "qua Nghị quyết xác định hai nhiệm vụ trọng tâm.",
                (entity("resolution", "Nghị quyết Đại hội đại biểu Đảng bộ xã Phú Lộc lần thứ I, nhiệm kỳ 2025-2030"),),
                "2025-08",
            ),
            Example(
                "Các cấp hội học tập Nghị quyết Đại hội Hội Nông dân huyện Ba Tơ khóa X, nhiệm kỳ 2018 - 2023.",
                (entity("resolution", "Nghị quyết Đại hội Hội Nông dân huyện Ba Tơ khóa X, nhiệm kỳ 2018 - 2023"),),
                "2023-05",
            ),
        ),
    ),
    # --- documents named by description (s17-described) ---------------------------------------------
    Rule(
        "resolutions.amending_law_list",
        "loaders/extract/resolutions.py: amending_title_end (_AMENDED_NEXT, _AMENDED_SYMBOL, _TITLE_VERB)",
        "an amending law's title names the laws it amends, one or a list: it reads on over ', Luật' and 'và Luật' "
        "(each law with its symbol or not) and ends at the date after the last law, the clause end, or a verb after "
        "it ('... đề xuất ...', '... theo trình tự rút gọn'); drafted or not, it is that law; each law of the list is "
        "a document the text names too, its name ending with the title at the latest",
        (
            Example(
                "Bộ Tư pháp trình dự án Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công sửa đổi, Luật Ngân sách "
                "nhà nước sửa đổi và Luật Quản lý thuế sửa đổi theo trình tự rút gọn.",
                (
                    entity(
                        "resolution",
                        "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công sửa đổi, Luật Ngân sách "
                        "nhà nước sửa đổi và Luật Quản lý thuế sửa đổi",
                    ),
                    entity("resolution", "Luật Quản lý thuế sửa đổi"),
                ),
            ),
            Example(
                "Chính phủ ban hành Nghị quyết số 91/NQ-CP về dự án xây dựng Luật sửa đổi, bổ sung một số điều của "
                "Luật Thuế số 12/2022/QH15, Luật Phí số 45/2023/QH15, trình Quốc hội.",
                (
                    entity(
                        "resolution",
                        "Luật sửa đổi, bổ sung một số điều của Luật Thuế số 12/2022/QH15, Luật Phí số 45/2023/QH15",
                    ),
                    entity("resolution", "45/2023/QH15"),
                ),
            ),
            Example(
                "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Tòa án nhân dân đề xuất thu gọn các cấp tòa án.",
                (entity("resolution", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Tòa án nhân dân"),),
            ),
        ),
    ),
    Rule(
        "resolutions.amending_law_again",
        "loaders/extract/resolutions.py: described (_AMENDING_AGAIN)",
        "'Luật sửa đổi, bổ sung một số điều của các luật nêu trên' is the amending law named before, not a new one",
        (
            Example(
                "Chính phủ thông qua dự án Luật sửa đổi, bổ sung một số điều của Luật Thuế số 12/2022/QH15, Luật Phí "
                "số 45/2023/QH15. Bộ Tài chính hoàn thiện dự án Luật sửa đổi, bổ sung một số điều của các luật nêu "
                "trên theo ý kiến của các bộ.",
                (
                    entity(
                        "resolution",
                        "Luật sửa đổi, bổ sung một số điều của Luật Thuế số 12/2022/QH15, Luật Phí số 45/2023/QH15",
                    ),
                ),  # (and no second one: test_described_documents.py)
            ),
        ),
    ),
    Rule(
        "resolutions.announced_by_what_it_decides",
        "loaders/extract/resolutions.py: described (_HANDED before a capitalised 'Nghị quyết')",
        "a capitalised 'Nghị quyết' named by what it decides, announced or handed over right before ('công bố Nghị "
        "quyết xác nhận tư cách đại biểu ...', 'trao Nghị quyết thành lập ...'), as one issued or adopted",
        (
            Example(
                "Ủy ban bầu cử xã công bố Nghị quyết xác nhận tư cách đại biểu HĐND xã nhiệm kỳ mới.",
                (entity("resolution", "Nghị quyết xác nhận tư cách đại biểu HĐND xã nhiệm kỳ mới"),),
            ),
        ),
    ),
    Rule(
        "resolutions.congress_arabic_ordinal",
        "loaders/extract/resolutions.py: _NAMED_AFTER_KIND",
        "the national congress's resolution by its ordinal in Arabic right after 'Đại hội' ('Nghị quyết Đại hội 14')",
        (
            Example(
                "Các chi bộ học tập, quán triệt Nghị quyết Đại hội 14 trong tháng 3.",
                (entity("resolution", "Nghị quyết Đại hội 14"),),
            ),
        ),
    ),
    Rule(
        "resolutions.short_list_dated",
        "loaders/extract/resolutions.py: numbered (_SHORT_MORE)",
        "the next number of a list after a kind word and a short number is a document also when its date follows "
        "('Nghị quyết 72 và 73 ngày 17/5'); a count of days is not ('... và 30 ngày sau đó')",
        (
            Example(
                "Theo Nghị quyết 64 và 65 ngày 12/4, Chính phủ giao Bộ Xây dựng hoàn thiện hồ sơ.",
                (entity("resolution", "Nghị quyết 65"),),
            ),
        ),
    ),
    Rule(
        "resolutions.issuer_amends_laws",
        "loaders/extract/resolutions.py: described_by_issuer (_AMENDS_LAWS, amending_title_end)",
        "a resolution or decision of an issuer named by the laws it amends ('Nghị quyết của Quốc hội sửa đổi Luật A, "
        "Luật B, Luật C theo hướng ...'): the list read as an amending law's title",
        (
            Example(
                "Chính phủ đề xuất xây dựng Nghị quyết của Quốc hội sửa đổi Luật Đầu tư 2020, Luật Doanh nghiệp, Luật "
                "Hóa chất theo hướng rút ngắn thủ tục.",
                (
                    entity(
                        "resolution",
                        "Nghị quyết của Quốc hội sửa đổi Luật Đầu tư 2020, Luật Doanh nghiệp, Luật Hóa chất",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.report_to_named_congress",
        "loaders/extract/resolutions.py: described (_PINNED)",
        "a lower-case report going to a named congress ('dự thảo báo cáo chính trị trình Đại hội Đảng bộ huyện lần "
        "thứ XV') is one document; its shorter re-mention ('Báo cáo chính trị') is it again",
        (
            Example(
                "Ban Thường vụ Huyện ủy họp góp ý dự thảo báo cáo chính trị trình Đại hội Đảng bộ huyện lần thứ XV.",
                (entity("resolution", "Báo cáo chính trị trình Đại hội Đảng bộ huyện lần thứ XV"),),
            ),
        ),
    ),
    Rule(
        "resolutions.congress_draft",
        "loaders/extract/resolutions.py: _congress_draft (_DRAFT_CONGRESS_RESOLUTION)",
        "a bare 'dự thảo Nghị quyết đại hội' among a congress's drafts is the resolution of the congress named in "
        "full before it, else of the one congress the text reports",
        (
            Example(
                "Tiểu ban văn kiện Đại hội Đảng bộ huyện lần thứ XV họp thống nhất dự thảo Báo cáo chính trị và dự "
                "thảo Nghị quyết đại hội trước khi gửi xin ý kiến.",
                (entity("resolution", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XV"),),
            ),
        ),
    ),
    Rule(
        "resolutions.bracketed_number",
        "loaders/extract/resolutions.py: bracketed_numbers (_BRACKETED_NUMBER)",
        "a kind word with its number (and date) in brackets and its issuer after them ('Quyết định (số 1701, ngày "
        "27/12/2023) của Thủ tướng Chính phủ'): the numbered document; with no issuer after it, no symbol to build",
        (
            Example(
                "Quyết định (số 845, ngày 14/7/2024) của Thủ tướng Chính phủ phê duyệt quy hoạch vùng.",
                (entity("resolution", "845/QĐ-TTg"),),
            ),
        ),
    ),
    Rule(
        "resolutions.described_then_bare_number",
        "loaders/extract/resolutions.py: _described_again (_bare_numbered_after, _BARE_AFTER_SYMBOL)",
        "a document described with its issuer ('công bố Quyết định của Thủ tướng Chính phủ về ...'), then named bare "
        "by its number after it ('Theo Quyết định số 1701/QĐ-TTg ngày ..., tỉnh ...'): one document, when the numbered "
        "one is the only one of that kind and issuer and says nothing of its own topic (or, for a decision 'về công "
        "tác cán bộ', names a cadre's appointment)",
        (
            Example(
                "UBND tỉnh công bố Quyết định của Thủ tướng Chính phủ về phê duyệt Quy hoạch tỉnh thời kỳ 2021-2030. "
                "Theo Quyết định số 845/QĐ-TTg ngày 14/7/2024, tỉnh phấn đấu trở thành tỉnh khá.",
                (entity("resolution", "845/QĐ-TTg"),),  # (and no second one: test_described_documents.py)
            ),
            Example(
                "Trao quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ\nBan Thường vụ Tỉnh ủy công bố Quyết "
                "định số 1520-QĐ/TU ngày 4/3/2025 điều động đồng chí Lê Văn An giữ chức Bí thư Huyện ủy.",
                (entity("resolution", "1520-QĐ/TU"),),  # (a headline on cadres and the one decision on a cadre)
            ),
        ),
    ),
    Rule(
        "resolutions.ends_before_its_size",
        "loaders/extract/resolutions.py: _CLAUSE_END (', gồm')",
        "a description ends at a comma before what it consists of ('Quyết định thành lập Ban Chỉ đạo ..., gồm 15 "
        "đồng chí')",
        (
            Example(
                "Ban Thường vụ Tỉnh ủy trao Quyết định thành lập Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW, gồm 15 "
                "đồng chí.",
                (entity("resolution", "Quyết định thành lập Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW"),),
            ),
        ),
    ),
    Rule(
        "resolutions.agenda_item_ends_name",
        "loaders/extract/resolutions.py: _CLAUSE_END (lexicon.AGENDA_ITEM_HEADS)",
        "the next item of a session's agenda after a list comma ('..., Đề cương ...', '..., Phương án ...') ends the "
        "name before it",
        (
            Example(
                "Ban Thường vụ cho ý kiến về Kế hoạch tổ chức phục vụ Đại hội, Đề cương Báo cáo chính trị Đại hội Đảng "
                "bộ huyện lần thứ XV.",
                (entity("resolution", "Kế hoạch tổ chức phục vụ Đại hội"),),
            ),
        ),
    ),
    Rule(
        "resolutions.pair_on_topic",
        "loaders/extract/resolutions.py: pair_on_topic (_PAIR_ON_TOPIC)",
        "a decision and a plan acted on together and named by the one topic they share ('triển khai quyết định và kế "
        "hoạch kiểm tra đối với ...'): two documents",
        (
            Example(
                "Ủy ban Kiểm tra Huyện ủy triển khai quyết định và kế hoạch kiểm tra đối với Chi bộ thôn Đồng Tâm.",
                (
                    entity("resolution", "Quyết định kiểm tra đối với Chi bộ thôn Đồng Tâm"),
                    entity("resolution", "Kế hoạch kiểm tra đối với Chi bộ thôn Đồng Tâm"),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.council_list_lower",
        "loaders/extract/resolutions.py: described (_COUNCIL_VERB, _same_kind_listed), _CLAUSE_END "
        "(lexicon.COUNCIL_RESOLVES)",
        "a council's resolutions listed in lower case after 'gồm:' ('nghị quyết về ..., nghị quyết thông qua ... và "
        "nghị quyết phê chuẩn ...'): one per item, each ending where the next 'nghị quyết' + what it does starts",
        (
            Example(
                "Kỳ họp đã thông qua 3 nghị quyết, gồm: nghị quyết về kế hoạch đầu tư công năm 2026, nghị quyết thông "
                "qua danh mục dự án thu hồi đất và nghị quyết phê chuẩn quyết toán ngân sách năm 2024.",
                (
                    entity("resolution", "Nghị quyết thông qua danh mục dự án thu hồi đất"),
                    entity("resolution", "Nghị quyết phê chuẩn quyết toán ngân sách năm 2024"),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.units_go_on_a_scheme",
        "loaders/extract/resolutions.py: _CLAUSE_END ('và các' + a unit word)",
        "'và các' before units ('... Đề án thành lập thị xã A và các phường thuộc thị xã A') goes on the name; before "
        "another plural item ('... và các tờ trình') it ends it",
        (
            Example(
                "Kỳ họp nghe Báo cáo tóm tắt Đề án thành lập thị xã Đông Hòa và các phường thuộc thị xã Đông Hòa.",
                (
                    entity(
                        "resolution",
                        "Báo cáo tóm tắt Đề án thành lập thị xã Đông Hòa và các phường thuộc thị xã Đông Hòa",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.of_body_on_topic",
        "loaders/extract/resolutions.py: described (_OF_BODY_ON)",
        "a capitalised 'Nghị quyết của <body> về <topic>' is one document whatever comes before it (an item on a line "
        "of its own), also when the body is no issuer the lexicon knows ('Thường trực HĐND phường')",
        (
            Example(
                "Các nội dung được thông qua:\nNghị quyết của Thường trực HĐND phường về số lượng đại biểu HĐND phường "
                "sau sắp xếp.\n",
                (
                    entity(
                        "resolution",
                        "Nghị quyết của Thường trực HĐND phường về số lượng đại biểu HĐND phường sau sắp xếp",
                    ),
                ),
            ),
        ),
    ),
    Rule(
        "resolutions.bracketed_list_item",
        "loaders/extract/resolutions.py: described (_BRACKETED_ITEM)",
        "a resolution named by what it does as an item of a list numbered in brackets ('các Nghị quyết: (1) Nghị quyết "
        "ban hành ...; (2) ...')",
        (
            Example(
                "Đại biểu thông qua các Nghị quyết: (1) Nghị quyết ban hành Quy chế làm việc của HĐND xã Tân Hòa; (2) "
                "Nghị quyết về việc đổi tên các thôn.",
                (entity("resolution", "Nghị quyết ban hành Quy chế làm việc của HĐND xã Tân Hòa"),),
            ),
        ),
    ),
    Rule(
        "resolutions.abbreviated_nq",
        "loaders/extract/resolutions.py: abbreviated_resolutions (_ABBREVIATED, _ABBREVIATED_END)",
        "where the text defines 'nghị quyết (NQ)', 'NQ về ...' / 'NQ phân bổ ...' / 'NQ điều chỉnh, bổ sung ...' is a "
        "resolution, ending at its list's next item; a plan inside its topic is no document of its own; 'các NQ' is "
        "several",
        (
            Example(
                "HĐND xã thông qua 4 nghị quyết (NQ). Trong đó có NQ về nhiệm vụ phát triển kinh tế năm 2026; NQ điều "
                "chỉnh, bổ sung kế hoạch đầu tư công năm 2025.",
                (entity("resolution", "Nghị quyết điều chỉnh, bổ sung kế hoạch đầu tư công năm 2025"),),
            ),
        ),
    ),
    Rule(
        "resolutions.topics_after_count",
        "loaders/extract/resolutions.py: topic_listed_resolutions (_TOPICS_LISTED_AFTER, _ENUMERATOR)",
        "a council's resolutions counted or in the plural, then listed by topic after a colon ('biểu quyết thông qua "
        "07 Nghị quyết quan trọng về các nhóm vấn đề: A; B; C', '... gồm: A; B', 'các tờ trình, Nghị quyết về: A; B'): "
        "one resolution per item ('Nghị quyết về A', or 'Nghị quyết phê chuẩn ...' where the item says what it does); "
        "a report or a scheme among them is none, nor a list still to be adopted; a plan inside an item is its topic",
        (
            Example(
                "HĐND xã đã biểu quyết thông qua 03 Nghị quyết quan trọng về các nhóm vấn đề: Dự toán và phân bổ ngân "
                "sách xã năm 2026; kế hoạch đầu tư công năm 2026; phê chuẩn quyết toán ngân sách năm 2024.",
                (
                    entity("resolution", "Nghị quyết về kế hoạch đầu tư công năm 2026"),
                    entity("resolution", "Nghị quyết phê chuẩn quyết toán ngân sách năm 2024"),
                ),
            ),
        ),
    ),
    Rule(
        "bodies.shared_head_of_units",
        "loaders/extract/bodies.py: _SHARED_HEAD (lexicon.SHARED_HEAD_BODIES), _LEVELLED_ITEM, _NEXT_BODY_FIRST, "
        "_shared_head_items",
        "a body a list of local units shares as its head, a Party or mass organization's too ('Hội Nông dân các huyện "
        "A, B và thành phố C', 'Đảng bộ các phường: D, E'): one body per unit, an item naming its own level at that "
        "level; the list ends at the next body's head word; the bare head is no body",
        (
            Example(
                "Dự hội nghị có Chủ tịch Hội Nông dân các huyện Mường Tè, Sìn Hồ và thành phố Điện Biên Phủ.",
                (
                    entity("organization", "Hội Nông dân huyện Mường Tè"),
                    entity("organization", "Hội Nông dân huyện Sìn Hồ"),
                    entity("organization", "Hội Nông dân thành phố Điện Biên Phủ"),
                ),
                "2023-07",
            ),
            Example(
                "Lãnh đạo Hội Cựu chiến binh các huyện: Mèo Vạc, Đồng Văn, thị xã Nghĩa Lộ cùng dự.",
                (
                    entity("organization", "Hội Cựu chiến binh huyện Mèo Vạc"),
                    entity("organization", "Hội Cựu chiến binh thị xã Nghĩa Lộ"),
                ),
                "2023-07",
            ),
        ),
    ),
    Rule(
        "bodies.boards_sharing_their_committee",
        "loaders/extract/bodies.py: _BOARDS_OF_COMMITTEE (lexicon.COMMITTEE_BOARDS), committee_boards; lexicon.py: "
        "BODY_PATTERNS ('Văn phòng Huyện ủy', 'Ủy ban kiểm tra' in lower case)",
        "the boards of a Party committee listed with the committee's name last ('Ban Tổ chức, Ủy ban Kiểm tra và "
        "Văn phòng Tỉnh ủy', 'Ban Tuyên giáo và Ban Dân vận Huyện ủy'): each board is the committee's",
        (
            Example(
                "Dự hội nghị có lãnh đạo Ban Tổ chức, Ủy ban Kiểm tra và Văn phòng Tỉnh ủy.",
                (
                    entity("organization", "Ban Tổ chức Tỉnh ủy"),
                    entity("organization", "Ủy ban Kiểm tra Tỉnh ủy"),
                    entity("organization", "Văn phòng Tỉnh ủy"),
                ),
                "2025-03",
            ),
            Example(
                "Huyện hợp nhất Ban Tuyên giáo và Ban Dân vận Huyện ủy từ ngày 1/3.",
                (entity("organization", "Ban Tuyên giáo Huyện ủy"), entity("organization", "Ban Dân vận Huyện ủy")),
                "2025-03",
            ),
        ),
    ),
    Rule(
        "bodies.bloc_party_organizations",
        "loaders/extract/lexicon.py: BODY_PATTERNS (the first: 'Đảng ủy Khối ...' and its boards); bodies.py: "
        "_BRACKETED (a hyphen inside the brackets)",
        "the Party organization of a bloc of agencies or enterprises as written ('Đảng ủy Khối Cơ quan-Doanh nghiệp "
        "(CQ-DN) tỉnh', 'Ban Chấp hành Đảng bộ Khối CQ và DN tỉnh', 'Ủy ban Kiểm tra Đảng ủy Khối') and the bare "
        "'Đảng ủy Khối' of the bloc the text is about",
        (
            Example(
                "Ban Thường vụ Đảng ủy Khối Cơ quan-Doanh nghiệp (CQ-DN) tỉnh tổ chức hội nghị học tập nghị quyết.",
                (entity("organization", "Ban Thường vụ Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh"),),
                "2020-10",
            ),
            Example(
                "Hội nghị đã lấy phiếu tín nhiệm đối với Bí thư Đảng ủy Khối; Ủy viên UBKT Đảng ủy Khối khóa II dự.",
                (entity("organization", "Đảng ủy Khối"), entity("organization", "UBKT Đảng ủy Khối")),
                "2023-10",
            ),
        ),
    ),
    Rule(
        "bodies.abbreviated_and_bare_re_mentions",
        "loaders/extract/bodies.py: _abbreviations, _merge_bracketed_abbreviations, _merge_bare_heads (_BARE_HEADS "
        "from lexicon.MASS_ORGANIZATIONS)",
        "a body written again with the abbreviation its brackets define ('Hội Liên hiệp Phụ nữ (LHPN) tỉnh' then "
        "'Hội LHPN tỉnh'), or bare ('Hội Nông dân', 'Ban Thường vụ Đảng ủy Khối') after the one body named in full, "
        "is that body, named in full",
        (
            Example(
                "Lãnh đạo tỉnh thăm Hội Liên hiệp Phụ nữ (LHPN) tỉnh. Hội LHPN tỉnh đã phối hợp với các sở; các phòng "
                "của Hội Nông dân tỉnh và Hội Nông dân cùng dự.",
                (entity("organization", "Hội Liên hiệp Phụ nữ tỉnh"), entity("organization", "Hội Nông dân tỉnh")),
                "2025-10",
            ),
        ),
    ),
    Rule(
        "people.elected_again_and_listed_holders",
        "loaders/extract/people.py: _APPOINTED ('được tái bầu làm', 'được bầu lại chức'), _TWO_HOLDERS_ITEM, "
        "_TITLES_AFTER (lexicon.HONOURS); lexicon.py: POSTS ('Tổng cục trưởng', 'Ủy viên Thường trực'), MEMBERSHIPS "
        "('Ủy viên Ban Chấp hành Tỉnh ủy')",
        "officials as elections and visits name them: re-elected ('được tái bầu làm phó chủ tịch HĐND tỉnh'), a "
        "membership of the committee named by it, a State honour between the name and the posts, two holders joined "
        "by 'và' in one item of a list sharing their titles",
        (
            Example(
                "Ông Hà Văn Tùng được tái bầu làm phó chủ tịch HĐND tỉnh; ông Lò Minh được bầu lại chức chủ tịch UBND "
                "tỉnh.",
                (
                    entity("official", "Hà Văn Tùng", "phó chủ tịch HĐND tỉnh"),
                    entity("official", "Lò Minh", "chủ tịch UBND tỉnh"),
                ),
                "2021-06",
            ),
            Example(
                "Các ông: Mai Văn Lực, Ủy viên Thường vụ Tỉnh ủy; Phan Văn Đức và Kim Văn Sơn, Ủy viên Ban Chấp hành "
                "Tỉnh ủy, Phó Chủ tịch UBND tỉnh tái đắc cử.",
                (
                    entity("official", "Phan Văn Đức", "Ủy viên Ban Chấp hành Tỉnh ủy"),
                    entity("official", "Kim Văn Sơn", "Phó Chủ tịch UBND tỉnh"),
                ),
                "2021-06",
            ),
        ),
    ),
    Rule(
        "people.holders_after_counted_post",
        "loaders/extract/people.py: _LIST_VERB, _POST_COUNTED_BEFORE, _HOLDERS_AFTER, _HOLDER_NAME; _APPOINTED ('lần "
        "lượt trúng cử lại'); lexicon.py: NAME_PREFIXES (religious dignitaries)",
        "the holders listed after a counted or plural post and 'là' or 'gồm' ('Bốn Phó Chủ tịch ... khóa X gồm các "
        "đồng chí: A, B', 'Các Phó Chủ tịch UBND tỉnh X trong nhiệm kỳ này, gồm ông A, B và C'), each holding the "
        "post; 'bà A và ông B lần lượt trúng cử lại chức danh ...'; 'Hòa thượng', 'Thượng tọa', 'Linh mục' before a "
        "holder",
        (
            Example(
                "Bốn Phó Chủ tịch chuyên trách Ủy ban MTTQ Việt Nam tỉnh khóa X gồm các đồng chí: Lò Văn Pấng, Vi Thị "
                "Hoa, Đinh Công Sử, Hà Mai.",
                (
                    entity("official", "Lò Văn Pấng", "Phó Chủ tịch chuyên trách Ủy ban MTTQ Việt Nam tỉnh"),
                    entity("official", "Hà Mai", "Phó Chủ tịch chuyên trách Ủy ban MTTQ Việt Nam tỉnh"),
                ),
                "2024-09",
            ),
            Example(
                "Dự có Thượng tọa Thích Huệ Thông, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.",
                (entity("official", "Thích Huệ Thông", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),),
                "2024-09",
            ),
        ),
    ),
    Rule(
        "bodies.front_members_and_mass_organization_boards",
        "loaders/extract/lexicon.py: BODY_PATTERNS (mass organizations' standing boards, the Front's religious "
        "members, 'Bộ Chỉ huy quân sự (CHQS) tỉnh', 'Cục Thi hành án dân sự tỉnh', a board's second word capitalised); "
        "bodies.py: _PROVINCE_ALT (lexicon.PROVINCE_VARIANTS)",
        "the standing boards of a mass organization ('Ban Thường vụ Hội Nông dân tỉnh X'), the Front's religious "
        "members ('Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh', 'Ủy ban Đoàn kết Công giáo Việt Nam'), a province's "
        "military command with its abbreviation in brackets, and a body of a province spelled otherwise ('HĐND tỉnh "
        "Đắc Nông')",
        (
            Example(
                "Dự hội nghị có Ban Thường vụ Hội Nông dân tỉnh Yên Bái và Ban Trị sự Giáo hội Phật giáo Việt Nam "
                "tỉnh.",
                (
                    entity("organization", "Ban Thường vụ Hội Nông dân tỉnh Yên Bái"),
                    entity("organization", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
                ),
                "2024-09",
            ),
            Example(
                "HĐND tỉnh Lâm Đồng và HĐND tỉnh Đắc Nông họp phiên đầu; Bộ Chỉ huy quân sự (CHQS) tỉnh báo cáo.",
                (entity("organization", "HĐND tỉnh Đắc Nông"), entity("organization", "Bộ Chỉ huy quân sự tỉnh")),
                "2016-06",
            ),
        ),
    ),
    Rule(
        "bodies.departments_after_one_head",
        "loaders/extract/bodies.py: _DEPARTMENT_LIST, _listed_departments (lexicon.DEPARTMENTS); _TAIL_ITEM ('Đoàn "
        "ĐBQH'), _TAIL_WITH_PLURAL ('các tổ chức chính trị - xã hội')",
        "known departments listed after one 'Sở' or 'Bộ' without a colon ('các Sở Nội vụ, Tài chính, Xây dựng', 'Sở Y "
        "tế, Giáo dục và Đào tạo'): one department per item, never one name run over the list; the province's "
        "National Assembly delegation and the Front sharing the unit of a list ('Tỉnh ủy, Đoàn ĐBQH, HĐND, UBND tỉnh', "
        "'Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh')",
        (
            Example(
                "Tham dự có lãnh đạo các Sở Nội vụ, Tài chính, Xây dựng và Công an tỉnh.",
                (
                    entity("organization", "Sở Nội vụ"),
                    entity("organization", "Sở Tài chính"),
                    entity("organization", "Sở Xây dựng"),
                ),
                "2025-03",
            ),
            Example(
                "Đoàn gồm lãnh đạo Tỉnh ủy, Đoàn ĐBQH, HĐND, UBND tỉnh Quảng Bình.",
                (entity("organization", "Đoàn ĐBQH tỉnh Quảng Bình"),),
                "2025-03",
            ),
        ),
    ),
    Rule(
        "bodies.steering_committee_ends_before_document",
        "loaders/extract/bodies.py: _STEERING_STOPS ('và' before a document's kind, lexicon.LISTED_KINDS; 'thường "
        "xuyên')",
        "a steering committee's name ends before the next document joined by 'và' ('Ban Chỉ đạo X tỉnh và Công văn số "
        "...') and before an adverb ('Ban Chỉ đạo xã thường xuyên kiểm tra')",
        (
            Example(
                "Tổ làm việc theo Công văn của Ban Chỉ đạo phòng, chống dịch bệnh tỉnh và Công văn số 88/UBND-TH của "
                "UBND huyện.",
                (entity("organization", "Ban Chỉ đạo phòng, chống dịch bệnh tỉnh"),),
                "2021-09",
            ),
        ),
    ),
    Rule(
        "bodies.delegation_of_bodies_sharing_a_unit",
        "loaders/extract/bodies.py: steering_committees (the owners after 'của' read by _SHARED_TAIL), "
        "extract_organizations (the shorter name dropped)",
        "a delegation whose owners are a list sharing their unit ('Đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ "
        "Việt Nam tỉnh do ... làm Trưởng đoàn') is named with every owner",
        (
            Example(
                "Sáng 20/12, Đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lê Văn Tâm "
                "làm Trưởng đoàn đã đến thăm Bộ Chỉ huy Quân sự tỉnh.",
                (
                    entity("organization", "Đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh"),
                    entity("organization", "HĐND tỉnh"),
                ),
                "2023-12",
            ),
        ),
    ),
    Rule(
        "bodies.committee_before_its_command",
        "loaders/extract/bodies.py: _COMMITTEE_OF_COMMAND, commands_committees",
        "a command's Party committee written before it, sharing its name ('Đảng ủy, Bộ Tư lệnh Quân khu 2', 'Đảng ủy, "
        "Bộ Chỉ huy Quân sự tỉnh X', 'Đảng ủy, Ban Giám đốc Công an tỉnh'): the committee named with the command",
        (
            Example(
                "Đoàn đã thăm, chúc Tết Đảng ủy, Bộ Tư lệnh Quân khu 2 và Đảng ủy, Ban Giám đốc Công an tỉnh.",
                (
                    entity("organization", "Đảng ủy Quân khu 2"),
                    entity("organization", "Bộ Tư lệnh Quân khu 2"),
                    entity("organization", "Đảng ủy Công an tỉnh"),
                ),
                "2023-01",
            ),
        ),
    ),
    Rule(
        "bodies.board_of_shared_head_and_provinces",
        "loaders/extract/bodies.py: _SHARED_HEAD (lexicon.SHARED_HEAD_BOARDS before the head; 'Tỉnh ủy' among "
        "lexicon.SHARED_HEAD_BODIES), extract_organizations (one item per province); lexicon.py: BODY_PATTERNS (no "
        "bare Front inside 'Ủy ban MTTQ Việt Nam các xã')",
        "a board written before a list's shared head is each unit's ('Ủy ban Kiểm tra Đảng ủy các xã: A, B'); "
        "provinces sharing a committee ('Ban Thường vụ Tỉnh ủy các tỉnh: A, B', 'UBND các tỉnh A, B') give one body "
        "each",
        (
            Example(
                "Ủy ban Kiểm tra Đảng ủy các xã: An Bình, An Phú đã kiểm tra.",
                (
                    entity("organization", "Ủy ban Kiểm tra Đảng ủy xã An Bình"),
                    entity("organization", "Ủy ban Kiểm tra Đảng ủy xã An Phú"),
                ),
                "2025-08",
            ),
            Example(
                "Tổ công tác làm việc với Ban Thường vụ Tỉnh ủy các tỉnh: Sơn La, Điện Biên.",
                (
                    entity("organization", "Ban Thường vụ Tỉnh ủy Sơn La"),
                    entity("organization", "Ban Thường vụ Tỉnh ủy Điện Biên"),
                ),
                "2025-08",
            ),
        ),
    ),
    Rule(
        "bodies.head_counted_over_units",
        "loaders/extract/bodies.py: _COUNTED_UNITS, _BARE_LIST_HEADS (extract_organizations), steering_committees (a "
        "count of units right after the head)",
        "a head counted over the units after it names no one body ('Ban Thường vụ Hội Nông dân 02 tỉnh X và Y', 'Ban "
        "Chỉ đạo 02 xã kiểm tra')",
        (
            Example(
                "Tổ kiểm tra và Ban Chỉ đạo 02 xã kiểm tra các chốt; Ban Chỉ đạo xã Tân Phú báo cáo.",
                (entity("organization", "Ban Chỉ đạo xã Tân Phú"),),
                "2021-09",
            ),
        ),
    ),
    Rule(
        "people.post_taken_up_and_lower_case_director",
        "loaders/extract/people.py: _APPOINTED ('đảm nhiệm chức vụ'), _FIRST_OF_TWO (a prefix before each name); "
        "lexicon.py: LOWER_POSTS ('Phó giám đốc')",
        "the holders of a post a decision gives after a verb ('ông A và ông B đảm nhiệm chức vụ Phó Trưởng Ban ...'), "
        "and a director written in lower case before a capitalised body ('đại tá A, Phó giám đốc Công an tỉnh')",
        (
            Example(
                "Ông Lê Văn Sáu và ông Võ Thành Nhân đảm nhiệm chức vụ Phó Trưởng Ban Tổ chức Tỉnh ủy.",
                (
                    entity("official", "Lê Văn Sáu", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
                    entity("official", "Võ Thành Nhân", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
                ),
                "2025-02",
            ),
            Example(
                "Tại buổi lễ, thượng tá Lê Minh Khoa, Phó giám đốc Công an tỉnh Hậu Giang trao quyết định.",
                (entity("official", "Lê Minh Khoa", "Phó giám đốc Công an tỉnh Hậu Giang"),),
                "2025-06",
            ),
        ),
    ),
)

BY_ID = {rule.id: rule for rule in RULES}


def rule(rule_id: str) -> Rule:
    """The rule with this id (KeyError names the known ones)."""
    try:
        return BY_ID[rule_id]
    except KeyError:
        raise KeyError(f"no rule {rule_id!r}; known: {', '.join(sorted(BY_ID))}") from None

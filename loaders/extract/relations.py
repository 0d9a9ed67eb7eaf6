"""Relations between the entities of one document, each with its sentence and span.

* IMPLEMENTS: a plan, programme or project, then a cue ("để cụ thể hóa", "triển khai thực hiện",
  "thực hiện", "ban hành kèm theo"), then the document(s) it carries out. Reports and reviews
  of an implementation are not implementations (GOLD_FORMAT, hard cases).
* CITES: the reported meeting (or the document itself when there is none) -> every document named.
* CONCLUDED: the official in a sentence about the conclusion ("Kết luận ...", "phát biểu kết luận"), of the
  meeting the conclusion names ("Kết luận phiên họp").
* ASSIGNED_TO: "giao <body> chủ trì / là cơ quan đầu mối", "<body> chủ trì / chịu trách nhiệm <task>" (the
  project and document of the task, and in a text that is itself a plan the plan; "Theo đó, ..." the document
  named before), lists that share a head ("UBND các huyện: A, B"), "<project> tại xã X", "(xã X, huyện Y)",
  "đi qua 5 xã: A, B", "trên địa bàn các xã A, B", a site set up in a sentence, "chủ đầu tư: Công ty X",
  "cho TP Vinh"; the document a task carries out named after its verbs ("giao Sở X nghiên cứu, triển khai thực hiện
  Chỉ thị Y", "... thực hiện kế hoạch"), bodies named after a generic plural of the assignees, "X làm chủ nhiệm đề án",
  tasks another body gives out ("do Ban Thường vụ Tỉnh ủy giao UBND tỉnh chủ trì": its document), bodies sharing out a
  plan ("Thực hiện kế hoạch của Tỉnh ủy, ... Trong đó, A ...", "Theo đó, A ...; B ..."); a law is never the task.
* ATTENDED {role}: chủ trì, đồng chủ trì, trình bày, phát biểu, dự.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from loaders.extract.bodies import shared_head_items
from loaders.extract.lexicon import (
    CARRIED_OUT_PROJECTS,
    COMMUNE_LEVELS,
    GENERIC_ASSIGNEE_WORDS,
    ISSUERS,
    KIND_WORDS,
    LOWER,
    PARAGRAPH_BODY_HEADS,
    PROVINCES,
    SCHEME_HEAD_ROLES,
    SITE_WORK,
    TABLE_INVESTOR_HEADERS,
    TABLE_LEAD_HEADERS,
    TABLE_PLACE_HEADERS,
    TASK_OBJECT_VERBS,
    UPPER,
)
from loaders.extract.model import Locality, Meeting, Official, Organization, Relation, Resolution
from loaders.extract.ordered import SpanIndex, Spans, StartIndex
from loaders.extract.people import PersonMention, holder_of
from loaders.extract.places import heading_levels, unit_lists
from loaders.extract.projects import ProjectMention
from loaders.extract.resolutions import Found, headed_title, own_document
from loaders.extract.text import Doc, WordPattern, key_of

#: a character inside a clause: no full stop, semicolon or line break; but the dot of a city or town written short
#: ends no clause ("Thực hiện Kế hoạch A, UBND TP. Cần Thơ ban hành ...", "Thành ủy TP.HCM", "UBND TX. Tân Châu")
_IN_CLAUSE = r"(?:[^.;\n]|(?<=TP|Tp|TX)\.)"
#: the same, nor a colon
_IN_CLAUSE_NO_COLON = r"(?:[^.;:\n]|(?<=TP|Tp|TX)\.)"
#: the same, nor a comma
_IN_CLAUSE_NO_COMMA = r"(?:[^.;:,\n]|(?<=TP|Tp|TX)\.)"

_IMPLEMENT_CUE = re.compile(
    # (the words may be wrapped over a hard line break, as a legal database's copy has them: "thực\nhiện")
    r"(?:để\s+)?cụ\s+thể\s+hóa|triển\s+khai\s+thực\s+hiện|tổ\s+chức\s+thực\s+hiện"
    # a quoted topic opens with a capital: 'Chương trình số 83-CTr/TU về “Thực hiện Nghị quyết ...”'
    r"|kế\s+hoạch\s+thực\s+hiện|ban\s+hành\s+kèm\s+theo|[Tt]hực\s+hiện|[Tt]riển\s+khai"
    # an upper-case title: "KẾ HOẠCH SỐ 85-KH/TU ... THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW"
    r"|THỰC\s+HIỆN|TRIỂN\s+KHAI|CỤ\s+THỂ\s+HÓA"
)


def _cue_words(cue: re.Match[str]) -> str:
    """A cue as words, lower case on one line ("ban hành kèm\ntheo" -> "ban hành kèm theo")."""
    return " ".join(cue.group(0).lower().split())


#: the kind words, each also wrapped over a hard line break between its words ("Nghị\nquyết")
_KIND_WORDS_WRAPPED = "|".join(w.replace(" ", r"\s+") for w in sorted(KIND_WORDS, key=len, reverse=True))
#: the kinds that carry out a named movement ("Kế hoạch số 416/KH-UBND thực hiện phong trào thi đua “...”")
_PLAN_KINDS = {"KH", "CTr"}
_NOT_IMPLEMENTERS = {"BC", "TTr", "BB", "NQ", "TB", "HP", "Luật", "KL", "NĐ", "TT", "CV"}
#: kinds that issue a plan or programme "ban hành kèm theo" themselves ("Quyết định số 512/QĐ-UBND ban hành kèm
#: theo Kế hoạch số 77/KH-UBND"): there the cue reads the other way
_ISSUING_KINDS = {"QĐ", "NQ"}
#: kinds that implement only with the strongest cue ("Nghị quyết ... cụ thể hóa Nghị quyết số 82/NQ-CP")
_RESOLVING_KINDS = {"NQ", "KL", "CT"}
#: the conclusion of the meeting, not a "Kết luận" document: a sentence opening "Kết luận nội dung
#: này, ...", or "phát biểu kết luận", "chủ trì và kết luận", "kết luận hội nghị"
_CONCLUDE = re.compile(
    r"^\W*[Kk]ết luận(?!\s+(?:số|\d|của|[A-ZĐ]))"
    r"|(?:[Pp]hát biểu|[Cc]hủ trì và|đã|[Đđ]ồng chí [^,.]{0,40})\s+kết luận(?!\s+(?:số|\d))"
    r"|[Kk]ết luận (?:hội nghị|phiên họp|buổi làm việc|cuộc làm việc|kỳ họp)"
    # "đồng chí A, Bí thư Tỉnh ủy kết luận như sau:"; "Chủ tịch UBND tỉnh kết luận ..."
    r"|kết luận\s*(?:như sau|:)|(?:ủy|tỉnh|phố|huyện|xã|phường)\s+kết luận(?!\s+(?:số|\d))"
)
_ROLES = [("đồng chủ trì", "chủ trì"), ("chủ trì", "chủ trì"), ("trình bày", "trình bày"), ("phát biểu", "phát biểu"),
          ("điều hành", "chủ trì"), ("dự", "dự")]  # fmt: skip
#: compiled once; each with its word, looked for first (a text without the word never runs the pattern)
_ROLE_WORDS = [(word, re.compile(rf"(?<![\w]){word}(?![\w])"), role) for word, role in _ROLES]


@dataclass
class Mentioned:
    """A document or project mention, with its endpoint text as GOLD_FORMAT writes it."""

    ref: str
    kind: str
    start: int
    end: int
    sub: str = ""  # a project's kind (đề án, dự án ...)
    anaphoric: bool = False  # a document named only by pointing back ("hai nghị quyết này")
    level: str | None = None  # the issuer's level of a document ("central", "provincial" ...), when known


#: a short name the text gives a project right after its full name: "Đề án phát triển ... (gọi tắt là Đề án 06)",
#: "(sau đây viết tắt là Phong trào thi đua)"
#: (the bracket may go on after the short name: "(gọi tắt là Khu đô thị hồ X, ở các phường A, B)")
_SHORT_NAME = re.compile(
    r"\s*\((?:sau đây\s+)?(?:gọi|viết)\s+tắt\s+là:?\s*[“\"]?([^()“”\"\n]{2,60}?)[”\"]?\s*(?:\)|,[^()\n]{1,120}\))"
)


def _short_names(doc: Doc, projects: list[ProjectMention]) -> dict[str, str]:
    """The project each short name given in brackets stands for (its key -> the full name)."""
    names: dict[str, str] = {}
    if "tắt là" not in doc.match:
        return names  # the cheap look first
    for p in projects:
        short = _SHORT_NAME.match(doc.match, p.end)
        if short is not None:
            names.setdefault(key_of(short.group(1)), p.project.name)
            if not short.group(1).lower().startswith(("dự án", "đề án")):  # "dự án Khu đô thị hồ X" later: the same
                names.setdefault(key_of(f"Dự án {short.group(1)}"), p.project.name)
    return names


#: a programme of a central body, by its name: "Chương trình hành động của Chính phủ thực hiện ..."
_CENTRAL_OWNER = re.compile(
    r"\scủa\s+(?:Chính phủ|Thủ tướng(?: Chính phủ)?|Bộ Chính trị|Ban Bí thư|Quốc hội|Ban Chấp hành Trung ương)(?![\w])"
)


def _below(m: Mentioned, other: Mentioned) -> bool:
    """``m`` is a local document and ``other`` a central one, or ``m`` a local People's Committee's or Council's
    document and ``other`` a local Party committee's: a document carries out one of its own level or higher
    (GOLD_FORMAT: IMPLEMENTS runs lower -> higher; the committee's programme leads the People's Committee's plan). Only
    these are told apart: a local symbol without its issuer ("10/KH-UBND") does not say which local level it is."""
    if other.level == "central":
        return m.level is not None and m.level != "central"
    return _LOCAL_STATE.search(m.ref) is not None and _LOCAL_PARTY.search(other.ref) is not None


#: a local People's Committee's or Council's symbol ("30/KH-UBND", "12/NQ-HĐND"), and a local Party committee's
#: ("15-CTr/TU", "40-KH/HU", "03-NQ/ĐU")
_LOCAL_STATE = re.compile(r"^\d[\w/]*/[A-ZĐ]{1,4}-(?:UBND|HĐND)$")
_LOCAL_PARTY = re.compile(r"^\d+-[A-ZĐa-z]{1,4}/(?:TU|HU|QU|TxU|ĐU)$")


def _mentions(doc: Doc, resolutions: list[Found], projects: list[ProjectMention]) -> list[Mentioned]:
    # a numbered đề án is a project (GOLD_FORMAT): its symbol gives way to the project mention that covers it
    project_spans = Spans((p.start, p.end) for p in projects)
    resolutions = [
        f for f in resolutions if not (f.resolution.kind == "ĐA" and project_spans.holds(f.start, f.end))
    ]  # fmt: skip
    out = [
        Mentioned(f.resolution.key, f.resolution.kind, f.start, f.end, anaphoric=f.anaphoric, level=f.resolution.level)
        for f in resolutions
    ]
    # a project read where a document is named again ("chương trình hành động của Tỉnh ủy" = 56-CTr/TU) is that
    # document
    spans = {(f.start, f.end) for f in resolutions}
    # a project named by the short name the text gave it is the project of the full name
    short = _short_names(doc, projects)
    out += [
        Mentioned(
            short.get(key_of(p.project.name), p.project.name),
            "project",
            p.start,
            p.end,
            p.project.kind,
            level="central" if _CENTRAL_OWNER.search(p.project.name) else None,
        )
        for p in projects
        if (p.start, p.end) not in spans
    ]
    out.sort(key=lambda m: (m.start, -m.end))
    return out


#: the last text grouped: its Doc, the mentions grouped and the groups (five relation rules group the same mentions)
_LAST_GROUPED: list[tuple[Doc | None, tuple[Mentioned, ...], list[tuple[int, int, list[Mentioned]]]]] = [(None, (), [])]


def _starts_of(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right (overlaps too)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _by_sentence(doc: Doc, mentions: list[Mentioned]) -> list[tuple[int, int, list[Mentioned]]]:
    """The sentences that name something, each with its mentions in text order (one pass over both); a sentence
    wrapped over hard line breaks (a text copied from a PDF) is one sentence. Read once per text and list of mentions
    (the rules that ask only read the groups)."""
    last_doc, last_mentions, last_groups = _LAST_GROUPED[0]
    if (
        last_doc is doc
        and len(last_mentions) == len(mentions)
        and all(a is b for a, b in zip(last_mentions, mentions, strict=True))
    ):
        return last_groups
    found = _group_by_sentence(doc, mentions)
    _LAST_GROUPED[0] = (doc, tuple(mentions), found)
    return found


def _group_by_sentence(doc: Doc, mentions: list[Mentioned]) -> list[tuple[int, int, list[Mentioned]]]:
    groups: dict[int, list[Mentioned]] = {}
    ends: dict[int, int] = {}
    last = -1  # the start of the latest group
    for m in mentions:  # in text order
        s, e = doc.sentence_bounds(m.start)
        if last >= 0 and s >= ends[last] and _goes_on(doc, ends[last], s):
            s = last  # the sentence before goes on over the line break
        elif last >= 0 and last < s < ends[last]:
            s = last  # a line already joined to the sentence before (a second mention on it)
        groups.setdefault(s, []).append(m)
        ends[s] = max(ends.get(s, e), e)
        last = s
    return [(s, ends[s], inside) for s, inside in groups.items()]


#: the last word of a line that cannot end a sentence ("... ngày 07/5/2021 của\nBộ Nông nghiệp ...", "... phê
#: duyệt\nKế hoạch truyền thông ...")
_OPEN_END = re.compile(r"(?:^|\s)(?:của|số|ngày|và|về|tại|theo|với|các|phê duyệt)$")


#: a clause after a semicolon that goes on with the same subject: "; bổ sung thêm nội dung thực hiện ...", "; đồng thời
#: tiếp tục thực hiện ..."
_CONTINUES = re.compile(
    r"(?:đồng thời\s+(?:tiếp tục\s+)?"
    r"|(?:đồng thời\s+)?(?:tiếp tục\s+)?bổ sung(?:\s+thêm)?(?:\s+(?:các\s+)?(?:nội dung|nhiệm vụ))?\s+)"
    r"(?:triển khai thực hiện|triển khai|thực hiện|cụ thể hóa)\s"
)


def _goes_on(doc: Doc, end: int, start: int) -> bool:
    """The sentence that ends at ``end`` goes on over hard line breaks to the one at ``start`` (and over those in
    between): each break has no closing mark before it and a lower-case word or a number after it, or a word before it
    that cannot end a sentence."""
    while end <= start:
        if end <= 0:
            return False
        before = doc.match[max(0, end - 40) : end].rstrip()
        if doc.match[end - 1] != "\n":
            # "... Nghị quyết số 66-NQ/TW; bổ sung thêm nội dung thực hiện Nghị quyết số 59-NQ/TW": the clause goes on
            if not (before.endswith(";") and _CONTINUES.match(doc.match, end)):
                return False
        elif (
            not before
            or before[-1] in '.;:!?”"'
            or not (
                doc.match[end : end + 1].islower() or doc.match[end : end + 1].isdigit() or _OPEN_END.search(before)
            )
        ):
            return False
        if end == start:
            return True
        end = doc.sentence_bounds(end)[1]
        if end > start:
            return False
    return False


def implements(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """X, a cue, then Y (and the documents listed with Y): X IMPLEMENTS each of them."""
    relations: list[Relation] = []
    starts = [m.start for m in mentions]
    for _, _, inside in _by_sentence(doc, mentions):
        for i, source in enumerate(inside):
            if source.kind == "project" and (
                any(_carried_out_by(doc, k, source) for k in inside if k is not source)
                or _DRAWN_UP_BEFORE.search(doc.match, max(0, source.start - 30), source.start)
            ):
                continue  # the object of a plan's own description, or a project still to be drawn up
            # the first cue after the source's own head words, and the documents right after it
            after = -1  # once a project in the source's own description is its target, only what follows the source
            cues: tuple[list[int], list[int]] | None = None  # the cues after the source (starts, ends), read once
            for j in range(i + 1, len(inside)):
                target = inside[j]
                if target.ref == source.ref or (target.kind == "project" and target.sub not in CARRIED_OUT_PROJECTS):
                    continue
                if target.sub == "phong trào" and source.kind not in _PLAN_KINDS:
                    continue  # a movement is carried out by a plan; a directive launches it or ties tasks to it
                if target.start < after:
                    continue
                between = doc.match[source.start : target.start]
                if cues is None:
                    last = max(k.start for k in inside[i + 1 :])
                    read = list(_IMPLEMENT_CUE.finditer(doc.match, source.start, last))
                    cues = [c.start() for c in read], [c.end() for c in read]
                # the last cue between: those of the source's cues that end before the target are the first ones of
                # the words between (the pattern looks neither behind nor ahead), which are read from the last of them
                # on, not from the source again for each target
                ended = bisect.bisect_right(cues[1], target.start)
                cue = None
                for c in _IMPLEMENT_CUE.finditer(between, cues[0][ended - 1] - source.start if ended else 0):
                    cue = c
                if cue is None or (len(between) - cue.end() > 40 and not _GOALS_OF.fullmatch(between, cue.end())):
                    continue
                cue_at = source.start + cue.start()
                if (
                    source.kind == "project"
                    and _TOPIC_OF_BEFORE.search(doc.match, max(0, source.start - 12), source.start)
                    and _LIST_END.search(doc.match, source.start, cue_at)
                ):
                    break  # "Nghị quyết A về Chương trình X và triển khai B": the list's cue, not X's (X's name may run
                    # on over it)
                if any(k.kind != "project" and source.end <= k.start < cue_at for k in inside[i + 1 : j]):
                    break  # "Quyết định A ban hành Kế hoạch B thực hiện C": the cue is B's, not A's
                if source.kind in _ISSUING_KINDS and any(
                    k.kind == "project" and k.sub in CARRIED_OUT_PROJECTS and source.end <= k.start < cue_at < k.end
                    for k in inside[i + 1 : j]
                ):
                    break  # "Quyết định này Chương trình hành động B thực hiện C": B's name holds the cue, B carries C
                if "kèm theo" in _cue_words(cue) and any(
                    k.start < source.start and source.end <= k.end <= cue_at for k in inside if k is not source
                ):
                    break  # "Chương trình ... thực hiện Nghị quyết A ban hành kèm theo B": the cue is the programme's
                if (
                    _cue_words(cue) == "ban hành kèm theo"
                    and source.kind in _ISSUING_KINDS
                    and target.kind not in _ISSUING_KINDS
                    and _ONLY_TAIL.fullmatch(doc.match, source.end, cue_at)
                ):
                    break  # "Quyết định A ban hành kèm theo Kế hoạch B": A issues B (B implements A, issued_with)
                if _ISSUED_HERE.search(doc.match, source.end, cue_at):
                    break  # "Thực hiện Quyết định A, UBND tỉnh xây dựng Kế hoạch (hành động) thực hiện C": the text's
                if _TASKS_GIVEN.match(doc.match, source.start + cue.end()) and "," in doc.match[source.end : cue_at]:
                    break  # "Các sở căn cứ Chương trình A, triển khai nhiệm vụ được giao tại Nghị quyết B": the bodies'
                    # tasks, A is their basis (A is not said to carry B out)
                if _PASSIVE_MEANS.fullmatch(doc.match, source.end, target.start):
                    break  # "A đã được cụ thể hóa bằng Kế hoạch B": B carries A out (by_means), not A -> B
                if _MEANS_AFTER_CUE.match(between, cue.end()):
                    continue  # "..., UBND tỉnh cụ thể hóa bằng Kế hoạch C": C is a means, not what the cue carries out
                if source.kind == "CV":
                    break  # an official letter guides; it does not carry a document out
                if (
                    _LIST_GAP.fullmatch(doc.match, source.end, cue_at) or _chained(doc, source.end, target.start)
                ) and _CUE_THEN_SOURCE.search(doc.match, max(0, source.start - 40), source.start):
                    break  # "triển khai Kế hoạch A, (tiếp tục) thực hiện Kế hoạch B": two targets, not A -> B
                if source.kind in _NOT_IMPLEMENTERS and not (
                    _ABOUT_IMPLEMENTING.search(between)
                    or (source.kind in _DEPLOYING_KINDS and _ABOUT_DEPLOYING.search(between))
                    or (
                        source.kind in _RESOLVING_KINDS
                        and (
                            "cụ thể hóa" in _cue_words(cue)
                            or _FOR_PURPOSE.search(between[: cue.start()])
                            or _carries_tail_only(doc, source.end, cue_at)
                        )
                    )
                ):
                    continue
                if _REVIEW.search(between[: cue.start()]) or _NOMINAL_CUE.search(between, 0, cue.start()):
                    break  # a review or report of an implementation cites, it does not implement
                # ", đồng thời thực hiện Nghị quyết số ...": the plan's, not that of a document in its topic
                about = _ABOUT_IMPLEMENTING.search(between) or _ABOUT_DEPLOYING.search(between)
                also = [] if about else _also_after(doc, inside[j:])
                # "Kế hoạch A ngày ... và Chỉ thị B ngày ... để thực hiện C": the documents listed before the source
                # and the plans other issuers issue in the clauses right before the source's ("Ban Thường vụ Tỉnh
                # ủy ban hành Kế hoạch A, UBND tỉnh ban hành Kế hoạch B thực hiện C")
                co = (
                    _listed_before(doc, inside[:i], source)
                    + _issued_in_parallel(doc, mentions, bisect.bisect_left(starts, source.start), source)
                    # (or the cue inside the source's own description: "... và Kế hoạch của UBND tỉnh thực hiện C")
                    if _CUE_RIGHT_AFTER.fullmatch(doc.match, source.end, cue_at) or source.start < cue_at < source.end
                    else []
                )
                for s_ in [source, *co]:
                    listed = [t for t in _listed_after(doc, inside[j:]) if not _below(t, s_)]
                    for t in [target, *listed, *also]:
                        if t.ref == s_.ref:
                            continue
                        where = doc.span(s_.start, t.end)
                        relations.append(Relation("IMPLEMENTS", s_.ref, t.ref, where, "implements.cue"))
                if target.start >= source.end or target.kind != "project":
                    break
                after = source.end  # a project in the source's own description: another cue may follow the source
    return relations


#: only the source's own date and issuer, and a word of manner, before its cue: "Chỉ thị số 03-CT/TU ngày 10/3/2025 để
#: thực hiện", "... đã cụ thể hóa"
_CUE_RIGHT_AFTER = re.compile(
    r"(?:\s*,?\s*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?(?:\s*,?\s*của\s+[^,;.:\n]{1,60}?)?"
    r"\s*(?:(?:để|nhằm|đã|đều|cùng)\s+)*"
)


#: an action programme named by its issuer alone, no topic or cue of its own: "Chương trình hành động của Ban Thường
#: vụ Tỉnh ủy"
_PROGRAMME_OF_ISSUER = re.compile(r"Chương trình hành động của [^,.;:]{3,80}")
_OWN_TOPIC = re.compile(r"\s(?:thực hiện|triển khai|cụ thể hóa|về)\s")


def _listed_before(doc: Doc, before: list[Mentioned], source: Mentioned) -> list[Mentioned]:
    """The documents listed right before ``source`` as one subject ("Kế hoạch A, Kế hoạch B và Chỉ thị C đã cụ thể hóa
    ..."), not a list a cue before it carries out ("triển khai Kế hoạch A và Kế hoạch B thực hiện ...")."""
    listed: list[Mentioned] = []
    nxt = source
    for m in reversed(before):
        if m.end > nxt.start:
            continue
        if (m.kind == "project" and not _PROGRAMME_OF_ISSUER.fullmatch(m.ref)) or not _LIST_JOIN.fullmatch(
            doc.match, m.end, nxt.start
        ):
            break  # (a programme named by its issuer alone is a document listed: "Chương trình hành động của Ban
            # Thường vụ Tỉnh ủy và Kế hoạch của UBND tỉnh thực hiện ...")
        listed.append(m)
        nxt = m
    if not listed or _CUE_THEN_SOURCE.search(doc.match, max(0, nxt.start - 40), nxt.start):
        return []
    return [
        m for m in listed if m.kind not in _NOT_IMPLEMENTERS and not (m.kind == "project" and _OWN_TOPIC.search(m.ref))
    ]


def _carried_out_by(doc: Doc, k: Mentioned, project: Mentioned) -> bool:
    """The project is what document ``k`` carries out, inside its description ("Kế hoạch thực hiện Quy hoạch tỉnh
    ..."); not a report's subject ("báo cáo ... triển khai Chương trình hành động ...")."""
    return (
        k.kind not in {"project", "BC", "TTr"}
        and k.start <= project.start
        and project.end <= k.end
        and _IMPLEMENT_CUE.search(doc.match, k.start, project.start) is not None
    )


#: a project named as a document's topic: "Nghị quyết số 11/NQ-CP ... về Chương trình phục hồi ..."
_TOPIC_OF_BEFORE = re.compile(r"\svề\s+(?:việc\s+)?$")
#: a list mark right before a cue: "..., triển khai", "... và thực hiện"
_LIST_END = re.compile(r"(?:[,;]|\svà)\s*$")
#: a lower-case programme or plan someone is still to draw up ("tham mưu xây dựng chương trình hành động ...")
_DRAWN_UP_BEFORE = re.compile(r"(?:xây dựng|chuẩn bị|soạn thảo)\s+$")


#: what a cue may carry out before the document's name: "thực hiện thắng lợi các mục tiêu, nhiệm vụ, giải pháp của
#: Nghị quyết ..."
_GOALS_OF = re.compile(
    r"\s*(?:(?:thắng lợi|có hiệu quả|hiệu quả|nghiêm túc)\s+)?(?:các\s+)?"
    r"(?:mục tiêu|nhiệm vụ|giải pháp|chỉ tiêu|quan điểm|chủ trương"
    # a policy it sets, named by what it supports: "thực hiện chính sách hỗ trợ nước sinh hoạt theo Quyết định số ..."
    r"|chính sách(?:\s+\S+){0,4}?)"
    r"(?:(?:\s*,\s*|\s+và\s+)(?:mục tiêu|nhiệm vụ|giải pháp|chỉ tiêu|quan điểm|chủ trương))*(?:\s+\S+){0,2}?\s+"
    r"(?:của|trong|tại|theo|mà)\s+(?:(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Chương trình(?: hành động)?)"
    r"\s+(?:số\s*)?)?"
)
#: "Nghị quyết ... về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch ...": a resolution about carrying one out
_ABOUT_IMPLEMENTING = re.compile(
    r"\svề\s+[“\"]?\s*(?:(?:(?!,\s*đồng thời)[^.;]){0,60}\s)?(?:[Tt]iếp tục\s+)?(?:[Tt]riển khai\s+)?[Tt]hực hiện\s+"
    r"(?:(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Chương trình(?: hành động)?|Luật)\s+(?:số\s*)?)?$"
)
#: a resolution, decision or directive about deploying or enforcing the next document, the kind word right before
#: it: "Nghị quyết số 12/NQ-CP ... về việc triển khai Nghị quyết số 88/2019/QH14", "... về triển khai thi hành Luật
#: Quy hoạch" (not a report, submission or notice on it)
_ABOUT_DEPLOYING = re.compile(
    r"\svề\s+(?:việc\s+)?(?:tiếp tục\s+)?triển khai(?:\s+thi hành)?\s+"
    r"(?:(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Chương trình(?: hành động)?)\s+(?:số\s*)?)?$"
)
_DEPLOYING_KINDS = {"NQ", "QĐ", "CT", "KL", "NĐ", "TT"}
#: a document issued between a source and the cue, not named (the text's own plan): "..., UBND tỉnh xây dựng Kế
#: hoạch hành động thực hiện ..."
_ISSUED_HERE = re.compile(
    r"(?:ban hành|xây dựng)\s+(?:[Kk]ế hoạch|[Cc]hương trình hành động|[Qq]uyết định|[Cc]hỉ thị|[Hh]ướng dẫn)"
    r"(?:\s+hành động)?\s*$"
)


def _carries_tail_only(doc: Doc, start: int, end: int) -> bool:
    """Only the document's own date and issuer stand before the cue (not a bare comma of a list, "A, thực hiện B")."""
    tail = doc.match[start:end]
    return _ONLY_TAIL.fullmatch(tail) is not None and ("của" in tail or "ngày" in tail)


#: only a list's comma or "và" between a document and the next cue
_LIST_GAP = re.compile(r"\s*(?:,|;|và)\s*")
#: a document itself right after a cue: a target, not a source
_CUE_THEN_SOURCE = re.compile(
    r"(?:thực hiện|triển khai|cụ thể hóa)\s+(?:(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Chương trình(?: hành"
    r" động)?)\s+(?:số\s*)?)?$"
)


#: the cue used as a noun: "kinh nghiệm triển khai Chỉ thị ...", "kết quả thực hiện ...", "quá trình thực hiện ..."
_NOMINAL_CUE = re.compile(r"(?:kinh nghiệm|kết quả|quá trình|tình hình)\s+$")
#: "Nghị quyết ... được ban hành để triển khai thực hiện Luật ...": issued for the purpose
_FOR_PURPOSE = re.compile(r"(?:để|nhằm)\s+(?:tiếp tục\s+)?$")
#: what may stand between a document and its cue when nothing else does: its date, issuer and term
#: ("Nghị quyết số 03/NQ-CP ngày 9/1/2025 của Chính phủ triển khai thực hiện ...")
_ISSUER = "(?:" + "|".join(sorted(map(re.escape, ISSUERS), key=len, reverse=True)) + r"|[A-ZĐ]\w*(?:\s+[A-ZĐ0-9]\w*)*)"
_ONLY_TAIL = re.compile(
    r"\s*,?\s*(?:ngày\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    # the issuer's place after it: "của UBND tỉnh Bình Thuận"
    rf"\s*,?\s*(?:của\s+{_ISSUER}(?:\s+[{UPPER}]\w*){{0,3}}(?:\s*,\s*{_ISSUER})*)?\s*(?:\(?khóa\s+[IVXLC]+\)?)?\s*"
)
#: a review or report; not the name of an inspection body ("Đoàn kiểm tra", "Ủy ban Kiểm tra")
_REVIEW = WordPattern(
    r"(?<!đoàn )(?<!ban )(?:tổng kết|sơ kết|báo cáo|đánh giá|kiểm điểm|kiểm tra|giám sát)(?![\w])", re.IGNORECASE
)
#: the words a numbered document is written after ("Nghị quyết số 57-NQ/TW")
_DOCUMENT_WORDS = "Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Thông báo kết luận|Thông báo|Hướng dẫn|Quy định"
#: the same, and an action programme (a kind word before a number in lists and titles)
_KIND_WORDS = f"{_DOCUMENT_WORDS}|Chương trình hành động"
#: the date and issuer a listed document may carry before the next one ("Kế hoạch số 500-KH/ĐU của Đảng ủy Quân
#: khu 2 và Kế hoạch số 120-KH/TU"), the date also written out as a formal title writes it ("Nghị quyết số 03/NQ-CP
#: ngày 9 tháng 1 năm 2025 của Chính phủ và Kế hoạch số 12-KH/TU ...")
_LISTED_TAIL = (
    r"(?:\s*,?\s*ngày\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    r"(?:\s*,?\s*của\s+[^,;.:\n]{1,60}?)?"
)
_LIST_JOIN = re.compile(
    rf"{_LISTED_TAIL}\s*(?:,|và|cùng|gắn với)\s*(?:(?:với|các)\s+)?"
    rf"(?:(?:{_KIND_WORDS})(?:\s+số)?\s*|số\s*)?"
)


#: "ban hành" right before a plan's kind word and number: the plan is issued in that clause ("UBND tỉnh ban hành Kế
#: hoạch số 97/KH-UBND")
_ISSUED_JUST_BEFORE = re.compile(rf"ban\s+hành\s+(?:(?:{_KIND_WORDS})(?:\s+hành\s+động)?\s*(?:số\s*)?)?$")
#: the gap from a plan issued in one clause to the next plan, issued by another body in the clause after it: the first
#: plan's date and issuer, a comma or semicolon, the next issuer and "ban hành", the next plan's kind word (", UBND
#: tỉnh ban hành Kế hoạch số ", "; UBND tỉnh đã ban hành Kế hoạch số ")
_PARALLEL_ISSUE = re.compile(
    rf"{_LISTED_TAIL}\s*(?:[,;]\s*(?:và\s+)?|và\s+)[A-ZĐ]{_IN_CLAUSE_NO_COMMA}{{1,60}}?\s+"
    rf"(?:(?:đã|đồng thời|cũng|vừa|tiếp tục)\s+)*ban\s+hành\s+"
    rf"(?:(?:{_KIND_WORDS})(?:\s+hành\s+động)?\s*(?:số\s*)?|số\s*)?"
)


def _issued_in_parallel(doc: Doc, mentions: list[Mentioned], hi: int, source: Mentioned) -> list[Mentioned]:
    """The plans issued, each by its own body, in the clauses right before the clause that issues ``source`` ("Ban
    Thường vụ Tỉnh ủy ban hành Kế hoạch A, UBND tỉnh ban hành Kế hoạch B thực hiện C": A carries out C as B does),
    not a plan a cue before it names ("Thực hiện Kế hoạch A, UBND tỉnh ban hành Kế hoạch B ..."). ``mentions`` in
    text order, those before ``hi`` start before the source (the clause before may end on a semicolon)."""
    if source.kind not in _PLAN_KINDS or not _ISSUED_JUST_BEFORE.search(
        doc.match, max(0, source.start - 40), source.start
    ):
        return []
    found: list[Mentioned] = []
    nxt = source
    for m in (mentions[k] for k in range(hi - 1, -1, -1)):
        if m.end > nxt.start:
            continue
        if (
            m.kind not in _PLAN_KINDS
            or not _PARALLEL_ISSUE.fullmatch(doc.match, m.end, nxt.start)
            or not _ISSUED_JUST_BEFORE.search(doc.match, max(0, m.start - 40), m.start)
        ):
            break
        found.append(m)
        nxt = m
    return found


#: the short name a document is given in brackets right after its own name and date, before that name: "Nghị quyết
#: số 20-NQ/TW ngày 16/6/2022 ... (sau đây gọi tắt là " (then "Nghị quyết số 20-NQ/TW)"; the list goes on after it)
_ALIAS_OF_PREVIOUS = re.compile(
    rf"\((?:sau đây\s+)?(?:gọi|viết)\s+tắt\s+là:?\s*[“\"]?\s*(?:(?:{_DOCUMENT_WORDS})\s+(?:số\s*)?)?\Z"
)
_ALIAS_CLOSE = re.compile(r"\s*[”\"]?\s*\)")
#: the gap before a document listed after another's topic: no clause or cue of its own, and a kind word
_TOPIC_GAP = re.compile(_IN_CLAUSE_NO_COLON + r"{0,200}")


def _after_topic(doc: Doc, previous: Mentioned, m: Mentioned, rest: list[Mentioned]) -> bool:
    gap_end = m.start
    if not (
        _TOPIC_GAP.fullmatch(doc.match, previous.end, gap_end) and _SIBLING.search(doc.match, previous.end, gap_end)
    ):
        return False
    if not re.search(r"(?:và|,)\s*(?:các\s+)?\S", doc.match[max(previous.end, gap_end - 30) : gap_end]):
        return False
    if _IMPLEMENT_CUE.search(doc.match, previous.end, gap_end):
        return False  # "A về thực hiện ... và B": B is in A's topic
    nxt = rest[0].start if rest else m.end + 120
    return not _IMPLEMENT_CUE.search(doc.match, m.end, min(nxt, m.end + 120))  # B has a cue of its own


#: a further target of the same source: ", đồng thời (triển khai) thực hiện Nghị quyết số 08-NQ/TU", and a chain
#: ", tiếp tục thực hiện Kết luận số 123-KL/TW", "và tiếp tục triển khai Chỉ thị ...", "; đồng thời tiếp tục ..."
#: (after a list mark only: "về việc tiếp tục thực hiện Chỉ thị ..." is the topic of the document before)
_AT_THE_SAME_TIME = re.compile(
    r"(?:[,;]|\svà)\s*(?:đồng thời\s+(?:tiếp tục\s+)?|tiếp tục\s+"
    r"|bổ sung(?:\s+thêm)?(?:\s+(?:các\s+)?(?:nội dung|nhiệm vụ))?\s+)"
    r"(?:triển khai thực hiện|triển khai|thực hiện|cụ thể hóa)\s+(?:(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận"
    r"|Kế hoạch|Chương trình(?: hành động)?)\s+(?:số\s*)?)?$"
)


def _chained(doc: Doc, start: int, end: int) -> bool:
    """Only the date and issuer of a document, then a chain's cue (", tiếp tục thực hiện"), from ``start`` to
    ``end``."""
    gap = doc.match[start:end]
    if "tiếp tục" not in gap and "đồng thời" not in gap:
        return False  # the cheap look first
    tail = _ONLY_TAIL.match(doc.match, start, end)
    return tail is not None and _AT_THE_SAME_TIME.fullmatch(doc.match, tail.end(), end) is not None


def _also_after(doc: Doc, chain: list[Mentioned]) -> list[Mentioned]:
    """The document after ", đồng thời thực hiện" later in the sentence, and those listed with it."""
    for k, m in enumerate(chain[1:], start=1):
        if m.kind != "project" and _AT_THE_SAME_TIME.search(doc.match, max(chain[k - 1].end, m.start - 80), m.start):
            return [m, *_listed_after(doc, chain[k:])]
    return []


def _listed_after(doc: Doc, chain: list[Mentioned]) -> list[Mentioned]:
    """The documents listed right after the first of ``chain`` ("Nghị quyết A và Nghị quyết B"), also after the
    first one's topic ("Nghị quyết A về ... và Nghị quyết số B của Quốc hội") unless B has a cue of its own."""
    listed: list[Mentioned] = []
    previous = chain[0]
    for k, m in enumerate(chain[1:], start=1):
        if m.start == previous.start and m.end == previous.end and m.kind != "project":
            listed.append(m)  # "hai nghị quyết này": both documents at one place
            continue
        if m.start < previous.end:
            continue
        if m.ref == previous.ref and _ALIAS_OF_PREVIOUS.search(doc.match, previous.end, m.start):
            closing = _ALIAS_CLOSE.match(doc.match, m.end)
            if closing is not None:  # "Nghị quyết số A (sau đây gọi tắt là Nghị quyết số A) và Kế hoạch số B"
                previous = Mentioned(m.ref, m.kind, previous.start, closing.end())
                continue
        if m.kind == "project" and _IMPLEMENT_CUE.search(doc.match, m.start, m.end):
            break  # "... triển khai Nghị quyết A và Chương trình hành động X thực hiện Nghị quyết A": X is a sibling
        if (m.kind == "project" and m.sub not in CARRIED_OUT_PROJECTS) or not (
            _LIST_JOIN.fullmatch(doc.match, previous.end, m.start) or _after_topic(doc, previous, m, chain[k + 1 :])
        ):
            break
        listed.append(m)
        previous = m
    return listed


#: a sentence that opens with its purpose: "Để cụ thể hóa Chỉ thị ..., Ban Thường vụ ban hành Kế hoạch ...",
#: "Thực hiện Nghị quyết ..., UBND tỉnh đã ban hành Quyết định ..."
_KIND_WORD = rf"(?:(?:{_DOCUMENT_WORDS}|Nghị định|Thông tư|Chương trình hành động|Chương trình|Đề án)\s+(?:số\s+)?)?"
#: it opens the sentence or a clause after a comma ("Báo cáo tại hội nghị, A cho biết, để triển khai thực hiện Kế
#: hoạch số 95-KH/TU, Ban Thường trực đã ban hành ..."; "Trước đó, để cụ thể hoá ...")
_PURPOSE_FIRST = re.compile(
    r"\s*(?:(?:[Đđ]ể|[Nn]hằm)\s+(?:tiếp tục\s+)?(?:cụ thể hóa|triển khai thực hiện|triển khai|thực hiện)"
    # the document as the subject of the purpose: "Để (đưa) Nghị quyết số 06-NQ/TW sớm đi vào cuộc sống, ..."
    r"|(?:[Đđ]ể|[Nn]hằm)(?:\s+(?:sớm\s+)?đưa)?"
    # also continuing, or after studying it: "Tiếp tục thực hiện ...", "Quán triệt và triển khai ..."
    r"|(?:(?:[Tt]iếp tục|[Qq]uán triệt\s+và)\s+)?"
    # or studying it alone, which the documents issued after it carry out: "Quán triệt Nghị quyết số 66-NQ/TW, Ban
    # Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 21-CTr/TU"
    r"(?:[Tt]hực hiện|[Tt]riển khai thực hiện|[Tt]riển khai|[Cc]ụ thể hóa|[Qq]uán triệt))\s+"
    # its manner, or the direction it carries out ("có hiệu quả", "theo", "chỉ đạo của Tỉnh ủy tại")
    r"(?:(?:có hiệu quả|hiệu quả|nghiêm túc|đồng bộ|theo)\s+)?"
    r"(?:(?:chủ trương|chỉ đạo|sự chỉ đạo|ý kiến chỉ đạo|tinh thần)\s+"
    r"(?:của\s+(?:[^,;.]|(?<=TP|Tp|TX)\.){1,50}?\s+)?(?:tại\s+)?)?" + _KIND_WORD
)
#: the verbs that make a document: issue, draw up, have, and a council's passing a resolution ("HĐND tỉnh đã thông qua
#: Nghị quyết số 41/NQ-HĐND")
_MAKES = r"(?:đã\s+|vừa\s+)?(?:ban hành|xây dựng|có|thông qua)\s+"
#: then the document made for it: ", <issuer> (đã) ban hành / xây dựng Kế hoạch ..."
#: (also counted, then listed: "..., Ban Thường vụ Tỉnh ủy đã ban hành 02 kế hoạch: Kế hoạch số 120-KH/TU ... và ...")
_COUNTED_LIST = (
    r"(?:(?:\d{1,2}|hai|ba|bốn|năm|sáu)\s+(?:kế hoạch|chương trình|văn bản|nghị quyết|chỉ thị|quyết định|đề án)"
    r"[^.;:\n]{0,60}?:\s*)?"
)
_ISSUED_FOR = re.compile(_IN_CLAUSE + r"{0,200}?," + _IN_CLAUSE + r"{0,80}?\s" + _MAKES + _COUNTED_LIST + _KIND_WORD)
#: a further body issuing its own document for the same purpose, in the next clause: "..., Tỉnh ủy đã ban hành Kế
#: hoạch số 31-KH/TU, UBND tỉnh ban hành Kế hoạch số 64/KH-UBND"
_ALSO_ISSUED = re.compile(
    _IN_CLAUSE_NO_COLON + r"{0,30}?[,;]" + _IN_CLAUSE_NO_COMMA + r"{1,60}?\s" + _MAKES + _KIND_WORD
)


def purpose_first(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """ "Để cụ thể hóa A và B, X ban hành C": C IMPLEMENTS A and B (the cue before both)."""
    relations: list[Relation] = []
    groups = _by_sentence(doc, mentions)
    for g, (s, _, inside) in enumerate(groups):
        # the first document right after a purpose cue that opens the sentence or a clause
        first = next(
            (
                k
                for k, m in enumerate(inside)
                # (a programme or scheme too: "Thực hiện Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết A, UBND
                # tỉnh ban hành Kế hoạch B": B carries out the programme)
                if (m.kind != "project" or m.sub in CARRIED_OUT_PROJECTS)
                and _PURPOSE_FIRST.fullmatch(doc.match, max(s, doc.match.rfind(",", s, m.start) + 1), m.start)
            ),
            None,
        )
        if first is None:
            continue
        inside = inside[first:]
        # the document issued after the purpose clause; every document of the clause is a target
        issued = (
            k for k in range(1, len(inside)) if _ISSUED_FOR.fullmatch(doc.match, inside[k - 1].end, inside[k].start)
        )
        at = next(issued, None)
        if at is None:
            relations += _purpose_apart(doc, groups, g, inside) or _purpose_over_semicolons(doc, groups, g, inside)
            continue
        if inside[at].kind in _NOT_IMPLEMENTERS and inside[at].kind not in _RESOLVING_KINDS:
            continue
        # the documents issued for it: the first, and those listed with it ("..., Ban Thường vụ Huyện ủy ban hành Kế
        # hoạch số 48-KH/HU và Đề án số 03-ĐA/HU về ...")
        sources = [inside[at]] + [
            m for m in _listed_after(doc, inside[at:])
            if m.kind not in _NOT_IMPLEMENTERS and (m.kind != "project" or m.sub in CARRIED_OUT_PROJECTS)
        ]  # fmt: skip
        sources += _issued_next(doc, inside, sources[-1])
        sources += _issued_after_semicolon(doc, groups, g)
        # the clause's own documents: not those one of them carries out ("Thực hiện Chương trình A của Tỉnh ủy
        # thực hiện Nghị quyết B, ... ban hành C": C implements A, not B)
        own = _siblings(doc, inside[:at]) if inside[0].kind != "project" else _listed_with_first(doc, inside[:at])
        for source in sources:
            for t in own:
                if (t.kind != "project" or t.sub in CARRIED_OUT_PROJECTS) and t.ref != source.ref:
                    relations.append(
                        Relation("IMPLEMENTS", source.ref, t.ref, doc.span(s, source.end), "implements.purpose")
                    )
    return relations


#: then a letter issued for it, named by the word "văn bản" or "công văn": "Thực hiện Kế hoạch số 126-KH/TU ..., UBND
#: tỉnh vừa ban hành văn bản số 1079/UBND-TH gửi các sở" (a letter is no implementer elsewhere: it forwards, asks,
#: reports; made for the purpose that opens its sentence, it carries that out)
_LETTER_FOR = re.compile(
    _IN_CLAUSE
    + r"{0,200}?,"
    + _IN_CLAUSE
    + r"{0,80}?\s"
    + _MAKES
    + r"(?:[Vv]ăn bản|[Cc]ông văn|[Cc]ông điện)\s+(?:số\s*)?"
)


def purpose_letter(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """ "Thực hiện A, X ban hành văn bản số B": B IMPLEMENTS A (and what is listed with A)."""
    relations: list[Relation] = []
    for s, _, inside in _by_sentence(doc, mentions):
        first = next(
            (
                k
                for k, m in enumerate(inside)
                if m.kind != "project"
                and _PURPOSE_FIRST.fullmatch(doc.match, max(s, doc.match.rfind(",", s, m.start) + 1), m.start)
            ),
            None,
        )
        if first is None:
            continue
        inside = inside[first:]
        at = next(
            (
                k
                for k in range(1, len(inside))
                if inside[k].kind in _LETTER_KINDS
                and _LETTER_FOR.fullmatch(doc.match, inside[k - 1].end, inside[k].start)
            ),
            None,
        )
        if at is None:
            continue
        letter = inside[at]
        for t in _siblings(doc, inside[:at]):
            if t.kind != "project" and t.ref != letter.ref:
                relations.append(
                    Relation("IMPLEMENTS", letter.ref, t.ref, doc.span(s, letter.end), "implements.purpose_letter")
                )
    return relations


#: the kinds of a letter ("công văn", "công điện")
_LETTER_KINDS = {"CV", "CĐ"}

#: from a letter (or a circular) to the document it is about carrying out: its date and issuer, then "về (việc) / chỉ
#: đạo / (về) hướng dẫn (tổ chức) (triển khai) thực hiện" right before the document ("Thông tư số 08/2015/TT-BXD ... về
#: hướng dẫn thực hiện Quyết định số 33/2015/QĐ-TTg") ("Công văn số 2345/UBND-KTN chỉ đạo triển khai thực hiện
#: Chỉ thị số 12/CT-TTg", "Công văn số 5535/VPCP-KGVX ngày 19/6/2025 của Văn phòng Chính phủ về việc triển khai Thông
#: báo số 30-TB/TW"); not a letter that reports on it ("... báo cáo kết quả thực hiện Chỉ thị ...")
_LETTER_ON = re.compile(
    r"(?:,?\s+ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    r"(?:\s+của\s+" + _IN_CLAUSE_NO_COMMA + r"{1,60}?)?"
    r",?\s+(?:về\s+(?:việc\s+)?(?:hướng\s+dẫn\s+)?|v/v\s+|chỉ\s+đạo\s+|hướng\s+dẫn\s+)(?:tiếp\s+tục\s+)?(?:tổ\s+chức\s+)?"
    r"(?:triển\s+khai\s+thực\s+hiện|triển\s+khai|thực\s+hiện)\s+" + _KIND_WORD
)


def letter_carries_out(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """ "Công văn số A (ngày ... của X) về việc triển khai B": A IMPLEMENTS B (and what is listed with B)."""
    relations: list[Relation] = []
    for _start, _end, inside in _by_sentence(doc, mentions):
        for k, letter in enumerate(inside[:-1]):
            if letter.kind not in _LETTER_KINDS and letter.kind != "TT":  # (a circular that guides it too)
                continue
            nxt = inside[k + 1]
            if nxt.kind == "project" or not _LETTER_ON.fullmatch(doc.match, letter.end, nxt.start):
                continue
            for t in _siblings(doc, inside[k + 1 :]):
                if t.kind != "project" and t.ref != letter.ref:
                    where = doc.span(letter.start, t.end)
                    relations.append(Relation("IMPLEMENTS", letter.ref, t.ref, where, "implements.letter_on"))
    return relations


def _listed_with_first(doc: Doc, chain: list[Mentioned]) -> list[Mentioned]:
    """A programme or scheme that opens a clause of purpose, and the documents listed right after it ("Thực hiện Chương
    trình hành động của Tỉnh ủy thực hiện Nghị quyết A, ...": the programme, not A, which it carries out)."""
    listed, previous, its_targets = [chain[0]], chain[0], False
    for m in chain[1:]:
        if chain[0].start <= m.start and m.end <= chain[0].end:
            its_targets = True  # named inside the programme's name: what it carries out
            continue
        if _LIST_JOIN.fullmatch(doc.match, previous.end, m.start):
            if not its_targets or _below(m, chain[0]):
                listed.append(m)  # listed with the programme (also after its targets, when below it: "... thực hiện
                its_targets = False  # Nghị quyết A và Kế hoạch số 12-KH/TU của Tỉnh ủy")
        elif previous is chain[0] and _IMPLEMENT_CUE.search(doc.match, previous.end, m.start):
            its_targets = True  # what the programme carries out
        else:
            break
        previous = m
    return listed


#: the rest of a sentence that is only a purpose: its documents' date, issuer and topic, then the full stop
_ONLY_TOPIC = re.compile(r"(?:\s*(?:về|nhằm)\s[^.;:\n]{0,200}?)?\s*\.(?!\d)")
#: the next sentence opening with a body that issues a document: "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số ..."
_ISSUED_OPENING = re.compile(r"\s*" + _IN_CLAUSE_NO_COMMA + r"{1,60}?\s" + _MAKES + _KIND_WORD)


def _purpose_apart(
    doc: Doc, groups: list[tuple[int, int, list[Mentioned]]], g: int, inside: list[Mentioned]
) -> list[Relation]:
    """A sentence that is only a purpose ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về ...."), then one that
    opens with a body issuing a document ("Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 210-KH/TU"): that document
    implements the purpose's documents (news often cuts the sentence at the purpose)."""
    last = inside[-1]
    tail = _ONLY_TAIL.match(doc.match, last.end)
    if tail is None or not _ONLY_TOPIC.match(doc.match, tail.end()) or g + 1 >= len(groups):
        return []
    s, _, after = groups[g + 1]
    source = after[0]
    if (
        s != groups[g][1]
        or source.kind in _NOT_IMPLEMENTERS - _RESOLVING_KINDS
        or (source.kind == "project" and source.sub not in CARRIED_OUT_PROJECTS)
        or not _ISSUED_OPENING.fullmatch(doc.match, s, source.start)
    ):
        return []
    return [
        Relation("IMPLEMENTS", source.ref, t.ref, doc.span(inside[0].start, source.end), "implements.purpose")
        for t in _siblings(doc, inside)
        if (t.kind != "project" or t.sub in CARRIED_OUT_PROJECTS) and t.ref != source.ref
    ]


#: a document listed after a preamble's semicolon, only its kind word before it: "; Chương trình hành động của ...",
#: "; Kế hoạch số 12-KH/TU ..."
_LIST_OPEN = re.compile(rf"\s*(?:và\s+)?(?:(?:{_KIND_WORDS}|Nghị định|Thông tư|Chương trình)\s+(?:số\s*)?)?")


def _purpose_over_semicolons(
    doc: Doc, groups: list[tuple[int, int, list[Mentioned]]], g: int, inside: list[Mentioned]
) -> list[Relation]:
    """A purpose whose documents are listed over semicolons, then the body that issues a document for them ("Thực
    hiện Nghị quyết A; Chương trình hành động B và Kế hoạch C, UBND tỉnh ban hành Kế hoạch D"): D implements A, B and
    C (each clause's own documents, not those they carry out)."""
    own = _siblings(doc, inside)
    k = g
    while k + 1 < len(groups) and k - g < 6:
        end, (s, _, after) = groups[k][1], groups[k + 1]
        if (
            doc.match.rfind(";", max(0, end - 3), end) < 0
            or s != end
            or not _LIST_OPEN.fullmatch(doc.match, s, after[0].start)
        ):
            return []
        at = next(
            (j for j in range(1, len(after)) if _ISSUED_FOR.fullmatch(doc.match, after[j - 1].end, after[j].start)),
            None,
        )
        heads = after[:at] if at is not None else after
        own += _siblings(doc, heads) if heads[0].kind != "project" else _listed_with_first(doc, heads)
        if at is None:
            k += 1
            continue
        source = after[at]
        if source.kind in _NOT_IMPLEMENTERS or (source.kind == "project" and source.sub not in CARRIED_OUT_PROJECTS):
            return []
        return [
            Relation("IMPLEMENTS", source.ref, t.ref, doc.span(inside[0].start, source.end), "implements.purpose")
            for t in own
            if (t.kind != "project" or t.sub in CARRIED_OUT_PROJECTS) and t.ref != source.ref
        ]
    return []


#: a clause after a semicolon that only says who issued what: "; Đảng ủy xã Bản Bo ban hành Kế hoạch số 03-KH/ĐU"
_ISSUED_CLAUSE = re.compile(r";\s*" + _IN_CLAUSE_NO_COMMA + r"{1,60}?\s" + _MAKES + _KIND_WORD)


def _issued_after_semicolon(doc: Doc, groups: list[tuple[int, int, list[Mentioned]]], g: int) -> list[Mentioned]:
    """The documents issued in the clauses that follow the purpose's sentence after a semicolon, each clause only
    a body issuing its document: the same purpose ("Thực hiện A, X ban hành B; Y ban hành C.")."""
    more: list[Mentioned] = []
    while g + 1 < len(groups):
        end, (s, _, inside) = groups[g][1], groups[g + 1]
        first, semicolon = inside[0], doc.match.rfind(";", max(0, end - 3), end)
        if semicolon < 0 or s != end or not _ISSUED_CLAUSE.fullmatch(doc.match, semicolon, first.start):
            break
        if first.kind in _NOT_IMPLEMENTERS and first.kind not in _RESOLVING_KINDS:
            break
        if _own_purpose(doc, first):
            break
        more += [first, *_issued_next(doc, inside, first)]
        g += 1
    return more


#: the rest of a clause after a document issued in it
_CLAUSE_REST = re.compile(_IN_CLAUSE + r"{0,200}")


def _own_purpose(doc: Doc, m: Mentioned) -> bool:
    """A further document issued with a purpose of its own after it ("; UBND thành phố ban hành Kế hoạch số 215/KH-UBND
    triển khai thực hiện Chương trình hành động này"): it carries out that, not the sentence's purpose."""
    rest = _CLAUSE_REST.match(doc.match, m.end)
    return rest is not None and _IMPLEMENT_CUE.search(doc.match, m.end, rest.end()) is not None


def _issued_next(doc: Doc, inside: list[Mentioned], last: Mentioned) -> list[Mentioned]:
    """The documents other bodies issue in the clauses that follow the first one issued for a purpose, each right
    after its own verb (", UBND tỉnh ban hành Kế hoạch số 64/KH-UBND")."""
    more: list[Mentioned] = []
    k = inside.index(last) + 1
    while k < len(inside) and _ALSO_ISSUED.fullmatch(doc.match, inside[k - 1].end, inside[k].start):
        m = inside[k]
        if m.kind in _NOT_IMPLEMENTERS and m.kind not in _RESOLVING_KINDS:
            break
        if _own_purpose(doc, m):
            break
        if m.kind != "project" or m.sub in CARRIED_OUT_PROJECTS:
            more.append(m)
        k += 1
    return more


#: a purpose clause that names its document back by a bare kind word: "Để thực hiện kế hoạch, Đảng ủy giao Bộ Chỉ huy
#: Quân sự tỉnh xây dựng Đề án số 03-ĐA/ĐU ..." (the plan named before in the paragraph)
_PURPOSE_BACK = re.compile(
    r"\s*(?:(?:[Đđ]ể|[Nn]hằm)\s+(?:tiếp tục\s+)?(?:cụ thể hóa|triển khai thực hiện|triển khai|thực hiện)\s+"
    r"(?:(?:có hiệu quả|hiệu quả|nghiêm túc|tốt)\s+)?"  # its manner: "Để thực hiện hiệu quả Nghị quyết này, ..."
    # capitalised too, as a re-mention often is: "Để thực hiện Nghị quyết trên, UBND tỉnh đã ban hành Kế hoạch ..."
    r"([Kk]ế hoạch|[Nn]ghị quyết|[Cc]hỉ thị|[Kk]ết luận|[Cc]hương trình|[Đđ]ề án|[Qq]uyết định)"
    r"(?:\s+(?:này|trên|nói trên|nêu trên))?"
    # the cue opening the sentence with no purpose word, the document pointed back at: "Thực hiện Kế hoạch trên, UBND
    # tỉnh ban hành Kế hoạch số 212/KH-UBND", "Triển khai Nghị quyết này, ..." (a bare "Thực hiện kế hoạch, ..." is
    # not a re-mention)
    r"|(?:[Tt]iếp tục\s+)?(?:[Cc]ụ thể hóa|[Tt]riển khai thực hiện|[Tt]riển khai|[Tt]hực hiện)\s+"
    r"([Kk]ế hoạch|[Nn]ghị quyết|[Cc]hỉ thị|[Kk]ết luận|[Cc]hương trình|[Đđ]ề án|[Qq]uyết định)"
    r"\s+(?:này|trên|nói trên|nêu trên))\s*,"
)
#: then the document made for it: "..., <body> (giao X) (đã) ban hành / xây dựng <document>"
_MADE_FOR = re.compile(_IN_CLAUSE + r"{0,80}?\s" + _MAKES + _KIND_WORD)


def purpose_back(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """ "Kế hoạch số A ... . Để thực hiện kế hoạch, X xây dựng Đề án B": B IMPLEMENTS A (the latest document of that
    kind named before in the paragraph)."""
    relations: list[Relation] = []
    if not any(w in doc.match for w in ("ụ thể hóa", "ể thực hiện", "ể triển khai", " này,", " trên,")):
        return relations  # the cheap look first
    index = StartIndex(mentions)
    for s, e in doc.sentences():
        if doc.match[s : s + 1] not in "ĐđNnTtCc":
            continue  # the cheap look first
        back = _PURPOSE_BACK.match(doc.match, s)
        if back is None:
            continue
        kind_word = (back.group(1) or back.group(2)).lower()
        inside = index.within(back.end(), e)
        made = next(
            (m for m in inside if m.start >= back.end() and _MADE_FOR.fullmatch(doc.match, back.end(), m.start)), None
        )
        if (
            made is None
            or made.kind in _NOT_IMPLEMENTERS
            or (made.kind == "project" and made.sub not in CARRIED_OUT_PROJECTS)
        ):
            continue
        p, _ = _paragraph(doc, s)
        found = _named_before(doc, index.within(p, s), _ANAPHORA_KINDS[kind_word])
        if found is None:
            continue
        target = found
        rest = [m for m in inside if m.start >= made.start]
        for source in [made, *(m for m in _listed_after(doc, rest) if m.kind not in _NOT_IMPLEMENTERS)]:
            if source.ref != target.ref:
                where = doc.span(target.start, source.end)
                relations.append(Relation("IMPLEMENTS", source.ref, target.ref, where, "implements.purpose_back"))
    return relations


#: "Quyết định A (ngày ... của ...) ban hành (kèm theo) Kế hoạch B": B carries out A (GOLD_FORMAT, hard cases)
_ISSUES_WITH = re.compile(
    # "về (việc) ban hành": a government resolution's title ("Nghị quyết số 152/NQ-CP ... về ban hành Chương trình
    # hành động thực hiện ...")
    # (a title quoted in title case keeps its verb capitalised: "... của Chính phủ về Ban hành Chương trình ...")
    r"\s*(?:về\s+(?:[Vv]iệc\s+)?)?(?:[Bb]an hành|[Pp]hê duyệt)\s+(?:kèm theo\s+)?"
    # the kind word outside B, or inside it when B is named by description ("Nghị quyết số 33/NQ-CP ... ban hành
    # Chương trình hành động của Chính phủ thực hiện Nghị quyết số 29-NQ/TW")
    rf"(?:(?:{_KIND_WORDS})\s+(?:số\s*)?)?"
)
#: the issuer of A, then a comma and the body that issues B: "Nghị quyết số 12/NQ-HĐND của HĐND tỉnh, UBND tỉnh ban
#: hành Kế hoạch số 30/KH-UBND" (A does not issue B)
_ANOTHER_SUBJECT = re.compile(r"\scủa\s[^,]*,")
#: "B (được) ban hành kèm theo Quyết định số A": B carries out A
_ANNEXED_TO = re.compile(rf"\s*,?\s*(?:được\s+)?ban hành kèm theo\s+(?:{_KIND_WORDS})\s+(?:số\s*)?$")
#: "A ..., B ..., cùng để thực hiện C": every document before the cue carries out C
_TOGETHER = re.compile(
    r",?\s*(?:đều|cùng)\s+(?:để\s+|nhằm\s+)?(?:triển khai\s+)?(?:thực hiện|cụ thể hóa)\s+"
    rf"(?:(?:{_KIND_WORDS})\s+(?:số\s*)?)?$"
)


def issued_with(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """A decision or resolution that issues a plan or programme: the plan implements it; and several documents
    said to carry out one "cùng / đều": each implements it."""
    relations: list[Relation] = []
    for a, b in itertools.pairwise(mentions):
        # B a document, or an action programme read as a project that A issues ("Nghị quyết số 33/NQ-CP ... ban hành
        # Chương trình hành động của Chính phủ thực hiện ..."; a programme A approves carries it out only with a cue
        # before A: approved)
        programme = b.kind == "project" and doc.match.startswith("Chương trình hành động", b.start)
        if a.kind in {"QĐ", "NQ"} and b.kind not in _NOT_IMPLEMENTERS and (b.kind != "project" or programme):
            tail = _ONLY_TAIL.match(doc.match, a.end, b.start)
            if (
                tail
                and _ISSUES_WITH.fullmatch(doc.match, tail.end(), b.start)
                and (not programme or "an hành" in doc.match[tail.end() : b.start])  # (B)ban hành
                and not _ANOTHER_SUBJECT.search(doc.match, a.end, tail.end())
            ):
                relations.append(
                    Relation("IMPLEMENTS", b.ref, a.ref, doc.span(a.start, b.end), "implements.issued_with")
                )
    # "B ban hành kèm theo Nghị quyết số A": the outermost mention that ends right before the cue is B
    for a in mentions:
        near = a.kind != "project" and doc.match.find("kèm theo", max(0, a.start - 60), a.start) >= 0  # its words
        annexed = _ANNEXED_TO.search(doc.match, max(0, a.start - 60), a.start) if near else None
        if annexed is None:
            continue
        ending = [b for b in mentions if b is not a and annexed.start() - 2 <= b.end <= annexed.start()]
        if ending:
            b = min(ending, key=lambda m: m.start)
            if b.kind in _ISSUING_KINDS and a.kind not in _ISSUING_KINDS:
                continue  # "Quyết định B ban hành kèm theo Kế hoạch A": the decision issues the plan, A implements B
            if b.ref != a.ref and b.kind not in _NOT_IMPLEMENTERS | {"CV"}:
                relations.append(Relation("IMPLEMENTS", b.ref, a.ref, doc.span(b.start, a.end), "implements.annexed"))
    for _, _, inside in _by_sentence(doc, mentions):
        for k, target in enumerate(inside):
            if k and target.kind != "project" and _TOGETHER.search(doc.match, inside[k - 1].end, target.start):
                for source in inside[:k]:
                    if source.kind not in _NOT_IMPLEMENTERS and source.ref != target.ref:
                        where = doc.span(source.start, target.end)
                        relations.append(Relation("IMPLEMENTS", source.ref, target.ref, where, "implements.together"))
    return relations


#: a sentence whose subject is a document named just before by its bare kind word, then a cue: "Quyết định được ban
#: hành nhằm thực hiện Nghị quyết số 60-NQ/TW ...", "Kế hoạch đồng thời cụ thể hóa nhiệm vụ mà Nghị quyết ... đề ra"
#: (a marker must stand between the word and the cue: "Kế hoạch thực hiện Chỉ thị ..." is a name, not a subject)
_NAMED_BACK = re.compile(
    r"(?:Theo [^,.;\n]{1,40},\s*)?"  # a lead-in: "Theo quyết định, quy hoạch được lập ..."
    r"([Kk]ế hoạch|[Qq]uyết định|[Nn]ghị quyết|[Cc]hương trình|[Cc]hỉ thị|[Kk]ết luận|[Đđ]ề án|[Dd]ự án|[Qq]uy hoạch)"
    r"(?:\s+hành động)?(?:\s+(?:này|nói trên|trên))?\s+"
    r"(?:(?:được\s+)?ban hành\s+(?:(?:để|nhằm)\s+)?"
    # made for a purpose, after what it was made from: "được lập căn cứ Luật Quy hoạch năm 2017, nhằm ..."
    r"|được\s+(?:lập|xây dựng|phê duyệt|ban hành)(?:\s+[^.;\n]{0,80}?)?[,\s]\s*(?:nhằm|để)\s+"
    r"|(?:đồng thời|cũng|còn|nhằm|để)\s+)"
    r"(?:tiếp tục\s+)?(?:triển khai thực hiện|tổ chức thực hiện|triển khai|thực hiện|cụ thể hóa)\s+"
    # two cues joined, and a word of manner: "nhằm cụ thể hóa và tổ chức thực hiện hiệu quả Nghị quyết ..."
    r"(?:(?:và|,)\s*(?:tổ chức\s+)?(?:triển khai\s+)?thực hiện\s+(?:(?:có\s+)?hiệu quả\s+|nghiêm túc\s+)?)?"
)


#: the letters a sentence opening with a subject named back can start with
_NAMED_BACK_FIRST = frozenset("TKkQqNnCcĐđDd")


def _named_before(doc: Doc, earlier: list[Mentioned], kinds: set[str]) -> Mentioned | None:
    """The document a bare kind word names back: the latest of that kind named before, not one that a cue made the
    target of another ("Kế hoạch A triển khai Kế hoạch B và Kế hoạch C ... . Để thực hiện kế hoạch, ...": A)."""
    targets: set[int] = set()
    for k, m in enumerate(earlier):
        if _CUE_THEN_SOURCE.search(doc.match, max(0, m.start - 40), m.start) or (
            k and k - 1 in targets and _LIST_JOIN.fullmatch(doc.match, earlier[k - 1].end, m.start)
        ):
            targets.add(k)
    return next(
        (m for k, m in reversed(list(enumerate(earlier))) if k not in targets and (m.kind in kinds or m.sub in kinds)),
        None,
    )


def named_back(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """ "... ban hành Quyết định số A ... . Quyết định được ban hành nhằm thực hiện B và C.": A IMPLEMENTS B and C (the
    latest document of that kind named before in the paragraph)."""
    relations: list[Relation] = []
    if not any(
        word in doc.match for word in (" để ", " cũng ", " nhằm ", " còn ", " đồng thời ")
    ):  # (most often first)
        return relations  # the cheap look first
    index = StartIndex(mentions)
    for s, _ in doc.sentences():  # the subject opens its sentence
        if doc.match[s : s + 1] not in _NAMED_BACK_FIRST:
            continue  # the cheap look first
        back = _NAMED_BACK.match(doc.match, s)
        if back is None or index.within(back.start(1), back.start(1) + 1):
            continue  # no subject named back, or a document's own name
        kinds = _ANAPHORA_KINDS[back.group(1).lower()]
        p, _ = _paragraph(doc, back.start())
        # named before in its paragraph, else in the text before ("Dự án ..." opening the next paragraph)
        found = _named_before(doc, index.within(p, back.start()), kinds) or _named_before(
            doc, index.within(0, p), kinds
        )
        if found is None:
            continue
        source = found
        _, e = doc.sentence_bounds(back.end())
        after = [m for m in index.within(back.end(), e) if m.kind != "project" or m.sub in CARRIED_OUT_PROJECTS]
        if not after or not (
            _KIND_GAP.fullmatch(doc.match, back.end(), after[0].start)
            or _GOALS_OF.fullmatch(doc.match, back.end(), after[0].start)
        ):
            continue
        for t in [after[0], *_listed_after(doc, after)]:
            if t.ref != source.ref:
                where = doc.span(source.start, t.end)
                relations.append(Relation("IMPLEMENTS", source.ref, t.ref, where, "implements.named_back"))
    return relations


#: a sentence that states the aim of a document named just before by its bare kind word: "Mục đích của Kế hoạch nhằm
#: cụ thể hóa và thực hiện hiệu quả Nghị quyết số 57-NQ/TW ...", "Kế hoạch nhằm triển khai thực hiện hiệu quả ...",
#: "Mục tiêu của kế hoạch là triển khai kịp thời ...", "Kế hoạch đề ra 5 nhóm nhiệm vụ nhằm thực hiện ...", "Theo đó,
#: kế hoạch nhằm quán triệt, triển khai thực hiện nghiêm túc ..." (the words of manner and study before and after the
#: cue that named_back does not read)
_MANNER = r"(?:kịp thời|nghiêm túc|có hiệu quả|hiệu quả|đầy đủ|đồng bộ|toàn diện|sâu rộng)"
_AIM_OF_NAMED = re.compile(
    r"(?:Theo đó,\s*)?(?:(?:[Mm]ục đích|[Mm]ục tiêu)(?:,\s*yêu cầu)?(?:\s+chung)?\s+của\s+)?"
    r"([Kk]ế hoạch|[Cc]hương trình|[Qq]uyết định|[Cc]hỉ thị|[Nn]ghị quyết|[Kk]ết luận)(?:\s+hành động)?"
    r"(?:\s+(?:này|nói trên|trên))?\s+"
    r"(?:(?:là|nhằm|để)\s+|(?:đề ra|xác định|nêu|gồm)\s[^.;:\n]{0,80}?\s(?:nhằm|để)\s+)"
    r"(?:(?:phổ biến|quán triệt|tuyên truyền)(?:\s*,|\s+và)\s*){0,3}"
    r"(?:tổ chức\s+)?(?:tiếp tục\s+)?(?:triển khai thực hiện|triển khai|thực hiện|cụ thể hóa)"
    r"(?:\s*(?:,|và)\s*(?:tổ chức\s+)?(?:triển khai\s+)?(?:thực hiện|cụ thể hóa))?"
    rf"(?:\s*,?\s+{_MANNER}(?:\s*(?:,|và)\s*{_MANNER})*)?"
    r"(?:\s+(?:các|những)\s+(?:nội dung|nhiệm vụ|mục tiêu|quan điểm|giải pháp)(?:\s*,\s*[^\W\d_]+(?:\s[^\W\d_]+)?){0,3}"
    r"\s+(?:tại|của|trong))?\s+"
)


def aim_of_named(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """ "... ban hành Kế hoạch số A ... . Mục đích của Kế hoạch nhằm cụ thể hóa và thực hiện hiệu quả Nghị quyết số B.":
    A IMPLEMENTS B (and the documents listed with B), A the latest document of that kind named before."""
    if " nhằm " not in doc.match and " là " not in doc.match and " để " not in doc.match:
        return []
    relations: list[Relation] = []
    index = StartIndex(mentions)
    for s, _ in doc.sentences():
        if doc.match[s : s + 1] not in _AIM_FIRST:
            continue  # the cheap look first
        aim = _AIM_OF_NAMED.match(doc.match, s)
        if aim is None or index.within(aim.start(1), aim.start(1) + 1):
            continue  # no subject named back, or a document's own name
        kinds = _ANAPHORA_KINDS[aim.group(1).lower()]
        p, _ = _paragraph(doc, aim.start())
        source = _named_before(doc, index.within(p, aim.start()), kinds) or _named_before(
            doc, index.within(0, p), kinds
        )
        if source is None:
            continue
        _, e = doc.sentence_bounds(aim.end())
        after = [m for m in index.within(aim.end(), e) if m.kind != "project" or m.sub in CARRIED_OUT_PROJECTS]
        if not after or not _KIND_GAP.fullmatch(doc.match, aim.end(), after[0].start):
            continue
        for t in [after[0], *_listed_after(doc, after)]:
            if t.ref != source.ref:
                where = doc.span(source.start, t.end)
                relations.append(Relation("IMPLEMENTS", source.ref, t.ref, where, "implements.aim_of_named"))
    return relations


#: the letters a sentence stating a named document's aim can start with
_AIM_FIRST = frozenset("TMmKkCcQqNn")


#: the documents issued to carry one out, listed after a colon: "UBND tỉnh đã ban hành nhiều văn bản triển khai Nghị
#: quyết số 57-NQ/TW, như: Kế hoạch số 30/KH-UBND ..., Quyết định số 1450/QĐ-UBND ..."
_ISSUED_LIST = re.compile(
    # or several documents of one kind: "các huyện đã ban hành 7 kế hoạch thực hiện Nghị quyết số 21-NQ/TU, trong đó
    # huyện Sìn Hồ ban hành Kế hoạch số 31-KH/HU"
    r"(?:văn bản|kế hoạch|chương trình hành động|chương trình)\s+"
    r"(?:(?:để|nhằm)\s+)?(?:lãnh đạo,?\s+(?:chỉ đạo\s+)?|chỉ đạo\s+)?(?:tổ chức\s+)?"
    r"(?:triển khai thực hiện|triển khai|thực hiện|cụ thể hóa)\s+"
)
_SEVERAL_BEFORE = re.compile(r"(?:các|nhiều|\d+)\s+$")
#: from the document carried out to the colon of the list: "..., như:", "... gồm:", or to ", trong đó" / ", như"
_TO_THE_LIST = re.compile(r"[^.;:\n]{0,100}?(?::|,\s*(?:trong đó|như|điển hình là|cụ thể là)\s)\s*")


def issued_list(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """ "X đã ban hành các văn bản triển khai A, như: B, C": B and C IMPLEMENT A."""
    relations: list[Relation] = []
    if "văn bản" not in doc.match and "kế hoạch" not in doc.match and "chương trình" not in doc.match:
        return relations  # the cheap look first
    index = StartIndex(mentions)
    for cue in _ISSUED_LIST.finditer(doc.match):
        if not _SEVERAL_BEFORE.search(doc.match, max(0, cue.start() - 12), cue.start()):
            continue  # "các / nhiều / 15 văn bản ..."
        _, e = doc.sentence_bounds(cue.end())
        inside = index.within(cue.end(), e)
        if not inside or not _KIND_GAP.fullmatch(doc.match, cue.end(), inside[0].start):
            continue
        target = inside[0]
        listed = _TO_THE_LIST.match(doc.match, target.end, e)
        if listed is None:
            continue
        for source in index.within(listed.end(), e):
            if source.ref == target.ref or source.kind in _NOT_IMPLEMENTERS | {"CV"} or source.kind == "project":
                continue
            where = doc.span(target.start, source.end)
            relations.append(Relation("IMPLEMENTS", source.ref, target.ref, where, "implements.issued_list"))
    return relations


#: the means after what is carried out: "cụ thể hóa Nghị quyết số 11-NQ/TW (của Bộ Chính trị) bằng Nghị quyết chuyên đề
#: số 04-NQ/TU", "... bằng việc ban hành Kế hoạch số 30/KH-UBND"
_BY_MEANS = re.compile(
    _IN_CLAUSE_NO_COMMA + r"{0,80}?\sbằng\s+(?:việc\s+(?:ban hành|xây dựng)\s+)?"
    rf"(?:{_DOCUMENT_WORDS}|Chương trình hành động|Chương trình|Đề án)(?:\s+[^\s\d]+){{0,2}}?\s+(?:số\s+)?"
)


#: a cue followed by the means it is carried out by ("cụ thể hóa bằng Kế hoạch ...")
_MEANS_AFTER_CUE = re.compile(r"\s+(?:bằng|thông qua)\s")
#: the tasks a body is given in a document, after a cue: "triển khai (các) nhiệm vụ được giao tại Nghị quyết ..."
_TASKS_GIVEN = re.compile(r"\s*(?:các\s+)?nhiệm vụ\s+(?:được\s+)?giao\s+(?:tại|theo)\s")
#: the same in the passive, the cue between the two: "Nghị quyết số 09-NQ/TU ... đã được UBND tỉnh cụ thể hóa bằng
#: Kế hoạch số 50/KH-UBND", "... được triển khai thực hiện thông qua Chương trình hành động số 15-CTr/TU"
_PASSIVE_MEANS = re.compile(
    _IN_CLAUSE_NO_COLON
    + r"{0,120}?\sđược\s+(?:"
    + _IN_CLAUSE_NO_COMMA
    + r"{0,40}?\s)?(?:cụ thể hóa|triển khai thực hiện|triển khai|thực hiện)\s+"
    # (also where: "A đã được cụ thể hóa tại Kế hoạch số B", "... trong Chương trình hành động số C")
    r"(?:bằng|thông qua|tại|trong)\s+(?:việc\s+(?:ban hành|xây dựng)\s+)?"
    rf"(?:{_DOCUMENT_WORDS}|Chương trình hành động|Chương trình)(?:\s+[^\s\d]+){{0,2}}?\s+(?:số\s+)?"
)


def by_means(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """ "X cụ thể hóa A bằng B", "A được cụ thể hóa bằng B": B IMPLEMENTS A (the cue right before A, or between A
    and "bằng"; B the next document after "bằng")."""
    relations: list[Relation] = []
    if " bằng " not in doc.match and " thông qua " not in doc.match and "được " not in doc.match:
        return relations  # the cheap look first
    for s, _, inside in _by_sentence(doc, mentions):
        for target, source in itertools.pairwise(inside):
            if (
                source.kind in _NOT_IMPLEMENTERS - _RESOLVING_KINDS
                or source.kind == "project"
                or not (
                    (
                        _BY_MEANS.fullmatch(doc.match, target.end, source.start)
                        and _CUE_BEFORE_DECISION.search(doc.match, max(s, target.start - 40), target.start)
                    )
                    or _PASSIVE_MEANS.fullmatch(doc.match, target.end, source.start)
                )
            ):
                continue
            # and the documents listed with the source: "... được cụ thể hóa tại Kế hoạch số B và Kế hoạch số C"
            rest = inside[inside.index(source) :]
            sources = [source, *(m for m in _listed_after(doc, rest) if m.kind not in _NOT_IMPLEMENTERS)]
            # and those another body makes in the clause after: "A được Tỉnh ủy cụ thể hóa bằng Kế hoạch B, UBND tỉnh
            # cụ thể hóa bằng Kế hoạch C"
            for m in rest[1:]:
                if m.kind in _NOT_IMPLEMENTERS or not _PARALLEL_MEANS.fullmatch(doc.match, sources[-1].end, m.start):
                    break
                sources.append(m)
            for source_ in sources:
                where = doc.span(target.start, source_.end)
                relations.append(Relation("IMPLEMENTS", source_.ref, target.ref, where, "implements.by_means"))
    return relations


#: the next clause, another body carrying out the same document by its own: ", UBND tỉnh cụ thể hóa bằng Kế hoạch số "
_PARALLEL_MEANS = re.compile(
    rf"{_LISTED_TAIL}\s*[,;]\s*(?:và\s+)?[A-ZĐ]{_IN_CLAUSE_NO_COMMA}{{1,60}}?\s+(?:(?:đã|cũng|thì)\s+)*"
    r"(?:cụ thể hóa|triển khai thực hiện|triển khai|thực hiện)\s+(?:bằng|thông qua|tại|trong)\s+"
    rf"(?:(?:{_DOCUMENT_WORDS}|Chương trình hành động|Chương trình)\s+(?:số\s*)?)?"
)


def approved(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """ "thực hiện Quyết định ... (về việc) phê duyệt Đề án X": the approved project carries out the decision
    (as one "ban hành kèm theo" it). Without a cue before the decision ("Căn cứ Quyết định ... phê duyệt ...",
    "ký Quyết định ... phê duyệt ...") an approval is no implementation (GOLD_FORMAT, hard cases)."""
    relations: list[Relation] = []
    cued = -1  # the end of the last decision with a cue before it
    for i, decision in enumerate(mentions):
        if decision.kind not in {"QĐ", "NQ"}:
            continue
        if _CUE_BEFORE_DECISION.search(doc.match, max(0, decision.start - 40), decision.start):
            cued = decision.end
        elif not (
            cued >= 0
            and _LISTED_DECISION.search(doc.match, max(0, decision.start - 30), decision.start)
            and _one_sentence(doc, cued, decision.start)  # (over the hard line breaks of a wrapped text)
        ):
            continue  # (a decision listed after one with a cue is under that cue: "Thực hiện Quyết định A ..., Quyết
            # định B phê duyệt Kế hoạch X, ...")
        for project in mentions[i + 1 :]:
            if project.start - decision.end > 160:
                break
            if project.kind != "project" and not (project.kind == "KH" and project.ref.startswith("Kế hoạch")):
                continue  # a project, or a plan named by description ("phê duyệt Kế hoạch truyền thông về ...")
            approves = _APPROVES.search(doc.match, decision.end, project.start)
            if (
                approves
                and _one_sentence(doc, decision.end, project.start)
                and (approves.group(1) == "phê duyệt" or _issued_by(doc, decision.end, approves.start()))
            ):
                where = doc.span(decision.start, project.end)
                relations.append(Relation("IMPLEMENTS", project.ref, decision.ref, where, "implements.approved"))
            break
    return relations


#: a purpose cue that closes the clause after a document, naming nothing ("... ban hành Kế hoạch số 110-KH/TU ngày
#: 3/6/2025 để triển khai thực hiện."), or only pointing back ("... để thực hiện nghị quyết này.")
_PURPOSE_LAST = re.compile(
    # (led and directed, and across the party organisation or the province: "... để lãnh đạo, chỉ đạo thực hiện.",
    # "... để triển khai thực hiện trong toàn Đảng bộ tỉnh.")
    r"\s*,?\s*(?:để|nhằm)\s+(?:lãnh đạo,?\s+(?:chỉ đạo\s+)?|chỉ đạo\s+)?(?:tiếp tục\s+)?"
    r"(?:triển khai thực hiện|tổ chức thực hiện|triển khai|thực hiện|cụ thể hóa)"
    r"(?:\s+(?:nghị quyết|chỉ thị|kết luận|quyết định)\s+(?:này|trên|nói trên))?"
    r"(?:\s+(?:trong|đến)\s+(?:toàn|các)\s+(?:Đảng bộ|đảng bộ|tỉnh|huyện|xã|ngành|hệ thống chính trị)[^.;\n,]{0,40}?)?"
    r"\s*(?:[.;\n]|$)"
    # or, with "để" or not, carried out on the local ground, naming nothing else: "..., UBND huyện ban hành Kế hoạch
    # số 33/KH-UBND triển khai trên địa bàn huyện."
    r"|\s*,?\s*(?:(?:để|nhằm)\s+)?(?:triển khai thực hiện|tổ chức thực hiện|triển khai|thực hiện|cụ thể hóa)"
    r"\s+(?:trên địa bàn|tại địa phương|ở địa phương)(?:\s[^.;\n]{0,60}?)?\s*(?:[.;\n]|$)"
)


def purpose_last(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """ "Ngay sau khi Bộ Chính trị ban hành Nghị quyết A, Ban Thường vụ ban hành Kế hoạch B để triển khai thực
    hiện.": B IMPLEMENTS A, the document named before B in its sentence (the cue carries out nothing else)."""
    relations: list[Relation] = []
    groups = _by_sentence(doc, mentions)
    for g, (s, _, inside) in enumerate(groups):
        for k, source in enumerate(inside):
            if source.kind in _NOT_IMPLEMENTERS or source.kind == "project":
                continue
            before = inside[:k]
            if k == 0:
                # the clause before a semicolon goes on: "Tỉnh ủy lãnh đạo triển khai Nghị quyết A; Ban Thường vụ ban
                # hành Chương trình B ... để thực hiện."
                start, _ = doc.sentence_bounds(max(0, s - 2))
                if not (g and start < s and doc.match[start:s].rstrip().endswith(";")):
                    continue
                before = [m for m in groups[g - 1][2] if m.start >= start]
            tail = _ONLY_TAIL.match(doc.match, source.end)
            last = _PURPOSE_LAST.match(doc.match, tail.end()) if tail is not None else None
            if last is None or any(m.start < last.end() for m in inside[k + 1 :]):
                continue  # (the cue names something after all: "... triển khai trên địa bàn tỉnh Chương trình X")
            target = next((m for m in reversed(before) if m.kind != "project" and m.end <= source.start), None)
            sources = [source]
            if target is not None and before and before[0] is not target and _AFTER_ISSUED.match(doc.match, s):
                # "Ngay sau khi Bộ Chính trị ban hành Nghị quyết A, Tỉnh ủy ban hành Kế hoạch B, UBND tỉnh ban hành Kế
                # hoạch C để triển khai thực hiện.": B and C, issued side by side, both carry out A
                chain = [*before[before.index(target) :], source] if target in before else []
                if chain and all(
                    _ALSO_ISSUED.fullmatch(doc.match, a.end, b.start)
                    for a, b in itertools.pairwise([before[0], *chain])
                ):
                    target, sources = before[0], [m for m in chain if m.kind not in _NOT_IMPLEMENTERS]
            for source_ in sources:
                if target is not None and target.ref != source_.ref:
                    where = doc.span(target.start, source_.end)
                    relations.append(Relation("IMPLEMENTS", source_.ref, target.ref, where, "implements.purpose_last"))
    return relations


#: a sentence opening on the issue of the document the rest carries out: "Ngay sau khi Bộ Chính trị ban hành ..."
_AFTER_ISSUED = re.compile(r"\s*(?:[Nn]gay\s+)?[Ss]au khi\s")


#: a decision listed after another in a clause: "..., Quyết định số 650/QĐ-LĐTBXH", "; và Nghị quyết số ..."
_LISTED_DECISION = re.compile(r"[,;]\s*(?:và\s+)?(?:Quyết\s+định|Nghị\s+quyết)\s+(?:số\s*)?$")
#: "(về việc) phê duyệt Đề án X", "ban hành Chương trình “X”": the decision approves or issues the project
_APPROVES = re.compile(r"(?:về\s+(?:việc\s+)?)?(phê duyệt|ban hành)\s+(?:Chương trình\s*)?[“\"]?\s*$")


def _issued_by(doc: Doc, start: int, end: int) -> bool:
    """Only the date and issuer of the decision before "ban hành": it is the decision that issues (not "..., Ban
    Thường vụ Tỉnh ủy đã ban hành Đề án ...")."""
    tail = _ONLY_TAIL.fullmatch(doc.match, start, end)
    return tail is not None and not _ANOTHER_SUBJECT.search(doc.match, start, end)


def _one_sentence(doc: Doc, start: int, end: int) -> bool:
    """No sentence ends from ``start`` to ``end``: no full stop or semicolon, and only the hard line breaks of a
    sentence wrapped like a PDF (no closing mark before; a lower-case word or a number after, or an open word
    before)."""
    if _SENTENCE_BREAK.search(doc.match, start, end) is None:
        return True
    if _FULL_STOP.search(doc.match, start, end):
        return False
    at = doc.match.find("\n", start, end)
    while at >= 0:
        before = doc.match[max(0, at - 40) : at].rstrip()
        after = doc.match[at + 1 : at + 2]
        if (
            not before
            or before[-1] in '.;:!?”"'
            or not (after.islower() or after.isdigit() or _OPEN_END.search(before))
        ):
            return False
        at = doc.match.find("\n", at + 1, end)
    return True


_CUE_BEFORE_DECISION = re.compile(r"(?:[Tt]hực hiện|[Tt]riển khai|[Cc]ụ thể hóa)\s+(?:\S+\s+){0,2}?(?:số\s+)?$")
_SENTENCE_BREAK = re.compile(r"[.;\n]")
_FULL_STOP = re.compile(r"[.;]")
_CLAUSE_BREAK = re.compile(r"[.;:,\n]")


def cites(doc: Doc, resolutions: list[Found], meetings: list[Meeting], own: Resolution | None) -> list[Relation]:
    """Each reported meeting (or ``doc`` when none) cites every document named in its passage, except the
    text's own. What comes before the first meeting (the headline and lead) belongs to the main meeting
    (meeting:0). Another meeting's passage runs from its first mention to the end of its paragraph, and on over
    the paragraphs that go on about it (:func:`_passage_end`); then the text is back at the main meeting, up to the
    next meeting ("Trước đó, ngày 29/4, HĐND tỉnh tổ chức kỳ họp ..." is an aside in a report of a conference)."""
    starts = sorted((min((s.start for s in m.mentions), default=0), i) for i, m in enumerate(meetings))
    segments: list[tuple[int, int]] = []  # (where it starts, meeting index), in text order
    for j, (start, i) in enumerate(starts):
        sentence = doc.sentence_bounds(start)[0]
        if i != 0 and _EARLIER.match(doc.match, sentence):
            start = sentence  # "Trước đó, Nghị quyết số A được thông qua tại kỳ họp ...": the sentence is the aside's
        segments.append((start, i))
        nxt = starts[j + 1][0] if j + 1 < len(starts) else len(doc.match)
        if (
            i != 0
            and _aside(doc, meetings[i], meetings[0], start)
            and (back := _passage_end(doc, meetings[i], meetings[0], start, nxt)) < nxt
        ):
            segments.append((back, 0))
    at = [start for start, _ in segments]

    def source(pos: int) -> str:
        if not meetings:
            return "doc"
        k = bisect.bisect_right(at, pos) - 1
        return f"meeting:{segments[k][1]}" if k >= 0 else "meeting:0"  # the headline and lead: the main meeting

    return [
        Relation("CITES", source(f.start), f.resolution.key, doc.span(f.start, f.end), "cites.mentioned")
        for f in resolutions
        if f.resolution is not own and f.resolution.kind != "BB"  # nor the meeting's own minutes
    ]


#: the words that name a meeting of each kind again in a later paragraph ("Tại kỳ họp, ...", "Phát biểu tại tọa đàm")
_KIND_NAMED = {
    "hội nghị": re.compile(r"(?i)hội nghị"), "kỳ họp": re.compile(r"(?i)kỳ họp"), "tọa đàm": re.compile(r"(?i)tọa đàm"),
    "phiên họp": re.compile(r"(?i)phiên họp|cuộc họp"), "lễ": re.compile(r"(?i)(?<![\w])lễ(?![\w])"),
    "buổi làm việc": re.compile(r"(?i)buổi làm việc|cuộc làm việc"),
    "đại hội": re.compile(r"(?<![Qq]uyết )[Đđ]ại hội(?! đại biểu toàn quốc| Đảng toàn quốc)"),
}  # fmt: skip


#: a paragraph that steps back from the main meeting to an earlier one: "Trước đó, ngày 29/4, HĐND tỉnh ..."
_EARLIER = re.compile(r"[ \t]*(?:Trước đó|Trước đây|Cũng trước đó)(?![\w])")


def _aside(doc: Doc, meeting: Meeting, main: Meeting, start: int) -> bool:
    """Another body's meeting told as background to the main one: held before it, or opened "Trước đó, ..."
    (the sessions of one congress, or a meeting held after the main one, are reported in turn)."""
    if meeting.body == main.body:
        return False
    if meeting.date and main.date and meeting.date[:10] < main.date[:10] and len(meeting.date) == len(main.date):
        return True
    return any(_EARLIER.match(doc.match, at) for at in (_paragraph(doc, start)[0], doc.sentence_bounds(start)[0]))


def _passage_end(doc: Doc, meeting: Meeting, main: Meeting, start: int, stop: int) -> int:
    """Where the passage about ``meeting`` (not the main one) ends before ``stop``: the end of its paragraph, or of
    the paragraphs after it that name it again (one of its mentions, or its kind of meeting when the main meeting
    is of another kind and body, or its kind at all when they share one: two sessions of a congress)."""
    spans = sorted(s.start for s in meeting.mentions)
    own_word = _KIND_NAMED.get(meeting.kind)
    main_word = _KIND_NAMED.get(main.kind)
    shared = meeting.kind == main.kind or meeting.body == main.body  # two sessions of one congress

    def names_it(p: int, q: int) -> bool:
        """The stretch from ``p`` to ``q`` names the meeting again: one of its mentions, or its kind of meeting."""
        if bisect.bisect_left(spans, p) < bisect.bisect_left(spans, q):
            return True
        if own_word is None or not own_word.search(doc.match, p, q):
            return False
        return shared or main_word is None or not main_word.search(doc.match, p, q)

    first, end = _paragraph(doc, start)
    if first < doc.sentence_bounds(start)[0]:
        # told inside a paragraph of the main meeting: its sentence, and the sentences after it that name it again
        at = doc.sentence_bounds(start)[1]
        while at < min(end, stop):
            p, q = doc.sentence_bounds(at)
            if q <= at:
                break
            if not names_it(p, min(q, end)) and doc.match[p : min(q, end)].strip():
                return p
            at = q
    while end < stop:
        p, q = _paragraph(doc, min(end + 1, len(doc.match) - 1))
        if q <= end:
            break
        if not names_it(p, q) and doc.match[p:q].strip():
            return p
        end = q
    return stop


#: a preamble line of the text's own document, or its title: "Thực hiện Kế hoạch số 96/KH-UBND ...;",
#: "KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 05-NQ/ĐU ..."
_PREAMBLE = re.compile(
    r"(?im)^[ \t]*(?:về việc\s+|về\s+)?(?:thực hiện|triển khai(?: thực hiện)?|cụ thể hóa"
    r"|để (?:triển khai thực hiện|triển khai|thực hiện|cụ thể hóa))\s"
)
#: the head of a movement named by its quoted name, right after a title's cue: "Triển khai Phong trào thi đua “...”",
#: "TRIỂN KHAI PHONG TRÀO THI ĐUA “...”" (the movement, a project, is what the plan carries out)
_MOVEMENT_HEAD = re.compile(r"(?i:phong trào(?:\s+thi đua)?|cuộc vận động)\s+[“\"]")
#: where the body of a plan or decision starts ("I. MỤC ĐÍCH", "1. ...", "Điều 1."): preamble lines come before
_BODY_START = re.compile(r"(?m)^[ \t]*(?:I\s*[.-]|1\.(?!\d)|Điều 1(?!\d))")  # (not a wrapped "1.000 ngày ...")
#: a document listed with the one before it ("A ... và Nghị quyết số B", "A ...; Kế hoạch số C"), not one named
#: in its topic ("A về thực hiện Kết luận số 123-KL/TW", "A về ... theo Nghị quyết Đại hội ...")
_SIBLING = re.compile(
    r"(?:,|;|và|cùng)\s*(?:các\s+)?(?:(?:" + _KIND_WORDS_WRAPPED + r"|Chương\s+trình\s+hành\s+động)\s+(?:số\s*)?)?$",
    re.IGNORECASE,  # also in an upper-case title ("... CỦA TỈNH ỦY VÀ NGHỊ QUYẾT SỐ 41-NQ/TW")
)


#: a document listed in a clause of purpose or a preamble after the one before it, also with a cue of its own after
#: the list mark ("Thực hiện Nghị quyết số 11/NQ-CP ... và triển khai Nghị quyết số 43/2022/QH15 ...; các Nghị quyết
#: của Hội đồng nhân dân tỉnh: số 340/NQ-HĐND ...; số 160/NQ-HĐND ... và Công văn số 892/BKHĐT-TH ...")
_CLAUSE_SIBLING = re.compile(
    r"(?:,|;|và|cùng)\s*(?:(?:tiếp tục\s+)?(?:triển khai thực hiện|triển khai|thực hiện|cụ thể hóa)\s+)?"
    r"(?:các\s+)?(?:(?:" + _KIND_WORDS_WRAPPED + r"|Chương\s+trình\s+hành\s+động)"
    r"(?:\s+của\s+[^,;:.\n]{1,60}?\s*:)?\s+)?(?:số\s*)?$",
    re.IGNORECASE,
)


def _siblings(doc: Doc, chain: list[Mentioned]) -> list[Mentioned]:
    """The first document of a clause and those listed with it (GOLD_FORMAT: a plan implements what its clause
    names, not what those documents in turn carry out or are about)."""
    # documents, and the programmes and schemes listed with them ("Kế hoạch A và Chương trình hành động B ...")
    documents = [m for m in chain if m.kind != "project" or (m.sub in CARRIED_OUT_PROJECTS and m is not chain[0])]
    siblings: list[Mentioned] = []
    for k, m in enumerate(documents):
        # what ends before it (not a name that runs on over it: "... về Chương trình X và triển khai Nghị quyết B")
        before = max((d.end for d in documents[:k] if d.end <= m.start), default=-1)
        if k == 0 or (before >= 0 and _CLAUSE_SIBLING.search(doc.match, max(before, m.start - 90), m.start)):
            siblings.append(m)
    return siblings


def own_implements(doc: Doc, mentions: list[Mentioned], own: Resolution | None) -> list[Relation]:
    """The text's own document implements what its title and "Thực hiện ...;" preamble lines carry out (the
    documents each line names, not those they in turn carry out)."""
    if own is None:
        return []
    body = _BODY_START.search(doc.match)
    stop = body.start() if body else len(doc.match)
    relations: list[Relation] = []
    index = StartIndex(mentions)
    read_until = -1  # where the preamble line read last ends (over the lines it is wrapped onto)
    for line in _PREAMBLE.finditer(doc.match, 0, stop):
        if line.start() < read_until:
            continue  # "Thực hiện Kế hoạch A của Tỉnh ủy\ntriển khai Nghị quyết B": the line before goes on (A's cue)
        if (plan := _caps_cue_of_plan_before(doc, index, line.start())) is not None:
            # "... CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 48-CTR/TU CỦA TỈNH ỦY\nTHỰC HIỆN NGHỊ QUYẾT B": the programme's cue
            end = read_until = _preamble_end(doc, line.end(), stop)
            for m in _siblings(doc, [m for m in index.within(line.end(), end) if m.kind != "project"]):
                if m.ref != plan.ref:
                    where = doc.span(plan.start, m.end)
                    relations.append(Relation("IMPLEMENTS", plan.ref, m.ref, where, "implements.cue"))
            continue
        end = read_until = _preamble_end(doc, line.end(), stop)
        inside = [m for m in index.within(line.end(), end) if m.kind != "project" or m.sub in CARRIED_OUT_PROJECTS]
        targets = _siblings(doc, inside)
        # a project right after the cue, as a plan's title has it ("KẾ HOẠCH\nTriển khai thực hiện Đề án phát triển du
        # lịch ...")
        # (a plan's or programme's own line, not a decision's, which issues the plan that does; not a line wrapped
        # from the one before: "... Công văn số 555/LĐTBXH-BTXH về việc\ntriển khai chương trình ...")
        first = inside[0] if inside and inside[0].kind == "project" else None
        if (
            first is not None
            and own.kind not in _ISSUING_KINDS
            and (
                not doc.match[line.end() : first.start].strip()
                or _MOVEMENT_HEAD.fullmatch(doc.match, line.end(), first.start) is not None
            )
            and not _WRAPPED_BEFORE.search(doc.match, max(0, line.start() - 200), line.start())
        ):
            targets.insert(0, first)
        for m in targets:
            if m.ref == own.key:
                continue
            relations.append(Relation("IMPLEMENTS", own.key, m.ref, doc.span(line.start(), m.end), "implements.own"))
    # "Ban hành kèm theo Quyết định này Kế hoạch số 77/KH-UBND ...": the annexed document carries the decision out
    for annexed in _ANNEXED_HERE.finditer(doc.match, 0, len(doc.match)):
        first = next((m for m in index.within(annexed.end(), annexed.end() + 40)), None)
        if first is None or first.ref == own.key or first.kind in _NOT_IMPLEMENTERS:
            continue
        if not _KIND_GAP.fullmatch(doc.match, annexed.end(), first.start):
            continue  # "... này Kế hoạch thực hiện Chương trình X": the plan (not read) is annexed, X is its target
        if first.kind == "project" and first.sub not in CARRIED_OUT_PROJECTS:
            continue
        where = doc.span(annexed.start(), first.end)
        relations.append(Relation("IMPLEMENTS", first.ref, own.key, where, "implements.annexed_here"))
    # "UBND tỉnh ban hành Kế hoạch triển khai thực hiện Đề án X như sau:": what it is issued to carry out
    for issued in _ISSUED_AS_FOLLOWS.finditer(doc.match, 0, stop):
        if own.kind in _ISSUING_KINDS and _KIND_OF_ISSUED.get(issued.group(1)) != own.kind:
            continue  # "Quyết định về việc ban hành Kế hoạch thực hiện C": the annexed plan carries C out, not A
        if _BASIS_OPEN.search(doc.match, max(0, issued.start() - 260), issued.start()):
            continue  # "Căn cứ Quyết định số A ... về việc ban hành Chương trình hành động thực hiện C;": A's, a basis
        _, end = doc.sentence_bounds(issued.end())  # the words may run over a hard line break
        inside = [m for m in index.within(issued.end(), end)]
        first = inside[0] if inside else None
        if first is None or first.start > issued.end() + 25 or first.ref == own.key:
            continue
        if first.kind == "project" and first.sub not in CARRIED_OUT_PROJECTS:
            continue
        # and those listed with it: "... ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW và Chương trình hành động
        # của Chính phủ về ..."
        for m in [first, *(m for m in _siblings(doc, inside) if m is not first)]:
            if m.ref == own.key:
                continue
            where = doc.span(issued.start(), m.end)
            relations.append(Relation("IMPLEMENTS", own.key, m.ref, where, "implements.own"))
    return relations


#: the title of the text's own decision or resolution, under its heading, that issues a plan or programme: "QUYẾT
#: ĐỊNH\nVề việc ban hành Kế hoạch hành động thực hiện Nghị quyết số 57-NQ/TW ...", "NGHỊ QUYẾT\nBan hành Chương trình
#: hành động ..." (the plan it names right after carries the text's document out)
_TITLE_ISSUES = re.compile(
    r"(?m)^[ \t]*(?:QUYẾT ĐỊNH|NGHỊ QUYẾT)[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    r"(?:[Vv]ề\s+(?:việc\s+)?)?[Bb]an hành\s+(?:kèm theo\s+)?"
)


def title_issues(doc: Doc, mentions: list[Mentioned], own: Resolution | None) -> list[Relation]:
    """The plan or action programme the title of the text's own decision or resolution issues carries that document
    out (as "Điều 1. Ban hành kèm theo Quyết định này ..." says, which an excerpt may not reach)."""
    if own is None or own.kind not in _ISSUING_KINDS:
        return []
    if "QUYẾT ĐỊNH" not in doc.match and "NGHỊ QUYẾT" not in doc.match:
        return []
    title = _TITLE_ISSUES.search(doc.match, 0, min(len(doc.match), 1500))
    if title is None:
        return []
    first = next((m for m in StartIndex(mentions).within(title.end(), title.end() + 40)), None)
    if first is None or first.ref == own.key or not _KIND_GAP.fullmatch(doc.match, title.end(), first.start):
        return []
    if first.kind == "project" and not doc.match.startswith("Chương trình hành động", first.start):
        return []  # (a scheme the decision approves: implements.approved reads it)
    if first.kind != "project" and first.kind not in _PLAN_KINDS:
        return []
    return [Relation("IMPLEMENTS", first.ref, own.key, doc.span(title.start(), first.end), "implements.title_issues")]


#: an item of the text's own plan, programme or resolution that opens on making a document concrete: "2. Cụ thể hóa các
#: quan điểm, mục tiêu của Nghị quyết số 68-NQ/TW phù hợp với ...", "- Vận dụng sáng tạo và cụ thể hóa Nghị quyết số
#: 57-NQ/TW ..." (an item opening on its subject, "Các sở cụ thể hóa ...", gives the bodies' tasks, not the text's aim)
_CONCRETISES = re.compile(
    r"(?m)^[ \t]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]*|[-–+•][ \t]*)?(?:(?:Vận dụng sáng tạo|Quán triệt)(?:,|\s+và)\s+)?"
    r"(?:Tổ chức\s+)?[Cc]ụ thể hóa\s"
)
#: the own documents whose aims such an item states (a decision issues a plan: the item is the annexed plan's)
_CONCRETISING_KINDS = frozenset({"KH", "CTr", "NQ", "CT", "HD"})
#: the clause of the item, up to where it ends
_AIM_END = re.compile(r"[.;:\n]")


def own_concretises(doc: Doc, mentions: list[Mentioned], own: Resolution | None) -> list[Relation]:
    """The text's own plan or resolution carries out the documents an item of its aims makes concrete ("1. Cụ thể hóa
    ... của Nghị quyết số 68-NQ/TW ..."): the first document the item names and those listed with it."""
    if own is None or own.kind not in _CONCRETISING_KINDS or "hóa" not in doc.match:
        return []
    relations: list[Relation] = []
    index = StartIndex(mentions)
    for item in _CONCRETISES.finditer(doc.match):
        stop = _AIM_END.search(doc.match, item.end())
        end = stop.start() if stop else len(doc.match)
        inside = [m for m in index.within(item.end(), min(end, item.end() + 300)) if m.kind != "project"]
        if not inside or inside[0].start > item.end() + 160:
            continue
        for m in _siblings(doc, inside):
            if m.ref != own.key:
                where = doc.span(item.start(), m.end)
                relations.append(Relation("IMPLEMENTS", own.key, m.ref, where, "implements.concretised"))
    return relations


def headed_programme(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    """The text's own unnumbered action programme under its heading, a project ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện
    Nghị quyết số 68-NQ/TW ..."), carries out the documents its title line names (not those in their topics)."""
    found = headed_title(doc)
    if found is None or found[0] != "CTr":
        return []
    _, _, start, title_start, end = found
    source = next((m for m in mentions if m.kind == "project" and m.start == start), None)
    if source is None:
        return []
    inside = [m for m in StartIndex(mentions).within(title_start, end) if m.kind != "project" and m.end <= end]
    return [
        Relation("IMPLEMENTS", source.ref, m.ref, doc.span(start, m.end), "implements.headed")
        for m in _siblings(doc, inside)
        if m.ref != source.ref
    ]


def _caps_cue_of_plan_before(doc: Doc, index: StartIndex[Mentioned], start: int) -> Mentioned | None:
    """An upper-case title line opening on a cue right after a line that ends on a plan or programme and its tail:
    the cue is that plan's ("... CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 48-CTR/TU CỦA BAN THƯỜNG VỤ TỈNH ỦY\nTHỰC HIỆN NGHỊ QUYẾT
    SỐ 57-NQ/TW"), not a line of the text's own."""
    if not doc.match.startswith(("THỰC HIỆN", "TRIỂN KHAI"), start):
        return None
    before = index.within(max(0, start - 300), start)
    last = before[-1] if before else None
    if last is None or last.kind not in _PLAN_KINDS:
        return None
    tail = doc.match[last.end : start].rstrip()  # its date and issuer only: short, no mark, no cue of its own
    if len(tail) > 90 or "\n" in tail or _TAIL_BREAK.search(tail) or _IMPLEMENT_CUE.search(tail):
        return None
    return last


_TAIL_BREAK = re.compile(r"[.;:]")


#: the line before ends in a word that a sentence goes on from ("... về việc\n", "... của\n")
_WRAPPED_BEFORE = re.compile(r"(?:về việc|về|của|và|số|ngày)[ \t]*\n[ \t]*$")


#: a line that goes on over a hard line break (a text wrapped like a PDF: "Thực hiện Quyết định số\n524/QĐ-TTg ...;"):
#: it ends without a closing mark, and the next line opens no clause, heading or body of its own
_LINE_CLOSED = re.compile(r"[;:.][”\"\s]*$")
_LINE_OPENS = re.compile(
    # (a cue opens a line of its own with a capital; in lower case it goes on the line before, wrapped: "Thực hiện Kế
    # hoạch số 45-KH/TU của Tỉnh ủy\ntriển khai Nghị quyết số 57-NQ/TW", the plan's cue)
    r"[ \t]*(?:Căn cứ|CĂN CỨ|Thực hiện|THỰC HIỆN|Triển khai|TRIỂN KHAI|Xét|XÉT|Theo|THEO|Để|ĐỂ|Quán triệt|QUÁN TRIỆT"
    r"|Cụ thể hóa|CỤ THỂ HÓA|(?i:nơi nhận|số\s*:)|I\s*[.-]|\d+\.|Điều)"
)


def _title_line_ends(doc: Doc, end: int) -> bool:
    """The line that ends at ``end`` is in capitals (a title line) and the next one is not."""
    line = doc.match[doc.match.rfind("\n", 0, end) + 1 : end]
    nxt = doc.match[end + 1 : end + 41]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and line.isupper() and any(c.islower() for c in nxt)


def _preamble_end(doc: Doc, start: int, stop: int) -> int:
    """Where a preamble line that starts before ``start`` ends: its line, and the wrapped lines it goes on over."""
    end = doc.match.find("\n", start)
    while 0 <= end < stop and end - start < 800:
        if _LINE_CLOSED.search(doc.match, max(start, end - 5), end) or _LINE_OPENS.match(doc.match, end + 1):
            break
        if _title_line_ends(doc, end):
            break  # a title in capitals does not go on into the first paragraph ("... NĂM 2023\nNăm 2022 là năm ...")
        nxt = doc.match.find("\n", end + 1)
        end = nxt if nxt >= 0 else len(doc.match)
    return len(doc.match) if end < 0 else min(end, max(stop, start))


#: the text's own document issued "như sau" to carry something out; the word it is issued as is group 1 (a decision
#: "về việc ban hành Kế hoạch thực hiện C" issues a plan, the plan carries C out)
_ISSUED_AS_FOLLOWS = re.compile(
    r"(?:ban\s+hành|xây\s+dựng)\s+"  # also over a hard line break ("ban\nhành")
    r"(Kế hoạch|Chương trình hành động|Chương trình|Quyết định|Hướng dẫn)(?:\s+hành động)?"
    r"\s+(?:(?:triển khai\s+)?(?:thực hiện|cụ thể hóa)|triển khai)\s+"
)


#: a basis line still open ("Căn cứ Quyết định số 4603/QĐ-UBND ... về việc ban hành ..."): what it names issued
#: another document
#: (over a wrapped line only: a line opening in capitals is another clause, the text's own "Ủy ban nhân dân tỉnh ban
#: hành Kế hoạch ...")
_BASIS_OPEN = re.compile(rf"Căn cứ(?:[^;:\n]|\n(?![{UPPER}])){{0,250}}$")
_KIND_OF_ISSUED = {"Kế hoạch": "KH", "Chương trình hành động": "CTr", "Chương trình": "CTr", "Quyết định": "QĐ",
                   "Hướng dẫn": "HD"}  # fmt: skip
#: what stands between a cue or "kèm theo Quyết định này" and a numbered document: its kind word ("Kế hoạch số 77/...")
_KIND_GAP = re.compile(r"(?:(?:" + _KIND_WORDS_WRAPPED + r")(?:\s+hành\s+động)?\s+(?:số\s*)?)?")
#: a document annexed to the text's own decision or resolution: "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch
#: số 77/KH-UBND ...", "Ban hành kèm theo Nghị quyết này Chương trình hành động ..."
_ANNEXED_HERE = re.compile(r"(?i:ban hành )?kèm theo (?:[Qq]uyết định|[Nn]ghị quyết) này\s*(?:là\s+|:\s*)?")


def concluded(
    doc: Doc, people: list[PersonMention], officials: list[Official], meetings: list[Meeting]
) -> list[Relation]:
    """The official who concluded each meeting: the conclusion belongs to the meeting its words name ("Kết luận phiên
    họp", "kết luận hội nghị liên tịch"), the latest such reported before it; a conclusion that names no meeting, or
    none of that kind, is the main meeting's when its kind is named, else the latest meeting reported before it."""
    if not meetings:
        return []
    names = {o.name.casefold() for o in officials}
    starts = [m.mentions[0].start if m.mentions else 0 for m in meetings]
    people = sorted(people, key=lambda p: p.start)  # as found per pattern: in text order for the look-up
    at = [p.start for p in people]
    relations: list[Relation] = []
    done: set[int] = set()
    for s, e in doc.sentences_with(_starts_of(doc.match, "ết luận")):  # (the cheap look first)
        sentence = doc.match[s:e]
        cue = _CONCLUDE.search(sentence)
        if not cue:
            continue
        index = _concluded_meeting(sentence, meetings, starts, s, done)
        if index in done:
            continue
        inside = [
            p for p in people[bisect.bisect_left(at, s) : bisect.bisect_left(at, e)] if p.name.casefold() in names
        ]
        target = f"meeting:{index}"
        if inside:
            person = min(inside, key=lambda p: abs(p.start - (s + cue.start())))
            where = doc.span(person.start, person.end)
            relations.append(Relation("CONCLUDED", person.name, target, where, "concluded.sentence"))
            done.add(index)
            continue
        for official in officials:
            titles = [*official.titles, *(_TRAILING_PROVINCE.sub("", t) for t in official.titles)]
            found = next((t for t in titles if sentence.find(t) >= 0 and holder_of(t, officials) is official), None)
            if found is not None:
                at_title = s + sentence.find(found)
                where = doc.span(at_title, at_title + len(found))
                relations.append(Relation("CONCLUDED", official.name, target, where, "concluded.title"))
                done.add(index)
                break
    return relations


#: a province's name ending a title ("Chủ tịch UBND tỉnh Bình Phước"): the bare title names the same post
_TRAILING_PROVINCE = re.compile(r"\s(?:" + "|".join(map(re.escape, PROVINCES)) + r")$")
#: the meeting a conclusion names: "Kết luận phiên họp", "phát biểu kết luận hội nghị liên tịch"
_CONCLUDED_WHAT = re.compile(
    r"kết luận\s+(phiên họp|cuộc họp|hội nghị|kỳ họp|buổi làm việc|cuộc làm việc|tọa đàm|hội thảo)", re.I
)
_KIND_OF_WORD = {"phiên họp": "phiên họp", "cuộc họp": "phiên họp", "hội nghị": "hội nghị", "kỳ họp": "kỳ họp",
                 "buổi làm việc": "buổi làm việc", "cuộc làm việc": "buổi làm việc", "tọa đàm": "tọa đàm",
                 "hội thảo": "hội thảo"}  # fmt: skip


def _concluded_meeting(sentence: str, meetings: list[Meeting], starts: list[int], s: int, done: set[int]) -> int:
    named = _CONCLUDED_WHAT.search(sentence)
    if named is None or len(meetings) == 1:
        return 0
    kind = _KIND_OF_WORD[named.group(1).lower()]
    before = [i for i in range(len(meetings)) if (i == 0 or starts[i] <= s) and i not in done]
    for i in reversed(before):
        if meetings[i].kind == kind:
            return i
    return before[-1] if before else 0


def attended(doc: Doc, people: list[PersonMention], meetings: list[Meeting]) -> list[Relation]:
    if not meetings:
        return []
    relations = []
    for p in people:
        _, e = doc.sentence_bounds(p.start)
        after = doc.match[p.end : e][:120]
        for word, pattern, role in _ROLE_WORDS:
            if word in after and pattern.search(after):
                relations.append(Relation("ATTENDED", p.name, "meeting:0", doc.span(p.start, p.end),
                                          "attended.role", {"role": role}))  # fmt: skip
                break
    return relations


#: "giao Sở X chủ trì", "giao nhiệm vụ cụ thể cho Sở X", "giao trách nhiệm cho Sở X", "phân công X", "chỉ đạo Sở X
#: chủ trì"
_ASSIGN_CUE = WordPattern(
    r"(?:[Gg]iao|[Pp]hân công|[Cc]hỉ đạo|[Đđ]ề nghị|[Yy]êu cầu)\s+"
    r"(?:(?:nhiệm vụ|trách nhiệm)\s+(?:cụ thể\s+)?)?(?:cho\s+)?",
    starts=("Giao", "giao", "Phân công", "phân công", "Chỉ đạo", "chỉ đạo", "Đề nghị", "đề nghị", "Yêu cầu", "yêu cầu"),
)
_NEEDS_ROLE = re.compile(r"[Cc]hỉ đạo|[Đđ]ề nghị|[Yy]êu cầu")
#: the head of a body named before it, after a cue: "yêu cầu Giám đốc Sở X ...", "Yêu cầu Chủ tịch UBND huyện Y ..."
_HEAD_OF = re.compile(
    r"(?:(?:đồng chí|các đồng chí)\s+)?(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Thủ trưởng|Trưởng ban|Chánh Văn phòng"
    r"|Người đứng đầu|người đứng đầu)\s+"
)
#: the task of a body, up to a counted list of its projects: "lập chủ trương đầu tư 3 khu tái định cư kết hợp khu dân
#: cư gồm: " (a count, the clause's words, then "gồm:" / "bao gồm:")
_ITEM_BEFORE = re.compile(r"(?:[,;]|\svà)\s*$")
_TASK_LIST = re.compile(r"[^.;:\n]{0,60}?\s(?:\d{1,2}|hai|ba|bốn|năm|các)\s[^.;:\n]{1,60}?\s(?:gồm|bao gồm)\s*:\s*")
#: the task's own verb after the body, enough for a cue that needs a role ("văn bản số X chỉ đạo Sở Y hướng dẫn các
#: đơn vị ...", "yêu cầu UBND huyện Z rà soát ..."; not a role: the task's source is read as for "giao")
_TASK_VERB = re.compile(
    r"\s*(?:hướng dẫn|rà soát|kiểm tra|tổng hợp|nghiên cứu|xử lý|thẩm định|điều hòa|giải quyết|tổ chức thực hiện)"
    r"(?![\w])"
)
_ROLE_AFTER = re.compile(
    r"\s*(?:chủ trì|là cơ quan|làm cơ quan|tham mưu|thực hiện|triển khai|xây dựng|chịu trách nhiệm|lãnh đạo|chỉ đạo"
    r"|đẩy nhanh|đẩy mạnh|tập trung|hoàn thành|hoàn thiện|khẩn trương"
    # the site work asked of a unit: "đề nghị UBND phường X bàn giao mặt bằng sạch (Dự án Y) trước ngày 15/5"
    r"|bàn giao mặt bằng|giải phóng mặt bằng)"
)
#: a sentence opening on the project it is about, then the body that acts on it: "Đối với Dự án X, UBND huyện Y phải
#: hoàn thành bàn giao mặt bằng", "Riêng Dự án Z, Sở W chủ trì ..."
#: (or "với" opening the sentence, or after "Cụ thể,": "Cụ thể, với Dự án X (dự án Y), Sở Z phải ...")
_ABOUT_PROJECT = WordPattern(r"(?:Đối với|Riêng|Với|(?<=Cụ thể, )với)\s+", starts=("Đối với", "Riêng", "Với", "với"))
#: the next clause of such a sentence, opening on another body: "...; Sở Tài chính thẩm định báo cáo trước ngày X"
_NEXT_CLAUSE = re.compile(r";\s*")
_TOPIC_COMMA = re.compile(r"[^,.;:\n]{0,40}?,\s*")  # the rest of the project's line up to the comma (its place ...)
_MUST = re.compile(r"\s*(?:phải|cần|có trách nhiệm|được giao)(?![\w])")
#: "do Ban cán sự Đảng UBND tỉnh và TP Vinh chuẩn bị"
_BY = WordPattern(r"do\s+")
#: (a movement launched by a body: "Phong trào “X” do Tỉnh đoàn phát động")
#: (an investor that registered to carry the project out: "Dự án X do Công ty Y đăng ký thực hiện trên khu đất ...")
_BY_VERB = re.compile(
    r"\s*(?:chủ trì|chuẩn bị|xây dựng|soạn thảo|tham mưu|thực hiện|trình|phát động"
    r"|đăng ký (?:thực hiện|đầu tư))(?![\w])"
)
_JOIN = re.compile(r"\s*(?:,|và)\s*")
#: a generic plural among the assignees, with no body of its own (lexicon.GENERIC_ASSIGNEE_WORDS): "UBND các huyện, thị
#: xã" in "giao UBND các huyện, thị xã, Hội Nông dân tỉnh tiếp nhận ...", "các sở, ngành liên quan" (the named ones
#: after it are still given the task)
_GENERIC_WORD = "(?:" + "|".join(sorted(GENERIC_ASSIGNEE_WORDS, key=len, reverse=True)) + r")(?![\w])"
_GENERIC_ASSIGNEES = re.compile(
    r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Thủ trưởng|Chủ tịch UBND)\s+)?các\s+"
    + _GENERIC_WORD
    + r"(?:\s*[,/]\s*"
    + _GENERIC_WORD
    + r")*(?:\s+(?:có\s+)?liên quan)?"
)
#: the authorities of a unit asked to act: "yêu cầu chính quyền huyện Lý Sơn khẩn trương xử lý" (the unit is given
#: the task)
_AUTHORITY = re.compile(r"chính quyền\s+(?=(?:TP\.?|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|tỉnh)\s)")
#: "X là cơ quan đầu mối / chủ trì" without "giao"; "X làm chủ nhiệm đề án" (lexicon.SCHEME_HEAD_ROLES)
_LEAD = re.compile(
    r"\s+(?:là|làm)\s+(?:cơ quan\s+(?:đầu mối|chủ trì|thường trực)|(?:" + "|".join(SCHEME_HEAD_ROLES) + r")(?![\w]))"
)
#: a project or plan "tại" a chain of places: the most specific unit of the chain
_AT = re.compile(
    # "Đề án số 04-ĐA/HU về ..., triển khai tại các xã A, B, C": where it is carried out too
    # ("được triển khai tại xã A", "đã được thí điểm ở phường B"; its size in brackets first: "KCN X (diện tích 150 ha)
    # tại xã A")
    r"\s*(?:\((?:diện tích|quy mô)[^()\n]{1,50}\)\s*)?[”\"]?\s*,?\s*(?:(?:(?:đã|đang)\s+)?(?:được\s+)?"
    r"(?:trải dài|nằm|tọa lạc|đặt|triển khai|thực hiện|áp dụng|thí điểm)\s+)?"
    r"(?:tại|ở|trên địa bàn|đoạn qua|đoạn đi qua|đi qua|thuộc(?:\s+địa (?:bàn|phận))?"
    r"|qua(?= (?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|tỉnh|địa bàn)\s))\s+"
    # an item of a list of projects: "1. Dự án X, địa điểm: xã A, huyện B", "...; địa điểm xây dựng: thị trấn C"
    r"|\s*[,;]\s*địa điểm(?:\s+(?:xây dựng|thực hiện|đầu tư))?\s*:\s*"
    # a list line with its place after a colon: "- Dự án X: xã A, huyện B."
    r"|\s*:\s*(?=(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|TP\.?)\s)"
)
#: "Đề án phát triển TP Vinh ...": a development project for a named unit is located in it
_DEVELOPS = re.compile(r"phát triển\s+(?:TP\.?|Tp\.?|thành phố|huyện|thị xã|quận|tỉnh)\s*")
#: an anaphoric document word ("thống nhất với kế hoạch do ...", "đề án này")
#: a document named back ("với kế hoạch do ...", "Kế hoạch cũng giao ..."), not one named with its number
_ANAPHORA = WordPattern(
    r"([Kk]ế hoạch|[Đđ]ề án|[Nn]ghị quyết|[Cc]hương trình|[Qq]uyết định|[Dd]ự án)(?!\s+(?:số|\d|[A-ZĐ]))"
)
_ANAPHORA_KINDS = {"kế hoạch": {"KH"}, "nghị quyết": {"NQ"}, "quyết định": {"QĐ"},
                   "chương trình": {"CTr", "chương trình"}, "đề án": {"đề án"}, "dự án": {"dự án"},
                   "chỉ thị": {"CT"}, "kết luận": {"KL"}, "quy hoạch": {"quy hoạch"}}  # fmt: skip
_GENERIC_BEFORE = re.compile(r"(?:(?:các|những|nhiều|một số|mọi)\s+|,\s*|(?:và|hoặc)\s+)$")
#: a law or the Constitution is never what a body is given to do (it is what the task follows)
_NEVER_ASSIGNED = {"Luật", "HP"}
#: a decree the task follows beside a law: "hoàn thiện hồ sơ theo Luật Lâm nghiệp và Nghị định số X" (not the task)
_BESIDE_A_LAW = re.compile(r"theo\s+Luật\s[^,.;:\n]{1,40}?\s+và\s+(?:(?:Nghị định|Thông tư|Quyết định)\s+(?:số\s*)?)?$")
#: the legal provision a task follows, not the task: "... triển khai công tác quản lý theo quy định tại Nghị định số
#: 68/2017/NĐ-CP" (a task done "theo tinh thần Nghị quyết ..." is that resolution's: GOLD_FORMAT's examples)
_FOLLOWED = re.compile(
    r"(?:theo quy định|căn cứ)(?:\s+(?:tại|của)(?:\s+[^\s,.;]+){0,4}?(?:\s+tại)?)?\s+(?:(?:"
    + "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True))
    + r")\s+)?(?:số\s*)?$",
    re.IGNORECASE,
)
_LEVEL_RANK = {"xã": 3, "phường": 3, "thị trấn": 3, "đặc khu": 3, "huyện": 2, "quận": 2, "thị xã": 2,
               "thành phố": 2, "tỉnh": 1}  # fmt: skip


def _places_between(
    places_at: dict[int, tuple[Locality, int]], starts: list[int], a: int, b: int
) -> list[tuple[Locality, int]]:
    """The places named from ``a`` to ``b`` (``starts``: the sorted keys of ``places_at``), found by bisection."""
    return [(places_at[p][0], p) for p in starts[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]]


def _paragraph(doc: Doc, pos: int) -> tuple[int, int]:
    start = doc.match.rfind("\n", 0, pos) + 1
    end = doc.match.find("\n", pos)
    return start, len(doc.match) if end < 0 else end


#: between a plan and the document it carries out: "Kế hoạch số 77/KH-UBND ngày 2/3/2025 triển khai thực hiện"
_CARRIES_OUT = re.compile(
    r"[^.;:\n]{0,40}?(?:triển khai thực hiện|triển khai|thực hiện|cụ thể hóa)\s+(?:\S+\s+){0,2}?(?:số\s+)?"
)


#: a task's object named back: "yêu cầu UBND huyện X chịu trách nhiệm bàn giao mặt bằng dự án này"
_THIS_ONE = WordPattern(r"(kế hoạch|đề án|nghị quyết|chương trình|quyết định|dự án) (?:này|nói trên|trên)(?![\w])")


def _this_one(doc: Doc, after: int, mentions: list[Mentioned]) -> Mentioned | None:
    """The document or project a task names back after its assignees in the sentence ("... dự án này"): the
    latest of that kind named before."""
    _, e = doc.sentence_bounds(after)
    this = _THIS_ONE.search(doc.match, after, e)
    if this is None:
        return None
    kinds = _ANAPHORA_KINDS[this.group(1)]
    earlier = [m for m in mentions if m.end <= this.start() and (m.kind in kinds or m.sub in kinds)]
    return earlier[-1] if earlier else None


#: a verb of the task right before the document it carries out (lexicon.TASK_OBJECT_VERBS): "... nghiên cứu, triển khai
#: thực hiện Chỉ thị số 15/CT-BTP", "... phối hợp các sở triển khai thực hiện kế hoạch theo quy định", "theo dõi việc
#: thực hiện Nghị quyết số 12-NQ/TU"
_TASK_OBJECT_VERB = re.compile(
    r"(?<![\w])(?:"
    + "|".join(sorted(TASK_OBJECT_VERBS, key=len, reverse=True))
    + r")\s+(?:có hiệu quả\s+|nghiêm túc\s+)?"
)
_TASK_CLAUSE_END = re.compile(r"[;\n]|(?<!TP)(?<!Tp)\.(?!\d)")
#: a plan of the bodies' own making, not one named before: "triển khai thực hiện kế hoạch của đơn vị mình"
_OWN_MAKING = re.compile(r"\s+(?:của\s+)?(?:đơn vị|cấp|ngành|địa phương|cơ quan)(?:\s+mình)?(?![\w])")
#: a document named back by its kind word alone, after a verb of the task, in either case ("... cụ thể hóa Kết luận
#: bằng các chương trình", "... triển khai thực hiện kế hoạch theo quy định"; a named one starts a mention there)
_KIND_BACK = re.compile(r"(?i:(kế hoạch|đề án|nghị quyết|chương trình|quyết định|dự án|chỉ thị|kết luận))(?![\w])")


def _task_objects(doc: Doc, after: int, mentions: list[Mentioned], starts_of: list[int], index: _Mentions
                  ) -> list[Mentioned]:  # fmt: skip
    """The documents the task given at ``after`` (the end of its assignees) carries out, in its clause: one named right
    after a verb of the task ("... quán triệt, triển khai thực hiện Chỉ thị số 20/CT-BCT"), or a plan named back by its
    kind word alone ("... triển khai thực hiện kế hoạch theo quy định": the last of that kind in the paragraph)."""
    stop = _TASK_CLAUSE_END.search(doc.match, after, min(len(doc.match), after + 250))
    end = stop.start() if stop else min(len(doc.match), after + 250)
    clause = doc.match[after:end]
    if not any(word in clause for word in ("thực hiện", "triển khai", "quán triệt", "cụ thể hóa")):
        return []  # (the cheap signal first)
    found: list[Mentioned] = []
    p, _ = _paragraph(doc, after)
    for verb in _TASK_OBJECT_VERB.finditer(doc.match, after, end):
        if _NOMINAL_CUE.search(doc.match, max(0, verb.start() - 20), verb.start()):
            continue  # "báo cáo kết quả triển khai thực hiện Nghị định X": a report on it, not carrying it out
        at = _KIND_GAP.match(doc.match, verb.end())  # "Chỉ thị số 15/CT-BTP": the symbol, after its kind word
        i = bisect.bisect_left(starts_of, verb.end())
        if i < len(mentions) and mentions[i].start in (verb.end(), at.end() if at else -1):
            if mentions[i].kind not in _NEVER_ASSIGNED and mentions[i] not in found:
                found.append(mentions[i])
            continue
        back = _KIND_BACK.match(doc.match, verb.end())
        if back is None or _OWN_MAKING.match(doc.match, back.end()):
            continue
        earlier = index.of_kind(back.group(1).lower()).last_ending_by(verb.start())
        if earlier is not None and earlier.start >= p and earlier not in found:
            found.append(earlier)
    return found


#: the body that gives out a task, named before the cue: "các nhiệm vụ do Ban Thường vụ Tỉnh ủy giao UBND tỉnh chủ trì"
_GIVER_BEFORE = re.compile(r"(?:^|\s)do\s+$")


#: a document that shares out its tasks in a list after a colon: "Kế hoạch số 21/KH-UBND phân công: Sở A ...; Sở B ..."
#: (the hand-out verb, with its subject or "nhiệm vụ" words, up to the colon)
_SHARES_OUT = re.compile(
    r"[^.;:\n]{0,60}?(?:giao|phân công|yêu cầu|đề nghị)(?:\s+(?:nhiệm vụ|trách nhiệm)(?:\s+cụ thể)?)?"
    r"(?:\s+(?:như sau|cho các cơ quan|các cơ quan, đơn vị))?\s*:"
)


#: the colon after the body of a list line: "- Sở A: chủ trì ..."
_ITEM_COLON = re.compile(r"[ \t]*:")
#: a list line of bodies, and the line that opens the list on its colon
_LIST_LINE = re.compile(r"[ \t]*(?:[-–•+*]|[a-zđ]\)|\d{1,2}[.)])[ \t]*$")
_LINE_ENDING_COLON = re.compile(r":[ \t]*$", re.MULTILINE)


def _shared_out_by(doc: Doc, mentions: list[Mentioned], at: list[int], pos: int) -> Mentioned | None:
    """The document whose tasks a colon list shares out, the body at ``pos`` opening one of its ";" items ("Kế hoạch số
    21/KH-UBND phân công: Sở Y tế chủ trì ...; Sở Giáo dục và Đào tạo chủ trì ...")."""
    s, _ = doc.sentence_bounds(pos)
    colon = doc.match.rfind(":", s, pos)
    line = doc.match.rfind("\n", 0, pos) + 1
    if (colon < 0 or colon < line) and _LIST_LINE.match(doc.match, line, pos):
        # a list line ("- Sở A: chủ trì ..."): the line before that ends on the colon (over the lines of the list)
        above = doc.match[max(0, line - 1500) : line].rstrip()
        ends = [m.end() for m in _LINE_ENDING_COLON.finditer(above)]
        if not ends:
            return None
        colon = max(0, line - 1500) + ends[-1] - 1
        s, _ = doc.sentence_bounds(colon)
    if colon < 0:
        return None
    inside = [m for m in mentions[bisect.bisect_left(at, s) : bisect.bisect_left(at, colon)] if m.end <= colon]
    for m in reversed(inside):
        if m.kind == "project" or m.kind in _GIVES_NO_TASKS or m.kind in _NEVER_ASSIGNED:
            continue
        if _SHARES_OUT.fullmatch(doc.match, m.end, colon + 1):
            return m
        return None
    return None


def _giver_document(doc: Doc, cue_start: int, ends: dict[int, tuple[int, str]], before: list[Mentioned]
                    ) -> Mentioned | None:  # fmt: skip
    """The tasks a body gives out that a text reports ("... các nhiệm vụ do Ban Thường vụ Tỉnh ủy giao UBND tỉnh chủ
    trì thực hiện"): the giver's document named last before (its symbol carries the giver's code, lexicon.ISSUERS),
    not the document of the sentence."""
    giver = ends.get(cue_start - 1)
    if giver is None or not _GIVER_BEFORE.search(doc.match, max(0, giver[0] - 4), giver[0]):
        return None
    code = ISSUERS.get(giver[1], ("",))[0]
    if not code:
        return None
    for m in reversed(before):
        if m.kind not in _NEVER_ASSIGNED and (m.ref.endswith("/" + code) or m.ref.endswith("-" + code)):
            return m
    return None


#: a sentence that opens on the document it takes its figures from: "Theo Báo cáo tổng kết ..., toàn tỉnh đã ..."
_CITED_OPENER = re.compile(r"[ \t]*Theo\s+$")


def _cited_for_figures(doc: Doc, index: _Mentions, m: Mentioned) -> bool:
    """Whether ``m`` (or the document whose title names it: "Báo cáo tổng kết thực hiện Nghị quyết số X") opens its
    sentence after "Theo": the text cites it for what it says, no body is given it."""
    outer = [c for c in index.within(m.start - index.longest, m.start + 1) if c.start <= m.start and c.end >= m.end]
    first = min(outer, key=lambda c: c.start) if outer else m
    s, _ = doc.sentence_bounds(first.start)
    return _CITED_OPENER.fullmatch(doc.match, s, first.start) is not None


def _plan_of_task(doc: Doc, before: list[Mentioned]) -> Mentioned:
    """The document a task given after ``before`` (the documents named before the cue in its sentence) belongs
    to: the last one, unless that one is what the one before it carries out ("ban hành Kế hoạch A triển khai thực
    hiện Quyết định B, trong đó giao ...": the task is A's)."""
    k = len(before) - 1
    while k > 0 and before[k - 1].start <= before[k].start and before[k].end <= before[k - 1].end:
        k -= 1  # a document named inside the one before ("kế hoạch thực hiện Kết luận 91"): that one's task
    while (
        k > 0
        and before[k - 1].kind != "project"
        and _CARRIES_OUT.fullmatch(doc.match, before[k - 1].end, before[k].start)
    ):
        k -= 1
    return before[k]


class _Mentions(SpanIndex[Mentioned]):
    """The mentions of a document (in text order), and those an anaphoric word can refer to."""

    def __init__(self, mentions: list[Mentioned]) -> None:
        super().__init__(mentions)
        self.mentions = mentions
        self._of_kinds: dict[str, SpanIndex[Mentioned]] = {}  # built when an anaphoric word first asks

    def of_kind(self, word: str) -> SpanIndex[Mentioned]:
        """The mentions an anaphoric word ("kế hoạch", "đề án") can refer to."""
        if word not in self._of_kinds:
            kinds = _ANAPHORA_KINDS[word]
            self._of_kinds[word] = SpanIndex([m for m in self.mentions if m.kind in kinds or m.sub in kinds])
        return self._of_kinds[word]


def _source_for(doc: Doc, pos: int, mentions: _Mentions) -> Mentioned | None:
    """What a task given at ``pos`` is about: the document named before it in its sentence; else the
    one an anaphoric word before it in the paragraph refers to ("với kế hoạch do ...", "Kế hoạch cũng giao ...");
    else the paragraph's first document."""
    s, _ = doc.sentence_bounds(pos)
    same = [m for m in mentions.within(s, pos + 1) if m.end <= pos]
    if same:
        return same[-1]
    p, q = _paragraph(doc, pos)
    for a in reversed(list(_ANAPHORA.finditer(doc.match, p, pos))):
        if mentions.covers(a.start()):
            continue  # the word is a document's own name
        if _GENERIC_BEFORE.search(doc.match, max(0, a.start() - 12), a.start()) or doc.match.startswith(",", a.end()):
            continue  # "các chương trình, đề án": generic, not one document
        earlier = mentions.of_kind(a.group(1).lower()).last_ending_by(a.start())
        if earlier is not None:
            return earlier
    return mentions.first_within(p, min(q, pos))


def assigned(doc: Doc, mentions: list[Mentioned], organizations: list[Organization],
             localities: list[Locality]) -> list[Relation]:  # fmt: skip
    relations: list[Relation] = []
    own = _own_mention(doc, mentions)
    starts_of = [m.start for m in mentions]
    index = _Mentions(mentions)
    orgs_at = {span.start: (o.name, span.end) for o in organizations for span in o.mentions}
    for name, start, end in shared_head_items(doc):  # "UBND các huyện: A, B": one body per item (no span of its own)
        orgs_at.setdefault(start, (name, end))
    org_ends = {end: (start, name) for start, (name, end) in orgs_at.items()}
    # (not a hamlet's name: "tại thôn Hòa Bình" names no unit, though a province bears the name)
    places_at = {
        span.start: (loc, span.end) for loc in localities for span in loc.mentions
        if not _HAMLET_BEFORE.search(doc.match, max(0, span.start - 14), span.start)
    }  # fmt: skip
    place_starts = sorted(places_at)

    def add(source: Mentioned | None, target: str, start: int, end: int, how: str) -> None:
        if source is None or source.ref == target or source.kind in _NEVER_ASSIGNED:
            return
        relations.append(Relation("ASSIGNED_TO", source.ref, target, doc.span(start, end), how))

    def target_at(pos: int) -> tuple[str, int] | None:
        """An organization, or a locality (its level word first: "TP Vinh"; "chính quyền huyện Lý Sơn": the unit),
        starting at ``pos``."""
        if pos in orgs_at:
            return orgs_at[pos]
        if (authority := _AUTHORITY.match(doc.match, pos)) is not None:
            pos = authority.end()
        level = _LEVEL_WORD.match(doc.match, pos)
        at = level.end() if level else pos
        if at in places_at:
            loc, end = places_at[at]
            return loc.name, end
        return None

    lists = unit_lists(doc)
    list_at = {start: items for start, _, _, items in lists}

    def _after_generic(pos: int) -> tuple[str, int] | None:
        """The body named after a generic plural of the list ("UBND các huyện, thị xã, Hội Nông dân tỉnh")."""
        generic = (
            _GENERIC_ASSIGNEES.match(doc.match, pos)
            if doc.match.startswith("các", pos)
            or (doc.match.startswith(("UBND các", "Ủy ban nhân dân các", "Thủ trưởng các", "Chủ tịch UBND các"), pos))
            else None
        )
        if generic is None or (join := _JOIN.match(doc.match, generic.end())) is None or join.end() == generic.end():
            return None
        return target_at(join.end())

    def targets_from(pos: int) -> list[tuple[str, int]]:
        """The units named from ``pos`` on, joined by "," or "và" ("UBND TP Hạ Long và thị xã Đông Triều"), or a list
        that shares its level word ("các xã vùng cao: Nậm Búng, Nậm Lành")."""
        if pos in list_at:
            return [(name, start + len(name)) for name, start in list_at[pos]]
        targets = []
        while (found := target_at(pos) or _after_generic(pos)) is not None:
            if (new := _NEW_OR_OLD.match(doc.match, found[1])) is not None:
                found = (found[0], new.end())  # "UBND xã Tân Phú (mới) khẩn trương ...": the unit goes on to its mark
            targets.append(found)
            join = _JOIN.match(doc.match, found[1])
            if not join:
                break
            pos = join.end()
        return targets

    for cue in _ASSIGN_CUE.finditer(doc.match):
        if doc.match.endswith("Ban ", max(0, cue.start() - 4), cue.start()):
            continue  # "Ban Chỉ đạo Đảng ủy xã X triển khai ...": a steering committee's name, not a cue
        targets = targets_from(cue.end())
        if not targets and (head := _HEAD_OF.match(doc.match, cue.end())) is not None:
            targets = targets_from(head.end())  # "yêu cầu Giám đốc Sở X chịu trách nhiệm ...": the body the head leads
        if not targets:
            continue
        role = _ROLE_AFTER.match(doc.match, targets[-1][1])
        if role is not None and role.group(0).endswith("chỉ đạo") and targets_from(_skip_space(doc, role.end())):
            role = None  # "đề nghị UBND tỉnh chỉ đạo Sở X hoàn thành Dự án Y": Sở X's task (the cue "chỉ đạo" reads it)
        if _NEEDS_ROLE.match(cue.group(0)) and not role and not _TASK_VERB.match(doc.match, targets[-1][1]):
            continue
        # "giao X triển khai Dự án Y", "giao X chỉ đạo đẩy nhanh tiến độ Dự án Y": the task named in the
        # clause after the assignees; else the document before the cue; else the first one named later in
        # the sentence ("giao UBND xã chủ trì, phối hợp với ... triển khai Dự án X")
        after = targets[-1][1]
        i = bisect.bisect_left(starts_of, after)
        while i < len(mentions) and (
            mentions[i].kind in _NEVER_ASSIGNED
            or _FOLLOWED.search(doc.match, max(0, mentions[i].start - 60), mentions[i].start)
            or _BESIDE_A_LAW.search(doc.match, max(0, mentions[i].start - 80), mentions[i].start)
        ):
            i += 1  # "giao Bộ X hướng dẫn hồ sơ theo Luật Lâm nghiệp": the law is what the task follows
        first = mentions[i] if i < len(mentions) else None  # mentions are in text order
        task = (
            first
            if first and first.start <= after + 60 and not _CLAUSE_BREAK.search(doc.match, after, first.start)
            else None
        )
        later = first if first and first.start < doc.sentence_bounds(after)[1] else None
        s_start, _ = doc.sentence_bounds(cue.start())
        before = [m for m in mentions[bisect.bisect_left(starts_of, s_start) : i] if m.end <= cue.start()]
        # in a text that is itself a plan, a task with no document or project of its own is the plan's; else the
        # document named before in the sentence, else the first named after it in the sentence ("giao Sở X chủ
        # trì, phối hợp với Y hoàn thiện hồ sơ cho Dự án Z"), else the paragraph's
        source = (
            task
            or (own if own is not None and role else None)
            or _this_one(doc, after, mentions)
            or (_plan_of_task(doc, before) if before else None)
            # a project named later in the sentence is the task's own, before a document reported in the sentence
            # before ("... ban hành Kế hoạch X. Giao Sở Y chủ trì, phối hợp với Z triển khai Dự án W": W's)
            or (later if later is not None and later.kind == "project" else None)
            # "UBND tỉnh ban hành văn bản số 2165/UBND-HTKT ... Theo đó, UBND tỉnh giao Ban Quản lý ...": that one
            or _given_by(doc, mentions, starts_of, cue.start())
            or later
            or _source_for(doc, cue.start(), index)
            # "... dự án Khu đô thị X tại xã A.\nGiao Sở Y chủ trì, phối hợp ... hướng dẫn Công ty Z": X's
            or _project_of_paragraph_before(doc, mentions, starts_of, cue.start())
            # a reply whose subject line names the project: "V/v Gia hạn dự án X\n... Giao Sở Y chủ trì ..."
            or _subject_of_text(doc, mentions, starts_of)
        )
        # "các nhiệm vụ do Ban Thường vụ Tỉnh ủy giao UBND tỉnh chủ trì": the committee's document (a task named after
        # the assignees stays theirs)
        earlier_ones = mentions[: bisect.bisect_left(starts_of, cue.start())]
        if task is None and (given := _giver_document(doc, cue.start(), org_ends, earlier_ones)) is not None:
            source = given
        letter = _letter_giving(doc, mentions, starts_of, cue.start(), source)
        for name, end in targets:
            add(source, name, cue.start(), end, "assigned.giao")
            if letter is not None:
                add(letter, name, cue.start(), end, "assigned.letter")
        # the document the task carries out, named after its verbs ("giao Sở X nghiên cứu, triển khai thực hiện Chỉ
        # thị Y"): the bodies are given it too
        for obj in _task_objects(doc, after, mentions, starts_of, index):
            if obj is not source:
                for name, end in targets:
                    add(obj, name, cue.start(), end, "assigned.task_object")
        # the task counts its projects and lists them: "giao Ban X lập chủ trương đầu tư 3 khu tái định cư gồm: Dự án A,
        # Dự án B và Dự án C" (each project of the list, to the sentence's end)
        if (task_list := _TASK_LIST.match(doc.match, after)) is not None:
            _, e = doc.sentence_bounds(after)
            for m in mentions[bisect.bisect_left(starts_of, task_list.end()) : bisect.bisect_left(starts_of, e)]:
                if (  # an item of the list: first, or after a comma, a semicolon or "và"
                    m.kind == "project"
                    and m is not source
                    and (m.start == task_list.end() or _ITEM_BEFORE.search(doc.match, max(0, m.start - 5), m.start))
                ):
                    for name, end in targets:
                        add(m, name, cue.start(), end, "assigned.giao")
    for about in _ABOUT_PROJECT.finditer(doc.match):  # "Đối với Dự án X, UBND huyện Y phải hoàn thành ..."
        i = bisect.bisect_left(starts_of, about.end())
        if i >= len(mentions) or mentions[i].start != about.end() or mentions[i].kind != "project":
            continue
        comma = _TOPIC_COMMA.match(doc.match, mentions[i].end)
        targets = targets_from(comma.end()) if comma else []
        if targets and (_ROLE_AFTER.match(doc.match, targets[-1][1]) or _MUST.match(doc.match, targets[-1][1])):
            for name, end in targets:
                add(mentions[i], name, about.start(), end, "assigned.topic")
            # the bodies opening the sentence's next clauses act on the same project: "...; Sở Y thẩm định ..."
            _, e = doc.sentence_bounds(about.start())
            for clause in _NEXT_CLAUSE.finditer(doc.match, targets[-1][1], e):
                more = targets_from(clause.end())
                if more and (_ROLE_AFTER.match(doc.match, more[-1][1]) or _MUST.match(doc.match, more[-1][1])
                             or _TASK_VERB.match(doc.match, more[-1][1])):  # fmt: skip
                    for name, end in more:
                        add(mentions[i], name, about.start(), end, "assigned.topic")
    for by in _BY.finditer(doc.match):
        targets = targets_from(by.end())
        if targets and _BY_VERB.match(doc.match, targets[-1][1]):
            source = _source_for(doc, by.start(), index)
            if source is not None and _cited_for_figures(doc, index, source):
                continue  # "Theo Báo cáo ... do X chuẩn bị, toàn tỉnh đã ...": a source of figures, not X's task
            for name, end in targets:
                add(source, name, by.start(), end, "assigned.do")
    for start, (name, end) in orgs_at.items():
        if (lead := _LEAD.match(doc.match, end)) and not _ASSIGN_CUE.search(doc.match, max(0, start - 20), start):
            # "Sở X làm chủ nhiệm đề án": the last scheme of that kind named before, else the task in hand
            heads = lead.group(0).partition("chủ nhiệm")[2].strip() or None
            scheme = index.of_kind(heads).last_ending_by(start) if heads in _ANAPHORA_KINDS else None
            add(scheme or _source_for(doc, start, index), name, start, end, "assigned.lead")
    relations += led(doc, mentions, targets_from, sorted(orgs_at), own, relations)
    if own is not None:
        relations += headed_tasks(doc, mentions, targets_from, sorted(orgs_at), own)
    relations += listed_units_do(doc, mentions, targets_from, sorted(list_at))
    relations += located(doc, mentions, places_at, lists, orgs_at)
    relations += invested_by(doc, mentions, orgs_at)
    relations += joint_investors(doc, mentions, orgs_at)
    relations += investor_of_those(doc, mentions, orgs_at)
    relations += chosen_investors(doc, mentions, orgs_at)
    relations += bracketed_place(doc, mentions, places_at, relations)
    relations += all_at(doc, mentions, places_at)
    relations += unit_breaks_ground(doc, mentions, places_at)
    relations += commune_breaks_ground(doc, mentions, orgs_at, places_at)
    relations += given_as_follows(doc, mentions, starts_of, places_at, own)
    relations += owned_by(doc, mentions, orgs_at)
    relations += units_carry_out(doc, mentions, places_at)
    relations += bodies_carry_out(doc, mentions, orgs_at, places_at, place_starts)
    relations += boards_carry_out(doc, mentions, orgs_at)
    if "Địa điểm" in doc.match:
        relations += place_field(doc, mentions, places_at, place_starts)
    relations += planned_area(doc, mentions, places_at, place_starts)
    if "|" in doc.match:
        relations += table_rows_placed(doc, mentions, places_at, place_starts)
        relations += table_rows_led(doc, mentions, orgs_at, own)
    for m in mentions:
        beside = (
            (_BESIDE.match(doc.match, m.end) or _BRACKET_TAIL.match(doc.match, m.end)) if m.kind == "project" else None
        )
        if beside and doc.match.startswith(",", m.end) and _in_opening_phrase(doc, m.start):
            beside = None  # "Nằm trong Chương trình X, huyện Y vừa được ...": Y opens the clause after
        if beside and beside.end() in list_at:  # a table cell listing its units: every one
            for name, _ in list_at[beside.end()]:
                add(m, name, m.start, beside.end(), "assigned.beside")
            beside = None
        if beside:
            level = _LEVEL_WORD.match(doc.match, beside.end())  # "TP. Pleiku": the dot of "TP." ends no chain
            stop = _CHAIN_END.search(doc.match, level.end() if level else beside.end())
            chain_end = min(stop.start() if stop else len(doc.match), beside.end() + 80)
            units = _places_between(places_at, place_starts, beside.start(), chain_end)
            if units:
                unit = max(units, key=lambda u: (_LEVEL_RANK.get(u[0].level or "", 0), -u[1]))[0]
                # "Đô thị A, xã B, xã C huyện D", "(xã E và xã F, tỉnh G)": the communes of one level, each
                run = _same_level_run(doc, places_at, units, unit)
                also = _AND_UNIT.match(doc.match, chain_end)
                joined = _LEVEL_WORD.match(doc.match, also.end()) if also else None
                if joined and joined.end() in places_at and places_at[joined.end()][0].level == unit.level:
                    run.append(places_at[joined.end()][0])
                for each in run:
                    add(m, each.name, m.start, beside.end(), "assigned.beside")
        if (
            m.kind == "project"
            and not _AT.match(doc.match, m.end)
            and _ITEM_OPENS.search(doc.match, max(0, m.start - 4), m.start)
        ):
            # an item of a list of projects, its place after a clause of its own: "...: Dự án Khu công nghiệp A, thu
            # hồi 250 ha đất tại xã B, C; Dự án D, ..." (the units up to the item's end)
            place = _ITEM_PLACE.match(doc.match, m.end)
            if place is not None:
                item_end = _ITEM_END.search(doc.match, place.end())
                chain_end = min(item_end.start() if item_end else len(doc.match), place.end() + 120)
                units = _places_between(places_at, place_starts, place.end(), chain_end)
                if units:
                    best = max(units, key=lambda u: (_LEVEL_RANK.get(u[0].level or "", 0), -u[1]))[0]
                    for each in _same_level_run(doc, places_at, units, best):
                        add(m, each.name, m.start, place.end(), "assigned.item_place")
        at = _AT.match(doc.match, m.end)
        if at and at.group(0).rstrip().endswith("thuộc") and _NO_UNIT_AFTER.match(doc.match, at.end()):
            at = None  # "... Kinh thành Huế thuộc quần thể di tích Cố đô Huế": what it belongs to is no unit
        if at and "được" in at.group(0) and doc.match[max(0, m.start - 7) : m.start].endswith("thuộc "):
            at = None  # "Dự án A thuộc dự án B được thực hiện tại xã C": the part's place, not the whole's
        if m.kind == "project" and at:
            stop = _CHAIN_END.search(doc.match, at.end())
            chain_end = stop.start() if stop else len(doc.match)
            if at.end() in list_at:  # "đoạn qua các xã Hợp Thành, Kháng Nhật": every unit of the list
                for name, _ in list_at[at.end()]:
                    add(m, name, m.start, at.end(), "assigned.located")
                continue
            listed = [items for start, items in list_at.items() if at.end() <= start < min(chain_end, at.end() + 60)]
            if listed:  # "tại 4 điểm thuộc 4 huyện A, B, C và D": every unit of the list
                for name, _ in listed[0]:
                    add(m, name, m.start, at.end(), "assigned.located")
                continue
            units = _places_between(places_at, place_starts, at.end(), min(chain_end, at.end() + 160))
            units = _outside_projects(units, mentions, starts_of, m)
            ranked = [(_LEVEL_RANK.get(loc.level or "", 0), -s, loc) for loc, s in units]
            if ranked:
                _, unit_at, unit = max(ranked, key=lambda r: (r[0], r[1]))
                for each in _same_level_run(doc, places_at, units, unit):  # "đoạn qua xã A, xã B (huyện C)": both
                    add(m, each.name, m.start, at.end(), "assigned.located")
                # "trên địa bàn thị xã Ninh Hòa và huyện Vạn Ninh": the unit joined by "và" too
                also = _AND_UNIT.match(doc.match, chain_end)
                if also and (level := _LEVEL_WORD.match(doc.match, also.end())) and level.end() in places_at:
                    add(m, places_at[level.end()][0].name, m.start, level.end(), "assigned.located")
                i = bisect.bisect_left(starts_of, at.end())
                # a site named in the chain before its unit ("tại Khu công nghiệp Tri Lễ, xã X"), not one named later in
                # the sentence ("... tại xã A, huyện B, UBND tỉnh phê duyệt dự án C tại Khu công nghiệp D")
                for site in mentions[i : bisect.bisect_left(starts_of, min(chain_end, -unit_at))]:
                    # (not the project a part belongs to: "Dự án kênh A thuộc dự án hồ chứa B được thực hiện tại xã C")
                    if site.kind == "project" and not _PART_OF.fullmatch(doc.match, m.end, site.start):
                        add(site, unit.name, site.start, site.end, "assigned.located")
        if m.kind == "project":
            for d in _DEVELOPS.finditer(doc.match, m.start, m.end):
                if d.end() in places_at:
                    add(m, places_at[d.end()][0].name, d.start(), places_at[d.end()][1], "assigned.develops")
    relations += those_projects(doc, mentions, places_at, place_starts)
    relations += served_only(doc, mentions, places_at, place_starts, lists, relations, localities)
    return _below_their_district(doc, _most_specific(relations, localities), localities, places_at)


#: a purpose after a project, up to the units it names: "nhằm cung cấp nước sạch cho người dân các xã A và B", "để
#: bảo vệ an toàn cho nhân dân xã C"
_SERVES = re.compile(
    r"[,\s]+(?:nhằm|để|phục vụ)\s[^.;:\n]{0,80}?(?:cho|phục vụ)\s[^.;:\n]{0,30}?"
    r"(?=(?:các\s+)?(?:xã|phường|thị trấn|huyện|thị xã)\s)"
)


#: the projects of the sentence before named back together, where they are: "Các dự án trên đều nằm trên địa bàn
#: huyện A", "Các công trình này đều thuộc xã B"
_PROJECTS_ABOVE_PLACED = re.compile(
    r"[ \t]*(?:Các|Những|Cả \d{1,2}|Cả hai|Cả ba)\s+(?:dự án|công trình)\s+(?:trên|này|nói trên|kể trên)\s+(?:đều\s+)?"
    r"(?:(?:được\s+)?(?:triển khai|thực hiện|xây dựng)\s+|nằm\s+)?(?:trên địa bàn|tại|thuộc(?: địa bàn)?|ở)\s+"
)


def those_projects(
    doc: Doc, mentions: list[Mentioned], places_at: dict[int, tuple[Locality, int]], place_starts: list[int]
) -> list[Relation]:
    """The projects the sentence before names, named back together where they are ("... Dự án A, Dự án B và Dự án
    C. Các dự án trên đều nằm trên địa bàn huyện D"): each is in the most specific units named."""
    out: list[Relation] = []
    at = [m.start for m in mentions]
    for start in sorted({doc.sentence_bounds(p)[0] for p in _starts_of(doc.match, "dự án")} | {
        doc.sentence_bounds(p)[0] for p in _starts_of(doc.match, "công trình")
    }):  # fmt: skip
        those = _PROJECTS_ABOVE_PLACED.match(doc.match, start)
        if those is None or start == 0:
            continue
        s, e = doc.sentence_bounds(start - 1)
        named = [m for m in mentions[bisect.bisect_left(at, s) : bisect.bisect_left(at, e)] if m.kind == "project"]
        _, end = doc.sentence_bounds(start)
        stop = _CHAIN_END.search(doc.match, those.end())
        chain = _places_between(places_at, place_starts, those.end(), min(stop.start() if stop else end, end))
        if not named or not chain:
            continue
        best = max(chain, key=lambda u: (_LEVEL_RANK.get(u[0].level or "", 0), -u[1]))[0]
        for loc in _same_level_run(doc, places_at, chain, best):
            where = doc.span(start, those.end())
            for m in named:
                out.append(Relation("ASSIGNED_TO", m.ref, loc.name, where, "assigned.those_placed"))
    return out


def served_only(
    doc: Doc, mentions: list[Mentioned], places_at: dict[int, tuple[Locality, int]], place_starts: list[int],
    lists: list[tuple[int, int, str, list[tuple[str, int]]]], relations: list[Relation], localities: list[Locality],
) -> list[Relation]:  # fmt: skip
    """A project the text places nowhere, whose purpose in its sentence names the units it serves ("Dự án cấp nước X,
    nhằm cung cấp nước sạch cho người dân các xã A và B"): it is in those units (the most specific named)."""
    names = {loc.name for loc in localities}
    placed = {r.source for r in relations if r.type == "ASSIGNED_TO" and r.target in names}
    list_at = {start: items for start, _, _, items in lists}
    out: list[Relation] = []
    for m in mentions:
        if m.kind != "project" or m.ref in placed:
            continue
        _, e = doc.sentence_bounds(m.start)
        serves = _SERVES.match(doc.match, m.end, e) or _SERVES_AFTER_CLAUSE.match(doc.match, m.end, e)
        if serves is None:
            continue
        pos = serves.end()
        if pos in list_at:  # "cho người dân các xã A và B": every unit of the list
            units = [name for name, _ in list_at[pos]]
        else:
            level = _LEVEL_WORD.match(doc.match, pos)
            first = level.end() if level else pos
            stop = _CHAIN_END.search(doc.match, first)
            chain_end = min(stop.start() if stop else e, first + 80)
            chain = _places_between(places_at, place_starts, first, chain_end)
            if not chain:
                continue
            best = max(chain, key=lambda u: (_LEVEL_RANK.get(u[0].level or "", 0), -u[1]))[0]
            units = [loc.name for loc in _same_level_run(doc, places_at, chain, best)]
            also = _AND_UNIT.match(doc.match, chain_end)
            if also and (joined := _LEVEL_WORD.match(doc.match, also.end())) and joined.end() in places_at:
                units.append(places_at[joined.end()][0].name)
        for name in units:
            out.append(Relation("ASSIGNED_TO", m.ref, name, doc.span(m.start, serves.end()), "assigned.served"))
        placed.add(m.ref)
    return out


#: a clause about the project between it and its purpose: "Dự án X có tổng vốn 15 tỷ đồng, nhằm ..."
_SERVES_AFTER_CLAUSE = re.compile(
    r"\s+(?:có|với)\s[^.;:\n]{0,60}?,\s*(?:nhằm|để|phục vụ)\s[^.;:\n]{0,80}?(?:cho|phục vụ)\s[^.;:\n]{0,30}?"
    r"(?=(?:các\s+)?(?:xã|phường|thị trấn|huyện|thị xã)\s)"
)


#: a commune's district right after it: "xã Pù Nhi, huyện Mường Lát", "xã A (huyện B)", "phường C - thị xã D"
_DISTRICT_AFTER = re.compile(r"\s*(?:,|\(|[-–])\s*(?:huyện|thị xã|thành phố|TP\.?|quận)\s+")


def _below_their_district(
    doc: Doc, relations: list[Relation], localities: list[Locality], places_at: dict[int, tuple[Locality, int]]
) -> list[Relation]:
    """A project placed both in a commune and in the district the text writes right after that commune ("Dự án X,
    huyện A ... Địa điểm: xã B, huyện A") is assigned to the commune only (GOLD_FORMAT: the most specific unit);
    a district of another commune stays ("đi qua huyện A và xã B (huyện C)")."""
    district_of: dict[str, set[str]] = {}
    for loc in localities:
        if _LEVEL_RANK.get(loc.level or "", 0) != 3:
            continue
        for span in loc.mentions:
            after = _DISTRICT_AFTER.match(doc.match, span.end)
            if after is not None and after.end() in places_at:
                district = places_at[after.end()][0]
                if (
                    _LEVEL_RANK.get(district.level or "", 0) == 2 and district.name != loc.name
                ):  # ("thị trấn A, huyện A")
                    district_of.setdefault(loc.name, set()).add(district.name)
    if not district_of:
        return relations
    # a commune-tier unit of the district's name ("thị trấn A ... xã B (huyện A)") is a unit of its own: kept
    communes = {loc.name for loc in localities if _LEVEL_RANK.get(loc.level or "", 0) == 3}
    covered = {
        (r.source, d) for r in relations if r.type == "ASSIGNED_TO" for d in district_of.get(r.target, set()) - communes
    }
    return [r for r in relations if (r.source, r.target) not in covered]


#: the subject line of a letter or a reply, at a line's start: "V/v Gia hạn tiến độ thực hiện dự án X"
_SUBJECT_LINE = re.compile(r"^[ \t]*(?:V/v|Về việc)\s", re.MULTILINE)


def _subject_of_text(doc: Doc, mentions: list[Mentioned], at: list[int]) -> Mentioned | None:
    """What a letter's subject line, in its first lines, names (its project first): the subject of the tasks its
    reply gives with no project or document of their own."""
    line = _SUBJECT_LINE.search(doc.match, 0, min(len(doc.match), 1500))
    if line is None:
        return None
    stop = doc.match.find("\n", line.end())
    inside = mentions[
        bisect.bisect_left(at, line.end()) : bisect.bisect_left(at, stop if stop >= 0 else len(doc.match))
    ]
    return next((m for m in inside if m.kind == "project"), inside[0] if inside else None)


#: the letter a reply quotes its tasks from, on its own line after them: "(Theo Công văn số 6012/UBND-KT, ngày ...)"
_QUOTED_FROM = re.compile(r"\n[ \t]*\(\s*(?:Theo|Trích)\s+")


def _letter_giving(
    doc: Doc, mentions: list[Mentioned], at: list[int], pos: int, source: Mentioned | None
) -> Mentioned | None:
    """The document that gives a task about a project (GOLD_FORMAT: a text reporting a document's tasks assigns that
    document too): the one a "Theo đó," paragraph lists the tasks of ("UBND tỉnh ban hành Công văn số X về việc kiểm
    tra dự án Y. Theo đó, UBND tỉnh giao Sở Z chủ trì ..."), or the one the reply quotes after its tasks."""
    if source is None:
        return None
    p, _ = _paragraph(doc, pos)
    accordingly = source.kind == "project" and _ACCORDINGLY.search(doc.match, p, pos) is not None
    letter = _given_by(doc, mentions, at, pos) if accordingly else None  # (said so: "Theo đó,")
    if letter is None:
        quoted = _QUOTED_FROM.search(doc.match, pos, min(len(doc.match), pos + 600))
        i = bisect.bisect_left(at, quoted.end()) if quoted else len(mentions)
        if quoted and i < len(mentions) and mentions[i].start - quoted.end() < 30 and mentions[i].kind != "project":
            letter = mentions[i]
    return letter if letter is not None and letter.ref != source.ref else None


#: an investor named after "do" with the verb alone: "Dự án X do Công ty CP Y (H.Thọ Xuân) đầu tư" (not what it
#: invests in next: "do Công ty Y đầu tư vào ...")
_INVESTS = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+đầu tư(?:\s+xây dựng)?(?![\w])"
    # the clause ends there (no name read short: "do Ban Quản lý dự án đầu tư xây dựng công trình X làm chủ đầu tư")
    r"(?=\s*(?:[,.;)\n]|$|(?:với|và|từ|theo|năm|trong|tổng|có|nhằm|để|trên|tại)(?![\w])))"
)


#: a company that breaks ground on the project named right after: "Công ty CP X (TP.HCM) cũng đã khởi công xây dựng
#: khu đô thị Y"
_COMPANY = re.compile(r"Công ty|Tổng [Cc]ông ty|Tập đoàn")
_STARTS_BUILDING = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:cũng\s+)?(?:đã\s+|vừa\s+)?(?:chính thức\s+)?"
    # one that organises the ceremony with the province: "phối hợp với Công ty X tổ chức lễ khởi công Dự án Y"
    r"(?:tổ chức\s+(?:lễ\s+)?)?(?:khởi công|động thổ)(?:\s+xây dựng)?\s+"
)
#: the projects counted before their list: "... khởi công hai dự án chiến lược: Khu công nghiệp A và Khu công nghiệp B"
_COUNTED_PROJECTS = re.compile(r"(?:hai|ba|bốn|năm|\d{1,2}|các|loạt) (?:dự án|công trình)[^.;:\n]{0,40}?:\s*")


def invested_by(doc: Doc, mentions: list[Mentioned], orgs_at: dict[int, tuple[str, int]]) -> list[Relation]:
    """ "Dự án A do Công ty X đầu tư", "Dự án A và Nhà máy B đều do Công ty X đầu tư": the projects the clause before
    "do" names (the last one, and those joined to it by "và" or a comma) are X's."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for start, (name, end) in orgs_at.items():
        if _COMPANY.match(name) and (builds := _STARTS_BUILDING.match(doc.match, end)) is not None:
            i = bisect.bisect_left(at, builds.end())
            if i < len(mentions) and mentions[i].start == builds.end() and mentions[i].kind == "project":
                where = doc.span(start, mentions[i].end)
                relations.append(Relation("ASSIGNED_TO", mentions[i].ref, name, where, "assigned.invests"))
            elif (counted := _COUNTED_PROJECTS.match(doc.match, builds.end())) is not None:
                _, e = doc.sentence_bounds(counted.end())  # every project of the list, to the sentence's end
                for m in mentions[bisect.bisect_left(at, counted.end()) : bisect.bisect_left(at, e)]:
                    if m.kind == "project":
                        where = doc.span(start, counted.end())
                        relations.append(Relation("ASSIGNED_TO", m.ref, name, where, "assigned.invests"))
            continue
        if doc.match[max(0, start - 3) : start] != "do " or not _INVESTS.match(doc.match, end):
            continue
        s, _ = doc.sentence_bounds(start)
        before = [m for m in mentions[bisect.bisect_left(at, s) : bisect.bisect_left(at, start)] if m.end <= start]
        if not before or before[-1].kind != "project":
            continue
        subjects = [before[-1]]
        for m in reversed(before[:-1]):
            if m.kind != "project" or not _SUBJECT_JOIN.fullmatch(doc.match, m.end, subjects[0].start):
                break
            subjects.insert(0, m)
        for project in subjects:
            relations.append(Relation("ASSIGNED_TO", project.ref, name, doc.span(start - 3, end), "assigned.invests"))
    return relations


#: the companies of a joint venture, joined as one investor: "do liên danh Công ty A, Công ty B và Công ty C làm chủ
#: đầu tư" (each of them)
_ORG_JOIN = re.compile(r"\s*(?:,|và)\s*")
_BY_VENTURE = re.compile(r"(?:^|\s)do\s+(?:[Ll]iên danh\s+)?$")


def joint_investors(doc: Doc, mentions: list[Mentioned], orgs_at: dict[int, tuple[str, int]]) -> list[Relation]:
    """ "Dự án X do liên danh Công ty A, Công ty B và Công ty C làm chủ đầu tư": X is each company's (the project of
    the sentence, named before "do")."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    ends = {end: start for start, (_, end) in orgs_at.items()}
    for start, (name, end) in orgs_at.items():
        if not _INVESTOR_AFTER.match(doc.match, end):
            continue
        chain = [(start, name, end)]
        while True:  # back over the companies joined before it
            first = chain[0][0]
            prev = next((e for e in range(first - 1, max(-1, first - 8), -1) if e in ends), None)
            if prev is None or not _ORG_JOIN.fullmatch(doc.match, prev, first):
                break
            p_start = ends[prev]
            chain.insert(0, (p_start, orgs_at[p_start][0], prev))
        if len(chain) < 2 and not doc.match[max(0, start - 20) : start].lower().endswith("liên danh "):
            continue  # one investor after "do" alone: read by ``located``
        if not _BY_VENTURE.search(doc.match, max(0, chain[0][0] - 20), chain[0][0]):
            continue
        s, _ = doc.sentence_bounds(start)
        before = [
            m for m in mentions[bisect.bisect_left(at, s) : bisect.bisect_left(at, chain[0][0])] if m.end <= start
        ]
        if not before or before[-1].kind != "project":
            continue
        for c_start, c_name, c_end in chain:
            where = doc.span(c_start, c_end)
            relations.append(Relation("ASSIGNED_TO", before[-1].ref, c_name, where, "assigned.investor"))
    return relations


#: the projects named before, taken up again as the sentence's subject: "Những dự án trên do Ban Quản lý X làm chủ đầu
#: tư", "Hai công trình này đều do Công ty Y làm chủ đầu tư" (the sentence opens with it, up to "do")
_THOSE_PROJECTS = re.compile(
    r"[\W_]*(?:[Nn]hững|[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|\d{1,2}) (?:dự án|công trình)"
    r" (?:trên|nói trên|kể trên|này)(?: đều)? do $"
)


def investor_of_those(doc: Doc, mentions: list[Mentioned], orgs_at: dict[int, tuple[str, int]]) -> list[Relation]:
    """ "Những dự án trên do X làm chủ đầu tư": X invests in every project of the last sentence before that names
    projects (a list of works: "Các trường xây dựng gồm: A (xã B), C (xã D).")."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for start, (name, end) in orgs_at.items():
        s, _ = doc.sentence_bounds(start)
        if not _INVESTOR_AFTER.match(doc.match, end) or not _THOSE_PROJECTS.fullmatch(doc.match, s, start):
            continue
        before = [m for m in mentions[: bisect.bisect_left(at, s)] if m.kind == "project" and s - m.end < 1500]
        if not before:
            continue
        first, _ = doc.sentence_bounds(before[-1].start)
        for project in before:
            if project.start >= first:
                relations.append(Relation("ASSIGNED_TO", project.ref, name, doc.span(s, end), "assigned.those"))
    return relations


_HAMLET_BEFORE = re.compile(r"(?:thôn|bản|xóm|làng|ấp|buôn|plei|tổ dân phố|khu phố)\s+$", re.IGNORECASE)
_AND_ONLY = re.compile(r"\s+và\s+")
#: projects a sentence lists after the unit they are all in: "Hai dự án này đều tại xã A của huyện B, gồm: dự án C
#: ...; dự án D ..." (each project of the list after "gồm")
_ALL_AT = WordPattern(
    r"(?:\d{1,2}|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Cc]ác|[Nn]hững) dự án(?: này)?(?: đều)?"
    r"(?: (?:được|sẽ được|đã được) (?:đầu tư|triển khai|thực hiện|xây dựng))? (?:tại|ở|trên địa bàn|thuộc) ",
    needs=("dự án",),
)
_ITEMS_END = re.compile(r"\.(?:\s|$)|\n")
_THEN_LISTED = re.compile(r"[^.;:\n]{0,80}?,?\s*(?:gồm|bao gồm|là)\s*:\s*")


def all_at(doc: Doc, mentions: list[Mentioned], places_at: dict[int, tuple[Locality, int]]) -> list[Relation]:
    """ "Hai dự án này đều tại xã A của huyện B, gồm: dự án C; dự án D": C and D are in A (the most specific unit
    named before "gồm")."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    place_starts = sorted(places_at)
    for cue in _ALL_AT.finditer(doc.match):
        listed = _THEN_LISTED.match(doc.match, cue.end())
        if listed is None:
            continue
        units = _places_between(places_at, place_starts, cue.end(), listed.end())
        if not units:
            continue
        unit = max(units, key=lambda u: (_LEVEL_RANK.get(u[0].level or "", 0), -u[1]))[0]
        stop = _ITEMS_END.search(doc.match, listed.end())  # (the items run over ";" to the sentence's end)
        e = stop.start() if stop else len(doc.match)
        for m in mentions[bisect.bisect_left(at, listed.end()) : bisect.bisect_left(at, e)]:
            if m.kind == "project":
                where = doc.span(cue.start(), listed.end())
                relations.append(Relation("ASSIGNED_TO", m.ref, unit.name, where, "assigned.all_at"))
    return relations


#: a unit that breaks ground on or opens projects in its sentence: "Quảng Nam đã cùng lúc khởi công 2 dự án ..., là dự
#: án A và dự án B", "tỉnh Thanh Hóa đã khởi công dự án C"
_BREAKS_GROUND = re.compile(
    r"\s+(?:đã\s+|vừa\s+|sẽ\s+)?(?:cùng lúc\s+|đồng loạt\s+|chính thức\s+)?(?:khởi công|khánh thành|động thổ)(?![\w])"
)
#: what may stand before such a unit in its sentence: a time, an outlet's tag ("(QNO) - Ngày 24.4 Quảng Nam ...")
_BEFORE_SUBJECT = re.compile(
    r"(?:\([A-ZĐ]{2,6}\)\s*[-–]\s*)?(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Nn]gày|[Hh]ôm nay)"
    r"(?:[^,.;:\n]|(?<=\d)\.(?=\d)){0,20}?,?\s*"  # ("Ngày 24.4")
    # (or a year, planned: "Trong năm 2025, thành phố A sẽ khởi công Dự án X")
    r"|(?:Trong\s+)?[Nn]ăm\s+(?:19|20)\d\d\s*,\s*|Năm nay\s*,\s*)?"
    # (a commune-level unit too: "Ngày 15/8, xã Tân Hòa khánh thành Dự án ...")
    r"(?:(?:tỉnh|Tỉnh|huyện|Huyện|thành phố|Thành phố|TP\.?|thị xã|Thị xã|xã|Xã|phường|Phường|thị trấn|Thị trấn)\s+)?$"
)


def unit_breaks_ground(
    doc: Doc, mentions: list[Mentioned], places_at: dict[int, tuple[Locality, int]]
) -> list[Relation]:
    """A unit that is the subject of "khởi công / khánh thành / động thổ": the projects of its sentence are there."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for start, (unit, end) in places_at.items():
        if (ground := _BREAKS_GROUND.match(doc.match, end)) is None:
            continue
        s, e = doc.sentence_bounds(start)
        if not _BEFORE_SUBJECT.fullmatch(doc.match, s, start):
            continue
        for m in mentions[bisect.bisect_left(at, ground.end()) : bisect.bisect_left(at, e)]:
            if m.kind == "project":
                where = doc.span(start, ground.end())
                relations.append(Relation("ASSIGNED_TO", m.ref, unit.name, where, "assigned.breaks_ground"))
    return relations


#: the People's Committee of a commune-level unit as a sentence's subject: "UBND xã Gào (tỉnh Gia Lai) tổ chức khởi công
#: 3 dự án" (the unit's name follows its level word)
_COMMUNE_COMMITTEE = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:xã|phường|thị trấn|đặc khu) ")
#: (with the body it works with: "UBND xã A phối hợp Ban Quản lý dự án khu vực 3 tổ chức lễ khởi công ...")
_COMMITTEE_BREAKS_GROUND = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:đã\s+|vừa\s+)?(?:phối hợp(?:\s+với)?\s+[^,.;()\n]{3,80}?\s+(?=tổ chức))?"
    r"(?:tổ chức\s+(?:lễ\s+)?)?(?:khởi công|khánh thành|động thổ)"
    r"(?:\s+xây dựng)?\s+"
)
#: the projects counted after the cue, named in the sentences after: "... khởi công 3 dự án trọng điểm trên địa bàn."
_COUNTED = re.compile(r"(\d{1,2}|hai|ba|bốn|năm|sáu) (?:dự án|công trình)(?![\w])")
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6}


def commune_breaks_ground(
    doc: Doc, mentions: list[Mentioned], orgs_at: dict[int, tuple[str, int]],
    places_at: dict[int, tuple[Locality, int]],
) -> list[Relation]:  # fmt: skip
    """A commune's People's Committee that breaks ground on or opens projects ("UBND xã A tổ chức khởi công 3 dự án
    trên địa bàn"): the projects of its sentence, or the ones it counts as the sentences right after name them, are
    in A."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for start, (_, end) in orgs_at.items():
        head = _COMMUNE_COMMITTEE.match(doc.match, start)
        if head is None or (ground := _COMMITTEE_BREAKS_GROUND.match(doc.match, end)) is None:
            continue
        s, e = doc.sentence_bounds(start)
        if not _BEFORE_SUBJECT.fullmatch(doc.match, s, start) or head.end() not in places_at:
            continue
        unit = places_at[head.end()][0]
        named = [m for m in mentions[bisect.bisect_left(at, ground.end()) : bisect.bisect_left(at, e)]
                 if m.kind == "project"]  # fmt: skip
        counted = _COUNTED.match(doc.match, ground.end())
        if not named and counted is not None:  # the counted projects, as the next sentences name them
            n = _COUNT_WORDS.get(counted.group(1)) or int(counted.group(1))
            for m in mentions[bisect.bisect_left(at, e) : bisect.bisect_left(at, e + 2000)]:
                if m.kind == "project" and m.ref not in {p.ref for p in named}:
                    named.append(m)
                if len(named) >= n:
                    break
        for m in named:
            relations.append(
                Relation("ASSIGNED_TO", m.ref, unit.name, doc.span(start, ground.end()), "assigned.commune")
            )
    return relations


#: a bracket after a project that holds only places (no level word needed): "Khu kinh tế mở Chu Lai (Quảng Nam)",
#: "Dự án hồ chứa nước X (Hà Tĩnh)"
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_BRACKET_JOIN = re.compile(r"\s*,\s*")
#: a bracket that opens on where a project lies: "(thuộc địa bàn 2 xã A và B, ...", "(đều thuộc xã C, ...", "(xã D, ..."
#: (after a verb of lying: "(nằm ở xã E, huyện F)", "(tọa lạc tại phường G)"; after its area: "(6.500 m2, xã H)"; after
#: its hamlet: "(thôn I, xã K, huyện L)")
_PLACE_BRACKET = re.compile(
    r"[ \t]*\([ \t]*(?:\d(?:[\d.,]*\d)?[ \t]*(?:m2|m²|ha|héc-ta|hécta)[ \t]*,[ \t]*)?"
    r"(?P<all>đều[ \t]+)?(?:(?:nằm|tọa lạc)[ \t]+)?(?:(?:thuộc|ở|tại|trên)[ \t]+)?(?:địa bàn[ \t]+)?"
    r"(?:(?:\d{1,2}|hai|ba|bốn|các)[ \t]+)?"
    # (its hamlet first: "(thôn A, xã B, huyện C)")
    r"(?:(?:khu vực[ \t]+)?(?:thôn|ấp|bản|làng|xóm|khu phố|tổ dân phố|khóm|Khóm)[ \t]+[^,()\n]{1,30}?,[ \t]*)?"
    r"(?=(?:xã|phường|thị trấn|huyện|thị xã|quận|đặc khu)[ \t])"
)
#: projects of one list: "Hồng Lạc, Hồng Lạc II và Hồng Lạc III"
_SITES_JOIN = re.compile(r"\s*(?:,|và)\s*")
_LEVEL_WORD_AT = re.compile(r"(?:xã|phường|thị trấn|huyện|thị xã|quận|đặc khu)[ \t]+")


def _skip_level_word(doc: Doc, pos: int) -> int:
    """Where the name after a level word at ``pos`` starts."""
    level = _LEVEL_WORD_AT.match(doc.match, pos)
    return level.end() if level else pos


#: a project built at a site named after it: "Nhà máy X được xây dựng với số vốn ... tại Khu kinh tế Y"
_BUILT_AT = re.compile(
    r"\s+(?:được\s+)?(?:xây dựng|đầu tư|đặt|nằm|triển khai|hình thành)"
    r"(?:(?:[^.;\n]|(?<=\d)\.(?=\d)){0,80}?\s)?(?:tại|ở|trong)\s+"
)


def bracketed_place(
    doc: Doc, mentions: list[Mentioned], places_at: dict[int, tuple[Locality, int]], found: list[Relation]
) -> list[Relation]:
    """A project followed by a bracket of places only ("(Quảng Nam)", "(Cẩm Thủy, Thanh Hóa)") is in the most specific
    of them; a project built at a site ("Nhà máy X được xây dựng ... tại Khu kinh tế Y (Quảng Nam)") is where the site
    is."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    placed: dict[str, list[str]] = {}
    for r in found:
        if r.extractor.startswith("assigned.") and r.target not in placed.get(r.source, []):
            placed.setdefault(r.source, []).append(r.target)
    for m in mentions:
        if m.kind != "project" or (bracket := _OPEN_BRACKET.match(doc.match, m.end)) is None:
            continue
        units, pos = [], bracket.end()
        while (level := _LEVEL_WORD.match(doc.match, pos)) is not None or pos in places_at:
            start = level.end() if level and level.end() in places_at else pos
            if start not in places_at:
                break
            units.append(places_at[start][0])
            pos = places_at[start][1]
            if (join := _BRACKET_JOIN.match(doc.match, pos)) is None:
                break
            pos = join.end()
        if units and doc.match.startswith(")", pos):
            unit = max(units, key=lambda u: _LEVEL_RANK.get(u.level or "", 0))
            # the projects joined to it by "và" share the bracket: "dự án A và dự án B (thành phố Huế)"
            joined, j = [m], bisect.bisect_left(at, m.start) - 1
            while (
                j >= 0
                and mentions[j].kind == "project"
                and _AND_ONLY.fullmatch(doc.match, mentions[j].end, joined[0].start)
            ):
                joined.insert(0, mentions[j])
                j -= 1
            for each in joined:
                relations.append(
                    Relation("ASSIGNED_TO", each.ref, unit.name, doc.span(each.start, pos + 1), "assigned.bracket")
                )
                placed.setdefault(each.ref, []).append(unit.name)
    place_starts = sorted(places_at)
    for m in mentions:
        # a bracket that opens on where the project lies and goes on with its size: "CCN A (thuộc các xã B, C và thị
        # trấn D, diện tích 54 ha)", "CCN E (xã E, diện tích 75 ha)"; a list sharing one: "A, B và C (đều thuộc xã D)"
        if m.kind != "project" or (opening := _PLACE_BRACKET.match(doc.match, m.end)) is None:
            continue
        close = doc.match.find(")", opening.end(), opening.end() + 160)
        inside = _places_between(places_at, place_starts, opening.end(), close) if close > 0 else []
        if not inside or inside[0][1] > _skip_level_word(doc, opening.end()):
            continue  # (the bracket must open on its places)
        best = max(inside, key=lambda u: _LEVEL_RANK.get(u[0].level or "", 0))[0]
        tier = _TIER.get(best.level or "", best.level)
        names = [loc.name for loc, _ in inside if _TIER.get(loc.level or "", loc.level) == tier]
        sharing, j = [m], bisect.bisect_left(at, m.start) - 1
        while (
            opening.group("all")
            and j >= 0
            and mentions[j].kind == "project"
            and (_SITES_JOIN.fullmatch(doc.match, mentions[j].end, sharing[0].start))
        ):
            sharing.insert(0, mentions[j])
            j -= 1
        for each in sharing:
            for name in dict.fromkeys(names):
                if name not in placed.get(each.ref, []):
                    relations.append(
                        Relation("ASSIGNED_TO", each.ref, name, doc.span(each.start, close + 1), "assigned.bracket")
                    )
    for m in mentions:
        if m.kind != "project" or (built := _BUILT_AT.match(doc.match, m.end)) is None:
            continue
        i = bisect.bisect_left(at, built.end())
        if i < len(mentions) and mentions[i].start == built.end() and mentions[i].kind == "project":
            for name in placed.get(mentions[i].ref, []):
                if any(loc.name == name for loc, _ in places_at.values()) and name not in placed.get(m.ref, []):
                    where = doc.span(m.start, mentions[i].end)
                    relations.append(Relation("ASSIGNED_TO", m.ref, name, where, "assigned.built_at"))
    return relations


#: targets or tasks given unit by unit: "UBND tỉnh giao chỉ tiêu cụ thể như sau: huyện A có 2 xã đạt chuẩn ...; huyện
#: B ..." (each item opens on its unit, after the colon, a ";" or "và")
_GIVEN_AS_FOLLOWS = WordPattern(
    r"(?:[Gg]iao|[Pp]hân bổ|[Pp]hân công)\s+(?:chỉ tiêu|nhiệm vụ|kế hoạch)[^.:;\n]{0,80}?\s+như sau\s*:\s*",
    needs=("như sau",),
)
_NEXT_ITEM = re.compile(r"\s*(?:;|\n[ \t]*[-–•+*]?)\s*|\s+và\s+(?=(?:huyện|thị xã|thành phố|xã|phường|thị trấn)\s)")
_UNIT_OPENS = re.compile(
    r"(?:[-–•+*]\s*)?(?:huyện|thị xã|thành phố|TP\.?|xã|phường|thị trấn|quận|Huyện|Thị xã|Thành phố|Xã)\s+"
)


def given_as_follows(
    doc: Doc, mentions: list[Mentioned], at: list[int], places_at: dict[int, tuple[Locality, int]],
    own: Mentioned | None,
) -> list[Relation]:  # fmt: skip
    """Targets or tasks given unit by unit after "như sau:": the document that gives them (the one a "Theo đó,"
    paragraph follows, else the text itself) is assigned to the unit that opens each item."""
    relations: list[Relation] = []
    for cue in _GIVEN_AS_FOLLOWS.finditer(doc.match):
        source = _given_by(doc, mentions, at, cue.start()) or own
        if source is None:
            continue
        pos, stop = cue.end(), _paragraph(doc, cue.end())[1]  # (the items run to the paragraph's end)
        while (opens := _UNIT_OPENS.match(doc.match, pos)) is not None and opens.end() in places_at:
            unit, end = places_at[opens.end()]
            where = doc.span(cue.start(), end)
            relations.append(Relation("ASSIGNED_TO", source.ref, unit.name, where, "assigned.as_follows"))
            # the next item: after a ";", a line's bullet or "và", opening on its unit
            nxt = next((n for n in _NEXT_ITEM.finditer(doc.match, end, stop) if _UNIT_OPENS.match(doc.match, n.end())),
                       None)  # fmt: skip
            if nxt is None:
                break
            pos = nxt.end()
    return relations


#: "dự án X của Bộ Tư lệnh Quân khu 5": the body after "của" owns the project (an enterprise, a military command,
#: a project board; not the issuer of a programme: "Chương trình hành động của Chính phủ")
_OWNED_OF = re.compile(
    rf"(?:,\s+[{UPPER}][\w]*(?:\s[{UPPER}][\w]*){{0,3}})?\s+của\s+"
)  # (after a place: ", Kon Tum của")
_OWNERS = re.compile(r"Bộ Tư lệnh|Công ty|Tổng [Cc]ông ty|Tập đoàn|BQL|Ban QLDA|Ban [Qq]uản lý dự án")


def owned_by(doc: Doc, mentions: list[Mentioned], orgs_at: dict[int, tuple[str, int]]) -> list[Relation]:
    relations: list[Relation] = []
    for m in mentions:
        if m.kind != "project" or m.sub in CARRIED_OUT_PROJECTS or (of := _OWNED_OF.match(doc.match, m.end)) is None:
            continue
        if of.end() in orgs_at and _OWNERS.match(orgs_at[of.end()][0]):
            name, end = orgs_at[of.end()]
            relations.append(Relation("ASSIGNED_TO", m.ref, name, doc.span(m.start, end), "assigned.owner"))
    return relations


_PART_OF = re.compile(r"\s+thuộc\s+")


def _skip_space(doc: Doc, pos: int) -> int:
    while pos < len(doc.match) and doc.match[pos] in " \t":
        pos += 1
    return pos


#: a phrase opening a sentence, closed by its comma: "Nằm trong Chương trình X, huyện Y ..." (the unit after the comma
#: is the subject of the sentence, not the place of X)
_OPENING_PHRASE = re.compile(
    r"[ \t]*(?:[-–•*+][ \t]*)?(?:Nằm trong|Thực hiện|Triển khai|Theo|Với|Trong|Qua|Để|Từ|Sau|Hưởng ứng|Căn cứ"
    # the project a sentence is about: "Đối với dự án X, tỉnh Y đề nghị ..." (Y opens the clause after)
    r"|Cùng với|Bên cạnh|Đối với|Riêng)\s[^,;:\n]*"
)


def _in_opening_phrase(doc: Doc, pos: int) -> bool:
    s, _ = doc.sentence_bounds(pos)
    return _OPENING_PHRASE.fullmatch(doc.match, s, pos) is not None


def _project_of_paragraph_before(doc: Doc, mentions: list[Mentioned], at: list[int], pos: int) -> Mentioned | None:
    """The one project the paragraph before names (and no document), for a task whose cue opens its own paragraph
    and names nothing ("Giao Sở X chủ trì, phối hợp ... hướng dẫn Công ty Y trong quá trình triển khai")."""
    p, _ = _paragraph(doc, pos)
    if p == 0 or doc.match[p:pos].strip(" \t-–•*+"):
        return None
    q, _ = _paragraph(doc, p - 1)
    named = {m.ref: m for m in mentions[bisect.bisect_left(at, q) : bisect.bisect_left(at, p)]}
    if len(named) != 1:
        return None
    (only,) = named.values()
    return only if only.kind == "project" else None


def _most_specific(relations: list[Relation], localities: list[Locality]) -> list[Relation]:
    """A project the text places both in its province and in units below it ("dự án X tại tỉnh Khánh Hòa ... thực
    hiện trên địa bàn các xã: A, B") is assigned to those units only (GOLD_FORMAT: the most specific unit named)."""
    provinces = {loc.name for loc in localities if loc.level == "tỉnh"}
    below = {loc.name for loc in localities if _LEVEL_RANK.get(loc.level or "", 0) >= 2}
    if not provinces or not below:
        return relations
    placed_below = {r.source for r in relations if r.target in below}
    return [r for r in relations if not (r.target in provinces and r.target not in below and r.source in placed_below)]


def _outside_projects(
    units: list[tuple[Locality, int]], mentions: list[Mentioned], starts: list[int], own: Mentioned
) -> list[tuple[Locality, int]]:
    """The units of a chain that are not read inside another project's name ("Dự án thành phần 3 thuộc Dự án cao tốc
    Khánh Hòa - Buôn Ma Thuột": Khánh Hòa names the road, it does not place the part)."""
    kept = []
    for loc, start in units:
        i = bisect.bisect_right(starts, start) - 1
        inside = any(
            m is not own and m.kind == "project" and m.start <= start < m.end for m in mentions[max(0, i - 2) : i + 1]
        )
        if not inside:
            kept.append((loc, start))
    return kept


#: a sentence that opens on where it is: "Tại xã Phú Lâm, huyện Tiên Du, Dự án ...", "Trên địa bàn huyện X có 3 dự án"
_OPENING_PLACE = re.compile(
    r"[ \t]*(?:[-–•*+][ \t]*)?"
    # after a time adverbial: "Hiện nay, trên địa bàn xã Tân Lập đang triển khai 2 dự án: ..."
    r"(?:(?:Hiện nay|Hiện|Thời gian qua|Thời gian tới|Năm (?:19|20)\d\d|Trong năm (?:19|20)\d\d)\s*,\s*"
    r"(?:tại|ở|trên địa bàn|tại địa bàn)|Tại|Ở|Trên địa bàn|Tại địa bàn|Thuộc địa bàn)\s+"
)
#: a ceremony's place told after its time (and its hamlet): "Sáng 5/9, tại xã A, ...", "Cụ thể, vào chiều 14/10, tại
#: thôn B, xã C, ..."; read only in a sentence that breaks ground on or opens a project (_CEREMONY)
_CEREMONY_PLACE = re.compile(
    # (after the outlet's tag: "TPO - Sáng 27/9, tại xã A", "(Baohatinh.vn) - Chiều 3/9, tại xã B")
    r"[ \t]*(?:\(?[A-ZĐ][A-Za-z0-9]{1,15}(?:\.[A-Za-z]{2,3}){0,2}\)?[ \t]*[-–][ \t]*)?"
    r"(?:(?:Cụ thể|Theo đó|Trước đó)\s*,\s*)?(?:vào\s+)?(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Nn]gày|[Hh]ôm nay)"
    # (and a clause between: "Sáng 19/12, cùng với 79 điểm cầu trên cả nước, tại xã A ..."; the occasion it marks,
    # commas and all: "Chiều 5/6, nằm trong chuỗi sự kiện chào mừng Đại hội ... lần thứ I, nhiệm kỳ 2025-2030, tại ...")
    r"(?:[^,.;\n]|(?<=\d)\.(?=\d)){0,20},\s*(?:cùng với[^,.;\n]{0,60},\s*"
    r"|(?:nằm trong|trong khuôn khổ|trong chuỗi|chào mừng|hướng tới)[^.;:\n]{0,150}?,\s*(?=tại\s))?"
    r"tại\s+(?:(?:thôn|bản|xóm|làng|khu phố|tổ dân phố|ấp)\s+[^,.;\n]{1,25},\s*)?"
)
_CEREMONY = re.compile(r"(?:khởi công|khánh thành|động thổ|gắn biển|thông xe|đặt viên đá)(?![\w])")
_CHAIN_JOIN = re.compile(r"\s*,\s*(?=(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|TP\.?|tỉnh)\s)")
_AFTER_OPENING_PLACE = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?"  # the unit's province in brackets: "tại xã A (tỉnh B) đã tổ chức khởi công ..."
    # ("Tại xã A diễn ra Lễ khánh thành công trình Dự án X")
    r"(?:,|(?:(?:hiện|đang|đã|sẽ|còn)\s+)*(?:có|triển khai|thực hiện|đầu tư|khởi công|xây dựng|tổ chức|diễn ra)\s)"
)


def _placed_first(
    doc: Doc, s: int, e: int, mentions: list[Mentioned], at: list[int],
    places_at: dict[int, tuple[Locality, int]], place_starts: list[int],
) -> list[Relation]:  # fmt: skip
    """The projects of a sentence that opens on a chain of units ("Tại xã A, huyện B, Dự án X ...", "Trên địa bàn
    huyện Y có 2 dự án lớn: A, B") are located in its most specific unit."""
    opening = _OPENING_PLACE.match(doc.match, s, e)
    after_chain = _AFTER_OPENING_PLACE
    if opening is None:
        # "Cụ thể, vào chiều 14/10, tại thôn A, xã B, UBND tỉnh tổ chức lễ khởi công dự án X": where the ceremony is
        opening = _CEREMONY_PLACE.match(doc.match, s, e)
        if opening is not None and _CEREMONY.search(doc.match, opening.end(), e) is None:
            opening = None
    if opening is None:
        # the unit itself opens the sentence and has or builds them: "Xã A có 3 công trình được đầu tư: ..."
        opening = _UNIT_OPENS_SENTENCE.match(doc.match, s, e)
        after_chain = _UNIT_HAS
        if opening is None:
            return []
    # "Tại Khu đô thị A, phường B diễn ra lễ khởi công Dự án C": C is in B (the site, in apposition, is read by
    # ``assigned.beside``)
    opens_at = opening.start()
    i = bisect.bisect_left(at, opening.end())
    if i < len(mentions) and mentions[i].start == opening.end() and mentions[i].kind == "project":
        comma = _SITE_COMMA.match(doc.match, mentions[i].end)
        if comma is not None:
            opening = comma
    level = _LEVEL_WORD.match(doc.match, opening.end())
    first = level.end() if level else opening.end()
    if first not in places_at:
        return []
    chain = [(places_at[first][0], first)]
    end = places_at[first][1]
    while (join := _CHAIN_JOIN.match(doc.match, end)) is not None:
        nxt = _LEVEL_WORD.match(doc.match, join.end())
        if nxt is None or nxt.end() not in places_at:
            break
        chain.append((places_at[nxt.end()][0], nxt.end()))
        end = places_at[nxt.end()][1]
    if not after_chain.match(doc.match, end):
        return []
    best = max(chain, key=lambda u: (_LEVEL_RANK.get(u[0].level or "", 0), -u[1]))[0]
    units = _same_level_run(doc, places_at, chain, best)
    return [
        Relation("ASSIGNED_TO", m.ref, unit.name, doc.span(opens_at, m.end), "assigned.placed_first")
        for m in mentions[bisect.bisect_left(at, end) : bisect.bisect_left(at, e)]
        # not one placed right after its name ("Tại huyện A, Cụm công nghiệp B (xã B) ...": the commune), but a part
        # of another project is ("Dự án thành phần 1 thuộc dự án X")
        if m.kind == "project" and not (_BESIDE.match(doc.match, m.end) or _placed_after(doc, m, places_at))
        for unit in units
    ]


#: a unit opening its sentence by its level word in capitals: "Xã Mường Mìn có 3 công trình ..."
_UNIT_OPENS_SENTENCE = re.compile(r"[ \t]*(?:[-–•*+][ \t]*)?(?:Xã|Phường|Thị trấn|Huyện|Thị xã|Quận|Đặc khu)\s+")
#: what such a unit does with the projects after it: has, carries out or builds them (not a comma: "Xã A, huyện B, là
#: nơi ...")
_UNIT_HAS = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:(?:hiện|đang|đã|sẽ|còn|vừa)\s+)*(?:có|triển khai|thực hiện|đầu tư|khởi công"
    r"|xây dựng)\s"
)
#: a site, then the comma before its unit: "Tại Khu đô thị A, phường B ..."
_SITE_COMMA = re.compile(r"\s*,\s*(?=(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|TP\.?)\s)")


def _placed_after(doc: Doc, m: Mentioned, places_at: dict[int, tuple[Locality, int]]) -> bool:
    """Whether a place follows the project's name ("Dự án X tại xã A", "... thuộc huyện B"), not another project
    ("Dự án thành phần 1 thuộc dự án X")."""
    at = _AT.match(doc.match, m.end)
    if at is None:
        return False
    level = _LEVEL_WORD.match(doc.match, at.end())
    return level is not None or at.end() in places_at


#: a lower-case word after "thuộc" that names no unit: "thuộc quần thể di tích ...", "thuộc hệ thống ..."
_NO_UNIT_AFTER = re.compile(
    r"(?!(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|tỉnh|đặc khu|địa bàn|địa phận|khu vực)(?![\w]))[a-zđà-ỹ]"
)
#: the area a plan covers, by the units it lies in: "Cụ thể khu vực nghiên cứu quy hoạch phân khu thuộc địa giới hành
#: chính thị trấn A và các xã B, C", "phạm vi ranh giới lập quy hoạch thuộc địa giới hành chính xã D"
_PLANNED_AREA = WordPattern(
    r"(?=[PpKk])(?:[Pp]hạm vi(?: ranh giới)?|[Kk]hu vực(?: nghiên cứu)?)[^.;\n]{0,50}?"
    r"thuộc địa (?:giới hành chính|bàn|phận)[ \t]+",
    needs=("thuộc địa",),
)


def planned_area(
    doc: Doc, mentions: list[Mentioned], places_at: dict[int, tuple[Locality, int]], place_starts: list[int]
) -> list[Relation]:
    """The units a plan's area lies in ("khu vực nghiên cứu quy hoạch ... thuộc địa giới hành chính thị trấn A và các
    xã B, C") place the project named last before it, in its paragraph or the one before: the units of the most
    specific tier of the chain."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for area in _PLANNED_AREA.finditer(doc.match):
        before = [m for m in mentions[: bisect.bisect_left(at, area.start())] if m.kind == "project"]
        if not before or area.start() - before[-1].end > 400:
            continue
        stop = _AREA_END.search(doc.match, area.end())
        chain = _places_between(places_at, place_starts, area.end(), stop.start() if stop else len(doc.match))
        if not chain:
            continue
        best = max(chain, key=lambda u: _LEVEL_RANK.get(u[0].level or "", 0))[0]
        tier = _TIER.get(best.level or "", best.level)
        for name in dict.fromkeys(loc.name for loc, _ in chain if _TIER.get(loc.level or "", loc.level) == tier):
            relations.append(
                Relation("ASSIGNED_TO", before[-1].ref, name, doc.span(area.start(), area.end()), "assigned.plan_area")
            )
    return relations


#: where the chain of an area's units ends: the sentence, a bracket's close
_AREA_END = re.compile(r"[.;\n]|\)")
#: where an item of a list opens: after the list's colon or the item's semicolon ("đáng chú ý có: A; B")
_ITEM_OPENS = re.compile(r"[:;][ \t]*$")
#: a list item's place after a clause of its own, up to where the item ends: ", thu hồi 250 ha đất tại xã A"
_ITEM_PLACE = re.compile(r",[^;:.()\n]{1,80}?\s(?:tại|ở|trên địa bàn)\s+")
_ITEM_END = re.compile(r"[;.\n]")
#: between two units of one level in a chain: "xã A, xã B", "xã A - xã B", "phường A và phường B", and a name of the
#: same level written bare after a comma or "và" ("tại xã Gia Lộc, Gia Phúc": the text reads it as a commune too)
_LEVEL_IN_JOIN = re.compile(r"xã|phường|thị trấn|huyện|thị xã|quận|thành phố|TP")
_SAME_LEVEL_JOIN = re.compile(
    r"\s*(?:,|-|–|và)\s*(?:(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|TP\.?)\s+)?(?<=[\s.])"
)


#: the levels of one tier of government: since 2025 wards, communes and special zones are the one level below the
#: province ("phường Vạn Xuân, phường Phổ Yên, xã Điềm Thụy")
_TIER = dict.fromkeys(COMMUNE_LEVELS, "xã")  # every level of the commune tier is one tier


def _same_level_run(
    doc: Doc, places_at: dict[int, tuple[Locality, int]], units: list[tuple[Locality, int]], first: Locality
) -> list[Locality]:
    """``first`` (the most specific unit of a chain) and the units of its level written right after it, each with its
    level word ("đoạn qua xã Diễn Kim, xã Diễn Hải (huyện Diễn Châu)": both communes)."""
    out = [first]
    starts = [start for loc, start in units if loc is first]
    if not starts:
        return out
    end = places_at[starts[0]][1]
    for loc, start in units:
        # (a ward and a commune are one tier: "tại phường A, phường B, xã C (tỉnh D)" names three)
        if start <= starts[0] or _TIER.get(loc.level or "", loc.level) != _TIER.get(first.level or "", first.level):
            continue
        join = _SAME_LEVEL_JOIN.fullmatch(doc.match, end, start)
        if not join or (first.level in ("tỉnh", "thành phố") and not _LEVEL_IN_JOIN.search(join.group(0))):
            break  # (a province named bare after another is the name of a project's scope, not a second place)
        if loc.name not in {o.name for o in out}:
            out.append(loc)
        end = places_at[start][1]
    return out


#: the document the text itself is: the symbol on its "Số: 112/KH-UBND" header line, near the top
_OWN_NUMBER_LINE = re.compile(r"(?:^|\n)[ \t*_|]*Số[ \t]*:?\s*$")  # the number on the line, or on the next one


def _own_mention(doc: Doc, mentions: list[Mentioned]) -> Mentioned | None:
    for m in mentions:
        if m.start > 3000:
            break
        if m.kind != "project" and _OWN_NUMBER_LINE.search(doc.match, max(0, m.start - 40), m.start):
            return m
    return None


#: a mark a clause starts after (the cheap look before _TASK_START: one scan of a class, not a loop over the marks)
_CLAUSE_MARK = re.compile(r"[.;:!?\n,]")
#: where a task's clause starts: a sentence, a list item ("1.", "a)", "-"), or after ";" (with "giao", "đề nghị")
#: the verbs that hand out a task: "giao Sở X chủ trì", "đề nghị UBND huyện ...", "yêu cầu các sở ..."
_HANDS_OUT = r"(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu|[Cc]hỉ đạo|[Pp]hân công)"
_TASK_START = re.compile(
    r"(?:^|[.;:!?]\s+|\n[ \t]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]*|[-–•+*][ \t]*)?)"
    r"(?:(?:Theo đó|Cụ thể|Trong đó|Theo kế hoạch|Theo phân công)\s*,\s*)?"
    # a meeting or time opener: "Tại buổi làm việc, UBND huyện X chịu trách nhiệm ...", "Thời gian tới, Sở Y chủ trì"
    r"(?:(?:Tại (?:buổi|cuộc|hội nghị|phiên)[^,.;:\n]{0,40}|Thời gian tới|Trong thời gian tới)\s*,\s*)?"
    # a topic opener naming the project: "Về Dự án X, UBND phường Y có trách nhiệm ...", "Đối với dự án Z, ..."
    r"(?:(?:Về|Đối với)\s+(?:[Dd]ự án|[Đđ]ề án|[Cc]hương trình|[Cc]ụm công nghiệp|[Kk]hu|[Cc]ông trình|[Tt]iểu dự án)\s"
    r"[^,.;:\n]{3,120}?\s*,\s*)?"
    rf"(?:{_HANDS_OUT}\s+)?$"
)
#: tasks that a document named just before gives out: "UBND tỉnh ban hành Kế hoạch số 145/KH-UBND. Theo đó, Sở Nội
#: vụ chủ trì ...; Công an tỉnh chủ trì ..." (to the end of the paragraph)
#: a paragraph that lists the tasks of the document named before it: "Theo đó, ...", "Theo Kế hoạch, ...", "Theo văn
#: bản, Chủ tịch UBND tỉnh giao Sở X chủ trì ..." (the letter named in the paragraph before)
_ACCORDINGLY = re.compile(
    r"(?:Theo đó|Theo [Kk]ế hoạch(?: này)?|Theo (?:văn bản|[Cc]ông văn|[Qq]uyết định|[Tt]hông báo)(?: này)?"
    r"|[Kk]ế hoạch (?:này )?(?:giao|yêu cầu))\s*,?\s"
)
_ASKED = re.compile(rf"{_HANDS_OUT}\s+$")
#: what the leading body of a task does: "chủ trì", "chịu trách nhiệm", "là cơ quan đầu mối"
_LEADS = re.compile(
    # (given the task: "Sở X được giao chủ trì thực hiện Chương trình Y", "xã A được giao triển khai Đề án B"; not
    # "được giao phối hợp")
    # (the giver may be named: "Sở X được UBND tỉnh giao chủ trì ...")
    r"\s*(?:được\s+(?:(?:UBND|Ủy ban nhân dân|Chủ tịch UBND|Ban Thường vụ|Thường trực|Tỉnh ủy|Thành ủy)"
    r"[^,.;:\n]{0,25}?\s+)?giao\s+(?:nhiệm vụ\s+)?(?:chủ trì|chịu trách nhiệm|triển khai|thực hiện"
    # any task verb after "được giao" ("được giao hướng dẫn ..."), not a share of land, funds or staff
    # (the investor of a project is read by the investor rules: "UBND huyện X được giao làm chủ đầu tư")
    r"|(?!phối hợp|đất|rừng|mặt nước|mặt bằng|vốn|kế hoạch vốn|chỉ tiêu|biên chế|làm chủ đầu tư)[a-zđà-ỹ]+)"
    r"|chủ trì|chịu trách nhiệm|có trách nhiệm|(?:là|làm) cơ quan (?:đầu mối|chủ trì|thường trực)"
    # the body that follows a task up: "Văn phòng Sở theo dõi, đôn đốc ... kết quả thực hiện Kế hoạch số X"
    r"|theo dõi,?\s+đôn đốc"
    # a Party body leads by directing: "Ban cán sự đảng UBND tỉnh (lãnh đạo,) chỉ đạo xây dựng ..."
    r"|(?:lãnh đạo,?\s+)?chỉ đạo(?!\s+(?:của|tại)\s))(?![\w])"
)
#: in a document's own list of tasks, any verb after the body gives it the task ("UBND các huyện: A, B phối
#: hợp với doanh nghiệp xoá vùng lõm", "Văn phòng UBND tỉnh theo dõi, đôn đốc"), but not "là", "có", "được"
_DOES = re.compile(
    r"\s+(?!(?:là|có|được|đã|và|cũng|của|với|tại|thì|cho biết|phát biểu|ban hành|phê duyệt|quyết định|thống nhất"
    r"|tổ chức hội nghị"
    # the issuer announcing its own notice: "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện"
    r"|thông báo|xin thông báo|trân trọng)(?![\w]))[a-zđà-ỹ]+"
)
#: a document named after these words in the task is where the task comes from, not what it is
_NOT_THE_TASK_BEFORE = re.compile(
    r"(?:căn cứ|tại|trình|báo cáo)\s+(?:\S+\s+){0,1}$"
    # "tiếp tục triển khai Đề án X ban hành kèm theo Quyết định số 2145/QĐ-UBND": the decision is not the task
    rf"|kèm theo\s+(?:(?:{_DOCUMENT_WORDS})\s+)?(?:số\s*)?$"
)


def led(
    doc: Doc, mentions: list[Mentioned], targets_from: Callable[[int], list[tuple[str, int]]],
    starts: list[int], own: Mentioned | None, earlier: list[Relation],
) -> list[Relation]:  # fmt: skip
    """ "Sở X chủ trì triển khai Dự án Y": Y (and, in a text that is itself a plan, the plan) is assigned to
    Sở X; "UBND các huyện: A, B chịu trách nhiệm ..." to each of them. Only the leading body: a body that
    "phối hợp" after the leader is not the task's."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    index = _Mentions(mentions)  # (its kinds are indexed when first asked)
    for start in starts:
        window = doc.match[max(0, start - 60) : start]
        opens = window.endswith((", ", "; ", ". ", "\n")) or not window.strip(" \t")
        plan = _under_plan(doc, mentions, at, start) if opens else None
        if start and plan is None and not _CLAUSE_MARK.search(window):
            continue  # no clause starts before the body (the cheap look before the pattern)
        clause = _TASK_START.search(doc.match, max(0, start - 60), start)
        if clause is None and plan is None:
            continue
        targets = targets_from(start)
        if not targets:
            continue
        after = targets[-1][1]
        leads = _LEADS.match(doc.match, after)
        if (
            leads is not None
            and leads.group(0).endswith("chỉ đạo")
            and "lãnh đạo" not in leads.group(0)
            and targets_from(_skip_space(doc, leads.end()))
        ):
            # "Huyện ủy chỉ đạo UBND huyện triển khai Đề án X": the directed body's task (read by the cue); a Party
            # body that "lãnh đạo, chỉ đạo" another keeps the task too ("Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo
            # UBND tỉnh xây dựng Đề án Y")
            continue
        if plan is not None and _HANDS_OUT_AFTER.match(doc.match, after):
            continue  # "Theo đó, UBND tỉnh giao Sở X ...": the body that hands the task out is not given it
        if plan is not None and (leads or _DOES.match(doc.match, after) or _GIVEN.match(doc.match, after)):
            for name, end in targets:  # "Theo Kế hoạch số X, A chủ trì ...; B giám sát ...": each body's task is X
                relations.append(Relation("ASSIGNED_TO", plan.ref, name, doc.span(start, end), "assigned.under"))
            # and what its clause carries out: "... B nghiên cứu ..., đồng thời tiếp tục thực hiện Chương trình Y"
            for obj in _task_objects(doc, after, mentions, at, index):
                if obj.ref != plan.ref:
                    for name, end in targets:
                        where = doc.span(start, end)
                        relations.append(Relation("ASSIGNED_TO", obj.ref, name, where, "assigned.task_object"))
            continue
        if clause is None:
            continue
        if own is None and (same := _same_giving(doc, [*earlier, *relations], start, after, mentions, at)) is not None:
            for name, end in targets:  # "giao A chủ trì ...; B theo dõi, đôn đốc ...": the cue's task is B's too
                relations.append(Relation("ASSIGNED_TO", same.ref, name, doc.span(start, end), "assigned.leads"))
            continue
        # a list line "- Sở A: chủ trì ..." under a document that shares out its tasks on the line before
        if (
            (item := _ITEM_COLON.match(doc.match, after)) is not None
            and _DOES.match(doc.match, item.end())
            and (sharer := _shared_out_by(doc, mentions, at, start)) is not None
        ):
            for name, end in targets:
                relations.append(Relation("ASSIGNED_TO", sharer.ref, name, doc.span(start, end), "assigned.leads"))
            continue
        in_own_tasks = own is not None and (_DOES.match(doc.match, after) or _ASKED.search(clause.group(0)))
        topic_line = _TOPIC_LINE.match(doc.match, _paragraph(doc, start)[0])
        if not leads and not in_own_tasks and not (topic_line and _DOES.match(doc.match, after)):
            continue
        e = _clauses_end(doc, after)
        inside = [
            m for m in mentions[bisect.bisect_left(at, after) : bisect.bisect_left(at, e)]
            if m.ref != (own.ref if own else None)
        ]  # fmt: skip
        tasks = [m for m in inside if m.kind == "project"]
        if not tasks and (back := _project_named_back(doc, mentions, after, e)) is not None:
            tasks.append(back)  # "UBND huyện X chịu trách nhiệm ... triển khai thực hiện Đề án": the Đề án named before
        first_document = next(
            (m for m in inside if m.kind != "project" and m.kind not in _NEVER_ASSIGNED
             and not _NOT_THE_TASK_BEFORE.search(doc.match, max(0, m.start - 30), m.start)
             and not _BESIDE_A_LAW.search(doc.match, max(0, m.start - 80), m.start)), None,
        )  # fmt: skip
        if first_document is not None:
            tasks.append(first_document)
        if (topic := _topic_of_line(doc, mentions, at, start)) is not None and topic not in tasks:
            tasks.append(topic)  # "2. Về Khu công nghiệp X (...): Bộ Y hướng dẫn ...; UBND huyện Z chịu trách nhiệm"
        how = "assigned.leads"
        if not tasks and (named_back := _task_objects(doc, after, mentions, at, index)):
            tasks.extend(named_back)  # "Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo cụ thể hóa Kết luận ...": that one
        if not tasks and (earlier_project := _project_of_clause_before(doc, mentions, at, start)) is not None:
            tasks.append(earlier_project)  # "Thí điểm Đề án X tại xã A; Huyện ủy B chỉ đạo triển khai": X's task
        elif not tasks and (site := _project_of_sentence_before(doc, mentions, at, start, after, e)) is not None:
            tasks.append(site)  # "... Dự án X. UBND thị xã Y chịu trách nhiệm giải phóng mặt bằng": X's site work
            how = "assigned.site_work"  # (a clause after it does not go on with it: not read by _continued)
        elif own is not None:
            tasks.append(own)
        elif not tasks and (sharer := _shared_out_by(doc, mentions, at, start)) is not None:
            tasks.append(sharer)  # "Kế hoạch số X phân công: Sở A chủ trì ...; Sở B chủ trì ...": X's tasks
        elif not tasks and (given := _given_by(doc, mentions, at, start)) is not None:
            tasks.append(given)
        elif not tasks and (same := _continued(doc, [*earlier, *relations], start)) is not None:
            tasks.append(same)  # "giao A chủ trì Kế hoạch X; B chủ trì ...": the task of the clause before
        elif not tasks and (only := _only_project_site_work(doc, mentions, after, e)) is not None:
            tasks.append(only)  # the one project of the text: "... UBND huyện X chịu trách nhiệm bàn giao mặt bằng"
            how = "assigned.site_work"
        for task in tasks:
            for name, end in targets:
                if task.ref != name:
                    where = doc.span(start, end)
                    relations.append(Relation("ASSIGNED_TO", task.ref, name, where, how))
    return relations


#: a project word named back in a task's clause, with no name of its own: "... triển khai thực hiện Đề án;"
_PROJECT_BACK = WordPattern(
    r"(Đề án|Dự án|Chương trình)(?!\s+(?:số|\d|[A-ZĐ]|[“\"]))", starts=("Đề án", "Dự án", "Chương trình")
)


def _project_named_back(doc: Doc, mentions: list[Mentioned], start: int, end: int) -> Mentioned | None:
    """The project a bare "Đề án" / "Dự án" in ``start:end`` names back: the last of its kind named before it."""
    for word in _PROJECT_BACK.finditer(doc.match, start, end):
        kinds = _ANAPHORA_KINDS[word.group(1).lower()]
        earlier = [m for m in mentions if m.end <= word.start() and m.kind == "project" and m.sub in kinds]
        if earlier and not any(m.start <= word.start() < m.end for m in mentions):
            return earlier[-1]
    return None


#: a clause after ";" that goes on with the same subject: it opens on a lower-case verb ("Sở Công Thương chủ trì
#: ...; sớm đưa Cụm công nghiệp X vào hoạt động")
_GOES_ON = re.compile(
    rf"[ \t]*(?:[-–+*][ \t]*)?(?!(?:các|những|xã|phường|huyện|thị trấn|thị xã|quận|thành phố|tỉnh)\s)[{LOWER}]"
)


#: a heading that names the bodies a plan's tasks below it are for: "1. Sở Công Thương", "b) UBND các huyện A, B:"
#: (the body, then nothing else on the line, or its tasks after ":" or a dash: "2. Sở Tài chính: Tham mưu ...")
_HEADING_BEFORE = re.compile(r"[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2})?|[a-zđ]|[IVX]{1,4})[.)][ \t]*)?$")
_HEADING_AFTER = re.compile(r"[ \t]*(?:(?P<alone>[:.]?[ \t]*\n)|[:][ \t]*|[ \t][-–][ \t]+)")
#: a task line under a heading: "- Chủ trì ...", "+ Phối hợp ...", "a) Tham mưu ..."
_TASK_LINE = re.compile(r"[ \t]*(?:[-–•+*]|[a-zđ]\)|\d{1,2}\.\d{1,2}\.?)[ \t]*")
_HELPS_ONLY = re.compile(r"[Pp]hối hợp(?![\w])")


def headed_tasks(
    doc: Doc, mentions: list[Mentioned], targets_from: Callable[[int], list[tuple[str, int]]],
    starts: list[int], own: Mentioned,
) -> list[Relation]:  # fmt: skip
    """A plan's tasks listed under a heading that names their bodies ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\n-
    Là cơ quan thường trực, chủ trì ...\n2. Sở Tài chính: Tham mưu ..."): the plan is assigned to each body of the
    heading, and so is a project a task line names ("- Chủ trì triển khai Dự án X"); not a body whose every task is to
    help ("- Phối hợp với ..."; GOLD_FORMAT: only the body that leads)."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    done: set[int] = set()
    for start in starts:
        if start in done:
            continue
        line_start = doc.match.rfind("\n", 0, start) + 1
        if not _HEADING_BEFORE.fullmatch(doc.match, line_start, start):
            continue
        targets = targets_from(start)
        if not targets or (head := _HEADING_AFTER.match(doc.match, targets[-1][1])) is None:
            continue
        done.update(start for _, start in targets)
        if head.group("alone") is not None:  # the tasks on the lines below, up to a line that is not a task's
            lines, pos = [], head.end()
            while (task := _TASK_LINE.match(doc.match, pos)) is not None and task.end() < len(doc.match):
                stop = doc.match.find("\n", task.end())
                stop = len(doc.match) if stop < 0 else stop
                lines.append((task.end(), stop))
                pos = stop + 1
        else:  # the tasks on the heading's own line
            stop = doc.match.find("\n", head.end())
            lines = [(head.end(), len(doc.match) if stop < 0 else stop)]
        leading = [(a, b) for a, b in lines if not _HELPS_ONLY.match(doc.match, a)]
        if not leading:
            continue
        for name, end in targets:
            relations.append(Relation("ASSIGNED_TO", own.ref, name, doc.span(start, end), "assigned.headed"))
        for a, b in leading:
            for m in mentions[bisect.bisect_left(at, a) : bisect.bisect_left(at, b)]:
                if m.kind == "project":
                    for name, _ in targets:
                        relations.append(Relation("ASSIGNED_TO", m.ref, name, doc.span(a, b), "assigned.headed"))
    return relations


def _clauses_end(doc: Doc, pos: int) -> int:
    """The end of the sentence at ``pos`` and of the ";" clauses that go on with its subject (at most three)."""
    _, e = doc.sentence_bounds(pos)
    for _ in range(3):
        if e >= len(doc.match) or not doc.ends_with(e, ";") or not _GOES_ON.match(doc.match, e):
            break
        e = doc.sentence_bounds(e)[1]
    return e


def _project_of_clause_before(doc: Doc, mentions: list[Mentioned], at: list[int], start: int) -> Mentioned | None:
    """The project the clause before a ";" is about, when a body opens the clause after it and takes a task with no
    object of its own ("Thí điểm Đề án X tại xã A; Huyện ủy B chỉ đạo triển khai"). (Sentences end at ";".)"""
    s, _ = doc.sentence_bounds(start)
    if s == 0 or doc.match[s:start].strip() or not doc.ends_with(s, ";"):
        return None
    p, _ = doc.sentence_bounds(s - 1)
    before = [m for m in mentions[bisect.bisect_left(at, p) : bisect.bisect_left(at, s)] if m.kind == "project"]
    return before[-1] if before else None


def _project_of_sentence_before(
    doc: Doc, mentions: list[Mentioned], at: list[int], start: int, after: int, end: int
) -> Mentioned | None:
    """The one project the sentence before names (in the paragraph, with no document beside it), when a body opens
    the next sentence and takes its site work with no object of its own ("... chủ trương đầu tư Dự án X. UBND thị xã
    Y chịu trách nhiệm giải phóng mặt bằng, bàn giao cho nhà đầu tư")."""
    s, _ = doc.sentence_bounds(start)
    p, _ = _paragraph(doc, start)
    if s <= p or doc.match[s:start].strip(" \t-–•*+") or not doc.match[:s].rstrip().endswith("."):
        return None
    if _SITE_WORK.search(doc.match, after, min(end, after + 120)) is None:
        return None
    q, _ = doc.sentence_bounds(s - 1)
    before = mentions[bisect.bisect_left(at, max(p, q)) : bisect.bisect_left(at, s)]
    return before[0] if len(before) == 1 and before[0].kind == "project" else None


#: the work on a project's ground (not "bàn giao hồ sơ": handing over files is no site work)
_GROUND_WORK = re.compile(r"(?:giải phóng|bàn giao) mặt bằng|bồi thường|tái định cư|thu hồi đất")


def _only_project_site_work(doc: Doc, mentions: list[Mentioned], after: int, end: int) -> Mentioned | None:
    """The one project a text names (before the task), when a body takes site work with no object of its own
    anywhere in the text ("... UBND huyện X chịu trách nhiệm hoàn thành bàn giao mặt bằng trước ngày 30/11")."""
    if _GROUND_WORK.search(doc.match, after, min(end, after + 120)) is None:
        return None
    projects: dict[str, Mentioned] = {}
    for m in mentions:
        if m.kind == "project":
            projects.setdefault(m.ref, m)  # (its first mention)
    if len(projects) != 1:
        return None
    (only,) = projects.values()
    return only if only.start < after else None


#: the work on a project's site a body is made responsible for (lexicon: SITE_WORK)
_SITE_WORK = re.compile(r"(?<![\w])(?:" + "|".join(SITE_WORK) + r")(?![\w])")


#: a sentence giving out tasks under a named document: "Theo Kế hoạch số 08/KH-MTTQ-BTT, A chủ trì ...; B ...",
#: or one named back: "Theo Kế hoạch, A chủ trì ..." (group 1: the kind word)
_UNDER = re.compile(
    r"[ \t\-–•*+]*Theo\s+(?:([Kk]ế hoạch|[Qq]uyết định|[Nn]ghị quyết|[Cc]hỉ thị|[Cc]hương trình|[Đđ]ề án|[Kk]ết luận"
    r"|[Tt]hông báo|[Cc]ông văn)\s*)?(?:số\s*)?"
    # a plan carried out, named back with its issuer: "Thực hiện kế hoạch của Tỉnh ủy, các đơn vị đã ... Trong đó, A
    # ..." (the kind word is needed: "Thực hiện nhiệm vụ ..." names no document)
    r"|[ \t\-–•*+]*Thực hiện\s+([Kk]ế hoạch|[Cc]hương trình|[Đđ]ề án)(?=\s+của\s+[^,.;:\n]{1,40},)"
)
#: what a body that hands a task out, or lists its members, says after its name: "Theo đó, UBND tỉnh giao Sở X ...",
#: "Theo đó, Ban Chấp hành ... gồm 78 người", "Đảng ủy phường X đề ra các nhiệm vụ" (as the text lists them)
_HANDS_OUT_AFTER = re.compile(
    r"\s+(?:cũng\s+|đã\s+)?(?:giao|yêu cầu|đề nghị|chỉ đạo|phân công|ban hành|đề ra|gồm|bao gồm"
    # a body described by its term, not given a task: "Ban Chấp hành Đảng bộ ... nhiệm kỳ 2025-2030 gồm 78 người"
    r"|nhiệm kỳ|khóa)(?![\w])"
)
#: a sentence that shares out the tasks of the document the sentence before names: "Theo đó, Sở A ...; Sở B ..."
_THAT_ONES = re.compile(r"[ \t]*Theo đó\s*,\s*")
#: the issuer after a plan named back ("kế hoạch của Tỉnh ủy,"), up to its comma
_OF_ISSUER_COMMA = re.compile(r"(?:\s+của\s+[^,.;:\n]{1,40}?)?,")
#: a paragraph that opens on a body (lexicon.PARAGRAPH_BODY_HEADS): "Ban Tuyên giáo Tỉnh ủy định hướng ..."
_BODY_LIST_PARAGRAPH = re.compile(
    r"[ \t\-–•*+]*(?:" + "|".join(sorted(map(re.escape, PARAGRAPH_BODY_HEADS), key=len, reverse=True)) + r")\s"
)
#: a sentence that opens on a connective before its body: "Trong đó, Văn phòng Tỉnh ủy ...", "Cụ thể, Sở X ..."
_CONNECTIVE = re.compile(r"(?:Trong đó|Cụ thể)\s*,\s*$")
_GIVEN = re.compile(r"\s+được giao\s")
#: documents that report or propose, and give out no tasks ("Theo Báo cáo số 45/BC-UBND, Sở X đã ...")
_GIVES_NO_TASKS = {"BC", "TTr", "Luật", "HP"}
_ANAPHORA_KINDS_UNDER = {"kế hoạch": {"KH"}, "quyết định": {"QĐ"}, "nghị quyết": {"NQ"}, "chỉ thị": {"CT"},
                         "chương trình": {"CTr", "chương trình"}, "đề án": {"đề án"}, "kết luận": {"KL"},
                         "thông báo": {"TB"}, "công văn": {"CV"}}  # fmt: skip


def _under_plan(doc: Doc, mentions: list[Mentioned], at: list[int], pos: int) -> Mentioned | None:
    """The document a body at ``pos`` gets its task from when the body opens a clause of a sentence that opens by
    naming that document ("Theo Kế hoạch số X, A chủ trì ...; B giám sát ..."), or opens a later sentence of such
    a paragraph ("Theo Kế hoạch, A chủ trì .... B được giao ...")."""
    lo = max(0, pos - 600)  # the sentence's start, over its ";" clauses
    s = max(doc.match.rfind("\n", lo, pos), doc.match.rfind(". ", lo, pos) + 1, lo - 1) + 1
    s += len(doc.match[s:pos]) - len(doc.match[s:pos].lstrip())
    if (that := _THAT_ONES.match(doc.match, s, pos)) is not None:
        if that.end() != pos and not doc.match[:pos].rstrip().endswith(";"):
            return None  # only the body that opens the sentence or one of its ";" clauses ("..., HĐND huyện" is not)
        # "X ban hành Quyết định số Y. Theo đó, Sở A theo dõi ...; Sở B bố trí ...": the document named last before,
        # in the sentence before
        i = bisect.bisect_left(at, s)
        ps, _ = doc.sentence_bounds(max(0, s - 2))
        last = mentions[i - 1] if i > 0 and mentions[i - 1].start >= ps else None
        if last is not None and last.kind != "project" and last.kind not in _GIVES_NO_TASKS | _NEVER_ASSIGNED:
            return last
        return None
    if s == pos or _CONNECTIVE.fullmatch(doc.match, s, pos):
        # the body opens its sentence ("Trong đó," before it): the paragraph's first sentence may name the document
        s = doc.match.rfind("\n", max(0, pos - 1500), pos) + 1
        s += len(doc.match[s:pos]) - len(doc.match[s:pos].lstrip())
        if s == pos or (s < pos and _BODY_LIST_PARAGRAPH.match(doc.match, s) and not _UNDER.match(doc.match, s, pos)):
            # a paragraph that goes on sharing out the plan of the paragraph before ("Ban Tuyên giáo Tỉnh ủy định
            # hướng ... Công an tỉnh xây dựng ..."): that one's opener
            e = len(doc.match[:s].rstrip())  # (over the blank lines between the paragraphs)
            s = doc.match.rfind("\n", max(0, e - 1500), e) + 1
            if s >= pos or (opener := _UNDER.match(doc.match, s, pos)) is None or not opener.group(2):
                return None
    under = _UNDER.match(doc.match, s, pos)
    if under is None:
        return None
    i = bisect.bisect_left(at, s)
    first = mentions[i] if i < len(mentions) and mentions[i].start < pos else None
    if first is not None and first.start == under.end():
        return None if first.kind == "project" or first.kind in _GIVES_NO_TASKS else first
    kind_word = under.group(1) or under.group(2)
    if kind_word and _OF_ISSUER_COMMA.match(doc.match, under.end()):  # "Theo Kế hoạch, ...": the latest one named
        if under.group(1) and not doc.match.startswith(",", under.end()):
            return None  # ("Theo Kế hoạch của X, ..." is read as before: only "Thực hiện kế hoạch của X," names back)
        kinds = _ANAPHORA_KINDS_UNDER[kind_word.lower()]
        earlier = [m for m in mentions[max(0, i - 12) : i] if m.kind in kinds or m.sub in kinds]
        return earlier[-1] if earlier and s - earlier[-1].end < 1500 else None
    return None


#: a list item about one project: "2. Về Khu công nghiệp Sơn Mỹ I (xã Sơn Mỹ): ..."
_TOPIC_LINE = re.compile(r"[ \t]*(?:[\d]{1,2}[.)]|[a-zđ][.)]|[-–•+*])?[ \t]*Về\s+")


def listed_units_do(
    doc: Doc, mentions: list[Mentioned], targets_from: Callable[[int], list[tuple[str, int]]], starts: list[int]
) -> list[Relation]:
    """A list of units opening a clause, doing something about a project named in the sentence: "Các xã: Trung Yên,
    Lương Thiện tiếp tục triển khai Chương trình X" gives X to each of them."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for start in starts:
        if not _TASK_START.search(doc.match, max(0, start - 60), start):
            continue
        targets = targets_from(start)
        if not targets or not _DOES.match(doc.match, targets[-1][1]):
            continue
        after = targets[-1][1]
        _, e = doc.sentence_bounds(after)
        projects = [
            m for m in mentions[bisect.bisect_left(at, after) : bisect.bisect_left(at, e)] if m.kind == "project"
        ]
        for project in projects[:1]:
            for name, end in targets:
                relations.append(Relation("ASSIGNED_TO", project.ref, name, doc.span(start, end), "assigned.listed"))
    return relations


def _topic_of_line(doc: Doc, mentions: list[Mentioned], at: list[int], pos: int) -> Mentioned | None:
    p, _ = _paragraph(doc, pos)
    topic = _TOPIC_LINE.match(doc.match, p)
    if topic is None:
        return None
    i = bisect.bisect_left(at, topic.end())
    first = mentions[i] if i < len(mentions) else None
    return first if first is not None and first.start == topic.end() and first.kind == "project" else None


def _same_giving(
    doc: Doc, earlier: list[Relation], pos: int, after: int, mentions: list[Mentioned], at: list[int]
) -> Mentioned | None:
    """The task of a body opening a later ";" clause of a giving sentence with a verb of its own: the project or
    document the clause names ("đề nghị ... chỉ đạo A ...; Sở B phối hợp với Ban X đôn đốc thi công cầu Y": Y), or the
    one it names back by its kind word ("...; Liên minh Hợp tác xã hướng dẫn ... theo Nghị quyết"), else the document
    the "giao" gave tasks from, named before its cue ("Chương trình giao A chủ trì ...; B theo dõi, đôn đốc ..."); not
    for a body that only helps ("B phối hợp tổng hợp ..."), hands out or reports, nor after a task that was only the
    first clause's object ("giao A xây dựng Đề án X; B bảo đảm trụ sở")."""
    if not doc.match[:pos].rstrip().endswith(";") or not _DOES.match(doc.match, after):
        return None
    helps = _HELPS_ONLY.match(doc.match, _skip_space(doc, after))
    if (helps and not doc.match.startswith(" với", helps.end())) or _HANDS_OUT_AFTER.match(doc.match, after):
        return None  # ("B phối hợp với X ..." leads: X helps B)
    s = max(doc.match.rfind(". ", 0, pos) + 2, doc.match.rfind("\n", 0, pos) + 1)  # over the sentence's ";" clauses
    if not _ASSIGN_CUE.search(doc.match, s, pos):
        return None
    _, e = doc.sentence_bounds(after)  # (the clause, to its ";")
    own = [
        m for m in mentions[bisect.bisect_left(at, after) : bisect.bisect_left(at, e)]
        if m.kind not in _NEVER_ASSIGNED and not _FOLLOWED.search(doc.match, max(0, m.start - 60), m.start)
    ]  # fmt: skip
    if own:
        return next((m for m in own if m.kind == "project"), own[0])
    if (back := _KIND_BACK.search(doc.match, after, e)) is not None:
        kinds = _ANAPHORA_KINDS[back.group(1).lower()]
        earlier_ones = [
            m for m in mentions[: bisect.bisect_left(at, back.start())] if m.kind in kinds or m.sub in kinds
        ]
        return earlier_ones[-1] if earlier_ones else None
    same = _continued(doc, earlier, pos)
    if same is None or same.start < s:
        return None
    named_before = any(m.ref == same.ref for m in mentions[: bisect.bisect_left(at, same.start)])
    return same if named_before else None


def _continued(doc: Doc, earlier: list[Relation], pos: int) -> Mentioned | None:
    """The task of an assignment made earlier in the paragraph, for a clause that goes on with another body."""
    p, _ = _paragraph(doc, pos)
    for r in reversed(earlier):
        if p <= r.where.start < pos and r.extractor in ("assigned.giao", "assigned.leads"):
            return Mentioned(r.source, "continued", r.where.start, r.where.end)
    return None


#: a sentence that reports a plan issued: "Ban Thường vụ Tỉnh ủy (đã) ban hành Kế hoạch số 150-KH/TU ..."
_REPORTS_ISSUED = re.compile(
    r"\s(?:đã\s+|vừa\s+)?ban hành\s+(?:[Kk]ế hoạch|[Cc]hương trình hành động|[Qq]uyết định|[Cc]hỉ thị)"
)
_GIVES_TASKS = {"KH", "CTr", "QĐ", "CT", "HD"}


def _issued_just_before(doc: Doc, mentions: list[Mentioned], at: list[int], p: int, pos: int) -> Mentioned | None:
    """The plan the sentence right before (in the paragraph) reports issued, for the tasks listed after it with no
    "Theo đó" ("... ban hành Kế hoạch số 150-KH/TU thực hiện Nghị quyết 57. Ban Tuyên giáo Tỉnh ủy chủ trì ...")."""
    s, _ = doc.sentence_bounds(pos)
    if s <= p:
        return None
    q, _ = doc.sentence_bounds(s - 1)
    issued = _REPORTS_ISSUED.search(doc.match, max(p, q), s)
    if issued is None:
        return None
    after = mentions[bisect.bisect_left(at, issued.start()) : bisect.bisect_left(at, s)]
    return next((m for m in after if m.kind in _GIVES_TASKS), None)


def _given_by(doc: Doc, mentions: list[Mentioned], at: list[int], pos: int) -> Mentioned | None:
    """The document whose tasks a paragraph lists after "Theo đó," (the last one named before it)."""
    p, _ = _paragraph(doc, pos)
    accordingly = next(reversed(list(_ACCORDINGLY.finditer(doc.match, p, pos))), None)
    if accordingly is None:
        return _issued_just_before(doc, mentions, at, p, pos)
    before = mentions[: bisect.bisect_left(at, accordingly.start())]
    earlier = [m for m in before[-6:] if m.kind != "project" and accordingly.start() - m.end < 400]
    if accordingly.group(0).lower().startswith("kế hoạch"):  # "Kế hoạch giao ...": the plan named before
        earlier = [m for m in earlier if m.kind == "KH"] or earlier
    return earlier[-1] if earlier else None


#: where a project is: "tại", "ở", "đi qua", "trên địa bàn" ("... đi qua 5 xã: A, B", "tập trung ở các huyện: A, B");
#: the units a zone is made of ("Khu kinh tế X bao gồm 6 xã thuộc huyện A là: B, C": the communes, read only when a
#: unit or a list of units follows)
#: a purpose clause after the project: a place after it names who or what the project serves
_PURPOSE_BEFORE = re.compile(r"(?:góp phần|nhằm|phục vụ)\s")
_WHERE = re.compile(
    r"(?:tại địa bàn|tại địa phận|tại|ở|đi qua địa bàn|đi qua|đoạn qua|đoạn đi qua|qua địa bàn|qua|trên địa bàn"
    r"|thuộc địa phận|thuộc địa bàn|nối giữa|nối liền"  # (a bridge: "nối giữa xã A và xã B": both)
    r"|trên địa phận|thuộc|(?:nhân rộng|mở rộng) ra|bao gồm|gồm)\s+"
)
#: a part of a unit named before the unit, after "tại": a zone, a plot, a hamlet ("khu hành chính và dân cư phường A",
#: "Khu dân cư lô số 49, Khu đô thị B, phường C", "ấp D, xã E"), up to the unit's level word (the name after it)
_WITHIN_UNIT = re.compile(
    r"(?:[Kk]hu|[Ll]ô|[Tt]hửa|[Ấấ]p|[Tt]hôn|[Bb]ản|[Tt]ổ dân phố|[Kk]hu phố)\s[^.;:()\n]{1,80}?[\s,]"
    r"(?:xã|phường|thị trấn|đặc khu)\s+"
)
#: the stretch of a project through a unit, named before the project: "bàn giao mặt bằng đoạn qua thị xã Chơn Thành của
#: Dự án đường cao tốc Gia Nghĩa - Chơn Thành" (the unit, then "của" and the project right after it)
_STRETCH = WordPattern(
    r"đoạn (?:đi )?qua (?:địa bàn )?(?=(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|TP\.?)\s)",
    starts=("đoạn qua", "đoạn đi qua"),
)
_OF_PROJECT = re.compile(r"\s+(?:của|thuộc)\s+")
#: projects joined as one subject: "Nhà máy Điện mặt trời A và Nhà máy Điện mặt trời B được xây dựng ..."
_SUBJECT_JOIN = re.compile(r"\s*(?:,|và)\s*")
#: a part of a project by its area, each with its own unit: "gồm 80 ha tại xã A, 25 ha thuộc phường B và 15 ha thuộc
#: xã C" (one chain per part, where a sentence otherwise reads one chain)
_AREA_PART = re.compile(
    r"(?:\d(?:[\d.,]*\d)?\s*(?:ha|héc-ta|hecta|km2|km²|m2|m²)|điểm (?:đầu|cuối)(?: tuyến)?)\s+$"  # and a road's ends
)
#: a sentence about a project named before: "Dự án được HĐND tỉnh quyết định ...", "Đề án này được triển khai ..."
_PROJECT_WORD = WordPattern(
    r"(?=[DĐCK])(?:Dự án|Đề án|Cụm công nghiệp|Khu công nghiệp|Chương trình|Khu đất)(?=\s)",
    starts=("Dự án", "Đề án", "Cụm công nghiệp", "Khu công nghiệp", "Chương trình", "Khu đất"),
)
#: an adverbial before the project a sentence is about: "Theo kế hoạch, Dự án X sẽ được xây dựng tại xã A"
_ADVERBIAL_LEAD = re.compile(
    r"(?:Theo (?:kế hoạch|đó|quy hoạch|thiết kế)|Hiện nay|Hiện|Ngoài ra|Trong đó|Trong khi đó|Bên cạnh đó|Cụ thể"
    r"|Đến nay|Trước đó|Năm (?:19|20)\d\d)\s*,"
)
#: a movement or model named by its quoted name opens the sentence: "Mô hình “Dân vận khéo” tại xã ..."
_MOVEMENT_LEAD = re.compile(r"(?:[Mm]ô hình|[Pp]hong trào(?: thi đua)?|[Cc]uộc vận động|[Cc]hương trình)\s*[“\"]")
_BARE_PROJECT = re.compile(
    r"[\W_]*(Dự án|Đề án|Cụm công nghiệp|Khu công nghiệp|Chương trình"
    # the land a plan studies, named back: "Khu đất nghiên cứu quy hoạch thuộc địa bàn các xã A, B" (its project's)
    r"|Khu đất(?= nghiên cứu| lập quy hoạch| quy hoạch| dự án| thực hiện))(?:\s+này)?\s+(?=[a-zđà-ỹ])"
)
#: an investor: "chủ đầu tư: Công ty X", "Chủ đầu tư là Ban Quản lý dự án ...", "do Công ty Y làm chủ đầu tư"
#: (with a second role after a comma: "Chủ đầu tư, đơn vị đề xuất dự án: UBND huyện X")
_INVESTOR_BEFORE = re.compile(
    r"(?:[Cc]hủ|[Nn]hà) đầu tư(?:[\s,][^:.;\n]{0,40}?)?\s*(?::|là)\s*$"
)  # ("nhà đầu tư là X")
#: "do UBND huyện X làm chủ đầu tư", or opening a sentence: "UBND huyện X được giao làm chủ đầu tư."
_INVESTOR_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,80}\))?"  # (its short name in brackets: "Ban quản lý dự án ... (Ban QLDA ...) làm chủ đầu tư")
    # ("do Bộ X làm cơ quan chủ quản"; "làm Chủ đầu tư" capitalised too)
    r"\s+(?:được giao\s+)?(?:làm|là)\s+(?:[Cc]hủ đầu tư|cơ quan chủ quản|nhà đầu tư)"  # ("làm nhà đầu tư")
)
#: a second role clause of the sentence: "do Bộ X làm cơ quan chủ quản, Công ty Y làm chủ đầu tư"
_SECOND_ROLE = re.compile(r"\sdo\s[^.;\n]{3,120}?(?:chủ đầu tư|cơ quan chủ quản)\s*,\s*$")
#: "Công ty X, chủ đầu tư Khu công nghiệp Y", "Sở X, chủ đầu tư dự án Y", "Sở X vừa được giao làm chủ đầu tư dự án Y"
#: (or chosen as one: "liên danh Công ty A - Công ty B được chọn làm nhà đầu tư thực hiện dự án Y")
_INVESTOR_OF = re.compile(
    r"(?:\s*,\s*(?:là\s+)?|\s+(?:vừa\s+|đã\s+)?được (?:giao|chọn|lựa chọn|công nhận|chấp thuận) làm\s+)"
    r"(?:chủ|nhà) đầu tư\s+"
    r"(?:thực hiện\s+)?"
)
#: a joint venture chosen as a project's investor: "Theo quyết định, liên danh Tập đoàn A - Công ty CP B - C được chọn
#: làm nhà đầu tư thực hiện dự án Y" (the companies of the clause before it, after "liên danh")
_CHOSEN = WordPattern(
    r"(?:vừa\s+|đã\s+)?được (?:chọn|lựa chọn|công nhận) làm\s+(?:chủ|nhà) đầu tư\s+(?:thực hiện\s+)?",
    starts=("vừa", "đã", "được"),
    needs=("làm nhà đầu tư", "làm chủ đầu tư"),
)
_VENTURE = re.compile(r"[Ll]iên danh\s")


def chosen_investors(doc: Doc, mentions: list[Mentioned], orgs_at: dict[int, tuple[str, int]]) -> list[Relation]:
    """ "Liên danh A - B - C được chọn làm nhà đầu tư thực hiện dự án Y": each company of the venture invests in Y (the
    project named right after the clause)."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for chosen in _CHOSEN.finditer(doc.match):
        i = bisect.bisect_left(at, chosen.end())
        if not (i < len(mentions) and mentions[i].kind == "project" and mentions[i].start - chosen.end() <= 6):
            continue
        s, _ = doc.sentence_bounds(chosen.start())
        ventures = list(_VENTURE.finditer(doc.match, s, chosen.start()))
        if not ventures:
            continue
        venture = ventures[-1]  # the last "liên danh" of the clause
        for start in sorted(orgs_at):
            name, end = orgs_at[start]
            if venture.end() <= start and end <= chosen.start() and _COMPANY.match(name):
                relations.append(
                    Relation("ASSIGNED_TO", mentions[i].ref, name, doc.span(start, chosen.end()), "assigned.chosen")
                )
    return relations


#: a site set up or built in the sentence: "UBND tỉnh thành lập Khu công nghiệp X, có diện tích ..., tại các xã: A, B"
_SET_UP = re.compile(r"(?:thành lập|khởi công|xây dựng|đầu tư|phê duyệt|động thổ|khánh thành)\s+(?:[\w ]{0,20}?:\s*)?$")


def _set_up_in(doc: Doc, s: int, e: int, mentions: list[Mentioned], at: list[int]) -> Mentioned | None:
    inside = [m for m in mentions[bisect.bisect_left(at, s) : bisect.bisect_left(at, e)] if m.kind == "project"]
    if len(inside) == 1 and _SET_UP.search(doc.match, max(s, inside[0].start - 40), inside[0].start):
        return inside[0]
    return None


#: a road project named back at a clause's start: "Tuyến đường dài 9,4 km", "..., tuyến đường đi qua 4 xã"
_THE_ROAD = re.compile(
    r"(?:^|(?<=,\s)|(?<=\n))(?:[Tt]uyến(?: đường)?\s+(?=dài|có|đi qua|chạy qua|được|nối)"
    # a stretch of it, opening its sentence: "Đoạn qua huyện A dài 15 km, ... do Ban X làm chủ đầu tư"
    r"|(?<![^\n])Đoạn(?: tuyến)?\s+(?=qua|đi qua|thuộc|từ))"
)


#: sites that are projects under their own head word, named back by a bare "Dự án"
_SITES_AS_PROJECTS = ("khu công nghiệp", "cụm công nghiệp", "nhà máy", "khu đô thị", "khu du lịch", "khu tái định cư",
                      "khu nhà ở", "khu dân cư")  # fmt: skip


def project_of_sentence(doc: Doc, s: int, e: int, mentions: list[Mentioned], at: list[int]) -> Mentioned | None:
    """The project a sentence is about: the one it opens with, or the one a bare "Dự án ..." refers back to."""
    i = bisect.bisect_left(at, s)
    first = mentions[i] if i < len(mentions) and mentions[i].start < e else None
    lead = doc.match[s : first.start].strip(" \t\n-–•*+.0123456789)") if first is not None else "x"
    if (
        first is not None
        and first.kind == "project"
        and (lead in ("", "Về") or _MOVEMENT_LEAD.fullmatch(lead) or _ADVERBIAL_LEAD.fullmatch(lead))
    ):
        return first
    bare = _BARE_PROJECT.match(doc.match, s, e)
    if bare is None and (road := _THE_ROAD.search(doc.match, s, min(e, s + 120))) is not None:
        # "Theo quyết định ..., tuyến đường dài 9,4 km, đi qua 4 xã: ...": the road project named before
        if first is not None and first.start < road.start():
            return None
        roads = [m for m in mentions[max(0, i - 8) : i] if m.kind == "project" and " đường" in m.ref.lower()]
        if not roads:  # "Tuyến đường dài 12 km, đi qua ... Đây là Dự án đường X": the text's only road, named after
            later = [m for m in mentions[i:] if m.kind == "project" and " đường" in m.ref.lower()]
            return later[0] if later and all(m.ref == later[0].ref for m in later) else None
        return roads[-1] if s - roads[-1].end < 1500 else None
    if bare is None or (first is not None and first.start < bare.end()):
        return None
    word = bare.group(1).lower()
    # (a bare "Dự án" also names back a site built as one: "... Khu công nghiệp X, tại xã Y. Dự án do Công ty Z làm
    # chủ đầu tư")
    heads = ("dự án", *_SITES_AS_PROJECTS) if word in ("dự án", "khu đất") else (word,)
    earlier = [m for m in mentions[max(0, i - 8) : i] if m.kind == "project" and m.ref.lower().startswith(heads)]
    if earlier:
        return earlier[-1] if s - earlier[-1].end < 1500 else None
    return _only_project_named_later(mentions, i, heads) if word == "dự án" else None


def _only_project_named_later(mentions: list[Mentioned], i: int, heads: tuple[str, ...]) -> Mentioned | None:
    """A bare "Dự án" before any project is named ("Sắp có khu công nghiệp 400 ha\n\nDự án được triển khai tại xã
    A ... Khu công nghiệp B có ..."): the text's only project of those heads, at its first mention after."""
    later = [m for m in mentions[i:] if m.kind == "project" and m.ref.lower().startswith(heads)]
    return later[0] if later and all(m.ref == later[0].ref for m in later) else None


def _list_item_ranks(doc: Doc, lists: list[tuple[int, int, str, list[tuple[str, int]]]]) -> dict[int, int]:
    """Where each name of a list under several level words starts, and the rank those words share: "huyện A, gồm các
    xã, thị trấn: B, C" names B and C below A though the list gives them no level (GOLD_FORMAT: no level when the
    text does not say which)."""
    ranks: dict[int, int] = {}
    for start, _, level, items in lists:
        if level or not items:
            continue
        heading = {_LEVEL_RANK[w] for w in heading_levels(doc.match, start, items[0][1])}
        if len(heading) == 1:
            rank = next(iter(heading))
            ranks.update((at, rank) for _, at in items)
    return ranks


def located(
    doc: Doc, mentions: list[Mentioned], places_at: dict[int, tuple[Locality, int]],
    lists: list[tuple[int, int, str, list[tuple[str, int]]]], orgs_at: dict[int, tuple[str, int]],
) -> list[Relation]:  # fmt: skip
    """A project a sentence is about, located where the sentence says it is: every unit of a list ("đi qua 5 xã:
    A, B"), else the most specific unit of a chain ("tại xã A, huyện B"); and its investor ("chủ đầu tư: Công ty X")."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    place_starts = sorted(places_at)
    list_at = {start: items for start, _, _, items in lists}
    item_rank = _list_item_ranks(doc, lists)
    for start, (name, end) in orgs_at.items():  # the investor of the project of its sentence, or of its line
        s, e = doc.sentence_bounds(start)
        role = _INVESTOR_AFTER.match(doc.match, end)  # (read once: both the test and the project after it ask)
        if (
            (
                "đầu tư" in doc.match[max(s, start - 60) : start]
                and _INVESTOR_BEFORE.search(doc.match, max(s, start - 60), start)
            )
            or (
                role
                and (
                    doc.match[max(s, start - 3) : start] == "do "
                    # a clause of its own after the project's: "Dự án X được đầu tư bằng vốn tỉnh, Sở Y làm chủ đầu tư"
                    or doc.match[max(s, start - 2) : start] == ", "
                    or not doc.match[s:start].strip(" \t-–•*+")
                    or _SECOND_ROLE.search(doc.match, max(s, start - 160), start) is not None
                )
            )
        ):
            project = project_of_sentence(doc, s, e, mentions, at)
            if project is None and role is not None:  # "Sở X là chủ đầu tư Dự án Y": the project named right after
                j = bisect.bisect_left(at, _skip_space(doc, role.end()))
                if (
                    j < len(mentions)
                    and mentions[j].kind == "project"
                    and mentions[j].start == _skip_space(doc, role.end())
                ):
                    project = mentions[j]
            if project is None:
                p, _ = _paragraph(doc, start)
                line = [m for m in mentions[max(0, bisect.bisect_left(at, p) - 1) : bisect.bisect_left(at, start)]
                        if m.kind == "project" and p <= m.start]  # fmt: skip
                # else the project the paragraph opens about ("Dự án được HĐND tỉnh quyết định ... Chủ đầu tư là X")
                project = line[-1] if line else project_of_sentence(doc, p, doc.sentence_bounds(p)[1], mentions, at)
            line_start = _skip_space(doc, _paragraph(doc, start)[0])
            # (or a field line: "Tên dự án: X.\nChủ đầu tư, đơn vị đề xuất dự án: UBND huyện Y.")
            sentence_start = _skip_space(doc, s)
            if project is None and (
                start == line_start
                or _INVESTOR_BEFORE.fullmatch(doc.match, line_start, start)
                # (or opening its sentence: "Tổng mức đầu tư 480 tỉ đồng. Chủ đầu tư là Ban X.")
                or _INVESTOR_BEFORE.fullmatch(doc.match, sentence_start, start)
            ):
                # an investor opening its paragraph ("Ban Quản lý X là chủ đầu tư."): the project the paragraph before
                # names last
                before = [m for m in mentions[: bisect.bisect_left(at, start)] if m.kind == "project"]
                project = before[-1] if before and start - before[-1].end < 400 else None
            if project is not None:
                relations.append(Relation("ASSIGNED_TO", project.ref, name, doc.span(start, end), "assigned.investor"))
        elif (of := _INVESTOR_OF.match(doc.match, end)) is not None:  # "Công ty X, chủ đầu tư Khu công nghiệp Y"
            i = bisect.bisect_left(at, of.end())  # the project named right after (with its word "dự án", or without)
            if i < len(mentions) and mentions[i].start in (of.end(), of.end() + 6) and mentions[i].kind == "project":
                relations.append(
                    Relation("ASSIGNED_TO", mentions[i].ref, name, doc.span(start, end), "assigned.investor")
                )
    for stretch in _STRETCH.finditer(doc.match):  # "đoạn qua thị xã Chơn Thành của Dự án đường cao tốc X"
        chain = _places_between(places_at, place_starts, stretch.end(), min(len(doc.match), stretch.end() + 80))
        if not chain:
            continue
        unit, unit_at = chain[0]
        of = _OF_PROJECT.match(doc.match, places_at[unit_at][1])
        i = bisect.bisect_left(at, of.end()) if of else len(mentions)
        if of and i < len(mentions) and mentions[i].start == of.end() and mentions[i].kind == "project":
            where_span = doc.span(stretch.start(), places_at[unit_at][1])
            relations.append(Relation("ASSIGNED_TO", mentions[i].ref, unit.name, where_span, "assigned.where"))
    # only the sentences that can be about a project: those naming one, or opening with a project's word
    candidates = {doc.sentence_bounds(m.start)[0] for m in mentions if m.kind == "project"}
    candidates |= {doc.sentence_bounds(b.start())[0] for b in _PROJECT_WORD.finditer(doc.match)}
    if "uyến" in doc.match or "Đoạn" in doc.match:  # "Tuyến đường dài 9 km", "Đoạn qua huyện A": the road named back
        candidates |= {doc.sentence_bounds(r.start())[0] for r in _THE_ROAD.finditer(doc.match)}
    for s in sorted(candidates):
        _, e = doc.sentence_bounds(s)
        relations += _placed_first(doc, s, e, mentions, at, places_at, place_starts)
        project = project_of_sentence(doc, s, e, mentions, at) or _set_up_in(doc, s, e, mentions, at)
        if project is None:
            continue
        subjects = [project]  # "Nhà máy A và Nhà máy B được xây dựng ... thuộc xã C": both
        i = bisect.bisect_left(at, project.end)
        while (
            i < len(mentions)
            and mentions[i].kind == "project"
            and _SUBJECT_JOIN.fullmatch(doc.match, subjects[-1].end, mentions[i].start)
        ):
            subjects.append(mentions[i])
            i += 1
        chained = False  # one chain of units per sentence ("tại xã A, huyện B"); every list ("ra các huyện: C, D")
        # (a project named back by a bare "Dự án" is named elsewhere: the sentence's own words say where it is)
        said_from = subjects[-1].end if s <= subjects[-1].start < e else s
        for where in _WHERE.finditer(doc.match, said_from, e):
            if _PURPOSE_BEFORE.search(doc.match, said_from, where.start()):
                break  # "Dự án X góp phần giải quyết nhà ở cho công nhân tại tỉnh Y": who it serves, not where it is
            units = list_at.get(where.end())
            names = [name for name, _ in units] if units else []
            if units:  # "tại các xã: A, B (huyện C) và xã D (huyện E)": D too
                last, last_at = units[-1]
                also = _AND_UNIT.match(doc.match, last_at + len(last))
                joined = _LEVEL_WORD.match(doc.match, also.end()) if also else None
                if joined and joined.end() in places_at:
                    names.append(places_at[joined.end()][0].name)
                else:  # "thuộc địa bàn các xã A, B, phường C, phường D": the units of another level after the list
                    names += _units_after_list(doc, places_at, last_at + len(last))
            if not names:
                if chained and not _AREA_PART.search(doc.match, max(s, where.start() - 24), where.start()):
                    continue
                level = _LEVEL_WORD.match(doc.match, where.end())
                first_at = level.end() if level else where.end()
                first = places_at.get(first_at)
                if first is None and (within := _WITHIN_UNIT.match(doc.match, where.end())) is not None:
                    # "tại khu hành chính và dân cư phường A", "tại Khu dân cư lô số 49, Khu đô thị B, phường C": a
                    # part of a unit, then the unit
                    first_at = within.end()
                    first = places_at.get(first_at)
                if first is None:
                    continue
                stop = _CHAIN_END.search(doc.match, where.end())
                chain_end = min(stop.start() if stop else e, where.end() + 120)
                chain = _places_between(places_at, place_starts, where.end(), chain_end) or [(first[0], first_at)]
                best = max(
                    chain, key=lambda u: (_LEVEL_RANK.get(u[0].level or "", 0) or item_rank.get(u[1], 0), -u[1])
                )[0]
                names = [loc.name for loc in _same_level_run(doc, places_at, chain, best)]
                chained = True
                # "đi qua địa bàn xã A và xã B": the unit of the same level joined by "và" too
                also = _AND_UNIT.match(doc.match, chain_end)
                if also and (level := _LEVEL_WORD.match(doc.match, also.end())) and level.end() in places_at:
                    names.append(places_at[level.end()][0].name)
                elif also and also.end() in list_at:  # "tại phường A và các xã: B, C": each of the list too
                    names += [name for name, _ in list_at[also.end()]]
            for name in names:
                for subject in subjects:
                    where_span = doc.span(where.start(), where.end())
                    relations.append(Relation("ASSIGNED_TO", subject.ref, name, where_span, "assigned.where"))
    return relations


#: a unit of another level joined after a list: "các xã A, B, phường C" (", phường C"), "... và thị trấn D"
_NEXT_UNIT_OF_LIST = re.compile(r"(?:\s*\([^()\n]{1,60}\))?\s*(?:,|và)\s*(?=(?:xã|phường|thị trấn|đặc khu)\s)")


def _units_after_list(doc: Doc, places_at: dict[int, tuple[Locality, int]], end: int) -> list[str]:
    """The commune-level units named one by one after a list of communes ends at ``end``, each with its level word
    ("các xã A, B, phường C, phường D": C and D)."""
    names: list[str] = []
    while (join := _NEXT_UNIT_OF_LIST.match(doc.match, end)) is not None:
        level = _LEVEL_WORD.match(doc.match, join.end())
        if level is None or level.end() not in places_at:
            break
        loc, end = places_at[level.end()]
        names.append(loc.name)
    return names


#: a unit opening its sentence that carries out a project: "Sa Đéc tiếp tục triển khai Đề án phát triển làng hoa"
_UNIT_CARRIES_OUT = re.compile(
    r"\s+(?:đã\s+|đang\s+|tiếp tục\s+|đã và đang\s+|sẽ\s+)*"
    # ("xã Ea Kly được giao triển khai Đề án X"; not "được giao phối hợp")
    r"(?:(?:được giao\s+(?:nhiệm vụ\s+)?(?:chủ trì\s+)?)?(?:triển khai(?: thực hiện)?|thực hiện)"
    r"|nhân rộng|thí điểm|áp dụng"
    # the site work done for it: "Các xã A, B và C đã hoàn thành việc bàn giao mặt bằng Dự án X"
    r"|(?:hoàn thành\s+(?:việc\s+)?)?(?:bàn giao mặt bằng|giải phóng mặt bằng)(?:\s+(?:cho|của|thực hiện))?"
    r"|(?:được giao\s+)?làm chủ đầu tư)\s+"  # "Huyện Bố Trạch được giao làm chủ đầu tư Dự án X"
)
#: (after "Còn" or "Riêng": "Còn TP. Sa Đéc tiếp tục triển khai ...")
_LEVEL_OPENING = re.compile(
    # (or after an opener: "Trong đó, xã Ea Kly được giao triển khai ...")
    r"[\s\-–•*+]*(?:(?:Còn|Riêng)\s+|(?:Trong đó|Theo đó|Cụ thể)\s*,\s*)?"
    # (or after a time: "Năm 2025, xã Đông Sơn (mới) triển khai ...", "Thời gian qua, phường A thực hiện ...")
    r"(?:(?:(?:Trong\s+)?[Nn]ăm\s+(?:19|20)\d\d|Năm nay|Thời gian qua|Những năm qua|Hiện nay|Từ đầu năm(?:\s+\d{4})?"
    # (after the 2025 mergers: "Từ ngày 1/7/2025, xã A (mới) tiếp tục triển khai ...", "Sau sáp nhập, phường B ...")
    r"|Từ ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|Sau (?:khi )?(?:sáp nhập|sắp xếp|hợp nhất))"
    r"\s*,\s*)?"
    r"(?:(?:[Cc]ác\s+)?(?:Huyện|Xã|Phường|Thị trấn|Thị xã|Thành phố|TP\.?|Quận|Đặc khu"
    # a ";" clause's subject in lower case ("...; phường Việt Trì và xã Tam Đảo thí điểm Đề án ...")
    r"|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|đặc khu)\s+)?$"
)
#: a unit's name marked as the one now constituted, or the one before a merger: "xã Đông Sơn (mới)"
_NEW_OR_OLD = re.compile(r"[ \t]*\((?:mới|cũ)\)")
#: the plan a unit makes to carry out a project: "triển khai Kế hoạch thực hiện Chương trình X" (the unit's part of X)
_PLAN_FOR = re.compile(r"[Kk]ế hoạch\s+(?:thực hiện|triển khai(?: thực hiện)?)\s+")
#: units joined as one subject: "phường Việt Trì và xã Tam Đảo", "huyện A, huyện B"
_UNIT_AND = re.compile(r"\s*(?:,|và)\s*(?:huyện|xã|phường|thị trấn|thị xã|thành phố|quận|Huyện|Xã|Phường)\s+")


def units_carry_out(doc: Doc, mentions: list[Mentioned], places_at: dict[int, tuple[Locality, int]]) -> list[Relation]:
    """A unit opening its sentence carries out the project named right after the verb: the project is the
    unit's ("Sa Đéc tiếp tục triển khai Đề án X", "Huyện Tân Lạc thực hiện Dự án Y")."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for start, (loc, end) in places_at.items():
        s, _ = doc.sentence_bounds(start)
        if not _LEVEL_OPENING.fullmatch(doc.match, s, start):
            continue
        units = [loc]
        listed = [items for _, _, _, items in unit_lists(doc) if items and items[0][1] == start]
        if listed:  # "Các xã A, B và C ...": every unit of the list
            units = [places_at[p][0] for _, p in listed[0] if p in places_at]
            end = places_at[listed[0][-1][1]][1] if listed[0][-1][1] in places_at else end
        while (more := _UNIT_AND.match(doc.match, end)) is not None and more.end() in places_at:
            nxt, end = places_at[more.end()]
            units.append(nxt)  # "phường Việt Trì và xã Tam Đảo thí điểm ...": each unit
        if (new := _NEW_OR_OLD.match(doc.match, end)) is not None:
            end = new.end()  # "xã Đông Sơn (mới)": the commune as now constituted
        verb = _UNIT_CARRIES_OUT.match(doc.match, end)
        if verb is None:
            continue
        after = verb.end()
        if (plan := _PLAN_FOR.match(doc.match, after)) is not None:
            after = plan.end()  # "triển khai Kế hoạch thực hiện Chương trình X": the unit's part of X
        i = bisect.bisect_left(at, after)
        if i < len(mentions) and mentions[i].start == after and mentions[i].kind == "project":
            for unit in units:
                where = doc.span(start, end)
                relations.append(Relation("ASSIGNED_TO", mentions[i].ref, unit.name, where, "assigned.unit"))
    return relations


#: a table's header cell that names the place column: "Địa điểm", "Địa điểm triển khai", "Vị trí", "Địa bàn"
_PLACE_HEADER = re.compile(r"\s*(?:" + "|".join(TABLE_PLACE_HEADERS) + r")(?:\s+[^|]{0,30})?\s*", re.IGNORECASE)


def table_rows_placed(
    doc: Doc, mentions: list[Mentioned], places_at: dict[int, tuple[Locality, int]], place_starts: list[int]
) -> list[Relation]:
    """The rows of a table whose header names a place column ("| STT | Tên dự án | Công suất | Địa điểm |"): the
    project of each row is in the most specific units of that row's place cell ("Xã A và xã B, tỉnh C": A and B)."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    column = -1
    for start, cells in _table_cells(doc):
        if not cells:
            column = -1  # the table ended
            continue
        header = next((k for k, (_, _, cell) in enumerate(cells) if _PLACE_HEADER.fullmatch(cell)), -1)
        if header >= 0:
            column = header
            continue
        if column < 0 or column >= len(cells):
            continue
        a, b, _ = cells[column]
        row = [m for m in mentions[bisect.bisect_left(at, start) : bisect.bisect_left(at, a)] if m.kind == "project"]
        units = _places_between(places_at, place_starts, a, b)
        if not row or not units:
            continue
        best = max(units, key=lambda u: (_LEVEL_RANK.get(u[0].level or "", 0), -u[1]))[0]
        run = [loc for loc, _ in units if loc.level == best.level]  # the units of the cell's most specific level
        for unit in dict.fromkeys(loc.name for loc in run):
            relations.append(Relation("ASSIGNED_TO", row[0].ref, unit, doc.span(a, b), "assigned.beside"))
    return relations


#: a table's header cell that names the leading body's column: "Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì"
_INVESTOR_HEADER = re.compile(r"\s*(?:" + "|".join(TABLE_INVESTOR_HEADERS) + r")\s*", re.IGNORECASE)
_LEAD_HEADER = re.compile(r"\s*(?:" + "|".join(TABLE_LEAD_HEADERS) + r")\s*", re.IGNORECASE)


def _table_cells(doc: Doc) -> list[tuple[int, list[tuple[int, int, str]]]]:
    """The rows of the text's tables ("| a | b |" lines): where each starts and its cells (start, end, text)."""
    rows: list[tuple[int, list[tuple[int, int, str]]]] = []
    pos = 0
    for line in doc.match.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.lstrip().startswith("|"):
            rows.append((start, []))  # not a table line: ends a table
            continue
        cells, offset = [], start + line.index("|") + 1
        for cell in line.strip().strip("|").split("|"):
            cells.append((offset, offset + len(cell), cell))
            offset += len(cell) + 1
        rows.append((start, cells))
    return rows


def table_rows_led(
    doc: Doc, mentions: list[Mentioned], orgs_at: dict[int, tuple[str, int]], own: Mentioned | None
) -> list[Relation]:
    """The rows of a task table whose header names the leading body's column ("| Nhiệm vụ | Cơ quan chủ trì | Cơ
    quan phối hợp |"): the project or document the row's task names, else the plan the text itself is, goes to each
    body of that row's lead cell (GOLD_FORMAT: only the body that leads, not those that "phối hợp")."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    org_starts = sorted(orgs_at)
    column, invests = -1, False
    for start, cells in _table_cells(doc):
        if not cells:
            column = -1
            continue
        header = next((k for k, (_, _, cell) in enumerate(cells) if _LEAD_HEADER.fullmatch(cell)), -1)
        # (or an investor column: "| Tên dự án | Địa điểm | Chủ đầu tư |", each row's project is its body's)
        investor = next((k for k, (_, _, cell) in enumerate(cells) if _INVESTOR_HEADER.fullmatch(cell)), -1)
        if header >= 0 or investor >= 0:
            column, invests = (header, False) if header >= 0 else (investor, True)
            continue
        if column < 0 or column >= len(cells):
            continue
        a, b, _ = cells[column]
        named = [m for m in mentions[bisect.bisect_left(at, start) : bisect.bisect_left(at, a)] if m.kind not in
                 _NEVER_ASSIGNED]  # fmt: skip
        tasks = [t for t in (named[0] if named else None, own) if t is not None]  # as a clause "Sở X chủ trì ..." does
        if invests:
            tasks = [named[0]] if named and named[0].kind == "project" else []
        for org in org_starts[bisect.bisect_left(org_starts, a) : bisect.bisect_left(org_starts, b)]:
            name, end = orgs_at[org]
            for task in tasks:
                relations.append(Relation("ASSIGNED_TO", task.ref, name, doc.span(org, end), "assigned.table_lead"))
    return relations


#: the People's Committee or Party committee of a unit: "UBND xã Hương Trà", "Đảng ủy xã Kỳ Sơn", "Huyện ủy Cam Lộ"
_BODY_OF_A_UNIT = re.compile(r"(?:UBND|Ủy ban nhân dân|Đảng ủy|Đảng bộ|Huyện ủy|Thành ủy|Thị ủy|Quận ủy)\s")
#: such a body opening its sentence, after a time adverbial at most: "Năm 2024, UBND xã Hương Trà ..."
_BODY_OPENING = re.compile(
    r"[\s\-–•*+]*(?:(?:Năm (?:19|20)\d\d|Trong năm (?:19|20)\d\d|Thời gian qua|Những năm qua|Hiện nay|Thời gian tới)"
    r"\s*,\s*)?(?:(?:Còn|Riêng)\s+)?"
)
#: the verb of a body that carries out a project: "triển khai thực hiện", "đã lãnh đạo thực hiện thành công"
_BODY_CARRIES_OUT = re.compile(
    r"\s+(?:đã\s+|đang\s+|tiếp tục\s+|sẽ\s+)*(?:lãnh đạo,?\s+(?:chỉ đạo\s+)?)?"
    r"(?:triển khai(?: thực hiện)?|thực hiện|nhân rộng|thí điểm|áp dụng)"
    r"(?:\s+(?:thành công|hiệu quả|có hiệu quả|tốt))?\s+"
)


#: a decision's place field, at a line's start: "2. Địa điểm thực hiện dự án: xã A, huyện B", "- Địa điểm xây dựng: xã C
#: và xã D, tỉnh E"
_PLACE_FIELD = re.compile(r"^[ \t]*(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))?[ \t]*Địa điểm[^:\n]{0,30}:[ \t]*", re.MULTILINE)


def place_field(
    doc: Doc, mentions: list[Mentioned], places_at: dict[int, tuple[Locality, int]], place_starts: list[int]
) -> list[Relation]:
    """A decision's place field ("2. Địa điểm thực hiện dự án: xã A, huyện B"): the project its fields are about (the
    last named before, within a few lines) is in the most specific units of the field's line."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for field in _PLACE_FIELD.finditer(doc.match):
        before = [m for m in mentions[: bisect.bisect_left(at, field.start())] if m.kind == "project"]
        if not before or field.start() - before[-1].end > 600:
            continue
        line_end = doc.match.find("\n", field.end())
        units = _places_between(places_at, place_starts, field.end(), line_end if line_end >= 0 else len(doc.match))
        if not units:
            continue
        best = max(_LEVEL_RANK.get(loc.level or "", 0) for loc, _ in units)
        for loc, start in units:
            if _LEVEL_RANK.get(loc.level or "", 0) == best:
                where = doc.span(field.start(), places_at[start][1])
                relations.append(Relation("ASSIGNED_TO", before[-1].ref, loc.name, where, "assigned.place_field"))
    return relations


#: a body that carries projects out for others: a project board, a company, a group or a joint venture
_BOARD_OR_FIRM = re.compile(
    r"(?:Ban [Qq]uản lý (?:dự án|các dự án|đầu tư)|Ban QLDA|BQLDA|Công ty|Tổng [Cc]ông ty|Tập đoàn|Liên danh)\s"
)
#: its verb of carrying a project out, or of building it: "đang triển khai", "đang thi công"
_FIRM_CARRIES_OUT = re.compile(
    r"\s+(?:đã\s+|đang\s+|tiếp tục\s+|sẽ\s+)*(?:triển khai(?: thực hiện)?|thực hiện|thi công|xây dựng)\s+"
)


def boards_carry_out(doc: Doc, mentions: list[Mentioned], orgs_at: dict[int, tuple[str, int]]) -> list[Relation]:
    """A project board or a firm opening its sentence that carries out or builds the project named right after the
    verb ("Ban Quản lý dự án X đang triển khai Dự án Y", "Công ty Z đang thi công Dự án W"): the body carries it out."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for start, (name, end) in orgs_at.items():
        if not _BOARD_OR_FIRM.match(name):
            continue
        s, _ = doc.sentence_bounds(start)
        if not (_BODY_OPENING.fullmatch(doc.match, s, start) or _ADVERBIAL_OPENING.fullmatch(doc.match, s, start)):
            continue
        verb = _FIRM_CARRIES_OUT.match(doc.match, end)
        i = bisect.bisect_left(at, verb.end()) if verb else len(mentions)
        if verb and i < len(mentions) and mentions[i].start == verb.end() and mentions[i].kind == "project":
            where = doc.span(start, verb.end())
            relations.append(Relation("ASSIGNED_TO", mentions[i].ref, name, where, "assigned.board"))
    return relations


#: an adverbial opening before such a body: "Hiện nay, Công ty X đang thi công ..."
_ADVERBIAL_OPENING = re.compile(r"[\s\-–•*+]*(?:Hiện nay|Hiện|Theo đó|Cụ thể|Trong đó|Đến nay|Ngoài ra)\s*,\s*")


def bodies_carry_out(
    doc: Doc, mentions: list[Mentioned], orgs_at: dict[int, tuple[str, int]],
    places_at: dict[int, tuple[Locality, int]], place_starts: list[int],
) -> list[Relation]:  # fmt: skip
    """The committee of a unit opening its sentence that carries out the project named right after the verb
    ("Năm 2024, UBND xã Hương Trà triển khai thực hiện Đề án X", "Đảng ủy xã Kỳ Sơn đã lãnh đạo thực hiện thành công
    Đề án Y"): the project is that unit's, as when the unit itself opens the sentence (assigned.unit)."""
    relations: list[Relation] = []
    at = [m.start for m in mentions]
    for start, (name, end) in orgs_at.items():
        if not _BODY_OF_A_UNIT.match(name):
            continue
        s, _ = doc.sentence_bounds(start)
        if not _BODY_OPENING.fullmatch(doc.match, s, start):
            continue
        verb = _BODY_CARRIES_OUT.match(doc.match, end)
        i = bisect.bisect_left(at, verb.end()) if verb else len(mentions)
        units = _places_between(places_at, place_starts, start, end)  # the unit the body's name names
        if units and verb and i < len(mentions) and mentions[i].start == verb.end() and mentions[i].kind == "project":
            unit = units[-1][0]
            relations.append(Relation("ASSIGNED_TO", mentions[i].ref, unit.name, doc.span(start, end), "assigned.unit"))
    return relations


#: a project's place given beside it: "Cụm công nghiệp Tân Lập, huyện Đồng Hỷ", "Khu công nghiệp Tiên Thanh (huyện
#: Tiên Lãng)", "(xã Tân Liên, huyện Vĩnh Bảo)": the most specific unit named
_BESIDE = re.compile(
    # "..., huyện B", "... (xã A)", and in a list of projects "2. Dự án trường mầm non Hoa Sen - xã Bình Minh"
    r"\s*(?:,\s*|\(\s*|[-–]\s+)(?=(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|TP\.?|đặc khu|tỉnh)\s)"
    # (capitalised after a comma: "Khu công nghiệp Đông Anh, Thành phố Hà Nội")
    r"|\s*,\s*(?=(?:Thành phố|Tỉnh)\s[A-ZĐ])"
    # a table row: "| 1 | Dự án kè chống sạt lở sông Lô | Phường Nông Tiến | 40 tỷ |"
    r"|[ \t]*\|[ \t]*(?=(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Tt]hị xã|[Qq]uận|[Tt]hành phố|TP\.?)\s"
    # or a list: "| 1 | Khu đô thị mới X | Các xã: A, B và C huyện D | 1.444 |"
    r"|[Cc]ác (?:xã|phường|thị trấn|huyện|thị xã|quận)\b)"
)


#: a bracket after a project that describes its stretch and ends on its unit: "Dự án kè suối X (đoạn từ cầu A đến
#: đường B, TP. Pleiku)"
_BRACKET_TAIL = re.compile(
    r"\s*\((?:đoạn|khu vực|tuyến|từ)[^()\n]{0,120}?,\s*"
    r"(?=(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|TP\.?)\s*[^()\n,]{1,40}\))"
)
#: a unit joined by "và" after a chain, the district of its last unit in brackets between: "tại xã A (huyện B) và xã C"
_AND_UNIT = re.compile(r"(?:\)|\s*\([^()\n]{1,60}\))?\s+và\s+")
#: (a town's or township's level abbreviated too, glued to the name: "(TX.Đức Phổ)", "TT. Gành Hào")
_LEVEL_WORD = re.compile(r"(?:TP\.?|Tp\.?|TX\.|TT\.|thành phố|Thành phố|huyện|thị xã|quận|xã|phường|thị trấn|tỉnh)\s*")
_CHAIN_END = re.compile(
    r"[;.\n)|]|\s(?:và|để|nhằm|với)\s"  # "|": a table's next cell
    # a comma that opens a new clause, not the next unit of the chain: "trên địa bàn tỉnh X, sáng ngày 2/2, tại xã Y"
    r"|,\s+(?=[a-zđà-ỹ])(?!(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|tỉnh|thôn|bản|làng|ấp|tổ|khu phố"
    # (", gồm các xã: A, B" goes on with the units the chain is made of; the streets of an address go on to its
    # ward: "tại phố A, phố B (phường C)")
    r"|đặc khu|gồm|bao gồm|thuộc|phố|đường|ngõ)(?![\w]))"
)


def _in_time_order(relations: list[Relation], resolutions: list[Found]) -> list[Relation]:
    """A document cannot carry out one issued after it: such an IMPLEMENTS is a misread list (both dates known)."""
    issued = {f.resolution.key: f.resolution.issued_on for f in resolutions if f.resolution.issued_on}
    return [
        r
        for r in relations
        if r.type != "IMPLEMENTS"
        or not (r.source in issued and r.target in issued and issued[r.source] < issued[r.target])
    ]


def extract_relations(
    doc: Doc,
    resolutions: list[Found],
    projects: list[ProjectMention],
    people: list[PersonMention],
    officials: list[Official],
    meetings: list[Meeting],
    organizations: list[Organization],
    localities: list[Locality],
) -> list[Relation]:
    mentions = _mentions(doc, resolutions, projects)
    own = own_document(doc, resolutions)
    found = [
        *own_implements(doc, mentions, own),
        *own_concretises(doc, mentions, own),
        *title_issues(doc, mentions, own),
        *headed_programme(doc, mentions),
        *implements(doc, mentions),
        *purpose_first(doc, mentions),
        *purpose_letter(doc, mentions),
        *letter_carries_out(doc, mentions),
        *issued_with(doc, mentions),
        *approved(doc, mentions),
        *named_back(doc, mentions),
        *aim_of_named(doc, mentions),
        *issued_list(doc, mentions),
        *purpose_back(doc, mentions),
        *purpose_last(doc, mentions),
        *by_means(doc, mentions),
        *cites(doc, resolutions, meetings, own),
        *concluded(doc, people, officials, meetings),
        # a task goes to a document named, not to one only pointed back at ("... hai nghị quyết này, giao ...")
        *assigned(doc, [m for m in mentions if not m.anaphoric], organizations, localities),
        *attended(doc, people, meetings),
    ]
    found = _in_time_order(found, resolutions)
    unique: dict[tuple[str, str, str, str], Relation] = {}
    for relation in found:  # one relation per (type, source, target, role): the first one read
        unique.setdefault(
            (relation.type, relation.source, relation.target, relation.properties.get("role", "")), relation
        )
    return list(unique.values())

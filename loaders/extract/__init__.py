"""Extract: normalized text in, :class:`Extraction` out. Pure functions; no database.

    from loaders.extract import extract
    extract(text, published="2025-06", doc="002_x").to_gold()   # GOLD_FORMAT shape + spans

Symbols are matched on the raw text first (:mod:`.resolutions`), then people (:mod:`.people`),
bodies (:mod:`.bodies`), places (:mod:`.places`), the meeting (:mod:`.meetings`), projects
(:mod:`.projects`) and the relations between them (:mod:`.relations`).
"""

from __future__ import annotations

import re

from kernel import collector
from kernel.errors import PayloadTooLarge
from kernel.settings import get_settings
from loaders.extract import bodies, meetings, people, places, projects, relations, resolutions, text
from loaders.extract.bodies import extract_organizations, unwritten_full_names, with_units, without_people
from loaders.extract.lexicon import ISSUERS
from loaders.extract.meetings import extract_meetings
from loaders.extract.model import Extraction, Official, Organization, Project, Resolution
from loaders.extract.ordered import StartIndex
from loaders.extract.people import extract_officials, without_places
from loaders.extract.places import extract_localities
from loaders.extract.projects import ProjectMention, extract_projects
from loaders.extract.relations import extract_relations
from loaders.extract.resolutions import (
    Found,
    extract_resolutions,
    headed_title,
    one_decision_per_cadre,
    own_document,
    programmes_by_issuer,
    programmes_in_brackets,
)
from loaders.extract.scan import fast_starts
from loaders.extract.text import Doc

__all__ = ["Extraction", "extract"]

# every pattern of the rule modules told the characters its matches start with (a scan skips the other positions)
fast_starts(bodies, meetings, people, places, projects, relations, resolutions, text)


def extract(text: str, *, published: str | None = None, doc: str = "", max_chars: int | None = None) -> Extraction:
    """Every entity and relation of one document, each with its evidence.

    A text longer than ``max_chars`` (default: the ``DG_MAX_EXTRACT_CHARS`` setting) is refused with
    :class:`PayloadTooLarge`: extraction is linear in length, so this bounds the time one document takes."""
    limit = get_settings().max_extract_chars if max_chars is None else max_chars
    if len(text) > limit:
        raise PayloadTooLarge(
            f"text of {len(text):,} characters is longer than DG_MAX_EXTRACT_CHARS={limit:,}: split the document "
            "or raise the setting",
            characters=len(text),
            limit=limit,
        )
    with collector.paused():  # extraction makes no reference cycles
        return _extract(Doc.of(text, published), doc)


def _extract(d: Doc, doc: str) -> Extraction:
    published = d.published
    resolutions, resolution_mentions = extract_resolutions(d)
    officials, people = extract_officials(d)
    resolutions = _one_personnel_decision(resolutions, resolution_mentions, officials)
    organizations = extract_organizations(d)
    localities = extract_localities(d)
    officials = without_places(officials, localities)
    meetings = extract_meetings(d, officials, organizations)
    organizations = without_people(with_units(d, organizations, localities), officials)
    projects, project_mentions = extract_projects(d)
    projects, project_mentions = _without_numbered_programmes(d, projects, project_mentions, resolution_mentions)
    projects, project_mentions, resolution_mentions = _programmes_named_by_issuer(
        d, projects, project_mentions, resolution_mentions
    )
    projects, project_mentions = _one_programme_named_again(projects, project_mentions, resolution_mentions)
    projects, project_mentions = _headed_programme(d, projects, project_mentions)
    projects, project_mentions = _not_the_text_itself(d, projects, project_mentions, resolution_mentions)
    relations = extract_relations(
        d, resolution_mentions, project_mentions, people, officials, meetings, organizations, localities
    )
    return _names_as_written(
        d,
        Extraction(
            doc=doc,
            published=published,
            resolutions=resolutions,
            officials=officials,
            meetings=meetings,
            projects=projects,
            localities=localities,
            organizations=organizations,
            relations=relations,
        ),
    )


def _names_as_written(d: Doc, found: Extraction) -> Extraction:
    """A department's name the rules wrote in full ("Sở Nông nghiệp và Phát triển nông thôn" for "Sở Nông nghiệp và
    PTNT"), back to the form the text writes when it never writes the full one (:func:`bodies.unwritten_full_names`),
    wherever the name stands: bodies (two that become one are merged), meetings' bodies, relation ends, titles and
    issuers."""
    unwritten = unwritten_full_names(d.match)
    if not unwritten:
        return found
    at = re.compile("|".join(map(re.escape, unwritten)))

    def written(name: str) -> str:
        return at.sub(lambda m: unwritten[m.group(0)], name)

    bodies: dict[str, Organization] = {}
    for body in found.organizations:
        name = written(body.name)
        if name in bodies:
            bodies[name].mentions.extend(body.mentions)
        else:
            bodies[name] = Organization(name, list(body.mentions))
    found.organizations = list(bodies.values())
    for meeting in found.meetings:
        meeting.body = written(meeting.body)
    for official in found.officials:
        official.titles = [written(title) for title in official.titles]
    for resolution in found.resolutions:
        if resolution.issuer:
            resolution.issuer = written(resolution.issuer)
    for relation in found.relations:
        relation.source, relation.target = written(relation.source), written(relation.target)
    return found


#: an action programme named only by its issuer ("Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh"), as the
#: lead of an article that gives the programme in full names it
_PROGRAMME_BY_ISSUER_ONLY = re.compile(r"Chương trình hành động của (?!.*\s(?:thực hiện|triển khai|về)\s)[^,.;:]{3,80}")


def _headed_programme(
    doc: Doc, projects: list[Project], mentions: list[ProjectMention]
) -> tuple[list[Project], list[ProjectMention]]:
    """The text's own unnumbered action programme under its heading ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số
    68-NQ/TW ..."): a project named by its title; the programme the lead names by its issuer only is it."""
    found = headed_title(doc)
    if found is None or found[0] != "CTr" or any(m.start <= found[2] < m.end for m in mentions):
        return projects, mentions
    _, name, start, _, end = found
    # the programme the headline names by the first words of the title ("Chương trình hành động thực hiện Nghị quyết
    # số 09-NQ/TW") is it, by that name
    project = next(
        (p for p in projects if p.name.startswith("Chương trình hành động") and name.startswith(p.name)), None
    ) or Project(name, "chương trình")
    project.mentions.append(doc.span(start, end))
    lead = {m.project.name for m in mentions if m.end <= start and _PROGRAMME_BY_ISSUER_ONLY.fullmatch(m.project.name)}
    kept = [p for p in projects if p.name not in lead and p is not project]
    moved = [ProjectMention(project, m.start, m.end) for m in mentions if m.project.name in lead]
    for m in moved:
        project.mentions.append(doc.span(m.start, m.end))
    others = [m for m in mentions if m.project.name not in lead]
    return [*kept, project], sorted([*others, *moved, ProjectMention(project, start, end)], key=lambda m: m.start)


def _programmes_named_by_issuer(
    doc: Doc, projects: list[Project], mentions: list[ProjectMention], resolutions: list[Found]
) -> tuple[list[Project], list[ProjectMention], list[Found]]:
    """ "Chương trình hành động của Tỉnh ủy thực hiện ..." where the text numbers that issuer's one programme
    ("Chương trình hành động số 15-CTr/TU"), or gives its resolution in brackets ("Chương trình hành động của Chính
    phủ (Nghị quyết số 45/NQ-CP ...)"): that document, named again (its relations are the document's)."""
    names = [(m.project.name, m.start, m.end) for m in mentions]
    same = programmes_by_issuer(names, resolutions) | programmes_in_brackets(doc.match, names, resolutions)
    if not same:
        return projects, mentions, resolutions
    gone = {m.project.name for m in mentions if m.start in same}
    kept = [m for m in mentions if m.start not in same]
    still = {m.project.name for m in kept}
    return (
        [p for p in projects if p.name not in gone or p.name in still],
        kept,
        sorted([*resolutions, *same.values()], key=lambda f: f.start),
    )


#: the issuer a programme's name gives ("Chương trình hành động của Chính phủ thực hiện ..."), by its name
_OF_ISSUER_IN_NAME = re.compile(
    r"^Chương trình hành động của\s+("
    + "|".join(sorted(map(re.escape, ISSUERS), key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)


def _issuer_code_in(name: str) -> str | None:
    """The code of the issuer a programme's name gives (upper case), or None when it gives none."""
    m = _OF_ISSUER_IN_NAME.match(name)
    if m is None:
        return None
    known = next((code for issuer, (code, *_) in ISSUERS.items() if issuer.lower() == m.group(1).lower()), None)
    return known.upper() if known else None


def _without_numbered_programmes(
    doc: Doc, projects: list[Project], mentions: list[ProjectMention], resolutions: list[Found]
) -> tuple[list[Project], list[ProjectMention]]:
    """An action programme named without its number ("Chương trình hành động thực hiện Nghị quyết 57-NQ/TW",
    often the headline) is the numbered one the text also gives ("Chương trình hành động số 45-CTr/TU thực
    hiện Nghị quyết số 57-NQ/TW"): a document, not a second, unnumbered project."""
    numbered = [f for f in resolutions if f.resolution.kind == "CTr"]
    if not numbered:
        return projects, mentions

    index = StartIndex(resolutions)

    def named_in(start: int, end: int) -> set[str]:
        return {f.resolution.key for f in index.within(start, end + 1) if f.end <= end}

    covered = set().union(*(named_in(f.end, doc.sentence_bounds(f.start)[1]) for f in numbered))
    codes = {(f.resolution.issuer_code or "").upper() for f in numbered}
    same = {
        m.project.name
        for m in mentions
        if m.project.name.lower().startswith("chương trình hành động")
        and (inside := named_in(m.start, m.end))
        and inside <= covered
        and _issuer_code_in(m.project.name) in (None, *codes)
    }
    if not same:
        return projects, mentions
    return [p for p in projects if p.name not in same], [m for m in mentions if m.project.name not in same]


#: an action programme named again bare, with no issuer, topic or document in its name ("..., Ban Chấp hành Đảng bộ
#: tỉnh xây dựng Chương trình hành động, cụ thể như sau:")
_YEAR_IN_NAME = re.compile(r"(?<![/\d-])(?:19|20)\d{2}(?![/\d])")  # a year or period, not one inside a symbol
_BARE_PROGRAMME = re.compile(r"chương trình hành động(?:\s*,?\s*(?:cụ thể|này|nói trên|trên))?", re.IGNORECASE)


def _one_programme_named_again(
    projects: list[Project], mentions: list[ProjectMention], resolutions: list[Found]
) -> tuple[list[Project], list[ProjectMention]]:
    """One unnumbered action programme named twice: the headline's "Chương trình hành động của Ban Thường vụ Tỉnh
    ủy thực hiện Nghị quyết số 57" and the body's "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW" name the
    same documents in their names and no two different issuers: one project, under its fullest name. A bare
    "Chương trình hành động" named again in a text with one programme is that programme. Programmes of two issuers
    ("... của Tỉnh ủy ...", "... của UBND tỉnh ...") stay two."""
    programmes = [m for m in mentions if m.project.name.lower().startswith("chương trình hành động")]
    if len(programmes) < 2:
        return projects, mentions
    index = StartIndex(resolutions)

    def named_in(m: ProjectMention) -> frozenset[str]:
        return frozenset(f.resolution.key for f in index.within(m.start, m.end + 1) if f.end <= m.end)

    kept: list[tuple[frozenset[str], str | None, frozenset[str], Project]] = []  # what each carries out, its issuer,
    # the years its name gives
    same: dict[str, Project] = {}  # a name given again -> the project it names
    for m in sorted(programmes, key=lambda m: -len(m.project.name)):  # the fullest name first
        carried, code = named_in(m), _issuer_code_in(m.project.name)
        years = frozenset(_YEAR_IN_NAME.findall(m.project.name))
        if not carried or m.project.name in same:
            continue
        for docs, issuer, period, project in kept:
            if (
                docs == carried
                and (None in (code, issuer) or code == issuer)
                and (not years or not period or years == period)
            ):
                if m.project.name != project.name:
                    same[m.project.name] = project
                break
        else:
            kept.append((carried, code, years, m.project))
    if len(kept) == 1:
        only = kept[0][3]
        for m in programmes:
            if m.project.name != only.name and _BARE_PROGRAMME.fullmatch(m.project.name):
                same[m.project.name] = only
    if not same:
        return projects, mentions
    return (
        [p for p in projects if p.name not in same],
        [ProjectMention(same.get(m.project.name, m.project), m.start, m.end) for m in mentions],
    )


#: a document named again by its kind and a demonstrative ("Chương trình quan trọng này", "Kế hoạch nói trên"): a
#: re-mention of what the text named before, never a project of its own
_NAMED_AGAIN = re.compile(
    r"(?:Chương trình|Kế hoạch|Đề án|Dự án|Quy hoạch)(?:\s+[a-zđà-ỹ]+){0,3}?\s+(?:này|trên|nói trên|đó)",
    re.IGNORECASE,
)


def _not_the_text_itself(
    doc: Doc, projects: list[Project], mentions: list[ProjectMention], resolutions: list[Found]
) -> tuple[list[Project], list[ProjectMention]]:
    """Names that are no project of their own: a kind named again with a demonstrative ("xin đăng toàn văn Chương
    trình quan trọng này"), and, when the text is itself a numbered programme (resolutions.own_document), an unnumbered
    "Chương trình ..." whose name carries out only documents that programme's issuing sentence names (the headline
    "Chương trình thực hiện Chỉ thị 13-CT/TW ..." of "... ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị
    13-CT/TW ..."): the document itself, not a second, unnumbered project (GOLD_FORMAT: the text is the document)."""
    gone = {m.project.name for m in mentions if _NAMED_AGAIN.fullmatch(m.project.name)}
    own = own_document(doc, resolutions) if any(f.resolution.kind == "CTr" for f in resolutions) else None
    if own is not None and own.kind == "CTr":
        index = StartIndex(resolutions)
        issued = [f for f in resolutions if f.resolution is own]
        covered = {
            g.resolution.key
            for f in issued
            for g in index.within(f.end, doc.sentence_bounds(f.start)[1])
            if g.resolution is not own
        }
        for m in mentions:
            inside = {f.resolution.key for f in index.within(m.start, m.end + 1) if f.end <= m.end}
            if m.project.name.lower().startswith("chương trình") and inside and inside <= covered:
                gone.add(m.project.name)
    if not gone:
        return projects, mentions
    return [p for p in projects if p.name not in gone], [m for m in mentions if m.project.name not in gone]


def _one_personnel_decision(
    resolutions: list[Resolution], mentions: list[Found], officials: list[Official]
) -> list[Resolution]:
    """Two described decisions of one personnel act naming one of the text's officials are one decision: "trao
    Quyết định của Ban Thường vụ Tỉnh ủy bổ nhiệm đồng chí A giữ chức Trưởng Ban Tuyên giáo" and the caption's "trao
    quyết định bổ nhiệm Trưởng Ban Tuyên giáo cho A" (GOLD_FORMAT: a described mention of the same document is that
    document); resolutions.one_decision_per_cadre with the cadre read as the one official the description names."""
    names = [o.name for o in officials]

    def named(key: str) -> str | None:
        inside = [n for n in names if n in key]
        return inside[0] if len(inside) == 1 else None

    return one_decision_per_cadre(resolutions, mentions, named)

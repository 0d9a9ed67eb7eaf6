"""Extract: normalized text in, :class:`Extraction` out. Pure functions; no database.

    from loaders.extract import extract
    extract(text, published="2025-06", doc="002_x").to_gold()   # GOLD_FORMAT shape + spans

Symbols are matched on the raw text first (:mod:`.resolutions`), then people (:mod:`.people`),
bodies (:mod:`.bodies`), places (:mod:`.places`), the meeting (:mod:`.meetings`), projects
(:mod:`.projects`) and the relations between them (:mod:`.relations`).
"""

from __future__ import annotations

from loaders.extract.bodies import extract_organizations
from loaders.extract.meetings import extract_meetings
from loaders.extract.model import Extraction
from loaders.extract.people import extract_officials
from loaders.extract.places import extract_localities
from loaders.extract.projects import extract_projects
from loaders.extract.relations import extract_relations
from loaders.extract.resolutions import extract_resolutions
from loaders.extract.text import Doc

__all__ = ["Extraction", "extract"]


def extract(text: str, *, published: str | None = None, doc: str = "") -> Extraction:
    """Every entity and relation of one document, each with its evidence."""
    d = Doc.of(text, published)
    resolutions, resolution_mentions = extract_resolutions(d)
    officials, people = extract_officials(d)
    organizations = extract_organizations(d)
    localities = extract_localities(d)
    meetings = extract_meetings(d, officials)
    projects, project_mentions = extract_projects(d)
    relations = extract_relations(
        d, resolution_mentions, project_mentions, people, officials, meetings, organizations, localities
    )
    return Extraction(
        doc=doc,
        published=published,
        resolutions=resolutions,
        officials=officials,
        meetings=meetings,
        projects=projects,
        localities=localities,
        organizations=organizations,
        relations=relations,
    )

"""The graph model of DESIGN.md as data: the allowlist of labels and relationship types.

Cypher cannot take a label or relationship type as a parameter, so write queries carry the
placeholders ``__LABEL__`` / ``__TYPE__`` and :mod:`graph.queries` fills them in, from these
enums only. Nothing else is ever spliced into query text.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

#: Every node also carries this label; ``key`` is unique across it (one index serves lookups).
ENTITY = "Entity"


class Label(StrEnum):
    """Node labels of the graph model."""

    RESOLUTION = "Resolution"
    MEETING = "Meeting"
    OFFICIAL = "Official"
    PROJECT = "Project"
    LOCALITY = "Locality"
    ORGANIZATION = "Organization"
    DOCUMENT = "Document"


class RelType(StrEnum):
    """Relationship types of the graph model."""

    IMPLEMENTS = "IMPLEMENTS"
    CITES = "CITES"
    CONCLUDED = "CONCLUDED"
    ASSIGNED_TO = "ASSIGNED_TO"
    ATTENDED = "ATTENDED"
    HOLDS = "HOLDS"
    ISSUED_BY = "ISSUED_BY"
    HELD_BY = "HELD_BY"
    PART_OF = "PART_OF"
    MERGED_INTO = "MERGED_INTO"
    MENTIONED_IN = "MENTIONED_IN"


#: The corrections a curator records (``dg curate``, ``POST /curations``, the typed client): the one list. A merge
#: and a keep-apart judge two keys; drop-edge, add-edge and rename edit the graph (loaders/curation.py).
Correction = Literal["merge", "keep-apart", "drop-edge", "add-edge", "rename"]
#: A line of the curation log: a correction, or the undo of one (its own route, POST /curations/{id}/undo).
CurationAction = Literal[Correction, "undo"]

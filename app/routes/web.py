"""The lineage web page: ``GET /`` and its files under ``/static/``; not part of the API schema.

The files live in ``app/web/``; ``app/web/vendor/`` holds cytoscape, copied there from npm by
``make web-assets``. Without it the page still loads and tells the user to run that target.
Only files with a web suffix inside ``app/web/`` are served (never ``__init__.py``).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse, Response

from kernel.errors import NotFound

WEB_DIR = Path(__file__).resolve().parents[1] / "web"
SUFFIXES = {".html", ".js", ".css", ".txt", ".svg", ".png", ".ico", ".map"}
HEADERS = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}

MISSING_PAGE = """<!doctype html><html lang="en"><meta charset="utf-8"><title>directive-graph</title>
<p>The web page is not installed (app/web/index.html is missing). The API is at <a href="docs">/docs</a>.</p>"""

router = APIRouter(tags=["web"], include_in_schema=False)


@router.api_route("/", methods=["GET", "HEAD"])
def index() -> Response:
    page = WEB_DIR / "index.html"
    if not page.is_file():
        return HTMLResponse(MISSING_PAGE, status_code=200, headers=HEADERS)
    return FileResponse(page, media_type="text/html; charset=utf-8", headers=HEADERS)


def web_file(path: str) -> Path:
    """The file ``path`` names inside ``app/web/``; NotFound for anything else."""
    root = WEB_DIR.resolve()
    found = (root / path).resolve()
    if not found.is_relative_to(root) or found.suffix not in SUFFIXES or not found.is_file():
        raise NotFound(f"no web file {path!r}", path=path)
    return found


@router.api_route("/static/{path:path}", methods=["GET", "HEAD"])
def static(path: str) -> FileResponse:
    found = web_file(path)
    media = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}.get(found.suffix)
    return FileResponse(found, media_type=media, headers=HEADERS)

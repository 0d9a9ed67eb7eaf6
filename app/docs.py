"""``GET /docs``: Swagger UI served from the package, so the API's documentation works offline.

Its files (``swagger-ui-bundle.js``, ``swagger-ui.css``, the favicon) come from the npm package
``swagger-ui-dist``, pinned in ``tools/web/package.json`` and copied into
``app/web/vendor/swagger-ui/`` by ``tools/web/vendor.sh`` (``make web-assets``, the Dockerfile's
assets stage), and are served under ``/static/``. No CDN, no request leaves the server.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

from app.routes.web import HEADERS, WEB_DIR

ASSETS = "/static/vendor/swagger-ui"
BUNDLE = WEB_DIR / "vendor" / "swagger-ui" / "swagger-ui-bundle.js"

MISSING = """<!doctype html><html lang="en"><meta charset="utf-8"><title>directive-graph API</title>
<p>Swagger UI is not installed (app/web/vendor/swagger-ui/ is missing): run <code>make web-assets</code>.
The OpenAPI document is at <a href="/openapi.json">/openapi.json</a>.</p>"""

router = APIRouter(include_in_schema=False)


@router.api_route("/docs", methods=["GET", "HEAD"])
def swagger_ui() -> HTMLResponse:
    if not BUNDLE.is_file():
        return HTMLResponse(MISSING, headers=HEADERS)
    page = get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="directive-graph API",
        swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{ASSETS}/favicon-32x32.png",
        # no validator badge: Swagger UI would send the document to validator.swagger.io
        swagger_ui_parameters={"validatorUrl": None},
    )
    page.headers.update(HEADERS)
    return page

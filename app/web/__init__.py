"""The lineage web page's static files (HTML, JS, CSS; ``vendor/`` is filled by ``make web-assets``).

A package only so that the files are installed with the app; served by :mod:`app.routes.web`."""

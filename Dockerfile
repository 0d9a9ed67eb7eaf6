# The directive-graph API and loader, for docker compose (backend: Neo4j).

# The web page's cytoscape, from npm (tools/web/package-lock.json), as `make web-assets` does.
FROM node:20-slim AS web-assets
WORKDIR /build
COPY tools/web/package.json tools/web/package-lock.json tools/web/vendor.sh ./tools/web/
RUN npm ci --prefix tools/web --ignore-scripts --no-audit --no-fund --loglevel=error && sh tools/web/vendor.sh /build/vendor

FROM python:3.11-slim
WORKDIR /srv/directive-graph
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
COPY pyproject.toml README.md ./
COPY kernel ./kernel
COPY app ./app
COPY --from=web-assets /build/vendor ./app/web/vendor
COPY graph ./graph
COPY loaders ./loaders
COPY examples ./examples
RUN pip install . && useradd --create-home dg
USER dg
EXPOSE 8000
ENV DG_HOST=0.0.0.0 DG_PORT=8000 DG_DATA_DIR=/home/dg/var
CMD ["dg", "serve", "--backend", "neo4j"]

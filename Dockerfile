# The directive-graph API and loader, for docker compose (backend: Neo4j).
FROM python:3.11-slim
WORKDIR /srv/directive-graph
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
COPY pyproject.toml README.md ./
COPY app ./app
COPY graph ./graph
COPY loaders ./loaders
COPY examples ./examples
RUN pip install . && useradd --create-home dg
USER dg
EXPOSE 8000
ENV DG_HOST=0.0.0.0 DG_PORT=8000
CMD ["dg", "serve", "--backend", "neo4j"]

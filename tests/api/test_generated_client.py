"""A client generated from /openapi.json by a real generator (openapi-python-client) calls the live app.

The generator runs offline on the document the server serves; the generated package is imported
from a temporary folder and used as a user would: the headline question (which provincial plans
carry out 204-QĐ/TW), a 404 parsed as the error shape, a paginated list, and an upload."""

from __future__ import annotations

import importlib
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.api.conftest import WRITE_TOKEN

pytestmark = pytest.mark.api

if importlib.util.find_spec("openapi_python_client") is None:
    MISSING = "openapi-python-client is not installed: it is a dev dependency (pip install -e .[dev])"
    if os.environ.get("CI"):  # CI installs [dev]: a missing generator is a failure there
        pytest.fail(MISSING, pytrace=False)
    pytest.skip(MISSING, allow_module_level=True)

PACKAGE = "dg_generated_client"


@pytest.fixture(scope="module")
def generated(live_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Generate the client from the live server's document into a temporary folder on sys.path."""
    folder = tmp_path_factory.mktemp("generated")
    document = folder / "openapi.json"
    document.write_bytes(httpx.get(live_url + "/openapi.json").raise_for_status().content)
    config = folder / "config.yaml"
    config.write_text("post_hooks: []\n")  # no ruff run over the generated code
    options = ["--path", document, "--output-path", folder / PACKAGE, "--meta", "none", "--config", config]
    result = subprocess.run(
        [sys.executable, "-m", "openapi_python_client", "generate", *map(str, options)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(folder))
    try:
        yield PACKAGE
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def module(package: str, name: str) -> ModuleType:
    return importlib.import_module(f"{package}.{name}")


def test_every_operation_is_generated(generated: str, live_url: str) -> None:
    schema = httpx.get(live_url + "/openapi.json").json()
    for ops in schema["paths"].values():
        for op in ops.values():
            tag = op["tags"][0]
            snake = "".join("_" + c.lower() if c.isupper() else c for c in op["operationId"])
            module(generated, f"api.{tag}.{snake}")  # imports: the generator understood the operation


def test_the_headline_question_through_the_generated_client(generated: str, live_url: str) -> None:
    client = module(generated, "client").Client(base_url=live_url, raise_on_unexpected_status=True)
    implementations = module(generated, "api.resolutions.get_implementations")
    level = module(generated, "models").GetImplementationsLevelType0
    answer: Any = implementations.sync("204-QĐ/TW", client=client, level=level.PROVINCIAL)
    assert type(answer).__name__ == "ImplementationsOut"
    assert [item.key for item in answer.items] == ["331-KH/TU"]
    assert answer.items[0].evidence[0].doc == "fixture-002"
    assert answer.items[0].evidence[0].title  # the evidence's document title came along

    missing: Any = implementations.sync("999-NQ/TW", client=client)
    assert type(missing).__name__ == "ErrorResponse"  # a declared error, parsed as the one error shape
    assert missing.error.code == "not_found"


def test_a_list_and_an_upload_through_the_generated_client(generated: str, live_url: str) -> None:
    client_module = module(generated, "client")
    client = client_module.Client(base_url=live_url, raise_on_unexpected_status=True)
    page: Any = module(generated, "api.resolutions.list_resolutions").sync(client=client, limit=2)
    assert len(page.items) == 2 and page.has_more

    writer = client_module.AuthenticatedClient(base_url=live_url, token=WRITE_TOKEN, raise_on_unexpected_status=True)
    file = module(generated, "types").File
    text = "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU để thực hiện Nghị quyết số 57-NQ/TW.\n"
    upload: Any = module(generated, "api.documents.ingest_document").sync(
        client=writer, body=file(payload=text.encode(), file_name="plan.txt"), name="plan.txt", published="2025-05-02"
    )
    assert type(upload).__name__ == "IngestOut" and upload.status.value in {"loaded", "unchanged"}

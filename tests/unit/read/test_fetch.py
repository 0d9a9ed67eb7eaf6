"""Fetching by URL: within the policy (addresses, redirects, size, type, time), then read like a file.

Against a local HTTP server on 127.0.0.1 (tests/unit/read/localweb.py), never the internet."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kernel.errors import ReadError
from kernel.settings import Settings
from loaders.extract import extract
from loaders.read import fetch as fetch_module
from loaders.read import read_bytes
from loaders.read.fetch import FetchPolicy, FetchRefused, fetch, fetch_document, public_address
from tests.unit.read import newspages
from tests.unit.read.localweb import BIG, local_web

pytestmark = pytest.mark.unit

OPEN = FetchPolicy(allow_private=True, timeout_s=10)


@pytest.fixture(scope="module")
def web() -> Iterator[str]:
    with local_web() as url:
        yield url


def test_a_fetched_news_page_is_its_article_with_the_url_as_source(web: str) -> None:
    url = f"{web}/tin/national_outlet.html"
    doc = fetch_document(url, OPEN)
    assert doc.source == url and doc.format == "html"
    assert (doc.published, doc.published_from) == (newspages.PUBLISHED, "html-meta")
    plain = read_bytes(f" date {newspages.PUBLISHED}\n{newspages.PLAIN}".encode(), name="a.txt")
    assert (
        extract(doc.text, published=doc.published).to_gold() == extract(plain.text, published=plain.published).to_gold()
    )


def test_plain_text_and_an_explicit_date(web: str) -> None:
    doc = fetch_document(f"{web}/bai.txt", OPEN, published="2025-05-13")
    assert doc.format == "txt" and doc.text == newspages.PLAIN
    assert (doc.published, doc.published_from) == ("2025-05-13", "explicit")


def test_the_default_refuses_loopback_and_private_addresses_before_connecting(web: str) -> None:
    private = ("http://10.1.2.3/a.html", "http://169.254.169.254/latest", "http://[::1]/a",
               "http://[::ffff:127.0.0.1]/a", "http://192.168.1.1/", "http://100.64.0.1/")  # fmt: skip
    for url in (f"{web}/tin/national_outlet.html", *private):
        with pytest.raises(FetchRefused, match="DG_FETCH_ALLOW_PRIVATE"):
            fetch(url)
    assert Settings().fetch_allow_private is False


def test_every_address_of_a_host_is_checked() -> None:
    def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.5"]

    with pytest.raises(FetchRefused, match=r"10\.0\.0\.5"):
        fetch("http://mixed.example/a.html", resolve=resolve)
    assert public_address("93.184.216.34") and not public_address("fd00::1") and not public_address("224.0.0.1")


def test_a_redirect_to_a_private_address_is_checked_again(web: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test server's own address counts as public here, so only the redirect's target is private."""
    monkeypatch.setattr(fetch_module, "public_address", lambda address: address == "127.0.0.1")
    assert fetch(f"{web}/bai.txt").data  # the first hop is allowed
    for target in ("http://10.0.0.7/noi-bo.html", "http://192.168.0.1/", "http://[fe80::1]/"):
        with pytest.raises(FetchRefused, match="resolves to"):
            fetch(f"{web}/redirect?to={target}")


def test_redirects_are_followed_and_bounded(web: str) -> None:
    fetched = fetch(f"{web}/redirect?to=/bai.txt", OPEN)
    assert fetched.final_url == f"{web}/bai.txt" and fetched.url == f"{web}/redirect?to=/bai.txt"
    with pytest.raises(FetchRefused, match="more than 5 redirects"):
        fetch(f"{web}/loop", OPEN)
    with pytest.raises(FetchRefused, match="more than 0 redirects"):
        fetch(f"{web}/redirect?to=/bai.txt", FetchPolicy(allow_private=True, max_redirects=0))


def test_size_type_status_scheme_and_time_limits(web: str) -> None:
    small = FetchPolicy(allow_private=True, max_bytes=BIG // 2)
    for path in ("/big.html", "/big-undeclared.html"):
        with pytest.raises(FetchRefused, match="byte limit"):
            fetch(web + path, small)
    assert len(fetch(f"{web}/big.html", OPEN).data) > BIG
    with pytest.raises(FetchRefused, match="image/png"):
        fetch(f"{web}/anh.png", OPEN)
    with pytest.raises(ReadError, match="404"):
        fetch(f"{web}/khong-co.html", OPEN)
    for url in ("file:///etc/passwd", "ftp://example.vn/a.txt", "gopher://example.vn/"):
        with pytest.raises(FetchRefused, match="only http and https"):
            fetch(url, OPEN)
    with pytest.raises(ReadError, match=r"cannot fetch|more than"):
        fetch(f"{web}/slow.html", FetchPolicy(allow_private=True, timeout_s=0.5))


def test_the_connection_goes_to_the_checked_address_with_the_host_name(web: str) -> None:
    port = web.rsplit(":", 1)[1]
    seen: list[str] = []

    def resolve(host: str, p: int) -> list[str]:
        seen.append(host)
        return ["127.0.0.1"]

    fetched = fetch(f"http://tin.example:{port}/host", OPEN, resolve=resolve)
    assert fetched.data.decode() == f"tin.example:{port}" and seen == ["tin.example"]


def test_the_policy_follows_the_settings() -> None:
    settings = Settings(fetch_allow_private=True, fetch_timeout_s=3, fetch_max_redirects=2, max_file_bytes=1000)
    assert FetchPolicy.from_settings(settings) == FetchPolicy(
        max_bytes=1000, timeout_s=3, max_redirects=2, allow_private=True
    )


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command for a test certificate")
def test_https_to_the_checked_address_still_verifies_the_host_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection goes to the resolved address, and TLS still checks the certificate against the URL's host."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=tin.example", "-addext", "subjectAltName=DNS:tin.example"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    trusting = ssl.create_default_context(cafile=str(cert))
    plain_client = httpx.Client
    monkeypatch.setattr(httpx, "Client", lambda **options: plain_client(**{**options, "verify": trusting}))
    with local_web(tls=server_context) as web:
        port = web.rsplit(":", 1)[1]
        fetched = fetch(f"https://tin.example:{port}/host", OPEN, resolve=lambda host, p: ["127.0.0.1"])
        assert fetched.data.decode() == f"tin.example:{port}"
        with pytest.raises(ReadError, match="CERTIFICATE_VERIFY_FAILED"):
            fetch(f"https://khac.example:{port}/host", OPEN, resolve=lambda host, p: ["127.0.0.1"])


def test_a_pdf_served_as_html_is_read_as_a_pdf(web: str) -> None:
    doc = fetch_document(f"{web}/van-ban", OPEN)
    assert doc.format == "pdf" and "Sở Khoa học và Công nghệ" in doc.text


def test_an_international_host_name_travels_in_its_ascii_form(web: str) -> None:
    port = web.rsplit(":", 1)[1]
    seen: list[str] = []

    def resolve(host: str, p: int) -> list[str]:
        seen.append(host)
        return ["127.0.0.1"]

    fetched = fetch(f"http://báo-hà-tĩnh.vn:{port}/host", OPEN, resolve=resolve)
    assert seen == ["xn--bo-h-tnh-2yag21f.vn"] and fetched.data.decode() == f"xn--bo-h-tnh-2yag21f.vn:{port}"
    with pytest.raises(FetchRefused, match="not a valid URL"):
        fetch("http://[::1/a", OPEN)


def test_an_ipv6_literal_travels_bracketed(web: str) -> None:
    port = web.rsplit(":", 1)[1]
    fetched = fetch(f"http://[::ffff:7f00:1]:{port}/host", OPEN, resolve=lambda host, p: ["127.0.0.1"])
    assert fetched.data.decode() == f"[::ffff:7f00:1]:{port}"


def test_whatever_the_resolver_or_server_does_is_a_read_error(web: str) -> None:
    with pytest.raises(ReadError, match="cannot fetch"):
        fetch(f"{web}/bai.txt", OPEN, resolve=lambda host, p: ["fe80::1%no-such-interface"])
    with pytest.raises(ReadError, match="answered 302"):
        fetch(f"{web}/redirect-nowhere", OPEN)

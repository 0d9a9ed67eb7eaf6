"""Fetch a document by URL (``dg load URL``, ``POST /documents/fetch``), then read it like a file.

What a fetch may do is bounded, because the URL comes from outside:

* **schemes**: http and https only;
* **addresses**: the host is resolved and *every* address it resolves to must be public (no loopback,
  private, link-local, carrier-grade NAT, multicast or reserved address; an IPv4 address mapped into
  IPv6 counts as the IPv4 one), unless :attr:`FetchPolicy.allow_private` (``DG_FETCH_ALLOW_PRIVATE``).
  The connection goes to the address that was checked (the host name travels in the ``Host`` header
  and TLS SNI), so a name that resolves differently a second time cannot slip past the check;
* **redirects**: followed by hand, at most :attr:`FetchPolicy.max_redirects`, each new location
  checked again as above;
* **time**: ``timeout_s`` for connecting and for each read, and for the whole fetch, redirects included;
* **size**: at most ``max_bytes`` (``DG_MAX_FILE_BYTES``), counted as the body arrives;
* **content types**: HTML, PDF, DOCX and plain text (``application/octet-stream`` only for a URL whose
  path ends in a suffix a reader takes).

A refused or failed fetch raises :class:`kernel.errors.ReadError` naming the URL and the reason (a
batch goes on; the API answers 422). The document's ``source`` is the URL as it was asked for, so
fetching it again later replaces the earlier version.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import httpx

from kernel.errors import ReadError
from kernel.settings import Settings
from loaders.read import DEFAULT_MAX_BYTES, SUFFIXES, SourceDocument, read_bytes

#: media type -> the suffix that makes :func:`read_bytes` pick its reader
CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
_REDIRECTS = {301, 302, 303, 307, 308}
_STEM = re.compile(r"[^\w.-]+")
USER_AGENT = "directive-graph (document ingest)"

#: host, port -> the addresses it resolves to (replaced in tests)
Resolver = Callable[[str, int], list[str]]


class FetchRefused(ReadError):
    """A URL the fetch policy does not allow (scheme, address, redirects, size, content type)."""

    code = "fetch_refused"


@dataclass(frozen=True)
class FetchPolicy:
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout_s: float = 20.0
    max_redirects: int = 5
    allow_private: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        return cls(
            max_bytes=settings.max_file_bytes,
            timeout_s=settings.fetch_timeout_s,
            max_redirects=settings.fetch_max_redirects,
            allow_private=settings.fetch_allow_private,
        )


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    data: bytes
    media_type: str
    name: str  # a file name whose suffix names the format, for read_bytes


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def public_address(address: str) -> bool:
    """A globally routable unicast address ("93.184.216.34"), not 127.0.0.1, 10.x, 169.254.x, fd00::, ::1 ..."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _checked_addresses(url: str, policy: FetchPolicy, resolve: Resolver) -> tuple[str, str, int, list[str]]:
    """(scheme, host as ASCII, port, addresses) of ``url``, refused unless every address is allowed."""
    try:
        parsed = httpx.URL(url)
        host = parsed.raw_host.decode("ascii")  # an IDN host in its xn-- form, as DNS, Host and SNI want it
    except (httpx.InvalidURL, UnicodeError) as exc:
        raise FetchRefused(f"{url}: not a valid URL ({exc})", path=url) from None
    scheme = parsed.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchRefused(f"{url}: only http and https URLs are fetched", path=url)
    if not host:
        raise FetchRefused(f"{url}: the URL has no host", path=url)
    port = parsed.port or (443 if scheme == "https" else 80)
    try:
        addresses = resolve(host, port)
    except (OSError, UnicodeError) as exc:
        raise ReadError(f"{url}: cannot resolve {host} ({exc})", path=url) from exc
    if not addresses:
        raise ReadError(f"{url}: {host} resolves to no address", path=url)
    if not policy.allow_private:
        for address in addresses:
            if not public_address(address):
                raise FetchRefused(
                    f"{url}: {host} resolves to {address}, a loopback, private, link-local or reserved address; "
                    "refused (DG_FETCH_ALLOW_PRIVATE allows it)",
                    path=url,
                )
    return scheme, host, port, addresses


def _name(url: str, media_type: str) -> str:
    """A file name for the reader: the URL's last path segment (or its host) and the media type's suffix."""
    parts = urlsplit(url)
    stem = PurePosixPath(unquote(parts.path)).stem or parts.hostname or "page"
    stem = _STEM.sub("-", stem).strip("-.")[:80] or "page"
    return stem + CONTENT_TYPES.get(media_type, PurePosixPath(parts.path).suffix.lower())


def _by_content(data: bytes, media: str) -> str:
    """The media type the bytes themselves show when it differs from the declared one (a PDF served as
    text/html or octet-stream reads as a PDF)."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return media


def _media_type(url: str, response: httpx.Response) -> str:
    media: str = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media in CONTENT_TYPES:
        return media
    suffix = PurePosixPath(unquote(urlsplit(url).path)).suffix.lower()
    if media in ("application/octet-stream", "binary/octet-stream") and suffix in SUFFIXES:
        return media
    shown = media or "none"
    raise FetchRefused(
        f"{url}: content type {shown} is not one the readers take (HTML, PDF, DOCX, plain text)", path=url
    )


def fetch(url: str, policy: FetchPolicy = FetchPolicy(), *, resolve: Resolver | None = None) -> Fetched:
    """The body of ``url`` within ``policy`` (see the module docstring); ``resolve`` names a host's
    addresses (default :func:`system_resolver`). Raises only ReadError."""
    try:
        return _fetch(url, policy, resolve or system_resolver)
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:  # whatever the URL or server did
        raise ReadError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})", path=url) from exc


def _fetch(url: str, policy: FetchPolicy, resolve: Resolver) -> Fetched:
    deadline = time.monotonic() + policy.timeout_s
    current = url
    with httpx.Client(follow_redirects=False, trust_env=False, verify=True) as client:
        for _hop in range(policy.max_redirects + 1):
            left = deadline - time.monotonic()
            if left <= 0:
                raise ReadError(f"{url}: the fetch took more than {policy.timeout_s:g} s", path=url)
            scheme, host, port, addresses = _checked_addresses(current, policy, resolve)
            pinned = httpx.URL(current).copy_with(host=addresses[0])  # connect to the address that was checked
            default_port = port == (443 if scheme == "https" else 80)
            named = f"[{host}]" if ":" in host else host  # an IPv6 literal is bracketed in Host
            headers = {
                "Host": named if default_port else f"{named}:{port}",
                "User-Agent": USER_AGENT,
                "Accept": ", ".join(CONTENT_TYPES) + ", */*;q=0.1",
                "Accept-Encoding": "identity",
            }
            request = client.build_request(
                "GET", pinned, headers=headers, timeout=httpx.Timeout(left), extensions={"sni_hostname": host}
            )
            try:
                response = client.send(request, stream=True)
            except httpx.HTTPError as exc:
                raise ReadError(f"{url}: cannot fetch {current} ({type(exc).__name__}: {exc})", path=url) from exc
            try:
                if response.status_code in _REDIRECTS and response.headers.get("location"):
                    current = urljoin(current, response.headers["location"])
                    continue
                if not 200 <= response.status_code < 300:
                    raise ReadError(f"{url}: the server answered {response.status_code}", path=url)
                media = _media_type(current, response)
                data = _body(url, response, policy, deadline)
            finally:
                response.close()
            return Fetched(url, current, data, media, _name(current, _by_content(data, media)))
    raise FetchRefused(f"{url}: more than {policy.max_redirects} redirects", path=url)


def _body(url: str, response: httpx.Response, policy: FetchPolicy, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchRefused(
            f"{url}: {int(declared):,} bytes is over the {policy.max_bytes:,}-byte limit (DG_MAX_FILE_BYTES)", path=url
        )
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > policy.max_bytes:
                raise FetchRefused(
                    f"{url}: the body is over the {policy.max_bytes:,}-byte limit (DG_MAX_FILE_BYTES)", path=url
                )
            if time.monotonic() > deadline:
                raise ReadError(f"{url}: the fetch took more than {policy.timeout_s:g} s", path=url)
            chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise ReadError(f"{url}: the fetch broke off ({type(exc).__name__}: {exc})", path=url) from exc
    return b"".join(chunks)


def fetch_document(
    url: str, policy: FetchPolicy = FetchPolicy(), *, published: str | None = None, resolve: Resolver | None = None
) -> SourceDocument:
    """Fetch ``url`` and read it; the document's source is ``url``. Raises only ReadError."""
    fetched = fetch(url, policy, resolve=resolve)
    try:
        return read_bytes(fetched.data, name=fetched.name, source=url, max_bytes=policy.max_bytes, published=published)
    except ReadError as exc:
        reason = exc.message.removeprefix(f"{fetched.name}: ")
        raise ReadError(f"{url}: {reason}", path=url) from exc

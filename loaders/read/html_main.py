"""The article of a news page: its headline, lead and body, without the page around it.

trafilatura finds the main text (menus, breadcrumbs, related-article lists, comment boxes, share
buttons and footers go) and the page's title. The publication date is the page's metadata only
(:func:`published_date`: JSON-LD ``datePublished``, ``itemprop="datePublished"``,
``article:published_time``), never a date found in the page's text: the dates of a "Tin liên quan"
list are other articles'. What is ours is what Vietnamese news pages do around that main text:

* **tables** are read as blocks: old portals lay whole pages out in tables, and an official text's
  header ("Số: 140/KH-UBND", its dateline) and signature are tables whose cells are its own lines;
* the **lead** (sapo) is often printed between the headline and the body, outside the element the
  body is in (``<p class="description">``, ``<div class="news-sapo">``): the prose blocks between
  the headline and the first paragraph of the body are put back;
* **photo captions** end with the photographer's credit ("... phát biểu tại hội nghị. Ảnh: Minh
  Châu"); caption markup (``figcaption``, a ``caption`` class) goes before extraction, a paragraph
  with a credit after;
* a line of **page furniture** before the body ("Ngày đăng: 12/05/2025 | Lượt xem: 1.204") goes;
  a line that is the text's own dateline ("Hà Tĩnh, ngày 12 tháng 5 năm 2025") stays;
* the **byline** ("Minh Châu", "Ban Tuyên giáo Tỉnh ủy") printed after the last sentence goes; a
  signer's name after "CHỦ TỊCH" (no sentence before it) stays.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import trafilatura
from selectolax.lexbor import LexborHTMLParser
from trafilatura.settings import use_config

# Markup that is a caption whatever the site: removed before the extractor reads the page.
_CAPTION_XPATH = [
    "//figcaption",
    "//*[contains(concat(' ', translate(normalize-space(@class), 'CAPTION', 'caption'), ' '), 'caption')]",
    "//p[@class='Image']",  # a caption paragraph inside a layout table
]
# A photo credit ends a caption: "... tại hội nghị. Ảnh: Minh Châu", "... (Ảnh: TTXVN)", "Ảnh minh họa"; after a
# sentence's end or a parenthesis, capitalized, so that "... trưng bày các hình ảnh: lễ hội" is no caption.
_CREDIT = re.compile(r"(?:^|[.!?…]\s+|\()(?:Ảnh|ẢNH)(?:\s*:\s*[^.:;]{1,50}|\s+minh\s+họa)\)?\.?$")
# Page furniture: a posting line ("Ngày đăng: 12/05/2025 | Lượt xem: 1.204", "Cập nhật lúc 17:20",
# "Thứ hai, 12/5/2025, 18:05 (GMT+7)"): the word, then its number; read only before the body, in a line under
# 120 characters ("Cập nhật quy hoạch tỉnh", a text's own heading, is no furniture).
_FURNITURE = re.compile(
    r"(?:ngày đăng|đăng lúc|đăng ngày|cập nhật(?: lúc| ngày)?|lượt xem|lượt đọc|lượt truy cập)\s*:?\s*\d"
    r"|gmt\s*[+-]\s*\d",
    re.IGNORECASE,
)
# A paragraph that ends a sentence (a lead does; a date line, a button or a byline does not).
_SENTENCE_END = re.compile(r"[.!?…:;]['\"”’)]*$")
_LAST_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]*$")  # what ends an article's last sentence
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "section", "article"}
_BYLINE_WORDS = 6
# The extractor's time grows faster than the page (measured: 1 MB 0.3 s, 8 MB 10 s with its fallbacks,
# 4.6 s without). A news page is well under 1 MB: above that the extractor runs without its fallback
# algorithms, and above MAX_ARTICLE_CHARS a page is no article page: the caller reads it whole.
FAST_ABOVE_CHARS = 1_000_000
MAX_ARTICLE_CHARS = 4_000_000

# Tables become plain blocks before extraction: old portals lay whole pages out in tables (a table would
# be taken as data, or dropped with the article in it), and an official text's header and signature are
# tables whose cells are the text's own lines ("Số: 140/KH-UBND", its dateline, its signer).
_TABLE_TAG = re.compile(r"<(/?)(?:table|thead|tbody|tfoot|tr|td|th)\b", re.IGNORECASE)

_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal handlers: the reader runs in worker threads


@dataclass(frozen=True)
class Article:
    text: str  # headline, lead and body, paragraphs separated by a blank line
    title: str | None
    published: str | None  # YYYY-MM-DD from the page's metadata (published_date), None without one


def _norm(text: str) -> str:
    return " ".join(text.split())


def _prose(text: str) -> bool:
    return len(text.split()) >= 8 and bool(_SENTENCE_END.search(text))


def article(html: str) -> Article | None:
    """The article of a page, or None when the extractor finds no main text or the page is over
    :data:`MAX_ARTICLE_CHARS` (the caller falls back)."""
    if len(html) > MAX_ARTICLE_CHARS:
        return None
    found: Any = trafilatura.bare_extraction(
        _TABLE_TAG.sub(r"<\1div", html),
        fast=len(html) > FAST_ABOVE_CHARS,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        prune_xpath=_CAPTION_XPATH,
        date_extraction_params={"extensive_search": False},  # its date is not used (published_date): cheap
        config=_CONFIG,
    )
    if found is None or not (found.text or "").strip():
        return None
    date = published_date(html)
    title = _norm(found.title) if found.title else None
    paragraphs = [p for p in (_norm(line) for line in found.text.splitlines()) if p and not _CREDIT.search(p)]
    first = next((i for i, p in enumerate(paragraphs) if _prose(p)), None)
    if first is None:
        return Article("\n\n".join(paragraphs), title, date)
    body = paragraphs[first:]
    headline, lead = _lead(html, title, body[0])
    headline = headline or title
    head = [p for p in paragraphs[:first] if p not in (title, headline) and not (len(p) < 120 and _FURNITURE.search(p))]
    lead = [p for p in lead if p not in body]
    if len(body) >= 2 and _byline(body[-1]) and _LAST_SENTENCE_END.search(body[-2]):
        body = body[:-1]
    parts = ([headline] if headline else []) + head + lead + body
    return Article("\n\n".join(parts), title, date)


def _byline(text: str) -> bool:
    """A last line of a few words, no digit, no punctuation, no list mark: the author's or the desk's name
    (after a sentence that ends the article; "- Huyện Kỳ Anh" after "... gồm:" is the list's last item)."""
    return len(text.split()) <= _BYLINE_WORDS and not re.search(r"[\d.,;:!?…()\"“”]|^[-–—+•*]", text)


def _lead(html: str, title: str | None, first_body: str) -> tuple[str | None, list[str]]:
    """(the headline as printed, the prose blocks printed between it and the first paragraph of the body).
    The headline is the block that reads as the title, else the page's first ``h1``."""
    blocks = _leaf_blocks(html)
    start = next((i for i, (_, text) in enumerate(blocks) if text == title), None)
    if start is None:
        start = next((i for i, (tag, _) in enumerate(blocks) if tag == "h1"), None)
    if start is None:
        return None, []
    probe = first_body[:80]  # a <br> may have cut the extractor's paragraph shorter than the block
    end = next((i for i in range(start + 1, len(blocks)) if probe in blocks[i][1]), None)
    if end is None:
        return None, []
    lead = [text for _, text in blocks[start + 1 : end] if _prose(text) and not _CREDIT.search(text)]
    return blocks[start][1], lead


def _leaf_blocks(html: str) -> list[tuple[str, str]]:
    """(tag, text) of each block element with no block inside it, in document order."""
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, noscript, template, svg"):
        node.decompose()
    root = tree.body
    if root is None:
        return []
    blocks = [node for node in root.traverse(include_text=False) if node.tag in _BLOCKS]
    inner: set[int] = set()  # blocks that hold another block: not leaves
    for node in blocks:
        parent = node.parent
        while parent is not None and parent.tag not in _BLOCKS and parent.tag != "body":
            parent = parent.parent
        if parent is not None and parent.tag in _BLOCKS:
            inner.add(parent.mem_id)
    texts = (
        (node.tag or "", _norm(node.text(separator="", strip=False))) for node in blocks if node.mem_id not in inner
    )
    return [(tag, text) for tag, text in texts if text]


# <meta> names of a publication date, strongest first.
_META_DATES = ("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date",
               "dc.date.issued", "dcterms.issued")  # fmt: skip


def published_date(html: str) -> str | None:
    """The page's publication date as its metadata gives it, as ``YYYY-MM-DD``: JSON-LD ``datePublished``
    (an article's first), then ``itemprop="datePublished"`` (``content``, ``datetime`` or its text), then a
    ``<meta>`` of :data:`_META_DATES`; the first that reads as a date (ISO, or day/month/year) wins."""
    tree = LexborHTMLParser(html)
    candidates: list[str | None] = [value for _, value in sorted(_json_ld_dates(tree), key=lambda pair: not pair[0])]
    for item in tree.css('[itemprop="datePublished"]'):
        candidates.append(item.attributes.get("content") or item.attributes.get("datetime") or item.text(strip=True))
    for key in _META_DATES:
        for attr in ("property", "name"):
            meta = tree.css_first(f'meta[{attr}="{key}"]')
            if meta is not None:
                candidates.append(meta.attributes.get("content"))
    for value in candidates:
        iso = _as_iso(value or "")
        if iso:
            return iso
    return None


# "2025-05-12T17:20:00+07:00" (the date as written: the page's own time zone), or "12/05/2025 19:00".
_ISO = re.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})\b")


def _as_iso(value: str) -> str | None:
    iso = _ISO.search(value)
    dmy = None if iso else _DMY.search(value)
    if iso:
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    elif dmy:
        day, month, year = int(dmy.group(1)), int(dmy.group(2)), int(dmy.group(3))
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _json_ld_dates(tree: Any) -> Iterator[tuple[bool, str]]:
    """(is an article, datePublished) of every JSON-LD item that has one; a malformed block is passed over."""
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text(strip=True) or "null")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str) and value.strip():
                    kind = item.get("@type")
                    kinds = kind if isinstance(kind, list) else [kind]
                    yield any(isinstance(k, str) and ("Article" in k or "Posting" in k) for k in kinds), value.strip()
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))

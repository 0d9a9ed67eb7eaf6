"""News pages: the HTML reader keeps the article (headline, lead, body) and the date of the page's metadata,
and the graph from each page equals the graph from the article's plain text (tests/unit/read/newspages.py)."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract import extract
from loaders.read import SourceDocument, html_main, read_bytes
from loaders.read.html_main import published_date
from tests.unit.read import newspages

pytestmark = pytest.mark.unit

# What the page around the article names: none of it may reach the text.
NOISE = (
    "Hoàng Đức Thịnh",  # a photo caption
    "31-CT/TU",  # "Tin liên quan", "Các tin khác"
    "Nguyễn Văn Tuấn",  # a reader's comment
    "88-KH/UBND",
    "GP-",  # the footer's licence
    "Đặng Văn Hùng",
    "Lượt xem",
    "Chia sẻ",
    "Trang chủ",
    "13/2023/NĐ-CP",  # "Văn bản liên quan"
    "47/CĐ-TTg",  # "Xem nhiều"
)


def graph(doc: SourceDocument) -> dict[str, Any]:
    return extract(doc.text, published=doc.published, doc="article").to_gold()


def plain() -> SourceDocument:
    return read_bytes(f" date {newspages.PUBLISHED}\n{newspages.PLAIN}".encode(), name="article.txt")


def test_the_plain_article_has_a_graph_worth_comparing() -> None:
    found = graph(plain())
    assert {r["key"] for r in found["resolutions"]} >= {"57-NQ/TW", "215-KH/TU", "204-QĐ/TW"}
    assert {o["name"] for o in found["officials"]} >= {"Trần Minh Khoa", "Lê Thị Thu Hằng", "Phạm Quốc Bảo"}
    assert found["relations"] and found["meetings"]


@pytest.mark.parametrize("site", sorted(newspages.PAGES))
def test_a_news_page_gives_the_graph_of_its_plain_text(site: str) -> None:
    doc = read_bytes(newspages.PAGES[site]().encode(), name=f"{site}.html", source=f"https://example.vn/{site}")
    assert (doc.published, doc.published_from) == (newspages.PUBLISHED, "html-meta")
    assert doc.title == newspages.TITLE
    for noise in NOISE:
        assert noise not in doc.text, f"{site}: {noise!r} from around the article was kept"
    assert graph(doc) == graph(plain())


def test_an_official_text_printed_as_a_page_keeps_its_number_dateline_and_signer() -> None:
    """Portals print an official text with its header and its signature in tables: their cells are the text's."""
    header = (
        "<table><tr><td><p>ỦY BAN NHÂN DÂN<br>TỈNH HÀ TĨNH</p><p>Số: 140/KH-UBND</p></td>"
        "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</p>"
        "<p><i>Hà Tĩnh, ngày 20 tháng 5 năm 2025</i></p></td></tr></table>"
    )
    signature = (
        "<table><tr><td><p><b>Nơi nhận:</b><br>- Như trên;<br>- Lưu: VT.</p></td>"
        "<td><p><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p><p><b>Phạm Quốc Bảo</b></p></td></tr></table>"
    )
    body = "".join(f"<p>{line}</p>" for line in newspages.BODY)
    html = (
        '<html><head><title>Kế hoạch số 140/KH-UBND</title><meta property="article:published_time" '
        f'content="2025-05-22T08:00:00+07:00"></head><body><nav><a>Trang chủ</a><a>Văn bản</a></nav>'
        f'<div class="content"><h1>Kế hoạch số 140/KH-UBND</h1>{header}<p><b>KẾ HOẠCH</b></p>{body}{signature}</div>'
        "<footer>Cổng thông tin điện tử tỉnh</footer></body></html>"
    )
    doc = read_bytes(html.encode(), name="kh.html")
    for line in ("Số: 140/KH-UBND", "Hà Tĩnh, ngày 20 tháng 5 năm 2025", "CHỦ TỊCH", "Phạm Quốc Bảo", *newspages.BODY):
        assert line in doc.text
    assert "Trang chủ" not in doc.text and "Cổng thông tin" not in doc.text
    assert (doc.published, doc.published_from) == ("2025-05-20", "dateline")


def test_a_page_without_metadata_takes_no_date_from_its_related_list() -> None:
    html = newspages.provincial_newspaper()
    start = html.index('<script type="application/ld+json">')
    html = html[:start] + html[html.index("</head>") :]  # the JSON-LD gone, the "Tin liên quan" dates stay
    doc = read_bytes(html.encode(), name="nodate.html")
    assert doc.published is None
    assert graph(doc)["resolutions"] == graph(plain())["resolutions"]


def test_metadata_dates_in_the_shapes_sites_write_them() -> None:
    def page(head: str, body: str = "") -> str:
        return f"<html><head>{head}</head><body>{body}</body></html>"

    graph_ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebPage", "datePublished": "2024-01-01"},'
        '{"@type": "NewsArticle", "datePublished": "2025-05-12T06:30:00+07:00"}]}</script>'
    )
    assert published_date(page(graph_ld)) == "2025-05-12"  # the article's, not the web page's
    assert published_date(page("", '<span itemprop="datePublished">12/05/2025 19:00</span>')) == "2025-05-12"
    broken = '<script type="application/ld+json">{"datePublished": </script>'
    assert published_date(page(broken + '<meta name="pubdate" content="2025-05-12">')) == "2025-05-12"
    assert published_date(page('<meta property="article:published_time" content="2025-13-45">')) is None
    assert published_date(page("", '<p class="date">12/05/2025</p>')) is None  # text is not metadata


def test_the_lead_is_found_under_a_headline_that_differs_from_the_meta_title() -> None:
    html = newspages.national_outlet().replace(
        f'<meta property="og:title" content="{newspages.TITLE}">', '<meta property="og:title" content="Tin ngắn">'
    )
    doc = read_bytes(html.encode(), name="a.html")
    assert doc.text == newspages.PLAIN  # the headline as printed, the lead under it, the body
    assert doc.title == "Tin ngắn"


def test_a_page_too_large_for_an_article_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_main, "MAX_ARTICLE_CHARS", 1000)
    doc = read_bytes(newspages.government_portal().encode(), name="big.html")
    assert all(paragraph in doc.text for paragraph in newspages.BODY)


@pytest.mark.parametrize(
    ("paragraph", "caption"),
    [
        ("Đồng chí Bí thư Tỉnh ủy phát biểu tại phiên họp. Ảnh: Minh Châu", True),
        ("Quang cảnh phiên họp (Ảnh: Thu Hà)", True),
        ("Ảnh minh họa", True),
        ("Nhà văn hóa xã trưng bày các hình ảnh: lễ hội truyền thống của địa phương.", False),
        ("Triển lãm giới thiệu hơn 200 bức ảnh: tư liệu quý về quê hương", False),
    ],
)
def test_a_caption_is_known_by_its_photo_credit(paragraph: str, caption: bool) -> None:
    assert bool(html_main._CREDIT.search(paragraph)) is caption


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Ngày đăng: 12/05/2025 | Lượt xem: 1.204", True),
        ("Cập nhật lúc 17:20, 12/05/2025", True),
        ("Thứ hai, 12/5/2025, 18:05 (GMT+7)", True),
        ("Cập nhật quy hoạch tỉnh Hà Tĩnh thời kỳ 2021 - 2030", False),
        ("Số: 140/KH-UBND", False),
    ],
)
def test_page_furniture_is_a_posting_word_and_its_number(line: str, furniture: bool) -> None:
    assert bool(html_main._FURNITURE.search(line)) is furniture


def test_the_byline_goes_and_a_last_list_item_stays() -> None:
    def page(last: list[str]) -> str:
        paragraphs = "".join(f"<p>{p}</p>" for p in (*newspages.BODY, *last))
        return f"<html><head><title>{newspages.TITLE}</title></head><body><article>{paragraphs}</article></body></html>"

    assert read_bytes(page(["Minh Châu"]).encode(), name="a.html").text.endswith(newspages.BODY[-1])
    items = ["Các địa phương làm điểm gồm:", "- Huyện Kỳ Anh"]
    assert read_bytes(page(items).encode(), name="a.html").text.endswith("- Huyện Kỳ Anh")

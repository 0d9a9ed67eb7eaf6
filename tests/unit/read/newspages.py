"""One article of our own, and four web pages that carry it the way Vietnamese news sites do.

The article is written for these tests (no sentence comes from a real page). Each page imitates the
structure of one kind of site: a provincial Party portal (table layout, left menu, "Các tin khác"),
a provincial newspaper (JSON-LD, an inline "Tin liên quan" box, photo captions, comments), a
national outlet (schema.org microdata, captions in a table, "Xem nhiều", a comment box) and a
government portal (a <time itemprop>, print and e-mail buttons, a related-documents list).

Everything around the article is written to be *extractable*: the menus, related lists, captions,
comments and footers name officials, documents and places of their own, so a reader that keeps any
of it changes the graph.
"""

from __future__ import annotations

from html import escape

TITLE = "Ban Thường vụ Tỉnh ủy Hà Tĩnh cho ý kiến vào dự thảo Kế hoạch thực hiện Nghị quyết số 57-NQ/TW"
PUBLISHED = "2025-05-12"
LEAD = (
    "Chiều 12/5, Ban Thường vụ Tỉnh ủy Hà Tĩnh họp cho ý kiến vào dự thảo Kế hoạch thực hiện Nghị quyết "
    "số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới "
    "sáng tạo và chuyển đổi số quốc gia. Đồng chí Trần Minh Khoa, Bí thư Tỉnh ủy chủ trì phiên họp."
)
BODY = (
    "Dự phiên họp có đồng chí Lê Thị Thu Hằng, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Phạm Quốc Bảo, "
    "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.",
    "Theo báo cáo của Sở Khoa học và Công nghệ, sau ba tháng thực hiện Kế hoạch số 215-KH/TU ngày "
    "10/3/2025 của Ban Thường vụ Tỉnh ủy, các huyện Kỳ Anh, Hương Sơn đã đưa vào vận hành hệ thống "
    "một cửa điện tử đến cấp xã; xã Sơn Kim 1 là đơn vị đầu tiên hoàn thành số hóa hồ sơ đất đai.",
    "Thảo luận tại phiên họp, các đại biểu đề nghị làm rõ nguồn lực, lộ trình và trách nhiệm của từng "
    "cơ quan, bám sát Quyết định số 204-QĐ/TW ngày 29/11/2024 của Ban Bí thư phê duyệt Đề án chuyển "
    "đổi số trong các cơ quan đảng.",
    "Kết luận phiên họp, đồng chí Trần Minh Khoa, Bí thư Tỉnh ủy đề nghị Ban cán sự đảng UBND tỉnh "
    "tiếp thu ý kiến, hoàn thiện dự thảo, trình ban hành trong tháng 5; giao Sở Khoa học và Công nghệ "
    "chủ trì xây dựng Đề án phát triển hạ tầng số tỉnh Hà Tĩnh giai đoạn 2025 - 2030.",
)

#: the article as plain text: title, lead, body (what the graph from every page must equal)
PLAIN = "\n\n".join((TITLE, LEAD, *BODY))

# The noise: each piece would add an official, a document or a place if it were kept.
_CAPTION = "Đồng chí Hoàng Đức Thịnh, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu tại phiên họp. Ảnh: Minh Châu"
_RELATED = (
    ("Tỉnh ủy ban hành Chỉ thị số 31-CT/TU về phòng, chống thiên tai năm 2025", "11/05/2025"),
    ("Đồng chí Võ Văn Lâm, Phó Chủ tịch UBND tỉnh kiểm tra Dự án đường ven biển Xuân Hội", "10/05/2025"),
    ("Sơ kết Nghị quyết số 09-NQ/TU ngày 14/7/2021 của Ban Chấp hành Đảng bộ tỉnh", "08/05/2025"),
)
_COMMENT = (
    "Nguyễn Văn Tuấn (Cẩm Xuyên)",
    "Mong tỉnh sớm thực hiện Kế hoạch số 88-KH/UBND ngày 02/4/2025 của UBND tỉnh ở huyện Cẩm Xuyên.",
)
_MENU = ("Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản - Nghị quyết", "Xây dựng Đảng", "Liên hệ")


def _paragraphs(tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{escape(p)}</{tag}>" for p in BODY)


def _menu_items() -> str:
    return "".join(f'<li><a href="/{i}">{escape(m)}</a></li>' for i, m in enumerate(_MENU))


def _related_items() -> str:
    return "".join(f'<li><a href="/tin/{i}">{escape(t)}</a> <span class="date">{d}</span></li>' for i, (t, d) in
                   enumerate(_RELATED))  # fmt: skip


def party_portal() -> str:
    """A provincial Party portal: a table layout from an old CMS, a left menu, the date as a line of text,
    'Các tin khác' under the article, a footer naming the portal's licence."""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{escape(TITLE)} - Cổng thông tin điện tử Đảng bộ tỉnh Hà Tĩnh</title>
<meta property="og:title" content="{escape(TITLE)}">
<meta property="article:published_time" content="{PUBLISHED}T16:45:00+07:00">
<link rel="stylesheet" href="/style.css"></head>
<body>
<table width="100%" class="layout"><tr><td colspan="2" class="banner">
  <div class="logo">ĐẢNG BỘ TỈNH HÀ TĨNH - Cổng thông tin điện tử</div>
  <ul class="topmenu">{_menu_items()}</ul>
  <div class="search"><input type="text" placeholder="Tìm kiếm"></div>
</td></tr>
<tr><td class="left" width="22%">
  <div class="box"><div class="box-title">Chuyên mục</div>
  <ul><li>Tin hoạt động của Tỉnh ủy</li><li>Đồng chí Bí thư Tỉnh ủy Nguyễn Hữu Đạt tiếp dân</li>
  <li>Tư liệu văn kiện</li></ul></div>
  <div class="box"><div class="box-title">Liên kết website</div><select><option>Báo Hà Tĩnh</option></select></div>
</td><td class="main">
  <div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a></div>
  <div class="ms-rtestate-field">
    <h1 class="title">{escape(TITLE)}</h1>
    <div class="date">Ngày đăng: 12/05/2025 | Lượt xem: 1.204</div>
    <p><strong>{escape(LEAD)}</strong></p>
    <table class="img" align="center"><tr><td><img src="/anh/hop.jpg" alt=""></td></tr>
      <tr><td class="caption"><em>{escape(_CAPTION)}</em></td></tr></table>
    {_paragraphs()}
    <p style="text-align:right"><strong>Ban Tuyên giáo Tỉnh ủy</strong></p>
  </div>
  <div class="tools"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>
  <div class="other-news"><div class="box-title">Các tin khác</div><ul>{_related_items()}</ul></div>
</td></tr>
<tr><td colspan="2" class="footer">
  <p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Hà Tĩnh. Chịu trách nhiệm: đồng chí Đặng Văn Hùng,
  Chánh Văn phòng Tỉnh ủy. Giấy phép số 45/GP-TTĐT ngày 20/6/2019 của Sở Thông tin và Truyền thông.</p>
</td></tr></table>
<script>var views = 1204; document.write('');</script>
</body></html>"""


def provincial_newspaper() -> str:
    """A provincial newspaper: JSON-LD NewsArticle, a sapo, a 'Tin liên quan' box inside the body, figures
    with captions, tags, share buttons, a comment form with readers' comments, 'Tin cùng chuyên mục'."""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(TITLE)} | Báo Hà Tĩnh điện tử</title>
<meta name="description" content="{escape(LEAD[:150])}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "{TITLE}", "datePublished": "{PUBLISHED}T17:20:00+07:00", "dateModified": "2025-05-14T08:00:00+07:00",
 "author": {{"@type": "Person", "name": "Minh Châu"}},
 "publisher": {{"@type": "Organization", "name": "Báo Hà Tĩnh"}}}}</script>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "BreadcrumbList",
 "itemListElement": [{{"@type": "ListItem", "position": 1, "name": "Chính trị"}}]}}</script>
</head>
<body>
<header class="site-header"><div class="logo">BÁO HÀ TĨNH</div>
  <nav class="main-nav"><ul>{_menu_items()}<li><a href="/xa-hoi">Xã hội</a></li></ul></nav>
  <div class="hot-topics">Nóng: <a href="#">Sáp nhập tỉnh</a> <a href="#">Nghị quyết 57</a></div>
</header>
<div class="container">
 <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li></ol>
 <main class="col-main">
  <article class="detail">
   <h1 class="detail-title">{escape(TITLE)}</h1>
   <div class="detail-meta"><span class="author">Minh Châu</span> <span class="time">17:20 | 12/05/2025</span></div>
   <div class="share-top"><a class="fb">Chia sẻ</a><a class="zalo">Zalo</a><a class="print">In bài</a></div>
   <h2 class="sapo">{escape(LEAD)}</h2>
   <div class="detail-content">
    <p>{escape(BODY[0])}</p>
    <figure class="image"><img src="/u/hop.jpg" alt="Phiên họp"><figcaption>{escape(_CAPTION)}</figcaption></figure>
    <p>{escape(BODY[1])}</p>
    <div class="box-related-inline"><div class="title">Tin liên quan</div><ul>{_related_items()}</ul></div>
    <p>{escape(BODY[2])}</p>
    <p>{escape(BODY[3])}</p>
    <p class="author-bottom">Minh Châu</p>
   </div>
   <div class="tags">Từ khóa: <a href="#">Tỉnh ủy Hà Tĩnh</a> <a href="#">chuyển đổi số</a></div>
   <div class="share-bottom"><span>Chia sẻ bài viết:</span><a>Facebook</a><a>Twitter</a><a>Sao chép liên kết</a></div>
  </article>
  <section class="comments" id="comments">
   <h3>Ý kiến bạn đọc (1)</h3>
   <form class="comment-form"><textarea placeholder="Ý kiến của bạn"></textarea><input placeholder="Họ tên">
    <button>Gửi bình luận</button></form>
   <div class="comment"><div class="name">{escape(_COMMENT[0])}</div><p>{escape(_COMMENT[1])}</p>
    <a class="reply">Trả lời</a> <a class="like">Thích</a></div>
  </section>
  <section class="same-category"><h3>Tin cùng chuyên mục</h3><ul>{_related_items()}</ul></section>
 </main>
 <aside class="col-right"><h3>Đọc nhiều</h3><ol><li>Phó Chủ tịch UBND tỉnh Trần Báu Hà làm việc tại Nghi Xuân</li>
  </ol></aside>
</div>
<footer class="site-footer"><p>BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH</p>
 <p>Tổng Biên tập: Đặng Văn Hùng. Giấy phép số 112/GP-BTTTT ngày 05/3/2021 của Bộ Thông tin và Truyền thông.</p>
</footer>
</body></html>"""


def national_outlet() -> str:
    """A national outlet: schema.org microdata (meta itemprop datePublished), a description paragraph,
    captions in a 'tplCaption' table, 'Xem nhiều' and 'Tin khác' blocks, a comment box, a sticky share bar."""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(TITLE)} - Thời sự</title>
<meta name="viewport" content="width=device-width"><meta property="og:type" content="article">
<meta property="og:title" content="{escape(TITLE)}">
</head>
<body class="page-detail">
<div class="top-header"><a class="logo" href="/">Tin Nhanh Quốc Gia</a><span class="today">Thứ ba, 13/5/2025</span>
 <ul class="main-menu">{_menu_items()}<li>Kinh doanh</li><li>Thể thao</li></ul></div>
<section class="section page-detail top-detail">
 <div class="container" itemscope itemtype="https://schema.org/NewsArticle">
  <meta itemprop="datePublished" content="{PUBLISHED}T18:05:00+07:00">
  <meta itemprop="dateModified" content="2025-05-13T07:00:00+07:00">
  <div class="sidebar-1">
   <div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li>
    <li><a href="/thoi-su/chinh-tri">Chính trị</a></li></ul>
    <span class="date">Thứ hai, 12/5/2025, 18:05 (GMT+7)</span></div>
   <h1 class="title-detail" itemprop="headline">{escape(TITLE)}</h1>
   <p class="description">{escape(LEAD)}</p>
   <article class="fck_detail" itemprop="articleBody">
    <p class="Normal">{escape(BODY[0])}</p>
    <table class="tplCaption" align="center"><tr><td><img src="/i/hop.jpg" alt=""></td></tr>
     <tr><td><p class="Image">{escape(_CAPTION)}</p></td></tr></table>
    <p class="Normal">{escape(BODY[1])}</p>
    <p class="Normal">{escape(BODY[2])}</p>
    <p class="Normal">{escape(BODY[3])}</p>
    <p class="Normal" style="text-align:right;"><strong>Hoài Thu</strong></p>
   </article>
   <div class="footer-content"><div class="social"><a>Facebook</a><a>Twitter</a><a>Lưu</a><a>Sao chép</a></div>
    <div class="tags"><h4>Chủ đề:</h4><a>Nghị quyết 57</a><a>Hà Tĩnh</a></div></div>
   <div class="box-comment"><h3>Ý kiến (12)</h3><div class="input-comment">
    <textarea placeholder="Ý kiến của bạn"></textarea></div>
    <div class="comment_item"><p class="full_content"><b>{escape(_COMMENT[0])}</b> {escape(_COMMENT[1])}</p>
    <span class="reply">Trả lời</span><span class="like">Thích 8</span></div></div>
   <div class="box-tinlienquan"><h3>Tin khác</h3><ul>{_related_items()}</ul></div>
  </div>
  <div class="sidebar-2"><div class="box-xemnhieu"><h3>Xem nhiều</h3><ul>
   <li>Thủ tướng ban hành Công điện số 47/CĐ-TTg về ứng phó mưa lũ</li>
   <li>Bộ trưởng Bộ Tài chính Lê Minh Hải làm việc với tỉnh Quảng Trị</li></ul></div></div>
 </div>
</section>
<footer id="footer"><p>Tin Nhanh Quốc Gia. Thuộc Bộ Khoa học và Công nghệ.
 Số giấy phép: 548/GP-BTTTT ngày 24/8/2021.</p>
 <p>Tổng biên tập: Trịnh Văn Toàn</p></footer>
<div class="sticky-share"><a>Chia sẻ</a><a>Bình luận</a></div>
</body></html>"""


def government_portal() -> str:
    """A government portal: a <time itemprop="datePublished">, a print / e-mail / font-size tool bar,
    a 'Văn bản liên quan' list and 'Các tin đã đưa', a footer with the portal's owner."""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử tỉnh Hà Tĩnh</title></head>
<body>
<div id="header"><div class="quoc-huy">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH</div>
 <div class="menu-top"><ul>{_menu_items()}<li>Công dân</li><li>Doanh nghiệp</li><li>Dịch vụ công</li></ul></div>
 <div class="marquee">Chào mừng kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh</div></div>
<div id="wrapper">
 <div class="left-col"><div class="portlet"><div class="portlet-title">Thông tin chỉ đạo điều hành</div>
  <ul><li>UBND tỉnh ban hành Quyết định số 1020/QĐ-UBND về phân cấp quản lý</li></ul></div></div>
 <div class="center-col">
  <div class="breadcrumbs">Trang chủ / Tin tức - Sự kiện / Tin hoạt động</div>
  <div class="news-detail" itemscope itemtype="https://schema.org/Article">
   <h1 class="news-title" itemprop="name">{escape(TITLE)}</h1>
   <div class="news-date"><time itemprop="datePublished" datetime="{PUBLISHED}T19:00:00+07:00">12/05/2025 19:00</time>
   </div>
   <div class="toolbar"><a>In bài viết</a> <a>Gửi email</a> <a>A-</a> <a>A+</a> <a>Nghe đọc bài</a></div>
   <div class="news-sapo"><b>{escape(LEAD)}</b></div>
   <div class="news-content" itemprop="articleBody">
    {_paragraphs()}
    <div style="text-align:center"><img src="/img/hop.jpg"><br><i>{escape(_CAPTION)}</i></div>
    <p style="text-align:right"><b>Cổng TTĐT tỉnh</b></p>
   </div>
   <div class="related-docs"><h3>Văn bản liên quan</h3><ul>
    <li><a>Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân</a></li></ul></div>
   <div class="other-news"><h3>Các tin đã đưa</h3><ul>{_related_items()}</ul></div>
   <div class="feedback"><h3>Gửi ý kiến</h3><form><input name="hoten"><textarea></textarea>
    <button>Gửi</button></form></div>
  </div>
 </div>
</div>
<div id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Tĩnh. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh
 Nguyễn Văn Nam. Giấy phép số 07/GP-TTĐT ngày 10/01/2020.</p><p>Địa chỉ: số 1 đường Nguyễn Tất Thành</p></div>
</body></html>"""


PAGES = {
    "party_portal": party_portal,
    "provincial_newspaper": provincial_newspaper,
    "national_outlet": national_outlet,
    "government_portal": government_portal,
}

"""The helpers that make the extractors' scans fast must never change what they find."""

from __future__ import annotations

import importlib
import re
import types
from typing import Any

import pytest

from kernel.text import unify_tones
from loaders.extract import bodies, meetings, people, places, projects, relations, resolutions
from loaders.extract.lexicon import NAME_PREFIXES, UPPER
from loaders.extract.scan import REWRITTEN, fast_starts, first_characters, skipping_to, with_first_characters
from loaders.extract.text import (
    _NOT_AFTER,
    AnyCase,
    Doc,
    WordPattern,
    _wrapped_breaks,
    dispatched,
    first_letters,
    grouped_words,
    word_tree,
)


def test_first_letters_reads_words_classes_and_groups() -> None:
    assert first_letters(r"(?:[Đđ]ồng chí|[Ôô]ng)\s+") == "ĐđÔô"
    assert first_letters(r"(?P<x>[B-D]|c)d|e\.") == "B-Dce"
    assert first_letters(r"\(số") == r"\("
    # an element that may be absent, or reads nothing, lets the next one start the match
    assert first_letters(r"(?:Ban )?(?<!Bí thư )Thường trực") == "BT"
    assert first_letters(r"[Cc]ác\s*(?:số )*Sở|(?=[0-9])[0-9]{0,2}x?-y") == r"Cc0-9x\-"


@pytest.mark.parametrize("pattern", [r"(?:a|b)?", r"a*b?", r"a{0,2}", r"\dx", r"(?=a)", r"(?<!a)\bb", r"a|", r".x"])
def test_first_letters_refuses_what_it_cannot_read(pattern: str) -> None:
    with pytest.raises(ValueError):
        first_letters(pattern)


def test_a_leading_look_ahead_keeps_every_match() -> None:
    """The prefixes' first letters before the pattern: the same matches (a person named after each prefix)."""
    plain = re.compile(rf"{NAME_PREFIXES}\s+(\w+)")
    fast = re.compile(rf"(?=[{first_letters(NAME_PREFIXES)}]){NAME_PREFIXES}\s+(\w+)")
    text = (
        "Đồng chí An, đồng chí Bình, Ông Cường, bà Dung, Đại tướng Em, thiếu tá Phương, TS. Giang, PGS.TS Hà, "
        "ThS. Khánh, GS. Lâm, Đ/c Minh và ông Nam"
    )
    found = [m.group(1) for m in plain.finditer(text)]
    assert len(found) == 12
    assert [m.group(1) for m in fast.finditer(text)] == found


def _word_patterns() -> list[tuple[str, WordPattern]]:
    return [
        (f"{module.__name__}.{name}", value)
        for module in (bodies, meetings, people, places, projects, relations, resolutions)
        for name, value in vars(module).items()
        if isinstance(value, WordPattern)
    ]


#: sentences written for this test, in the shape of the articles (each pattern's words somewhere)
_SENTENCES = [
    "Bí thư Tỉnh ủy Thái Thanh Quý, nguyên Chủ tịch UBND tỉnh Lê Văn An và phó bí thư Nguyễn Văn Bình dự.",
    "Dự án Cầu Rồng do UBND tỉnh chủ trì; Huyện ủy Tân Kỳ và Ban Chỉ đạo chuyển đổi số tỉnh; vùng Bắc Trung Bộ.",
    "Tây Nguyên và vùng Hoàng Mai; huyện Tân Kỳ, TP.Vinh, Xã Nghi Lâm; Nhà máy sợi Thuận Đức, Khu đô thị mới Bắc Sơn.",
    "Thực hiện nghị quyết 57 của Bộ Chính trị, HĐND thông qua nghị quyết về giá đất và Chương trình mục tiêu quốc gia.",
    "Lễ công bố Nghị quyết số 1685/2025 của Ủy ban Thường vụ Quốc hội và Nghị quyết số 202/2025/QH15.",
    "HỘI NGHỊ Ban Thường vụ; HỘi nghị lần hai; Hội nghị và hội nghị; Phiên họp; KỲ HỌP thứ 9 của HĐND; lễ khởi công.",
    "Sau khi BAN THƯỜNG VỤ TỈNH ỦY họp, ban thường vụ huyện ủy và UBND tỉnh đã rà soát, đánh giá kết quả thực hiện.",
    "Báo cáo tổng kết; Tờ trình về dự án; dự thảo Kế hoạch số 5; Nghị quyết về chuyển đổi số; THÔNG BÁO KẾT LUẬN.",
    "Đồng chí Nguyễn Văn An giữ chức Phó Bí thư Tỉnh ủy; bà Lê Thị Bình được bầu làm Chủ tịch HĐND tỉnh.",
    "Giao Sở Tài chính chủ trì; phân công UBND huyện; chỉ đạo Sở Y tế; đề nghị Công an tỉnh; yêu cầu Sở Nội vụ.",
    "UBND các huyện: Hương Sơn, Hương Khê và Vũ Quang; các Sở: Tài chính, Xây dựng triển khai.",
    "Tỉnh có 5 cụm công nghiệp: Tân Lập, Nam Cấm; các khu công nghiệp Bắc Vinh, Hoàng Mai đã lấp đầy.",
    'Phong trào "Dân vận khéo" và Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” được triển khai.',
    "Mô hình “Xã thông minh” tại xã Nghi Lâm; Chương trình “Mỗi xã một sản phẩm” của tỉnh.",
    "Bàn giao mặt bằng đoạn qua huyện Đức Linh của Dự án đường cao tốc Dầu Giây - Phan Thiết; KCN Nam Cấm.",
    "Đối với Dự án kè sông Lam, UBND huyện Hưng Nguyên phải bàn giao mặt bằng.",
    "Phối hợp với phòng Nông nghiệp; làm việc với Ban Thường vụ huyện ủy: Tân Châu, Tân Biên và Thường trực Tỉnh ủy.",
    "Nghe báo cáo của Ban Thường vụ, Thường trực Tỉnh ủy; miễn nhiệm Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Sang.",
    "Hai Phó Bí thư là bà Đỗ Thị Hà và ông Phạm Hải Nam; Bí thư Đảng ủy, Chủ tịch HĐND phường Tân Lợi dự.",
    "Tỉnh giãn tiến độ một số dự án như: Sân golf Tam Anh; huyện phát động phong trào làm đường giao thông nông thôn.",
    "Theo đó, UBND tỉnh giao chỉ tiêu cụ thể như sau: huyện Đăk Hà có 2 xã đạt chuẩn; huyện Sa Thầy có 1 xã.",
    "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TRỒNG CÂY XANH” TRÊN ĐỊA BÀN TỈNH\nThực hiện đề án, tỉnh ban hành.",
    "Hai dự án này đều tại xã Tịnh Sơn, gồm: dự án trang trại heo tại thôn A; dự án trồng rau sạch tại thôn B.",
    "Tên dự án: Đường liên xã Ea Bar đi Cư M'gar.",
    "Phường tổ chức khánh thành công trình Trường Mầm non Hoa Mai.",
    "Huyện đẩy mạnh phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư.",
    "Tỉnh yêu cầu UBND các xã Tây Phú, Bình Tân tập trung bàn giao mặt bằng.",
    "Trường Mầm non Hoa Sen được xây mới tại xã Ia Dom.",
    "Tỉnh đầu tư 2 dự án. Cụ thể: Hồ chứa nước Ea Súp; Chỉnh trang Quảng trường 10/3.",
    "Nhà thầu thi công đường Đạo Nghĩa – Quảng Tín trên phần đất chưa bồi thường.",
    "Kỳ họp đã thông qua các nghị quyết: Quy định phí tham quan; phân bổ vốn sự nghiệp năm 2025.",
    "Sở Tài chính phát đi thông báo về việc điều chỉnh giá đất năm 2025 trên địa bàn.",
    "KẾ HOẠCH TRIỂN KHAI PHONG TRÀO THI ĐUA “CHUNG TAY XÂY DỰNG XÃ HỘI HỌC TẬP” TRÊN ĐỊA BÀN TỈNH.",
    "UBND tỉnh ban hành Kế hoạch thực hiện Chương\ntrình “Sức khỏe học đường” trên địa bàn tỉnh.",
    "Nổi bật là tuyến cao tốc Cao Bằng - Lạng Sơn; 3 xã được công nhận nông thôn mới gồm: xã Tam Sơn; Đình Bảng.",
    "Tỉnh khởi công khu nhà ở xã hội tại phường Kỳ Bá.",
    "Các khu công nghiệp bao gồm Yên Lư II quy mô 50 ha; Song Khê giai đoạn 2; Sân golf Yên Dũng.",
    "Công trình Nhà văn hóa thôn Đông đã xong.",
    "Huyện bổ sung 3 CCN là Kim Lương, Kim Lương II (đều thuộc xã Kim Lương, diện tích 50 ha).",
    "Cụ thể khu vực nghiên cứu quy hoạch thuộc địa giới hành chính xã Lai Vu.",
    "Các trường xây dựng gồm: Mầm non Hoa Mai (xã Tân Phú); 3 huyện còn lại là Lạc Dương, Đức Trọng và Bảo Lâm.",
    "Cụ thể, với Tổ hợp khách sạn Vịnh Xanh, Sở Xây dựng phải góp ý; Với dự án này, UBND phường Lộc Thọ rà soát.",
    "Liên danh Công ty CP A - Công ty CP B được chọn làm nhà đầu tư thực hiện dự án Khu đô thị Bàu Sen.",
    "Phường Bình Hưng Hòa mới được hình thành từ sáp nhập Bình Hưng Hòa A và Bình Trị Đông.",
    "Hội nghị quán triệt Kết luận của Tổng Bí thư Tô Lâm tại buổi làm việc với Ban Thường vụ Tỉnh ủy.",
    "Ủy ban nhân dân tỉnh xây dựng Kế hoạch tổ chức kỷ niệm 95 năm ngày thành lập Đảng bộ tỉnh như sau:",
    "Hội nghị quán triệt Hướng dẫn của Ban Tổ chức Trung ương về thành lập đảng bộ xã mới.",
    "Tỉnh khánh thành đường vào sân bay Phan Thiết và khởi công dự án khu tái định cư tại xã Hòa Ninh.",
    "Tỉnh đầu tư xây dựng cầu Bình Ca trên địa bàn huyện Sơn Dương.",
    "Công trình Kè chống sạt lở bờ sông Trà Bồng (TX.Đức Phổ) hoàn thành; đoàn kiểm tra hồ chứa nước Khe Chè.",
    "Nhà thầu sửa chữa trên tuyến Quốc lộ 4D đoạn từ Sa Pa đi Bình Lư và nâng cấp ĐT.741 đoạn Km12 - Km20.",
    "Huyện đầu tư nâng cấp, mở rộng đường ĐH.12 đoạn qua xã Tân Lợi; lễ thông xe tuyến ĐT.830 diễn ra hôm qua.",
    "Kỳ họp xem xét dự thảo nghị quyết về giá đất; nghe 02 tờ trình về điều chỉnh vốn và giao biên chế năm 2026.",
]


def test_a_pattern_s_needed_words_are_in_every_match() -> None:
    """``needs`` lets a text without those words skip the scan, ``starts`` tries the pattern only where one stands,
    ``lower`` scans the lower-cased text first: every match must hold one of the first and start with one of the
    second, and the matches are those of the pattern with its look-behind."""
    told = [(name, p) for name, p in _word_patterns() if p.needs or p.starts or p.lower is not None]
    assert any(p.needs for _, p in told) and any(p.starts for _, p in told) and any(p.lower for _, p in told)
    for name, pattern in told:
        plain = re.compile(rf"(?<![\w{re.escape(pattern.also)}])(?:{pattern.regex.pattern})", pattern.regex.flags)
        for sentence in [*_SENTENCES, "\n".join(_SENTENCES)]:  # each sentence, and the whole text
            found = list(plain.finditer(sentence))
            assert [m.span() for m in pattern.finditer(sentence)] == [m.span() for m in found], name
            assert all(any(n in m.group(0) for n in pattern.needs) for m in found if pattern.needs), name
            assert all(m.group(0).startswith(pattern.starts) for m in found if pattern.starts), name
            for at in range(0, len(sentence), 4):  # a search from anywhere finds the same
                a, b = pattern.search(sentence, at), plain.search(sentence, at)
                assert (a and a.span()) == (b and b.span()), name
    assert all(any(list(p.finditer(s)) for s in _SENTENCES) for _, p in told)  # the sentences reach each


def test_a_text_without_the_needed_words_is_not_scanned() -> None:
    """The words are looked for first, in the range asked: without them the pattern is never run."""
    pattern = WordPattern(r"[Cc]ụm \w+ \w+", needs=("công nghiệp",))
    assert pattern.search("Cụm công nghiệp Tân Lập") is not None
    assert pattern.search("Cụm dân cư Tân Lập") is None  # the pattern alone would match
    assert list(pattern.finditer("Cụm dân cư A; cụm công nghiệp B", 12)) != []
    assert list(pattern.finditer("Cụm công nghiệp A; cụm dân cư B", 12)) == []


def test_a_pattern_ignoring_case_finds_what_the_engine_finds() -> None:
    """Scanned in lower case over the lower-cased text, read again as written: the same matches, the text's case."""
    words = r"(?:Ban Thường vụ|BTV) (?:Tỉnh ủy|Huyện ủy)|Ủy ban nhân dân (?:tỉnh|xã)|kỳ họp"
    fast = WordPattern(rf"(?:{words})(?![\w])", re.IGNORECASE)
    assert fast.lower is not None
    slow = re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.IGNORECASE)
    text = (
        "BAN THƯỜNG VỤ TỈNH ỦY họp; ban thường vụ huyện ủy và Ủy Ban Nhân Dân Tỉnh dự Kỳ họp thứ 9, "
        "không phải xBTV Tỉnh ủy hay Ủy ban nhân dân tỉnhx; btv tỉnh ủy kết luận."
    )
    expected = [(m.span(), m.group(0)) for m in slow.finditer(text)]
    assert len(expected) == 5
    assert [(m.span(), m.group(0)) for m in fast.finditer(text)] == expected
    second = fast.search(text, 1)
    assert second is not None and second.group(0) == "ban thường vụ huyện ủy"
    # a letter that folds to "s" only when ignoring case: the text is scanned as written
    odd = "BAN THƯỜNG VỤ TỈNH ỦY ſ"
    assert [m.group(0) for m in fast.finditer(odd)] == ["BAN THƯỜNG VỤ TỈNH ỦY"]


def test_an_escape_whose_case_is_its_meaning_keeps_the_slow_way() -> None:
    assert WordPattern(r"kỳ\Shọp", re.IGNORECASE).lower is None
    assert WordPattern(r"kỳ\shọp", re.IGNORECASE).lower is not None


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?:sẽ|dự kiến|giao)\s+(?:tổ chức\s+)?$", "UBND tỉnh SẼ TỔ CHỨC "),
        (
            r"(Ban Thường vụ|BTV) (Tỉnh ủy)(?:\s+[A-ZĐ][\w]+){0,2},?\s+(?:đã\s+)?họp",
            "Hôm qua, btv TỈNH ỦY Nghệ An đã Họp",
        ),
        (r"(?:^|[^\w])(Nghị quyết|NQ)\s*(?:số\s*)?$", "thực hiện nghị QUYẾT số "),
        (r"chủ trì|kết luận", "Đồng chí A KẾT LUẬN hội nghị; ông B chủ trì"),
    ],
)
def test_any_case_finds_what_the_pattern_ignoring_case_finds(pattern: str, text: str) -> None:
    fast, slow = AnyCase(pattern), re.compile(pattern, re.IGNORECASE)
    assert fast.lower is not None
    for pos in range(0, len(text), 3):
        for endpos in (len(text), len(text) - 4):
            a, b = fast.search(text, pos, endpos), slow.search(text, pos, endpos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            a, b = fast.match(text, pos, endpos), slow.match(text, pos, endpos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    found = fast.search(text)
    assert found is not None and found.group(0) == text[found.start() : found.end()]  # the text's own letters


def test_sentence_starts_are_those_of_the_look_behind_pattern() -> None:
    """Sentence ends read with their punctuation start the next sentence where the look-behind pattern did."""
    import random

    old = re.compile(rf"(?<=[.!?;…]){_NOT_AFTER}\s+(?=[^\s])|\n+")
    rng = random.Random(7)
    pieces = ["a", "b", " ", ".", ";", "!", "?", "…", "\n", "\t", "TP", "TS", "Q", "PGS", "ThS", "xTP"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        # (a line break inside a sentence, "Quyết\nđịnh", is no end: read as the space it stands for)
        wrapped = set(_wrapped_breaks(text))
        joined = "".join(" " if i in wrapped else c for i, c in enumerate(text))
        assert Doc.of(text, None).starts == [0, *(m.end() for m in old.finditer(joined))], repr(text)


def test_words_grouped_by_their_first_letter_match_as_listed() -> None:
    words = ["Phó Bí thư", "Bí thư Thường trực", "Bí thư", "Bộ trưởng", "Phó", "Chủ tịch", "Chủ nhiệm", "A.B"]
    text = "Bí thư Thường trực, Phó Bí thư, Bộ trưởng, Chủ tịch, Chủ nhiệm, Phó Chủ tịch, A.B, AxB, Bí thư"
    plain, grouped = re.compile("|".join(map(re.escape, words))), re.compile(grouped_words(words))
    found = [m.span() for m in plain.finditer(text)]
    assert len(found) == 9  # "AxB" is no "A.B"
    assert [m.span() for m in grouped.finditer(text)] == found


def test_any_case_finds_every_match_in_order() -> None:
    fast = AnyCase(r"tiến hành|khai mạc|bế mạc")
    slow = re.compile(r"tiến hành|khai mạc|bế mạc", re.IGNORECASE)
    text = "Đại hội TIẾN HÀNH phiên trù bị, Khai mạc sáng nay và bế mạc chiều; tiến hànhx"
    for pos, end in ((0, len(text)), (5, 60), (20, len(text) - 3)):
        assert [m.span() for m in fast.finditer(text, pos, end)] == [m.span() for m in slow.finditer(text, pos, end)]
    assert len(list(fast.finditer(text))) == 4


def test_words_grouped_with_their_own_escape() -> None:
    def dashes(word: str) -> str:
        return re.escape(word).replace(r"\ \-\ ", r"\s?[-–]\s?")

    words = ["Bà Rịa - Vũng Tàu", "Bình Dương", "Bắc Ninh"]
    text = "Bà Rịa-Vũng Tàu, Bà Rịa – Vũng Tàu, Bình Dương và Bắc Ninh"
    plain, grouped = re.compile("|".join(map(dashes, words))), re.compile(grouped_words(words, dashes))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(plain.finditer(text))) == 4


def test_an_undated_text_reads_its_dates_once_however_many_meetings_it_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """The year of a meeting without one comes from the text's latest date: read once per text, not once per
    meeting (a text of n meetings took n whole-text scans: 10 MB cost 90x what 1 MB did)."""
    scans = 0
    pattern = meetings._FULL_DATE

    class Counting:
        def finditer(self, text: str, *args: int) -> object:
            nonlocal scans
            scans += 1
            return pattern.finditer(text, *args)

    monkeypatch.setattr(meetings, "_FULL_DATE", Counting())
    meeting = "Ngày {d}/5, Ban Thường vụ Tỉnh ủy họp phiên thứ {d}. "
    text = "Theo Báo cáo ngày 2/4/2024 của Ủy ban nhân dân tỉnh. " + "".join(meeting.format(d=d) for d in range(3, 23))
    found = meetings.extract_meetings(Doc.of(text, None), [])
    assert len({m.date for m in found}) >= 10 and all(m.date and m.date.startswith("2024-05") for m in found)
    assert scans == 1


def test_ends_with_reads_back_over_spaces_like_rstrip() -> None:
    doc = Doc.of("Giao Sở Tài chính chủ trì;  \nUBND huyện thực hiện.", None)
    for end in range(len(doc.match) + 1):
        assert doc.ends_with(end, ";") == doc.match[:end].rstrip().endswith(";")


def test_sentences_are_made_once_and_stay_the_same() -> None:
    doc = Doc.of("Câu một. Câu hai.\nCâu ba", None)
    first = doc.sentences()
    assert first == [(0, 9), (9, 18), (18, 24)] and doc.sentences() is first
    assert Doc.of("", None).sentences() == []


def _texts_of_the_rules() -> list[str]:
    """Every registered rule's example sentences (each rule's own words), the sentences above, and all of them joined
    (a long text: a match may start anywhere)."""
    from loaders.extract.registry import RULES

    texts = [example.text for rule in RULES for example in rule.examples] + _SENTENCES
    return [*texts, "\n".join(texts)]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a and (a.span(), a.groups(), a.groupdict())) == (b and (b.span(), b.groups(), b.groupdict()))


def test_every_pattern_given_its_first_characters_finds_what_its_module_wrote() -> None:
    """The look-ahead fast_starts puts before a rule's pattern is read from that pattern: over the example sentences of
    every registered rule, each rewritten pattern finds the same matches, groups included, as the pattern as written
    (searched from every offset, matched at every offset), so no rule's match is skipped by it."""
    rewritten = list(REWRITTEN.items())
    assert len(rewritten) > 200  # (most of the rule modules' patterns: a sweep that stopped would show here)
    texts = _texts_of_the_rules()
    for faster, written in rewritten:
        assert faster.flags == written.flags and faster.groupindex == written.groupindex, written.pattern[:80]
        for text in texts:
            assert [(m.span(), m.groups()) for m in faster.finditer(text)] == [
                (m.span(), m.groups()) for m in written.finditer(text)
            ], written.pattern[:80]
        for text in texts[:-1]:
            for at in range(1, len(text), 31):
                assert _same(faster.search(text, at), written.search(text, at)), written.pattern[:80]
                assert _same(faster.match(text, at), written.match(text, at)), written.pattern[:80]


def test_a_pattern_a_module_defines_is_given_its_first_characters() -> None:
    """A new rule joins by being defined: a module's pattern (and the two inside a WordPattern) are given their first
    characters (the engine's own skip for a pattern that keeps case: the same text, recompiled; a look-ahead for one
    that ignores case)."""
    module = types.ModuleType("new_rules")
    written = re.compile(r"(?:(?:[Vv]ào|[Tt]rong)\s+|(?<![\w]))[Cc]ác\s+ngày")
    module._NEW = written  # type: ignore[attr-defined]
    module._WORDS = WordPattern(r"(?:(?:là|gồm)\s+|\d{1,3}\s+)xã", re.IGNORECASE)  # type: ignore[attr-defined]
    module._PLAIN = re.compile(r"Nghị quyết số")  # type: ignore[attr-defined]  # (a literal start: nothing to add)
    assert fast_starts(module) == 3
    assert module._NEW is not written and REWRITTEN[module._NEW] is written
    assert module._NEW.pattern == written.pattern and module._NEW.flags == written.flags
    assert module._WORDS.regex.pattern.startswith(r"(?=[lg\d])")
    assert module._PLAIN.pattern == "Nghị quyết số"
    text = "Trong các ngày 3 và 4; tháng 5, các ngày lễ; gồm 3 xã; GỒM XÃ; xcác ngày"
    assert [m.group(0) for m in module._NEW.finditer(text)] == ["Trong các ngày", "các ngày"]
    assert [m.group(0) for m in module._WORDS.finditer(text)] == ["3 xã", "GỒM XÃ"]


def test_a_pattern_the_rewrite_cannot_handle_is_kept_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rewrite reads re's private compiler: should a Python release change it, patterns stay as written."""
    from loaders.extract import scan

    def broken(pattern: re.Pattern[str]) -> re.Pattern[str]:
        raise AttributeError("module 're._compiler' has no attribute '_compile_charset'")

    monkeypatch.setattr(scan, "with_first_characters", broken)
    module = types.ModuleType("new_rules")
    written = re.compile(r"(?:(?:[Vv]ào|[Tt]rong)\s+|(?<![\w]))[Cc]ác\s+ngày")
    module._NEW = written  # type: ignore[attr-defined]
    assert fast_starts(module) == 0
    assert module._NEW is written


@pytest.mark.parametrize(
    ("pattern", "firsts"),
    [
        (r"(?:[Tt]rong|[Tt]ừ)\s+ngày", "Tt"),
        (r"(?:(?:[Vv]ào|[Tt]rong)\s+|(?<![\w]))[Cc]ác", "VvTtCc"),
        (r"(?:Ban )?Thường trực", "BT"),
        (r"\d{1,3}\s+xã|[a-c\-\]]x", r"\da-c\-\]"),
        (r"(?<=, )(?:giao|Giao)*\s*Sở", r"gG\sS"),
        (r"x?", None),  # may match nothing: a match may start anywhere
        (r".ab", None),
        (r"[^a]b", None),
        (r"\Sb", None),
        (r"(?i:a)b", None),  # (an inline case flag: not read)
        # a look-ahead written first: every match starts with what it reads (the flag after it is then not read)
        (r"(?<![\w])(?:(?=[Bb])(?:(?-i:B)an|ban)|(?=[Tt])tổ)", "BbTt"),
        (r"(?=x?)ab", "a"),  # (a look-ahead that may read nothing tells nothing)
    ],
)
def test_first_characters_are_read_from_the_parsed_pattern(pattern: str, firsts: str | None) -> None:
    assert first_characters(re.compile(pattern)) == firsts


def test_a_pattern_the_engine_reads_on_its_own_is_left_as_written() -> None:
    for pattern in (r"Nghị quyết", r"[Cc]ác xã", r"(?:a|b)c", r"(?i)(?=[ab])(?:a|b)c", r"(?i)ab|cd"):
        compiled = re.compile(pattern)
        assert with_first_characters(compiled) is compiled
    looked = re.compile(r"(?=[ab])(?:a|b)c")  # a look-ahead written first: the engine is given its characters too
    assert (faster := with_first_characters(looked)) is not looked and faster.pattern == looked.pattern
    assert [m.span() for m in faster.finditer("ac bc cc xbc")] == [(0, 2), (3, 5), (10, 12)]
    # (a long generated alternation with its own look-ahead: compiling it again would cost more than its scans gain)
    long = re.compile("(?=[ab])(?:" + "|".join(f"{'ab'[i % 2]}{i}x" for i in range(9000)) + ")")
    assert len(long.pattern) > 50_000 and with_first_characters(long) is long
    lowered = re.compile(r"(?:(?:là|gồm)\s+|\d+\s+)XÃ", re.IGNORECASE)
    faster = with_first_characters(lowered)
    assert faster.pattern.startswith(r"(?=[lg\d])") and faster.flags == lowered.flags
    assert [m.span() for m in faster.finditer("LÀ xã, Gồm Xã, 5 xã")] == [(0, 5), (7, 13), (15, 19)]


def test_a_pattern_given_its_first_characters_in_the_engine_finds_the_same() -> None:
    """skipping_to: the pattern's text, flags and groups as written; the same matches wherever the search starts and
    ends, found by a search that skips to the characters given (a look-behind first, optional words, a class), or to
    the text every match starts with (after a look-behind), or to its one first character."""
    import random

    written = [
        (r"(?<![\w])(?:(?P<when>[Vv]ào|[Tt]rong)\s+)?(?:các|những)\s+(ngày|tháng)(?:\s+\d+)?", "VvTtcn"),
        (r"(?<![\w])(?<!Phó )Chủ tịch (?P<of>UBND|HĐND)", "C"),  # a literal start after the look-behinds
        (r"\b(?:các|cả) (ngày|tháng)", "c"),  # one first character
    ]
    rng = random.Random(3)
    pieces = ["Vào ", "vào ", "trong ", "Trong", "các ", "Các ", "những ", "ngày", "tháng", " 5", "x", " ", "\n", "cả ",
              "Phó ", "Chủ tịch ", "UBND", "HĐND"]  # fmt: skip
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(1500)]
    for pattern, firsts in written:
        plain = re.compile(pattern)
        faster = skipping_to(plain, first_characters(plain) or "")
        assert first_characters(plain) == firsts
        assert (faster.pattern, faster.flags, faster.groups, faster.groupindex) == (
            plain.pattern, plain.flags, plain.groups, plain.groupindex,
        )  # fmt: skip
        assert sum(1 for text in texts if plain.search(text)) > 20
        for text in texts:
            assert [(m.span(), m.groups()) for m in faster.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ], repr(text)
            for at in range(0, len(text) + 1, 3):
                assert _same(faster.search(text, at), plain.search(text, at)), repr(text)
                assert _same(faster.search(text, 0, at), plain.search(text, 0, at)), repr(text)
    with pytest.raises(ValueError, match="ignores case"):
        skipping_to(re.compile("các", re.IGNORECASE), "c")
    with pytest.raises(ValueError, match="nothing"):
        skipping_to(re.compile("(?:các)?"), "c")


def test_the_words_a_pattern_is_told_it_needs_never_skip_a_rule_s_example() -> None:
    """``needs`` and ``starts`` are written by hand beside a pattern: over the example sentences of every registered
    rule, a pattern told them finds what it finds without them (a rule whose words they miss fails here)."""
    told = [(name, p) for name, p in _word_patterns() if p.needs or p.starts]
    assert told
    for name, pattern in told:
        plain = re.compile(rf"(?<![\w{re.escape(pattern.also)}])(?:{pattern.regex.pattern})", pattern.regex.flags)
        for text in _texts_of_the_rules():
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], name


def test_alternatives_tried_by_first_letter_match_as_the_plain_alternation() -> None:
    """dispatched(): at every position the first alternative that matches is the plain alternation's (classes, optional
    words and look-behinds at the start; a pattern ignoring case, and one that does not)."""
    import random

    alternatives = [r"Ban [Cc]hấp hành", r"(?:Ban )?Thường trực", r"[Bb]an [Bb]í thư", r"Bộ(?: Chính trị)?", r"BCH",
                    r"[t](?<=Chánh t)hanh tra", r"TP\.?", r"Chính phủ", r"Ban"]  # fmt: skip
    rng = random.Random(11)
    pieces = ["Ban ", "ban ", "Bí thư", "bí thư", "Chấp hành", "chấp hành", "Thường trực", "Bộ", "bộ", " Chính trị",
              "BCH", "Chánh ", "thanh tra", "TP", "tp", ".", "Chính phủ", "x", " "]  # fmt: skip
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for flags, any_case in ((0, False), (re.IGNORECASE, True)):
        plain = re.compile(f"(?:{'|'.join(alternatives)})", flags)
        grouped = re.compile(dispatched(alternatives, any_case=any_case), flags)
        for text in texts:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)
    with pytest.raises(ValueError, match="capturing"):
        dispatched(["(Ban) X", "Bộ"])
    with pytest.raises(ValueError, match="not plain"):
        dispatched([r"[A-Z]+ xã", "Bộ"])  # (a range: its letters are not listed)


def test_a_several_day_span_holds_its_days_tail_and_held_on_reads_as_written() -> None:
    """meetings: every match of _DATE_SPAN holds a match of _DATE_SPAN_DAYS (a text without one is not scanned), and
    _HELD_ON, its "sẽ" looked behind at from the word's end, finds what the look-behind-first pattern finds."""
    import random

    held_on_written = re.compile(
        r"(?:diễn ra|(?<!sẽ )tổ chức)\s+(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?"
        r"(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?(?![\d])"
    )
    rng = random.Random(5)
    pieces = ["Trong ", "trong ", "2 ", "hai ", "ngày ", "Từ ", "từ ", "Vào ", "các ", "Các ", "(", "10", " - ", "và ",
              "đến ", ", ", "11", "/", "12", "/2024", "sẽ ", "diễn ra ", "tổ chức ", "vào ", "sáng ", "x"]  # fmt: skip
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for m in meetings._DATE_SPAN.finditer(text):
            assert meetings._DATE_SPAN_DAYS.search(m.group(0)), repr(text)
        assert [(m.span(), m.groups()) for m in meetings._HELD_ON.finditer(text)] == [
            (m.span(), m.groups()) for m in held_on_written.finditer(text)
        ], repr(text)


def test_words_as_a_tree_match_as_the_alternation_longest_first() -> None:
    """word_tree: the same matches as the words' alternation, longest first, whatever follows the words in the pattern
    (the engine comes back to a shorter word when what follows fails after the longer)."""
    import random

    words = ["Châu Thành", "Châu Thành A", "Châu Đức", "Gò Công", "Gò Công Tây", "Gò Công Đông", "Gò", "U Minh",
             "U Minh Thượng", "Điện Biên", "Điện Biên Phủ", "A.B", "Tân Phú", "Tân Phú Đông"]  # fmt: skip
    rng = random.Random(7)
    pieces = [*words, " ", ", ", "x", "A", " Tây", "Thành", "-", "\n"]
    for after in ("", r"(?![\w])", rf"(?![\w])(?![ \t][{UPPER}])", r"\s+x"):
        plain = re.compile(f"(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))}){after}")
        tree = re.compile(f"(?:{word_tree(words)}){after}")
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)
    assert word_tree([]) == ""


def test_known_names_read_with_one_pattern_match_those_of_the_provinces_pattern() -> None:
    """places: the districts and cities known for a set of provinces, read with the one pattern of every known name,
    are the matches of the alternation of that set's names alone (a name of another province written there, "Châu
    Thành A" in a text of Bến Tre, is no "Châu Thành")."""
    texts = [
        "Huyện Châu Thành A và Châu Thành, Gò Công Đông, Gò Công, Tân Phú Đông, Tân Phú; U Minh Thượng, U Minh.",
        "ở Mỏ Cày Nam, Mỏ Cày Bắc, Ba Tri và Bình Đại; Châu Thành\nGò Công Tây, TP Mỹ Tho, Cái Bè, Cai Lậy",
        "Điện Biên Phủ, Điện Biên Đông, Điện Biên, Mường Chà; xChâu Thành, Châu ThànhX, Buôn Ma Thuột, Đà Lạt.",
    ]
    for provinces in (["bến tre"], ["tiền giang"], ["hậu giang", "cà mau"], ["điện biên"], ["đồng nai"], []):
        homes = frozenset(provinces)
        known, names, by_first = places._known_names(homes)
        alternation = re.compile(
            rf"(?<![\w])(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})(?![\w])"
            rf"(?![ \t][{UPPER}])"
        )
        assert names == {unify_tones(name) for name in known.values()}
        for text in texts:
            found = [(m.group(0), m.start()) for m in alternation.finditer(text)]
            assert list(places._known_in(text, names, by_first)) == found, (provinces, text)
    _, names, by_first = places._known_names(frozenset(["bến tre"]))
    assert list(places._known_in(texts[0], names, by_first)) == [("Châu Thành", 22), ("Gò Công", 48)]  # (a city)


def test_the_cues_read_once_per_source_are_the_first_of_every_shorter_slice() -> None:
    """relations.implements reads a source's cues once, to its last target, and for each target resumes the scan of
    the words between at the last of them that ends before it: right only while the cue pattern neither looks around
    nor anchors (a match in a shorter text is then a match in the longer one), which this checks, with the last cue
    found both ways."""
    import random

    parse: Any = importlib.import_module("re._parser")
    constants: Any = importlib.import_module("re._constants")

    def looks_around(items: Any) -> bool:
        for op, av in items:
            if op in (constants.ASSERT, constants.ASSERT_NOT, constants.AT, constants.GROUPREF):
                return True
            subs = (
                [av[-1]]
                if op in (constants.SUBPATTERN, constants.MAX_REPEAT, constants.MIN_REPEAT)
                else av[1]
                if op is constants.BRANCH
                else []
            )
            if any(looks_around(sub) for sub in subs):
                return True
        return False

    cue = relations._IMPLEMENT_CUE
    assert not looks_around(parse.parse(cue.pattern, cue.flags))
    rng = random.Random(11)
    pieces = ["triển khai", " thực hiện", "thực", " ", "\n", "hiện", "để ", "cụ thể hóa", "Kế hoạch", "x", "THỰC HIỆN"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        read = list(cue.finditer(text))
        for end in range(len(text) + 1):
            ended = [m for m in read if m.end() <= end]
            resumed = list(cue.finditer(text[:end], ended[-1].start() if ended else 0))
            whole = list(cue.finditer(text[:end]))
            assert [m.span() for m in resumed[-1:]] == [m.span() for m in whole[-1:]], (text, end)


def test_a_word_pattern_checks_word_starts_in_the_engine_and_never_matches_nothing() -> None:
    """A WordPattern's pattern opens with the word start's look-behind (the engine, skipping to the pattern's first
    characters, rejects one inside a word there), and a scan with nothing else to check is the engine's own finditer,
    which gives the matches of the loop that searches again after a match inside a word only for a pattern that never
    matches an empty string: none of the modules' does."""
    parse: Any = importlib.import_module("re._parser")
    for name, pattern in _word_patterns():
        written = REWRITTEN.get(pattern.regex, pattern.regex)  # (as the module wrote it, before fast_starts)
        assert written.pattern.startswith(rf"(?<![\w{re.escape(pattern.also)}])"), name
        assert parse.parse(written.pattern, written.flags).getwidth()[0] > 0, name
    level = WordPattern(r"(?:[Cc]ác|\d{1,3})\s+(?:huyện|xã)", also=".")
    text = "Các huyện, 3 xã, x3 xã, .các xã, nhcác xã, các xã"
    assert [m.group(0) for m in level.finditer(text)] == ["Các huyện", "3 xã", "các xã"]
    assert [m.start() for m in level.finditer(text, 12)] == [text.rindex("các xã")]
    assert level.search(text, 12) is not None and level.match(text, 1) is None

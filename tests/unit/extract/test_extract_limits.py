"""One document cannot hold extraction up: a text over DG_MAX_EXTRACT_CHARS is refused with a clear error,
and extraction cost grows linearly with the text (no scan of every mention per sentence)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kernel.errors import PayloadTooLarge
from kernel.settings import Settings
from loaders.extract import extract

pytestmark = pytest.mark.unit

PARAGRAPH = (
    "Sáng 12/3, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức hội nghị. Đồng chí Lò Văn Phúc, Phó Bí thư Tỉnh ủy, chủ trì. "
    "Để cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị, Tỉnh ủy ban hành Kế hoạch số 301-KH/TU. "
    "Hội nghị giao Sở Khoa học và Công nghệ chủ trì triển khai Đề án chuyển đổi số tại xã Minh Tân.\n"
)


def test_a_text_over_the_limit_is_refused_with_its_size_and_the_setting() -> None:
    with pytest.raises(PayloadTooLarge) as err:
        extract(PARAGRAPH * 10, max_chars=len(PARAGRAPH) * 5)
    assert "DG_MAX_EXTRACT_CHARS" in err.value.message
    assert f"{len(PARAGRAPH) * 10:,}" in err.value.message


def test_a_text_at_the_limit_is_read() -> None:
    assert extract(PARAGRAPH * 5, max_chars=len(PARAGRAPH) * 5).resolutions


def test_the_default_limit_is_a_setting() -> None:
    assert Settings().max_extract_chars >= 1_000_000
    assert Settings(max_extract_chars=10).max_extract_chars == 10


def test_cost_per_character_stays_flat() -> None:
    """200 and 1,600 repetitions of one paragraph: the longer text costs at most 2.5x per character (it was
    about 8x when every sentence scanned every mention)."""

    def per_char(copies: int) -> float:
        text = PARAGRAPH * copies
        started = time.process_time()
        extract(text, max_chars=len(text))
        return (time.process_time() - started) / len(text)

    small = min(per_char(200) for _ in range(2))
    large = per_char(1600)
    assert large < 2.5 * small, (small, large)


def test_dg_extract_reports_a_refused_file_by_name_and_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.commands.extract import extract_file
    from kernel.settings import get_settings

    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    big.write_text(PARAGRAPH * 3, encoding="utf-8")
    small.write_text(PARAGRAPH[:200], encoding="utf-8")
    monkeypatch.setenv("DG_MAX_EXTRACT_CHARS", str(len(PARAGRAPH)))
    get_settings.cache_clear()
    try:
        refused, read = extract_file(big, 1_000_000), extract_file(small, 1_000_000)
    finally:
        monkeypatch.delenv("DG_MAX_EXTRACT_CHARS")
        get_settings.cache_clear()
    assert refused.result is None and refused.error and "DG_MAX_EXTRACT_CHARS" in refused.error
    assert read.error is None and read.result is not None


#: a paragraph with the constructs whose rules look back over the whole text: a re-mention by kind and issuer,
#: "chỉ thị này", a plan named by its purpose, a byline
RICH = (
    PARAGRAPH
    + "Các cấp ủy tiếp tục thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị; việc thực hiện chỉ thị này được kiểm tra. "
    "Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học được quán triệt. (Ảnh: Lê Văn Nam)\n"
    "Hội nghị cho ý kiến vào kế hoạch thực hiện Nghị quyết số 57-NQ/TW và Kết luận của Thủ tướng về các dự án.\n"
)


def test_cost_per_character_stays_flat_with_rules_that_look_back() -> None:
    """100 and 800 repetitions: at most 2.5x per character (18x when each re-mention scanned every symbol)."""

    def per_char(copies: int) -> float:
        text = RICH * copies
        started = time.process_time()
        extract(text, max_chars=len(text))
        return (time.process_time() - started) / len(text)

    small = min(per_char(100) for _ in range(3))
    large = per_char(800)
    assert large < 2.5 * small, (small, large)


#: a paragraph of units with names of two words and the province beside them: each province or district named
#: bare is checked against the units' spans (every unit of the text, for each one: 14x per character at 10 MB)
PLACES = (
    "Đoàn công tác tỉnh Nghệ An làm việc tại xã Nghi Lâm, huyện Nghi Lộc; đại diện phường Hưng Dũng, thành phố "
    "Vinh và thị xã Hoàng Mai báo cáo. Các huyện Nghi Lộc, Diễn Châu của Nghệ An được biểu dương.\n"
)


def test_cost_per_character_stays_flat_with_many_units() -> None:
    """150 and 1,200 repetitions: at most 2.5x per character."""

    def per_char(copies: int) -> float:
        text = PLACES * copies
        started = time.process_time()
        extract(text, max_chars=len(text), published="2025-06")
        return (time.process_time() - started) / len(text)

    small = min(per_char(150) for _ in range(3))
    large = per_char(1200)
    assert large < 2.5 * small, (small, large)


def test_the_collector_is_paused_while_a_text_is_read_and_then_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """Full collections walk every object made so far (a quarter of the time on 10 MB, growing with the length): off
    during extraction, back as it was afterwards, also when extraction fails, and only when the last thread ends."""
    import gc
    import threading

    import loaders.extract as extraction

    seen: list[bool] = []
    real = extraction._extract

    def spy(d: object, doc: str) -> object:
        seen.append(gc.isenabled())
        return real(d, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(extraction, "_extract", spy)
    assert gc.isenabled()
    extract(PARAGRAPH)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        extract(PARAGRAPH)
        assert not gc.isenabled()  # (off before: left off)
    finally:
        gc.enable()

    def fails(d: object, doc: str) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(extraction, "_extract", fails)
    with pytest.raises(RuntimeError):
        extract(PARAGRAPH)
    assert gc.isenabled()

    inside, release = threading.Event(), threading.Event()

    def slow(d: object, doc: str) -> object:
        inside.set()
        release.wait(10)
        return real(d, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(extraction, "_extract", slow)
    worker = threading.Thread(target=extract, args=(PARAGRAPH,))
    worker.start()
    assert inside.wait(10)
    monkeypatch.setattr(extraction, "_extract", real)
    extract(PARAGRAPH)  # a second extraction ends while the first still runs: the collector stays off
    assert not gc.isenabled()
    release.set()
    worker.join(10)
    assert gc.isenabled()


def _meetings_text(count: int) -> str:
    """``count`` sessions of departments, each on its own day (a digest of years of meetings)."""
    bodies = ["Sở Tài chính", "Sở Y tế", "Sở Xây dựng", "Sở Nội vụ", "Sở Công Thương"]
    return "".join(
        f"Chiều {i % 28 + 1}/{i // 28 % 12 + 1}/{2000 + i // 336}, {bodies[i % 5]} tổ chức hội nghị sơ kết công tác.\n"
        for i in range(count)
    )


def test_cost_per_character_stays_flat_with_many_meetings() -> None:
    """500 and 4,000 sessions: at most 2.5x per character (each new session was compared with every one found)."""

    def per_char(count: int) -> float:
        text = _meetings_text(count)
        started = time.process_time()
        found = extract(text, max_chars=len(text), published="2025-12").meetings
        took = (time.process_time() - started) / len(text)
        assert len(found) >= count // 10
        return took

    small = min(per_char(500) for _ in range(3))
    large = per_char(4000)
    assert large < 2.5 * small, (small, large)

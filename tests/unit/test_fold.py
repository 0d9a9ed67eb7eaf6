"""kernel.text.fold: its ASCII shortcut folds as the full path does."""

from __future__ import annotations

import unicodedata

from kernel.text import _SPACES, fold


def _full(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
    return _SPACES.sub(" ", bare).strip().casefold()


def test_ascii_text_folds_as_the_full_path_folds_it() -> None:
    for text in ("57-NQ/TW", "  Xa 01\t huyen\n02 ", "du-an-01-h02@tinh-07", "ABC  def", "", " \u0020 "):
        assert text.isascii() and fold(text) == _full(text)


def test_every_ascii_white_space_folds_as_the_pattern_folds_it() -> None:
    """The ASCII shortcut splits at white space: the separators ``\\s`` matches beyond the usual ones too."""
    for code in range(128):
        text = f"a{chr(code)}{chr(code)}b{chr(code)}"
        assert fold(text) == _full(text), repr(text)


def test_marked_text_folded_again_is_folded_the_same() -> None:
    """A remembered fold (the same names come back on every document) is the fold of that text."""
    for _ in range(3):
        assert fold("Xã Hòa  Bình") == "xa hoa binh" == _full("Xã Hòa  Bình")
        assert fold("Đức Hoà") == "duc hoa"


def test_vietnamese_text_loses_its_marks() -> None:
    assert fold("  Nguyễn Văn  Đức ") == "nguyen van duc" == _full("  Nguyễn Văn  Đức ")
    assert fold("Kế hoạch số 45-KH/UBND") == "ke hoach so 45-kh/ubnd"


def test_every_character_of_the_basic_plane_folds_as_the_full_path_folds_it() -> None:
    """The translation table (filled as characters are met) drops what the generator over combining marks drops."""
    chars = [chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000]
    for start in range(0, len(chars), 4096):
        text = " ".join(chars[start : start + 4096])
        assert fold(text) == _full(text)
    assert fold("ĐÐđð x\u0301\u0327") == "dddd x"


def test_tone_unifying_scan_finds_what_the_look_behind_pattern_finds() -> None:
    """unify_tones' pattern opens with the vowel class (a fast scan): it rewrites exactly the rhymes the pattern written
    with a leading look-behind, "(?<![qQ])([oO][...]|[uU][...])", rewrites."""
    import random
    import re

    from kernel import text as kernel_text

    written = re.compile(r"(?<![qQ])([oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")
    rng = random.Random(3)
    pieces = ["q", "Q", "o", "O", "u", "U", "à", "Á", "ẹ", "ý", "Ỳ", "h", "x", " ", "1", "_", "\n"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert kernel_text.unify_tones(text) == written.sub(kernel_text._rewrite_pair, text), repr(text)

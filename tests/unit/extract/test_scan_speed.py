"""The helpers that make the extractors' scans fast must never change what they find."""

from __future__ import annotations

import re

import pytest

from loaders.extract.lexicon import NAME_PREFIXES
from loaders.extract.text import first_letters


def test_first_letters_reads_words_classes_and_groups() -> None:
    assert first_letters(r"(?:[Đđ]ồng chí|[Ôô]ng)\s+") == "ĐđÔô"
    assert first_letters(r"(?P<x>[B-D]|c)d|e\.") == "B-Dce"
    assert first_letters(r"\(số") == r"\("


@pytest.mark.parametrize("pattern", [r"(?:a|b)?x", r"a*b", r"a{0,2}b", r"\dx", r"(?=a)b", r"(?<!a)b", r"a|", r".x"])
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

"""The legacy encodings against bytes written independently of the module's own tables.

Round trips through ``unicode_to_tcvn3``/``unicode_to_vni`` cannot catch a wrong table entry (both
directions use it). These tests use the byte sequences that legacy Vietnamese text is known by (the
mojibake a Windows-1252 reader shows: "Hµ Néi", "Vieät Nam"), and glibc's own TCVN5712-1 decoder."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from loaders.read.encodings import decode, tcvn3_to_unicode, vni_to_unicode

pytestmark = pytest.mark.unit

#: TCVN3 (ABC) text as a Windows-1252 reader shows it, and what it says
TCVN3_WORDS = {
    "Hµ Néi": "Hà Nội",
    "ViÖt Nam": "Việt Nam",
    "§¶ng": "Đảng",
    "NghÞ quyÕt": "Nghị quyết",
}
#: VNI-Windows text as a Windows-1252 reader shows it, and what it says
VNI_WORDS = {
    "Haø Noäi": "Hà Nội",
    "Vieät Nam": "Việt Nam",
    "Ñaûng": "Đảng",
    "Nghò quyeát": "Nghị quyết",
    "Thuû töôùng": "Thủ tướng",
}


@pytest.mark.parametrize(("shown", "meant"), TCVN3_WORDS.items())
def test_tcvn3_known_words(shown: str, meant: str) -> None:
    assert tcvn3_to_unicode(shown.encode("cp1252")) == meant


@pytest.mark.parametrize(("shown", "meant"), VNI_WORDS.items())
def test_vni_known_words(shown: str, meant: str) -> None:
    assert vni_to_unicode(shown) == meant


def test_a_tcvn3_file_is_detected_and_read() -> None:
    text = "Ban Th­êng vô TØnh ñy triÓn khai NghÞ quyÕt sè 57-NQ/TW vÒ ph¸t triÓn khoa häc"
    assert "Nghị quyết số 57-NQ/TW" in decode(text.encode("cp1252")).text


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv is not installed")
def test_tcvn3_table_agrees_with_glibc() -> None:
    high = bytes(range(0x80, 0x100))
    done = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=high, capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"iconv has no TCVN5712-1 decoder here: {done.stderr.decode(errors='replace').strip()}")
    theirs = done.stdout.decode("utf-8")
    ours = "".join(tcvn3_to_unicode(bytes([b])) for b in high)
    assert len(ours) == len(theirs) == len(high)
    assert [(hex(b), a, c) for b, a, c in zip(high, ours, theirs, strict=True) if a != c] == []

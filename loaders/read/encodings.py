"""Decoding Vietnamese text: UTF-8, UTF-16, Windows-1258 and the legacy font encodings.

Older official files were typed with font-based encodings rather than Unicode:

* **TCVN3** (ABC, TCVN 5712:1993): one byte per precomposed letter in 0x80-0xFF. The table
  below is TCVN 5712 VN1 as glibc's ``iconv`` decodes it (TCVN3 uses the same positions).
* **VNI** (VNI-Windows): the bytes are Windows-1252, and a letter is a base letter followed by
  a mark byte ("a" + "ù" = "á", "o" + "â" = "ô", "ô" alone = "ơ").

:func:`decode` tries each candidate and keeps the one that reads most like Vietnamese (most
syllables with Vietnamese letters, fewest mojibake characters). NFC is applied by the caller.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from kernel.errors import ReadError

TCVN3_HIGH = (
    "\xc0\u1ea2\xc3\xc1\u1ea0\u1eb6\u1eac\xc8\u1eba\u1ebc\xc9\u1eb8\u1ec6\xcc\u1ec8\u0128"
    "\xcd\u1eca\xd2\u1ece\xd5\xd3\u1ecc\u1ed8\u1edc\u1ede\u1ee0\u1eda\u1ee2\xd9\u1ee6\u0168"
    "\xa0\u0102\xc2\xca\xd4\u01a0\u01af\u0110\u0103\xe2\xea\xf4\u01a1\u01b0\u0111\u1eb0"
    "\u0300\u0309\u0303\u0301\u0323\xe0\u1ea3\xe3\xe1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4"
    "\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\xe8\u1ec2\u1ebb\u1ebd"
    "\xe9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\xec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\xed\u1ecb\xf2"
    "\u1ed4\u1ecf\xf5\xf3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\xf9"
    "\u1ed6\u1ee7\u0169\xfa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\xfd\u1ef5\u1ed0"
)
_TCVN3 = {0x80 + i: ch for i, ch in enumerate(TCVN3_HIGH)}

# VNI: mark characters (as Windows-1252 decodes them) -> combining marks.
_TONE = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_TONE_UPPER = {"Ù": "\u0301", "Ø": "\u0300", "Û": "\u0309", "Õ": "\u0303", "Ï": "\u0323"}
# circumflex + tone, breve + tone (lower and upper case)
_HAT_TONE = {"á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_HAT_TONE_UPPER = {"Á": "\u0301", "À": "\u0300", "Å": "\u0309", "Ã": "\u0303", "Ä": "\u0323"}
_BREVE_TONE = {"é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_BREVE_TONE_UPPER = {"É": "\u0301", "È": "\u0300", "Ú": "\u0309", "Ü": "\u0303", "Ë": "\u0323"}
_VNI_SINGLE = {
    "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị",
}  # fmt: skip
_VNI_PAIR = re.compile(r"([AEIOUYaeiouyƠơƯư])([ùøûõïÙØÛÕÏâÂêÊáàåãäÁÀÅÃÄéèúüëÉÈÚÜË])|([ñÑôÔöÖíìæóòÍÌÆÓÒ])")

VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ") | {
    ch for ch in map(chr, range(0x1EA0, 0x1EFA))
} | set("àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁÃÈÉÌÍÒÓÕÙÚÝ")  # fmt: skip
MOJIBAKE = set("©®¶¾¬µ¸¹»¼½¿ÆÐ×Þßæð÷þ¤¦§¨ª«¯°±²³´·º¡¢£¥\u0080\u0081\u008d\u008f\u0090\u009d") | set("øûïñöåäëü")


def _vni_pair(match: re.Match[str]) -> str:
    if match.group(3):
        return _VNI_SINGLE[match.group(3)]
    base, mark = match.group(1), match.group(2)
    if mark in _TONE or mark in _TONE_UPPER:
        return base + (_TONE.get(mark) or _TONE_UPPER[mark])
    if mark in "âÂ":
        return base + "\u0302"
    if mark in "êÊ":
        return base + "\u0306"
    if mark in _HAT_TONE or mark in _HAT_TONE_UPPER:
        return base + "\u0302" + (_HAT_TONE.get(mark) or _HAT_TONE_UPPER[mark])
    tone = _BREVE_TONE.get(mark) or _BREVE_TONE_UPPER[mark]
    return base + "\u0306" + tone if base in "aA" else base + tone


def vni_to_unicode(text: str) -> str:
    """VNI text (as Windows-1252 decoded it) to Unicode NFC."""
    converted = _VNI_PAIR.sub(_vni_pair, text)
    # a second pass for ơ/ư produced by the first (ô + ù -> ơ + tone)
    converted = _VNI_PAIR.sub(_vni_pair, converted)
    return unicodedata.normalize("NFC", converted)


def tcvn3_to_unicode(data: bytes) -> str:
    """TCVN3 bytes to Unicode NFC (ASCII stays as it is)."""
    return unicodedata.normalize("NFC", "".join(_TCVN3.get(b) or chr(b) for b in data))


def unicode_to_tcvn3(text: str) -> bytes:
    """The reverse, for tests and fixtures: characters TCVN3 cannot carry raise ValueError."""
    reverse = {ch: b for b, ch in _TCVN3.items()}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in reverse:
            out.append(reverse[ch])
        else:
            raise ValueError(f"TCVN3 cannot encode {ch!r}")
    return bytes(out)


def unicode_to_vni(text: str) -> bytes:
    """Unicode to VNI bytes (Windows-1252), for tests and fixtures."""
    tone_mark = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
    hat_mark = {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
    breve_mark = {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
    i_single = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]

        def up(mark: str, upper: bool = base.isupper()) -> str:
            return mark.upper() if upper else mark

        shape = (
            "\u0302" if "\u0302" in marks else "\u0306" if "\u0306" in marks else "\u031b" if "\u031b" in marks else ""
        )
        tone = next((m for m in marks if m in tone_mark), "")
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
        elif base in "iI" and tone and not shape:
            out.append(up(i_single[tone]))
        elif shape == "\u031b":  # ơ ư
            out.append({"o": "ô", "O": "Ô", "u": "ö", "U": "Ö"}[base] + (up(tone_mark[tone]) if tone else ""))
        elif shape == "\u0302":
            out.append(base + (up(hat_mark[tone]) if tone else up("â")))
        elif shape == "\u0306":
            out.append(base + (up(breve_mark[tone]) if tone else up("ê")))
        elif tone:
            out.append(base + up(tone_mark[tone]))
        else:
            out.append(ch)
    return "".join(out).encode("cp1252")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


_WORD = re.compile(r"[^\W\d_]+")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _tones(word: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", word) if ch in _TONES)


def score(text: str) -> float:
    """How Vietnamese a decoding reads, per word: a word with Vietnamese letters and at most one
    tone mark counts for it; two tones in one syllable, a capital inside a lower-case word,
    mojibake symbols and replacement characters count against it."""
    sample = text[:20000]
    words = _WORD.findall(sample)
    if not words:
        return 0.0
    good = bad = 0
    for word in words:
        if _tones(word) > 1 or any(a.islower() and b.isupper() for a, b in pairwise(word)):
            bad += 1
        elif any(ch in VIETNAMESE for ch in word):
            good += 1
    bad += sum(1 for ch in sample if ch in MOJIBAKE) + 5 * sample.count("\ufffd")
    return (good - 3 * bad) / len(words)


def _utf16(data: bytes) -> str | None:
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16")
    if len(data) >= 4 and len(data) % 2 == 0:
        zeros_odd = data[1::2].count(0) / (len(data) / 2)
        zeros_even = data[0::2].count(0) / (len(data) / 2)
        if zeros_odd > 0.3 or zeros_even > 0.3:
            try:
                text = data.decode("utf-16-le" if zeros_odd > zeros_even else "utf-16-be")
            except UnicodeDecodeError:
                return None
            printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
            return text if printable >= 0.95 * len(text) else None
    return None


def _utf8_with_stray_bytes(data: bytes, name: str) -> Decoded | None:
    """UTF-8 text with a few invalid bytes (a damaged copy): read it, replacing them, and say so.

    A legacy 8-bit encoding is invalid UTF-8 at nearly every accented letter, so a handful of
    bad bytes in a text that reads as Vietnamese (or ASCII) is damage, not another encoding."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(3, len(text) // 2000):
        return None
    clean = text.replace("\ufffd", "")
    if score(clean) <= 0.02 and not all(ord(ch) < 0x80 for ch in clean[:20000]):
        return None
    warning = f"{name}: {bad} invalid UTF-8 byte{'s' if bad > 1 else ''} replaced with U+FFFD"
    return Decoded(text, "utf-8", (warning,))


def decode(data: bytes, *, name: str = "input") -> Decoded:
    """Bytes to text, detecting UTF-8/16, Windows-1258, TCVN3 and VNI. Raises ReadError."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[3:].decode("utf-8", errors="strict"), "utf-8-sig")
    text16 = _utf16(data)
    if text16 is not None:
        return Decoded(text16, "utf-16")
    if b"\x00" in data[:4096]:
        raise ReadError(f"{name}: binary data, not text (NUL bytes)", path=name)
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
        stray = _utf8_with_stray_bytes(data, name)
        if stray is not None:
            return stray
    candidates: list[Decoded] = []
    if utf8 is not None:
        candidates.append(Decoded(utf8, "utf-8"))
        if score(utf8) > 0.02 or all(ord(ch) < 0x80 for ch in utf8[:20000]):
            return candidates[0]
        # Unicode text holding legacy mojibake ("Uû ban nh©n d©n"): re-read its Latin-1 range.
        if all(ord(ch) < 0x100 for ch in utf8):
            raw = utf8.encode("latin-1")
            candidates += [Decoded(tcvn3_to_unicode(raw), "tcvn3"), Decoded(vni_to_unicode(utf8), "vni")]
    else:
        candidates.append(Decoded(tcvn3_to_unicode(data), "tcvn3"))
        candidates.append(Decoded(vni_to_unicode(data.decode("cp1252", errors="replace")), "vni"))
        candidates.append(Decoded(unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")), "cp1258"))
    best = max(candidates, key=lambda c: score(c.text))
    if utf8 is None and score(best.text) < -0.05:
        raise ReadError(f"{name}: cannot decode the text (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)", path=name)
    return best

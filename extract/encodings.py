"""Turn the bytes of an input into text, recording the encoding used.

Legacy encodings are decoded, not refused.  The order is:

1. a byte-order mark (UTF-8, UTF-32, UTF-16), which nothing else can mean;
2. an encoding the input declares (an HTTP ``Content-Type`` charset, an HTML
   ``<meta charset>``), if the bytes decode with it;
3. UTF-8, which random legacy bytes almost never decode as;
4. UTF-16 without a mark, when the NUL bytes fall on every other byte as they do
   for ASCII letters in UTF-16;
5. charset-normalizer's best guess (Windows-1252 when it gives the same text:
   the guess between Latin encodings is often arbitrary and 1252 is the common one).

Binary files fail with `UndecodableError`: known signatures (images, archives,
PDF), NUL bytes that are not UTF-16, text full of control characters.
"""

from __future__ import annotations

import codecs
import re

SAMPLE = 8192  # bytes looked at to decide whether a file is binary

SIGNATURES = (  # (magic, what it is); a text file cannot start with these bytes
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or a Word/OpenDocument file)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed file"),
    (b"BZh", None),  # checked below with a stricter test: 'BZh' may begin a word
    (b"\xfd7zXZ\x00", "xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ\x90\x00", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)

BOMS = (  # longest first: the UTF-32-LE mark begins with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that no text carries (tab, newlines, form feed and the
# DOS end-of-file mark \x1a are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")
_HTML_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE)
# WHATWG: a page labelled Latin-1 or ASCII is decoded as Windows-1252, as browsers do.
_WHATWG_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can tell; the message is the reason."""


def binary_kind(data: bytes) -> str | None:
    """What a binary file is, from its first bytes, or None if it may be text."""
    for magic, kind in SIGNATURES:
        if data.startswith(magic):
            if kind is None:  # bzip2: 'BZh' then a block size digit then the block magic
                if data[3:4].isdigit() and data[4:10] == b"1AY&SY":
                    return "bzip2-compressed file"
                continue
            return kind
    return None


def codec_name(label: str) -> str | None:
    """Python's name for an encoding label ('UTF8', 'windows-1252'), or None."""
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return _WHATWG_ALIASES.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its start, or an
    XHTML page in its XML declaration."""
    m = _HTML_CHARSET.search(data[:4096])
    return (m.group(1) or m.group(2)).decode("ascii", "replace") if m else None


def decode_bytes(data: bytes, declared: str | None = None, html: bool = False) -> tuple[str, str]:
    """The text in ``data`` and the encoding it was decoded with.

    ``declared`` is an encoding named by the transport (an HTTP charset); with
    ``html`` a <meta charset> in the page counts as declared too.  Raises
    `UndecodableError` for binary data."""
    kind = binary_kind(data)
    if kind:
        raise UndecodableError(f"binary file ({kind}), expected text")
    for bom, name in BOMS:
        if data.startswith(bom) and (name != "utf-32" or len(data) > len(bom)):
            try:
                text = data.decode("utf-8-sig" if name == "utf-8" else name)  # drops the mark
            except UnicodeDecodeError:
                continue  # e.g. FF FE 00 00 followed by bytes that are not UTF-32
            return _checked(text, name), name
    candidates = [declared]
    if html:
        candidates.append(declared_charset(data))
    for label in candidates:
        name = codec_name(label) if label else None
        if name and name not in ("utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            # (a page declaring UTF-16 without a BOM is nearly always mislabelled UTF-8)
            try:
                return _checked(data.decode(name), name), name
            except UnicodeDecodeError:
                pass  # a wrong label is common; fall through to detection
    sample = data[:SAMPLE]
    if b"\x00" in sample:
        utf16 = _bomless_utf16(sample)
        if utf16:
            try:
                return _checked(data.decode(utf16), utf16), utf16
            except UnicodeDecodeError:
                pass
        raise UndecodableError("binary file (contains NUL bytes), expected text")
    try:
        return _checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    return _legacy(data, first_bad)


def _legacy(data: bytes, first_bad: int) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported only for the rare legacy file

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError(
            f"binary file or unknown text encoding (not UTF-8: byte 0x{data[first_bad]:02x} at offset {first_bad})")
    name = codec_name(best.encoding) or best.encoding
    text = str(best)
    if name != "cp1252":
        try:
            if data.decode("cp1252") == text:
                name = "cp1252"
        except UnicodeDecodeError:
            pass
    return _checked(text, name), name


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII text has a NUL in every other byte."""
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _checked(text: str, encoding: str) -> str:
    """Text that decoded but is full of control characters is binary after all."""
    sample = text[:SAMPLE]
    if "\x00" in sample:
        raise UndecodableError(f"binary file (contains NUL characters as {encoding}), expected text")
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 1000):
        raise UndecodableError(f"binary file ({controls} control characters in the first "
                               f"{len(sample)} characters as {encoding}), expected text")
    return text

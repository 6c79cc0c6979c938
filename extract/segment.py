"""Split an article into paragraphs, quotation spans and sentences.

Everything works on character offsets into the original text so that every record
downstream can satisfy ``text[start:end] == quote``.  Quotation marks are paired
within a paragraph only, except when the next paragraph reopens the quote (the
news convention for a quote running over several paragraphs), so one broken mark
can never swallow the rest of an article.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon import ABBREVIATIONS

OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
# Characters after which a mark opens a quotation.
_OPENING_CONTEXT = " \t\n([{—–-/:;,"
# Double quotation marks, including the ASCII pairs ``...'' and ''...'' that
# converted news text uses.
_MARK_RE = regex.compile(r"``|''|[\"“”„«»″]")
_LINE = regex.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Text inside one pair of quotation marks, within one paragraph.

    ``continues`` is true when this piece reopens a quote that ran on from the
    previous paragraph; ``closed`` is false when the paragraph ends before a
    closing mark (a multi-paragraph quote, or a broken one).
    """

    open_at: int  # offset of the opening mark
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    close_at: int | None  # offset of the closing mark
    paragraph: int
    continues: bool
    closed: bool
    close_len: int = 1  # length of the closing mark ('' is two characters)

    @property
    def outer_end(self) -> int:
        return self.close_at + self.close_len if self.close_at is not None else self.end


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines of the article, each a paragraph."""
    spans = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
    return spans


def _mark_role(text: str, i: int, n: int, lo: int, hi: int) -> str:
    """Classify the double quotation mark of length ``n`` at ``i`` as 'open', 'close'
    or 'either' by its context.

    Typesetting errors are common in scraped news (a closing glyph used to open a
    paragraph), so the surrounding characters outweigh the glyph itself.
    """
    before = text[i - 1] if i > lo else " "
    after = text[i + n] if i + n < hi else " "
    opens = (before in _OPENING_CONTEXT or before in OPEN_MARKS or before == "‘") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    mark = text[i:i + n]
    if mark == "``":
        return "open"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if mark in OPEN_MARKS:
        return "open"
    if mark in CLOSE_MARKS:
        return "close"
    return "either"


def quote_spans(text: str, paras: list[Span]) -> list[QuoteSpan]:
    """Pair the double quotation marks of the article into quotation spans."""
    spans: list[QuoteSpan] = []
    carry = False  # the previous paragraph ended inside a quote
    for pi, para in enumerate(paras):
        marks = [(m.start(), len(m.group()), _mark_role(text, m.start(), len(m.group()), para.start, para.end))
                 for m in _MARK_RE.finditer(text, para.start, para.end)]
        if carry and not (marks and marks[0][0] == para.start and marks[0][2] != "close"):
            carry = False
        open_at: int | None = None
        inner = 0  # first offset inside the open quote
        continues = False
        for pos, n, role in marks:
            if open_at is None:
                if role == "close":
                    continue  # stray closing mark: ignore it
                open_at, inner = pos, pos + n
                continues = carry and pos == para.start
                continue
            if role == "open":
                # A second opening mark before any close: the first quote was never
                # closed, so it ends here (or it was a doubled mark, if empty).
                if pos > inner:
                    spans.append(QuoteSpan(open_at, inner, _rstrip(text, inner, pos), None, pi, continues, False))
                open_at, inner = pos, pos + n
                continues = False
                continue
            if pos > inner:
                spans.append(QuoteSpan(open_at, inner, pos, pos, pi, continues, True, n))
            open_at = None
            continues = False
        carry = False
        if open_at is not None and para.end > inner:
            spans.append(QuoteSpan(open_at, inner, _rstrip(text, inner, para.end), None, pi, continues, False))
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            carry = nxt is not None and _MARK_RE.match(text, nxt.start, nxt.end) is not None
    return [s for s in spans if s.end > s.start]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_SENT_END = regex.compile(r"[.!?]+(?:''|[\"”’')\]])*(?=\s+(?:``|''|[\"“‘'(\[])?[\p{Lu}\d])|[.!?](?:''|[\"”’')\]])*$")


def sentences(text: str, para: Span, masked: list[tuple[int, int]]) -> list[Span]:
    """Split a paragraph into sentences, never inside a quotation span.

    ``masked`` lists the (start, end) spans of quotations (marks included) within the
    paragraph: a full stop inside a quote does not end the surrounding sentence,
    unless it is the quote's last character and a capital follows the closing mark.
    """
    out: list[Span] = []
    start = para.start
    mi = 0
    for m in _SENT_END.finditer(text, para.start, para.end):
        end = m.end()
        while mi < len(masked) and masked[mi][1] <= m.start():
            mi += 1
        if mi < len(masked) and masked[mi][0] <= m.start() < masked[mi][1]:
            closes = m.end() >= masked[mi][1] and text[m.start()] == "." and m.group().count(".") == 1
            if not (closes and _LETTER.search(text, start, masked[mi][0])):
                continue
            # 'Trump boasted, "That makes me smart." Trump was ...': a quotation that
            # a sentence leads into and that closes on a full stop ends the sentence
            # ("?" and "!" often do not: '"Why not?" Trump asked.').
        if _is_abbreviation(text, para.start, m.start()):
            continue
        s = start
        while s < end and text[s].isspace():
            s += 1
        if end > s:
            out.append(Span(s, end))
        start = end
    s = start
    while s < para.end and text[s].isspace():
        s += 1
    if para.end > s:
        out.append(Span(s, para.end))
    return out


_WORD_BEFORE = regex.compile(r"(?r)[\p{L}.’']+")
_LETTER = regex.compile(r"\p{L}")
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,3}\p{Lu}\.?")


def _is_abbreviation(text: str, lo: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.match(text, lo, dot)
    if not m:
        return False
    word = m.group().lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Paul D. Ryan"
    if _INITIALS.fullmatch(m.group()):
        return True  # run-together initials: "G.K. Butterfield", "George H.W. Bush"
    return word in ABBREVIATIONS


_TITLE_WORD = regex.compile(r"[\p{L}’'\-]+")


def is_title_line(line: str) -> bool:
    """A whole line in title case is a headline even with a final full stop
    ("Trump Supporter Screams at Reporters.")."""
    if len(line) > 200:
        return False
    words = [w for w in _TITLE_WORD.findall(line) if len(w) > 3]
    if len(words) < 4:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.75

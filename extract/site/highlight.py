"""Mark quotes up in article text: escaped text, ``<mark>`` around each quote.

Pure functions over strings, so they are tested without Datasette.  Every piece of
article text passes through ``escape`` before any markup is added: an article that
contains ``<script>`` shows it as text.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

from ..document import paragraph_around
from ..linking import word_spans

CONTEXT_LIMIT = 700  # characters of paragraph kept on each side of a quote


def paragraph_context(text: str, start: int, end: int, kind: str = "direct") -> Markup:
    """The paragraph around ``text[start:end]`` (the extractor's own paragraph, so
    the context is the same one the rules read) with the quote highlighted."""
    p_lo, p_hi = paragraph_around(text, start, end)
    lo = max(p_lo, start - CONTEXT_LIMIT)
    hi = min(p_hi, end + CONTEXT_LIMIT)
    before = ("…" if lo > p_lo else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < p_hi else "")
    return Markup(f'{escape(before)}<mark class="q q-{escape(kind)}">{escape(text[start:end])}</mark>{escape(after)}')


def article_html(
    text: str,
    quotes: Sequence[dict],
    quote_url: Callable[[str], str],
    speaker_url: Callable[[str], str],
) -> Markup:
    """The whole article, each quote wrapped in a ``<mark>`` that links to its row and
    is followed by its speaker's name.  Quotes inside other quotes nest; a quote that
    crosses the end of another is cut at that end so the markup stays well formed."""
    out: list[str] = []
    pos = 0
    stack: list[tuple[int, str]] = []  # (end, closing markup) of open marks

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, closing = stack.pop()
            out.append(str(escape(text[pos:end])))
            out.append(closing)
            pos = end

    for q in sorted(quotes, key=lambda q: (q["start"], -q["end"])):
        s, e = q["start"], q["end"]
        close_until(s)
        if stack and e > stack[-1][0]:
            e = stack[-1][0]
        if s < pos or e <= s:
            continue
        out.append(str(escape(text[pos:s])))
        pos = s
        qid = q["id"]
        speaker = q.get("speaker")
        title = f"{q['kind']} quote" + (f", {q['cue']}" if q.get("cue") else "") + (f", {speaker}" if speaker else ", speaker not named")
        out.append(
            f'<mark class="q q-{escape(q["kind"])}" id="q-{escape(qid)}" title="{escape(title)}">'
        )
        if speaker:
            label = f'<a class="who" href="{escape(speaker_url(q["speaker_id"]))}">{escape(speaker)}</a>'
        else:
            label = '<span class="who who-none">no speaker</span>'
        closing = f'</mark><sup class="quotedb-label">{label} <a class="quote-link" href="{escape(quote_url(qid))}" title="open this quote">¶</a></sup>'
        stack.append((e, closing))
    close_until(len(text))
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def word_diff(main: str, other: str) -> tuple[Markup, Markup]:
    """Two wordings of one quote, escaped, with the words that differ marked: in
    ``main`` the words ``other`` drops or replaces (``<del>``), in ``other`` the words
    it adds or puts instead (``<ins>``).  Words are compared as the quote groups
    compare them (case and punctuation aside), so only a change of words is marked."""
    a, b = word_spans(main), word_spans(other)
    matcher = difflib.SequenceMatcher(None, [w for _, _, w in a], [w for _, _, w in b], autojunk=False)
    gone: set[int] = set()
    new: set[int] = set()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            gone.update(range(i1, i2))
        if tag in ("replace", "insert"):
            new.update(range(j1, j2))
    return _mark_words(main, a, gone, "del"), _mark_words(other, b, new, "ins")


def _mark_words(text: str, spans: list[tuple[int, int, str]], marked: set[int], tag: str) -> Markup:
    """``text`` escaped, each run of marked words (with the spaces between them) in one
    ``<tag>``."""
    out: list[str] = []
    pos = i = 0
    while i < len(spans):
        if i not in marked:
            i += 1
            continue
        j = i
        while j + 1 < len(spans) and j + 1 in marked:
            j += 1
        start, end = spans[i][0], spans[j][1]
        out.append(str(escape(text[pos:start])))
        out.append(f'<{tag} class="quotedb-diff">{escape(text[start:end])}</{tag}>')
        pos, i = end, j + 1
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))

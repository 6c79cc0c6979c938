"""The Document: an article split once into paragraphs, quotations and sentences.

Every later stage reads these pieces instead of splitting the text again, so a
paragraph, a sentence, a headline or a transcript label means the same thing to the
attribution rules, to speaker resolution, to the database's ``paragraph`` column and
to the site's quote context.

Everything works on character offsets into the original text, so that every record
downstream can satisfy ``text[start:end] == quote``.  Quotation marks are paired
within a paragraph only, except when the next paragraph reopens the quote (the news
convention for a quote running over several paragraphs), so one broken mark can never
swallow the rest of an article.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from itertools import accumulate, compress
from typing import Callable

import regex

from . import lexicon as lx
from .mentions import MAX_MENTION_WORDS, PUNCT_CHARS, Mention, could_be_mentions, names_in_full, parse_stretch

BLANK = "\uE000"  # stands for quoted text inside a frame
OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
# Characters after which a mark opens a quotation.
_OPENING_CONTEXT = " \t\n([{—–-/:;,"
# Double quotation marks, including the ASCII pairs ``...'' and ''...'' that
# converted news text uses.
_MARK_RE = regex.compile(r"``|''|[\"“”„«»″]")
# Single marks, except the halves of a '' double mark.
_SINGLE_RE = regex.compile(r"(?<!')'(?!')|[‘’]")
_SINGLE_HINT = regex.compile(r"‘|(?<![\p{L}\p{N}'])'(?=\p{L})")  # a paragraph that may open one
_NEXT_VISIBLE = regex.compile(r"\s*(\S)")
_TWO_LETTERS = regex.compile(r"\p{L}[^\p{L}]*\p{L}")
# A single-quoted quotation inside a double-quoted one, and the reverse: the opening
# mark not after a letter ("it's"), the closing one not before a letter ("you're").
_INNER_SINGLE = regex.compile(r"(?<![\p{L}\p{N}])['‘](?=[\p{L}“\"])(?P<body>[^\n'‘’]*(?:['’]\p{L}[^\n'‘’]*)*?)['’](?![\p{L}\p{N}])")
_INNER_DOUBLE = regex.compile(r"[“\"](?P<body>[^\n“”\"]+)[”\"]")
# The characters str.isspace() (and so str.strip) treats as space.
SPACE_CLASS = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# A line without the spaces around it: from its first non-space character to its last.
_STRIPPED_LINE = regex.compile(rf"[^{SPACE_CLASS}](?:[^\n]*[^{SPACE_CLASS}])?")
# The closing marks after a full stop are taken possessively (``*+``): ``''`` and
# ``'`` overlap, and a run of straight apostrophes would otherwise be split every way
# before the look-ahead fails (exponential time, found by scripts/fuzz.py).
_SENT_END = regex.compile(r"[.!?]+(?:''|[\"”’')\]])*+(?=\s+(?:``|''|[\"“‘'(\[])?[\p{Lu}\d])|[.!?](?:''|[\"”’')\]])*+$"
                       r"|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll}+\s)")  # ("… by election.He said": a space lost in copying)
# A work's noun right before a quotation: the quotation is its title (see lexicon).
_QUOTE_OPENS_SENTENCE = regex.compile(r"\s*[\"“]\p{Lu}")  # a quotation opening with a capital after a full stop
# A comma inside a company's name, before its legal form: "Globex Holdings, Inc. said".
_LEGAL_FORM_COMMA = regex.compile(r"(?<=(?:^|\s)[\p{Lu}\d][^\s,]*),(?=[ \t]+(?i:" + lx.alternation(lx.COMMA_LEGAL_FORMS)
                                  + r")\.?(?![\p{L}\d]))")
# A person's credentials after a name and a comma ("Wilma J. Wooten, MD, MPH, a public
# health officer"): read as spaces, so the name ends before them and the appositive
# after them describes it.
_CREDENTIAL_COMMA = regex.compile(r"(?<=\p{Lu}[\p{L}’'\-]*),[ \t]+(?:" + lx.alternation(lx.COMMA_CREDENTIALS)
                                  + r")(?:,[ \t]+(?:" + lx.alternation(lx.COMMA_CREDENTIALS) + r"))*(?![\p{L}\d])")
# A company's stock listing in brackets after its name: "Acme Corp. (NYSE: ACME)",
# "Vital Therapies, Inc. (Nasdaq: VTL)", "(TSX-V: ACM; OTCQB: ACMEF)".
_LISTING = r"[\p{Lu}][\p{L}\-]*(?:[ \t]+[\p{Lu}][\p{L}\-]*)?[ \t]*:[ \t]*[\p{Lu}\d][\p{Lu}\d.\-]{0,9}"
_TICKER_BRACKET = regex.compile(r"(?<=[\p{L}\d.][ \t]*)\(" + _LISTING + r"(?:[ \t]*[;,][ \t]*" + _LISTING + r")*[ \t]*\)")
_WORK_TITLE_BEFORE = regex.compile(r"(?ri)\b(?:" + lx.alternation(lx.WORK_TITLE_CUES) + r")\s*[,:]?\s*$")
_OPENS_QUOTE = regex.compile(r"\s+(?:``|[\"“‘'«„])")
_WORD_BEFORE = regex.compile(r"(?r)[\p{L}.’']+")
_LETTER = regex.compile(r"\p{L}")
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,3}\p{Lu}\.?")
_TITLE_WORD = regex.compile(r"\p{L}[\p{L}’'\-]*")  # "‘Terrifying", "3-Word": the letters
_LETTER_WORD = regex.compile(r"[\p{L}’'\-]+")
_HEADLINE_CHARS = 160  # an article's first line no longer than this, with no final stop, is its headline
_SENTENCE_END_CHARS = frozenset(".!?…:;)]")
_SUBHEADING_CHARS, _SUBHEADING_WORDS = 40, 5
# What may follow a name that heads a quote sheet's entry: its role after a comma, its
# team or time in brackets, a result after a dash ("Max Verstappen, 1st, 1:23.778",
# "Mark Webber (1st, Q3)", "Jarno Trulli - 1.17.381 - P19").
_LABEL_SEPARATOR = regex.compile(r",|\s+\(|\s+[-–—]\s")
_QUOTE_MARKS = frozenset('"“”„«»')
_CAPTION_FIRST = frozenset("FPIC(ARG")  # first characters of `lexicon.CAPTION`'s alternatives
# The longest furniture line: a longer paragraph is none (lowering never shortens a string).
_FURNITURE_CHARS = max(map(len, lx.FURNITURE))
# A capitalised word inside a sentence (after a lower-case word, a digit or a
# comma): capitalised there, it is a name ("said Sanders", "Mr. Sanders's plan").
_MID_SENTENCE_CAPITAL = regex.compile(r"(?<=[\p{Ll}\d,;][ \t]{1,3})\p{Lu}[\p{L}’'\-]+")
# What stands before a word that opens a sentence, a quotation or a paragraph.
_OPENS_SENTENCE = regex.compile(r"(?:^|\n|[.!?…:][\"”’')\]]*|[“‘]|(?<!\S)[\"'])[ \t\u00a0]*$")
_NEXT_WORD = regex.compile(r"[ \t\u00a0]+(\p{L}+)")
_ITS_OWNER = regex.compile(r"(?<!\p{Lu}[\p{L}’'.\-]*[ \t]+|[\p{L}’'\-])(\p{Lu}[\p{Ll}\p{Lu}\-]+)[ \t]+(?:\p{Ll}+[ \t]+){1,2}its\b")
_CAPITALISED_PAIR = regex.compile(r"(?<![\p{L}’'\-])(\p{Lu}[\p{L}’'.\-]*)[ \t]+(\p{Lu}[\p{Ll}\p{Lu}\-]+)\b")
_CAPITALISED_TOKEN = regex.compile(r"(?<![\p{L}\p{N}’'\-])\p{Lu}[\p{L}\p{N}’'\-]*")
_ADVERB_OR_PARTICIPLE = regex.compile(r"\p{Lu}\p{Ll}+(?:" + lx.alternation(lx.ADVERB_OR_PARTICIPLE_ENDINGS) + r")")
# a run of capitalised words that may be a full name with its title, a middle initial
# allowed ("Susan R. Greenway", "Vice President Joe Biden")
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}’'\-]+(?:[ \t]+\p{Lu}\.)?(?:[ \t]+\p{Lu}[\p{L}’'\-]+){1,3}")
_LABEL_LINE_CHARS = 40  # a label line: a name and a colon
TRANSCRIPT_HEADER_LINES = 6  # lines before a transcript's first label: title, place, date, time
TRANSCRIPT_HEADER_WORDS = 16  # words that make a line more than a header
MIN_INTERVIEW_QUESTIONS = 3  # question-and-answer pairs that make a printed interview
MIN_TOPIC_PROMPTS = 2  # topic lines ("on the performance…") that make an interview by topic
# In a labelled transcript, what ends a turn without a label of its own: a reporter's
# "Q Could I ask …" (White House transcripts print no colon), a stage direction
# "(LAUGHTER)" or "[BEGIN VIDEO CLIP]", a line with no small letter ("END 3:15 P.M.").
_UNCOLONED_QUESTION = regex.compile(r"Q(?:[.]?[ \t]+\p{Lu}|\p{Lu}\p{Ll})")  # ("Q. Was it offside?", "QWhat happened?")
# A line that ends a transcript's turn: a stage direction ("(CROSSTALK)"), a line in
# capitals, or a bulleted topic heading with no sentence end ("• Japan-Korea relations").
_STAGE_LINE = regex.compile(r"[ \t]*(?:[(\[][^)\]\n]*[)\]][ \t]*|[^\p{Ll}\n]*|[•▪►‣◦][^\n]*[^\n.?!\s][ \t]*)")
_TOPIC_PROMPT = regex.compile(r"[ \t]*(?i:on|about)[ \t][^\n.?!\"“”]{2,100}?(?:…|\.\.\.|:)[ \t]*")
_SUBJECT_WORDS = regex.compile(r"[\p{L}’'.\-]+")
_UNSEEN = object()  # a memo's marker for a question not asked yet (None is an answer)
MAX_MENTION_CHARS = 400  # a speaker mention has at most 14 words: no stretch longer is one
# A word of the frame: letters and digits with inner apostrophes, hyphens, full stops
# and ampersands.  BLANK counts as a letter, so a word touching a quotation is not a
# word of the prose around it.
WORD = regex.compile(r"[\p{L}\p{N}\uE000][\p{L}\p{M}\p{N}’'\-.&\uE000]*")
_WORD_SPLIT = regex.compile(r"([\p{L}\p{N}\uE000][\p{L}\p{M}\p{N}’'\-.&\uE000]*)")
# A line of page furniture: a label such as "READ MORE:" or "WATCH:" before a link or
# caption, or the time stamp of a sidebar item ("3h ago Housing target missed, says Labour").
FURNITURE_LINE = regex.compile(
    r"(?i:" + lx.alternation(lx.FURNITURE_LABELS) + r")\s*[:|]"
    r"|\d{1,3}\s?(?:" + lx.alternation(lx.TIME_STAMP_UNITS) + r")\s+ago\b")
_HOST_PHRASE = regex.compile(r"(?i)\b(?:" + lx.alternation(lx.HOST_PHRASES) + r")\b")
# The headline of another article set into the text as a link: a quotation with no
# sentence end of its own opens the line, then a dash and a headline phrase with a
# lower-case word and no comma or sentence end ("‘Unreal, I was absolutely gone’ –
# Brecel on ‘intense relief’ of winning Crucible final").  A quotation signed by its
# speaker ("“We will fight on.” – John Smith, chairman") ends as a sentence or names
# no more than a speaker.
RELATED_HEADLINE = regex.compile(
    r"[‘'“\"][^\n]*?[^\s.!?,…][’'”\"][ \t]*[–—-][ \t]*\p{Lu}[^\n,.!?…]*?[ \t]\p{Ll}[^\n,.!?…]*")
# The signature an embedded social-media post ends with, as a scraper keeps it:
# "… pic.twitter.com/OZ6m — O2 in the UK (@O2) October 22, 2020".
EMBED_SIGNATURE = regex.compile(
    r"[—–-][ \t]*[^\n()]{1,80}\(@\w{1,30}\)[ \t]+(?i:" + lx.alternation(lx.MONTHS) + r")[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$")
# What marks a line as the text of such a post: a hashtag, a handle or a link.
_POST_MARK = regex.compile(r"(?<![\w&])[#@]\w|https?://|pic\.twitter\.com/")
# "PENCE: ..." / "Q: ..." at the start of a transcript paragraph.
# Also "DES O'CONNELL, MOTEL OWNER: ..." (a role after the name) and "COMMUTER 1: ...";
# a party after the name and a stage note before the colon, as on US networks:
# "ARNOLD SCHWARZENEGGER (R), CALIFORNIA GOVERNOR ELECT:", "KELLY WALLACE, CNN
# CORRESPONDENT (voice-over):"; a surname's prefix keeps its small letters: "MR. McCORMACK:".
SPEAKER_LABEL = regex.compile(
    r"(?P<name>(?:(?=[\p{Lu}.]+\s)(?i:" + lx.alternation(lx.TITLE_WORDS) + r")\s+){0,3}"  # ("DEPUTY CHIEF CABINET SECRETARY KATO:")
    r"\p{Lu}(?:\p{Ll}{1,2}\p{Lu})?[\p{Lu}.'’\-]+(?:\s+(?:\p{Lu}(?:\p{Ll}{1,2}\p{Lu})?[\p{Lu}.'’\-]+|\d{1,2})){0,2}|Q|A"
    r"|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.)?[ \t]+\p{Lu}{2,}[\p{Lu}'’\-]*)"  # ("Stephen J. DUBNER:", "Steve LEVITT:")
    r"(?:[ \t]+\(\p{Lu}(?:-\p{Lu}{2})?\))?"
    r"(?:,\s+(?P<role>\p{Lu}[\p{Lu}.'’\-]+(?:\s+\p{Lu}[\p{Lu}.'’\-]+){0,4}))?"
    r"(?:[ \t]+\([\p{Ll}][\p{Ll}\- ]{1,24}\))?:(?:\s+|(?=\p{Lu}))")  # ("BB:It's always good …": the space lost)
# A speaker label in title case, as government and broadcasters' transcripts print
# them ("Penny Wong, Foreign Minister:", "Stefanovic:", "Prime Minister:"): read only
# in a transcript, where such labels open `TITLE_LABEL_TURNS` paragraphs and one recurs
# (a one-off "Panaji: …" is a dateline, a headline's "Trump: …" a headline).
TITLE_LABEL = regex.compile(r"(?P<name>\p{Lu}[\p{Ll}’'\-]+(?:[ \t]+\p{Lu}[\p{L}’'\-]+){0,2})"
                            r"(?:,[ \t]+(?P<role>\p{Lu}[\p{L}’'\-]*(?:[ \t]+\p{L}[\p{L}’'\-]*){0,4}))?[ \t]?:[ \t]+(?=\S)")
TITLE_LABEL_TURNS = 3
_PRONOUN_WORD = regex.compile(r"\b\p{L}+(?:[’']\p{L}+)?")
# A speaker label alone on its line, the turn in the paragraphs under it ("Jacinda:"):
# a name of one to three capitalised words ("role" never matches; labels have one).
LABEL_LINE = regex.compile(r"(?P<name>\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,2})(?P<role>(?!))?[ \t]*:")
LABEL_LINE_REACH = 6  # paragraphs a turn under a label line may run to
# A journalist introduced by role: "our correspondent Mike Tran", "reporter Julia
# Hammond", "our transport correspondent, Ellie Brown"; or handed the story by the
# host: "NPR's Shannon Bond reports.", "the BBC's Ellie Brown has more."
_JOURNALIST_NAMED = regex.compile(
    r"\b(?i:" + lx.alternation(lx.JOURNALIST_LABELS) + r"),?\s+(?:\p{Lu}[\p{L}’'\-]+\s+){0,2}(?P<surname>\p{Lu}[\p{L}’'\-]+)"
    r"|['’]s\s+(?:\p{Lu}[\p{L}’'\-]+\s+){0,2}(?P<surname>\p{Lu}[\p{L}’'\-]+)\s+(?:" + lx.alternation(lx.HANDOVER_PHRASES) + r")\s*[.:]")


class lazy:
    """A property computed on first use and then kept in the instance: rules ask the
    same questions of a sentence or an article many times (functools.cached_property
    does this too, but takes a lock on every first use in Python 3.11)."""

    def __init__(self, fn: Callable) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


# Records made by the hundred thousand (spans, quotations, mentions, cues) are values,
# never changed after they are made, but not declared frozen: a frozen dataclass's
# __init__ costs about five times as much.
@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Quotation:
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


@dataclass(slots=True)
class Sentence:
    """One sentence, with the quotations that open inside it."""

    start: int
    end: int
    index: int  # in the article
    paragraph: int
    index_in_paragraph: int
    quotes: list[Quotation]
    title: bool  # a headline or other title-case line, not prose

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


class Document:
    """One article, split once.

    * ``paragraphs``: the non-blank lines, stripped (news text puts one paragraph on
      a line; a blank line between them changes nothing);
    * ``quotations``: paired quotation marks, in text order;
    * ``frame``: the text with every quotation (marks included) blanked out, the same
      length as the text, so attribution patterns such as ``Q, SPEAKER CUE`` match
      whatever the quote says;
    * ``sentences``: never split inside a quotation;
    * ``title_paragraphs``: headline-like lines (title case), which name people in
      run-together capitals and hold no prose;
    * ``furniture``: site furniture lines ("Related Articles", "- Advertisement -");
    * ``labels``: transcript labels ("PENCE:") that recur, so that a one-off dateline
      ("ISLAMABAD:") is not read as a speaker.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = paragraphs(text)
        self._para_starts = [p.start for p in self.paragraphs]
        self.title_paragraphs = [is_title_line(text[p.start:p.end]) for p in self.paragraphs]
        if len(self.paragraphs) > 1 and not self.title_paragraphs[0]:
            first = self.paragraphs[0]  # a headline in sentence case: no full stop ends it
            last = text[first.end - 2:first.end].rstrip("\"”’'")[-1:]  # ('… “We will win.”' ends a sentence)
            self.title_paragraphs[0] = first.end - first.start <= _HEADLINE_CHARS and last not in _SENTENCE_END_CHARS
        quoted = [q for q in quote_spans(text, self.paragraphs, self.title_paragraphs)
                  if not (text[q.start:q.start + 1].isupper()
                          and _WORK_TITLE_BEFORE.search(text, max(self.paragraphs[q.paragraph].start, q.open_at - 40), q.open_at))]
        # Nicknames are part of a name, not quotations: Fire Chief Anthony “Tony” Howard.
        nick = [_is_nickname(text, q) for q in quoted]
        self.nicknames = [Span(q.open_at, q.outer_end) for q, n in zip(quoted, nick) if n]
        # each nickname's words, to the spans that give it ("prachanda": Pushpa Kamal Dahal ‘Prachanda’)
        self.nickname_spans: dict[str, list[Span]] = {}
        for q, n in zip(quoted, nick):
            if n:
                self.nickname_spans.setdefault(text[q.start:q.end].lower(), []).append(Span(q.open_at, q.outer_end))
        self.quotations = [q for q, n in zip(quoted, nick) if not n] if self.nicknames else quoted
        # Stretches a mention reads as spaces: nicknames, marks and all, the comma before
        # a company's legal form ("Globex Holdings, Inc." names Globex Holdings Inc.) and
        # its stock listing ("Acme Corp. (NYSE: ACME) announced").
        self.blanked = sorted(self.nicknames + [Span(m.start(), m.end()) for m in _LEGAL_FORM_COMMA.finditer(text)]
                              + [Span(m.start(), m.end()) for m in _TICKER_BRACKET.finditer(text)]
                              + [Span(m.start(), m.end()) for m in _CREDENTIAL_COMMA.finditer(text)], key=lambda n: n.start)
        self.frame = _frame(text, self.quotations)
        self.furniture = [(p.end - p.start <= _FURNITURE_CHARS and text[p.start:p.end].lower() in lx.FURNITURE)
                          or FURNITURE_LINE.match(text, p.start, p.end) is not None
                          or (i > 0 and RELATED_HEADLINE.fullmatch(text, p.start, p.end) is not None)
                          for i, p in enumerate(self.paragraphs)]
        self._embedded_posts()
        self.sentences = self._sentences()
        self._label_turns: list[tuple[str, str | None, Span]] = []  # (label, its role, paragraph), by _labels
        self.line_turns: dict[int, regex.Match] = {}  # paragraph -> the label line above it, by _labels
        self.title_labels: frozenset[str] = frozenset()  # title-case labels this transcript uses, by _labels
        self.labels = self._labels()
        self._index_words()
        self._mentions: dict[tuple[int, int], object] = {}
        self._scans: dict[regex.Pattern, tuple[list[int], list[int]]] = {}
        self._word_hits: dict[frozenset[str], list[int]] = {}  # by holds_word
        self.speakers_before: dict[tuple[int, int, bool], object] = {}  # memo of speakers.speaker_before

    # -- words ---------------------------------------------------------------------
    def _index_words(self) -> None:
        """Split the frame into words once, with their offsets and lower-case forms,
        and note which words may be reporting cues."""
        frame = self.frame
        low = frame.lower()
        lowered = len(low) == len(frame)  # str.lower keeps offsets for nearly all text
        parts = _WORD_SPLIT.split(low if lowered else frame)
        acc = list(accumulate(map(len, parts)))
        self.word_starts: list[int] = acc[0:-1:2]
        self.word_ends: list[int] = acc[1::2]
        self.word_lows: list[str] = parts[1::2] if lowered else [w.lower() for w in parts[1::2]]
        # Each distinct word is tested once; the positions are then picked out in C.
        keys = lx.CUE_WORDS
        hits = {w for w in set(self.word_lows) if w in keys or (w[-1] == "." and w.rstrip(".") in keys)}
        self.cue_words: list[int] = list(compress(range(len(self.word_lows)), map(hits.__contains__, self.word_lows)))

    def cue_word_count(self, lo: int, hi: int) -> int:
        """How many words starting in ``[lo, hi)`` may be cues."""
        starts, cw = self.word_starts, self.cue_words
        a, b = bisect_left(starts, lo), bisect_left(starts, hi)
        return bisect_left(cw, b) - bisect_left(cw, a)

    def _embedded_posts(self) -> None:
        """Mark embedded social-media posts as furniture: the paragraph that ends with
        a post's signature, and the post's earlier lines before it (lines with a
        hashtag, a handle or a link), none of them holding a quotation mark.  A post
        is not the article's reporting, and it must not break a speaker's run of
        quote paragraphs."""
        text = self.text
        if "(@" not in text:
            return  # (no signature anywhere: most articles, found with one search)
        paras = self.paragraphs

        def unquoted(k: int) -> bool:  # (a post that quotes someone still reports their words)
            return not any(c in _QUOTE_MARKS for c in text[paras[k].start:paras[k].end])

        for i, p in enumerate(paras):
            if text.find("(@", p.start, p.end) < 0 or EMBED_SIGNATURE.search(text, p.start, p.end) is None or not unquoted(i):
                continue
            self.furniture[i] = True
            k = i - 1
            while k > 0 and not self.furniture[k] and _POST_MARK.search(text, paras[k].start, paras[k].end) and unquoted(k):
                self.furniture[k] = True
                k -= 1

    def window(self, lo: int, hi: int) -> "Window":
        return Window(self, lo, hi)

    def may_hold_cue(self, lo: int, hi: int) -> bool:
        """False only when the frame between ``lo`` and ``hi`` has no cue word and
        cuts no word at its edges (a cut piece could read as one)."""
        starts, ends = self.word_starts, self.word_ends
        a = bisect_left(starts, lo)
        b = bisect_right(ends, hi) - 1
        if (a > 0 and ends[a - 1] > lo) or (b + 1 < len(starts) and lo <= starts[b + 1] < hi):
            return True
        j = bisect_left(self.cue_words, a)
        return j < len(self.cue_words) and self.cue_words[j] <= b

    def could_match(self, pattern: regex.Pattern, lo: int, hi: int) -> bool:
        """False only when ``pattern`` cannot match in the frame between ``lo`` and
        ``hi``: the frame is scanned for it once, and a match inside any stretch
        overlaps one of the scan's matches."""
        found = self._scans.get(pattern)
        if found is None:
            ms = list(pattern.finditer(self.frame))
            found = self._scans[pattern] = ([m.start() for m in ms], [m.end() for m in ms])
        starts, ends = found
        i = bisect_right(ends, lo)  # the first match ending after lo
        return i < len(starts) and starts[i] < hi

    def holds_word(self, keys: frozenset[str], lo: int, hi: int) -> bool:
        """Whether a word of ``keys`` (lower case, full stops after it allowed) starts
        in the frame between ``lo`` and ``hi``: a span rule's pattern needs one of its
        words, and most sentences hold none, so the pattern runs only where one is.
        Each key set's positions are found once per Document, with set operations."""
        starts = self._word_hits.get(keys)
        if starts is None:
            present = keys.intersection(self.word_set).union(w for w in self.dotted_words if w.rstrip(".") in keys)
            starts = self._word_hits[keys] = [self.word_starts[i] for i in compress(
                range(len(self.word_lows)), map(present.__contains__, self.word_lows))] if present else []
        i = bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi

    @lazy
    def word_set(self) -> frozenset[str]:
        return frozenset(self.word_lows)

    @lazy
    def dotted_words(self) -> list[str]:
        """The distinct words with a full stop after them ("heard.", "U.S."): few."""
        return [w for w in self.word_set if w[-1] == "."]

    def mention(self, start: int, end: int):
        """`mentions.parse` of ``text[start:end]``, memoised twice: by offsets, as the
        rules ask about the same stretch many times, and by the stretch's characters
        (a parse depends on nothing else), as articles repeat their names."""
        key = (start, end)
        got = self._mentions.get(key, _UNSEEN)
        if got is not _UNSEEN:
            return got
        got = None
        if 1 < start and self.text[start - 1] in ",." and self.text[start].isdigit() and self.text[start - 2].isdigit():
            self._mentions[key] = None
            return None  # "12,000 coal miners": no mention starts inside a number ("000 coal miners")
        # A mention has at most 14 words, and no comma, colon or double quotation mark
        # (a third of the stretches the rules try: found here without parsing them).
        if end - start <= MAX_MENTION_CHARS and not self._punctuated(start, end):
            got = parse_stretch(self._stretch(start, end).rstrip() if self.blanked else self.text[start:end])
            if got is not None and self.blanked and "  " in got.text:
                got = _unspaced(got)
            if got is not None and got.head in lx.NAME_MONTHS and got.text.lower() == got.head and self._dated(start):
                got = None  # "In August, the groups ...": a month after a time word is a date
            if got is not None and " " not in got.text and got.text[:1].isupper():
                got = self._one_capitalised_word(got)
            if got is not None and got.kind == "name" and (first := _CUE_PARTICIPLE_FIRST.match(got.text)) is not None:
                if first.group(1).lower() in lx.CUE_WORDS:  # "Dismissing Datuk Seri Tengku Adnan's remarks, …"
                    self._mentions[key] = got = self.mention(start + first.end(), end)
                    return got
            if got is not None:
                got = Mention(start, start + got.end, got.text, got.kind, got.head, got.name, got.role, got.plural)
        self._mentions[key] = got
        return got

    def subheading(self, i: int) -> bool:
        """Paragraph ``i`` is a subheading between sections ("Cuts", "Final offer"): a
        few words after the headline, with no sentence end, quotation mark or name
        (a quote sheet's name line, "Midfielder Ed Marsh", heads what follows)."""
        if i <= 0 or i >= len(self.paragraphs):
            return False
        p = self.paragraphs[i]
        raw = self.text[p.start:p.end].rstrip()
        line = raw.lstrip()
        if not line or len(line) > _SUBHEADING_CHARS or not line[0].isupper() or line[-1] in _SENTENCE_END_CHARS:
            return False
        if any(c in _QUOTE_MARKS for c in line) or len(line.split()) > _SUBHEADING_WORDS:
            return False
        return not names_in_full(self.mention(p.start, p.start + len(raw))) and self.opening_name(p.start, p.start + len(raw)) is None

    def quoted_subheading(self, i: int) -> bool:
        """Paragraph ``i`` is a subheading set in quotation marks (a pull quote between
        sections: "Delighted to be here"): one short quotation, the whole paragraph,
        with no sentence end inside it or after it."""
        if i <= 1 or i >= len(self.paragraphs) - 1:
            return False
        p = self.paragraphs[i]
        line = self.text[p.start:p.end].strip()
        if len(line) < 3 or line[0] not in _QUOTE_MARKS or line[-1] not in _QUOTE_MARKS:
            return False
        inner = line[1:-1].strip()
        return (bool(inner) and inner[0].isupper() and inner[-1] not in _SENTENCE_END_CHARS and inner[-1] != ","
                and len(inner.split()) <= _SUBHEADING_WORDS and not any(c in _QUOTE_MARKS for c in inner))

    def opening_name(self, lo: int, end: int) -> Mention | None:
        """A person's full name opening a label, before the descriptions that follow it
        (`_LABEL_SEPARATOR`): the entry's speaker, whatever the descriptions hold."""
        sep = _LABEL_SEPARATOR.search(self.text, lo, end)
        if sep is None:
            return None
        e = sep.start()
        while e > lo and self.text[e - 1].isspace():
            e -= 1
        m = self.mention(lo, e)
        if m is None or m.kind != "name" or not names_in_full(m) or m.start > lo + 1 or m.text.isupper():
            return None  # (a capitalised headline is no name: "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY")
        return m

    @lazy
    def inner_quotations(self) -> list[Quotation]:
        """Quotations inside the article's quotations, in the other style of mark:
        "He said, 'Oh man, do you want it back?'" (American), '… “fake news” …'
        (British).  The article's own quotations keep only the outer one; these are
        read by the nested-quotation rule when a cue inside the outer one opens them."""
        text, out = self.text, []
        for q in self.quotations:
            double = text[q.open_at] not in "'‘"
            pattern = _INNER_SINGLE if double else _INNER_DOUBLE
            for m in pattern.finditer(text, q.start, q.end):
                if _TWO_LETTERS.search(text, m.start("body"), m.end("body")):
                    out.append(Quotation(m.start(), m.start("body"), m.end("body"), m.end("body"), q.paragraph, False, True))
        return out

    @lazy
    def quotation_starts(self) -> list[int]:
        """Where each quotation's text starts, in order (to find the one at an offset)."""
        return [q.start for q in self.quotations]

    @lazy
    def _punctuation(self) -> list[int]:
        """Offsets of the characters no mention holds (`mentions.PUNCT_CHARS`), found
        once; a nickname's quotation marks and a legal form's comma are part of a name."""
        marks = [m.start() for m in PUNCT_CHARS.finditer(self.text)]
        if self.blanked:
            inside = {i for n in self.blanked for i in range(n.start, n.end)}
            marks = [i for i in marks if i not in inside]
        return marks

    def _stretch(self, start: int, end: int) -> str:
        """``text[start:end]`` for parsing as a mention: a `blanked` stretch inside it
        reads as spaces, so "Anthony “Tony” Howard" names Anthony Howard."""
        stretch = self.text[start:end]
        nicks = self.blanked
        for k in range(bisect_left(self._blanked_starts, start), len(nicks)):  # (those inside only: linear)
            n = nicks[k]
            if n.start >= end:
                break
            if n.end <= end:
                stretch = stretch[:n.start - start] + " " * (n.end - n.start) + stretch[n.end - start:]
        return stretch

    def blanked_span(self, pos: int) -> Span | None:
        """The `blanked` stretch ``pos`` is inside (", RN" of "Judy Danella, RN,"), if any."""
        i = bisect_right(self._blanked_starts, pos) - 1
        return self.blanked[i] if i >= 0 and pos < self.blanked[i].end else None

    @lazy
    def _blanked_starts(self) -> list[int]:
        return [n.start for n in self.blanked]

    def _punctuated(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a character of `_punctuation`."""
        marks = self._punctuation
        i = bisect_left(marks, start)
        return i < len(marks) and marks[i] < end

    @lazy
    def name_words(self) -> frozenset[str]:
        """Capitalised words the article uses inside sentences (titles aside): its
        names.  Built on first use, in one scan."""
        frame, titles = self.frame, self.title_paragraphs
        return frozenset(m.group() for i, p in enumerate(self.paragraphs) if not titles[i]
                         for m in _MID_SENTENCE_CAPITAL.finditer(frame, p.start, p.end))

    def _one_capitalised_word(self, got: Mention) -> Mention | None:
        """A capitalised word alone is ambiguous at a sentence's start: "Sanders said"
        names a person although "-ers" nouns are groups ("Voters said"), and
        "Significantly," or "Frustrated," is no name at all.  The article decides:
        a word it capitalises inside sentences is a name."""
        word = got.text.rstrip(".")
        if (got.kind in {"definite", "indefinite"} and got.head == word.lower() and word in self.name_words
                and got.head not in lx.ROLE_NOUNS and got.head not in lx.OFFICE_TITLE_HEADS):
            kind = "organization" if got.head in lx.ORG_NOUNS or word in self._its_owners else "name"  # "Reuters", "Bloomberg"
            return Mention(got.start, got.end, got.text, kind, got.head, name=got.text)
        if got.kind == "name" and got.name == word and word in self._its_owners:
            return replace(got, kind="organization")  # "Ryanair lifted its estimate"
        if (got.kind == "name" and got.name and got.name.isupper() and len(got.name) > 1
                and (got.name.lower() in lx.TITLE_WORDS or got.name.lower() in lx.ROLE_NOUNS)):
            return replace(got, kind="organization")  # "TD's performance" (TD Bank): initials alone, no person titled TD
        return got

    @lazy
    def _its_owners(self) -> frozenset[str]:
        """Capitalised words the article, using them alone, follows with "its" in the
        same clause ("Ryanair lifted its profit estimate", "Nokia and its rivals"): an
        organisation's name, since a person takes "his" or "her" -- unless the article
        ever writes another capitalised word before it ("Donald Trump", "Mr. Obama"):
        a person's surname ("Trump slammed its decision")."""
        owners = {m.group(1) for m in _ITS_OWNER.finditer(self.frame)}
        if owners:
            owners.difference_update(m.group(2) for m in _CAPITALISED_PAIR.finditer(self.text, overlapped=True)
                                     if m.group(1).lower() not in lx.CONNECTIVES)
        return frozenset(owners)

    def ordinary_word(self, word: str, end: int) -> bool:
        """Whether a lone capitalised word ending at ``end`` is an ordinary word that
        opens its sentence, not a name: the article never capitalises it elsewhere
        (`_only_opens_sentences`), and it is an adverb ("Unofficially dubbed ...",
        "Significantly, ...", "Frustrated, ...") or no verb follows it ("Signs of
        momentum ...", "Giant screens ...").  "Carson defied the question", "Giuliani
        also questioned ..." and "Politico, in a long look at ..." keep their name."""
        if word in self.name_words or not word[1:].islower():
            return False
        if not (word.endswith("ly") or (_ADVERB_OR_PARTICIPLE.fullmatch(word) and self.text[end:end + 1] == ",")):
            nxt = _NEXT_WORD.match(self.text, end)
            if nxt is None:
                return False
            w = nxt.group(1).lower()
            if w in lx.CUE_WORDS or w in lx.AUXILIARIES or w in lx.CUE_ADVERBS or w.endswith(("ed", "s")):
                return False
        return self._only_opens_sentences(word)  # (the one scan of the article, last)

    def _only_opens_sentences(self, word: str) -> bool:
        """Whether every use of ``word`` in the article opens a sentence, a quotation or
        a paragraph: a word the article never capitalises elsewhere ("Unofficially",
        "Water") is an ordinary word, where a name is written in full at least once
        ("Fire Chief Anthony “Tony” Howard", "…,” Howard said")."""
        return word not in self._capitalised_inside

    @lazy
    def _capitalised_inside(self) -> frozenset[str]:
        """Capitalised words the article uses somewhere other than at the opening of a
        sentence, a quotation or a paragraph (with the forms before an apostrophe:
        "Howard’s" is a use of "Howard"), in one scan of the text."""
        text, out = self.text, set()
        for m in _CAPITALISED_TOKEN.finditer(text):
            if _OPENS_SENTENCE.search(text, max(0, m.start() - 8), m.start()):
                continue
            token = m.group()
            out.add(token)
            out.update(token[:k] for k, c in enumerate(token) if c in "’'")
        return frozenset(out)

    def _dated(self, start: int) -> bool:
        """Whether the word before ``start`` is one that opens a time adjunct."""
        e = start
        while e > 0 and e > start - 3 and self.text[e - 1] in " \t":
            e -= 1
        m = _WORD_BEFORE.match(self.text, max(0, e - 12), e) if e < start else None
        return m is not None and m.group().lower() in lx.DATE_PREPOSITIONS

    def prefix_could_parse(self, words: list) -> list[bool] | None:
        """For frame words (regex matches) of the text, ``could_be_mention`` of every
        prefix, or None where the frame's words may not be the mention's words (a
        quotation or a parenthesis in the stretch): the rules try every prefix of a
        clause's first words, longest first."""
        if not words:
            return []
        lo, hi = words[0].start(), words[-1].end()
        if self.frame.find(BLANK, lo, hi) >= 0 or self.text.find("(", lo, hi) >= 0:
            return None
        return could_be_mentions([m.group() for m in words])

    def too_far_for_mention(self, lo: int, end: int) -> int:
        """The last offset from which ``[offset, end)`` certainly holds more words than
        a mention can (-1 if none, or if a quotation or parenthesis in ``[lo, end)``
        could make the mention's words differ from the frame's)."""
        k = bisect_right(self.word_ends, end) - 1 - MAX_MENTION_WORDS
        if k < 0 or self.word_starts[k] < lo:
            return -1
        if self.frame.find(BLANK, lo, end) >= 0 or self.text.find("(", lo, end) >= 0:
            return -1
        return self.word_starts[k]

    def _sentences(self) -> list[Sentence]:
        text = self.text
        by_para: dict[int, list[Quotation]] = {}
        for q in self.quotations:
            by_para.setdefault(q.paragraph, []).append(q)
        out: list[Sentence] = []
        for pi, para in enumerate(self.paragraphs):
            pq = by_para.get(pi, [])
            masked = [(q.open_at, q.outer_end) for q in pq]
            title = self.title_paragraphs[pi]
            qi = 0  # quotations and sentences are both in text order
            for k, sp in enumerate(sentences(text, para, masked)):
                while qi < len(pq) and pq[qi].open_at < sp.start:
                    qi += 1
                inside = []
                while qi < len(pq) and pq[qi].open_at < sp.end:
                    inside.append(pq[qi])
                    qi += 1
                out.append(Sentence(sp.start, sp.end, len(out), pi, k, inside,
                                    title or is_headline_text(text[sp.start:sp.end])))
        return out

    def label_opening(self, para: Span) -> regex.Match | None:
        """The speaker label opening a paragraph ("PENCE: …", also inside an opening
        quotation mark: “PENCE: …"), or None."""
        return self.label_at(para.start + (self.text[para.start] in "\"“"), para.end)

    def label_at(self, start: int, end: int) -> regex.Match | None:
        """The speaker label at ``start``: in capitals (`SPEAKER_LABEL`), or in title
        case when this transcript labels its turns so (`title_labels`)."""
        m = SPEAKER_LABEL.match(self.text, start, end)
        if m is None and self.title_labels:
            m = TITLE_LABEL.match(self.text, start, end)
            if m is not None and m.group("name") not in self.title_labels:
                m = None
        return m

    def _spoken(self, start: int, end: int) -> bool:
        """Whether a turn reads as speech, in the first or second person ("Good morning,
        Karl. Look, we feel humbled"): "Bernie Sanders: needs 836 delegates" lists data."""
        return any(w.lower() in lx.FIRST_PERSON_WORDS or w.lower() in lx.SECOND_PERSON_WORDS
                   for w in _PRONOUN_WORD.findall(self.text, start, end))

    def _labels(self) -> frozenset[str]:
        """Transcript labels ("PENCE: ...") recur; a dateline ("ISLAMABAD: ...") does not."""
        count: dict[str, int] = {}
        found: list[tuple[regex.Match, Span, bool]] = []  # (label, paragraph, in title case)
        for i, para in enumerate(self.paragraphs):
            m = self.label_opening(para)  # (in capitals: no title-case label is known yet)
            if m is not None:
                found.append((m, para, False))
            elif not self.title_paragraphs[i] and not self.furniture[i]:
                t = TITLE_LABEL.match(self.text, para.start, para.end)
                if t is not None and t.group("name").lower() not in lx.FURNITURE_LABELS:
                    found.append((t, para, True))
        titled_names = Counter(m.group("name") for m, _, titled in found if titled)
        if (len(found) >= TITLE_LABEL_TURNS and max(titled_names.values(), default=0) >= 2
                and any(titled and self._spoken(m.end(), para.end) for m, para, titled in found)):
            self.title_labels = frozenset(titled_names)
        for m, para, titled in found:
            if titled and not self.title_labels:
                continue
            name = m.group("name")
            count[name] = count.get(name, 0) + 1
            self._label_turns.append((name, m.group("role"), para))
        self._line_labels(count)
        return frozenset(count) if sum(count.values()) >= 2 else frozenset()

    def _line_labels(self, count: dict[str, int]) -> None:
        """Labels alone on their lines ("Mike:" / "Jacinda:"), each heading the
        paragraphs under it up to the next: a transcript only when some label recurs
        (one "Update:" line is no transcript), and never a page's furniture label."""
        paras, text = self.paragraphs, self.text
        lines = [(i, m) for i, p in enumerate(paras[:-1]) if p.end - p.start <= _LABEL_LINE_CHARS
                 and (m := LABEL_LINE.fullmatch(text, p.start, p.end)) is not None
                 and m.group("name").lower() not in lx.FURNITURE_LABELS and not self.furniture[i]]
        seen: set[str] = set()
        for _, m in lines:
            if m.group("name") in seen:
                break
            seen.add(m.group("name"))
        else:
            return  # (no label recurs)
        for k, (i, m) in enumerate(lines):
            stop = min(lines[k + 1][0] if k + 1 < len(lines) else len(paras), i + 1 + LABEL_LINE_REACH)
            if stop == i + 1:
                continue
            name = m.group("name")
            count[name] = count.get(name, 0) + 1
            self._label_turns.append((name, None, paras[i + 1]))
            for j in range(i + 1, stop):
                if _STAGE_LINE.fullmatch(text, paras[j].start, paras[j].end):
                    break  # "(CROSSTALK)", a capitals-only line: the turn is over
                self.line_turns[j] = m

    @lazy
    def journalist_labels(self) -> frozenset[str]:
        """The labels of the programme's own journalists, whose turns are questions
        and links, not sourced statements: a label that is a journalist's role
        ("ANCHOR:", "Q:"), that carries one ("JULIA HAMMOND, REPORTER:"), that names
        someone the programme introduces as one ("our correspondent Mike Tran" for
        "TRAN:"), whose turns mostly end in a question (a third, for the label that
        opens the transcript), or who welcomes a guest (`lexicon.HOST_PHRASES`)."""
        if not self.labels:
            return frozenset()
        text = self.text
        introduced = {m.group("surname").upper() for m in _JOURNALIST_NAMED.finditer(text)}
        # a journalist labelled once with a role goes on by surname ("KELLY WALLACE, CNN
        # CORRESPONDENT:", then "WALLACE:")
        introduced.update(name.split()[-1].upper() for name, role, _ in self._label_turns
                          if any(w.lower() in lx.JOURNALIST_LABELS for w in (role or "").split()))
        turns: dict[str, list[int]] = {}  # label -> [turns, turns ending in a question]
        out = set()
        for name, role, para in self._label_turns:
            if name not in out and (name.lower() in lx.JOURNALIST_LABELS or name.split()[-1].upper() in introduced
                                    or any(w.lower() in lx.JOURNALIST_LABELS for w in (role or "").split())):
                out.add(name)
            t = turns.get(name)
            if t is None:
                t = turns[name] = [0, 0]
            t[0] += 1
            t[1] += text[max(para.start, para.end - 4):para.end].rstrip().endswith("?")
        out.update(name for name, (n, q) in turns.items() if n >= 2 and 2 * q >= n and not _legislator(name))
        # ... or who welcomes or brings in a guest ("Governor Huckabee, thanks for joining us")
        out.update(name for name, _, para in self._label_turns
                   if _HOST_PHRASE.search(text, para.start, para.end) is not None)
        # The label that opens the transcript and asks in a third of its turns is its host
        # ("BLITZER: Breaking news … BLITZER: How concerned are you?").
        first = self._label_turns[0][0] if self._label_turns else None
        if first is not None and turns[first][1] >= 2 and 3 * turns[first][1] >= turns[first][0] and not _legislator(first):
            out.add(first)
        return frozenset(out)

    @lazy
    def turn_runs(self) -> dict[int, int]:
        """In a labelled transcript (not a "Q:"/"A:" interview, see `interview`), the
        unlabelled paragraphs that carry a turn on, each to the paragraph of its label:
        a briefer's turn often runs over several paragraphs.  A question, a stage
        direction or a capitals-only line ends the turn.  Only in a transcript
        itself, where nothing but short header lines come before the first label: an
        article quoting a transcript puts its own words between the turns."""
        if not self.labels or "Q" in self.labels or "A" in self.labels:
            return {}
        text = self.text
        labelled = {para.start for name, _, para in self._label_turns if name in self.labels and name.lower() not in lx.FURNITURE_LABELS}
        if not labelled:
            return {}  # ("PHOTO: …" lines recur in an article, and speak for no one)
        first = next(i for i, para in enumerate(self.paragraphs) if para.start in labelled)
        if first > TRANSCRIPT_HEADER_LINES or any(len(self._words_in(p)) >= TRANSCRIPT_HEADER_WORDS for p in self.paragraphs[:first]):
            return {}
        out: dict[int, int] = {}
        last = None
        for i, para in enumerate(self.paragraphs):
            if para.start in labelled:
                last = i
            elif _UNCOLONED_QUESTION.match(text, para.start, para.end) or _STAGE_LINE.fullmatch(text, para.start, para.end):
                last = None
            elif last is not None:
                out[i] = last
        return out

    @lazy
    def interview(self) -> tuple[frozenset[int], Mention | None]:
        """A printed Q&A interview: the paragraphs that answer a question paragraph
        (with "Q:"/"A:" labels, those that carry an answer on past its labelled first
        paragraph), and the interviewee (the first full name before the questions).  Questions
        put to someone ("you") answered in the first person ("I", "we") make an
        interview; an explainer's "What happens next?" answered in the third person
        does not."""
        text, paras = self.text, self.paragraphs
        if {"Q", "A"} <= self.labels:  # "Q: ...?" / "A: ...": the labelled answers are the transcript rule's,
            first_q = next(para.start for name, _, para in self._label_turns if name == "Q")
            label_at = {para.start: name for name, _, para in self._label_turns}
            runs_on, last = set(), None  # the unlabelled paragraphs after an "A:" are its answer still
            for i, para in enumerate(paras):
                if para.start in label_at:
                    last = label_at[para.start]
                elif last == "A":
                    runs_on.add(i)
            return frozenset(runs_on), self._first_full_name(0, first_q)
        quoted = {q.paragraph for q in self.quotations}
        topics = self._topic_interview(quoted)
        if topics is not None:
            return topics
        # (an answer may quote someone inside it — “Why did I write that?” — but a
        # paragraph that opens with a quotation is an article's quote, not an answer)
        opens_quoted = {q.paragraph for q in self.quotations if q.open_at <= paras[q.paragraph].start + 1}
        pairs = []
        for i in range(len(paras) - 1):
            q, a = paras[i], paras[i + 1]
            if (i in quoted or i + 1 in opens_quoted or not text[max(q.start, q.end - 4):q.end].rstrip().endswith("?")
                    or text[max(a.start, a.end - 4):a.end].rstrip().endswith("?") or q.end - q.start > 400
                    or SPEAKER_LABEL.match(text, a.start, a.end) or SPEAKER_LABEL.match(text, q.start, q.end)):
                continue
            pairs.append((i, i + 1))
        if len(pairs) < MIN_INTERVIEW_QUESTIONS:
            return frozenset(), None
        first_person = sum(1 for _, a in pairs if self._first_person(paras[a]))
        put_to = sum(1 for q, _ in pairs if not lx.SECOND_PERSON_WORDS.isdisjoint(self._words_in(paras[q])))
        if 2 * first_person < len(pairs) or not put_to:
            return frozenset(), None
        return frozenset(a for _, a in pairs), self._first_full_name(0, paras[pairs[0][0]].start)

    def _topic_interview(self, quoted: set[int]) -> tuple[frozenset[int], Mention | None] | None:
        """A club's or a magazine's interview laid out by topic: prompt lines ("on the
        performance…", "On his future:") each followed by an unquoted answer in the
        first person, the interviewee the subject of the last sentence before the
        first prompt that names or describes a person ("The manager spoke to the
        media …, discussing Alexandre Lacazette's form": the manager).  The answer runs on over the
        paragraphs after it that speak in the first person too."""
        text, paras = self.text, self.paragraphs
        prompts = [i for i, p in enumerate(paras[:-1]) if i not in quoted and _TOPIC_PROMPT.fullmatch(text, p.start, p.end)]
        if len(prompts) < MIN_TOPIC_PROMPTS:
            return None
        answers: list[int] = []
        first_person = 0
        for k, i in enumerate(prompts):
            stop = prompts[k + 1] if k + 1 < len(prompts) else len(paras)
            for j in range(i + 1, stop):
                # (an answer may be printed in quotation marks, a whole paragraph of them:
                # "On Jason Hammel:" then "“Hamm was good. …”")
                if (j in quoted and not self._wholly_quoted(j)) or (j > i + 1 and not self._first_person(paras[j])):
                    break
                answers.append(j)
                first_person += j == i + 1 and (self._first_person(paras[j]) or (j in quoted and self._first_person_quoted(paras[j])))
        if 2 * first_person < len(prompts):
            return None
        lo = paras[prompts[0]].start
        who = self._last_subject_source(0, lo) or self._first_full_name(0, lo)
        return frozenset(answers), who

    def _wholly_quoted(self, i: int) -> bool:
        """Whether paragraph ``i`` is one quotation, marks and all, with nothing outside it."""
        p = self.paragraphs[i]
        qs = self.quotations
        inside = []
        for k in range(bisect_left(self.quotation_starts, p.start), len(qs)):  # (this paragraph's only)
            if qs[k].start >= p.end:
                break
            inside.append(qs[k])
        return (len(inside) == 1 and self.text[p.start:inside[0].open_at].strip() == ""
                and self.text[inside[0].outer_end:p.end].strip() == "")

    def _words_in(self, p: Span) -> list[str]:
        """The lower-case words of a paragraph (from the one split of the text)."""
        return self.word_lows[bisect_left(self.word_starts, p.start):bisect_left(self.word_starts, p.end)]

    def _first_person(self, p: Span) -> bool:
        return not lx.FIRST_PERSON_WORDS.isdisjoint(self._words_in(p))

    def _first_person_quoted(self, p: Span) -> bool:
        """`_first_person` of the words inside a paragraph's quotation marks (the frame
        the word index is built from blanks them)."""
        return not lx.FIRST_PERSON_WORDS.isdisjoint(w.group().lower() for w in WORD.finditer(self.text, p.start, p.end))

    def _last_subject_source(self, lo: int, hi: int) -> Mention | None:
        """The last sentence subject before ``hi`` that names a person or describes one
        by a role ("The manager spoke to the media ...")."""
        for s in reversed([s for s in self.sentences if lo <= s.start and s.end <= hi]):
            words = list(_SUBJECT_WORDS.finditer(self.text, s.start, min(s.end, s.start + 60)))[:5]
            if words and (words[0].group().lower() in lx.SENTENCE_ADVERBS or words[0].group().lower() in lx.CONNECTIVES):
                words = words[1:]  # "Maybe Showalter is right …": the subject follows the adverb
            words = words[:4]
            for w in reversed(words):
                m = self.mention(words[0].start(), w.end())
                if m is not None and m.kind == "name" and " " not in m.text and m.text not in self.name_words:
                    continue  # ("Read on for a full transcript:": a word never capitalised inside a sentence)
                if m is not None and (m.kind == "name" or (m.kind == "definite" and m.head in lx.ROLE_NOUNS)):
                    return m
        return None

    def _first_full_name(self, lo: int, hi: int) -> Mention | None:
        """The first person named in full between ``lo`` and ``hi``."""
        for m in _CAPITALISED_RUN.finditer(self.text, lo, hi):
            got = self.mention(m.start(), m.end())
            if got is not None and got.kind == "name" and " " in (got.name or ""):
                return got
        return None

    def paragraph_at(self, pos: int) -> int | None:
        """The index of the paragraph holding offset ``pos``, or None between paragraphs."""
        i = bisect_right(self._para_starts, pos) - 1
        if i >= 0 and pos < self.paragraphs[i].end:
            return i
        return None

    def on_title_line(self, pos: int) -> bool:
        i = self.paragraph_at(pos)
        return i is not None and self.title_paragraphs[i]

    def is_caption(self, s: Sentence) -> bool:
        """Photo captions and credits name people without being article prose."""
        return self.text[s.start] in _CAPTION_FIRST and bool(lx.CAPTION.match(self.text, s.start, s.end))

    @property
    def title(self) -> str | None:
        """The first paragraph that reads like a headline: a few words, no final full
        stop, not site furniture; else the opening sentence, cut at a word boundary."""
        first = None
        for i, p in enumerate(self.paragraphs[:40]):
            line = self.text[p.start:p.end]
            first = first or line
            if self.furniture[i]:
                continue
            if 3 <= len(line.split()) <= 30 and line[-1] not in ".:;,":
                return line
        if not first:
            return None
        sentence = first.split(". ")[0]
        return sentence if len(sentence) <= 120 else sentence[:120].rsplit(" ", 1)[0] + "…"


class Window:
    """The frame's words in ``[lo, hi)`` as a scan of just that stretch would split
    them: the document's words inside it, plus the pieces of words cut at its edges.
    Position ``i`` is the i-th word of the stretch; `get` gives (start, end, lower)."""

    __slots__ = ("doc", "lo", "hi", "a", "b", "head", "tail", "mid", "size")

    def __init__(self, doc: Document, lo: int, hi: int) -> None:
        starts, ends = doc.word_starts, doc.word_ends
        n = len(starts)
        self.doc, self.lo, self.hi = doc, lo, hi
        a = bisect_left(starts, lo)
        b = bisect_right(ends, hi) - 1
        self.head: list[tuple[int, int, str]] = []
        if a > 0 and ends[a - 1] > lo:  # ``lo`` cuts a word: scan the cut piece
            head_end = min(starts[a], hi) if a < n else hi
            self.head = [(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(doc.frame, lo, head_end)]
        self.tail: list[tuple[int, int, str]] = []
        if b + 1 < n and lo <= starts[b + 1] < hi:  # ``hi`` cuts a word
            self.tail = [(starts[b + 1], hi, doc.frame[starts[b + 1]:hi].lower())]
        self.a, self.b = a, b
        self.mid = max(0, b - a + 1)
        self.size = len(self.head) + self.mid + len(self.tail)

    def get(self, i: int) -> tuple[int, int, str]:
        h = len(self.head)
        if i < h:
            return self.head[i]
        if i < h + self.mid:
            k = self.a + i - h
            d = self.doc
            return d.word_starts[k], d.word_ends[k], d.word_lows[k]
        return self.tail[i - h - self.mid]

    def cue_positions(self) -> list[int]:
        """Positions of the words that may be cues (a cue word, before the checks
        that need its neighbours), in order."""
        d, h = self.doc, len(self.head)
        keys = lx.CUE_WORDS
        out = [i for i, (_, _, w) in enumerate(self.head) if w.rstrip(".") in keys]
        cw = d.cue_words
        for j in range(bisect_left(cw, self.a), bisect_right(cw, self.b)):
            out.append(h + cw[j] - self.a)
        base = h + self.mid
        out += [base + i for i, (_, _, w) in enumerate(self.tail) if w.rstrip(".") in keys]
        return out


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines of the article, each a paragraph."""
    return [Span(*m.span()) for m in _STRIPPED_LINE.finditer(text)]


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph(s) holding ``text[start:end]``, by the same definition as
    `paragraphs` (a non-blank line, stripped) but found by looking only around the
    span, so that a quote page of a 20 MB article does not split all of it."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", max(start, end - 1))
    hi = len(text) if hi < 0 else hi
    while lo < start and text[lo].isspace():
        lo += 1
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


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


_CUE_PARTICIPLE_FIRST = regex.compile(r"(\p{Lu}\p{Ll}+ing)\s+(?=\p{Lu})")  # a participle opening a name's words
_NICKNAME = regex.compile(r"\p{Lu}[\p{L}.’'\-]*(?:\s\p{Lu}[\p{L}.’'\-]*)?")
_NAME_WORD_BEFORE = regex.compile(r"(?r)\b\p{Lu}[\p{L}’'\-]*\s$")
_NAME_WORD_AFTER = regex.compile(r"\s\p{Lu}[\p{L}’'\-]")
# two name words (and the word before them), then a cue or a comma after the nickname
_FULL_NAME_BEFORE = regex.compile(r"(?r)(?:\b(?P<before>\p{L}+)\s+)?\b\p{Lu}\p{Ll}[\p{L}’'\-]*\s\p{Lu}\p{Ll}[\p{L}’'\-]*\s$")
_SENTENCE_GOES_ON = regex.compile(r",|\s(?P<word>\p{Ll}+)\b")


def _is_nickname(text: str, q: Quotation) -> bool:
    """Whether a quotation is one or two capitalised words between two words of a name
    (Anthony “Tony” Howard, Aquilino “Koko” Pimentel III) or after a full name, with the
    sentence going on (Pushpa Kamal Dahal ‘Prachanda’ said)."""
    if not (q.closed and q.end - q.start <= 24 and _NICKNAME.fullmatch(text, q.start, q.end) is not None):
        return False
    if _NAME_WORD_BEFORE.search(text, max(0, q.open_at - 30), q.open_at) is None:
        return False
    if _NAME_WORD_AFTER.match(text, q.outer_end) is not None:
        return True
    # (after a hearer, "told Fox News “Absolutely”", the words are what was told)
    name = _FULL_NAME_BEFORE.search(text, max(0, q.open_at - 60), q.open_at)
    if name is None or (name.group("before") or "").lower() in lx.CUE_WORDS:
        return False
    goes_on = _SENTENCE_GOES_ON.match(text, q.outer_end)
    return goes_on is not None and (goes_on.group("word") is None or goes_on.group("word") in lx.CUE_WORDS)


def _unspaced(m):
    """A parse of a stretch with a nickname spaced out, its words joined by one space."""
    def one(s: str | None) -> str | None:
        return " ".join(s.split()) if s else s
    return replace(m, text=one(m.text), name=one(m.name), role=one(m.role))


def quote_spans(text: str, paras: list[Span], titles: list[bool] | None = None) -> list[Quotation]:
    """Pair the quotation marks of the article into quotation spans.

    ``titles`` flags headline lines, where single marks are headline style for quoted
    words and stay text for the headline rules."""
    spans: list[Quotation] = []
    carry = False  # the previous paragraph ended inside a quote
    unmarked_until = -1  # paragraphs before this one are pieces of an unmarked run-on
    for pi, para in enumerate(paras):
        if pi < unmarked_until:
            continue
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
                    spans.append(Quotation(open_at, inner, _rstrip(text, inner, pos), None, pi, continues, False))
                open_at, inner = pos, pos + n
                continues = False
                continue
            if pos > inner:
                spans.append(Quotation(open_at, inner, pos, pos, pi, continues, True, n))
            open_at = None
            continues = False
        carry = False
        if open_at is not None and para.end > inner:
            spans.append(Quotation(open_at, inner, _rstrip(text, inner, para.end), None, pi, continues, False))
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            carry = nxt is not None and _MARK_RE.match(text, nxt.start, nxt.end) is not None
            if not carry and not (titles and titles[pi]):
                run = _unmarked_run_on(text, paras, pi + 1)
                if run:
                    spans.extend(run)
                    unmarked_until = run[-1].paragraph + 1
    spans = [s for s in spans if s.end > s.start]
    singles = _single_quote_spans(text, paras, titles or [False] * len(paras))
    if len(spans) > len(singles):
        # Where double marks are the house style, single marks set headlines and
        # nested quotes: a paragraph that is one single-quoted line is a subhead.
        singles = [q for q in singles if not (q.open_at == paras[q.paragraph].start and q.outer_end == paras[q.paragraph].end)]
    out = _nest(spans, singles) if singles else spans
    translations = _translation_spans(text, paras)
    return _nest(translations, out) if translations else out


# "[Translation: …]" set as a paragraph of its own after a quotation in another language
_TRANSLATION = regex.compile(r"[ \t]*(?P<open>[\[(])[ \t]*(?i:" + lx.alternation(lx.TRANSLATION_LABELS)
                             + r")[ \t]*:[ \t]*(?P<words>\S.*?)[ \t]*(?P<close>[\])])[ \t]*")


def _translation_spans(text: str, paras: list[Span]) -> list[Quotation]:
    """A bracketed translation paragraph is a quotation of its own, marks and all:
    the words of whoever spoke the quotation it translates (the quotation rules give
    it that speaker), and nothing inside it is the article's prose."""
    if "ranslat" not in text:
        return []
    out = []
    for pi, para in enumerate(paras):
        m = _TRANSLATION.fullmatch(text, para.start, para.end)
        if m is not None:
            out.append(Quotation(m.start("open"), m.start("words"), m.end("words"), m.start("close"), pi, False, True))
    return out


MAX_UNMARKED_PARAGRAPHS = 8  # paragraphs a statement runs on without reopening marks


def _unmarked_run_on(text: str, paras: list[Span], first: int) -> list[Quotation]:
    """The rest of a quotation that runs on over paragraphs that do not reopen it:
    a statement posted whole ('The Mayor released this statement: "The violence …'),
    its paragraphs without marks and only the last one closed.  Found only when the
    paragraphs after the unclosed one hold no double mark up to one that ends in a
    closing mark and holds no other, at most `MAX_UNMARKED_PARAGRAPHS` on."""
    for pj in range(first, min(len(paras), first + MAX_UNMARKED_PARAGRAPHS)):
        p = paras[pj]
        marks = list(_MARK_RE.finditer(text, p.start, p.end))
        if not marks:
            continue
        last = marks[-1]
        if (len(marks) > 1 or pj == first or last.end() != _rstrip(text, p.start, p.end)
                or _mark_role(text, last.start(), len(last.group()), p.start, p.end) != "close"
                or text[last.start() - 1] not in _RUN_ON_END_CHARS):
            return []
        pieces = [Quotation(q.start, q.start, _rstrip(text, q.start, q.end), None, k, True, False)
                  for k, q in enumerate(paras[first:pj], first)]
        return pieces + [Quotation(p.start, p.start, last.start(), last.start(), pj, True, True, len(last.group()))]
    return []


_RUN_ON_END_CHARS = ".!?…"  # a statement's last paragraph ends a sentence inside its closing mark


def _single_role(text: str, i: int, lo: int, hi: int) -> str | None:
    """Classify the single mark at ``i`` as an 'open' or 'close' quotation mark (a
    'weak' close when it may be a plural possessive) or None for an apostrophe.

    Between two letters or digits it is an apostrophe (it's, Pakistan's, rock 'n'
    roll's inner marks pair to one letter and are dropped later); an opening mark is
    followed by a letter (a digit makes it the apostrophe of '90s or '16).
    """
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return None
    mark = text[i]
    if mark != "’" and (before in _OPENING_CONTEXT or before in OPEN_MARKS or before == '"') and (after.isalpha() or after in '“"…'):
        return "open"
    if mark != "‘" and not before.isspace() and not after.isalnum():
        if before in "sz" and after.isspace():
            nxt = _NEXT_VISIBLE.match(text, i + 1, hi)
            if nxt is not None and nxt.group(1).islower():
                return "weak"  # "the players' union": possessive or closing mark
        return "close"
    return None


def _single_quote_spans(text: str, paras: list[Span], titles: list[bool]) -> list[Quotation]:
    """Pair single quotation marks ('…' and ‘…’), the house style of British news and
    of much broadcast and court copy, telling them apart from apostrophes.

    A second opening mark inside an open quote is an apostrophe ('em, 'n'); a possible
    plural possessive closes the quote only when no surer closing mark follows; a quote
    left open at the paragraph's end counts only when the next paragraph reopens it.
    Pieces without two letters ('n') are apostrophes, not quotations.
    """
    spans: list[Quotation] = []
    carry = False
    for pi, para in enumerate(paras):
        if titles[pi] or not _SINGLE_HINT.search(text, para.start, para.end):
            carry = False
            continue
        marks = [(m.start(), role) for m in _SINGLE_RE.finditer(text, para.start, para.end)
                 if (role := _single_role(text, m.start(), para.start, para.end)) is not None]
        last_close = max((k for k, (_, r) in enumerate(marks) if r == "close"), default=-1)
        open_at: int | None = None
        continues = False
        for k, (pos, role) in enumerate(marks):
            if open_at is None:
                if role == "open":
                    open_at, continues = pos, carry and pos == para.start
                continue
            if role == "open":
                continue  # an apostrophe inside the quote: 'give 'em hell'
            if role == "weak" and last_close > k:
                continue
            spans.append(Quotation(open_at, open_at + 1, pos, pos, pi, continues, True))
            open_at = None
        carry = False
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            reopened = nxt is not None and text[nxt.start] in "'‘" and _single_role(text, nxt.start, nxt.start, nxt.end) == "open"
            if reopened or continues:
                spans.append(Quotation(open_at, open_at + 1, _rstrip(text, open_at + 1, para.end), None, pi, continues, False))
            carry = reopened
    return [s for s in spans if _TWO_LETTERS.search(text, s.start, s.end)]


def _nest(doubles: list[Quotation], singles: list[Quotation]) -> list[Quotation]:
    """Merge the two kinds of quotation, keeping only the outer one where they nest:
    “… ‘fake news’ …” in American style, ‘… “fake news” …’ in British style."""
    out: list[Quotation] = []
    merged = sorted(doubles + singles, key=lambda q: (q.open_at, -q.outer_end))
    for q in merged:
        if out and q.open_at < out[-1].outer_end:
            continue  # inside (or crossing) the quotation before it
        out.append(q)
    return out


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _frame(text: str, qs: list[Quotation]) -> str:
    """The text with each quotation, marks included, replaced by BLANKs."""
    out: list[str] = []
    pos = 0
    for q in qs:
        a, b = max(q.open_at, pos), q.outer_end
        if b <= a:
            continue
        out.append(text[pos:a])
        out.append(BLANK * (b - a))
        pos = b
    out.append(text[pos:])
    return "".join(out)


# After a quotation that closes on a full stop, a capital and more than a short
# attribution before the next sentence end: a new sentence ('“… my child.” Later in the
# interview, West said that it took nine months …'), not '“We are ready.” Trump said.'
_LONG_SENTENCE_AFTER = regex.compile(r"\s+\p{Lu}[^.!?\n\"“”]*?(?:\s[^\s.!?\"“”]+){7}")


def sentences(text: str, para: Span, masked: list[tuple[int, int]]) -> list[Span]:
    """Split a paragraph into sentences, never inside a quotation span.

    ``masked`` lists the (start, end) spans of quotations (marks included) within the
    paragraph: a full stop inside a quote does not end the surrounding sentence,
    unless it is the quote's last character and a capital follows the closing mark.
    """
    out: list[Span] = []
    start = para.start
    letter = -1  # the first letter at or after ``start`` (found once per sentence)
    mi = 0
    for m in _SENT_END.finditer(text, para.start, para.end):
        end = m.end()
        while mi < len(masked) and masked[mi][1] <= m.start():
            mi += 1
        if mi < len(masked) and masked[mi][0] <= m.start() < masked[mi][1]:
            closes = m.end() >= masked[mi][1] and text[m.start()] == "." and m.group().count(".") == 1
            if closes and letter < start:
                found = _LETTER.search(text, start, para.end)
                letter = found.start() if found else para.end
            if not (closes and (letter < masked[mi][0] or _OPENS_QUOTE.match(text, masked[mi][1], para.end)
                                or _LONG_SENTENCE_AFTER.match(text, masked[mi][1], para.end))):
                continue  # ('“We are ready.” “We agree,” said X': a second quotation starts a sentence;
                #          '“… my child.” Later in the interview, West said …': a sentence of its own)
            # 'Trump boasted, "That makes me smart." Trump was ...': a quotation that
            # a sentence leads into and that closes on a full stop ends the sentence
            # ("?" and "!" often do not: '"Why not?" Trump asked.').
        if end < para.end and _is_abbreviation(text, para.start, m.start()) and not _QUOTE_OPENS_SENTENCE.match(text, end, para.end):
            continue  # (at the paragraph's end the sentence ends either way; '… CEO of Acme Corp. “Her …”' ends there)
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


def _is_abbreviation(text: str, lo: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.match(text, max(lo, dot - 64), dot)  # no abbreviation is longer
    if not m:
        return False
    word = m.group().lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Paul D. Ryan"
    if _INITIALS.fullmatch(m.group()):
        return True  # run-together initials: "G.K. Butterfield", "George H.W. Bush"
    return word in lx.ABBREVIATIONS


def _legislator(label: str) -> bool:
    """A label titled as an elected member ("Senator WONG", "REP. JORDAN"): in a
    hearing's transcript their questions are on the record."""
    first = label.split(None, 1)[0].rstrip(".").lower()
    return first in lx.LEGISLATOR_TITLES and " " in label


def is_title_line(line: str) -> bool:
    """A whole line in title case is a headline even with a final full stop
    ("Trump Supporter Screams at Reporters.")."""
    if len(line) > 200 or len(line) < 19:
        return False  # (four words of four letters take 19 characters)
    words = [w for w in _TITLE_WORD.findall(line) if len(w) > 3]
    if len(words) < 4:
        return False
    # Title case capitalises every word of four letters or more but a few small ones;
    # a sentence full of names ("According to the Real Clear Politics average, Trump
    # is up 15.6 points in Florida.") still has its common nouns and verbs in lower case.
    # A line that ends as a sentence ends gets no stray lower-case word: "Sheldon
    # Adelson said the discussion with Trump was about Israel." is prose.
    # (A closing quotation mark after the stop ends a sentence too: `He said: "We will win."`.)
    allowed = 0 if line.rstrip().rstrip(CLOSE_MARKS + "\"'’").endswith(".") else len(words) // 8
    for w in words:
        if not w[0].isupper() and w.lower() not in lx.TITLE_CASE_SMALL_WORDS:
            allowed -= 1
            if allowed < 0:
                return False  # (most lines are prose: they fail within the first words)
    return True


def is_headline_text(inner: str) -> bool:
    """Text in title case with no final punctuation is a headline, not speech: a
    quoted headline ("“Diplomatic Leverage: Akram on Shaping ...”") or a sentence."""
    if inner.rstrip()[-1:] in ".!?,…":  # (also true of an empty string)
        return _LETTER_WORD.search(inner) is None
    words = _LETTER_WORD.findall(inner)
    if not words:
        return True
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) > 0.6

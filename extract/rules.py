"""The attribution rules: small named units in ordered tables.

Each rule has one job, a docstring saying what news sentence it handles, and an
example with what it must extract (the tests run every example, and run it again
with the rule removed to prove the rule is what extracts it).  The engine
(`engine.py`) runs the tables in order; within a table the first rule that answers
wins, and the statement it produces carries the rule's id as its provenance
(``quotes.rule`` in the database).

The tables, in the order the engine consults them:

* ``QUOTATION_RULES``: for each quotation in a sentence, who says it and whether it is
  a direct quote or a fragment inside reported speech;
* ``HEADLINE_RULES``: for a headline line (``Graham: Trump's Rhetoric ...``);
* ``SENTENCE_RULES``: for a prose sentence, shapes that claim the whole sentence
  (``According to X, ...``); when one answers, nothing else is read there;
* ``SPAN_RULES``: statements that are not governed by a cue verb (``was first reported
  by Politico``, ``Trump's claim that ...``); each may answer, and claims its span;
* ``CUE_RULES``: for each reporting verb left in the sentence, the shape of its
  attribution: ``X said (that) ...``, ``..., X said.``, ``..., said X.``;
* ``INHERITANCE_RULES``: for a quotation with nobody named in its sentence, where the
  speaker comes from (the next quote, the previous one, an introducing sentence).

To add a rule: write a function here with the ``@rule`` decorator (an id, an example
and what it must extract), and put it in its table at the place its priority says.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from itertools import islice
from typing import Callable

import regex

from . import lexicon as lx
from .clauses import (LEADING_JUNK, OPENING_LOOK, ComplementStops, char_before, complement_start, content_end, content_start,
                      hearer_end, np_end, skip_space, skip_space_back, tail_after_cue, tail_is_short)
from .cues import Cue, cues, is_passive, scan
from .document import BLANK, SPEAKER_LABEL, WORD, Document, Quotation, Sentence, Span, is_headline_text, lazy
from .mentions import Mention, contracted_pronoun, could_end_name, is_possessive, names_in_full, parse_stretch, past_tense, people_noun, source_noun
from .speakers import (LEADING_ADVERBIAL, MAX_LOOK, SUBORDINATOR, according_speaker, issuer_before, label_mention,
                       longest_mention, mention_ending_at, nearest_subject, speaker_after, speaker_before,
                       looks_like_role, statement_sender, strip_adverbs_back, subject)

INHERIT_REACH = 50  # statements searched for a donor speaker (bounded for linear time)
# Reporting cues read per sentence: news sentences have at most 8 (PolNeAR dev and
# train); a "sentence" of thousands of cues (a crawled list, junk) stops here.
MAX_CUES = 32

_AFTER_CUE = regex.compile(r"[\s,.;:—–-]*")
_DASH_ATTRIBUTION = regex.compile(r"[ \t\u00a0]*(?P<dash>[―—–]|--)[ \t\u00a0]*(?P<name>\p{Lu}[\p{L}.’'\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.’'\-]*){0,4}?)[ \t\u00a0]*\.?[ \t\u00a0]*(?=\n|$|,)")
# The run of spaces, punctuation and closing marks at the end of a stretch (read backwards).
_CLOSING_RUN = regex.compile(r"(?r)[\s.,;:!?\"“”’')\]—–-]*")
_BYLINE_BEFORE = regex.compile(r"(?i:\bby)\s+(?:\p{Lu}[\p{L}]*(?:’s|'s)\s+)?$")
_TRAILING_PARENTHESIS = regex.compile(r"\([^()]{1,58}\)$")
_ROUNDUP_DASH = regex.compile(r"(?r)\s[-–—]\s+")
_LIST_JOIN = regex.compile(r"\s*,?\s*(?:" + lx.alternation(lx.LIST_JOINERS) + r")?\s*")
_ACCORDING = regex.compile(r"\baccording\s+to\s+", regex.IGNORECASE)
_COORDINATED = regex.compile(
    r"\s(?:" + lx.alternation(lx.COORDINATORS) + r")\s+(?:\p{Ll}+ly\s+|(?:" + lx.alternation(lx.COORDINATED_CUE_ADVERBS) + r")\s+)?"
    r"(?:(?:" + lx.alternation(lx.PERFECT_AUXILIARIES) + r")\s+)?$")  # ("… but has said")
_SHORT_OBJECT = regex.compile(r"(?:[\p{L}\p{N}’'.\-]+\s+){0,6}[\p{L}\p{N}’'.\-]+\s*[,:]")
_HEADLINE_CUE = regex.compile(r"\s(?P<cue>" + lx.alternation(lx.capitalised(lx.HEADLINE_CUES)) + r")\s+(?=\S)")
_HEADLINE_LABEL = regex.compile(r"(?P<name>[^:\n]{2,60}):\s+(?=\S)")
_PASSIVE_AGENT = regex.compile(
    r"\s+(?:" + lx.alternation(lx.PASSIVE_AGENT_AUXILIARIES) + r")\s+(?:(?:" + lx.alternation(lx.PASSIVE_AGENT_ADVERBS) + r")\s+)?"
    r"(?P<verb>" + lx.alternation(lx.PASSIVE_AGENT_VERBS) + r")\s+by\s+"
)
_PASSIVE_HEARER = regex.compile(
    r"\s+(?:" + lx.alternation(lx.PASSIVE_HEARER_AUXILIARIES) + r")\s+(?:(?:" + lx.alternation(lx.PASSIVE_AGENT_ADVERBS) + r")\s+)?"
    r"(?P<verb>" + lx.alternation(lx.PASSIVE_HEARER_VERBS) + r")\s+by\s+(?P<agent>[^,;:()\"“”]{2,80}?)\s+that\s+"
)
_ASKED_BY = regex.compile(
    r"\b(?P<verb>" + lx.alternation(lx.ASKED_BY_VERBS) + r")\s+by\s+(?P<agent>[^,;:()\uE000]{2,80}?)\s+(?=(?:"
    + lx.alternation(lx.QUESTION_COMPLEMENTIZERS) + r")\s)"
)
_MADE_CLEAR = regex.compile(
    r"\b(?P<verb>(?:" + lx.alternation(lx.MAKE_FORMS) + r")\s+(?:it\s+)?(?:(?:" + lx.alternation(lx.CLARITY_INTENSIFIERS) + r")\s+)?"
    r"(?:" + lx.alternation(lx.CLARITY_WORDS) + r"))(?:\s+to\s+[^,;:()\"“”]{1,60}?)?\s+that\s+"
)
_HEARING = regex.compile(
    r"(?:\b(?i:the|an?)\s+(?:" + lx.alternation(lx.HEARING_BODIES) + r")"
    r"|\b(?:\p{Lu}[\p{L}’'\-]*\s+){1,4}(?:" + lx.alternation(lx.NAMED_HEARING_BODIES) + r"))"
    r"(?:\s+(?:at|in)\s+[^,;:()\"“”]{3,60}?)?\s+"  # "An inquest at Chelmsford Coroner’s Court on Tuesday heard"
    r"(?P<verb>(?:" + lx.alternation(lx.HEARD_FORMS) + r"|(?:" + lx.alternation(lx.PASSIVE_AGENT_AUXILIARIES) + r")\s+told))\b"
    r"(?:\s+(?:by|from)\s+(?P<agent>[^,;:()\"“”]{2,80}?)(?=\s+(?:that|how)\b))?(?P<that>\s+(?:that|how)\b)?"
)
_CLAIM = regex.compile(
    r"(?P<owner_end>’s|'s|’)\s+(?:[\p{Ll}\-]+\s+)?(?P<noun>" + lx.alternation(lx.CLAIM_NOUNS) + r")\s+that\s+"
)
OBJECT_LEMMAS = frozenset(lx.OBJECT_VERBS)
# The words each span pattern needs one of (see `_span_match`): its verb, or the "told" of "was told".
_TOLD = "told"
_PASSIVE_AGENT_KEYS = frozenset(lx.PASSIVE_AGENT_VERBS)
_PASSIVE_HEARER_KEYS = frozenset(lx.PASSIVE_HEARER_VERBS)
_ASKED_BY_KEYS = frozenset(lx.ASKED_BY_VERBS)
_MADE_CLEAR_KEYS = frozenset(lx.CLARITY_WORDS)
_HEARING_KEYS = frozenset(form.split()[-1] for form in lx.HEARD_FORMS) | {_TOLD}
_CLAIM_KEYS = frozenset(lx.CLAIM_NOUNS)


# --- What rules produce ---------------------------------------------------------------

@dataclass(slots=True)
class Statement:
    """One attributed statement before its speaker is resolved."""

    start: int
    end: int
    kind: str  # direct | mixed | indirect
    cue: str | None
    mention: Mention | None
    paragraph: int
    sentence: int  # index of the sentence in the article
    rule: str  # id of the rule that found it
    # True when the sentence names nobody: an inheritance rule looks for the speaker.
    inherit: bool = False
    inherited: str | None = None  # id of the inheritance rule that gave the speaker
    within: "Statement | None" = None  # the statement whose quotation holds this one (nested speech)


@dataclass(slots=True)  # a value, never changed: not frozen only for speed (see document.Span)
class Attribution:
    """A cue and the speaker mention it attributes to; ``direct`` says whether a
    following quotation is the cue's whole complement (``said: "..."``)."""

    cue: Cue
    speaker: Mention | None
    direct: bool = False


@dataclass(frozen=True)
class Rule:
    """A named rule: ``fn`` does the work; ``example`` is a news sentence it handles
    and ``expect`` what must come out of it: (kind, text, speaker name)."""

    id: str
    stage: str
    fn: Callable
    example: str
    expect: tuple[tuple[str, str, str | None], ...]

    def __call__(self, *args):
        return self.fn(*args)


RULES: dict[str, Rule] = {}


def rule(stage: str, id: str, example: str, expect: list[tuple[str, str, str | None]]) -> Callable[[Callable], Rule]:
    def register(fn: Callable) -> Rule:
        r = Rule(id, stage, fn, example, tuple(expect))
        assert id not in RULES, id
        RULES[id] = r
        return r
    return register


# --- Context shared by the rules of one sentence --------------------------------------

class SentenceContext:
    """A sentence and what several rules ask about it, computed once."""

    def __init__(self, doc: Document, s: Sentence) -> None:
        self.doc = doc
        self.s = s
        self.text = doc.text
        self.frame = doc.frame
        self.span = s.span

    @lazy
    def according(self) -> Attribution | None:
        """``According to X`` governs every statement of its sentence."""
        return according_in(self.doc, self.span)

    @lazy
    def attribution(self) -> Attribution | None:
        """Any cue with a speaker in the sentence (for fragments in reported speech)."""
        return sentence_attribution(self.doc, self.span, self.according)

    @lazy
    def fragment_attribution(self) -> Attribution | None:
        """`attribution` past the verbs that attribute no fragment ("the poll reflects a
        “new normal”, Smith said": Smith's)."""
        a = self.attribution
        if a is None or a.cue.lemma not in lx.NO_FRAGMENT_VERBS:
            return a
        return sentence_attribution(self.doc, self.span, self.according, lx.NO_FRAGMENT_VERBS)

    @lazy
    def subject(self) -> Mention | None:
        return subject(self.doc, self.span)

    @lazy
    def body_end(self) -> int:
        return content_end(self.text, self.s.start, self.s.end)

    @lazy
    def opening(self) -> tuple[int, int]:
        """The first non-space offset of the sentence, and where the connectives that
        may open it ("And however, ...") end: a quotation with nothing else before
        it stands alone.  So does one after a quote sheet's bracketed topic opening
        its paragraph ('(on tipped balls) "…"')."""
        frame, s = self.frame, self.s
        p = s.start
        while p < s.end and frame[p].isspace():
            p += 1
        topic = _TOPIC_BRACKET.match(frame, p, s.end) if s.index_in_paragraph == 0 else None
        if topic is not None:
            return p, topic.end()
        m = LEADING_JUNK.match(frame, p, s.end)
        return p, (m.end() if m else p)

    @lazy
    def trailing_punctuation(self) -> int:
        """Where the run of spaces, punctuation and closing marks that ends the
        sentence begins: nothing after a quotation but these, and it ends its
        sentence."""
        return _CLOSING_RUN.match(self.frame, self.s.start, self.s.end).start()

    @lazy
    def complement_stops(self) -> ComplementStops:
        return ComplementStops(self.text, self.s.start, self.body_end)


def according_in(doc: Document, sp: Span) -> Attribution | None:
    if not doc.could_match(_ACCORDING, sp.start, sp.end):
        return None
    m = _ACCORDING.search(doc.frame, sp.start, sp.end)
    if m:
        spk = according_speaker(doc, m.end(), sp.end)
        if spk is not None:
            return Attribution(Cue(m.start(), m.end(), "according", "according to", "according"), spk)
    return None


def sentence_attribution(doc: Document, sp: Span, according: Attribution | None,
                         skip: frozenset[str] = frozenset()) -> Attribution | None:
    """The first cue of the sentence with a speaker (``according to X`` first), past
    cues whose lemma is in ``skip``."""
    if according:
        return according
    frame = doc.frame
    for cue in islice(cues(doc, sp.start, sp.end), MAX_CUES):
        if is_passive(frame, sp.start, cue) or cue.lemma in skip:
            continue
        spk = speaker_before(doc, sp.start, cue.start)
        if spk is not None:
            return Attribution(cue, spk)
        if cue.start > sp.start:
            prev_char = char_before(frame, cue.start, sp.start)
            if prev_char in {",", BLANK}:
                spk = speaker_after(doc, cue.end, sp.end)
                if spk is not None:
                    return Attribution(cue, spk)
    return None


# --- Quotations -----------------------------------------------------------------------

class QuoteSite:
    """One quotation in its sentence, with the attributions around it computed on
    demand; ``results`` holds the statements already found for earlier quotations
    of the same sentence."""

    def __init__(self, ctx: SentenceContext, k: int, results: list[Statement]) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.text = ctx.text
        self.s = ctx.s
        self.k = k
        self.q: Quotation = ctx.s.quotes[k]
        self.results = results
        self.inner = self.text[self.q.start:self.q.end]
        self.nwords = len(self.inner.split())

    def statement(self, kind: str, cue: Cue | str | None, speaker: Mention | None, rule_id: str,
                  start: int | None = None, inherit: bool = False) -> Statement:
        label = cue.label if isinstance(cue, Cue) else cue
        return Statement(self.q.start if start is None else start, self.q.end, kind, label, speaker,
                         self.s.paragraph, self.s.index, rule_id, inherit)

    @lazy
    def before(self) -> Attribution | None:
        """``SPEAKER CUE[,:] Q``: an attribution ending at the opening mark."""
        return attribution_before(self.doc, self.s.start, self.q.open_at)

    @lazy
    def after(self) -> Attribution | None:
        """``Q, SPEAKER CUE`` / ``Q, CUE SPEAKER`` / ``Q ― NAME`` after the closing mark.

        A cue after the quote that names nobody gives way to a cue before it that
        does: 'Peabody said: "...," adding that ...'."""
        after = attribution_after(self.doc, self.q.outer_end, self.s.end)
        if after is not None and after.speaker is None and self.before is not None and self.before.speaker is not None:
            return None
        return after

    @lazy
    def alone(self) -> bool:
        """Nothing but connectives stands before the quotation in its sentence."""
        first, junk_end = self.ctx.opening
        if first >= self.q.open_at:
            return True
        e = self.q.open_at
        while e > first and self.ctx.frame[e - 1].isspace():
            e -= 1
        return junk_end >= e

    @property
    def whole(self) -> bool:
        """The quotation is a whole sentence or a cue's whole complement."""
        return self.alone or (self.before is not None and self.before.direct)

    @lazy
    def sentence_like(self) -> bool:
        inner = self.inner
        return self.nwords >= 3 and (inner[:1].isupper() or self.q.continues or inner[:1] in "‘'…." or self.whole)

    @property
    def capitalised(self) -> bool:
        return self.inner[:1].isupper() or self.inner[:1] in "‘'…." or self.q.continues

    @property
    def previous(self) -> Statement | None:
        return self.results[-1] if self.results else None


def attribution_after(doc: Document, pos: int, end: int) -> Attribution | None:
    text, frame = doc.text, doc.frame
    dash = _DASH_ATTRIBUTION.match(text, pos, min(len(text), pos + 80))
    if dash:
        spk = doc.mention(dash.start("name"), dash.end("name"))
        if spk is not None and spk.kind in {"name", "organization"}:
            return Attribution(Cue(dash.start(), dash.start("name"), "dash", dash.group("dash"), "dash"), spk)
    end = min(end, pos + MAX_LOOK)
    m = _AFTER_CUE.match(frame, pos, end)
    p = m.end() if m else pos
    if p >= end or frame[p] == BLANK:
        return None
    if SUBORDINATOR.match(frame, p, end) and not frame.startswith(("as ", "As "), p):
        return None  # '"...," after X said' introduces another clause, not this quote's speaker
    limit = min(end, p + MAX_LOOK)
    nxt_blank = frame.find(BLANK, p, limit)
    if nxt_blank >= 0:
        limit = nxt_blank
    for cue in cues(doc, p, limit):
        if cue.kind != "speech" and cue.lemma not in OBJECT_LEMMAS:
            continue
        if cue.start == p:
            return Attribution(cue, speaker_after(doc, cue.end, limit))
        spk = speaker_before(doc, p, cue.start)
        if spk is not None and spk.start == skip_space(text, p):
            return Attribution(cue, spk)
        return None
    return None


def attribution_before(doc: Document, lo: int, open_at: int) -> Attribution | None:
    text, frame = doc.text, doc.frame
    lo2 = max(lo, open_at - MAX_LOOK)
    last_blank = frame.rfind(BLANK, lo2, open_at)
    if last_blank >= 0:
        lo2 = last_blank + 1
    found = list(cues(doc, lo2, open_at))
    for cue in reversed(found):
        between = text[cue.end:open_at]
        if is_passive(text, lo2, cue):
            continue
        participle = cue.text.lower().endswith("ing")
        after_comma = char_before(text, cue.start, lo) == ","
        # "Dean, a former chairman, poked at Trump, tweeting, '...'", "O'Brien apologised
        # to the fans after saying '...'": the sentence subject.
        spk = subject(doc, Span(lo, cue.start)) if participle and (
            after_comma or _SUBORDINATOR_BEFORE.search(text, max(lo, cue.start - 12), cue.start)) else None
        spk = spk or speaker_before(doc, lo2, cue.start)
        if participle and (spk is None or spk.head in lx.STATEMENT_NOUNS):
            spk = issuer_before(doc, lo, cue.start) or spk  # "X issued a statement urging ..."
        if spk is None and participle:
            if not after_comma:
                # "footage of Trump saying, '...'": the phrase right before the participle.
                spk = mention_ending_at(doc, lo, strip_adverbs_back(text, lo, cue.start))
            if spk is None:
                # "X urged women to vote, saying, '...'": the sentence subject speaks.
                spk = subject(doc, Span(lo, cue.start))
        elif spk is None and _COORDINATED.search(text, max(lo2, cue.start - 20), cue.start):
            # "Reid caucused in Nevada and says he voted 'uncommitted'"
            spk = subject(doc, Span(lo, cue.start)) or nearest_subject(doc, lo, cue.start)
        if spk is not None and not participle and _COORDINATED.search(text, max(lo2, cue.start - 20), cue.start):
            # "Albert Dandridge turned to Fattah’s family and supporters in the courtroom and
            # said, '…'": a verb's object before the coordinated cue; the sentence subject speaks
            subj = subject(doc, Span(lo, cue.start))
            if subj is not None and subj.end < spk.start and any(past_tense(w.group()) for w in WORD.finditer(text, subj.end, spk.start)):
                spk = subj
        if spk is None:
            continue
        b = between.strip()
        direct = b in {"", ",", ":"} or bool(_SHORT_OBJECT.fullmatch(b)) and "that" not in b.split()
        return Attribution(cue, spk, direct)
    return None


@rule("quotation", "dash-attribution",
      "“Mr. Trump embodies the legacy of racism.” ― Sonya Herridge",
      [("direct", "Mr. Trump embodies the legacy of racism.", "Sonya Herridge")])
def dash_attribution(q: QuoteSite) -> Statement | None:
    """A quotation signed with a dash and a name, epigraph style."""
    a = q.after
    if a is not None and a.cue.kind == "dash" and (q.whole or q.sentence_like):
        return q.statement("direct", a.cue, a.speaker, "dash-attribution")
    return None


@rule("quotation", "trailing-attribution",
      "“Pakistan has consistently aimed to address this issue,” Akram stated.",
      [("direct", "Pakistan has consistently aimed to address this issue,", "Akram")])
def trailing_attribution(q: QuoteSite) -> Statement | None:
    """The attribution follows the quotation: “…,” SPEAKER said / “…,” said SPEAKER."""
    a = q.after
    if a is not None and a.cue.kind != "dash" and (q.whole or q.sentence_like):
        # (a cue whose speaker does not parse, "“…,” noted ‘The Beast’", leaves the quote to
        # the inheritance rules: the speaker the text implies)
        return q.statement("direct", a.cue, a.speaker, "trailing-attribution", inherit=a.speaker is None)
    return None


@rule("quotation", "leading-attribution",
      "Khurasani said, “The negotiating committees are not sitting at the table.”",
      [("direct", "The negotiating committees are not sitting at the table.", "Khurasani")])
def leading_attribution(q: QuoteSite) -> Statement | None:
    """The attribution introduces the quotation: SPEAKER said[,:] “…”.

    The second half of an interrupted quotation is direct too, even in lower case:
    '“If he thinks that makes him smart,” the narrator says, “what does he think of
    you?”'.  The speaker is the one the cue names, as with a trailing attribution:
    in 'Akram said: “We will win,” according to the Times' the Times reports what
    Akram said."""
    b = q.before
    if b is None or not b.direct or q.nwords < 2:
        return None
    prev = q.previous
    interrupted = prev is not None and prev.kind == "direct" and prev.mention == b.speaker
    if q.capitalised or interrupted:
        return q.statement("direct", b.cue, b.speaker, "leading-attribution")
    return None


@rule("quotation", "transcript-label-in-quotation",
      "“PENCE: Well, Chris, we agree on that.”\n\n“WALLACE: Thank you, Governor.”",
      [("direct", "Well, Chris, we agree on that.", "Pence"), ("direct", "Thank you, Governor.", "Wallace")])
def transcript_label_in_quotation(q: QuoteSite) -> Statement | None:
    """A transcript line set in quotation marks: “PENCE: Well, Chris, …”."""
    label = SPEAKER_LABEL.match(q.text, q.q.start, q.q.end)
    if (label and (q.alone or q.q.continues) and label.group("name") in q.doc.labels and label.end() < q.q.end
            and label.group("name").lower() not in lx.JOURNALIST_LABELS):
        # (a moderator quoted by an article is that article's source: only the
        # programme's own transcript leaves its journalists out, see transcript-label)
        return q.statement("direct", "said", label_mention(q.text, label), "transcript-label-in-quotation", start=label.end())
    return None


@rule("quotation", "standalone-quotation",
      "“Pakistan has been committed to peace,” the envoy Munir Akram said. “However, Pakistan is prepared to respond.”",
      [("direct", "Pakistan has been committed to peace,", "Munir Akram"),
       ("direct", "However, Pakistan is prepared to respond.", "Munir Akram")])
def standalone_quotation(q: QuoteSite) -> Statement | None:
    """A quotation that is a sentence on its own; its speaker comes from the
    inheritance rules.  A quoted title-case headline is not speech."""
    if q.alone and q.sentence_like and q.q.outer_end >= q.ctx.trailing_punctuation and not is_headline_text(q.inner):
        if q.doc.quoted_subheading(q.s.paragraph):
            return None  # ('"Delighted to be here"' between sections: a pull-quote subheading)
        return q.statement("direct", None, None, "standalone-quotation", inherit=True)
    return None


@rule("quotation", "roundup-colon",
      "HIGHER TURNOUT DOESN’T RAISE EXPECTATIONS - Michael P. McDonald: “At long last the nomination contests have finally started.”",
      [("direct", "At long last the nomination contests have finally started.", "Michael P. McDonald")])
def roundup_colon(q: QuoteSite) -> Statement | None:
    """In a roundup, a name between a dash and a colon introduces the quotation."""
    spk = _colon_introduction(q, roundup=True)
    return q.statement("direct", None, spk, "roundup-colon") if spk is not None else None


@rule("quotation", "colon-introduction",
      "President Obama is rolling out a new message: “Don’t let the other side win.”",
      [("direct", "Don’t let the other side win.", "Obama")])
def colon_introduction(q: QuoteSite) -> Statement | None:
    """A sentence introduces the quotation after a colon; its subject says it."""
    spk = _colon_introduction(q, roundup=False)
    return q.statement("direct", None, spk, "colon-introduction") if spk is not None else None


_LABEL_BEFORE_COLON = regex.compile(r"(?r)([\p{L}]+)\s*:\s*$")


# A statement named just before a comma that opens its words: 'SkyWest issued a
# statement, "After a routine flight, …"'.
_STATEMENT_THEN_COMMA = regex.compile(r"(?ri)\b(?:" + lx.alternation(lx.ARTICLES_AND_POSSESSIVES) + r")\s+(?:[\p{L}\-]+\s+){0,2}?(?:"
                                      + lx.alternation(lx.STATEMENT_NOUNS) + r")\s*,\s*$")


_NOUN_RUN = regex.compile(r"\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)?")


def _colon_introduction(q: QuoteSite, roundup: bool) -> Mention | None:
    text, sp = q.text, q.s
    if q.before is not None or not q.sentence_like:
        return None
    mark = char_before(text, q.q.open_at, sp.start)
    if mark == "," and not roundup and _STATEMENT_THEN_COMMA.search(text, max(sp.start, q.q.open_at - 60), q.q.open_at):
        return issuer_before(q.doc, sp.start, q.q.open_at) or q.ctx.subject  # the comma does a colon's work
    if mark != ":":
        return None
    label = _LABEL_BEFORE_COLON.search(text, max(sp.start, q.q.open_at - 40), q.q.open_at)
    if label and label.group(1).lower() in lx.FURNITURE_LABELS:
        return None  # ('CNN "The Situation Room" - Transcript: "Interview with …"': a page label)
    if roundup:
        colon = text.rfind(":", sp.start, q.q.open_at)
        dash = _ROUNDUP_DASH.search(text, max(sp.start, colon - MAX_LOOK), colon) if colon > sp.start else None
        spk = q.doc.mention(dash.end(), colon) if dash else None
        if spk is None or spk.kind == "pronoun" or q.doc.opening_name(sp.start, dash.start()) is not None:
            return None  # ("Jarno Trulli - 1.17.381 - P19 (Q1): …" opens with its speaker)
        return spk
    colon = text.rfind(":", sp.start, q.q.open_at)
    if colon > sp.start and q.doc.cue_word_count(sp.start, colon) == 0:
        # A label: "Second place, Jonah Wells (Pearce Racing): ..." -- the name before
        # the colon (and its affiliation in brackets) introduces the quotation.
        opening = q.doc.opening_name(sp.start, colon)
        if opening is not None:
            return opening  # "Thierry Salvi, Renault Sport F1 Support Leader: …"
        e = skip_space_back(text, sp.start, colon)
        paren = _TRAILING_PARENTHESIS.search(text, max(sp.start, e - 60), e)
        if paren:
            e = skip_space_back(text, sp.start, paren.start())
        named = mention_ending_at(q.doc, sp.start, e, names_only=True)
        if (named is not None and named.kind == "name" and not _BYLINE_BEFORE.search(text, max(sp.start, named.start - 30), named.start)
                and (" " in (named.name or "") or named.start <= content_start(text, sp.start, e))):
            return named  # (not a byline: '"Hamilton" to play Chicago, by Variety's Gordon Cox: "..."')
    subj = q.ctx.subject
    if subj is not None and colon > subj.end:
        cue = next(cues(q.doc, subj.end, min(colon, subj.end + 40)), None)
        gap = text[subj.end:strip_adverbs_back(text, subj.end, cue.start)] if cue is not None else ""
        if gap.strip() and len(gap.split()) <= 2 and _NOUN_RUN.fullmatch(gap.strip()):
            # "Red One’s official synopsis reads:": the cue's subject runs on past the
            # mention read (a noun no mention knows), so that mention is not who speaks
            return None
    return subj


@rule("quotation", "fragment-list",
      "As Trump went on about “how the system is rigged,” and “wounded American families” and “our own struggling citizens,” Melanie said yes.",
      [("mixed", "how the system is rigged,", "Trump"), ("mixed", "wounded American families", "Trump"),
       ("mixed", "our own struggling citizens,", "Trump")])
def fragment_list(q: QuoteSite) -> Statement | None:
    """Quoted fragments joined by commas or "and" share one attribution."""
    prev = q.previous
    if (prev is None or q.k == 0 or prev.start != q.s.quotes[q.k - 1].start or prev.kind != "mixed"
            or prev.mention is None):
        return None
    if _LIST_JOIN.fullmatch(q.text, q.s.quotes[q.k - 1].outer_end, q.q.open_at):
        return q.statement("mixed", prev.cue, prev.mention, "fragment-list")
    return None


@rule("quotation", "fragment-in-reported-speech",
      "Durrani insisted that “a working relationship is the only viable way.”",
      [("mixed", "a working relationship is the only viable way.", "Durrani")])
def fragment_in_reported_speech(q: QuoteSite) -> Statement | None:
    """A quoted fragment inside reported speech takes the sentence's attribution:
    ``according to X`` first, then a cue before it, after it, or anywhere in the
    sentence.  Scare quotes and titles, with no cue, are left alone."""
    # (not "laughed off her “moan”", "continues its churn toward the “catastrophic” storm",
    # "the poll reflects a “new normal”": a manner of speaking, or a verb that only
    # carries quotations, reports nothing itself; a trailing "…, Smith said" still does)
    a = next((a for a in (q.ctx.according, _reaching(q, q.before), q.after, q.ctx.fragment_attribution)
              if a is not None and a.cue.lemma not in lx.NO_FRAGMENT_VERBS), None)
    if a is None:
        return None
    return q.statement("mixed", a.cue, a.speaker, "fragment-in-reported-speech", inherit=a.speaker is None)


def _reaching(q: QuoteSite, a: Attribution | None) -> Attribution | None:
    """The nearest attribution before a fragment whose words can reach it: an object
    cue's noun phrase ends at a predicate coordinated with it ("said she had been
    raising the issue and was “not entirely sure” why …": the words are in what she
    said), and the cue before it takes the fragment."""
    while a is not None and a.cue.kind == "object" and _object_end(q.text, a.cue.end, q.q.open_at) is not None:
        a = attribution_before(q.doc, q.s.start, a.cue.start)
    return a


QUOTATION_RULES: tuple[Rule, ...] = (
    dash_attribution,
    trailing_attribution,
    leading_attribution,
    transcript_label_in_quotation,
    standalone_quotation,
    roundup_colon,
    colon_introduction,
    fragment_list,
    fragment_in_reported_speech,
)


# --- Headlines ------------------------------------------------------------------------

@rule("headline", "headline-label",
      "Graham: Trump’s Hateful Rhetoric Destroying GOP’s Chance to Win Presidency.\n\nSen. Lindsey Graham spoke on Thursday.",
      [("indirect", "Trump’s Hateful Rhetoric Destroying GOP’s Chance to Win Presidency", "Lindsey Graham")])
def headline_label(ctx: SentenceContext) -> list[Statement]:
    """A headline that names its speaker before a colon, a speaker the story names
    too (a topic label, "PMQs: ...", is no speaker)."""
    text, sp = ctx.text, ctx.s
    h = _HEADLINE_LABEL.match(text, sp.start, sp.end)
    if h and h.group("name").strip().lower() in lx.FURNITURE_LABELS:
        return []  # "The Latest: …", "Analysis: …": a label of the page, not a speaker
    spk = ctx.doc.mention(h.start("name"), h.end("name")) if h else None
    if h and _headline_source(spk) and sp.end - h.end() > 10 and _named_in_story(ctx.doc, spk):
        return [Statement(h.end(), content_end(text, h.end(), sp.end), "indirect", ":", spk, sp.paragraph, sp.index, "headline-label")]
    return []


@rule("headline", "headline-cue",
      "Chris Christie Says He Would Issue A Quarantine Over Zika Virus\n\nThe governor spoke on Friday.",
      [("indirect", "He Would Issue A Quarantine Over Zika Virus", "Chris Christie")])
def headline_cue(ctx: SentenceContext) -> list[Statement]:
    """A title-case headline with a capitalised cue: SPEAKER Says …."""
    text, sp = ctx.text, ctx.s
    h = _HEADLINE_CUE.search(text, sp.start, sp.end)
    if h:
        spk = ctx.doc.mention(sp.start, h.start())
        c_end = content_end(text, h.end(), sp.end)
        if _headline_source(spk) and c_end - h.end() > 10:
            return [Statement(h.end(), c_end, "indirect", h.group("cue"), spk, sp.paragraph, sp.index, "headline-cue")]
    return []


def _named_in_story(doc: Document, spk: Mention) -> bool:
    """Whether a headline label's speaker is named inside the story's sentences
    ("Graham: ..." and then Lindsey Graham): a topic label ("PMQs: ...", "Brexit: ...")
    is not."""
    last = (spk.name or spk.text).split()[-1]
    return last in doc.name_words or len(doc.paragraphs) < 2


def _headline_source(spk: Mention | None) -> bool:
    """A named person or an organisation; in title case a capitalised role noun heads
    a description, not a name ("Trump Supporter Screams ...", "Retired General
    Reveals ...")."""
    return spk is not None and (spk.kind == "organization" or (spk.kind == "name" and spk.head not in lx.ROLE_NOUNS)) \
        and not (spk.name == spk.text and spk.head in lx.SPEECH_FORMS)  # "Revealed: …", "Confirmed: …": a label


HEADLINE_RULES: tuple[Rule, ...] = (headline_label, headline_cue)


# --- Sentences ------------------------------------------------------------------------

def _pleasantry(text: str, start: int, end: int) -> bool:
    """A turn that only thanks or greets ("No, thank you.", "Thank you, Chair."):
    transcripts' pleasantries are no statements."""
    words = [w for w in WORD.findall(text, start, end) if not w[:1].isupper() or w.lower() in lx.PLEASANTRY_WORDS]
    lows = {w.lower().rstrip(".") for w in words}
    return bool(lows & lx.GREETING_WORDS) and lows <= lx.PLEASANTRY_WORDS


def _turn_end(doc: Document, start: int, end: int) -> int:
    """Where a turn or an answer ends: before its closing punctuation, but after a
    quotation that closes it ("… I kept asking, “Is this real?”"), whose marks are
    the quotation's."""
    last = skip_space_back(doc.text, start, end)
    q = _quotation_at(doc, last - 1)
    if q is not None and q.closed and q.open_at >= start and q.outer_end >= last:
        return q.outer_end
    return content_end(doc.text, start, end)


@rule("sentence", "interview-answer",
      "Kasia Nowicka is back as captain.\n\nHow is your knee?\n\nIt is good. I do not even think about it now.\n\n"
      "Do you still get nervous?\n\nEvery single time, in the tunnel.\n\nWhat would the league mean to you?\n\n"
      "Everything. But it is March, so ask me in May.",
      [("direct", "It is good. I do not even think about it now", "Kasia Nowicka"),
       ("direct", "Every single time, in the tunnel", "Kasia Nowicka"),
       ("direct", "Everything. But it is March, so ask me in May", "Kasia Nowicka")])
def interview_answer(ctx: SentenceContext) -> list[Statement]:
    """A printed Q&A interview: a paragraph answering a question paragraph, or carrying
    on an "A:" answer, is the interviewee's, named in full before the questions (see
    `Document.interview`)."""
    sp = ctx.s
    if sp.index_in_paragraph or (ctx.doc.labels and not {"Q", "A"} <= ctx.doc.labels):
        return []  # (a labelled transcript's turns are transcript-label's; "A:" answers run on)
    answers, who = ctx.doc.interview
    if sp.paragraph not in answers or who is None:
        return []
    para = ctx.doc.paragraphs[sp.paragraph]
    start = content_start(ctx.text, para.start, para.end)
    return [Statement(start, _turn_end(ctx.doc, start, para.end), "direct", None, who, sp.paragraph, sp.index, "interview-answer")]


@rule("sentence", "transcript-label",
      "WALLACE: Governor, I do not want to interrupt you.\n\nPENCE: Well, Chris, we agree on that. We will act.",
      [("direct", "Governor, I do not want to interrupt you", "Wallace"), ("direct", "Well, Chris, we agree on that. We will act", "Pence")])
def transcript_label(ctx: SentenceContext) -> list[Statement]:
    """A transcript paragraph opening with a recurring speaker label: PENCE: ….  The
    turn is the whole paragraph; speech reported inside it is found as well."""
    text, sp = ctx.text, ctx.s
    if sp.index_in_paragraph or not ctx.doc.labels:
        return []
    label = ctx.doc.label_at(sp.start, sp.end)
    line = ctx.doc.line_turns.get(sp.paragraph) if label is None else None
    if line is not None:  # a turn under a label alone on its line ("Jacinda:")
        if line.group("name") in ctx.doc.journalist_labels:
            return []  # (the host's questions)
        para = ctx.doc.paragraphs[sp.paragraph]
        return [Statement(para.start, _turn_end(ctx.doc, para.start, para.end), "direct", "said",
                          label_mention(text, line), sp.paragraph, sp.index, "transcript-label")]
    turn = ctx.doc.turn_runs.get(sp.paragraph) if label is None else None
    if turn is not None:  # a paragraph carrying on the turn labelled above it
        label = ctx.doc.label_opening(ctx.doc.paragraphs[turn])
        if label is None or label.group("name") in ctx.doc.journalist_labels:
            return []
        para = ctx.doc.paragraphs[sp.paragraph]  # (all of it: "So I'll turn it over …" is the turn's)
        return [Statement(para.start, _turn_end(ctx.doc, para.start, para.end), "direct", "said",
                          label_mention(text, label), sp.paragraph, sp.index, "transcript-label")]
    if label and label.group("name") in ctx.doc.journalist_labels:
        return []  # "ANCHOR: ...", "Q: ...", "TRAN:" (our correspondent): the programme speaking, not a source
    if label and label.group("name") in ctx.doc.labels and _LETTERS_IN.search(text, label.end(), sp.end):
        para = ctx.doc.paragraphs[sp.paragraph]  # a turn is the whole paragraph
        if _pleasantry(text, label.end(), para.end):
            return []  # "Ms Cross : No, thank you."
        who = label_mention(text, label)
        if label.group("name") == "A":
            who = ctx.doc.interview[1]  # "A: ..." answers for the interviewee
        return [Statement(label.end(), _turn_end(ctx.doc, label.end(), para.end), "direct", "said",
                          who, sp.paragraph, sp.index, "transcript-label")]
    return []


@rule("sentence", "according-to-lead",
      "According to Akram, policy approaches often shift with changes in government.",
      [("indirect", "policy approaches often shift with changes in government", "Akram")])
def according_to_lead(ctx: SentenceContext) -> list[Statement]:
    """``According to X, CONTENT``, also after a connective or an opening adverbial
    (``But according to X``, ``In addition, according to X``)."""
    a = ctx.according
    text, sp = ctx.text, ctx.s
    if a is None or not _opens_sentence(ctx, a.cue.start):
        return []
    comma = np_end(text, max(a.cue.end, a.speaker.end), sp.end)  # (after an appositive name: "According to X's lawyer, Scott Leemon,")
    c_start = skip_space(text, comma + 1)
    if comma >= sp.end:
        # The comma left out: "According to the local fire department a person was
        # trapped": the source ends where an article or a subject pronoun opens a clause.
        opener = _WORD_AT.match(text, skip_space(text, a.speaker.end), sp.end)
        if opener is not None and opener.start() > a.speaker.end and opener.group().lower() in _CLAUSE_OPENERS_AFTER_SOURCE:
            comma, c_start = opener.start() - 1, opener.start()
    if comma < sp.end and ctx.body_end - c_start > 10:
        if _relayed(ctx, c_start):
            return []  # "According to the Journal, Eden told reporters ...": Eden's words, relayed
        return [Statement(c_start, ctx.body_end, "indirect", "according to", a.speaker, sp.paragraph, sp.index, "according-to-lead")]
    return []


_CLAUSE_OPENERS_AFTER_SOURCE = frozenset(lx.ARTICLES) | frozenset(lx.CLAUSE_SUBJECT_PRONOUNS)
_PERSON_KINDS = frozenset({"pronoun", "name"})


def _relayed(ctx: SentenceContext, c_start: int, kinds: frozenset[str] | None = None) -> bool:
    """Whether the content after ``According to X,`` (or before ``, according to X``)
    opens with a speaker (of ``kinds``, if given) and a speech verb of its own: the
    statement is that speaker's, as X reports it (the cue rules read it)."""
    first = next(cues(ctx.doc, c_start, ctx.body_end), None)
    if first is None or first.kind != "speech" or first.lemma in lx.BELIEF_VERBS or first.start - c_start > 60:
        return False
    m = ctx.doc.mention(c_start, skip_space_back(ctx.text, c_start, first.start))
    # (and the verb reports something: "61 percent of households ordered groceries
    # online" has a verb of speech with no words)
    return (m is not None and (kinds is None or m.kind in kinds)
            and complement_start(ctx.text, first, ctx.body_end, m) is not None)


def _opens_sentence(ctx: SentenceContext, pos: int) -> bool:
    """Whether only connectives or a short adverbial ("In addition,", "On Tuesday,")
    stand before ``pos`` in the sentence."""
    first, junk_end = ctx.opening
    if junk_end >= pos:
        return True
    return (pos - junk_end <= OPENING_LOOK and bool(LEADING_ADVERBIAL.fullmatch(ctx.text, junk_end, pos))
            and not any(True for _ in cues(ctx.doc, junk_end, pos)))


@rule("sentence", "according-to-trailing",
      "Policy approaches often shift with changes in government, according to Akram.",
      [("indirect", "Policy approaches often shift with changes in government", "Akram")])
def according_to_trailing(ctx: SentenceContext) -> list[Statement]:
    """``CONTENT, according to X.``"""
    a = ctx.according
    text, sp = ctx.text, ctx.s
    if a is None or not text[sp.start:a.cue.start].strip():
        return []
    c_end = a.cue.start
    while c_end > sp.start and text[c_end - 1] in " ,—–(":
        c_end -= 1
    c_start = content_start(text, sp.start, c_end)
    if c_end - c_start > 10:
        channel = a.speaker is not None and a.speaker.head in lx.OWN_CHANNEL_NOUNS
        if _relayed(ctx, c_start, None if channel else _PERSON_KINDS):
            return []  # "He said the election will be held on time according to the constitution": his words
            # (whoever speaks, when the source is the channel they spoke in: "Ukraine's air
            # force said it had shot down 24 drones, according to a statement posted on Telegram")
        return [Statement(c_start, c_end, "indirect", "according to", a.speaker, sp.paragraph, sp.index, "according-to-trailing")]
    return []


SENTENCE_RULES: tuple[Rule, ...] = (interview_answer, transcript_label, according_to_lead, according_to_trailing)


# --- Spans without a cue verb -------------------------------------------------------------

@dataclass(slots=True)
class ReportState:
    """What the rules of one sentence have claimed so far.

    ``taken_until``: cues before this offset are inside a statement already found;
    ``nested_from``: ... unless they are inside the content of a statement, where they
    report a nested statement ("Aides said Trump believes that ...");
    ``subject``: the first speaker found, shared by coordinated cues."""

    taken_until: int
    nested_from: int
    subject: Mention | None = None
    depth: int = 0  # how deep the last statement found is nested


@rule("span", "passive-agent",
      "The meeting between the two candidates was first reported by Politico.",
      [("indirect", "The meeting between the two candidates", "Politico")])
def passive_agent(ctx: SentenceContext, state: ReportState) -> list[Statement]:
    """A passive reporting verb with its agent: CONTENT was reported by SOURCE."""
    text, sp = ctx.text, ctx.s
    pa = _span_match(ctx, _PASSIVE_AGENT, _PASSIVE_AGENT_KEYS)
    if not pa:
        return []
    agent = longest_mention(ctx.doc, pa.end(), np_end(text, pa.end(), ctx.body_end))
    c_start = content_start(text, sp.start, pa.start())
    if agent is not None and agent.kind != "pronoun" and pa.start() - c_start > 3:
        state.taken_until = sp.end
        return [Statement(c_start, pa.start(), "indirect", pa.group("verb"), agent, sp.paragraph, sp.index, "passive-agent")]
    return []


@rule("span", "claim-noun",
      "Fact-checkers examined Donald Trump’s assertion that there were thousands of shootings in Chicago.",
      [("indirect", "there were thousands of shootings in Chicago", "Donald Trump")])
def claim_noun(ctx: SentenceContext, state: ReportState) -> list[Statement]:
    """A possessive owner of a claim noun with a that-clause: X's claim that …."""
    text, sp = ctx.text, ctx.s
    out = []
    if not ctx.doc.holds_word(_CLAIM_KEYS, sp.start, sp.end):
        return out
    for m in _CLAIM.finditer(ctx.frame, sp.start, sp.end):
        owner = mention_ending_at(ctx.doc, sp.start, m.start("owner_end"))
        c_end = ctx.complement_stops.end(m.end())
        if owner is not None and owner.kind != "pronoun" and c_end - m.end() > 12:
            out.append(Statement(m.end(), c_end, "indirect", text[m.start("noun"):m.end("noun")], owner, sp.paragraph, sp.index, "claim-noun"))
            state.taken_until = c_end
    return out


@rule("span", "passive-hearer",
      "Conservative MPs are being told by whips that the vote will be close.",
      [("indirect", "the vote will be close", "whips")])
def passive_hearer(ctx: SentenceContext, state: ReportState) -> list[Statement]:
    """A passive hearer verb with its agent: HEARER was told by SOURCE that CONTENT."""
    m = _span_match(ctx, _PASSIVE_HEARER, _PASSIVE_HEARER_KEYS)
    if not m:
        return []
    agent = longest_mention(ctx.doc, m.start("agent"), m.end("agent"))
    return _that_clause(ctx, state, m, None if agent is None or agent.kind == "pronoun" else agent, "passive-hearer")


@rule("span", "made-clear",
      "The prime minister made it clear to colleagues that she would not resign.",
      [("indirect", "she would not resign", "The prime minister")])
def made_clear(ctx: SentenceContext, state: ReportState) -> list[Statement]:
    """A statement made with "make" and a word of clarity: SOURCE made (it) clear
    (to HEARER) that CONTENT."""
    m = _span_match(ctx, _MADE_CLEAR, _MADE_CLEAR_KEYS)
    if not m:
        return []
    return _that_clause(ctx, state, m, speaker_before(ctx.doc, ctx.s.start, m.start()), "made-clear")


@rule("span", "hearing-told",
      "The pair had argued for months, the court heard. The jury was told that the car was stolen.",
      [("indirect", "The pair had argued for months", None), ("indirect", "the car was stolen", None)])
def hearing_told(ctx: SentenceContext, state: ReportState) -> list[Statement]:
    """What a court, jury or inquest heard: CONTENT, the court heard. / The jury was
    told (by SOURCE) that CONTENT. / An inquest at Chelmsford Coroner's Court heard Mr
    Howard lost control.  Court reports give the hearing, not the teller; the speaker
    is the agent when named, else nobody (never the court)."""
    m = _span_match(ctx, _HEARING, _HEARING_KEYS)
    if not m:
        return []
    text, sp = ctx.text, ctx.s
    agent = longest_mention(ctx.doc, m.start("agent"), m.end("agent")) if m.group("agent") else None
    lead_end = skip_space_back(text, sp.start, m.start())
    if m.group("that") is None and lead_end > sp.start and text[lead_end - 1] == "," and (
            _ends_sentence(text, m.end(), sp.end) or (_closes_after_speaker(text, m.end(), sp.end) and tail_is_short(text, m.end(), sp.end))):
        # ("…, West London Coroner’s Court heard on Monday.", "…, a court heard today.")
        start = content_start(text, sp.start, lead_end - 1)  # CONTENT, the court heard.
        if lead_end - 1 - start < 12:
            return []
        state.taken_until = m.end()
        return [Statement(start, lead_end - 1, "indirect", m.group("verb"), agent, sp.paragraph, sp.index, "hearing-told")]
    if lead_end > sp.start and not LEADING_ADVERBIAL.fullmatch(text, sp.start, m.start()):
        return []  # the hearing is not the clause's subject
    if m.group("that") is None and not _clause_opens(ctx.doc, skip_space(text, m.end()), sp.end):
        return []  # "heard evidence from ..."
    c_end = ctx.complement_stops.end(m.end())
    if c_end - m.end() < 12:
        return []
    state.taken_until = c_end
    return [Statement(skip_space(text, m.end()), c_end, "indirect", m.group("verb"), agent, sp.paragraph, sp.index, "hearing-told")]


CLAUSE_SUBJECT_WORDS = 4  # words of a subject before its verb, for a clause with no "that"


def _clause_opens(doc: Document, p: int, end: int) -> bool:
    """Whether a finite clause opens at ``p`` with no "that": a subject pronoun, or a
    name (up to four words) and then a past tense or an auxiliary ("heard she
    received a text", "heard Mr Howard lost control"; not "heard evidence from")."""
    words = list(islice(WORD.finditer(doc.text, p, end), CLAUSE_SUBJECT_WORDS + 1))
    if not words or words[0].start() != p:
        return False
    if words[0].group().lower() in lx.SUBJECT_PRONOUNS:
        return len(words) > 1 and words[1].group()[:1].islower()
    for k in range(1, len(words)):
        verb = words[k].group()
        if past_tense(verb) or verb in lx.AUXILIARIES or verb in lx.MODALS:
            m = doc.mention(p, words[k - 1].end())
            return m is not None and m.kind == "name"
    return False


def _span_match(ctx: SentenceContext, pattern: regex.Pattern, keys: frozenset[str]) -> regex.Match | None:
    """The first match of a span rule's pattern in the sentence: it runs only on a
    sentence holding one of ``keys``, the words it needs (looked up in the Document's
    word index), which rules out most sentences."""
    sp = ctx.s
    if not ctx.doc.holds_word(keys, sp.start, sp.end):
        return None
    return pattern.search(ctx.frame, sp.start, sp.end)


def _that_clause(ctx: SentenceContext, state: ReportState, m: regex.Match, speaker: Mention | None,
                 rule_id: str) -> list[Statement]:
    """The statement whose content is the that-clause ending match ``m``."""
    c_end = ctx.complement_stops.end(m.end())
    if speaker is None or c_end - m.end() < 12:
        return []
    state.taken_until = c_end
    return [Statement(m.end(), c_end, "indirect", m.group("verb"), speaker, ctx.s.paragraph, ctx.s.index, rule_id)]


@rule("span", "asked-by",
      "“There were reports,” he said when asked by Senator Aquilino Pimentel if they had any indication of an attack.",
      [("indirect", "if they had any indication of an attack", "Aquilino Pimentel")])
def asked_by(ctx: SentenceContext, state: ReportState) -> list[Statement]:
    """A question in the passive with its asker: … asked by SOURCE if/whether CONTENT."""
    m = _span_match(ctx, _ASKED_BY, _ASKED_BY_KEYS)
    if not m:
        return []
    agent = longest_mention(ctx.doc, m.start("agent"), m.end("agent"))
    if agent is None or agent.kind == "pronoun" or agent.end != skip_space_back(ctx.text, m.start("agent"), m.end("agent")):
        return []
    c_end = ctx.complement_stops.end(m.end())
    subj = ctx.subject
    if subj is not None and m.end() < subj.start < c_end:
        # "When asked by reporters if …, Rajoy said …": the question ends with the opening adjunct
        k = ctx.text.rfind(",", m.end(), subj.start)
        c_end = k if k > m.end() else c_end
    if c_end - m.end() < 12:
        return []
    return [Statement(m.end(), c_end, "indirect", m.group("verb"), agent, ctx.s.paragraph, ctx.s.index, "asked-by")]


SPAN_RULES: tuple[Rule, ...] = (passive_agent, passive_hearer, made_clear, hearing_told, claim_noun, asked_by)


# --- Cues -----------------------------------------------------------------------------

class CueSite:
    """One reporting cue in a prose sentence, with the speaker mention before it."""

    def __init__(self, ctx: SentenceContext, cue: Cue, state: ReportState) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.s = ctx.s
        self.cue = cue
        self.state = state
        self.speaker = self._speaker()

    def _speaker(self) -> Mention | None:
        """The subject of the cue's clause; inside the content of another statement,
        the subject of the nested clause; for a coordinated or participial cue, the
        sentence subject ("X denied the claims, asserting that ...")."""
        doc, text, sp, cue, state = self.ctx.doc, self.text, self.s, self.cue, self.state
        if cue.text[-3:].lower() == "ing" and _SUBORDINATOR_BEFORE.search(text, max(sp.start, cue.start - 12), cue.start):
            # "X apologised to the fans after saying that ...": the adverbial clause's
            # understood subject is the sentence's, not the noun phrase before it
            subj = state.subject or self.ctx.subject
            if subj is not None:
                return subj
        spk = speaker_before(doc, sp.start, cue.start)
        if spk is None:
            frame = _INFINITIVE_FRAME.search(text, max(sp.start, cue.start - 80), cue.start)
            if frame is not None:  # "Trump took to Twitter on Monday to slam …": Trump slams
                spk = speaker_before(doc, sp.start, frame.start())
        if (spk is None or spk.head in lx.STATEMENT_NOUNS) and cue.text[-3:].lower() == "ing":
            spk = issuer_before(doc, sp.start, cue.start) or spk  # "X issued a statement saying"
        if spk is None and state.nested_from <= cue.start < state.taken_until:
            # (inside the content: "Aides said Trump believes …"; not after it ends: "X
            # reported the toll, citing officials, and suggested …" is not the toll's)
            spk = speaker_before(doc, state.nested_from, cue.start)
        if spk is None:
            participle = cue.text.lower().split()[0].endswith("ing")
            coordinated = not participle and _COORDINATED.search(text, max(sp.start, cue.start - 20), cue.start)
            after_comma = participle and (char_before(text, cue.start, sp.start) == ","
                                          or _COMMA_ADVERB_BEFORE.search(text, max(sp.start, cue.start - 30), cue.start) is not None)
            if after_comma:  # '…,” said McCaskill, citing documentation that …': the inverted attribution's speaker
                spk = _inverted_speaker_before(doc, sp.start, cue.start, inverted_only=True)
            if spk is None and (coordinated or after_comma):
                spk = state.subject or self.ctx.subject or (nearest_subject(doc, sp.start, cue.start) if coordinated else None)
            if spk is None and after_comma:
                spk = _inverted_speaker_before(doc, sp.start, cue.start)
            if spk is None and participle:
                spk = _with_subject(doc, sp.start, cue.start)
            if spk is None and participle and not after_comma and cue.lemma in lx.SPEECH_FORMS.values():
                # "Leeser vetoed the budget last week saying he would not support it": the
                # comma before the participle left out, its subject is the clause's
                spk = nearest_subject(doc, sp.start, cue.start)
                if spk is not None and not _may_speak(spk):
                    spk = None
        return spk

    def statement(self, start: int, end: int, speaker: Mention, rule_id: str) -> Statement:
        return Statement(start, end, "indirect", self.cue.label, speaker, self.s.paragraph, self.s.index, rule_id)

    def negative_subject(self) -> bool:
        """Whether the subject is nobody ("No official", "Neither campaign", "None of
        them"): the cue then reports that nothing was said."""
        if self.speaker is None:
            return False
        m = _WORD_AT.match(self.text, self.speaker.start, self.speaker.end)
        return m is not None and m.group().lower() in lx.NEGATIVE_DETERMINERS


# "went on to", "took to Twitter on Monday to", "used the speech to" before a cue
_INFINITIVE_FRAME = regex.compile(r"(?r)(?<![\p{L}’'])(?i:" + lx.alternation(lx.INFINITIVE_FRAMES)
                                  + r")(?:\s+[\p{L}\p{N}’'@#.\-]+){0,5}?\s+to\s+$")


_COMMA_ADVERB_BEFORE = regex.compile(r"(?r),\s+\p{Ll}+ly\s+$")  # "…, previously warning that …"


def _may_speak(m: Mention) -> bool:
    """Whether a clause subject found with no cue of its own may be a source: not a
    possessive ("Oz's"), a dateline ("CHARLOTTE"), a description with no noun for a
    source ("The proportion of GOP primary voters"), nor a lone capitalised plural with
    no title opening a sentence ("Stories have emerged describing …")."""
    if is_possessive(m.text) or m.text.isupper():
        return False
    if m.kind in ("definite", "indefinite"):
        return source_noun(m.head)
    return not (m.kind == "name" and " " not in (m.name or "") and not m.role and (m.name or "").endswith("s"))


_SUBORDINATOR_BEFORE = regex.compile(r"(?r)(?<![\p{L}’'])(?i:" + lx.alternation(lx.PARTICIPLE_SUBORDINATORS) + r")\s+$")
_WITH_BEFORE = regex.compile(r"(?r)\bwith\s+(?P<np>[^,;:()\"“”]{1,60}?)\s+$")


def _with_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The subject of a participle after "with": "…, with 17 MPs saying privately
    that …", "with officials warning that …"."""
    m = _WITH_BEFORE.search(doc.text, max(lo, cue_start - 70), cue_start)
    if m is None:
        return None
    got = doc.mention(m.start("np"), m.end("np"))
    return got if got is not None and got.kind != "pronoun" else None


_BEFORE_INVERTED_CUE = frozenset(',"”’\'')  # '…,” said McCaskill', '…, said Smith'


def _inverted_speaker_before(doc: Document, lo: int, comma_cue: int, inverted_only: bool = False) -> Mention | None:
    """The speaker of the attribution ending the clause before a participle: in
    '“We feel safe,” said Gwen Pritchard, arguing that ...' Pritchard argues, and in
    '…, Smith said, adding that …' Smith adds (not with ``inverted_only``)."""
    last = None
    for c in cues(doc, max(lo, comma_cue - MAX_LOOK), comma_cue):
        last = c
    if last is None:
        return None
    if inverted_only and char_before(doc.text, last.start, lo) not in _BEFORE_INVERTED_CUE:
        return None  # ("Clinton said in Los Angeles, recalling …": the cue is not inverted)
    if doc.text[last.end:comma_cue].strip() == ",":
        if inverted_only:
            return None
        return speaker_before(doc, lo, last.start)  # "…, Smith said, adding that …"
    if last.lemma not in lx.INVERTING_VERBS:
        return None
    spk = speaker_after(doc, last.end, comma_cue)
    if spk is None or doc.text[spk.end:comma_cue].strip() != ",":
        return None
    return spk


@rule("cue", "inverted-trailing",
      "The average shows Clinton leading, said Cameron Easley for Morning Consult.",
      [("indirect", "The average shows Clinton leading", "Cameron Easley")])
def inverted_trailing(c: CueSite) -> Statement | None:
    """Content first, then an inverted cue and its speaker: CONTENT, said SPEAKER."""
    text, sp, cue = c.text, c.s, c.cue
    if c.speaker is not None or char_before(text, cue.start, sp.start) != "," or cue.kind != "speech" or cue.lemma not in lx.INVERTING_VERBS:
        return None
    spk = speaker_after(c.ctx.doc, cue.end, sp.end)
    if (spk is None or not (tail_is_short(text, spk.end, sp.end) or _RELATIVE_AFTER.match(text, spk.end, sp.end)
                            or _DESCRIPTION_AFTER.match(text, spk.end, sp.end))
            or not _closes_after_speaker(text, spk.end, sp.end)):
        return None  # "…, said Hillary Clinton should be ready": the name opens the complement
    c_end = skip_space_back(text, sp.start, cue.start) - 1  # the comma before the cue
    c_start = content_start(text, sp.start, c_end)
    if c_end - c_start > 10:
        c.state.taken_until = sp.end
        return c.statement(c_start, c_end, spk, "inverted-trailing")
    return None


@rule("cue", "reported-complement",
      "Mujahid emphasized that Afghanistan seeks good relations with Pakistan.",
      [("indirect", "Afghanistan seeks good relations with Pakistan", "Mujahid")])
def reported_complement(c: CueSite) -> Statement | None:
    """The content follows the cue: SPEAKER said (that) CONTENT / reiterated THE STANCE."""
    if c.speaker is None:
        return None
    text, sp = c.text, c.s
    c_start = complement_start(text, c.cue, sp.end, c.speaker)
    if c_start is None:
        return None
    if _negated(text, sp.start, c.cue.start) and _first_word(text, c_start) in lx.OPEN_QUESTION_WORDS:
        return None  # "has not said how much it will cost": nothing was said
    c_end = c.ctx.complement_stops.end(c_start)
    tail = _TRAILING_ATTRIBUTION.search(text, c_start, c_end)
    if (tail is not None and tail.group("cue") in lx.SPEECH_FORMS
            and c.ctx.doc.mention(tail.start("who"), skip_space_back(text, tail.start("who"), tail.start("cue"))) is not None):
        c_end = tail.start()  # "France would defend jobs, the minister said.": the minister's words end the content
    if c_start < c.speaker.start < c_end:
        # "After declaring the verdict came from Israel, she turned ...": the opening
        # adjunct's content ends before the clause its speaker opens
        k = text.rfind(",", c_start, c.speaker.start)
        c_end = k if k > c_start else c_end
    opener = content_start(text, sp.start, c.speaker.start)
    sub = SUBORDINATOR.match(text, opener, c.speaker.start) if text[opener:opener + 1].isupper() else None
    if sub is not None and sub.end() == c.speaker.start:
        # "When Clinton noted that Trump has not paid taxes, Trump boasted …": a
        # subordinate clause's content ends where the main clause's subject begins
        main = _MAIN_CLAUSE_AFTER.search(text, c_start, c_end)
        c_end = main.start() if main is not None else c_end
    if c.cue.kind == "object":
        c_end = _object_end(text, c_start, c_end) or c_end
    if c_end - c_start >= 12 and len(text[c_start:c_end].split()) >= 3:
        c.state.taken_until = c_end
        c.state.nested_from = c_start
        return c.statement(c_start, c_end, c.speaker, "reported-complement")
    return None


def _object_end(text: str, lo: int, hi: int) -> int | None:
    """Where an object cue's noun phrase from ``lo`` ends before ``hi``, if it does:
    at a predicate coordinated with the cue's ("was raising the issue for weeks and
    was “not entirely sure” why …"); a clause inside the phrase ("claims that he lied
    and was fired") keeps its own."""
    more = _COORDINATED_PREDICATE.search(text, lo, hi)
    return more.start() if more is not None and _CLAUSE_WORD.search(text, lo, more.start()) is None else None


# " and was", " but has": a second predicate of the sentence's subject
_COORDINATED_PREDICATE = regex.compile(r"\s+(?:" + lx.alternation(lx.COORDINATORS) + r")\s+(?:"
                                       + lx.alternation(lx.AUXILIARIES) + r")\b")
# a word opening a clause inside a noun phrase ("claims that he lied")
_CLAUSE_WORD = regex.compile(r"\b(?:" + lx.alternation(frozenset(lx.COMPLEMENTIZERS) | lx.OPEN_QUESTION_WORDS | frozenset(lx.RELATIVE_PRONOUNS)) + r")\b",
                             regex.IGNORECASE)


# ", Trump boasted", ", Ham also noted", ", he said": a clause's subject (a capitalised
# name or a pronoun) then a lower-case word that is no conjunction, or a relative
# clause describing it
_MAIN_CLAUSE_AFTER = regex.compile(r"\s*[,―—–]\s+(?:(?:" + lx.alternation(tuple(p for p in lx.PRONOUNS if p != "i")) + r")|\p{Lu}[\p{L}’'.\-]+(?:\s+\p{Lu}[\p{L}’'.\-]+){0,3})"
                                   r"(?:\s+(?!(?:" + lx.alternation(lx.PHRASE_CONJUNCTIONS) + r")\b)\p{Ll}+\b|,\s+(?:"
                                   + lx.alternation(lx.PERSONAL_RELATIVES) + r")\b)")  # (", Sam Stein KC, who represents …")

# A relative clause describing an inverted speaker, however long: "…, says one author,
# who spoke on the condition of anonymity because the report is not out."
_RELATIVE_AFTER = regex.compile(r",\s+(?:" + lx.alternation(lx.RELATIVE_PRONOUNS) + r")\b")
# A description in apposition after an inverted speaker, however long: "…, said Brian
# Baker, a longtime political adviser to the Ricketts family who oversees …".
_DESCRIPTION_AFTER = regex.compile(r",\s+(?:" + lx.alternation(lx.ARTICLES_AND_POSSESSIVES) + r")\s+\p{Ll}")
# ", the minister said." ending a sentence: a trailing attribution of all before it
_TRAILING_ATTRIBUTION = regex.compile(r"(?r),\s+(?P<who>(?:[\p{L}\p{M}.’'\-]+\s+){1,6})(?P<cue>\p{Ll}+)"
                                      r"(?:\s+(?:" + lx.alternation(lx.OCCASION_PREPOSITIONS) + r")\s+[^,;:.!?\"“”]{1,40}?)?"  # ("said in a statement")
                                      r"\s*[.!?]?[\s\"”’']*$")


# "to" and a verb (not "to reporters", "to the BBC", "to him")
_INFINITIVE_AFTER = regex.compile(r"to\s+(?!(?:" + lx.alternation(lx.HEARER_OR_ADJUNCT_OPENERS | lx.OBJECT_PRONOUNS | lx.POSSESSIVE_DETERMINERS | frozenset(lx.HEARER_NOUNS))
                                  + r")\b)\p{Ll}+\b(?!\s*[,.;:!?])")


def _closes_after_speaker(text: str, pos: int, end: int) -> bool:
    """Whether an attribution ends at ``pos`` (after a cue or an inverted speaker):
    nothing more, punctuation, or an adjunct or affiliation ("…, said Cameron Easley
    for Morning Consult.", "…, Smith said on Tuesday."); not a verb, an object or a
    clause ("…, said Hillary Clinton should be ready")."""
    p = skip_space(text, pos)
    if p >= end or not text[p].isalnum():
        return True
    first = _first_word(text, p)  # ("…, television channels reported though …", "… quoted as saying by Bernama.")
    if first == "to" and _INFINITIVE_AFTER.match(text, p, end):
        return False  # "…, Singh got out of his seat and continued to address Poilievre": no attribution
    return first in lx.CUE_ADJUNCTS or first in lx.CLAUSE_CONJUNCTIONS or first in lx.CLOSING_AGENTS


ADVERB_GAP = 20  # characters between a speaker and a sentence-final cue: "Jane Cole later said."


def _ends_sentence(text: str, pos: int, end: int) -> bool:
    """Whether the sentence ends at ``pos`` (after a cue): not a colon or a
    quotation opening what was said, nor an object or an adjunct."""
    p = skip_space(text, pos)
    return p >= end or text[p] in ".!?"


def _ends_attribution(text: str, cue: Cue, end: int) -> bool:
    """Whether a cue closes its attribution, as `_closes_after_speaker` says, or takes
    a hearer ("…, he told the Times."); not "…, Holder announced his resignation."."""
    if _closes_after_speaker(text, cue.end, end):
        return True
    return cue.lemma in lx.HEARER_VERBS and hearer_end(text, skip_space(text, cue.end), end) is not None


_LETTERS_IN = regex.compile(r"\p{L}{2}")  # a turn says something: "Yes." is a statement
_WORD_AT = regex.compile(r"[\p{L}’']+")
_VERB_GROUP_WORDS = regex.compile(r"(?r)(?:[\p{L}’']+\s+){1,3}$")


def _negated(text: str, lo: int, cue_start: int) -> bool:
    """Whether the (up to three) words right before a cue negate it: "did not say",
    "has never said", "wouldn't say"."""
    m = _VERB_GROUP_WORDS.search(text, max(lo, cue_start - 40), cue_start)
    if m is None:
        return False
    return any(w.lower() in lx.NEGATIONS or w.lower() in lx.NEGATED_AUXILIARIES for w in m.group().split())  # (not "in't")


def _first_word(text: str, start: int) -> str:
    m = _WORD_AT.match(text, start)
    return m.group().lower() if m else ""


def _person_noun(word: str) -> bool:
    return (word in lx.ROLE_NOUNS and word not in lx.ORG_NOUNS) or word in lx.OFFICE_TITLE_HEADS or people_noun(word)


@rule("cue", "interrupted-attribution",
      "The good news for Cruz, Woolson said, is that he still leads in the polls.",
      [("indirect", "The good news for Cruz, Woolson said, is that he still leads in the polls", "Woolson")])
def interrupted_attribution(c: CueSite) -> Statement | None:
    """An attribution set in commas inside its content: LEAD, SPEAKER said, REST.
    The lead may be anything that opens a sentence -- a noun phrase ("This
    campaign, he says, is different"), an adverbial ("In the end, Rosenthal said,
    union voters ...") or a word ("That, they say, will be easier"): what follows
    the attribution is what makes it content."""
    spk = c.speaker
    if spk is None or c.cue.kind != "speech":
        return None
    text, sp = c.text, c.s
    lead_end = skip_space_back(text, sp.start, spk.start)
    if not (lead_end > sp.start and text[lead_end - 1] == ","):
        return None
    tail = tail_after_cue(text, c.cue, sp.end, min_words=2)  # "This campaign, he says, is different."
    if tail is None:
        return None
    lead_start = content_start(text, sp.start, spk.start)
    lead = c.ctx.doc.mention(lead_start, lead_end - 1)
    if lead is not None and spk.kind == "name" and lead.kind in {"definite", "indefinite"} and _person_noun(lead.head):
        return None  # "The spokesperson, Zabihullah Mujahid, said, ...": a role in apposition
    c_end = c.ctx.body_end
    if c_end - tail <= 10:
        return None
    c.state.taken_until = sp.end
    if lead_end - 1 > lead_start:
        return c.statement(lead_start, c_end, spk, "interrupted-attribution")
    # The lead was only a connective ("Still, he said, officials have to decide …"):
    # the words after the attribution are all that was said.
    return c.statement(tail, c_end, spk, "interrupted-attribution")


@rule("cue", "reported-trailing",
      "The countries’ relationship to TTP is the clearest example of the difference, Durrani said.",
      [("indirect", "The countries’ relationship to TTP is the clearest example of the difference", "Durrani")])
def reported_trailing(c: CueSite) -> Statement | None:
    """Content first, then its speaker and cue: CONTENT, SPEAKER said.

    The lead must be content, not an adverbial ("During the visit,") or a role in
    apposition ("The spokesperson, Zabihullah Mujahid, denied ..."); but when the
    speaker and cue end the sentence, a lead that opens like an adverbial is what
    was said ("Later he left the room, Jane Cole said.")."""
    spk = c.speaker
    if spk is None or c.cue.kind != "speech":
        return None
    text, sp = c.text, c.s
    lead_end = skip_space_back(text, sp.start, spk.start)  # the lead, without the spaces before the speaker
    if text[lead_end - 1:lead_end] != "," and _RELAYING_VERB_BEFORE.search(text, max(sp.start, lead_end - 12), lead_end):
        comma = text.rfind(",", max(sp.start, lead_end - 60), lead_end)
        if comma > 0 and not _CLAUSE_STOP.search(text, comma, lead_end):
            lead_end = comma + 1  # "…, the broadcaster quoted a witness as saying": the relayer opens the attribution
    lead_start = content_start(text, sp.start, spk.start)
    if not (lead_end > sp.start and text[lead_end - 1] == "," and spk.start > sp.start + 10
            and not (spk.start - sp.start <= OPENING_LOOK and LEADING_ADVERBIAL.fullmatch(text, sp.start, spk.start)
                     and not (_ends_sentence(text, c.cue.end, sp.end) and c.cue.start - spk.end <= ADVERB_GAP
                              and (c.cue.label.lower() != c.cue.lemma or c.cue.lemma == "say")
                              and (c.cue.lemma == "say" or c.cue.lemma not in lx.DOCUMENT_VERBS)))  # not "… disclosure report.", "On Wednesday, it showed."
            and (c.ctx.doc.mention(lead_start, lead_end - 1) is None or spk.kind == "pronoun"
                 or not (_short_phrase(text, lead_start, lead_end - 1) or "," in text[spk.end:c.cue.start]))):
        return None  # (a noun phrase before "…, he said" is what he said: "People like Scott, he said.";
        #           a long lead that parses as one is a clause: "Some 96 percent of the teachers voted
        #           in favor of the strike, Brock said", unless the name is its apposition: "The
        #           director of the institute, Diego Prieto, said")
    if not _ends_attribution(text, c.cue, sp.end):
        return None  # "During a rally, Trump remarked upon a story in which ...": the cue opens a clause
    comma = text.find(",", lead_start, lead_end)
    if 0 < comma < lead_end - 1:
        first = c.ctx.doc.mention(lead_start, comma)
        if names_in_full(first) and first.end == comma and looks_like_role(text[comma + 1:spk.end].strip()):
            return None  # "Mr Mike Omeri, the Coordinator, National Information Centre said this": a name and its titles
    if (_first_word(text, lead_start) in lx.SOURCE_CLAUSE_OPENERS and "," not in text[lead_start:lead_end - 1]
            and len(text[lead_start:lead_end].split()) <= 6 and c.ctx.doc.cue_word_count(lead_start, lead_end) > 0):
        return None  # "As reported by Western Journalism, Tiegen found ...": a source, not content
    c_end = lead_end - 1
    if c_end - lead_start > 10:
        # A participle after the attribution may report more: "…, Smith said, adding that …".
        c.state.taken_until = c.cue.end
        return c.statement(lead_start, c_end, spk, "reported-trailing")
    return None


NOUN_PHRASE_LEAD_WORDS = 6  # the longest lead read as a noun phrase, not a clause, before "…, X said"


def _short_phrase(text: str, start: int, end: int) -> bool:
    """Whether a lead that parses as a mention reads as a noun phrase: a few words, or
    a head with a relative clause ("The young woman who escorted her to her room, Ms.
    Kostrzewa recalled, asked …")."""
    words = text[start:end].lower().split()
    return len(words) <= NOUN_PHRASE_LEAD_WORDS or any(w in lx.RELATIVE_PRONOUNS for w in words)


# The relayer's verb before the one it quotes: "…, CCTV quoted" (a witness as saying)
_RELAYING_VERB_BEFORE = regex.compile(r"\b(?:" + lx.alternation(lx.QUOTING_AS_VERBS) + r")\s*$")
_CLAUSE_STOP = regex.compile(r"[;:.!?\"“”]")

CUE_RULES: tuple[Rule, ...] = (inverted_trailing, reported_complement, interrupted_attribution, reported_trailing)


# --- Inheritance ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Inherited:
    """Where an unattributed statement's speaker comes from: a mention, and the cue
    to record (``keep_cue``: only when the statement has none of its own)."""

    mention: Mention | None
    cue: str | None
    keep_cue: bool = True


class InheritSite:
    """A statement whose sentence names no speaker, among all statements in order."""

    def __init__(self, doc: Document, found: list[Statement], i: int) -> None:
        self.doc = doc
        self.found = found
        self.i = i
        self.f = found[i]

    @lazy
    def previous_sentence(self) -> SentenceContext | None:
        """The sentence before, when it is in the same paragraph or the one before,
        past lines of page furniture ("Read Also:" between a speaker and a quotation)."""
        doc, f = self.doc, self.f
        k, para = f.sentence - 1, f.paragraph
        while k >= 0 and doc.sentences[k].paragraph < para and doc.furniture[doc.sentences[k].paragraph] and para - doc.sentences[k].paragraph <= 2:
            para = doc.sentences[k].paragraph
            k -= 1
        prev = doc.sentences[k] if k >= 0 else None
        if prev is None or prev.paragraph not in (f.paragraph, para - 1):
            return None
        return SentenceContext(doc, prev)


@rule("inheritance", "next-quote",
      "“We are committed to peace”. “We will respond,” Munir Akram said.",
      [("direct", "We are committed to peace", "Munir Akram"), ("direct", "We will respond,", "Munir Akram")])
def next_quote(x: InheritSite) -> Inherited | None:
    """A quotation before an attributed one in its paragraph: “A.” “B,” he said.
    Not after an attributed quotation in the paragraph: in a press release's
    “A,” said X. “B.” “C,” said Y. the continuation B is still X's."""
    found, f = x.found, x.f
    for k in range(x.i - 1, max(-1, x.i - 1 - INHERIT_REACH), -1):
        g = found[k]
        if g.paragraph != f.paragraph:
            break
        if g.mention is not None and g.kind == "direct":
            return None
    for k in range(x.i + 1, min(len(found), x.i + 1 + INHERIT_REACH)):
        g = found[k]
        if g.paragraph != f.paragraph:
            break
        if g.mention is not None and g.kind == "direct":
            return Inherited(g.mention, g.cue)
    return None


@rule("inheritance", "quote-runs-on",
      "“We will appeal. The ruling is wrong.\n\n“We have the evidence,” said lawyer Ann Lee.",
      [("direct", "We will appeal. The ruling is wrong.", "Ann Lee"), ("direct", "We have the evidence,", "Ann Lee")])
def quote_runs_on(x: InheritSite) -> Inherited | None:
    """A quotation left open at the end of its paragraph runs on into the next one,
    which reopens it (English prints no closing mark between the paragraphs of one
    quotation): the speaker named in a later paragraph of it speaks the whole."""
    doc, found, f = x.doc, x.found, x.f
    q = _quotation_at(doc, f.start)
    if f.kind != "direct" or q is None or q.closed:
        return None
    para = f.paragraph
    for k in range(x.i + 1, min(len(found), x.i + 1 + INHERIT_REACH)):
        g = found[k]
        if g.paragraph == para:
            continue
        if g.paragraph != para + 1 or g.kind != "direct":
            return None
        gq = _quotation_at(doc, g.start)
        if gq is None or not gq.continues:
            return None
        if g.mention is not None:
            return Inherited(g.mention, g.cue)
        if gq.closed:
            return None
        para = g.paragraph
    return None


def _quotation_at(doc: Document, pos: int) -> Quotation | None:
    """The quotation holding offset ``pos``, if any."""
    qs = doc.quotations
    i = bisect_right(doc.quotation_starts, pos) - 1
    return qs[i] if i >= 0 and qs[i].start <= pos <= qs[i].end else None


@rule("inheritance", "previous-statement",
      "“Pakistan has been committed to peace,” Munir Akram said. It was a short speech. “However, Pakistan is prepared to respond.”",
      [("direct", "Pakistan has been committed to peace,", "Munir Akram"),
       ("direct", "However, Pakistan is prepared to respond.", "Munir Akram")])
def previous_statement(x: InheritSite) -> Inherited | None:
    """A quotation after an attributed statement in its paragraph: “A,” he said. “B.”"""
    found, f = x.found, x.f
    for k in range(x.i - 1, max(-1, x.i - 1 - INHERIT_REACH), -1):
        g = found[k]
        if g.paragraph != f.paragraph:
            return None
        if g.mention is not None or g.cue is not None:
            return Inherited(g.mention, g.cue)
    return None


@rule("inheritance", "topic-answer",
      "Manager Buck Showalter spoke to reporters after the win.\n\nHere are some highlights from Showalter’s press conference:\n\n"
      "On the mood in the dugout:\n\n“Emotion, certainly. I was real proud of them.”\n\nOn Jason Hammel:\n\n“Hamm was good. I think he wanted to stay in.”",
      [("direct", "Emotion, certainly. I was real proud of them.", "Buck Showalter"),
       ("direct", "Hamm was good. I think he wanted to stay in.", "Buck Showalter")])
def topic_answer(x: InheritSite) -> Inherited | None:
    """An interview laid out by topic ("On Jason Hammel:") with each answer a paragraph
    in quotation marks: the interviewee said it (see `Document.interview`)."""
    answers, who = x.doc.interview
    return Inherited(who, None) if who is not None and x.f.paragraph in answers else None


@rule("inheritance", "previous-paragraph",
      "“We are pursuing this at every level,” Munir Akram said. He spoke for an hour.\n\n“We need to build international consensus on this issue.”",
      [("direct", "We are pursuing this at every level,", "Munir Akram"),
       ("direct", "We need to build international consensus on this issue.", "Munir Akram")])
def previous_paragraph(x: InheritSite) -> Inherited | None:
    """A paragraph opening with a quotation continues the last speaker of the
    paragraph before (a quote running on, or introduced by ``X said:``)."""
    found, f = x.found, x.f
    for k in range(x.i - 1, max(-1, x.i - 1 - INHERIT_REACH), -1):
        g = found[k]
        if g.paragraph == f.paragraph:
            continue
        between = range(g.paragraph + 1, f.paragraph)
        if not all(x.doc.subheading(p) or x.doc.furniture[p] or _interruption(x.doc, p) for p in between) and not (
                len(between) == 1 and _background(x.doc, between[0])):
            return None  # (a subheading between them does not end the quote: "Cuts")
        if g.mention is not None and not _inside_another(found, k):
            opens_para = _opens_paragraph(x.doc, f.start, f.paragraph)
            return Inherited(g.mention, g.cue) if opens_para else None
    return None


BACKGROUND_WORDS = 4  # the fewest words of a sentence of background


def _background(doc: Document, p: int) -> bool:
    """Paragraph ``p`` is a line of background that names no one who could speak
    ("There were nine pan-democrats among the 300 at the event."): no quotation, no
    capitalised name, personal pronoun or noun for a source.  Set between a speaker's
    quotations it does not take the quotation after it from them."""
    para = doc.paragraphs[p]
    words = WORD.findall(doc.text, para.start, para.end)
    i = bisect_right(doc.quotation_starts, para.end) - 1  # the last quotation starting before its end
    if len(words) < BACKGROUND_WORDS or doc.text[para.end - 1] != "." or (i >= 0 and doc.quotations[i].end > para.start):
        return False  # (a sentence of prose with no quotation, not a label, a handle or a heading: "@potus.")
    for word in words:
        low = word.lower()
        if could_end_name(word) or low in lx.BACKGROUND_PERSON_WORDS or source_noun(low) or people_noun(low):
            return False
    return True


INTERRUPTION_WORDS = 4  # words in a line a page drops into a running quotation


def _interruption(doc: Document, p: int) -> bool:
    """Paragraph ``p`` is a short line that breaks into a quotation left open at the
    end of the paragraph before ("Video Spacer", "Advertisement"): page furniture,
    since the quotation runs on past it, not a label or a new speaker."""
    if p <= 0:
        return False
    para, before = doc.paragraphs[p], doc.paragraphs[p - 1]
    line = doc.text[para.start:para.end].strip()
    if not line or line[-1] in ".!?\"”’" or len(line.split()) > INTERRUPTION_WORDS:
        return False
    q = _quotation_at(doc, skip_space_back(doc.text, before.start, before.end) - 1)
    return q is not None and not q.closed and q.paragraph == p - 1


def _inside_another(found: list[Statement], k: int) -> bool:
    """Whether statement ``k`` is reported inside the content of an earlier one ("He
    said the hike … and the statistics show that …"): its speaker is not the one the
    paragraph gives the floor to.  ``found`` is in text order."""
    g = found[k]
    return any(h.start <= g.start and g.end <= h.end and h.paragraph == g.paragraph
               for h in found[max(0, k - INHERIT_REACH):k])


@rule("inheritance", "introducing-sentence",
      "Akram responded to the question in Urdu.\n\n“Our efforts are ongoing on multiple fronts.”",
      [("direct", "Our efforts are ongoing on multiple fronts.", "Akram")])
def introducing_sentence(x: InheritSite) -> Inherited | None:
    """The sentence before is an attribution that names a speaker and reports no
    statement of its own: it introduces the quotation ("Akram responded in Urdu.
    “Our efforts …”")."""
    ctx = x.previous_sentence
    intro = ctx.attribution if ctx is not None else None
    if intro is not None and intro.speaker is not None:
        return Inherited(intro.speaker, intro.cue.label, keep_cue=False)
    return None


@rule("inheritance", "statement-sent",
      "The lawsuit was filed on Monday. Bob Josephson, a spokesman for Purdue, sent 10News a statement about it.\n\n"
      "“We vigorously deny these allegations.”",
      [("direct", "We vigorously deny these allegations.", "Bob Josephson")])
def statement_sent(x: InheritSite) -> Inherited | None:
    """The sentence before sends or issues a statement and reports none of its words
    ("X sent 10News a statement about the lawsuit."): the quotation after it is that
    statement, its sender's."""
    ctx = x.previous_sentence
    if ctx is None or ctx.attribution is not None:
        return None
    spk = statement_sender(x.doc, ctx.s.start, ctx.s.end)
    return Inherited(spk, None) if spk is not None else None


@rule("inheritance", "subject-before",
      "Roberto Mancini was pleased to see his side overcome a slow start. “If we play like this, we play very well.”",
      [("direct", "If we play like this, we play very well.", "Roberto Mancini")])
def subject_before(x: InheritSite) -> Inherited | None:
    """The sentence before is about a person named in full, and nothing in its
    paragraph was attributed yet: the quotation that follows is theirs ("Mancini was
    pleased to see … “If we play like this …”").  The sentence may be a paragraph of
    its own before the quotation's paragraph, if it is a sentence (not a name line,
    `label_line`'s, nor a line dropped into a running quotation)."""
    ctx, f, doc = x.previous_sentence, x.f, x.doc
    if ctx is None or any(g.paragraph in (f.paragraph, ctx.s.paragraph) for g in x.found[:x.i]):
        return None
    if ctx.s.paragraph != f.paragraph and (
            ctx.s.index_in_paragraph != 0 or doc.paragraphs[f.paragraph].start not in (f.start - 1, f.start)
            or doc.text[ctx.s.start:ctx.s.end].rstrip("\"”’'")[-1:] not in ".!?" or _interruption(doc, ctx.s.paragraph)):
        return None
    subj = ctx.subject
    if subj is None or subj.kind != "name" or " " not in (subj.name or "") or subj.start > ctx.s.start + OPENING_LOOK:
        return None
    return Inherited(subj, None)


@rule("inheritance", "dash-caption",
      "Quotes of the day\n\n“I asked the players not to go out and some of them did.”\n\n"
      "– France coach Marc Lievremont was not a happy man on Sunday morning.",
      [("direct", "I asked the players not to go out and some of them did.", "Marc Lievremont")])
def dash_caption(x: InheritSite) -> Inherited | None:
    """A quotation that is a whole paragraph, captioned by the next one opening with a
    dash ("“…”" then "– France coach Marc Lièvremont was not a happy man …"), as
    quotes-of-the-day round-ups lay them out: the caption's subject said it."""
    doc, f = x.doc, x.f
    para = doc.paragraphs[f.paragraph]
    if f.start - para.start > 1 or para.end - f.end > 2 or f.paragraph + 1 >= len(doc.paragraphs):
        return None
    nxt = doc.paragraphs[f.paragraph + 1]
    dash = _CAPTION_DASH.match(doc.text, nxt.start, nxt.end)
    if dash is None or _CROSSHEAD_END.search(doc.text, nxt.start, nxt.end):
        return None  # ("– An immigrant himself –." is a wire story's crosshead, no caption)
    s = next((s for s in doc.sentences if s.paragraph == f.paragraph + 1), None)
    subj = subject(doc, replace(s, start=dash.end() - 1)) if s is not None else None  # (read past the dash)
    return Inherited(subj, None) if subj is not None and subj.kind in {"name", "definite", "indefinite"} else None


_CAPTION_DASH = regex.compile(r"[ \t]*[–—][ \t]+\p{L}")
_CROSSHEAD_END = regex.compile(r"[–—][ \t]*\.?[ \t]*$")


@rule("inheritance", "words-of",
      "“We are very sorry.”\n\nThose were the sentiments expressed by West Indies skipper Kraigg Brathwaite after the defeat.",
      [("direct", "We are very sorry.", "Kraigg Brathwaite")])
def words_of(x: InheritSite) -> Inherited | None:
    """A quotation named afterwards as someone's words: "“…” Those were the sentiments
    expressed by X", "That was the message from X": X said it."""
    doc, f = x.doc, x.f
    nxt = next((s for s in doc.sentences[f.sentence + 1:f.sentence + 2] if s.paragraph in (f.paragraph, f.paragraph + 1)), None)
    if nxt is None or any(g.sentence == nxt.index for g in x.found[x.i + 1:x.i + 1 + INHERIT_REACH]):
        return None  # (the next sentence attributes something of its own; statements are in text order)
    words = _WORDS_OF.match(doc.text, skip_space(doc.text, nxt.start), nxt.end)
    if words is None:
        return None
    who = subject(doc, replace(nxt, start=words.end()))
    return Inherited(who, None) if who is not None and who.kind in {"name", "definite", "indefinite", "organization"} else None


# "Those were the sentiments expressed by", "That was the message from", "These are the words of"
_WORDS_OF = regex.compile(r"(?i:" + lx.alternation(lx.DEMONSTRATIVES) + r")\s+(?i:" + lx.alternation(lx.INVERTING_COPULAS) + r")\s+(?i:"
                          + lx.alternation(lx.ARTICLES_AND_POSSESSIVES) + r")\s+(?:\p{Ll}+\s+)?(?i:" + lx.alternation(lx.SPEECH_SUMMARY_NOUNS)
                          + r")\s+(?:(?i:" + lx.alternation(lx.SUMMARY_PARTICIPLES) + r")\s+)?(?i:" + lx.alternation(lx.SUMMARY_PREPOSITIONS) + r")\s+")


@rule("inheritance", "introducing-colon",
      "President Clinton had one message for the family:\n\n“Hillary and I offer our condolences to the family.”",
      [("direct", "Hillary and I offer our condolences to the family.", "Clinton")])
def introducing_colon(x: InheritSite) -> Inherited | None:
    """The sentence before ends in a colon and introduces the quotation; its subject
    speaks: "President Clinton had one message for the family: “…”"."""
    ctx = x.previous_sentence
    if ctx is None or char_before(ctx.text, ctx.s.end, ctx.s.start) != ":":
        return None
    spk = ctx.subject
    return Inherited(spk, None) if spk is not None else None


_TOPIC_LINE = regex.compile(r"[^\n:\"“”]{1,80}:")  # "On the match:", "On his injury:"
# A quote sheet's bracketed topic before the answer: '(on tipped balls) "…"'
_TOPIC_BRACKET = regex.compile(r"\((?i:" + lx.alternation(lx.TOPIC_BRACKET_OPENERS) + r")\b[^()\n]{0,80}\)[ \t]*")


def _opens_paragraph(doc: Document, pos: int, paragraph: int) -> bool:
    """Whether a quotation at ``pos`` opens its paragraph (past its opening mark, or a
    bracketed topic before it)."""
    start = doc.paragraphs[paragraph].start
    if pos - start <= 1:
        return True
    topic = _TOPIC_BRACKET.match(doc.text, start, pos)
    return topic is not None and pos - topic.end() <= 1


LABEL_REACH = 4  # paragraphs looked back over for a quote sheet's label line
LABEL_LINE_MAX = 160  # characters in a name line with descriptions (a longer line is prose)


@rule("inheritance", "label-line",
      "Post-match reaction\n\nHead coach Ray Dunn\n\nOn the match:\n\n“We were the better side for long spells.”"
      "\n\nOn the injury:\n\n“He felt his hamstring at half-time.”\n\nMidfielder Ed Marsh\n\n“It was a tough game.”",
      [("direct", "We were the better side for long spells.", "Ray Dunn"), ("direct", "He felt his hamstring at half-time.", "Ray Dunn"),
       ("direct", "It was a tough game.", "Ed Marsh")])
def label_line(x: InheritSite) -> Inherited | None:
    """A quote sheet or round-up: a line that is only a name (with a role or a team)
    heads the quotations under it, past topic lines ("On the match:"), until the next
    name line; a topic line between two quotations keeps the speaker."""
    doc, f = x.doc, x.f
    if not _opens_paragraph(doc, f.start, f.paragraph):
        return None  # (the quotation opens its paragraph)
    by_para = {g.paragraph: g for g in x.found[max(0, x.i - LABEL_REACH):x.i]}
    for pi in range(f.paragraph - 1, max(-1, f.paragraph - 1 - LABEL_REACH), -1):
        para = doc.paragraphs[pi]
        line = doc.text[para.start:para.end]
        if pi in by_para:
            g = by_para[pi]
            return Inherited(g.mention, g.cue) if g.mention is not None and g.kind == "direct" and pi < f.paragraph - 1 else None
        if _TOPIC_LINE.fullmatch(line) and _name_on_topic(doc, para.start, para.end) is None:
            continue
        if _interruption(doc, pi):
            return None
        m = _label(doc, para.start, para.end)
        return Inherited(m, None) if m is not None else None
    return None


# A quote sheet's name line with the question's topic: "Head coach Adam Oates on the
# late goals…", "Midfielder Ed Marsh on his injury:"
_ON_TOPIC = regex.compile(r"[ \t]+on[ \t]+(?=\S)")


def _name_on_topic(doc: Document, start: int, end: int) -> Mention | None:
    """The person a name line with a topic names ("Washington Capitals winger Joel
    Ward on the third line…"): a full name, then "on" and the subject of the answer
    below, in a line that is no sentence and not the headline."""
    text = doc.text
    if start == doc.paragraphs[0].start or end - start > LABEL_LINE_MAX:
        return None
    if text[end - 1] in ".!?" and not text.endswith("...", start, end):
        return None  # a sentence (an ellipsis, "…" or "...", or a colon may end the line)
    on = _ON_TOPIC.search(text, start, end)
    if on is None:
        return None
    m = doc.mention(start, on.start())
    return m if names_in_full(m) and m.start == start and m.end == on.start() else None


# A round-up's numbering or bullet before its name line: "1. Mr Desmond Lee, …", "• Jane Hill"
_LIST_MARK = regex.compile(r"(?:\d{1,3}[.)]|[•*\-–])\s+")


def _label(doc: Document, start: int, end: int) -> Mention | None:
    """The person a name line names: the whole line (``Head coach Ray Dunn``), or the
    full name opening a line of descriptions (``1. Mr Desmond Lee, Jurong GRC, Senior
    Minister of State``, ``Max Verstappen, 1st, 1:23.778``) when the line is no
    sentence (no full stop ends it) and not the headline."""
    text = doc.text
    mark = _LIST_MARK.match(text, start, end)
    lo = mark.end() if mark else start
    line_end = content_end(text, lo, end)
    m = doc.mention(lo, line_end)
    if names_in_full(m) and m.end >= line_end - 1:
        return m
    on_topic = _name_on_topic(doc, start, end)
    if on_topic is not None:
        return on_topic
    if text[end - 1] in ".!?:" or end - lo > LABEL_LINE_MAX or start == doc.paragraphs[0].start:
        return None  # a sentence, or the headline
    return doc.opening_name(lo, line_end)


# --- Speech nested in a statement --------------------------------------------------------

TURN_RULES = ("transcript-label", "interview-answer")  # statements that are a whole turn of a transcript or Q&A
_OPENS_NESTED = regex.compile(r"\s*[,:]?\s*$")  # between a cue and the quotation it opens
_NESTED_CLAUSE_START = regex.compile(r"(?r)[.!?;]\s")
NESTED_SUBJECT_WORDS = 6  # words before the cue in which to find its speaker


@rule("nested", "nested-quotation",
      "Mike Evans caught Tom Brady's 600th touchdown pass.\n\n"
      "“He said, ‘Oh man, do you want it back?’” Brady said. “I said, ‘I think they are going to get it.’”",
      [("direct", "Oh man, do you want it back?", "Mike Evans"), ("direct", "I think they are going to get it.", "Tom Brady")])
def nested_quotation(doc: Document, outer: Statement) -> list[Statement]:
    """Speech quoted inside a quotation or a transcript turn, opened by a cue inside it
    ("He said, 'Oh man …'", "My dad always says, 'Shooters shoot,'"): the inner
    speaker said it; "I" and "we" are the outer speaker."""
    text = doc.text
    inner = [q for q in (doc.inner_quotations if outer.rule not in TURN_RULES else doc.quotations)
             if outer.start <= q.open_at and q.end <= outer.end and q.closed]
    out = []
    for q in inner:
        brk = _NESTED_CLAUSE_START.search(text, outer.start, q.open_at)
        lo = brk.end() if brk else outer.start
        cue = None
        for c in scan(text, lo, q.open_at):
            cue = c
        if (cue is None or cue.kind != "speech" or cue.text.lower().endswith("ing")
                or not _OPENS_NESTED.fullmatch(text, cue.end, q.open_at) or len(text[q.start:q.end].split()) < 2):
            continue  # (a participle's subject is the clause's; one quoted word is a label: "might say 'establishment'")
        who = _nested_speaker(text, lo, cue.start)
        if who is None or "[" in who.text or who.text.split()[0].lower() in lx.DEMONSTRATIVES:
            continue  # ("a few [people]", "that group": no speaker to name from inside a quotation)
        if who.kind == "pronoun" and who.head in ("i", "we"):
            who = outer.mention  # "I said, '…'": the one quoted
        out.append(Statement(q.start, q.end, "direct", cue.label, who, outer.paragraph, outer.sentence, "nested-quotation",
                             inherit=who is None, within=outer))
    return out


def _nested_speaker(text: str, lo: int, end: int) -> Mention | None:
    """The longest phrase ending at ``end`` (within a few words) that reads as a
    speaker, parsed from the text itself (the Document's word index masks quotations)."""
    words = list(WORD.finditer(text, lo, end))
    while words and (words[-1].group().lower() in lx.CUE_ADVERBS or words[-1].group().lower() in lx.AUXILIARIES
                     or words[-1].group().lower() in lx.FUTURE_MARKERS or words[-1].group().endswith("ly")):
        words.pop()  # "My dad always says", "he has said", "the Democrats are going to say"
    if not words:
        return None
    pro = contracted_pronoun(words[-1].group())
    if pro is not None:  # "And they'd say, '…'" (a stretch's parse skips a contracted pronoun)
        return Mention(words[-1].start(), words[-1].start() + len(pro), words[-1].group()[:len(pro)], "pronoun", pro,
                       plural=lx.PRONOUNS[pro] in ("plural", "self_plural"))
    end = words[-1].end()
    words = words[-NESTED_SUBJECT_WORDS:]
    for w in words:
        m = parse_stretch(text[w.start():end])
        if m is not None:
            return replace(m, start=m.start + w.start(), end=m.end + w.start())
    return None


NESTED_RULES: tuple[Rule, ...] = (nested_quotation,)


INHERITANCE_RULES: tuple[Rule, ...] = (next_quote, quote_runs_on, dash_caption, previous_statement, topic_answer, words_of, previous_paragraph, label_line,
                                        introducing_sentence, introducing_colon, statement_sent, subject_before)


# The tables in the order the engine consults them (for listing and provenance).
TABLES: dict[str, tuple[Rule, ...]] = {
    "quotation": QUOTATION_RULES,
    "headline": HEADLINE_RULES,
    "sentence": SENTENCE_RULES,
    "span": SPAN_RULES,
    "cue": CUE_RULES,
    "inheritance": INHERITANCE_RULES,
    "nested": NESTED_RULES,
}
assert sorted(r.id for t in TABLES.values() for r in t) == sorted(RULES), "a rule is in no table, or in two"

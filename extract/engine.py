"""The engine: runs the rule tables of `rules` over a Document.

For each sentence: its quotations go through the ``quotation`` table one by one; a
headline goes through ``headline``; prose goes through ``sentence``, then ``span``
and, cue by cue, ``cue``.  In each table the first rule that answers wins.  Then
every statement whose sentence names nobody goes through ``inheritance``, and
repeated statements (pull-quotes) are dropped.  The tables are `rules.TABLES`, read
at every call.

The engine also returns the subject of every prose sentence: whoever a sentence is
about becomes the most recent candidate for a later ``he`` or ``the ambassador``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import islice
from typing import Iterator

import regex

from . import lexicon as lx
from .clauses import skip_space
from .cues import cues, is_passive
from .document import OPEN_MARKS, WORD, Document, Quotation, Sentence
from .mentions import Mention
from .speakers import label_mention, subject, witness_heard
from .rules import (MAX_CUES, TABLES, TURN_RULES, CueSite, InheritSite, QuoteSite, ReportState, SentenceContext, Statement,
                    reported_complement)

SHINGLE = 4  # words in the key used to spot a quotation repeated as a pull-quote
# Statements reported inside the content of others ("Aides said Trump believes that
# ..."): at most this deep, so that a run of cues cannot make a tower of statements
# each as long as the sentence.
MAX_NESTING = 2
_NON_WORDS = regex.compile(r"\W+")
_LEADS_INTO_QUOTE = regex.compile(r"[\s,:;—–-]*")


def find(doc: Document) -> tuple[list[Statement], list[Mention]]:
    """All attributed statements in text order, and the subject of each prose sentence."""
    found: list[Statement] = []
    beside: list[Statement] = []  # reported beside a quotation, added after inheritance
    subjects: list[Mention] = []
    for s in doc.sentences:
        if doc.furniture[s.paragraph]:
            continue  # links, captions and sidebar items are not the article's prose
        ctx = SentenceContext(doc, s)
        if s.quotes:
            quoted = quotations(ctx)
            extra = _reported_beside(ctx, quoted)  # (may widen quoted fragments to their clause)
            found.extend(quoted)
            # Beside a whole quotation a reported clause is no donor of speakers to the
            # quotations after it ("“A,” said X, arguing that B. “C.”": C is X's).
            into = found if quoted and all(f.kind == "mixed" for f in quoted) else beside
            into.extend(extra)
        else:
            found.extend(reported(ctx))
        if s.quotes and s.quotes[0].open_at <= s.start and not s.title:
            after = _subject_after_quotation(doc, s)
            if after is not None:
                subjects.append(after)  # '“Tell me why …?” LHC Chief Justice Muhammad Ameer Bhatti put a question to …'
            continue
        if s.title or doc.is_caption(s):
            continue  # quotations, headlines and photo captions are not prose subjects
        if found and found[-1].sentence == s.index and found[-1].rule == "transcript-label":
            continue  # a transcript turn: its label, already a speaker, is what it is about
        if s.index_in_paragraph == 0 and doc.labels:
            label = doc.label_at(s.start, s.end)
            if label is not None and label.group("name") in doc.labels and label.group("name") not in doc.journalist_labels:
                # a pleasantry's turn ("ANTHONY ALBANESE, PRIME MINISTER: Good morning.")
                # says nothing but still names its speaker
                subjects.append(label_mention(doc.text, label))
                continue
        if ctx.subject is not None:
            subjects.append(ctx.subject)
        witness = witness_heard(doc, s)
        if witness is not None:
            subjects.append(witness)  # (after the subject: the one who speaks next)
    found.sort(key=lambda f: f.start)  # text order: inheritance looks at neighbours
    _first_person_in_turns(found)
    inherit(doc, found)
    if beside:
        found.extend(beside)
        found.sort(key=lambda f: f.start)
    taken = {f.start for f in found}
    nested = [n for f in found if f.kind == "direct" and f.mention is not None and _may_hold_quotation(doc, f)
              for r in TABLES["nested"] for n in r.fn(doc, f) if n.start not in taken]
    if nested:
        found.extend(nested)
        found.sort(key=lambda f: f.start)
    # Headlines, and the article's first sentence (PolNeAR's headlines end in a full
    # stop, so only their place says what they are).
    titles = frozenset(s.index for s in doc.sentences if s.title or (s.paragraph == 0 and s.index_in_paragraph == 0))
    return drop_repeats(doc.text, found, titles), subjects


def _may_hold_quotation(doc: Document, f: Statement) -> bool:
    """Whether a direct statement holds a quotation mark inside (most do not)."""
    return _ANY_MARK.search(doc.text, f.start, f.end) is not None


_ANY_MARK = regex.compile(r"[\"“”'‘’«»„]")


def _first_person_in_turns(found: list[Statement]) -> None:
    """Speech reported in the first person inside a transcript turn or an interview
    answer ("LEE: I told them the plan had failed") is the speaker's own: "I" is the
    label.  ``found`` is in text order, so each turn holds the statements after it
    that end inside it."""
    turn: Statement | None = None
    for i, f in enumerate(found):
        if f.rule in TURN_RULES:
            turn = f
        elif (turn is not None and turn.start <= f.start and f.end <= turn.end and f.mention is not None
              and f.mention.kind == "pronoun" and f.mention.head in ("i", "we")):
            found[i] = replace(f, mention=turn.mention)


def _reported_beside(ctx: SentenceContext, quoted: list[Statement]) -> list[Statement]:
    """Reported clauses in a sentence with quotations: "he says he would release his
    returns, calling them 'very boring'", '"We feel safe now," said X, arguing that
    the fence had stopped the thefts.'  The cue that attributes a quotation reports
    nothing else ('"...," Oduya told Reuters in an interview'), nor does an adjunct
    leading into one ('said in an interview: "..."')."""
    doc, s = ctx.doc, ctx.s
    if (doc.cue_word_count(s.start, s.end) <= sum(1 for f in quoted if f.cue is not None)
            and not any(f.rule in FRAGMENT_RULES for f in quoted)):
        return []  # every cue word attributes a whole quotation
    ends = [q.outer_end for q in s.quotes]  # quotations do not overlap: both lists ascend
    used = {(f.mention.start, f.cue) for f in quoted if f.mention is not None}
    out = []
    for f in reported(ctx):
        i = bisect_right(ends, f.start)  # the first quotation ending after f starts
        if f.mention is not None and (f.mention.start, f.cue) in used:
            if (_widen_fragments(doc, s.quotes, quoted, f) or f.rule != "reported-complement"
                    or (i > 0 and ends[i - 1] <= f.mention.start and not _cue_again(doc.text, ends[i - 1], f))):
                continue  # ('"…," he said citing reports': the words after the quotation's own cue;
                #            'Growing sharper, Trump said: "…"': the lead into it; but '"…," said X,
                #            the director, who also said that …' reports again)
            # (a second cue of the same speaker and verb, holding no fragment, reports on its
            # own: 'said the law is an "offensive deprivation" and said state actors can no longer …')
        if i == len(ends) or (s.quotes[i].open_at >= f.end and not _LEADS_INTO_QUOTE.fullmatch(doc.text, f.end, s.quotes[i].open_at)):
            out.append(f)
    return out


def _cue_again(text: str, quotation_end: int, f: Statement) -> bool:
    """Whether ``f``'s cue word comes both between the quotation and its speaker (the
    quotation's inverted cue) and after the speaker (``f``'s own): two cues, two
    statements ('"…," said X, the director, who also said that …')."""
    word = regex.compile(r"\b" + regex.escape(f.cue) + r"\b")
    return word.search(text, quotation_end, f.mention.start) is not None and word.search(text, f.mention.end, f.start) is not None


FRAGMENT_RULES = ("fragment-in-reported-speech", "fragment-list")
_OPENING_MARKS = OPEN_MARKS + "‘"
_PARTICIPLE_TAIL = regex.compile(r",\s+\p{Ll}+ing\b")


def _widen_fragments(doc: Document, quotes: list[Quotation], quoted: list[Statement], clause: Statement) -> bool:
    """A mixed quote is the reported clause that holds the quoted words ("said Duterte
    was “falling on his own sword” for being loyal"), not the words alone: the
    fragments of ``clause``'s cue that lie inside it become that one clause, with a
    closing mark that ends it.  Quoted words that are the cue's object ("went on about
    “how the system is rigged”") stay fragments.  False when the clause holds no
    fragment of its cue (it is then a statement of its own)."""
    text = doc.text
    end = clause.end
    for q in quotes:  # ("would “unlock thousands of homes”.": the clause stopped at the words)
        if q.start <= end <= q.end and q.close_at is not None and not text[end:q.end].strip(" .,;:!?"):
            end = q.outer_end
    inside = [i for i, f in enumerate(quoted) if f.rule in FRAGMENT_RULES and f.mention is not None
              and f.mention.start == clause.mention.start and f.cue == clause.cue
              and clause.start <= f.start and f.end <= end]
    if not inside:
        return False
    first = WORD.match(text, clause.start)
    if first is None or first.group().lower() in lx.PREPOSITIONS_AND_RELATIVES:
        return True
    last = max(quoted[i].end for i in inside)
    tail = _PARTICIPLE_TAIL.search(text, last, end)
    if tail is not None:
        end = tail.start()  # ("called the industry “parasitic”, comparing landlords to …": a second act)
    while end > clause.start and (text[end - 1].isspace() or text[end - 1] in _OPENING_MARKS):
        end -= 1  # (a clause the sentence cut at a quotation's opening mark ends before it)
    quoted[inside[0]] = replace(clause, end=end, kind="mixed", inherit=quoted[inside[0]].inherit)
    for i in reversed(inside[1:]):
        del quoted[i]
    return True


def _subject_after_quotation(doc: Document, s: Sentence) -> Mention | None:
    """A person named in full right after the quotation that opens a sentence, as the
    subject of what follows ('“…?” LHC Chief Justice Muhammad Ameer Bhatti put a
    question to …'): quotations are no prose subjects, but the person so introduced is."""
    q = s.quotes[0]
    if not q.closed:
        return None
    p = skip_space(doc.text, q.outer_end)
    if p >= s.end or not doc.text[p].isupper():
        return None
    m = subject(doc, replace(s, start=p))
    return m if m is not None and m.kind == "name" and len((m.name or "").split()) >= 2 else None


def quotations(ctx: SentenceContext) -> list[Statement]:
    """Each quotation of the sentence through ``QUOTATION_RULES``."""
    results: list[Statement] = []
    for k in range(len(ctx.s.quotes)):
        site = QuoteSite(ctx, k, results)
        for r in TABLES["quotation"]:
            got = r.fn(site)
            if got is not None:
                results.append(got)
                break
    return results


def reported(ctx: SentenceContext) -> Iterator[Statement]:
    """Reported speech in one sentence: headline, sentence, span and cue rules."""
    s: Sentence = ctx.s
    if s.title:
        for r in TABLES["headline"]:
            got = r.fn(ctx)
            if got:
                yield from got
                break
        return
    for r in TABLES["sentence"]:
        got = r.fn(ctx)
        if got:
            yield from got
            return
    state = ReportState(taken_until=s.start, nested_from=s.end)
    for r in TABLES["span"]:
        yield from r.fn(ctx, state)
    text = ctx.text
    for cue in islice(cues(ctx.doc, s.start, s.end), MAX_CUES):
        if cue.lemma in lx.QUOTE_ONLY_VERBS:
            continue  # "the sign read, '...'" quotes; "the judge read his decision" reports nothing
        nested = cue.start < state.taken_until
        if nested and not (state.nested_from <= cue.start and state.depth < MAX_NESTING):
            continue  # inside a statement already found, and not a statement nested in its content
        if is_passive(text, s.start, cue):
            continue
        site = CueSite(ctx, cue, state)
        if site.speaker is not None and site.negative_subject():
            continue  # "No official said that …", "Neither campaign said …": nothing was said
        if site.speaker is not None and state.subject is None:
            state.subject = site.speaker
        for r in TABLES["cue"]:
            got = r.fn(site)
            if got is not None:
                if r is reported_complement:
                    state.depth = state.depth + 1 if nested else 0
                yield got
                break


def inherit(doc: Document, found: list[Statement]) -> None:
    """Give statements whose sentence names nobody the speaker the text implies,
    from the first of ``INHERITANCE_RULES`` that finds one."""
    for i, f in enumerate(found):
        if not f.inherit or f.mention is not None:
            continue
        site = InheritSite(doc, found, i)
        for r in TABLES["inheritance"]:
            got = r.fn(site)
            if got is None:
                continue
            f.mention = got.mention
            f.cue = (f.cue or got.cue) if got.keep_cue else got.cue
            if got.mention is not None:
                f.inherited = r.id
            break


def drop_repeats(text: str, found: list[Statement], titles: frozenset[int] = frozenset()) -> list[Statement]:
    """Drop a statement that repeats a quotation found elsewhere (a pull-quote set
    without marks, or the same unattributed quotation twice).  A headline's statement
    (``titles``: sentence indices) does not make the story's own one a repeat.

    Each statement is normalised once.  An indirect statement looks up the direct
    quotations holding its first `SHINGLE` words, so only those shingles are indexed
    (most articles have no indirect statement repeating a quotation)."""
    keys = [_normal(text[f.start:f.end]) for f in found]
    wanted = {tuple(key.split()[:SHINGLE]) for f, key in zip(found, keys) if f.kind == "indirect"}
    firsts = {shingle[0] for shingle in wanted if shingle}
    index: dict[tuple[str, ...], list[tuple[str, Statement]]] = {}
    if wanted:
        for f, body in zip(found, keys):
            if f.kind != "direct":
                continue
            words = body.split()
            for k in range(max(1, len(words) - SHINGLE + 1)):
                if words and words[k] not in firsts:
                    continue  # no indirect statement starts with this word
                shingle = tuple(words[k:k + SHINGLE])
                if shingle in wanted:
                    index.setdefault(shingle, []).append((body, f))
    out: list[Statement] = []
    seen: set[str] = set()
    for f, key in zip(found, keys):
        if f.kind == "indirect":
            first = tuple(key.split()[:SHINGLE])
            # (not one reported inside a transcript turn: nested, not repeated)
            if any(key in body and not (d.start <= f.start and f.end <= d.end) for body, d in index.get(first, ())[:20]):
                continue
        if key in seen and (f.kind != "direct" or f.mention is None):
            continue  # the same statement again: a repeated headline or pull-quote
        if f.sentence not in titles:
            seen.add(key)  # (a headline's words come again in the story, which keeps them)
        out.append(f)
    return out


def _normal(s: str) -> str:
    return _NON_WORDS.sub(" ", s).strip().lower()

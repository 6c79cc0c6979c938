"""Find attributed statements in an article: direct, mixed and indirect quotes.

This module finds *where* the statements are, the cue that attributes each one, and
the words at the speaker's place (a `Mention`).  Working out *who* a mention refers
to across the article is `naming`'s job.

The rules work sentence by sentence on a "frame": the sentence with every
quotation (marks included) blanked out, so that an attribution pattern like
``Q, SPEAKER CUE`` is matched the same way whatever the quote says.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

import regex

from . import lexicon as lx
from .mentions import Mention, clean_role, looks_like_role, parse
from .segment import QuoteSpan, Span, is_title_line, paragraphs, quote_spans, sentences

BLANK = "\uE000"  # stands for quoted text inside a frame
MAX_LOOK = 300  # characters searched either side of a cue: keeps the extractor linear
INHERIT_REACH = 50  # statements searched for a donor speaker (bounded for linear time)
SHINGLE = 4  # words in the key used to spot a quotation repeated as a pull-quote
_LAST_WORD = regex.compile(r"(?r)[\p{L}’']+$")
_NAME_STOP = regex.compile(r"[,;:()\[\]—–]|\.(?=\s|$)(?<!\b\p{Lu}\.)")
# A full stop that ends an initial ("G.K.") or an abbreviation ("Sen.", "Ala."), not a sentence.
_ABBREVIATION_BEFORE = regex.compile(r"(?:\b\p{Lu}|\b(?i:" + "|".join(sorted((regex.escape(a) for a in lx.ABBREVIATIONS | lx.TITLE_WORDS if a.isalpha() and len(a) <= 5), key=len, reverse=True)) + r"))\.$")
_ROLE_END = regex.compile(r"[,.;]")
_WORD_BEFORE_CUE = regex.compile(r"(?r)([\p{L}’']+)\s+$")
_SHORT_OBJECT = regex.compile(r"(?:[\p{L}\p{N}’'.\-]+\s+){0,6}[\p{L}\p{N}’'.\-]+\s*[,:]")
_LETTER_WORD = regex.compile(r"[\p{L}’'\-]+")
_COORDINATED = regex.compile(r"\s(?:and|but)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?$")
_PARTICIPLE_OPENING = regex.compile(r"\p{Lu}\p{Ll}+(?:ing|ed)")
_GERUND_OPENING = regex.compile(r"\p{Lu}\p{Ll}+ing\b")
_APPOSITIVE_NAME = regex.compile(r",\s+([^,;:]{2,80}),")
_CONTINUATION = regex.compile(r"[^,]{0,60},\s*(?=\S)")
_SEMI_OR_COLON = regex.compile(r"[;:]")
_ALNUM_WORD = regex.compile(r"[\p{L}\p{N}’'\-]+")
_PARTICIPLE_TAIL = regex.compile(r",\s+(?:\p{Ll}+\s+)?(?:adding|saying|noting|arguing|insisting|claiming|asserting|warning|explaining|stressing|citing|urging|calling|pointing|suggesting|according)\b")
_SOURCE_STOP = regex.compile(r"[,;:()\[\]—–\uE000]|\.(?=\s|$)")
_ISSUED_BY = regex.compile(r"\b(?:issued|released|published|put\s+out|sent)?\s*(?:by|from)\s+")
_STATEMENT_NP = regex.compile(r"(?:an?|the)\s+(?:\S+\s+){0,2}(?:" + "|".join(map(regex.escape, lx.STATEMENT_NOUNS)) + r")\b", regex.IGNORECASE)
_NON_WORDS = regex.compile(r"\W+")

_WORD = regex.compile(r"[\p{L}\p{N}\uE000][\p{L}\p{M}\p{N}’'\-.&\uE000]*")
_ACCORDING = regex.compile(r"\baccording\s+to\s+", regex.IGNORECASE)
_CLAUSE_BREAK = regex.compile(r"[,;:—–―(\])]\s*|\s(?:and|but|while|as|because|although|though|when|after|before|since|so|that|whereas|where|which|whom|if|whether)\s+", regex.IGNORECASE)
_TRAILING_PUNCT = regex.compile(r"[\s.,;:!?\"“”’')\]—–-]+$")
_LEADING_JUNK = regex.compile(r"(?:(?:and|but|so|yet|still|however|meanwhile|moreover|also|further(?:more)?|in\s+addition|instead|now|then|indeed|thus|therefore|nonetheless|nevertheless)\b[\s,]*)+", regex.IGNORECASE)
_LEADING_ADVERBIAL = regex.compile(
    r"(?:(?:In|At|On|During|After|Before|Here|There|For|With|Despite|Since|Under|Among|Outside|Inside|Unlike|Like|Later|Earlier|Last|This|Next|Over|Through|Throughout|Amid|Speaking|Asked|Yet|Still|Now|Then|Meanwhile|Moments|Hours|Days|Weeks|Months|Years|Minutes|Instead|Afterward|Afterwards|Separately|Similarly|Likewise|Indeed|Again|Once|Today|Yesterday|By|From|Within|Back|Nearby)\b[^,;:]{0,100},\s*"
    r"|(?:[\p{L}\-]+ly|\p{Lu}\p{Ll}+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\p{Ll}+)\s*,\s*"
    r"|\p{Lu}\p{Ll}+(?:ed|en)\b[^,;:]{0,80},\s*)"
)
_TIME_BEFORE_CUE = regex.compile(
    r"(?r)(?:\b(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|just\s+)?(?:[\p{L}\d-]+\s+){1,2}ago\s*$)|(?:\b(?:on|last|this|early|late|earlier|later)\s+)?\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|night|morning|afternoon|evening|weekend|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)
_RELATIVE_WHO = regex.compile(r",?\s+who\s*$")
_DATELINE = regex.compile(r"\p{Lu}[\p{Lu}.’'\-]+(?:[\s,]+\p{Lu}[\p{Lu}\p{Ll}.’'\-]*){0,3}\s*(?:--|—|–|-)\s+")
_ROUNDUP_DASH = regex.compile(r"(?r)\s[-–—]\s+")
_LIST_JOIN = regex.compile(r"\s*,?\s*(?:and|or|as\s+well\s+as)?\s*")
_RELATIVE_OPENING = regex.compile(r"(?:who|which|whose|whom)\b")
_CLAIM = regex.compile(
    r"(?P<owner_end>’s|'s|’)\s+(?:[\p{Ll}\-]+\s+)?(?P<noun>" + "|".join(sorted(lx.CLAIM_NOUNS)) + r")\s+that\s+"
)
# "PENCE: ..." / "Q: ..." at the start of a transcript paragraph.
_SPEAKER_LABEL = regex.compile(r"(?P<name>\p{Lu}[\p{Lu}.'’\-]+(?:\s+\p{Lu}[\p{Lu}.'’\-]+){0,2}|Q|A):\s+")
_COORDINATION = regex.compile(r",?\s+(?:and|but)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?(?P<verb>\p{Ll}+)\b")
_ADJUNCT_AFTER_CUE = regex.compile(
    r"(?:(?:on|last|this|early|late|earlier)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|night|morning|afternoon|evening|weekend|today|yesterday|recently|earlier|later|again|also|repeatedly|publicly|privately)(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
    r"|(?:in|during|at)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}\-]+\s+){0,3}?(?:statement|interview|speech|email|tweet|post|letter|briefing|appearance|call|conference|rally|op-ed|memo|report|filing|video)(?:\s+(?:on|with|to|at)\s+[^,;:]{1,40}?)?,?\s+(?=that\b|\p{Lu}|[\p{Ll}]+\s)"
    r"|on\s+(?:Twitter|Facebook|Instagram|CNN|MSNBC|Fox(?:\s+News)?|NBC|ABC|CBS|NPR|[\p{Lu}][\p{L}’']+(?:’s|'s)\s+[^,;:]{1,30}?)\s+(?=that\b)"
)
_PASSIVE_AGENT = regex.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:first\s+|also\s+|widely\s+|initially\s+)?(?P<verb>" + "|".join(sorted(lx.PASSIVE_AGENT_VERBS, key=len, reverse=True)) + r")\s+by\s+"
)
_HEADLINE_CUE = regex.compile(r"\s(?P<cue>Says|Said|Tells|Told|Warns|Claims|Insists|Urges|Vows|Denies|Admits|Accuses|Slams|Blasts|Predicts|Promises|Pledges|Argues|Suggests|Confirms|Announces)\s+(?=\S)")
_DASH_ATTRIBUTION = regex.compile(r"[ \t\u00a0]*(?P<dash>[―—–]|--)[ \t\u00a0]*(?P<name>\p{Lu}[\p{L}.’'\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.’'\-]*){0,4}?)[ \t\u00a0]*\.?[ \t\u00a0]*(?=\n|$|,)")
_HEADLINE_LABEL = regex.compile(r"(?P<name>[^:\n]{2,60}):\s+(?=\S)")
PREPOSITIONS_AND_RELATIVES = frozenset({"by", "with", "to", "for", "of", "from", "about", "against", "on", "at", "in", "that", "who", "which", "whom", "and", "or", "than", "as", "like"})
_QUOTE_CHARS = frozenset('"“”„«»″\'’`')
_SUBORDINATOR = regex.compile(r"(?:while|whereas|although|though|as|because|since|when|if|after|before|once|but|and|so|yet)\s+", regex.IGNORECASE)
_APPOSITIVE_CLAUSE = regex.compile(r"(?:who|which|whose|speaking|a|an|the|his|her|their|its|[\p{Ll}\p{Lu}][\p{L}\-’']*(?:’s|'s)?)\b", regex.IGNORECASE)


@dataclass(slots=True)
class Found:
    """One attributed statement before its speaker is resolved."""

    start: int
    end: int
    kind: str  # direct | mixed | indirect
    cue: str | None
    mention: Mention | None
    paragraph: int
    sentence: int  # index of the sentence in the article
    # How to find the speaker when the sentence has none: 'prev' (continuation of
    # the previous speaker) or 'next' (a later attribution in the paragraph).
    inherit: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    lemma: str
    text: str
    kind: str  # speech | object | according


def _cues(text: str, start: int, end: int) -> Iterator[Cue]:
    """Reporting verbs (with their particles) in text[start:end]."""
    words = list(_WORD.finditer(text, start, end))
    for i, m in enumerate(words):
        w = m.group().lower().rstrip(".")
        if BLANK in w or w in lx.NOT_CUE_FORMS:
            continue
        if m.group()[0].isupper() and i > 0 and words[i - 1].group()[0].isupper():
            continue  # part of a name: "the United States" states nothing
        if i > 1 and words[i - 1].group().lower() == "to" and words[i - 2].group().lower() in lx.UNSAID_BEFORE_TO:
            continue  # "failed to note that ...": the writer's claim, not theirs
        nxt = words[i + 1].group().lower() if i + 1 < len(words) else ""
        gap_ok = i + 1 < len(words) and text[m.end():words[i + 1].start()].strip() == ""
        lemma = lx.PARTICLE_FORMS.get(w)
        if lemma and gap_ok and nxt in lx.PARTICLES[lemma]:
            yield Cue(m.start(), words[i + 1].end(), lemma, text[m.start():words[i + 1].end()], "speech" if lemma in lx.SPEECH_PARTICLE_VERBS else "object")
            continue
        if lemma in lx.NEEDS_PARTICLE:
            continue
        if w in lx.SPEECH_FORMS:
            yield Cue(m.start(), m.end(), lx.SPEECH_FORMS[w], m.group(), "speech")
        elif w in lx.OBJECT_FORMS:
            yield Cue(m.start(), m.end(), lx.OBJECT_FORMS[w], m.group(), "object")


def _strip_adverbs_back(text: str, lo: int, end: int) -> int:
    """Move ``end`` left past auxiliaries, adverbs and time phrases standing before a
    cue: ``Clinton on Tuesday said``, ``officials have repeatedly said``."""
    while True:
        e = end
        while e > lo and text[e - 1].isspace():
            e -= 1
        t = _TIME_BEFORE_CUE.search(text, max(lo, e - 40), e)
        if t:
            end = t.start()
            continue
        m = _LAST_WORD.search(text, max(lo, e - 30), e)
        if not m:
            return e
        w = m.group().lower()
        if m.group()[0].islower() and (w in lx.CUE_ADVERBS or (w.endswith("ly") and len(w) > 4)):
            end = e - len(m.group())
            continue
        return e


def speaker_before(text: str, lo: int, cue_start: int, nested: bool = False) -> Mention | None:
    """The speaker mention that ends just before a cue, at the start of its clause.

    Handles appositives on either side of a name: ``Munir Akram, Pakistan's envoy,
    said`` and ``Pakistan's envoy, Munir Akram, said``, and one closed relative clause
    after them (``..., which represents developers, said``).
    """
    lo = max(lo, cue_start - MAX_LOOK)
    end = _strip_adverbs_back(text, lo, cue_start)
    if end <= lo:
        return None
    rel = _RELATIVE_WHO.search(text, lo, end)
    if rel:
        # "Mr. Sanders, who said ...": the noun phrase before the relative pronoun.
        return _clause_mention(text, lo, rel.start()) or _mention_ending_at(text, lo, rel.start())
    end = _peel_locatives(text, lo, end)
    before = text[lo:end]
    # An appositive ends in a comma right before the cue.
    appositive: tuple[int, int] | None = None
    if before.endswith(","):
        inner_end = end - 1
        k = text.rfind(",", lo, inner_end)
        if k < 0:
            return None
        a_s = k + 1
        while a_s < inner_end and text[a_s].isspace():
            a_s += 1
        appositive = (a_s, inner_end)
        # "ROLE, NAME, said": the appositive itself may be the name.
        m = parse(text, a_s, inner_end)
        if m is not None and m.kind in {"name", "pronoun"}:
            outer = _clause_mention(text, lo, k)
            if outer is not None and outer.kind in {"definite", "indefinite", "organization"} and m.kind == "name":
                return replace(m, role=clean_role(outer.role or outer.text))
            if outer is not None and outer.kind == "name" and m.kind == "name" and m.role:
                return m
            if outer is None or m.kind == "name":
                return m
        if not nested and _RELATIVE_OPENING.match(text, a_s, inner_end):
            # "NAME, ROLE, which is made up of ..., said": the relative clause
            # describes the subject; the speaker is whoever comes before it.
            before_clause = speaker_before(text, lo, k + 1, nested=True)
            if before_clause is not None:
                return before_clause
        end = k
        if not _APPOSITIVE_CLAUSE.match(text[a_s:inner_end]):
            return None
    m = _clause_mention(text, lo, end)
    if m is None:
        m = _name_before(text, lo, end)
    if m is None:
        m = _before_participle(text, lo, end)
    if m is None:
        return None
    if m.kind == "definite" and _char_before(text, m.start, lo) == ",":
        # "Sam Lau, the communications director for the party, said": the name
        # before an appositive description is the speaker.
        k = text.rfind(",", lo, m.start)
        name = _clause_mention(text, lo, k) if k >= 0 else None
        if name is not None and name.kind == "name":
            return replace(name, role=name.role or clean_role(m.role or m.text))
    if appositive is not None and m.kind == "name" and not m.role:
        role = text[appositive[0]:appositive[1]].strip()
        if looks_like_role(role):
            m = replace(m, role=role)
    return m


_LOCATIVE = regex.compile(
    r"\d{1,3}|\(?" + lx.PARTY_TAG + r"\)?|(?:of|from)\s+\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,3}")


def _peel_locatives(text: str, lo: int, end: int) -> int:
    """Move ``end`` left past appositives that only say a speaker's age, party or home:
    ``Brianne Stone, 29, of Huntsville, Ala., says`` -> ``Brianne Stone``."""
    t = end
    while t > lo and text[t - 1].isspace():
        t -= 1
    if t <= lo or text[t - 1] != ",":
        return end
    e = t - 1  # the comma closing the last appositive
    peeled = False
    while (k := text.rfind(",", lo, e)) >= 0:
        seg = text[k + 1:e].strip()
        if not (_LOCATIVE.fullmatch(seg) or seg.lower() in lx.US_STATES):
            break
        e, peeled = k, True
    return e if peeled else end


def _clause_mention(text: str, lo: int, end: int) -> Mention | None:
    """The longest mention ending at ``end`` that starts at a clause boundary."""
    while end > lo and text[end - 1].isspace():
        end -= 1
    starts = [lo] + [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, end)]
    for s in starts:
        while s < end and (text[s].isspace() or text[s] in _QUOTE_CHARS):
            s += 1  # a clause may open after a closing quotation mark: '..., " he said'
        d = _DATELINE.match(text, s, end)
        if d:
            s = d.end()
        # "But he said", "And officials say": a conjunction opens the clause.
        j = _LEADING_JUNK.match(text, s, end)
        if j and j.end() > s:
            s = j.end()
        j = _SUBORDINATOR.match(text, s, end)
        if j and j.end() > s and parse(text, s, end) is None:
            s = j.end()
        if s >= end:
            continue
        m = parse(text, s, end)
        if m is not None:
            return m
    return None


def _name_stop(text: str, start: int, end: int) -> regex.Match | None:
    """Where a name after an inverted cue ends: punctuation, or a full stop that does
    not close a title or abbreviation ("said Mr. McGinley", "said Sen. Warren")."""
    for m in _NAME_STOP.finditer(text, start, end):
        if m.group() == "." and _ABBREVIATION_BEFORE.search(text, max(start, m.start() - 12), m.end()):
            continue
        return m
    return None


def speaker_after(text: str, start: int, end: int) -> Mention | None:
    """The speaker right after an inverted cue: ``said Cornell William Brooks, president ...``."""
    while start < end and text[start].isspace():
        start += 1
    m = _name_stop(text, start, end)
    stop = m.start() if m else end
    words = list(_WORD.finditer(text, start, stop))
    got = _speaker_after_words(text, start, end, words, m)
    if got is None and len(words) > 2:
        # "said 9/11 widow Terry Strada": a descriptor the parser cannot read may
        # stand before the name; the name at the end still identifies the speaker.
        for k in range(1, min(len(words) - 1, 4)):
            got = _speaker_after_words(text, words[k].start(), end, words[k:], m)
            if got is not None and got.kind == "name":
                return got
        return None
    return got


def _speaker_after_words(text: str, start: int, end: int, words: list, m) -> Mention | None:
    got = _longest_mention(text, start, end, words)
    if got is not None and got.kind == "name" and not got.role and m and text[m.start()] == ",":
        # "said Cornell William Brooks, president of the NAACP": the appositive is the role.
        role_end = _ROLE_END.search(text, m.end(), min(end, m.end() + 120))
        role = text[m.end():role_end.start() if role_end else min(end, m.end() + 120)].strip()
        if looks_like_role(role):
            got = replace(got, role=role)
    return got


def _is_passive(text: str, lo: int, cue: Cue) -> bool:
    m = _WORD_BEFORE_CUE.search(text, max(lo, cue.start - 30), cue.start)
    if not m:
        return False
    return m.group(1).lower() in lx.PASSIVE_AUXILIARIES and not cue.text.lower().endswith(("s", "ing"))


@dataclass(slots=True)
class _Sentence:
    span: Span
    index: int
    paragraph: int
    quotes: list[QuoteSpan]
    frame: str  # the article text with quotations blanked, same length
    title: bool = False  # a headline or other title-case line, not prose
    index_in_paragraph: int = 0


def _frame(text: str, qs: list[QuoteSpan]) -> str:
    chars = list(text)
    for q in qs:
        for i in range(q.open_at, q.outer_end):
            chars[i] = BLANK
    return "".join(chars)


def find(text: str) -> tuple[list[Found], list[Mention]]:
    """All attributed statements in ``text`` in text order, and the subject mention
    opening each sentence.

    Speakers are not the only people a pronoun or ``the ambassador`` can refer back
    to: whoever a sentence is about becomes the most recent candidate, so subjects
    are returned for coreference."""
    paras = paragraphs(text)
    qspans = quote_spans(text, paras)
    frame = _frame(text, qspans)
    by_para: dict[int, list[QuoteSpan]] = {}
    for q in qspans:
        by_para.setdefault(q.paragraph, []).append(q)
    sents: list[_Sentence] = []
    for pi, para in enumerate(paras):
        pq = by_para.get(pi, [])
        masked = [(q.open_at, q.outer_end) for q in pq]
        title = is_title_line(text[para.start:para.end])
        for k, sp in enumerate(sentences(text, para, masked)):
            inside = [q for q in pq if sp.start <= q.open_at < sp.end]
            sents.append(_Sentence(sp, len(sents), pi, inside, frame, title or _is_headline(text[sp.start:sp.end], None), k))
    # Transcript labels ("PENCE: ...") recur; a dateline ("ISLAMABAD: ...") does not.
    label_count: dict[str, int] = {}
    for para in paras:
        lm = _SPEAKER_LABEL.match(text, para.start + (1 if text[para.start] in "\"“" else 0), para.end)
        if lm:
            label_count[lm.group("name")] = label_count.get(lm.group("name"), 0) + 1
    labels = frozenset(label_count) if sum(label_count.values()) >= 2 else frozenset()
    found: list[Found] = []
    subjects: list[Mention] = []
    for s in sents:
        if s.quotes:
            quoted = list(_quoted(text, s, labels))
            found.extend(quoted)
            if quoted and all(f.kind == "mixed" for f in quoted):
                # A reported clause beside a quoted fragment: "he says he would release
                # his returns, calling them 'very boring'".
                for f in _reported(text, s, labels):
                    if not any(f.start < q.outer_end and q.open_at < f.end for q in s.quotes):
                        found.append(f)
        else:
            found.extend(_reported(text, s, labels))
        sp = s.span
        if (s.quotes and s.quotes[0].open_at <= sp.start) or s.title or lx.CAPTION.match(text, sp.start, sp.end):
            continue  # quotations, headlines and photo captions are not prose subjects
        subj = _subject(text, sp)
        if subj is not None:
            subjects.append(subj)
    found.sort(key=lambda f: f.start)  # text order: inheritance looks at neighbours
    _inherit_speakers(text, found, sents, paras)
    return _drop_repeats(text, found), subjects


# --- Quotations -----------------------------------------------------------------------

_AFTER_CUE = regex.compile(r"[\s,.;:—–-]*")


def _attribution_after(text: str, frame: str, pos: int, end: int) -> tuple[Cue, Mention | None] | None:
    """``Q, SPEAKER CUE`` or ``Q, CUE SPEAKER`` starting at ``pos`` (after the close mark)."""
    dash = _DASH_ATTRIBUTION.match(text, pos, min(len(text), pos + 80))
    if dash:
        # Epigraph style: '"..." ― Sonya Herridge'
        spk = parse(text, dash.start("name"), dash.end("name"))
        if spk is not None and spk.kind in {"name", "organization"}:
            return Cue(dash.start(), dash.start("name"), "dash", dash.group("dash"), "speech"), spk
    m = _AFTER_CUE.match(frame, pos, end)
    p = m.end() if m else pos
    if p >= end or frame[p] == BLANK:
        return None
    if _SUBORDINATOR.match(frame, p, end) and not frame.startswith(("as ", "As "), p):
        return None  # '"...," after X said' introduces another clause, not this quote's speaker
    limit = min(end, p + MAX_LOOK)
    nxt_blank = frame.find(BLANK, p, limit)
    if nxt_blank >= 0:
        limit = nxt_blank
    for cue in _cues(frame, p, limit):
        if cue.kind != "speech" and cue.lemma not in lx.OBJECT_FORMS.values():
            continue
        if cue.start == p:
            spk = speaker_after(text, cue.end, limit)
            return cue, spk
        spk = speaker_before(text, p, cue.start)
        if spk is not None and spk.start == _skip_space(text, p):
            return cue, spk
        return None
    return None


def _char_before(text: str, pos: int, lo: int) -> str:
    """The last non-space character before ``pos`` (not before ``lo``), or ''."""
    p = pos
    while p > lo and text[p - 1].isspace():
        p -= 1
    return text[p - 1] if p > lo else ""


def _skip_space(text: str, p: int) -> int:
    while p < len(text) and text[p].isspace():
        p += 1
    return p


def _attribution_before(text: str, frame: str, lo: int, open_at: int) -> tuple[Cue, Mention | None, bool] | None:
    """``SPEAKER CUE[,:] Q`` ending at the opening mark; the bool says whether the quote
    is the cue's whole complement (direct) or sits inside a reported clause (mixed)."""
    lo2 = max(lo, open_at - MAX_LOOK)
    last_blank = frame.rfind(BLANK, lo2, open_at)
    if last_blank >= 0:
        lo2 = last_blank + 1
    cues = list(_cues(frame, lo2, open_at))
    for cue in reversed(cues):
        between = text[cue.end:open_at]
        if _is_passive(text, lo2, cue):
            continue
        participle_after_comma = cue.text.lower().endswith("ing") and _char_before(text, cue.start, lo) == ","
        # "Dean, a former chairman, poked at Trump, tweeting, '...'": the sentence subject.
        spk = _subject(text, Span(lo, cue.start)) if participle_after_comma else None
        spk = spk or speaker_before(text, lo2, cue.start)
        if spk is None and cue.text.lower().endswith("ing"):
            if _char_before(text, cue.start, lo) != ",":
                # "footage of Trump saying, '...'": the phrase right before the participle.
                spk = _mention_ending_at(text, lo, _strip_adverbs_back(text, lo, cue.start))
            if spk is None:
                # "X urged women to vote, saying, '...'": the sentence subject speaks.
                spk = _subject(text, Span(lo, cue.start))
        elif spk is None and _COORDINATED.search(text, max(lo2, cue.start - 20), cue.start):
            # "Reid caucused in Nevada and says he voted 'uncommitted'"
            spk = _subject(text, Span(lo, cue.start)) or _nearest_subject(text, lo, cue.start)
        if spk is None:
            continue
        b = between.strip()
        direct = b in {"", ",", ":"} or bool(_SHORT_OBJECT.fullmatch(b)) and "that" not in b.split()
        return cue, spk, direct
    return None


def _quoted(text: str, s: _Sentence, labels: frozenset[str] = frozenset()) -> Iterator[Found]:
    """Classify the quotations of one sentence and attribute them."""
    sp = s.span
    frame = s.frame
    results: list[Found] = []
    according = _according_in(text, frame, sp)  # "According to X" governs the whole sentence
    for k, q in enumerate(s.quotes):
        inner = text[q.start:q.end]
        nwords = len(inner.split())
        after = _attribution_after(text, frame, q.outer_end, sp.end)
        before = _attribution_before(text, frame, sp.start, q.open_at)
        if after is not None and after[1] is None and before is not None and before[1] is not None:
            after = None  # 'Peabody said: "...," adding that ...': the cue before names the speaker
        rest_before = frame[sp.start:q.open_at]
        rest_after = frame[q.outer_end:sp.end]
        alone = _strip_junk(rest_before.strip()) == ""
        whole = alone or (before is not None and before[2])
        sentence_like = nwords >= 3 and (inner[:1].isupper() or q.continues or inner[:1] in "‘'…." or whole)
        if after is not None and (whole or sentence_like):
            cue, spk = after
            results.append(Found(q.start, q.end, "direct", _cue_text(cue), spk, s.paragraph, s.index))
            continue
        if before is not None and before[1] is None and results and results[-1].mention is not None:
            before = (before[0], results[-1].mention, before[2])  # '"A," he said, adding: "B"'
        # '"If he thinks that makes him smart," the narrator says, "what does he think
        # of you?"': the second half of an interrupted quotation is direct too.
        interrupted = before is not None and bool(results) and results[-1].kind == "direct" and results[-1].mention == before[1]
        if before is not None and before[2] and (inner[:1].isupper() or inner[:1] in "‘'…." or q.continues or interrupted) and nwords >= 2:
            cue, spk, _ = according or before
            results.append(Found(q.start, q.end, "direct", _cue_text(cue), spk, s.paragraph, s.index))
            continue
        label = _SPEAKER_LABEL.match(text, q.start, q.end)
        if label and (alone or q.continues) and label.group("name") in labels:
            # Transcript style: '"PENCE: Well, Chris ...'
            spk = _label_mention(text, label)
            if label.end() < q.end:
                results.append(Found(label.end(), q.end, "direct", "said", spk, s.paragraph, s.index))
                continue
        if alone and sentence_like and _TRAILING_PUNCT.sub("", rest_after) == "" and not _is_headline(inner, q):
            results.append(Found(q.start, q.end, "direct", None, None, s.paragraph, s.index, inherit=True))
            continue
        if before is None and _char_before(text, q.open_at, sp.start) == ":" and sentence_like:
            # "Obama is rolling out a new message: '...'": the subject introduces it;
            # in a roundup ("TURNOUT WAS HIGH - Michael P. McDonald: '...'") the name
            # after the dash does.
            colon = text.rfind(":", sp.start, q.open_at)
            dash = _ROUNDUP_DASH.search(text, sp.start, colon) if colon > sp.start else None
            spk = parse(text, dash.end(), colon) if dash else None
            if spk is None or spk.kind == "pronoun":
                spk = _subject(text, sp)
            if spk is not None:
                results.append(Found(q.start, q.end, "direct", None, spk, s.paragraph, s.index))
                continue
        prev = results[-1] if results and k > 0 and results[-1].start == s.quotes[k - 1].start else None
        if prev is not None and prev.kind == "mixed" and prev.mention is not None and _LIST_JOIN.fullmatch(text, s.quotes[k - 1].outer_end, q.open_at):
            # 'went on about "A," and "B" and "C"': a list of fragments shares one attribution.
            results.append(Found(q.start, q.end, "mixed", prev.cue, prev.mention, s.paragraph, s.index))
            continue
        # A fragment inside a reported clause: find the clause's attribution.
        attr = according or before or after or _sentence_attribution(text, frame, sp)
        if attr is None:
            continue  # scare quotes, titles, names of things
        cue, spk = attr[0], attr[1]
        if nwords == 1 and cue is None:
            continue
        results.append(Found(q.start, q.end, "mixed", _cue_text(cue), spk, s.paragraph, s.index, inherit=spk is None))
    yield from results


def _strip_junk(s: str) -> str:
    m = _LEADING_JUNK.match(s)
    return s[m.end():] if m else s


def _according_in(text: str, frame: str, sp: Span) -> tuple[Cue, Mention, bool] | None:
    """``According to X`` governs every statement of its sentence."""
    m = _ACCORDING.search(frame, sp.start, sp.end)
    if m:
        spk = _according_speaker(text, frame, m.end(), sp.end)
        if spk is not None:
            return Cue(m.start(), m.end(), "according", "according to", "according"), spk, False
    return None


def _sentence_attribution(text: str, frame: str, sp: Span) -> tuple[Cue, Mention | None] | None:
    """Any cue with a speaker in the sentence frame (for fragments in reported speech)."""
    according = _according_in(text, frame, sp)
    if according:
        return according[0], according[1]
    for cue in _cues(frame, sp.start, sp.end):
        if _is_passive(frame, sp.start, cue):
            continue
        spk = speaker_before(text, sp.start, cue.start)
        if spk is not None:
            return cue, spk
        if cue.start > sp.start:
            prev_char = _char_before(frame, cue.start, sp.start)
            if prev_char in {",", BLANK}:
                spk = speaker_after(text, cue.end, sp.end)
                if spk is not None:
                    return cue, spk
    return None


def _label_mention(text: str, label: regex.Match) -> Mention:
    """A transcript label as a speaker mention: "PENCE" names Pence."""
    raw = label.group("name")
    name = raw.title() if raw.isupper() else raw
    return Mention(label.start("name"), label.end("name"), raw, "name", name.split()[-1].lower(), name)


def _is_headline(inner: str, q: QuoteSpan | None) -> bool:
    """A quoted line in title case with no final punctuation is a headline, not speech."""
    words = _LETTER_WORD.findall(inner)
    if not words:
        return True
    caps = sum(1 for w in words if w[0].isupper())
    return inner.rstrip()[-1:] not in ".!?,…" and caps / len(words) > 0.6


# --- Reported speech ------------------------------------------------------------------

def _reported(text: str, s: _Sentence, labels: frozenset[str] = frozenset()) -> Iterator[Found]:
    """Indirect quotes in a sentence without quotation marks."""
    sp = s.span
    frame = s.frame
    if s.title:
        h = _HEADLINE_LABEL.match(text, sp.start, sp.end)
        spk = parse(text, h.start("name"), h.end("name")) if h else None
        if h and spk is not None and spk.kind in {"name", "organization"} and sp.end - h.end() > 10:
            # "Graham: Trump's Rhetoric Destroying GOP's Chance": a headline attribution.
            yield Found(h.end(), _content_end(text, h.end(), sp.end), "indirect", ":", spk, s.paragraph, s.index)
            return
        h = _HEADLINE_CUE.search(text, sp.start, sp.end)
        if h:
            # "Chris Christie Says He Would Issue A Quarantine": a headline attribution.
            spk = parse(text, sp.start, h.start())
            c_end = _content_end(text, h.end(), sp.end)
            if spk is not None and spk.kind in {"name", "organization"} and c_end - h.end() > 10:
                yield Found(h.end(), c_end, "indirect", h.group("cue"), spk, s.paragraph, s.index)
        return
    label = _SPEAKER_LABEL.match(text, sp.start, sp.end)
    if label and s.index_in_paragraph == 0 and label.group("name") in labels:
        spk = _label_mention(text, label)
        if sp.end - label.end() > 10:
            yield Found(label.end(), _content_end(text, label.end(), sp.end), "direct", "said", spk, s.paragraph, s.index)
            return
    body_end = _content_end(text, sp.start, sp.end)
    # "According to X, ..." / "..., according to X."
    m = _ACCORDING.search(frame, sp.start, sp.end)
    if m:
        spk = _according_speaker(text, frame, m.end(), sp.end)
        if spk is not None:
            pre = text[sp.start:m.start()].strip()
            if not pre:
                comma = _np_end(text, m.end(), sp.end)
                c_start = _skip_space(text, comma + 1)
                if comma < sp.end and body_end - c_start > 10:
                    yield Found(c_start, body_end, "indirect", "according to", spk, s.paragraph, s.index)
                    return
            else:
                c_end = m.start()
                while c_end > sp.start and text[c_end - 1] in " ,—–(":
                    c_end -= 1
                c_start = _content_start(text, sp.start, c_end)
                if c_end - c_start > 10:
                    yield Found(c_start, c_end, "indirect", "according to", spk, s.paragraph, s.index)
                    return
    subject: Mention | None = None
    taken_until = sp.start
    pa = _PASSIVE_AGENT.search(frame, sp.start, sp.end)
    if pa:
        # "The meeting was first reported by Politico": the agent is the source and
        # the subject before the verb is what it reported.
        agent = _longest_mention(text, pa.end(), _np_end(text, pa.end(), body_end))
        c_start = _content_start(text, sp.start, pa.start())
        if agent is not None and agent.kind != "pronoun" and pa.start() - c_start > 3:
            yield Found(c_start, pa.start(), "indirect", pa.group("verb"), agent, s.paragraph, s.index)
            taken_until = sp.end
    for m in _CLAIM.finditer(frame, sp.start, sp.end):
        # "Trump's claim that ...": the owner of the claim is its speaker.
        owner = _mention_ending_at(text, sp.start, m.start("owner_end"))
        c_end = _complement_end(text, m.end(), body_end)
        if owner is not None and owner.kind != "pronoun" and c_end - m.end() > 12:
            yield Found(m.end(), c_end, "indirect", text[m.start("noun"):m.end("noun")], owner, s.paragraph, s.index)
            taken_until = c_end
    nested_from = sp.end  # cues inside an extracted complement report a nested statement
    for cue in _cues(frame, sp.start, sp.end):
        if cue.lemma in lx.QUOTE_ONLY_VERBS:
            continue  # "the sign read, '...'" quotes; "the judge read his decision" reports nothing
        if cue.start < taken_until and not (nested_from <= cue.start):
            continue
        if _is_passive(text, sp.start, cue):
            continue
        spk = speaker_before(text, sp.start, cue.start)
        if spk is None and nested_from <= cue.start:
            spk = speaker_before(text, nested_from, cue.start)  # the subject opens the outer complement
        participle = cue.text.lower().split()[0].endswith("ing")
        if spk is None:
            coordinated = not participle and _COORDINATED.search(text, max(sp.start, cue.start - 20), cue.start)
            after_comma = participle and _char_before(text, cue.start, sp.start) == ","
            if coordinated or after_comma:
                # "X denied the claims, asserting that ..." / "when Rubio thanked Miami and said"
                spk = subject or _subject(text, sp) or (_nearest_subject(text, sp.start, cue.start) if coordinated else None)
        if spk is None:
            # Inverted trailing attribution: "..., said the official."
            prev = _char_before(text, cue.start, sp.start)
            if prev == "," and cue.kind == "speech" and cue.lemma in lx.INVERTING_VERBS:
                spk = speaker_after(text, cue.end, sp.end)
                if spk is not None and _tail_is_short(text, spk.end, sp.end):
                    c_end = text.rfind(",", sp.start, cue.start)
                    c_start = _content_start(text, sp.start, c_end)
                    if c_end - c_start > 10:
                        yield Found(c_start, c_end, "indirect", _cue_text(cue), spk, s.paragraph, s.index)
                        taken_until = sp.end
            continue
        if subject is None:
            subject = spk
        # Forward complement: "SPEAKER CUE (HEARER) (that) CONTENT".
        c_start = _complement_start(text, frame, cue, sp.end, spk)
        if c_start is not None:
            c_end = _complement_end(text, c_start, body_end)
            if c_end - c_start >= 12 and len(text[c_start:c_end].split()) >= 3:
                yield Found(c_start, c_end, "indirect", _cue_text(cue), spk, s.paragraph, s.index)
                taken_until = c_end
                nested_from = c_start
                continue
        # Trailing attribution: "CONTENT, SPEAKER said." / interrupted "A, SPEAKER said, B."
        lead = text[sp.start:spk.start].rstrip()
        lead_start = _content_start(text, sp.start, spk.start)
        if (lead.endswith(",") and spk.start > sp.start + 10 and cue.kind == "speech"
                and not _LEADING_ADVERBIAL.fullmatch(text, sp.start, spk.start)
                and parse(text, lead_start, sp.start + len(lead) - 1) is None):
            # the lead is content, not an adverbial ("During the visit,") or a role in
            # apposition ("The spokesperson, Zabihullah Mujahid, denied ...")
            c_start = _content_start(text, sp.start, spk.start)
            tail = _tail_after_cue(text, cue, sp.end)
            c_end = sp.start + len(lead) - 1 if tail is None else body_end
            if c_end - c_start > 10:
                yield Found(c_start, c_end, "indirect", _cue_text(cue), spk, s.paragraph, s.index)
                taken_until = sp.end


def _cue_text(cue: Cue) -> str:
    return cue.text.rstrip(".")


def _subject(text: str, sp: Span) -> Mention | None:
    """The mention that opens a sentence, for verbs coordinated with its main verb.

    After an opening adjunct ("With Democratic leaders worried ..., President Obama
    is ...", "Speaking at a rally in Novi, Michigan, Trump says") the subject follows
    one of the adjunct's commas: up to three are tried, skipping a list item or a
    place before another ("Michigan, Trump").  A clause after a comma that opens
    another adjunct starts the count again from there, so chained adjuncts are
    walked once, left to right, in linear time."""
    s = _clause_start(text, sp.start, sp.end)
    if not _opens_adjunct(text, s, sp.end):
        return _subject_at(text, s, sp.end)
    comma, tries, limit = s, 0, min(sp.end, s + 240)
    while tries < 3:
        comma = text.find(",", comma + 1, limit)
        if comma < 0:
            return None
        p = _clause_start(text, comma + 1, sp.end)
        if _opens_adjunct(text, p, sp.end):
            comma, tries, limit = p, 0, min(sp.end, p + 240)
            continue
        tries += 1
        m = _subject_at(text, p, sp.end)
        if m is not None and _char_after(text, m.end, sp.end) != ",":
            return m
    return None


def _clause_start(text: str, start: int, end: int) -> int:
    s = _content_start(text, start, end)
    lead = _LEADING_ADVERBIAL.match(text, s, end)
    return lead.end() if lead else s  # "Moments later, Rubio ...", "In December, the prince ..."


def _opens_adjunct(text: str, s: int, end: int) -> bool:
    opener = _WORD.match(text, s, end)
    return bool(opener) and (opener.group().lower() in lx.NOT_MENTION_OPENERS or bool(_PARTICIPLE_OPENING.fullmatch(opener.group())))


def _subject_at(text: str, s: int, end: int) -> Mention | None:
    """The mention at ``s``, the start of a clause that opens with no adjunct."""
    if _SUBORDINATOR.match(text, s, end) or _GERUND_OPENING.match(text, s, s + 30):
        return None  # "While X ...", "Following X ...": the subject comes later
    words = list(_WORD.finditer(text, s, min(end, s + 160)))
    for n in range(min(len(words), 10), 0, -1):
        e = words[n - 1].end()
        if e <= s:
            break
        m = parse(text, s, e)
        if m is not None and m.kind != "pronoun" or (m is not None and n <= 2):
            if (_char_after(text, m.end, end) == "," and m.kind == "name" and " " not in m.text
                    and not _APPOSITIVE_NAME.match(text, m.end, min(end, m.end + 90))
                    and not _RELATIVE_OPENING.match(text, _skip_space(text, text.find(",", m.end) + 1), end)):
                return None  # "Recently, ..." : a word before a comma is an adverbial ("Christie, who ..." is not)
            return _with_appositive_name(text, m, end)
    return None


def _mention_ending_at(text: str, lo: int, end: int) -> Mention | None:
    """The mention (up to six words) that ends exactly at ``end``: the longest name if
    there is one ("footage of Hillary Clinton" -> "Hillary Clinton"), else the
    longest description."""
    words = list(_WORD.finditer(text, max(lo, end - 80), end))
    best = name = None
    for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
        m = parse(text, words[k].start(), end)
        if m is not None:
            best = m
            if m.kind == "name":
                name = m
    return name or best


def _name_before(text: str, lo: int, end: int) -> Mention | None:
    """A full name ending right at the cue when no clause-initial subject parses:
    "Saturday at the party convention Sen. Elizabeth Warren (D-MA) said".  Not after
    a verb or preposition, whose object it would be ("the man who attacked John Smith")."""
    m = _mention_ending_at(text, lo, end)
    if m is None or m.kind != "name":
        return None
    first = _WORD.match(text, m.start, end)
    if first and first.group().lower() in lx.US_STATES and first.end() < end:
        # "In a speech in Ohio Clinton said": the place ends the phrase before the name.
        m = parse(text, _skip_space(text, first.end()), end)
        if m is None or m.kind != "name":
            return None
    if len((m.name or "").split()) < 2:
        # A surname alone only after an opening prepositional phrase with no comma:
        # "In a Bloomberg interview Trump declared".
        opener = _WORD.match(text, _skip_space(text, lo), m.start)
        if not opener or opener.group().lower() not in lx.NOT_MENTION_OPENERS or _CLAUSE_BREAK.search(text, lo, m.start):
            return None
    prev = _LAST_WORD.search(text, max(lo, m.start - 30), m.start)
    if prev:
        w = prev.group().lower()
        if w in PREPOSITIONS_AND_RELATIVES or (w.endswith("ed") and w not in lx.ROLE_NOUNS) or w in lx.SPEECH_FORMS or w in lx.OBJECT_FORMS:
            return None
    return m


def _before_participle(text: str, lo: int, end: int) -> Mention | None:
    """A subject with a participle phrase after it: "Protesters marching through the
    streets chanted", "Officials attending the meeting said"."""
    s = _clause_start(text, lo, end)
    words = list(_WORD.finditer(text, s, end))
    for n in range(1, min(len(words) - 1, 6)):
        if words[n].group().endswith("ing") and words[n].group().islower() and words[n].group() not in lx.SPEECH_FORMS:
            m = parse(text, s, words[n - 1].end())
            if m is not None and m.kind != "pronoun":
                return m
    return None


def _nearest_subject(text: str, lo: int, cue_start: int) -> Mention | None:
    """The mention opening the nearest clause before a coordinated cue."""
    lo = max(lo, cue_start - MAX_LOOK)
    starts = [lo] + [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, cue_start)]
    for s in reversed(starts):
        s = _skip_space(text, s)
        words = list(_WORD.finditer(text, s, cue_start))
        for n in range(min(len(words), 8), 0, -1):
            m = parse(text, s, words[n - 1].end())
            if m is not None and m.kind != "pronoun":
                return m
    return None


def _char_after(text: str, pos: int, hi: int) -> str:
    """The first non-space character at or after ``pos`` (before ``hi``), or ''."""
    while pos < hi and text[pos].isspace():
        pos += 1
    return text[pos] if pos < hi else ""


def _with_appositive_name(text: str, m: Mention, end: int) -> Mention:
    """``Pakistan's envoy to the UN, Munir Akram, ...``: the name in the appositive is
    the subject, and the description before it is the role."""
    if m.kind == "name" or m.kind == "pronoun":
        return m
    a = _APPOSITIVE_NAME.match(text[m.end:min(end, m.end + 90)])
    if a:
        inner = parse(text, m.end + a.start(1), m.end + a.end(1))
        if inner is not None and inner.kind == "name":
            return replace(inner, role=clean_role(m.role or m.text))
    return m


def _tail_is_short(text: str, p: int, end: int) -> bool:
    return len(text[p:end].split()) <= 8


def _tail_after_cue(text: str, cue: Cue, end: int) -> int | None:
    """For an attribution in mid-sentence, the start of the continuation after
    ``, SPEAKER said, ...``; None when the cue ends the sentence (a short tail)."""
    rest = text[cue.end:end]
    m = _CONTINUATION.match(rest)
    if m and len(rest[m.end():].split()) >= 3 and len(rest[:m.end()].split()) <= 4:
        return cue.end + m.end()
    return None


def _content_start(text: str, lo: int, hi: int) -> int:
    s = _skip_space(text, lo)
    d = _DATELINE.match(text, s, hi)  # "WASHINGTON -- President Obama said"
    if d:
        s = d.end()
    j = _LEADING_JUNK.match(text, s, hi)
    if j:
        s = _skip_space(text, j.end())
    return s


def _content_end(text: str, lo: int, hi: int) -> int:
    e = hi
    while e > lo and text[e - 1] in " .!?\"”’')]\t":
        if text[e - 1] == ")" and "(" in text[lo:e]:
            break
        e -= 1
    return e


_THAT = regex.compile(r"\b(?:that|whether|if|how|why|what)\s+", regex.IGNORECASE)


def _complement_start(text: str, frame: str, cue: Cue, end: int, speaker: Mention | None = None) -> int | None:
    """Where the reported content starts after a cue, or None if nothing is reported."""
    p = _skip_space(text, cue.end)
    while True:  # "announced Sunday she will resign", "said in a statement that ..."
        adj = _ADJUNCT_AFTER_CUE.match(text, p, end)
        if not adj or adj.end() == p:
            break
        p = adj.end()
    if p >= end:
        return None
    window_end = min(end, p + 120)
    # "said (on Tuesday / in a statement / to reporters) that ..." -- look for `that`
    # before any other verb-like break.
    m = _THAT.search(text, p, window_end)
    if m is not None:
        between = text[p:m.start()]
        inner_cue = any(w.lower() in lx.SPEECH_FORMS for w in between.split())  # "said Trump believes that"
        if not inner_cue and len(between.split()) <= 10 and not _SEMI_OR_COLON.search(between) and (between.strip() == "" or _is_adjunct_or_hearer(between, cue)):
            return m.end() if m.group().lower().startswith("that") else m.start()
    if cue.lemma in lx.DOCUMENT_VERBS and speaker is not None and speaker.head in lx.DOCUMENT_NOUNS:
        first = _LETTER_WORD.match(text, p, window_end)
        if first and first.group().lower() not in lx.NOT_CLAUSE_STARTS and text[p:p + 3].lower() != "no ":
            return p  # "A Fox News poll shows Sanders with 47 percent"
    if cue.lemma in lx.THAT_ONLY and cue.kind == "speech":
        if cue.lemma in lx.OBJECT_FORMS.values():
            return _object_start(text, cue, p, end)
        first = _LETTER_WORD.match(text, p, window_end)
        if cue.lemma in lx.BELIEF_VERBS and first and first.group().lower() in lx.CLAUSE_OPENERS:
            return p  # "Economists believe this provides ..."
        return None
    if cue.lemma in lx.HEARER_VERBS:
        hearer = _hearer_end(text, p, end)
        if hearer is None:
            return None
        p = _skip_space(text, hearer)
        if text[p:p + 3].lower() in {"to ", "of "} or text[p:p + 6].lower() == "about ":
            return None if cue.lemma == "tell" else p
        return p
    if cue.kind == "object":
        return _object_start(text, cue, p, end)
    # Bare clause: "Matthews said Pence's performance should ..."
    if text[p] in ",:" or text[p:p + 3].lower() in {"to ", "so "}:
        if text[p] == ":":
            return _skip_space(text, p + 1)
        return None
    first = _LETTER_WORD.match(text, p, window_end)
    if not first:
        return None
    w = first.group().lower()
    if w in lx.NOT_CLAUSE_STARTS or (w.endswith("ly") and not text[p].isupper()):
        return None  # "said in a statement", "said goodbye", "complained when ..."
    return p


def _object_start(text: str, cue: Cue, p: int, end: int) -> int | None:
    """Noun-phrase content of a communication verb: `reiterated Pakistan's stance`."""
    first = _ALNUM_WORD.match(text, p, min(end, p + 40))
    if not first:
        return None
    w = first.group().lower()
    if w in {"to", "by", "as", "him", "her", "them", "me", "us", "it", "himself", "herself", "themselves", "itself", "and", "or", "but", "in", "on", "at", "for", "with", "up", "down", "out", "off", "over", "back"}:
        return None
    return p


def _is_adjunct_or_hearer(between: str, cue: Cue) -> bool:
    words = between.split()
    if not words:
        return True
    w0 = words[0].lower().strip(",")
    if w0 in lx.CUE_ADJUNCTS or w0 in {"reporters", "journalists", "supporters", "the", "a", "an", "him", "her", "them", "us", "me", "lawmakers"}:
        return True
    if cue.lemma in lx.HEARER_VERBS:
        return True
    return words[0][:1].isupper() and cue.lemma in {"say", "tell", "write", "add", "note", "announce", "state"}


_HEARER = regex.compile(
        r"(?:(?:him|her|them|us|me|reporters|journalists|supporters|lawmakers|members|voters|listeners|viewers|students|officials|delegates|attendees)\b"
        r"|(?:(?:the|a|an|his|her|their|its|local|several|some|many)\s+)?(?:[\p{Lu}][\p{L}’'.\-&]*\s*)+"
        r"|(?:the|a|an|his|her|their|its)\s+(?:[\p{L}\-’']+\s+){0,3}?(?:crowd|audience|forum|committee|paper|newspaper|outlet|network|channel|station|agency|magazine|program|show|conference|rally|gathering|meeting|group|press|media|interviewer|panel|hearing|senate|house|court|jury|nation|country|public|people|world)\b)",
)


def _hearer_end(text: str, p: int, end: int) -> int | None:
    """End of the hearer object after `told`: a name, a pronoun or a short phrase."""
    m = _HEARER.match(text, p, min(end, p + 80))
    if not m or not m.group().strip():
        return None
    return p + len(m.group().rstrip())


def _complement_end(text: str, c_start: int, body_end: int) -> int:
    """Content ends at the sentence end, or before a participial tail that starts a
    second attribution (", adding that ...")."""
    m = _PARTICIPLE_TAIL.search(text, c_start, body_end)
    if m:
        body_end = m.start()
    # "tweeted a photograph and said she had been hurt": a second cue ends the first
    # complement, and is read as an attribution of its own.
    for m in _COORDINATION.finditer(text, c_start, body_end):
        if m.group("verb").lower() in lx.SPEECH_FORMS:
            return m.start()
    return body_end


def _np_end(text: str, p: int, end: int) -> int:
    c = text.find(",", p, end)
    return c if c >= 0 else end


def _according_speaker(text: str, frame: str, p: int, end: int) -> Mention | None:
    """The source after `according to`: a name, a description, or the issuer of a
    statement (`a statement issued by Pakistan's Ministry of Foreign Affairs`)."""
    stop = _SOURCE_STOP.search(frame, p, min(end, p + MAX_LOOK))
    stop_at = stop.start() if stop else min(end, p + MAX_LOOK)
    seg = text[p:stop_at]
    m = _ISSUED_BY.search(seg)
    if m and _STATEMENT_NP.match(seg):
        q = p + m.end()
        return _longest_mention(text, q, stop_at)
    return _longest_mention(text, p, stop_at)


def _longest_mention(text: str, p: int, stop: int, words: list | None = None) -> Mention | None:
    """The longest run of words from ``p`` (at most 14) that parses as a mention; a
    final full stop is dropped unless it closes an abbreviation ("Mr.", "D.")."""
    if words is None:
        words = list(_WORD.finditer(text, p, stop))
    for n in range(min(len(words), 14), 0, -1):
        e = words[n - 1].end()
        if text[e - 1] == "." and not _ABBREVIATION_BEFORE.search(text, max(p, e - 12), e):
            e -= 1
        got = parse(text, p, e)
        if got is not None:
            return got
    return None


# --- Inheritance and clean-up ---------------------------------------------------------

def _inherit_speakers(text: str, found: list[Found], sents: list[_Sentence], paras: list[Span]) -> None:
    """Give unattributed quotations the speaker the text implies.

    In order: a later attribution in the same paragraph (``"A." "B," he said.``), the
    previous attributed statement in the same paragraph (``"A," he said. "B."``), and
    the last statement of the previous paragraph when this paragraph opens with the
    quote (a quote running on, or introduced by ``X said:``).
    """
    for i, f in enumerate(found):
        if not f.inherit or f.mention is not None:
            continue
        donor = None
        for k in range(i + 1, min(len(found), i + 1 + INHERIT_REACH)):
            g = found[k]
            if g.paragraph != f.paragraph:
                break
            if g.mention is not None and g.kind == "direct":
                donor = g
                break
        if donor is None:
            for k in range(i - 1, max(-1, i - 1 - INHERIT_REACH), -1):
                g = found[k]
                if g.paragraph == f.paragraph and (g.mention is not None or g.cue is not None):
                    donor = g
                    break
                if g.paragraph < f.paragraph - 1:
                    break
                if g.paragraph == f.paragraph - 1 and (g.mention is not None):
                    opens_para = paras[f.paragraph].start in (f.start - 1, f.start)
                    if opens_para:
                        donor = g
                    break
        if donor is None:
            # The previous sentence introduces the quote: "Akram emphasized X. 'Our ...'"
            prev = sents[f.sentence - 1] if f.sentence > 0 else None
            if prev is not None and prev.paragraph in (f.paragraph, f.paragraph - 1):
                intro = _sentence_attribution(text, prev.frame, prev.span)
                if intro is not None and intro[1] is not None:
                    f.mention = intro[1]
                    f.cue = _cue_text(intro[0])
                    continue
                if _char_before(text, prev.span.end, prev.span.start) == ":":
                    # "Cruz called them on it:" introduces the quotation that follows.
                    f.mention = _subject(text, prev.span)
                    if f.mention is not None:
                        continue
        if donor is not None:
            f.mention = donor.mention
            f.cue = f.cue or donor.cue


def _drop_repeats(text: str, found: list[Found]) -> list[Found]:
    """Drop a statement that repeats a quotation found elsewhere (a pull-quote set
    without marks, or the same unattributed quotation twice)."""
    index: dict[tuple[str, ...], list[str]] = {}
    for f in found:
        if f.kind == "direct":
            body = _normal(text[f.start:f.end])
            words = body.split()
            for k in range(max(1, len(words) - SHINGLE + 1)):
                index.setdefault(tuple(words[k:k + SHINGLE]), []).append(body)
    out: list[Found] = []
    seen: set[str] = set()
    for f in found:
        key = _normal(text[f.start:f.end])
        if f.kind == "indirect":
            first = tuple(key.split()[:SHINGLE])
            if any(key in body for body in index.get(first, ())[:20]):
                continue
        if key in seen and (f.kind != "direct" or f.mention is None):
            continue  # the same statement again: a repeated headline or pull-quote
        seen.add(key)
        out.append(f)
    return out


def _normal(s: str) -> str:
    return _NON_WORDS.sub(" ", s).strip().lower()

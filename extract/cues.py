"""Reporting cues: the verbs (and verb + particle pairs) that attribute a statement.

Which words are cues is the lexicon's business (`lexicon.SPEECH_FORMS`,
`OBJECT_FORMS`, `PARTICLES`); this module finds them in a stretch of text and says
what kind they are:

* ``speech``: the verb introduces speech or a clause (``said``, ``went on``);
* ``object``: the verb takes the statement as a noun phrase (``reiterated Pakistan's
  stance``);
* ``according``, ``dash``, ``label``: attributions without a verb, made by the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from . import lexicon as lx
from .document import BLANK, WORD, Document

_WORD_BEFORE_CUE = regex.compile(r"(?r)([\p{L}’']+)\s+$")
_POSSESSIVE_END = regex.compile(r"(?:[’']s|s[’'])$")


def _label_after_possessive(before: str, gap: str, word: str, after: str) -> bool:
    """``Editor's note: ...``: a cue's base or -s form between a possessive and a colon
    is a noun heading what follows, not a verb ("it's", "there's" contract is/has
    instead).  "Trump's claim that ..." stays: it attributes a claim to Trump."""
    if word not in lx.CUE_NOUN_FORMS or gap.strip() or not after.startswith(":") or not _POSSESSIVE_END.search(before):
        return False
    return before[:-2].lower() not in lx.CONTRACTING_WORDS


def _noun_before_of(word: str) -> bool:
    """Whether a cue form right before "of" is a noun: "media reports of", "claims of
    fraud" (but "warned of", "spoke of", "accused of": verbs that take "of")."""
    lemma = lx.SPEECH_FORMS.get(word) or lx.OBJECT_FORMS.get(word)
    return word in lx.CUE_NOUN_FORMS and lemma not in lx.OF_VERBS


def noun_after_marker(prev: str, word: str) -> bool:
    """Whether a cue's base or -s form is a noun because of the word before it: an
    article, a possessive pronoun or a preposition ("across the state", "his tweets",
    "told the judge that")."""
    return word in lx.CUE_NOUN_FORMS and prev in lx.NOUN_BEFORE_WORDS


def _noun_after(prev: str, gap: str, word: str) -> bool:
    """A cue's base or -s form right after a noun marker (`noun_after_marker`) is a
    noun, and so is an -s form after a number: "across the state", "voters in 11
    states", "his tweets" state and tweet nothing ("six in 10 say", "age of 25, says
    she" still do)."""
    if word not in lx.CUE_NOUN_FORMS or gap.strip():
        return False
    if noun_after_marker(prev, word):
        return True
    if "-" in prev and prev.rsplit("-", 1)[1].endswith("ed"):
        return True  # "a Saturn-sized object", "the long-awaited report": an adjective's noun
    return word.endswith("s") and (prev[:1].isdigit() or prev in lx.NUMBER_WORDS_BEFORE_NOUNS or prev in lx.PLURAL_QUANTIFIERS)


_PLURAL_POSSESSIVE_ENDS = ("s'", "s’")


def compound_noun(prev2: str, prev1: str, word: str) -> bool:
    """Whether a cue's base or -s form ``word`` ends a compound noun with the one or two
    words before it (lower case): "law and order", "an executive order"."""
    before = lx.COMPOUND_NOUN_FORMS.get(word)
    return before is not None and (prev1 in before or f"{prev2} {prev1}" in before)


def _begins_doing(nxt: str) -> bool:
    """Whether the word after "started"/"began" opens what was begun: a gerund or a
    to-infinitive ('“…,” started City's new signing' has none)."""
    return nxt == "to" or (nxt.endswith("ing") and len(nxt) > 4)


def _no_cue_beside(prev2: str, prev1: str, word: str, nxt: str) -> bool:
    """Whether the lower-case words around a cue form make it no cue (``cues`` and
    ``scan`` both ask; '' where there is no word): a plural possessive's noun ("in
    the ECOWAS' post on X"; a closing quotation mark there would be blanked in the
    frame; "Sanders' claim that …" still claims), an act begun ("started driving",
    "began to cry"), or the end of a compound noun ("law and order", "an executive
    order")."""
    if word in lx.CUE_NOUN_FORMS and prev1.endswith(_PLURAL_POSSESSIVE_ENDS) and nxt not in lx.COMPLEMENTIZERS:
        return True
    if word in lx.BEGINNING_FORMS and nxt and _begins_doing(nxt):
        return True
    return bool(prev1) and compound_noun(prev2, prev1, word)


def _place_noun(prev: str, gap: str, word: str) -> bool:
    """"Ceara state, Brazil", "officials in Borno state said": a place's noun after its
    capitalised name (`lexicon.PLACE_NOUN_CUE_FORMS`); no singular name is the
    subject of the base form ("The Democrats state", "They state" are)."""
    return (word in lx.PLACE_NOUN_CUE_FORMS and not gap.strip() and prev[:1].isupper() and not prev.endswith("s")
            and prev.lower() not in lx.SUBJECT_PRONOUNS)


def _adjective_after(prev: str, gap: str, word: str) -> bool:
    """A cue's -ed form right after an article, a possessive or a preposition is an
    adjective: "a detailed plan", "his stated aim", "the number of reported cases"
    report nothing."""
    return not gap.strip() and word.endswith("ed") and (prev in lx.DETERMINERS_BEFORE_NAMES or prev in lx.PREPOSITIONS_BEFORE_PARTICIPLES)


def _no_verb_after(prev: str, gap: str, word: str, after: str) -> bool:
    """Whether the word before a cue form (and the gap between them) makes it no verb:
    a label after a possessive, a noun or an adjective."""
    return _label_after_possessive(prev, gap, word, after) or _noun_after(prev, gap, word) or _adjective_after(prev, gap, word)


def _after_named_modifier(before: list[tuple[bool, str]]) -> bool:
    """Whether a cue's base form follows a determiner and a capitalised modifier: "a
    Washington state delegate", "the New York state senate" (a noun; "voters in Iowa
    say", "The Clintons say" and "The Tax Policy Center estimates" keep the verb).
    ``before``: (capitalised, word) of up to four words, nearest first."""
    k = 0
    while k < len(before) and k < 3 and before[k][0] and not before[k][1].endswith("s") and before[k][1] not in lx.SINGULAR_DETERMINERS:
        k += 1  # (a determiner opening the sentence is capitalised too: "A New York judge rejected …")
    return 0 < k < len(before) and before[k][1] in lx.SINGULAR_DETERMINERS


MODIFIER_REACH = 4  # words from a modifier cue noun to the source it modifies: "state flood control room officials"


def _modifies_source(after: list[str]) -> bool:
    """Whether the words after a modifier cue noun ("state", "protest") reach a source
    word through nouns only: "state officials", "state flood control room officials"
    (not "state that officials ...": a determiner, pronoun or clause word on the way)."""
    if after and _source_word(after[0]):
        return True
    for w in after[:MODIFIER_REACH]:
        if not w.isalpha() or w in lx.PREPOSITIONS_AND_RELATIVES or w in lx.DETERMINERS_BEFORE_NAMES or w in lx.CLAUSE_OPENERS or w in lx.CUE_WORDS:
            return False
        if w in lx.ROLE_NOUNS:
            return True
    return False


def _increases(text: str, end: int, after: list[tuple[int, int, str]]) -> bool:
    """Whether the "add" ending at ``end`` means to increase: "to", an article or a
    possessive, then a lower-case word ("added to the list", "adds to its woes"), all
    in one run of words (not "he added, to pursue …", "added to the BBC")."""
    (ts, te, to), (ds, de, det), (ns, _, _) = after
    return (to == "to" and det in lx.ARTICLES_AND_POSSESSIVES and text[ns].islower()
            and text[end:ts].isspace() and text[te:ds].isspace() and text[de:ns].isspace())


def _source_word(low: str) -> bool:
    """A role noun or title after a cue word makes that word its modifier: "state
    officials", "Texas state Sen. Ann Lee"."""
    return low in lx.ROLE_NOUNS or low in lx.TITLE_WORDS


@dataclass(slots=True)  # a value, never changed: not frozen only for speed (see document.Span)
class Cue:
    start: int
    end: int
    lemma: str
    text: str
    kind: str  # speech | object | according | dash

    @property
    def label(self) -> str:
        """The cue as stored with a quote: its words without a closing full stop."""
        return self.text.rstrip(".")


def cues(doc: Document, start: int, end: int) -> Iterator[Cue]:
    """Reporting verbs (with their particles) in the frame between ``start`` and
    ``end``, read from the Document's word index: the same cues as `scan` of that
    stretch, in time proportional to the cue words in it."""
    if not doc.may_hold_cue(start, end):
        return
    frame = doc.frame
    w = doc.window(start, end)
    for i in w.cue_positions():
        s, e, low = w.get(i)
        word = low.rstrip(".")
        if BLANK in word or word in lx.NOT_CUE_FORMS:
            continue
        if word in lx.PREPOSITION_CUE_FORMS and i + 1 < w.size and w.get(i + 1)[2] == lx.PREPOSITION_CUE_FORMS[word]:
            continue  # "thanks to its size": a preposition
        if word in lx.INCREASE_CUE_FORMS and i + 3 < w.size and _increases(frame, e, [w.get(k) for k in range(i + 1, i + 4)]):
            continue  # "added to the list": to increase
        if i + 1 < w.size and w.get(i + 1)[2] == "of" and _noun_before_of(word):
            continue  # "rubbished media reports of the government releasing …": a noun
        if _no_cue_beside(w.get(i - 2)[2] if i > 1 else "", w.get(i - 1)[2] if i > 0 else "", word,
                          w.get(i + 1)[2] if i + 1 < w.size else ""):
            continue  # "the ECOWAS' post", "started driving", "law and order"
        if frame[s].isupper() and i > 0 and frame[w.get(i - 1)[0]].isupper():
            continue  # part of a name: "the United States" states nothing
        if frame[s].isupper() and word[-1:] != "s" and word in lx.CUE_NOUN_FORMS and i + 1 < w.size and frame[w.get(i + 1)[0]].isupper():
            continue  # a title before a name: "Judge Jane Stranch", "State Department"
        if word in lx.ROLE_NOUNS and i + 1 < w.size and frame[w.get(i + 1)[0]].isupper() and frame[e:w.get(i + 1)[0]].strip() == "":
            continue  # a role before a name: "Defending champion Novak Djokovic", "federal judge Amy Jackson"
        if i > 1 and w.get(i - 2)[2] in lx.UNSAID_BEFORE.get(w.get(i - 1)[2], ()):
            continue  # "failed to note that ...", "refrains from announcing": nothing said
        if word in lx.UNSAID_PARTICLES and i + 1 < w.size and w.get(i + 1)[2] in lx.UNSAID_PARTICLES[word]:
            continue  # "When I found out that …": learned, not said
        if word in lx.MODIFIER_CUE_NOUNS and _modifies_source([w.get(k)[2] for k in range(i + 1, min(w.size, i + 1 + MODIFIER_REACH))]):
            continue  # "the Texas state senator", "protest organizers", "state flood control room officials": a noun
        if i > 0:
            ps, pe, prev = w.get(i - 1)
            if _no_verb_after(prev, frame[pe:s], word, frame[e:e + 1]):
                continue
            if _place_noun(frame[ps:pe], frame[pe:s], word):
                continue  # "Ceara state, Brazil"
            if word in lx.CUE_NOUN_FORMS and word[-1:] != "s" and frame[pe - 1:pe].isalpha() and _after_named_modifier(
                    [(frame[w.get(k)[0]].isupper(), w.get(k)[2]) for k in range(i - 1, max(-1, i - 5), -1)]):
                continue
        lemma = lx.PARTICLE_FORMS.get(word)
        if lemma and i + 1 < w.size:
            ns, ne, nxt = w.get(i + 1)
            nxt = nxt.rstrip(".")  # ("fired back.": the sentence ends)
            if nxt in lx.PARTICLES[lemma] and frame[e:ns].strip() == "":
                ne = ns + len(nxt)
                yield Cue(s, ne, lemma, frame[s:ne], "speech" if lemma in lx.SPEECH_PARTICLE_VERBS else "object")
                continue
        if lemma in lx.NEEDS_PARTICLE or word in lx.NEEDS_PARTICLE_FORMS:
            continue
        if word in lx.SPEECH_FORMS:
            yield Cue(s, e, lx.SPEECH_FORMS[word], frame[s:e], "speech")
        elif word in lx.OBJECT_FORMS:
            yield Cue(s, e, lx.OBJECT_FORMS[word], frame[s:e], "object")


def scan(text: str, start: int, end: int) -> Iterator[Cue]:
    """The definition of `cues`, on any string: split ``text[start:end]`` into words
    and test each.  `cues` must agree with it on every stretch of a Document's frame."""
    words = list(WORD.finditer(text, start, end))
    for i, m in enumerate(words):
        w = m.group().lower().rstrip(".")
        if BLANK in w or w in lx.NOT_CUE_FORMS:
            continue
        if w in lx.PREPOSITION_CUE_FORMS and i + 1 < len(words) and words[i + 1].group().lower() == lx.PREPOSITION_CUE_FORMS[w]:
            continue
        if w in lx.INCREASE_CUE_FORMS and i + 3 < len(words) and _increases(
                text, m.end(), [(x.start(), x.end(), x.group().lower()) for x in words[i + 1:i + 4]]):
            continue
        if i + 1 < len(words) and words[i + 1].group().lower() == "of" and _noun_before_of(w):
            continue
        if _no_cue_beside(words[i - 2].group().lower() if i > 1 else "", words[i - 1].group().lower() if i > 0 else "", w,
                          words[i + 1].group().lower() if i + 1 < len(words) else ""):
            continue
        if m.group()[0].isupper() and i > 0 and words[i - 1].group()[0].isupper():
            continue
        if m.group()[0].isupper() and w[-1:] != "s" and w in lx.CUE_NOUN_FORMS and i + 1 < len(words) and words[i + 1].group()[0].isupper():
            continue
        if w in lx.ROLE_NOUNS and i + 1 < len(words) and words[i + 1].group()[0].isupper() and text[m.end():words[i + 1].start()].strip() == "":
            continue
        if i > 1 and words[i - 2].group().lower() in lx.UNSAID_BEFORE.get(words[i - 1].group().lower(), ()):
            continue
        if w in lx.UNSAID_PARTICLES and i + 1 < len(words) and words[i + 1].group().lower() in lx.UNSAID_PARTICLES[w]:
            continue
        if w in lx.MODIFIER_CUE_NOUNS and _modifies_source([x.group().lower() for x in words[i + 1:i + 1 + MODIFIER_REACH]]):
            continue
        if i > 0 and _no_verb_after(words[i - 1].group().lower(), text[words[i - 1].end():m.start()], w, text[m.end():m.end() + 1]):
            continue
        if i > 0 and _place_noun(words[i - 1].group(), text[words[i - 1].end():m.start()], w):
            continue
        if i > 0 and w in lx.CUE_NOUN_FORMS and w[-1:] != "s" and words[i - 1].group()[-1:].isalpha() and _after_named_modifier(
                [(words[k].group()[0].isupper(), words[k].group().lower()) for k in range(i - 1, max(-1, i - 5), -1)]):
            continue
        nxt = words[i + 1].group().lower().rstrip(".") if i + 1 < len(words) else ""  # ("fired back.": the sentence ends)
        gap_ok = i + 1 < len(words) and text[m.end():words[i + 1].start()].strip() == ""
        lemma = lx.PARTICLE_FORMS.get(w)
        if lemma and gap_ok and nxt in lx.PARTICLES[lemma]:
            pe = words[i + 1].start() + len(nxt)
            yield Cue(m.start(), pe, lemma, text[m.start():pe], "speech" if lemma in lx.SPEECH_PARTICLE_VERBS else "object")
            continue
        if lemma in lx.NEEDS_PARTICLE or w in lx.NEEDS_PARTICLE_FORMS:
            continue
        if w in lx.SPEECH_FORMS:
            yield Cue(m.start(), m.end(), lx.SPEECH_FORMS[w], m.group(), "speech")
        elif w in lx.OBJECT_FORMS:
            yield Cue(m.start(), m.end(), lx.OBJECT_FORMS[w], m.group(), "object")


def is_passive(text: str, lo: int, cue: Cue) -> bool:
    """``has been told that ...``: the subject heard the statement, it did not make it."""
    m = _WORD_BEFORE_CUE.search(text, max(lo, cue.start - 30), cue.start)
    if not m:
        return False
    word = m.group(1).lower()
    if word in lx.NEGATIONS:
        # "he was not informed that …": a negated passive
        aux = _WORD_BEFORE_CUE.search(text, max(lo, m.start() - 30), m.start())
        word = aux.group(1).lower() if aux else ""
    elif word in lx.NEGATED_AUXILIARIES:
        word = word[:-3]  # ("wasn't told": "was")
    if word in lx.PASSIVE_ADVERBS:
        # "It was also revealed who …": an adverb between, after an expletive "it"
        aux = _WORD_BEFORE_CUE.search(text, max(lo, m.start() - 30), m.start())
        subj = _WORD_BEFORE_CUE.search(text, max(lo, aux.start() - 30), aux.start()) if aux else None
        if subj is None or subj.group(1).lower() != "it":
            return False
        word = aux.group(1).lower()
    return word in lx.PASSIVE_AUXILIARIES and not cue.text.lower().endswith(("s", "ing"))

"""Invariants that must hold for any input: no exception, offsets exact, no overlap
between direct quotes, every field in its vocabulary."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract import extract

# Text built from the pieces that trip quote extractors: marks of every kind,
# apostrophes, cue verbs, pronouns, names, line breaks.
PIECES = st.sampled_from([
    "“", "”", '"', "‘", "’", "'", "«", "»", ",", ".", ":", ";", " ", "\n", "\n\n", "—",
    "said", "told", "according to", "he", "she", "they", "the official", "a source",
    "Munir Akram", "Akram", "Pakistan’s", "It’s", "that", "insisted", "The", "We",
    "reiterated", "Mr.", "U.S.", "(TTP)", "sources", "added", "…", "!", "?",
    "ECOWAS'", "players’", "post", "attack", "claim", "started", "began", "driving", "to",
])
TEXTS = st.one_of(
    st.lists(PIECES, max_size=80).map(" ".join),
    st.lists(PIECES, max_size=80).map("".join),
    st.text(max_size=400),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("“ the official post to » according to insisted")  # (a document speaks: "the official post")
def test_never_raises_and_offsets_are_exact(text):
    for q in extract(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.kind in {"direct", "mixed", "indirect"}
        if q.speaker is not None:
            assert q.speaker.kind in {"person", "organization", "anonymous", "document"}
            assert q.speaker.gender in {None, "male", "female"}
            assert q.speaker.name


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_direct_quotes_do_not_overlap_and_exclude_marks(text):
    quotes = extract(text)
    direct = sorted((q.start, q.end) for q in quotes if q.kind == "direct" and q.rule != "nested-quotation")
    for (a, b), (c, d) in zip(direct, direct[1:]):
        assert b <= c
    for q in quotes:
        if q.rule == "nested-quotation":  # speech quoted inside another statement lies inside it
            assert any(d.start <= q.start and q.end <= d.end for d in quotes if d is not q and d.kind == "direct")
        if q.kind == "direct":
            assert q.text[:1] not in "“”\"" and q.text[-1:] not in "“”\""
        if q.kind == "mixed":
            # a clause holding quoted words keeps their marks, never a mark left open at
            # its end or one closed at its start
            assert q.text[:1] not in "”" and q.text[-1:] not in "“" and (q.text[-1:] != "”" or "“" in q.text)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_deterministic(text):
    assert extract(text) == extract(text)


def test_chained_adjuncts_stay_linear(monkeypatch):
    """'With a, with b, ...': the commas are walked once, left to right, so the work
    grows with the number of commas, not as a search tree over them."""
    import extract.speakers as speakers_module

    calls = 0
    real = speakers_module.content_start

    def counting(*args):
        nonlocal calls
        calls += 1
        return real(*args)

    monkeypatch.setattr(speakers_module, "content_start", counting)
    n = 20
    extract("Rubio spoke. With a b, " + ", ".join(["with a b"] * n) + " and it ended.")
    assert calls < 50 * n


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(0, 400), st.integers(0, 400))
def test_holds_word_agrees_with_the_words(text, lo, hi):
    """`Document.holds_word` (set lookups on the word index) says what a plain walk
    over the frame's words says: a key word, or one with a full stop, starts in
    ``[lo, hi)``."""
    from extract.document import Document
    doc = Document(text)
    keys = frozenset({"said", "told", "he"})
    want = any(lo <= s < hi and (w in keys or w.rstrip(".") in keys)
               for s, w in zip(doc.word_starts, doc.word_lows))
    assert doc.holds_word(keys, lo, hi) == want


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("Tinubu was quoted in the ECOWAS' post as saying it. The players’ claim that they won.")
@example("She started driving so fast that I began to say so. “We won,” started the captain.")
def test_cues_agree_with_scan(text):
    """`cues` (the Document's word index) finds what `scan` (its definition, on any
    string) finds, on every sentence."""
    from extract.cues import cues, scan
    from extract.document import Document
    doc = Document(text)
    for s in doc.sentences:
        assert ([(c.start, c.end, c.lemma, c.kind) for c in cues(doc, s.start, s.end)]
                == [(c.start, c.end, c.lemma, c.kind) for c in scan(doc.frame, s.start, s.end)])

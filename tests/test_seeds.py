"""Whole-article checks on seeds/: every direct quote with its speaker, and the
traps (headlines, pull-quotes, broken marks) that must not become quotes."""

import pytest

from extract import extract

# (seed, opening words of the direct quote, speaker name, speaker kind)
DIRECT = [
    ("000", "Pakistan has consistently aimed", "Munir Akram", "person"),
    ("000", "Pakistan has been committed", "Munir Akram", "person"),
    ("000", "However, if cross-border terrorism", "Munir Akram", "person"),
    ("000", "Our efforts are ongoing", "Munir Akram", "person"),
    ("000", "It’s your assumption", "Munir Akram", "person"),
    ("000", "Whether dealing with the Taliban", "Munir Akram", "person"),
    ("000", "We are pursuing this", "Munir Akram", "person"),
    ("000", "We need to build international consensus", "Munir Akram", "person"),
    ("002", "The Afghan leadership has been told", "an Islamabad-based senior official", "anonymous"),
    ("002", "The visit had nothing to do", "an Islamabad-based senior official", "anonymous"),
    ("002", "Afghanistan and Pakistan are two neighboring", "Mohammed Suhail Shaheen", "person"),
    ("002", "Despite some positive commitments", "Asif Ali Khan Durrani", "person"),
    ("002", "Pakistan will be reluctant", "Asif Ali Khan Durrani", "person"),
    ("002", "Since the creation of Pakistan", "Ahmad Wali Massoud", "person"),
    ("002", "Successive ruling governments", "Ahmad Wali Massoud", "person"),
    ("002", "For the past decades", "Ahmad Wali Massoud", "person"),
    ("002", "Pakistan and Afghanistan rely heavily", "Andy Vermaut", "person"),
    ("002", "Meanwhile, Afghanistan needs Pakistan", "Andy Vermaut", "person"),
    ("004", "These are red lines", "a security official", "anonymous"),
    ("004", "The purpose of the 30-day ceasefire", "Moeed Yousuf", "person"),
    ("004", "But there is nothing important", "Moeed Yousuf", "person"),
    ("004", "The red lines are very clear", "Moeed Yousuf", "person"),
    ("004", "The negotiating committees", "Muhammad Khurasani", "person"),
    ("004", "Our role is exclusively", "a senior Afghan Taliban cabinet member", "anonymous"),
    ("004", "Both sides are happy", "a senior Afghan Taliban cabinet member", "anonymous"),
    ("004", "We have already made it clear", "a senior Afghan Taliban cabinet member", "anonymous"),
    ("004", "For the mediator to threaten", "a senior Afghan Taliban cabinet member", "anonymous"),
    ("004", "Talks have just begun", "a senior Afghan Taliban cabinet member", "anonymous"),
    ("004", "We cannot completely rely", "Pakistan", "organization"),
]


@pytest.fixture(scope="module")
def extracted(seed_texts):
    return {k: extract(t) for k, t in seed_texts.items()}


@pytest.mark.parametrize("seed,opening,name,kind", DIRECT)
def test_direct_quote_found_with_speaker(extracted, seed, opening, name, kind):
    hits = [q for q in extracted[seed] if q.kind == "direct" and q.text.startswith(opening)]
    assert len(hits) == 1, [q.text[:40] for q in extracted[seed] if q.kind == "direct"]
    q = hits[0]
    assert (q.speaker.name, q.speaker.kind) == (name, kind)


def test_no_other_direct_quotes(extracted):
    listed = {(s, o) for s, o, _, _ in DIRECT}
    for seed, quotes in extracted.items():
        for q in quotes:
            if q.kind == "direct":
                assert any(s == seed and q.text.startswith(o) for s, o in listed), (seed, q.text[:60])


def test_offsets_point_into_article(seed_texts, extracted):
    for seed, quotes in extracted.items():
        for q in quotes:
            assert seed_texts[seed][q.start:q.end] == q.text


def test_headline_in_quotes_is_not_a_quote(extracted):
    assert not any("Diplomatic Leverage" in q.text for q in extracted["000"])


def test_pull_quote_and_law_are_not_quotes(extracted):
    texts = [q for q in extracted["002"] if q.kind != "direct"]
    assert not any(q.text.startswith("Afghanistan and Pakistan are two") for q in texts)
    assert not any("international law" in q.text and q.cue == "according to" for q in extracted["002"])
    # the unmarked copy of the official's quote is not a second statement
    assert sum("Afghan leadership has been told" in q.text for q in extracted["002"]) == 1


def test_mixed_quotes(extracted):
    mixed = {q.text: q.speaker.name for q in extracted["000"] + extracted["002"] + extracted["004"] if q.kind == "mixed"}
    # a mixed quote is the reported clause holding the quoted words
    assert mixed["the Afghan Taliban share an “ideological connection” with the TTP"] == "Munir Akram"
    clause = next(t for t in mixed if "“the growing threat of terrorism in the region,”" in t)
    assert clause.startswith("the group discussed") and mixed[clause] == "Pakistan’s Ministry of Foreign Affairs"
    # (the quotation that is the whole clause)
    assert mixed["a working relationship is the only viable way to establish bilateral relations with the Taliban."] == "Asif Ali Khan Durrani"
    assert mixed["the process needed to be carried out “smartly” at this stage"] == "a senior Afghan Taliban cabinet member"


def test_indirect_quotes_and_roles(extracted):
    by_text = {q.text: q for q in extracted["001"] + extracted["003"]}
    # "Mujahid emphasized that A and urged B": two attributions, one speaker
    q = by_text["Afghanistan seeks good relations with Pakistan"]
    assert (q.speaker.name, q.cue) == ("Zabihullah Mujahid", "emphasized")
    q = by_text["understanding of the Islamic Emirate’s intentions"]
    assert (q.speaker.name, q.cue) == ("Zabihullah Mujahid", "urged")
    q = by_text["Pakistan’s stance against engaging in talks with the TTP"]
    assert (q.speaker.name, q.speaker.role) == ("Mumtaz Zahra Baloch", "FO spokesperson")
    q = next(q for q in extracted["003"] if q.speaker_mention == "She")
    assert (q.speaker.name, q.speaker.gender) == ("Mumtaz Zahra Baloch", "female")
    assert q.text.startswith("the expectation for Afghan authorities")


def test_broken_marks_do_not_swallow_the_article(extracted):
    assert all(len(q.text) < 700 for q in extracted["004"])
    nadra = [q for q in extracted["004"] if "ready to surrender" in q.text]
    assert len(nadra) == 1 and nadra[0].speaker.name == "a security official"


def test_roles_are_kept(extracted):
    roles = {q.speaker.name: q.speaker.role for qs in extracted.values() for q in qs if q.speaker}
    assert roles["Moeed Yousuf"] == "National Security Adviser"
    assert roles["Muhammad Khurasani"] == "TTP spokesman"
    assert roles["Mumtaz Zahra Baloch"] == "FO spokesperson"
    assert roles["Zabihullah Mujahid"] == "Taliban interim government’s spokesperson"

"""The PolNeAR scoring rule, on hand-made gold where every number is known."""

from extract.evaluate import score_article, speaker_right, usable_source
from extract.extractor import Quote, Speaker


def q(start, end, kind="indirect", name=None, skind="person"):
    sp = Speaker("k", name, skind, None, None) if name else None
    return Quote(start, end, "x" * (end - start), kind, "said", sp, name, 0, "trailing-attribution", "surname" if sp else None)


def g(start, end, kind="indirect", source=None, resolved=None):
    return {"start": start, "end": end, "kind": kind, "source": source, "source_resolved": resolved or source}


def test_match_needs_half_of_shorter_span():
    gold = [g(0, 100)]
    assert score_article("", gold, [q(0, 40)])["all"].matched_gold == 1   # 40 of shorter 40
    assert score_article("", gold, [q(70, 200)])["all"].matched_gold == 0  # 30 of shorter 100


def test_greedy_one_to_one_and_fragments():
    gold = [g(0, 100, "direct")]
    t = score_article("", gold, [q(0, 45, "direct"), q(50, 100, "direct")])["direct"]
    assert (t.gold, t.matched_gold, t.predicted, t.correct_predicted) == (1, 1, 2, 2)  # second is a fragment
    t = score_article("", gold, [q(0, 45, "direct"), q(90, 130, "direct")])["direct"]
    assert t.correct_predicted == 1  # 10/40 inside gold: not a fragment


def test_kinds_need_not_agree_and_groups():
    out = score_article("", [g(0, 50, "mixed")], [q(0, 50, "direct")])
    assert out["mixed+indirect"].matched_gold == 1 and out["mixed+indirect"].predicted == 0
    assert out["direct"].correct_predicted == 1 and out["direct"].gold == 0


def test_speaker_rule():
    assert usable_source(g(0, 1, source="he", resolved="he")) is None
    assert usable_source(g(0, 1, source=None)) is None
    assert usable_source(g(0, 1, source="x" * 81)) is None
    assert speaker_right(q(0, 1, name="Munir Akram"), "Pakistan's envoy Munir Akram")
    assert not speaker_right(q(0, 1, name="Munir Akram"), "Moeed Yousuf")
    assert speaker_right(q(0, 1, name="a source", skind="anonymous"), "officials")  # generic gold
    assert speaker_right(q(0, 1), "a source")
    assert not speaker_right(q(0, 1), "Trump")


def test_an_organisation_named_with_its_acronym_matches_either():
    org = q(0, 1, name="News Agency of Nigeria (NAN)", skind="organization")
    assert speaker_right(org, "the News Agency of Nigeria") and speaker_right(org, "NAN")
    assert not speaker_right(org, "Reuters")


def test_speaker_accuracy_counts_only_usable_sources():
    gold = [g(0, 10, source="Trump"), g(20, 30, source="he", resolved="he")]
    t = score_article("", gold, [q(0, 10, name="Donald Trump"), q(20, 30, name="Someone")])["all"]
    assert (t.speaker_scored, t.speaker_right, t.e2e_right) == (1, 1, 2)


def test_end_to_end_precision_counts_predictions_and_fragments():
    # "A," he said. "B.": one gold statement, two predictions (a pair and a fragment),
    # both with the right speaker: end-to-end precision is 2/2, as span precision is.
    gold = [g(0, 100, "direct", source="Trump")]
    t = score_article("", gold, [q(0, 45, "direct", name="Donald Trump"), q(50, 100, "direct", name="Donald Trump")])["direct"]
    assert (t.e2e_right, t.e2e_right_predicted) == (1, 2) and t.scores()["e2e_f1"] == 1.0
    t = score_article("", gold, [q(0, 45, "direct", name="Donald Trump"), q(50, 100, "direct", name="Hillary Clinton")])["direct"]
    assert t.e2e_right_predicted == 1
    # Kinds need not agree: two direct gold statements matched by one direct and one
    # mixed prediction give the direct group one prediction, and precision at most 1.
    gold = [g(0, 50, "direct", source="Trump"), g(60, 100, "direct", source="Trump")]
    t = score_article("", gold, [q(0, 50, "direct", name="Donald Trump"), q(60, 100, "mixed", name="Donald Trump")])["direct"]
    assert (t.predicted, t.e2e_right, t.e2e_right_predicted) == (1, 2, 1)
    assert t.scores()["e2e_f1"] == 1.0


def test_a_companys_legal_form_names_no_one():
    """"Globex Holdings Inc." is judged by its name, not by "Inc."."""
    org = q(0, 1, name="Globex Holdings Inc.", skind="organization")
    assert speaker_right(org, "Globex Holdings") and not speaker_right(org, "Initech Inc.")

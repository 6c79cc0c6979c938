"""The multi-genre test corpus (tests/genres/): its generated gold is up to date, and
the extractor's scores on it do not fall below what has been reached (a ratchet:
raise a floor when a change lifts a score, never lower one to let a change in)."""

import subprocess
import sys
from pathlib import Path

import pytest

from extract.evaluate import evaluate, read_gold

GENRES = Path(__file__).parent / "genres"
ROOT = Path(__file__).parent.parent

# Reached so far; `quotedb eval tests/genres/gold.jsonl` prints the same figures.
FLOORS = {
    ("direct", "f1"): 0.98, ("direct", "speaker_accuracy"): 0.97,
    ("all", "f1"): 0.95, ("all", "speaker_accuracy"): 0.95,
}


def test_generated_gold_matches_the_source(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "genre_gold.py"), str(GENRES / "articles.json"),
                    "--out-dir", str(tmp_path)], check=True, capture_output=True)
    assert (tmp_path / "gold.jsonl").read_text(encoding="utf-8") == (GENRES / "gold.jsonl").read_text(encoding="utf-8")
    made = sorted(p.name for p in (tmp_path / "text").iterdir())
    assert made == sorted(p.name for p in (GENRES / "text").iterdir())
    for name in made:
        assert (tmp_path / "text" / name).read_bytes() == (GENRES / "text" / name).read_bytes()


def test_gold_offsets_point_at_the_quotes():
    docs = list(read_gold(GENRES / "gold.jsonl"))
    assert len(docs) >= 40 and len({d["genre"] for d in docs}) >= 7
    for d in docs:
        for q in d["quotes"]:
            assert d["text"][q["start"]:q["end"]] == q["text"]


@pytest.fixture(scope="module")
def scores():
    return evaluate(read_gold(GENRES / "gold.jsonl")).as_dict()


@pytest.mark.parametrize("kind, measure", sorted(FLOORS))
def test_scores_hold(scores, kind, measure):
    assert scores[kind][measure] >= FLOORS[kind, measure], scores[kind]

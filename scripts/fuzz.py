"""A fuzzing campaign over generated articles, outside the normal test suite.

    python scripts/fuzz.py [--examples 20000] [--seconds 600] [--seed 0]

Hypothesis generates articles from real news sentences (the seeds' and the genre
corpus's) cut up and mixed with random quotation marks of every style, apostrophes,
Unicode letters and symbols, CRLF and lone CR, NUL and other control characters,
zero-width characters and long runs of any of them.  Each article goes through the
same path as a build (`reading.normalise`, then `extract`), and every result is
checked:

* no exception;
* every quote satisfies ``text[start:end] == quote.text``, with 0 <= start < end;
* kinds are direct, mixed or indirect; a speaker, when there is one, has a name, a
  kind among person/organization/anonymous/document and a ``resolved_by``;
* quotes come in text order, and a second run on the same text gives the same output.

It prints how many articles ran, how long it took and every failure (shrunk by
Hypothesis to a small example), and exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from extract import extract  # noqa: E402
from extract.reading import normalise  # noqa: E402

KINDS = {"direct", "mixed", "indirect"}
SPEAKER_KINDS = {"person", "organization", "anonymous", "document"}
MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "`", "''", "``"]
ODD = ["\r\n", "\r", "\n", "\n\n", "\x00", "\x07", "\x0b", "\x0c", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2028",
       "\u2029", "\u00a0", "\t", " — ", " – ", "...", "…", "(", ")", "[", "]", ":", ";", ",", ".", "?", "!", "Q:", "A:",
       "SMITH:", "said", "says", "told", "according to", "Mr.", "Dr.", "Jr.", "U.S.", "\u0301", "ß", "İ", "ﬁ", "𝔘", "😀"]


def sentences() -> list[str]:
    out = []
    for d in ("seeds", "tests/genres/text"):
        for p in sorted((ROOT / d).iterdir()):
            for para in p.read_text(encoding="utf-8").splitlines():
                out += [s.strip() + " " for s in para.replace("? ", "?\n").replace(". ", ".\n").splitlines() if s.strip()]
    return out


SENTENCES = sentences()
piece = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(SENTENCES).flatmap(lambda s: st.integers(0, len(s)).map(lambda i: s[:i])),  # cut mid-word
    st.sampled_from(MARKS),
    st.sampled_from(ODD),
    st.text(min_size=1, max_size=12),
    st.tuples(st.sampled_from(MARKS + ODD), st.integers(2, 40)).map(lambda t: t[0] * t[1]),  # long runs
)
articles = st.lists(piece, min_size=1, max_size=60).map("".join)


class TimeUp(Exception):
    """The campaign's time budget is spent (not a failure)."""


class Campaign:
    def __init__(self, seconds: float) -> None:
        self.ran = 0
        self.deadline = time.perf_counter() + seconds
        self.chars = 0

    def check(self, raw: str) -> None:
        if time.perf_counter() > self.deadline:
            raise TimeUp
        self.ran += 1
        self.chars += len(raw)
        if self.ran % 5000 == 0:
            print(f"  {self.ran:,} articles ...", flush=True)
        text = normalise(raw)
        got = extract(text)
        last = -1
        for q in got:
            assert 0 <= q.start < q.end <= len(text), (q.start, q.end)
            assert text[q.start:q.end] == q.text, (q.text, text[q.start:q.end])
            assert q.kind in KINDS, q.kind
            assert q.start >= last, "quotes out of order"
            last = q.start
            if q.speaker is not None:
                assert q.speaker.name and q.speaker.kind in SPEAKER_KINDS, q.speaker
                assert q.resolved_by, q
            else:
                assert q.resolved_by is None, q
        assert [q.to_dict() for q in extract(text)] == [q.to_dict() for q in got], "second run differs"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--seconds", type=float, default=600, help="time budget: stop cleanly after this long")
    args = ap.parse_args()
    campaign = Campaign(args.seconds)

    @seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(articles)
    def run(raw: str) -> None:
        campaign.check(raw)

    t0 = time.perf_counter()
    failed = None
    try:
        run()
    except TimeUp:
        pass
    except Exception as exc:  # Hypothesis re-raises the shrunk failure
        if not isinstance(exc, TimeUp) and "TimeUp" not in type(exc).__name__:
            failed = exc
    secs = time.perf_counter() - t0
    print(f"{campaign.ran:,} articles ({campaign.chars / 1e6:.1f} M characters) in {secs:.0f} s, "
          f"{len(SENTENCES):,} source sentences; seed {args.seed}")
    if failed is not None:
        print(f"FAILED: {type(failed).__name__}: {failed}")
        return 1
    print("no failures")
    return 0


if __name__ == "__main__":
    sys.exit(main())

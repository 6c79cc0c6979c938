"""List every speaker that does not look like a source, over a corpus.

    python scripts/speaker_check.py ../shared/polnear/train.jsonl ../shared/polnear/dev.jsonl
    python scripts/speaker_check.py seeds tests/genres/text

Reads the inputs as `quotedb build` does (files, folders, JSON lines), extracts each
article, and prints one line per distinct flagged speaker: the reason
(`extract.sources.source_problem`), the speaker's kind and name, how many quotes
it has, and one of its quotes with the rule that found it.  Exit status 1 when any
speaker is flagged, so it can gate a change.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import extract  # noqa: E402
from extract.reading import InputError, read_all  # noqa: E402
from extract.sources import source_problem  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="files, folders or JSON-lines corpora")
    args = ap.parse_args(argv)
    flagged: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    speakers = articles = 0
    for art in read_all(args.inputs):
        if isinstance(art, InputError):
            print(f"error: {art}", file=sys.stderr)
            continue
        articles += 1
        seen = set()
        for q in extract(art.text):
            if q.speaker is None:
                continue
            if q.speaker.key not in seen:
                seen.add(q.speaker.key)
                speakers += 1
            why = source_problem(q.speaker)
            if why:
                flagged[(why, q.speaker.kind, q.speaker.name)].append(f"{art.path}: [{q.rule}] {q.text[:70]!r}")
    for (why, kind, name), where in sorted(flagged.items(), key=lambda kv: -len(kv[1])):
        print(f"{why:<40} {kind:<12} {name!r:<40} {len(where):>3}  {where[0]}")
    print(f"{len(flagged)} flagged speaker names ({sum(map(len, flagged.values()))} quotes) "
          f"among {speakers} speakers in {articles} articles")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate the accuracy and speed tables in README.md from real runs.

    python scripts/readme_tables.py ../shared/polnear/dev.jsonl

The tables sit between marker comments so that reruns replace them in place."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.evaluate import evaluate, read_gold  # noqa: E402


def accuracy(gold: str) -> str:
    report = evaluate(read_gold(gold)).as_dict()
    rows = ["| kind | gold | predicted | precision | recall | F1 | speaker accuracy | end-to-end F1 | GGT-rule F1 |",
            "|---|---|---|---|---|---|---|---|---|"]
    for kind, s in report.items():
        rows.append(f"| {kind} | {s['gold']} | {s['predicted']} | {s['precision']:.3f} | {s['recall']:.3f} | "
                    f"{s['f1']:.3f} | {s['speaker_accuracy']:.3f} | {s['e2e_f1']:.3f} | {s['ggt_f1']:.3f} |")
    return "\n".join(rows)


def speed() -> str:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "benchmark.py")], capture_output=True, text=True, check=True).stdout
    return "```\n" + out.strip() + "\n```"


def put(text: str, name: str, body: str) -> str:
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    block = f"{start}\n{body}\n{end}"
    if start in text:
        return re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    return text.replace(name.upper().replace("-", "_"), block)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = put(text, "accuracy-table", accuracy(sys.argv[1]))
    if "--no-speed" not in sys.argv:
        text = put(text, "speed-table", speed())
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

"""Regenerate the accuracy, rule and speed tables in README.md from the code and real runs.

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


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n\n", " ¶ ").replace("\n", " ")


def rule_table() -> str:
    """The attribution rules in the order the engine tries them, from the code."""
    from extract.extractor import provenance

    rows = ["| table | rule | what it handles | example |", "|---|---|---|---|"]
    for row in provenance():
        if row["stage"] != "resolution":
            rows.append(f"| {row['stage']} | `{row['id']}` | {_cell(row['description'])} | {_cell(row['example'])} |")
    return "\n".join(rows)


def strategy_table() -> str:
    """The speaker resolution strategies in the order they are tried, from the code."""
    from extract.resolution import STRATEGIES
    from extract.extractor import provenance

    described = {r["id"]: r["description"] for r in provenance()}
    rows = ["| strategy | mentions | what it does |", "|---|---|---|"]
    for st in STRATEGIES:
        rows.append(f"| `{st.name}` | {', '.join(sorted(st.kinds))} | {_cell(described[st.name])} |")
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
    text = put(text, "rules-table", rule_table())
    text = put(text, "strategies-table", strategy_table())
    if "--no-speed" not in sys.argv:
        text = put(text, "speed-table", speed())
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

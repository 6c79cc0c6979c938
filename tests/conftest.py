from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    from extract.reading import normalise
    return {p.name[:3]: normalise(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))}

"""One lexicon: every word list lives in `extract/lexicon.py`, and the rule modules
build their patterns from it (`lexicon.alternation`).  These tests keep it so."""

from __future__ import annotations

import ast
import collections
import re
from pathlib import Path

import regex

from extract import lexicon as lx

EXTRACT = Path(__file__).resolve().parent.parent / "extract"
# The extraction modules that must hold no word lists of their own.
RULE_MODULES = ("document", "mentions", "cues", "clauses", "speakers", "rules", "engine", "resolution")

# Regex escapes (``\s+``, ``\b``, ``\p{Lu}``, ``\-``) are removed before looking for a
# word alternation, so that ``also\s+|then\s+|later\s+`` reads as ``also|then|later``.
_ESCAPE = re.compile(r"\\(?:[pP]\{[^}]*\}|[A-Za-z]|.)[+*?]?")
_WORD_ALTERNATION = re.compile(r"[A-Za-z]{2,}\|[A-Za-z]{2,}\|[A-Za-z]{2,}")
_WORD = re.compile(r"[A-Za-z]+(?:[ '\-][A-Za-z]+)*")
MIN_LIST_WORDS = 5

# Literals that look like word lists but are not vocabulary, kept in code:
# (module, the literal as it appears: a string, or a frozenset of a collection's
# strings) -> why it stays.
ALLOWED: dict[tuple[str, str | frozenset[str]], str] = {
    ("document.py", frozenset({"doc", "lo", "hi", "a", "b", "head", "tail", "mid", "size"})):
        "Window.__slots__: attribute names, not words of the text",
}


def _docstring_ids(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _word_lists(module: str) -> list[tuple[int, str | frozenset[str], str]]:
    """(line, key for ALLOWED, what) of every literal in ``module`` that looks like a
    hard-coded word list."""
    path = EXTRACT / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstring_ids(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            m = _WORD_ALTERNATION.search(_ESCAPE.sub("", node.value))
            if m:
                found.append((node.lineno, node.value, f"regex word alternation {m.group()!r}..."))
        elif isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(words) >= MIN_LIST_WORDS and all(_WORD.fullmatch(w) for w in words):
                found.append((node.lineno, frozenset(words), f"{len(words)}-word literal {sorted(words)[:6]}..."))
    return found


def test_no_word_lists_in_rule_modules():
    offenders = []
    used = set()
    for module in RULE_MODULES:
        for line, key, what in _word_lists(module):
            if (f"{module}.py", key) in ALLOWED:
                used.add((f"{module}.py", key))
                continue
            offenders.append(f"extract/{module}.py:{line}: {what}")
    assert not offenders, (
        "word lists belong in extract/lexicon.py (build patterns with lexicon.alternation):\n  "
        + "\n  ".join(offenders))
    stale = [f"{m}: {reason}" for (m, key), reason in ALLOWED.items() if (m, key) not in used]
    assert not stale, "ALLOWED entries that no longer match anything:\n  " + "\n  ".join(stale)


def _lexicon_literals() -> list[tuple[str, int, list[str]]]:
    """(constant, line, strings) for every collection literal assigned to a public
    name in lexicon.py (inside frozenset(...) calls and dict values too).

    IRREGULAR is left out: its tuples are a verb's forms, where one form may be
    another ("read": past "read")."""
    tree = ast.parse((EXTRACT / "lexicon.py").read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if not names or names[0].startswith("_") or names[0] == "IRREGULAR":
                continue
            for sub in ast.walk(node.value):
                if isinstance(sub, (ast.Set, ast.Tuple, ast.List)):
                    words = [e.value for e in sub.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                    out.append((names[0], sub.lineno, words))
    return out


def test_lexicon_lists_have_no_duplicates():
    problems = []
    for name, line, words in _lexicon_literals():
        dups = sorted(w for w, n in collections.Counter(words).items() if n > 1)
        if dups:
            problems.append(f"extract/lexicon.py:{line}: {name} repeats {dups}")
    # Lists built from others ("A + (...)") are checked as values.
    for name in dir(lx):
        value = getattr(lx, name)
        if not name.startswith("_") and isinstance(value, (tuple, list)) and all(isinstance(w, str) for w in value):
            dups = sorted(w for w, n in collections.Counter(value).items() if n > 1)
            if dups:
                problems.append(f"lexicon.{name} repeats {dups}")
    assert not problems, "\n  ".join(["duplicate entries in the lexicon:"] + problems)


def test_alternation_and_capitalised():
    pattern = regex.compile(r"(?:" + lx.alternation(("further", "furthermore", "as well as")) + r")$")
    assert pattern.match("furthermore") and pattern.match("as \n well  as")
    assert lx.alternation(("further", "furthermore")).split("|") == ["furthermore", "further"]
    assert lx.capitalised(("in", "fox news")) == ("In", "Fox news")

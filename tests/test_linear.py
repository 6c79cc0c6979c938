"""Extraction does linear work on adversarial inputs: counted in steps, not seconds.

Each adversarial unit of `scripts/adversarial.py` is repeated to n and to 2n
characters and the extractor's work is counted on both: the Python lines executed
in the `extract` package (a `sys.settrace` hook that traces only frames whose code
lives there), plus the characters the `regex` engine scans (every module-level
compiled pattern of the extraction modules is swapped, for the duration of the
call, for a counting proxy), plus the characters that string searches, slices and
whole-string methods go over on the article's text and frame (given to the
extractor as a counting `str` subclass).  Doubling the input must at most double
the work, with slack for fixed costs; the counts do not depend on the machine or
its load, so a super-linear regression fails every time.  A deliberately quadratic
toy proves the counter can fail.

Not counted: C work on strings other than the text and frame (a slice of the text
is an ordinary string), and on the rules' own lists and dicts.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import pkgutil
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
import regex

import extract
from extract import Document
from extract import extract as extract_quotes

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = os.path.dirname(extract.__file__) + os.sep  # as code objects spell it
# Not on the path from a string to quotes: the site, the command line, storage, file
# reading and scoring.
NOT_EXTRACTION = {"site", "cli", "database", "serving", "reading", "evaluate"}

# Characters; the work is compared at N and 2N.  Large enough that a quadratic term
# with a small constant shows (at 4,000 'said he said, ' still looked linear), small
# enough that the module runs in about 15 s.
N = 16_000
MAX_RATIO = 2.3  # steps(2N) / steps(N): linear, with slack for fixed costs


def _load_script():
    spec = importlib.util.spec_from_file_location("adversarial", ROOT / "scripts" / "adversarial.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ADVERSARIAL = _load_script()
# Every unit the benchmark times, and the distinct names; not the news control, whose
# text at N and 2N is different articles rather than more of the same.
PATTERNS = {**{name: ADVERSARIAL._repeated(unit) for name, unit in ADVERSARIAL.UNITS.items()},
            "names-distinct": ADVERSARIAL.distinct_names}


# ---- the counting machinery ------------------------------------------------------

class Counter:
    def __init__(self) -> None:
        self.lines = 0
        self.chars = 0

    @property
    def steps(self) -> int:
        return self.lines + self.chars


def _arg(args: tuple, kwargs: dict, index: int, name: str):
    return args[index] if len(args) > index else kwargs.get(name)


class CountingPattern:
    """A compiled `regex` pattern that adds the characters it scans to a counter,
    then delegates.

    What a call scans: a search, from its start to the end of the match it finds (the
    whole window when it finds none); an iteration, to the end of the last match the
    caller took (the whole window when the caller ran it to the end); an anchored
    match, its whole window (an upper bound: the engine may look that far before it
    fails); a substitution or split, the whole window."""

    __slots__ = ("_counter", "_pattern")

    def __init__(self, pattern: regex.Pattern, counter: Counter) -> None:
        self._pattern = pattern
        self._counter = counter

    def _bounds(self, string, args, kwargs, pos_at: int) -> tuple[int, int]:
        n = len(string)
        pos, endpos = _arg(args, kwargs, pos_at, "pos"), _arg(args, kwargs, pos_at + 1, "endpos")
        start = 0 if pos is None else min(max(pos + n if pos < 0 else pos, 0), n)
        end = n if endpos is None else min(max(endpos + n if endpos < 0 else endpos, 0), n)
        return start, max(start, end)

    def _whole(name: str, string_at: int, pos_at: int | None):  # factories of methods, run in the class body
        def method(self, *args, **kwargs):
            string = _arg(args, kwargs, string_at, "string")
            if pos_at is None:
                self._counter.chars += len(string)
            else:
                start, end = self._bounds(string, args, kwargs, pos_at)
                self._counter.chars += end - start
            return getattr(self._pattern, name)(*args, **kwargs)
        method.__name__ = name
        return method

    def search(self, *args, **kwargs):
        string = _arg(args, kwargs, 0, "string")
        start, end = self._bounds(string, args, kwargs, 1)
        m = self._pattern.search(*args, **kwargs)
        if m is None:
            self._counter.chars += end - start
        else:  # a reverse search scans from the end back to the match's start
            self._counter.chars += (end - m.start()) if self._pattern.flags & regex.REVERSE else (m.end() - start)
        return m

    def finditer(self, *args, **kwargs):
        string = _arg(args, kwargs, 0, "string")
        start, end = self._bounds(string, args, kwargs, 1)
        return self._iterate(self._pattern.finditer(*args, **kwargs), start, end)

    def _iterate(self, matches, start: int, end: int):
        reverse = self._pattern.flags & regex.REVERSE
        reached = end if reverse else start
        finished = False
        try:
            for m in matches:
                reached = m.start() if reverse else m.end()
                yield m
            finished = True
        finally:
            if finished:
                self._counter.chars += end - start
            else:
                self._counter.chars += (end - reached) if reverse else (reached - start)

    match = _whole("match", 0, 1)
    fullmatch = _whole("fullmatch", 0, 1)
    findall = _whole("findall", 0, 1)
    scanner = _whole("scanner", 0, 1)
    sub = _whole("sub", 1, 4)
    subn = _whole("subn", 1, 4)
    subf = _whole("subf", 1, 4)
    subfn = _whole("subfn", 1, 4)
    split = _whole("split", 0, None)
    splititer = _whole("splititer", 0, None)
    del _whole

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"CountingPattern({self._pattern!r})"


def extraction_modules() -> list[types.ModuleType]:
    """The `extract` modules a call to `extract()` can run, found with pkgutil."""
    return [importlib.import_module(f"extract.{info.name}")
            for info in pkgutil.iter_modules(extract.__path__)
            if not info.ispkg and info.name not in NOT_EXTRACTION]


def count_steps(fn: Callable[[], object], modules: list[types.ModuleType],
                traced: Callable[[types.CodeType], bool], box: list | None = None) -> Counter:
    """Run ``fn`` counting line events in frames whose code satisfies ``traced`` and
    the characters searched by the module-level patterns of ``modules``; the counter
    is also put in ``box``, for whatever else ``fn`` counts."""
    counter = Counter()
    if box is not None:
        box.append(counter)
    swapped: list[tuple[types.ModuleType, str, regex.Pattern]] = []
    proxies: dict[int, CountingPattern] = {}  # a pattern imported by several modules is one proxy

    def local(frame, event, arg):
        if event == "line":
            counter.lines += 1
        return local

    def on_call(frame, event, arg):
        return local if traced(frame.f_code) else None

    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, regex.Pattern):
                proxy = proxies.setdefault(id(value), CountingPattern(value, counter))
                swapped.append((module, name, value))
                setattr(module, name, proxy)
    previous = sys.gettrace()
    try:
        sys.settrace(on_call)
        fn()
    finally:
        sys.settrace(previous)
        for module, name, value in swapped:
            setattr(module, name, value)
    return counter


def _clear_caches(modules: list[types.ModuleType]) -> None:
    """Empty the memo tables so every measurement starts from the same state."""
    for module in modules:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def _in_package(code: types.CodeType) -> bool:
    return code.co_filename.startswith(PACKAGE_DIR)


class CountingStr(str):
    """The article's text (and frame) as a string that adds to the counter the
    characters its own scans and copies go over: searches, slices, whole-string
    methods.  Regex work is counted by the patterns; this counts the rest of the C
    work on the article, which line events do not show."""

    counter: Counter | None = None

    def _add(self, n: int) -> None:
        if CountingStr.counter is not None:
            CountingStr.counter.chars += max(n, 0)

    def _span(self, start, end) -> int:
        n = len(self)
        lo = 0 if start is None else (start + n if start < 0 else start)
        hi = n if end is None else (end + n if end < 0 else end)
        return min(max(hi, 0), n) - min(max(lo, 0), n)

    def _searching(name: str):  # a factory of methods, run in the class body
        def method(self, sub, start=None, end=None):
            self._add(self._span(start, end))
            return getattr(str, name)(self, sub, start, end)
        method.__name__ = name
        return method

    find, rfind, index, rindex = _searching("find"), _searching("rfind"), _searching("index"), _searching("rindex")
    count, startswith, endswith = _searching("count"), _searching("startswith"), _searching("endswith")
    del _searching

    def __getitem__(self, key):
        if isinstance(key, slice):
            self._add(len(range(*key.indices(len(self)))))
        return str.__getitem__(self, key)

    def __contains__(self, sub) -> bool:
        self._add(len(self))
        return str.__contains__(self, sub)

    def _whole(name: str):
        def method(self, *args, **kwargs):
            self._add(len(self))
            return getattr(str, name)(self, *args, **kwargs)
        method.__name__ = name
        return method

    lower, upper, casefold, splitlines = _whole("lower"), _whole("upper"), _whole("casefold"), _whole("splitlines")
    split, rsplit, strip, lstrip, rstrip = _whole("split"), _whole("rsplit"), _whole("strip"), _whole("lstrip"), _whole("rstrip")
    del _whole


def extraction_steps(text: str) -> Counter:
    modules = extraction_modules()
    _clear_caches(modules)
    doc = Document(CountingStr(text))
    doc.frame = CountingStr(doc.frame)

    def run():
        CountingStr.counter = counter_box[0]
        try:
            extract_quotes(doc)
        finally:
            CountingStr.counter = None

    counter_box: list[Counter] = []
    return count_steps(run, modules, _in_package, counter_box)


@pytest.fixture(scope="module", autouse=True)
def warmed_up():
    extract_quotes("“Talks have begun,” the official said. Akram said that progress was slow.")


# ---- the tests ---------------------------------------------------------------------

@pytest.mark.parametrize("name", PATTERNS)
def test_work_grows_linearly(name):
    build = PATTERNS[name]
    small, large = build(N), build(2 * N)
    assert (len(small), len(large)) == (N, 2 * N)
    a, b = extraction_steps(small), extraction_steps(large)
    assert a.steps > 0 and a.lines > 0 and a.chars > 0, f"{name}: the counter saw no extraction work"
    ratio = b.steps / a.steps
    assert ratio <= MAX_RATIO, (
        f"{name}: {a.steps:,} steps at {N:,} chars ({a.lines:,} lines + {a.chars:,} characters scanned), "
        f"{b.steps:,} at {2 * N:,} ({b.lines:,} + {b.chars:,}): ratio {ratio:.2f} > {MAX_RATIO}")


def test_every_extraction_module_is_counted():
    names = {m.__name__ for m in extraction_modules()}
    assert {"extract.document", "extract.mentions", "extract.cues", "extract.clauses", "extract.speakers",
            "extract.rules", "extract.engine", "extract.resolution", "extract.lexicon",
            "extract.extractor"} <= names
    assert not {f"extract.{m}" for m in NOT_EXTRACTION} & names
    before = {(m.__name__, k): v for m in extraction_modules() for k, v in vars(m).items()}
    extraction_steps("“Yes,” said Ahmed Khan.")
    after = {(m.__name__, k): v for m in extraction_modules() for k, v in vars(m).items()}
    assert all(after[key] is value for key, value in before.items()), "patterns were not restored"


# A stand-in module for the toys: patterns scanned in linear and quadratic ways.
_toy = types.ModuleType("toy")
_toy.LETTER = regex.compile(r"\p{L}")
_toy.DIGIT = regex.compile(r"\d")


def _toy_linear(text: str) -> None:
    for i in range(len(text)):
        _toy.LETTER.match(text, i, i + 1)  # one character each time
        next(_toy.LETTER.finditer(text, i), None)  # a scan that stops at its first match


def _toy_quadratic(text: str) -> None:
    for i in range(len(text)):
        _toy.DIGIT.search(text, 0, i + 1)  # a search that fails, from the start each time


def _toy_ratio(fn: Callable[[str], None]) -> tuple[float, Counter, Counter]:
    code = fn.__code__
    a = count_steps(lambda: fn("a" * N), [_toy], lambda c: c is code)
    b = count_steps(lambda: fn("a" * 2 * N), [_toy], lambda c: c is code)
    return b.steps / a.steps, a, b


def test_counter_detects_quadratic_work():
    ratio, a, b = _toy_ratio(_toy_quadratic)
    assert a.lines > 0 and a.chars > 0
    assert ratio > 3, f"quadratic toy: {a.steps:,} then {b.steps:,} steps, ratio {ratio:.2f}"
    ratio, a, b = _toy_ratio(_toy_linear)
    assert ratio <= MAX_RATIO, f"linear toy: {a.steps:,} then {b.steps:,} steps, ratio {ratio:.2f}"
    assert isinstance(_toy.LETTER, regex.Pattern)  # restored


def test_a_long_run_of_apostrophes_after_a_sentence_end():
    """Found by scripts/fuzz.py: 'advocate!' and forty apostrophes took minutes, the
    run split every way between "''" and "'" before the sentence look-ahead failed."""
    short, long = ("We don't advocate!" + "'" * n + " and so on" for n in (40, 80))
    a, b = extraction_steps(short), extraction_steps(long)
    assert b.steps / a.steps <= MAX_RATIO

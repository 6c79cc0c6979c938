"""Link what several articles say: one speaker row per person, one group per quote.

`link` runs after articles are written (``database.build`` calls it before
``finish``) and computes everything below from the tables, so it is idempotent and
gives the same rows whatever order the articles came in, one build or many.  After
the first time it recomputes only what the new, deleted or re-attributed quotes touch
(their speakers' rows, aliases and groups), with the same result as starting over.

Speakers
    The writer stores each article's named speakers under a provisional id
    (`provisional_id`: ``~<article id>~<slug>``) with that article's name, kind, role
    and gender.  `link` copies them into ``article_speakers`` (one row per article and
    name; ``quotes.speaker_name`` keeps the name for each quote), then gives every
    name its final speaker:

    * a person's or organisation's name is compared by `speaker_key`: accents and
      case folded, a possessive dropped, the titles before a person's name stripped
      (``lexicon.TITLE_WORDS``: Dr, Mr, President, Secretary of State ...), and in a
      name of two or more words each word of five letters or more reduced to its
      consonant skeleton with its first letter and a final vowel (`resolution.skeleton`),
      so transliterations agree when the rest of the name does (Moeed Yusuf ~ Moeed
      Yousuf) while a single word (Yusuf, Yousuf) or a short one (Jane, June) must
      match exactly;
    * a person's middle initials are ignored when they are unambiguous: Donald J.
      Trump is Donald Trump unless the database also has another Donald X. Trump;
    * different people who share a surname stay apart (Zabihullah Mujahid, Mohammad
      Yaqoob Mujahid, and a bare Mujahid are three speakers): only a whole name matches;
    * anonymous sources and documents belong to their article: their id is
      ``<first 8 characters of the article id>-<slug>``.

    A named speaker's id is the slug of its title-stripped name (``munir-akram``); when
    a person appears under several spellings, the slug of the spelling most quotes use
    (ties: alphabetical; the others are in ``speaker_aliases``), without merged middle
    initials (``donald-trump`` for Donald J. Trump and Donald Trump).  So an id depends
    only on the names in the database and how often each is quoted, never on which
    article came first; it changes only if another spelling of the same person
    overtakes the usual one.  The row's ``name`` is the form most quotes use; its
    ``kind`` and ``role`` are the ones most quotes have; its ``gender`` too, unless
    the articles disagree evenly (then it is unknown).

Quote groups
    Direct and mixed quotes of `MIN_WORDS` words or more by a named speaker (a person
    or an organisation) are grouped when the same speaker's words recur in two or more
    articles.  Words are compared case-folded without punctuation, so ``We will win,``
    and ``we will win.`` are one wording.  A different wording of `VARIANT_MIN_WORDS`
    words or more joins as a variant (``quotes.is_variant = 1``) when its words are at
    least `SIMILARITY` alike (token Indel similarity, rapidfuzz: one changed word in
    ten) or when, being at least half as long, all its words but one appear in order
    in the other (a dropped clause).  Shorter fragments ("fake news", "rapists")
    recur for unrelated reasons and are never grouped; indirect quotes are paraphrase
    and are never grouped; anonymous sources belong to one article.

    Wordings are clustered around the most quoted one (ties: the earliest published,
    then alphabetical), which is the group's ``text``; every variant is compared with
    it directly, so groups never drift through chains of small changes.  Candidate
    pairs come only from the same speaker and from sharing at least two of a wording's
    `RARE_WORDS` rarest words (words in more than `RARE_CAP` of the speaker's wordings
    are not used), so the cost grows with the number of quotes, not its square.

    A quote that is not repeated in another article is in no group (``group_id`` and
    ``is_variant`` null); a group's id is a hash of its speaker and main wording.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import regex
from rapidfuzz.distance import Indel

from . import lexicon as lx
from .resolution import ACRONYM_PATTERN, skeleton, slug

NAMED_KINDS = ("person", "organization")
LOCAL_KINDS = ("anonymous", "document")  # belong to one article
GROUPED_KINDS = ("direct", "mixed")
PROVISIONAL = "~"  # prefix of the writer's per-article ids; final ids are slugs and never start with it

TRANSLITERATION_MIN = 5  # letters a word needs before spelling variants of it match
MIN_WORDS = 5  # a quote needs this many words to be grouped at all
VARIANT_MIN_WORDS = 8  # and this many (both wordings) to be matched as a reworded variant
SIMILARITY = 0.8  # token Indel similarity of a variant to the group's main wording
SHORTEST_SHARE = 0.5  # a variant is at least half as long as the main wording, and vice versa
RARE_WORDS = 4  # rarest words of a wording used to find its candidate variants
RARE_CAP = 200  # words in more of one speaker's wordings than this are not rare
ALL_PAIRS = 24  # a speaker with at most this many long wordings is compared pair by pair

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’‘ʼ][\p{L}\p{N}]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_FOLDED_WORD = regex.compile(r"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*")  # _WORD after the apostrophes are unified
_INITIALS = regex.compile(r"\p{L}\.?|(?:\p{L}\.){2,3}")
_LETTER = regex.compile(r"[\p{L}\p{N}]")
_VOWELS = "aeiou"


# --- speakers ----------------------------------------------------------------------


def _is_title(token: str) -> bool:
    t = token.lower().rstrip(",")
    return t in lx.TITLE_WORDS or t.rstrip(".") in lx.TITLE_WORDS


def _title_end(tokens: list[str]) -> int:
    """How many leading tokens are a title: title words, joined by connectors
    (Secretary of State), followed by at least one word that is neither."""
    end = 0
    for i, tok in enumerate(tokens[:-1]):  # the last word is always the name's
        low = tok.lower()
        if _is_title(tok):
            if tokens[i + 1].lower() not in lx.TITLE_CONNECTORS:
                end = i + 1
        elif low not in lx.TITLE_CONNECTORS:
            break
    return end


def _name_parts(name: str, kind: str) -> list[tuple[str, bool]]:
    """The folded words of a name, each with whether it is a middle initial (the
    ``J.`` of Donald J. Trump, the ``H. W.`` or ``H.W.`` of George H. W. Bush)."""
    tokens = name.split()
    if kind == "person":
        tokens = tokens[_title_end(tokens):]
    tokens = [t for t in tokens if _LETTER.search(t)]
    out = []
    for i, tok in enumerate(tokens):
        initial = 0 < i < len(tokens) - 1 and _INITIALS.fullmatch(tok) is not None
        out.extend((w, initial) for w in slug(tok).split("-"))
    return out or [(slug(name), False)]


def name_words(name: str, kind: str = "person") -> list[str]:
    """The folded words of a name, titles stripped from a person's:
    ``Dr. José Pérez`` -> ``['jose', 'perez']``; ``Taliban’s`` -> ``['taliban']``."""
    return [w for w, _ in _name_parts(name, kind)]


def _spelling(word: str) -> str:
    """A long word's spelling-variant class: first letter, consonant skeleton, final
    vowel (Yusuf, Yousuf, Yousef -> ysf; Maria -> mra, Mario -> mro)."""
    if len(word) < TRANSLITERATION_MIN or not word.isalpha():
        return word
    if word[-1] == "h" and word[-2] in _VOWELS:  # Hamzah ~ Hamza, Zabihullah ~ Zabiullah
        word = word[:-1]
    return skeleton(word) + (word[-1] if word[-1] in _VOWELS else "")


def _key_words(words: list[str]) -> tuple[str, ...]:
    if len(words) < 2:
        return tuple(words)
    return tuple(_spelling(w) for w in words)


def speaker_key(name: str, kind: str) -> str:
    """The key under which names are the same speaker across articles.

    Named people and organisations: accents and case folded, titles stripped from a
    person's name, and in a name of two or more words the long words reduced to
    their spelling-variant class (``Moeed Yousuf`` and ``Dr Moeed Yusuf`` -> ``md-ysf``);
    an organisation's acronym and legal form after its full name left out.
    Anonymous sources and documents: the slug of the description, which the caller
    qualifies with the article (see `local_id`)."""
    if is_local(name, kind):
        return slug(name)
    if kind == "organization":
        name = _ACRONYM_AFTER_NAME.sub("", name)  # "International Monetary Fund (IMF)" is the fund named in full
        name = _LEGAL_FORM_AFTER_NAME.sub("", name)  # "Globex Holdings, Inc." is Globex Holdings
    return "-".join(_key_words(name_words(name, kind)))


_ACRONYM_AFTER_NAME = regex.compile(r"(?<=\S)\s+\((?:" + ACRONYM_PATTERN + r")\)$")
_LEGAL_FORM_AFTER_NAME = regex.compile(r"(?<=\S),?(?:\s+(?i:" + lx.alternation(lx.LEGAL_FORMS) + r")\.?)+$")


def is_local(name: str, kind: str) -> bool:
    """Whether a speaker belongs to its article alone: an anonymous source, a
    document, or an organisation known only by a generic noun ("the campaign", with
    no capital letter): two articles' "the campaign" are not one speaker."""
    return kind in LOCAL_KINDS or (kind == "organization" and not any(map(str.isupper, name)))


def local_id(article_id: str, name: str) -> str:
    """Id of an anonymous source or document: it belongs to its article."""
    return f"{article_id[:8]}-{slug(name)}"


def provisional_id(article_id: str, name: str, kind: str) -> str:
    """The id the writer stores a speaker under until `link` runs: per article for
    a named speaker (so each article's name, role and gender are kept), final for an
    anonymous source or document."""
    if is_local(name, kind):
        return local_id(article_id, name)
    return f"{PROVISIONAL}{article_id}{PROVISIONAL}{slug(name)}"


def speaker_ids(names: Iterable[tuple[str, str, int]]) -> dict[tuple[str, str], str]:
    """The final id of each named speaker, given every ``(name, kind, quotes)`` in the
    database (quotes: how many quotes the name has).

    Names with one `speaker_key` are one speaker; so are a person's names that differ
    only by middle initials, unless two different initials occur with the same other
    words (George W. Bush, George H. W. Bush: then each form is its own speaker).  The
    id is the slug of the title-stripped words (without the merged initials) that most
    quotes use, ties going to the alphabetically first, so it does not depend on the
    order in which articles were added."""
    entries = {}
    for name, kind, n in names:
        parts = _name_parts(name, kind)
        words = [w for w, _ in parts]
        initials = tuple(i for i, (_, initial) in enumerate(parts) if initial) if kind == "person" else ()
        entries[(name, kind)] = (words, _key_words(words), initials, n or 0)
    seen_initials: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for words, key, initials, _ in entries.values():
        seen_initials[_drop(key, initials)].add(tuple(words[i] for i in initials))
    cluster_of: dict[tuple[str, str], tuple[str, ...]] = {}
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for nk, (words, key, initials, n) in entries.items():
        reduced = _drop(key, initials)
        if len(seen_initials[reduced] - {()}) <= 1:  # no initials, or one set of them: drop them
            key, words = reduced, _drop(words, initials)
        cluster_of[nk] = key
        votes[key]["-".join(words)] += n
    label = {key: min(v, key=lambda text: (-v[text], text)) for key, v in votes.items()}
    # Distinct keys have distinct labels (a label's words determine its key); keep
    # that true for any input by qualifying a repeat with a hash of the key.
    repeats = Counter(label.values())
    for key, text in label.items():
        if repeats[text] > 1:
            label[key] = f"{text}-{hashlib.sha1('-'.join(key).encode()).hexdigest()[:6]}"
    return {nk: label[key] for nk, key in cluster_of.items()}


def _drop(seq: Sequence[str], positions: tuple[int, ...]) -> tuple[str, ...]:
    if not positions:
        return tuple(seq)
    return tuple(w for i, w in enumerate(seq) if i not in positions)


# --- quote texts -------------------------------------------------------------------


def words(text: str) -> list[str]:
    """The words of a quote, case-folded, without punctuation (apostrophes unified)."""
    text = text.casefold()
    if "’" in text or "‘" in text or "ʼ" in text:
        text = text.translate(_APOSTROPHES)
    return _FOLDED_WORD.findall(text)


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Where each of `words` is in ``text``: (start, end, folded word)."""
    return [(m.start(), m.end(), m.group().casefold().translate(_APOSTROPHES)) for m in _WORD.finditer(text)]


def wording(text: str) -> str:
    """A quote's words as one string: two quotes with the same wording differ at most
    in case, punctuation and spacing."""
    return " ".join(words(text))


def similar(a: Sequence, b: Sequence) -> bool:
    """Whether wording ``b`` is a reworded variant of ``a`` (both word sequences): both of `VARIANT_MIN_WORDS` words or more,
    the shorter at least `SHORTEST_SHARE` of the longer, and either `SIMILARITY`
    alike or the shorter's words all but one found in order in the longer."""
    la, lb = len(a), len(b)
    short, longer = min(la, lb), max(la, lb)
    if short < VARIANT_MIN_WORDS or short < SHORTEST_SHARE * longer:
        return False
    by_similarity = int((1 - SIMILARITY) * (la + lb) + 1e-9)
    by_containment = longer - short + 2  # la + lb - 2 * (short - 1)
    return Indel.distance(a, b, score_cutoff=max(by_similarity, by_containment)) <= max(by_similarity, by_containment)


def group_wordings(token_lists: Sequence[Sequence[str]]) -> list[list[int]]:
    """Cluster one speaker's distinct wordings, given in priority order (most quoted
    first): each cluster is a list of indices, its main wording first, then the
    variants that are `similar` to it.  Every wording is in exactly one cluster.

    Only pairs that share at least two of one side's `RARE_WORDS` rarest words are
    compared (all pairs when there are at most `ALL_PAIRS` long wordings)."""
    n = len(token_lists)
    eligible = [i for i in range(n) if len(token_lists[i]) >= VARIANT_MIN_WORDS]
    pairs: set[tuple[int, int]] = set()
    if len(eligible) <= ALL_PAIRS:
        pairs = {(i, j) for k, i in enumerate(eligible) for j in eligible[k + 1:]}
    else:
        postings: dict[str, list[int]] = defaultdict(list)
        vocab = {i: set(token_lists[i]) for i in eligible}
        for i in eligible:
            for t in vocab[i]:
                postings[t].append(i)
        for i in eligible:
            rare = sorted((len(postings[t]), t) for t in vocab[i] if len(postings[t]) <= RARE_CAP)[:RARE_WORDS]
            if not rare:
                continue
            hits = Counter(j for _, t in rare for j in postings[t])
            need = min(2, len(rare))
            for j, c in hits.items():
                if c >= need and j != i:
                    pairs.add((i, j) if i < j else (j, i))
    near: dict[int, list[int]] = defaultdict(list)
    for i, j in sorted(pairs):
        if similar(token_lists[i], token_lists[j]):
            near[i].append(j)
            near[j].append(i)
    taken = [False] * n
    clusters = []
    for i in range(n):
        if taken[i]:
            continue
        taken[i] = True
        members = [i]
        for j in sorted(near.get(i, ())):
            if not taken[j]:
                taken[j] = True
                members.append(j)
        clusters.append(members)
    return clusters


class _Quote(NamedTuple):
    rowid: int
    text: str
    article_id: str
    outlet: str | None
    published: str | None


def group_id(speaker_id: str, main_wording: str) -> str:
    return "g" + hashlib.sha1(f"{speaker_id}\x1f{main_wording}".encode()).hexdigest()[:16]


def group_speaker_quotes(speaker_id: str, quotes: Sequence[_Quote]) -> Iterator[tuple[tuple, list[tuple[int, str, int]]]]:
    """The groups among one speaker's quotes: (quote_groups row, [(rowid, group id,
    is_variant)]) for each group of quotes from two articles or more."""
    if len(quotes) < 2:
        return
    by_wording: dict[str, list[_Quote]] = defaultdict(list)
    seen: dict[str, str | None] = {}  # quote text -> its wording (None: too short); many quotes repeat exactly
    for q in quotes:
        key = seen.get(q.text, "")
        if key == "":
            toks = words(q.text)
            key = seen[q.text] = " ".join(toks) if len(toks) >= MIN_WORDS else None
        if key is not None:
            by_wording[key].append(q)
    if not by_wording:
        return
    # Priority: most quoted, then earliest published, then alphabetical.
    order = sorted(by_wording, key=lambda k: (-len(by_wording[k]), min((q.published for q in by_wording[k] if q.published), default="\U0010ffff"), k))
    for cluster in group_wordings([k.split(" ") for k in order]):
        keys = [order[i] for i in cluster]
        members = [q for k in keys for q in by_wording[k]]
        articles = {q.article_id for q in members}
        if len(articles) < 2:
            continue
        main = keys[0]
        gid = group_id(speaker_id, main)
        texts = Counter(q.text for q in by_wording[main])
        text = min(texts, key=lambda t: (-texts[t], t))
        dates = [q.published for q in members if q.published]
        row = (gid, speaker_id, text, len(members), len(articles),
               len({q.outlet for q in members if q.outlet}), len(keys) - 1, min(dates) if dates else None)
        yield row, [(q.rowid, gid, int(k != main)) for k in keys for q in by_wording[k]]


# --- the database ------------------------------------------------------------------


_SCHEMA = """
        CREATE TABLE IF NOT EXISTS article_speakers (
            article_id TEXT NOT NULL REFERENCES articles(id),
            name TEXT NOT NULL,
            kind TEXT,
            role TEXT,
            gender TEXT,
            speaker_id TEXT REFERENCES speakers(id),
            quotes INTEGER,
            published TEXT,
            PRIMARY KEY (article_id, name)
        );
        CREATE INDEX IF NOT EXISTS idx_article_speakers_speaker_id ON article_speakers (speaker_id);
        CREATE TABLE IF NOT EXISTS speaker_aliases (
            speaker_id TEXT NOT NULL REFERENCES speakers(id),
            alias TEXT NOT NULL,
            quotes INTEGER NOT NULL,
            PRIMARY KEY (speaker_id, alias)
        );
        CREATE TABLE IF NOT EXISTS quote_groups (
            id TEXT PRIMARY KEY,
            speaker_id TEXT NOT NULL REFERENCES speakers(id),
            text TEXT NOT NULL,
            quotes INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            outlets INTEGER NOT NULL,
            variants INTEGER NOT NULL,
            first_published TEXT
        );
        CREATE INDEX IF NOT EXISTS idx_quote_groups_speaker_id ON quote_groups (speaker_id);
        CREATE INDEX IF NOT EXISTS idx_quote_groups_outlets ON quote_groups (outlets);
        CREATE INDEX IF NOT EXISTS idx_quote_groups_variants ON quote_groups (variants);
        CREATE INDEX IF NOT EXISTS idx_quote_groups_first_published ON quote_groups (first_published);
"""


def create_schema(conn) -> None:
    """Tables, columns and indexes `link` fills; safe to run on any quotedb database,
    old or new, any number of times."""
    conn = getattr(conn, "conn", conn)
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    if "published" not in {row[1] for row in conn.execute("pragma table_info(article_speakers)")}:
        conn.execute("ALTER TABLE article_speakers ADD COLUMN published TEXT")
    # a speaker's quotes over time, from this index alone (the article's date is copied
    # here: the top speaker of a million quotes is in 90,000 articles)
    conn.execute("CREATE INDEX IF NOT EXISTS idx_article_speakers_speaker_id_published_quotes "
                 "ON article_speakers (speaker_id, published, quotes)")
    have = {row[1] for row in conn.execute("pragma table_info(quotes)")}
    for column, decl in (("speaker_name", "TEXT"), ("group_id", "TEXT REFERENCES quote_groups(id)"), ("is_variant", "INTEGER")):
        if column not in have:
            conn.execute(f"ALTER TABLE quotes ADD COLUMN {column} {decl}")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_quotes_article_id_speaker_name ON quotes (article_id, speaker_name)")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_quotes_group_id ON quotes (group_id)")
    # a speaker's page counts their quotes per outlet and per article from this index alone
    conn.execute("CREATE INDEX IF NOT EXISTS idx_quotes_speaker_id_outlet_article_id ON quotes (speaker_id, outlet, article_id)")


@dataclass
class LinkResult:
    """What the database holds after `link`, and how long its two parts took."""

    speakers: int = 0
    aliases: int = 0
    groups: int = 0
    grouped_quotes: int = 0
    variants: int = 0  # quotes whose words differ from their group's main wording
    dirty: int = 0  # speakers whose rows and groups were recomputed
    seconds: dict[str, float] = field(default_factory=dict)


def _totals(conn: sqlite3.Connection, result: LinkResult) -> None:
    one = lambda sql: conn.execute(sql).fetchone()[0] or 0  # noqa: E731
    result.speakers = one("SELECT count(*) FROM speakers")
    result.aliases = one("SELECT count(*) FROM speaker_aliases")
    result.groups = one("SELECT count(*) FROM quote_groups")
    result.grouped_quotes = one("SELECT sum(quotes) FROM quote_groups")
    result.variants = one("SELECT count(*) FROM quotes WHERE group_id IS NOT NULL AND is_variant = 1")
    result.dirty = one("SELECT count(*) FROM temp._link_dirty")


def link(db, full: bool = False) -> LinkResult:
    """(Re)compute speakers across articles, ``speaker_aliases``, ``quote_groups`` and
    ``quotes.group_id``/``is_variant`` from the tables, in one transaction.

    Accepts a ``sqlite_utils.Database`` or a ``sqlite3.Connection``.  Idempotent;
    the result depends only on the articles and quotes in the database.  Call it after
    writing, replacing or deleting articles (deleting an article's quotes and its row
    is enough: what no quote refers to any more is dropped here).

    Speaker rows, aliases and quote groups are recomputed for the speakers whose
    quotes changed since the last link (new, deleted or moved to another speaker);
    ``full=True`` recomputes them all, as after a change to the rules in this module
    or an edit of existing quotes or articles in place."""
    conn: sqlite3.Connection = getattr(db, "conn", db)
    create_schema(conn)
    conn.create_function("quotedb_local_id", 2, local_id, deterministic=True)
    conn.create_function("quotedb_is_local", 2, is_local, deterministic=True)
    result = LinkResult()
    # The first link after a build rewrites every quote; under an in-memory journal the
    # journal would hold a copy of the whole quotes table, so it goes to disk while link
    # runs.  (`database.build` links its temporary file with no journal at all.)
    journal = None if conn.in_transaction else conn.execute("PRAGMA journal_mode").fetchone()[0]
    if journal == "memory":
        conn.execute("PRAGMA journal_mode = DELETE")
    try:
        with savepoint(conn, "quotedb_link"):
            conn.execute("PRAGMA defer_foreign_keys = ON")  # rows are re-pointed before old ones go
            t0 = time.perf_counter()
            conn.execute("DROP TABLE IF EXISTS temp._link_dirty")
            conn.execute("CREATE TEMP TABLE _link_dirty (id TEXT PRIMARY KEY)")
            _link_speakers(conn, full)
            t1 = time.perf_counter()
            _group_quotes(conn, full)
            t2 = time.perf_counter()
            _totals(conn, result)
            for table in ("_link_new", "_link_names", "_link_moved", "_link_dirty", "_link_speakers", "_link_groups",
                          "_link_grouped"):
                conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
    finally:
        if journal == "memory":
            conn.execute("PRAGMA journal_mode = MEMORY")
    result.seconds = {"speakers": round(t1 - t0, 3), "groups": round(t2 - t1, 3)}
    return result


@contextmanager
def savepoint(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """Run the block in a savepoint: all of it or, on any exception, none of it."""
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        conn.execute(f"ROLLBACK TO {name}")
        conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


BULK_SHARE = 0.1  # rewriting more than this share of a table's rows: rebuild its indexes after


@contextmanager
def _bulk(conn: sqlite3.Connection, table: str, rows: int, columns: set[str] | None = None) -> Iterator[None]:
    """Drop the indexes of ``table`` (those over ``columns``, or all) while ``rows`` of
    its rows change, when that is a large share of them, and build them again after:
    one sorted build is several times faster than a million scattered updates."""
    total = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    saved = []
    if rows > BULK_SHARE * total:
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                                      [table]).fetchall():
            cols = {r[2] for r in conn.execute(f'PRAGMA index_info("{name}")')}
            if columns is None or cols & columns:
                saved.append((name, sql))
    for name, _ in saved:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in saved:
        conn.execute(sql)


def _link_speakers(conn: sqlite3.Connection, full: bool) -> None:
    """Article speakers, final speaker rows, quotes' speakers and aliases; the ids of
    speakers whose quotes changed go into ``temp._link_dirty``."""

    def mark(ids: Iterable[tuple]) -> None:
        conn.executemany("INSERT OR IGNORE INTO temp._link_dirty VALUES (?)", (r for r in ids if r[0] is not None))

    # 1. Article speakers no quote names any more (their article was deleted or
    # replaced) go; the others are recounted (quotes may have been deleted).
    mark(conn.execute("""
        DELETE FROM article_speakers WHERE NOT EXISTS (
            SELECT 1 FROM quotes q WHERE q.article_id = article_speakers.article_id AND q.speaker_name = article_speakers.name)
        RETURNING speaker_id""").fetchall())
    mark(conn.execute("""
        UPDATE article_speakers SET quotes = c.n
        FROM (SELECT article_id, speaker_name, count(*) AS n FROM quotes
              WHERE speaker_name IS NOT NULL GROUP BY article_id, speaker_name) AS c
        WHERE c.article_id = article_speakers.article_id AND c.speaker_name = article_speakers.name
          AND article_speakers.quotes IS NOT c.n
        RETURNING speaker_id""").fetchall())
    # 2. Quotes written since the last link, by the speaker row they were written with:
    # that row is the article's own name, kind, role and gender.
    conn.execute("DROP TABLE IF EXISTS temp._link_new")
    conn.execute("""CREATE TEMP TABLE _link_new (article_id TEXT, written_id TEXT, name TEXT, kind TEXT, role TEXT,
                    gender TEXT, quotes INTEGER, speaker_id TEXT, PRIMARY KEY (written_id, article_id))""")
    conn.execute("""
        INSERT INTO temp._link_new
        SELECT q.article_id, q.speaker_id, s.name, s.kind, s.role, s.gender, q.n, NULL
        FROM (SELECT article_id, speaker_id, count(*) AS n FROM quotes
              WHERE speaker_name IS NULL AND speaker_id IS NOT NULL GROUP BY article_id, speaker_id) AS q
        JOIN speakers s ON s.id = q.speaker_id""")
    new_quotes = conn.execute("SELECT coalesce(sum(quotes), 0) FROM temp._link_new").fetchone()[0]
    # 3. Final ids: named speakers from the set of all names, the others per article.
    names = conn.execute(f"""
        SELECT name, kind, sum(quotes) FROM (SELECT name, kind, quotes FROM article_speakers
                                            UNION ALL SELECT name, kind, quotes FROM temp._link_new)
        WHERE NOT quotedb_is_local(name, kind) GROUP BY name, kind""").fetchall()
    ids = speaker_ids(names)
    conn.execute("DROP TABLE IF EXISTS temp._link_names")
    conn.execute("CREATE TEMP TABLE _link_names (name TEXT, kind TEXT, speaker_id TEXT, PRIMARY KEY (name, kind))")
    conn.executemany("INSERT INTO temp._link_names VALUES (?, ?, ?)", ((n, k, i) for (n, k), i in ids.items()))
    conn.execute(f"""
        UPDATE temp._link_new SET speaker_id = CASE WHEN quotedb_is_local(name, kind) THEN quotedb_local_id(article_id, name)
            ELSE (SELECT m.speaker_id FROM temp._link_names m WHERE m.name = _link_new.name AND m.kind = _link_new.kind) END""")
    conn.execute("INSERT OR IGNORE INTO temp._link_dirty SELECT DISTINCT speaker_id FROM temp._link_new")
    conn.execute("""
        INSERT OR IGNORE INTO temp._link_dirty
        SELECT a.speaker_id FROM article_speakers a JOIN temp._link_new n ON n.article_id = a.article_id AND n.name = a.name
        WHERE a.speaker_id IS NOT NULL""")  # an article written again: what it said before is recomputed too
    conn.execute("""
        INSERT INTO article_speakers (article_id, name, kind, role, gender, speaker_id, quotes, published)
        SELECT n.article_id, n.name, n.kind, n.role, n.gender, n.speaker_id, n.quotes,
               (SELECT a.published FROM articles a WHERE a.id = n.article_id) FROM temp._link_new n
        WHERE true ORDER BY n.article_id, n.name
        ON CONFLICT (article_id, name) DO UPDATE SET kind = excluded.kind, role = excluded.role, gender = excluded.gender,
            speaker_id = excluded.speaker_id, quotes = article_speakers.quotes + excluded.quotes,
            published = excluded.published""")
    # Names linked before whose speaker changed (a new spelling became the usual one,
    # middle initials became ambiguous ...): both speakers are recomputed.
    conn.execute("DROP TABLE IF EXISTS temp._link_moved")
    conn.execute("""CREATE TEMP TABLE _link_moved (article_id TEXT, name TEXT, speaker_id TEXT, old_id TEXT,
                    PRIMARY KEY (article_id, name))""")
    conn.execute("""
        INSERT INTO temp._link_moved
        SELECT a.article_id, a.name, m.speaker_id, a.speaker_id FROM article_speakers a
        JOIN temp._link_names m ON m.name = a.name AND m.kind = a.kind
        WHERE a.speaker_id IS NOT m.speaker_id""")
    conn.execute("INSERT OR IGNORE INTO temp._link_dirty SELECT speaker_id FROM temp._link_moved")
    conn.execute("INSERT OR IGNORE INTO temp._link_dirty SELECT old_id FROM temp._link_moved WHERE old_id IS NOT NULL")
    conn.execute("""
        UPDATE article_speakers SET speaker_id = m.speaker_id FROM temp._link_moved m
        WHERE m.article_id = article_speakers.article_id AND m.name = article_speakers.name""")
    if full:
        conn.execute("INSERT OR IGNORE INTO temp._link_dirty SELECT DISTINCT speaker_id FROM article_speakers")
        conn.execute(f"INSERT OR IGNORE INTO temp._link_dirty SELECT id FROM speakers WHERE id < '{PROVISIONAL}' OR id >= '{PROVISIONAL}{PROVISIONAL}'")
    # 4. One row per speaker: the name most quotes use; the kind and role most quotes
    # have; the gender most quotes have unless the articles disagree evenly.
    conn.execute("DROP TABLE IF EXISTS temp._link_speakers")
    conn.execute("CREATE TEMP TABLE _link_speakers (id TEXT PRIMARY KEY, name TEXT, kind TEXT, role TEXT, gender TEXT)")
    conn.execute("""
        INSERT INTO temp._link_speakers
        SELECT speaker_id, name, kind, role, gender FROM article_speakers
        WHERE speaker_id IN (SELECT id FROM temp._link_dirty)
        GROUP BY speaker_id HAVING count(*) = 1""")
    conn.executemany("INSERT INTO temp._link_speakers VALUES (?, ?, ?, ?, ?)", _speaker_rows(conn))
    written = conn.execute(f"SELECT count(*) FROM speakers WHERE id > '{PROVISIONAL}' AND id < '{PROVISIONAL}{PROVISIONAL}'").fetchone()[0]
    with _bulk(conn, "speakers", written):
        conn.execute("""
            INSERT INTO speakers (id, name, kind, role, gender)
            SELECT d.id, d.name, d.kind, d.role, d.gender FROM temp._link_speakers d
            WHERE NOT EXISTS (SELECT 1 FROM speakers s WHERE s.id = d.id)""")
        conn.execute("""
            UPDATE speakers SET name = d.name, kind = d.kind, role = d.role, gender = d.gender
            FROM temp._link_speakers d
            WHERE d.id = speakers.id AND (speakers.name IS NOT d.name OR speakers.kind IS NOT d.kind
                  OR speakers.role IS NOT d.role OR speakers.gender IS NOT d.gender)""")
        # 5. New quotes get their name and final speaker in one pass; older quotes
        # follow their name if its speaker changed.
        with _bulk(conn, "quotes", new_quotes, {"speaker_id", "speaker_name"}):
            conn.execute("""
                UPDATE quotes SET speaker_name = n.name, speaker_id = n.speaker_id FROM temp._link_new n
                WHERE quotes.speaker_name IS NULL AND n.written_id = quotes.speaker_id AND n.article_id = quotes.article_id""")
        conn.execute("""
            UPDATE quotes SET speaker_id = m.speaker_id FROM temp._link_moved m
            WHERE quotes.article_id = m.article_id AND quotes.speaker_name = m.name AND quotes.speaker_id IS NOT m.speaker_id""")
        # 6. Rows no quote points at go: the rows the writer wrote per article, and
        # recomputed speakers left without an article.
        conn.execute(f"DELETE FROM speakers WHERE id > '{PROVISIONAL}' AND id < '{PROVISIONAL}{PROVISIONAL}'")
        conn.execute("""
            DELETE FROM speakers WHERE id IN (SELECT id FROM temp._link_dirty)
              AND NOT EXISTS (SELECT 1 FROM temp._link_speakers d WHERE d.id = speakers.id)""")
    conn.execute("DELETE FROM speaker_aliases WHERE speaker_id IN (SELECT id FROM temp._link_dirty)")
    conn.execute("""
        INSERT INTO speaker_aliases (speaker_id, alias, quotes)
        SELECT speaker_id, name, sum(quotes) FROM article_speakers
        WHERE speaker_id IN (SELECT id FROM temp._link_dirty) GROUP BY speaker_id, name""")


def _top(counts: dict, unique: bool = False):
    """The value with the most quotes (ties: alphabetical; with ``unique``, none)."""
    if not counts:
        return None
    best = max(counts.values())
    top = sorted(v for v, n in counts.items() if n == best)
    if unique and len(top) > 1:
        return None
    return top[0]


def _merge(sid: str, rows: list[tuple]) -> tuple:
    """One speaker's row from its articles' rows (name, kind, role, gender, quotes)."""
    if len(rows) == 1:
        name, kind, role, gender, _ = rows[0]
        return sid, name, kind, role, gender
    columns: list[dict] = [defaultdict(int) for _ in range(4)]
    for row in rows:
        n = row[4] or 0
        for col, value in zip(columns, row):
            if value is not None:
                col[value] += n
    names, kinds, roles, genders = columns
    return sid, _top(names), _top(kinds), _top(roles), _top(genders, unique=True)


def _speaker_rows(conn: sqlite3.Connection) -> Iterator[tuple]:
    rows = conn.execute("""
        SELECT speaker_id, name, kind, role, gender, quotes FROM article_speakers
        WHERE speaker_id IN (SELECT speaker_id FROM article_speakers WHERE speaker_id IN (SELECT id FROM temp._link_dirty)
                             GROUP BY speaker_id HAVING count(*) > 1)
        ORDER BY speaker_id""")
    current, block = None, []
    for sid, *row in rows:
        if sid != current:
            if block:
                yield _merge(current, block)
            current, block = sid, []
        block.append(row)
    if block:
        yield _merge(current, block)


def _group_quotes(conn: sqlite3.Connection, full: bool) -> None:
    """Quote groups of the speakers in ``temp._link_dirty`` (and of those whose groups
    lost quotes), written as differences only: after a build the quotes have full-text
    triggers, and most rows stay as they are."""
    conn.execute("""
        INSERT OR IGNORE INTO temp._link_dirty
        SELECT g.speaker_id FROM quote_groups g
        LEFT JOIN (SELECT group_id, count(*) AS n FROM quotes WHERE group_id IS NOT NULL GROUP BY group_id) AS c ON c.group_id = g.id
        WHERE c.n IS NOT g.quotes""")
    conn.execute("DROP TABLE IF EXISTS temp._link_groups")
    conn.execute("DROP TABLE IF EXISTS temp._link_grouped")
    conn.execute("""CREATE TEMP TABLE _link_groups (id TEXT PRIMARY KEY, speaker_id TEXT, text TEXT, quotes INTEGER,
                    articles INTEGER, outlets INTEGER, variants INTEGER, first_published TEXT)""")
    conn.execute("CREATE TEMP TABLE _link_grouped (qrowid INTEGER PRIMARY KEY, group_id TEXT, is_variant INTEGER)")
    kinds = ", ".join(f"'{k}'" for k in GROUPED_KINDS)
    named = ", ".join(f"'{k}'" for k in NAMED_KINDS)
    speakers = {sid for (sid,) in conn.execute(f"""
        SELECT id FROM speakers WHERE kind IN ({named}) AND id IN (SELECT id FROM temp._link_dirty)""")}
    if not speakers:
        return
    published = dict(conn.execute("SELECT id, published FROM articles WHERE published IS NOT NULL"))
    if len(speakers) > 0.1 * conn.execute("SELECT count(*) FROM speakers").fetchone()[0]:
        rows = conn.execute(f"""
            SELECT rowid, speaker_id, text, article_id, outlet FROM quotes
            WHERE kind IN ({kinds}) AND speaker_id IS NOT NULL ORDER BY speaker_id""")
    else:  # a few speakers: through the index
        rows = conn.execute(f"""
            SELECT rowid, speaker_id, text, article_id, outlet FROM quotes
            WHERE speaker_id IN (SELECT id FROM temp._link_dirty) AND kind IN ({kinds}) ORDER BY speaker_id""")
    writer = conn.cursor()
    groups: list[tuple] = []
    grouped: list[tuple] = []

    def flush(force: bool = False) -> None:
        if force or len(grouped) > 50_000:
            writer.executemany("INSERT INTO temp._link_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?)", groups)
            writer.executemany("INSERT INTO temp._link_grouped VALUES (?, ?, ?)", grouped)
            groups.clear()
            grouped.clear()

    def close(sid: str, block: list[_Quote]) -> None:
        for row, members in group_speaker_quotes(sid, block):
            groups.append(row)
            grouped.extend(members)
        flush()

    current, block = None, []
    for rowid, sid, text, article_id, outlet in rows:
        if sid != current:
            if block:
                close(current, block)
            current, block = sid, []
        if sid in speakers:
            block.append(_Quote(rowid, text, article_id, outlet, published.get(article_id)))
    if block:
        close(current, block)
    flush(force=True)
    # Apply the differences only.
    old = "SELECT id FROM quote_groups WHERE speaker_id IN (SELECT id FROM temp._link_dirty)"
    conn.execute(f"""
        UPDATE quotes SET group_id = NULL, is_variant = NULL
        WHERE group_id IN ({old}) AND NOT EXISTS (SELECT 1 FROM temp._link_grouped g WHERE g.qrowid = quotes.rowid)""")
    conn.execute(f"""
        DELETE FROM quote_groups WHERE id IN ({old}) AND NOT EXISTS (
            SELECT 1 FROM temp._link_groups g WHERE g.id = quote_groups.id AND g.speaker_id IS quote_groups.speaker_id
              AND g.text IS quote_groups.text AND g.quotes IS quote_groups.quotes AND g.articles IS quote_groups.articles
              AND g.outlets IS quote_groups.outlets AND g.variants IS quote_groups.variants
              AND g.first_published IS quote_groups.first_published)""")
    conn.execute("""
        INSERT INTO quote_groups (id, speaker_id, text, quotes, articles, outlets, variants, first_published)
        SELECT * FROM temp._link_groups g WHERE NOT EXISTS (SELECT 1 FROM quote_groups x WHERE x.id = g.id)""")
    changing = conn.execute("""
        SELECT count(*) FROM temp._link_grouped g JOIN quotes q ON q.rowid = g.qrowid
        WHERE q.group_id IS NOT g.group_id OR q.is_variant IS NOT g.is_variant""").fetchone()[0]
    with _bulk(conn, "quotes", changing, {"group_id", "is_variant"}):
        conn.execute("""
            UPDATE quotes SET group_id = g.group_id, is_variant = g.is_variant FROM temp._link_grouped g
            WHERE g.qrowid = quotes.rowid AND (quotes.group_id IS NOT g.group_id OR quotes.is_variant IS NOT g.is_variant)""")

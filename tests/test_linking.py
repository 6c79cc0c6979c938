"""Linking across articles: one speaker row per person, quote groups, and their pages."""

import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from test_site import facets_of, get  # the site's test helpers

from extract.database import Writer, build, create_schema, finish
from extract.extractor import Quote, Speaker
from extract.linking import (
    MIN_WORDS, group_wordings, link, name_words, similar, speaker_ids, speaker_key, words,
)
from extract.reading import Article

WALL = "We will build a great wall along the border and the other side will pay for it"
WALL_VARIANT = "We will build a big wall along the border and the other side will pay for it"
WALL_SHORT = "will build a great wall along the border"  # 8 of its 18 words: less than half
WALL_CLAUSE = "We will build a great wall along the border and the other side will pay"
OTHER = "Taxes on small firms are far too high and we are going to cut them next year"


# --- pure functions ------------------------------------------------------------------

def test_speaker_key_folds_accents_and_case():
    assert speaker_key("José Pérez", "person") == speaker_key("JOSE PEREZ", "person") == speaker_key("jose perez", "person")
    assert name_words("Taliban’s", "organization") == ["taliban"]


def test_speaker_key_strips_titles():
    plain = speaker_key("Moeed Yusuf", "person")
    for titled in ("Dr. Moeed Yusuf", "Dr Moeed Yusuf", "Mr. Moeed Yusuf", "National Security Adviser Moeed Yusuf"):
        assert speaker_key(titled, "person") == plain, titled
    assert name_words("Secretary of State John Kerry", "person") == ["john", "kerry"]
    assert name_words("President Joe Biden", "person") == ["joe", "biden"]
    assert name_words("President", "person") == ["president"]  # a name keeps its last word
    # an organisation's name is never stripped
    assert name_words("State Department", "organization") == ["state", "department"]


def test_transliterations_merge_only_when_the_rest_agrees():
    assert speaker_key("Moeed Yusuf", "person") == speaker_key("Moeed Yousuf", "person")
    assert speaker_key("Muhammad Yusuf", "person") == speaker_key("Mohammad Yousuf", "person")
    assert speaker_key("Asad Yousuf", "person") != speaker_key("Moeed Yusuf", "person")
    assert speaker_key("Yusuf", "person") != speaker_key("Yousuf", "person")  # nothing else to agree
    assert speaker_key("Jane Smith", "person") != speaker_key("June Smith", "person")  # short words match exactly
    assert speaker_key("Maria Lopez", "person") != speaker_key("Mario Lopez", "person")  # final vowels differ


def test_people_sharing_a_surname_stay_apart():
    keys = {speaker_key(n, "person") for n in ("Zabihullah Mujahid", "Mohammad Yaqoob Mujahid", "Mujahid")}
    assert len(keys) == 3


def test_middle_initials_merge_unless_ambiguous():
    ids = speaker_ids([("Donald J. Trump", "person", 2), ("Donald Trump", "person", 5), ("Martin O'Malley", "person", 1)])
    assert ids[("Donald J. Trump", "person")] == ids[("Donald Trump", "person")] == "donald-trump"
    assert ids[("Martin O'Malley", "person")] == "martin-o-malley"  # O' is no initial
    ids = speaker_ids([("George W. Bush", "person", 1), ("George H. W. Bush", "person", 1), ("George Bush", "person", 1)])
    assert len(set(ids.values())) == 3


def test_id_is_the_most_quoted_spelling():
    ids = speaker_ids([("Hilary Clinton", "person", 2), ("Hillary Clinton", "person", 9)])
    assert set(ids.values()) == {"hillary-clinton"}
    ids = speaker_ids([("Moeed Yousuf", "person", 1), ("Moeed Yusuf", "person", 1)])  # a tie: alphabetical
    assert set(ids.values()) == {"moeed-yousuf"}


def test_similar_wordings():
    assert similar(words(WALL), words(WALL_VARIANT))  # a changed word
    assert similar(words(WALL), words(WALL_CLAUSE))  # a dropped clause
    assert not similar(words(WALL), words(WALL_SHORT))  # less than half of it
    assert not similar(words(WALL), words(OTHER))
    assert not similar(words("fake news media are lying"), words("the fake news media are lying"))  # too short to vary


def test_group_wordings_clusters_around_the_first():
    texts = [words(t) for t in (WALL, OTHER, WALL_VARIANT, WALL_CLAUSE)]
    assert group_wordings(texts) == [[0, 2, 3], [1]]
    # many wordings: candidates come from rare words, with the same result
    filler = [words(f"Number {i} is a perfectly ordinary number and we like number {i} a lot") for i in range(60)]
    clusters = group_wordings(texts + filler)
    assert clusters[0] == [0, 2, 3] and [1] in clusters


# --- the database --------------------------------------------------------------------

def make_article(n, items, outlet=None, published=None):
    """An article whose quotes are ``items``: (speaker name, speaker kind, text)."""
    parts, quotes, pos = [f"Headline number {n}"], [], 0
    pos = len(parts[0]) + 2
    for name, kind, text in items:
        para = f"“{text},” said {name}."
        start = pos + 1
        quotes.append((start, start + len(text), text, name, kind))
        parts.append(para)
        pos += len(para) + 2
    body = "\n\n".join(parts) + "\n"
    art = Article(path=f"a{n}.txt", text=body, outlet=outlet, published=published)
    out = []
    for i, (s, e, text, name, kind) in enumerate(quotes):
        assert body[s:e] == text
        sp = Speaker(name, name, kind, None, None)
        out.append(Quote(s, e, text, "direct", "said", sp, name, i + 1, "trailing-attribution", "new-full-name"))
    return art, out


def new_db(path):
    db = sqlite_utils.Database(path)
    create_schema(db)
    return db


def write(db, articles):
    w = Writer(db)
    for art, quotes in articles:
        w.write(art, quotes)


def dump(db):
    out = {}
    for table in ("speakers", "speaker_aliases", "article_speakers", "quote_groups"):
        out[table] = db.execute(f"select * from {table} order by 1, 2").fetchall()
    out["quotes"] = db.execute(
        "select id, article_id, speaker_id, speaker_name, text, group_id, is_variant from quotes order by id").fetchall()
    return out


def corpus():
    return [
        make_article(1, [("Moeed Yusuf", "person", WALL), ("Zabihullah Mujahid", "person", OTHER),
                         ("a senior official", "anonymous", "Nothing has changed in the talks this week")], "Dawn", "2024-01-02"),
        make_article(2, [("Moeed Yousuf", "person", WALL), ("Mohammad Yaqoob Mujahid", "person", OTHER),
                         ("a senior official", "anonymous", "Nothing has changed in the talks this week")], "Geo", "2024-01-03"),
        make_article(3, [("José Pérez", "person", WALL_VARIANT), ("Moeed Yusuf", "person", WALL),
                         ("Moeed Yusuf", "person", "The next round of talks begins in Doha in March")], "Dawn", "2024-01-05"),
        make_article(4, [("JOSE PEREZ", "person", "I am very happy to be here in Lahore today"),
                         ("Moeed Yusuf", "person", WALL_VARIANT)], "Express", "2024-02-01"),
        make_article(5, [("Moeed Yusuf", "person", "fake news"), ("Moeed Yusuf", "person", "fake news")], "Geo", "2024-02-02"),
        make_article(6, [("Moeed Yusuf", "person", "fake news")], "Dawn", "2024-02-03"),
    ]


@pytest.fixture()
def linked(tmp_path):
    db = new_db(tmp_path / "q.db")
    write(db, corpus())
    link(db)
    return db


def test_one_speaker_row_across_articles(linked):
    rows = {r["id"]: r for r in linked["speakers"].rows}
    assert "moeed-yusuf" in rows and rows["moeed-yusuf"]["name"] == "Moeed Yusuf"
    assert not any(i.startswith("~") for i in rows)  # no provisional row is left
    assert rows["jose-perez"]["name"] in ("José Pérez", "JOSE PEREZ")
    assert {"zabihullah-mujahid", "mohammad-yaqoob-mujahid"} <= set(rows)
    assert linked.execute("select count(distinct speaker_id) from quotes where speaker_name like '%Mujahid'").fetchone()[0] == 2
    assert linked.execute("pragma foreign_key_check").fetchall() == []


def test_aliases_are_counted(linked):
    aliases = dict(linked.execute("select alias, quotes from speaker_aliases where speaker_id = 'moeed-yusuf'").fetchall())
    assert aliases == {"Moeed Yusuf": 7, "Moeed Yousuf": 1}
    assert dict(linked.execute("select alias, quotes from speaker_aliases where speaker_id = 'jose-perez'").fetchall()) == {
        "José Pérez": 1, "JOSE PEREZ": 1}
    assert linked.execute("select count(*) from quotes where speaker_id = 'moeed-yusuf'").fetchone()[0] == 8


def test_anonymous_sources_stay_per_article(linked):
    anon = linked.execute("select id from speakers where kind = 'anonymous'").fetchall()
    assert len(anon) == 2 and all(i.endswith("-a-senior-official") for (i,) in anon)
    # the same words by two anonymous sources of two articles are no group
    assert linked.execute("select group_id from quotes where text like 'Nothing has changed%'").fetchall() == [(None,), (None,)]


def test_identical_quote_in_three_articles_is_one_group(linked):
    groups = linked.execute("select * from quote_groups where speaker_id = 'moeed-yusuf'").fetchall()
    assert len(groups) == 1
    gid, sid, text, quotes, articles, outlets, variants, first = groups[0]
    assert text == WALL and quotes == 4 and articles == 4 and outlets == 3 and variants == 1 and first == "2024-01-02"
    members = linked.execute("select text, is_variant from quotes where group_id = ? order by id", [gid]).fetchall()
    assert sorted(members) == sorted([(WALL, 0)] * 3 + [(WALL_VARIANT, 1)])


def test_identical_quote_in_three_articles(tmp_path):
    db = new_db(tmp_path / "q.db")
    write(db, [make_article(i, [("Munir Akram", "person", OTHER)], outlet, f"2024-05-0{i}")
               for i, outlet in ((1, "Dawn"), (2, "Geo"), (3, "Dawn"))])
    link(db)
    groups = db.execute("select speaker_id, text, quotes, articles, outlets, variants, first_published from quote_groups").fetchall()
    assert groups == [("munir-akram", OTHER, 3, 3, 2, 0, "2024-05-01")]
    assert db.execute("select count(*), sum(is_variant) from quotes where group_id is not null").fetchone() == (3, 0)


def test_unrelated_quote_and_short_fragments_are_not_grouped(linked):
    assert linked.execute("select group_id, is_variant from quotes where text like 'The next round%'").fetchone() == (None, None)
    # 'fake news' in three quotes of two articles: too short to group
    assert len(words("fake news")) < MIN_WORDS
    assert linked.execute("select count(*) from quotes where text = 'fake news' and group_id is not null").fetchone()[0] == 0


def test_same_words_by_two_speakers_are_two_groups_or_none(linked):
    # Pérez says WALL_VARIANT once; Yusuf's WALL_VARIANT is in Yusuf's group, not with Pérez's
    perez = linked.execute("select group_id from quotes where speaker_id = 'jose-perez' and text = ?", [WALL_VARIANT]).fetchone()
    assert perez == (None,)
    # the two Mujahids say the same words: different people, no group
    assert linked.execute("select count(*) from quotes where text = ? and group_id is not null", [OTHER]).fetchone()[0] == 0


def test_relink_is_idempotent(linked):
    before = dump(linked)
    assert link(linked).dirty == 0  # nothing changed: nothing recomputed
    assert dump(linked) == before
    assert link(linked, full=True).dirty == len(before["speakers"])
    assert dump(linked) == before


def test_rows_do_not_depend_on_order_or_increments(tmp_path):
    arts = corpus()
    a = new_db(tmp_path / "a.db")
    write(a, arts)
    link(a)
    b = new_db(tmp_path / "b.db")  # reversed, linked after every article
    for art in reversed(arts):
        write(b, [art])
        link(b)
    c = new_db(tmp_path / "c.db")  # shuffled, in two batches
    order = [arts[i] for i in (3, 0, 5, 2, 4, 1)]
    write(c, order[:3])
    link(c)
    write(c, order[3:])
    link(c)
    assert dump(a) == dump(b) == dump(c)


def test_deleting_and_replacing_articles_recomputes(tmp_path):
    arts = corpus()
    full = new_db(tmp_path / "full.db")
    write(full, arts)
    link(full)
    # delete article 2 (the only 'Moeed Yousuf') and replace article 4 by a new version
    new4 = make_article(44, [("Moeed Yousuf", "person", OTHER)], "Express", "2024-02-01")
    for art_id in (arts[1][0].id, arts[3][0].id):
        full.execute("delete from quotes where article_id = ?", [art_id])
        full.execute("delete from articles where id = ?", [art_id])
    full.conn.commit()
    write(full, [new4])
    link(full)
    fresh = new_db(tmp_path / "fresh.db")
    write(fresh, [arts[0], arts[2], arts[4], arts[5], new4])
    link(fresh)
    assert dump(full) == dump(fresh)
    aliases = dict(full.execute("select alias, quotes from speaker_aliases where speaker_id = 'moeed-yusuf'").fetchall())
    assert aliases == {"Moeed Yusuf": 6, "Moeed Yousuf": 1}


def test_build_in_two_orders_gives_identical_rows(tmp_path):
    texts = [
        "Talks resume\n\n“We will not accept any deal that ignores the border, and we will keep talking,” said Dr. Moeed Yusuf, the adviser.\n",
        "Adviser speaks\n\n“We will not accept any deal that ignores the border and we will keep talking,” Moeed Yousuf said on Monday.\n",
        "Talks again\n\n“We will not accept any deal that ignores the border, and we will keep on talking,” Moeed Yusuf said.\n\n“Nothing has changed,” a senior official said.\n",
    ]
    files = []
    for i, t in enumerate(texts):
        p = tmp_path / f"in{i}.jsonl"
        p.write_text(json.dumps({"text": t, "publisher": f"Outlet {i % 2}", "date": f"2024-03-0{i + 1}"}) + "\n")
        files.append(p)
    build(files, tmp_path / "one.db")
    build(list(reversed(files)), tmp_path / "two.db")

    def rows(path):
        con = sqlite3.connect(path)
        return {t: con.execute(f"select * from {t} order by 1, 2").fetchall()
                for t in ("speakers", "speaker_aliases", "article_speakers", "quote_groups", "quotes")}
    one, two = rows(tmp_path / "one.db"), rows(tmp_path / "two.db")
    assert one == two
    assert [r[0] for r in one["speakers"] if r[2] == "person"] == ["moeed-yusuf"]
    assert len(one["quote_groups"]) == 1 and one["quote_groups"][0][3:7] == (3, 3, 2, 1)  # a comma is no variant


def test_link_runs_on_a_finished_database(tmp_path):
    """After finish() the full-text triggers exist; linking new articles keeps search right."""
    db = new_db(tmp_path / "q.db")
    arts = corpus()
    write(db, arts[:3])
    link(db)
    finish(db)
    write(db, arts[3:])
    link(db)
    assert db.execute("select count(*) from quotes_fts where quotes_fts match 'Lahore'").fetchone()[0] == 1
    assert not db.execute("select count(*) from speakers where id like '~%'").fetchone()[0]
    assert db.execute("select count(*) from speakers_fts where speakers_fts match 'Yusuf'").fetchone()[0] == 1


# --- the site ------------------------------------------------------------------------

SCRIPT = "We will <b>not</b> stop until the <script> tags are gone from every page"
SITE_ARTICLES = [
    ("Web safety\n\n“We will <b>not</b> stop until the <script> tags are gone from every page,” said Jane Doe, the city's spokeswoman.\n", "Dawn", "2024-01-02"),
    ("Web safety again\n\n“We will <b>not</b> stop until the <script> tags are gone from every page,” Jane Doe said.\n", "Geo", "2024-01-09"),
    ("Still on safety\n\n“We will <b>not</b> stop until the <script> tags are removed from every page,” Jane Doe said on Monday.\n", "Express", "2024-03-01"),
    ("Talks resume\n\n“We will not accept any deal that ignores the border, and we will keep talking,” said Dr. Moeed Yusuf, the adviser.\n", "Dawn", "2024-01-05"),
    ("Adviser speaks\n\n“We will not accept any deal that ignores the border, and we will keep talking,” Moeed Yousuf said on Monday.\n", "Geo", "2024-02-05"),
    ("More talks\n\n“The next round begins in Doha in March,” Moeed Yusuf said.\n", "Express", "2024-01-20"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    import yaml
    from datasette.app import Datasette

    from extract.serving import SETTINGS, write_counts

    root = tmp_path_factory.mktemp("linksite")
    inputs = root / "articles.jsonl"
    inputs.write_text("".join(json.dumps({"text": t, "publisher": o, "date": d}) + "\n" for t, o, d in SITE_ARTICLES))
    db_path = root / "quotes.db"
    build([inputs], db_path)
    meta = yaml.safe_load((Path(__file__).resolve().parent.parent / "metadata.yml").read_text(encoding="utf-8"))
    ds = Datasette([str(db_path)], immutables=[], metadata=meta, settings=dict(SETTINGS),
                   inspect_data=json.loads(write_counts(db_path).read_text()))
    return ds, db_path


@pytest.mark.asyncio
async def test_speaker_page_lists_aliases_outlets_and_quotes_over_time(site):
    ds, _ = site
    html = (await get(ds, "/quotes/speakers/moeed-yusuf")).text
    section = html[html.index('class="quotedb-speaker"'):]
    assert "Moeed Yusuf <span" in section and "Moeed Yousuf <span" in section
    assert 'href="/quotes/quotes?speaker_id=moeed-yusuf&amp;outlet=Dawn"' in section and ">Geo</a>" in section
    assert "Quotes over time" in section and section.count("<rect") == 32  # a month: one bar a day, 5 Jan to 5 Feb
    for day in ("2024-01-05", "2024-01-20", "2024-02-05"):
        assert f"<title>{day}: 1 quote</title>" in section
    assert "Most reported quotes" in section and "/quotes/quote_groups/g" in section


@pytest.mark.asyncio
async def test_group_page_marks_differences_and_escapes(site):
    ds, db_path = site
    gid, quotes, outlets, variants = sqlite3.connect(db_path).execute(
        "select id, quotes, outlets, variants from quote_groups where speaker_id = 'jane-doe'").fetchone()
    assert (quotes, outlets, variants) == (3, 3, 1)
    html = (await get(ds, f"/quotes/quote_groups/{gid}")).text
    section = html[html.index('class="quotedb-group"'):html.index("</section>", html.index('class="quotedb-group"'))]
    assert "<script" not in section and "<b>" not in section and "&lt;script&gt;" in section
    assert '<del class="quotedb-diff">gone</del>' in section and '<ins class="quotedb-diff">removed</ins>' in section
    assert "2 wordings side by side" in section and "reported 3 times in 3 articles by 3 outlets" in section
    # the table: facets on outlets and variants, and the outlets column reads as a sentence
    data = (await get(ds, "/quotes/quote_groups.json?_extra=facet_results")).json()
    assert {"outlets", "variants"} <= set(facets_of(data))
    table = (await get(ds, "/quotes/quote_groups")).text
    assert "reported by 3 outlets" in table and "<script>" not in table.split("<table")[1].split("</table>")[0]
    # a member quote's page points to its group
    qid = sqlite3.connect(db_path).execute("select id from quotes where group_id = ? and is_variant = 1", [gid]).fetchone()[0]
    quote = (await get(ds, f"/quotes/quotes/{qid}")).text
    assert f'href="/quotes/quote_groups/{gid}"' in quote and "a reworded version of" in quote


def test_generic_organisation_nouns_stay_per_article(tmp_path):
    """Two articles' "the campaign" are two unnamed organisations; two articles'
    "the Trump campaign" (named before "the campaign said") are one."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Voters were angry on Monday.\n\n“We will win the state,” the campaign said.\n")
    (inputs / "b.txt").write_text("Rain fell all week.\n\n“We expect a long night,” the campaign said.\n")
    (inputs / "c.txt").write_text("The Trump campaign ran ads in Ohio.\n\n“The ads are working,” the campaign said.\n")
    (inputs / "d.txt").write_text("The Trump campaign bought time on radio.\n\n“Radio reaches voters,” the campaign said.\n")
    db_path = tmp_path / "q.db"
    build([inputs], db_path)
    conn = sqlite3.connect(db_path)
    rows = conn.execute("select s.id, s.name, s.kind, count(*) from quotes q join speakers s on s.id = q.speaker_id "
                        "group by s.id order by s.name").fetchall()
    unnamed = [r for r in rows if r[1] == "the campaign"]
    assert len(unnamed) == 2 and all(r[2] == "organization" and r[3] == 1 for r in unnamed)
    assert [r for r in rows if r[1] == "Trump campaign"] == [("trump-campaign", "Trump campaign", "organization", 2)]


def test_writer_shares_a_transaction_but_keeps_each_article_whole(tmp_path):
    """A build commits many articles at once; an article the database refuses is
    undone alone, its neighbours stay, and nothing is seen by readers before `flush`."""
    path = tmp_path / "w.db"
    db = new_db(path)
    w = Writer(db, commit_every=10)
    arts = [make_article(i, [("Donald Trump", "person", WALL)]) for i in range(3)]
    w.write(*arts[0])
    art, quotes = arts[1]
    with pytest.raises(sqlite3.IntegrityError):  # the same quote twice: one id
        w.write(art, quotes + quotes)
    w.write(*arts[2])
    assert db.conn.in_transaction
    reader = sqlite3.connect(path)
    assert reader.execute("select count(*) from articles").fetchone()[0] == 0
    w.flush()
    assert not db.conn.in_transaction
    stored = {r[0] for r in reader.execute("select path from articles")}
    assert stored == {arts[0][0].path, arts[2][0].path}
    assert reader.execute("select count(*) from quotes").fetchone()[0] == 2


def test_speaker_key_leaves_out_an_organisations_acronym():
    """An organisation named with its acronym in one article and without in another
    is one speaker; the acronym alone stays apart (it may stand for another)."""
    assert speaker_key("International Monetary Fund (IMF)", "organization") == speaker_key("International Monetary Fund", "organization")
    assert speaker_key("IMF", "organization") != speaker_key("International Monetary Fund", "organization")


def test_speaker_key_leaves_out_an_organisations_legal_form():
    """A press release's "Globex Holdings, Inc." is the news story's Globex Holdings."""
    assert speaker_key("Globex Holdings Inc.", "organization") == speaker_key("Globex Holdings", "organization")
    assert speaker_key("Samsung Electronics Co. Ltd.", "organization") == speaker_key("Samsung Electronics", "organization")
    assert speaker_key("Globex Holdings Inc.", "organization") != speaker_key("Globex", "organization")

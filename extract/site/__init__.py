"""quotedb's Datasette plugin: what a reader needs to trust and explore the quotes.

* a quote's row page shows the quote highlighted in its paragraph, with a link to the
  same place in the article;
* an article's row page shows the full text with every extracted quote highlighted and
  labelled with its speaker, so what was *not* extracted is visible too;
* a speaker's row page lists the forms articles name them by, the outlets that quote
  them and their quotes over time, with their most reported quotes;
* a quote group's row page shows every wording of the quote side by side with the
  most common one, the differing words marked, and who reported each;
* ``/-/charts`` draws top speakers, quotes per outlet by kind and the share of
  anonymous sources as inline SVG (no JavaScript, no CDN: it works offline);
* id columns in canned-query results link to their rows;
* the quotes table's default facets are computed side by side (`facets`);
* a database that a build replaces is served from its new file at the next request,
  without a restart (`live`).

Everything taken from the database is HTML-escaped before it is marked up.
"""

from __future__ import annotations

from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from ..linking import wording
from . import charts, live
from .facets import ParallelColumnFacet
from .highlight import article_html, paragraph_context, word_diff

LINKED_COLUMNS = {"quote_id": "quotes", "article_id": "articles", "speaker_id": "speakers"}


def _quotes_db(datasette, name: str | None = None):
    """The database that holds quotedb's tables (the first one that has them)."""
    if name is not None:
        return datasette.get_database(name)
    for db in datasette.databases.values():
        if db.name != "_internal" and not db.is_memory:
            return db
    return datasette.get_database()


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    panels = {"quotes": _quote_panel, "articles": _article_panel, "speakers": _speaker_panel, "quote_groups": _group_panel}
    if view_name != "row" or table not in panels or request is None:
        return {}

    async def inner():
        db = datasette.get_database(database)
        row_id = tilde_decode(request.url_vars.get("pks", ""))
        return {"quotedb_panel": await panels[table](datasette, db, row_id)}

    return inner


async def _quote_panel(datasette, db, quote_id: str) -> Markup:
    row = (await db.execute(
        "select q.article_id, q.start, q.\"end\", q.kind, q.cue, q.speaker_id, q.speaker_mention, "
        "q.rule, q.resolved_by, r.description as rule_description, v.description as resolved_description, "
        "a.text, a.title, s.name, s.kind as speaker_kind, s.role, q.group_id, q.is_variant, "
        "g.quotes as group_quotes, g.outlets as group_outlets, g.variants as group_variants from quotes q "
        "join articles a on a.id = q.article_id left join speakers s on s.id = q.speaker_id "
        "left join rules r on r.id = q.rule left join rules v on v.id = q.resolved_by "
        "left join quote_groups g on g.id = q.group_id "
        "where q.id = ?", [quote_id])).first()
    if row is None:
        return Markup("")
    context = paragraph_context(row["text"], row["start"], row["end"], row["kind"])
    link = datasette.urls.row(db.name, "articles", row["article_id"]) + f"#q-{escape(quote_id)}"
    if row["speaker_id"]:
        who = (f'<a href="{escape(datasette.urls.row(db.name, "speakers", row["speaker_id"]))}">{escape(row["name"])}</a>'
               + (f", {escape(row['role'])}" if row["role"] else "") + f" ({escape(row['speaker_kind'])})")
    else:
        who = "nobody named in the text"
    mention = f" — the text says “{escape(row['speaker_mention'])}”" if row["speaker_mention"] else ""
    return Markup(
        '<section class="quotedb-context">'
        f'<p class="quotedb-who"><strong>Said by</strong> {who}{mention}; <strong>{escape(row["kind"])}</strong> quote'
        + (f", cue <em>{escape(row['cue'])}</em>" if row["cue"] else "") + ".</p>"
        + _provenance(datasette, db, row)
        + _group_line(datasette, db, row)
        + '<h2>In its paragraph</h2>'
        f'<blockquote class="quotedb-paragraph">{context}</blockquote>'
        f'<p>From <a href="{escape(link)}">{escape(row["title"] or row["article_id"])}</a> '
        "— see it highlighted in the full article.</p></section>"
    )


def _provenance(datasette, db, row) -> str:
    """Found by: the rule (linked to its row, with what it handles); speaker: how the
    mention was resolved, then to whom."""
    def link(key: str, description: str | None) -> str:
        url = datasette.urls.row(db.name, "rules", key)
        title = f' title="{escape(description)}"' if description else ""
        return f'<a href="{escape(url)}"{title}><code>{escape(key)}</code></a>'

    out = f'<p class="quotedb-provenance"><strong>Found by</strong> {link(row["rule"], row["rule_description"])}'
    if row["rule_description"]:
        out += f" ({escape(row['rule_description'])})"
    if row["resolved_by"] and row["speaker_id"]:
        out += f'; <strong>speaker</strong>: {link(row["resolved_by"], row["resolved_description"])} → {escape(row["name"])}'
    return out + ".</p>"


def _group_line(datasette, db, row) -> str:
    """Where the same quote appears in other articles: its group, with how many."""
    if not row["group_id"]:
        return ""
    url = datasette.urls.row(db.name, "quote_groups", row["group_id"])
    how = "a reworded version of" if row["is_variant"] else "worded like"
    n, outlets, variants = row["group_quotes"], row["group_outlets"], row["group_variants"]
    return (f'<p class="quotedb-group-line"><strong>Also reported elsewhere</strong>: {how} '
            f'<a href="{escape(url)}">a quote reported {n} times by {_outlets(outlets)}</a>'
            + (f" in {variants + 1} wordings" if variants else "") + " — compare them side by side.</p>")


def _outlets(n: int) -> str:
    return f"{n} outlet{'' if n == 1 else 's'}"


async def _speaker_panel(datasette, db, speaker_id: str) -> Markup:
    """A speaker's aliases, outlets, quotes over time and most reported quotes."""
    sp = (await db.execute("select name, kind from speakers where id = ?", [speaker_id])).first()
    if sp is None:
        return Markup("")
    aliases = (await db.execute(
        "select alias, quotes from speaker_aliases where speaker_id = ? order by quotes desc, alias limit 100", [speaker_id])).rows
    outlets = (await db.execute(
        "select outlet, count(*) as n from quotes where speaker_id = ? group by outlet order by n desc, outlet limit 50",
        [speaker_id])).rows
    dates = (await db.execute(  # from one index: the top speaker of a million quotes is in 90,000 articles
        "select published, sum(quotes) as n from article_speakers where speaker_id = ? group by published",
        [speaker_id])).rows
    groups = (await db.execute(
        "select id, text, quotes, outlets, variants from quote_groups where speaker_id = ? "
        "order by outlets desc, quotes desc, id limit 10", [speaker_id])).rows
    quotes_url = datasette.urls.table(db.name, "quotes")
    out = ['<section class="quotedb-speaker">']
    out.append('<h2>Named as</h2><ul class="quotedb-aliases">')
    for a in aliases:
        out.append(f'<li>{escape(a["alias"])} <span class="quotedb-count">({a["quotes"]:,} quote{"" if a["quotes"] == 1 else "s"})</span></li>')
    out.append("</ul>")
    if outlets:
        out.append('<h2>Quoted by</h2><ul class="quotedb-outlets">')
        for o in outlets:
            where = ("outlet", o["outlet"]) if o["outlet"] is not None else ("outlet__isnull", "1")
            href = f"{quotes_url}?{urlencode([('speaker_id', speaker_id), where])}"
            out.append(f'<li><a href="{escape(href)}">{escape(o["outlet"] or "(unknown outlet)")}</a> '
                       f'<span class="quotedb-count">({o["n"]:,})</span></li>')
        out.append("</ul>")
    unit, points = charts.periods([(d["published"], d["n"]) for d in dates])
    out.append(f"<h2>Quotes over time</h2>{charts.timeline(points, unit)}")
    if groups:
        groups_url = datasette.urls.table(db.name, "quote_groups")
        out.append('<h2>Most reported quotes</h2><ol class="quotedb-top-groups">')
        for g in groups:
            url = datasette.urls.row(db.name, "quote_groups", g["id"])
            out.append(f'<li><a href="{escape(url)}">“{escape(g["text"])}”</a> — reported {g["quotes"]:,} times by '
                       f'{_outlets(g["outlets"])}' + (f", {g['variants'] + 1} wordings" if g["variants"] else "") + "</li>")
        out.append(f'</ol><p><a href="{escape(groups_url)}?{escape(urlencode([("speaker_id", speaker_id)]))}">All of their quote groups</a></p>')
    out.append("</section>")
    return Markup("".join(out))


async def _group_panel(datasette, db, group_id: str) -> Markup:
    """Every wording of a quote side by side with the most common one, differing
    words marked, and where each wording was reported."""
    g = (await db.execute(
        "select g.speaker_id, g.text, g.quotes, g.articles, g.outlets, g.variants, g.first_published, s.name "
        "from quote_groups g left join speakers s on s.id = g.speaker_id where g.id = ?", [group_id])).first()
    if g is None:
        return Markup("")
    members = (await db.execute(
        "select q.id, q.text, q.kind, q.article_id, q.outlet, a.published, a.title from quotes q "
        "join articles a on a.id = q.article_id where q.group_id = ? order by a.published, q.id", [group_id])).rows
    wordings: dict[str, list] = {}
    for m in members:
        wordings.setdefault(wording(m["text"]), []).append(m)
    main_key = wording(g["text"])

    def order(key: str):
        rows = wordings[key]
        dates = [r["published"] for r in rows if r["published"]]
        return (key != main_key, -len(rows), min(dates) if dates else "\U0010ffff", key)

    def shown(rows) -> str:
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["text"]] = counts.get(r["text"], 0) + 1
        return min(counts, key=lambda t: (-counts[t], t))

    def reports(rows) -> str:
        items = []
        for r in rows:
            url = datasette.urls.row(db.name, "quotes", r["id"])
            when = f" {escape(r['published'][:10])}" if r["published"] else ""
            items.append(f'<li><a href="{escape(url)}" title="{escape(r["title"] or r["article_id"])}">'
                         f'{escape(r["outlet"] or "(unknown outlet)")}</a>{when}</li>')
        return f'<ul class="quotedb-reports">{"".join(items)}</ul>'

    speaker = datasette.urls.row(db.name, "speakers", g["speaker_id"])
    main_text = g["text"]
    out = ['<section class="quotedb-group">',
           f'<p class="quotedb-who"><strong>Said by</strong> <a href="{escape(speaker)}">{escape(g["name"] or g["speaker_id"])}</a>; '
           f'reported {g["quotes"]:,} times in {g["articles"]:,} articles by {_outlets(g["outlets"])}'
           + (f", first on {escape(g['first_published'][:10])}" if g["first_published"] else "") + ".</p>"]
    keys = sorted(wordings, key=order)
    if g["variants"]:
        out.append(f'<h2>{len(keys)} wordings side by side</h2>'
                   '<p class="quotedb-legend">Each wording is set beside the most common one: '
                   '<del class="quotedb-diff">struck</del> words are not in it, '
                   '<ins class="quotedb-diff">marked</ins> words are its own. Case and punctuation are not compared.</p>')
    else:
        out.append("<h2>Every report uses the same words</h2>")
    out.append('<table class="quotedb-wordings"><thead><tr><th>Most common wording</th><th>This wording</th>'
               "<th>Reported by</th></tr></thead><tbody>")
    for key in keys:
        rows = wordings[key]
        text = shown(rows)
        if key == main_key:
            cells = f'<td colspan="2" class="quotedb-main">{escape(main_text)}</td>'
        else:
            left, right = word_diff(main_text, text)
            cells = f"<td>{left}</td><td>{right}</td>"
        out.append(f"<tr>{cells}<td>{reports(rows)}</td></tr>")
    out.append("</tbody></table></section>")
    return Markup("".join(out))


async def _article_panel(datasette, db, article_id: str) -> Markup:
    row = (await db.execute("select text from articles where id = ?", [article_id])).first()
    if row is None:
        return Markup("")
    quotes = (await db.execute(
        "select q.id, q.start, q.\"end\", q.kind, q.cue, q.speaker_id, s.name as speaker "
        "from quotes q left join speakers s on s.id = q.speaker_id "
        "where q.article_id = ? order by q.start, q.\"end\" desc", [article_id])).rows
    body = article_html(
        row["text"], [dict(q) for q in quotes],
        quote_url=lambda qid: datasette.urls.row(db.name, "quotes", qid),
        speaker_url=lambda sid: datasette.urls.row(db.name, "speakers", sid),
    )
    n = len(quotes)
    return Markup(
        '<section class="quotedb-article"><h2>The article, with every extracted quote highlighted</h2>'
        f'<p class="quotedb-legend">{n} quote{"" if n == 1 else "s"}: '
        '<mark class="legend q-direct">direct</mark> <mark class="legend q-mixed">mixed</mark> '
        '<mark class="legend q-indirect">indirect</mark> — each labelled with its speaker; '
        "unmarked text was not extracted.</p>"
        f'<div class="quotedb-text">{body}</div></section>'
    )


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Canned queries return ids: make them links to the rows they name.  A quote
    group's outlets read "reported by N outlets"."""
    if table is None and column in LINKED_COLUMNS and isinstance(value, str) and value:
        url = datasette.urls.row(database, LINKED_COLUMNS[column], value)
        return Markup(f'<a href="{escape(url)}">{escape(value)}</a>')
    if table == "quote_groups" and column == "outlets" and isinstance(value, int):
        return Markup(f"reported by {escape(_outlets(value))}")
    return None


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins("quotedb", "quotedb.css")]


@hookimpl
def asgi_wrapper(datasette):
    """A database that a build replaced is served from its new file on the next
    request (see `live`)."""
    return lambda app: live.wrap(datasette, app)


MMAP_BYTES = 1 << 31  # SQLite's own ceiling: reads come straight from the OS's file cache


@hookimpl
def prepare_connection(conn, database, datasette):
    """Read the database through a memory map: a search that matches a fifth of a
    million quotes looks up 200,000 rows, each a page read through a system call
    otherwise (about 10% of such a page's time)."""
    conn.execute(f"pragma mmap_size = {MMAP_BYTES}")


@hookimpl
def register_facet_classes():
    return [ParallelColumnFacet]


@hookimpl
def register_routes():
    return [(r"^/-/charts$", charts_page)]


async def charts_page(datasette, request):
    db = _quotes_db(datasette, request.args.get("db"))
    data = await charts.chart_data(db)
    figures = charts.render(data, table_url=lambda table: datasette.urls.table(db.name, table))
    return Response.html(await datasette.render_template(
        "quotedb_charts.html", {"figures": figures, "database": db.name, "totals": data["totals"]}, request=request,
    ))

"""quotedb's Datasette plugin: what a reader needs to trust and explore the quotes.

* a quote's row page shows the quote highlighted in its paragraph, with a link to the
  same place in the article;
* an article's row page shows the full text with every extracted quote highlighted and
  labelled with its speaker, so what was *not* extracted is visible too;
* ``/-/charts`` draws top speakers, quotes per outlet by kind and the share of
  anonymous sources as inline SVG (no JavaScript, no CDN: it works offline);
* id columns in canned-query results link to their rows.

Everything taken from the database is HTML-escaped before it is marked up.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from . import charts
from .highlight import article_html, paragraph_context

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
    if view_name != "row" or table not in {"quotes", "articles"} or request is None:
        return {}

    async def inner():
        db = datasette.get_database(database)
        row_id = tilde_decode(request.url_vars.get("pks", ""))
        if table == "quotes":
            panel = await _quote_panel(datasette, db, row_id)
        else:
            panel = await _article_panel(datasette, db, row_id)
        return {"quotedb_panel": panel}

    return inner


async def _quote_panel(datasette, db, quote_id: str) -> Markup:
    row = (await db.execute(
        "select q.article_id, q.start, q.\"end\", q.kind, q.cue, q.speaker_id, q.speaker_mention, "
        "q.rule, q.resolved_by, r.description as rule_description, v.description as resolved_description, "
        "a.text, a.title, s.name, s.kind as speaker_kind, s.role from quotes q "
        "join articles a on a.id = q.article_id left join speakers s on s.id = q.speaker_id "
        "left join rules r on r.id = q.rule left join rules v on v.id = q.resolved_by "
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
    """Canned queries return ids: make them links to the rows they name."""
    if table is None and column in LINKED_COLUMNS and isinstance(value, str) and value:
        url = datasette.urls.row(database, LINKED_COLUMNS[column], value)
        return Markup(f'<a href="{escape(url)}">{escape(value)}</a>')
    return None


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins("quotedb", "quotedb.css")]


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

"""The charts page: server-drawn SVG, so it needs no JavaScript and no network.

Figures are computed with a handful of indexed GROUP BY queries and cached per
database file (the site is served ``--immutable``, so the numbers cannot change
under a running server).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from markupsafe import Markup, escape

from ..summaries import UNKNOWN_OUTLET

KINDS = ("direct", "mixed", "indirect")
COLOURS = {"direct": "#1f6fb2", "mixed": "#7a9fd1", "indirect": "#c9d8ea", "anonymous": "#c0504d", "named": "#d9d9d9"}
TOP = 15

_cache: dict[tuple[str, float], dict] = {}


@dataclass(frozen=True)
class Figure:
    title: str
    caption: str
    svg: Markup
    link: str


async def chart_data(db) -> dict:
    """Counts behind the three charts (cached for an unchanged database file)."""
    key = None
    if db.path and not db.is_mutable:
        try:
            key = (db.path, os.path.getmtime(db.path))
        except OSError:
            key = None
    if key is not None and key in _cache:
        return _cache[key]
    # the counts the build keeps (extract/summaries.py): a few hundred rows, not a million quotes
    rows = (await db.execute(
        "select id, name, direct, mixed, indirect from speakers where kind != 'anonymous' and quotes > 0 "
        "order by quotes desc, id limit ?", [TOP])).rows
    named = [r["id"] for r in rows]
    speakers = {r["id"]: r for r in rows}
    by_kind = {r["id"]: {k: r[k] for k in KINDS if r[k]} for r in rows}
    outlets: dict[str | None, dict[str, int]] = {}
    anon: dict[str | None, tuple[int, int]] = {}
    for r in (await db.execute("select name, quotes, direct, mixed, indirect, anonymous from outlets where quotes > 0")).rows:
        outlet = None if r["name"] == UNKNOWN_OUTLET else r["name"]
        outlets[outlet] = {k: r[k] for k in KINDS if r[k]}
        anon[outlet] = (r["quotes"], r["anonymous"])
    total = sum(n for n, _ in anon.values())
    data = {
        "speakers": [(i, speakers[i]["name"], by_kind[i]) for i in named],
        "outlets": sorted(outlets.items(), key=lambda kv: -sum(kv[1].values()))[:TOP],
        "anonymous": sorted(anon.items(), key=lambda kv: -kv[1][0])[:TOP],
        "totals": {"quotes": total, "anonymous": sum(a for _, a in anon.values())},
    }
    if key is not None:
        _cache[key] = data
    return data


def _bars(rows: list[tuple[str, str, dict[str, int]]], series: tuple[str, ...], percent: bool = False) -> Markup:
    """Horizontal stacked bars: (label, link, {series: value}) per row."""
    label_w, bar_w, row_h, top = 230, 420, 26, 28
    height = top + row_h * max(1, len(rows)) + 8
    biggest = max((sum(v.values()) for _, _, v in rows), default=0) or 1
    scale = bar_w / (100 if percent else biggest)
    parts = [f'<svg class="quotedb-chart" role="img" viewBox="0 0 {label_w + bar_w + 90} {height}" '
             f'width="100%" xmlns="http://www.w3.org/2000/svg">']
    x = label_w
    for s in series:  # legend
        parts.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{COLOURS[s]}"/>'
                     f'<text x="{x + 16}" y="16" font-size="12">{escape(s)}</text>')
        x += 20 + 8 * len(s) + 16
    if not rows:
        parts.append(f'<text x="{label_w}" y="{top + 16}" font-size="13">No quotes yet.</text>')
    for k, (label, link, values) in enumerate(rows):
        y = top + k * row_h
        short = label if len(label) <= 34 else label[:33] + "…"
        parts.append(f'<a href="{escape(link)}"><title>{escape(label)}</title>'
                     f'<text x="{label_w - 8}" y="{y + 16}" font-size="13" text-anchor="end">{escape(short)}</text>')
        x = float(label_w)
        for s in series:
            w = values.get(s, 0) * scale
            if w > 0:
                parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{COLOURS[s]}">'
                             f'<title>{escape(label)}: {values.get(s, 0):,} {escape(s)}</title></rect>')
            x += w
        total = sum(values.values())
        shown = f"{values.get(series[0], 0):.1f}%" if percent else f"{total:,}"
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 16}" font-size="12">{shown}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def render(data: dict, table_url: Callable[[str], str]) -> list[Figure]:
    quotes = table_url("quotes")

    def filtered(**params: str) -> str:
        return f"{quotes}?{urlencode(params)}"

    def outlet_link(outlet: str | None) -> str:
        return filtered(outlet=outlet) if outlet is not None else filtered(outlet__isnull="1")

    speakers = [(name, filtered(speaker_id=sid), counts) for sid, name, counts in data["speakers"]]
    outlets = [(o or "(unknown outlet)", outlet_link(o), counts) for o, counts in data["outlets"]]
    shares = [
        (o or "(unknown outlet)", outlet_link(o),
         {"anonymous": round(100.0 * a / n, 1) if n else 0.0})
        for o, (n, a) in data["anonymous"]
    ]
    t = data["totals"]
    overall = f"{100.0 * t['anonymous'] / t['quotes']:.1f}%" if t["quotes"] else "0%"
    return [
        Figure("Top speakers", f"The {len(speakers)} named people and organisations quoted most, by kind of quote. Click a bar for their quotes.",
               _bars(speakers, KINDS), quotes),
        Figure("Quotes per outlet, by kind", "How many quotes each outlet carries, split into direct, mixed and indirect.",
               _bars(outlets, KINDS), quotes),
        Figure("Share of anonymous sources", f"Percentage of each outlet's quotes attributed to an unnamed source; {overall} of all {t['quotes']:,} quotes.",
               _bars(shares, ("anonymous",), percent=True), filtered(**{"_sort": "id"})),
    ]


def periods(dates: list[tuple[str | None, int]]) -> tuple[str, list[tuple[str, int]]]:
    """Quote counts per publication date -> ("month" or "day", [(period, count)]) with
    every period between the first and the last, empty ones included.  Dates that do
    not start with YYYY-MM-DD are left out.  Days when all dates fall within two
    months, else months (years past 15 years)."""
    by_day: dict[str, int] = {}
    for d, n in dates:
        if d and len(d) >= 10 and d[4] == "-" and d[7] == "-" and d[:4].isdigit() and d[5:7].isdigit() and d[8:10].isdigit():
            by_day[d[:10]] = by_day.get(d[:10], 0) + n
    if not by_day:
        return "month", []
    first, last = min(by_day), max(by_day)
    try:
        lo, hi = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        return "month", []
    if (hi - lo).days <= 62:
        out, day = [], lo
        while day <= hi:
            out.append((day.isoformat(), by_day.get(day.isoformat(), 0)))
            day += timedelta(days=1)
        return "day", out
    width = 4 if hi.year - lo.year > 15 else 7
    counts: dict[str, int] = {}
    for d, n in by_day.items():
        counts[d[:width]] = counts.get(d[:width], 0) + n
    out = []
    y, m = lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        key = f"{y:04d}" if width == 4 else f"{y:04d}-{m:02d}"
        if not out or out[-1][0] != key:
            out.append((key, counts.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return ("year" if width == 4 else "month"), out


def timeline(points: list[tuple[str, int]], unit: str = "month") -> Markup:
    """Vertical bars of quotes per period, labelled sparsely along the bottom."""
    width, height, left, bottom, top = 720, 180, 40, 24, 12
    if not points:
        return Markup('<p class="quotedb-empty">No dated articles.</p>')
    biggest = max(n for _, n in points) or 1
    step = (width - left) / len(points)
    every = max(1, round(len(points) / 12))
    parts = [f'<svg class="quotedb-chart quotedb-timeline" role="img" viewBox="0 0 {width} {height}" width="100%" '
             f'xmlns="http://www.w3.org/2000/svg"><title>Quotes per {escape(unit)}</title>',
             f'<text x="{left - 6}" y="{top + 10}" font-size="11" text-anchor="end">{biggest:,}</text>',
             f'<text x="{left - 6}" y="{height - bottom}" font-size="11" text-anchor="end">0</text>',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="#999"/>']
    plot = height - bottom - top
    for k, (label, n) in enumerate(points):
        x = left + k * step
        h = plot * n / biggest
        parts.append(f'<rect x="{x + step * 0.1:.1f}" y="{height - bottom - h:.1f}" width="{max(step * 0.8, 1):.1f}" '
                     f'height="{h:.1f}" fill="{COLOURS["direct"]}"><title>{escape(label)}: {n:,} quote{"" if n == 1 else "s"}</title></rect>')
        if k % every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height - 6}" font-size="11" text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))

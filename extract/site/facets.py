"""Column facets computed side by side.

Datasette computes a table page's facets one after another, each a ``group by`` over
the rows the page's filters select.  For a search that matches a fifth of a million
quotes each takes a fifth of a second, so the four default facets of the quotes
table alone took most of a second.  The facets are independent, so this facet type
(``parallel`` in metadata.yml) runs them at once on Datasette's SQL threads: SQLite
releases Python's lock while it works, and each thread has its own connection.
Results, links and time limits are Datasette's own column facets', one per column.
"""

from __future__ import annotations

import asyncio

from datasette.facets import ColumnFacet

from .search import facet_rows_sql


class ParallelColumnFacet(ColumnFacet):
    """``facets: [{parallel: speaker_id}, …]``: a column facet, run beside the others."""

    type = "parallel"

    def __init__(self, *args, only: int | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.sql = facet_rows_sql(self.sql)  # a search alone: read as a join (see `search`)
        self._args, self._kwargs = args, kwargs
        self._only = only  # the one configured facet this instance computes

    def get_configs(self):
        configs = super().get_configs()
        return configs if self._only is None else configs[self._only:self._only + 1]

    async def suggest(self):
        return []  # Datasette's column facet suggests columns already

    async def facet_results(self):
        n = len(self.get_configs())
        if self._only is not None or n <= 1:
            return await super().facet_results()
        parts = await asyncio.gather(*(type(self)(*self._args, only=i, **self._kwargs).facet_results() for i in range(n)))
        results = [r for part, _ in parts for r in part]
        timed_out = [t for _, part in parts for t in part]
        return results, timed_out

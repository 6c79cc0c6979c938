"""quotedb: find who said what in news articles."""

from .extractor import Quote, Speaker, extract

__all__ = ["Quote", "Speaker", "extract"]
__version__ = "0.1.0"

"""quotedb: find who said what in news articles."""

from .document import Document
from .extractor import Quote, Speaker, extract

__all__ = ["Document", "Quote", "Speaker", "extract"]
__version__ = "0.1.0"

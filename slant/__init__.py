"""slant: reported fact, commentary and embedded opinion in news articles."""

__version__ = "0.1.0"

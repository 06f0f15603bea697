"""slant: reported fact, commentary and embedded opinion in news articles.

    >>> import slant
    >>> article = slant.analyze(text)          # an Article: paragraphs, sentences, markers
    >>> article.to_frame()                     # one row per sentence, as a pandas DataFrame
    >>> model = slant.load_model()             # load once, pass to analyze(..., model=model)
"""

__version__ = "0.1.0"

from .document import Article, Marker, Paragraph, Sentence  # noqa: E402
from .model import ModelError, SlantModel, load_model  # noqa: E402
from .pipeline import analyze, analyze_many  # noqa: E402


def score_frame(df, text_col: str = "text", **kwargs):
    """Score a DataFrame of articles; see `slant.batch.score_frame`."""
    from .batch import score_frame as _score_frame

    return _score_frame(df, text_col=text_col, **kwargs)


__all__ = ["Article", "Marker", "ModelError", "Paragraph", "Sentence", "SlantModel", "analyze",
           "analyze_many", "load_model", "score_frame", "__version__"]

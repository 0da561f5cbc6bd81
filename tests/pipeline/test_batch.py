"""The order of a run's stages and its accounting: every page ends with exactly one outcome."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from pipeline.batch import BatchProcessor, EntityCatalog, KnownContent
from pipeline.records import (
    AnnotatedArticle,
    Article,
    Entity,
    EntityMention,
    Outcome,
    RawPage,
    Rejection,
    Resolution,
    ResolvedMention,
)
from pipeline.stories import StoryGrouper

NOW = datetime(2026, 11, 20, 8, 0)


def page(url: str, body: str) -> RawPage:
    return RawPage(url=url, requested_url=url, source="eco", fetched_at=NOW, status=200, headers={},
                   body=body.encode(), encoding="utf-8")


def extract(raw: RawPage) -> Article | Rejection:
    """A stand-in extractor: the body is the text; 'EMPTY' has none (the real one is tested apart)."""
    text = raw.body.decode()
    if text == "EMPTY":
        return Rejection(Outcome.PARSE_ERROR, "no article text")
    return Article(url=raw.url, source=raw.source, title=text[:20], text=text, published_at=NOW,
                   language="fr", content_hash=str(hash(text)))


def screen(article: Article, source_topic: str) -> Rejection | None:
    return Rejection(Outcome.OFF_TOPIC, "football") if "football" in article.text else None


def annotate(articles: Sequence[Article]) -> list[AnnotatedArticle]:
    return [AnnotatedArticle(a, mentions=[EntityMention("Casablanca", "LOC", 0, 10)]) for a in articles]


def resolve(batch, existing, aliases) -> Resolution:  # type: ignore[no-untyped-def]
    entity = Entity("e1", "Casablanca", "LOC")
    return Resolution(entities=[entity], aliases=[],
                      mentions=[ResolvedMention(aid, "e1", "Casablanca", 0, 10) for aid, _ in batch])


def processor(known: KnownContent | None = None, *, force: bool = False) -> BatchProcessor:
    return BatchProcessor(
        extract=extract, screen=screen, annotate=annotate, resolve=resolve, stories=StoryGrouper(),
        known=known or KnownContent(), catalog=EntityCatalog(), source_topics={"eco": "clusters"},
        force=force, countries={("LOC", "casablanca"): "MA"},
    )


def test_every_page_ends_with_exactly_one_outcome() -> None:
    pages = [
        page("https://eco.ma/a", "Casablanca accueille le cluster des composites."),
        page("https://eco.ma/b", "Casablanca accueille le cluster des composites."),  # same text
        page("https://eco.ma/c", "Le match de football de samedi."),
        page("https://eco.ma/d", "EMPTY"),
    ]
    result = processor().process(pages)
    outcomes = {event.url: (event.outcome, event.reason) for event in result.events}
    assert outcomes == {
        "https://eco.ma/a": (Outcome.STORED, "new"),
        "https://eco.ma/b": (Outcome.DUPLICATE, "same text as https://eco.ma/a"),
        "https://eco.ma/c": (Outcome.OFF_TOPIC, "football"),
        "https://eco.ma/d": (Outcome.PARSE_ERROR, "no article text"),
    }
    assert len(result.events) == len(pages)
    assert [article.url for _, article, _ in result.articles] == ["https://eco.ma/a"]
    assert set(result.seconds) == {"extract", "nlp", "resolve"}


def test_unchanged_and_updated_pages_against_the_warehouse() -> None:
    text = "Casablanca accueille le cluster des composites."
    known = KnownContent.from_hashes({"https://eco.ma/a": str(hash(text)), "https://eco.ma/u": "old"})
    result = processor(known).process([page("https://eco.ma/a", text), page("https://eco.ma/u", "Casablanca, texte corrigé.")])
    outcomes = {event.url: (event.outcome, event.reason) for event in result.events}
    assert outcomes == {
        "https://eco.ma/a": (Outcome.UNCHANGED, "content unchanged since last fetch"),
        "https://eco.ma/u": (Outcome.STORED, "updated"),
    }


def test_reprocess_forces_unchanged_text_through_the_pipeline() -> None:
    text = "Casablanca accueille le cluster des composites."
    known = KnownContent.from_hashes({"https://eco.ma/a": str(hash(text))})
    result = processor(known, force=True).process([page("https://eco.ma/a", text)])
    assert [(e.outcome, e.reason) for e in result.events] == [(Outcome.STORED, "updated")]


def test_entities_the_gazetteer_knows_get_their_country_and_the_catalog_grows() -> None:
    run = processor()
    result = run.process([page("https://eco.ma/a", "Casablanca accueille le cluster des composites.")])
    assert result.resolution.entities == [Entity("e1", "Casablanca", "LOC", "MA")]
    assert run.catalog.entities["e1"].country == "MA"


def test_a_failing_article_keeps_its_own_outcome_and_the_others_are_stored() -> None:
    """Poison at every per-article stage: extraction, NLP, stories, resolution."""
    def extract_or_crash(raw: RawPage) -> Article | Rejection:
        if raw.body == b"CRASH-EXTRACT":
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        return extract(raw)

    def annotate_each(articles):  # type: ignore[no-untyped-def]
        for a in articles:
            if "NLP" in a.text:
                yield Rejection(Outcome.NLP_ERROR, "nlp: ValueError: [E088] Text of length 1250000")
            else:
                yield AnnotatedArticle(a, mentions=[EntityMention("Casablanca", "LOC", 0, 10)])

    def resolve_or_crash(batch, existing, aliases):  # type: ignore[no-untyped-def]
        if any("RESOLVE" in annotated.article.text for _, annotated in batch):
            raise KeyError("entity graph broken")
        return resolve(batch, existing, aliases)

    run = processor()
    run.extract, run.annotate, run.resolve = extract_or_crash, annotate_each, resolve_or_crash
    pages = [
        page("https://eco.ma/a", "Casablanca accueille le cluster des composites."),
        page("https://eco.ma/x", "CRASH-EXTRACT"),
        page("https://eco.ma/n", "Casablanca, texte NLP empoisonné."),
        page("https://eco.ma/r", "Casablanca, texte RESOLVE empoisonné."),
        page("https://eco.ma/b", "Casablanca reçoit le réseau des technoparcs."),
    ]
    result = run.process(pages)
    outcomes = {event.url: (event.outcome, event.reason.split(":")[0]) for event in result.events}
    assert outcomes == {
        "https://eco.ma/a": (Outcome.STORED, "new"),
        "https://eco.ma/x": (Outcome.PARSE_ERROR, "extraction"),
        "https://eco.ma/n": (Outcome.NLP_ERROR, "nlp"),
        "https://eco.ma/r": (Outcome.NLP_ERROR, "resolution"),
        "https://eco.ma/b": (Outcome.STORED, "new"),
    }
    assert [article.url for _, article, _ in result.articles] == ["https://eco.ma/a", "https://eco.ma/b"]
    assert {m.article_id for m in result.resolution.mentions} == {aid for aid, _, _ in result.articles}
    assert len(result.signatures) == len(result.annotated) == 2
    # A failed article is not "known": the same text under another URL is not a duplicate of it.
    assert "https://eco.ma/n" not in run.known.hash_by_url


def test_events_are_read_where_articles_are_analysed_and_settled_once_resolved() -> None:
    """A worker reads each article's events (a failing read costs that article only); the writer
    ties what the worker read to entities and never reads the article again."""
    from pipeline.events.batch import BatchEvents
    from pipeline.events.records import EventMention, EventType

    read_by: list[str] = []

    def read_events(annotation: AnnotatedArticle) -> list[EventMention]:
        read_by.append(annotation.article.url)
        if "EVENTS" in annotation.article.text:
            raise IndexError("cue at the end of the text")
        return [EventMention(EventType.OPENING, (), None, False, None, "site", "ouvre", 0, 5, 0.8)]

    settled: list[tuple[str, int | None]] = []

    def find_events(rows, resolution) -> BatchEvents:  # type: ignore[no-untyped-def]
        settled.extend((annotation.article.url, None if read is None else len(read))
                       for _, _, annotation, read in rows)
        return BatchEvents()

    worker = processor()
    worker.read_events = read_events
    analysed = worker.process([page("https://eco.ma/a", "Casablanca ouvre un site."),
                               page("https://eco.ma/e", "Casablanca, texte EVENTS empoisonné.")])
    assert {e.url: e.reason.split(":")[0] for e in analysed.events} == {
        "https://eco.ma/a": "new", "https://eco.ma/e": "events"}
    writer = processor()
    writer.find_events = find_events
    writer.settle(analysed)
    assert read_by == ["https://eco.ma/a", "https://eco.ma/e"]  # the writer read nothing again
    assert settled == [("https://eco.ma/a", 1)]


def test_events_read_by_the_nlp_workers_are_not_read_again() -> None:
    """The NLP stage's workers may hand back each annotation with its events: the run keeps
    them; an annotation without (analysed in this process, or its read failed) is read here."""
    from pipeline.events.batch import BatchEvents
    from pipeline.events.records import EventMention, EventType

    worker_read = [EventMention(EventType.LABEL, (), None, False, None, "label", "labellisé", 0, 5, 0.8)]

    def annotate_in_workers(articles: Iterable[Article]) -> list[AnnotatedArticle | Rejection]:
        return [AnnotatedArticle(a, mentions=[EntityMention("Casablanca", "LOC", 0, 10)],
                                 events=None if "ALONE" in a.text else worker_read) for a in articles]

    read_by: list[str] = []

    def read_events(annotation: AnnotatedArticle) -> list[EventMention]:
        read_by.append(annotation.article.url)
        if "EVENTS" in annotation.article.text:
            raise IndexError("cue at the end of the text")
        return []

    settled: list[tuple[str, int | None]] = []

    def find_events(rows, resolution) -> BatchEvents:  # type: ignore[no-untyped-def]
        settled.extend((annotation.article.url, None if read is None else len(read))
                       for _, _, annotation, read in rows)
        return BatchEvents()

    run = processor()
    run.annotate, run.read_events, run.find_events = annotate_in_workers, read_events, find_events
    result = run.process([page("https://eco.ma/a", "Casablanca labellise un site."),
                          page("https://eco.ma/h", "Casablanca, analysé ALONE ici."),
                          page("https://eco.ma/e", "Casablanca, ALONE, texte EVENTS empoisonné.")])
    assert {e.url: e.reason.split(":")[0] for e in result.events} == {
        "https://eco.ma/a": "new", "https://eco.ma/h": "new", "https://eco.ma/e": "events"}
    assert read_by == ["https://eco.ma/h", "https://eco.ma/e"]
    assert settled == [("https://eco.ma/a", 1), ("https://eco.ma/h", 0)]


def test_a_page_goes_with_the_batch_that_stores_its_article_however_far_the_nlp_stage_reads_ahead() -> None:
    """The NLP workers read more articles ahead than a batch holds: every stored article's page
    must still reach the batch that stores it (its raw HTML is kept only there)."""
    def annotate_ahead(articles: Iterable[Article]) -> list[AnnotatedArticle | Rejection]:
        return [AnnotatedArticle(a) for a in list(articles)]  # reads every article first

    run = processor()
    run.annotate = annotate_ahead
    pages = [page(f"https://eco.ma/{i}", f"Casablanca accueille le cluster numéro {i}.") for i in range(5)]
    pages.append(page("https://eco.ma/f", "Le match de football de samedi."))
    batches = list(run.stream(pages, batch_size=2))
    assert [len(b.articles) for b in batches] == [2, 2, 1]
    for result in batches:
        stored = {e.url for e in result.events if e.outcome is Outcome.STORED}
        assert stored <= {p.url for p in result.pages}
    assert sorted(p.url for b in batches for p in b.pages) == sorted(p.url for p in pages)  # each page once

"""The article walk: every sentence through every rule, with what came before in mind."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pipeline.events.rules as rules
from pipeline.events.lexicon import Lexicon
from pipeline.events.reader import ArticleReader, SentenceView
from pipeline.events.records import EventMention, EventType, Participant, Role
from pipeline.events.text import sentences
from pipeline.records import AnnotatedArticle, DateMention, EntityMention
from pipeline.text import fold, fold_keep_offsets

_QUESTION = re.compile(r"\?\s*[»\"”]?\s*$")
_UNDECIDED = re.compile(r"\brien n.est (?:encore )?(?:decide|fait|signe|acte|arrete|officiel|tranche)\b")


def find_events(annotated: AnnotatedArticle, lexicon: Lexicon) -> list[EventMention]:
    """Every event the article states, in text order, one per (type, participants, date, amount)."""
    article = annotated.article
    published = article.published_at.date().isoformat() if article.published_at else None
    parts = sentences(article.text)
    reader = ArticleReader(lexicon, annotated)
    peek = reader.fresh()          # names of the next sentence: no context needed

    def ahead(index: int) -> Callable[[], SentenceView | None]:
        """The next sentence's view, read only by the rare rule that asks for it."""
        return lambda: peek.view(parts[index + 1]) if index + 1 < len(parts) else None

    ctx = rules.Context(reader, published)
    found: list[EventMention] = []
    previous: SentenceView | None = None
    meeting: SentenceView | None = None   # the last sentence that told a dated meeting ("Réuni jeudi, le conseil …")
    for index, sentence in enumerate(parts):
        view = reader.view(sentence)
        if index:
            _dated_by_retelling(ctx, view, found, parts[index - 1].start)
        ctx.heading_dates = _heading_dates(ctx, previous) if previous is not None else []
        # "Tadamsa Agritech est-elle labellisée ?": asked, not told; "…, mais rien n'est décidé": not done
        if not _QUESTION.search(sentence.text) and not _UNDECIDED.search(view.masked):
            told = _sentence_events(ctx, view, ahead(index), found)
            if ctx.heading_dates:
                told = _dated_by_heading(ctx, told)
            if previous is not None and meeting is not None and meeting is not previous and _MEETING_AGAIN.match(view.masked):
                # "Le conseil a également confié la vice-présidence à Y", even in the next paragraph
                told = _dated_by_occasion(ctx, meeting, told, taken_up=True)
            found.extend(_dated_by_occasion(ctx, previous, told) if previous is not None else told)
        if _OCCASION.search(view.masked) and view.dates:
            meeting = view
        elif "\n\n" in reader.folded[previous.sentence.end if previous is not None else 0:sentence.start]:
            meeting = None
        previous = view
        _add_round_funders(ctx, view, found, parts[index - 1].start if index else None)
        _remember_funded(reader, found)
        ctx.last_about = _about(found[-1]) if found else ctx.last_about
        if reader.heading is not None:  # a round-up's item: what it tells is about its heading's organisation
            ctx.last_about = reader.heading
        ctx.remember_days(view.dates)
        reader.after(view)
    events = _unique(found)
    # the learned participant model, when loaded, re-reads who takes which role in each event
    return lexicon.slots.relabel(annotated, lexicon, events) if lexicon.slots is not None else events


def _remember_funded(reader: ArticleReader, found: list[EventMention]) -> None:
    """The last funding told with one recipient and its funders, for a company noun in the next sentences."""
    for event in reversed(found):
        if event.type is EventType.FUNDING:
            recipients = [p.mention for p in event.participants if p.role is Role.RECIPIENT]
            funders = frozenset(p.mention.surface for p in event.participants if p.role is Role.FUNDER)
            if len(recipients) == 1 and funders:
                reader.funded = (recipients[0], funders)
            return


def _sentence_events(
    ctx: rules.Context, view: SentenceView, next_view: Callable[[], SentenceView | None], found: list[EventMention]
) -> list[EventMention]:
    # what is dated years before the article is background: money raised or a label won « en 2031 » told in 2034,
    # "… prolonge un premier accord, conclu en 2031"
    events = [e for e in rules.funding(ctx, view) + rules.label(ctx, view, next_view) if not _years_before(e, ctx.published)] \
        + [e for e in rules.partnership(ctx, view) if not _years_before(e, ctx.published)]
    # "Ouvert en 2015, le technopark affiche …": a site opened years before the article is background
    openings = [e for e in rules.opening(ctx, view) if not _years_before(e, ctx.published)]
    sites = {e.detail for e in openings}
    # "ouvrira un atelier en 2028": the atelier is a site that opens, not a gathering
    events += openings + [e for e in rules.agenda(ctx, view, next_view) if e.detail not in sites]
    events = _opened_by_recipient(events)
    appointed = [e for e in rules.appointment(ctx, view) if not _years_before(e, ctx.published)]
    if appointed and found and _continues(appointed[0], found[-1]) and not _next_item(ctx, appointed[0], found[-1]):
        found[-1] = _with_predecessor(found[-1], appointed[0])
        events += appointed[1:]   # "…, nommée à la tête de l'agence Y": the predecessor's own new role
    elif appointed and found and _fills_departure(appointed[0], found[-1]):
        found[-1] = _with_successor(found[-1], appointed[0])
        events += appointed[1:]
    else:
        events += appointed
    return events


def _years_before(event: EventMention, published: str | None) -> bool:
    """An event whose stated date lies in a calendar year two or more before the article's."""
    if not event.date_stated or not event.date or not published or not event.date[:4].isdigit():
        return False
    return int(event.date[:4]) <= int(published[:4]) - 2


def _opened_by_recipient(events: list[EventMention]) -> list[EventMention]:
    """"La BAD a accordé 3 milliards de FCFA au Technopole X pour construire un incubateur, dont
    l'ouverture …": the one funded opens, not the funder the sentence starts with."""
    funded = [e for e in events if e.type is EventType.FUNDING]
    out = []
    for event in events:
        if event.type is EventType.OPENING:
            for funding in funded:
                funders = {p.mention.surface for p in funding.participants if p.role is Role.FUNDER}
                recipients = [p.mention for p in funding.participants if p.role is Role.RECIPIENT]
                openers = {p.mention.surface for p in event.participants if p.role is Role.ORGANISATION}
                if recipients and openers and openers <= funders:
                    names = {m.surface for m in recipients}
                    kept = tuple(p for p in event.participants if p.role is not Role.ORGANISATION and p.mention.surface not in names)
                    event = replace(event, participants=tuple(Participant(m, Role.ORGANISATION) for m in recipients) + kept)
                    break
        out.append(event)
    return out


_ABOUT = (Role.LABELLED, Role.RECIPIENT, Role.ORGANISATION, Role.HOST)


def _about(event: EventMention) -> EntityMention | None:
    """The organisation an event is about (who is labelled, funded, opens or is joined)."""
    for role in _ABOUT:
        for participant in event.participants:
            if participant.role is role:
                return participant.mention
    return None


def _add_round_funders(ctx: rules.Context, view: SentenceView, found: list[EventMention], previous_start: int | None) -> None:
    """"… a levé 30 MDH. Le tour a été mené par X": X funds the round told in the sentence before."""
    if previous_start is None or not found or found[-1].type is not EventType.FUNDING or found[-1].start_char != previous_start:
        return
    funders = rules.round_funders(ctx, view)
    known = {p.mention.surface for p in found[-1].participants}
    added = tuple(Participant(t, Role.FUNDER) for r in funders for t in r.targets if t.surface not in known)
    if added:
        found[-1] = replace(found[-1], participants=found[-1].participants + added)


# "Le cluster X a renouvelé ses instances jeudi. Y a été élue à la présidence": the meeting told
# with its day, then what it decided without one
_OCCASION = re.compile(r"\b(?:renouvel\w*\s+(?:ses|son|sa|leurs?)\s+(?:instances|bureau|conseil|gouvernance|organes)|"
                       r"assemblee generale|conseil d.administration|(?:s.est|se sont)\s+reuni\w*|reuni\w*\s+en\s+"
                       r"(?:assemblee|conseil|session))\b")


# the meeting told before, taken up as the subject of a later decision: "Le conseil a également …"
_MEETING_AGAIN = re.compile(r"^(?:(?:le|l.|la)\s*(?:nouveau\s+|nouvelle\s+|meme\s+)?(?:conseil|assemblee|bureau|comite)|"
                            r"les administrateurs)\b[^.;#]{0,40}"
                            r"\b(?:a|ont)\s+(?:egalement|aussi|par ailleurs|en outre|ensuite)\b")


def _heading_dates(ctx: rules.Context, previous: SentenceView) -> list[DateMention]:
    """The dates of a short line opening an agenda item ("Abidjan, 6-8 novembre."), for the item after it."""
    text = previous.sentence.text.strip()
    line_start = ctx.reader.folded.rfind("\n", 0, previous.sentence.start) + 1
    if len(text) > 45 or ctx.reader.folded[line_start:previous.sentence.start].strip() or not previous.dates:
        return []
    # a place may open it ("Abidjan, 6-8 novembre."), an organisation's name makes it a sentence of its own
    return list(previous.dates) if not any(r.named and r.targets[0].label == "ORG" for r in previous.referents) else []


def _dated_by_heading(ctx: rules.Context, told: list[EventMention]) -> list[EventMention]:
    """A round-up's item opened by its day ("Lundi, Dakar. X a levé …"): what it tells without a day
    of its own happened that day (an agenda item reads its heading itself)."""
    if len(ctx.heading_dates) != 1 or len(ctx.heading_dates[0].value) != 10:
        return told
    day = ctx.heading_dates[0]
    value = day.value
    if ctx.published is not None and value > ctx.published[:10] and _WEEKDAY.fullmatch(fold_keep_offsets(day.surface).lower()):
        # "Lundi, Dakar." in Friday's round-up of the week: the Monday gone by, not the next one
        value = (date.fromisoformat(value) - timedelta(days=7)).isoformat()
    if ctx.published is not None and value > ctx.published[:10]:
        return told
    return [replace(e, date=value, date_stated=True) if not e.date_stated and e.type is not EventType.AGENDA else e
            for e in told]


_WEEKDAY = re.compile(r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")


def _dated_by_occasion(ctx: rules.Context, previous: SentenceView, told: list[EventMention],
                       taken_up: bool = False) -> list[EventMention]:
    """Appointments told without a day, right after the sentence that dates the meeting they come
    from, in the same paragraph (or in any later one when the meeting is `taken_up` by name:
    "L'assemblée a également porté Y …"), take its day."""
    # … and only those of the meeting's organisation ("Enfin, Y se sépare de sa directrice" is another's news)
    named_there = {t.surface for r in previous.referents for t in r.targets}
    undated = [e for e in told if e.type is EventType.APPOINTMENT and not e.date_stated
               and all(p.mention.surface in named_there for p in e.participants if p.role is Role.ORGANISATION)]
    if not undated or not _OCCASION.search(previous.masked) or (
            not taken_up and "\n\n" in ctx.reader.folded[previous.sentence.end:told[0].start_char]):
        return told
    day, stated = ctx.date_for(previous, future=False)
    if not stated or day is None or len(day) != 10:
        return told
    return [replace(e, date=day, date_stated=True) if e in undated else e for e in told]


_RETOLD_DISTINCTION = re.compile(r"^(?:attribue|decerne|remis|delivre|obtenu|accorde|octroye)e?s?\s+(?:le|ce|en)\b[^.;]{0,80},\s*"
                                 r"(?:cette|ce|la|le)\s+(?:distinction|label|certification|trophee|prix|reconnaissance)\b")


def _dated_by_retelling(ctx: rules.Context, view: SentenceView, found: list[EventMention], previous_start: int) -> None:
    """"… ont signé une convention. La signature a eu lieu vendredi": the day of the events the
    sentence before told without one (a gathering's date is its own, never retold this way)."""
    lexicon = ctx.reader.lexicon
    head = view.masked.lstrip()
    # "^(?:…)*" always matches, at 0 only; `view` has matched it on the same text when nothing was stripped
    lead_end = view.lead_end if len(head) == len(view.masked) and view.lead_end >= 0 else lexicon.lead.match(head).end()  # type: ignore[union-attr]
    head = head[lead_end:]
    kinds = {kind for kind, pattern in lexicon.retold.items() if pattern.match(head)}
    if _RETOLD_DISTINCTION.match(head):  # "Attribuée le 9 février à l'issue d'un audit, cette distinction …"
        kinds.add(EventType.LABEL.value)
    if not kinds:
        return
    day, stated = ctx.date_for(view, future=False)
    if not stated:
        return
    paragraph = ctx.reader.folded.rfind("\n\n", 0, view.sentence.start) + 1
    for i, event in enumerate(found):
        # "X a levé 2 milliards de FCFA, a-t-elle annoncé lundi. L'opération a été conclue fin avril": the day told
        # was the announcement's, the operation's is the one retold
        announced = event.type is EventType.FUNDING and _ANNOUNCED_ON.search(fold(event.evidence).lower()) is not None
        if (not event.date_stated or announced) and event.type.value in kinds and (
                event.start_char == previous_start
                # "X devient délégué général du pôle Y. Âgé de 47 ans, … Sa nomination a pris effet le 6 janvier"
                or (event.type is EventType.APPOINTMENT and event.start_char >= paragraph
                    and _TAKES_EFFECT.search(head))):
            found[i] = replace(event, date=day, date_stated=True)


_ANNOUNCED_ON = re.compile(r",\s*(?:a-t-(?:elle|il|on)|a|ont)\s+(?:\w+\s+){0,3}?(?:annonce|appris|indique|precise|fait savoir|"
                           r"confirme)\w*\s+(?:[\w'-]+\s+){0,3}?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b")
_TAKES_EFFECT = re.compile(r"\b(?:(?:a|avait)\s+pris effet|prend effet|prendra effet|est effecti(?:f|ve)|sera effecti(?:f|ve))\b")


# "La fondatrice de l'éditeur Qontrol succède à Y": the one just named, described by where she comes from
# "Cette ingénieure de 54 ans, passée par …, succède à Y": the demonstrative takes her up
_DESCRIBED_SUBJECT = re.compile(r"^\s*(?:(?:la|le|l')\s*(?:co-?)?(?:fondat\w+|directeur|directrice|patron\w*|dirigeant\w*|"
                                r"president\w*|ancien\w*|ex-\w+)\s+(?:de|d'|du|des)\b|(?:cette|cet|ce)\s+[a-z-]+\b)")


def _continues(new: EventMention, previous: EventMention) -> bool:
    """"Elle succède à Omar Tazi": the predecessor of the appointment told just before."""
    if previous.type is not EventType.APPOINTMENT or new.type is not EventType.APPOINTMENT:
        return False
    roles = {p.role for p in new.participants}
    previous_people = {p.mention.start_char for p in previous.participants if p.role is Role.APPOINTEE}
    new_appointees = [p for p in new.participants if p.role is Role.APPOINTEE]
    # ("Il succède à Y" right after an appointment: "Il" is its appointee, not a name the reader
    # took it for from before that appointment's sentence)
    same_person = not new_appointees or any(p.mention.surface in {q.mention.surface for q in previous.participants}
                                            for p in new_appointees) \
        or all(p.mention.start_char < previous.start_char for p in new_appointees)
    # "… à la tête de l'incubateur X. Après douze ans à la présidence du pôle Y, Z a annoncé son
    # départ": a departure from another organisation, named before the one who leaves, is its own
    # event ("Elle succède à Z, qui rejoint le ministère": where Z goes comes after Z)
    orgs_before = {p.mention.surface for p in previous.participants if p.role is Role.ORGANISATION}
    left = [p.mention.start_char for p in new.participants if p.role is Role.PREDECESSOR]
    orgs_after = {p.mention.surface for p in new.participants if p.role is Role.ORGANISATION and left
                  and new.start_char <= p.mention.start_char < min(left)}
    same_org = not orgs_after or not orgs_before or bool(orgs_before & orgs_after) \
        or bool(_DESCRIBED_SUBJECT.match(fold_keep_offsets(new.evidence).lower()))
    return Role.PREDECESSOR in roles and bool(previous_people) and same_person and same_org \
        and not any(p.role is Role.PREDECESSOR for p in previous.participants)


def _next_item(ctx: rules.Context, new: EventMention, previous: EventMention) -> bool:
    """"Capenergies. X a été élu président du pôle. ⏎ Technopole d'Oujda. Y a quitté la direction
    de la technopole": a carnet's next line about another organisation is another change, not the
    predecessor of the one above."""
    between = ctx.reader.annotated.article.text[previous.end_char:new.start_char]
    before = {p.mention.surface for p in previous.participants}
    return "\n" in between and any(p.role is Role.ORGANISATION and p.mention.surface not in before
                                   for p in new.participants)


def _fills_departure(new: EventMention, previous: EventMention) -> bool:
    """"X quitte la direction du cluster. L'intérim sera assuré par Y": the departure just told
    gets its successor (same organisation, or none named in the new sentence)."""
    if previous.type is not EventType.APPOINTMENT or new.type is not EventType.APPOINTMENT:
        return False
    before = {p.role for p in previous.participants}
    after = {p.role for p in new.participants}
    if Role.APPOINTEE in before or Role.PREDECESSOR not in before or Role.APPOINTEE not in after or Role.PREDECESSOR in after:
        return False
    orgs_before = {p.mention.surface for p in previous.participants if p.role is Role.ORGANISATION}
    orgs_after = {p.mention.surface for p in new.participants if p.role is Role.ORGANISATION}
    return not orgs_after or not orgs_before or bool(orgs_before & orgs_after)


def _with_successor(previous: EventMention, new: EventMention) -> EventMention:
    added = tuple(p for p in new.participants if p.role is Role.APPOINTEE)
    has_org = any(p.role is Role.ORGANISATION for p in previous.participants)
    added += tuple(p for p in new.participants if p.role is Role.ORGANISATION and not has_org)
    # "X a passé le relais. Réuni samedi, le cluster a porté à sa tête Y": the successor's day is the change's
    dated = new if new.date_stated and not previous.date_stated else previous
    return replace(previous, participants=added + previous.participants, detail=new.detail or previous.detail,
                   date=dated.date, date_stated=dated.date_stated)


def _with_predecessor(previous: EventMention, new: EventMention) -> EventMention:
    added = tuple(Participant(p.mention, Role.PREDECESSOR) for p in new.participants if p.role is Role.PREDECESSOR)
    dated = new if new.date_stated and not previous.date_stated else previous  # "Il a été désigné samedi pour succéder à Y"
    return replace(previous, participants=previous.participants + added, date=dated.date, date_stated=dated.date_stated)


def _unique(events: list[EventMention]) -> list[EventMention]:
    """One event per fact of the article: an opening or a label told twice ("ouvre une antenne",
    then "L'ouverture d'une antenne") is one, with the stated date; an appointment told again
    ("Elle a été élue à l'unanimité") joins the first telling."""
    kept: list[EventMention] = []
    for event in events:
        same = next((k for k in kept if _same_fact(k, event)), None)
        if same is None:
            kept.append(event)
            continue
        if event.type in (EventType.FUNDING, EventType.APPOINTMENT):
            # "X lève 5 M€. Ce tour de 5 M€, mené par Y, …": one round; "X est le nouveau président
            # du cluster. Il a été élu mardi": one appointment, and the retelling dates it
            kept[kept.index(same)] = _merged(same, event)
        elif event.date_stated and not same.date_stated:
            kept[kept.index(same)] = event
    return kept


def _merged(same: EventMention, event: EventMention) -> EventMention:
    """`same` told again: the participants it did not name are added, a stated date wins."""
    known = {(p.mention.surface, p.role) for p in same.participants}
    appointees = {_surname(p.mention.surface) for p in same.participants if p.role is Role.APPOINTEE}
    added = tuple(p for p in event.participants if (p.mention.surface, p.role) not in known
                  and not (p.role is Role.APPOINTEE and _surname(p.mention.surface) in appointees))
    dated = event.date_stated and not same.date_stated
    return replace(same, participants=same.participants + added,
                   date=event.date if dated else same.date,
                   date_stated=same.date_stated or event.date_stated)


def _surname(name: str) -> str:
    """"M. Idrissi", "Omar Idrissi" -> "idrissi": a person named in full, then by title and surname."""
    return name.split()[-1].lower() if name.split() else name


def _same_fact(a: EventMention, b: EventMention) -> bool:
    if a.type is not b.type:
        return False
    people_a = {(p.mention.surface, p.role) for p in a.participants}
    people_b = {(p.mention.surface, p.role) for p in b.participants}
    if a.type is EventType.FUNDING:
        same_sum = a.amount is not None and b.amount is not None and a.amount.value == b.amount.value \
            and a.amount.currency == b.amount.currency
        # the same sum told twice, its participants in roles that do not contradict
        names_a, names_b = {n for n, _ in people_a}, {n for n, _ in people_b}
        consistent = all((n, r) in people_b for n, r in people_a if n in names_b) and \
            all((n, r) in people_a for n, r in people_b if n in names_a)
        return (people_a == people_b and a.amount == b.amount) or (same_sum and consistent)
    if a.type is EventType.AGENDA:
        return a.date == b.date and bool(people_a & people_b)
    if a.type is EventType.APPOINTMENT:
        appointee = {p for p in people_a if p[1] is Role.APPOINTEE}
        if not appointee and not any(p[1] is Role.APPOINTEE for p in people_b):
            # a departure told twice ("X quittera fin avril la direction de Y. Elle a annoncé son départ lundi")
            leaving = {p for p in people_a if p[1] is Role.PREDECESSOR}
            return bool(leaving) and leaving == {p for p in people_b if p[1] is Role.PREDECESSOR}
        # "Nommé mercredi directeur de X, Omar Idrissi … Il succède à Y": "M. Idrissi" is the same person
        return bool(appointee) and {_surname(n) for n, _ in appointee} == {
            _surname(n) for n, r in people_b if r is Role.APPOINTEE}
    return people_a == people_b

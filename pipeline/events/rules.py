"""One rule per event type over a `SentenceView`: the cue, then who plays which role.

Every rule returns the events the sentence states (possibly none); the article walk in
`pipeline.events.find_events` gives them their context (previous sentence, story).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date as date_cls
from datetime import timedelta

from pipeline.events.amounts import SHARE_GIVEN
from pipeline.events.dates import pick
from pipeline.events.lexicon import Lexicon
from pipeline.events.reader import (
    _FINITE,
    _LIST_GOES_ON,
    VENUE_HEAD,
    ArticleReader,
    Referent,
    SentenceView,
)
from pipeline.events.records import Amount, EventMention, EventType, Participant, Role
from pipeline.records import DateMention, EntityMention
from pipeline.text import fold, fold_keep_offsets

_NOT_EVENT_DATE = re.compile(r"(?:\bdepuis|\b(?:creee?s?|fondee?s?)\s+(?:en|le)|\bpour la periode)\s*$"
                             r"|\b(?:co-?)?(?:creee?|fondee?)s?\s*$"  # "la start-up que j'ai cofondée il y a trois ans"
                             r"|\bapres\b[^,;]*$"  # "Après une première levée en 2025, X boucle …": context
                             # "… accordée par Y, au terme d'un audit mené en juillet": the audit's month
                             r"|\b(?:au terme|a l.issue)\s+(?:d'un|d'une|de l'|de la|du)\s+(?:[a-z-]+\s+)?"
                             r"(?:audit|evaluation|instruction|examen|processus|procedure)\b[^,;]*$")
_HORIZON = re.compile(r"\bd.ici\s*(?:a\s*|la\s*|le\s*)?$")
_HORIZON_OPENS = re.compile(r"d.ici\b")  # the dates stage may keep "d'ici" in the date's surface
# A gathering named after its organiser, the name right after the noun: "les Rencontres Minalogic",
# "les Journées Capenergies", "le Forum Technopark"
# "la 3e édition de l'Africa Investment Forum": a gathering named like an organisation
_GATHERING_TAIL = re.compile(r"\b(?:forum|summit|sommet|day|days|expo|week|awards|festival|show|salon|conference|congress|"
                             r"meetup|challenge|hackathon)$")


def _is_gathering(referent: Referent) -> bool:
    return _named_gathering(referent.targets[0])


def _named_gathering(mention: EntityMention) -> bool:
    surface = fold_keep_offsets(mention.surface).lower().strip()
    return bool(_GATHERING_TAIL.search(surface) or _GATHERING_NAME.match(surface))  # "Forum Afrique Innovation"


_GATHERING_NAME = re.compile(r"^(?:forum|salon|rencontres|journees|assises|sommet|festival|congres|foire|biennale|carrefour|assemblee generale|colloque|seminaire|conference|hackathon)\b")
_NAMED_GATHERING = re.compile(r"\b(?:rencontres|journees|assises|forum|salon|convention|universite d.ete|trophees|sommet)\s+(?=#)")
_DATELINE = re.compile(r"^\s*[a-z#][a-z#' -]{1,30}?,\s*(?:le\s+)?(?:\d{1,2}(?:er)?\s+[a-z]+\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|"
                       # "Tunis, 5 mai (TAP) -": without its year, the agency's name says it is a dateline
                       r"\d{1,2}(?:er)?\s+[a-z]+\.?\s*(?=\())\s*"
                       r"(?:\(\s*[a-z#][a-z#/ ]{0,20}\))?\s*-\s+")
# the day the previous sentences named: "le même jour", "En marge de la cérémonie", "lors de cette séance"
# ("à cette occasion", "dans la foulée" stay vague: the gold gives them the article's date)
_SAME_DAY = re.compile(r"\b(?:le meme jour|ce meme jour|au meme moment|a la meme date|a cette occasion|a l.occasion de cette (?:signature|ceremonie|visite|rencontre)|"
                       r"en marge (?:de la |de cette |de l'|de cet )(?:ceremonie|rencontre|visite|inauguration|signature|conference de presse|annonce)|"
                       r"(?:(?:lors|au cours|a l.issue) de (?:cette|la meme)|dans (?:la|cette) meme) (?:seance|ceremonie|reunion|assemblee|visite|rencontre)|"
                       r"dans la foulee|"
                       # "Lors de la cérémonie, …", "Au cours de la soirée, …", "À l'issue des débats, …": the occasion told before
                       r"^(?:[a-z#' -]{1,30}[-–—:]\s+)?(?:lors|au cours|a l.issue|en marge) (?:de la|de l.|du|des) (?:ceremonie|soiree|seance|reunion|"
                       r"assemblee generale|assemblee|visite|rencontre|journee|signature|inauguration|debats|conference|remise des prix)(?=\s*,)|"
                       r"\b(?:la meme journee|le meme soir|ce jour-la|quelques heures plus tard)\b|"
                       # "X a également conclu, lors de la cérémonie, un accord …", "En marge de l'assemblée, …"
                       r"(?<=, )(?:lors|au cours|a l.issue) (?:de la|du) (?:ceremonie|soiree|seance|reunion)(?=\s*,)|"
                       r"\ben marge de l.assemblee\b|\ble jour de l.(?:ouverture|inauguration)\b|"
                       # "Lors de l'inauguration, X et Y ont signé …": the opening's day, told before
                       r"(?:lors|a l.occasion) de (?:l.|cette )inauguration|profite\w* de l.evenement|"
                       # "La cérémonie a été l'occasion de remettre le label …": the ceremony told before
                       r"(?:la|cette) (?:ceremonie|rencontre|visite|seance|reunion) a (?:aussi |egalement )?ete l.occasion|"
                       r"profite\w* de (?:la|cette) (?:ceremonie|rencontre|visite|seance|reunion)|"
                       # "… ont signé le 22 juin une convention. Par cet accord, X alloue …": the agreement's day
                       r"^(?:par|aux termes de|dans le cadre de|en vertu de)\s+(?:cet|cette|ce)\s+(?:accord|convention|protocole|contrat))\b")


class Context:
    """What rules need beyond the sentence: the reader, the article's date, the last day named."""

    def __init__(self, reader: ArticleReader, published: str | None) -> None:
        self.reader = reader
        self.published = published
        self.last_day: str | None = None
        self.last_past_day: str | None = None   # the last day named that had come by the article's date
        self.last_about: EntityMention | None = None   # the organisation the last event told is about
        # a list of labelled structures announced, its names in the next sentence: (label, date)
        self.pending_label: tuple[str | None, tuple[str | None, bool]] | None = None
        # a call for projects announced without its deadline: (organisers, cue) for the next sentence
        self.pending_call: tuple[tuple[Participant, ...], str] | None = None
        # a gathering announced without its dates: (organisers, cue), for "Elles se tiendront les 21 et 22 mai"
        self.pending_gathering: tuple[tuple[Participant, ...], str] | None = None
        # an agenda item's dates given by a short heading line just before ("Abidjan, 6-8 novembre.")
        self.heading_dates: list[DateMention] = []

    def date_for(self, view: SentenceView, *, future: bool | None, before: int | None = None,
                 after: int | None = None, near: int | None = None) -> tuple[str | None, bool]:
        """The event's date: the sentence's first fitting date (`near` an offset: the one closest
        to it, for a cue deep in a sentence that dates something else first), else the article's."""
        # "président depuis 2019", "créé en 2011": a tenure or a founding, never the event's date
        # … but "remplace depuis lundi", "accueille depuis jeudi": a state begun days ago dates its start
        dates = [d for d in view.dates if (not _NOT_EVENT_DATE.search(view.between(view.sentence.start, d.start_char))
                                           or (_SINCE.search(view.between(view.sentence.start, d.start_char))
                                               and len(d.value) >= 7 and self.published is not None
                                               and _started_lately(d.value, self.published)))
                 and (after is None or d.start_char >= after)
                 # "a investi 12 millions dans ce site, qui emploiera 180 personnes d'ici la fin de l'année":
                 # a horizon dates what is to come, never an event told as done
                 and not (future is False and (_HORIZON.search(view.between(max(view.sentence.start, d.start_char - 12), d.start_char))
                                               or _HORIZON_OPENS.match(d.surface.lower())))]
        dateline = _DATELINE.match(view.masked)
        if dateline and any(d.start_char >= view.sentence.start + dateline.end() for d in dates):
            # "Lyon, 2 juin 2032 (AFP) - X a levé mardi …": the wire's day, not the event's
            dates = [d for d in dates if d.start_char >= view.sentence.start + dateline.end()]
        if near is not None:
            dates = sorted(dates, key=lambda d: abs(d.start_char - near))
        mention = pick(dates, self.published, future=future, before=before)
        if mention is not None:
            return _week_as_month(mention), True
        same_day = _SAME_DAY.search(view.masked)
        if same_day and same_day.group().startswith("lors de") and self.last_past_day \
                and self.published is not None and self.last_day and self.last_day > self.published:
            # "… a nommé mercredi X, à compter du 1er mars. Lors de la même séance, …": the meeting's day
            return self.last_past_day, True
        if self.last_day and same_day and (not same_day.group().startswith("a cette") or self.published is None
                                           or self.last_day <= self.published):
            return self.last_day, True  # ("à cette occasion" only of a day gone by: not a gathering to come)
        return self.published, False

    def remember_days(self, dates: Iterable[DateMention]) -> None:
        for mention in dates:
            if len(mention.value) == 10:
                self.last_day = mention.value
                if self.published is not None and mention.value <= self.published:
                    self.last_past_day = mention.value


def _week_as_month(mention: DateMention) -> str:
    """"la semaine dernière", "cette semaine": a week is dated at the month most of its days fall in
    (an event's date is a day the text gives, or a month, as the gold's conventions write it)."""
    value = mention.value
    if "semaine" in mention.surface.lower() and len(value) == 21 and value[10] == "/":
        return (date_cls.fromisoformat(value[:10]) + timedelta(days=3)).isoformat()[:7]
    return value


def _event(view: SentenceView, event_type: EventType, participants: list[Participant], date: tuple[str | None, bool],
           *, amount: Amount | None = None, detail: str | None = None) -> EventMention:
    unique: dict[tuple[int, int, str], Participant] = {}
    for p in participants:
        unique.setdefault((p.mention.start_char, p.mention.end_char, p.role), p)
    roles = {p.role for p in unique.values()}
    confidence = min(0.95, 0.55 + 0.1 * len(roles) + (0.1 if date[1] else 0.0) + (0.1 if amount else 0.0))
    s = view.sentence
    return EventMention(event_type, tuple(unique.values()), date[0], date[1], amount, detail,
                        s.text, s.start, s.end, round(confidence, 2))


def _lead_end(lex: Lexicon, view: SentenceView) -> int:
    """Where the lexicon's `lead` ("^(?:…)*": a dateline, a rubric, "Par ailleurs, ") ends in the
    sentence: matched once by `ArticleReader.view`, not again by every rule that asks."""
    return view.lead_end if view.lead_end >= 0 else lex.lead.match(view.masked).end()  # type: ignore[union-attr]  # it always matches


def _org(ctx: Context, referent: Referent) -> bool:
    return all(ctx.reader.is_org(t) for t in referent.targets)


def _party(ctx: Context, referent: Referent) -> bool:
    """Who can fund, be funded, sign or hold a label: an organisation, or a name of two words or more
    the NER typed as a place or a person that is no known person (given name), country, town or
    region: "le label « Startup » à Oliveo Tech et à Medina Pay" (Medina Pay taken for a person),
    "Sahra Data" taken for a place. Not for openings, appointments or gatherings, where such names
    are venues, towns and people more often (held-out sets: each type measured apart)."""
    if _org(ctx, referent):
        return True
    surface = referent.targets[0].surface
    return referent.named and len(referent.targets) == 1 and referent.label in ("LOC", "PER") \
        and len(surface.split()) >= 2 and fold(surface).partition(" ")[0] not in ctx.reader.lexicon.first_names \
        and fold(surface) not in ctx.reader.lexicon.places_after_au and not _dateline_place(ctx, referent) \
        and not _HONORIFIC.search(ctx.reader.folded, max(0, referent.start - 6), referent.start) \
        and not _HONORIFIC_OPENS.match(fold(surface))


def _dateline_place(ctx: Context, referent: Referent) -> bool:
    """The town of a wire's dateline: "Béni Mellal, 14 janvier 2037 (MAP) - …", "BÉNI MELLAL - …"."""
    folded = ctx.reader.folded
    line_start = folded.rfind("\n", 0, referent.start) + 1
    return not folded[line_start:referent.start].strip(" -–—") and _DATELINE_AFTER.match(folded, referent.end) is not None


_HONORIFIC = re.compile(r"\b(?:m|mme|mlle|dr|pr|me)\.?\s*$")  # "M. Ben Slimane": a person, given name unsaid
_HONORIFIC_OPENS = re.compile(r"(?:m|mme|mlle|dr|pr|me)\.?\s")
_DATELINE_AFTER = re.compile(r"\s*(?:,\s*(?:le\s+)?\d|\(|[-–—]\s)")


def _person(ctx: Context, referent: Referent) -> bool:
    return all(t.label == "PER" and not ctx.reader.is_org(t) for t in referent.targets)


def _listed_person(ctx: Context, referent: Referent) -> bool:
    """A person in a list of organisations: a name typed PER whose first word is a known given name
    ("… : Dataflow Maroc, Agrisol, qui …, et Medina Games": Agrisol, typed PER, is one of the firms)."""
    return _person(ctx, referent) and all(fold(t.surface).partition(" ")[0] in ctx.reader.lexicon.first_names
                                          for t in referent.targets)


def _as(referent: Referent, role: Role) -> list[Participant]:
    return [Participant(t, role) for t in referent.targets]


def _subject_before(ctx: Context, view: SentenceView, position: int, *, org: bool = True,
                    keep: Callable[[Context, Referent], bool] = _org) -> Referent | None:
    """The nearest referent before `position` that opens its clause, or that a relative clause
    takes up ("Bonne nouvelle pour le Cluster X, qui décroche la certification …")."""
    for referent in reversed([r for r in view.referents if r.end <= position]):
        if ctx.reader.subject_like(view, referent) and (not org or keep(ctx, referent)):
            return referent
        if _RELATIVE_SUBJECT.match(view.between(referent.end, position)) and (not org or keep(ctx, referent)):
            return referent
    return None


# (past a place in apposition: "Tissages Verdier, à Villeurbanne, qui a obtenu le label …")
_RELATIVE_SUBJECT = re.compile(r"^\s*(?:,\s*a\s+#+\s*)?,\s*qui\s+[^,;#]*$"
                               # "… Polyflux, une jeune entreprise de Villeurbanne qui a reçu mercredi le label …"
                               r"|^\s*,\s*(?:une?|la|le|l')\s*[a-z][^,;#]{0,50}?(?:#+)?\s+qui\s+[^,;#]*$")


def _linked_after(view: SentenceView, start: int, link: re.Pattern[str], chain: re.Pattern[str] | None,
                  keep: Callable[..., bool]) -> list[Referent]:
    """Referents after `start` reached through `link`, then through `chain` ("X et du fonds Y")."""
    found: list[Referent] = []
    anchor = start
    for referent in (r for r in view.referents if r.start >= start):
        gap = view.between(anchor, referent.start)
        linked = (not found and link.search(gap)) or (found and chain is not None and chain.search(gap))
        if found and referent is view.subject and gap.strip() == "," \
                and view.between(view.sentence.start, found[0].start).strip() \
                and not _FINITE.search(view.between(view.sentence.start, referent.start)) \
                and not _LIST_GOES_ON.match(view.between(referent.end, view.sentence.end)):
            break  # "Avec 2,5 M€ apportés par Y, X prépare …": the fronted phrase ends, its sentence's subject follows
        if linked and keep(referent):
            found.append(referent)
            anchor = referent.end
            continue
        if found or len(gap) > 80:
            break
    return found


# Funding -------------------------------------------------------------------------------------

_COST_ASIDE = re.compile(r"\bd.un (?:cout|montant) (?:total |global )?(?:de|d.environ|estime a)\s*(?:pres de\s+|environ\s+|plus de\s+)?$")
_SHARE_FINANCED = re.compile(r"^\s*,[^.;]{0,40}\b(?:(?:financ|cofinanc|subventionn|pris en charge)\w*\s+(?:\w+\s+){0,2}?a hauteur de"
                             r"|(?:beneficie\w*|obtien\w*|obtenu|recoi\w*|recu)\s+d.un\s+(?:financement|pret|credit|appui|soutien)\s+de)\b")


# the whole cost told after a share given: "… à hauteur de 2,5 M€ au chantier, dont le coût total atteint 11 M€"
_WHOLE_COST_AFTER = re.compile(r"\bdont (?:le|la) (?:cout|montant|facture|budget) (?:total |global )?(?:atteint|s.eleve a|est de|avoisine)\s*"
                               r"(?:pres de\s+|environ\s+|plus de\s+)?$")
# a cost told by its verb alone ("a coûté", "dont le chantier a coûté"), not an investment ("a nécessité
# un investissement de"), and the sentence names no one paying ("…, financés par la Région")
_BARE_COST = re.compile(r"\b(?:a|ont|aura|auront|avait|avaient)\s+(?:\w+\s+)?coute\s+(?:pres de\s+|environ\s+|plus de\s+|quelque\s+)?$")
_COST_FINANCED = re.compile(r"^(?!\s*,\s*dont\b)[^.;]{0,30}\b(?:financ|cofinanc|apport|pris en charge|pret|credit|subvention|fonds propres|autofinanc)")


# "a coûté 18 M€, dont 7 M€ apportés par la Région": the share a named funder gives is the event
_SHARE_GIVEN_BY = re.compile(rf"^\s*(?:\w+\s+){{0,4}}?{SHARE_GIVEN}\s+"
                             r"(?:(?:sous forme|au titre|a titre)\s+d(?:e\s+|')(?:\w+\s+){1,2})?par\b")


def _share_given(ctx: Context, view: SentenceView, amount: Amount, offset: int) -> list[EventMention]:
    """The share a named funder gives of a sum told before: the funder named after "par", the
    recipient whose site or project the sentence is about (its subject, else the article's focus)."""
    start = amount.end_char + offset
    funder = next((r for r in view.referents if r.start >= start and _party(ctx, r)
                   and len(view.between(start, r.start)) < 20), None)
    if funder is None:
        return []
    subject, focus = view.subject, ctx.reader.focus
    if subject is not None and subject.end <= amount.start_char and _party(ctx, subject) and subject is not funder:
        recipient = list(subject.targets)
    elif focus is not None and ctx.reader.is_org(focus) and focus not in funder.targets \
            and not ctx.reader.public_or_funder(focus):
        recipient = [focus]
    else:
        recipient = []
    return [_event(view, EventType.FUNDING, [Participant(t, Role.RECIPIENT) for t in recipient] + _as(funder, Role.FUNDER),
                   ctx.date_for(view, future=False), amount=amount)]


_SEES_GIVING = re.compile(r"\b(?:a|ont)\s+vu\s+(?:\w+\s+){0,2}?(?:le|la|l'|les)?\s*(?:[a-z-]+\s+){0,2}?$")
_GIVING_INFINITIVE = re.compile(r"^\s*(?:\w+\s+)?(?:souscrire|investir|injecter|apporter|entrer\s+a\s+son\s+capital|entrer\s+au\s+capital)\b")


def _seen_giving(ctx: Context, view: SentenceView, subject: Referent, amount: Amount) -> Referent | None:
    """"La biotech X a vu mardi le fonds Y souscrire pour 1,5 M€": the organisation seen giving."""
    return next((r for r in view.referents if subject.end <= r.start and r.end <= amount.start_char and _party(ctx, r)
                 and _SEES_GIVING.search(view.between(subject.end, r.start))
                 and _GIVING_INFINITIVE.match(view.between(r.end, amount.start_char))), None)


_RELATIVE_PAST = re.compile(r",\s*qu.(?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient)\b")


_ATTRACTED = re.compile(r"\battir\w*\b[^.;]{0,45}$")
_INVESTMENTS_AFTER = re.compile(r"\s*(?:d.|en\s+)investissements\b")


def _not_funding_before(lex: Lexicon, head: str) -> bool:
    """A turnover, a salary, a valuation told just before the amount; not when a funding cue comes
    after it (« Kaabu Pay, spécialisée dans le paiement des salaires, a reçu … un investissement de »)."""
    found = list(lex.cue("funding", "not_funding").finditer(head[-60:]))
    return bool(found) and not lex.cue("funding", "cues").search(head[-60:][found[-1].end():])


def funding(ctx: Context, view: SentenceView) -> list[EventMention]:
    lex = ctx.reader.lexicon
    cues = lex.cue("funding", "cues")
    if not view.amounts or not (cues.search(view.masked) or _SELF_FUNDED.search(view.masked)):
        return []
    events: list[EventMention] = []
    for amount in view.amounts:
        head = view.between(view.sentence.start, amount.start_char)
        topped_up = _topped_up(ctx, view, amount, events) or _giver_alongside(ctx, view, amount, events)
        if topped_up is not None:  # "X lui a accordé un prêt de 90 000 euros, complété par un prêt de 300 000 euros de Y"
            # (or "…, la Région Y apportant 1,2 M€")
            events.append(topped_up)
            continue
        share = _SHARE_GIVEN_BY.match(view.between(amount.end_char, view.sentence.end)) \
            if re.search(r"\bdont\s*$", head) else None
        if share is not None:  # "Le site a coûté 18 milliards, dont 10 milliards apportés par la BAD"
            events.extend(_share_given(ctx, view, amount, share.end()))
            continue
        if _not_funding_before(lex, head) or re.search(r"\bdont\s*$", head):
            continue  # a turnover; "…, dont 300 MDH dès cette année": a part of the sum just told
        if _ATTRACTED.search(head[-60:]) and _INVESTMENTS_AFTER.match(view.between(amount.end_char, view.sentence.end)):
            continue  # "La zone a attiré, selon ses chiffres, 3 milliards de dollars d'investissements en 2025": a tally
        if (_COST_ASIDE.search(head[-50:]) or _BARE_COST.search(head[-30:])) \
                and (_SHARE_FINANCED.search(view.between(amount.end_char, view.sentence.end))
                                               or any(a.start_char > amount.end_char for a in view.amounts)):
            # "L'équipement, d'un coût total de 7 M€, a été financé à hauteur de 5 M€ par Y", "Le projet, d'un coût
            # de 65 MDH, a bénéficié d'une subvention de 10 MDH du fonds Y", "Le projet, qui a coûté 11 M€ au total, a
            # été financé à hauteur de 4 M€ par Y": the share given is the event, not the cost
            continue
        if _WHOLE_COST_AFTER.search(head[-60:]) and any(a.end_char <= amount.start_char for a in view.amounts):
            continue  # "X a participé à hauteur de 2,5 M€ au chantier, dont le coût total atteint 11 M€": the whole, not a gift
        if _BARE_COST.search(head[-30:]) and not _COST_FINANCED.search(view.between(amount.end_char, view.sentence.end)) \
                and not (view.subject is not None and view.subject.named and view.subject.end <= amount.start_char):
            continue  # "L'unité a coûté 12 milliards de FCFA": what a site cost, no one said to fund it
        if (_ENDOWED_CALL.search(head[-90:]) or _ENDOWED_APPOSITION.search(head[-30:])) \
                and not re.match(r"\s*par\b", view.between(amount.end_char, view.sentence.end)):
            continue  # "un appel à projets doté de 10 MDH", "Le fonds X, doté de 60 MDT, a investi …": a size, not a funding
        clause = _clause_of(view, amount)
        if _INTENDED_SUM.search(clause) or _PREPARED.search(clause[:clause.find(_amount_in(view, amount))]):
            continue  # "prépare une série A d'environ 5 M€", "… : une levée de 10 MDT est envisagée pour 2036"
        nearest = list(cues.finditer(head))
        tail = view.between(amount.end_char, view.sentence.end)
        tail_cue = cues.search(tail[:40]) or _RAISED_BEFORE_NAME.match(tail[:tail.find("#")] if "#" in tail else "")
        own_funder = _own_funder(ctx, tail)
        if own_funder is not None and not nearest and "#" not in tail:
            # "Coût : 2,4 milliards de dinars, financés sur fonds propres", "Le projet, d'un coût de 1,8 milliard,
            # a été entièrement autofinancé": the company told before pays for its own site (the gold's convention;
            # not when the sentence names another payer: "… sur fonds propres et par un prêt de la banque X")
            events.append(_event(view, EventType.FUNDING, [Participant(own_funder, Role.FUNDER)],
                                 ctx.date_for(view, future=False), amount=amount))
            continue
        if not nearest and not tail_cue:
            continue
        closer = _round_closer(ctx, view, amount)
        if closer is not None:  # "la levée de fonds réalisée le 30 juin par son adhérent X : 3,5 M€ apportés par Y"
            funders = _linked_after(view, amount.end_char, lex.cue("funding", "funder_link"),
                                    lex.cue("funding", "funder_list"), lambda r: r.named or _party(ctx, r))
            events.append(_event(view, EventType.FUNDING, _as(closer, Role.RECIPIENT)
                                 + [p for r in funders for p in _as(r, Role.FUNDER)],
                                 ctx.date_for(view, future=False), amount=amount))
            continue
        raised = _amount_raised_by(ctx, view, amount)
        if raised and _subject_before(ctx, view, amount.start_char, keep=_party) is None:  # "Les 3 M€ levés par X proviennent de Y"
            events.append(_event(view, EventType.FUNDING, raised, ctx.date_for(view, future=False), amount=amount))
            continue
        def investor(r: Referent) -> bool:  # a place in brackets is an aside: "X (Maroc) et Y"
            return _party(ctx, r) or (r.named and not (r.label == "LOC" and view.between(view.sentence.start, r.start).endswith("(")))

        owner = _round_owner(ctx, view, amount)
        if owner is not None and _subject_before(ctx, view, amount.start_char, keep=_party) is None \
                and re.fullmatch(r"\s*(?:de la|de l'|du|des|de|d')\s*", view.between(amount.end_char, owner.start)):
            # "Bouclée en juillet, la levée de 3 MDH d'X a été menée par Y": X's round, not X's money
            investors = _linked_after(view, owner.end, _LED_BY, lex.cue("funding", "funder_list"), investor) \
                or _linked_after(view, owner.end, lex.cue("funding", "funder_link"), lex.cue("funding", "funder_list"), investor) \
                or [r for r in [_participle_funder(ctx, view, amount)] if r is not None]  # "Portée par le fonds Y, …"
            events.append(_event(view, EventType.FUNDING, _as(owner, Role.RECIPIENT)
                                 + [p for r in _more_funders(ctx, view, investors) for p in _as(r, Role.FUNDER)],
                                 ctx.date_for(view, future=False), amount=amount))
            continue
        funders = _linked_after(view, amount.end_char, lex.cue("funding", "funder_link"),
                                lex.cue("funding", "funder_list"), investor)
        receiving = lex.cue("funding", "receiving").search(head[-60:])
        if not funders:  # "auprès de ses actionnaires historiques, X et Y", "…, un tour mené par X"
            funders = _linked_after(view, amount.end_char, _INVESTORS_NAMED, lex.cue("funding", "funder_list"), investor)
        if not funders and receiving:  # "a bouclé un tour de table de 3 MDH avec X et Y"
            funders = _linked_after(view, amount.end_char, _WITH_INVESTORS, lex.cue("funding", "funder_list"), investor)
        if not funders and receiving:  # "recevra une subvention de 450 k€ de Bpifrance"
            funders = [r for r in view.referents if r.start >= amount.end_char and investor(r)
                       and re.fullmatch(r"\s*de\s*", view.between(amount.end_char, r.start))][:1]
        funders = _more_funders(ctx, view, funders)
        backer = (_relative_funder(ctx, view, amount) or _participle_funder(ctx, view, amount)) if not funders else None
        if backer is not None:  # "le label … de l'Agence X, qui le soutiendra avec une enveloppe de 2 MDH"
            funders = [backer]
        participants = [p for r in funders for p in _as(r, Role.FUNDER)]
        subject = _subject_before(ctx, view, amount.start_char, keep=_party)
        seen_giving = _seen_giving(ctx, view, subject, amount) if subject is not None and not funders else None
        if seen_giving is not None and subject is not None:  # "X a vu mardi le fonds Y souscrire pour 1,5 M€": Y gives, X receives
            events.append(_event(view, EventType.FUNDING, _as(subject, Role.RECIPIENT) + _as(seen_giving, Role.FUNDER),
                                 ctx.date_for(view, future=False), amount=amount))
            continue
        if subject is not None and backer is not None and subject is backer:
            subject = _subject_before(ctx, view, backer.start, keep=_party)  # "X a reçu … de l'Agence Y, qui le soutiendra"
        if subject is not None:
            between = view.between(subject.end, amount.start_char)
            if cues.search(between):
                giving = bool(lex.cue("funding", "giving").search(between)) \
                    and not lex.cue("funding", "receiving").search(between)
            else:
                giving = bool(nearest) and lex.cue("funding", "giving").search(nearest[-1].group()) is not None
            # "X l'a financée à hauteur de …", "X les soutient avec …": who is spoken of receives from X
            giving = giving or bool(lex.cue("funding", "to_pronoun").search(between))
            lender = _lender(view, subject)
            lends = bool(nearest) and nearest[-1].group() in ("pret", "credit") and lender
            # "Le Fonds X a signé avec la start-up Y une convention de financement de …": the lender gives
            signed_with = _SIGNED_FINANCING.search(between) if cues.search(between) else None
            lends = lends or (signed_with is not None and lender)
            # "X a bouclé un investissement de 2 milliards de FCFA dans Y": who invests in someone gives
            invests = bool(_STAKE_BEFORE.search(head[-60:])) and bool(_INVESTED_IN.match(tail))
            role = Role.FUNDER if (giving or lends or invests) and not funders and backer is None else Role.RECIPIENT
            beneficiary = next((r for r in view.referents if r.start >= amount.end_char and _party(ctx, r) and r is not subject
                                and _FOR_WHOM.match(view.between(amount.end_char, r.start))), None)
            if beneficiary is not None and not funders and backer is None:
                role = Role.FUNDER  # "X a annoncé une dotation de 6 MDT au profit du pôle Y": X gives
            if role is Role.RECIPIENT and not funders:  # "X a obtenu de la BERD un prêt de 90 MDH"
                participants += [p for r in _funder_before(ctx, view, subject, amount) for p in _as(r, Role.FUNDER)]
                # "Avec la participation de X et de Y, la start-up Z a levé …": co-funders in an opening phrase
                participants += [p for r in _linked_after(view, view.sentence.start, _FRONTED_FUNDERS,
                                                          lex.cue("funding", "funder_list"), lambda r: _party(ctx, r))
                                 if r.end <= subject.start for p in _as(r, Role.FUNDER)]
            together = _coordinated(ctx, view, subject, amount.start_char)
            if together:  # "X, Y et Z ont investi …": Y looked like the subject, X heads the list
                together = [*_listed_before(ctx, view, subject), *together]
            participants = _as(subject, role) + [p for r in together for p in _as(r, role)] + participants
            if signed_with is not None:  # the one signed with takes the other side
                other = next((r for r in view.referents if subject.end <= r.start and r.end <= amount.start_char
                              and _party(ctx, r) and re.search(r"\bavec\s*(?:(?:la|le|l')\s*)?(?:[a-z-]+\s+){0,2}$",
                                                             view.between(subject.end, r.start))), None)
                if other is not None:
                    participants += _as(other, Role.RECIPIENT if role is Role.FUNDER else Role.FUNDER)
            if role is Role.FUNDER:
                participants += _recipients(ctx, view, subject, amount)
                # "X a mené le tour de table de 4 M€ de la PME Y, aux côtés de Z": Z invests too
                last = max(p.mention.end_char for p in participants)
                participants += [p for r in _linked_after(view, max(last, amount.end_char), _ALONGSIDE,
                                                          lex.cue("funding", "funder_list"), lambda r: _party(ctx, r))
                                 for p in _as(r, Role.FUNDER)]
        elif not funders and backer is None:  # "Une ligne de 2 MDT a été accordée au pôle X par la BERD"
            participants = _passive_grant(ctx, view, amount) or _amount_raised_by(ctx, view, amount) \
                or _headline_round(ctx, view, amount) or _leading_grant(ctx, view, amount) \
                or _round_led_by(ctx, view, amount)
            if not participants and (owner := _round_owner(ctx, view, amount)) is not None:
                # "la série A de 6 M€ de X, menée par le fonds Y, servira à recruter"
                investors = _linked_after(view, owner.end, _LED_BY, lex.cue("funding", "funder_list"), lambda r: _party(ctx, r))
                participants = _as(owner, Role.RECIPIENT) + [p for r in investors for p in _as(r, Role.FUNDER)]
        elif (backer is not None or funders) and view.subject is not None and view.subject is not backer \
                and view.subject not in funders and view.subject.start > amount.end_char and _party(ctx, view.subject):
            # "Grâce à un financement de 2,2 M€ accordé par la Banque X, l'équipementier Y va agrandir …"
            participants = _as(view.subject, Role.RECIPIENT) + participants
        elif (backer is not None or funders) and subject is None and (owner := _round_owner(ctx, view, amount)) is not None \
                and owner is not backer and owner not in funders:
            participants = _as(owner, Role.RECIPIENT) + participants  # "Portée par le fonds Y, la série A de 6 M€ de X …"
        if participants and not any(p.role is Role.RECIPIENT for p in participants):
            taken = {p.mention.start_char for p in participants}
            last = max(p.mention.end_char for p in participants)
            beneficiary = next((r for r in view.referents if r.start >= max(amount.end_char, last) and _party(ctx, r)
                                and not {t.start_char for t in r.targets} & taken
                                and _FOR_WHOM.match(_BRACKETED.sub("", view.between(max(amount.end_char, last), r.start)))), None)
            if beneficiary is None and funders and amount.end_char <= funders[0].start:
                # "Un crédit de 15 MDT a été octroyé le 4 juin par la BERD à l'huilerie X": the giver, then "à" whom
                to, given = lex.cue("funding", "to_recipient"), max(last, funders[-1].end)
                beneficiary = next((r for r in view.referents if r.start >= given and _party(ctx, r)
                                    and to.search(_BRACKETED.sub("", view.between(given, r.start)))), None)
            if beneficiary is not None:  # "Une enveloppe de 1,2 M€ a été mobilisée par X pour soutenir les start-up du cluster Y"
                participants += _as(beneficiary, Role.RECIPIENT)
        focus = ctx.reader.focus
        if participants and all(p.role is Role.FUNDER for p in participants) and _ROUND_AS_SUBJECT.match(view.masked) \
                and focus is not None and ctx.reader.is_org(focus) and not ctx.reader.public_or_funder(focus) \
                and focus.surface not in {p.mention.surface for p in participants}:
            # "La start-up X accélère. Le tour de table, de 4 M€, a été mené par Y": the round is X's
            participants.append(Participant(focus, Role.RECIPIENT))
        if participants and all(p.role is Role.FUNDER for p in participants) and ctx.reader.answers_you(view):
            # "Vous venez de lever des fonds ?\nOui, 3 MDT, apportés par X et Y": the interviewee's organisation
            interviewee = ctx.reader.interviewee_org
            if interviewee is not None and interviewee.surface not in {p.mention.surface for p in participants}:
                participants.append(Participant(interviewee, Role.RECIPIENT))
        if participants and all(p.role is Role.FUNDER for p in participants):
            # "La Banque mondiale nous a accordé en septembre 400 000 dollars", in an answer or a post: "nous" receives
            us = next((r for r in view.referents if not r.named and r.start < amount.start_char
                       and view.masked[view.local(r.start):view.local(r.end)] == "nous"
                       and _GIVEN_TO_US.match(view.masked[view.local(r.end):])), None)
            if us is not None and us.targets[0].surface not in {p.mention.surface for p in participants}:
                participants.append(Participant(us.targets[0], Role.RECIPIENT))
        carrier = _carrier_opening(ctx, view)
        if carrier is not None and any(p.role is Role.RECIPIENT for p in participants):
            # "Porté par notre adhérent X avec deux laboratoires, le projet Y s'est vu attribuer …": the
            # project's money goes to the member that carries it, not to whom "le projet" fell back on
            recipients = [r for r in view.referents if not r.named and r.start > carrier.end
                          and any(p.role is Role.RECIPIENT and p.mention in r.targets for p in participants)]
            if recipients:
                fallen_back = {t for r in recipients for t in r.targets}
                participants = [p for p in participants if p.mention not in fallen_back] + _as(carrier, Role.RECIPIENT)
        if not participants and own_funder is not None:
            participants = [Participant(own_funder, Role.FUNDER)]  # "… pour un investissement de 12 M€, financé sur fonds propres"
        if not participants and _DESCRIBED_INVESTMENT.search(head[-80:]):
            # "… a inauguré sa meunerie. L'outil, qui représente un investissement de 22 M€, …": its own money
            spender = ctx.last_about
            if spender is not None and ctx.reader.is_org(spender) and not ctx.reader.public_or_funder(spender):
                participants = [Participant(spender, Role.FUNDER)]
        if not participants:
            continue
        paying = {p.mention.surface for p in participants if p.role is Role.FUNDER}
        # "Le site a coûté 14 M€, financés par la société et par un prêt de la Banque X": who pays
        # for its own site is its funder, not also its recipient
        participants = [p for p in participants if p.role is not Role.RECIPIENT
                        or p.mention.surface not in paying]
        # "Labellisée le 9 mai, X … : le fonds Y a pris le 12 mai une participation de …": the amount's clause has its own day
        colon = view.masked.rfind(" : ", 0, amount.start_char - view.sentence.start)
        # "… obtient 350 k€ pour sa ligne pilote, qu'elle a inaugurée lundi": the relative clause's day is its own
        relative = _RELATIVE_PAST.search(view.masked, amount.end_char - view.sentence.start)
        until = view.sentence.start + relative.start() if relative else None
        date = ctx.date_for(view, future=False, after=view.sentence.start + colon if colon >= 0 else None, before=until)
        if colon >= 0 and not date[1]:
            date = ctx.date_for(view, future=False, before=until)
        apposed = _APPOSED_SUM.search(head)
        if apposed is not None and any(not view.between(d.end_char, view.sentence.start + apposed.start()).strip()
                                       for d in view.dates):
            apposed = None  # "X a débloqué, mardi, une enveloppe de …": the sum is the verb's object, the day its own
        if apposed is not None and date[1] and all(d.start_char < amount.start_char for d in view.dates):
            date = (ctx.published, False)  # "a inauguré vendredi son usine, un investissement de 120 MDH": the day is the opening's
        events.append(_event(view, EventType.FUNDING, participants, date, amount=amount))
    return [_with_possessor(ctx, view, e) for e in events]


_GIVEN_TO_US = re.compile(r"\s+(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,3}?(?:alloue|accorde|octroye|verse|attribue|apporte|"
                          r"consenti|prete|finance|subventionne)\w*\b")


# "Son installation a été rendue possible par un prêt de 50 000 € accordé par X": whose project
_ITS_PROJECT = re.compile(r"^\s*(?:son|sa|leur)\s+(?:installation|implantation|projet|usine|site|extension|developpement|"
                          r"demarrage|lancement|programme|croissance|industrialisation|equipement|construction|"
                          r"agrandissement|modernisation|renovation|laboratoire|batiment|unite|ligne|plateforme|siege|"
                          r"nouvelle usine|nouveau site|nouvelle unite)\b")


# "Le FONSIS a pris part au projet à hauteur de …": the project the article told, its company's
# ("a participé à hauteur de 2,5 M€ au chantier", "a soutenu le projet à hauteur de 2,5 M€")
_IN_THE_PROJECT = re.compile(r"\b(?:pris part|participe|participera|contribue|contribuera|contribuant)\s+(?:a hauteur de [^.;#]{1,40}?\s+)?"
                             r"(?:au|a ce)\s+(?:projet|chantier)\b|\b(?:a|ont)\s+(?:\w+ment\s+)?(?:soutenu|finance|cofinance|accompagne)\s+"
                             r"(?:le|ce)\s+(?:projet|chantier)\s+a hauteur de\b")


def _with_possessor(ctx: Context, view: SentenceView, event: EventMention) -> EventMention:
    """A funding told of "son projet" with its funder but no recipient goes to the article's organisation."""
    focus = ctx.reader.focus
    if any(p.role is Role.RECIPIENT for p in event.participants) or focus is None or not ctx.reader.is_org(focus) \
            or any(p.mention is focus for p in event.participants) \
            or not (_ITS_PROJECT.match(view.masked[_lead_end(ctx.reader.lexicon, view):]) or _IN_THE_PROJECT.search(view.masked)) \
            or ctx.reader.public_or_funder(focus):
        return event
    return replace(event, participants=(Participant(focus, Role.RECIPIENT), *event.participants))


# the first of the investors named after a group of them, or after the round they lead
_INVESTORS_NAMED = re.compile(
    r"^\s*,?\s*(?:aupres\s+(?:de|d')\s*(?:(?:ses|leurs|deux|trois|quatre|plusieurs|quelques|des)\s+)?"
    r"(?:actionnaires|investisseurs|partenaires|fonds|banques|business angels)(?:\s+[a-z-]+){0,2}\s*"
    r"(?:,?\s*(?:dont|notamment|parmi lesquels|parmi eux|a savoir)|,|:"
    # "auprès de business angels et du fonds X"
    r"|(?:et|ainsi que)\s+(?:de la|de l'|du|des|de|d'))"
    # "auprès d'un consortium formé d'X et de Y"
    r"|aupres\s+d.un\s+(?:consortium|groupement|pool|syndicat)(?:\s+[a-z-]+){0,3}?\s+(?:de la|de l'|du|des|de|d')"
    r"|(?:,|\blors\s+d.|\bdans le cadre\s+d.|\bau cours\s+d.)\s*(?:un|une|le|la)\s+(?:tour de table|tour|operation|levee|financement)\s+(?:[a-z-]+\s+)?"
    r"(?:mene|menee|conduit|conduite|pilote|pilotee)\s+par"
    # "a décroché 3 MDH grâce à X et à Y", "via X"
    r"|grace\s+(?:a la|a l'|au|aux|a)|via)\s*(?:la|le|l'|les)?\s*(?:(?:fonds|banque)\s+)?$")
_WITH_INVESTORS = re.compile(r"^\s*avec\s*(?:la|le|l'|les)?\s*(?:(?:fonds|banque)\s+)?$")
# between two investors of one list: another item, after an aside ("X, le fonds de la région, et de Y",
# "X (Maroc) et Y", "X, qui mène le tour, et de Y", "X, rejoint par Y")
_FUNDER_ASIDE = re.compile(r"\s*\([^()]{0,40}\)|,\s*(?:qui|le|la|l'|un|une|son|sa)\b[^,;#]{1,60}(?=,)")
_FUNDER_CHAIN = re.compile(r"^\s*(?:,\s*(?:et|ainsi que|avec)?|et|ainsi que|,?\s*(?:rejointe?s?|suivie?s?)\s+par)\s*"
                           # (a kind of up to three words: "et de la société d'investissement Y"; never an
                           # apposition's "…, filiale de la Banque X", "…, le fonds de la Région X")
                           r"(?:(?:de la|de l'|du|des|de|d'|a la|a l'|au|aux|a|la|le|l'|les)\s*)?(?:(?!(?:de|du|des|la|le|les)\s)[a-z-]+\s+|d'[a-z-]+\s+){0,3}?$")


_COMMA_THEN_SUBJECT = re.compile(r"^\s*,\s*(?:la|le|l')\s*[a-z-]+(?:\s+[a-z-]+)?\s*$")
_VERB_AFTER = re.compile(r"^\s*(?:va|vont|a|ont|est|sont|sera|seront|vient|viennent|peut|peuvent|pourra|pourront|compte|"
                         r"prevoit|entend|lance|double|accelere|recrute)\b")
_JOINED_ROUND = re.compile(r"^\s*,?\s*(?:et\s+)?(?:auquel|auxquels|a laquelle|auxquelles)\s+(?:ont|a|avaient|avait)\s+"
                           r"(?:egalement\s+|aussi\s+)?(?:participe|pris part|contribue)\s*(?:(?:la|le|l'|les)\s*)?"
                           r"(?:(?:fonds|banque|groupe)\s+)?$")


def _more_funders(ctx: Context, view: SentenceView, funders: list[Referent]) -> list[Referent]:
    """The rest of a list of investors whose first one was found: items after an aside, and items
    described by their kind ("et de l'établissement bancaire Y")."""
    found = list(funders)
    while found:
        # a place in brackets is an aside, not the next item ("X (Maroc) et Y")
        following = next((r for r in view.referents if r.start >= found[-1].end
                          and not (view.between(found[-1].end, r.start).rstrip().endswith("(") and not _party(ctx, r))), None)
        if following is None or following in found or not _party(ctx, following) or following is view.subject:
            break
        gap = view.between(found[-1].end, following.start)
        if _JOINED_ROUND.match(gap):  # "… mené par X et auquel ont participé Y et Z"
            found.append(following)
            continue
        if _FINITE.search(gap) or not _FUNDER_CHAIN.match(_FUNDER_ASIDE.sub("", gap)):
            break
        if _COMMA_THEN_SUBJECT.match(gap) and _VERB_AFTER.match(view.between(following.end, view.sentence.end)):
            break  # "Grâce à une subvention de N de la Région X, la PME Y va doubler …": Y is the subject
        found.append(following)
    return found


# an investment or a stake of a sum, "dans" a named one ("une prise de participation de 40 MDA dans la start-up X")
_STAKE_BEFORE = re.compile(r"\b(?:investissement|participation|prise de participation|ticket)\s+(?:[a-z-]+\s+){0,2}?(?:de|d')\s*$")
_INVESTED_IN = re.compile(r"^\s*,?\s*dans\s+(?:(?:la|le|l'|les)\s*)?(?:[a-z-]+\s+){0,4}?#")


# a second sum that completes the first, given by its own funder: "…, complété par un prêt d'amorçage de 300 000 euros de Y"
_COMPLETED_BY = re.compile(r",\s*(?:complete|double|assorti|suivi|abonde)e?s?\s+(?:\w+\s+){0,2}?(?:par|de|d')\s*(?:un|une)\s+"
                           r"[^,;#]{0,40}?\s(?:de|d')\s*$")
_OWN_FUNDER_AFTER = re.compile(r"^\s*(?:de la|de l'|du|de|d')\s*(?:(?:fonds|banque|reseau|agence)\s+)?$")


def _topped_up(ctx: Context, view: SentenceView, amount: Amount, before: list[EventMention]) -> EventMention | None:
    """The event of a sum that completes the sentence's previous one, with the funder named right after it."""
    if not before or not before[-1].participants:
        return None
    previous_end = max((a.end_char for a in view.amounts if a.end_char <= amount.start_char), default=None)
    if previous_end is None or not _COMPLETED_BY.search(view.between(previous_end, amount.start_char)):
        return None
    funder = next((r for r in view.referents if r.start >= amount.end_char and _party(ctx, r)), None)
    if funder is None or not _OWN_FUNDER_AFTER.match(view.between(amount.end_char, funder.start)):
        return None
    recipients = [p for p in before[-1].participants if p.role is Role.RECIPIENT]
    if not recipients:
        return None
    return _event(view, EventType.FUNDING, recipients + _as(funder, Role.FUNDER), ctx.date_for(view, future=False),
                  amount=amount)


# "Bpifrance a soutenu le projet à hauteur de 2,5 M€, la Région X apportant 1,2 M€": X gives the second sum
_GIVER_ALONGSIDE = re.compile(r"^\s*(?:,|et)\s*(?:la|le|l'|les)?\s*$")
_GIVING_PARTICIPLE = re.compile(r"^\s*(?:apportant|injectant|investissant|ajoutant|versant|financant|mettant|accordant)\s+"
                                r"(?:(?:pour sa part|de son cote|quant a elle|quant a lui|a son tour|elle-meme|lui-meme)\s+)?$")


def _giver_alongside(ctx: Context, view: SentenceView, amount: Amount, before: list[EventMention]) -> EventMention | None:
    """The event of a second sum given by the one named in an absolute participle after the first."""
    previous_end = max((a.end_char for a in view.amounts if a.end_char <= amount.start_char), default=None)
    if not before or previous_end is None:
        return None
    giver = next((r for r in reversed(view.referents) if r.start >= previous_end
                  and r.end <= amount.start_char and _party(ctx, r)), None)
    if giver is None or not _GIVER_ALONGSIDE.match(view.between(previous_end, giver.start)) \
            or not _GIVING_PARTICIPLE.match(view.between(giver.end, amount.start_char)):
        return None
    recipients = [p for p in before[-1].participants if p.role is Role.RECIPIENT]
    return _event(view, EventType.FUNDING, recipients + _as(giver, Role.FUNDER), ctx.date_for(view, future=False),
                  amount=amount)


# the round itself opens the sentence: "Le tour de table, de 4 M€, a été mené par Y", "Une levée de 2 M€ a été réalisée auprès de Y"
_ROUND_AS_SUBJECT = re.compile(r"^\W*(?:le|la|l'|une|un|cette|ce)\s*(?:tour de table|levee(?: de fonds)?|operation|augmentation de capital)\b")


def _amount_in(view: SentenceView, amount: Amount) -> str:
    """The amount as `_clause_of` shows it (masked and folded), to find where it stands in its clause."""
    return view.masked[view.local(amount.start_char):view.local(amount.end_char)]


def _clause_of(view: SentenceView, amount: Amount) -> str:
    """The masked clause holding the amount: from the last colon or semicolon before it to the next."""
    local_start, local_end = view.local(amount.start_char), view.local(amount.end_char)
    start = max(view.masked.rfind(" : ", 0, local_start), view.masked.rfind(";", 0, local_start), 0)
    ends = [i for i in (view.masked.find(" : ", local_end), view.masked.find(";", local_end)) if i >= 0]
    return view.masked[start:min(ends) if ends else len(view.masked)]


_ENDOWED_CALL = re.compile(r"\b(?:appels? a (?:projets|candidatures)|concours|prix|challenge|trophees?|hackathon)\b[^.;]{0,60}"
                           r"\bdote\w*\s+(?:d.une enveloppe\s+|d.un montant\s+)?(?:de|d')\s*$")
# A round or a grant only planned: its clause says it is prepared, considered, possible
# "X prépare une série A de 5 M€" (what it prepares comes after the verb; "Avec 2,5 M€ apportés
# par Y, X prépare ses essais" is told)
_ENDOWED_APPOSITION = re.compile(r",\s*dote(?:e|s|es)?\s+(?:de|d')\s*$")


_SELF_FUNDED = re.compile(r"\b(?:autofinanc\w*|(?:finance|couvert|assure)e?s?\s+(?:\w+\s+)?(?:sur|par|avec)\s+(?:ses\s+|leurs\s+)?fonds\s+propres)\b")
_NOT_SELF_FUNDED = re.compile(r"\b(?:pas|non|partiellement|en partie|a moitie)\b")


def _own_funder(ctx: Context, tail: str) -> EntityMention | None:
    """Who pays from its own funds for what the sum costs (« financés sur fonds propres », « entièrement
    autofinancé », not « n'a pas été autofinancé »): the company told before, never a public body or a funder."""
    self_funded = _SELF_FUNDED.search(tail[:90])
    spender = ctx.last_about or ctx.reader.focus
    if self_funded is None or _NOT_SELF_FUNDED.search(tail[:self_funded.start()]) or spender is None \
            or not ctx.reader.is_org(spender) or ctx.reader.public_or_funder(spender):
        return None
    return spender


_DESCRIBED_INVESTMENT = re.compile(r"\b(?:qui\s+)?(?:represente|constitue|a represente|a necessite|necessite|a mobilise|mobilise)\s+"
                                   r"un\s+investissement\s+(?:global\s+|total\s+)?(?:de|d.environ)\s*(?:pres de\s+|environ\s+|plus de\s+)?$")
_PREPARED = re.compile(r"\bprepar(?:e|ent|ait|aient|era|eront)\b")
_INTENDED_SUM = re.compile(r"\b(?:envisage(?:e|es|s)?|envisag(?:ent|eait|eaient|era)|"
                           r"a l.etude|en preparation|en discussion|en negociation|pourrai\w*|pourr?ait|pourraient|"
                           r"ambitionn\w*|(?:compte|comptent|souhaite|souhaitent|espere|esperent|vise|visent|entend|entendent|"
                           r"cherche a|cherchent a|prevoit de|prevoient de|tente de|tentent de|aimerait|aimeraient)\s+"
                           r"(?:\w+\s+)?(?:lever|boucler|mobiliser|obtenir|lancer)|viser\s+(?:une|un)\s+(?:levee|tour|financement)"
                           r"|sans avoir (?:encore )?(?:choisi|trouve|designe))\b")
_ALONGSIDE = re.compile(r"^\s*,?\s*(?:aux cotes|en compagnie|avec la participation|aux cotes notamment)\s+"
                        r"(?:de la|de l'|du|des|de|d')\s*(?:(?:plusieurs|quelques|deux|trois|ses|des|de)\s+(?:de ses\s+)?(?:membres|investisseurs|adherents|business angels)\s+"
                        r"(?:de la|de l'|du|des|de|d')\s*)?(?:(?:fonds|banque|groupe|reseau|investisseur)\s+)?$")
# "le tour de table de 4 M€ de la PME Y": the round is Y's
_ROUND_OF = re.compile(r"^\s*(?:de la|de l'|du|des|de|d')\s*(?:(?:jeune|petite)\s+)?"
                       r"(?:start-up|startup|jeune pousse|pme|societe|entreprise|biotech|medtech|fintech|agritech|"
                       r"foodtech|greentech|healthtech|edtech|eti|equipementier|fabricant)?\s*(?:[a-z-]+\s+){0,2}$")
_FRONTED_FUNDERS = re.compile(r"^\s*(?:avec (?:la participation|le (?:soutien|concours|appui)(?: financier)?)|"
                              r"grace (?:a la participation|au (?:soutien|concours|financement|pret|appui)(?: financier)?)|"
                              r"aux cotes)\s+(?:de la|de l'|du|des|de|d')\s*$")
_AND_ALSO = re.compile(r"^\s*(?:,|et)\s*(?!(?:membre|adherente?|filiale|partenaire|laureate?|hebergee?|incubee?|installee?|"
                       r"basee?|issue?|soutenue?|accompagnee?|residente?|pensionnaire|locataire|implantee?)\b)"
                       # ", start-up du Technopark X,": an apposition (no article) that places the subject
                       r"(?!(?:[a-z-]+\s+)?(?:de|du|des|d')\s*$)(?:(?:le|la|l'|les)\s*)?(?:[a-z-]+\s+){0,2}$"
                       # "X et la société de capital-risque Y ont injecté …": a kind of investor with its complement
                       r"|^\s*et\s+(?:(?:le|la|l')\s*)?(?:societe|fonds|firme|banque|cabinet|groupe)\s+(?:de|d')\s*"
                       r"(?:capital-risque|capital-investissement|investissement|gestion|amorcage|developpement)\s+"
                       r"(?:[a-z-]+\s+)?$")


def _coordinated(ctx: Context, view: SentenceView, subject: Referent, limit: int) -> list[Referent]:
    """"L'Agence X et la Banque Y apportent 40 M€": the names coordinated with the subject."""
    found: list[Referent] = []
    anchor = subject.end
    for referent in (r for r in view.referents if subject.end <= r.start and r.end <= limit and r is not subject):
        if not _AND_ALSO.match(view.between(anchor, referent.start)) or not _party(ctx, referent):
            break
        found.append(referent)
        anchor = referent.end
    return found


_APPOSED_SUM = re.compile(r",\s*(?:soit\s+|pour\s+)?(?:un|une)\s+(?:investissement|enveloppe|budget|projet)\s+(?:total\s+|global\s+)?"
                          r"(?:de|d')\s*$"
                          # "a ouvert samedi un fablab …, financé à hauteur de 1,5 MDT par l'UE": the day is the opening's
                          r"|,\s*(?:entierement\s+|en partie\s+)?finance\w*\s+a\s+hauteur\s+de\s*(?:pres de\s+|plus de\s+)?$")
_RELATIVE_GIVING = re.compile(
    r"^\s*,\s*qui\s+(?:(?:le|la|l'|les|lui|leur)\s*)?(?:\w+\s+){0,2}?"
    r"(?:soutien\w*|soutiendr\w*|accompagn\w*|financ\w*|apport\w*|dote\w*|subventionn\w*|verse\w*|octro\w*|"
    r"allou\w*|attribu\w*|investi\w*)\b")
# a lender by its name: "La Banque européenne d'investissement a signé un prêt de 40 M€ avec …"
_SIGNED_FINANCING = re.compile(r"\b(?:signe|conclu|paraphe)e?s?\s+(?:[a-z0-9]+\s+){0,2}?avec\s+[^.;]{0,60}\b(?:(?:convention|accord|contrat)\s+"
                               r"(?:de financement|de pret|de credit)|(?:un|une)\s+(?:pret|credit|ligne de credit))\b")
def _lender(view: SentenceView, subject: Referent) -> bool:
    """A bank or a fund by its name, its canonical name or the noun that describes it right before
    ("La banque ouest-africaine BOAD", "le fonds Sahel Capital")."""
    names = " ".join(fold_keep_offsets(name).lower() for t in subject.targets
                     for name in (t.surface, t.canonical_hint or ""))
    return bool(_LENDER.search(names) or _LENDER_DESCRIBED.search(view.between(view.sentence.start, subject.start)[-40:]))


_LENDER_DESCRIBED = re.compile(r"\b(?:banque|fonds|caisse|bailleur|preteur|institution financiere)\b(?:\s+[a-z-]+){0,2}\s*$")
_LENDER = re.compile(r"\b(?:banque|bank|fonds|caisse|credit|bei|bad|bird|afd|bpifrance|berd|boad|bid|bidc|ifc|proparco|"
                     r"societe financiere)\b")
_INTO_CAPITAL = re.compile(r"\b(?:au|dans le) capital\s+(?:de la|de l'|du|des|de|d')\s*(?:[a-z-]+\s+){0,2}$"
                           # "devient actionnaire minoritaire de la société X"
                           r"|\bactionnaire\s+(?:(?:minoritaire|majoritaire|de reference|principal|unique)\s+)?"
                           r"(?:de la|de l'|du|des|de|d')\s*(?:[a-z-]+\s+)?$")
# "une participation de 3,5 MDT au capital de X": X receives
_INTO_CAPITAL_AFTER = re.compile(r"^\s*,?\s*(?:au|dans le) capital\s+(?:de la|de l'|du|des|de|d')\s*(?:[a-z-]+\s+){0,2}$")
_WITH_BORROWER = re.compile(r"^\s*,?\s*(?:[a-z-]+\s+){0,3}?avec\s+(?:(?:la|le|l')\s*)?(?:[a-z-]+\s+)?$")
_FOR_WHOM = re.compile(r"^\s*,?\s*(?:en faveur|au profit|au benefice)\s+(?:de la|de l'|du|des|de|d')\s*"
                       r"(?:(?:entreprises|start-up|startup|membres|adherents|pme)\s+(?:de la|de l'|du|des|de|d')\s*)?(?:[a-z-]+\s+){0,2}$|"
                       # "La BAD a approuvé un financement de 45 M$ destiné à la Technopole X": X receives
                       r"^\s*,?\s*destine\w*\s+(?:a la|a l'|au|aux|a)\s*(?:(?:entreprises|start-up|startup|membres|adherents|pme)\s+"
                       r"(?:de la|de l'|du|des|de|d')\s*)?(?:(?:cluster|pole|technopole|technopark|technoparc|societe|start-up|"
                       r"startup|entreprise|association|reseau|pme|zone|parc|agropole)\s*(?:[a-z-]+\s+)?)?$|"
                       # "… pour soutenir les start-up du cluster X", "pour accompagner la société X"
                       r"^\s*,?\s*pour\s+(?:soutenir|financer|accompagner|aider|equiper)\s+(?:(?:le|la|l'|les)\s*)?"
                       r"(?:(?:start-up|startup|entreprises|adherents|membres|projets)\s+(?:de la|de l'|du|des|de|d')\s*)?"
                       r"(?:(?:cluster|pole|technopole|technopark|societe|start-up|startup|entreprise|association|reseau)\s*)?$|"
                       r"^\s*,?\s*pour\s+(?:la construction|l.extension|l.amenagement|la creation|la renovation|"
                       r"l.equipement|le lancement)\s+(?:de la|de l'|du|des|de|d')\s*"
                       r"(?:(?:usine|site|siege|centre|unite|laboratoire|plateforme|entrepot)\s+(?:[a-z-]+\s+)?)?$|"
                       # "Le financement … obtenu auprès de Y permettra à X de doubler sa production"
                       r"^\s*,?\s*(?:doit|va|devrait)?\s*(?:lui\s+)?permet\w*\s+(?:a la|a l'|au|aux|a)\s*"
                       r"(?:(?:cluster|pole|technopole|technopark|societe|start-up|startup|entreprise|association|reseau|pme|"
                       r"jeune pousse|groupe|cooperative)\s*(?:[a-z-]+\s+)?)?$|"
                       # "Y financera, à hauteur de 5 MDH, la nouvelle unité de la coopérative X"
                       r"^\s*,?\s*(?:la|le|l'|les)\s*(?:nouve\w+\s+|future?s?\s+)?(?:usine|unite|site|ligne|centre|"
                       r"plateforme|extension|agrandissement|modernisation|batiment|siege|laboratoire|atelier)\s+"
                       r"(?:[a-z-]+\s+){0,2}?(?:de la|de l'|du|des|de|d')\s*(?:(?:societe|groupe|cooperative|start-up|"
                       r"entreprise|pme|cluster|pole|equipementier|industriel)\s+(?:[a-z-]+\s+)?)?$")
def _carrier_opening(ctx: Context, view: SentenceView) -> Referent | None:
    """The organisation an opening phrase says carries the sentence's project ("Porté par notre
    adhérent X, le projet …")."""
    first = next((r for r in view.referents if r.named), None)
    if first is None or not _party(ctx, first) or not _CARRIER_OPENING.match(view.between(view.sentence.start, first.start)):
        return None
    return first if re.search(r",\s*(?:le|ce)\s+projet\b", view.between(first.end, view.sentence.end)) else None


_CARRIER_OPENING = re.compile(r"^\s*(?:porte|pilote|conduit|mene|coordonne)e?s?\s+par\s*(?:le|la|l'|les|notre|son|sa|leur)?\s*"
                              r"(?:(?:adherent|adherente|membre|societe|start-up|startup|entreprise|pme|laboratoire)\s+)?$")
_CARRIED_BY = re.compile(r"^\s*(?:au|a la|a l')\s*(?:projet|programme|plan|chantier|dispositif)\s*"
                         r"(?:(?:de|d'|du|des|en)\s*[a-z-]+\s+){0,3},?\s*"
                         r"(?:porte|pilote|conduit|mene|gere|coordonne)e?s?\s+par\s*(?:le|la|l'|les)?\s*"
                         r"(?:(?:societe|start-up|startup|entreprise|pme|cluster|pole|groupe|association)\s*)?$"
                         # "au programme de modernisation du Technopôle X": whose programme it is
                         r"|^\s*(?:au|a la|a l')\s*(?:projet|programme|plan|chantier)\s+(?:de|d')\s*[a-z-]+\s+"
                         r"(?:de la|de l'|du|des|de|d')\s*$"
                         # "finance à hauteur de 4 M€ le projet Medwater, coordonné par le pôle X": who carries it
                         r"|^\s*(?:le|la|l')\s*(?:projet|programme|plan|chantier|dispositif)\s+(?:[\w#-]+,?\s+){0,3}?"
                         r"(?:porte|pilote|conduit|mene|gere|coordonne)e?s?\s+par\s*(?:le|la|l'|les)?\s*"
                         r"(?:(?:pole|cluster|reseau|technopole|consortium|groupement)\s*)?$")


# "… a été accordée au Pôle X", "… sera versée à la société Y": the one who receives, then "par" the giver
_GRANTED_TO = re.compile(r"^\s*,?\s*(?:a|ont|sera|seront|est|sont|va|vont|vient|viennent)\s+(?:ete|etre|d.etre)\s+"
                         r"(?:\w+ment\s+)?(?:accorde|octroye|alloue|attribue|verse|consenti|debloque|apporte)e?s?\s+"
                         r"(?:a la|a l'|au|aux|a)\s*(?:(?:cluster|pole|technopole|technopark|societe|start-up|startup|"
                         r"entreprise|association|reseau|fondation|incubateur|jeune pousse|cooperative)\s*)?$")
_BRACKETED = re.compile(r"^\s*(?:\([^()]*\)|\))")  # the giver's "(BERD)" before "à l'huilerie X"
_GIVEN_BY = re.compile(r"^\s*,?\s*par\s*(?:la|le|l'|les)?\s*(?:(?:fonds|banque|groupe)\s*)?$")


_SEEN_GIVEN = (r"(?:s.est|se sont|s.etait|s.etaient|se voit|se voient|se verra|se verront)\s+vu\w*\s+"
               r"(?:attribuer|accorder|octroyer|allouer|decerner|verser|confier|remettre|offrir)\b")


_OBTAINED_FROM = re.compile(r"(?:\b(?:obtenu|recu|decroche|obtient|recoit|beneficie)\s+(?:\w+\s+){0,2}?"
                            r"(?:de la|de l'|du|des|d'|de(?=\s*$)|aupres de la|aupres de l'|aupres du|aupres des|aupres d')|"
                            # "X s'est vu octroyer par Bpifrance un prêt de …": X receives from who comes after "par"
                            + _SEEN_GIVEN + r"\s+(?:\w+\s+){0,2}?par\s*(?:la|le|l'|les)?)\s*"
                            r"(?:(?:fonds|banque|groupe|agence)\s*)?$")


def _funder_before(ctx: Context, view: SentenceView, subject: Referent, amount: Amount) -> list[Referent]:
    for referent in (r for r in view.referents if subject.end <= r.start and r.end <= amount.start_char and _party(ctx, r)):
        if _OBTAINED_FROM.search(view.between(subject.end, referent.start)) \
                and not re.search(r"[,;]", view.between(referent.end, amount.start_char)):
            return [referent]
    return []


def _passive_grant(ctx: Context, view: SentenceView, amount: Amount) -> list[Participant]:
    """A sum that is the subject of a passive grant: recipient after "à", giver after "par"."""
    lex = ctx.reader.lexicon
    to = lex.cue("funding", "to_recipient")
    for referent in (r for r in view.referents if r.start >= amount.end_char and _party(ctx, r)):
        gap = view.between(amount.end_char, referent.start)
        # "Un million et demi d'euros : c'est l'enveloppe apportée à la PME X par la Région Y"
        told = _IT_IS_THE_SUM.match(gap)
        if not _GRANTED_TO.match(gap) and not (told and re.match(r"^\s*" + to.pattern, gap[told.end():])):
            continue
        return _as(referent, Role.RECIPIENT) + [
            p for r in _linked_after(view, referent.end, _GIVEN_BY, lex.cue("funding", "funder_list"), lambda r: _party(ctx, r))
            for p in _as(r, Role.FUNDER)]
    return []


_IT_IS_THE_SUM = re.compile(r"^\s*[:,]?\s*c.est\s+(?:la somme|le montant|l.enveloppe|la dotation|le financement|la subvention|"
                            r"le pret|l.aide)\s+(?:(?:qui a ete|qui sera)\s+)?(?:accorde|octroye|alloue|attribue|verse|consenti|"
                            r"debloque|apporte)e?s?")


_RAISED_BY = re.compile(r"^\s*[:,]?\s*c.est\s+(?:ce|la somme|le montant)\s+qu.\s*(?:vient d.|viennent d.|a|ont)?\s*"
                        r"(?:lever|leve|obtenu|obtenir|recu|boucle|decroche|recolte)\s*"
                        # "c'est ce qu'a levé la start-up rennaise X": the subject after the verb
                        r"(?:(?:la|le|l')\s*(?:start-up|startup|jeune pousse|societe|entreprise|fintech|medtech|biotech|"
                        r"agritech|pme|cluster|pole|cooperative)\s+(?:[a-z-]+\s+)?)?$"
                        # "c'est le montant de la levée de fonds finalisée lundi par X"
                        r"|^\s*[:,]?\s*c.est\s+(?:le montant|la somme|le total)\s+(?:de la|du|de l')\s*(?:levee de fonds|levee|"
                        r"tour de table|augmentation de capital|financement|emprunt)\s+(?:[a-z-]+\s+){0,2}?"
                        r"(?:finalise|boucle|realise|conclu|obtenu|leve|mene)e?s?\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|"
                        r"samedi|dimanche|hier)\s+)?par\s*(?:(?:la|le|l')\s*)?(?:(?:start-up|startup|jeune pousse|societe|"
                        r"entreprise|fintech|medtech|biotech|agritech|pme)\s+(?:[a-z-]+\s+)?)?$"
                        r"|^\s*[:,]?\s*(?:(?:c.est\s+)?(?:le montant|la somme|l.enveloppe|le total)\s+(?:\w+\s+)?)?"
                        r"(?:(?:a|ont)\s+ete\s+(?:leve|obtenu|recu|decroche|boucle|recolte|collecte)|"
                        r"(?:leve|obtenu|recu|decroche|boucle|recolte|mobilise|collecte))e?s?\s+par\s*(?:(?:la|le|l'|les)\s*)?"
                        r"(?:(?:start-up|startup|jeune pousse|societe|entreprise|fintech|medtech|agritech|pme|cluster|pole|brasserie|"
                        r"cooperative)\s+"
                        r"(?:[a-z-]+\s+)?)?$")


_HEADLINE_ROUND = re.compile(r"^\s*(?:(?:nouveau|nouvelle|premier|premiere|deuxieme|second|seconde)\s+)?"
                             r"(?:tour de table|levee de fonds|levee|financement|subvention|enveloppe|pret|dotation|"
                             r"augmentation de capital)\s+(?:de|d')\s*$")
_FOR_NAME = re.compile(r"^\s*pour\s*(?:(?:le|la|l')\s*(?:[a-z-]+\s+)?)?$")


def _headline_round(ctx: Context, view: SentenceView, amount: Amount) -> list[Participant]:
    """"Tour de table de cinq millions d'euros pour Cobaltis.": a verbless title-like sentence
    names who receives (a name in that slot is no place, whatever NER typed it)."""
    if not _HEADLINE_ROUND.match(view.between(view.sentence.start, amount.start_char)):
        return []
    named = next((r for r in view.referents if r.start >= amount.end_char), None)
    if named is None or not named.named or not _FOR_NAME.match(view.between(amount.end_char, named.start)):
        return []
    given = fold_keep_offsets(named.targets[0].surface).lower().split()[:1]
    if named.label == "PER" and (not given or given[0] in ctx.reader.lexicon.first_names):
        return []   # "… pour Karim Alaoui" is a person
    return _as(named, Role.RECIPIENT)


def _round_led_by(ctx: Context, view: SentenceView, amount: Amount) -> list[Participant]:
    """"Le tour de table de 10 M€ de la medtech X a été mené par Y": the round's owner after the
    amount, its investors after the passive verb."""
    if not _THE_ROUND.match(view.between(view.sentence.start, amount.start_char)):
        return []
    owner = next((r for r in view.referents if r.start >= amount.end_char), None)
    if owner is None or not _party(ctx, owner) or not _ROUND_OF.match(view.between(amount.end_char, owner.start)):
        return []
    investors = _linked_after(view, owner.end, _LED_BY, ctx.reader.lexicon.cue("funding", "funder_list"),
                              lambda r: _party(ctx, r))
    return _as(owner, Role.RECIPIENT) + [p for r in investors for p in _as(r, Role.FUNDER)] if investors else []


_THE_ROUND = re.compile(r"^\s*(?:(?:boucle|finalise|realise|conclu|annonce|leve)e?s?\s+[^,#]{0,30},\s*)?"  # "Bouclée en juillet, la levée …"
                        r"(?:le|la|l')\s*(?:(?:nouveau|nouvelle|premier|premiere|deuxieme|second|seconde)\s+)?"
                        r"(?:tour de table|levee de fonds|levee|augmentation de capital)\s+(?:de|d')\s*$")
_LED_BY = re.compile(r"^\s*,?\s*(?:(?:a|ont|est|sont)\s+(?:ete\s+)?)?(?:\w+ment\s+)?(?:mene|pilote|conduit|emmene|souscrit|"
                     r"apporte|finance|accompagne)e?s?\s+par\s*(?:(?:la|le|l'|les)\s*)?(?:(?:fonds|banque|groupe)\s*)?$"
                     # "Le tour de table de 8 M€ de la medtech X réunit Bpifrance, Y et des business angels"
                     r"|^\s*(?:reunit|rassemble|associe|reunissait|rassemblait)\s+(?:(?:la|le|l'|les)\s*)?(?:(?:fonds|banque|groupe)\s*)?$")


# "Les 3 M€ levés par X proviennent de Y et de Z": who the money came from
_COMES_FROM = re.compile(r"^\s*,?\s*(?:provien\w*|vien\w*|(?:ont ete|sont)\s+apporte\w*)\s+(?:de la|de l'|du|des|de|d'|par)\s*"
                         r"(?:(?:la|le|l'|les)\s*)?(?:(?:fonds|banque|groupe)\s*)?$")


def _amount_raised_by(ctx: Context, view: SentenceView, amount: Amount) -> list[Participant]:
    """"2 milliards de FCFA : c'est le montant levé par la start-up X auprès de Y et de Z", and
    "Six millions d'euros : c'est la somme que X, …, vient de lever auprès de Y"."""
    lex = ctx.reader.lexicon
    for referent in (r for r in view.referents if r.start >= amount.end_char and _party(ctx, r)):
        gap = view.between(amount.end_char, referent.start)
        after = referent.end
        if not _RAISED_BY.match(gap):
            raised = _THEN_RAISED.match(view.between(referent.end, view.sentence.end)) \
                if _RAISED_BEFORE_NAME.match(gap) else None
            if raised is None:
                return []
            after = referent.end + raised.end()
        funders = _linked_after(view, after, lex.cue("funding", "funder_link"), lex.cue("funding", "funder_list"),
                                lambda r: r.named or _party(ctx, r)) \
            or _linked_after(view, after, _COMES_FROM, lex.cue("funding", "funder_list"), lambda r: r.named or _party(ctx, r))
        return _as(referent, Role.RECIPIENT) + [p for r in funders for p in _as(r, Role.FUNDER)]
    return []


_RAISED_BEFORE_NAME = re.compile(r"^\s*[:,]?\s*c.est\s+(?:ce|la somme|le montant)\s+qu.\s*"
                                 r"(?:(?:la|le|l')\s*(?:[a-z-]+\s+){1,2})?$")
_THEN_RAISED = re.compile(r"^\s*(?:,[^,.;#]{0,80},\s*)?(?:vient d.|viennent d.|a|ont)\s*"
                          r"(?:lever|leve|obtenu|obtenir|recu|boucle|decroche|recolte)\b")


# "Avec une subvention de 400 000 euros, Bpifrance soutient le développement de X"
_LEADING_GRANT = re.compile(r"^\s*(?:avec|grace a)\s+(?:un|une)\s+(?:subvention|pret|enveloppe|aide|financement|dotation|"
                            r"apport|participation|investissement|avance remboursable|ligne de credit|ticket)\s+(?:de|d')\s*$")
_GRANT_GIVER = re.compile(r"^\s*,\s*(?:(?:la|le|l')\s*(?:(?:fonds|banque|groupe|region|agence)\s*(?:[a-z-]+\s+)?)?)?$")
_SUPPORTS = re.compile(r"^\s*(?:soutien\w*|financ\w*|accompagn\w*|appui\w*|aide\w*|subventionn\w*)\s+"
                       r"(?:(?:le developpement|le projet|l.extension|la croissance|l.implantation|le lancement|"
                       r"l.installation)\s+(?:de la|de l'|du|des|de|d')|(?:la|le|l'|les))\s*"
                       r"(?:(?:start-up|startup|jeune pousse|societe|entreprise|pme|cluster|pole|association)\s*)?$"
                       # "…, le fonds X devient actionnaire minoritaire de la société Y"
                       r"|^\s*(?:devient|entre|est entre|prend)\s+(?:\w+\s+){0,2}?(?:actionnaire|au capital)\s+(?:\w+\s+)?"
                       r"(?:de la|de l'|du|des|de|d')\s*(?:(?:start-up|startup|jeune pousse|societe|entreprise|pme)\s*)?$")


def _leading_grant(ctx: Context, view: SentenceView, amount: Amount) -> list[Participant]:
    """A sentence that opens on the sum ("Avec une subvention de X, Y soutient Z"): the subject
    after the comma gives, the object of its support verb receives."""
    if not _LEADING_GRANT.match(view.between(view.sentence.start, amount.start_char)):
        return []
    after = [r for r in view.referents if r.start >= amount.end_char]
    if not after or not _party(ctx, after[0]) or not _GRANT_GIVER.match(view.between(amount.end_char, after[0].start)):
        return []
    giver = after[0]
    found = _as(giver, Role.FUNDER)
    receiver = next((r for r in after[1:] if _SUPPORTS.match(view.between(giver.end, r.start))), None)
    if receiver is not None and _party(ctx, receiver):
        found += _as(receiver, Role.RECIPIENT)
    return found


def round_funders(ctx: Context, view: SentenceView) -> list[Referent]:
    """"Le tour de table a été mené par X, avec la participation de Y": who invested in the
    round the previous sentence told (the sentence names no sum of its own)."""
    if view.amounts:
        return []
    leads = _LEADS_ROUND.search(view.masked)  # "Launch Africa mène l'opération", "X et Y ont piloté le tour"
    if leads is not None:
        subject = _subject_before(ctx, view, view.sentence.start + leads.start())
        if subject is not None and subject.start == min((r.start for r in view.referents), default=-1):
            return [subject, *_coordinated(ctx, view, subject, view.sentence.start + leads.start())]
    lead = _ROUND_LED_BY.match(view.masked) or _JOINS_CAPITAL.search(view.masked) or _FUNDS_COME_FROM.match(view.masked) \
        or _AMONG_INVESTORS.match(view.masked)
    if lead is None:
        return []
    return _linked_after(view, view.sentence.start + lead.end(), re.compile(r"^\s*$"), _ROUND_CHAIN,
                         lambda r: _party(ctx, r))


_LEADS_ROUND = re.compile(r"\b(?:mene|menent|a mene|ont mene|pilote|pilotent|a pilote|ont pilote|conduit|conduisent|"
                          r"a conduit|ont conduit|emmene|emmenent|a emmene|ont emmene)\s+(?:l.operation|le tour(?: de table)?|"
                          r"ce tour(?: de table)?|la levee(?: de fonds)?|cette levee|ce financement|le financement)\b")
_ROUND_LED_BY = re.compile(
    r"^\s*(?:(?:le|ce|ce premier|ce nouveau|la|cette|l')\s*)?(?:tour(?: de table)?|operation|levee(?: de fonds)?|"
    r"financement|augmentation de capital)\s+(?:a ete|est|etait|avait ete)\s+(?:\w+ment\s+)?"
    r"(?:mene|menee|conduit|conduite|pilote|pilotee|emmene|emmenee|souscrit|souscrite|finance|financee|realise|"
    r"realisee|apporte|apportee)\s+par\s*(?:(?:la|le|l'|les)\s*)?(?:(?:fonds|banque|groupe)\s*)?")
# "La jeune pousse, qui …, accueille à son capital le fonds X": X invested in the round just told
_JOINS_CAPITAL = re.compile(r"\b(?:accueill\w*|fait entrer|font entrer|a fait entrer|ouvre|a ouvert)\s+(?:a|dans)\s+son\s+capital\s*"
                            r"(?:(?:la|le|l'|les)\s*)?(?:(?:fonds|banque|groupe|investisseur)\s*)?(?=#)")
# "Les fonds proviennent de X et de plusieurs business angels": who invested in the round told before
_FUNDS_COME_FROM = re.compile(r"^\s*(?:les fonds|l.argent|les capitaux|ce montant|cette somme|ces fonds)\s+"
                              r"(?:proviennent|viennent|ont ete apportes|sont apportes)\s+(?:par\s*)?(?:de la|de l'|du|des|de|d'|la|le|l')?\s*(?=#)")
# "Parmi les investisseurs figurent Bpifrance et le fonds X": who invested in the round just told
_AMONG_INVESTORS = re.compile(r"^\s*parmi (?:les|ces|ses) (?:investisseurs|souscripteurs|financeurs|actionnaires)"
                              r"(?:\s+[a-z-]+)?\s*(?:,\s*)?(?:figurent|on trouve|on retrouve|:)\s*"
                              r"(?:(?:la|le|l'|les)\s*)?(?:(?:fonds|banque|groupe|investisseur)\s*)?(?=#)")
_ROUND_CHAIN = re.compile(r"^\s*(?:,|et|ainsi que)?\s*(?:(?:avec la participation|aux cotes|en compagnie|rejoint)"
                          r"\s*)?(?:(?:de la|de l'|du|des|de|d'|par la|par le|par l'|par|la|le|l'|les)\s*)?"
                          # "aux côtés de plusieurs membres du réseau Y": the network's members invest
                          r"(?:(?:plusieurs|quelques|deux|trois|ses|des|de)\s+(?:de ses\s+)?(?:membres|investisseurs|adherents|"
                          r"business angels)\s+(?:de la|de l'|du|des|de|d')\s*)?"
                          r"(?:(?:fonds|banque|groupe|investisseur|reseau)\s*)?$")


def _participle_funder(ctx: Context, view: SentenceView, amount: Amount) -> Referent | None:
    """"Soutenue par Bpifrance à hauteur de 800 000 euros, la jeune pousse …": the opening phrase's agent."""
    for referent in (r for r in view.referents if r.end <= amount.start_char):
        opening = view.between(view.sentence.start, referent.start)
        if _BACKED_BY.match(opening) or (_LED_BY_FUND.match(opening) and _lender(view, referent)):
            return referent
    return None


# "Portée par le fonds Y, la série A de 6 M€ de X": a round carried by a fund or a bank (a project
# "porté par" an association is its carrier, not its funder)
_LED_BY_FUND = re.compile(r"^\s*(?:porte|mene|conduit|pilote)e?s?\s+par\s*(?:la|le|l'|les)?\s*"
                          r"(?:(?:fonds|banque|caisse)\s+(?:[a-z-]+\s+){0,2}?)?$")


_ROUND_CLOSED_BY = re.compile(r"\b(?:levee de fonds|levee|tour de table|augmentation de capital|serie [a-d])\s+(?:[a-z]+\s+){0,2}?"
                              r"(?:realise|boucle|finalise|conclu|mene)e?s?\s+(?:(?:le|ce)\s+\d{1,2}(?:er)?\s+[a-z]+\s+|"
                              r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+|en\s+[a-z]+\s+)?par\s+"
                              r"(?:(?:la|le|l'|son|sa|leur)\s*)?(?:[a-z-]+\s+)?$")


def _round_closer(ctx: Context, view: SentenceView, amount: Amount) -> Referent | None:
    """Who closed the round whose amount follows a colon: "la levée de fonds réalisée le 30 juin par
    son adhérent X : 3,5 M€ apportés par Y" (the sentence's subject only congratulates)."""
    before = [r for r in view.referents if r.end <= amount.start_char]
    if not before or not re.fullmatch(r"\s*:\s*", view.between(before[-1].end, amount.start_char)):
        return None
    closer = before[-1]
    head = view.between(max(view.sentence.start, closer.start - 100), closer.start)
    return closer if _party(ctx, closer) and _ROUND_CLOSED_BY.search(head) else None


def _round_owner(ctx: Context, view: SentenceView, amount: Amount) -> Referent | None:
    """"la série A de 6 M€ de X", "une levée de fonds de 3 MDH de la start-up X": whose round it is."""
    if not _ROUND_BEFORE.search(view.between(view.sentence.start, amount.start_char)[-40:]):
        return None
    owner = next((r for r in view.referents if r.start >= amount.end_char), None)
    if owner is None or not _party(ctx, owner) or not _ROUND_OF.match(view.between(amount.end_char, owner.start)):
        return None
    return owner


_ROUND_BEFORE = re.compile(r"\b(?:tour de table|tour d.amorcage|tour de financement|levee de fonds|levee|serie [a-d]|"
                           r"augmentation de capital)\s+(?:de|d')\s*$")


_BACKED_BY = re.compile(r"^\s*(?:soutenu|finance|cofinance|accompagne|appuye|aide)e?s?\s+par\s*(?:la|le|l'|les)?\s*$")


def _relative_funder(ctx: Context, view: SentenceView, amount: Amount) -> Referent | None:
    """The organisation a relative clause makes the giver: "X, qui l'accompagnera avec 4 MDH"."""
    for referent in reversed([r for r in view.referents if r.end <= amount.start_char and _party(ctx, r)]):
        if _RELATIVE_GIVING.match(view.between(referent.end, amount.start_char)):
            return referent
    return None


_FINANCES_OBJECT = re.compile(r"\b(?:finance|financent|financera|financeront|cofinance|cofinancent|subventionne|subventionnent|soutient|soutiennent|soutiendra|soutiendront|"
                              r"accompagne|accompagnent|accompagnera)\s+"
                              r"(?:(?:le|la|l'|les)\s*(?:[a-z-]+\s+){0,2})?$")  # "soutient la medtech nantaise X", "accompagne X avec"


def _recipients(ctx: Context, view: SentenceView, subject: Referent, amount: Amount) -> list[Participant]:
    """Who a giving subject gives to: "lui alloue" (the one spoken of), "accorde au cluster un
    crédit de", "une subvention de 3 MDH au pôle"."""
    lex = ctx.reader.lexicon
    to = lex.cue("funding", "to_recipient")
    between = view.between(subject.end, amount.start_char)
    # (past the subject's co-funders: "la Région X et Bpifrance lui ont apporté 1,1 M€")
    between = _CO_FUNDERS_FIRST.sub("", between, count=1)
    # "La Région a retenu le projet d'X et lui a accordé …": the one named just before "et lui"
    named = [r for r in view.referents if subject.end <= r.start and r.end <= amount.start_char and r.named
             and _party(ctx, r) and not set(r.targets) & set(subject.targets)
             and re.search(r"(?:\bde la|\bde l'|\bdu|\bde|\bd')\s*(?:[a-z-]+\s+)?$", view.between(subject.end, r.start))
             and re.match(r"^\s*et\s+(?:lui|leur)\s", view.between(r.end, amount.start_char))]
    if named:
        return _as(named[-1], Role.RECIPIENT)
    us = next((r for r in view.referents if not r.named and subject.end <= r.start and r.end <= amount.start_char
               and view.between(r.start, r.end) == "nous" and not view.between(subject.end, r.start).strip()), None)
    if us is not None and lex.cue("funding", "giving").search(view.between(us.end, amount.start_char)):
        return _as(us, Role.RECIPIENT)  # an interview's answer: "La Région nous a alloué 15 millions de dirhams"
    if lex.cue("funding", "to_pronoun").search(between):
        previous = ctx.reader.previous_subject
        if previous is not None and _party(ctx, previous) and not set(previous.targets) & set(subject.targets):
            return _as(previous, Role.RECIPIENT)
        focus = ctx.reader.focus
        return [Participant(focus, Role.RECIPIENT)] if focus is not None and focus not in subject.targets else []
    giving = lex.cue("funding", "giving")
    for referent in view.referents:
        if referent.start < subject.end or referent is subject or not _party(ctx, referent):
            continue
        if referent.end <= amount.start_char:
            if _INTO_CAPITAL.search(view.between(subject.end, referent.start)):
                return _as(referent, Role.RECIPIENT)
            verbs = list(giving.finditer(view.between(subject.end, referent.start)))
            gap = view.between(subject.end, referent.start)[verbs[-1].end():] if verbs else None
        elif referent.start >= amount.end_char:
            gap = _KIND_OF_SUM.sub("", view.between(amount.end_char, referent.start), count=1)
        else:
            continue
        if referent.end <= amount.start_char and _FINANCES_OBJECT.search(
                view.between(subject.end, referent.start)):
            return _as(referent, Role.RECIPIENT)  # "La Région finance le pôle X à hauteur de 850 k€"
        if referent.start >= amount.end_char and gap is not None and _ROUND_OF.match(gap) \
                and re.search(r"\btour de table\b|\b(?:usine|site|unite|projet|extension|centre)\s+(?:de|d')\s*$",
                              view.between(subject.end, amount.start_char)):
            return _as(referent, Role.RECIPIENT)  # "a mené le tour de table de 4 M€ de la PME Y", "financent l'usine de 20 M€ de X"
        if gap is not None and (re.match(r"^[\s,]*" + to.pattern, gap) or _CARRIED_BY.match(gap) or _PROJECT_OF.match(gap)
                                or (referent.start >= amount.end_char and (_FOR_WHOM.match(gap) or _WITH_BORROWER.match(gap)
                                                                           or _INTO_CAPITAL_AFTER.match(gap)))):
            return _as(referent, Role.RECIPIENT)
    if _SUBSCRIBED.search(between) and not re.match(r"^\s*(?:de la|de l'|du|des|de|d')\s*#",
                                                    view.between(amount.end_char, view.sentence.end)):
        # "X accueille à son capital le fonds Y. Ce dernier a souscrit à une augmentation de capital de …"
        previous = ctx.reader.previous_subject
        if previous is not None and _party(ctx, previous) and not set(previous.targets) & set(subject.targets):
            return _as(previous, Role.RECIPIENT)
    if _INTO_ITS_CAPITAL.match(view.between(amount.end_char, view.sentence.end)) or _ENTERED_ITS_CAPITAL.search(between):
        # (or before the sum: "Le fonds Y est entré lundi à son capital à hauteur de 80 millions de dinars")
        # "X, … : le fonds Y a pris une participation de 1,5 MDT dans son capital": the one spoken of before
        owner = next((r for r in view.referents if r.end <= subject.start and _party(ctx, r)
                      and not set(r.targets) & set(subject.targets)), None)
        previous = ctx.reader.previous_subject
        if owner is None and previous is not None and _party(ctx, previous) and not set(previous.targets) & set(subject.targets):
            owner = previous
        return _as(owner, Role.RECIPIENT) if owner is not None else []
    return []


# "ont accordé 1,8 million d'euros de prêts à X": what the sum is made of, before "à" whom
_KIND_OF_SUM = re.compile(r"^\s*(?:de|d')\s*(?:prets?|subventions?|credits?|aides?|dons?|avances? remboursables?|"
                          r"financements?|quasi-fonds propres|fonds propres)(?:\s+(?:d.honneur|bancaires?|publi(?:c|que)s?))?(?=\s+a)")

# "la Région X et Bpifrance lui ont apporté …": the co-funders before the pronoun
_CO_FUNDERS_FIRST = re.compile(r"^(?:\s*(?:,|et|,\s*et)\s*(?:(?:la|le|l'|les)\s*)?#+)+(?=\s+(?:lui|leur|l'|la|le|les|nous)\s)")


# "soutient à hauteur de 800 000 euros le projet de la PME X": whose project
_PROJECT_OF = re.compile(r"^[\s,]*(?:le|la|l')\s*(?:projet|programme|usine|site|extension|plan|investissement|construction|"
                         r"amenagement|renovation|modernisation|agrandissement)\s+"
                         r"(?:(?:industriel|d.extension|de developpement)\s+)?(?:de la|de l'|du|des|de|d')\s*"
                         r"(?:(?:societe|pme|start-up|startup|jeune pousse|entreprise|groupe|cooperative|eti)\s*(?:[a-z-]+\s+)?)?$")
_SUBSCRIBED = re.compile(r"\bsouscri\w*\s+a\s+(?:l.|une\s+|cette\s+|la\s+)?(?:nouvelle\s+)?(?:augmentation de capital|levee|tour de table)")
_ENTERED_ITS_CAPITAL = re.compile(r"\bentre\w*\s+(?:[a-z]+\s+){0,2}?(?:a|dans)\s+(?:son|leur)\s+capital\b")
_INTO_ITS_CAPITAL = re.compile(r"^\s*(?:dans|a)\s+(?:son|leur)\s+(?:capital|tour de table)\b")


# Label ---------------------------------------------------------------------------------------

_HOSTED_APPOSITION = re.compile(r",\s*(?:incube|heberge|installe|implante|base|situe|domicilie|accompagne)e?s?\s+"
                                r"(?:au sein d(?:u|e la|e l')|au|a la|a l'|aux|dans le|dans la|dans l'|sur le|sur la|par le|par la|par l')\s*$")
_LOSES_LABEL = re.compile(r"\b(?:perd\w*|perdu|retire\w*|retrait|(?:se voit|s.est vu|se sont vu)\w*\s+retirer)\s+(?:\w+\s+)?(?:son|sa|leur|le|la|du)\s+$")
_CANDIDATE_FOR = re.compile(r"\b(?:candidat\w*|postul\w*|brigu\w*|concour\w*)\s+(?:a|au|aux|pour)\s+(?:la\s+|le\s+|l.)?$"
                            # "a déposé une demande de label", "vise la certification EN 9100 d'ici 2038": not given yet
                            r"|\b(?:demande|dossier|candidature)\s+(?:de\s+|d.)$"
                            r"|\b(?:vise|visent|visera|ambitionne\w*)\s+(?:desormais\s+|maintenant\s+|aussi\s+|egalement\s+)?"
                            r"(?:(?:a\s+)?obtenir\s+)?(?:la\s+|le\s+|l.|une?\s+)?$"
                            # "étudie l'idée d'un label de qualité", "la prochaine session de labellisation": none given
                            r"|\b(?:idee|projet|possibilite|creation)\s+d.un\s+$|\b(?:session|campagne|vague)\s+(?:de\s+|d.)$"
                            # "envisage de lui attribuer son label l'an prochain": an intention, no label given
                            r"|\b(?:envisag\w*|pourrai\w*|devrai\w*|compte|comptent|souhait\w*|prevoi\w*)\s+(?:de\s+|d.)?"
                            r"(?:(?:lui|leur|la|le|les|l.)\s*)?(?:attribuer|decerner|remettre|octroyer|accorder|delivrer)\s+(?:\w+\s+){0,2}$")
# a label held as a standing state: "Nous sommes labellisés Startup Act depuis 2022"
_HELD_SINCE = re.compile(r"\b(?:sommes|est|sont|etes)\s+(?:\w+\s+)?(?:labellise|certifie)\w*\b[^.;]{0,60}\bdepuis\s+(?:[a-z]+\s+)?(?:19|20)\d\d\b")


_LABELLING_BODY = re.compile(r"\b(?:comite|commission|college|jury|conseil|organisme|cellule)\s+(?:national\s+|nationale\s+)?(?:de|d')\s*$")


def label(ctx: Context, view: SentenceView, following: Callable[[], SentenceView | None] | None = None) -> list[EventMention]:
    """One label event per holder: the holders the phrasings below find, and the organisations listed
    with them (`_listed_holders`), or those the next sentence names (`_named_next`)."""
    events = [e for e in _listed_holders(ctx, view, _label(ctx, view)) if not _labelled_by_agent(view, e)]
    named = _named_next(ctx, view, following) if following is not None else []
    if not named:
        return events
    date = events[0].date if events else None
    when = (date, events[0].date_stated) if events else ctx.date_for(view, future=False)
    detail = events[0].detail if events else None
    return [_event(view, EventType.LABEL, _as(r, Role.LABELLED), when, detail=detail) for r in named]


# a project and who carries it: "le projet de cobotique de soudage porté par", "deux projets portés par la start-up"
# (not a pôle's or a cluster's project: "le projet Hydromed, porté par le pôle Capenergies", labelled by another, is the project's)
_CLUSTER_HEAD = re.compile(r"(?:pole|cluster|technopole)\b")
_PROJECT_CARRIED_BY = re.compile(r"\bprojets?\b[^.;#]{0,80}?\bporte(?:e|s|es)?\s+par\s*(?:(?:la|le|l'|les)\s*)?"
                                 r"(?![^#]*\b(?:pole|cluster|technopole)\s*$)(?:[a-z-]+\s+){0,2}?$")
_COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}
# a counted group of structures: "deux jeunes pousses", "trois de ses adhérents", "deux structures d'accompagnement"
_COUNT_WORD = "|".join(_COUNT_WORDS)
_COUNTED_KINDS = (r"(?:de\s+(?:ses|leurs|nos)\s+)?(?:[a-z-]+\s+){0,2}?(?:entreprises|start-up|startups|structures|societes|pme|"
                  r"jeunes pousses|membres|adherents|adherentes|clusters|poles|incubateurs|cooperatives|laboratoires|projets|"
                  r"residents|residentes|pepites|"
                  r"tiers-lieux|associations|laureats|locataires)\b")
# "Trois jeunes entreprises sénégalaises ont reçu mardi le label « X ». Il s'agit de A, qui …, de B et de C":
# a counted group opens the sentence (or follows its colon), the next sentence names its members
_COUNTED_OPENS = re.compile(rf":?\s*(?P<count>{_COUNT_WORD})\s+{_COUNTED_KINDS}")
_NAMED_NEXT = re.compile(r"\s*(?:il s'agit|ce sont)\s+")


def _named_next(ctx: Context, view: SentenceView, following: Callable[[], SentenceView | None]) -> list[Referent]:
    """The members of a counted group a label went to, named by the next sentence ("Il s'agit de A, …")."""
    cue = ctx.reader.lexicon.cue("label", "cues").search(view.masked)
    if cue is None:
        return []
    lead_end = _lead_end(ctx.reader.lexicon, view)
    group = _COUNTED_OPENS.match(view.masked, lead_end) or next(
        (m for m in _COUNTED_OPENS.finditer(view.masked, lead_end, cue.start()) if view.masked[m.start()] == ":"), None)
    if group is None or group.end() > cue.start():
        return []
    next_view = following()
    opening = _NAMED_NEXT.match(next_view.masked) if next_view is not None else None
    if next_view is None or opening is None:
        return []
    return _counted_list(ctx, next_view, next_view.sentence.start + opening.end(), group.group("count"))


# "nous avons été labellisés « Entreprise innovante » par Bpifrance": after a passive participle, "par" names the giver
_PASSIVE_LABEL_BY = re.compile(r"\b(?:ete|etre|sont|est|soient|soit)\s+(?:\w+\s+)?(?:re)?(?:labellis|certifi)\w*\s+"
                               r"(?:«[^»]{1,80}»\s*)?[^#.;«»]{0,40}?\bpar\s*(?:(?:la|le|l'|les)\s*)?$")


def _labelled_by_agent(view: SentenceView, event: EventMention) -> bool:
    """A holder that is the agent of the passive that gives the label: the giver, not the one labelled."""
    return any(p.role is Role.LABELLED and view.sentence.start <= p.mention.start_char < view.sentence.end
               and _PASSIVE_LABEL_BY.search(view.between(view.sentence.start, p.mention.start_char))
               for p in event.participants)


# between two holders of one list: "A et B", "A, B", "A et la PME B", "à A et à B", or the first one
# described before ", et": "la start-up A, qui conçoit …, et la PME B"
_HOLDERS_GAP = re.compile(r"\s*(?:,\s*et|et|ainsi que)\s*(?:(?:de la|de l'|du|des|de|d'|a la|a l'|au|aux|a|la|le|l'|les)\s*)?"
                          r"(?:[a-z-]+\s+){0,2}|\s*,\s*(?:(?:a la|a l'|au|aux|a)\s*)?"
                          r"|\s*,\s*(?:qui|specialiste|fabricant|editeur|concepteur|producteur|dernier|derniere)\b"
                          r"[^;:«»#()]{3,140}?,\s*et\s+(?:(?:de la|de l'|du|des|de|d'|a la|a l'|au|aux|a|la|le|l')\s*)?(?:[a-z-]+\s+){0,3}")


def _listed_holders(ctx: Context, view: SentenceView, events: list[EventMention]) -> list[EventMention]:
    """"la start-up A, qui conçoit …, et la PME B ont obtenu le label": B holds it too, whichever
    phrasing found A; each organisation listed right after a holder is one more holder."""
    if not events or any(e.type is not EventType.LABEL or len(e.participants) != 1 for e in events):
        return events
    held = {e.participants[0].mention.start_char for e in events}
    holders = [r for r in view.referents if any(t.start_char in held for t in r.targets)]
    if not holders:
        return events
    added: list[EventMention] = []
    last = holders[-1]
    for referent in (r for r in view.referents if r.start >= last.end):
        if not any(t.start_char in held for t in referent.targets):
            if not (referent.named and _party(ctx, referent) and _HOLDERS_GAP.fullmatch(view.between(last.end, referent.start))):
                break
            added.append(replace(events[-1], participants=tuple(_as(referent, Role.LABELLED))))
        last = referent
    return events + added


def _label(ctx: Context, view: SentenceView) -> list[EventMention]:
    lex = ctx.reader.lexicon
    cues = lex.cue("label", "cues")
    # (no cue anywhere, the case of most sentences: none after the rubric either, and nothing more to read)
    cue = first = cues.search(view.masked)
    if first is not None:
        # "RELABELLISATION - X et Y ont vu …": the rubric's word is no cue (nor the name of the body
        # that gives it: "Le comité de labellisation du Startup Act a attribué son label à …")
        cue = next((c for c in cues.finditer(view.masked, _lead_end(lex, view))
                    if not _LABELLING_BODY.search(view.masked, max(0, c.start() - 40), c.start())), None) or first
    pending, ctx.pending_label = ctx.pending_label, None
    if cue is None:
        if pending is not None and _WINNERS_HEAD.match(view.masked):  # "… la liste des clusters labellisés. Parmi les lauréats figurent A et B"
            return [_event(view, EventType.LABEL, _as(r, Role.LABELLED), pending[1], detail=pending[0])
                    for r in _label_list(ctx, view, view.sentence.start)]
        return []
    if _LABELS_LATER.match(cue.group()):
        return []  # "l'Institut X, qui certifiera nos recettes", "le centre pourra certifier 5 000 modules": a certifier
    if cue.group().startswith("labellise") and re.search(
            r"\b(?:heberge|compte|regroupe|accueille|reunit|federe|rassemble|revendiqu|affich|totalis|cumul|recens|accompagn)\w*\s+(?:\w+\s+){0,2}?\d+\s+(?:[\w-]+\s+){0,2}$",
            view.masked[:cue.start()]):
        return []  # "Le parc héberge 110 start-up labellisées": a count of members, no label given ("revendique 85 projets labellisés")
    if cue.group().startswith("certifi") and _CERTIFIED_FOR_A_LEVEL.match(view.masked, cue.end()):
        return []  # "L'infrastructure, certifiée pour une disponibilité de 99,98 %": a performance certified, no label named
    if _PEOPLE_CERTIFIED.match(view.masked, cue.end()):
        return []  # "une convention pour la certification des 600 stagiaires": people trained, not a label
    if re.fullmatch(r"(?:labellis|certifi)(?:e|ee|es|ees)", cue.group()) and _GOODS_BEFORE.search(view.masked[:cue.start()]):
        return []  # "… lui livrera 20.000 tonnes de fèves certifiées par an": certified goods, no label given
    if _PURPOSE_BEFORE.search(view.masked[:cue.start()]):
        return []  # "… un accord visant à proposer une offre certifiée": what an agreement aims at, no label given
    if _LABELLED_ONES.search(view.masked[:cue.end()]):
        return []  # "Les deux entreprises labellisées présenteront …": ones labelled before, taken up
    if _LOSES_LABEL.search(view.masked[:cue.start()]):
        return []  # "Le pôle Aquimer, en revanche, perd son label": a label lost, not given
    if _CANDIDATE_FOR.search(view.masked[:cue.start()]):
        return []  # "X a par ailleurs candidaté au label « Greentech »": a candidacy, not a label
    if _HELD_SINCE.search(view.masked):
        return []  # "Nous sommes labellisés Startup Act depuis 2022": held for years, not given now
    position = view.sentence.start + cue.start()
    counted = _counted_holders(ctx, view, view.sentence.start + cue.end())
    counted_before = [] if counted else _counted_subjects(ctx, view, position)
    subject = _subject_before(ctx, view, position, keep=_party)
    apposed = next((r for r in view.referents if r.end <= position and _party(ctx, r)
                    and _APPOSED_PARTICIPLE.fullmatch(view.between(r.end, position) + cue.group())), None)
    if apposed is not None:  # "… à l'huilerie X, labellisée « Bio Tunisie » en mai": X holds the label
        subject = apposed
    if subject is not None and _HOSTED_APPOSITION.search(view.between(max(view.sentence.start, subject.start - 50), subject.start)) \
            and re.match(r"\s*,", view.between(subject.end, subject.end + 3)):
        # "Les start-up A et B, incubées au Cyberparc X, ont été labellisées": A and B, not their host
        before = [r for r in view.referents if r.end <= subject.start and _party(ctx, r)]
        subject = before[-1] if before else subject
    if subject is not None and _UNVEILS_LIST.search(view.between(subject.end, position)):
        name = lex.cue("label", "name").match(view.masked[cue.end():])
        ctx.pending_label = (name.group("quoted") if name is not None else None, ctx.date_for(view, future=False))
        return []   # who announces a list of labelled structures is not one of them
    if subject is not None and (_BY_AGENT.search(view.between(view.sentence.start, subject.start))
                                or _JURY_OF.search(view.between(max(view.sentence.start, subject.start - 40), subject.start))):
        subject = None  # "Décerné par le ministère X, le label … revient à Y", "le comité de labellisation de X": the giver
    given_to: Referent | None = None
    if subject is not None and _GIVES_LABEL.search(view.between(subject.end, position + len(cue.group()))):
        # "Le ministère a décerné le label « X » au cluster Y": Y is labelled, not the giver
        given_to = next((r for r in view.referents if r.start > position and _party(ctx, r)
                         and _TO_HOLDER.search(view.between(position, r.start))), None)
        if given_to is not None and _COUNTED_GROUP.search(view.between(position, given_to.start)):
            # "… le label « Start-up » à deux jeunes entreprises incubées au Cyberparc X : A, qui …, et B": A and B
            # (A itself when the group names no host: "… à trois jeunes pousses : A, qui …, B et C")
            listed = [r for r in _label_list(ctx, view, position) if r.start >= given_to.start]
            listed = counted if len(counted) > len(listed) else listed
            if listed:
                return [_event(view, EventType.LABEL, _as(r, Role.LABELLED), ctx.date_for(view, future=False)) for r in listed]
        focus = ctx.reader.focus
        if given_to is None and focus is not None and ctx.reader.is_org(focus) \
                and _TO_US.search(view.between(subject.end, position)):
            # "nous avons appris jeudi dernier que Bpifrance nous attribuait le label": the day nearest the verb
            return [_event(view, EventType.LABEL, [Participant(focus, Role.LABELLED)],
                           ctx.date_for(view, future=False, near=subject.start))]
        subject = given_to
    if given_to is None and subject is not None and subject.end <= position:
        # "Le pôle X se félicite de la labellisation « … » attribuée lundi à son adhérent Y": Y holds it
        given_to = next((r for r in view.referents if r.start > position and _party(ctx, r)
                         and _CUE_GIVEN_TO.match(view.between(position + len(cue.group()), r.start))), None)
        subject = given_to or subject
    if given_to is None and re.match(r"(?:re)?(?:labellis|certifi)", cue.group()) \
            and _ACTIVE_AUX.search(view.masked[:cue.start()]) and not _OBJECT_CLITIC.search(view.masked[:cue.start()]):
        # "Le ministère a labellisé mardi le cluster X": the direct object holds it, not the subject
        given_to = next((r for r in view.referents if r.start > position and _party(ctx, r)
                         and _DIRECT_OBJECT.match(view.between(position + len(cue.group()), r.start))
                         # (not a project's name: "a labellisé le 29 avril le projet collaboratif X, qui associe A et B")
                         and not re.search(r"\bprojets?\b", view.between(position, r.start))), None)
        subject = given_to
        if given_to is None:
            # "Le ministère a labellisé mardi quatre nouveaux clusters, parmi lesquels A et B"
            listed = _label_list(ctx, view, position) or counted or _carriers(ctx, view)
            date = ctx.date_for(view, future=False)
            return [_event(view, EventType.LABEL, _as(r, Role.LABELLED), date) for r in listed]
    renewed = _renewed_holders(ctx, view, position, cue.end()) if given_to is None and _RENEWS.search(
        view.between(subject.end if subject is not None else view.sentence.start, position)) else []
    renewed = renewed or _obtained_by(ctx, view, cue.end()) or _members_listed(ctx, view, position)
    if renewed:  # "L'État a reconduit … le label « pôle de compétitivité » d'A, de B et d'C": A, B, C hold it
        subject = None
    if subject is None and _LABELLED_PHRASE.match(view.masked) and view.subject is not None \
            and view.subject.start > position and _party(ctx, view.subject):
        subject = view.subject  # "Certifié ISO 9001 depuis cette semaine, le cluster X devient …"
    if _OBJECT_CLITIC.search(view.masked[:cue.start()]) or (
            subject is None and _RENEWED_ITS.search(view.masked[:cue.start()])):
        # "… pour le pôle X : l'État l'a relabellisé pôle de compétitivité" / "… a renouvelé lundi son label"
        named = [r for r in view.referents if r.end <= position and _party(ctx, r)]
        previous = ctx.reader.previous_subject
        subject = named[-1] if named else (previous if previous is not None and _party(ctx, previous) else None)
    if subject is None:  # "La solution de méthanisation de la start-up X a reçu le label": X's product, X's label
        lead_end = _lead_end(lex, view)
        subject = next((r for r in view.referents if r.named and r.start < position and _party(ctx, r)
                        and _PRODUCT_OF.fullmatch(view.masked[lead_end:view.local(r.start)])
                        and _RECEIVES_LABEL.search(view.between(r.end, position))), None)
    if subject is None and not renewed and cue.group() == "label" \
            and re.fullmatch(r"(?:le|son)\s+", view.masked[_lead_end(lex, view):cue.start()]):
        # (all of them: "Le label « X » de A et du pôle B a été reconduit")
        held = _renewed_holders(ctx, view, position, cue.end())
        after_held = view.between(held[-1].end, view.sentence.end) if held else ""
        if held and _LABEL_OF_PASSIVE.match(after_held) and not any(
                r.start > held[-1].end and _party(ctx, r) and _LABEL_GIVEN_TO.search(view.between(held[-1].end, r.start))
                for r in view.referents):
            # (not the giver when the text says whom it went to: "… a été attribué lundi à la biscuiterie Y")
            if len(held) > 1:
                renewed = held
            else:
                subject = held[0]
        if not held:  # "Le label « X » a été renouvelé le 12 juin pour A, B et C"
            renewed = _held_for(ctx, view, view.sentence.start + cue.end())
    if counted and not renewed and (subject is None or subject.end <= position or any(subject is r for r in counted)):
        subject = None  # "… à deux jeunes pousses : A, qui …, et B, spécialiste …": as many as the text counts
        listed = counted
    elif counted_before and not renewed and (subject is None or subject.start <= counted_before[-1].start):
        subject = None  # "X annonce que deux de ses membres, A et B, ont reçu …": A and B, not X
        listed = counted_before
    else:
        listed = renewed or (_label_list(ctx, view, position) if subject is None else [])
    if subject is None and not listed:
        # the giving verb may come before the cue: "Le Collège X a accordé son label à Y"
        given = next((r for r in view.referents if r.start > position and _party(ctx, r)
                      and _LABEL_GIVEN_TO.search(view.between(max(view.sentence.start, position - 40), r.start))), None)
        listed = [given] if given is not None else []
        if given is not None:  # "… a été octroyé à X et à Y": one event per holder
            listed += _next_holders(ctx, view, given)
    if subject is None and not listed:
        # "Le projet de cobotique porté par X a reçu le label", "a labellisé deux projets portés par A et B": who carries them
        listed = _carriers(ctx, view)
    if subject is None and not listed:
        return []
    name = lex.cue("label", "name").match(view.masked[cue.start() if cue.group().startswith("french") else cue.end():])
    detail = None
    if name is not None:
        group = next(g for g in ("quoted", "iso", "pole", "ft") if name.group(g))
        local = name.start(group) + (cue.start() if cue.group().startswith("french") else cue.end())
        detail = view.sentence.text[local:local + len(name.group(group))].strip()
    # an apposed participle has its own date: "X, labellisée « … » en mai"
    date = ctx.date_for(view, future=False, after=apposed.end if apposed is not None else None)
    if not date[1] and ctx.last_day and _SAME_LABEL.search(view.masked):
        date = (ctx.last_day, True)  # "Le même label a été accordé au Jokkolabs Dakar": the day the first was given
    if date[1] and date[0] is not None and len(date[0]) == 4 and ctx.published and date[0] < ctx.published[:4]:
        return []  # "…, qui avait été labellisé pour la première fois en 2007": background, not this week's news
    if subject is None:  # one label event per structure of the list
        return [_event(view, EventType.LABEL, _as(r, Role.LABELLED), date, detail=detail) for r in listed]
    # "Fesnova et Medinalab avaient été labellisées": one event per structure named with the subject
    together = _coordinated(ctx, view, subject, position) if given_to is None and subject.named else []
    if together and not _PLURAL_AUX.search(view.between(together[-1].end, position)):
        together = []  # "X et Y" before a singular verb: Y is part of X's description, not labelled
    if together:  # "Trois incubateurs, A, B et C, ont reçu …": B looked like the subject
        together = [*_listed_before(ctx, view, subject), *together]
    elif given_to is not None:  # "Le ministère a accordé le label « X » au cluster A et au cluster B"
        together = _next_holders(ctx, view, given_to)
    elif given_to is None and subject.named and _PLURAL_WHO.match(view.between(subject.end, position)):
        # "bravo à nos adhérents A et B, qui ont reçu jeudi le label …": A too
        before = [r for r in view.referents if r.end <= subject.start]
        together = [before[-1]] if before and _party(ctx, before[-1]) and re.fullmatch(
            r"\s*(?:,|et|,\s*et)\s*(?:(?:le|la|l'|les)\s*)?", view.between(before[-1].end, subject.start)) else []
    elif given_to is None and subject.named:  # "A, qui développe …, et B, spécialiste de …, ont obtenu"
        together = [r for r in [_described_co_subject(ctx, view, subject, position)] if r is not None]
    return [_event(view, EventType.LABEL, _as(r, Role.LABELLED), date, detail=detail) for r in [subject, *together]]


# "A, qui développe …, et B, spécialiste …, ont …": the description closed by ", et" before the second name
_DESCRIBED_THEN_AND = re.compile(r"^\s*,\s*[^;:«»]{3,140}?,\s*et\s+(?:(?:la|le|l')\s*)?(?:[a-z-]+\s+){0,2}$")


def _described_co_subject(ctx: Context, view: SentenceView, subject: Referent, position: int) -> Referent | None:
    """The first of two subjects each described in an apposition or a relative clause ("Sajaa
    Health, qui développe …, et Olivea Tech, spécialiste …, ont obtenu"): the verb is plural,
    the first name opens the sentence, and no organisation is named in its description."""
    if not _PLURAL_AUX.search(view.between(subject.end, position)):
        return None
    # (a place named in the description is no subject: "Le Cluster A, qui fédère … de la région X, et B ont scellé")
    before = [r for r in view.referents if r.end <= subject.start and r.named and _party(ctx, r) and r.label != "LOC"]
    for first in reversed(before):
        gap = view.between(first.end, subject.start)
        inside = [r for r in view.referents if first.end <= r.start and r.end <= subject.start]
        if ctx.reader.subject_like(view, first) and _DESCRIBED_THEN_AND.match(gap) \
                and not any(_party(ctx, r) and r.label != "LOC" for r in inside):
            return first
        break
    # "L'accélérateur A, rattaché à l'Université X, et la banque B ont signé": the sentence's first name,
    # described by a participle that names another organisation
    opener = before[0] if before else None
    if opener is not None and all(r.label == "LOC" for r in view.referents if r.end <= opener.start) \
            and ctx.reader.subject_like(view, opener) \
            and _DESCRIBED_THEN_AND.match(view.between(opener.end, subject.start)) \
            and _ATTACHED_TO.match(view.between(opener.end, subject.start)):
        return opener
    return None


# a participle that ties an organisation to another: "…, rattaché à l'Université X, et …"
_ATTACHED_TO = re.compile(r"^\s*,\s*(?:rattache|adosse|affilie|base|installe|heberge|implante|soutenu|cree|fonde|"
                          r"filiale|membre|issue?)e?s?\b")


def _second_described_subject(ctx: Context, view: SentenceView, subject: Referent, position: int) -> Referent | None:
    """The second of two subjects when the first, the sentence's subject, is described in an
    apposition ("Le pôle A, dédié à …, et l'Université B ont signé"): the verb is plural."""
    # (the last name before the verb: "L'accélérateur A, rattaché à l'Université X, et la banque B ont signé")
    second = next((r for r in reversed(view.referents) if subject.end <= r.start and r.end <= position), None)
    if second is None or not second.named or not _party(ctx, second) \
            or not _DESCRIBED_THEN_AND.match(view.between(subject.end, second.start)) \
            or not _PLURAL_VERB.match(view.between(second.end, position)):
        return None
    return second


# the label's giving in the passive, then whom it is for: "… a été renouvelé le 12 juin pour "
_PASSIVE_FOR = re.compile(r"^\s*(?:«[^»]{1,80}»\s*)?(?:(?:a|ont)\s+ete|est|sont)\s+(?:\w+ment\s+)?"
                          r"(?:renouvele|reconduit|attribue|decerne|octroye|accorde|confirme|prolonge)e?s?\b"
                          r"[^#.;:«»]{0,40}?\spour\s+(?:(?:le|la|l'|les)\s*)?(?:[a-z-]+\s+)?$")


def _held_for(ctx: Context, view: SentenceView, after: int) -> list[Referent]:
    """The structures a label is given « pour », listed after the passive that gives it."""
    found: list[Referent] = []
    for referent in (r for r in view.referents if r.start >= after):
        gap = view.between(found[-1].end if found else after, referent.start)
        if not (_HOLDERS_GAP.fullmatch(gap) if found else _PASSIVE_FOR.match(gap)) or not referent.named \
                or not _party(ctx, referent):
            break
        found.append(referent)
    return found


_RENEWS = re.compile(r"\b(?:a|ont|vient de|viennent de)\s+(?:\w+\s+)?(?:reconduit|renouvele|confirme|prolonge)\b")
_OF_HOLDER = re.compile(r"^\s*(?:«[^»]{1,80}»\s*|de\s+pole\s+de\s+competitivite\s+)?(?:de la|de l'|du|des|de|d')\s*(?:(?:pole|cluster|technopole|technopark|technoparc|reseau)\s+)?$")
_AND_OF = re.compile(r"^\s*(?:,|et|,\s*et|ainsi que)\s*(?:celui\s+)?(?:de la|de l'|du|des|de|d')\s*(?:(?:pole|cluster|technopole|reseau)\s+)?$")


def _renewed_holders(ctx: Context, view: SentenceView, position: int, cue_end: int) -> list[Referent]:
    """The structures whose label the subject renews, named after it: "le label « X » d'A, de B et d'C"."""
    found: list[Referent] = []
    anchor = view.sentence.start + cue_end
    for referent in (r for r in view.referents if r.start >= anchor):
        gap = view.between(found[-1].end if found else anchor, referent.start)
        if not (_AND_OF if found else _OF_HOLDER).match(gap) or not _party(ctx, referent):
            break
        found.append(referent)
    return found


_APPOSED_PARTICIPLE = re.compile(r"\s*\)?\s*,\s*(?:(?:deja|recemment|tout juste|elle-meme|lui-meme)\s+)?"
                                 r"(?:(?:re)?(?:labellis|certifi|accredit)(?:e|ee|es|ees)"
                                 # "nos adhérents A et B, distingués ce lundi par le label « … »"
                                 r"|(?:distingu|recompens|prim|honor)(?:e|ee|es|ees)\s+(?:[^,;#]{0,30}?\s)?par\s+(?:le|son|leur)\s+label)")
_SAME_LABEL = re.compile(r"\b(?:le meme label|la meme (?:distinction|certification)|ce meme label)\b")
_LABELS_LATER = re.compile(r"(?:re)?(?:certifi|labellis|accredit)\w*(?:era|eront|erait|eraient|er)$")
_UNVEILS_LIST = re.compile(r"\b(?:devoile\w*|publie\w*|annonce\w*|rendu\w* publique?s?|revele\w*|presente\w*)\s+"
                           r"(?:\w+\s+){0,2}?(?:liste|palmares|noms)\b")
_WINNERS_HEAD = re.compile(r"^\s*(?:parmi (?:les|ces) (?:laureats|elus|heureux elus|retenus|beneficiaires|structures retenues)|"
                           r"(?:les|ces) (?:laureats|elus|structures retenues) sont)\b")


_OBJECT_CLITIC = re.compile(r"\b(?:l'|les\s+)(?:a|ont|avait|avaient)\s+(?:\w+ment\s+)?$")
# "… pour le pôle X : l'État a renouvelé lundi son label": the possessive is the holder named before
# "Le label « X » du technopark Y a été renouvelé mardi": Y, named after the label, holds it
_LABEL_OF_PASSIVE = re.compile(r"^\s*(?:(?:a|ont|avait|avaient|est|sont|sera|seront)\s+ete|est|sont|sera|seront)\s+(?:\w+ment\s+)?"
                               r"(?:renouvele|reconduit|attribue|decerne|octroye|accorde|confirme|prolonge)e?s?\b")
_RENEWED_ITS = re.compile(r"\b(?:a|ont|vient de|viennent de)\s+(?:\w+\s+)?(?:reconduit|renouvele|prolonge|confirme)\s+"
                          r"(?:\w+\s+){0,2}?(?:son|sa|leur)\s+$")


# the subject gives the label (active voice): the one it is given to is labelled
_GIVES_LABEL = re.compile(r"\ben\s+(?:leur|lui)\s+(?:decern|attribu|remett|accord|octroy|delivr)ant\b"  # "… deux entreprises en leur attribuant son label : A et B"
                          r"|\b(?:a|ont|vient de|viennent de)\s+(?!ete\b|etre\b|d.etre\b|nouveau\b)(?:\w+\s+)?(?:decerne|attribue|remis|accorde|octroye|delivre|certifie|labellise|relabellise)r?\b"
                          r"|\b(?:decern|attribu|accord|delivr)(?:e|ent|ait|aient|era|eront)\b"
                          r"|\b(?:remet(?:tent|tait|tra)?|octroi(?:e|ent|era)|octroyait)\b")
# "Bpifrance nous attribuait le label": "nous" is who writes, the article's organisation
_TO_US = re.compile(r"\bnous\s+(?:a\s+|ont\s+|avait\s+)?(?:decern|attribu|remi|remet|accord|octroi|octroy|deliv)\w*\s*(?:le|la|l')?\s*$")
# the label, then its giving told in a participle: "… « Solution innovante » attribuée le 1er septembre à son adhérent"
_CUE_GIVEN_TO = re.compile(r"^\s*(?:«[^»]{1,80}»\s*)?(?:,\s*)?(?:attribue|decerne|remis|accorde|octroye|delivre)e?s?\b[^#.;«»,]{0,40}?"
                           r"\s(?:a|au|aux)\s+(?:(?:la|le|l'|les|son|sa|ses|leur|leurs)\s*)?(?:[a-z-]+\s+){0,2}$")
_TO_HOLDER = re.compile(r"(?:^|\s)(?:(?:a|au|aux|a la)(?![a-z])|a l')\s*(?:(?:le|la|l'|les)\s*)?(?:[a-z-]+\s+){0,2}$"
                        # "… au fabricant de cartes électroniques X": a trade noun and what it makes
                        r"|(?:^|\s)(?:(?:a|au|aux|a la)(?![a-z])|a l')\s*[a-z-]+\s+(?:de|d'|du|des)\s*(?:[a-z-]+\s+){1,3}$"
                        # "… à deux initiatives régionales : le réseau d'incubateurs X, …"
                        r"|(?:^|\s)(?:a|aux)\s+(?:deux|trois|quatre|cinq|\d+)\s+[a-z-]+(?:\s+[a-z-]+)?(?:\s+(?:du|de la|des|de)\s*#+)?\s*:\s*"
                        r"(?:(?:le|la|l'|les)\s*)?(?:[a-z'-]+\s+){0,3}$"
                        # "… à deux de ses membres, la société strasbourgeoise X et …": the first one named after the group
                        r"|(?:^|\s)(?:a|aux)\s+(?:deux|trois|quatre|cinq|\d+)\s+(?:de\s+(?:ses|leurs|nos)\s+)?[a-z-]+(?:\s+[a-z'-]+|\s*#+){0,6}?"
                        r"\s*,\s*(?:(?:le|la|l'|les)\s*)?(?:[a-z'-]+\s+){0,3}$"
                        # "… à 15 start-up, dont X": one of those named
                        r"|(?:^|\s)(?:a|aux)\s+(?:\d+|[a-z]+)\s+[a-z-]+(?:\s+[a-z-]+)?\s*,\s*(?:dont|notamment|parmi lesquel\w+)\s*"
                        r"(?:(?:la|le|l')\s*)?(?:[a-z-]+\s+)?$"
                        # "l'AFNOR a certifié ISO 14001 le site de production de la société X": whose site
                        r"|^(?:certifie\w*)?(?:\s*iso\s*\d+(?::\d+)?)?\s*(?:le|la|l'|les)\s*(?:site|usine|siege|laboratoire|unite|centre)"
                        r"(?:\s+[a-z-]+){0,3}\s+(?:de la|de l'|du|des|de|d')\s*(?:(?:societe|groupe|start-up|pme|cooperative)\s+)?$")
_ACTIVE_AUX = re.compile(r"\b(?:a|ont|avait|avaient|vient de|viennent de)\s+(?:\w+ment\s+)?$")
# (past a day: "a labellisé le 9 janvier les start-up A et B")
_DIRECT_OBJECT = re.compile(r"^\w*\s+(?:[a-z0-9]+\s+){0,3}?(?:le|la|l'|les)\s*(?:[a-z-]+\s+){0,2}$")
# an opening participle phrase that gives the label to the subject after the comma
# "La solution de méthanisation compacte de la start-up villeurbannaise X": a product, then its maker
_PRODUCT_OF = re.compile(r"\s*(?:la|le|l'|sa|son)\s*(?:solution|produit|procede|technologie|plateforme|application|innovation|"
                         r"gamme|marque|logiciel|capteur|machine|usine|site|dispositif)\b[^,;#:]{0,60}?\s(?:de la|de l'|du|des|de|d')\s*"
                         r"(?:(?:[a-z-]+\s+){0,3})?")
_RECEIVES_LABEL = re.compile(r"^\s*(?:a|ont|vient d.|viennent d.)\s*(?:\w+\s+){0,3}?(?:recu|obtenu|decroche|remporte|ete|etre)\b")
_PURPOSE_BEFORE = re.compile(r"\b(?:visant a|vise a|afin de|destinee?s? a)\s+[^.;]{0,80}$"
                             # "une convention … pour la certification de ses tissus": what it is for
                             r"|\b(?:convention|accord|partenariat|contrat|protocole)\b[^.;]{0,90}\spour\s+la\s+$")
_LABELLED_ONES = re.compile(r"\b(?:les|ces)\s+(?:deux|trois|quatre|cinq|\d+)\s+(?:entreprises|start-up|societes|structures|pme|laureats)\s+"
                            r"(?:labellisees|certifiees|labellises|certifies)$"
                            # "le nombre total de start-up labellisées dépasse 1 500": a count, no label given
                            r"|\bnombre\s+(?:total\s+)?d(?:e\s+|')(?:[a-z-]+\s+){1,2}(?:labellise|certifie)e?s$"
                            # "le réseau des start-up labellisées compte 240 membres": a community, no label given
                            r"|\b(?:reseau|communaute|club|cercle|famille)\s+des\s+(?:jeunes\s+)?(?:entreprises|start-up|startups|societes|pme|jeunes pousses)\s+"
                            r"(?:labellise|certifie)e?s$"
                            # "une journée consacrée aux start-up labellisées": those labelled before, a public
                            r"|\baux\s+(?:jeunes\s+)?(?:entreprises|start-up|startups|societes|structures|pme|jeunes pousses)\s+"
                            r"(?:labellise|certifie)e?s$")
# goods a participle qualifies: a quantity of a plain noun ("tonnes de fèves certifiées")
_CERTIFIED_FOR_A_LEVEL = re.compile(r"\s+pour\s+(?:une?|sa|son)\s+(?:\w+\s+){0,2}?(?:disponibilite|niveau|taux|capacite|"
                                    r"performance|rendement)\b")
_GOODS_BEFORE = re.compile(r"\d[\d\s.,]*\s+(?:[a-z]+\s+)?(?:de|d')\s*(?!(?:start-up|startup|entreprises|pme|"
                           r"structures|clusters|poles|societes|membres|adherents|projets|sites|laboratoires)\b)[a-z]{3,}s\s+$")
_PEOPLE_CERTIFIED = re.compile(r"\s+(?:des|de)\s+(?:\d[\d\s]*\s+|(?:nos|leurs|ses)\s+)?(?:stagiaires|apprentis|techniciens|"
                               r"ingenieurs|salaries|jeunes|etudiants|diplomes|formateurs|operateurs|competences)\b")
_LABELLED_PHRASE = re.compile(r"^\s*(?:(?:tout|fraichement|recemment|officiellement|desormais|nouvellement)\s+)?"
                              r"(?:(?:labellis|relabellis|certifi|accredit)(?:e|ee|es|ees)\b[^,;]*,"
                              # "Distinguée mardi par le label « X », la start-up Y …"
                              r"|(?:distingu|recompens|honor)(?:e|ee|es|ees)\b[^,;]*\b(?:label|certification)\b[^,;]*,"
                              # "Décrochant le label « X », la société Y …", "Fraîchement titulaire de la certification …"
                              r"|(?:decrochant|obtenant|recevant|ayant (?:obtenu|decroche|recu)|titulaire)\s+(?:de\s+|du\s+)?"
                              r"(?:le|la|l'|son|sa)?\s*(?:label|certification|accreditation)\b[^,;]*,)")
# "Le label « X » a été attribué mardi à la société Y": Y is labelled
_PLURAL_WHO = re.compile(r"^\s*,\s*qui\s+(?:ont|sont|se sont|viennent|obtiennent|decrochent|recoivent)\b"
                         r"|^\s*,\s*(?:(?:re)?labellis|certifi|distingu|recompens|prim|honor)(?:es|ees)\b")
_PLURAL_AUX = re.compile(r"\b(?:ont|sont|avaient|etaient|seront|auront|viennent|obtiennent|decrochent|recoivent|figurent|comptent)\b")
_JURY_OF = re.compile(r"\b(?:comite|jury|commission)\s+(?:de labellisation|d.attribution|de selection|d.evaluation)\s+"
                      r"(?:de la|de l'|du|des|de|d')\s*(?:(?:pole|cluster|technopole|reseau)\s+)?$")
_BY_AGENT = re.compile(r"\bpar\s*(?:(?:la|le|l'|les)\s*)?$")
# ("… attribué le 27 juin à la jeune pousse oranaise X": up to three words of noun and epithets)
_LABEL_GIVEN_TO = re.compile(r"\b(?:attribu|decern|remis|remet|accord|octroy|delivr|revien|echoi)\w*\s+(?:[\w-]+\s+|«[^»]{1,60}»\s*){0,8}?(?:a|au|aux)\s+"
                             r"(?:(?:la|le|l'|les)\s*)?(?:[a-z-]+\s+){0,3}$"
                             # "a attribué mardi le label X à 15 start-up, dont Y"
                             r"|\b(?:attribu|decern|remis|accord|octroy|delivr)\w*\s+(?:[\w#'-]+\s+){0,6}?(?:a|aux)\s+(?:\d+|[a-z]+)\s+"
                             r"[a-z-]+(?:\s+[a-z-]+)?\s*,\s*(?:dont|notamment|parmi lesquel\w+)\s*(?:(?:la|le|l')\s*)?(?:[a-z-]+\s+)?$"
                             # "le label X récompense cette année le cluster Y"
                             r"|\brecompens(?:e|ent|era)\s+(?:[\w-]+\s+){0,3}?(?:la|le|l'|les)\s*(?:[a-z-]+\s+)?$"
                             # "la labellisation de X", "la certification ISO 9001 obtenue par X", "renouvelé pour X"
                             r"|\b(?:re)?labellisation\s+(?:de la|de l'|du|des|de|d')\s*(?:[a-z-]+\s+)?$"
                             r"|\b(?:obtenue?s?|decrochee?s?)\s+par\s*(?:la|le|l')?\s*(?:[a-z-]+\s+)?$"
                             r"|\b(?:renouvele|reconduit)e?s?\s+(?:pour|au profit)\s+(?:de\s+)?(?:la|le|l'|les)?\s*(?:[a-z-]+\s+)?$")


def _carriers(ctx: Context, view: SentenceView) -> list[Referent]:
    """Who carries the labelled projects: "le projet … porté par X", "deux projets portés par A et B" (never
    a pôle or a cluster, whether the model put its head in the name or left it before: `_CLUSTER_HEAD`,
    `_PROJECT_CARRIED_BY`)."""
    carrier = next((r for r in view.referents if _party(ctx, r)
                    and _PROJECT_CARRIED_BY.search(view.between(view.sentence.start, r.start))
                    and not _CLUSTER_HEAD.match(fold_keep_offsets(r.targets[0].surface).lower())), None)
    return [] if carrier is None else [carrier, *_next_holders(ctx, view, carrier)]


def _next_holders(ctx: Context, view: SentenceView, first: Referent) -> list[Referent]:
    """The holders listed after the first one a label was given to ("à X, à Y et à Z")."""
    holders = [first]
    for referent in (r for r in view.referents if r.start >= first.end):
        gap = view.between(holders[-1].end, referent.start)
        if _party(ctx, referent) and _TO_NEXT_HOLDER.match(gap):
            holders.append(referent)
        elif not _IN_APPOSITION.match(gap):  # (a name inside "X, locataire de l'Agropole Y, ainsi qu'à Z" is skipped)
            break
    return holders[1:]


# "… à X, à Y", "… à X, locataire de l'Agropole Y, ainsi qu'à la coopérative Z"
_TO_NEXT_HOLDER = re.compile(r"^\s*(?:,\s*[a-z][^,;#]{0,40}#*[^,;#]{0,10},)?\s*,?\s*et\s+(?:(?:le|la|l'|les)\s*)?(?:[a-z-]+\s+){0,3}$"
                             r"|^\s*(?:,\s*[a-z][^,;#]{0,40}#*[^,;#]{0,10},)?\s*(?:,|,?\s*et|,?\s*ainsi qu(?:e\s|'))\s*"
                             r"(?:(?:a la|a l'|au|aux)\s*(?:[a-z-]+\s+){0,2}|a\s+(?:(?:la|le|l'|les)\s*)?(?:[a-z-]+\s+)?)$")
_IN_APPOSITION = re.compile(r"^\s*,\s*[a-z][^,;#]{0,40}$")
_LIST_HEAD = re.compile(r"(?::|\b(?:laureats|beneficiaires|elus|retenus)\s+(?:figurent|sont|:)|\bfigurent"
                        # "Douze start-up ont été labellisées mardi, dont A et B"
                        r"|,\s*(?:dont|notamment|parmi lesquel\w+|parmi elles|parmi eux))\s*(?:(?:le|la|l'|les)\s*)?$"
                        # "… à quarante jeunes entreprises, dont la plateforme de logistique A, la fintech B"
                        r"|,\s*(?:dont|notamment|parmi lesquel\w+|parmi elles|parmi eux)\s+(?:le|la|l'|les)\s*(?:[a-z'-]+\s+){1,4}"
                        r"(?<!\sde\s)(?<!\sdu\s)(?<!\sdes\s)(?<!\sd')$"
                        # "… : l'éditeur de logiciels A et le fabricant d'emballages B"
                        r"|:\s*(?:le|la|l')\s*(?:[a-z'-]+\s+){1,5}$")
# "… : A, qui conçoit des bouées, et B", "A, spécialiste des données, B, …": a relative clause or an
# apposition may describe the one before
_LIST_NEXT = re.compile(r"^(?:\s*,\s*(?:qui\s)?[a-z][^#;:«»()]{0,100}?)?\s*(?:,|et|,\s*et|ainsi que|;\s*(?:et\s)?)\s*(?:(?:le|la|l'|les)\s*)?$"
                        r"|^\s*(?:,|et|,\s*et|ainsi que)\s*(?:le|la|l')\s*(?:[a-z'-]+\s+){1,5}$")


# "a retenu deux projets : le capteur à bas coût de la PME X et la plateforme de test d'Y": their carriers
_PROJECT_CARRIER_TAIL = (r"(?:le|la|l')\s*(?:[\w'-]+\s+){1,6}?(?:de la|de l'|du|de|d')\s*"
                         r"(?:(?:pme|start-up|startup|societe|entreprise|jeune pousse)\s+)?$")
_PRODUCTS_HEAD = re.compile(r":\s*" + _PROJECT_CARRIER_TAIL)
_PRODUCTS_NEXT = re.compile(r"^\s*(?:,|et|,\s*et)\s*" + _PROJECT_CARRIER_TAIL)


def _label_list(ctx: Context, view: SentenceView, cue_at: int) -> list[Referent]:
    """"… décrochent le label « X » : A, B et C": the structures listed after the cue (a name the
    NER stage typed as a place is still one of them here; people never are)."""
    found: list[Referent] = []
    products = False
    for referent in (r for r in view.referents if r.start > cue_at and r.named):
        gap = view.between(found[-1].end if found else cue_at, referent.start)
        if not found:
            products = bool(_PRODUCTS_HEAD.search(gap))
        if (not found and (_LIST_HEAD.search(gap) or products)) \
                or (found and (_LIST_NEXT.match(gap) or (products and _PRODUCTS_NEXT.match(gap)))):
            if _listed_person(ctx, referent):
                break
            found.append(referent)
        elif found:
            break
    return found


# a counted group the holders are listed after: "à deux jeunes entreprises incubées au Cyberparc X : A et B"
_COUNTED_GROUP = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(?:[a-z-]+\s+){0,2}?"
                            r"(?:entreprises|start-up|startups|structures|societes|pme|jeunes pousses|membres|adherents|"
                            r"clusters|poles|incubateurs|cooperatives|laboratoires|projets|residents|residentes|pepites)\b")
# "… le label « X » à deux jeunes pousses mulhousiennes : A, …", "… à deux structures d'accompagnement, A et B",
# "… a labellisé le 8 avril les projets de deux jeunes sociétés, A et B": a counted group, then its list
_TO_COUNTED_GROUP = re.compile(r"(?:(?:\s*«[^»]{1,80}»)?[^.;:«»]{0,60}?\b(?:a|aux|de|par)\s+|\s*)"
                               rf"(?P<count>{_COUNT_WORD}|\d)\s+{_COUNTED_KINDS}[^.;:,«»]{{0,100}}?\s*[,:]")
# before each name of the list: "de", "à", an article and a few words ("la start-up niçoise", "le confectionneur")
_ITEM_LEAD = r"(?:(?P<prep>de|d'|a|au|aux)\s*)?(?:(?:le|la|l'|les)\s*)?(?P<words>(?:[a-z'-]+\s+){0,4})"
_FIRST_ITEM = re.compile(r"\s*(?:(?:dont|notamment|parmi lesquel\w+|parmi elles|parmi eux)\s+)?" + _ITEM_LEAD)
# the one before may be described first: "A, qui conçoit …, et B", "A, à Agadir, B", "A, l'incubateur de l'université X, et B"
_NEXT_ITEM = re.compile(r"(?:\s*,\s*[a-z][^;:«»()]{0,140}?)?\s*(?:,?\s*et|,?\s*ainsi qu(?:e|')|,|;\s*(?:et\s)?)\s*" + _ITEM_LEAD)
# a capitalised name the NER stage did not find ("Alsamotion", "Nawa Recycle")
_UNNAMED_ITEM = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de|du|des|la|le)\s+|[dl]['’])?[A-ZÀ-Ý][\w'’-]*){0,3}")
# what may come before it: "de", "à", an article and a few lower-case words ("la semencière")
_UNNAMED_LEAD = re.compile(r"\s*(?:(?:de|d['’]|à|au|aux)\s*)?(?:(?:le|la|les|l['’])\s*)?(?:[a-zà-ÿœ'’-]+\s+){0,4}?(?=[A-ZÀ-Ý])")
# words that make the name a complement of a description, not an item: "l'incubateur de X", "hébergée par X"
_COMPLEMENT_WORDS = re.compile(r"\b(?:de|du|des|par|a|au|aux|chez|dans|sur|pour|avec|en|entre|pres)\s+$")


def _counted_holders(ctx: Context, view: SentenceView, after: int) -> list[Referent]:
    """The structures a counted group right after the cue lists ("… à deux jeunes pousses : A, qui …,
    et B, spécialiste …"), each description between them skipped, as many as the count says at most."""
    head = _TO_COUNTED_GROUP.match(view.masked, view.local(after))
    if head is None:
        return []
    return _counted_list(ctx, view, view.sentence.start + head.end(), head.group("count"))


# "Trois jeunes pousses hébergées par l'incubateur X, A, B et C, se sont vu attribuer …", "… que deux de
# ses membres, la société A et le bureau d'études B, ont reçu …": the counted group opens the subject
_COUNTED_SUBJECTS = re.compile(rf"\b(?P<count>{_COUNT_WORD})\s+{_COUNTED_KINDS}[^.;:,«»]{{0,120}}?,")


_OPENS_SUBJECT = re.compile(r"(?:^|[,:]|\bque)\s*$")


def _counted_subjects(ctx: Context, view: SentenceView, position: int) -> list[Referent]:
    """The structures listed in apposition to a counted group before the cue, the list closed by a
    comma before the verb."""
    lead_end = _lead_end(ctx.reader.lexicon, view)
    head = _COUNTED_SUBJECTS.search(view.masked, lead_end, view.local(position))
    if head is None or not _OPENS_SUBJECT.search(view.masked[lead_end:head.start()]):
        return []
    holders = [r for r in _counted_list(ctx, view, view.sentence.start + head.end(), head.group("count")) if r.end <= position]
    return holders if holders and re.match(r"\s*,", view.between(holders[-1].end, position)) else []


def _counted_list(ctx: Context, view: SentenceView, last_end: int, count_word: str) -> list[Referent]:
    """The structures of a list that starts at `last_end`, as many as `count_word` says at most."""
    count = _COUNT_WORDS.get(count_word) or int(count_word)
    holders: list[Referent] = []
    # a first name the NER stage did not find still counts: "… : Alsamotion, qui conçoit …, et VoltRhin",
    # "… : la semencière Graines d'Anjou et l'entreprise de biocontrôle Phytalis"
    text = ctx.reader.annotated.article.text
    lead = _UNNAMED_LEAD.match(text, last_end, view.sentence.end)
    first = lead.end() if lead is not None else -1
    unnamed = int(lead is not None and not any(r.start <= first < r.end for r in view.referents))
    if unnamed:
        name = _UNNAMED_ITEM.match(text, first)
        last_end = name.end() if name is not None else first
    for referent in (r for r in view.referents if r.start >= last_end and r.named):
        gap = view.between(last_end, referent.start)
        item = (_NEXT_ITEM if holders or unnamed else _FIRST_ITEM).fullmatch(gap)
        if item is not None and not _COMPLEMENT_WORDS.search(item.group("words")) \
                and (_party(ctx, referent) or (item.group("prep") != "a" and _item_named(ctx, referent))):
            holders.append(referent)
            last_end = referent.end
            if len(holders) + unnamed == count:
                break
        elif (not holders and not unnamed) or len(gap) > 160 or any(c in gap for c in ";:«»()"):
            break  # (a name inside a description is skipped: "A, à Agadir, et B")
    return holders


def _item_named(ctx: Context, referent: Referent) -> bool:
    """A structure in a counted list: a party, or one word the NER stage typed a place or a person
    that is no known town or given name ("à trois jeunes entreprises : A, à Agadir, Medtrace, à Rabat, …")."""
    if _party(ctx, referent):
        return not _listed_person(ctx, referent)
    surface = fold(referent.targets[0].surface)
    return len(referent.targets) == 1 and referent.label in ("LOC", "PER") and " " not in surface \
        and surface not in ctx.reader.lexicon.first_names and surface not in ctx.reader.lexicon.places_after_au \
        and not _dateline_place(ctx, referent)


# "… salue la labellisation « X » obtenue le 6 mai par deux de ses adhérents, A, à Pau, et B": A and B
_OBTAINED_BY = re.compile(r"\s*(?:«[^»]{1,80}»\s*)?,?\s*(?:obtenu|decroche|remporte|recu)e?s?\s+(?:[^,;#]{0,30}?\s)?par\s+"
                          r"(?:(?:deux|trois|quatre|cinq|six|plusieurs)\s+(?:de\s+)?)?(?:(?:ses|leurs|nos|des|les)\s+)?"
                          r"(?:(?:adherents|membres|entreprises|start-up|startup|societes|pme)\s*)?")
_FIRST_OBTAINER = re.compile(r",?\s*(?:(?:la|le|l'|les)\s*)?(?:[a-z-]+\s+){0,2}")
_NEXT_OBTAINER = re.compile(r"\s*(?:,[^;:#]{0,40}(?:#+[^;:#,]{0,10})?)?,?\s*(?:et|ainsi que)\s+(?:(?:la|le|l'|les)\s*)?(?:[a-z-]+\s+){0,2}"
                            r"|\s*,\s*(?:(?:la|le|l'|les)\s*)?(?:[a-z-]+\s+){0,2}")


# "… que deux de ses membres, A et B, aient obtenu le label": the members listed, not the cluster
_MEMBERS_LISTED = re.compile(r"\b(?:deux|trois|quatre|cinq|six|plusieurs)\s+(?:de\s+(?:ses|leurs|nos|ces)\s+)?"
                             r"(?:membres|adherents|entreprises|start-up|startup|pme|jeunes pousses|societes|cooperatives|"
                             r"equipementiers|industriels)\b[^,;:#]{0,40},\s*(?:(?:la|le|l')\s*)?$")


def _members_listed(ctx: Context, view: SentenceView, cue_at: int) -> list[Referent]:
    """The names listed in apposition after a counted group of members, before the cue."""
    holders: list[Referent] = []
    for referent in (r for r in view.referents if r.named and r.end <= cue_at):
        if not holders:
            if _party(ctx, referent) and _MEMBERS_LISTED.search(view.between(view.sentence.start, referent.start)):
                holders.append(referent)
        elif _party(ctx, referent) and re.fullmatch(r"\s*(?:,|et|,\s*et)\s*(?:(?:la|le|l')\s*)?", view.between(holders[-1].end, referent.start)):
            holders.append(referent)
        else:
            break
    if holders and re.match(r"\s*,", view.between(holders[-1].end, cue_at)):
        return holders
    return []


def _obtained_by(ctx: Context, view: SentenceView, cue_end: int) -> list[Referent]:
    """The holders a label is said to be obtained by, after the cue ("… obtenue par A et B")."""
    head = _OBTAINED_BY.match(view.masked, cue_end)
    if head is None:
        return []
    start = view.sentence.start + head.end()
    holders: list[Referent] = []
    for referent in (r for r in view.referents if r.start >= start and r.named):
        if not holders:
            if not (_party(ctx, referent) and _FIRST_OBTAINER.fullmatch(view.between(start, referent.start))):
                return []
            holders.append(referent)
        elif _party(ctx, referent) and _NEXT_OBTAINER.fullmatch(view.between(holders[-1].end, referent.start)):
            holders.append(referent)
        elif _party(ctx, referent):
            break
    return holders


# Partnership ---------------------------------------------------------------------------------

def partnership(ctx: Context, view: SentenceView) -> list[EventMention]:
    lex = ctx.reader.lexicon
    masked = lex.cue("partnership", "not_partnership").sub(lambda m: "_" * len(m.group()), view.masked)
    for cue in lex.cue("partnership", "cues").finditer(masked):  # "Accord stratégique : X et Y vont collaborer"
        undecided = list(_UNDECIDED.finditer(masked[max(0, cue.start() - 60):cue.start()]))
        if undecided and not _SIGNED.search(masked[max(0, cue.start() - 60):cue.start()][undecided[-1].end():]):
            continue  # "X et Y étudient depuis plusieurs mois un rapprochement": not decided
        if _NOT_YET_AFTER.search(masked[cue.end():]):
            continue  # "Le rapprochement entre X et Y, évoqué depuis l'automne, n'a toujours pas été acté"
        found = _partnership_at(ctx, view, view.sentence.start + cue.start())
        if found:
            return found
    return []


_NOT_YET_AFTER = re.compile(r"\b(?:n.(?:a|ont|est|sont)\s+(?:toujours\s+|encore\s+)?pas\s+(?:encore\s+)?ete|"
                            r"n.(?:est|sont)\s+(?:toujours\s+|encore\s+)?pas\s+(?:encore\s+)?(?:signe|acte|conclu|finalise)e?s?|"
                            r"evoquee?s?\s+depuis|(?:reste|restent)\s+a\s+(?:signer|finaliser|conclure))\b")
_UNDECIDED = re.compile(r"\b(?:etudi\w*|envisag\w*|reflechi\w*|negocie\w*|discut\w*|explor\w*|pourrai\w*|prepare\w*|"
                        r"souhait\w*|projett?\w*|song\w*|evoqu\w*)\b")
_SIGNED = re.compile(r"\b(?:sign|conclu|scell|paraph|nou|officialis|formalis|annonc|ratifi)\w*")
_SIGNED_BY = re.compile(r"\b(?:signe|paraphe|conclu|scelle|noue)e?s?\s+(?:(?:le|ce)\s+\d{1,2}(?:er)?\s+[a-z]+\s+(?:\d{4}\s+)?)?(?:\w+\s+){0,2}?par\s+(?:(?:le|la|l'|les)\s*)?"
                        r"(?:[a-z'-]+\s+){0,2}$")


_SIGNED_WITH_BEFORE = re.compile(r"(?:\b(?:signe|paraphe|conclu|noue|scelle|ratifie)e?s?|\b(?:sign|paraph|conclu|nou|scell|ratifi)(?:ait|aient))\b"
                                 r"[^#.;]{0,30}\bavec\s+(?:(?:le|la|l'|les)\s*)?"
                                 r"(?:[a-z'-]+\s+){0,3}$")
_WITH_WHICH = re.compile(r"^\s*,\s*avec\s+(?:laquelle|lequel|lesquels|lesquelles|qui)\s+(?:(?:le|la|l'|les)\s*)?(?:[a-z'-]+\s+){0,2}$")
_COLON_LIST = re.compile(r"^[^.;#]{0,100}:\s*(?:(?:le|la|l'|les)\s*)?(?:[a-z'-]+\s+){0,2}$")


# who the subject signs with: "avec X", "s'est rapproché de X", "s'allie à X", "s'associe au pôle X"
_PARTNER_LINK = re.compile(r"\b(?:avec|rapproche\w*\s+(?:de la|de l'|du|des|de|d')|(?:allie|associe)\w*\s+(?:a la|a l'|au|aux|a)"
                           # "X devient partenaire officiel du cluster Y"
                           r"|partenaire\s+(?:(?:officiel|strategique|privilegie|technologique)\s+)?(?:de la|de l'|du|des|de|d'))"
                           # "avec son homologue québécois, le Pôle X"
                           r"\s*(?:(?:son|sa|leur)\s+(?:homologue|partenaire)\s*(?:[a-z-]+\s*)?,\s*)?"
                           r"(?:(?:le|la|l'|les)\s*)?(?:[a-z'-]+\s+){0,3}$")
# "… et l'éditeur Z ont conclu": a list of signatories before a plural verb
_PLURAL_VERB = re.compile(r"^\s*(?:ont|sont|se sont|s'\w+ent|\w+ent)\b")
_SIGNATORIES_HEAD = re.compile(r"^(?:(?:le|la|l'|les)\s*(?:(?!(?:de|du|des|d'|a|au|aux|avec|pour|selon|chez|par|sur|en|dont)\s)[a-z-]+\s+){0,2})?$")
# "une convention entre X et Y", "Un protocole d'accord lie désormais X et Y"
_BINDS = re.compile(r"(?<!s')\b(?:lie|lient|liera|unit|unissent|relie|relient|associe|associera)(?:\s+(?:desormais|dorenavant|deja))?"
                    r"\s+(?:(?:le|la|l'|les)\s*)?(?:[a-z'-]+\s+){0,3}$")
_TO_PARTNER = re.compile(r"^\s*(?:\(#+\)\s*)?(?:a la|a l'|au|aux|a)\s*(?:[a-z'-]+\s+){0,3}$")
_BETWEEN_PARTNERS = re.compile(r"\b(?:entre|(?:lie|lient|liera|unit|unissent|relie|relient)(?:\s+(?:desormais|dorenavant|deja))?)"
                               r"\s+(?:(?:le|la|l'|les)\s*)?(?:[a-z'-]+\s+){0,3}$")
# "Trois incubateurs marocains, A, B et C, ont reçu …": a counted kind announces the list
_COUNTED_HEAD = re.compile(r"^(?:les\s+|ces\s+)?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s*,\s*$")
_LIST_COMMA = re.compile(r"^\s*(?:\(#+\)\s*)?,\s*(?:(?:le|la|l'|les)\s*)?(?:[a-z-]+\s+){0,2}$")


# an opening phrase that names the agreement: "Dans le cadre d'un accord signé jeudi, X et Y vont …"
_AGREEMENT_FRAME = re.compile(r"^\s*(?:dans le cadre|aux termes|en vertu|au titre)\s+(?:d'un|d'une|de l'|du|de la)\s*$")


def _framed_by_agreement(ctx: Context, view: SentenceView, position: int) -> list[Referent]:
    """The subjects after an opening phrase that names the agreement they signed."""
    if not _AGREEMENT_FRAME.match(view.between(view.sentence.start, position)):
        return []
    comma = view.masked.find(",", view.local(position))
    if comma < 0 or "#" in view.masked[view.local(position):comma]:
        return []
    first = next((r for r in view.referents if r.start > view.sentence.start + comma), None)
    if first is None or not _party(ctx, first) or view.between(view.sentence.start + comma + 1, first.start).strip() \
            not in ("", "le", "la", "l'", "les"):
        return []
    chain = ctx.reader.lexicon.cue("partnership", "chain")
    found = [first]
    for referent in (r for r in view.referents if r.start > first.end):
        if not chain.search(view.between(found[-1].end, referent.start)) or not _party(ctx, referent):
            break
        found.append(referent)
    return found if len(found) >= 2 else []


def _listed_before(ctx: Context, view: SentenceView, first: Referent) -> list[Referent]:
    """"Le cluster X, l'incubateur Y et l'éditeur Z ont conclu": Y looked like the subject after
    an opening phrase, but X heads the list of signatories (each one an organisation)."""
    found: list[Referent] = []
    anchor = first
    for referent in reversed([r for r in view.referents if r.end <= first.start]):
        if not _LIST_COMMA.match(view.between(referent.end, anchor.start)) or not _party(ctx, referent):
            break
        found.insert(0, referent)
        anchor = referent
    # the list opens the sentence: "Le cluster X, …", not "Partenaire historique de X, …"; or it
    # opens its clause after a verbless opening phrase ("À l'issue d'une cérémonie au Technopark X,
    # l'université Y, …": the list starts after the phrase's comma)
    while found:
        head = ctx.reader.lexicon.lead.sub("", _WIRE_DATELINE.sub("", view.masked[:view.local(found[0].start)].lstrip()))
        if _SIGNATORIES_HEAD.match(head) or _COUNTED_HEAD.match(head):
            return found
        phrase = _AFTER_OPENING_PHRASE.match(head)
        if phrase is not None and ArticleReader.opens(phrase.group(1)):
            return found
        found = found[1:]
    return found


# a wire's dateline without the year before a list of signatories: "DAKAR, 4 mars (APS) - La Chambre X, …"
_WIRE_DATELINE = re.compile(r"^[a-z#][a-z#' -]{1,30}?,\s*(?:le\s+)?\d{1,2}(?:er)?\s+[a-z]+\.?\s*\(\s*[a-z#][a-z#/ ]{0,20}\)\s*-\s+")
_AFTER_OPENING_PHRASE = re.compile(r"^([^,;:.]+,)\s*(?:(?:le|la|l'|les)\s*)?(?:[a-z-]+\s+){0,2}$")


def _partnership_at(ctx: Context, view: SentenceView, position: int) -> list[EventMention]:
    lex = ctx.reader.lexicon
    subject = _subject_before(ctx, view, position, keep=_party)
    partners: list[Referent] = []
    # "…, l'Institut Y, avec lequel le parc a signé une convention": the clause's subject and the antecedent
    for first, second in zip(view.referents, view.referents[1:]):
        if second.end <= position and _WITH_WHICH.match(view.between(first.end, second.start)) \
                and _party(ctx, first) and _party(ctx, second):
            partners, subject = [second, first], None
    if subject is not None:
        chain = lex.cue("partnership", "chain")
        subject = _chain_head(ctx, view, subject, chain)
        partners.append(subject)
        for referent in (r for r in view.referents if subject.end <= r.start and r.end <= position):
            if chain.search(view.between(partners[-1].end, referent.start)) and _party(ctx, referent):
                partners.append(referent)
        if len(partners) >= 2 and _PLURAL_VERB.match(view.between(partners[-1].end, position)):
            partners[:0] = _listed_before(ctx, view, subject)
        elif len(partners) == 1 and subject.named:  # "A, basé à …, et B, son homologue …, ont scellé"
            partners[:0] = [r for r in [_described_co_subject(ctx, view, subject, position)] if r is not None]
            if len(partners) == 1:  # "Le pôle A, dédié à …, et l'Université B ont signé": the subject is the first
                partners += [r for r in [_second_described_subject(ctx, view, subject, position)] if r is not None]
        for referent in (r for r in view.referents if subject.end <= r.start and r.end <= position and r not in partners):
            if _SIGNED_WITH_BEFORE.search(view.between(subject.end, referent.start)) and _party(ctx, referent):
                partners.append(referent)  # "X a signé lundi avec le cluster Y une convention"
                for other in (r for r in view.referents if referent.end <= r.start and r.end <= position):
                    if not chain.search(view.between(partners[-1].end, other.start)) or not _party(ctx, other):
                        break
                    partners.append(other)  # "… avec A et B un accord"
                break
    partners += _linked_after(view, position, _PARTNER_LINK,
                              lex.cue("partnership", "chain"), lambda r: _party(ctx, r))
    if len(partners) < 2:  # "… ont paraphé un protocole d'accord : le pôle X, l'École Y et la société Z"
        listed = _linked_after(view, position, _COLON_LIST, lex.cue("partnership", "chain"), lambda r: _party(ctx, r))
        if len(listed) >= 2:
            partners = listed
    if not partners:  # "Une convention a été paraphée jeudi par le constructeur X et l'Office Y"
        partners = _linked_after(view, position, _SIGNED_BY, lex.cue("partnership", "chain"), lambda r: _party(ctx, r))
    if len({t.start_char for r in partners for t in r.targets}) < 2:  # "signé lundi entre X et Y", "Rapprochement entre X et Y, qui …"
        between = _BETWEEN_PARTNERS
        listed = _linked_after(view, position, between, lex.cue("partnership", "chain"), lambda r: _party(ctx, r))
        if not listed:
            listed = _linked_after(view, view.sentence.start, between, lex.cue("partnership", "chain"), lambda r: _party(ctx, r))
        if len(listed) <= 1:  # "La convention lie le Technopark X à l'Agence Y (Z)"
            listed = _linked_after(view, view.sentence.start, _BINDS, _TO_PARTNER, lambda r: _party(ctx, r)) or listed
        if len({t.start_char for r in listed for t in r.targets}) >= 2:  # "entre les deux organismes" names two
            partners = listed
    if len({t.start_char for r in partners for t in r.targets}) < 2:
        partners = _framed_by_agreement(ctx, view, position) or partners
    if len({t.start_char for r in partners for t in r.targets}) < 2:  # "L'accord que X et Y ont signé jeudi, …"
        listed = _linked_after(view, position, _AGREEMENT_THAT, lex.cue("partnership", "chain"), lambda r: _party(ctx, r))
        if len(listed) >= 2 and _SIGNED_IT.match(view.between(listed[-1].end, view.sentence.end)):
            partners = listed
    targets = {t.start_char: t for r in partners for t in r.targets}
    if len({fold_keep_offsets(t.surface) for t in targets.values()}) < 2:
        return []
    date = ctx.date_for(view, future=False)
    if date[1] and date[0] is not None and len(date[0]) == 4 and ctx.published and date[0] < ctx.published[:4] \
            and _PLUPERFECT.search(view.masked):
        return []  # "Arrivé en 2030, il avait piloté le rapprochement avec le pôle X": background
    ctx.reader.last_partners = tuple(targets.values())
    participants = [Participant(t, Role.PARTNER) for t in targets.values()]
    return [_event(view, EventType.PARTNERSHIP, participants, date)]


_PLACE_PREPOSITION = re.compile(r"\b(?:a|au|en|dans|de|d')\s*$")


def _chain_head(ctx: Context, view: SentenceView, subject: Referent, chain: re.Pattern[str]) -> Referent:
    """The first of the signatories a subject closes: "Les pôles A et B, ainsi que C, ont signé"
    (C looked like the subject after "ainsi que"), when that first one opens its clause too."""
    head, found = subject, subject
    for referent in reversed([r for r in view.referents if r.end <= subject.start]):
        gap = view.between(referent.end, head.start)
        if not chain.search(gap) or not _party(ctx, referent) \
                or _PLACE_PREPOSITION.search(view.between(view.sentence.start, referent.start)):
            break  # (a place phrase lists nothing: "À Sousse, le pôle X et l'école Y ont paraphé")
        head = referent
        if ctx.reader.subject_like(view, referent):
            found = referent
    return found


# the agreement, then the relative clause of those who signed it: "L'accord que X et Y ont signé jeudi"
_AGREEMENT_THAT = re.compile(r"^[a-z'-]+(?:\s+[a-z'-]+){0,3}?\s+qu(?:e\s+|')\s*(?:(?:le|la|l'|les)\s*)?(?:[a-z'-]+\s+){0,2}$")
_SIGNED_IT = re.compile(r"^\s*(?:ont|avaient|viennent d.)\s*(?:\w+\s+)?(?:sign|conclu|paraph|scell|nou|ratifi)\w*")
_PLUPERFECT = re.compile(r"\b(?:avait|avaient)\s+(?:\w+\s+)?(?:ete\s+)?[a-z]+(?:e|i|u|is|it)e?s?\b")


# Opening -------------------------------------------------------------------------------------

_LAUNCHED = re.compile(r"^\s*(?:a ete|ont ete|est|sont|vient d.etre|viennent d.etre)\s+(?:\w+\s+)?"
                       r"(?:lance|lancee|lances|lancees|inaugure|inauguree)\b")
_LAUNCH_OF = re.compile(r"\b(?:lancement|naissance)\b[^.;]{0,60}?(?:\bde|\bdu|\bd')\s*$")


def _launched(ctx: Context, view: SentenceView) -> list[EventMention]:
    """A new organisation launched: "Le cluster X a été officiellement lancé le ...", "Lancement,
    vendredi, de X, le cluster des ..." (the organisation is what opens; no site word needed)."""
    if "lanc" not in view.masked and "inaugur" not in view.masked and "naissance" not in view.masked:
        return []  # what `_LAUNCHED` and `_LAUNCH_OF` need (most sentences have none of them)
    sites = ctx.reader.lexicon.cue("opening", "sites")
    for referent in (r for r in view.referents if r.named and _org(ctx, r)):
        after = view.between(referent.end, view.sentence.end)
        passive = _LAUNCHED.match(after) if ctx.reader.subject_like(view, referent) else None
        before = view.between(view.sentence.start, referent.start)
        if passive is not None and _SITE_OF_NAME.search(before) and sites.search(before):
            passive = None  # "L'usine de X a été inaugurée jeudi dans la zone Y": X's site opens (read below, with its host)
        # `_LAUNCH_OF` needs one of its nouns; `kind` is read only when the sentence tells a launch
        of = _LAUNCH_OF.search(before) if "lancement" in before or "naissance" in before else None
        if passive is None and of is None:
            continue
        kind = sites.match(re.sub(r"^\s*,\s*(?:le|la|l'|une|un)\s*(?:nouve\w+\s+)?", "", after)) \
            if re.match(r"^\s*,\s*(?:le|la|l'|un|une)\s", after) else None
        if passive is None and kind is None:
            continue
        at = referent.end + (passive.end() if passive else 0)
        return [_event(view, EventType.OPENING, _as(referent, Role.ORGANISATION), _opening_date(ctx, view, at),
                       detail=kind.group() if kind else "lancement")]
    return []


_SITE_OF_NAME = re.compile(r"\b(?:de la|de l'|du|des|de|d')\s*(?:(?:societe|groupe|start-up|startup|entreprise|pme|"
                           r"equipementier|fabricant|industriel|constructeur)\s+(?:[a-z-]+\s+)?)?$")
# a site that opens as the subject, passive or "ouvre ses portes": "La nouvelle usine de X a été inaugurée"
_ADVERBS_AFTER = re.compile(r"(?:\s+\w+ment\b)+")
# a day and a host set between commas after the cue: "a inauguré lundi, au sein du Technopark X, "
# "a installé", "s'est installée", "sera installé": an installing told as an act, not a description
_PRODUCTION_IN = re.compile(r"[^.;#]{0,30}?\bla production\s+(?:dans|sur|de|a|au)\b")
_INSTALLED_BY_VERB = re.compile(r"\b(?:a|ont|avait|avaient|aura|auront|est|sont|sera|seront|etait|etaient|s'|se|ete|etre)\s+"
                                r"(?:(?:\w+ment|deja|bien|aussi|egalement|desormais|enfin)\s+)?$")
_INSERTED_HOST = re.compile(r"\s+(?:[a-z0-9]+\s+){0,2}?(?:[a-z0-9]+)?\s*,\s*(?:au sein d(?:u|e la|e l')|au c(?:oe|œ)ur d(?:u|e la|e l')|au|a la|a l'|"
                            r"dans la|dans le|dans l'|sur le site d(?:u|e la|e l')|sur la|sur le|sur l')\s*(?:(?:la|le|l')\s*)?(?:[a-z-]+\s+){0,2}?#+\s*,")
def _official_of(ctx: Context, view: SentenceView, referent: Referent) -> bool:
    """The organisation is named only as an official's ("La présidente de la Région Sud", "le wali de …")."""
    role = _ROLE_OF.search(view.between(view.sentence.start, referent.start))
    return role is not None and role.group(1) in ctx.reader.lexicon.role_words


_ROLE_OF = re.compile(r"\b([a-z-]+)\s+(?:de la|de l'|du|des|de|d')\s*$")
_SAME_SITE = re.compile(r"\b(?:sur|dans|au sein)\s+(?:le|du)\s+meme\s+(?:site|parc|campus|technopole|technopark)\b"
                        r"|\bau meme endroit\b")
_FRONTED_PHRASE = re.compile(r"^\s*(?:apres|avant|au terme|a l.issue|en presence|au cours|lors|depuis|fin|debut)\b[^,;:#]{0,60},\s*")
_SITE_SUBJECT = re.compile(r"^\s*(?:la|le|l'|les|son|sa|ses|une|un)\s*(?:(?:nouvel\w*|premier\w*|premiere|deuxieme|second\w*)\s+)?"
                           r"[a-z-]+\b[^;]{0,160}?(?:\b(?:(?:a|ont|sera|seront)\s+ete|vient d.etre|viennent d.etre)\s+"
                           r"(?:\w+\s+)?|\b(?:vient|viennent)\s+d')$")
# "hébergée par l'Université X", "dans les locaux de la Chambre Y": the organisation that hosts
_HOSTED_BY = re.compile(r"(?:\b(?:heberge\w*|accueilli\w*|abrite\w*)\s+(?:par|au sein)\s*(?:de\s*)?(?:la|le|l'|les|du|des)?"
                        r"|\bdans les locaux\s+(?:de la|de l'|du|des|de|d'))\s*$")


_SITE_AS_SUBJECT = re.compile(r"\s*(?:l'|la|le|cette|cet|ce)\s*(?:nouvel\w*\s+|nouveau\s+)?(?P<site>[a-z-]+)\s+(?:[a-z'-]+\s+)?")


def _site_opens_sentence(lex: Lexicon, before_cue: str) -> bool:
    """"L'usine ouvrira en mars", "La nouvelle unité a ouvert": a site noun alone is the subject."""
    subject = _SITE_AS_SUBJECT.fullmatch(before_cue)
    return subject is not None and lex.cue("opening", "sites").fullmatch(subject.group("site")) is not None


def opening(ctx: Context, view: SentenceView) -> list[EventMention]:
    lex = ctx.reader.lexicon
    launched = _launched(ctx, view) or _hosts_new_site(ctx, view)
    if launched:
        return launched
    for cue in lex.cue("opening", "cues").finditer(view.masked):
        if cue.group() in ("installe", "installee", "installes", "installees", "implante", "implantee", "implantes", "implantees") \
                and (re.search(r"(?:^|,)\s*$", view.masked[:cue.start()])
                     or not _INSTALLED_BY_VERB.search(view.masked[:cue.start()])):
            # "Installé dans les locaux du technopôle, le cluster …", "deux sociétés installées dans le parc",
            # "X, sous-traitant implanté à la zone franche d'El Mghira": where it is, not an opening
            continue
        if lex.cue("opening", "not_opening_before").search(view.masked[:cue.start()]) \
                or lex.cue("opening", "not_opening").search(view.masked[cue.start():]) \
                or lex.cue("opening", "undecided_after").search(view.masked[cue.start():cue.start() + 160]):
            continue
        if lex.cue("opening", "purpose_before").search(view.masked[:cue.start()]) \
                and not any(d.start_char > view.sentence.start + cue.start() for d in view.dates):
            continue  # "L'argent servira à ouvrir de nouveaux entrepôts": a purpose (not "servira à ouvrir en décembre …")
        window = 40 if cue.group().startswith("lanc") else 50  # "sera lancé auprès des start-up du pôle": no site
        if _PRODUCTION_IN.match(view.masked, cue.end()):
            window += 40  # "a lancé le 20 septembre la production dans sa nouvelle usine de X"
        adverbs = _ADVERBS_AFTER.match(view.masked, cue.end())
        window += adverbs.end() - cue.end() if adverbs else 0  # "a lancé officiellement le 12 mars un nouveau cluster"
        inserted = _INSERTED_HOST.match(view.masked, cue.end())
        window += inserted.end() - cue.end() if inserted else 0  # "a inauguré lundi, au sein du Technopark X, le centre de Y"
        site = lex.cue("opening", "sites").search(view.masked[cue.end():cue.end() + window])
        after_cue = site  # the site words right after the cue (not the ones found before it below)
        if site is not None and re.search(r"\b(?:aupres|pour|avec|par(?!\s+ailleurs))\b", view.masked[cue.end():cue.end() + site.start()]):
            site = None
        if site is None and cue.group() == "ouverture":
            before = view.masked[max(0, cue.start() - 50):cue.start()]
            sites = list(lex.cue("opening", "sites").finditer(before))
            site = sites[-1] if sites and lex.cue("opening", "site_before").search(before) else None
        front = None
        if site is None:  # "La nouvelle usine d'Atlas Pièces a été inaugurée jeudi": the site is the subject
            begin = _lead_end(lex, view)  # "Alger, 20 octobre 2032 (APS) - Un nouvel incubateur …"
            fronted = _FRONTED_PHRASE.match(view.masked[begin:cue.start()])
            if fronted is not None and not _FINITE.search(fronted.group()):
                begin += fronted.end()  # "Après deux ans de travaux, la nouvelle usine de X a été inaugurée"
            front = _SITE_SUBJECT.match(view.masked[begin:cue.start()])
            site = lex.cue("opening", "sites").search(front.group()) if front else None
        branded = None
        if site is None:  # "Orange Maroc a ouvert mercredi un Orange Digital Center": a unit named by its brand
            branded = next((r for r in view.referents if r.named and r.start > view.sentence.start + cue.end()
                            and _BRANDED_SITE_GAP.match(view.between(view.sentence.start + cue.end(), r.start))
                            and _BRANDED_SITE.search(fold_keep_offsets(r.targets[0].surface).lower())), None)
            site = _NAME_MASK.match(view.masked, view.local(branded.start)) if branded is not None else None
        if site is None:  # "Le ministre a inauguré mercredi le Technopark de Salé Nord": the site is the name
            named_site = next((r for r in view.referents if r.named and r.start > view.sentence.start + cue.end()
                               and len(view.between(view.sentence.start + cue.end(), r.start)) <= 30
                               and _org(ctx, r) and _SITE_NAME.match(fold_keep_offsets(r.targets[0].surface).lower())), None)
            if named_site is not None and cue.group().startswith(("inaugur", "ouvr", "ouvert")) and _IN_NAMED_SITE_GAP.match(
                    view.between(view.sentence.start + cue.end(), named_site.start)):
                # "L'incubateur X a ouvert dimanche dans le Parc technologique Y": X opens, in Y
                settler = _subject_before(ctx, view, view.sentence.start + cue.start())
                if settler is not None and settler.named and settler.label == "ORG" and settler is not named_site \
                        and not _official_of(ctx, view, settler):
                    return [_event(view, EventType.OPENING, _as(settler, Role.ORGANISATION) + _as(named_site, Role.HOST),
                                   _opening_date(ctx, view, view.sentence.start + cue.start()))]
            if named_site is not None and cue.group().startswith(("inaugur", "ouvr", "ouvert")) and _NAMED_SITE_GAP.match(
                    view.between(view.sentence.start + cue.end(), named_site.start)):
                # (but "La Moroccan Information Technopark Company a ouvert lundi le Technopark d'Agadir": its operator opens it)
                operator = _subject_before(ctx, view, view.sentence.start + cue.start())
                if operator is not None and operator.named and operator.label == "ORG" \
                        and not _official_of(ctx, view, operator):
                    named_site = operator
                return [_event(view, EventType.OPENING, _as(named_site, Role.ORGANISATION),
                               _opening_date(ctx, view, view.sentence.start + cue.start()),
                               detail=fold_keep_offsets(named_site.targets[0].surface).lower().split()[0])]
            continue
        position = view.sentence.start + cue.start()
        if front is not None:
            owner = next((r for r in view.referents if r.start < position and _org(ctx, r) and re.search(
                r"(?:de la|de l'|du|des|de|d')\s*$", view.between(view.sentence.start, r.start))), None)
            if owner is not None:
                # "Un incubateur de l'Agence X a été inauguré lundi au Cyberparc Y": Y hosts it
                host = next((r for r in view.referents if r.start > position and r.named and _org(ctx, r)
                             and _host_prep(lex, view.between(r.start - 40, r.start))), None)
                return [_event(view, EventType.OPENING, [*_as(owner, Role.ORGANISATION),
                                                         *(_as(host, Role.HOST) if host is not None else [])],
                               _opening_date(ctx, view, position), detail=site.group())]
        # "Un centre de maintenance a été ouvert le 2 avril par la société X au sein de …": who opens, after "par"
        by = next((r for r in view.referents if r.start > position and _org(ctx, r)
                   and _OPENED_BY.match(view.between(position + len(cue.group()), r.start))), None) \
            if front is not None else None
        subject = by or _subject_before(ctx, view, position) or _named_place_subject(ctx, view, position)
        announced_in: Referent | None = None
        announcer = subject is not None and _ANNOUNCES_OPENING.search(view.between(subject.end, position)) is not None
        if site is not None and site is after_cue and front is None and by is None \
                and (subject is None or _official_of(ctx, view, subject) or announcer):
            # (or a subject the NER stage did not name: "Le ministre de l'Industrie a inauguré …")
            # "La présidente de la Région Sud a inauguré le nouveau site de la société X": X opens it
            site_end = view.sentence.start + cue.end() + site.end()
            owner = next((r for r in view.referents if r.start >= site_end and _org(ctx, r)
                          and _OWNER_OF_SITE.match(view.between(site_end, r.start))), None)
            if owner is not None and announcer and subject is not None and subject.named \
                    and _PARK_WORD.search(fold_keep_offsets(subject.targets[0].surface).lower()):
                # "La zone franche X annonce la mise en service de l'usine de Y": Y opens it, in X
                announced_in = subject
            subject = owner or subject
        if subject is None:  # "Un nouvel incubateur vient d'ouvrir au sein du Technopôle X, à l'initiative de la Fondation Y"
            subject = next((r for r in view.referents if r.start > position and _org(ctx, r)
                            and _AT_THE_INITIATIVE.search(view.between(position, r.start))), None)
        if (subject is None or not subject.named) and ctx.last_about is not None \
                and (front is not None or _site_opens_sentence(lex, view.masked[:cue.start()])):
            # "Le Fonds X a accordé 1,5 milliard de dinars à la société Y pour son usine. L'usine ouvrira en mars":
            # the site told as the subject is the one the last event was about, Y's, not the article's first name's
            participants = [Participant(ctx.last_about, Role.ORGANISATION)]
        elif subject is None and ctx.reader.focus is not None:
            participants = [Participant(ctx.reader.focus, Role.ORGANISATION)]
        elif subject is not None:
            participants = _as(subject, Role.ORGANISATION)
            last = subject  # "X et le Technopôle Y ont uni leurs forces pour créer un laboratoire, qui ouvrira …"
            for referent in (r for r in view.referents if subject.end <= r.start and r.end <= position):
                if re.match(r"^\s*et\s*(?:(?:le|la|l'|les)\s*)?(?:[a-z-]+\s+)?$", view.between(last.end, referent.start)) \
                        and _org(ctx, referent):
                    participants += _as(referent, Role.ORGANISATION)
                    last = referent
        else:
            continue
        openers = frozenset(p.mention.start_char for p in participants)

        def can_host(r: Referent, openers: frozenset[int] = openers) -> bool:
            """A name, or "au sein du technopark" for the one named before (not the opener)."""
            if r.named:
                return r.label == "ORG" or _org(ctx, r) or _site_place(view, r) \
                    or fold(r.targets[0].surface) in lex.site_places or _named_after_au(ctx, view, r)
            noun = view.masked[view.local(r.start):view.local(r.end)]
            return noun in lex.named_anaphors and _org(ctx, r) and not {t.start_char for t in r.targets} & openers \
                and all(noun.removesuffix("e") in fold_keep_offsets(t.surface).lower() for t in r.targets)  # not a fallback
            # to the focus ("dans l'agropole" for the « Agropolis de Meknès » named before)

        hosts = _linked_after(view, position + len(cue.group()), lex.cue("opening", "host_link"), None, can_host)
        if not hosts and announced_in is not None:
            hosts = [announced_in]
        if not hosts:  # the host may come after the site words: "ouvrir un centre de recherche à Caen, au sein du parc ..."
            # … or before the cue, after the opener: "X s'est installé au Technopark Y, où il a ouvert un centre"
            since = subject.end if subject is not None else position
            for referent in (r for r in view.referents if r.start > min(since, position) and r is not branded and can_host(r)):
                gap = view.between(referent.start - 60, referent.start)
                if _host_prep(lex, gap) or _HOSTED_BY.search(gap):
                    hosts = [referent]
                    break
        if not hosts and subject is not None and _SAME_SITE.search(view.masked[cue.end():]):
            # "Installée à X depuis 2032, la scale-up Y a inauguré un second plateau sur le même site"
            hosts = [r for r in view.referents if r.end <= subject.start and r.named and can_host(r)
                     and _host_prep(lex, view.between(max(view.sentence.start, r.start - 40), r.start))][-1:]
        if not hosts and subject is not None and _CLEFT_PLACE.match(view.masked):
            # "C'est dans la zone franche de X que l'équipementier Y a mis en service sa quatrième usine"
            hosts = [r for r in view.referents if r.end <= subject.start and can_host(r)
                     and re.search(r"\bqu", view.between(r.end, subject.start))][:1]
        if not hosts and subject is not None:
            # "Dans la zone franche X, à Nouaceur, l'équipementier Y a inauguré mardi une usine": the park told first
            hosts = [r for r in view.referents if r.end <= subject.start and r.named and can_host(r)
                     and _FRONTED_SITE.match(view.between(view.sentence.start, r.start))
                     and _FRONTED_SITE_END.match(view.between(r.end, subject.start))][:1]
        if not hosts and re.search(r"\by\s+(?:(?:a|ont|sera|seront|va|vont)\s+)?(?:(?:par ailleurs|aussi|egalement|deja|"
                                   r"officiellement|pour sa part|de son cote)\s+)?$", view.masked[:cue.start()]):
            opener_starts = {p.mention.start_char for p in participants}  # "le Technopark X …, qui y a ouvert ses bureaux"
            hosts = [r for r in view.referents if r.end <= position and r.named and _org(ctx, r)
                     and r.targets[0].start_char not in opener_starts][:1]
            previous = ctx.reader.previous_subject
            if not hosts and previous is not None and previous.named and _org(ctx, previous) \
                    and previous.targets[0].start_char not in opener_starts \
                    and _SITE_NAME.match(fold_keep_offsets(previous.targets[0].surface).lower()):
                hosts = [previous]  # "Le Technopark X compte un nouveau locataire. La société Y y a ouvert …"
            focus = ctx.reader.focus
            if not hosts and previous is not None and not previous.named and _org(ctx, previous) \
                    and all(t.start_char not in opener_starts for t in previous.targets) \
                    and _SITE_NAME.match(fold_keep_offsets(previous.targets[0].surface).lower()):
                hosts = [previous]  # "La zone X a obtenu un label. Elle … Le chinois Y y a inauguré une usine"
            elif not hosts and focus is not None and focus.start_char not in opener_starts and ctx.reader.is_org(focus) \
                    and _SITE_NAME.match(fold_keep_offsets(focus.surface).lower()):
                hosts = [Referent(focus.start_char, focus.end_char, (focus,), True)]  # the park the article is about
        opener = {p.mention.surface for p in participants}
        participants += [p for r in hosts[:1] for p in _as(r, Role.HOST) if p.mention.surface not in opener]
        detail = site.group() if branded is None else fold_keep_offsets(branded.targets[0].surface).lower().split()[-1]
        if detail == "portes":  # "un campus …, qui ouvrira ses portes": the campus opens
            named = [m.group() for m in lex.cue("opening", "sites").finditer(view.masked[:cue.start()]) if m.group() != "portes"]
            detail = named[-1] if named else detail
        return [_event(view, EventType.OPENING, participants, _opening_date(ctx, view, position), detail=detail)]
    return []


_HOST_PREP = re.compile(r"(?:\bau sein\b|\bau c(?:oe|œ)ur\b|\bdans\b|\bsur\b|\ba\b|\bau\b|\b(?:son|sa|ses|leur)\b)")


def _named_place_subject(ctx: Context, view: SentenceView, position: int) -> Referent | None:
    """A name the NER typed as a place that `_party` takes for a firm, opening the sentence as the
    subject of an opening verb ("Normandie Hydrogène a inauguré lundi une station …")."""
    subject = _subject_before(ctx, view, position, org=False)
    if subject is None or subject.label != "LOC" or not _party(ctx, subject) or subject is not view.referents[0] \
            or _PLACE_PREPOSITION.search(view.between(view.sentence.start, subject.start)):
        return None  # (not "À Borj Cédria, plusieurs laboratoires …")
    return subject


def _named_after_au(ctx: Context, view: SentenceView, r: Referent) -> bool:
    """A name the NER typed as a place right after « au », which is no country, town or region a
    writer puts there: a park or a district ("au Bioparc Lyon", "au Beirut Digital District")."""
    return r.label == "LOC" and re.search(r"\bau\s*$", view.between(max(view.sentence.start, r.start - 10), r.start)) is not None \
        and not _place_after_au(ctx, r)


def _host_prep(lex: Lexicon, gap: str) -> bool:
    """The words before a name end on a host link ("… lundi au ", "… au sein du parc ")."""
    preps = list(_HOST_PREP.finditer(gap))
    return bool(preps) and lex.cue("opening", "host_link").match(gap[preps[-1].start():]) is not None


def _site_place(view: SentenceView, r: Referent) -> bool:
    """A name the NER typed as a place is still the host park when the text says it holds sites:
    "au sein de Cap Nova", "sur le campus de Green Valley", "à Cap Nova, la pépinière de …"."""
    return bool(_SITE_PLACE_BEFORE.search(view.between(r.start - 40, r.start))
                or _SITE_PLACE_AFTER.match(view.between(r.end, r.end + 40)))


_SITE_PLACE_BEFORE = re.compile(r"(?:\bau sein|\bau c(?:oe|œ)ur|\b(?:campus|pepiniere|parc|technopole|technopark|"
                                r"technoparc|incubateur|site|zone franche|zone industrielle|zone d.activites?|zone logistique|"
                                r"parc industriel|(?:parc|zone) d.activites? economiques?|zone economique speciale))"
                                r"\s+(?:de la|de l'|du|des|de|d')\s*$")
_SITE_PLACE_AFTER = re.compile(r"^\s*,\s*(?:la|le|l'|une|un)\s*(?:(?:nouve\w+|grande?|jeune)\s+)?(?:pepiniere|technopole|technopark|"
                               r"technoparc|parc|campus|incubateur|zone|hub|cite|village|pole|espace|site)\b")
# ("a été ouvert, mardi, au sein du Cyberparc X, par l'entreprise publique Y": a day and the host between commas)
_OPENED_BY = re.compile(r"^e?s?\s*(?:,\s*[^#.;,]{1,30},)?\s+(?:[^#.;,]{0,40}\s)?"
                        r"(?:(?:au sein d(?:u|e la|e l')|au|a la|a l'|dans la|dans le|dans l')\s*#+\s*,?\s+)?"
                        r"par\s*(?:(?:la|le|l'|les)\s*)?"
                        r"(?:(?:societe|groupe|start-up|startup|entreprise|jeune pousse|pme|equipementier|cluster|pole|"
                        r"fabricant|industriel|operateur|specialiste)\s+(?:[a-z-]+\s+)?)?$")
_AT_THE_INITIATIVE = re.compile(r"(?:\ba l.initiative|\bsous l.impulsion)\s+(?:de la|de l'|du|des|de|d')\s*$")
# a site named before its comma at the head of the sentence, its town after it at most
_FRONTED_SITE = re.compile(r"^\s*(?:dans|au sein d\w*|sur|au c(?:oe|œ)ur d\w*)\s+(?:le|la|l'|les|du|de la|de l'|des)?\s*"
                           r"(?:zone|parc|technopole|technopark|technoparc|agropole|cyberparc|campus|cite|plateforme|pepiniere|"
                           r"incubateur|district)\b(?:\s+[a-z-]+){0,2}\s+(?:(?:de|du|des|d')\s*)?$")
_FRONTED_SITE_END = re.compile(r"^(?:\s*,\s*(?:a|pres d\w*|non loin d\w*)\s+[^,;.#]{0,30}#+)*\s*,[^,;.#]{0,60}$")
_CLEFT_PLACE = re.compile(r"^\s*c.est\s+(?:dans|au sein|sur|a|au|aux)\b")
_OTHER_CLAUSE = re.compile(r"(?:\btandis qu|\balors qu|;)")

# "Le technopôle X accueille désormais le nouveau centre de données de la société Y": the host is
# the subject, then a site said to be new, then its owner
# (or "abrite depuis mardi le centre de Y": hosting since a recent day is an opening)
_HOSTS_NEW = re.compile(r"\b(?:accueill\w*|abrit\w*)\s+(?:(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"
                        r"(?:dernier\s+)?(?=l.(?:inauguration|ouverture)|la mise en service))?(?:(desormais|depuis\s+(?:(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|"
                        r"vendredi|samedi|dimanche)|le\s+\d{1,2}(?:er)?\s+[a-z]+|peu|hier|(?:janvier|fevrier|mars|avril|mai|"
                        r"juin|juillet|aout|septembre|octobre|novembre|decembre)(?!\s+\d)))\s+)?"
                        # "a accueilli l'inauguration du nouveau centre de Y", "le premier hub régional de Y"
                        r"(?:(l.(?:inauguration|ouverture)|la mise en service)\s+(?:du|de la|de l'|des|d'un|d'une)\s*|(?:les|le|la|l'|une|un)\s*)"
                        r"(?:(nouve\w+|premier|premiere)\s+)?")
# "X a le plaisir d'annoncer la mise en service de l'usine de Y": X tells of Y's opening
_ANNOUNCES_OPENING = re.compile(r"\b(?:annonce\w*|a le plaisir d.annoncer|se felicite\w*\s+de|salue\w*|celebre\w*)\s+"
                                r"(?:\w+\s+)?(?:la|l')\s*$")  # … then the cue: "mise en service", "ouverture", "inauguration"
_PARK_WORD = re.compile(r"\b(?:zones?|parcs?|parks?|technoparks?|technopoles?|technoparcs?|cite|campus|hub|agropoles?|agropolis)\b")
_OWNER_OF_SITE = re.compile(r"^\s*(?:[a-z'-]+\s+){0,3}?(?:de la|de l'|du|des|de|d')\s*"
                            r"(?:(?:societe|groupe|start-up|startup|entreprise|jeune pousse|pme|equipementier)\s*)?$")


def _hosts_new_site(ctx: Context, view: SentenceView) -> list[EventMention]:
    """An opening told from its host: "X accueille désormais le nouveau centre de Y"."""
    sites = ctx.reader.lexicon.cue("opening", "sites")
    if "accueill" not in view.masked and "abrit" not in view.masked:  # `_HOSTS_NEW` needs one of its verbs
        return []
    for match in _HOSTS_NEW.finditer(view.masked):
        site = sites.match(view.masked[match.end():])
        if site is None or not (match.group(1) or match.group(2) or match.group(3)):
            continue  # "le technopark accueille le siège de X": where it is, not something new
        position = view.sentence.start + match.start()
        host = _subject_before(ctx, view, position)
        site_end = view.sentence.start + match.end() + site.end()
        owner = next((r for r in view.referents if r.start >= site_end and r is not host and _org(ctx, r)
                      and _OWNER_OF_SITE.match(view.between(site_end, r.start))), None)
        # "Dakar accueille depuis lundi le premier hub de Y": a town hosts, and is no participant
        town = host is None and any(r.named and r.label == "LOC" and not _org(ctx, r) and r.end <= position
                                    and not view.between(view.sentence.start, r.start).strip() for r in view.referents)
        if (host is None and not town) or owner is None:
            continue
        return [_event(view, EventType.OPENING, _as(owner, Role.ORGANISATION) + (_as(host, Role.HOST) if host else []),
                       _opening_date(ctx, view, position), detail=site.group())]
    return []


_SITE_NAME = re.compile(r"(?:technopark|technoparc|technopole|technopolis|parc|campus|incubateur|pepiniere|"
                        r"centre|cite|village|hub|zone)\b")
# "un Orange Digital Center", "son nouvel Orange Fab": a unit named by its brand and its kind
_BRANDED_SITE = re.compile(r"\b(?:center|centre|fab|lab|labs|fablab|fablabs|hub|academy|campus|school|factory|studio)$")
_BRANDED_SITE_GAP = re.compile(r"^\s*(?:(?!(?:a|au|avec|pour|par|aupres|dans|sur)\s)[\w-]+\s+){0,4}?(?:un|une|son|sa|leur|ses|leurs)\s+"
                               r"(?:(?:nouve\w+|premier|premiere|deuxieme|troisieme|quatrieme|cinquieme)\s+)?$")
_NAME_MASK = re.compile(r"#+")
_NAMED_SITE_GAP = re.compile(r"^\s*(?:\w+\s+){0,3}?(?<!\ba\s)(?<!\bdans\s)(?<!\bsur\s)(?:le|la|l'|les)\s*(?:nouve\w+\s+)?$")  # "à la Technopole X": where, not what
_IN_NAMED_SITE_GAP = re.compile(r"^\s*(?:[a-z0-9]+\s+){0,2}?(?:(?:dans|sur)\s+(?:le|la|l'|les)|au sein\s+(?:du|de la|de l'))\s*$")


def _opening_date(ctx: Context, view: SentenceView, cue_at: int) -> tuple[str | None, bool]:
    """The first date after the cue, else one before it that is not a founding date ("Créé en 2019")."""
    after = [d for d in view.dates if d.start_char >= cue_at]
    if after:
        return _week_as_month(after[0]), True
    founded = ctx.reader.lexicon.cue("opening", "founded")
    # "ont signé lundi une convention, tandis que X annonçait l'ouverture d'un bureau": lundi is the other clause's
    before = [d for d in view.dates if not founded.search(view.between(view.sentence.start, d.start_char))
              and not _NOT_EVENT_DATE.search(view.between(view.sentence.start, d.start_char))  # "Implantée depuis 2019"
              and not (d.end_char <= cue_at and _OTHER_CLAUSE.search(view.between(d.end_char, cue_at)))]
    if before:
        return _week_as_month(before[0]), True
    return ctx.date_for(view, future=None, before=view.sentence.start)


# Appointment ---------------------------------------------------------------------------------

def role_word(ctx: Context, text: str) -> tuple[int, str] | None:
    """The first role named in folded `text`: (offset, role as written folded)."""
    best: tuple[int, str] | None = None
    for word in (*ctx.reader.lexicon.role_words, *ctx.reader.lexicon.role_nouns):
        if word not in text:  # the search below needs it: most roles are absent, skipped without a pattern
            continue
        match = re.search(rf"\b{re.escape(word)}\b", text)
        if match and (best is None or match.start() < best[0] or (match.start() == best[0] and len(word) > len(best[1]))):
            best = (match.start(), word)
    return best


_PARTS_WITH = re.compile(r"(?:\bse separe\w*\s+de\s+(?:son|sa|ses)|\bmis\s+fin\s+(?:\w+\s+){0,2}?aux\s+fonctions)\s+[^.;]{0,80}$")
# "X a recruté Y comme directeur ; il a pris son poste le 2 février": the day the same appointment took effect
_TOOK_THE_POST = r";\s*(?:il|elle)\s+(?:a pris|prend|prendra)\s+(?:son poste|ses fonctions)\s+(?:le|des le|au|a compter du)\s*$"
_EFFECTIVE_FROM = re.compile(rf"(?:\ba compter|\ba partir|\bavec effet)\s+(?:du|de ce|de ce|au)\s*$|{_TOOK_THE_POST}|\beffective?s?\s+(?:le|des le|au|a compter du|a partir du)\s*$"
                             # "… ; sa nomination prendra effet le 1er juillet"
                             r"|\b(?:prend|prendra|prendront|prennent)\s+effet\s+(?:le|des le|au)\s*$")


def appointment(ctx: Context, view: SentenceView) -> list[EventMention]:
    events = _appointments(ctx, view)
    if events and _ELECTED_ME.search(view.masked):
        # "Vous avez été élu en décembre ? — Oui, l'assemblée m'a élu le 14 décembre": the interviewee
        me = ctx.reader.interviewee_person
        if me is not None:
            events = [e if any(p.role is Role.APPOINTEE for p in e.participants)
                      else replace(e, participants=(Participant(me, Role.APPOINTEE), *e.participants)) for e in events]
    return events


# the one speaking was elected or named: "l'assemblée générale m'a élu", "j'ai été nommée"
_ELECTED_ME = re.compile(r"\bm.(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:elue?|nommee?|designee?|choisie?|cooptee?|reconduite?)\b"
                         r"|\bj.ai\s+ete\s+(?:\w+\s+)?(?:elue?|nommee?|designee?|choisie?|cooptee?|reconduite?)\b")


def _appointments(ctx: Context, view: SentenceView) -> list[EventMention]:
    lex = ctx.reader.lexicon
    cue = lex.cue("appointment", "cues").search(view.masked)
    if cue is None:
        return _held_since(ctx, view)
    if lex.cue("appointment", "not_decided").search(view.masked[:cue.start()]):
        return []   # "X pourrait être nommé …": a rumour, not a change
    if _DECLINED.search(view.masked[:cue.start()]):
        return []   # "X n'a pas souhaité, contrairement à ce qu'indiquaient des médias, prendre la présidence"
    if _DENIED.search(view.masked[:cue.start()]):
        return []   # "Contrairement à ce qui a été écrit ici, X n'a pas été nommé directeur": a denial
    if _NONE_YET.search(view.masked[:cue.start()]) and not view.dates:
        return []   # "… et aucun successeur n'a été désigné": no one was
    # "Le groupe, fondé en 1998 par X, a confié …": who founded it is background, not the change
    people = [r for r in view.referents if _person(ctx, r)
              and not _FOUNDED_BY.search(view.between(max(view.sentence.start, r.start - 40), r.start))]
    named_before = _person_taken_up(ctx, view, cue.start())
    if named_before is not None:  # "La nouvelle présidente du pôle s'appelle X. Elle a été élue jeudi"
        people.insert(0, named_before)
    if not people:
        return _last_named_appointed(ctx, view, cue.start())
    predecessors = [r for r in people if lex.cue("appointment", "predecessor_link").search(
        view.between(max(view.sentence.start, r.start - 40), r.start))]
    appointees = [r for r in people if lex.cue("appointment", "appointee_link").search(
        view.between(max(view.sentence.start, r.start - 40), r.start))]
    departures = list(lex.cue("appointment", "departure").finditer(view.masked))
    for r in people:
        if r in predecessors or r in appointees:
            continue
        if _PARTS_WITH.search(view.between(view.sentence.start, r.start)):
            predecessors.append(r)   # "X se sépare de sa directrice de la communication, Y": Y leaves
            continue
        if any(a.start > r.end and lex.cue("appointment", "replaced_by").match(view.between(r.end, a.start))
               for a in appointees):
            predecessors.append(r)   # "Le directeur du pôle, X, est remplacé par Y": X leaves
            continue
        after = view.between(r.end, view.sentence.end)
        # the departure told after the person ("son directeur, X, quitte la structure")
        departure = next((d for d in departures if d.start() >= r.end - view.sentence.start), None)
        if departure is not None and departure.group() == "depart" and any(
                p is not r and p in predecessors and _DEPARTURE_OF.fullmatch(view.between(view.sentence.start + departure.end(), p.start))
                for p in people):
            departure = None  # "a élu X au poste de président, après le départ de Y": Y's departure, not X's
        if departure and not re.search(r"\b(?:nomme|elu|designe|succede|succedant|prend|pris|rejoint|porte|en remplacement|"
                                       r"assure\w*\s+(?:\w+\s+){0,2}?l.interim|interim)",
                                       view.between(r.end, view.sentence.start + departure.start())):
            predecessors.append(r)
        elif lex.cue("appointment", "past_role").search(view.between(max(view.sentence.start, r.start - 25), r.start)) \
                and not after.startswith(","):
            continue
        else:
            appointees.append(r)
    role = _role_after(ctx, view, cue.start())
    org = _appointment_org(ctx, view, role)
    if not appointees and not predecessors:
        return []
    # "… succède à Y, qui présidait depuis 2019": the date after Y is Y's; but after "un
    # successeur à Y, qui a quitté le mois dernier …" the departure is the event
    linked = [r for r in predecessors if lex.cue("appointment", "predecessor_link").search(
        view.between(max(view.sentence.start, r.start - 40), r.start))
        and not _SUCCESSOR_NOUN.search(view.between(max(view.sentence.start, r.start - 40), r.start))]
    # a departure alone: "annonce le départ de son président, X, qui quittera ses fonctions le 31 mars"
    limit = min((r.start for r in linked), default=None) if appointees else None
    # a date after "; son remplaçant sera désigné d'ici l'été" belongs to the next clause
    clause_end = view.masked.find(";", cue.end())
    if clause_end >= 0:
        limit = min(limit if limit is not None else view.sentence.end, view.sentence.start + clause_end)
    participants = [p for r in appointees[:1] for p in _as(r, Role.APPOINTEE)]
    participants += [Participant(org, Role.ORGANISATION)] if org is not None else []
    participants += [p for r in predecessors[:1] for p in _as(r, Role.PREDECESSOR)]
    detail = role[1] if role else None
    # "Élu en 2022, X préside le cluster": a year before the article's tells background, never its date;
    # when only such a telling holds a cue, there is no change to report
    old = [d for d in view.dates if len(d.value) == 4 and ctx.published and d.value < ctx.published[:4]]
    if old and all(any(re.match(r"^[^,;.]{0,40}$", view.masked[c.end():max(c.end(), view.local(d.start_char))])
                       and view.local(d.start_char) >= c.end() and not re.search(r"\bdepuis\s*$", view.masked[:view.local(d.start_char)])
                       for d in old)
                   for c in lex.cue("appointment", "cues").finditer(view.masked)):
        return []
    dated = replace(view, dates=[d for d in view.dates if d not in old]) if old else view
    if re.match(r"(?:le\s+|la\s+)?nouve", cue.group()) and view.masked[:cue.start()].rstrip().endswith(","):
        # "X, nouvelle directrice générale de Y, a présenté vendredi …": told in passing, the apposition
        # holds the appointment's date if any; the sentence's verb has its own
        closing = view.masked.find(",", cue.end())
        while closing >= 0 and re.match(r",\s*(?:nomme|elu|designe|arrive|installe|recrute|promu|choisi|coopte)e?s?\b",
                                        view.masked[closing:]):
            closing = view.masked.find(",", closing + 1)  # "…, nommé fin janvier, …": still the apposition
        stop = view.sentence.start + (closing if closing >= 0 else len(view.masked))
        dated = replace(dated, dates=[d for d in dated.dates if d.start_char < stop])
    effective = [d for d in dated.dates if _EFFECTIVE_FROM.search(view.masked[:view.local(d.start_char)])
                 and (limit is None or d.start_char < limit or _ITS_EFFECT.search(view.masked[:view.local(d.start_char)]))]
    if effective:  # "a nommé mercredi X directrice générale, à compter du 1er mars": the day it takes effect
        dated = replace(dated, dates=effective)
        limit = None if limit is not None and all(d.start_char >= limit for d in effective) else limit
    date = ctx.date_for(dated, future=None, before=limit, near=view.sentence.start + cue.end())
    main = _event(view, EventType.APPOINTMENT, participants, date, detail=detail)
    return [main, *_appointed_together(ctx, view, appointees, org, date), *_appointed_in_apposition(ctx, view, main)]


_DEPARTURE_OF = re.compile(r"\s*(?:de|du|d')\s*(?:(?:son|sa|leur|la|le|l')\s*)?(?:[a-z-]+\s*){0,3},?\s*")


# "a promu X et Y, respectivement directeur des opérations et directrice financière", "X et Y ont été
# élues vice-présidentes": two people, one appointment each (their roles not told apart: no detail)
_EACH_THEIR_ROLE = re.compile(r"\brespectivement\b|\b(?:ont ete|sont|seront)\s+(?:\w+ment\s+)?"
                              r"(?:nomm|elu|design|promu|coopt|reconduit)\w*s\b")


def _appointed_together(ctx: Context, view: SentenceView, appointees: list[Referent], org: EntityMention | None,
                        date: tuple[str | None, bool]) -> list[EventMention]:
    if len(appointees) < 2 or not _EACH_THEIR_ROLE.search(view.masked):
        return []
    together = [appointees[1]] if re.fullmatch(r"\s*(?:,|et)\s*", view.between(appointees[0].end, appointees[1].start)) else []
    return [_event(view, EventType.APPOINTMENT,
                   [*_as(r, Role.APPOINTEE), *([Participant(org, Role.ORGANISATION)] if org is not None else [])], date)
            for r in together]


# "X en devient le délégué général ; sa nomination prendra effet le 1er juillet": the same appointment's day
_ITS_EFFECT = re.compile(r";\s*(?:sa|son|leur)\s+(?:nomination|election|mandat|arrivee|prise de fonctions?|designation)\s+"
                         r"(?:\w+\s+)?(?:prend|prendra|prendront|sera|est)\s+(?:effet|effective?)\s+(?:le|des le|au|a compter du)\s*$"
                         rf"|{_TOOK_THE_POST}")
_NONE_YET = re.compile(r"\baucun(?:e)?\s+(?:\w+\s+){0,2}n.(?:a|ont|est|sont|avait)\s+(?:encore\s+|pour l.instant\s+|toujours\s+)?(?:ete\s+)?$")
_DENIED = re.compile(r"\bn.(?:a|ont|est|sont|avait|avaient|sera|seront)\s+(?:pas|jamais|nullement)\s+(?:encore\s+)?(?:ete\s+)?$"
                     # "X a démenti les rumeurs selon lesquelles son PDG s'apprêterait à quitter ses fonctions"
                     r"|\bdement\w*\s+(?:\w+\s+){0,2}?(?:les|des|ces)\s+(?:rumeurs|informations|bruits)\b[^.;]{0,120}$"
                     # "Le Technopôle a démenti lundi le départ annoncé de son directeur général"
                     r"|\bdement\w*\s+(?:[\w#]+\s+){0,2}?(?:le|la|l.|les)\s*$")
_DECLINED = re.compile(r"\bn.(?:a|ont|avait|avaient)\s+pas\s+(?:souhaite|voulu|accepte|sollicite)\b")
_FOUNDED_BY = re.compile(r"\b(?:fonde|fondee|cree|creee|lance|lancee)s?\s+(?:en\s+\d{4}\s+)?par\s*$")
_SHE_OR_HE_APPOINTED = re.compile(r"^\W*(?:elle|il)\s+(?:a|avait|vient d'|sera)\s*(?:ete|etre)?\s*"
                                  r"(?:elue?|nommee?|designee?|choisie?|cooptee?|reconduite?|portee?|promue?)\b")


def _person_taken_up(ctx: Context, view: SentenceView, cue_at: int) -> Referent | None:
    """"Elle a été élue jeudi" right after a sentence naming a person and no organisation as its
    subject: the pronoun is that person (the reader resolves pronouns to the last subject)."""
    if not _SHE_OR_HE_APPOINTED.match(view.masked):
        return None
    previous = ctx.reader.previous_subject
    if previous is not None and _person(ctx, previous):
        return None  # already resolved to a person
    person = next((m for m in reversed(ctx.reader.seen) if m.label == "PER" and not ctx.reader.is_org(m)
                   and m.start_char < view.sentence.start), None)
    folded = ctx.reader.folded
    if person is None or folded.find(".", person.end_char, view.sentence.start) != \
            folded.rfind(".", person.end_char, view.sentence.start):
        return None  # the person must be in the sentence just before (one full stop between)
    stripped = view.masked.lstrip()
    start = view.sentence.start + len(view.masked) - len(stripped)
    return Referent(start, start + (4 if stripped.startswith("elle") else 2), (person,), False)


_SUCCESSOR_NOUN = re.compile(r"\b(?:successeur|successeure|remplacant|remplacante)\s+(?:a|de|d')\s*(?:(?:m\.|mme)\s*)?$")
_SINCE = re.compile(r"\bdepuis\s*(?:le\s+)?$")
_HOLDS = re.compile(r"\b(?:est|sont|preside\w*|dirige\w*|pilote\w*)\b")
RECENT_START_DAYS = 100


def _held_since(ctx: Context, view: SentenceView) -> list[EventMention]:
    """"X est directrice de Y depuis lundi", "Y, présidé depuis avril par X": a role held since a
    few weeks is the news of its start; held since 2015 it is background."""
    people = [r for r in view.referents if _person(ctx, r)]
    if len(people) != 1 or not _HOLDS.search(view.masked) or not ctx.published:
        return []
    lex = ctx.reader.lexicon
    person = people[0]
    if lex.cue("appointment", "past_role").search(view.between(max(view.sentence.start, person.start - 25), person.start)):
        return []
    for mention in view.dates:
        at = view.local(mention.start_char)
        if not _SINCE.search(view.masked[:at]) or not _started_lately(mention.value, ctx.published):
            continue
        role = _role_after(ctx, view, 0)
        org = _led_org(ctx, view) if role is None else None
        org = org or _appointment_org(ctx, view, role)
        participants = [*_as(person, Role.APPOINTEE), *([Participant(org, Role.ORGANISATION)] if org else [])]
        return [_event(view, EventType.APPOINTMENT, participants, (mention.value, True),
                       detail=role[1] if role else None)]
    return []


_LEADS = re.compile(r"\b(?:preside|dirige|pilote)\b")


def _led_org(ctx: Context, view: SentenceView) -> EntityMention | None:
    """"X dirige depuis le 5 février le Cluster Y": the organisation the verb takes, a date or an
    adverb between."""
    verb = _LEADS.search(view.masked)
    if verb is None:
        return None
    at = view.sentence.start + verb.end()
    return next((r.targets[0] for r in view.referents if r.start > at and _org(ctx, r)
                 and re.fullmatch(r"[^#.;,]{0,50}\b(?:le|la|l'|les)\s*", view.between(at, r.start))), None)


def _started_lately(value: str, published: str) -> bool:
    """A day or a month at most `RECENT_START_DAYS` before the article (a month counts from its first day)."""
    try:
        start = date_cls.fromisoformat(value if len(value) == 10 else f"{value}-01")
        day = date_cls.fromisoformat(published[:10])
    except ValueError:
        return False
    return 0 <= (day - start).days <= RECENT_START_DAYS


# "Il remplace Laure Schmitt, nommée à la tête de l'agence Y": the one who leaves takes another role
_APPOSED_APPOINTMENT = re.compile(r"^\s*,\s*(?:qui vient d.etre\s+|recemment\s+|elle-meme\s+|lui-meme\s+)?"
                                  r"(?:nomme|elu|designe|promu|appele)e?s?\b")


def _appointed_in_apposition(ctx: Context, view: SentenceView, main: EventMention) -> list[EventMention]:
    taken = {p.mention.start_char for p in main.participants if p.role is Role.APPOINTEE}
    for referent in (r for r in view.referents if _person(ctx, r) and r.targets[0].start_char not in taken):
        joined = _joins_elsewhere(ctx, view, referent)
        if joined:
            return joined
        apposed = _APPOSED_APPOINTMENT.match(view.between(referent.end, view.sentence.end))
        if apposed is None:
            continue
        start = view.local(referent.end) + apposed.end()
        found = role_word(ctx, view.masked[start:])
        if found is None:
            return []
        at = start + found[0]
        org = next((r for r in view.referents if view.local(r.start) > at and _org(ctx, r) and re.match(
            r"^[\w -]*?\s*(?:de la|de l'|du|des|de|d')\s*(?:[a-z-]+\s*){0,3}$", view.masked[at:view.local(r.start)])), None)
        if org is None:
            return []
        participants = [*_as(referent, Role.APPOINTEE), Participant(org.targets[0], Role.ORGANISATION)]
        return [_event(view, EventType.APPOINTMENT, participants, ctx.date_for(view, future=None),
                       detail=ctx.reader.lexicon.role_nouns.get(found[1], found[1]))]
    return []


# "…, qui rejoindra le fonds Z en qualité d'associé": a new post, not a move told in passing
_IN_CAPACITY = re.compile(r"^\s*,?\s*(?:comme|en qualite d|en tant que|au poste d|pour (?:y\s+)?(?:diriger|presider|piloter))")


def _joins_elsewhere(ctx: Context, view: SentenceView, person: Referent) -> list[EventMention]:
    joins = ctx.reader.lexicon.cue("appointment", "joins_after").match(view.between(person.end, view.sentence.end))
    if joins is None:
        return []
    start = person.end + joins.end()
    org = next((r for r in view.referents if r.start >= start and _org(ctx, r)), None)
    if org is None or len(view.between(start, org.start)) > 40 or "#" in view.masked[view.local(start):view.local(org.start)]:
        return []
    capacity = _IN_CAPACITY.match(view.between(org.end, view.sentence.end))
    if capacity is None:
        return []
    found = role_word(ctx, view.masked[view.local(org.end) + capacity.end():])
    detail = ctx.reader.lexicon.role_nouns.get(found[1], found[1]) if found else None
    participants = [*_as(person, Role.APPOINTEE), Participant(org.targets[0], Role.ORGANISATION)]
    return [_event(view, EventType.APPOINTMENT, participants, ctx.date_for(view, future=None), detail=detail)]


def _last_named_appointed(ctx: Context, view: SentenceView, cue_at: int) -> list[EventMention]:
    """"… où elle succède à Y. Ce dernier a été nommé directeur général de Z": the last person named."""
    if not ctx.reader.lexicon.cue("appointment", "last_named").search(view.masked):
        return []
    person = next((m for m in reversed(ctx.reader.seen) if m.label == "PER" and not ctx.reader.is_org(m)
                   and m.start_char < view.sentence.start), None)
    role = _role_after(ctx, view, cue_at)
    if person is None or role is None:
        return []
    org = _appointment_org(ctx, view, role)
    participants = [Participant(person, Role.APPOINTEE)] + ([Participant(org, Role.ORGANISATION)] if org else [])
    return [_event(view, EventType.APPOINTMENT, participants, ctx.date_for(view, future=None), detail=role[1])]


def _role_after(ctx: Context, view: SentenceView, cue_at: int) -> tuple[int, str] | None:
    """The role word after the cue, else the first one of the sentence; never a role the text
    marks as past ("ancienne directrice") or as held beside ("actuelle vice-présidente")."""
    lex = ctx.reader.lexicon
    for start in (cue_at, 0):
        offset = start
        while (found := role_word(ctx, view.masked[offset:])) is not None:
            at = offset + found[0]
            head = view.masked[:at]
            if not lex.cue("appointment", "past_role").search(head) and not lex.cue("appointment", "current_role").search(head):
                return at, lex.role_nouns.get(found[1], found[1])
            offset = at + len(found[1])
    return None


def _appointment_org(
    ctx: Context, view: SentenceView, role: tuple[int, str] | None
) -> EntityMention | None:
    """"directrice générale du pôle", "présidence de X", "a rejoint le pôle X", the subject, the focus."""
    # "Chez X, c'est Y qui prend la direction du parc", "Au sein du pôle X, Y devient directrice de l'innovation"
    at = re.match(r"^\s*(?:chez|au sein d(?:u|e la|e l'|es)|a|au)\s*(?:(?:pole|cluster|technopole|groupe|reseau)\s+)?(?=#+\s*,)", view.masked) \
        or re.match(r"^\s*chez\s*(?=#)", view.masked)
    if at:
        for referent in (r for r in view.referents if r.start == view.sentence.start + at.end() and _org(ctx, r)
                         and not _town_told_first(view, r)):
            return referent.targets[0]
    board_seat = _SEAT_OF.search(view.masked)  # "sa fondatrice, Y, a été élue au conseil d'administration de X": X's board
    if board_seat:
        for referent in (r for r in view.referents if r.start == view.sentence.start + board_seat.end() and _org(ctx, r)):
            return referent.targets[0]
    if _THIS_POST.search(view.masked):  # "X a un nouveau directeur. Y a été nommé mardi à ce poste"
        previous = ctx.reader.previous_subject
        if previous is not None and _org(ctx, previous):
            return previous.targets[0]
    if role is not None:
        start = view.sentence.start + role[0]
        for referent in (r for r in view.referents if r.start > start and _org(ctx, r)):
            gap = view.between(start, referent.start)
            # "à la présidence du conseil d'administration du Village X": the body's own board
            if re.match(r"^[\w' -]*?\s*(?:de la|de l'|du|des|de|d')\s*(?:[a-z-]+\s*){0,3}$", gap) and len(gap) < 60:
                return referent.targets[0]
            break
    # "Après cinq ans chez X, je rejoins Y en tant que …" (not "Il succède à X, qui a rejoint Y": X's move)
    joined = re.search(r"(?<!qui )(?<!qui a )(?<!qui avait )(?<!partie )(?<!parti )\brejoin(?:[st]|dre|dra|dront)\s+", view.masked)
    if joined and re.search(r"\bparti(?:e|s|es)?\s+rejoindre\s+$", view.masked[:joined.end()]):
        joined = None  # "en remplacement de Y, partie rejoindre l'Ademe": Y's move
    if joined:
        for referent in (r for r in view.referents if r.start >= view.sentence.start + joined.end() and _org(ctx, r)):
            return referent.targets[0]
    at = re.search(r"\bchez\s*(?=#)", view.masked)  # "Changement de gouvernance chez X : Y en devient le président"
    if at and _PAST_EMPLOYER.search(view.masked[:at.start()]):
        at = None  # "Y, jusqu'ici responsable des achats chez X, a été nommé": where Y came from
    if at:
        for referent in (r for r in view.referents if r.start == view.sentence.start + at.end() and _org(ctx, r)):
            return referent.targets[0]
    if _OF_IT.search(view.masked):  # "Y, dirigeant de la société Z, en a été élu président": of the one told before
        previous = ctx.reader.previous_subject
        earlier = previous.targets[0] if previous is not None and _org(ctx, previous) else next(
            (m for m in reversed(ctx.reader.seen) if ctx.reader.is_org(m) and m.start_char < view.sentence.start), None)
        if earlier is not None:
            return ctx.reader.short_forms.get(earlier.surface, earlier)
    board = _BOARD_OF.search(view.masked)  # "le conseil d'administration d'Hydreos a élu à sa présidence Y"
    if board:
        for referent in (r for r in view.referents if r.start == view.sentence.start + board.end() and _org(ctx, r)):
            return referent.targets[0]
    led = _LEADS_ORG.search(view.masked)  # "X dirige le Pôle Y depuis le 1er janvier"
    if led:
        for referent in (r for r in view.referents if r.start == view.sentence.start + led.end() and _org(ctx, r)):
            return referent.targets[0]
    # "Ancien de Dassault Systèmes, X a pris ses fonctions": where X came from is no subject
    subject = next((r for r in view.referents if ctx.reader.subject_like(view, r) and _org(ctx, r)
                    and not _PAST_EMPLOYER.search(view.between(max(view.sentence.start, r.start - 40), r.start))
                    and not _town_told_first(view, r)), None)
    if subject is not None:
        return subject.targets[0]
    if role is not None and ctx.last_about is not None and _POSSESSIVE_ROLE.search(view.masked[:role[0]]):
        return ctx.last_about  # "… au Cluster X. « … », a salué son président, Y": X's president
    return ctx.reader.focus


def _town_told_first(view: SentenceView, referent: Referent) -> bool:
    """"À Grenoble, le cluster X a élu Y": a place after a preposition is where, not who elects."""
    return referent.label == "LOC" and _PLACE_PREPOSITION.search(view.between(view.sentence.start, referent.start)) is not None


# the body that elects: its organisation is where the role is ("l'assemblée générale du cluster X a élu …")
_BOARD_OF = re.compile(r"\b(?:le conseil d.administration|le conseil de surveillance|le conseil d.orientation|le bureau|"
                       r"l.assemblee generale(?: \w+)?|les adherents|les membres)\s+(?:de la|de l'|du|des|de|d')\s*"
                       r"(?:(?:pole|cluster|technopole|reseau|groupement|association|federation|club)\s+)?(?=#)")
_SEAT_OF = re.compile(r"\b(?:elue?s?|nommee?s?|cooptee?s?|designee?s?|entree?s?|fait son entree)\s+(?:\w+\s+)?(?:au|a la)\s+"
                      r"(?:conseil d.administration|conseil de surveillance|bureau|comite directeur|comite executif|"
                      r"presidence|vice-presidence|direction generale|direction)\s+(?:de la|de l'|du|des|de|d')\s*"
                      r"(?:(?:pole|cluster|technopole|reseau|groupement|association|federation|club)\s+)?(?=#)")
_LEADS_ORG = re.compile(r"#\s+(?:dirige|preside|pilote|codirige)\s+(?:desormais\s+)?(?:(?:la|le|les)\s+|l')?")
_THIS_POST = re.compile(r"\ba (?:ce poste|cette fonction|cette place|ce titre|cette responsabilite)\b")
_PAST_EMPLOYER = re.compile(r"\b(?:jusqu.ici|jusqu.alors|jusque-la|auparavant|precedemment|anciennement|ex-|ancien|ancienne|"
                            r"passee? par|venue? de|issue? de|apres)\b[^,;#]{0,60}$")
_OF_IT = re.compile(r"(?:^|[\s,])en\s+(?:a|ont|est|sont|devient|deviennent|sera|seront|prend|prendra|prennent|assure|assurera|"
                    r"avait|etait)\s")
_POSSESSIVE_ROLE = re.compile(r"\b(?:son|sa|leur)\s+(?:(?:nouvel\w*|nouveau|actuel\w*)\s+)?$")


# Agenda --------------------------------------------------------------------------------------

# the next organiser: "organisées par X et Y", "organisé par X (ABC) avec Y", "… en partenariat avec Y"
_ORGANISER_CHAIN = re.compile(r"^\s*(?:,|et|avec|(?:,\s*)?en (?:partenariat|collaboration|association) avec)\s*"
                              r"(?:(?:le|la|l'|les|du|de la|de l'|des|de|d')\s*)?"
                              # "organisé par le pôle X et le cluster Y", "… et le groupe Y"
                              r"(?:(?:pole|cluster|reseau|groupe|federation|association|technopole|incubateur|agence|chambre|"
                              r"fondation|club|societe|cabinet|fonds)\s+(?:de competitivite\s+)?)?$")


# "La convention de X, prévue le 12 juin, est repoussée au 9 octobre": the planned day is not the gathering's
_SEASONS = r"printemps|ete|automne|hiver|rentree"  # folded
_SEASON = re.compile(rf"\b(?:{_SEASONS})\b")
_VAGUE_PERIOD = re.compile(rf"\b(?:{_SEASONS}|semestre|trimestre)\b")
_MOVED_TO = re.compile(r"\b(?:repousse|reporte|decale|deplace)e?s?\s+(?:au|aux|a|en)\b")
_FIRST = r"(?:initialement|d.abord|primitivement|originellement)\s+"
_PLANNED_FOR = r"(?:prevu|programme|annonce|fixe)e?s?\s*(?:(?:pour\s+)?(?:le|les|du|en|au|a)\s+|pour\s+)?$"
# "la Semaine X, qui devait ouvrir le 10 mars, se tiendra du 24 au 27 mars": the day it was due, no longer its day
_WAS_DUE = r"\bqui\s+devai(?:t|ent)\s+(?:ouvrir|se tenir|avoir lieu|commencer|debuter|se derouler)\s+(?:ses portes\s+)?(?:le|les|du|en|au)\s+$"
# "prévu initialement le 20 février": the adverb after the participle
_PLANNED_FIRST = r"\b(?:prevu|programme|fixe)e?s?\s+(?:initialement|d.abord)\s+(?:pour\s+)?(?:le|les|du|en|au|a)\s+$"
_PLANNED_BEFORE = re.compile(rf"\b(?:{_FIRST})?{_PLANNED_FOR}|{_WAS_DUE}|{_PLANNED_FIRST}")
# "Initialement prévue le 14 février, la Nuit de X est reportée au 28 mars": without a move told, only the first plan
_FIRST_PLANNED = re.compile(rf"\b{_FIRST}{_PLANNED_FOR}|{_WAS_DUE}|{_PLANNED_FIRST}")
_GUESTS_FROM = re.compile(r"\b(?:attendu|invite|venu|annonce)e?s?\b")


def agenda(ctx: Context, view: SentenceView, following: Callable[[], SentenceView | None]) -> list[EventMention]:
    """`following` gives the next sentence's view, computed only when a gathering is announced."""
    lex = ctx.reader.lexicon
    cue = lex.cue("agenda", "cues").search(_gatherings_unmasked(ctx, view))
    if cue is None and ctx.pending_call is None and ctx.pending_gathering is None:
        return []  # no gathering told, none pending from the sentence before: what the rest gives, sooner
    moved = _MOVED_TO.search(view.masked)
    # "a été reporté au 18 novembre" in a March article: the dates stage read the past November (the
    # verb is past), but a gathering moved to a day is moved ahead
    ahead = _HELD_AHEAD.search(view.masked) is not None and not lex.past_verb.search(view.masked)
    moved_at = moved.start() if moved is not None else None
    if cue is not None and view.dates and (ahead or moved_at is not None) \
            and pick(view.dates, ctx.published, future=True) is None:
        view = replace(view, dates=[_a_year_on(d, ctx.published) if ahead or (moved_at is not None and view.local(d.start_char) > moved_at)
                                    else d for d in view.dates])
    planned = _FIRST_PLANNED if moved is None else _PLANNED_BEFORE
    no_new_day = False
    if any(planned.search(view.masked[:view.local(d.start_char)]) for d in view.dates):
        # "Initialement prévue le 14 février, la Nuit de X est reportée au 28 mars": the new day; "prévu les
        # 10 et 11 mars, est reporté à l'automne": no day yet, no event (a season is no new day)
        view = replace(view, dates=[d for d in view.dates
                                    if not planned.search(view.masked[:view.local(d.start_char)])
                                    and not (moved is not None and _SEASON.search(fold_keep_offsets(d.surface).lower()))])
        no_new_day = moved is not None and not view.dates and not ctx.heading_dates
    date = None if no_new_day else pick(view.dates, ctx.published, future=True) or (
        pick(ctx.heading_dates, ctx.published, future=True) if not view.dates else None)
    if date is None and not no_new_day and ctx.published and not lex.past_verb.search(view.masked):
        # "que le hub organise fin novembre" on 12 November: the month under way, told ahead
        date = next((d for d in view.dates if d.value == ctx.published[:7]), None)
    if date is not None and _VAGUE_PERIOD.search(fold_keep_offsets(date.surface).lower()):
        return []  # "un premier forum commun au second semestre", "sa convention à l'automne": no day announced yet
    pending, ctx.pending_call = ctx.pending_call, None
    if date is not None and pending is not None and _DEADLINE.search(view.masked):
        # "X lance son appel à projets. Les dossiers sont à déposer avant le 15 mai": the deadline of X's call
        return [_event(view, EventType.AGENDA, list(pending[0]), (date.value, True), detail=pending[1])]
    gathering, ctx.pending_gathering = ctx.pending_gathering, None
    if date is not None and gathering is not None and _TAKES_PLACE.match(view.masked.lstrip()):
        # "X prépare la 3e édition de ses Rencontres. Elles se tiendront les 21 et 22 mai": their dates
        return [_event(view, EventType.AGENDA, list(gathering[0]), (date.value, True), detail=gathering[1])]
    if cue is not None and date is None and not _CALL.search(view.masked) \
            and not lex.cue("agenda", "not_decided").search(view.masked):
        subject = _subject_before(ctx, view, view.sentence.start + cue.start())
        if subject is not None and lex.cue("agenda", "organiser_verbs").search(
                view.between(subject.end, view.sentence.start + cue.start())):
            ctx.pending_gathering = (tuple(_as(subject, Role.ORGANISATION)), cue.group())
    if cue is not None and date is None and _CALL.search(view.masked):
        subject = _subject_before(ctx, view, view.sentence.start + cue.start())
        if subject is not None:
            organisers = [subject, *_coordinated(ctx, view, subject, view.sentence.start + cue.start())]
            ctx.pending_call = (tuple(p for r in organisers for p in _as(r, Role.ORGANISATION)), cue.group())
    if cue is None or date is None or lex.cue("agenda", "not_decided").search(view.masked):
        return []   # "envisage d'organiser un forum l'an prochain": an intention
    next_view = following()
    participants: list[Participant] = []
    organisers = _linked_after(view, view.sentence.start, lex.cue("agenda", "organiser_link"),
                               _ORGANISER_CHAIN,  # a name of two words or more in the organisers' slot acts, whatever
                               lambda r: _org(ctx, r) or (r.named and r.label == "LOC"  # its type ("Orange Tunisie")
                                                          and len(r.targets[0].surface.split()) >= 2))
    hosted = set()
    for referent in view.referents:
        gap = view.between(max(view.sentence.start, referent.start - 40), referent.start)
        if _org(ctx, referent) and _WELCOMED_BY.search(gap):  # "…, qui seront accueillies par le pôle X"
            participants += _as(referent, Role.HOST)
            hosted.add(referent.start)
        elif _org(ctx, referent) and lex.cue("agenda", "organiser_link").search(gap):
            participants += _as(referent, Role.ORGANISATION)
        elif _org(ctx, referent) and (who := _WHO_ORGANISES_IT.match(view.between(referent.end, view.sentence.end))):
            participants += _as(referent, Role.ORGANISATION)  # "…, a annoncé la Fédération X, qui l'organise avec Y"
            # (and Y: "le réseau X, qui en assure l'organisation avec l'incubateur Y")
            along = referent.end + who.end()
            participants += [p for r in view.referents if r.start > along and _org(ctx, r)
                             and _WITH_CO_ORGANISER.match(view.between(along, r.start)) for p in _as(r, Role.ORGANISATION)][:1]
    participants += [p for r in organisers if r.start not in hosted for p in _as(r, Role.ORGANISATION)]
    position = view.sentence.start + cue.start()
    # "La date limite de candidature à l'appel à projets du pôle X": of the first cue or of a later one
    of = next((r for c in lex.cue("agenda", "cues").finditer(view.masked, cue.start()) for r in view.referents
               if r.start > view.sentence.start + c.end() and _org(ctx, r) and not _is_gathering(r)
               and lex.cue("agenda", "of_link").match(view.between(view.sentence.start + c.end(), r.start))
               # "organise une nouvelle édition du Gitex Africa": the name after « édition du » is the gathering
               and not (c.group() == "edition" and _ONLY_OF.match(view.between(view.sentence.start + c.end(), r.start)))
               # "avec une délégation attendue de Tanger Med": guests, not organisers
               and not _GUESTS_FROM.search(view.between(view.sentence.start + c.end(), r.start))), None)
    if of is None:  # "Forum Smart City du pôle SCS, au Palais Acropolis": the gathering's name, then whose
        of = next((r for g in view.referents if g.named and _is_gathering(g) for r in view.referents
                   if r.start >= g.end and r.named and _org(ctx, r) and not _is_gathering(r)
                   and _RIGHT_AFTER_OF.match(view.between(g.end, r.start))
                   and lex.cue("agenda", "of_link").match(view.between(g.end, r.start))), None)
    if of is not None:
        participants += _as(of, Role.ORGANISATION)
    # "La jeune entreprise présentera ses produits au salon X, organisé par Y": an exhibitor, not an organiser
    organised_by_other = bool(organisers)
    for referent in (r for r in view.referents if r.start > position and _org(ctx, r)):
        if _THAT_ORGANISES.search(view.between(position, referent.start)) and lex.cue("agenda", "organiser_verbs").match(
                view.between(referent.end, view.sentence.end).lstrip()):
            participants += _as(referent, Role.ORGANISATION)  # "le salon X, que le pôle Y organisera le …"
            organised_by_other = True
            break
    subject = _subject_before(ctx, view, position)
    if subject is None:  # "Rendez-vous est pris le 22 juin : le cluster X y réunira ses membres pour ses Journées"
        for later in lex.cue("agenda", "cues").finditer(view.masked, cue.end()):
            subject = _subject_before(ctx, view, view.sentence.start + later.start())
            if subject is not None:
                cue, position = later, view.sentence.start + later.start()
                break
    if subject is None and re.search(r"\by\s+(?:est|sont|sera|seront)\b", view.masked) and ctx.reader.focus is not None:
        participants.append(Participant(ctx.reader.focus, Role.HOST))
    elif subject is not None:
        between = view.between(subject.end, view.sentence.start + cue.end())
        if lex.cue("agenda", "host_verbs").search(between) and not _CALL_CUE.match(cue.group()):
            # (but "Le BDD accueillera dans ses locaux … la Tech Week, qu'il organise": its own gathering, at home)
            after = view.between(view.sentence.start + cue.end(), view.sentence.end)
            own = (_OWN_PREMISES.search(between) and not _ORGANISED_BY.search(after)) or _IT_ORGANISES.match(after)
            participants += _as(subject, Role.ORGANISATION if own else Role.HOST)
        elif (_CALL_CUE.match(cue.group()) or cue.group() == "concours") and _RECEIVES.search(between) and _org(ctx, subject):
            participants += _as(subject, Role.ORGANISATION)  # "L'accélérateur X reçoit jusqu'au 15 janvier les candidatures": its call
            # (and "X invite les start-up à candidater à son programme avant le 31 mai")
        elif _GATHERING_NAME.match(fold_keep_offsets(subject.targets[0].surface).lower()) \
                or (subject.named and _ORGANISED_BY_NEXT.match(view.between(subject.end, view.sentence.end))):
            pass  # "Le Forum Afrique Développement, organisé par X, aura lieu …": the gathering itself (and "VivaTech,
            # organisé par Publicis Groupe, se tiendra …", its name read as an organisation's)
        elif _org(ctx, subject) and _ANNOUNCES_THAT.search(between):
            participants += _as(subject, Role.ORGANISATION)  # "la SAFEX a annoncé que la Foire d'Alger se tiendra …"
        elif organised_by_other and (not lex.cue("agenda", "organiser_verbs").search(between) or _EXHIBITS.search(between)):
            pass  # "La jeune pousse présentera ses résultats au salon X, que le Département Y organise": an exhibitor
            # (so are "les dirigeants de X seront présents au salon Y, que Z organise")
        elif lex.cue("agenda", "organiser_verbs").search(between) or not subject.named:
            participants += [p for r in _co_subject_before(ctx, view, subject) for p in _as(r, Role.ORGANISATION)]
            participants += _as(subject, Role.ORGANISATION)
            chain = lex.cue("partnership", "chain")
            last = subject
            for referent in (r for r in view.referents if subject.end <= r.start and r.end <= position):
                if chain.search(view.between(last.end, referent.start)) and _org(ctx, referent):
                    participants += _as(referent, Role.ORGANISATION)
                    last = referent
    if subject is None and not any(p.role is Role.HOST for p in participants):
        participants += _venue_subject(ctx, view, position)
    if next_view is not None:  # "La délégation sera reçue au Technopark X"
        welcomed = _WELCOMED_AT.match(next_view.masked) if next_view is not None else None
        if next_view is not None and welcomed is not None:
            participants += [p for r in next_view.referents if r.named and _org(ctx, r)
                             and r.start == next_view.sentence.start + welcomed.end() for p in _as(r, Role.HOST)]
    if next_view is not None and lex.cue("agenda", "next_sentence").search(next_view.masked):
        stop = re.search(r",|\bavec (?:l.appui|le soutien|le concours)\b|\bgrace a\b", next_view.masked)
        limit = next_view.sentence.start + (stop.start() if stop else len(next_view.masked))
        participants += [p for r in next_view.referents if r.named and _org(ctx, r) and r.end <= limit
                         for p in _as(r, Role.ORGANISATION)]
    if next_view is not None:  # "La Métropole X en sera l'hôte, aux côtés du pôle Y qui co-organise l'événement"
        participants += _next_host_and_organisers(ctx, next_view)
    for referent in (r for r in view.referents if r.named and (_org(ctx, r) or _venue(r) or r.label in ("LOC", "PER"))):
        before = _gatherings_unmasked(ctx, view)[:view.local(referent.start)]
        if referent.label == "PER" and not _org(ctx, referent):
            if " " not in referent.targets[0].surface and _HELD_AT_A.search(before):
                participants += _as(referent, Role.HOST)
                break
            if not re.search(r"\bau\s*$", before):
                continue  # a person is no venue; but "au Hyatt Regency" is no one's name after "au"
        elif not (_org(ctx, referent) or _venue(referent) or _named_where_a_venue_is(ctx, view, referent, before)):
            continue
        # "se tiendra les 2 et 3 octobre au Technopark d'Oujda", "… au Palais des congrès de Sousse" (a venue,
        # whatever its type), "organisera … au Centre international du commerce extérieur (CICES)", "se
        # déroulera … à l'Office X": the organisation or the venue right after where it is held
        if _HELD_AT.search(before) or _TAKES_PLACE_AT.search(before) or (
                # "que l'UIR organise du 10 au 12 mars à Technopolis Rabat", "à Minatec, à Grenoble": after a
                # bare « à », a park's or a venue's name, or a name its town follows (never "à Toulon")
                _HELD_AT_A.search(before) and (_HOST_HEAD.match(fold_keep_offsets(referent.targets[0].surface).lower())
                                               or _venue(referent) or _TOWN_AFTER.match(view.between(referent.end, view.sentence.end)))):
            participants += _as(referent, Role.HOST)
            break
    if not any(p.role is Role.HOST for p in participants):  # "Cosmetic 360, le salon …, au Carrousel du Louvre (Paris)"
        participants += [p for r in view.referents if r.start > position and _venue(r)
                         and re.search(r"(?:\bau|\ba la|\ba l')\s*$", view.between(position, r.start))
                         for p in _as(r, Role.HOST)][:1]
    if participants and not any(p.role is Role.HOST for p in participants):
        participants += _venue_named_misc(ctx, view)
    if not participants:  # "La présidente du pôle X, Claire Morvan, annonce une mission …"
        participants = _announcer(ctx, view, position)
    if not participants:  # "Rendez-vous est donné le 20 avril aux adhérents du cluster X"
        members = lex.cue("agenda", "members_of")
        participants = [p for r in view.referents if _org(ctx, r) and r.start > view.sentence.start
                        and members.search(view.between(max(view.sentence.start, r.start - 60), r.start))
                        for p in _as(r, Role.ORGANISATION)][:1]
    if not participants:  # "La prochaine édition du salon aura lieu en octobre, a annoncé le cluster X"
        participants = [p for r in view.referents if _org(ctx, r) and r.start > position
                        and _ANNOUNCED_BY.search(view.between(position, r.start)) for p in _as(r, Role.ORGANISATION)][:1]
    if not participants:  # an agenda line: "Mardi 12 mai : atelier « Cybersécurité » au Technopôle X"
        participants = [p for r in view.referents if r.named and r.start > position and _org(ctx, r)
                        and _HOST_HEAD.match(fold_keep_offsets(r.targets[0].surface).lower())
                        and re.search(r"(?:\bau|\ba la|\ba l'|\bdans les locaux (?:de la|de l'|du|des|de|d'))\s*$",
                                      view.between(position, r.start)) for p in _as(r, Role.HOST)][:1]
    if not participants:  # "lors des Rencontres Minalogic, le 1er juillet": the gathering bears its organiser's name
        gatherings = _NAMED_GATHERING.finditer(view.masked)
        participants = [p for g in gatherings for r in view.referents
                        if r.named and r.start == view.sentence.start + g.end() and _org(ctx, r)
                        for p in _as(r, Role.ORGANISATION)][:1]
    if not participants and _CALL_SUBJECT.match(view.masked) and ctx.reader.focus is not None and ctx.reader.is_org(ctx.reader.focus) \
            and _DEADLINE_BEFORE.search(view.between(view.sentence.start, _start_of(view, date))):
        # "Les candidatures pour le concours … sont ouvertes jusqu'au 15 mai": a call no one else is named for
        participants = [Participant(ctx.reader.focus, Role.ORGANISATION)]
    if not participants and _ITS_ASSEMBLY.search(view.masked) and ctx.reader.focus is not None:
        participants = [Participant(ctx.reader.focus, Role.ORGANISATION)]  # "Son successeur sera élu lors de l'assemblée générale du 15 avril"
    # the gathering itself organises nothing: "Le Tunisia Investment Forum se tiendra … au Palais X"
    held_itself = {p.mention.surface for p in participants
                   if p.role is Role.ORGANISATION and _held_itself(ctx.reader.folded, p.mention)}
    participants = [p for p in participants if not (p.role is Role.ORGANISATION and (
        _named_gathering(p.mention) or p.mention.surface in held_itself or _quoted_call_name(ctx, p.mention)))]
    if not participants:
        return []
    focus = ctx.reader.focus
    if all(p.role is Role.HOST for p in participants) and focus is not None and ctx.reader.is_org(focus) \
            and focus.surface not in {p.mention.surface for p in participants} and not ctx.heading_dates \
            and not _named_gathering(focus) and focus.surface not in held_itself:
        # (not an agenda column's item under its own heading: "TANGER, 20 MARS. Le Technopark X reçoit …")
        # "Rendez-vous le jeudi 20 novembre à la CCI X pour une journée d'ateliers", "Le salon se tiendra au Palais
        # Y": a gathering told with its venue alone is the article's organisation's (held-out sets: +30 tp, -30 fp)
        participants = [Participant(focus, Role.ORGANISATION), *participants]
    # "tiendra son conseil d'administration", "réunira à # les acteurs": the gathering, not the verb
    detail = re.sub(r"^(?:tiendr|reunir|rassembler)\w*\s+(?:[\w#']+\s+){0,3}?(?=(?:son|sa|ses|leur|leurs|les)\s)", "", cue.group())
    return [_event(view, EventType.AGENDA, participants, (date.value, True), detail=detail)]


# the organiser's name right after the gathering's, with no other word between (the organiser's kind aside)
_RIGHT_AFTER_OF = re.compile(r"\s*(?:de la|de l'|du|des|de|d')")


# the name in quotation marks of a call, a contest or a programme: "l'appel à candidatures « Textile Innov »"
_CALL_NAME_BEFORE = re.compile(r"\b(?:appel a (?:projets|candidatures|manifestation d.interet)|concours|programme|prix|challenge)\s*«\s*$")


def _quoted_call_name(ctx: Context, mention: EntityMention) -> bool:
    """The mention is a call's own name, not who launches it."""
    return _CALL_NAME_BEFORE.search(ctx.reader.folded[max(0, mention.start_char - 60):mention.start_char].lower()) is not None


# "VivaTech se tiendra du 13 au 16 juin", "La convention d'affaires BioFIT aura lieu …": a name that
# opens its clause alone or after a gathering's noun, and that a gathering verb follows, is the
# gathering's own name; never "L'assemblée générale du cluster X se tiendra …", "Le forum du pôle X …"
_HELD_ITSELF = re.compile(r"\s*(?:se tiendr|se tien[nt]|aura lieu|auront lieu|se deroul|ouvrir\w* (?:ses|leurs) portes)")
_CLAUSE_BREAK = re.compile(r"[.!?:;(]\s|\n|\s[-–—]\s")
_GATHERING_SUBJECT = re.compile(
    r"\s*(?:(?:le|la|les|l'|cette|ce|cet)\s*)?(?:(?:\d+e|\w+ieme|premiere)\s+edition\s+(?:de la|de l'|du|des|de|d')\s*)?"
    r"(?:(?:salon|forum|convention|conference|sommet|rencontres?|journees?|festival|foire|congres|hackathon|evenement|"
    r"rendez-vous|semaine|biennale|exposition)\b(?P<gap>[^#,]{0,60}?)\s*)?")
_OF_AN_ORGANISATION = re.compile(r"\b(?:de|du|des|d')\s*(?:la\s+|l')?(?:cluster|pole|technopole|technopark|technoparc|reseau|"
                                 r"association|federation|chambre|agence|ministere|groupe|societe|incubateur|accelerateur|"
                                 r"fondation|universite|ecole|region|ville|institut|centre|cci|club|filiere)\b"
                                 # "Les Rencontres du Pôle X se tiendront": the name right after "du"
                                 r"|\b(?:de|du|des|d')\s*(?:la\s+|l')?$")


_OWN_PREMISES = re.compile(r"\bdans\s+(?:ses|leurs)\s+(?:propres\s+)?(?:locaux|murs)\b")
_ORGANISED_BY = re.compile(r"\b(?:organise|co-?organise|porte)e?s?\s+par\b")
_IT_ORGANISES = re.compile(r"[^.;]{0,60},\s*qu.(?:il|elle|ils|elles)\s+(?:organise|organisent|co-?organise)\b")


def _held_itself(folded: str, mention: EntityMention) -> bool:
    """The name is the subject of "se tiendra", "aura lieu": the gathering, not who organises it."""
    if _HELD_ITSELF.match(folded, mention.end_char) is None:
        return False
    window = folded[max(0, mention.start_char - 120):mention.start_char].lower()
    clauses = _CLAUSE_BREAK.split(window)  # (a window cut mid-clause, no break in it, opens nothing)
    subject = _GATHERING_SUBJECT.fullmatch(clauses[-1]) if len(clauses) > 1 or mention.start_char <= 120 else None
    return subject is not None and not _OF_AN_ORGANISATION.search(subject.group("gap") or "")


# a gathering told in the present or the future by its organiser or its venue
_HELD_AHEAD = re.compile(r"\b(?:organise|organisent|organisera|organiseront|se tiendra|se tiendront|aura lieu|auront lieu|"
                         r"accueillera|accueilleront|se deroulera|se derouleront|tiendra|tiendront|"
                         # "le pôle réunit ses adhérents le 9 novembre"
                         r"reunit|reunissent|reunira|reuniront|rassemble|rassemblent|rassemblera|rassembleront)\b")
_YEAR = re.compile(r"\b\d{4}\b")
_MONTH = re.compile(r"\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b")
_DAY_BEFORE = re.compile(r"\b(?:dernier|derniere|passe|passee|precedent|precedente|ecoule|ecoulee)\b")


def _a_year_on(mention: DateMention, published: str | None) -> DateMention:
    """"Le pôle organise du 12 au 14 octobre …" in a March article: the dates stage read the
    nearest October (the last one); a gathering announced in the present or the future is the
    next one. Only a day and month written without a year move, and never the article's own
    month ("que le hub organise fin novembre" on 12 November is this November)."""
    surface = fold_keep_offsets(mention.surface).lower()
    if _YEAR.search(surface) or _DAY_BEFORE.search(surface) or not _MONTH.search(surface) \
            or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?(?:/\d{4}-\d\d(?:-\d\d)?)?", mention.value) \
            or (published is not None and mention.value == published[:7]):
        return mention
    return replace(mention, value=re.sub(r"\d{4}", lambda y: str(int(y.group()) + 1), mention.value))


def _gatherings_unmasked(ctx: Context, view: SentenceView) -> str:
    """The masked sentence with the names of gatherings written back ("Marseille Innovation
    accueille le Med Startup Summit": the NER stage's name holds the only agenda word). Kept on
    the view: the agenda rule asks it again for each of the sentence's names."""
    if view.gatherings_unmasked is not None:
        return view.gatherings_unmasked
    masked = view.masked
    for referent in view.referents:
        if referent.named and _is_gathering(referent):
            start, end = view.local(referent.start), view.local(referent.end)
            masked = masked[:start] + ctx.reader.folded[referent.start:referent.end].lower() + masked[end:]
    view.gatherings_unmasked = masked
    return masked


def _next_host_and_organisers(ctx: Context, next_view: SentenceView) -> list[Participant]:
    lex = ctx.reader.lexicon
    found: list[Participant] = []
    for referent in (r for r in next_view.referents if r.named and _org(ctx, r)):
        after = next_view.between(referent.end, next_view.sentence.end)
        if lex.cue("agenda", "next_host").match(after) and ctx.reader.subject_like(next_view, referent):
            found += _as(referent, Role.HOST)
        elif found and lex.cue("agenda", "next_organiser").match(after):
            found += _as(referent, Role.ORGANISATION)
    return found


_WELCOMED_AT = re.compile(r"^(?:la delegation|les participants|la mission|le salon|le forum|l'evenement|la manifestation|"
                          r"les rencontres|les entreprises)\s+(?:sera|seront)\s+(?:recue?s?|accueillie?s?|hebergee?s?)\s+"
                          r"(?:au|a la|a l'|aux|par)\s*(?:(?:la|le|l')\s*)?")


_WHO_ORGANISES_IT = re.compile(r"^\s*(?:\([^)]{1,20}\)\s*)?,\s*(?:qui\s+(?:l'|la\s+|le\s+|les\s+)(?:co-?)?organis\w*\b"
                               r"|qui\s+en\s+assur\w*\s+(?:(?:aussi|egalement|seul|seule)\s+)?l'organisation\b"
                               r"|(?:l'|le\s+|la\s+)?(?:co-?)?organisat(?:eur|rice)\s+(?:de l'|de la|du|des)\s*"
                               r"(?:evenement|salon|forum|rencontre|manifestation|rendez-vous|journee|sommet|foire))")
_WITH_CO_ORGANISER = re.compile(r"^\s*avec\s+(?:(?:le|la|l'|les)\s*)?(?:[a-z-]+\s+){0,2}$")
_WELCOMED_BY = re.compile(r"\b(?:accueilli|heberge|recu)e?s?\s+(?:cette annee\s+|cette fois\s+|pour l.occasion\s+)?par\s*"
                          r"(?:(?:la|le|l'|les)\s*)?(?:[a-z-]+\s+){0,2}$")
_ANNOUNCED_BY = re.compile(r",\s*(?:a|ont)\s+(?:annonce|indique|precise|fait savoir|confirme)\s*(?:(?:le|la|l'|les)\s*)?"
                           r"(?:(?:pole|cluster|reseau|federation|association|technopole|technopark|organisateur)\s+)?$")
_ITS_ASSEMBLY = re.compile(r"^\s*(?:son|sa|leur)\s[^.;#]{0,60}\bassemblee (?:generale|annuelle)\b")
# a call whose deadline the next sentence gives
# the next sentence gives the gathering's dates: "Elles se tiendront …", "L'événement aura lieu …"
_TAKES_PLACE = re.compile(r"(?:(?:il|elle|ils|elles|l.evenement|la manifestation|le salon|le forum|la rencontre|"
                          r"les rencontres|la journee|les journees|l.edition|cette edition|la conference|le sommet)\s+)"
                          r"(?:se tiendr\w*|aur\w* lieu|se deroulera\w*|(?:est|sont|sera|seront) (?:prevue?s?|programmee?s?))\b")
# the closing day itself: "ouvertes jusqu'au 15 mai", "à déposer avant le 30 avril"
# a call that is the sentence's subject: "Les candidatures pour le concours … sont ouvertes", "Notre appel à projets …"
# (or "Les porteurs de projets ont jusqu'au 31 août pour déposer leur dossier", "Clôture des candidatures : 28 février")
_CALL_SUBJECT = re.compile(r"^\W*(?:les candidatures|les inscriptions|l'appel a (?:projets|candidatures)|(?:notre|son|leur) appel a"
                           r"|cloture des candidatures"
                           r"|les (?:porteurs de projets?|start-up|startups|candidats|candidates|entrepreneurs|jeunes pousses|equipes)"
                           r"\s+(?:ont\s+jusqu|peuvent\s+(?:deposer|soumettre|postuler|candidater|s.inscrire|envoyer)))\b")
_DEADLINE_BEFORE = re.compile(r"\b(?:jusqu.au|jusqu.a|avant le|avant|au plus tard le|au plus tard)\s*$|^\W*cloture des candidatures\s*:\s*$")


def _start_of(view: SentenceView, mention: DateMention) -> int:
    """Where the date mention starts, without a leading "le" its surface may hold."""
    return mention.start_char + (len(mention.surface) - len(mention.surface.lower().removeprefix("le ")))


_CALL = re.compile(r"\b(?:appel a (?:projets|candidatures|manifestation d.interet)|concours|candidatures)\b")
_DEADLINE = re.compile(r"\b(?:jusqu.au|avant le|date limite|au plus tard|candidater|postuler|dossiers?\s+(?:sont|doivent)|"
                       r"inscriptions?\s+(?:sont|restent))\b")


# a gathering held in an organisation's premises (not a venue: "au Palais du Pharo" hosts nobody)
_HOST_HEAD = re.compile(r"^(?:technopark|technoparc|technopole|technopolis|cyberparc|agropole|agropolis|parc|cluster|pole|cci|"
                        r"chambre|universite|ecole|institut|incubateur|campus|agence|village|cite|palais|maison|espace)\b")
# a park or a campus by the last word of its name: "au Green Energy Park", "au Casablanca Technopark"
_HOST_TAIL = re.compile(r"\b(?:park|parc|technopark|technopole|campus|hub|city|center|centre)$")
_HELD_VERB_GAP = (r"\b(?:(?:se )?tiendr\w*|tient|tiennent|rassembl\w*|reunit|reunissent|aura lieu|auront lieu|se deroulera|se derouleront|rendez-vous|organise\w*|"
                  # told by its organiser: "la soirée que nous organisons le 20 mai au Sofitel X"
                  r"organisons|organiserons|tenons|reunissons|reunirons|accueillons|accueillerons|"
                  r"se retrouver\w*|retrouvez-nous|"
                  r"convie|convient|conviera|convieront|invite|invitent|invitera|inviteront|"
                  # (a town on the way: "Retrouvez-nous le 12 mars à Grenoble, à la Maison X")
                  # (a town on the way: "nous organiserons le 15 mai à Casablanca une mission au Hyatt X")
                  r"reunira|reuniront)\b(?:(?:[^.;#]|\ba #+\s*,|\ba #+\s(?=[a-z])"
                  # (a gathering named after its organiser on the way: "organise ses Rencontres Minalogic le 11 octobre au")
                  r"|\b(?:rencontres|journees?|assises|forum|salon|sommet|trophees|congres|convention)\s+#+"
                  # (a place opening a gathering's name: "tiendra le 10 septembre le Beirut Agritech Summit au")
                  r"|\b(?:le|la|les|l')\s*#+\s(?=[a-z]+\s+(?:summit|forum|show|days?|week|expo|festival|awards|meetup|challenge|tech)\b)){0,140}"
                  r"|\s+par\s+[^.;]{0,90})")
_HELD_AT = re.compile(_HELD_VERB_GAP + r"\b(?:au|a la|a l'|(?:dans les locaux|au siege) (?:de la|de l'|du|des|de|d')|"
                      r"(?:sur|dans) le (?:campus|site|parc)(?: (?:de la|de l'|du|de|d'))?)\s*$")
# after a bare « à », only a one-word name the NER took for a person: "tiendra ses rencontres le 18
# septembre à Nausicaá" (a town, "à Talence", is no venue)
_HELD_AT_A = re.compile(_HELD_VERB_GAP + r"\ba\s*$")
# any organisation right after a verb of taking place is where it takes place: "se déroulera du 2 au 5
# décembre à l'Office des foires de X" (after "organise … au", only a park's or a venue's name)
_TAKES_PLACE_AT = re.compile(r"\b(?:se tiendr\w*|se tien\w*|aura lieu|auront lieu|a lieu|ont lieu|se deroul\w*|"
                             # a fair "ouvrira ses portes du 14 au 17 mai à Eurexpo Lyon"
                             r"ouvr\w+ (?:ses|leurs) portes)\b[^.;#]{0,90}"
                             r"\b(?:au|a la|a l'|a)\s*$")
_ANNOUNCES_THAT = re.compile(r"\b(?:a|ont)\s+(?:\w+ment\s+)?annonce\s+(?:\w+\s+){0,2}?qu")
# a call's cue (« candidatures », « appel à projets », « date limite ») and who receives its files: its launcher
_CALL_CUE = re.compile(r"^(?:candidatures|candidater|appel|date limite|dernier delai|dossiers|jusqu)")
_AND_BEFORE = re.compile(r"\s*et\s+(?:(?:la|le|l'|les)\s*)?")


def _co_subject_before(ctx: Context, view: SentenceView, subject: Referent) -> list[Referent]:
    """"Le pôle et la chambre organiseront …": the subject found is the second of two coordinated
    organisations; the first opens the clause."""
    before = [r for r in view.referents if r.end <= subject.start]
    if not before or not _org(ctx, before[-1]) or set(before[-1].targets) & set(subject.targets):
        return []
    first = before[-1]
    if not _AND_BEFORE.fullmatch(view.between(first.end, subject.start)) or not ctx.reader.subject_like(view, first):
        return []
    return [first]


# (and who closes it on a day: "Bpifrance clôturera le 30 juin l'appel à projets X", "clôt le 2 septembre la vague")
# (and who opened the call: "Le ministère a ouvert l'appel à projets X ; les dossiers seront reçus jusqu'au 15 avril")
_RECEIVES = re.compile(r"\b(?:re.oi\w*|recevra\w*|attend\w*|invit\w*|appelle\w*|encourag\w*|clot|clotur\w*|ferme(?:ra)?|"
                       r"(?:a|ont|avait|avaient)\s+(?:\w+ment\s+)?ouvert)\b")
_ORGANISED_BY_NEXT = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?,\s*(?:co-?)?organise\w*\s+(?:conjointement\s+)?par\b")
_ONLY_OF = re.compile(r"^\s*(?:du|de la|de l'|des|de|d')\s*$")
# who takes part in a gathering another organises: an exhibitor or a guest
_EXHIBITS = re.compile(r"\b(?:present(?:e|es|s|era|eront|ent)?|participer\w*|participe\w*|expos\w*|rejoindr\w*|invite\w*)\b")
_THAT_ORGANISES = re.compile(r"(?:,\s*|\s)(?:que|qu')\s*(?:(?:le|la|l'|les)\s*)?(?:[a-z-]+\s+){0,2}$")


def _venue_named_misc(ctx: Context, view: SentenceView) -> list[Participant]:
    """A venue the NER typed MISC (« la Foire internationale de Casablanca », « Cité des sciences »),
    no referent of the reader, right after where a gathering is held ("organise … à la")."""
    unmasked = _gatherings_unmasked(ctx, view)
    for mention in ctx.reader.annotated.mentions:
        if mention.label != "MISC" or not view.sentence.start <= mention.start_char < view.sentence.end:
            continue
        surface = fold_keep_offsets(mention.surface).lower()
        if not (_venue_name(surface) or _FAIR_GROUNDS.match(surface)):
            continue
        before = unmasked[:view.local(mention.start_char)]
        if _HELD_AT.search(before) or _TAKES_PLACE_AT.search(before):
            return [Participant(mention, Role.HOST)]
    return []


# a fair's grounds named by the fair (« à la Foire internationale de Casablanca »), read only where a gathering is held
_FAIR_GROUNDS = re.compile(r"^(?:foire|office des foires|parc des foires)\b")


_TOWN_AFTER = re.compile(r"^\s*,\s*a\s+#")


_AT_HEADQUARTERS = re.compile(r"\bau siege (?:de la|de l'|du|de|d')\s*$")  # "au siège de l'Utica à Tunis"
_ON_SITE = re.compile(r"\b(?:sur|dans) le (?:campus|site|parc)\s*$")


def _named_where_a_venue_is(ctx: Context, view: SentenceView, referent: Referent, before: str) -> bool:
    """A place is a venue only as "à l'ENSEIRB-MATMECA", "à la Fiera Milano", "sur le campus Minatec",
    as a hall its town follows ("au Dôme, à Caen"), or after "au" when it is no country, town or region
    a writer puts there ("au Novotel Tunis Lac", "au Quartz"); never "à Talence", "au Maroc"."""
    if before.endswith(("a l'", "a la ")) or _ON_SITE.search(before) or _AT_HEADQUARTERS.search(before):
        return True
    if re.search(r"\ba\s*$", before) and _TOWN_AFTER.match(view.between(referent.end, view.sentence.end)):
        return True  # "à Minatec, à Grenoble": the town follows its venue
    return bool(re.search(r"\bau\s*$", before)) and (
        bool(_TOWN_AFTER.match(view.between(referent.end, view.sentence.end))) or not _place_after_au(ctx, referent))


def _place_after_au(ctx: Context, referent: Referent) -> bool:
    """"au Maroc", "au Caire", "au Pays basque": a country, a town or a region, not a venue."""
    return fold(referent.targets[0].surface) in ctx.reader.lexicon.places_after_au


def _venue_subject(ctx: Context, view: SentenceView, position: int) -> list[Participant]:
    """« Paris Expo Porte de Versailles accueille VivaTech », « Euratechnologies accueille la Journée … »:
    a venue the NER typed a place or a thing, subject of a hosting verb before the gathering (not a
    town: « Casablanca accueillera … »)."""
    nearest = next((m for m in reversed(ctx.reader.annotated.mentions)
                    if view.sentence.start <= m.start_char and m.end_char <= position), None)
    if nearest is None or nearest.label == "PER" or not _HOSTS_NEXT.match(view.between(nearest.end_char, position)):
        return []
    surface = fold_keep_offsets(nearest.surface).lower()
    if nearest.coined or _venue_name(surface) or _SITE_NAME.match(surface) or fold(nearest.surface) in ctx.reader.lexicon.site_places:
        return [Participant(nearest, Role.HOST)]
    return []


_HOSTS_NEXT = re.compile(r"^\s*(?:accueill\w*|abrit\w*|recevra|recoit)\b[^.;#]{0,80}$")


def _venue(referent: Referent) -> bool:
    """A named venue ("Palais du Pharo", "Villa Méditerranée", "Musée des Confluences"), whatever
    type the NER gave it: the host of a gathering held there."""
    return _venue_name(fold_keep_offsets(referent.targets[0].surface).lower())


def _venue_name(surface: str) -> bool:
    """A folded name that says it is a venue by its head or its tail ("palais du pharo", "lille grand palais")."""
    return VENUE_HEAD.match(surface) is not None or _GATHERING_PLACE.match(surface) is not None \
        or _VENUE_TAIL.search(surface) is not None


# a town's venue named town first: "Lille Grand Palais", "Metz Parc des expositions"
_VENUE_TAIL = re.compile(r"(?:\b(?:grand palais|parc des expositions|palais des congres|centre des congres)|expo|arena|dome)$"
                         # a hall whose name glues its kind ("Valexpo", "Polydôme", "Kindarena"), or a town's
                         # exhibition grounds named on ("Paris Expo Porte de Versailles")
                         # or named on by its town ("Eurexpo Lyon")
                         r"|^[\w-]+ ?expo\b")


# places a gathering is held in that may also name an organisation opening an article (« la Maison de
# l'Entreprise lance … »): venues here only, never kept from the article's focus
_GATHERING_PLACE = re.compile(r"^(?:couvent|abbaye|chateau|maison|cite d\w*|stade|stadium|arena|manufacture|docks?|"
                              r"grand palais|chais|cloitre|orangerie|domaine)\b")


def _announcer(ctx: Context, view: SentenceView, cue_at: int) -> list[Participant]:
    """The organisation whose officer announces the gathering: "Le président du cluster X, Y,
    annonce …", "Sa présidente, Y, annonce …" (the article's organisation)."""
    found = role_word(ctx, view.masked[:view.local(cue_at)])
    if found is None or not re.search(r"\b(?:annonce\w*|organise\w*|prepare\w*|conduira|conduit|menera|lance\w*)\b",
                                      view.masked[:view.local(cue_at)]):
        return []
    at = view.sentence.start + found[0]
    for referent in (r for r in view.referents if at < r.start < cue_at and _org(ctx, r)):
        if re.match(r"^[\w -]*?\s*(?:de la|de l'|du|des|de|d')\s*(?:[a-z-]+\s*){0,2}$", view.between(at, referent.start)):
            return _as(referent, Role.ORGANISATION)
    if re.match(r"^\s*(?:son|sa|leur)\s", view.masked) and ctx.reader.focus is not None:
        return [Participant(ctx.reader.focus, Role.ORGANISATION)]
    return []

"""One French line per typed event of the digest: who, what, how much (original currency and euros)."""
from __future__ import annotations

from digest import french
from digest.model import EventLine


def amount_text(event: EventLine) -> str:
    """`12 000 000 MAD (≈ 1 143 600 €)`, or `2 500 000 €` when the amount is in euros."""
    if event.amount is None or event.currency is None:
        return ""
    if event.currency == "EUR":
        return f"{french.number(event.amount)} €"
    euros = f" (≈ {french.number(event.amount_eur)} €)" if event.amount_eur is not None else ""
    return f"{french.number(event.amount)} {event.currency}{euros}"


def event_text(event: EventLine) -> str:
    """The line an analyst reads: "Réseau InnovSud, président : Karim Alaoui → Sophie Marchand"."""
    names = ", ".join
    if event.type == "funding":
        who, by = names(event.named("recipient")), names(event.named("funder"))
        if not who and by:  # an organisation investing its own money: "X, Y : investissement de 60 000 000 MAD"
            return f"{by} : investissement de {amount_text(event)}"
        return f"{who or '—'} : {amount_text(event)}" + (f", financé par {by}" if by else "")
    if event.type == "label":
        return names(event.named("labelled")) + (f" : {event.detail}" if event.detail else "")
    if event.type == "partnership":
        return " × ".join(event.named("partner"))
    if event.type == "opening":
        host = names(event.named("host"))
        return names(event.named("organisation")) + (f" : {event.detail}" if event.detail else "") + (
            f" ({host})" if host else "")
    if event.type == "appointment":
        org = names(event.named("organisation"))
        role = f", {event.detail}" if event.detail else ""
        before, after = names(event.named("predecessor")), names(event.named("appointee"))
        change = f"{before} → {after}" if before and after else (after or f"départ de {before}")
        return f"{org}{role} : {change}"
    return names(name for _, name in event.participants)

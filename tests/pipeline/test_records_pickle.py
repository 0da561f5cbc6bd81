"""The NLP findings cross process boundaries by pickle: pickled as (class, field values), they
come back equal and of the same types, copies too, and pickles made the dataclass way still load."""
from __future__ import annotations

import copy
import pickle

import pytest

from pipeline.records import (
    Amount,
    DateMention,
    EntityMention,
    EventMention,
    EventType,
    Participant,
    Role,
    RoleMention,
)

PERSON = EntityMention("Karim Alaoui", "PER", 10, 22)
ORG = EntityMention("Réseau InnovSud", "ORG", 40, 55, canonical_hint="Réseau Innov'Sud", coined=True)
FINDINGS: list[object] = [
    PERSON,
    ORG,
    DateMention("30 avril", "2026-04-30", 3, 11),
    RoleMention(PERSON, "président", ORG),
    RoleMention(PERSON, "directeur", None),
    Participant(ORG, Role.RECIPIENT),
    Amount(2_500_000.0, "EUR", "2,5 M€", 60, 66),
    EventMention(EventType.FUNDING, (Participant(ORG, Role.RECIPIENT), Participant(PERSON, Role.FUNDER)),
                 "2026-04", True, Amount(2.5e6, "EUR", "2,5 M€", 60, 66), None, "Une phrase.", 0, 80, 0.75),
    EventMention(EventType.APPOINTMENT, (), None, False, None, "président", "", 1, 2, 1.0),
]


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_findings_round_trip_by_fields(protocol: int) -> None:
    for finding in FINDINGS:
        assert finding.__reduce_ex__(protocol)[0] is type(finding)  # (class, field values)
        back = pickle.loads(pickle.dumps(finding, protocol=protocol))
        assert back == finding and type(back) is type(finding)
    chunk = [(FINDINGS[:2], [FINDINGS[2]], FINDINGS[3:5], FINDINGS[7:])]  # as `_annotate_chunk` sends them
    assert pickle.loads(pickle.dumps(chunk, protocol=protocol)) == chunk


def test_copies_are_equal_records() -> None:
    for finding in FINDINGS:
        for copied in (copy.copy(finding), copy.deepcopy(finding)):
            assert copied == finding and type(copied) is type(finding)


def test_pickles_made_the_dataclass_way_still_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """e.g. `bench/events_reader.py --cache` files written before this change."""
    classes = {type(finding) for finding in FINDINGS}
    with monkeypatch.context() as patched:
        for cls in classes:
            patched.delattr(cls, "__reduce__")
        old = pickle.dumps(FINDINGS, protocol=pickle.HIGHEST_PROTOCOL)
        assert FINDINGS[0].__reduce_ex__(pickle.HIGHEST_PROTOCOL)[0] is not EntityMention  # copyreg's way
    assert pickle.loads(old) == FINDINGS
    assert pickle.dumps(FINDINGS, protocol=pickle.HIGHEST_PROTOCOL) != old

"""srsly's codec lookups skipped when no package declares one (pipeline.nlp)."""
from __future__ import annotations

import srsly  # type: ignore[import-untyped]

from pipeline.nlp import skip_empty_codec_lookups


def test_skipping_the_entry_point_scan_keeps_the_same_codecs() -> None:
    registries = (srsly.msgpack_encoders, srsly.msgpack_decoders)
    for registry in registries:
        registry.entry_points = True
    before = [sorted(registry.get_all()) for registry in registries]
    try:
        assert skip_empty_codec_lookups()  # nothing in this environment declares a codec
        assert [registry.entry_points for registry in registries] == [False, False]
        assert [sorted(registry.get_all()) for registry in registries] == before
        data = {"words": ["Pôle", "Sud"], "n": 2}
        assert srsly.msgpack_loads(srsly.msgpack_dumps(data)) == data
    finally:
        for registry in registries:
            registry.entry_points = True

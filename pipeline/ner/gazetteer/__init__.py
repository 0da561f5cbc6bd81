"""`veille_gazetteer`: every known name, alias and acronym in the text (component, factory)."""
from pipeline.ner.gazetteer.factory import create_component
from pipeline.ner.gazetteer.gazetteer_ruler import GazetteerRuler

__all__ = ["GazetteerRuler", "create_component"]

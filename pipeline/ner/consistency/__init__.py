"""`veille_consistency`: one surface, one type per document (component, factory)."""
from pipeline.ner.consistency.consistency import Consistency
from pipeline.ner.consistency.factory import create_component

__all__ = ["Consistency", "create_component"]

"""`veille_merge`: one set of entities from three sources, with a precedence (component, factory)."""
from pipeline.ner.merge.factory import create_component
from pipeline.ner.merge.merge import Merge

__all__ = ["Merge", "create_component"]

"""`veille_boundaries`: repairs the edges of the model's entities (component, patterns, factory)."""
from pipeline.ner.boundaries.boundaries import Boundaries
from pipeline.ner.boundaries.factory import create_component

__all__ = ["Boundaries", "create_component"]

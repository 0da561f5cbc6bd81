"""`veille_normalizer`: folded `token.norm_` for the matchers (component, factory)."""
from pipeline.ner.normalizer.factory import create_component
from pipeline.ner.normalizer.normalizer import Normalizer

__all__ = ["Normalizer", "create_component"]

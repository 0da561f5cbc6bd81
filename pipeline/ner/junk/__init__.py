"""`veille_junk`: drops what is not a name (component, patterns, factory)."""
from pipeline.ner.junk.factory import create_component
from pipeline.ner.junk.junk import JunkFilter
from pipeline.ner.junk.patterns import JunkPatterns

__all__ = ["JunkFilter", "JunkPatterns", "create_component"]

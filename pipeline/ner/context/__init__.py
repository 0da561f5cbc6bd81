"""`veille_context`: the words around a name settle its type (component, patterns, factory)."""
from pipeline.ner.context.context import Context
from pipeline.ner.context.factory import create_component
from pipeline.ner.context.patterns import ContextPatterns

__all__ = ["Context", "ContextPatterns", "create_component"]

"""`veille_shapes`: organisation names by their shape (component, patterns, factory)."""
from pipeline.ner.shapes.factory import create_component
from pipeline.ner.shapes.patterns import ShapePatterns
from pipeline.ner.shapes.shapes import ShapeRules

__all__ = ["ShapePatterns", "ShapeRules", "create_component"]

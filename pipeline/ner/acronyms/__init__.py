"""`veille_acronyms`: links acronyms and their long forms (component, factory)."""
from pipeline.ner.acronyms.acronyms import AcronymLinker
from pipeline.ner.acronyms.factory import create_component

__all__ = ["AcronymLinker", "create_component"]

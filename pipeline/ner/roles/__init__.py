"""`veille_roles`: who holds which position where (component, patterns, factory)."""
from pipeline.ner.roles.factory import create_component
from pipeline.ner.roles.patterns import RolePatterns
from pipeline.ner.roles.roles import ROLES_KEY, RoleFinder, mention, roles_of

__all__ = ["ROLES_KEY", "RoleFinder", "RolePatterns", "create_component", "mention", "roles_of"]

"""Presentation export: a 16:9 team deck, a portrait handout, Markdown and CSV companions.

Everything is built from one content model (``blocks.Slide``) produced by the
section builders in ``sections``; the renderers only draw it. The public entry
points live in ``app.export.api``.
"""

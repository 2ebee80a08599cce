"""Export: the 5-minute presentation (16:9), the full plan (portrait, tagged), Markdown, CSV.

Everything is built from one content model (``blocks.Slide``, each slide marked
for the plan, the presentation or both) produced by the section builders in
``sections``; the renderers only draw it. The public entry points live in
``app.export.api``.
"""

"""Services over the domain models: document, store, checker, export, exchange, CLI.

No Qt widgets here (a test enforces it), so everything runs headless.
"""

"""The strategy canvas: board geometry, the scene that observes the document, the view."""

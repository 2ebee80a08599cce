"""Dock widgets around the canvas: palette, inspector, outline, guide, strategies, history."""

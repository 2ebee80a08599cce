"""Qt widgets, the canvas scene and its items, dialogs and undo commands."""

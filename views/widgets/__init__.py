"""Small self-contained widgets mounted in docks and the status bar."""

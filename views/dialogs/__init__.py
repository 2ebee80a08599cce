"""Dialogs: custom card, link target, place card, workshop, team, strategy, settings."""

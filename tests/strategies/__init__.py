"""Hypothesis strategies for domain records, shared by model, app and view tests."""

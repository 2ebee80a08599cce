"""Tests of the presentation export."""

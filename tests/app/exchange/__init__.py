"""Tests of app.exchange."""

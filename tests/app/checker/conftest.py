"""Shared fixtures for the checker tests: shipped packs, the content library, a checker."""

from __future__ import annotations

import pytest

from app.checker import Checker, PackSet, load_packs
from app.resources import ContentLibrary, load_library


@pytest.fixture(scope="session")
def shipped() -> PackSet:
    """The shipped rule packs (no agency folder)."""
    return load_packs()


@pytest.fixture(scope="session")
def library() -> ContentLibrary:
    """The shipped content library."""
    return load_library()


@pytest.fixture(scope="session")
def checker(shipped: PackSet, library: ContentLibrary) -> Checker:
    """A checker over the shipped packs with the real catalog for fixes."""
    return Checker(shipped, library, library.capabilities)

"""Domain errors and validator messages of models/ speak the user's language.

``models/`` cannot import ``app.i18n``: ``models.errors`` holds a translator hook
that ``app.i18n`` installs. Messages are translated when raised, in the raising thread.
"""

from __future__ import annotations

import threading

import pytest
from pydantic import ValidationError

from app.i18n import speaking, translate
from models import errors
from models.errors import (
    DuplicateIdError,
    SelfLinkError,
    UnknownLinkError,
    validation_message,
)
from models.review import Criterion
from models.rules import Fact
from models.strategy import Card, Link

NBSP = "\u00a0"


def test_app_i18n_installed_its_translate_as_the_hook() -> None:
    assert errors._translator[0] is translate


def test_domain_errors_are_french_inside_a_french_block_and_keep_their_data() -> None:
    with speaking("fr"):
        itself = SelfLinkError("c1")
        link = UnknownLinkError("l9")
        card = DuplicateIdError("card", "c1")
    assert str(itself) == "Une carte ne peut pas être liée à elle-même."
    assert itself.card_id == "c1"
    assert str(link) == f"Aucun lien d'identifiant «{NBSP}l9{NBSP}» dans cette stratégie."
    assert link.link_id == "l9"
    assert str(card) == f"Une carte d'identifiant «{NBSP}c1{NBSP}» existe déjà."
    assert str(SelfLinkError("c1")) == "A card cannot be linked to itself."
    assert str(DuplicateIdError("link", "x")) == "A link with id 'x' already exists."


def test_the_message_is_in_the_language_of_the_thread_that_raised_it() -> None:
    seen: list[str] = []

    def french_worker() -> None:
        with speaking("fr"):
            seen.append(str(SelfLinkError("c1")))

    worker = threading.Thread(target=french_worker)
    worker.start()
    worker.join()
    assert seen == ["Une carte ne peut pas être liée à elle-même."]
    assert str(SelfLinkError("c1")) == "A card cannot be linked to itself."


def _first(make: object) -> dict[str, object]:
    with pytest.raises(ValidationError) as caught:
        make()  # type: ignore[operator]
    return dict(caught.value.errors(include_url=False)[0])


def test_a_control_character_in_a_title_is_refused_in_french() -> None:
    with speaking("fr"):
        error = _first(lambda: Card(title="Bell\x07", phase="data"))
        message = validation_message(error)
        bare = validation_message(error, bare=True)
    assert message == bare == "contient des caractères de contrôle"
    english = _first(lambda: Card(title="Bell\x07", phase="data"))
    assert validation_message(english) == "Value error, contains control characters"
    assert validation_message(english, bare=True) == "contains control characters"


def test_a_self_link_is_refused_by_the_model_in_french() -> None:
    with speaking("fr"):
        error = _first(lambda: Link(source="a", target="a"))
        assert validation_message(error) == "Une carte ne peut pas être liée à elle-même."


def test_pydantic_own_errors_get_french_sentences_and_keep_english_otherwise() -> None:
    missing = _first(lambda: Card(title="t"))  # type: ignore[call-arg]  # the missing field is the test
    long = _first(lambda: Card(title="x" * 500, phase="data"))
    kind = _first(lambda: Card(title="t", phase="nowhere"))
    with speaking("fr"):
        assert validation_message(missing) == "ce champ est obligatoire"
        assert validation_message(long) == "est trop long (au plus 200 caractères)"
        assert validation_message(kind).startswith(f"doit être l'une de ces valeurs{NBSP}:")
        assert " or " not in validation_message(kind)
    assert validation_message(missing) == "Field required"
    assert validation_message(long) == "String should have at most 200 characters"


def test_a_rubric_and_a_rule_pack_mistake_are_explained_in_french() -> None:
    with speaking("fr"):
        level = _first(lambda: Criterion(key="own", title="Own", levels={1: "a", 2: "b"}))
        fact = _first(lambda: Fact(field="no_such_field", equals=True))
    assert str(level["msg"]).endswith(
        f"le critère «{NBSP}own{NBSP}» n'a pas de descripteur pour les niveaux 3, 4"
    )
    assert f"champ de profil inconnu «{NBSP}no_such_field{NBSP}»" in str(fact["msg"])
    english = _first(lambda: Criterion(key="own", title="Own", levels={1: "a", 2: "b", 4: "d"}))
    assert "criterion 'own' has no descriptor for level 3" in str(english["msg"])

"""Typed errors raised when an operation or a record is invalid.

Views turn these into messages; they are user mistakes or stale state, never bugs.

Messages speak the user's language. ``models/`` cannot import ``app.i18n``, so this
module holds a translator hook: ``translate`` here calls whatever ``set_translator``
installed (``app.i18n`` installs its own ``translate`` when it is imported) and
returns the English source text until then. Messages are translated when the
error is raised, in the raising thread, so an ``app.i18n.speaking`` block applies.
Calls keep the literal ``translate("context", "text")`` form, which the AST
extractor (``python -m app.translations``) reads in ``models/`` too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Translator = Callable[[str, str, str | None, int | None], str]


def _english(
    context: str, text: str, disambiguation: str | None = None, n: int | None = None
) -> str:
    del context, disambiguation
    return text if n is None else text.replace("%n", str(n))


_translator: list[Translator] = [_english]


def bare(text: object) -> str:
    """``text`` printable on one line, without quotes: control characters become escapes.

    What ``repr`` shows between its quotes, so a name or id with a newline or a NUL in
    it (from a hostile file) cannot break a message into several lines.
    """
    return repr(str(text))[1:-1]


def set_translator(function: Translator) -> None:
    """Translate the messages of ``models/`` with ``function`` (``app.i18n.translate``)."""
    _translator[0] = function


def translate(
    context: str, text: str, disambiguation: str | None = None, n: int | None = None
) -> str:
    """``text`` in the current language (``app.i18n.translate`` once the app is loaded)."""
    return _translator[0](context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's own name
    """Mark ``text`` for extraction without translating it (translate it when shown)."""
    del context
    return text


class DomainError(ValueError):
    """Base of every error that describes a refused change, with a user-facing message."""


class UnknownCardError(DomainError):
    """An operation names a card that the strategy does not have."""

    def __init__(self, card_id: str) -> None:
        super().__init__(
            translate("errors-model", "No card with id '{card}' in this strategy.").format(
                card=bare(card_id)
            )
        )
        self.card_id = card_id


class UnknownLinkError(DomainError):
    """An operation names a link that the strategy does not have."""

    def __init__(self, link_id: str) -> None:
        super().__init__(
            translate("errors-model", "No link with id '{link}' in this strategy.").format(
                link=bare(link_id)
            )
        )
        self.link_id = link_id


class DuplicateIdError(DomainError):
    """A card or link id is already in use."""

    def __init__(self, what: str, item_id: str) -> None:
        if what == "card":
            text = translate("errors-model", "A card with id '{id}' already exists.")
        elif what == "link":
            text = translate("errors-model", "A link with id '{id}' already exists.")
        else:
            text = translate("errors-model", "The id '{id}' is already in use.")
        super().__init__(text.format(id=item_id))
        self.item_id = item_id


class SelfLinkError(DomainError):
    """A link would connect a card to itself."""

    def __init__(self, card_id: str) -> None:
        super().__init__(translate("errors-model", "A card cannot be linked to itself."))
        self.card_id = card_id


class DuplicateLinkError(DomainError):
    """The two cards are already linked in that direction."""

    def __init__(self, source: str, target: str) -> None:
        super().__init__(
            translate("errors-model", "These two cards are already linked in that direction.")
        )
        self.source = source
        self.target = target


class StaleOperationError(DomainError):
    """The operation's 'before' state does not match the document (edited elsewhere).

    Raise it with a message already translated (``translate("errors-model", …)``).
    """


# -- pydantic's own messages -------------------------------------------------------------------

QT_TRANSLATE_NOOP("errors-validation", "Value error, {reason}")
_VALIDATION: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("errors-validation", "this field is required"),
    "extra_forbidden": QT_TRANSLATE_NOOP("errors-validation", "this field is not expected here"),
    "string_type": QT_TRANSLATE_NOOP("errors-validation", "must be text"),
    "string_too_short": QT_TRANSLATE_NOOP(
        "errors-validation", "is too short (at least {min_length} characters)"
    ),
    "string_too_long": QT_TRANSLATE_NOOP(
        "errors-validation", "is too long (at most {max_length} characters)"
    ),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP(
        "errors-validation", "does not have the expected form"
    ),
    "int_type": QT_TRANSLATE_NOOP("errors-validation", "must be a whole number"),
    "int_parsing": QT_TRANSLATE_NOOP("errors-validation", "must be a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("errors-validation", "must be a whole number"),
    "float_type": QT_TRANSLATE_NOOP("errors-validation", "must be a number"),
    "float_parsing": QT_TRANSLATE_NOOP("errors-validation", "must be a number"),
    "finite_number": QT_TRANSLATE_NOOP("errors-validation", "must be a finite number"),
    "bool_type": QT_TRANSLATE_NOOP("errors-validation", "must be true or false"),
    "bool_parsing": QT_TRANSLATE_NOOP("errors-validation", "must be true or false"),
    "list_type": QT_TRANSLATE_NOOP("errors-validation", "must be a list"),
    "tuple_type": QT_TRANSLATE_NOOP("errors-validation", "must be a list"),
    "set_type": QT_TRANSLATE_NOOP("errors-validation", "must be a list"),
    "dict_type": QT_TRANSLATE_NOOP("errors-validation", "must be an object"),
    "model_type": QT_TRANSLATE_NOOP("errors-validation", "must be an object"),
    "model_attributes_type": QT_TRANSLATE_NOOP("errors-validation", "must be an object"),
    "too_short": QT_TRANSLATE_NOOP(
        "errors-validation", "has too few items (at least {min_length})"
    ),
    "too_long": QT_TRANSLATE_NOOP("errors-validation", "has too many items (at most {max_length})"),
    "greater_than": QT_TRANSLATE_NOOP("errors-validation", "must be greater than {gt}"),
    "greater_than_equal": QT_TRANSLATE_NOOP("errors-validation", "must be at least {ge}"),
    "less_than": QT_TRANSLATE_NOOP("errors-validation", "must be less than {lt}"),
    "less_than_equal": QT_TRANSLATE_NOOP("errors-validation", "must be at most {le}"),
    "literal_error": QT_TRANSLATE_NOOP("errors-validation", "must be one of: {expected}"),
    "enum": QT_TRANSLATE_NOOP("errors-validation", "must be one of: {expected}"),
    "date_type": QT_TRANSLATE_NOOP("errors-validation", "must be a date (YYYY-MM-DD)"),
    "date_parsing": QT_TRANSLATE_NOOP("errors-validation", "must be a date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": QT_TRANSLATE_NOOP(
        "errors-validation", "must be a date (YYYY-MM-DD)"
    ),
    "datetime_type": QT_TRANSLATE_NOOP("errors-validation", "must be a date and time (ISO 8601)"),
    "datetime_parsing": QT_TRANSLATE_NOOP(
        "errors-validation", "must be a date and time (ISO 8601)"
    ),
    "datetime_from_date_parsing": QT_TRANSLATE_NOOP(
        "errors-validation", "must be a date and time (ISO 8601)"
    ),
    "timezone_aware": QT_TRANSLATE_NOOP("errors-validation", "must give its time zone"),
    "uuid_type": QT_TRANSLATE_NOOP("errors-validation", "must be an identifier (UUID)"),
    "uuid_parsing": QT_TRANSLATE_NOOP("errors-validation", "must be an identifier (UUID)"),
    "union_tag_invalid": QT_TRANSLATE_NOOP(
        "errors-validation", "has an unknown kind {tag}; expected one of: {expected_tags}"
    ),
    "union_tag_not_found": QT_TRANSLATE_NOOP(
        "errors-validation", "does not say its kind ({discriminator})"
    ),
    "frozen_instance": QT_TRANSLATE_NOOP("errors-validation", "cannot be changed"),
}


def validation_message(error: Mapping[str, Any], *, bare: bool = False) -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) in the current language.

    A validator's own ``ValueError`` already speaks the user's language (this module's
    ``translate`` at raise time); pydantic's English "Value error, " prefix is kept only
    in English, and dropped altogether with ``bare``. Other error kinds get the
    catalog's sentence; in English, or for a kind the catalog lacks, pydantic's own
    message is kept (so English text is exactly pydantic's, as before).

    Args:
        error: one error of ``ValidationError.errors()``.
        bare: leave out "Value error, " even in English.
    """
    kind = str(error.get("type", ""))
    context = error.get("ctx") or {}
    if kind == "value_error" and "error" in context:
        reason = str(context["error"])
        if bare:
            return reason
        return _translator[0]("errors-validation", "Value error, {reason}", None, None).format(
            reason=reason
        )
    template = _VALIDATION.get(kind)
    # The template was marked with QT_TRANSLATE_NOOP; the hook is called directly
    # because the extractor wants literal arguments to ``translate``.
    text = _translator[0]("errors-validation", template, None, None) if template else ""
    if not text or text == template:
        return str(error.get("msg", ""))
    values = {key: _plain(value) for key, value in context.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        # A pydantic version that names its limits differently: its own text beats braces.
        return str(error.get("msg", ""))


QT_TRANSLATE_NOOP("errors-validation", "'{value}'")


def _plain(value: Any) -> str:
    # pydantic writes literal choices as "'a', 'b' or 'c'": each is quoted as the language
    # quotes (« a » in French), and listed without an English "or".
    text = str(value)
    found = re.findall(r"'([^']*)'", text)
    if not found:
        return text
    quote = _translator[0]("errors-validation", "'{value}'", None, None)
    return ", ".join(quote.format(value=item) for item in found)

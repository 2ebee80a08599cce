"""Pydantic's validation messages in the user's language, for the mistakes people make most.

Pydantic words its errors in English ("Field required", "Input should be 'a' or
'b'"). A content file, a rule pack or a damaged database row is refused with the
first of them; the common kinds are said here through the interface catalog,
with pydantic's own figures (the allowed values, the lengths). In English, and
for any other kind, pydantic's text is kept as it is.
"""

from __future__ import annotations

import re
from typing import Any

from app import i18n
from app.i18n import translate
from app.reading.errors import quote


def _expected(ctx: dict[str, Any]) -> str:
    """Pydantic's list of allowed values (``'a', 'b' or 'c'``) in the current language."""
    text = str(ctx.get("expected", ""))
    values = re.findall(r"'([^']*)'", text)
    if not values:
        return text
    shown = [quote(value) for value in values]
    if len(shown) == 1:
        return shown[0]
    return translate("errors-validation", "{values} or {last}").format(
        values=", ".join(shown[:-1]), last=shown[-1]
    )


def validation_reason(error: Any) -> str:
    """The message of one pydantic error (``err.errors()[i]``) in the current language."""
    message = str(error.get("msg", ""))
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return message
    kind = error.get("type", "")
    ctx: dict[str, Any] = error.get("ctx") or {}
    simple = {
        "missing": translate("errors-validation", "Field required"),
        "extra_forbidden": translate("errors-validation", "Extra inputs are not permitted"),
        "string_type": translate("errors-validation", "Input should be a valid string"),
        "int_type": translate("errors-validation", "Input should be a valid integer"),
        "int_parsing": translate("errors-validation", "Input should be a valid integer"),
        "int_from_float": translate("errors-validation", "Input should be a valid integer"),
        "float_type": translate("errors-validation", "Input should be a valid number"),
        "float_parsing": translate("errors-validation", "Input should be a valid number"),
        "bool_type": translate("errors-validation", "Input should be a valid boolean"),
        "bool_parsing": translate("errors-validation", "Input should be a valid boolean"),
        "list_type": translate("errors-validation", "Input should be a valid list"),
        "tuple_type": translate("errors-validation", "Input should be a valid list"),
        "set_type": translate("errors-validation", "Input should be a valid list"),
        "dict_type": translate("errors-validation", "Input should be a valid dictionary"),
        "model_type": translate("errors-validation", "Input should be a valid dictionary"),
        "model_attributes_type": translate(
            "errors-validation", "Input should be a valid dictionary"
        ),
        "date_type": translate("errors-validation", "Input should be a valid date"),
        "date_parsing": translate("errors-validation", "Input should be a valid date"),
        "date_from_datetime_parsing": translate(
            "errors-validation", "Input should be a valid date"
        ),
        "date_from_datetime_inexact": translate(
            "errors-validation", "Input should be a valid date"
        ),
        "datetime_type": translate("errors-validation", "Input should be a valid date and time"),
        "datetime_parsing": translate("errors-validation", "Input should be a valid date and time"),
        "union_tag_invalid": translate("errors-validation", "Input should name a known kind"),
        "union_tag_not_found": translate("errors-validation", "Input should name a known kind"),
    }
    if kind in simple:
        return simple[kind]
    if kind in {"enum", "literal_error"}:
        return translate("errors-validation", "Input should be {expected}").format(
            expected=_expected(ctx)
        )
    if kind == "string_too_short":
        return translate(
            "errors-validation",
            "String should have at least %n character(s)",
            None,
            int(ctx.get("min_length", 0)),
        )
    if kind == "string_too_long":
        return translate(
            "errors-validation",
            "String should have at most %n character(s)",
            None,
            int(ctx.get("max_length", 0)),
        )
    if kind == "too_short":
        return translate(
            "errors-validation",
            "Should have at least %n item(s)",
            None,
            int(ctx.get("min_length", 0)),
        )
    if kind == "too_long":
        return translate(
            "errors-validation",
            "Should have at most %n item(s)",
            None,
            int(ctx.get("max_length", 0)),
        )
    bounds = {
        "greater_than_equal": ("ge", translate("errors-validation", "Should be at least {bound}")),
        "greater_than": ("gt", translate("errors-validation", "Should be greater than {bound}")),
        "less_than_equal": ("le", translate("errors-validation", "Should be at most {bound}")),
        "less_than": ("lt", translate("errors-validation", "Should be less than {bound}")),
    }
    if kind in bounds:
        name, text = bounds[kind]
        return text.format(bound=ctx.get(name, ""))
    if kind == "value_error":
        # A model's own check: its message (the part after pydantic's prefix) is the reason.
        return translate("errors-validation", "Value refused: {reason}").format(
            reason=str(ctx.get("error", message.removeprefix("Value error, ")))
        )
    return message

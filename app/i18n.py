"""One translation helper for every layer: the interface catalog and the content overlays.

Interface strings are written in English in the source as
``translate("context", "Text")`` (or ``translate("context", "%n card(s)", n=count)``),
which ``pyside6-lupdate`` extracts into ``resources/i18n/mlops_canvas_<lang>.ts``.
The ``.ts`` file itself is the catalog at run time: this module reads it with the
standard library, so the CLI and the exports (no Qt) speak French too, and the
GUI installs a ``QTranslator`` that asks this module (``views.translation``),
so Qt widgets and the rest of the app share one catalog and one language.

Content (catalog, capabilities, scenarios, rule packs, drills, rubric, guide,
help) is written in English in ``resources/``; ``resources/locale/<lang>/``
holds overlays with the same relative paths that carry only the translated
text, matched to the English entries by their ``id``, ``key`` or ``phase``.
``merge_overlay`` lays one over the other. A content file may declare another
``language`` (an agency writing in French only): text shown in a language it
does not have falls back to the file's own, and is marked.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from models import errors as _models_errors

# ``locale``, ``dataclasses`` and ``xml.etree`` (~30 ms together) are not imported here:
# the main window imports this module before its first paint.

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
"""Supported languages, each named in itself (as a language menu shows them)."""

IDENTIFYING_FIELDS = ("id", "key", "phase")
"""The field by which an overlay entry is matched to its English entry."""

STRUCTURAL_FIELDS = frozenset(
    {
        "id",
        "key",
        "phase",
        "phases",
        "version",
        "effective",
        "url",
        "severity",
        "applies_from",
        "applies_until",
        "when",
        "applies",
        "requires",
        "source",
        "cards",
        "informed_by",
        "detect_capabilities",
        "respond_capabilities",
        "feedback_capabilities",
        "feedback_targets",
        "also_owners",
        "response_owner",
        "arises_in",
        "missing_practices",
        "cadence",
        "default_cadence",
        "role",
        "roles",
        "owner",
        "owner_role",
        "capability",
        "capabilities",
        "provides",
        "kind",
        "field",
        "equals",
        "one_of",
        "at_least",
        "at_most",
        "contains",
        "is_set",
        "all",
        "any",
        "lane",
        "status",
        "level",
        "order",
        "weight",
        "date",
        "jurisdictions",
        "prohibited_practices",
        "annex3_area",
        "ai_act_role",
        "first",
        "then",
        "target",
        "target_role",
        "before",
        "recurring",
        "independent",
        "language",
        "profile",
    }
)
"""Fields an overlay never changes: keys, conditions, dates, enums, sources, the profile.

An array of tables is never structural, whatever its name (``[[capability]]``).
"""

DOCUMENT_LANGUAGES: dict[str, str] = {"en": "en", "fr": "fr-CA"}
"""The BCP 47 tag written in a PDF's ``/Lang``: the French is Canadian federal French."""

MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

_state = {"language": SOURCE_LANGUAGE}
_speaking: ContextVar[str | None] = ContextVar("speaking", default=None)
"""The language of this thread's current ``speaking`` block (an export in another language)."""


def normalise(code: str | None) -> str | None:
    """``fr_CA.UTF-8`` → ``fr``; None for a language the app does not have."""
    if not code:
        return None
    short = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in LANGUAGES else None


def system_language() -> str:
    """The user's language from the environment (LC_ALL, LC_MESSAGES, LANG), or English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = normalise(os.environ.get(variable, "").split(":")[0])
        if found:
            return found
    import locale

    try:
        found = normalise(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or SOURCE_LANGUAGE


def language() -> str:
    """The language strings are translated into now, in this thread.

    That is the language of the innermost ``speaking`` block of this thread, else the
    interface language (``set_language``).
    """
    return _speaking.get() or _state["language"]


def set_language(code: str) -> str:
    """Translate into ``code`` from now on; returns the language actually set.

    Raises:
        ValueError: the app has no such language (the message lists the ones it has).
    """
    found = normalise(code)
    if found is None:
        have = ", ".join(LANGUAGES)
        raise ValueError(f"No interface language {code!r}; available: {have}.")
    _state["language"] = found
    return found


def language_in_text(code: str) -> str:
    """The name of language ``code`` inside a sentence of the current language (« français »)."""
    return translate("languages", LANGUAGE_NAMES_IN_TEXT[code])


def document_language() -> str:
    """The ``/Lang`` of a document written now (``en``, ``fr-CA``)."""
    return DOCUMENT_LANGUAGES[language()]


def long_date(day: date) -> str:
    """'5 December 2026' / '5 décembre 2026' ('1er août 2026'), in the current language."""
    if language() == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {day:%B %Y}"


def interface_language() -> str:
    """The language the interface speaks (``set_language``), whatever block this thread is in."""
    return _state["language"]


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Translate into ``code`` inside the block, in this thread only.

    An export in French from an English window: the export's worker thread speaks
    French while the window goes on in English. A new thread starts in the interface
    language, so a worker must enter its own block.

    Raises:
        ValueError: the app has no such language.
    """
    found = normalise(code)
    if found is None:
        have = ", ".join(LANGUAGES)
        raise ValueError(f"No interface language {code!r}; available: {have}.")
    token = _speaking.set(found)
    try:
        yield
    finally:
        _speaking.reset(token)


# -- interface strings ----------------------------------------------------------------------


class Catalog:
    """The translations of one language: (context, source) → text, with plural forms."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.singular: dict[tuple[str, str], str] = {}
        self.plural: dict[tuple[str, str], tuple[str, ...]] = {}
        self.unfinished = 0

    def lookup(self, context: str, text: str, n: int | None) -> str | None:
        """The translation, or None when there is none."""
        if n is not None:
            forms = self.plural.get((context, text))
            if forms:  # a catalog short of a form gives its last one, never an IndexError
                return forms[min(_plural_index(self.language, n), len(forms) - 1)]
        return self.singular.get((context, text))


def _plural_index(code: str, n: int) -> int:
    # French: 0 and 1 are singular; English: only 1.
    if code == "fr":
        return 0 if abs(n) < 2 else 1
    return 0 if n == 1 else 1


def catalog_path(code: str) -> Path:
    """Where the ``.ts`` catalog of ``code`` ships (inside the resources package)."""
    import importlib.util

    # Found without importing app.resources (pydantic and the content models, ~0.2 s):
    # a French interface reads its catalog before the main window's first paint.
    spec = importlib.util.find_spec("resources")
    if spec is not None and spec.origin:
        root = Path(spec.origin).parent
    else:
        from app.resources import RESOURCES_DIR

        root = RESOURCES_DIR
    return root / "i18n" / f"mlops_canvas_{code}.ts"


def read_catalog(path: Path, code: str) -> Catalog:
    """Parse a Qt Linguist ``.ts`` file; unfinished and obsolete entries are not used."""
    from xml.etree import ElementTree

    found = Catalog(language=code)
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            kind = translation.get("type", "")
            if kind in {"unfinished", "obsolete", "vanished"}:
                found.unfinished += kind == "unfinished"
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    found.plural[(name, source)] = forms
            elif translation.text:
                found.singular[(name, source)] = translation.text
    return found


@cache
def catalog(code: str) -> Catalog | None:
    """The catalog of ``code`` (read once); None when it is missing.

    English has one too: the source text is English, but its plurals ("%n card(s)")
    take their forms from ``mlops_canvas_en.ts``.
    """
    from xml.etree import ElementTree

    path = catalog_path(code)
    try:
        return read_catalog(path, code)
    except (OSError, ElementTree.ParseError):
        return None  # the interface stays in English rather than failing to start


def translate(
    context: str, text: str, disambiguation: str | None = None, n: int | None = None
) -> str:
    """``text`` of ``context`` in the current language; ``%n`` becomes ``n`` when given.

    ``context`` and ``text`` must be string literals at the call site, so that
    ``pyside6-lupdate`` finds them; it reads the arguments by position, like Qt's
    ``QCoreApplication.translate(context, text, disambiguation, n)``: write a plural
    as ``translate("ctx", "%n card(s)", None, count)`` (lupdate skips ``n=count``).
    """
    del disambiguation  # the catalog keys on (context, source); kept for lupdate's sake
    found = catalog(_speaking.get() or _state["language"])
    result = found.lookup(context, text, n) if found is not None else None
    if result is None:
        result = text
    if n is not None:
        result = result.replace("%n", str(n))
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's own name
    """Mark ``text`` for extraction without translating it (translate it when shown)."""
    del context
    return text


# ``models/`` cannot import this module: its error messages translate through a hook.
_models_errors.set_translator(translate)

LANGUAGE_NAMES_IN_TEXT: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("languages", "English"),
    "fr": QT_TRANSLATE_NOOP("languages", "French"),
}
"""Language names as a sentence says them (« en français »), through ``language_in_text``."""


# -- content ----------------------------------------------------------------------------------


def overlay_path(root: Path, file: Path, code: str) -> Path:
    """Where the ``code`` overlay of a content file lives.

    A shipped file ``resources/rel/path.toml`` has ``resources/locale/<code>/rel/path.toml``;
    any other (an agency's) has ``name.<code>.toml`` beside it.
    """
    try:
        relative = file.relative_to(root)
    except ValueError:
        return file.with_name(f"{file.stem}.{code}{file.suffix}")
    return root / "locale" / code / relative


def merge_overlay(base: Any, overlay: Any) -> Any:
    """``base`` with the text of ``overlay`` laid over it (see the module docstring).

    Tables merge key by key; arrays of tables merge entry by entry, matched by
    their identifying field (or by position when they have none); anything else
    in the overlay replaces the base value. Entries the overlay lacks keep the
    base text, and overlay entries the base lacks are ignored.
    """
    if isinstance(base, dict) and isinstance(overlay, dict):
        merged = dict(base)
        for key, value in overlay.items():
            if key in base and (key not in STRUCTURAL_FIELDS or _table_array(base[key])):
                merged[key] = merge_overlay(base[key], value)
        return merged
    if _table_array(base) and isinstance(overlay, list):
        ident = next((f for f in IDENTIFYING_FIELDS if f in base[0]), None)
        if ident is None:
            return [
                merge_overlay(entry, overlay[i]) if i < len(overlay) else entry
                for i, entry in enumerate(base)
            ]
        by_id = {e.get(ident): e for e in overlay if isinstance(e, dict)}
        return [merge_overlay(entry, by_id.get(entry.get(ident), {})) for entry in base]
    if isinstance(base, list) and isinstance(overlay, list) and len(base) != len(overlay):
        return base  # a list of text must keep its length (it may be matched by position)
    if type(overlay) is not type(base):
        return base
    return overlay


def _table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


# -- one-language content (an agency's) -------------------------------------------------------

_KEYLIKE = re.compile(r"^[a-z0-9]+([-_.:/][a-z0-9]+)*$")
_ALWAYS_PROSE = frozenset({"title", "citation", "cite_as"})


def marker(code: str) -> str:
    """The prefix of a text shown in ``code`` because the requested language lacks it: ``[EN] ``.

    A prefix (not a suffix) so that it is seen even when a long text is cut, and in
    the language's own code, which reads the same in English and French.
    """
    return f"[{code.upper()}] "


def is_prose(name: str, value: object) -> bool:
    """Whether the field ``name`` holds text a reader sees (not a key, date or number)."""
    if name in STRUCTURAL_FIELDS or not isinstance(value, str):
        return False
    return name in _ALWAYS_PROSE or not _KEYLIKE.match(value.strip())


def mark_text(data: Any, code: str) -> Any:
    """``data`` with every prose field prefixed by ``marker(code)`` (keys and conditions kept).

    Used for a file shown in a language it does not have: laying an overlay over
    the marked data replaces the marked text wherever a translation exists.
    """
    prefix = marker(code)

    def walk(value: Any, name: str) -> Any:
        if isinstance(value, dict):
            return {
                key: item
                if key in STRUCTURAL_FIELDS and not _table_array(item)
                else walk(item, key)
                for key, item in value.items()
            }
        if isinstance(value, list):
            if name in STRUCTURAL_FIELDS and not _table_array(value):
                return value
            return [walk(item, name) for item in value]
        if is_prose(name, value) and value.strip() and not value.startswith(prefix):
            return prefix + value
        return value

    return walk(data, "")


def is_overlay_name(path: Path) -> bool:
    """Whether ``path`` is an agency overlay (``name.fr.toml``) rather than a file of its own."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    _, dot, code = stem.rpartition(".")
    return bool(dot) and code in LANGUAGES


def unmatched_entries(base: Any, overlay: Any, where: str = "") -> list[tuple[str, str]]:
    """(entry, field) of every overlay entry or field no base entry or field matches."""
    found: list[tuple[str, str]] = []
    if not (isinstance(base, dict) and isinstance(overlay, dict)):
        return found
    for key, value in overlay.items():
        if key not in base:
            found.append((where, key))
            continue
        if _table_array(base[key]) and isinstance(value, list):
            ident = next((f for f in IDENTIFYING_FIELDS if f in base[key][0]), None)
            known = {e.get(ident) for e in base[key]} if ident else set()
            for index, entry in enumerate(value):
                if not isinstance(entry, dict):
                    continue
                name = f"{key}[{entry.get(ident)!r}]" if ident else f"{key}[{index}]"
                if ident and entry.get(ident) not in known:
                    found.append((name, ident))
                elif ident:
                    match = next(e for e in base[key] if e.get(ident) == entry.get(ident))
                    found.extend(unmatched_entries(match, entry, name))
                elif index >= len(base[key]):
                    found.append((name, ""))
        elif isinstance(base[key], dict):
            found.extend(unmatched_entries(base[key], value, f"{where}.{key}".strip(".")))
    return found


# -- the closed vocabularies of models/ (models cannot import this module) ----------------------


def phase_label(phase: Any) -> str:
    """A phase's full name (``Phase.label``) in the current language."""
    return {
        "data": translate("vocabulary", "Data Management & Preparation"),
        "develop": translate("vocabulary", "Model Development & Training"),
        "evaluate": translate("vocabulary", "Model Evaluation & Validation"),
        "deploy": translate("vocabulary", "Model Deployment & Serving"),
        "monitor": translate("vocabulary", "Monitoring & Maintenance"),
        "feedback": translate("vocabulary", "Feedback Loop & Continuous Improvement"),
        "governance": translate("vocabulary", "Governance (cross-cutting)"),
    }.get(str(phase.value), str(phase.label))


def phase_short(phase: Any) -> str:
    """A phase's short name (``Phase.short_title``) in the current language."""
    return {
        "data": translate("vocabulary", "Data"),
        "develop": translate("vocabulary", "Development"),
        "evaluate": translate("vocabulary", "Evaluation"),
        "deploy": translate("vocabulary", "Deployment"),
        "monitor": translate("vocabulary", "Monitoring"),
        "feedback": translate("vocabulary", "Feedback"),
        "governance": translate("vocabulary", "Governance"),
    }.get(str(phase.value), str(phase.short_title))


def role_label(role: Any) -> str:
    """A role's name (``Role.label``) in the current language."""
    return {
        "data-scientist": translate("vocabulary", "Data scientist"),
        "it-operations": translate("vocabulary", "IT operations"),
        "project-manager": translate("vocabulary", "Project manager"),
        "policy-legal": translate("vocabulary", "Policy & legal"),
        "privacy-ethics": translate("vocabulary", "Privacy & ethics"),
        "domain-expert": translate("vocabulary", "Domain expert"),
    }.get(str(role.value), str(role.label))


def status_label(status: Any) -> str:
    """A card status (``Status.label``) in the current language."""
    return {
        "planned": translate("vocabulary", "Planned"),
        "in-progress": translate("vocabulary", "In progress"),
        "in-place": translate("vocabulary", "In place"),
    }.get(str(status.value), str(status.label))


def link_label(kind: Any) -> str:
    """A link kind (``LinkKind.label``) in the current language."""
    return {
        "flows": translate("vocabulary", "flows into"),
        "gates": translate("vocabulary", "gates"),
        "triggers": translate("vocabulary", "triggers"),
        "feeds-back": translate("vocabulary", "feeds back to"),
    }.get(str(kind.value), str(kind.label))


def cadence_label(cadence: Any) -> str:
    """How often a practice runs (``Cadence.value``) as a word of running text: "quarterly"."""
    return {
        "continuous": translate("vocabulary", "continuous"),
        "daily": translate("vocabulary", "daily"),
        "weekly": translate("vocabulary", "weekly"),
        "monthly": translate("vocabulary", "monthly"),
        "quarterly": translate("vocabulary", "quarterly"),
        "yearly": translate("vocabulary", "yearly"),
        "once": translate("vocabulary", "once"),
    }.get(str(cadence.value), str(cadence.value))


def severity_label(severity: Any) -> str:
    """A finding's severity (``Severity.value``) as a word: "Error", "Warning", "Info"."""
    return {
        "error": translate("vocabulary", "Error"),
        "warning": translate("vocabulary", "Warning"),
        "info": translate("vocabulary", "Info"),
    }.get(str(severity.value), str(severity.value).capitalize())


def level_label(level: int) -> str:
    """A rubric level's name (``models.review.LEVEL_NAMES``) in the current language."""
    return {
        1: translate("vocabulary", "Beginning"),
        2: translate("vocabulary", "Developing"),
        3: translate("vocabulary", "Proficient"),
        4: translate("vocabulary", "Exemplary"),
    }.get(level, str(level))


def review_state_label(review: Any) -> str:
    """A phase review's state (``PhaseReview.label``) in the current language."""
    state = str(review.state.value)
    name = {
        "acceptable": translate("vocabulary", "Acceptable"),
        "to-be-corrected": translate("vocabulary", "To be corrected"),
        "corrected": translate("vocabulary", "Corrected, awaiting re-evaluation"),
    }.get(state, str(review.state.label))
    if review.re_evaluated:
        return translate("vocabulary", "{state} (re-evaluated)").format(state=name)
    return name


def grouped(value: float, decimals: int = 0) -> str:
    """A number with thousands grouped: "1,800.5" in English, "1 800,5" in French.

    French groups with a no-break space (every export font has it) and writes a
    decimal comma.
    """
    text = f"{value:,.{decimals}f}"
    if language() == "fr":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def day_number(day: float) -> str:
    """A day of a drill's timeline: "2" or "2.5" in English, "2,5" in French."""
    rounded = round(day, 1)
    return grouped(rounded, 0 if rounded == int(rounded) else 1)


def percent(share: float, decimals: int = 0) -> str:
    """A share as a percentage: "38%" in English, "38 %" (no-break space) in French."""
    value = grouped(share * 100, decimals) if decimals else str(round(share * 100))
    return translate("vocabulary", "{value}%").format(value=value)


def quoted(text: str) -> str:
    """``text`` in the current language's quotation marks: “text”, « text »."""
    return translate("vocabulary", "“{text}”").format(text=text)


def annex3_label(area: Any) -> str:
    """An EU AI Act Annex III area (``Annex3Area``): "Essential services"."""
    return {
        "biometrics": translate("vocabulary", "Biometrics"),
        "critical-infrastructure": translate("vocabulary", "Critical infrastructure"),
        "education": translate("vocabulary", "Education"),
        "employment": translate("vocabulary", "Employment"),
        "essential-services": translate("vocabulary", "Essential services"),
        "law-enforcement": translate("vocabulary", "Law enforcement"),
        "migration": translate("vocabulary", "Migration"),
        "justice-democracy": translate("vocabulary", "Justice democracy"),
    }.get(str(area.value), str(area.value).replace("-", " ").capitalize())


def decimal(value: float) -> str:
    """A day or a measure with one decimal at most: "165.1", "30" ("165,1" in French)."""
    return grouped(value, 1).removesuffix(".0").removesuffix(",0").replace("\u00a0", "")

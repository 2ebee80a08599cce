"""Loading rubrics from ``resources/rubrics/*.toml`` and agency folders.

A rubric file holds the rubric's ``key``, ``title``, ``version`` and optional
``description`` at the top, then one ``[[criterion]]`` table per criterion with
a ``[criterion.levels]`` table of descriptors for levels 1–4. Every problem
becomes one ``app.resources.ContentError`` naming the file, the criterion and
the field. A broken shipped rubric is a broken installation; a broken agency
rubric is reported and the others still load. ``choose_rubric`` picks the rubric
a workshop's sheets use; the GUI and the CLI both call it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from app.i18n import is_overlay_name, translate
from app.resources import (
    RESOURCES_DIR,
    ContentError,
    check_capabilities,
    entry_label,
    read_localized,
)
from app.review.errors import ReviewError
from models.content import Capability
from models.errors import bare, validation_message
from models.review import Criterion, Rubric, RubricSheet

RUBRICS_DIR = RESOURCES_DIR / "rubrics"
DEFAULT_RUBRIC = "default"
_TOP_LEVEL = frozenset({"key", "title", "version", "description", "criterion"})


@dataclass(frozen=True)
class RubricSet:
    """The rubrics that loaded, by key, and the problems of those that did not."""

    rubrics: dict[str, Rubric]
    errors: tuple[ContentError, ...] = ()

    def get(self, key: str = DEFAULT_RUBRIC) -> Rubric | None:
        """The rubric with this key (the default rubric when no key is given), or None."""
        return self.rubrics.get(key)


def _field_error(err: ValidationError) -> tuple[str, str]:
    """(field path, message) of a validation error's first problem, without pydantic's prefix."""
    first = err.errors(include_url=False)[0]
    field = ".".join(str(part) for part in first["loc"])
    message = validation_message(first, bare=True)
    return field, message


def _validate(model: type[BaseModel], data: Any, path: Path, entry: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as err:
        field, message = _field_error(err)
        raise ContentError(path, message, entry=entry, field=field) from None


def load_rubric(
    path: Path,
    capabilities: Mapping[str, Capability] | None = None,
    lang: str | None = None,
    root: Path = RESOURCES_DIR,
) -> Rubric:
    """Load and validate one rubric file.

    Args:
        path: the TOML file.
        capabilities: the capability vocabulary; when given, every
            ``capability:`` reference in ``informed_by`` must name one of them.
        lang: the language of the text (default: the interface language).
        root: the shipped resources folder (where the overlays of shipped rubrics are).

    Raises:
        ContentError: naming the file, the criterion (``entry``) and the field.
    """
    raw = read_localized(path, lang, root)
    for name in raw:
        if name not in _TOP_LEVEL:
            raise ContentError(path, translate("errors-review", "unknown field"), field=name)
    items = raw.get("criterion")
    if not isinstance(items, list) or not items:
        raise ContentError(
            path,
            translate("errors-review", "expected one or more [[criterion]] tables"),
            field="criterion",
        )
    criteria: list[Criterion] = []
    seen: set[str] = set()
    for index, data in enumerate(items):
        label = entry_label(data, "criterion", index)
        criterion: Criterion = _validate(Criterion, data, path, label)
        if criterion.key in seen:
            raise ContentError(
                path,
                translate("errors-review", "duplicate criterion key"),
                entry=label,
                field="key",
            )
        seen.add(criterion.key)
        if capabilities is not None:
            check_capabilities(
                path, label, "informed_by", criterion.informed("capability"), capabilities
            )
        criteria.append(criterion)
    header = {name: value for name, value in raw.items() if name != "criterion"}
    rubric: Rubric = _validate(Rubric, {**header, "criteria": criteria}, path, "")
    if rubric.key != path.stem:
        # The key names the rubric in stored score sheets; tying it to the file name keeps two
        # files from silently claiming the same rubric.
        raise ContentError(
            path,
            translate("errors-review", "the key must match the file name '{name}'").format(
                name=bare(path.stem)
            ),
            field="key",
        )
    return rubric


def load_rubrics(
    extra_dirs: Sequence[Path] = (),
    capabilities: Mapping[str, Capability] | None = None,
    root: Path = RUBRICS_DIR,
    lang: str | None = None,
) -> RubricSet:
    """Load the shipped rubrics, then those in each agency folder of ``extra_dirs``.

    An agency rubric with the key of an earlier one replaces it (an agency may
    adapt the default rubric). Missing agency folders are skipped.

    Raises:
        ContentError: a shipped rubric is broken (the installation is damaged).

    Returns:
        The loaded rubrics; agency files that failed are listed in ``errors``.
    """
    rubrics: dict[str, Rubric] = {}
    for path in sorted(root.glob("*.toml")):
        rubric = load_rubric(path, capabilities, lang, root.parent)
        rubrics[rubric.key] = rubric
    errors: list[ContentError] = []
    for folder in extra_dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if is_overlay_name(path):
                continue
            try:
                rubric = load_rubric(path, capabilities, lang)
            except ContentError as err:
                errors.append(err)
                continue
            rubrics[rubric.key] = rubric
    return RubricSet(rubrics=rubrics, errors=tuple(errors))


class RubricChoiceError(ReviewError):
    """No rubric fits: the one asked for is not installed, or none is."""


def load_installed_rubrics(capabilities: Mapping[str, Capability] | None = None) -> RubricSet:
    """The shipped rubrics and the agency's (``agency_dir("rubrics")``).

    A broken agency rubric is listed in ``errors`` (the caller reports it) and the
    others still load.

    Args:
        capabilities: the capability vocabulary (read from the resources when not given).

    Raises:
        ContentError: a shipped rubric is broken.
    """
    from app.paths import agency_dir
    from app.resources import load_capabilities

    vocabulary = load_capabilities() if capabilities is None else capabilities
    return load_rubrics([agency_dir("rubrics")], vocabulary)


def choose_rubric(rubrics: RubricSet, sheets: Sequence[RubricSheet], key: str | None) -> Rubric:
    """The rubric asked for, else the one most score sheets use, else the default.

    Args:
        rubrics: the installed rubrics.
        sheets: the score sheets of the workshop (or of one strategy).
        key: the rubric asked for by name, or None to choose from the sheets.

    Raises:
        RubricChoiceError: the rubric asked for is not installed, or no rubric is.
    """
    if key is not None:
        found = rubrics.get(key)
        if found is None:
            known = ", ".join(sorted(rubrics.rubrics)) or translate("errors-review", "(none)")
            raise RubricChoiceError(
                translate("errors-review", "no rubric '{key}'; rubrics: {known}").format(
                    key=bare(key), known=known
                )
            )
        return found
    used = Counter(s.rubric_key for s in sheets if s.rubric_key in rubrics.rubrics)
    chosen = used.most_common(1)[0][0] if used else DEFAULT_RUBRIC
    found = rubrics.get(chosen) or next(iter(rubrics.rubrics.values()), None)
    if found is None:
        raise RubricChoiceError(translate("errors-review", "no rubric is installed"))
    return found

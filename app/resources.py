"""Loading content files from ``resources/`` (and agency folders) with clear errors.

Every content file is TOML read with the standard library and validated by the
pydantic models. Any problem stops loading with one ``ContentError`` whose
message names the file, the entry and the field.

``load_library`` reads the whole library (capabilities, catalog, scenarios,
guide), cross-checks it and returns a ``ContentLibrary``. Nothing is cached at
module level — callers load once and pass the library around — but for the installed
scenarios in each language, which ``localized_scenario`` compares a workshop's own
copy of a scenario with.

The shipped files are found through ``importlib.resources`` (the ``resources``
package), never relative to this file, so a wheel installed in a virtualenv, a
frozen build and a source checkout all find them the same way.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import importlib.util
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from app import i18n
from app.i18n import is_overlay_name, translate
from app.reading import InputError, display_path, read_file
from app.reading.errors import quote
from app.reading.limits import CONTENT
from app.reading.strict_toml import parse_toml
from models.content import Capability, CatalogEntry, GuideSection, Scenario
from models.errors import DomainError, validation_message
from models.phases import ALL_PHASES, Phase
from models.strategy import Card, Strategy

RESOURCES_PACKAGE = "resources"
CAPABILITIES_FILE = "capabilities.toml"
CATALOG_FILE = "catalog.toml"
GUIDE_FILE = "guide.toml"
SCENARIOS_DIR = "scenarios"
HELP_DIR = "help"
# The guides the Help menu shows; docs/ holds the same files for readers of the repository.
GUIDES: dict[str, str] = {"user": "user-guide.md", "facilitator": "facilitator-guide.md"}

M = TypeVar("M", bound=BaseModel)


def locate_resources() -> Path:
    """The folder of the shipped content files: the ``resources`` package, wherever installed.

    Returns the folder even when it is incomplete, so that loading reports the
    missing file and the folder it looked in. When the package itself cannot be
    imported, returns where an installation puts it (beside the ``app``
    package), again only so that the error can name a folder.
    """
    try:
        root = importlib.resources.files(RESOURCES_PACKAGE)
    except ModuleNotFoundError:
        root = None
    # pip and PyInstaller both install the package as plain files, so the
    # traversable is a real folder; a zipped install is not supported.
    if isinstance(root, Path):
        return root
    spec = importlib.util.find_spec("app")
    origin = spec.origin if spec is not None and spec.origin else "."
    return Path(origin).parent.parent / RESOURCES_PACKAGE


RESOURCES_DIR: Path = locate_resources()


class ContentError(Exception):
    """A resource file is missing, malformed or inconsistent.

    Attributes:
        path: the offending file.
        entry: the entry inside it (a key or ``[[table]] #n``), or "".
        field: the field inside the entry, or "".
    """

    def __init__(self, path: Path, message: str, entry: str = "", field: str = "") -> None:
        super().__init__(where_in_file(display_path(path.name), message, entry, field))
        self.reason = message
        self.path = path
        self.entry = entry
        self.field = field


def shown_entry(entry: str) -> str:
    """An entry label (``'datasheet'`` or ``[[rule]] #3``) quoted the way the language quotes."""
    if len(entry) >= 2 and entry[0] == entry[-1] and entry[0] in "'\"":
        return quote(entry[1:-1])
    return entry


def where_in_file(file: str, reason: str, entry: str = "", field: str = "") -> str:
    """``file, entry 'x', field 'y': reason`` in the current language (entry and field optional)."""
    if entry and field:
        return translate("errors-content", "{file}, entry {entry}, field {field}: {reason}").format(
            file=file, entry=shown_entry(entry), field=quote(field), reason=reason
        )
    if entry:
        return translate("errors-content", "{file}, entry {entry}: {reason}").format(
            file=file, entry=shown_entry(entry), reason=reason
        )
    if field:
        return translate("errors-content", "{file}, field {field}: {reason}").format(
            file=file, field=quote(field), reason=reason
        )
    return translate("errors-content", "{file}: {reason}").format(file=file, reason=reason)


def read_content_bytes(path: Path) -> bytes:
    """The bytes of one content file, bounded; a FIFO or device is refused before reading.

    Raises:
        ContentError: missing, unreadable, not a regular file or over the size limit.
    """
    try:
        return read_file(path, CONTENT.max_bytes)
    except InputError as err:
        if not path.exists() and not path.is_symlink():
            raise ContentError(
                path,
                translate("errors-content", "file not found in {folder}").format(
                    folder=display_path(path.parent)
                ),
            ) from None
        raise ContentError(path, str(err)) from None


def parse_content(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse a content file's bytes strictly (``app.reading.strict_toml``).

    Raises:
        ContentError: naming the file and the line and column, or the key path.
    """
    try:
        return parse_toml(raw, CONTENT)
    except InputError as err:
        raise ContentError(path, str(err)) from None


def read_toml(path: Path) -> dict[str, Any]:
    """Read a TOML content file strictly, turning every failure into a ``ContentError``.

    Bounded in size, nesting, dotted keys and numbers (``app.reading``); a UTF-8
    byte-order mark is accepted. The message names the file and where in it.
    """
    return parse_content(path, read_content_bytes(path))


def localize(
    path: Path,
    raw: Mapping[str, Any],
    lang: str | None = None,
    root: Path = RESOURCES_DIR,
    overlay_bytes: bytes | None = None,
    *,
    labels: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The text of a parsed content file in ``lang`` (default: the interface language).

    A shipped file (under ``root``) takes its overlay from ``root/locale/<lang>/``; the
    overlay must exist, and each of its entries must match an English entry, else a
    ``ContentError`` names the overlay, the entry and the field. Any other file (an
    agency's) is written in its ``language`` (English when it has none); in another
    language it takes ``name.<lang>.toml`` beside it when there is one, and every text
    the overlay does not give is shown in the file's own language with the marker
    ``[EN] `` / ``[FR] `` (``app.i18n.marker``). The ``language`` field is removed.
    ``overlay_bytes``, when given, are the overlay's bytes already read (and hashed).
    ``labels`` maps a structural field the overlay may translate for display to the
    field that receives the translation (``{"version": "version_label"}``): the
    structural value itself is never changed by an overlay.

    Raises:
        ContentError: a shipped overlay is missing, malformed or names an unknown entry.
    """
    from app import i18n

    code = (i18n.normalise(lang) if lang else None) or i18n.language()
    data = {key: value for key, value in raw.items() if key != "language"}
    own = raw.get("language")
    own_code = (i18n.normalise(own) if isinstance(own, str) else None) or i18n.SOURCE_LANGUAGE
    if code == own_code:
        return data
    overlay_file = i18n.overlay_path(root, path, code)
    shipped = overlay_file.is_relative_to(root / "locale")
    if not shipped:
        marked: dict[str, Any] = i18n.mark_text(data, own_code)
        data = marked
        if overlay_bytes is None and not overlay_file.is_file():
            return data
    if overlay_bytes is None:
        overlay_bytes = read_content_bytes(overlay_file)
    parsed = parse_content(overlay_file, overlay_bytes)
    overlay = {k: v for k, v in parsed.items() if k != "language"}
    for entry, field_name in i18n.unmatched_entries(data, overlay):
        raise ContentError(
            overlay_file,
            translate("errors-content", "no {language} entry or field matches this one").format(
                language=i18n.language_in_text(own_code)
            ),
            entry=entry,
            field=field_name,
        )
    merged: dict[str, Any] = i18n.merge_overlay(data, overlay)
    for name, label in (labels or {}).items():
        shown = overlay.get(name)
        if name in data and isinstance(shown, str) and shown.strip():
            merged[label] = shown
    return merged


def read_localized(
    path: Path, lang: str | None = None, root: Path = RESOURCES_DIR
) -> dict[str, Any]:
    """``read_toml`` then ``localize``: a content file's data in ``lang``."""
    return localize(path, read_toml(path), lang, root)


def validate_entry(
    model: type[M], data: Any, path: Path, entry: str, context: Mapping[str, Any] | None = None
) -> M:
    """Validate one entry of a content file, or raise a ``ContentError`` naming its first field.

    Args:
        model: the pydantic model the entry must satisfy.
        data: the raw TOML table.
        path: the file the entry came from (for the message).
        entry: how to name the entry in the message (its key, or ``[[table]] #n``).
        context: optional pydantic validation context.
    """
    try:
        return model.model_validate(data, context=context)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise ContentError(path, validation_message(first), entry=entry, field=field) from None


def entry_label(data: Any, table: str, index: int) -> str:
    """A human name for the ``index``-th entry of ``[[table]]``: its key when it has one."""
    if isinstance(data, Mapping) and isinstance(data.get("key") or data.get("id"), str):
        return repr(data.get("key") or data.get("id"))
    return f"[[{table}]] #{index + 1}"


def load_entries(
    path: Path, table: str, model: type[M], raw: Mapping[str, Any] | None = None
) -> list[M]:
    """Load every ``[[table]]`` entry of a TOML file as ``model``, refusing duplicate keys.

    Args:
        path: the file (read unless ``raw`` is given; always named in errors).
        table: the name of the array of tables.
        model: the pydantic model each entry must satisfy.
        raw: the file's already parsed contents, to avoid parsing it twice.
    """
    if raw is None:
        raw = read_toml(path)
    items = raw.get(table)
    if not isinstance(items, list) or not items:
        raise ContentError(
            path,
            translate("errors-content", "expected one or more [[{table}]] entries").format(
                table=table
            ),
        )
    result: list[M] = []
    seen: set[str] = set()
    for index, data in enumerate(items):
        label = entry_label(data, table, index)
        record = validate_entry(model, data, path, label)
        key = getattr(record, "key", None)
        if isinstance(key, str):
            if key in seen:
                raise ContentError(
                    path, translate("errors-content", "duplicate key"), entry=repr(key), field="key"
                )
            seen.add(key)
        result.append(record)
    return result


def load_capabilities(root: Path = RESOURCES_DIR, lang: str | None = None) -> dict[str, Capability]:
    """The capability vocabulary, keyed by key, in ``lang`` (default: the interface's)."""
    path = root / CAPABILITIES_FILE
    raw = read_localized(path, lang, root)
    return {cap.key: cap for cap in load_entries(path, "capability", Capability, raw)}


def check_capabilities(
    path: Path, entry: str, field: str, used: tuple[str, ...], known: Mapping[str, Capability]
) -> None:
    """Raise a ``ContentError`` if ``used`` names a capability missing from the vocabulary."""
    for key in used:
        if key not in known:
            raise ContentError(
                path,
                translate("errors-content", "unknown capability {key}").format(key=quote(key)),
                entry=entry,
                field=field,
            )


class UnknownCatalogEntryError(DomainError):
    """A catalog key that the loaded library does not have."""

    def __init__(self, key: str) -> None:
        super().__init__(
            translate("errors-content", "No practice {key} in the catalog.").format(key=quote(key))
        )
        self.key = key


@dataclass(frozen=True)
class ContentLibrary:
    """The whole content library, loaded and cross-checked.

    Attributes:
        capabilities: the capability vocabulary, keyed by capability key.
        catalog: the practice catalog, keyed by entry key, in file order.
        scenarios: shipped scenarios, then agency scenarios, keyed by scenario key.
        guide: one phase-guide section per phase (including governance).
        version: ``<series>+<12 hex>``; the hex is the content digest of every file read.
    """

    capabilities: dict[str, Capability]
    catalog: dict[str, CatalogEntry]
    scenarios: dict[str, Scenario]
    guide: dict[Phase, GuideSection]
    version: str
    _providers: dict[str, tuple[CatalogEntry, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[CatalogEntry]] = {key: [] for key in self.capabilities}
        for entry in self.catalog.values():
            for capability in entry.capabilities:
                index.setdefault(capability, []).append(entry)
        # Frozen dataclass: the index is derived once here, so bypass the frozen setattr.
        object.__setattr__(self, "_providers", {k: tuple(v) for k, v in index.items()})

    def providers(self, capability: str) -> tuple[CatalogEntry, ...]:
        """Catalog entries that provide ``capability``, in catalog order (empty if none)."""
        return self._providers.get(capability, ())

    def entry(self, key: str) -> CatalogEntry:
        """The catalog entry with this key.

        Raises:
            UnknownCatalogEntryError: the catalog has no such entry.
        """
        try:
            return self.catalog[key]
        except KeyError:
            raise UnknownCatalogEntryError(key) from None

    def card_from_catalog(self, key: str, x: float, y: float) -> Card:
        """A new card (fresh id) for a catalog entry, placed at lane-local ``x, y``.

        Title, phase, owner role and capabilities come from the entry; the
        description stays in the catalog (shown by the inspector), not in the notes.

        Raises:
            UnknownCatalogEntryError: the catalog has no such entry.
        """
        return self.entry(key).new_card(x, y)


def content_digest(paths: Iterable[Path]) -> str:
    """SHA-256 (hex) over the bytes of content files, independent of where they are installed.

    Each file contributes its name and the SHA-256 of its bytes; the pairs are
    sorted so that the same content gives the same digest on every machine,
    whatever folder it sits in and in whatever order the files were listed.

    Raises:
        ContentError: a file cannot be read.
    """
    return digest_of([(path.name, read_content_bytes(path)) for path in paths])


def digest_of(files: Iterable[tuple[str, bytes]]) -> str:
    parts = sorted((name, hashlib.sha256(data).hexdigest()) for name, data in files)
    total = hashlib.sha256()
    for name, digest in parts:
        total.update(f"{name}\0{digest}\n".encode())
    return total.hexdigest()


def content_series(root: Path = RESOURCES_DIR) -> str:
    """The content series (e.g. ``2026.11``): the ``version`` at the top of capabilities.toml."""
    path = root / CAPABILITIES_FILE
    return _series(path, read_toml(path))


def _series(path: Path, raw: Mapping[str, Any]) -> str:
    series = raw.get("version")
    if not isinstance(series, str) or not series.strip():
        raise ContentError(
            path,
            translate("errors-content", "expected a top-level version string"),
            field="version",
        )
    return series.strip()


def load_catalog(
    path: Path,
    capabilities: Mapping[str, Capability],
    lang: str | None = None,
    root: Path = RESOURCES_DIR,
) -> dict[str, CatalogEntry]:
    """The practice catalog, keyed by entry key, checked against the capability vocabulary.

    Every capability of the vocabulary must be provided by at least one entry,
    so that a finding about any capability can suggest a catalog card as a fix.
    """
    raw = read_localized(path, lang, root)
    catalog = {entry.key: entry for entry in load_entries(path, "entry", CatalogEntry, raw)}
    for entry in catalog.values():
        check_capabilities(path, repr(entry.key), "capabilities", entry.capabilities, capabilities)
    provided = {cap for entry in catalog.values() for cap in entry.capabilities}
    for key in capabilities:
        if key not in provided:
            raise ContentError(
                path,
                translate("errors-content", "no entry provides capability {key}").format(
                    key=quote(key)
                ),
                field="capabilities",
            )
    return catalog


def scenario_files(root: Path = RESOURCES_DIR, scenario_dirs: Sequence[Path] = ()) -> list[Path]:
    """The scenario files: shipped ones first, then each agency folder's, sorted by name.

    Raises:
        ContentError: a folder is missing, or the shipped folder holds no scenario.
    """
    shipped = root / SCENARIOS_DIR
    files: list[Path] = []
    for folder in (shipped, *scenario_dirs):
        if not folder.is_dir():
            raise ContentError(
                folder,
                translate("errors-content", "scenario folder not found: {folder}").format(
                    folder=display_path(folder)
                ),
            )
        found = sorted(folder.glob("*.toml"))
        if folder == shipped and not found:
            raise ContentError(
                folder,
                translate("errors-content", "no scenario files (*.toml) in {folder}").format(
                    folder=display_path(folder)
                ),
            )
        files.extend(found)
    return files


def load_scenario(
    path: Path,
    catalog: Mapping[str, CatalogEntry],
    lang: str | None = None,
    root: Path = RESOURCES_DIR,
) -> Scenario:
    """One scenario file (the whole file is one scenario), cross-checked against the catalog."""
    return scenario_from(path, read_toml(path), catalog, lang, root)


def scenario_from(
    path: Path,
    raw: Mapping[str, Any],
    catalog: Mapping[str, CatalogEntry],
    lang: str | None = None,
    root: Path = RESOURCES_DIR,
) -> Scenario:
    """The scenario in a parsed scenario file in ``lang``, cross-checked against the catalog."""
    raw = localize(path, raw, lang, root)
    label = repr(raw["key"]) if isinstance(raw.get("key"), str) else "scenario"
    scenario = validate_entry(Scenario, raw, path, label)
    for key in scenario.missing_practices:
        if key not in catalog:
            raise ContentError(
                path,
                translate("errors-content", "unknown catalog key {key}").format(key=quote(key)),
                entry=label,
                field="missing_practices",
            )
    if scenario.case_study:
        for name in ("what_went_wrong", "missing_practices", "sources"):
            if not getattr(scenario, name):
                raise ContentError(
                    path,
                    translate("errors-content", "a case study needs at least one item here"),
                    entry=label,
                    field=name,
                )
    return scenario


def load_scenarios(
    paths: Iterable[Path],
    catalog: Mapping[str, CatalogEntry],
    lang: str | None = None,
    root: Path = RESOURCES_DIR,
) -> dict[str, Scenario]:
    """Scenarios keyed by key, in file order; a key defined twice is refused."""
    scenarios: dict[str, Scenario] = {}
    origin: dict[str, Path] = {}
    for path in paths:
        scenario = load_scenario(path, catalog, lang, root)
        if scenario.key in scenarios:
            raise ContentError(
                path,
                translate(
                    "errors-content", "duplicate scenario key, already defined in {file}"
                ).format(file=display_path(origin[scenario.key])),
                entry=repr(scenario.key),
                field="key",
            )
        scenarios[scenario.key] = scenario
        origin[scenario.key] = path
    return scenarios


def load_guide(
    path: Path,
    catalog: Mapping[str, CatalogEntry],
    lang: str | None = None,
    root: Path = RESOURCES_DIR,
) -> dict[Phase, GuideSection]:
    """The phase guide: exactly one section per phase, naming only catalog entries."""
    raw = read_localized(path, lang, root)
    items = raw.get("section")
    if not isinstance(items, list) or not items:
        raise ContentError(
            path,
            translate("errors-content", "expected one or more [[{table}]] entries").format(
                table="section"
            ),
        )
    guide: dict[Phase, GuideSection] = {}
    for index, data in enumerate(items):
        phase_name = data.get("phase") if isinstance(data, Mapping) else None
        label = repr(phase_name) if isinstance(phase_name, str) else f"[[section]] #{index + 1}"
        section = validate_entry(GuideSection, data, path, label)
        if section.phase in guide:
            raise ContentError(
                path,
                translate("errors-content", "duplicate section for this phase"),
                entry=label,
                field="phase",
            )
        for key in section.cards:
            if key not in catalog:
                raise ContentError(
                    path,
                    translate("errors-content", "unknown catalog key {key}").format(key=quote(key)),
                    entry=label,
                    field="cards",
                )
        guide[section.phase] = section
    for phase in ALL_PHASES:
        if phase not in guide:
            raise ContentError(
                path,
                translate("errors-content", "no [[section]] for this phase"),
                entry=repr(phase.value),
                field="phase",
            )
    return {phase: guide[phase] for phase in ALL_PHASES}


def library_files(root: Path = RESOURCES_DIR, scenario_dirs: Sequence[Path] = ()) -> list[Path]:
    """Every file ``load_library`` reads, for the content digest."""
    # Rule packs, drills and rubrics are loaded by their own services, but they
    # are content too: an edited pack must change the version exports record.
    return [
        root / CAPABILITIES_FILE,
        root / CATALOG_FILE,
        root / GUIDE_FILE,
        *scenario_files(root, scenario_dirs),
        *sorted((root / "rulepacks").glob("*.toml")),
        *sorted((root / "drills").glob("*.toml")),
        *sorted((root / "rubrics").glob("*.toml")),
    ]


def load_library(
    root: Path = RESOURCES_DIR, scenario_dirs: Sequence[Path] = (), lang: str | None = None
) -> ContentLibrary:
    """Load and cross-check the whole content library.

    Args:
        root: the shipped resources folder.
        scenario_dirs: extra folders of agency scenarios (one ``*.toml`` per scenario).
        lang: the language of the text (default: the interface language); keys,
            conditions and the version do not depend on it.

    Raises:
        ContentError: the first problem found, naming the file, the entry and the field.
    """
    # capabilities.toml holds both the vocabulary and the series: parse it once.
    capabilities_path = root / CAPABILITIES_FILE
    raw = read_toml(capabilities_path)
    series = _series(capabilities_path, raw)
    raw = localize(capabilities_path, raw, lang, root)
    capabilities = {
        cap.key: cap for cap in load_entries(capabilities_path, "capability", Capability, raw)
    }
    catalog = load_catalog(root / CATALOG_FILE, capabilities, lang, root)
    scenarios = load_scenarios(scenario_files(root, scenario_dirs), catalog, lang, root)
    guide = load_guide(root / GUIDE_FILE, catalog, lang, root)
    digest = content_digest(library_files(root, scenario_dirs))
    return ContentLibrary(
        capabilities=capabilities,
        catalog=catalog,
        scenarios=scenarios,
        guide=guide,
        version=f"{series}+{digest[:12]}",
    )


def load_installed_library(
    root: Path = RESOURCES_DIR, lang: str | None = None
) -> tuple[ContentLibrary, tuple[str, ...]]:
    """The shipped library plus the agency's scenarios from the user data folder.

    Each agency scenario file loads on its own (``app.agency_scenarios``): one that
    does not load is reported and skipped, and the others still join, so the app
    opens with every good file. A problem in the shipped files is raised as usual.

    Returns:
        The library and the problems met in agency files (empty when all loaded).
    """
    from app.paths import agency_dir

    library = load_library(root, lang=lang)
    folder = agency_dir("scenarios")
    if not folder.is_dir():
        return library, ()
    from app.agency_scenarios import with_agency_scenarios

    files = [path for path in sorted(folder.glob("*.toml")) if not is_overlay_name(path)]
    return with_agency_scenarios(library, root, files, lang)


SCENARIO_TEXT_FIELDS = (
    "title",
    "summary",
    "context",
    "goals",
    "challenges",
    "harm_unit",
    "what_went_wrong",
    "sources",
)
"""The fields of a scenario a reader sees as text (the rest are keys, the profile, flags)."""


@cache
def _installed(code: str, agency: str) -> ContentLibrary | None:
    """The installed library in language ``code`` (read once per agency folder)."""
    del agency  # part of the cache key only: another agency folder, another library
    try:
        library, _problems = load_installed_library(lang=code)
    except (ContentError, OSError):
        return None
    return library


def installed_library(code: str) -> ContentLibrary | None:
    """The installed library in language ``code`` (read once per process and agency folder),
    None when it does not load. Shared by every reader of another language's text: the
    export services of that language, stored copies compared with the library."""
    from app.paths import agency_dir

    return _installed(code, str(agency_dir("scenarios")))


def _libraries() -> dict[str, ContentLibrary]:
    """The installed library in every language the app has (those that load)."""
    found = {code: installed_library(code) for code in i18n.LANGUAGES}
    return {code: library for code, library in found.items() if library is not None}


def library_versions(key: str) -> dict[str, Scenario]:
    """The library's scenario ``key`` in every language the app has (none when unknown)."""
    versions = {code: lib.scenarios.get(key) for code, lib in _libraries().items()}
    return {code: found for code, found in versions.items() if found is not None}


def localized_cards(strategy: Strategy, current: ContentLibrary | None = None) -> Strategy:
    """``strategy`` with each catalog card's title in the current language, where unchanged.

    A card placed from the catalog keeps a copy of the entry's title, in the language
    the team worked in. A title still as the catalog wrote it (in any language) is
    shown in the catalog's title of the current language; a title the team edited
    stays as written. ``current``: the library in the current language, when the caller
    has it (default: the installed one, read once).
    """
    if current is None:  # the caller's library, when it has one in this language, is not read again
        current = installed_library(i18n.language())
    if current is None:
        return strategy
    cards = {}
    libraries: dict[str, ContentLibrary] | None = None  # the other languages, read if needed
    for card_id, card in strategy.cards.items():
        entry = current.catalog.get(card.catalog_key or "")
        if entry is None or card.title == entry.title:
            continue
        libraries = _libraries() if libraries is None else libraries
        titles = {
            lib.catalog[card.catalog_key].title
            for lib in libraries.values()
            if card.catalog_key in lib.catalog
        }
        if card.title in titles:
            cards[card_id] = card.model_copy(update={"title": entry.title})
    if not cards:
        return strategy
    return strategy.model_copy(update={"cards": {**strategy.cards, **cards}})


def same_text(one: Scenario, other: Scenario) -> bool:
    """Whether two scenarios say the same (their ``SCENARIO_TEXT_FIELDS``)."""
    return all(getattr(one, name) == getattr(other, name) for name in SCENARIO_TEXT_FIELDS)


def localized_scenario(
    stored: Scenario, versions: Mapping[str, Scenario] | None = None
) -> Scenario:
    """A workshop's stored copy of a scenario, as an export in the current language shows it.

    A workshop keeps its own copy of each scenario, in the language it was added in.
    Each text field the facilitator left as the library wrote it (in any language) is
    shown in the library's text of the current language; a field they edited keeps
    their text as written. Keys, the profile and flags are the stored copy's.

    Args:
        stored: the workshop's copy.
        versions: the library's scenario in each language (default: read from the
            installed library by the copy's key).
    """
    if versions is None:
        current = installed_library(i18n.language())
        same = current.scenarios.get(stored.key) if current is not None else None
        if same is not None and same_text(stored, same):
            return stored  # already the library's text in this language: nothing else to read
    found = library_versions(stored.key) if versions is None else versions
    shown = found.get(i18n.language())
    if shown is None:
        return stored
    update = {
        name: getattr(shown, name)
        for name in SCENARIO_TEXT_FIELDS
        if getattr(stored, name) != getattr(shown, name)
        and any(getattr(stored, name) == getattr(v, name) for v in found.values())
    }
    return stored.model_copy(update=update) if update else stored


def guide_files(root: Path = RESOURCES_DIR) -> list[Path]:
    """The Markdown guides the Help menu shows, in menu order."""
    return [root / HELP_DIR / name for name in GUIDES.values()]


def read_guide(key: str, root: Path = RESOURCES_DIR, lang: str | None = None) -> str:
    """The Markdown text of one guide (``"user"`` or ``"facilitator"``) in ``lang``.

    Raises:
        ContentError: the file is missing or unreadable (naming the file and folder).
        KeyError: no guide has this key.
    """
    from app.i18n import SOURCE_LANGUAGE, language, normalise

    code = (normalise(lang) if lang else None) or language()
    path = root / HELP_DIR / GUIDES[key]
    if code != SOURCE_LANGUAGE:
        path = root / "locale" / code / HELP_DIR / GUIDES[key]
    try:
        return read_content_bytes(path).decode("utf-8")
    except UnicodeDecodeError as err:
        raise ContentError(
            path,
            translate(
                "errors-content", "cannot be read: it is not UTF-8 text (byte {byte})"
            ).format(byte=err.start),
        ) from None

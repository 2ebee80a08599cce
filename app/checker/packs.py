"""Loading rule packs: the shipped ones in ``resources/rulepacks`` plus agency folders.

Each ``*.toml`` file holds one pack. A broken pack (bad TOML, a missing field, an
unknown capability, phase, role or profile field, a duplicate key) is skipped
and reported as ``LoadProblem`` records naming the file, the rule and the field;
every other pack still loads. Nothing here raises for bad content.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.checker.integrity import (
    HASH_SUFFIX,
    MANIFEST,
    POLICY_FILE,
    PackIntegrity,
    judge,
    read_manifest,
    strict_mode,
)
from app.i18n import is_overlay_name, language, normalise, overlay_path, translate
from app.reading import display_path
from app.reading.errors import quote
from app.resources import (
    RESOURCES_DIR,
    ContentError,
    load_capabilities,
    localize,
    parse_content,
    read_content_bytes,
    read_toml,
    shown_entry,
    where_in_file,
)
from models.content import Capability
from models.errors import validation_message
from models.rules import Rule, RulePack

SHIPPED_DIR = RESOURCES_DIR / "rulepacks"
_RANK = {"verified": 0, "unsigned": 1, "modified": 2}
REQUIREMENT_KINDS = frozenset({"present", "owned", "path", "order", "prohibited"})
VERSION_LABEL = {"version": "version_label"}
"""A translation's ``version`` is the version as shown (``RulePack.version_label``).

``version`` identifies the revision (the exchange file, the hashes, comparisons),
so it is the same in every language; only its label is translated.
"""


@dataclass(frozen=True)
class LoadProblem:
    """One reason a pack file was not loaded."""

    path: Path
    message: str
    rule: str = ""
    field: str = ""

    def __str__(self) -> str:
        file = display_path(self.path.name)  # printable even when the name is not UTF-8
        rule = shown_entry(self.rule)
        field = quote(self.field)
        if self.rule and self.field:
            return translate("errors-packs", "{file}, rule {rule}, field {field}: {reason}").format(
                file=file, rule=rule, field=field, reason=self.message
            )
        if self.rule:
            return translate("errors-packs", "{file}, rule {rule}: {reason}").format(
                file=file, rule=rule, reason=self.message
            )
        return where_in_file(file, self.message, field=self.field)


@dataclass(frozen=True)
class PackSet:
    """The packs that loaded, keyed by pack key, and the problems of those that did not.

    ``integrity`` says, per pack, where it came from and whether its bytes match the
    recorded hash (``app.checker.integrity``); ``strict`` whether unverified packs
    were refused.
    """

    packs: dict[str, RulePack] = field(default_factory=dict)
    problems: tuple[LoadProblem, ...] = ()
    sources: dict[str, Path] = field(default_factory=dict)
    integrity: dict[str, PackIntegrity] = field(default_factory=dict)
    strict: bool = False

    def get(self, key: str) -> RulePack | None:
        """The pack with this key, or None."""
        return self.packs.get(key)


def _field_path(loc: Sequence[int | str]) -> str:
    # Drop the discriminator tag pydantic inserts (requires.present.capability).
    parts = [str(p) for i, p in enumerate(loc) if not (i == 1 and p in REQUIREMENT_KINDS)]
    return ".".join(parts)


def _rule_label(data: Any, index: int) -> str:
    if isinstance(data, Mapping) and isinstance(data.get("id"), str):
        return repr(data["id"])
    return f"[[rule]] #{index + 1}"


def _validate_rules(path: Path, raw_rules: Any, known: Mapping[str, Capability]) -> list[Rule]:
    """Validate each rule on its own so every broken rule is named; raise on the first batch."""
    problems: list[LoadProblem] = []
    rules: list[Rule] = []
    if not isinstance(raw_rules, list) or not raw_rules:
        raise _ProblemsError(
            [
                LoadProblem(
                    path,
                    translate("errors-content", "expected one or more [[{table}]] entries").format(
                        table="rule"
                    ),
                )
            ]
        )
    for index, data in enumerate(raw_rules):
        label = _rule_label(data, index)
        try:
            rule = Rule.model_validate(data)
        except ValidationError as err:
            first = err.errors()[0]
            problems.append(
                LoadProblem(path, validation_message(first), label, _field_path(first["loc"]))
            )
            continue
        bad = [key for key in rule.requirement.capabilities if key not in known]
        if bad:
            slot = _capability_slot(rule, bad[0])
            problems.append(
                LoadProblem(
                    path,
                    translate("errors-content", "unknown capability {key}").format(
                        key=quote(bad[0])
                    ),
                    label,
                    f"requires.{slot}",
                )
            )
            continue
        rules.append(rule)
    if problems:
        raise _ProblemsError(problems)
    return rules


def _capability_slot(rule: Rule, key: str) -> str:
    req = rule.requirement.model_dump()
    return next(name for name, value in req.items() if value == key and name != "kind")


class _ProblemsError(Exception):
    def __init__(self, problems: list[LoadProblem]) -> None:
        super().__init__(problems)
        self.problems = problems


def load_pack(
    path: Path,
    known: Mapping[str, Capability],
    data: bytes | None = None,
    lang: str | None = None,
    overlay: bytes | None = None,
) -> RulePack:
    """Load one pack file (from ``data``, its bytes, when they were read already) in ``lang``.

    A shipped pack takes its text from ``resources/locale/<lang>/rulepacks/``, an
    agency pack from ``<name>.<lang>.toml`` beside it (``app.resources.localize``);
    ``overlay`` is that file's bytes when they were read (and hashed) already. The
    translation's ``version`` becomes ``version_label`` (``VERSION_LABEL``): ``version``
    stays the file's own.

    Raises:
        PackLoadError: naming the file, and the rule and field when there is one.
    """
    try:
        raw = read_toml(path) if data is None else parse_content(path, data)
        raw = localize(path, raw, lang, RESOURCES_DIR, overlay, labels=VERSION_LABEL)
    except ContentError as err:
        # The pack itself or its overlay: name the file, its entry and its field.
        raise PackLoadError([LoadProblem(err.path, err.reason, err.entry, err.field)]) from None
    try:
        rules = _validate_rules(path, raw.get("rule"), known)
        header = {k: v for k, v in raw.items() if k != "rule"}
        return RulePack.model_validate({**header, "rules": rules})
    except _ProblemsError as err:
        raise PackLoadError(err.problems) from None
    except ValidationError as err:
        first = err.errors()[0]
        loc = first["loc"]
        rule = ""
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            rule = repr(rules[loc[1]].id)
            loc = loc[2:]
        where = path
        labelled = {label: name for name, label in VERSION_LABEL.items()}
        if len(loc) == 1 and loc[0] in labelled:
            # Only a translation gives a label: name that file and the field it wrote.
            where = overlay_path(
                RESOURCES_DIR, path, (normalise(lang) if lang else None) or language()
            )
            loc = (labelled[str(loc[0])],)
        raise PackLoadError(
            [LoadProblem(where, validation_message(first), rule, _field_path(loc))]
        ) from None


class PackLoadError(Exception):
    """A pack file could not be loaded; ``problems`` says where and why."""

    def __init__(self, problems: list[LoadProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = tuple(problems)


def pack_files(directory: Path) -> list[Path]:
    """The pack files of a folder in a stable order (none when the folder is missing).

    The agency's ``policy.toml`` (strict mode) sits in the same folder and is not a pack.
    """
    if not directory.is_dir():
        return []
    return sorted(
        p
        for p in directory.glob("*.toml")
        if p.is_file() and p.name != POLICY_FILE and not is_overlay_name(p)
    )


def overlay_file(path: Path, shipped_dir: Path, code: str) -> Path:
    """Where the ``code`` text of the pack ``path`` lives (shipped or beside an agency pack)."""
    if path.parent == shipped_dir:
        return shipped_dir.parent / "locale" / code / shipped_dir.name / path.name
    return path.with_name(f"{path.stem}.{code}{path.suffix}")


def overlay_manifest_name(code: str, name: str, shipped_dir: Path = SHIPPED_DIR) -> str:
    """How ``SHA256SUMS`` names a shipped pack's overlay: relative to the packs folder."""
    return f"../locale/{code}/{shipped_dir.name}/{name}"


def load_packs(
    extra_dirs: Iterable[Path] = (),
    shipped_dir: Path = SHIPPED_DIR,
    capabilities: Mapping[str, Capability] | None = None,
    *,
    strict: bool | None = None,
    lang: str | None = None,
) -> PackSet:
    """Load the shipped packs and those of ``extra_dirs`` (an agency folder), reporting problems.

    A pack whose key is already taken by an earlier folder is reported and skipped,
    so an agency pack cannot silently replace a shipped one.

    Args:
        extra_dirs: further folders of ``*.toml`` packs, read after the shipped folder.
        shipped_dir: the folder of shipped packs.
        capabilities: the capability vocabulary (loaded from resources when omitted).
        strict: refuse packs whose bytes are not verified against a recorded hash; by
            default as the agency's policy file or the environment says.
        lang: the language of the packs' text (default: the interface language). The
            file that gives it (an overlay) is hashed and judged like the pack itself.
    """
    from app.i18n import SOURCE_LANGUAGE, language, normalise

    code = (normalise(lang) if lang else None) or language()
    known = load_capabilities(lang=code) if capabilities is None else capabilities
    extra = [Path(d) for d in extra_dirs]
    if strict is None:
        strict = any(strict_mode(d) for d in extra) or strict_mode(None)
    shipped_manifest = read_manifest(Path(str(shipped_dir)) / MANIFEST)
    packs: dict[str, RulePack] = {}
    sources: dict[str, Path] = {}
    integrity: dict[str, PackIntegrity] = {}
    problems: list[LoadProblem] = []
    for directory in (shipped_dir, *extra):
        shipped = directory is shipped_dir
        for path in pack_files(Path(str(directory))):
            text = overlay_file(path, Path(str(shipped_dir)), code)
            try:
                # Read once: the bytes parsed are the bytes hashed below.
                data = read_content_bytes(path)
                extra_bytes = None
                if code != SOURCE_LANGUAGE and (shipped or text.is_file()):
                    extra_bytes = read_content_bytes(text)
                pack = load_pack(path, known, data, code, extra_bytes)
            except PackLoadError as err:
                problems.extend(err.problems)
                continue
            except ContentError as err:
                problems.append(
                    LoadProblem(
                        err.path,
                        translate("errors-packs", "cannot read the file: {reason}").format(
                            reason=err.reason
                        ),
                    )
                )
                continue
            check = judge(
                data,
                path,
                "shipped" if shipped else "agency",
                shipped_manifest if shipped else None,
            )
            judged = path
            if extra_bytes is not None:
                # The text shown is part of the pack: a changed translation is a changed pack.
                manifest = None
                if shipped:
                    name = overlay_manifest_name(code, path.name, Path(str(shipped_dir)))
                    manifest = {text.name: shipped_manifest.get(name, "")}
                text_check = judge(extra_bytes, text, check.source, manifest)
                if _RANK[text_check.status] > _RANK[check.status]:
                    check, judged = text_check, text
            if strict and check.status != "verified":
                problems.append(LoadProblem(judged, _strict_refusal(check, judged, path)))
                continue
            if pack.key in packs:
                problems.append(
                    LoadProblem(
                        path,
                        translate(
                            "errors-packs",
                            "pack key {key} is already used by {file}; this file was skipped",
                        ).format(key=quote(pack.key), file=display_path(sources[pack.key].name)),
                        field="key",
                    )
                )
                continue
            packs[pack.key] = pack
            sources[pack.key] = path
            integrity[pack.key] = check
    return PackSet(
        packs=packs,
        problems=tuple(problems),
        sources=sources,
        integrity=integrity,
        strict=strict,
    )


def _strict_refusal(check: PackIntegrity, judged: Path, path: Path) -> str:
    """Why strict mode refused a pack (or its translation) that is not verified."""
    hash_file = display_path(judged.name + HASH_SUFFIX)
    if judged == path:
        if check.status == "modified":
            return translate(
                "errors-packs",
                "refused in strict mode: the pack is modified "
                "(its SHA-256 does not match the recorded one)",
            )
        return translate(
            "errors-packs",
            "refused in strict mode: the pack is unsigned (no {file} records its SHA-256)",
        ).format(file=hash_file)
    if check.status == "modified":
        return translate(
            "errors-packs",
            "refused in strict mode: its translation is modified "
            "(its SHA-256 does not match the recorded one)",
        )
    return translate(
        "errors-packs",
        "refused in strict mode: its translation is unsigned (no {file} records its SHA-256)",
    ).format(file=hash_file)


def agency_dirs() -> list[Path]:
    """The agency's own pack folder in the user data folder (it may not exist yet)."""
    from app.paths import agency_dir

    return [agency_dir("rulepacks")]

"""Golden cases: small strategies per shipped pack with the exact findings expected.

The strategies are built by code (``app.checker.builder``) and written as
exchange documents under ``resources/rulepacks/golden/``, with the expected
rule ids and coverage in ``expected.json``; the test suite re-checks them all,
so a change to a pack or to the checker that alters a verdict is caught.

    python -m app.checker.golden --write    # regenerate after an intended change
    python -m app.checker.golden            # compare only; exit 1 on a difference
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.checker.builder import applicable_rules, satisfying_strategy
from app.checker.engine import Checker
from app.checker.packs import SHIPPED_DIR, load_packs
from models.content import Scenario
from models.findings import CheckResult
from models.profile import Profile
from models.rules import Rule, RulePack
from models.strategy import Strategy
from models.vocabulary import AIActRole, Annex3Area, ImpactLevel, Jurisdiction
from models.workshop import Workshop

GOLDEN_DIR = SHIPPED_DIR / "golden"
EXPECTED_FILE = "expected.json"
EU, UK, CA, US = Jurisdiction.EU, Jurisdiction.UK, Jurisdiction.CANADA, Jurisdiction.US_FEDERAL
GOLDEN_DATE = dt.date(2026, 12, 1)
"""The law the golden cases are judged by: fixed, so verdicts do not change with the calendar."""

# Every shipped pack applies under this one profile (the engine tests and the checker bench).
EVERY_PACK_PROFILE = Profile(
    personal_data=True,
    special_category=True,
    special_category_for_bias=True,
    flags_for_investigation=True,
    monitors_public_areas=True,
    vulnerable_groups=True,
    large_scale=True,
    continuously_learning=True,
    decisions_about_individuals=True,
    legal_effect=True,
    solely_automated=True,
    profiling=True,
    public_facing=True,
    generative=True,
    high_impact=True,
    jurisdictions=(EU, UK, CA, US),
    impact_level=ImpactLevel.IV,
    annex3_area=Annex3Area.ESSENTIAL_SERVICES,
    ai_act_role=AIActRole.PROVIDER_AND_DEPLOYER,
    as_of=GOLDEN_DATE,
)

# The profile under which each pack applies as fully as it can.
PROFILES: dict[str, Profile] = {
    "eu-ai-act": Profile(
        as_of=GOLDEN_DATE,
        personal_data=True,
        special_category=True,
        special_category_for_bias=True,
        generative=True,
        flags_for_investigation=True,
        decisions_about_individuals=True,
        legal_effect=True,
        profiling=True,
        public_facing=True,
        continuously_learning=True,
        jurisdictions=(EU,),
        impact_level=ImpactLevel.III,
        annex3_area=Annex3Area.ESSENTIAL_SERVICES,
        ai_act_role=AIActRole.PROVIDER_AND_DEPLOYER,
    ),
    "nist-ai-rmf": Profile(
        as_of=GOLDEN_DATE,
        personal_data=True,
        decisions_about_individuals=True,
        generative=True,
        jurisdictions=(US,),
    ),
    "canada-dadm": Profile(
        as_of=GOLDEN_DATE,
        personal_data=True,
        decisions_about_individuals=True,
        legal_effect=True,
        jurisdictions=(CA,),
        impact_level=ImpactLevel.IV,
    ),
    "gdpr": Profile(
        as_of=GOLDEN_DATE,
        personal_data=True,
        special_category=True,
        flags_for_investigation=True,
        monitors_public_areas=True,
        decisions_about_individuals=True,
        legal_effect=True,
        solely_automated=True,
        profiling=True,
        large_scale=True,
        jurisdictions=(EU,),
    ),
    "uk-data-protection": Profile(
        as_of=GOLDEN_DATE,
        personal_data=True,
        special_category=True,
        flags_for_investigation=True,
        monitors_public_areas=True,
        annex3_area=Annex3Area.LAW_ENFORCEMENT,
        decisions_about_individuals=True,
        legal_effect=True,
        solely_automated=True,
        profiling=True,
        large_scale=True,
        jurisdictions=(UK,),
    ),
    "us-omb": Profile(
        as_of=GOLDEN_DATE,
        decisions_about_individuals=True,
        legal_effect=True,
        high_impact=True,
        jurisdictions=(US,),
    ),
    "oecd-ethics": Profile(
        personal_data=True, decisions_about_individuals=True, generative=True, as_of=GOLDEN_DATE
    ),
}

Build = Callable[[Mapping[str, RulePack]], Strategy]


@dataclass(frozen=True)
class GoldenCase:
    """One golden strategy: its file name, the pack it exercises and how to build it.

    ``failing`` names, for a case from history, the practices (capabilities) the
    checker must flag — missing or only planned — in the verdict.
    """

    name: str
    pack: str
    description: str
    build: Build
    failing: tuple[str, ...] = ()


def _strategy(
    name: str, pack: str, profile: Profile, rules: list[Rule], description: str
) -> Strategy:
    return satisfying_strategy(rules, profile, [pack], description, f"golden-{name}")


def _full(pack: str, profile: Profile, name: str = "") -> Build:
    def build(packs: Mapping[str, RulePack]) -> Strategy:
        rules = applicable_rules(packs, [pack], profile)
        return _strategy(name or f"{pack}-full", pack, profile, rules, f"{pack}: every rule met")

    return build


def _empty(pack: str, profile: Profile) -> Build:
    def build(packs: Mapping[str, RulePack]) -> Strategy:
        return Strategy(
            id=f"golden-{pack}-empty",
            workshop_id="golden",
            scenario_key="golden",
            name=f"{pack}: empty canvas",
            profile=profile,
            packs=(pack,),
        )

    return build


def _partial(pack: str, profile: Profile) -> Build:
    """Built for every other applicable rule: the rest must show as findings (or be met anyway)."""

    def build(packs: Mapping[str, RulePack]) -> Strategy:
        rules = applicable_rules(packs, [pack], profile)[::2]
        return _strategy(f"{pack}-partial", pack, profile, rules, f"{pack}: every other rule met")

    return build


def _built_for(pack: str, built_for: Profile, checked_as: Profile, name: str, text: str) -> Build:
    """A strategy complete for one profile, checked under another (a profile change)."""

    def build(packs: Mapping[str, RulePack]) -> Strategy:
        rules = applicable_rules(packs, [pack], built_for)
        return _strategy(name, pack, checked_as, rules, text)

    return build


def cases() -> list[GoldenCase]:
    """Every golden case: full, empty and partial per pack, plus profile-change cases."""
    found: list[GoldenCase] = []
    for pack, profile in PROFILES.items():
        found += [
            GoldenCase(f"{pack}-full", pack, "every applicable rule met", _full(pack, profile)),
            GoldenCase(f"{pack}-empty", pack, "empty canvas", _empty(pack, profile)),
            GoldenCase(f"{pack}-partial", pack, "every other rule met", _partial(pack, profile)),
        ]
    eu = PROFILES["eu-ai-act"]
    deployer = eu.model_copy(update={"ai_act_role": AIActRole.DEPLOYER})
    private = deployer.model_copy(update={"public_authority": False})
    static = eu.model_copy(update={"continuously_learning": False})
    dadm = PROFILES["canada-dadm"]
    level_one = dadm.model_copy(update={"impact_level": ImpactLevel.I})
    gdpr = PROFILES["gdpr"]
    reviewed = gdpr.model_copy(update={"solely_automated": False})
    # Without profiling, only Art. 35(3)(b) asks for the DPIA, so scale alone decides it.
    no_profiling = gdpr.model_copy(update={"profiling": False})
    small = no_profiling.model_copy(update={"large_scale": False})
    found += [
        GoldenCase(
            "eu-ai-act-deployer-only",
            "eu-ai-act",
            "deployer profile: provider duties do not apply",
            _built_for("eu-ai-act", deployer, deployer, "eu-ai-act-deployer-only", "deployer"),
        ),
        GoldenCase(
            "eu-ai-act-not-high-risk",
            "eu-ai-act",
            "no Annex III area: the pack does not apply",
            _empty("eu-ai-act", eu.model_copy(update={"annex3_area": None})),
        ),
        GoldenCase(
            "eu-ai-act-private-deployer-made-public",
            "eu-ai-act",
            "built for a private deployer, checked as a public authority: registration of use",
            _built_for(
                "eu-ai-act", private, deployer, "eu-ai-act-private-deployer-made-public", "public"
            ),
        ),
        GoldenCase(
            "eu-ai-act-critical-infrastructure",
            "eu-ai-act",
            "Annex III point 2: no FRIA, no registration of use",
            _full(
                "eu-ai-act",
                deployer.model_copy(update={"annex3_area": Annex3Area.CRITICAL_INFRASTRUCTURE}),
                "eu-ai-act-critical-infrastructure",
            ),
        ),
        GoldenCase(
            "eu-ai-act-static-plan-made-continuously-learning",
            "eu-ai-act",
            "built for a model that does not learn in service, checked as continuously learning",
            _built_for(
                "eu-ai-act",
                static,
                eu,
                "eu-ai-act-static-plan-made-continuously-learning",
                "learning",
            ),
        ),
        GoldenCase(
            "canada-dadm-level-i-plan-at-level-iv",
            "canada-dadm",
            "built for impact level I, checked at level IV",
            _built_for(
                "canada-dadm", level_one, dadm, "canada-dadm-level-i-plan-at-level-iv", "I→IV"
            ),
        ),
        GoldenCase(
            "gdpr-reviewed-plan-made-solely-automated",
            "gdpr",
            "built with human review, checked as solely automated",
            _built_for("gdpr", reviewed, gdpr, "gdpr-reviewed-plan-made-solely-automated", "ADM"),
        ),
        GoldenCase(
            "gdpr-small-scale-plan-made-large-scale",
            "gdpr",
            "built for small-scale special-category data, checked at large scale",
            _built_for(
                "gdpr", small, no_profiling, "gdpr-small-scale-plan-made-large-scale", "scale"
            ),
        ),
    ]
    return found + history_cases()


def history_cases() -> list[GoldenCase]:
    """The cases from history (``app.checker.history``), each as run and as documented."""
    from app.checker.history import DOCUMENTED, RUN, HistoryCase, build
    from app.checker.history_cases import CASES
    from app.resources import load_library

    library = load_library()

    def builder(case: HistoryCase, version: str) -> Build:
        return lambda _packs: build(case, version, library)

    return [
        GoldenCase(
            f"history-{case.key}-{version}",
            "+".join(case.packs),
            f"{case.title}, {version.replace('-', ' ')}: {case.summary} Checked against "
            f"{case.checked_against}",
            builder(case, version),
            case.failing,
        )
        for case in CASES
        for version in (RUN, DOCUMENTED)
    ]


def expectation(result: CheckResult) -> dict[str, object]:
    """What a golden case records: the failing rule ids and the coverage per pack."""
    return {
        "findings": sorted({f.rule_id for f in result.findings}),
        "coverage": {c.pack: [c.satisfied, c.applicable] for c in result.coverage},
    }


def _document(strategy: Strategy) -> bytes:
    from app.exchange.codec import document_bytes
    from app.exchange.writer import build_document

    workshop = Workshop(id="golden", name="Golden cases of the rule packs")
    scenario = Scenario(
        key="golden",
        title="Golden case",
        summary="A synthetic strategy built by code to test one rule pack.",
        context="Generated by app.checker.golden; not a real scenario.",
        goals=("Exercise the checker.",),
        challenges=("Keep verdicts stable.",),
        profile=strategy.profile,
    )
    return document_bytes(
        build_document("strategy", workshop, [scenario], [strategy], "golden", version="golden")
    )


def generate(packs: Mapping[str, RulePack]) -> dict[str, bytes]:
    """File name → bytes for every golden document and the expectations file."""
    checker = Checker(packs)
    files: dict[str, bytes] = {}
    expected: dict[str, object] = {}
    for case in cases():
        strategy = case.build(packs)
        files[f"{case.name}.json"] = _document(strategy)
        result = checker.check(strategy)
        record: dict[str, object] = {
            "pack": case.pack,
            "description": case.description,
            **expectation(result),
        }
        if case.failing:
            states = {f.practice: f.state.value for f in result.findings if f.practice}
            record["failing_practices"] = {
                practice: states.get(practice, "not flagged") for practice in case.failing
            }
        expected[case.name] = record
    text = json.dumps(expected, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    files[EXPECTED_FILE] = text.encode("utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    """Compare (default) or ``--write`` the golden files; exit 1 when they differ."""
    parser = argparse.ArgumentParser(prog="python -m app.checker.golden", description=__doc__)
    parser.add_argument("--write", action="store_true", help="write the files instead of comparing")
    parser.add_argument("--dir", type=Path, default=GOLDEN_DIR, help="golden folder")
    args = parser.parse_args(argv)
    loaded = load_packs(shipped_dir=SHIPPED_DIR)
    for problem in loaded.problems:
        print(f"pack problem: {problem}", file=sys.stderr)
    files = generate(loaded.packs)
    if args.write:
        args.dir.mkdir(parents=True, exist_ok=True)
        for stale in args.dir.glob("*.json"):
            if stale.name not in files:
                stale.unlink()
        for name, data in files.items():
            (args.dir / name).write_bytes(data)
        print(f"wrote {len(files)} files to {args.dir}")
        return 0
    changed = [n for n, d in files.items() if _read(args.dir / n) != d]
    for name in changed:
        print(f"differs: {name}")
    return 1 if changed else 0


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


if __name__ == "__main__":
    raise SystemExit(main())

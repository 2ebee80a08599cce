"""The EU AI Act pack (revision 3): scope, prohibited practices, the derogation path and dates.

Each test states, apart from the pack file, when the cited article applies or
what a reviewer would accept as carrying it, and checks the pack agrees: the
conditions (who is bound), the graph semantics each rule relies on (gating the
release, repeating in operation, one card not answering its own alarm, a
planned card never counting as in place) and the dates in force.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.checker import Checker, PackSet
from app.checker.builder import satisfying_strategy
from app.checker.packs import SHIPPED_DIR
from models.findings import CheckResult, Finding
from models.phases import Phase
from models.profile import Profile
from models.rules import RulePack
from models.strategy import Card
from models.vocabulary import (
    AIActRole,
    Annex3Area,
    Cadence,
    FindingState,
    Jurisdiction,
    LinkKind,
    ProhibitedPractice,
    Role,
    Severity,
    Status,
)
from tests.app.checker.helpers import E, F, G, LinkSpec, M, P, V, card, loop, strategy

PACK = "eu-ai-act"
EU = (Jurisdiction.EU,)
PROVIDES = (AIActRole.PROVIDER, AIActRole.PROVIDER_AND_DEPLOYER)
DEPLOYS = (AIActRole.DEPLOYER, AIActRole.PROVIDER_AND_DEPLOYER)
TODAY = dt.date(2026, 12, 5)
LITERACY_AND_BANS = dt.date(2025, 2, 2)
GENERAL_APPLICATION = dt.date(2026, 8, 2)

# A public authority that builds and uses an Annex III point 5 system deciding about people.
BENEFITS = Profile(
    personal_data=True,
    decisions_about_individuals=True,
    legal_effect=True,
    jurisdictions=EU,
    annex3_area=Annex3Area.ESSENTIAL_SERVICES,
    ai_act_role=AIActRole.PROVIDER_AND_DEPLOYER,
    as_of=TODAY,
)

eu_profiles = st.builds(
    Profile,
    ai_system=st.booleans(),
    personal_data=st.booleans(),
    special_category=st.booleans(),
    special_category_for_bias=st.booleans(),
    decisions_about_individuals=st.booleans(),
    flags_for_investigation=st.booleans(),
    legal_effect=st.booleans(),
    profiling=st.booleans(),
    public_facing=st.booleans(),
    generative=st.booleans(),
    public_authority=st.booleans(),
    public_service=st.booleans(),
    continuously_learning=st.booleans(),
    art6_3_derogation=st.booleans(),
    prohibited_practices=st.lists(st.sampled_from(list(ProhibitedPractice))).map(tuple),
    jurisdictions=st.sampled_from([EU, (Jurisdiction.EU, Jurisdiction.UK), (Jurisdiction.UK,)]),
    annex3_area=st.none() | st.sampled_from(list(Annex3Area)),
    ai_act_role=st.sampled_from(list(AIActRole)),
)


@pytest.fixture(scope="module")
def pack(shipped: PackSet) -> RulePack:
    return shipped.packs[PACK]


def _applies(pack: RulePack, rule_id: str, profile: Profile) -> bool:
    return rule_id in {r.id for r in pack.applicable_rules(profile)}


def _check(
    checker: Checker,
    cards: Sequence[Card],
    links: Sequence[LinkSpec],
    profile: Profile = BENEFITS,
    on: dt.date = TODAY,
) -> CheckResult:
    return checker.check(strategy(cards, links, profile=profile, packs=[PACK]), as_of=on)


def _finding(result: CheckResult, rule_id: str) -> Finding | None:
    return next((f for f in result.findings if f.rule_id == rule_id), None)


def _with(
    extra: Sequence[Card], links: Sequence[LinkSpec] = ()
) -> tuple[list[Card], list[LinkSpec]]:
    """The minimal closed lifecycle of the helpers plus some cards and links."""
    cards, base = loop()
    return [*cards, *extra], [*base, *links]


# ---------------------------------------------------------------- the file itself


def test_every_rule_states_the_date_it_applies_from() -> None:
    data = tomllib.loads((SHIPPED_DIR / f"{PACK}.toml").read_text(encoding="utf-8"))
    for rule in data["rule"]:
        assert isinstance(rule.get("applies_from"), dt.date), rule["id"]
        early = rule["citation"] == "Art. 4" or rule["group"] == "Prohibited practices"
        assert rule["applies_from"] == (LITERACY_AND_BANS if early else GENERAL_APPLICATION), rule[
            "id"
        ]
    assert data["effective"] == LITERACY_AND_BANS
    assert "revision 3, December 2026" in data["version"]


def test_the_reported_omnibus_is_a_note_on_the_annex_iii_duties_never_the_date(
    pack: RulePack,
) -> None:
    for rule in pack.rules:
        if rule.group in ("Provider (high-risk)", "Deployer (high-risk)", "Derogation (Art. 6(3))"):
            assert rule.pending is not None, rule.id
            assert "2 Dec 2027" in rule.pending.note and "not verified" in rule.pending.note
            assert "secondary" in rule.pending.source and "aiactblog.nl" in rule.pending.source
            assert rule.applies_from == GENERAL_APPLICATION
    marking = pack.rule("eu-ai-act.art50-2-content-marking")
    assert marking is not None and marking.pending is not None
    assert "2 Dec 2026" in marking.pending.note
    notes = " ".join(pack.notes)
    assert "Art. 111(2)" in notes and "2 August 2030" in notes
    assert "2 August 2028" in notes and "Regulation (EU) 2026/1744" in notes


def test_the_exceptions_to_the_bans_are_in_the_explanations(pack: RulePack) -> None:
    crime = pack.rule("eu-ai-act.art5-1-d-crime-prediction")
    biometric = pack.rule("eu-ai-act.art5-1-h-realtime-biometric-id")
    assert crime is not None and "objective and verifiable facts" in crime.explanation
    assert biometric is not None and "5(2)–(7)" in biometric.citation
    for words in ("victims", "imminent threat", "judicial", "Art. 27", "legal advice"):
        assert words in biometric.explanation


# ---------------------------------------------------------------- scope


@given(eu_profiles)
def test_the_pack_follows_the_ai_system_into_the_eu_whatever_its_risk(
    pack: RulePack, profile: Profile
) -> None:
    # Art. 2 and Art. 3(1): any AI system used in the EU; a rules engine is not one.
    expected = profile.ai_system and Jurisdiction.EU in profile.jurisdictions
    assert pack.applies(profile) == expected
    # Art. 4 binds every provider and deployer, high-risk or not.
    assert _applies(pack, "eu-ai-act.art4-ai-literacy", profile) == expected


@given(eu_profiles)
def test_high_risk_duties_need_annex_iii_without_a_valid_derogation(
    pack: RulePack, profile: Profile
) -> None:
    # Art. 6(2)–(3): Annex III is high-risk unless the derogation applies; profiling overrides it.
    for rule in pack.applicable_rules(profile):
        if rule.group == "Provider (high-risk)":
            assert profile.eu_high_risk and profile.ai_act_role in PROVIDES, rule.id
        if rule.group == "Deployer (high-risk)":
            assert profile.eu_high_risk and profile.ai_act_role in DEPLOYS, rule.id
    provider = profile.eu_high_risk and profile.ai_act_role in PROVIDES
    deployer = profile.eu_high_risk and profile.ai_act_role in DEPLOYS
    assert _applies(pack, "eu-ai-act.art9-risk-management", profile) == provider
    assert _applies(pack, "eu-ai-act.art26-use-per-instructions", profile) == deployer


@given(eu_profiles)
def test_the_derogation_path_binds_providers_that_may_rely_on_it(
    pack: RulePack, profile: Profile
) -> None:
    # Art. 6(4) and 49(2): the provider documents and registers; never when it profiles.
    expected = (
        pack.applies(profile)
        and profile.annex3_area is not None
        and profile.derogation_applies
        and profile.ai_act_role in PROVIDES
    )
    assert _applies(pack, "eu-ai-act.art6-4-derogation-assessment", profile) == expected
    assert _applies(pack, "eu-ai-act.art49-2-derogation-registration", profile) == expected


def test_a_non_high_risk_chatbot_gets_literacy_and_transparency_only(pack: RulePack) -> None:
    chatbot = Profile(public_facing=True, generative=True, jurisdictions=EU)
    assert {r.id for r in pack.applicable_rules(chatbot)} == {
        "eu-ai-act.art4-ai-literacy",
        "eu-ai-act.art50-interaction-disclosure",
        "eu-ai-act.art50-2-content-marking",
        "eu-ai-act.art50-4-generated-content-disclosure",
    }
    rules_engine = chatbot.model_copy(update={"ai_system": False})
    assert pack.applicable_rules(rules_engine) == ()


@pytest.mark.parametrize(
    ("update", "rule_id", "expected"),
    [
        # 50(1) is the provider's design duty, for systems people interact with.
        ({"public_facing": True}, "eu-ai-act.art50-interaction-disclosure", True),
        (
            {"public_facing": True, "ai_act_role": AIActRole.DEPLOYER},
            "eu-ai-act.art50-interaction-disclosure",
            False,
        ),
        ({"public_facing": False}, "eu-ai-act.art50-interaction-disclosure", False),
        # 50(2) marking is the provider's; 50(4) disclosure the deployer's.
        (
            {"generative": True, "ai_act_role": AIActRole.PROVIDER},
            "eu-ai-act.art50-2-content-marking",
            True,
        ),
        (
            {"generative": True, "ai_act_role": AIActRole.DEPLOYER},
            "eu-ai-act.art50-2-content-marking",
            False,
        ),
        (
            {"generative": True, "ai_act_role": AIActRole.DEPLOYER},
            "eu-ai-act.art50-4-generated-content-disclosure",
            True,
        ),
        (
            {"generative": True, "ai_act_role": AIActRole.PROVIDER},
            "eu-ai-act.art50-4-generated-content-disclosure",
            False,
        ),
        ({"generative": False}, "eu-ai-act.art50-4-generated-content-disclosure", False),
        # 50(3): deployers of emotion recognition or biometric categorisation (Annex III point 1).
        (
            {"annex3_area": Annex3Area.BIOMETRICS},
            "eu-ai-act.art50-3-emotion-biometric-information",
            True,
        ),
        (
            {"annex3_area": Annex3Area.BIOMETRICS, "art6_3_derogation": True},
            "eu-ai-act.art50-3-emotion-biometric-information",
            True,
        ),
        (
            {"annex3_area": Annex3Area.EDUCATION},
            "eu-ai-act.art50-3-emotion-biometric-information",
            False,
        ),
    ],
)
def test_article_50_binds_providers_and_deployers_as_the_article_says(
    pack: RulePack, update: dict[str, object], rule_id: str, expected: bool
) -> None:
    assert _applies(pack, rule_id, BENEFITS.model_copy(update=update)) == expected


# ---------------------------------------------------------------- prohibited practices


@pytest.mark.parametrize("practice", list(ProhibitedPractice))
def test_each_prohibited_practice_blocks_even_a_complete_board(
    checker: Checker, pack: RulePack, practice: ProhibitedPractice
) -> None:
    rule_id = next(
        r.id for r in pack.rules if r.citation.startswith(f"Art. 5(1)({practice.point})")
    )
    assert not _applies(pack, rule_id, BENEFITS)
    banned = BENEFITS.model_copy(update={"prohibited_practices": (practice,)})
    assert {r.id for r in pack.applicable_rules(banned) if r.group == "Prohibited practices"} == {
        rule_id
    }
    full = satisfying_strategy(pack.applicable_rules(banned), banned, [PACK])
    result = checker.check(full)
    (finding,) = result.findings
    assert (finding.rule_id, finding.state, finding.severity) == (
        rule_id,
        FindingState.PROHIBITED,
        Severity.ERROR,
    )
    assert finding.rank == 1


def test_a_ban_outranks_every_open_gap_and_applied_from_february_2025(checker: Checker) -> None:
    scoring = BENEFITS.model_copy(
        update={"prohibited_practices": (ProhibitedPractice.SOCIAL_SCORING,)}
    )
    result = _check(checker, *_with([]), profile=scoring)
    first = result.findings[0]
    assert (first.rule_id, first.state, first.rank) == (
        "eu-ai-act.art5-1-c-social-scoring",
        FindingState.PROHIBITED,
        1,
    )
    assert result.top_gaps[0].state is FindingState.PROHIBITED
    assert result.top_gaps[0].rule_ids == ("eu-ai-act.art5-1-c-social-scoring",)
    before = _check(checker, *_with([]), profile=scoring, on=dt.date(2025, 2, 1))
    upcoming = _finding(before, "eu-ai-act.art5-1-c-social-scoring")
    assert upcoming is not None and upcoming.state is FindingState.UPCOMING
    assert upcoming.severity is Severity.INFO


# ---------------------------------------------------------------- conditions the review fixed


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        ({"special_category": True}, False),  # model inputs: a GDPR Art. 9 question
        ({"special_category_for_bias": True}, True),
        ({"special_category_for_bias": True, "ai_act_role": AIActRole.DEPLOYER}, False),
    ],
)
def test_article_10_5_follows_data_processed_for_bias_correction(
    pack: RulePack, update: dict[str, object], expected: bool
) -> None:
    profile = BENEFITS.model_copy(update=update)
    assert _applies(pack, "eu-ai-act.art10-special-category-safeguards", profile) == expected


AUTHORITY = {"public_authority": True, "public_service": False}
BOTH = {"public_authority": True, "public_service": True}
PUBLIC_SERVICE = {"public_authority": False, "public_service": True}
PRIVATE = {"public_authority": False, "public_service": False}
POINT_5, POINT_3, POINT_2 = (
    Annex3Area.ESSENTIAL_SERVICES,
    Annex3Area.EDUCATION,
    Annex3Area.CRITICAL_INFRASTRUCTURE,
)


@pytest.mark.parametrize(
    ("who", "area", "fria", "registration"),
    [
        (AUTHORITY, POINT_5, "eu-ai-act.art27-fria", True),
        (BOTH, POINT_3, "eu-ai-act.art27-fria", True),
        (PUBLIC_SERVICE, POINT_3, "eu-ai-act.art27-fria-public-service", False),
        (PUBLIC_SERVICE, POINT_5, "eu-ai-act.art27-fria-public-service", False),
        (PRIVATE, POINT_5, "eu-ai-act.art27-fria-credit-insurance", False),
        (PRIVATE, POINT_3, None, False),
        (AUTHORITY, POINT_2, None, False),
        (PUBLIC_SERVICE, POINT_2, None, False),
    ],
)
def test_fria_and_registration_of_use_bind_whom_the_articles_name(
    pack: RulePack, who: dict[str, bool], area: Annex3Area, fria: str | None, registration: bool
) -> None:
    # Art. 27(1): public bodies and private bodies providing public services (not point 2),
    # and any deployer for 5(b)/(c); Arts. 26(8), 49(3): public authorities only.
    profile = BENEFITS.model_copy(
        update={**who, "annex3_area": area, "ai_act_role": AIActRole.DEPLOYER}
    )
    applicable = {r.id for r in pack.applicable_rules(profile)}
    frias = {i for i in applicable if i.startswith("eu-ai-act.art27-")}
    assert frias == ({fria} if fria else set())
    assert ("eu-ai-act.art49-deployer-registration" in applicable) == registration


@pytest.mark.parametrize(
    ("decisions", "flags", "expected"),
    [
        (True, False, {"eu-ai-act.art26-inform-persons"}),
        (False, True, {"eu-ai-act.art26-inform-flagged-persons"}),
        (True, True, {"eu-ai-act.art26-inform-persons"}),
        (False, False, set()),
    ],
)
def test_people_selected_for_investigation_are_told_too(
    pack: RulePack, decisions: bool, flags: bool, expected: set[str]
) -> None:
    profile = BENEFITS.model_copy(
        update={"decisions_about_individuals": decisions, "flags_for_investigation": flags}
    )
    told = {
        r.id for r in pack.applicable_rules(profile) if r.id.startswith("eu-ai-act.art26-inform")
    }
    assert told == expected


def test_workers_are_informed_only_where_the_system_is_used_on_staff(pack: RulePack) -> None:
    rule_id = "eu-ai-act.art26-worker-information"
    employment = BENEFITS.model_copy(update={"annex3_area": Annex3Area.EMPLOYMENT})
    assert _applies(pack, rule_id, employment)
    assert not _applies(pack, rule_id, BENEFITS)
    assert not _applies(
        pack, rule_id, employment.model_copy(update={"ai_act_role": AIActRole.PROVIDER})
    )


def test_the_right_to_explanation_needs_legal_effect_and_excludes_point_2(pack: RulePack) -> None:
    rule_id = "eu-ai-act.art86-explanation"
    assert _applies(pack, rule_id, BENEFITS)
    assert not _applies(pack, rule_id, BENEFITS.model_copy(update={"legal_effect": False}))
    infrastructure = BENEFITS.model_copy(update={"annex3_area": Annex3Area.CRITICAL_INFRASTRUCTURE})
    assert not _applies(pack, rule_id, infrastructure)


def test_discrimination_is_watched_in_operation_for_systems_about_people(pack: RulePack) -> None:
    ids = {"eu-ai-act.art72-fairness-monitoring", "eu-ai-act.art26-fairness-monitoring"}
    assert ids <= {r.id for r in pack.applicable_rules(BENEFITS)}
    infrastructure = BENEFITS.model_copy(update={"annex3_area": Annex3Area.CRITICAL_INFRASTRUCTURE})
    assert not ids & {r.id for r in pack.applicable_rules(infrastructure)}


def test_a_deployer_only_reports_serious_incidents_under_26_5_a_provider_under_73(
    pack: RulePack,
) -> None:
    both = {r.id for r in pack.applicable_rules(BENEFITS)}
    deployer = {
        r.id
        for r in pack.applicable_rules(
            BENEFITS.model_copy(update={"ai_act_role": AIActRole.DEPLOYER})
        )
    }
    assert "eu-ai-act.art73-serious-incidents" in both
    assert "eu-ai-act.art26-serious-incidents" not in both  # one duty, asked once
    assert "eu-ai-act.art26-serious-incidents" in deployer
    assert "eu-ai-act.art73-serious-incidents" not in deployer


# ---------------------------------------------------------------- graph semantics


@pytest.mark.parametrize(
    ("rule_id", "capability", "lane"),
    [
        ("eu-ai-act.art27-fria", "fria", G),
        ("eu-ai-act.art43-conformity-assessment", "conformity-assessment", E),
        ("eu-ai-act.art9-testing", "performance-testing", E),
        ("eu-ai-act.art11-technical-documentation", "technical-documentation", V),
        ("eu-ai-act.art14-human-oversight", "oversight-design", V),
        ("eu-ai-act.art49-provider-registration", "ai-register", G),
        ("eu-ai-act.art49-deployer-registration", "ai-register", G),
    ],
)
def test_before_release_duties_must_gate_the_release(
    checker: Checker, rule_id: str, capability: str, lane: Phase
) -> None:
    loose = card("duty", lane, [capability], owner=Role.POLICY_LEGAL)
    result = _check(checker, *_with([loose]))
    unmet = _finding(result, rule_id)
    assert unmet is not None and unmet.state is FindingState.OPEN
    assert "does not gate the release" in unmet.message
    gated = _check(checker, *_with([loose], [("duty", "p")]))
    assert _finding(gated, rule_id) is None
    planned = card("duty", lane, [capability], owner=Role.POLICY_LEGAL, status=Status.PLANNED)
    on_paper = _finding(_check(checker, *_with([planned], [("duty", "p")])), rule_id)
    assert on_paper is not None and on_paper.state is FindingState.PLANNED


def test_an_ordinary_release_gate_is_not_a_conformity_assessment(checker: Checker) -> None:
    # loop() already has a validation gate upstream of deployment.
    result = _check(checker, *_with([]))
    finding = _finding(result, "eu-ai-act.art43-conformity-assessment")
    assert finding is not None and "Conformity assessment" in finding.message


@pytest.mark.parametrize(
    ("rule_id", "capability", "lane"),
    [
        ("eu-ai-act.art9-risk-management", "risk-management", G),
        ("eu-ai-act.art26-monitor-operation", "performance-monitoring", M),
        ("eu-ai-act.art72-post-market-monitoring", "post-market-monitoring", M),
        ("eu-ai-act.art72-fairness-monitoring", "fairness-monitoring", M),
        ("eu-ai-act.art26-fairness-monitoring", "fairness-monitoring", M),
    ],
)
def test_ongoing_duties_need_a_card_that_repeats_in_operation(
    checker: Checker, rule_id: str, capability: str, lane: Phase
) -> None:
    once = card("duty", lane, [capability], owner=Role.PRIVACY_ETHICS, cadence=Cadence.ONCE)
    result = _check(checker, *_with([once], [("m", "duty")]))
    finding = _finding(result, rule_id)
    assert finding is not None and "repeats in operation" in finding.message
    monthly = once.model_copy(update={"cadence": Cadence.MONTHLY})
    assert _finding(_check(checker, *_with([monthly], [("m", "duty")])), rule_id) is None


def test_fairness_tested_before_release_is_not_fairness_watched_in_operation(
    checker: Checker,
) -> None:
    tested = card("fairness-test", E, ["fairness-testing"], cadence=Cadence.MONTHLY)
    result = _check(checker, *_with([tested], [("fairness-test", "e")]))
    assert _finding(result, "eu-ai-act.art26-fairness-monitoring") is not None
    assert _finding(result, "eu-ai-act.art72-fairness-monitoring") is not None


def test_oversight_is_carried_out_by_competent_people_not_a_final_human_decision(
    checker: Checker,
) -> None:
    rule_id = "eu-ai-act.art26-oversight-assigned"
    decides = card(
        "decides", P, ["human-decision"], owner=Role.DOMAIN_EXPERT, cadence=Cadence.CONTINUOUS
    )
    result = _check(checker, *_with([decides], [("p", "decides")]))
    assert _finding(result, rule_id) is not None
    by_ops = card(
        "audit", M, ["oversight-monitoring"], owner=Role.IT_OPERATIONS, cadence=Cadence.MONTHLY
    )
    assert _finding(_check(checker, *_with([by_ops], [("m", "audit")])), rule_id) is not None
    once = by_ops.model_copy(update={"owner_role": Role.DOMAIN_EXPERT, "cadence": Cadence.ONCE})
    assert _finding(_check(checker, *_with([once], [("m", "audit")])), rule_id) is not None
    audit = once.model_copy(update={"cadence": Cadence.MONTHLY})
    assert _finding(_check(checker, *_with([audit], [("m", "audit")])), rule_id) is None


def test_monitoring_must_lead_to_a_separate_incident_procedure_and_a_way_to_stop(
    checker: Checker,
) -> None:
    act = "eu-ai-act.art26-act-on-risk"
    watch = card(
        "watch", M, ["performance-monitoring"], owner=Role.IT_OPERATIONS, cadence=Cadence.WEEKLY
    )
    alone = card(
        "watch",
        M,
        ["performance-monitoring", "incident-response"],
        owner=Role.IT_OPERATIONS,
        cadence=Cadence.WEEKLY,
    )
    # Linked on round the loop, it only reaches itself: one card cannot raise and answer.
    looped = [("m", "watch"), ("watch", "f")]
    assert _finding(_check(checker, *_with([alone], looped)), act) is not None
    runbook = card(
        "runbook", M, ["incident-response"], owner=Role.IT_OPERATIONS, cadence=Cadence.CONTINUOUS
    )
    linked = [("m", "watch"), ("watch", "runbook"), ("runbook", "f")]
    result = _check(checker, *_with([watch, runbook], linked))
    assert _finding(result, act) is None
    stop = _finding(result, "eu-ai-act.art26-suspend-use")
    assert stop is not None and "'Stop switch'" in stop.message
    once = watch.model_copy(update={"cadence": Cadence.ONCE})
    assert _finding(_check(checker, *_with([once, runbook], linked)), act) is not None


def test_a_serious_incident_must_travel_from_the_procedure_to_the_report(
    checker: Checker,
) -> None:
    rule_id = "eu-ai-act.art73-serious-incidents"
    both = card("both", M, ["incident-response", "incident-reporting"], owner=Role.POLICY_LEGAL)
    looped = [("m", "both"), ("both", "f")]
    assert _finding(_check(checker, *_with([both], looped)), rule_id) is not None
    runbook = card("runbook", M, ["incident-response"], owner=Role.IT_OPERATIONS)
    report = card("report", M, ["incident-reporting"], owner=Role.POLICY_LEGAL)
    links: list[LinkSpec] = [("m", "runbook"), ("runbook", "report"), ("report", "f")]
    assert _finding(_check(checker, *_with([runbook, report], links)), rule_id) is None


def test_a_learning_system_needs_repeating_fairness_monitoring_leading_to_retraining(
    checker: Checker,
) -> None:
    rule_id = "eu-ai-act.art15-4-feedback-loops"
    learning = BENEFITS.model_copy(update={"continuously_learning": True})
    watch = card(
        "watch", M, ["fairness-monitoring"], owner=Role.PRIVACY_ETHICS, cadence=Cadence.MONTHLY
    )
    retrain = card("retrain", F, ["retraining"], cadence=Cadence.QUARTERLY)
    links: list[LinkSpec] = [
        ("m", "watch"),
        ("watch", "retrain"),
        ("retrain", "d", LinkKind.FEEDS_BACK),
    ]
    result = _check(checker, *_with([watch, retrain], links), profile=learning)
    assert _finding(result, rule_id) is None
    once = watch.model_copy(update={"cadence": Cadence.ONCE})
    unmet = _finding(_check(checker, *_with([once, retrain], links), profile=learning), rule_id)
    assert unmet is not None


def test_the_derogation_must_be_documented_before_release(checker: Checker) -> None:
    derogation = BENEFITS.model_copy(update={"art6_3_derogation": True, "profiling": False})
    assessment = card(
        "why-not-high-risk", G, ["derogation-assessment", "ai-register"], owner=Role.POLICY_LEGAL
    )
    loose = _check(checker, *_with([assessment]), profile=derogation)
    assert {f.rule_id for f in loose.findings if f.pack == PACK} >= {
        "eu-ai-act.art6-4-derogation-assessment",
        "eu-ai-act.art49-2-derogation-registration",
    }
    assert _finding(loose, "eu-ai-act.art9-risk-management") is None  # not high-risk
    gated = _check(checker, *_with([assessment], [("why-not-high-risk", "d")]), profile=derogation)
    assert _finding(gated, "eu-ai-act.art6-4-derogation-assessment") is None
    assert _finding(gated, "eu-ai-act.art49-2-derogation-registration") is None
    profiling = derogation.model_copy(update={"profiling": True})
    result = _check(checker, *_with([assessment], [("why-not-high-risk", "d")]), profile=profiling)
    assert _finding(result, "eu-ai-act.art9-risk-management") is not None


# ---------------------------------------------------------------- dates


def test_dates_decide_upcoming_in_force_and_never_an_error_before_time(checker: Checker) -> None:
    cards, links = _with([])
    summer = _check(checker, cards, links, on=dt.date(2026, 7, 1))
    literacy = _finding(summer, "eu-ai-act.art4-ai-literacy")
    assert literacy is not None and literacy.state is FindingState.OPEN
    fria = _finding(summer, "eu-ai-act.art27-fria")
    assert fria is not None and fria.state is FindingState.UPCOMING
    assert fria.severity is Severity.INFO and fria.applies_from == GENERAL_APPLICATION
    assert "applies from 2 August 2026" in fria.message
    assert "2 Dec 2027" in fria.pending and "aiactblog.nl" in fria.pending
    winter = _check(checker, cards, links, on=TODAY)
    fria = _finding(winter, "eu-ai-act.art27-fria")
    assert fria is not None and fria.state is FindingState.OPEN and fria.severity is Severity.ERROR
    early = _check(checker, cards, links, on=dt.date(2025, 1, 31))
    literacy = _finding(early, "eu-ai-act.art4-ai-literacy")
    assert literacy is not None and literacy.state is FindingState.UPCOMING


# ---------------------------------------------------------------- complete boards pass


@pytest.mark.parametrize(
    "update",
    [
        {},
        {"ai_act_role": AIActRole.DEPLOYER, "public_authority": False, "public_service": True},
        {"ai_act_role": AIActRole.DEPLOYER, "public_authority": False},
        {"annex3_area": Annex3Area.EMPLOYMENT, "profiling": True},
        {"annex3_area": Annex3Area.BIOMETRICS, "flags_for_investigation": True},
        {"annex3_area": Annex3Area.CRITICAL_INFRASTRUCTURE, "ai_act_role": AIActRole.DEPLOYER},
        {"generative": True, "public_facing": True, "special_category_for_bias": True},
        {
            "continuously_learning": True,
            "decisions_about_individuals": False,
            "flags_for_investigation": True,
        },
        {"art6_3_derogation": True},
        {"annex3_area": None, "generative": True, "public_facing": True},
    ],
)
def test_a_board_that_carries_every_duty_passes(
    checker: Checker, pack: RulePack, update: dict[str, object]
) -> None:
    profile = BENEFITS.model_copy(update=update)
    rules = list(pack.applicable_rules(profile))
    assert rules
    result = checker.check(satisfying_strategy(rules, profile, [PACK]))
    assert result.findings == ()

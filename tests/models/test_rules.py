"""Rule-pack records: facts, conditions, the requirement vocabulary and pack invariants."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from models.phases import Phase
from models.profile import Profile
from models.rules import Before, Condition, Fact, Owned, PathTo, Present, Rule, RulePack
from models.vocabulary import AIActRole, ImpactLevel, Jurisdiction, Role
from tests.strategies.domain import profiles

BOOL_FIELDS = [
    "personal_data",
    "special_category",
    "decisions_about_individuals",
    "legal_effect",
    "solely_automated",
    "profiling",
    "public_facing",
    "generative",
    "high_impact",
    "public_authority",
    "large_scale",
    "continuously_learning",
]

# A fact as raw data, paired with an independent reading of what it means.
facts = st.one_of(
    st.tuples(st.sampled_from(BOOL_FIELDS), st.booleans()).map(
        lambda t: ({"field": t[0], "equals": t[1]}, lambda p, t=t: getattr(p, t[0]) is t[1])
    ),
    st.sampled_from(list(ImpactLevel)).map(
        lambda lv: (
            {"field": "impact_level", "at_least": int(lv)},
            lambda p, lv=lv: p.impact_level >= lv,
        )
    ),
    st.sampled_from(list(ImpactLevel)).map(
        lambda lv: (
            {"field": "impact_level", "at_most": int(lv)},
            lambda p, lv=lv: p.impact_level <= lv,
        )
    ),
    st.sampled_from(list(Jurisdiction)).map(
        lambda j: (
            {"field": "jurisdictions", "contains": j.value},
            lambda p, j=j: j in p.jurisdictions,
        )
    ),
    st.booleans().map(
        lambda b: (
            {"field": "annex3_area", "is_set": b},
            lambda p, b=b: (p.annex3_area is not None) is b,
        )
    ),
    st.lists(st.sampled_from(list(AIActRole)), min_size=1, max_size=2).map(
        lambda roles: (
            {"field": "ai_act_role", "one_of": [r.value for r in roles]},
            lambda p, roles=roles: p.ai_act_role in roles,
        )
    ),
)


@given(profiles, st.lists(facts, max_size=3), st.lists(facts, max_size=3))
def test_condition_holds_exactly_when_its_facts_say(
    profile: Profile, all_of: list[Any], any_of: list[Any]
) -> None:
    condition = Condition.model_validate(
        {"all": [raw for raw, _ in all_of], "any": [raw for raw, _ in any_of]}
    )
    expected = all(check(profile) for _, check in all_of) and (
        not any_of or any(check(profile) for _, check in any_of)
    )
    assert condition.holds(profile) is expected
    rule = Rule.model_validate(
        {
            "id": "x.rule",
            "title": "T",
            "citation": "Art. 1",
            "when": condition.model_dump(by_alias=True),
            "requires": {"kind": "present", "capability": "dpia"},
        }
    )
    assert rule.applies(profile) is expected


def test_empty_condition_always_holds() -> None:
    assert Condition().holds(Profile())
    assert Condition().describe() == "always"


def test_fact_values_are_stored_in_the_fields_type() -> None:
    fact = Fact(field="impact_level", at_least=3)
    assert fact.at_least is ImpactLevel.III
    assert fact.describe() == "impact_level at least III"
    assert Fact(field="jurisdictions", contains="eu").contains is Jurisdiction.EU


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"field": "colour", "equals": True}, "unknown profile field 'colour'"),
        ({"field": "personal_data"}, "exactly one of"),
        ({"field": "personal_data", "equals": True, "is_set": True}, "exactly one of"),
        ({"field": "personal_data", "at_least": 2}, "needs a numbered field"),
        ({"field": "personal_data", "contains": "eu"}, "needs a list field"),
        ({"field": "personal_data", "is_set": True}, "optional or list field"),
        ({"field": "jurisdictions", "equals": "eu"}, "use contains"),
        ({"field": "jurisdictions", "contains": "mars"}, "not a valid value"),
        ({"field": "impact_level", "at_least": 9}, "not a valid value"),
        ({"field": "annex3_area", "equals": "weather"}, "not a valid value"),
        ({"field": "ai_act_role", "one_of": []}, "at least one value"),
    ],
)
def test_bad_facts_are_refused_with_a_clear_message(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Fact.model_validate(data)


def _rule(requires: dict[str, Any], **extra: Any) -> Rule:
    return Rule.model_validate(
        {"id": "p.r", "title": "T", "citation": "Art. 1", "requires": requires, **extra}
    )


def test_each_requirement_kind_parses_to_its_record() -> None:
    present = _rule({"kind": "present", "capability": "dpia", "phase": "governance"}).requirement
    assert present == Present(capability="dpia", phase=Phase.GOVERNANCE)
    owned = _rule({"kind": "owned", "capability": "legal-review", "role": "policy-legal"})
    assert owned.requirement == Owned(capability="legal-review", role=Role.POLICY_LEGAL)
    path = _rule({"kind": "path", "source": "drift-monitoring", "target": "retraining"})
    assert path.requirement.capabilities == ("drift-monitoring", "retraining")
    assert isinstance(path.requirement, PathTo)
    order = _rule({"kind": "order", "first": "fria", "then": "validation-gate"})
    assert isinstance(order.requirement, Before)


@pytest.mark.parametrize(
    ("requires", "where"),
    [
        ({"kind": "formula", "capability": "dpia"}, ("requires",)),
        ({"kind": "present", "capability": "dpia", "phase": "nowhere"}, ("phase",)),
        ({"kind": "owned", "capability": "dpia", "role": "wizard"}, ("role",)),
        ({"kind": "present", "capability": "Not A Key"}, ("capability",)),
        ({"kind": "path", "source": "a"}, ("target",)),
        ({"kind": "present", "capability": "dpia", "code": "import os"}, ("code",)),
    ],
)
def test_requirements_outside_the_vocabulary_are_refused(
    requires: dict[str, Any], where: tuple[str, ...]
) -> None:
    with pytest.raises(ValidationError) as err:
        _rule(requires)
    assert err.value.errors()[0]["loc"][-1] in {*where, "kind", "requires"}


def _pack(**extra: Any) -> dict[str, Any]:
    rule = {
        "id": "p.a",
        "title": "A",
        "citation": "Art. 1",
        "requires": {"kind": "present", "capability": "dpia"},
    }
    return {
        "key": "p",
        "title": "Pack",
        "instrument": "Instrument",
        "version": "1",
        "effective": dt.date(2025, 1, 1),
        "rules": [rule],
        **extra,
    }


def test_pack_refuses_duplicate_rule_ids_and_undeclared_groups() -> None:
    rule = _pack()["rules"][0]
    with pytest.raises(ValidationError, match=r"duplicate rule id 'p\.a'"):
        RulePack.model_validate(_pack(rules=[rule, rule]))
    with pytest.raises(ValidationError, match="has group ''"):
        RulePack.model_validate(_pack(groups=["Govern"]))
    with pytest.raises(ValidationError):
        RulePack.model_validate(_pack(rules=[]))


def test_pack_condition_gates_every_rule_and_citations_carry_the_short_name() -> None:
    pack = RulePack.model_validate(
        _pack(applies={"all": [{"field": "personal_data", "equals": True}]}, cite_as="GDPR")
    )
    assert pack.applicable_rules(Profile()) == ()
    assert [r.id for r in pack.applicable_rules(Profile(personal_data=True))] == ["p.a"]
    assert pack.cite(pack.rules[0]) == "GDPR Art. 1"
    assert pack.rule("p.a") is pack.rules[0]
    assert pack.rule("p.zzz") is None

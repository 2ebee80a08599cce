"""A short guided questionnaire that sets the profile from plain answers, showing its reasoning.

The questions are data; ``assess`` turns answers into a new ``Profile`` plus the
lines of reasoning a team can read ("Decisions are difficult to reverse: +4").
The impact level comes from a score out of ``MAX_SCORE`` mapped to levels I–IV
with the thresholds of Canada's Algorithmic Impact Assessment tool (up to 25 %
of the maximum: I, 50 %: II, 75 %: III, above: IV). The questions are ours, far
shorter than the AIA's, so the result is a workshop estimate, not an AIA.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from app.checker.consequences import consequences
from app.checker.scope import PackScope, pack_scope
from app.i18n import percent, translate
from models.errors import bare
from models.profile import Profile
from models.rules import RulePack
from models.vocabulary import (
    PROHIBITED_LABELS,
    AIActRole,
    Annex3Area,
    ImpactLevel,
    Jurisdiction,
    ProhibitedPractice,
)

Kind = Literal["yes-no", "choice", "multi"]
Answer = bool | str | Sequence[str]


class AnswerError(ValueError):
    """An answer names an unknown question or a value the question does not offer."""


@dataclass(frozen=True)
class Question:
    """One question: ``yes-no``, one ``choice`` of several, or ``multi`` (any of several)."""

    id: str
    text: str
    kind: Kind
    choices: tuple[tuple[str, str], ...] = ()
    help: str = ""
    asked_if: tuple[str, bool | str] | None = None
    """Ask only when another answer has this value (e.g. ``("personal_data", True)``)."""


_YES_NO: Kind = "yes-no"
QUESTIONS: tuple[Question, ...] = (
    Question(
        "ai_system",
        "Does the system learn from data or infer its outputs (machine learning, a statistical "
        "or language model) — rather than only apply fixed rules written by people?",
        _YES_NO,
        help="An AI system in the sense of EU AI Act Art. 3(1). A fixed rules engine is not one, "
        "so the AI Act does not apply — but if it decides about people it is still an automated "
        "decision system for Canada's directive and GDPR Art. 22 (Robodebt was rules-based).",
    ),
    Question(
        "public_authority",
        "Is the agency a public authority — a body governed by public law, or one acting on its "
        "behalf?",
        _YES_NO,
        help="A ministry, agency, municipality, public hospital or school, or a contractor acting "
        "for one. It decides the EU AI Act's registration of use (Arts. 26(8), 49(3)), its rights "
        "impact assessment (Art. 27) and whether Canada's directive binds the agency.",
    ),
    Question(
        "public_service",
        "Is it a private body providing a public service?",
        _YES_NO,
        help="A private provider of a public service must also assess fundamental rights before "
        "using a high-risk system (EU AI Act Art. 27(1)).",
        asked_if=("public_authority", False),
    ),
    Question(
        "personal_data", "Does the system use information about identifiable people?", _YES_NO
    ),
    Question(
        "special_category",
        "Does it use health, ethnic origin, religion, biometric, sexual-orientation, political "
        "or trade-union data — or close proxies for them?",
        _YES_NO,
        asked_if=("personal_data", True),
    ),
    Question(
        "large_scale",
        "Is the personal data processed on a large scale — many people, a large volume of "
        "records, or a whole region or country?",
        _YES_NO,
        help="GDPR Art. 35(3)(b): special-category data on a large scale always needs a data "
        "protection impact assessment.",
        asked_if=("personal_data", True),
    ),
    Question(
        "profiling",
        "Does it evaluate or predict personal aspects of people (behaviour, reliability, risk, "
        "needs)?",
        _YES_NO,
        asked_if=("personal_data", True),
    ),
    Question(
        "special_category_for_bias",
        "Will special-category data be used to detect and correct bias?",
        _YES_NO,
        help="EU AI Act Art. 10(5) allows it only when strictly necessary and with safeguards.",
        asked_if=("special_category", True),
    ),
    Question(
        "monitors_public_areas",
        "Does it systematically monitor publicly accessible areas on a large scale (cameras, "
        "sensors, number-plate readers)?",
        _YES_NO,
        help="GDPR Art. 35(3)(c): always needs a data protection impact assessment.",
        asked_if=("personal_data", True),
    ),
    Question(
        "flags_for_investigation",
        "Does it score or select people for investigation, audit or control (a fraud risk list, "
        "cases picked for review)?",
        _YES_NO,
        help="People selected by a score are affected before any final decision: they must be "
        "told and be able to contest it (Robodebt, the Dutch childcare benefits, SyRI).",
        asked_if=("personal_data", True),
    ),
    Question(
        "decisions",
        "Does its output make or help make decisions about individual people?",
        _YES_NO,
    ),
    Question(
        "effect",
        "Can such a decision affect someone's rights, benefits, liberty, legal status or access "
        "to a service?",
        _YES_NO,
        asked_if=("decisions", True),
    ),
    Question(
        "human_role",
        "What do people do with the output?",
        "choice",
        (
            ("decides", "A person decides; the output is one input among others"),
            ("reviews", "A person reviews each output before it takes effect"),
            ("none", "The output takes effect without case-by-case human review"),
        ),
        asked_if=("decisions", True),
    ),
    Question(
        "principal_basis",
        "Is the output the main basis for the decision (staff rarely depart from it)?",
        _YES_NO,
        asked_if=("decisions", True),
    ),
    Question(
        "reversibility",
        "If the system gets it wrong, how hard is the harm to undo?",
        "choice",
        (
            ("brief", "Easily reversed and brief"),
            ("short", "Likely reversible and short-term"),
            ("hard", "Difficult to reverse, possibly ongoing"),
            ("permanent", "Irreversible or lasting"),
        ),
    ),
    Question(
        "vulnerable",
        "Are people in vulnerable situations affected (children, benefit claimants, patients, "
        "asylum seekers)?",
        _YES_NO,
    ),
    Question(
        "scale",
        "How many people does it affect each year?",
        "choice",
        (
            ("few", "Fewer than a thousand"),
            ("many", "Thousands"),
            ("population", "A large share of the population"),
        ),
    ),
    Question(
        "public_facing",
        "Do members of the public interact with it or see its output directly?",
        _YES_NO,
    ),
    Question(
        "safety",
        "Could a failure harm people's health or safety, or disrupt critical services (water, "
        "power, transport, emergency response)?",
        _YES_NO,
        help="US OMB M-25-21 counts AI whose output is a principal basis for actions with a "
        "significant effect on safety as high-impact, even when no individual decision is made.",
    ),
    Question("generative", "Does it generate text, images, audio or video?", _YES_NO),
    Question(
        "continuously_learning",
        "Will the model keep learning from new data while in service, without a new release "
        "being tested and approved?",
        _YES_NO,
        help="Online learning or automatic retraining: its own outputs can become its future "
        "inputs (EU AI Act Art. 15(4), feedback loops).",
    ),
    Question(
        "jurisdictions",
        "Where is it used?",
        "multi",
        tuple(
            (j.value, label)
            for j, label in (
                (Jurisdiction.EU, "European Union"),
                (Jurisdiction.UK, "United Kingdom"),
                (Jurisdiction.CANADA, "Canada (federal)"),
                (Jurisdiction.US_FEDERAL, "United States (federal agency)"),
                (Jurisdiction.OTHER, "Elsewhere"),
            )
        ),
    ),
    Question(
        "annex3_area",
        "Does the use fall in one of the EU AI Act's high-risk areas (Annex III)?",
        "choice",
        (
            ("none", "None of these"),
            (Annex3Area.BIOMETRICS.value, "Biometric identification or categorisation"),
            (Annex3Area.CRITICAL_INFRASTRUCTURE.value, "Safety of critical infrastructure"),
            (Annex3Area.EDUCATION.value, "Education and vocational training"),
            (Annex3Area.EMPLOYMENT.value, "Employment and workers"),
            (
                Annex3Area.ESSENTIAL_SERVICES.value,
                "Access to essential public services and benefits",
            ),
            (Annex3Area.LAW_ENFORCEMENT.value, "Law enforcement"),
            (Annex3Area.MIGRATION.value, "Migration, asylum and border control"),
            (Annex3Area.JUSTICE_DEMOCRACY.value, "Justice and democratic processes"),
        ),
        asked_if=("jurisdictions", Jurisdiction.EU.value),
    ),
    Question(
        "art6_3_derogation",
        "If it is in one of those areas: does it only perform a narrow procedural or preparatory "
        "task, without replacing or materially influencing a person's assessment?",
        _YES_NO,
        help="EU AI Act Art. 6(3): the provider may then document that it is not high-risk "
        "(Art. 6(4)) and must still register it (Art. 49(2)). Never available when the system "
        "profiles people.",
        asked_if=("jurisdictions", Jurisdiction.EU.value),
    ),
    Question(
        "prohibited_practices",
        "Does the use involve any of these practices?",
        "multi",
        tuple((p.value, PROHIBITED_LABELS[p]) for p in ProhibitedPractice),
        help="EU AI Act Art. 5(1): prohibited since 2 February 2025. Any of them blocks the use "
        "(narrow exceptions for 5(1)(h), with prior authorisation).",
        asked_if=("jurisdictions", Jurisdiction.EU.value),
    ),
    Question(
        "ai_act_role",
        "Does the agency build the system, use one built by others, or both?",
        "choice",
        (
            (AIActRole.PROVIDER.value, "We build it (provider)"),
            (AIActRole.DEPLOYER.value, "We use it (deployer)"),
            (AIActRole.PROVIDER_AND_DEPLOYER.value, "Both"),
        ),
        asked_if=("jurisdictions", Jurisdiction.EU.value),
    ),
)
QUESTIONS_BY_ID = {q.id: q for q in QUESTIONS}

REVERSIBILITY_POINTS = {"brief": 0, "short": 2, "hard": 4, "permanent": 6}
HUMAN_ROLE_POINTS = {"decides": 0, "reviews": 1, "none": 3}
SCALE_POINTS = {"few": 0, "many": 1, "population": 2}
MAX_SCORE = 6 + 3 + 3 + 2 + 1 + 2 + 1 + 2 + 1
LEVEL_THRESHOLDS = ((0.25, ImpactLevel.I), (0.50, ImpactLevel.II), (0.75, ImpactLevel.III))


@dataclass(frozen=True)
class Assessment:
    """The profile the answers lead to, the impact score and the reasoning, line by line.

    ``scope`` says, pack by pack, whether it applies to the profile and why (when the
    packs were given to ``assess``).
    """

    profile: Profile
    score: int
    reasons: tuple[str, ...]
    scope: tuple[PackScope, ...] = ()


def _validated(answers: Mapping[str, Answer]) -> dict[str, Answer]:
    clean: dict[str, Answer] = {}
    for key, value in answers.items():
        question = QUESTIONS_BY_ID.get(key)
        if question is None:
            raise AnswerError(
                translate("errors-checker", "no question '{key}'; questions: {known}").format(
                    key=bare(key), known=", ".join(QUESTIONS_BY_ID)
                )
            )
        allowed = [c for c, _ in question.choices]
        if question.kind == "yes-no":
            if not isinstance(value, bool):
                raise AnswerError(
                    translate(
                        "errors-checker",
                        "question '{key}' takes yes (true) or no (false), not {value}",
                    ).format(key=bare(key), value=repr(value))
                )
        elif question.kind == "choice":
            if value not in allowed:
                raise AnswerError(
                    translate(
                        "errors-checker", "question '{key}' takes one of {allowed}, not {value}"
                    ).format(key=bare(key), allowed=", ".join(allowed), value=repr(value))
                )
        elif isinstance(value, str | bool) or any(v not in allowed for v in value):
            raise AnswerError(
                translate(
                    "errors-checker", "question '{key}' takes a list of {allowed}, not {value}"
                ).format(key=bare(key), allowed=", ".join(allowed), value=repr(value))
            )
        clean[key] = value if question.kind != "multi" else tuple(value)  # type: ignore[arg-type]
    return clean


def is_asked(question: Question, answers: Mapping[str, Answer]) -> bool:
    """Whether ``question`` applies given the answers so far (for the dialog to show or hide it)."""
    if question.asked_if is None:
        return True
    other, wanted = question.asked_if
    value = answers.get(other)
    if isinstance(value, tuple | list):
        return wanted in value
    return value == wanted


def _level(score: int) -> ImpactLevel:
    share = score / MAX_SCORE
    return next((level for limit, level in LEVEL_THRESHOLDS if share <= limit), ImpactLevel.IV)


def choice_text(value: str) -> str:
    """A choice of the reversibility, scale and human-role questions, in the current language."""
    texts = {
        "decides": translate(
            "questionnaire", "A person decides; the output is one input among others"
        ),
        "reviews": translate(
            "questionnaire", "A person reviews each output before it takes effect"
        ),
        "none": translate(
            "questionnaire", "The output takes effect without case-by-case human review"
        ),
        "brief": translate("questionnaire", "Easily reversed and brief"),
        "short": translate("questionnaire", "Likely reversible and short-term"),
        "hard": translate("questionnaire", "Difficult to reverse, possibly ongoing"),
        "permanent": translate("questionnaire", "Irreversible or lasting"),
        "few": translate("questionnaire", "Fewer than a thousand"),
        "many": translate("questionnaire", "Thousands"),
        "population": translate("questionnaire", "A large share of the population"),
    }
    return texts[value]


def assess(
    answers: Mapping[str, Answer],
    base: Profile | None = None,
    packs: Mapping[str, RulePack] | None = None,
) -> Assessment:
    """The profile and reasoning that follow from ``answers``.

    Unanswered questions keep ``base``'s facts (except the impact level, which is
    always recomputed from the score). Questions that are not asked given the
    other answers (special-category data when no personal data is used …) count
    as "no".

    Args:
        answers: question id → answer.
        base: the profile whose facts unanswered questions keep.
        packs: the available packs; when given, the result says which apply and why.

    Raises:
        AnswerError: an unknown question or a value the question does not offer.
    """
    base = base or Profile()
    a = _validated(answers)
    reasons: list[str] = []
    score = 0
    facts = base.model_dump()

    def yes(key: str) -> bool:
        question = QUESTIONS_BY_ID[key]
        return is_asked(question, a) and a.get(key) is True

    def points(amount: int, why: str) -> None:
        nonlocal score
        score += amount
        reasons.append(
            translate("questionnaire", "{why}: +{points}").format(why=why, points=amount)
        )

    if "personal_data" in a:
        facts["personal_data"] = yes("personal_data")
        facts["special_category"] = yes("special_category")
        facts["large_scale"] = yes("large_scale")
        facts["profiling"] = yes("profiling")
        # A follow-up of a follow-up: only when special-category data is really in use.
        facts["special_category_for_bias"] = facts["special_category"] and yes(
            "special_category_for_bias"
        )
        facts["monitors_public_areas"] = yes("monitors_public_areas")
        facts["flags_for_investigation"] = yes("flags_for_investigation")
    if facts["personal_data"]:
        points(1, translate("questionnaire", "Uses personal data"))
    if facts["special_category"]:
        points(2, translate("questionnaire", "Uses special-category data (GDPR Art. 9)"))
    if facts["profiling"]:
        points(1, translate("questionnaire", "Evaluates personal aspects of people (profiling)"))
    if "decisions" in a:
        facts["decisions_about_individuals"] = yes("decisions")
        facts["legal_effect"] = yes("effect")
        role = a.get("human_role") if is_asked(QUESTIONS_BY_ID["human_role"], a) else None
        facts["solely_automated"] = role == "none"
        if isinstance(role, str):
            points(
                HUMAN_ROLE_POINTS[role],
                translate("questionnaire", "Human role: {choice}").format(
                    choice=choice_text(role).lower()
                ),
            )
        facts["high_impact"] = facts["legal_effect"] and yes("principal_basis")
        if yes("principal_basis"):
            points(1, translate("questionnaire", "The output is the main basis for the decision"))
    if "safety" in a:
        # M-25-21 merged rights- and safety-impacting AI into one 'high-impact' category.
        facts["high_impact"] = bool(facts["high_impact"]) or yes("safety")
    if facts["legal_effect"]:
        points(
            3,
            translate(
                "questionnaire", "Decisions affect rights, benefits, liberty or access to services"
            ),
        )
    reversibility = a.get("reversibility")
    if isinstance(reversibility, str):
        label = choice_text(reversibility)
        points(
            REVERSIBILITY_POINTS[reversibility],
            translate("questionnaire", "Harm is {choice}").format(choice=label.lower()),
        )
    if "vulnerable" in a:
        facts["vulnerable_groups"] = a["vulnerable"] is True
    if a.get("vulnerable") is True:
        points(2, translate("questionnaire", "People in vulnerable situations are affected"))
    scale = a.get("scale")
    if isinstance(scale, str):
        points(
            SCALE_POINTS[scale],
            translate("questionnaire", "Scale: {choice}").format(choice=choice_text(scale).lower()),
        )
    for key in (
        "ai_system",
        "public_authority",
        "public_facing",
        "generative",
        "continuously_learning",
    ):
        if key in a:
            facts[key] = a[key] is True
    if "public_authority" in a:
        facts["public_service"] = yes("public_service")
    if "jurisdictions" in a:
        facts["jurisdictions"] = a["jurisdictions"]
        in_eu = Jurisdiction.EU.value in facts["jurisdictions"]
        area = a.get("annex3_area") if in_eu else "none"
        if in_eu or "annex3_area" in a:
            facts["annex3_area"] = None if area in (None, "none") else area
    if "ai_act_role" in a and is_asked(QUESTIONS_BY_ID["ai_act_role"], a):
        facts["ai_act_role"] = a["ai_act_role"]
    if "jurisdictions" in a or "art6_3_derogation" in a:
        facts["art6_3_derogation"] = facts["annex3_area"] is not None and yes("art6_3_derogation")
    if "prohibited_practices" in a:
        chosen = a["prohibited_practices"]
        in_eu = is_asked(QUESTIONS_BY_ID["prohibited_practices"], a)
        picked = [] if isinstance(chosen, bool | str) else list(chosen)
        facts["prohibited_practices"] = tuple(picked) if in_eu else ()
    level = _level(score)
    facts["impact_level"] = level
    profile = Profile.model_validate(facts)
    reasons.append(
        translate(
            "questionnaire",
            "Score {score} of {most} ({share}): impact level {level} (thresholds as in "
            "Canada's AIA tool: up to 25 % I, 50 % II, 75 % III, above that IV).",
        ).format(score=score, most=MAX_SCORE, share=percent(score / MAX_SCORE), level=level.roman)
    )
    reasons.extend(consequences(profile))
    scope = pack_scope(profile, packs) if packs is not None else ()
    return Assessment(profile=profile, score=score, reasons=tuple(reasons), scope=scope)

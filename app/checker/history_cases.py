"""Six documented public-sector failures, each as run and as its owners documented it.

Facts come from the team's regulatory fact sheet (section 9, public-sector AI
failures); figures marked there as secondary are not repeated here. Each case
names the instruments it is checked against: the failures predate most of them,
so the check asks what today's law and practice would have demanded of the same
plan. The failing practices are the lessons the sources draw.
"""

from __future__ import annotations

import datetime as dt

from app.checker.history import Board, CardSpec, HistoryCase
from models.phases import Phase
from models.profile import Profile
from models.vocabulary import (
    AIActRole,
    Annex3Area,
    Cadence,
    ImpactLevel,
    Jurisdiction,
    LinkKind,
    Role,
    Status,
)

AS_OF = dt.date(2026, 12, 1)
"""The law the cases are judged by: fixed, so verdicts do not change with the calendar."""

PLANNED, IN_PROGRESS = Status.PLANNED, Status.IN_PROGRESS
D, V, E, P, M, F, G = (
    Phase.DATA,
    Phase.DEVELOP,
    Phase.EVALUATE,
    Phase.DEPLOY,
    Phase.MONITOR,
    Phase.FEEDBACK,
    Phase.GOVERNANCE,
)
BACK = LinkKind.FEEDS_BACK
SOURCES = ("Regulatory fact sheet §9 (public-sector AI failures), with the sources it names.",)


def _custom(
    card_id: str,
    title: str,
    phase: Phase,
    owner: Role | None,
    *caps: str,
    status: Status = Status.IN_PLACE,
    cadence: Cadence | None = None,
    notes: str = "",
) -> CardSpec:
    return CardSpec(
        id=card_id,
        title=title,
        phase=phase,
        owner=owner,
        capabilities=caps,
        status=status,
        cadence=cadence,
        notes=notes,
    )


# ── Robodebt ──────────────────────────────────────────────────────────────────────────────────

_ROBODEBT_CORE = (
    CardSpec("ato-data", "data-source-inventory", notes="Yearly tax income matched to benefits."),
    _custom(
        "averaging",
        "Income averaging rule",
        V,
        Role.IT_OPERATIONS,
        "technical-documentation",
        notes="Yearly income spread evenly over 26 fortnights.",
    ),
    CardSpec("gate", "go-no-go-approval", notes="Scheme approved for national roll-out."),
    _custom("debts", "Debt notices raised automatically", P, Role.IT_OPERATIONS, "event-logging"),
    CardSpec("volume", "service-health-monitoring", notes="Counts notices sent, not errors."),
    CardSpec("complaints", "complaint-register"),
    CardSpec("owner", "accountable-owner"),
)
_ROBODEBT_LINKS: tuple[tuple[str, str] | tuple[str, str, LinkKind], ...] = (
    ("ato-data", "averaging"),
    ("averaging", "gate"),
    ("gate", "debts"),
    ("debts", "volume"),
    ("volume", "complaints"),
    ("complaints", "ato-data", BACK),
    ("owner", "ato-data"),
)

ROBODEBT = HistoryCase(
    key="robodebt",
    title="Robodebt (Australia, 2015/16–2019)",
    summary="Automated data matching averaged yearly tax income into fortnights and raised debts "
    "nobody had checked; the method was inconsistent with social-security law and the onus was "
    "shifted onto recipients.",
    checked_against="Canada's Directive on Automated Decision-Making: it covers rules-based "
    "automated decision systems like Robodebt's data matching (the EU AI Act would not: no AI).",
    profile=Profile(
        ai_system=False,
        personal_data=True,
        profiling=True,
        decisions_about_individuals=True,
        legal_effect=True,
        solely_automated=True,
        flags_for_investigation=True,
        vulnerable_groups=True,
        large_scale=True,
        public_authority=True,
        jurisdictions=(Jurisdiction.CANADA,),
        impact_level=ImpactLevel.IV,
        as_of=AS_OF,
    ),
    packs=("canada-dadm",),
    run=Board(_ROBODEBT_CORE, _ROBODEBT_LINKS),
    documented=Board(
        (
            *_ROBODEBT_CORE,
            CardSpec(
                "legal",
                "legal-authority-review",
                status=IN_PROGRESS,
                notes="Legal advice requested; never finalised before roll-out.",
            ),
            CardSpec("letters", "notice-to-affected-people", notes="Letters ask people to log in."),
            _custom(
                "review",
                "Compliance officer reviews a debt on request",
                F,
                Role.DOMAIN_EXPERT,
                "human-decision",
                cadence=Cadence.CONTINUOUS,
                notes="Only after the debt is raised, and only if the person asks.",
            ),
            CardSpec(
                "appeal", "appeal-route", notes="Review by an authorised officer, then the AAT."
            ),
        ),
        (
            *_ROBODEBT_LINKS,
            ("legal", "gate"),
            ("debts", "letters"),
            ("letters", "volume"),
            ("complaints", "review"),
            ("review", "appeal"),
        ),
    ),
    failing=("human-decision", "legal-review"),
    sources=SOURCES,
)

# ── Dutch childcare benefits ──────────────────────────────────────────────────────────────────

_DUTCH_CORE = (
    CardSpec("files", "data-source-inventory", notes="Applications, incl. (dual) nationality."),
    _custom(
        "model",
        "Risk classification model",
        V,
        Role.DATA_SCIENTIST,
        "experiment-tracking",
        notes="Self-learning model; nationality among the indicators.",
    ),
    CardSpec("test", "performance-test"),
    CardSpec("gate", "release-gate"),
    _custom("triage", "High scores routed to the fraud team", P, Role.IT_OPERATIONS),
    _custom(
        "reclaim", "Fraud finding: full repayment demanded", P, Role.DOMAIN_EXPERT, "event-logging"
    ),
    CardSpec("perf", "performance-monitoring", notes="Hit rate of fraud investigations."),
    CardSpec("objections", "complaint-register"),
    CardSpec("owner", "accountable-owner"),
)
_DUTCH_LINKS: tuple[tuple[str, str] | tuple[str, str, LinkKind], ...] = (
    ("files", "model"),
    ("model", "test"),
    ("test", "gate"),
    ("gate", "triage"),
    ("triage", "reclaim"),
    ("reclaim", "perf"),
    ("perf", "objections"),
    ("objections", "files", BACK),
    ("owner", "files"),
)

DUTCH = HistoryCase(
    key="dutch-childcare-benefits",
    title="Childcare benefits scandal (Netherlands, 2005–2019)",
    summary="A risk-classification model used (dual) nationality as an indicator; about 26,000 "
    "parents were wrongly accused of fraud and told to repay everything; the data protection "
    "authority found the processing unlawful and discriminatory.",
    checked_against="The EU AI Act (a public authority's benefits system is Annex III point 5) "
    "and the GDPR, as they stand today.",
    profile=Profile(
        personal_data=True,
        special_category=True,
        profiling=True,
        decisions_about_individuals=True,
        legal_effect=True,
        flags_for_investigation=True,
        vulnerable_groups=True,
        large_scale=True,
        public_authority=True,
        continuously_learning=True,
        jurisdictions=(Jurisdiction.EU,),
        impact_level=ImpactLevel.IV,
        annex3_area=Annex3Area.ESSENTIAL_SERVICES,
        ai_act_role=AIActRole.PROVIDER_AND_DEPLOYER,
        as_of=AS_OF,
    ),
    packs=("eu-ai-act", "gdpr"),
    run=Board(_DUTCH_CORE, _DUTCH_LINKS),
    documented=Board(
        (
            *_DUTCH_CORE,
            CardSpec("quality", "data-quality-assessment"),
            CardSpec("retention", "retention-schedule", notes="Nationality data to go after 2014."),
            CardSpec(
                "fairness",
                "fairness-dashboard",
                status=PLANNED,
                notes="Outcomes by nationality to be reviewed later.",
            ),
            CardSpec("officer", "human-review-before-decision", notes="A fraud officer signs off."),
            CardSpec("letters", "notice-to-affected-people"),
            CardSpec("appeal", "appeal-route", notes="Objection and appeal procedure."),
            CardSpec("dpia", "dpia", status=PLANNED),
        ),
        (
            *_DUTCH_LINKS,
            ("files", "quality"),
            ("quality", "model"),
            ("retention", "files"),
            ("triage", "officer"),
            ("officer", "reclaim"),
            ("reclaim", "letters"),
            ("perf", "fairness"),
            ("objections", "appeal"),
            ("dpia", "gate"),
        ),
    ),
    failing=("bias-examination", "fairness-monitoring"),
    sources=SOURCES,
)

# ── SyRI ──────────────────────────────────────────────────────────────────────────────────────

_SYRI_CORE = (
    _custom(
        "linking",
        "Linking many government datasets",
        D,
        Role.IT_OPERATIONS,
        "data-provenance",
        notes="Tax, benefits, housing, education, debt records.",
    ),
    _custom("indicators", "Risk model on secret indicators", V, Role.DATA_SCIENTIST),
    CardSpec("test", "performance-test"),
    CardSpec("gate", "go-no-go-approval", notes="Ministerial approval per project."),
    _custom(
        "reports",
        "Risk reports on residents sent to agencies",
        P,
        Role.IT_OPERATIONS,
        "event-logging",
    ),
    CardSpec("perf", "performance-monitoring"),
    CardSpec("triage", "feedback-triage"),
    CardSpec("owner", "accountable-owner"),
)
_SYRI_LINKS: tuple[tuple[str, str] | tuple[str, str, LinkKind], ...] = (
    ("linking", "indicators"),
    ("indicators", "test"),
    ("test", "gate"),
    ("gate", "reports"),
    ("reports", "perf"),
    ("perf", "triage"),
    ("triage", "linking", BACK),
    ("owner", "linking"),
)

SYRI = HistoryCase(
    key="syri",
    title="SyRI — System Risk Indication (Netherlands, ruled unlawful 5 Feb 2020)",
    summary="Government datasets were linked to generate fraud risk reports on residents; the "
    "Hague District Court held the legislation breached Art. 8 ECHR: not transparent or "
    "verifiable, no fair balance.",
    checked_against="The GDPR and the EU AI Act as they stand today; people selected by a risk "
    "report are affected before any final decision.",
    profile=Profile(
        personal_data=True,
        profiling=True,
        flags_for_investigation=True,
        vulnerable_groups=True,
        large_scale=True,
        public_authority=True,
        jurisdictions=(Jurisdiction.EU,),
        impact_level=ImpactLevel.III,
        annex3_area=Annex3Area.ESSENTIAL_SERVICES,
        ai_act_role=AIActRole.PROVIDER_AND_DEPLOYER,
        as_of=AS_OF,
    ),
    packs=("eu-ai-act", "gdpr"),
    run=Board(_SYRI_CORE, _SYRI_LINKS),
    documented=Board(
        (
            *_SYRI_CORE,
            CardSpec("law", "public-transparency-notice", notes="The SyRI Act and decree."),
            CardSpec("register", "decision-log-retention", notes="Risk reports kept two years."),
            CardSpec("pseudo", "pseudonymised-training-data", notes="Pseudonymised linking."),
            CardSpec(
                "dpia",
                "dpia",
                notes="Privacy assessment of the legislation, not of the system put into use.",
            ),
        ),
        (*_SYRI_LINKS, ("law", "owner"), ("reports", "register"), ("pseudo", "indicators")),
    ),
    failing=("individual-notice", "dpia"),
    sources=SOURCES,
)

# ── A-level grades 2020 ───────────────────────────────────────────────────────────────────────

_ALEVEL_CORE = (
    CardSpec("grades", "data-source-inventory", notes="Centre-assessed grades and rankings."),
    _custom(
        "standardise",
        "Standardisation model",
        V,
        Role.DATA_SCIENTIST,
        "experiment-tracking",
        notes="Adjusts each centre's grades to its historical results.",
    ),
    CardSpec("backtest", "historical-backtest", notes="Against 2019 results, in aggregate."),
    CardSpec("gate", "release-gate"),
    _custom("results", "Results issued to students", P, Role.IT_OPERATIONS, "event-logging"),
    CardSpec("service", "service-health-monitoring"),
    CardSpec("complaints", "complaint-register"),
    CardSpec("owner", "accountable-owner"),
)
_ALEVEL_LINKS: tuple[tuple[str, str] | tuple[str, str, LinkKind], ...] = (
    ("grades", "standardise"),
    ("standardise", "backtest"),
    ("backtest", "gate"),
    ("gate", "results"),
    ("results", "service"),
    ("service", "complaints"),
    ("complaints", "grades", BACK),
    ("owner", "grades"),
)

ALEVEL = HistoryCase(
    key="a-level-2020",
    title="A-level grading algorithm (England, August 2020)",
    summary="A standardisation model adjusted teachers' grades to each centre's past results; "
    "almost 40 % of grades were lowered, appeals were initially very limited, and the "
    "government reverted to teacher grades four days later.",
    checked_against="UK data protection law as it stands today (grades issued without "
    "individual review are solely automated significant decisions) and the NIST AI RMF.",
    profile=Profile(
        personal_data=True,
        profiling=True,
        decisions_about_individuals=True,
        legal_effect=True,
        solely_automated=True,
        vulnerable_groups=True,
        large_scale=True,
        public_authority=True,
        jurisdictions=(Jurisdiction.UK,),
        impact_level=ImpactLevel.III,
        as_of=AS_OF,
    ),
    packs=("nist-ai-rmf", "uk-data-protection"),
    run=Board(_ALEVEL_CORE, _ALEVEL_LINKS),
    documented=Board(
        (
            *_ALEVEL_CORE,
            CardSpec(
                "review",
                "independent-peer-review",
                owner=Role.DATA_SCIENTIST,
                notes="Technical advisory group drawn from the modelling team.",
            ),
            CardSpec(
                "appeal",
                "appeal-route",
                status=PLANNED,
                notes="Appeals guidance to follow results day.",
            ),
            CardSpec("consult", "public-consultation", notes="Held once, in spring."),
            CardSpec("eqia", "equality-impact-assessment", notes="Published on results day."),
            CardSpec("letters", "notice-to-affected-people"),
        ),
        (
            *_ALEVEL_LINKS,
            ("backtest", "review"),
            ("review", "gate"),
            ("results", "letters"),
            ("complaints", "appeal"),
            ("results", "eqia"),
            ("consult", "grades", BACK),
        ),
    ),
    failing=("appeal-process", "independent-review"),
    sources=SOURCES,
)

# ── MiDAS ─────────────────────────────────────────────────────────────────────────────────────

_MIDAS_CORE = (
    CardSpec("wages", "data-source-inventory", notes="Employer wage records, averaged."),
    _custom(
        "rule",
        "Any discrepancy flagged as fraud",
        V,
        Role.IT_OPERATIONS,
        "technical-documentation",
    ),
    CardSpec("gate", "go-no-go-approval"),
    _custom(
        "determination",
        "Automatic fraud determination, penalties up to 400 %",
        P,
        Role.IT_OPERATIONS,
        "event-logging",
    ),
    _custom(
        "collect",
        "Wage garnishment and tax-refund seizure",
        P,
        Role.IT_OPERATIONS,
    ),
    CardSpec("service", "service-health-monitoring"),
    CardSpec("complaints", "complaint-register"),
    CardSpec("owner", "accountable-owner"),
)
_MIDAS_LINKS: tuple[tuple[str, str] | tuple[str, str, LinkKind], ...] = (
    ("wages", "rule"),
    ("rule", "gate"),
    ("gate", "determination"),
    ("determination", "collect"),
    ("collect", "service"),
    ("service", "complaints"),
    ("complaints", "wages", BACK),
    ("owner", "wages"),
)

MIDAS = HistoryCase(
    key="midas",
    title="MiDAS unemployment-fraud system (Michigan, 2013–2015)",
    summary="The system auto-adjudicated fraud with little or no human review; notices went to a "
    "little-used online inbox and silence counted as admission; a state review found most "
    "determinations it examined involved no fraud.",
    checked_against="Canada's Directive on Automated Decision-Making, the instrument written for "
    "automated decision systems with rules-based ones included (MiDAS's fraud logic was rules, "
    "not machine learning, so the AI frameworks do not reach it; OMB's memoranda bind federal "
    "agencies only).",
    profile=Profile(
        ai_system=False,
        personal_data=True,
        profiling=True,
        decisions_about_individuals=True,
        legal_effect=True,
        solely_automated=True,
        flags_for_investigation=True,
        vulnerable_groups=True,
        large_scale=True,
        public_authority=True,
        jurisdictions=(Jurisdiction.CANADA,),
        impact_level=ImpactLevel.IV,
        as_of=AS_OF,
    ),
    packs=("canada-dadm",),
    run=Board(_MIDAS_CORE, _MIDAS_LINKS),
    documented=Board(
        (
            *_MIDAS_CORE,
            CardSpec("notice", "notice-to-affected-people", notes="Sent to the online inbox."),
            _custom(
                "staff",
                "Staff review a determination on appeal",
                F,
                Role.DOMAIN_EXPERT,
                "human-decision",
                cadence=Cadence.CONTINUOUS,
            ),
            CardSpec("appeal", "appeal-route"),
            CardSpec(
                "sampling",
                "decision-sample-audit",
                status=PLANNED,
                notes="Quality-control sampling of determinations, to start later.",
            ),
        ),
        (
            *_MIDAS_LINKS,
            ("determination", "notice"),
            ("notice", "service"),
            ("complaints", "staff"),
            ("staff", "appeal"),
            ("service", "sampling"),
        ),
    ),
    failing=("human-decision", "performance-monitoring"),
    sources=SOURCES,
)

# ── Allegheny Family Screening Tool ───────────────────────────────────────────────────────────

_AFST_CORE = (
    CardSpec("records", "data-source-inventory", notes="County records incl. behavioural health."),
    _custom("model", "Predictive risk model", V, Role.DATA_SCIENTIST, "experiment-tracking"),
    CardSpec("test", "performance-test"),
    CardSpec("gate", "release-gate"),
    _custom("score", "Score shown to hotline screeners", P, Role.IT_OPERATIONS, "event-logging"),
    CardSpec("screeners", "human-review-before-decision", notes="Screeners decide on screening."),
    CardSpec("perf", "performance-monitoring"),
    CardSpec("triage", "feedback-triage"),
    CardSpec("owner", "accountable-owner"),
)
_AFST_LINKS: tuple[tuple[str, str] | tuple[str, str, LinkKind], ...] = (
    ("records", "model"),
    ("model", "test"),
    ("test", "gate"),
    ("gate", "score"),
    ("score", "screeners"),
    ("screeners", "perf"),
    ("perf", "triage"),
    ("triage", "records", BACK),
    ("owner", "records"),
)

AFST = HistoryCase(
    key="allegheny-afst",
    title="Allegheny Family Screening Tool (Pennsylvania, from about 2016)",
    summary="A predictive risk score helped screeners decide which child-welfare reports to "
    "investigate; researchers found it flagged a disproportionate share of Black children for "
    "mandatory investigation, and families often did not know it was used.",
    checked_against="The NIST AI RMF and the OECD AI Principles (a county agency: OMB's "
    "memoranda bind federal agencies only).",
    profile=Profile(
        personal_data=True,
        special_category=True,
        profiling=True,
        decisions_about_individuals=True,
        legal_effect=True,
        flags_for_investigation=True,
        vulnerable_groups=True,
        public_authority=True,
        jurisdictions=(Jurisdiction.OTHER,),
        impact_level=ImpactLevel.IV,
        as_of=AS_OF,
    ),
    packs=("nist-ai-rmf", "oecd-ethics"),
    run=Board(_AFST_CORE, _AFST_LINKS),
    documented=Board(
        (
            *_AFST_CORE,
            CardSpec(
                "ethics",
                "independent-peer-review",
                owner=Role.POLICY_LEGAL,
                notes="Ethical review by outside academics.",
            ),
            CardSpec("fairness-test", "subgroup-fairness-test", notes="At launch."),
            CardSpec("faq", "public-transparency-notice", notes="Methodology and FAQ published."),
            _custom(
                "evaluation",
                "Impact evaluation of the tool",
                M,
                Role.PROJECT_MANAGER,
                "fairness-monitoring",
                cadence=Cadence.ONCE,
                notes="One evaluation, commissioned once.",
            ),
        ),
        (
            *_AFST_LINKS,
            ("test", "ethics"),
            ("ethics", "gate"),
            ("model", "fairness-test"),
            ("fairness-test", "gate"),
            ("faq", "owner"),
            ("perf", "evaluation"),
            ("evaluation", "triage"),
        ),
    ),
    failing=("fairness-monitoring",),
    sources=SOURCES,
)

CASES: tuple[HistoryCase, ...] = (ROBODEBT, DUTCH, SYRI, ALEVEL, MIDAS, AFST)
"""Every history case, in the order the fact sheet lists them."""

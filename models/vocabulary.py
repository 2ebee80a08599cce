"""Small closed vocabularies: roles, statuses, link kinds, cadences, profile values."""

from __future__ import annotations

import math
from enum import IntEnum, StrEnum


class Role(StrEnum):
    """The roles of a cross-functional workshop team."""

    DATA_SCIENTIST = "data-scientist"
    IT_OPERATIONS = "it-operations"
    PROJECT_MANAGER = "project-manager"
    POLICY_LEGAL = "policy-legal"
    PRIVACY_ETHICS = "privacy-ethics"
    DOMAIN_EXPERT = "domain-expert"

    @property
    def label(self) -> str:
        """The role's name as shown to users."""
        return ROLE_TITLES[self]


ROLE_TITLES: dict[Role, str] = {
    Role.DATA_SCIENTIST: "Data scientist",
    Role.IT_OPERATIONS: "IT operations",
    Role.PROJECT_MANAGER: "Project manager",
    Role.POLICY_LEGAL: "Policy & legal",
    Role.PRIVACY_ETHICS: "Privacy & ethics",
    Role.DOMAIN_EXPERT: "Domain expert",
}


class Status(StrEnum):
    """How far a practice on the canvas has come."""

    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    IN_PLACE = "in-place"

    @property
    def label(self) -> str:
        """The status as shown to users."""
        return {"planned": "Planned", "in-progress": "In progress", "in-place": "In place"}[
            self.value
        ]


class LinkKind(StrEnum):
    """What a link between two cards means."""

    FLOWS = "flows"
    GATES = "gates"
    TRIGGERS = "triggers"
    FEEDS_BACK = "feeds-back"

    @property
    def label(self) -> str:
        """The link kind as shown to users."""
        return {
            "flows": "flows into",
            "gates": "gates",
            "triggers": "triggers",
            "feeds-back": "feeds back to",
        }[self.value]


class Cadence(StrEnum):
    """How often a practice runs (sets time-to-detect in drills).

    ``ONCE`` marks a one-off activity (a consultation held once, a launch review):
    it cannot see an event that happens later, in operation.
    """

    CONTINUOUS = "continuous"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    ONCE = "once"

    @property
    def days(self) -> float:
        """Days until an event is seen at this cadence (infinite for a one-off activity)."""
        return {
            "continuous": 0.1,
            "daily": 1.0,
            "weekly": 7.0,
            "monthly": 30.0,
            "quarterly": 91.0,
            "yearly": 365.0,
            "once": math.inf,
        }[self.value]

    @property
    def recurring(self) -> bool:
        """Whether the practice repeats, so it can notice what happens in operation."""
        return self is not Cadence.ONCE

    @property
    def label(self) -> str:
        """The cadence as shown to users."""
        return "Once (one-off)" if self is Cadence.ONCE else self.value.capitalize()


class Jurisdiction(StrEnum):
    """Legal systems whose rules may apply to a scenario."""

    EU = "eu"
    UK = "uk"
    CANADA = "ca"
    US_FEDERAL = "us-federal"
    OTHER = "other"


class ImpactLevel(IntEnum):
    """Impact level I–IV in the sense of Canada's Directive on Automated Decision-Making."""

    I = 1  # noqa: E741 - Roman numeral I is the directive's own name for the level
    II = 2
    III = 3
    IV = 4

    @property
    def roman(self) -> str:
        """The level as a Roman numeral."""
        return self.name


class Annex3Area(StrEnum):
    """EU AI Act Annex III high-risk areas (points 1–8)."""

    BIOMETRICS = "biometrics"
    CRITICAL_INFRASTRUCTURE = "critical-infrastructure"
    EDUCATION = "education"
    EMPLOYMENT = "employment"
    ESSENTIAL_SERVICES = "essential-services"
    LAW_ENFORCEMENT = "law-enforcement"
    MIGRATION = "migration"
    JUSTICE_DEMOCRACY = "justice-democracy"

    @property
    def point(self) -> int:
        """The Annex III point number."""
        return list(Annex3Area).index(self) + 1


class AIActRole(StrEnum):
    """The agency's role for the system under the EU AI Act (Art. 3(3)–(4))."""

    PROVIDER = "provider"
    DEPLOYER = "deployer"
    PROVIDER_AND_DEPLOYER = "provider-and-deployer"


class Severity(StrEnum):
    """How serious a finding is; errors block, warnings advise, info suggests."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for the most serious."""
        return SEVERITY_RANK[self.value]


SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
"""Severity value → rank (asked for every finding of every check: a table, built once)."""


class FindingState(StrEnum):
    """Where a rule stands on a strategy, beyond met.

    ``OPEN``: nothing on the board carries the duty. ``PLANNED``: the board would
    carry it, but only through cards that are planned or in progress — intent, not
    evidence. ``UPCOMING``: the rule does not apply yet on the date checked.
    ``PROHIBITED``: the profile names a practice the law forbids outright; no card
    can fix it.
    """

    OPEN = "open"
    PLANNED = "planned"
    UPCOMING = "upcoming"
    PROHIBITED = "prohibited"

    @property
    def label(self) -> str:
        """The state as shown to users."""
        return {
            "open": "Missing",
            "planned": "Planned, not in place",
            "upcoming": "Upcoming",
            "prohibited": "Prohibited practice",
        }[self.value]


class ProhibitedPractice(StrEnum):
    """AI practices prohibited by EU AI Act Art. 5(1), screened by the questionnaire."""

    MANIPULATION = "manipulation"
    EXPLOITING_VULNERABILITIES = "exploiting-vulnerabilities"
    SOCIAL_SCORING = "social-scoring"
    CRIME_PREDICTION_BY_PROFILING = "crime-prediction-by-profiling"
    UNTARGETED_FACE_SCRAPING = "untargeted-face-scraping"
    EMOTION_RECOGNITION_WORK_EDUCATION = "emotion-recognition-work-education"
    BIOMETRIC_CATEGORISATION_SENSITIVE = "biometric-categorisation-sensitive"
    REALTIME_REMOTE_BIOMETRIC_ID = "realtime-remote-biometric-id"

    @property
    def point(self) -> str:
        """The point of Art. 5(1) that prohibits it ('c')."""
        return "abcdefgh"[list(ProhibitedPractice).index(self)]

    @property
    def label(self) -> str:
        """A short description as shown to users."""
        return PROHIBITED_LABELS[self]


PROHIBITED_LABELS: dict[ProhibitedPractice, str] = {
    ProhibitedPractice.MANIPULATION: "Subliminal, manipulative or deceptive techniques that "
    "distort behaviour and cause significant harm",
    ProhibitedPractice.EXPLOITING_VULNERABILITIES: "Exploiting vulnerabilities of age, "
    "disability or social or economic situation to distort behaviour",
    ProhibitedPractice.SOCIAL_SCORING: "Social scoring: rating people over time by social "
    "behaviour or traits, leading to unjustified detrimental treatment",
    ProhibitedPractice.CRIME_PREDICTION_BY_PROFILING: "Predicting that a person will commit a "
    "crime solely from profiling or personality traits",
    ProhibitedPractice.UNTARGETED_FACE_SCRAPING: "Building facial-recognition databases by "
    "untargeted scraping of the internet or CCTV",
    ProhibitedPractice.EMOTION_RECOGNITION_WORK_EDUCATION: "Emotion recognition in the "
    "workplace or in education (outside medical or safety reasons)",
    ProhibitedPractice.BIOMETRIC_CATEGORISATION_SENSITIVE: "Biometric categorisation to infer "
    "race, political opinions, religion, sex life or similar",
    ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID: "Real-time remote biometric identification "
    "in public spaces for law enforcement (narrow exceptions, Art. 5(2)–(7))",
}

"""Small closed vocabularies: roles, statuses, link kinds, cadences, profile values."""

from __future__ import annotations

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
    """How often a monitoring practice looks (sets time-to-detect in drills)."""

    CONTINUOUS = "continuous"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"

    @property
    def days(self) -> float:
        """Mean days until an event is seen at this cadence."""
        return {
            "continuous": 0.1,
            "daily": 1.0,
            "weekly": 7.0,
            "monthly": 30.0,
            "quarterly": 91.0,
        }[self.value]


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
        return {"error": 0, "warning": 1, "info": 2}[self.value]

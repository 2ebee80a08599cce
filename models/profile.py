"""The scenario profile: the facts that decide which rules apply."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from models.vocabulary import AIActRole, Annex3Area, ImpactLevel, Jurisdiction, ProhibitedPractice


class Profile(BaseModel):
    """Facts about an AI system that decide which rules of which packs apply.

    Copied from the scenario into each strategy, where a team may edit it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    ai_system: bool = Field(
        default=True,
        description="An AI system in the sense of EU AI Act Art. 3(1): it infers from its "
        "inputs how to produce outputs, with some autonomy. A fixed rules engine is not — but "
        "if it decides about people it is still an automated decision system (Canada's DADM, "
        "GDPR Art. 22).",
    )
    personal_data: bool = Field(
        default=False, description="Processes personal data (GDPR Art. 4(1))."
    )
    special_category: bool = Field(
        default=False,
        description="Processes special-category data: health, ethnicity, religion, biometrics… "
        "(GDPR Art. 9).",
    )
    decisions_about_individuals: bool = Field(
        default=False, description="Makes or supports decisions about individual people."
    )
    legal_effect: bool = Field(
        default=False,
        description="Those decisions have legal or similarly significant effects on people.",
    )
    solely_automated: bool = Field(
        default=False, description="Decisions are taken without meaningful human involvement."
    )
    profiling: bool = Field(
        default=False, description="Evaluates personal aspects of people (GDPR Art. 4(4))."
    )
    public_facing: bool = Field(
        default=False, description="People interact with the system or see its output directly."
    )
    generative: bool = Field(default=False, description="Generates text, images or other content.")
    high_impact: bool = Field(
        default=False,
        description="Output is a principal basis for decisions with significant effects on "
        "rights or safety (US OMB M-25-21 'high-impact AI').",
    )
    public_authority: bool = Field(
        default=True,
        description="The agency is a public authority: a body governed by public law, or one "
        "acting on its behalf (EU AI Act Art. 26(8), 27(1), 49(3); Canada's DADM binds federal "
        "institutions).",
    )
    public_service: bool = Field(
        default=False,
        description="A private body providing a public service (EU AI Act Art. 27(1) rights "
        "impact assessment), as distinct from a public authority.",
    )
    flags_for_investigation: bool = Field(
        default=False,
        description="Scores or flags people for investigation, audit or control (a fraud risk "
        "list, a case selected for review) — they are affected even before any final decision.",
    )
    vulnerable_groups: bool = Field(
        default=False,
        description="Affects people in vulnerable situations: children, benefit claimants, "
        "patients, asylum seekers (EU AI Act Art. 9(9); a DPIA trigger on most national lists).",
    )
    monitors_public_areas: bool = Field(
        default=False,
        description="Systematically monitors publicly accessible areas on a large scale "
        "(GDPR Art. 35(3)(c)).",
    )
    special_category_for_bias: bool = Field(
        default=False,
        description="Processes special-category data to detect and correct bias (EU AI Act "
        "Art. 10(5)).",
    )
    art6_3_derogation: bool = Field(
        default=False,
        description="The provider relies on EU AI Act Art. 6(3): the Annex III system only does a "
        "narrow procedural or preparatory task and poses no significant risk (unavailable when "
        "it profiles people).",
    )
    prohibited_practices: tuple[ProhibitedPractice, ...] = Field(
        default=(),
        description="Practices of EU AI Act Art. 5(1) that the use involves (screened by the "
        "questionnaire); any of them is prohibited.",
    )
    as_of: dt.date | None = Field(
        default=None,
        description="The date on which to evaluate the law (the planned go-live, say); "
        "today when not set.",
    )
    large_scale: bool = Field(
        default=False,
        description="Processes personal data on a large scale: many people, much data, or a "
        "wide area (GDPR Art. 35(3)(b)).",
    )
    continuously_learning: bool = Field(
        default=False,
        description="Keeps learning after deployment, so its outputs can feed its future "
        "inputs (EU AI Act Art. 15(4) feedback loops).",
    )
    jurisdictions: tuple[Jurisdiction, ...] = Field(default=(), description="Where it is used.")
    impact_level: ImpactLevel = Field(
        default=ImpactLevel.I, description="Impact level I–IV (Canada's DADM, Appendix B)."
    )
    annex3_area: Annex3Area | None = Field(
        default=None, description="EU AI Act Annex III high-risk area, or none."
    )
    ai_act_role: AIActRole = Field(
        default=AIActRole.PROVIDER_AND_DEPLOYER,
        description="The agency builds the system (provider), uses it (deployer), or both.",
    )

    @field_validator("jurisdictions")
    @classmethod
    def _sorted_unique(cls, value: tuple[Jurisdiction, ...]) -> tuple[Jurisdiction, ...]:
        return tuple(sorted(set(value)))

    @field_validator("prohibited_practices")
    @classmethod
    def _practices_sorted_unique(
        cls, value: tuple[ProhibitedPractice, ...]
    ) -> tuple[ProhibitedPractice, ...]:
        return tuple(sorted(set(value)))

    @property
    def derogation_applies(self) -> bool:
        """Whether the Art. 6(3) derogation takes the system out of the high-risk regime.

        Profiling of natural persons makes an Annex III system high-risk whatever the
        provider claims (Art. 6(3), last subparagraph).
        """
        return self.art6_3_derogation and not self.profiling

    @property
    def eu_high_risk(self) -> bool:
        """An Annex III AI system used in the EU without a valid Art. 6(3) derogation."""
        return (
            self.ai_system
            and self.annex3_area is not None
            and Jurisdiction.EU in self.jurisdictions
            and not self.derogation_applies
        )

    def checked_on(self, today: dt.date | None = None) -> dt.date:
        """The date the law is evaluated on: ``as_of`` when set, else ``today``."""
        return self.as_of or today or dt.date.today()

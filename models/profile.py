"""The scenario profile: the facts that decide which rules apply."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from models.vocabulary import AIActRole, Annex3Area, ImpactLevel, Jurisdiction


class Profile(BaseModel):
    """Facts about an AI system that decide which rules of which packs apply.

    Copied from the scenario into each strategy, where a team may edit it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

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
        description="The agency is a body governed by public law, or a private body providing "
        "public services (EU AI Act Art. 27(1) impact assessment; Art. 26(8), 49(3) "
        "registration of use).",
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

    @property
    def eu_high_risk(self) -> bool:
        """An Annex III system used in the EU: the AI Act's high-risk regime applies."""
        return self.annex3_area is not None and Jurisdiction.EU in self.jurisdictions

"""The demo workshop's day so far: scores, peer feedback, observations and reflections.

So every facilitator screen opens onto something real on a first start: the
rubric tab has a sheet for each team, the peer-review tab a round with feedback
both ways, the Explore stage a recorded observation per team, the Evaluate
stage reflections from four participants and the facilitator's own. Like the
rest of the demo, everything is fixed: ids from names, timestamps written out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.review.reflections import Observation, Reflection, ReflectionKind
from app.store.review_writes import ReviewRecords
from models.phases import Phase
from models.review import (
    PeerAssignment,
    PeerFeedback,
    PeerRound,
    PhaseReview,
    ReviewState,
    RubricSheet,
    Score,
)
from models.workshop import Workshop

_Ids = Callable[[str], str]
"""The demo's id maker (``app.demo.demo_id``: a stable uuid5 from a name)."""

RUBRIC_KEY = "default"
RUBRIC_VERSION = "2026.12"
DAY = "2026-11-30"

# (criterion, level, comment) per team; the criteria of resources/rubrics/default.toml.
_AURORA_SCORES = (
    ("lifecycle-coverage", 3, "Every lane holds a practice; feedback is still thin."),
    ("regulatory-ethical", 2, "The DPIA is planned, not done; no appeal route yet."),
    ("ownership", 2, "One card has no owner; the review board is named."),
    ("feasibility", 3, "A pilot region before national roll-out is realistic."),
    ("risk-mitigation", 2, "Rollback exists; fairness is not watched in production."),
    ("feedback-loop", 1, "Nothing carries what monitoring finds back to the data."),
)
_BOREALIS_SCORES = (
    ("lifecycle-coverage", 2, "Development and feedback are empty so far."),
    ("regulatory-ethical", 1, "No impact assessment on the board yet."),
    ("ownership", 3, "Every card has an owner."),
    ("feasibility", 2, "The manual fallback drill is a strong, cheap start."),
    ("risk-mitigation", 2, ""),
    ("feedback-loop", 1, ""),
)


def _sheet(
    make_id: _Ids, strategy_id: str, scores: tuple[tuple[str, int, str], ...]
) -> RubricSheet:
    return RubricSheet(
        id=make_id(f"sheet/{strategy_id}"),
        strategy_id=strategy_id,
        rubric_key=RUBRIC_KEY,
        rubric_version=RUBRIC_VERSION,
        scorer="Ingrid Haugen",
        scores=tuple(
            Score(strategy_id=strategy_id, criterion=key, level=level, comment=comment)
            for key, level, comment in scores
        ),
        updated_at=f"{DAY}T15:40:00+00:00",
    )


def _participant(
    make_id: _Ids,
    workshop: Workshop,
    *,
    team_id: str,
    name: str,
    answers: Mapping[str, str],
    confidence: Mapping[Phase, int],
) -> Reflection:
    team = workshop.team(team_id)
    member = next((m for m in team.members if m.name == name), None) if team else None
    return Reflection(
        id=make_id(f"reflection/{name}"),
        workshop_id=workshop.id,
        author=name,
        team_id=team_id,
        role=member.role.value if member else "",
        answers=dict(answers),
        confidence=dict(confidence),
        updated_at=f"{DAY}T16:20:00+00:00",
    )


def demo_reviews(
    make_id: _Ids,
    workshop: Workshop,
    aurora: tuple[str, str],
    borealis: tuple[str, str],
) -> ReviewRecords:
    """The demo's review records.

    Args:
        make_id: the demo's id maker (stable uuid5 from a name).
        workshop: the demo workshop (its teams and members).
        aurora: (team id, strategy id) of Team Aurora.
        borealis: (team id, strategy id) of Team Borealis.
    """
    (aurora_team, aurora_id), (borealis_team, borealis_id) = aurora, borealis
    peer_round = PeerRound(
        id=make_id("round/1"),
        workshop_id=workshop.id,
        name="Round 1",
        assignments=(
            PeerAssignment(
                reviewer_team_id=aurora_team,
                reviewed_team_id=borealis_team,
                strategy_id=borealis_id,
            ),
            PeerAssignment(
                reviewer_team_id=borealis_team, reviewed_team_id=aurora_team, strategy_id=aurora_id
            ),
        ),
    )
    feedback = (
        PeerFeedback(
            round_id=peer_round.id,
            reviewer_team_id=borealis_team,
            strategy_id=aurora_id,
            strengths="A real pilot plan, and a review board that can stop the release.",
            questions="Who watches whether the model treats claimants fairly after launch?",
            suggestion="Link the service alerts back to data preparation so incidents teach.",
            score=3,
            updated_at=f"{DAY}T15:55:00+00:00",
        ),
        PeerFeedback(
            round_id=peer_round.id,
            reviewer_team_id=aurora_team,
            strategy_id=borealis_id,
            strengths="The manual fallback drill is something we will copy.",
            questions="How will a dispatcher know the triage score is wrong?",
            suggestion="Add an impact assessment before the pilot: lives depend on it.",
            score=2,
            updated_at=f"{DAY}T15:58:00+00:00",
        ),
    )
    reviews = (
        PhaseReview(
            strategy_id=aurora_id,
            phase=Phase.MONITOR,
            state=ReviewState.TO_BE_CORRECTED,
            comment="Nothing watches fairness in production.",
            author="Ingrid Haugen",
            at=f"{DAY}T14:10:00+00:00",
        ),
        PhaseReview(
            strategy_id=aurora_id,
            phase=Phase.DEPLOY,
            state=ReviewState.ACCEPTABLE,
            author="Ingrid Haugen",
            at=f"{DAY}T14:12:00+00:00",
        ),
    )
    observations = (
        Observation(
            id=make_id("observation/aurora/appeal"),
            workshop_id=workshop.id,
            strategy_id=aurora_id,
            team_id=aurora_team,
            event_key="citizen-appeal",
            event_title="A claimant appeals a decision",
            observed="The appeal reached the caseworker, but nothing sent it back to the model "
            "team: the same error would repeat.",
            questions="Who owns appeals once the model is live? Do we log the reasons?",
            updated_at=f"{DAY}T11:05:00+00:00",
        ),
        Observation(
            id=make_id("observation/borealis/outage"),
            workshop_id=workshop.id,
            strategy_id=borealis_id,
            team_id=borealis_team,
            event_key="service-outage",
            event_title="The triage service goes down",
            observed="The manual fallback drill caught it within minutes; uptime alerts fired.",
            questions="How long can the control room run without the system?",
            updated_at=f"{DAY}T11:12:00+00:00",
        ),
    )
    reflections = (
        _participant(
            make_id,
            workshop,
            team_id=aurora_team,
            name="Aroha Ngātai",
            answers={
                "improve": "Decisions on allowances would be reviewed on evidence, not anecdotes: "
                "monitoring tells us when the model drifts from the law's intent.",
                "challenges": "Procurement rules and legacy case systems; getting a data steward "
                "funded.",
                "alignment": "We build models as projects that end at go-live; the lifecycle keeps "
                "going, which we do not budget for.",
                "gaps": "Monitoring and drift statistics. I will pair with our data team.",
            },
            confidence={Phase.DATA: 3, Phase.MONITOR: 1, Phase.FEEDBACK: 2, Phase.GOVERNANCE: 3},
        ),
        _participant(
            make_id,
            workshop,
            team_id=aurora_team,
            name="Zoë Lefèvre",
            answers={
                "improve": "Impact assessments become living documents tied to each release.",
                "challenges": "Explaining model changes to the ombudsman in plain words.",
                "alignment": "Our privacy reviews happen once; the lifecycle asks for them at "
                "every retraining.",
                "gaps": "Technical evaluation metrics for fairness.",
            },
            confidence={Phase.EVALUATE: 1, Phase.GOVERNANCE: 4, Phase.DEPLOY: 2},
        ),
        _participant(
            make_id,
            workshop,
            team_id=borealis_team,
            name="Søren Østergaard",
            answers={
                "improve": "Rollback and fallback drills turn outages into routine.",
                "challenges": "Around-the-clock on-call for a model, not just servers.",
                "alignment": "Close to our ITIL change process, but models change without code "
                "changing.",
                "gaps": "Regulation: which rules apply to triage support.",
            },
            confidence={Phase.DEPLOY: 4, Phase.MONITOR: 3, Phase.GOVERNANCE: 1},
        ),
        _participant(
            make_id,
            workshop,
            team_id=borealis_team,
            name="Amara Okafor",
            answers={
                "improve": "A clear owner for every control makes accountability auditable.",
                "challenges": "Skills: few people can read both a model card and a statute.",
                "alignment": "Legal review today comes after the build; here it gates it.",
                "gaps": "How models are trained and tested.",
            },
            confidence={Phase.DEVELOP: 1, Phase.EVALUATE: 2, Phase.GOVERNANCE: 4},
        ),
        Reflection(
            id=make_id("reflection/facilitator"),
            workshop_id=workshop.id,
            kind=ReflectionKind.FACILITATOR,
            author=workshop.facilitator or "Facilitator",
            answers={
                "backgrounds": "Policy and privacy members led the governance lane and the "
                "drills; data scientists needed the case study to see why.",
                "resonated": "The feedback loop: both teams saw that appeals and incidents must "
                "change the data, not only the service.",
            },
            updated_at=f"{DAY}T17:30:00+00:00",
        ),
    )
    return ReviewRecords(
        sheets=(
            _sheet(make_id, aurora_id, _AURORA_SCORES),
            _sheet(make_id, borealis_id, _BOREALIS_SCORES),
        ),
        rounds=(peer_round,),
        feedback=feedback,
        phase_reviews=reviews,
        reflections=reflections,
        observations=observations,
    )

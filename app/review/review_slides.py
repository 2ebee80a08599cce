"""The review slide of a team's deck: rubric scores, peer feedback received, phase states.

The export package's deck takes extra sections as slide builders
(``ExportBundle.extra_sections``); ``review_section`` makes one from a
``StrategyReview`` gathered here, so the export needs no knowledge of reviews.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.export.blocks import Block, Bullets, Entries, Heading, Slide, Table
from app.export.bundle import ExportBundle, SlideBuilder
from app.i18n import level_label, phase_short, review_state_label, translate
from app.review.report import FeedbackItem
from app.review.report_slides import feedback_entry
from app.review.states import current
from models.phases import ALL_PHASES, Phase
from models.review import (
    PeerFeedback,
    PeerRound,
    PhaseReview,
    Rubric,
    RubricSheet,
)
from models.workshop import Team


@dataclass(frozen=True)
class StrategyReview:
    """Everything the review slide of one strategy shows."""

    rubric: Rubric
    sheet: RubricSheet | None
    feedback: tuple[FeedbackItem, ...]
    phase_states: dict[Phase, PhaseReview]

    @property
    def is_empty(self) -> bool:
        """Whether there is nothing to show (no scores, feedback or phase review)."""
        return not ((self.sheet and self.sheet.scores) or self.feedback or self.phase_states)


def strategy_review(
    strategy_id: str,
    rubric: Rubric,
    *,
    sheets: Iterable[RubricSheet] = (),
    feedback: Iterable[PeerFeedback] = (),
    rounds: Iterable[PeerRound] = (),
    reviews: Iterable[PhaseReview] = (),
    teams: Sequence[Team] = (),
) -> StrategyReview:
    """Gather one strategy's review: its score sheet, feedback received and phase states."""
    sheet = next(
        (
            s
            for s in reversed(list(sheets))
            if s.strategy_id == strategy_id and s.rubric_key == rubric.key
        ),
        None,
    )
    names = {t.id: t.name for t in teams}
    round_names = {r.id: r.name for r in rounds}
    items = tuple(
        FeedbackItem(
            reviewer=names.get(f.reviewer_team_id, f.reviewer_team_id),
            round_name=round_names.get(f.round_id, ""),
            strengths=f.strengths,
            questions=f.questions,
            suggestion=f.suggestion,
            score=f.score,
        )
        for f in sorted(
            (f for f in feedback if f.strategy_id == strategy_id),
            key=lambda f: (round_names.get(f.round_id, ""), names.get(f.reviewer_team_id, "")),
        )
    )
    return StrategyReview(rubric, sheet, items, current(list(reviews), strategy_id))


def review_slides(review: StrategyReview) -> list[Slide]:
    """The "Review" slide(s): none when nothing was reviewed yet."""
    if review.is_empty:
        return []
    blocks: list[Block] = []
    if review.sheet and review.sheet.scores:
        rows = []
        for criterion in review.rubric.criteria:
            score = review.sheet.score_for(criterion.key)
            if score is None:
                rows.append((criterion.title, "–", translate("review", "not scored"), ""))
                continue
            level = f"{score.level} {level_label(score.level)}"
            rows.append((criterion.title, level, criterion.descriptor(score.level), score.comment))
        blocks.append(Heading(translate("review", "Rubric scores")))
        blocks.append(
            Table(
                header=(
                    translate("review", "Criterion"),
                    translate("review", "Level"),
                    translate("review", "What the level means"),
                    translate("review", "Comment"),
                ),
                rows=tuple(rows),
                weights=(1.4, 0.7, 2.2, 1.7),
            )
        )
    if review.phase_states:
        blocks.append(Heading(translate("review", "Review per phase")))
        blocks.append(
            Bullets(
                tuple(
                    translate("review", "{phase}: {state}").format(
                        phase=phase_short(phase), state=review_state_label(entry)
                    )
                    + (f" — {entry.comment}" if entry.comment.strip() else "")
                    for phase in ALL_PHASES
                    if (entry := review.phase_states.get(phase)) is not None
                )
            )
        )
    slides = [
        Slide(
            title=translate("review", "Review"), subtitle=review.rubric.title, blocks=tuple(blocks)
        )
    ]
    if review.feedback:
        entries = tuple(feedback_entry(item) for item in review.feedback)
        slides.append(
            Slide(
                title=translate("review", "Peer feedback received"),
                blocks=(Entries(entries),),
                columns=2,
            )
        )
    if not slides[0].blocks:  # only feedback so far
        slides.pop(0)
    return slides


def review_section(review: StrategyReview) -> SlideBuilder:
    """A deck section (for ``ExportBundle.extra_sections``) showing ``review``."""

    def build(_bundle: ExportBundle) -> list[Slide]:
        return review_slides(review)

    return build


__all__ = ["StrategyReview", "review_section", "review_slides", "strategy_review"]

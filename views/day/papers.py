"""A participant's reflection paper written from the GUI: the answers and self-assessment,
then the plan of the team's strategy (opened on the canvas, so its check is the live one)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import speaking, translate
from app.review.reflections import Questions, Reflection

if TYPE_CHECKING:
    from views.workbench import Workbench


def paper_stem(name: str) -> str:
    """A file name stem for a person's paper."""
    from app.export.batch import slug

    return slug(name) or "participant"


def write_paper(
    wb: Workbench, reflection: Reflection, questions: Questions, path: Path, kind: str
) -> Path:
    """The reflection paper of ``reflection`` at ``path``, with the plan of the team's first
    strategy attached (opened on the canvas so its check and drills are the live ones)."""
    from app.export import api
    from app.export.atomic import atomic_write
    from app.export.sections import build_slides
    from app.review.day_documents import export_paper, paper_markdown, paper_slides
    from views.day.reflection_form import role_label_or_blank
    from views.export_language import export_language

    workshop = wb.workshop
    assert workshop is not None and wb.store is not None
    lang = export_language()  # the paper and its plan in the language chosen for exports
    team = workshop.team(reflection.team_id)
    with speaking(lang):
        mine = paper_slides(
            reflection,
            questions,
            workshop=workshop.name,
            team=team.name if team else "",
            role=role_label_or_blank(reflection.role),
        )
        plan_text = translate("facilitator", "The team has no strategy in this workshop yet.")
    strategy_id = next(
        (s.id for s in wb.strategies_listing() if s.team_id == reflection.team_id), None
    )
    plan = []
    if strategy_id is not None:
        current = wb.session.strategy_id if wb.session else None
        wb.open_strategy(strategy_id)  # in the interface's language: it builds widgets
        session = wb.session
        if session is not None and getattr(wb, "exporting", None) is not None:
            bundle = wb.exporting.bundle(session, lang)
            with speaking(lang):
                plan = build_slides(bundle)
                plan_text = api.markdown_text(bundle)
        if current is not None and current != strategy_id:
            wb.open_strategy(current)
    with speaking(lang):
        if kind == "pdf":
            export_paper(mine, plan, path)
        else:
            data = paper_markdown(mine, plan_text).encode("utf-8")
            atomic_write(path, lambda handle: handle.write(data))
    return path

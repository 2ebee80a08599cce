"""One composition root: the window's controllers share the services built when it opened."""

from __future__ import annotations

from tests.views.conftest import Harness
from views.exporting import ExportController
from views.facilitating import FacilitatorTools


def test_controllers_share_the_services_loaded_once(harness: Harness) -> None:
    wb = harness.workbench
    services = wb.services
    assert services is not None and services.store is wb.store and services.library is wb.library
    # The drills the panels loaded are the services' own: loaded once, shared.
    assert wb.drill_load is services.drills
    assert wb.checking.packs is services.packs
    assert tuple(wb.checking.events) == services.drills.events
    assert wb.drilling is not None and wb.drilling.dock._params is services.simulation


def test_the_facilitator_checks_and_scores_through_the_services(harness: Harness) -> None:
    wb = harness.workbench
    tools = wb.facilitating
    assert isinstance(tools, FacilitatorTools) and wb.services is not None
    strategy = harness.session.document.strategy
    assert tools.check(strategy) == wb.services.checker.check(strategy)
    rubric = tools.rubric()
    assert rubric is not None and rubric is wb.services.rubric_for(strategy.workshop_id)


def test_an_export_bundle_comes_from_the_use_case_layer(harness: Harness) -> None:
    wb = harness.workbench
    exporting = wb.exporting
    assert isinstance(exporting, ExportController) and wb.services is not None
    bundle = exporting.bundle(harness.session)
    strategy = harness.session.document.strategy
    assert bundle.strategy == strategy
    assert bundle.team == wb.services.store.get_workshop(strategy.workshop_id).team(
        strategy.team_id
    )
    assert exporting.sections() is wb.services.export_sections()

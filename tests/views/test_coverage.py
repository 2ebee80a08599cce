"""Coverage meters on the demo strategies' real check results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.checker import Checker, PackSet, load_packs
from app.demo import build_demo
from app.resources import ContentLibrary
from models.findings import CheckResult, PackCoverage
from tests.views.a11y_helpers import unnamed_widgets
from views.widgets.coverage import CoverageMeters, meter_text, meter_tooltip


@pytest.fixture(scope="module")
def packs(library: ContentLibrary) -> PackSet:
    return load_packs(capabilities=library.capabilities)


@pytest.fixture(scope="module")
def result(library: ContentLibrary, packs: PackSet) -> CheckResult:
    aurora = build_demo(library).strategies[0]
    return Checker(packs, library, library.capabilities).check(aurora)


@pytest.fixture
def meters(qtbot: QtBot, packs: PackSet, result: CheckResult) -> CoverageMeters:
    widget = CoverageMeters(packs.packs)
    qtbot.addWidget(widget)
    widget.set_coverage(result.coverage)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_one_meter_per_pack_with_count_and_share(
    meters: CoverageMeters, result: CheckResult
) -> None:
    assert list(meters.meters) == [c.pack for c in result.coverage]
    texts = meters.texts()
    eu = next(c for c in result.coverage if c.pack == "eu-ai-act")
    expected = f"AI Act {eu.satisfied} in place · {eu.planned} planned of {eu.applicable}"
    assert expected in texts
    assert texts[0].startswith("Structure ")
    bar = meters.meters["eu-ai-act"].bar
    assert (bar.value(), bar.maximum()) == (eu.satisfied, eu.applicable)


def test_tooltip_breaks_nist_down_by_function(meters: CoverageMeters, result: CheckResult) -> None:
    nist = next(c for c in result.coverage if c.pack == "nist-ai-rmf")
    tip = meters.meters["nist-ai-rmf"].button.toolTip()
    for function in ("Govern", "Map", "Measure", "Manage"):
        done, total = nist.groups[function]
        assert f"{function}: {done} of {total}" in tip


def test_a_pack_with_no_applicable_rule_says_so() -> None:
    empty = PackCoverage(pack="gdpr", title="GDPR — personal data", applicable=0, satisfied=0)
    assert meter_text(empty, "GDPR") == "GDPR: no rule applies"
    assert "0 of 0" in meter_tooltip(empty)


def test_recheck_updates_in_place_and_new_selection_rebuilds(
    meters: CoverageMeters, result: CheckResult
) -> None:
    eu_meter = meters.meters["eu-ai-act"]
    better = tuple(
        c.model_copy(update={"satisfied": c.applicable, "planned": 0})
        if c.pack == "eu-ai-act"
        else c
        for c in result.coverage
    )
    meters.set_coverage(better)
    assert meters.meters["eu-ai-act"] is eu_meter
    n = next(c.applicable for c in result.coverage if c.pack == "eu-ai-act")
    assert eu_meter.text.endswith(f" {n} in place · 0 planned of {n}")
    meters.set_coverage(result.coverage[:2])
    assert list(meters.meters) == [c.pack for c in result.coverage[:2]]
    meters.set_coverage(())
    assert not meters.isVisible()


def test_clicking_a_meter_asks_for_its_pack(meters: CoverageMeters, qtbot: QtBot) -> None:
    button = meters.meters["gdpr"].button
    with qtbot.waitSignal(meters.pack_activated) as blocker:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["gdpr"]
    button.setFocus()
    with qtbot.waitSignal(meters.pack_activated) as blocker:
        QTest.keyClick(button, Qt.Key.Key_Space)
    assert blocker.args == ["gdpr"]


def test_every_visible_widget_has_an_accessible_name(meters: CoverageMeters) -> None:
    assert unnamed_widgets(meters) == []
    assert "AI Act" in meters.accessibleDescription()

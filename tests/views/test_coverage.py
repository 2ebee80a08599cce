"""Coverage meters on the demo strategies' real check results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.checker import Checker, PackSet, load_packs
from app.demo import build_demo
from app.resources import ContentLibrary
from models.findings import CheckResult, PackCoverage
from tests.views.a11y_helpers import unnamed_widgets
from views.widgets.coverage import (
    BAR_HEIGHT,
    CoverageBar,
    CoverageMeters,
    meter_text,
    meter_tooltip,
)


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
    assert bar.segments() == (eu.satisfied, eu.planned, eu.applicable)


def test_the_bar_shows_in_place_solid_and_planned_hatched(qtbot: QtBot) -> None:
    bar = CoverageBar()
    qtbot.addWidget(bar)
    bar.resize(322, BAR_HEIGHT)
    bar.set_counts(8, 16, 32)
    with qtbot.waitExposed(bar):
        bar.show()
    solid = bar.in_place.palette().window()
    hatched = bar.planned.palette().window()
    assert solid.style() == Qt.BrushStyle.SolidPattern
    assert hatched.style() == Qt.BrushStyle.BDiagPattern  # a texture, not only a colour
    assert solid.color() == hatched.color()
    # Widths follow the counts: a quarter in place, half planned, a quarter empty.
    inner = bar.contentsRect().width()
    assert abs(bar.in_place.width() - inner / 4) <= 2
    assert abs(bar.planned.width() - inner / 2) <= 2
    assert abs(bar.rest.width() - inner / 4) <= 2
    assert bar.in_place.geometry().right() < bar.planned.geometry().left() + 1


def test_a_board_of_planned_cards_never_looks_complete(qtbot: QtBot) -> None:
    planned = PackCoverage(pack="gdpr", title="GDPR", applicable=12, satisfied=0, planned=12)
    meters = CoverageMeters({})
    qtbot.addWidget(meters)
    meters.set_coverage((planned,))
    with qtbot.waitExposed(meters):
        meters.show()
    meter = meters.meters["gdpr"]
    assert meter.text == "GDPR 0 in place · 12 planned of 12"
    assert meter.bar.segments() == (0, 12, 12)
    assert not meter.bar.in_place.isVisible() and meter.bar.planned.isVisible()
    assert "0 of 12 rules in force are met by practices in place (0%)" in meter.button.toolTip()
    full = planned.model_copy(update={"satisfied": 12, "planned": 0})
    meters.set_coverage((full,))
    assert meter.bar.in_place.isVisible() and not meter.bar.planned.isVisible()


def test_tooltip_names_upcoming_rules_and_the_version() -> None:
    coverage = PackCoverage(
        pack="eu-ai-act",
        title="EU AI Act",
        applicable=20,
        satisfied=5,
        planned=3,
        upcoming=12,
        version="Regulation (EU) 2024/1689",
    )
    tip = meter_tooltip(coverage)
    assert "12 more rules are upcoming" in tip
    assert "Version: Regulation (EU) 2024/1689" in tip
    assert meter_text(coverage, "AI Act") == "AI Act 5 in place · 3 planned of 20"
    labelled = coverage.model_copy(update={"version_label": "Règlement (UE) 2024/1689"})
    assert "Version: Règlement (UE) 2024/1689" in meter_tooltip(labelled)


def test_meters_turn_compact_when_the_words_do_not_fit(
    qtbot: QtBot, packs: PackSet, result: CheckResult
) -> None:
    # In a status bar (here: a plain parent) the meters get what room there is.
    bar = QWidget()
    qtbot.addWidget(bar)
    meters = CoverageMeters(packs.packs)
    meters.setParent(bar)
    meters.set_coverage(result.coverage)
    bar.resize(3000, 60)
    with qtbot.waitExposed(bar):
        bar.show()
    meters.resize(meters.sizeHint())
    assert not any(m.compact for m in meters.meters.values())
    eu = meters.meters["eu-ai-act"]
    assert eu.button.text() == eu.text
    meters.resize(meters.sizeHint().width() // 2, meters.height())
    assert all(m.compact for m in meters.meters.values())
    cov = next(c for c in result.coverage if c.pack == "eu-ai-act")
    assert eu.button.text() == f"AI Act ●{cov.satisfied} ○{cov.planned} of {cov.applicable}"
    # The words stay where a screen reader and a tooltip find them.
    assert eu.button.accessibleName() == eu.text and " in place · " in eu.text
    meters.resize(meters.sizeHint())
    assert eu.button.text() == eu.text


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

"""The rubric form: levels by keyboard and mouse, comments, evidence beside criteria."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.demo import DemoBundle
from app.resources import ContentLibrary
from app.review.rubrics import load_rubrics
from models.findings import CheckResult
from models.review import Rubric, RubricSheet
from models.strategy import Strategy
from models.vocabulary import FindingState
from tests.views.facilitator.a11y import unnamed_widgets
from views.facilitator.rubric_form import RubricForm

Check = Callable[[Strategy], CheckResult]


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    found = load_rubrics().get()
    assert found is not None
    return found


def _form(
    qtbot: QtBot, rubric: Rubric, strategy: Strategy, **kwargs: object
) -> tuple[RubricForm, list[RubricSheet]]:
    form = RubricForm(rubric, strategy, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(form)
    sheets: list[RubricSheet] = []
    form.sheet_changed.connect(sheets.append)
    form.resize(1200, 900)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form, sheets


def test_levels_chosen_by_keyboard_give_a_sheet_with_exact_scores(
    qtbot: QtBot, rubric: Rubric, demo: DemoBundle
) -> None:
    strategy = demo.strategies[0]
    form, sheets = _form(qtbot, rubric, strategy)
    first, second, third = (rubric.criteria[i].key for i in range(3))
    radio = form.boxes[first].radios[1]
    radio.setFocus()
    QTest.keyClick(radio, Qt.Key.Key_3)  # digits choose a level
    assert form.boxes[first].radios[3].hasFocus()
    form.boxes[second].radios[1].setFocus()
    QTest.keyClick(form.boxes[second].radios[1], Qt.Key.Key_Space)  # space selects
    QTest.keyClick(form.boxes[second].radios[1], Qt.Key.Key_Down)  # arrows move and select
    QTest.keyClick(form.boxes[second].radios[2], Qt.Key.Key_Down)
    form.boxes[third].radios[4].setFocus()
    QTest.keyClick(form.boxes[third].radios[4], Qt.Key.Key_4)
    sheet = sheets[-1]
    assert sheet.levels == {first: 3, second: 3, third: 4}
    assert sheet.strategy_id == strategy.id and sheet.rubric_key == rubric.key
    assert sheet.rubric_version == rubric.version
    assert form.progress.text() == f"3 of {len(rubric.criteria)} criteria scored · mean level 3.3"


def test_comment_is_kept_with_the_score_and_clear_removes_it(
    qtbot: QtBot, rubric: Rubric, demo: DemoBundle
) -> None:
    form, sheets = _form(qtbot, rubric, demo.strategies[0])
    key = rubric.criteria[0].key
    box = form.boxes[key]
    assert not box.comment.isEnabled()  # no comment without a level
    QTest.mouseClick(box.radios[2], Qt.MouseButton.LeftButton)
    assert box.comment.isEnabled()
    box.comment.setPlainText("Links are sparse between evaluate and deploy.")
    with qtbot.waitSignal(form.sheet_changed, timeout=3000):
        pass
    score = sheets[-1].score_for(key)
    assert score is not None and (score.level, score.comment) == (
        2,
        "Links are sparse between evaluate and deploy.",
    )
    box.clear_button.click()
    assert sheets[-1].score_for(key) is None
    assert box.group.checkedId() == -1 and not box.comment.isEnabled()


def test_clicking_a_descriptor_chooses_its_level(
    qtbot: QtBot, rubric: Rubric, demo: DemoBundle
) -> None:
    form, sheets = _form(qtbot, rubric, demo.strategies[0])
    key = rubric.criteria[1].key
    QTest.mouseClick(form.boxes[key].descriptors[4], Qt.MouseButton.LeftButton)
    assert sheets[-1].levels == {key: 4}


def test_a_stored_sheet_is_shown_and_continued(
    qtbot: QtBot, rubric: Rubric, demo: DemoBundle
) -> None:
    from app.review.scoring import new_sheet, set_score

    strategy = demo.strategies[0]
    stored = set_score(new_sheet(strategy.id, rubric), rubric, rubric.criteria[0].key, 1, "thin")
    form, sheets = _form(qtbot, rubric, strategy, sheet=stored)
    box = form.boxes[rubric.criteria[0].key]
    assert box.group.checkedId() == 1 and box.comment.toPlainText() == "thin"
    form.boxes[rubric.criteria[1].key].radios[2].click()
    assert sheets[-1].id == stored.id
    assert sheets[-1].levels == {rubric.criteria[0].key: 1, rubric.criteria[1].key: 2}


def test_a_sheet_of_another_strategy_is_refused(
    qtbot: QtBot, rubric: Rubric, demo: DemoBundle
) -> None:
    from app.review.scoring import new_sheet

    with pytest.raises(ValueError, match="another strategy"):
        RubricForm(rubric, demo.strategies[0], sheet=new_sheet(demo.strategies[1].id, rubric))


def test_read_only_form_cannot_change_the_sheet(
    qtbot: QtBot, rubric: Rubric, demo: DemoBundle
) -> None:
    form, sheets = _form(qtbot, rubric, demo.strategies[0], read_only=True)
    box = form.boxes[rubric.criteria[0].key]
    QTest.mouseClick(box.radios[3], Qt.MouseButton.LeftButton)
    QTest.keyClick(box, Qt.Key.Key_2)
    assert sheets == [] and form.sheet.scores == ()


def test_checker_results_appear_beside_the_criteria_they_inform(
    qtbot: QtBot,
    rubric: Rubric,
    demo: DemoBundle,
    checker: Check,
    library: ContentLibrary,
) -> None:
    strategy = demo.strategies[0]
    titles = {key: cap.title for key, cap in library.capabilities.items()}
    form, _ = _form(qtbot, rubric, strategy, capability_titles=titles)
    assert form.boxes[rubric.criteria[0].key].evidence.text() == (
        "The strategy has not been checked yet."
    )
    result = checker(strategy)
    form.set_result(result)
    feedback = form.boxes["feedback-loop"].evidence.text()
    regulatory = form.boxes["regulatory-ethical"].evidence.text()
    for cov in result.coverage:
        if f"pack:{cov.pack}" in rubric.criterion("regulatory-ethical").informed_by:  # type: ignore[union-attr]
            assert (
                f"{cov.title}: {cov.satisfied} in place · {cov.planned} planned of "
                f"{cov.applicable} rules"
            ) in regulatory
    # Planned duties are told apart from missing ones, never counted as met.
    planned = [f for f in result.findings if f.state is FindingState.PLANNED]
    shown = regulatory + feedback
    assert any(f"○ Planned, not in place: {f.title}" in shown for f in planned)
    assert all(f"✗ Error: {f.title}" not in shown for f in planned)
    assert "rules met" not in feedback or "pack:" in str(
        rubric.criterion("feedback-loop").informed_by  # type: ignore[union-attr]
    )
    # A capability the strategy lacks is named as missing, in words.
    has = {c for card in strategy.cards.values() for c in card.capabilities}
    for key in rubric.criterion("regulatory-ethical").informed("capability"):  # type: ignore[union-attr]
        line = f"{titles[key]}: no card provides it"
        assert (line in regulatory) is (key not in has)


def test_every_visible_widget_has_an_accessible_name(
    qtbot: QtBot, rubric: Rubric, demo: DemoBundle
) -> None:
    form, _ = _form(qtbot, rubric, demo.strategies[0])
    assert unnamed_widgets(form) == []


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 4)), max_size=12))
def test_any_sequence_of_choices_leaves_the_last_level_per_criterion(
    qtbot: QtBot, rubric: Rubric, demo: DemoBundle, choices: list[tuple[int, int]]
) -> None:
    form = RubricForm(rubric, demo.strategies[0])
    qtbot.addWidget(form)
    expected: dict[str, int] = {}
    for index, level in choices:
        key = rubric.criteria[index % len(rubric.criteria)].key
        box = form.boxes[key]
        if level == 0:
            box.clear_button.click()
            expected.pop(key, None)
        else:
            QTest.keyClick(box, Qt.Key(Qt.Key.Key_0.value + level))
            expected[key] = level
    assert form.sheet.levels == expected
    assert all(1 <= s.level <= 4 for s in form.sheet.scores)
    for key, box in form.boxes.items():
        assert box.group.checkedId() == expected.get(key, -1)

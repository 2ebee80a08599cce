"""The profile editor, the guided questionnaire and the pack selector, on shipped content."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.checker import PackSet, load_packs, suggest_packs
from app.checker.questionnaire import QUESTIONS_BY_ID, Answer, assess
from app.demo import build_demo
from app.resources import ContentLibrary
from models.profile import Profile
from models.vocabulary import Annex3Area, ImpactLevel, Jurisdiction
from tests.strategies.domain import profiles
from tests.views.a11y_helpers import unnamed_widgets
from views.dialogs.packs import PackSelector
from views.dialogs.profile import ProfileDialog, ProfileEditor, ProfilePanel
from views.dialogs.questionnaire import profile_changes

ANSWERS: dict[str, Answer] = {
    "personal_data": True,
    "special_category": True,
    "profiling": True,
    "decisions": True,
    "effect": True,
    "human_role": "none",
    "principal_basis": True,
    "reversibility": "hard",
    "vulnerable": True,
    "scale": "many",
    "public_facing": False,
    "generative": False,
    "jurisdictions": ("eu", "uk"),
    "annex3_area": "essential-services",
    "ai_act_role": "deployer",
}


@pytest.fixture(scope="module")
def packs(library: ContentLibrary) -> PackSet:
    return load_packs(capabilities=library.capabilities)


def test_editor_round_trips_every_profile_exactly(qtbot: QtBot) -> None:
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    emitted: list[object] = []
    editor.profile_edited.connect(lambda old, new: emitted.append((old, new)))

    @settings(max_examples=60, deadline=None)
    @given(profiles)
    def round_trip(profile: Profile) -> None:
        editor.set_profile(profile)
        assert editor.profile() == profile

    round_trip()
    assert emitted == [], "loading a profile must not look like an edit"


def test_editor_round_trips_the_shipped_scenario_profiles(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    for scenario in library.scenarios.values():
        editor.set_profile(scenario.profile)
        assert editor.profile() == scenario.profile, scenario.key


def test_each_edit_emits_old_and_new(qtbot: QtBot, library: ContentLibrary) -> None:
    start = build_demo(library).strategies[1].profile
    editor = ProfileEditor(start)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.profile_edited) as blocker:
        editor.flags["generative"].click()
    old, new = blocker.args
    assert old == start and new == start.model_copy(update={"generative": not start.generative})
    with qtbot.waitSignal(editor.profile_edited) as blocker:
        editor.jurisdictions[Jurisdiction.EU].click()
    old, new = blocker.args
    assert set(new.jurisdictions) ^ set(old.jurisdictions) == {Jurisdiction.EU}
    with qtbot.waitSignal(editor.profile_edited) as blocker:
        editor.impact_level.setCurrentIndex(editor.impact_level.findData(4))
    assert blocker.args[1].impact_level is ImpactLevel.IV
    with qtbot.waitSignal(editor.profile_edited) as blocker:
        editor.annex3_area.setCurrentIndex(editor.annex3_area.findData("migration"))
    assert blocker.args[1].annex3_area is Annex3Area.MIGRATION
    assert editor.profile() == blocker.args[1]


def test_every_field_has_a_label_and_description(qtbot: QtBot) -> None:
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    for name in Profile.model_fields:
        found = editor.flags.get(name) or getattr(editor, name, None)
        widgets = list(found.values()) if isinstance(found, dict) else [found]
        assert widgets and None not in widgets, name
        for widget in widgets:
            assert widget is not None
            assert widget.accessibleName() and widget.accessibleDescription(), name


def test_questionnaire_shows_follow_ups_only_when_relevant(qtbot: QtBot) -> None:
    panel = ProfilePanel({}, Profile())
    qtbot.addWidget(panel)
    panel.setCurrentWidget(panel.questionnaire)
    with qtbot.waitExposed(panel):
        panel.show()
    page = panel.questionnaire
    assert not page.rows["special_category"].isVisible()
    assert not page.rows["annex3_area"].isVisible()
    page.set_answers({"personal_data": True, "jurisdictions": ("eu",)})
    assert page.rows["special_category"].isVisible()
    assert page.rows["annex3_area"].isVisible()
    assert not page.rows["effect"].isVisible()


def test_questionnaire_applies_what_it_says(qtbot: QtBot) -> None:
    base = Profile()
    panel = ProfilePanel({}, base)
    qtbot.addWidget(panel)
    page = panel.questionnaire
    page.set_answers(ANSWERS)
    assert page.answers() == ANSWERS
    expected = assess(ANSWERS, base)
    shown = [page.reasons.item(i).text() for i in range(page.reasons.count())]
    assert shown == list(expected.reasons)
    assert f"Impact level {expected.profile.impact_level.roman}" in page.verdict.text()
    for line in profile_changes(base, expected.profile):
        assert line in page.changes.text()
    with qtbot.waitSignal(panel.profile_edited) as blocker:
        QTest.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [base, expected.profile]
    assert panel.editor.profile() == expected.profile
    assert expected.profile.solely_automated and expected.profile.eu_high_risk
    # Applied, nothing left to change.
    assert not page.apply_button.isEnabled()


def test_questionnaire_keeps_unanswered_facts(qtbot: QtBot) -> None:
    base = Profile(generative=True, jurisdictions=(Jurisdiction.CANADA,))
    panel = ProfilePanel({}, base)
    qtbot.addWidget(panel)
    page = panel.questionnaire
    page.set_answers({"scale": "population"})
    result = page.assessment()
    assert result is not None
    assert result.profile.generative and result.profile.jurisdictions == (Jurisdiction.CANADA,)
    assert any(line.startswith("Scale:") for line in result.reasons)
    assert set(QUESTIONS_BY_ID) >= set(ANSWERS)


def test_pack_selector_lists_versions_dates_and_broken_packs(
    qtbot: QtBot, library: ContentLibrary, tmp_path: Path
) -> None:
    (tmp_path / "agency.toml").write_text(
        'key = "agency"\ntitle = "Agency pack"\ninstrument = "x"\nversion = "1"\n'
        'effective = 2025-01-01\n[[rule]]\nid = "a"\ntitle = "A"\ncitation = "s. 1"\n'
        'requires = { kind = "present", capability = "no-such-capability" }\n',
        encoding="utf-8",
    )
    loaded = load_packs([tmp_path], capabilities=library.capabilities)
    assert loaded.problems
    selector = PackSelector(loaded, ("gdpr", "retired-pack"), Profile())
    qtbot.addWidget(selector)
    texts = [selector.list.item(i).text() for i in range(selector.list.count())]
    gdpr = loaded.packs["gdpr"]
    assert any(gdpr.version in t and gdpr.effective.isoformat() in t for t in texts)
    assert any(t.startswith(gdpr.title) and "shipped (verified)" in t for t in texts)
    broken = next(
        selector.list.item(i) for i, t in enumerate(texts) if t.startswith("Could not load agency")
    )
    assert "no-such-capability" in broken.text()
    assert not broken.flags() & Qt.ItemFlag.ItemIsEnabled
    assert any(t.startswith("retired-pack\nnot installed") for t in texts)
    assert selector.selected() == ("gdpr", "retired-pack")


def test_pack_selector_shows_each_version_in_the_language_loaded(qtbot: QtBot) -> None:
    from app.i18n import speaking

    english, french = load_packs(lang="en"), load_packs(lang="fr")
    with speaking("fr"):
        selector = PackSelector(french, ("gdpr",), Profile())
    qtbot.addWidget(selector)
    texts = "\n".join(selector.list.item(i).text() for i in range(selector.list.count()))
    for key, pack in english.packs.items():
        assert french.packs[key].version_label in texts, key
        assert pack.version not in texts, key


def test_pack_selector_emits_old_and_new_selection(qtbot: QtBot, packs: PackSet) -> None:
    profile = build_demo_profile()
    selector = PackSelector(packs, ("gdpr",), profile)
    qtbot.addWidget(selector)
    with qtbot.waitSignal(selector.packs_edited) as blocker:
        selector.set_checked("nist-ai-rmf", True)
    assert blocker.args == [("gdpr",), ("gdpr", "nist-ai-rmf")]
    with qtbot.waitSignal(selector.packs_edited) as blocker:
        QTest.mouseClick(selector.suggest_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [("gdpr", "nist-ai-rmf"), suggest_packs(profile, packs.packs)]
    with qtbot.assertNotEmitted(selector.packs_edited):
        selector.set_selected(("oecd-ethics",))
    assert selector.selected() == ("oecd-ethics",)


def build_demo_profile() -> Profile:
    return Profile(
        personal_data=True,
        decisions_about_individuals=True,
        legal_effect=True,
        jurisdictions=(Jurisdiction.EU,),
        annex3_area=Annex3Area.ESSENTIAL_SERVICES,
    )


def test_every_visible_widget_has_an_accessible_name(
    qtbot: QtBot, packs: PackSet, library: ContentLibrary
) -> None:
    strategy = build_demo(library).strategies[0]
    dialog = ProfileDialog(packs, strategy.profile, strategy.packs)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    for index in range(dialog.panel.count()):
        dialog.panel.setCurrentIndex(index)
        dialog.panel.questionnaire.set_answers(ANSWERS)
        assert unnamed_widgets(dialog) == [], dialog.panel.tabText(index)


def test_wired_profile_and_pack_edits_are_undoable(
    qtbot: QtBot, library: ContentLibrary, packs: PackSet
) -> None:
    from tests.views.wiring import Wiring

    strategy = build_demo(library).strategies[1]
    wiring = Wiring(strategy.model_copy(deep=True), library, packs)
    panel = wiring.profile
    qtbot.addWidget(panel)
    start = wiring.document.strategy.profile
    panel.editor.jurisdictions[Jurisdiction.EU].click()
    assert Jurisdiction.EU in wiring.document.strategy.profile.jurisdictions
    panel.packs.set_checked("eu-ai-act", True)
    assert "eu-ai-act" in wiring.document.strategy.packs
    assert "eu-ai-act" in [c.pack for c in wiring.result.coverage]
    wiring.stack.undo()
    assert "eu-ai-act" not in wiring.document.strategy.packs
    assert panel.packs.selected() == wiring.document.strategy.packs
    wiring.stack.undo()
    assert wiring.document.strategy.profile == start
    assert panel.editor.profile() == start


def test_facts_come_in_groups_with_the_date_first(qtbot: QtBot) -> None:
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    boxes = [b for b in editor.findChildren(QGroupBox) if b.parent() is not None]
    titles = [b.title() for b in boxes]
    assert titles[:4] == [
        "Check the law as it stands on",
        "Scope",
        "Decisions about people",
        "Data",
    ]
    assert "EU AI Act: exemption and prohibitions" in titles

    def group_of(widget: QWidget) -> str:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QGroupBox):
            parent = parent.parentWidget()
        assert parent is not None
        return parent.title()

    assert {
        group_of(editor.flags[n]) for n in ("ai_system", "public_authority", "public_service")
    } == {"Scope"}
    assert {
        group_of(editor.flags[n]) for n in ("flags_for_investigation", "vulnerable_groups")
    } == {"Decisions about people"}
    assert group_of(editor.flags["personal_data"]) == "Data"
    assert group_of(editor.flags["art6_3_derogation"]) == "EU AI Act: exemption and prohibitions"
    for practice in editor.prohibited_practices.values():
        assert group_of(practice) == "EU AI Act: exemption and prohibitions"


def test_clicking_a_facts_wrapped_text_ticks_it(qtbot: QtBot) -> None:
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    box = editor.flags["flags_for_investigation"]
    label = next(w for w in editor.findChildren(QLabel) if w.buddy() is box)
    assert label.wordWrap()
    with qtbot.waitSignal(editor.profile_edited) as blocker:
        QTest.mouseClick(label, Qt.MouseButton.LeftButton)
    assert blocker.args[1].flags_for_investigation and box.isChecked()


def test_every_fact_is_reachable_by_keyboard(qtbot: QtBot) -> None:
    editor = ProfileEditor(Profile(as_of=dt.date(2027, 12, 2)))
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    wanted: list[QWidget] = [
        editor.as_of_today,
        editor.as_of,
        *editor.flags.values(),
        *editor.jurisdictions.values(),
        editor.impact_level,
        editor.annex3_area,
        editor.ai_act_role,
        *editor.prohibited_practices.values(),
    ]
    editor.as_of_today.setFocus()
    reached: set[int] = set()
    widget: QWidget | None = editor.as_of_today
    for _ in range(200):
        assert widget is not None
        reached.add(id(widget))
        widget = widget.nextInFocusChain()
    missing = [w.accessibleName() for w in wanted if id(w) not in reached]
    assert missing == []
    for widget in wanted:
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.accessibleName()
        assert widget.objectName() and widget.accessibleName()


def test_the_law_date_with_a_today_box(qtbot: QtBot) -> None:
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    assert editor.as_of_today.isChecked() and not editor.as_of.isEnabled()
    with qtbot.waitSignal(editor.profile_edited) as blocker:
        editor.as_of_today.click()
    assert blocker.args[1].as_of == dt.date.today() and editor.as_of.isEnabled()
    assert not editor.as_of.keyboardTracking(), "one edit per finished date, not per keystroke"
    with qtbot.waitSignal(editor.profile_edited) as blocker:
        editor.as_of.setDate(QDate(2027, 12, 2))
    assert blocker.args[1].as_of == dt.date(2027, 12, 2)
    with qtbot.waitSignal(editor.profile_edited) as blocker:
        editor.as_of_today.click()
    assert blocker.args[1].as_of is None and not editor.as_of.isEnabled()


def test_questionnaire_and_pack_list_say_which_packs_apply_and_why(
    qtbot: QtBot, packs: PackSet
) -> None:
    panel = ProfilePanel(packs, Profile())
    qtbot.addWidget(panel)
    page = panel.questionnaire
    rules_engine: dict[str, Answer] = {
        "ai_system": False,
        "public_authority": True,
        "personal_data": True,
        "decisions": True,
        "jurisdictions": ["eu"],
    }
    page.set_answers(rules_engine)
    lines = [page.scope.item(i).text() for i in range(page.scope.count())]
    assert len(lines) == len(packs.packs)
    eu = next(line for line in lines if line.startswith(packs.packs["eu-ai-act"].title + ":"))
    assert "✗ Does not apply" in eu and "not an AI system" in eu
    gdpr = next(line for line in lines if line.startswith(packs.packs["gdpr"].title + ":"))
    assert "✓ Applies" in gdpr and "used in the EU" in gdpr
    assert page.scope.accessibleName() == "Rule packs that apply"
    # The Rule packs tab gives the same reason under each pack.
    panel.set_profile(page.assessment().profile)  # type: ignore[union-attr]
    texts = [panel.packs.list.item(i).text() for i in range(panel.packs.list.count())]
    assert any("not an AI system" in t for t in texts)

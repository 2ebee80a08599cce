"""Cases from history: the checker names the practice that failed, as run and as documented.

Six documented public-sector failures, each encoded twice (``app.checker.history_cases``):
as the system was run, and as its owners documented it with the nominal practices (an
appeal route planned, a review after the fact, a review by the builders, a one-off
evaluation). For both, every practice the sources name as failing is flagged — missing
or only planned — and the golden set records the verdicts.
"""

from __future__ import annotations

import json

import pytest

from app.checker import Checker, PackSet
from app.checker.golden import EXPECTED_FILE, GOLDEN_DIR
from app.checker.history import DOCUMENTED, RUN, build
from app.checker.history_cases import CASES
from app.resources import ContentLibrary
from models.findings import Finding
from models.vocabulary import FindingState, Status

FLAGGED = {FindingState.OPEN, FindingState.PLANNED}
EXPECTED = json.loads((GOLDEN_DIR / EXPECTED_FILE).read_text(encoding="utf-8"))


def test_six_failures_twice_each() -> None:
    assert len(CASES) == 6
    assert len({case.key for case in CASES}) == 6
    for case in CASES:
        for version in (RUN, DOCUMENTED):
            assert f"history-{case.key}-{version}" in EXPECTED


@pytest.mark.parametrize("version", [RUN, DOCUMENTED])
@pytest.mark.parametrize("case", CASES, ids=[c.key for c in CASES])
def test_the_checker_names_the_practice_that_failed(
    shipped: PackSet, library: ContentLibrary, case: object, version: str
) -> None:
    from app.checker.history import HistoryCase

    assert isinstance(case, HistoryCase)
    strategy = build(case, version, library)
    result = Checker(shipped, library, library.capabilities).check(strategy)
    states: dict[str, Finding] = {}
    for finding in result.findings:
        if finding.practice in case.failing and finding.state in FLAGGED:
            states.setdefault(finding.practice, finding)
    missing = set(case.failing) - set(states)
    assert not missing, f"{case.key} {version}: the checker does not flag {sorted(missing)}"
    recorded = EXPECTED[f"history-{case.key}-{version}"]["failing_practices"]
    assert recorded == {p: states[p].state.value for p in case.failing}
    for practice, finding in states.items():
        assert finding.citation, f"{practice}: a finding a user reads cites its source"


@pytest.mark.parametrize("case", CASES, ids=[c.key for c in CASES])
def test_as_documented_names_the_practices_on_paper(case: object) -> None:
    """The documented board really carries the nominal practices the failure hid behind."""
    from app.checker.history import HistoryCase

    assert isinstance(case, HistoryCase)
    run = {spec.id for spec in case.run.cards}
    added = [spec for spec in case.documented.cards if spec.id not in run]
    assert added, "the documented version adds the practices the owners wrote down"
    kinds = {
        "planned": any(s.status is not Status.IN_PLACE for s in added),
        "nominal": any(s.status is Status.IN_PLACE for s in added),
    }
    assert kinds["nominal"], "at least one practice is on paper as in place"


def test_the_full_boards_still_pass() -> None:
    for name, record in EXPECTED.items():
        if name.endswith("-full"):
            assert record["findings"] == [], name

"""Exporting every strategy of the demo workshop into a folder, with the coverage index."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checker.engine import Checker
from app.checker.packs import load_packs
from app.demo import build_demo
from app.export.batch import (
    INDEX_NAME,
    PLAN_SUFFIX,
    PRESENTATION_SUFFIX,
    BatchError,
    BatchResult,
    export_workshop,
    slug,
)
from app.export.checked import long_date
from models.vocabulary import FindingState
from tests.app.export.conftest import EXPORTED_AT, all_text, library, outline_titles, read_pdf


def _export(folder: Path, **options: object) -> BatchResult:
    lib = library()
    demo = build_demo(lib)
    checker = Checker(load_packs(capabilities=lib.capabilities), lib, lib.capabilities)
    scenarios = {s.key: s for s in demo.scenarios}
    return export_workshop(
        demo.workshop,
        demo.strategies,
        scenarios,
        lib,
        folder,
        checker=checker.check,
        exported_at=EXPORTED_AT,
        **options,  # type: ignore[arg-type]
    )


def test_demo_workshop_exports_one_file_per_team_and_an_index(tmp_path: Path) -> None:
    result = _export(tmp_path, markdown=True, csv=True)
    demo = build_demo(library())
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([INDEX_NAME, *(p.name for p in result.files)])
    assert len(result.files) == 4 * len(demo.strategies)
    pdfs = [p for p in tmp_path.glob("*.pdf") if p.name != INDEX_NAME]
    assert len(pdfs) == 2 * len(demo.strategies)
    for team in demo.workshop.teams:
        assert any(p.name.startswith(slug(team.name)) for p in pdfs)
    for strategy in demo.strategies:
        talk = next(p for p in pdfs if slug(strategy.name) in p.name and "-presentation" in p.name)
        plan = talk.with_name(talk.name.replace(PRESENTATION_SUFFIX, PLAN_SUFFIX))
        reader = read_pdf(talk)
        assert strategy.name in all_text(reader)
        assert "The board" in outline_titles(reader)
        assert "Lifecycle canvas" in outline_titles(read_pdf(plan))
        stem = talk.name.removesuffix(PRESENTATION_SUFFIX)
        assert (tmp_path / f"{stem}.md").is_file()
        assert (tmp_path / f"{stem}.csv").is_file()


def test_index_is_one_page_with_every_team_and_its_coverage(tmp_path: Path) -> None:
    _export(tmp_path)
    demo = build_demo(library())
    reader = read_pdf(tmp_path / INDEX_NAME)
    assert len(reader.pages) == 1
    text = all_text(reader)
    squeezed = "".join(text.split())  # table cells wrap names over lines
    assert "Coverage index" in text
    assert outline_titles(reader) == ["Coverage index — MLOps strategy workshop (demo)"]
    for team in demo.workshop.teams:
        assert "".join(team.name.split()) in squeezed
    for strategy in demo.strategies:
        assert "".join(strategy.name.split()) in squeezed
    assert "%" in text  # at least one coverage figure


def test_plans_in_letter(tmp_path: Path) -> None:
    from app.export.bundle import PageSize

    _export(tmp_path, page_size=PageSize.LETTER)
    for pdf in [*tmp_path.glob("*-plan.pdf"), tmp_path / INDEX_NAME]:
        box = read_pdf(pdf).pages[0].mediabox
        assert sorted((round(float(box.width)), round(float(box.height)))) == [612, 792]


def test_unknown_scenario_is_refused_before_writing(tmp_path: Path) -> None:
    lib = library()
    demo = build_demo(lib)
    with pytest.raises(BatchError, match="scenario"):
        export_workshop(
            demo.workshop,
            demo.strategies,
            {},
            lib,
            tmp_path,
            checker=lambda s: None,
            exported_at=EXPORTED_AT,
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Team Kōwhai", "team-kowhai"),
        ("../../etc/passwd", "etc-passwd"),
        ("🚀", ""),
        ("A  B", "a-b"),
    ],
)
def test_slug_is_file_name_safe(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_index_states_the_law_date_pack_versions_and_planned(tmp_path: Path) -> None:
    result = _export(tmp_path)
    squeezed = "".join(all_text(read_pdf(tmp_path / INDEX_NAME)).split())
    checks = [row.check for row in result.rows if row.check is not None]
    assert checks
    for check in checks:
        assert check.checked_on is not None
        assert "".join(f"Law as of {long_date(check.checked_on)}".split()) in squeezed
        for cov in check.coverage:
            if cov.version_label:
                assert "".join(f"{cov.title} (version {cov.version_label}".split()) in squeezed
            if cov.sha256:
                assert f"sha256{cov.sha256[:12]}" in squeezed, "the pack's hash is recorded"
            if cov.planned and cov.applicable:
                assert f"({cov.satisfied}/{cov.applicable})+{cov.planned}planned" in squeezed
    assert any(row.planned for row in result.rows), "the demo board has planned cards"
    for row in result.rows:
        assert row.check is not None
        assert row.planned == sum(f.state is FindingState.PLANNED for f in row.check.gaps)

"""The full plan, the coverage index and the facilitator report are tagged PDF.

Read back with pypdf: the catalog marks the file as tagged, names its language
and shows its title; every page is in the structure's parent tree and tabs in
structure order; every glyph and every painted path sits in marked content —
either a structure element's (with an MCID the parent tree knows) or an
artifact's (running headers, footers, table backgrounds); headings, lists,
tables with header cells, and figures with a text alternative are present.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.demo import build_demo
from app.export.api import render_pdf
from app.export.batch import INDEX_NAME, export_workshop
from tests.app.export.conftest import EXPORTED_AT, library, outline_titles
from tests.app.export.test_rendering import _checker, _scored_demo_report, demo_bundles

SHOWS = {b"Tj", b"TJ", b"'", b'"'}
PAINTS = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"sh", b"Do"}


def _plan() -> PdfReader:
    bundle = max(demo_bundles(), key=lambda b: len(b.strategy.cards))
    out = io.BytesIO()
    render_pdf(bundle, out, handout=True)
    return PdfReader(io.BytesIO(out.getvalue()))


def _index(tmp_path: Path) -> PdfReader:
    demo = build_demo(library())
    export_workshop(
        demo.workshop,
        demo.strategies,
        {s.key: s for s in demo.scenarios},
        library(),
        tmp_path,
        checker=_checker().check,
        exported_at=EXPORTED_AT,
    )
    return PdfReader(tmp_path / INDEX_NAME)


def _documents(tmp_path: Path) -> dict[str, PdfReader]:
    return {
        "plan": _plan(),
        "index": _index(tmp_path),
        "report": PdfReader(io.BytesIO(_scored_demo_report(tmp_path))),
    }


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, PdfReader]:
    """The three tagged documents of the demo workshop."""
    return _documents(tmp_path_factory.mktemp("tagged"))


def _root(reader: PdfReader) -> Any:
    """The document catalog (typed loosely: pypdf's objects are indexed by key)."""
    return reader.trailer["/Root"]


def _elements(root: Any) -> list[Any]:
    """Every structure element under the tree root, depth first (reading order)."""
    found: list[Any] = []
    stack = [root]
    while stack:
        node = stack.pop().get_object()
        kids = node.get("/K")
        if kids is None:
            continue
        kids = kids if isinstance(kids, list) else [kids]
        for item in reversed(kids):
            kid = item.get_object()
            if hasattr(kid, "get") and kid.get("/Type") == "/StructElem":
                found.append(kid)
                stack.append(kid)
    return found


@pytest.mark.parametrize("name", ["plan", "index", "report"])
def test_the_catalog_says_tagged_language_and_title(
    name: str, documents: dict[str, PdfReader]
) -> None:
    reader = documents[name]
    root = _root(reader)
    assert bool(root["/MarkInfo"]["/Marked"])
    assert str(root["/Lang"]) == "en"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.metadata is not None and reader.metadata.title
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<dc:title>" in xmp and "<dc:language>" in xmp
    tree = root["/StructTreeRoot"].get_object()
    assert tree["/K"][0].get_object()["/S"] == "/Document"


@pytest.mark.parametrize("name", ["plan", "index", "report"])
def test_every_glyph_and_path_is_tagged_or_an_artifact(
    name: str, documents: dict[str, PdfReader]
) -> None:
    reader = documents[name]
    tree = _root(reader)["/StructTreeRoot"].get_object()
    nums = tree["/ParentTree"].get_object()["/Nums"]
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    pages: list[Any] = list(reader.pages)
    for number, page in enumerate(pages):
        assert page["/Tabs"] == "/S"
        key = int(page["/StructParents"])
        stack: list[str] = []
        mcids: list[int] = []
        untagged: Counter[bytes] = Counter()
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"BDC":
                props = operands[1]
                if "/MCID" in props:
                    mcids.append(int(props["/MCID"]))
                    stack.append("mcid")
                else:
                    stack.append(str(operands[0]))
            elif operator == b"BMC":
                stack.append(str(operands[0]))
            elif operator == b"EMC":
                stack.pop()
            elif (operator in SHOWS or operator in PAINTS) and not stack:
                untagged[operator] += 1
        assert not untagged, f"{name} p{number + 1}: untagged {dict(untagged)}"
        assert mcids == list(range(len(mcids))), "MCIDs count up from 0 on every page"
        owners = parents[key].get_object()
        assert len(owners) == len(mcids)
        assert all(owner.get_object()["/Type"] == "/StructElem" for owner in owners)


def test_the_plan_has_headings_lists_tables_and_described_figures(
    documents: dict[str, PdfReader],
) -> None:
    reader = documents["plan"]
    tree = _root(reader)["/StructTreeRoot"].get_object()
    elements = _elements(tree)
    roles = Counter(str(e["/S"]) for e in elements)
    top = [t for t in outline_titles(reader) if not t.endswith("(continued)")]
    assert roles["/H1"] >= len(top), "every section opens with a heading"
    assert roles["/Sect"] == len(top)
    for role in ("/P", "/L", "/LI", "/LBody", "/Table", "/TR", "/TH", "/TD", "/Figure"):
        assert roles[role], role
    for element in elements:
        if element["/S"] == "/Figure":
            assert len(str(element["/Alt"])) > 20
        if element["/S"] == "/TH":
            assert element["/A"]["/Scope"] in ("/Column", "/Row")


def test_the_report_has_a_section_per_outline_entry(documents: dict[str, PdfReader]) -> None:
    reader = documents["report"]
    tree = _root(reader)["/StructTreeRoot"].get_object()
    roles = Counter(str(e["/S"]) for e in _elements(tree))
    assert roles["/Sect"] == len(outline_titles(reader))
    assert roles["/TH"] and roles["/TD"]

"""Tagged PDF (PDF/UA-style structure) from ReportLab, without a second PDF engine.

ReportLab's open-source edition writes no structure tree. These pieces add one
as the document is laid out, using only ReportLab's public canvas call
``addLiteral`` for the marked-content operators and its own PDF object classes
for the tree:

* every drawn piece of content is wrapped in a marked-content sequence with an
  MCID (``/P <</MCID 3>> BDC … EMC``) whose structure element (H1, P, LI, Table,
  TR, TH, TD, Figure with its alternative text) is appended to the tree in
  drawing order — which is reading order: the story is drawn top to bottom,
  left column before right;
* page furniture (running headers, footers, rules, table backgrounds and
  lines) is marked ``/Artifact``;
* at the end, ``Tagger.write`` builds the StructTreeRoot (Document → Sect per
  section → elements), the ParentTree that maps each page's MCIDs back to their
  elements, ``/StructParents`` and ``/Tabs /S`` on every page, ``/MarkInfo``
  and an XMP metadata stream with the title and language.

A flowable finds the tagger on its canvas (``canv.tagger``); on a canvas
without one (the presentation deck) every call here does nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus import Table as RLTable

from app.export.wrap import break_word

LIST_ROLES = ("LI",)


@dataclass(eq=False)
class Node:
    """A structure element: its role, children (nodes or marked content) and alt text."""

    role: str
    parent: Node | None = None
    kids: list[Node | MarkedContent] = field(default_factory=list)
    alt: str = ""
    attributes: dict[str, str] = field(default_factory=dict)

    def add(self, role: str, **attributes: str) -> Node:
        """A new child element at the end."""
        node = Node(role, self, attributes=dict(attributes))
        self.kids.append(node)
        return node


@dataclass(frozen=True)
class MarkedContent:
    """One marked-content sequence: the page (0-based) and its MCID there."""

    page: int
    mcid: int


class Tagger:
    """Collects the structure of one document while it is drawn, then writes it."""

    def __init__(self, title: str, lang: str = "en") -> None:
        self.title = title
        self.lang = lang
        self.root = Node("Document")
        self.section = self.root
        self.depth = 0
        self._next_mcid: dict[int, int] = {}
        self._owners: dict[int, list[Node]] = {}

    # -- while drawing ----------------------------------------------------------------------

    def open_section(self) -> Node:
        """Start a new section (a slide, a chapter) under the document."""
        self.section = self.root.add("Sect")
        return self.section

    def container(self, role: str) -> Node:
        """The element new content goes into: a list item goes into the section's open list."""
        if role in LIST_ROLES:
            last = self.section.kids[-1] if self.section.kids else None
            if isinstance(last, Node) and last.role == "L":
                return last
            return self.section.add("L")
        return self.section

    def begin(self, canv: Canvas, node: Node) -> None:
        """Open a marked-content sequence for ``node`` on the current page."""
        page = canv.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        self._owners.setdefault(page, []).append(node)
        node.kids.append(MarkedContent(page, mcid))
        role = "Span" if node.role in ("Table", "TR", "L", "LI", "Sect", "Document") else node.role
        canv.addLiteral(f"/{role} <</MCID {mcid}>> BDC")
        self.depth += 1

    def end(self, canv: Canvas) -> None:
        """Close the sequence opened by ``begin``."""
        canv.addLiteral("EMC")
        self.depth -= 1

    @contextmanager
    def artifact(self, canv: Canvas) -> Iterator[None]:
        """Mark what is drawn inside as page furniture (no structure)."""
        canv.addLiteral("/Artifact BMC")
        self.depth += 1
        try:
            yield
        finally:
            canv.addLiteral("EMC")
            self.depth -= 1

    # -- at the end -------------------------------------------------------------------------

    def write(self, canv: Canvas) -> None:
        """Add the structure tree, parent tree, page keys, MarkInfo and XMP to the document."""
        doc = canv._doc  # ReportLab's document object: the only way to add catalog entries
        pages = list(doc.Pages.pages)
        nodes: list[tuple[Node, PDFDictionary]] = []
        refs: dict[int, Any] = {}
        stack = [self.root]
        while stack:  # every element, parents before children
            node = stack.pop()
            d = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(node.role)})
            nodes.append((node, d))
            refs[id(node)] = doc.Reference(d)
            stack.extend(kid for kid in reversed(node.kids) if isinstance(kid, Node))
        tree = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        tree_ref = doc.Reference(tree)
        for node, d in nodes:
            d["P"] = tree_ref if node.parent is None else refs[id(node.parent)]
            marked = [kid for kid in node.kids if isinstance(kid, MarkedContent)]
            if len(marked) == len(node.kids) and len({m.page for m in marked}) == 1:
                # Content on one page: the common form, /Pg on the element and bare MCIDs.
                d["Pg"] = doc.Reference(pages[marked[0].page])
                d["K"] = marked[0].mcid if len(marked) == 1 else PDFArray([m.mcid for m in marked])
            elif node.kids:
                kids: list[Any] = []
                for kid in node.kids:
                    if isinstance(kid, Node):
                        kids.append(refs[id(kid)])
                    else:
                        kids.append(
                            PDFDictionary(
                                {
                                    "Type": PDFName("MCR"),
                                    "Pg": doc.Reference(pages[kid.page]),
                                    "MCID": kid.mcid,
                                }
                            )
                        )
                d["K"] = PDFArray(kids)
            if node.alt:
                d["Alt"] = PDFString(node.alt)
            if node.attributes:
                attrs = {"O": PDFName(node.attributes.get("O", "Table"))}
                attrs.update({k: PDFName(v) for k, v in node.attributes.items() if k != "O"})
                d["A"] = PDFDictionary(attrs)
        tree["K"] = PDFArray([refs[id(self.root)]])
        nums: list[Any] = []
        for index, page in enumerate(pages):
            owners = self._owners.get(index, [])
            nums += [index, PDFArray([refs[id(node)] for node in owners])]
            page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
            page.StructParents = index
            page.Tabs = PDFName("S")
        tree["ParentTree"] = doc.Reference(PDFDictionary({"Nums": PDFArray(nums)}))
        tree["ParentTreeNextKey"] = len(pages)
        catalog = doc.Catalog
        catalog.StructTreeRoot = tree
        catalog.MarkInfo = PDFDictionary({"Marked": "true"})
        catalog.Lang = PDFString(self.lang)
        catalog.Metadata = _xmp(self.title, self.lang)


def _xmp(title: str, lang: str) -> PDFStream:
    """An XMP packet with the title and language (what PDF/UA readers look for first)."""
    xml = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        xml.encode("utf-8"),
        filters=[],
    )


def tagger_of(canv: Canvas) -> Tagger | None:
    """The canvas's tagger, if the document is tagged and content is not already marked."""
    tagger: Tagger | None = getattr(canv, "tagger", None)
    if tagger is None or tagger.depth:
        return None
    return tagger


@contextmanager
def artifact(canv: Canvas) -> Iterator[None]:
    """Mark page furniture drawn inside as an artifact (no-op on an untagged canvas)."""
    tagger: Tagger | None = getattr(canv, "tagger", None)
    if tagger is None:
        yield
        return
    with tagger.artifact(canv):
        yield


def tagged_draw(flowable: Flowable, role: str, draw: Callable[[], None], alt: str = "") -> None:
    """Run ``draw`` inside a marked-content sequence for one new element of ``role``."""
    canv: Canvas = flowable.canv
    tagger = tagger_of(canv)
    if tagger is None:
        draw()
        return
    node = getattr(flowable, "_tag_node", None)
    if node is None:  # a split flowable's later part continues the element of its first
        node = tagger.container(role).add(role)
        if role == "LI":
            node = node.add("LBody")
        node.alt = alt
        flowable._tag_node = node
    tagger.begin(canv, node)
    try:
        draw()
    finally:
        tagger.end(canv)


class TaggedParagraph(Paragraph):  # type: ignore[misc] # ReportLab ships no type hints
    """A ``Paragraph`` that is a structure element (P, H1–H4, LI) of a tagged document.

    It also breaks a word wider than a whole line before ReportLab wraps it (ReportLab
    would split it between any two letters): into pieces that end after a hyphen or
    URL punctuation, or at a dictionary hyphenation point with a hyphen added
    (``wrap.break_word``), each piece starting a line. Words that fit a line are
    never hyphenated; they move to the next line whole.
    """

    def __init__(self, text: str, style: Any, role: str = "P", **kw: Any) -> None:
        super().__init__(text, style, **kw)
        self.role = role
        self._source = text
        self._options = kw
        self._broken_for = -1.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Wrap, first breaking any word wider than the line."""
        style = self.style
        room = avail_width - style.leftIndent - style.rightIndent - max(style.firstLineIndent, 0)
        if (
            self._source is not None  # a split's later part: broken with its first part
            and self._broken_for != room
            and _longest_word(self, style) > room
        ):
            self._broken_for = room
            text = _break_long_words(self._source, self.getPlainText(), style, room - 0.5)
            Paragraph.__init__(self, text, style, **self._options)
        result: tuple[float, float] = super().wrap(avail_width, avail_height)
        return result

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Split as ReportLab does; every part stays the same structure element."""
        parts: list[Flowable] = super().split(avail_width, avail_height)
        holder = _NodeHolder.of(self)
        for part in parts:
            part.role = self.role
            part._holder = holder
        return parts

    def draw(self) -> None:
        """Draw inside the element's marked content."""
        holder = _NodeHolder.of(self)
        self._tag_node = holder.node
        tagged_draw(self, self.role, super().draw)
        holder.node = getattr(self, "_tag_node", None)


def _longest_word(paragraph: Paragraph, style: Any) -> float:
    cached: float | None = getattr(paragraph, "_longest", None)
    if cached is None:
        words = paragraph.getPlainText().split()
        cached = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0.0)
        paragraph._longest = cached
    return cached


def _break_long_words(markup: str, plain: str, style: Any, room: float) -> str:
    """``markup`` with every word wider than ``room`` replaced by its pieces, one a line."""
    bold = "bold" in style.fontName.lower()
    for word in set(plain.split()):
        if stringWidth(word, style.fontName, style.fontSize) <= room:
            continue
        pieces = "<br/>".join(escape(p) for p in break_word(word, style.fontSize, room, bold))
        escaped = escape(word)
        at = markup.find(escaped)
        while at >= 0:
            before = re.sub(r"<[^>]*>", "", markup[:at]).strip()
            replacement = ("<br/>" if before else "") + pieces
            markup = markup[:at] + replacement + markup[at + len(escaped) :]
            at = markup.find(escaped, at + len(replacement))
    return markup


@dataclass
class _NodeHolder:
    node: Node | None = None

    @staticmethod
    def of(flowable: Flowable) -> _NodeHolder:
        holder = getattr(flowable, "_holder", None)
        if holder is None:
            holder = _NodeHolder()
            flowable._holder = holder
        return holder


class TaggedTable(RLTable):  # type: ignore[misc] # ReportLab ships no type hints
    """A ReportLab ``Table`` tagged as Table → TR → TH/TD through its render callback."""

    def __init__(
        self, data: Any, *, header: bool = False, row_headers: bool = False, **kw: Any
    ) -> None:
        kw.setdefault("renderCB", _TableTags(header, row_headers))
        super().__init__(data, **kw)


class _TableTags:
    """ReportLab's table render callback: structure for cells, artifacts for the rest."""

    def __init__(self, header: bool, row_headers: bool = False) -> None:
        self.header = header
        self.row_headers = row_headers
        self.table: Node | None = None
        self.row: Node | None = None
        self.tagger: Tagger | None = None

    def __call__(self, table: RLTable, cmd: str, *args: Any) -> None:
        canv: Canvas = table.canv
        if cmd == "startTable":
            self.tagger = tagger_of(canv)
            if self.tagger is not None:
                self.table = self.tagger.container("Table").add("Table")
            return
        tagger = self.tagger
        if tagger is None or self.table is None:
            return
        if cmd in ("startBG", "startLines"):
            canv.addLiteral("/Artifact BMC")
        elif cmd in ("endBG", "endLines"):
            canv.addLiteral("EMC")
        elif cmd == "startRow":
            self.row = self.table.add("TR")
        elif cmd == "startCell" and self.row is not None:
            row_no, col_no = args[0], args[1]
            head = self.header and row_no < getattr(table, "repeatRows", 0)
            if head:
                cell = self.row.add("TH", O="Table", Scope="Column")
            elif self.row_headers and col_no == 0:  # a fact's label heads its row
                cell = self.row.add("TH", O="Table", Scope="Row")
            else:
                cell = self.row.add("TD")
            tagger.begin(canv, cell)
        elif cmd == "endCell":
            tagger.end(canv)
        elif cmd == "endTable":
            self.tagger = None

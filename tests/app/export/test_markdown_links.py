"""Markdown exports carry no live link, and stay readable, in real renderers (issue 15, item 8).

Escaping every punctuation mark did not stop GitHub's renderer from linking
``name@example.org`` (a working ``mailto:``) or a URL in a card title, and the
backslashes then showed. Rendered here with cmark-gfm (the library GitHub and
GitLab render with, autolink extension on), markdown-it with linkify (the
markdown-it family, GitLab's editor among them) and plain CommonMark: no
``<a>`` or ``<img>`` comes out of user text, and the visible text is exactly
the text the user typed.
"""

from __future__ import annotations

import html.parser
from collections.abc import Callable

import cmarkgfm
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from app.export.markdown import _table, md, md_block
from app.export.text import clean, one_line

_MDIT = MarkdownIt("commonmark", {"linkify": True}).enable(["linkify", "table", "strikethrough"])

RENDERERS: dict[str, Callable[[str], str]] = {
    "cmark-gfm (GitHub, GitLab)": cmarkgfm.github_flavored_markdown_to_html,
    "markdown-it + linkify": _MDIT.render,
    "CommonMark": cmarkgfm.markdown_to_html,
}


class _Text(html.parser.HTMLParser):
    """The visible text of rendered HTML, and the tags that must never appear."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _rendered(render: Callable[[str], str], source: str) -> tuple[str, set[str]]:
    parser = _Text()
    parser.feed(render(source))
    parser.close()
    return " ".join("".join(parser.text).split()), parser.tags


ISSUE_EXAMPLES = [
    "Mail name@example.org for access",
    "Runbook: https://wiki.example.org/ops/runbook_v2.html.",
    "See www.example.org/policy and http://intranet/x",
    "mailto:dpo@agency.example and xmpp:ops@chat.example",
    "ftp://files.example.org/a.csv, then @data-team reviews",
    "[click](http://x) ![img](http://x/a.png) <script>x</script> # heading",
    "`code` **bold** _it_ ~~gone~~ | pipe | <b>",
    "user.name+tag@sub.example.co.uk; then www.x.y",
]


@pytest.mark.parametrize("renderer", list(RENDERERS))
@pytest.mark.parametrize("text", ISSUE_EXAMPLES)
def test_addresses_render_as_text_not_links(renderer: str, text: str) -> None:
    visible, tags = _rendered(RENDERERS[renderer], md(text))
    assert not tags & {"a", "img", "script", "b"}, (md(text), tags)
    assert visible == one_line(clean(text)), md(text)
    assert "\\" not in visible


_PIECES = st.sampled_from(
    [
        "name@example.org",
        "a.b+c@d-e.fg",
        "https://example.org/a_b?c=d&e=f",
        "http://x",
        "www.example.org",
        "@team",
        "mailto:",
        "xmpp:",
        "ftp://",
        "//",
        "www.",
        "@",
        ".org",
        "*",
        "_",
        "`",
        "``",
        "|",
        "[",
        "]",
        "(",
        ")",
        "<",
        ">",
        "!",
        "#",
        "\\",
        "&amp;",
        "&#64;",
        "1.",
        "-",
        " ",
        "  ",
        "x",
        "é",
        ":",
        "/",
        ".",
        "~",
        "+",
        "=",
        "'",
        '"',
        "http",
        "\t",
        "\n",
        "Node.js",
        "e.g.",
        "1)",
        "---",
        "===",
        "<a href=x>",
    ]
)
texts = st.lists(_PIECES, max_size=14).map("".join) | st.text(max_size=40)


@given(texts)
@example("a@b.c`d")
@example("\\`http://x`")
def test_any_text_renders_verbatim_and_linkless_everywhere(text: str) -> None:
    expected = " ".join(one_line(clean(text)).split())  # as _rendered reads it back
    for name, render in RENDERERS.items():
        visible, tags = _rendered(render, md(text))
        assert not tags & {"a", "img"}, (name, md(text))
        assert visible == expected, (name, md(text))


@given(st.lists(texts, min_size=1, max_size=3))
@example([".org@.org"])  # cmark-gfm links an "@" before any domain-like text
@example(["0\n="])  # a line of "=" would turn the line above into a heading
def test_table_cells_and_note_blocks_stay_verbatim(cells: list[str]) -> None:
    table = "\n".join(_table(("Card",) * len(cells), (tuple(cells),)))
    block = md_block("\n".join(cells))
    for name in ("cmark-gfm (GitHub, GitLab)", "markdown-it + linkify"):
        render = RENDERERS[name]
        visible, tags = _rendered(render, table)
        assert not tags & {"a", "img"}, (name, table)
        for cell in cells:
            assert " ".join(one_line(clean(cell)).split()) in visible, (name, table)
        visible, tags = _rendered(render, block)
        assert not tags & {"a", "img"}, (name, block)
        words = " ".join(one_line(clean(c)) for c in cells).split()
        assert visible.split() == words, (name, block)

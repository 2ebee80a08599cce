"""Strict readers for everything the app accepts from outside: files, standard input, pastes.

One reader per kind, each bounded before it parses anything:

- ``files.read_file``: the bytes of one file — a regular file only (a FIFO, a
  device, a socket or a folder is refused before a byte is read), at most a
  given size, read in one go with one clear message on failure;
- ``strict_json.parse_json``: an exchange document or clipboard data;
- ``strict_toml.parse_toml``: a content file (catalog, scenario, rule pack, drill,
  rubric), shipped or from an agency folder.

Both parsers then walk the parsed tree (``tree.check_tree``): nesting depth,
whole numbers inside the range the store holds (``models.numbers``), no
infinite or NaN numbers, no NUL character and no text that is not valid
Unicode. Every refusal is one ``InputError`` that says where (a line and
column, or a key path such as ``data.strategies[0].revision``) and why.

The limits are in ``app.reading.limits`` and in ``docs/limits.md``.
"""

from app.reading.errors import InputError, display_path
from app.reading.files import read_file, read_stream

__all__ = ["InputError", "display_path", "read_file", "read_stream"]

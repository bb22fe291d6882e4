"""Per-article limits on what extraction reads: markup before it is parsed, text after.

Parsers and the date search look an element's attributes up one by one (time growing with the
square of an element's attribute count), and every element and attribute of a page costs memory
once parsed. So the markup is scanned once, linearly, before parsing: an element with more than
`max_element_attributes` attributes keeps its tag but loses them, and the page is cut before the
element that takes it past `max_html_elements` elements or `max_html_attributes` attributes.
The extracted text is cut at `max_text_chars`. Each cut is a labelled warning (EW4xx): the
article is still read, as far as the limits allow. The limits are `Settings` fields.
"""

from __future__ import annotations

import re

from ..errors import E_TEXT_TOO_LONG, E_TOO_MANY_ATTRIBUTES, E_TOO_MANY_ELEMENTS, warn
from ..settings import Settings

__all__ = ["bound_markup", "cut_text"]

_TAG = re.compile(r"<([A-Za-z][^\s/<>]*)([^<>]*)>")
"""A start tag: its name and the rest up to `>` (an estimate: `>` inside a quoted value ends it
early, which only makes the counts smaller)."""
_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?""")
_CUT_LOOKBACK = 1000
"""A text cut moves back at most this far, to the last paragraph break or space."""


def bound_markup(html: str, settings: Settings, input_name: str) -> str:
    """The page's markup within the element and attribute limits (the same string when it is)."""
    elements = attributes = 0
    pieces: list[str] = []
    last = stripped = 0
    wide = 2 * settings.max_element_attributes  # fewer characters cannot hold more attributes
    for tag in _TAG.finditer(html):
        elements += 1
        rest = tag.group(2)
        count = rest.count("=")
        if len(rest) > wide:
            count = max(count, sum(1 for _ in _ATTRIBUTE.finditer(rest)))
            if count > settings.max_element_attributes:
                pieces += (html[last : tag.start()], f"<{tag.group(1)}>")
                last, count = tag.end(), 0
                stripped += 1
        attributes += count
        if elements > settings.max_html_elements or attributes > settings.max_html_attributes:
            over_elements = elements > settings.max_html_elements
            code = E_TOO_MANY_ELEMENTS if over_elements else E_TOO_MANY_ATTRIBUTES
            what = (
                f"{settings.max_html_elements:,} elements"
                if over_elements
                else f"{settings.max_html_attributes:,} attributes"
            )
            warn(input_name, code, f"page cut after its first {what} (character {tag.start():,})")
            pieces.append(html[last : tag.start()])
            return "".join(pieces)
    if not stripped:
        return html
    warn(
        input_name,
        E_TOO_MANY_ATTRIBUTES,
        f"{stripped} element(s) with over {settings.max_element_attributes} attributes read "
        "without their attributes",
    )
    pieces.append(html[last:])
    return "".join(pieces)


def cut_text(text: str, limit: int, input_name: str) -> str:
    """`text` cut to at most `limit` characters, at a paragraph break or a space if one is near."""
    if len(text) <= limit:
        return text
    floor = max(0, limit - _CUT_LOOKBACK)
    end = text.rfind("\n\n", floor, limit + 1)
    if end < 0:
        end = max(text.rfind(" ", floor, limit + 1), text.rfind("\n", floor, limit + 1))
    if end <= 0:
        end = limit
    warn(input_name, E_TEXT_TOO_LONG, f"text cut to {end:,} of its {len(text):,} characters")
    return text[:end].rstrip()

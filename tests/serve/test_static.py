"""The dashboard's static page: every module it imports is preloaded (one round trip, not two)."""

from __future__ import annotations

import re

from eventwire.serve.app import static_dir


def test_every_module_is_preloaded() -> None:
    static = static_dir()
    page = (static / "index.html").read_text(encoding="utf-8")
    preloaded = set(re.findall(r'rel="modulepreload" href="/static/js/([a-z]+\.js)"', page))
    modules = {p.name for p in (static / "js").glob("*.js")}
    assert preloaded == modules

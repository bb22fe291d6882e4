"""Reading a whole list through `/api/events` cursors, as a client pages through it."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def ids_by_cursor(client: TestClient, **params: Any) -> list[str]:
    """The ids of every event `/api/events` lists for `params`, page after page by cursor."""
    seen: list[str] = []
    cursor = None
    while True:
        page_params = params | ({"cursor": cursor} if cursor else {})
        body = client.get("/api/events", params=page_params).json()
        seen += [e["id"] for e in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen

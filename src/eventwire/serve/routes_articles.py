"""Article endpoints (list, one article with its quotes, submit), places and stories."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from . import queries
from .models import ArticleIn, ArticleOut, ArticlePage, IngestResult, PlaceCount, Story
from .params import DATE_PATTERN, IsoDate, get_engine
from .write import SubmissionError, Writer

router = APIRouter(prefix="/api")

DB = Annotated[Engine, Depends(get_engine)]
_bearer = HTTPBearer(
    auto_error=False,
    description="The write token the server was started with (--write-token).",
)


@router.get("/articles", response_model=ArticlePage, tags=["articles"], summary="Articles, paged")
def list_articles(
    db: DB,
    since: Annotated[IsoDate, Query(pattern=DATE_PATTERN)] = None,
    until: Annotated[IsoDate, Query(pattern=DATE_PATTERN)] = None,
    site: Annotated[str | None, Query(max_length=300)] = None,
    story_id: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=1000)] = None,
) -> dict[str, Any]:
    """Articles ordered by publication date then id, with their event and quote counts."""
    try:
        items, next_cursor = queries.articles_page(
            db, since=since, until=until, site=site, story_id=story_id, limit=limit, cursor=cursor
        )
    except queries.CursorError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    return {"items": items, "next_cursor": next_cursor}


@router.get(
    "/articles/{article_id}",
    response_model=ArticleOut,
    tags=["articles"],
    summary="One article with its quotes",
)
def get_article(article_id: str, db: DB) -> dict[str, Any]:
    """The article's text, its quotes and speakers, places, and the merged events it reports."""
    record = queries.article_detail(db, article_id)
    if record is None:
        raise HTTPException(404, detail=f"no article with id {article_id!r}")
    return record


def _check_token(request: Request, credentials: HTTPAuthorizationCredentials | None) -> None:
    """401 or 403 from the headers alone, before a byte of the body is read."""
    if request.app.state.read_only:
        raise HTTPException(403, detail="writes are disabled: the database is read-only")
    expected: str | None = request.app.state.write_token
    if not expected:
        raise HTTPException(403, detail="writes are disabled: the server has no write token")
    if credentials is None:
        raise HTTPException(
            401,
            detail="a write token is required (Authorization: Bearer TOKEN)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    # Constant time: how long the comparison takes tells nothing about the token.
    if not secrets.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise HTTPException(403, detail="wrong write token")


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, read chunk by chunk up to `limit` bytes; 413 past it (never echoed)."""
    too_large = HTTPException(
        413,
        detail=f"request body over the {limit:,}-byte limit (EVENTWIRE_MAX_REQUEST_BYTES)",
        headers={"Connection": "close"},
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


_ARTICLE_BODY = {
    "required": True,
    "content": {"application/json": {"schema": ArticleIn.model_json_schema()}},
}


@router.post(
    "/articles",
    response_model=IngestResult,
    status_code=201,
    tags=["articles"],
    summary="Submit an article to ingest (needs the write token)",
    openapi_extra={"requestBody": _ARTICLE_BODY},
    responses={
        401: {"description": "No token given (answered before the body is read)."},
        403: {"description": "Wrong token, or the server takes no writes."},
        413: {"description": "The body is over the size limit (EVENTWIRE_MAX_REQUEST_BYTES)."},
        422: {"description": "Invalid submission, or the pipeline could not read it."},
        503: {"description": "The database cannot be written (disk full, ...)."},
    },
)
async def post_article(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> IngestResult:
    """Run one article (text, HTML, or a URL to fetch) through the pipeline and store it.

    The body is an `ArticleIn` JSON object. It is read only once the token is checked, and
    parsed, run and stored in a worker process, so other requests never wait on it.
    """
    _check_token(request, credentials)
    writer: Writer = request.app.state.writer
    body = await _read_body(request, writer.settings.max_request_bytes)
    try:
        return await writer.submit(body)
    except SubmissionError as exc:
        raise HTTPException(exc.status, detail=exc.detail) from None


@router.get("/places", response_model=list[PlaceCount], tags=["places"], summary="Places")
def list_places(
    db: DB,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> list[dict[str, Any]]:
    """Resolved places mentioned in articles, most mentioned first."""
    return queries.places(db, country=country.upper() if country else None, limit=limit)


@router.get("/stories", response_model=list[Story], tags=["articles"], summary="Stories")
def list_stories(
    db: DB,
    min_articles: Annotated[int, Query(ge=1, le=1000)] = 1,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict[str, Any]]:
    """Groups of articles telling the same story (copies, reposts, near-duplicates), largest first."""
    return queries.stories(db, min_articles=min_articles, limit=limit)

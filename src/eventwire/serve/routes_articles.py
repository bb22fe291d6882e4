"""Article endpoints (list, one article with its quotes, submit), places and stories."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from . import queries
from .models import ArticleIn, ArticleOut, ArticlePage, IngestResult, PlaceCount, Story
from .params import DATE_PATTERN, IsoDate, get_engine
from .write import Ingestor, SubmissionError

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
    expected: str | None = request.app.state.write_token
    if not expected:
        raise HTTPException(403, detail="writes are disabled: the server has no write token")
    if credentials is None:
        raise HTTPException(
            401,
            detail="a write token is required (Authorization: Bearer TOKEN)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not secrets.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise HTTPException(403, detail="wrong write token")


@router.post(
    "/articles",
    response_model=IngestResult,
    status_code=201,
    tags=["articles"],
    summary="Submit an article to ingest (needs the write token)",
    responses={
        401: {"description": "No token given."},
        403: {"description": "Wrong token, or the server was started without one."},
        422: {"description": "Invalid submission, or the pipeline could not read it."},
    },
)
async def post_article(
    article: ArticleIn,
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> IngestResult:
    """Run one article (text, HTML, or a URL to fetch) through the pipeline and store it."""
    _check_token(request, credentials)
    given = [x for x in (article.text, article.html) if x is not None]
    if len(given) > 1 or (not given and article.url is None):
        raise HTTPException(422, detail="give exactly one of text or html, or a url to fetch")
    ingestor: Ingestor = request.app.state.ingestor
    try:
        return await run_in_threadpool(ingestor.ingest, article)
    except SubmissionError as exc:
        raise HTTPException(422, detail=str(exc)) from None


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

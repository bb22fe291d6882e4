"""Text repair before any NLP: entities, mojibake, stray characters, whitespace, boilerplate lines.

Every later stage reports character offsets into the repaired text, so repair runs once, early,
and is conservative: clean input comes out unchanged, paragraphs (blank-line separated) are kept,
and only short standalone lines that match general boilerplate shapes are dropped — never text
inside a sentence. The dropped lines are returned for debugging, and a repost's original URL
("Originally published at ...", "Source: https://...") is returned as `source_url`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

import ftfy

__all__ = ["Repaired", "repair_text", "fix_entities", "fix_characters"]


@dataclass(frozen=True)
class Repaired:
    """The repaired text, the repost's original URL if the text names one, and what was dropped."""

    text: str
    source_url: str | None
    removed: tuple[str, ...]


# --- entities -------------------------------------------------------------------------------

# Typographic characters whose numeric entities break in scraped text (split, half-decoded).
_TYPOGRAPHIC = frozenset({8216, 8217, 8220, 8221, 8211, 8212, 8230, 8242, 8243, 8226})

# A character decoded from a truncated numeric entity (`&#821` -> U+0335) and then the entity's
# remaining digits and `;` after some whitespace: `o\u0335\n\n7;s` was `o&#8217;s`. Only
# control and non-ASCII characters can be such a left-over, so ordinary text never matches.
_SPLIT_DECODED = re.compile(r"([\x01-\x08\x0b\x0c\x0e-\x1f\u0080-\U0010ffff])[ \t\r\n]*(\d{1,3});")
# The same break before decoding: `&#821` + whitespace + `7;`.
_SPLIT_LITERAL = re.compile(r"&#(\d{1,4})[ \t\r\n]+(\d{1,3});")
# `&amp;` in front of an entity: an entity escaped once more than it should be.
_DOUBLE_ESCAPED = re.compile(
    r"&amp;(?=#\d{2,7};|#[xX][0-9a-fA-F]{2,6};|[A-Za-z][A-Za-z0-9]{1,31};)"
)
# Only complete entities (with `;`) are decoded, so "AT&T" or "R&D" stay as they are; a decimal
# reference is unambiguous without its `;` ("Pompeo&#8217s").
_ENTITY = re.compile(
    r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});|&#\d{2,7}(?![\d;])"
)


def _join_split_decoded(match: re.Match[str]) -> str:
    number = int(f"{ord(match.group(1))}{match.group(2)}")
    return chr(number) if number in _TYPOGRAPHIC else match.group(0)


def _join_split_literal(match: re.Match[str]) -> str:
    number = int(match.group(1) + match.group(2))
    return chr(number) if number in _TYPOGRAPHIC else match.group(0)


def _decode_entity(match: re.Match[str]) -> str:
    # Unknown names come back unchanged; invalid code points come back as U+FFFD, dropped here.
    return html.unescape(match.group(0)).replace("\ufffd", "")


def fix_entities(text: str) -> str:
    """Decode HTML entities left in text: literal, double-escaped and split across a break."""
    if "&" not in text and not _SPLIT_DECODED.search(text):
        return text
    text = _SPLIT_LITERAL.sub(_join_split_literal, text)
    text = _SPLIT_DECODED.sub(_join_split_decoded, text)
    if "&" in text:
        for _ in range(3):
            unescaped = _DOUBLE_ESCAPED.sub("&", text)
            if unescaped == text:
                break
            text = unescaped
        text = _ENTITY.sub(_decode_entity, text)
    return text


# --- characters -----------------------------------------------------------------------------

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # done above, with the rules for broken entities
    uncurl_quotes=False,  # curly quotes are right; quote detection relies on them
    fix_character_width=False,  # keep full-width CJK punctuation as written
    fix_line_breaks=True,
    remove_control_chars=True,
    normalization="NFC",
    explain=False,
)

# Zero-width and soft-hyphen characters split words for every tokenizer downstream.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffc]")
# Space characters other than the ASCII space, tab and newline.
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c\x85\u2028\u2029]")
# Overlay marks (strike-through strokes) are what a broken `&#82..` entity leaves behind.
_OVERLAY = re.compile("[\u0334-\u0338]")
# A combining mark with no letter to sit on: at the start of the text or after a space or mark.
_ORPHAN_MARK = re.compile(
    r"(?:^|(?<=[\s.,;:!?\"'()\[\]{}<>/\\|\-]))[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]+", re.M
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# What ftfy could change: a UTF-8 lead byte read as Latin-1/cp1252 followed by a continuation
# byte read the same way (mojibake), C1 controls, ligatures, lone surrogates. ftfy is costly on
# long texts, so clean text skips it.
_FTFY_NEEDED = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[\u0080-\u009f\ufb00-\ufb06\ud800-\udfff]"
)


def fix_characters(text: str) -> str:
    """Mojibake (ftfy, curly quotes kept), control, invisible and stray combining characters."""
    if text.isascii():
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return _CONTROL.sub("", _ODD_SPACE.sub(" ", text))
    if _FTFY_NEEDED.search(text):
        text = ftfy.fix_text(text, config=_FTFY_CONFIG)
    elif not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACE.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = _OVERLAY.sub("", text)
    return _ORPHAN_MARK.sub("", text)


# --- boilerplate lines ----------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)

# Lines that announce where the text came from; the URL on the line (if any) is the original.
_REPOST = re.compile(
    r"^(?:source(?:\s+link)?|original(?:ly)?\s+(?:published|posted|appeared)(?:\s+(?:at|on|in|by))?"
    r"|(?:this\s+(?:article|story|post)\s+)?(?:was\s+)?(?:originally|first)\s+(?:published|appeared|posted)"
    r"(?:\s+(?:at|on|in|by))?|read\s+the\s+original(?:\s+(?:article|story))?(?:\s+(?:at|on|here))?"
    r"|via)\b\s*(?P<sep>[:\-–—|])?\s*(?P<rest>.*)$",
    re.I,
)

# Short standalone lines that are page furniture, not article text.
_FURNITURE = re.compile(
    r"^(?:"
    r"(?:read|see|view|watch|show|load)\s+(?:more|all|full|next|also|the\s+full\s+(?:story|article))\b.*"
    r"|continue\s+reading\b.*|also\s+read\b.*|related(?:\s+(?:articles?|stories|posts|content|news))?\s*:?"
    r"|more\s+(?:on|from|about)\s+.*|recommended(?:\s+for\s+you)?\s*:?|trending(?:\s+now)?\s*:?"
    r"|share(?:\s+(?:this|the|on|via|article|story|post)\b.*)?\s*:?|share\s+this\s*:?|tweet(?:\s+this)?"
    r"|(?:follow|like|join|find)\s+us\b.*|subscribe\b.*|sign\s+up\b.*|(?:get|download)\s+(?:our|the)\s+app\b.*"
    r"|click\s+(?:here|to)\b.*|tap\s+(?:here|to)\b.*"
    r"|(?:photo|picture|image|video|graphic|illustration|file\s+photo)s?"
    r"(?:\s+(?:credits?|courtesy(?:\s+of)?|by|source))?\s*[:|/©].*"
    r"|(?:photo|image|picture)\s+(?:credits?|courtesy)\b.*|file\s+photo|credits?\s*:.*"
    r"|(?:©|\(c\)|copyright\b).*|all\s+rights\s+reserved\b.*"
    r"|advertisement|sponsored(?:\s+content)?|ad|skip\s+(?:to\s+(?:main\s+)?content|ad)\b.*"
    r"|home(?:page)?|menu|search|log\s*in|sign\s+in|log\s*out|back\s+to\s+top|top\s+stories"
    r"|(?:tags?|topics?|filed\s+under|categories|category|posted\s+in)\s*:.*"
    r"|print(?:\s+this)?(?:\s+(?:article|page|story))?|e-?mail(?:\s+this)?(?:\s+(?:article|page|story))?"
    r"|(?:\d+\s+)?comments?|leave\s+a\s+(?:comment|reply)\b.*|post\s+a\s+comment\b.*"
    r"|(?:show|view|hide|load)\s+(?:\d+\s+)?comments?\b.*|(?:next|previous|prev)\s+(?:article|post|story|page)\b.*"
    r"|(?:story|article|text)\s+continues\s+(?:below|after)\b.*|loading\W*|listen\s+to\s+(?:this\s+)?(?:article|story)\b.*"
    r"|\d+\s+min(?:ute)?s?\s+read|(?:image|video|media)\s+(?:copyright|caption)\b.*|media\s+playback\b.*"
    r"|(?:most\s+(?:read|popular|viewed|shared)|editor'?s\s+picks?|latest(?:\s+(?:news|stories|videos))?"
    r"|don'?t\s+miss|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)|more\s+stories|popular\s+(?:now|stories)"
    r"|(?:in\s+)?other\s+news|what\s+to\s+read\s+next)\s*:?"
    r"|(?:report\s+(?:an?\s+)?(?:error|typo|correction)|send\s+(?:us\s+)?(?:a\s+)?(?:tip|feedback|correction))\b.*"
    r"|(?:please\s+)?enable\s+javascript\b.*|(?:get|receive)\s+(?:our|the)\b.*\bnewsletters?\b.*"
    r"|(?:ap|afp|reuters|epa|dpa|ani|pti|xinhua|ians|file|staff|courtesy)\s+(?:photo|images?)"
    r"(?:\s*/\s*.*)?|getty\s+images\b.*"
    r"|(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|print|copy\s+link)"
    r"(?:\s*[|,/·•]?\s*(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|print"
    r"|copy\s+link))*"
    r")$",
    re.I,
)

# Consent banners are long but never article text.
_COOKIES = re.compile(
    r"^(?:we|this\s+(?:site|website)|our\s+(?:site|website))\s+(?:use|uses)\s+cookies\b", re.I
)
_MAX_COOKIE_WORDS = 60

# A line that is only a date and time: "Tuesday, November 19, 2019 5:04 PM EST", "Updated 19.11.2019".
_DATE_WORD = re.compile(
    r"^(?:\d{1,4}(?:st|nd|rd|th)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|[ap]\.?m\.?|[a-z]{1,2}[sd]?t|utc|gmt|at|on|of|the"
    r"|published|updated|last|modified|posted|first|date|time|am|pm)$",
    re.I,
)
_DATE_SPLIT = re.compile(r"[\s,.:/\-|·•()]+")


# What makes a run of date words a page's time stamp rather than a heading ("March 3" in a
# timeline dates the events under it, so it stays): a clock time or a published/updated label.
_DATE_ANCHOR = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:published|updated|posted|modified)\b", re.I)


def _is_dateline(line: str) -> bool:
    if _words(line) > 10 or not any(ch.isdigit() for ch in line) or not _DATE_ANCHOR.search(line):
        return False
    tokens = [token for token in _DATE_SPLIT.split(line) if token]
    return bool(tokens) and all(_DATE_WORD.match(token) for token in tokens)


# A byline standing on its own line: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
_NAME = r"[A-Z][\w.'’\-]*"
_BYLINE = re.compile(
    rf"^(?i:by|written\s+by|reporting\s+by|words\s+by)\s+{_NAME}(?:\s+(?:{_NAME}|and|&|de|van|von|al|bin)){{0,7}}"
    r"(?:\s*[,|\-–—]\s*[\w .'’&\-]{1,60})?$"
)
_BREADCRUMB_START = re.compile(
    r"^(?:home(?:page)?|start|main|news)\s*(?:/|»|›|>|\||→|::|•)\s*\S", re.I
)
_CRUMB_SEPARATOR = re.compile(r"\s(?:/|»|›|>|\||→|::)\s")

_MAX_FURNITURE_WORDS = 12
_MAX_REPOST_WORDS = 20
_MAX_CHECKED_CHARS = 400
"""Longer lines are article text: no boilerplate shape applies to them."""
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def _words(line: str) -> int:
    """Whitespace-separated words: enough to tell a short standalone line from a paragraph."""
    return len(line.split())


_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def _latin_share(text: str) -> tuple[float, int]:
    """The share of letters that are Latin script, and how many letters there are."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 1.0, 0
    return 1.0 - len(_NON_LATIN_LETTER.findall(text)) / letters, letters


def _is_breadcrumb(line: str) -> bool:
    if _BREADCRUMB_START.match(line):
        return True
    if line.startswith("|"):
        return False  # a table row (extractors render tables as `| a | b |`)
    parts = _CRUMB_SEPARATOR.split(line)
    if len(parts) < 3 or _SENTENCE_END.search(line):
        return False
    # Trail segments are short labels; the last one may be the (long) page title.
    return all(0 < _words(part) <= 4 for part in parts[:-1])


def _is_byline(line: str) -> bool:
    return _words(line) <= 14 and bool(_BYLINE.match(line)) and not _SENTENCE_END.search(line)


def _repost_url(line: str) -> tuple[bool, str | None]:
    """Whether a line is a repost notice, and the original URL it names."""
    if _words(line) > _MAX_REPOST_WORDS:
        return False, None
    match = _REPOST.match(line)
    if not match:
        return False, None
    rest = match.group("rest").strip()
    url = _URL.search(rest)
    if url:
        return True, url.group(0).rstrip(".,;:")
    # "Source link" alone, or "Source: Reuters" — a notice without a URL.
    if not rest or (match.group("sep") and _words(rest) <= 5 and not _SENTENCE_END.search(rest)):
        return True, None
    return False, None


# Furniture openings that also start ordinary sentences ("Sign up sheets were handed out.",
# "Share the burden, he said."): such a line is kept when it reads as a sentence.
_SENTENCE_LIKE_START = re.compile(
    r"^(?:sign\s+up|follow|like|join|find|more|related|share|print|e-?mail|subscribe|latest"
    r"|search|home|comments?|tweet|recommended|trending|don'?t\s+miss)\b",
    re.I,
)


def _is_furniture(line: str) -> bool:
    words = _words(line)
    if words > _MAX_FURNITURE_WORDS:
        return False
    stripped = line.strip(" \t•·|-–—>»›:")
    if not stripped or not _FURNITURE.match(stripped):
        return False
    sentence = words >= 5 and _SENTENCE_END.search(stripped) is not None
    return not (sentence and _SENTENCE_LIKE_START.match(stripped))


def _norm(line: str) -> str:
    return " ".join(line.casefold().split()) if len(line) <= _MAX_CHECKED_CHARS else ""


def _find_boilerplate(lines: list[str]) -> tuple[list[bool], str | None]:
    """Which (tidied) lines are boilerplate by their shape, and a repost's original URL."""
    body: tuple[float, int] | None = None  # the Latin share of the whole text, when needed
    content_idx = [i for i, line in enumerate(lines) if line]
    edge = set(content_idx[:3] + content_idx[-3:])
    drops: list[bool] = []
    source_url: str | None = None
    previous = ""
    for i, line in enumerate(lines):
        if not line:
            drops.append(False)
            continue
        drop = False
        is_repost, url = _repost_url(line) if len(line) <= _MAX_CHECKED_CHARS else (False, None)
        if is_repost:
            drop = True
            source_url = source_url or url
        elif len(line) > _MAX_CHECKED_CHARS:
            pass
        elif (
            _is_furniture(line)
            or _is_breadcrumb(line)
            or _is_byline(line)
            or _is_dateline(line)
            or (_COOKIES.match(line) is not None and _words(line) <= _MAX_COOKIE_WORDS)
        ):
            drop = True
        elif previous and _norm(line) == previous:
            drop = True  # a title or heading repeated right after itself
        elif i in edge and not line.isascii() and _words(line) <= 15:
            # A tagline in another script at the edge of a Latin-script article.
            share, letters = _latin_share(line)
            if letters and share < 0.5:
                body = body or _latin_share("\n".join(lines)[:5000])
                drop = body[1] >= 100 and body[0] >= 0.9
        drops.append(drop)
        if not drop:
            previous = _norm(line)
    return drops, source_url


# --- whitespace -----------------------------------------------------------------------------

_INLINE_SPACE = re.compile(r"[ \t]{2,}|\t")
_BLANK_LINES = re.compile(r"\n{3,}")


def _tidy_lines(text: str) -> list[str]:
    return [_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n")]


def _keep_spacing(lines: list[str], drops: list[bool]) -> str:
    """The original lines minus the dropped ones, without doubling the blank gap they leave."""
    out: list[str] = []
    after_drop = False
    for line, drop in zip(lines, drops, strict=True):
        if drop:
            after_drop = True
            continue
        blank = not line.strip()
        if blank and after_drop and (not out or not out[-1].strip()):
            continue
        after_drop = after_drop and blank
        out.append(line)
    return "\n".join(out).strip()


def repair_text(text: str, *, keep_spacing: bool = False) -> Repaired:
    """Repair one article's text; clean text comes back unchanged (bar outer whitespace).

    By default runs of spaces within a line and of blank lines are collapsed (right for text an
    extractor produced). With `keep_spacing`, the spacing of the input is kept as it is, so that
    character offsets into a clean plain-text input stay valid: only broken characters and
    boilerplate lines change the text.
    """
    text = fix_entities(text)
    text = fix_characters(text)
    tidy = _tidy_lines(text)
    drops, source_url = _find_boilerplate(tidy)
    removed = tuple(line for line, drop in zip(tidy, drops, strict=True) if drop)
    if keep_spacing:
        cleaned = _keep_spacing(text.split("\n"), drops)
    else:
        kept = [line for line, drop in zip(tidy, drops, strict=True) if not drop]
        cleaned = _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()
    return Repaired(text=cleaned, source_url=source_url, removed=removed)

"""A polite, SSRF-safe HTTP fetcher for article pages and feeds.

Polite: a user agent naming the project, robots.txt obeyed, one request per host per
`per_host_delay_s`, timeouts, a size cap. Safe: a feed is untrusted input, and its links must not
make eventwire reach into the network it runs on (cloud metadata at 169.254.169.254, an admin
page on localhost). So every hop, the first request and each redirect, resolves the host, refuses
any non-public address, and then connects to exactly the address it checked (the URL is pinned
to that IP, with the Host header and TLS server name kept), so a second DNS answer cannot
swap in a private address between the check and the connection.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ..errors import E_FETCH, InputError
from ..records import RawPage
from ..version import __version__
from .deadline import Deadline, DeadlineTransport
from .mime import FEED_TYPES, HTML_TYPES, looks_like_markup, parse_content_type

DEFAULT_USER_AGENT = f"eventwire/{__version__} (+https://github.com/eventwire/eventwire)"
ROBOTS_AGENT = "eventwire"
ROBOTS_MAX_BYTES = 512 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_SNIFF_TYPES = frozenset({"text/plain", "application/octet-stream", "binary/octet-stream"})
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class FetchPolicy:
    """How the fetcher behaves; the defaults are polite and refuse private networks."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout_s: float = 20.0
    """Per network operation and for the whole response (a slow drip cannot hold us)."""
    deadline_s: float = 30.0
    """For the whole fetch: every hop's connect, headers and body, and robots.txt, together."""
    max_bytes: int = 10 * 1024 * 1024
    """Largest decoded body accepted; reading stops as soon as it is passed."""
    max_redirects: int = 5
    per_host_delay_s: float = 1.0
    respect_robots: bool = True
    allow_private: bool = False
    """Allow private, loopback, link-local and reserved addresses (an intranet crawl)."""
    allowed_hosts: frozenset[str] = field(default_factory=frozenset)
    """`host` or `host:port` entries exempt from the address check (a known local server)."""


@dataclass(frozen=True)
class _Target:
    """One checked hop: the URL as asked for and the pinned request that reaches it."""

    url: str
    host_key: str
    request_url: str
    host_header: str
    sni_hostname: str | None


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for a globally routable unicast address, looking inside IPv6 wrappers of IPv4."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner: ipaddress.IPv4Address | None = ip.ipv4_mapped or ip.sixtofour
        if inner is None and ip.teredo is not None:
            inner = ip.teredo[1]
        if inner is None and ip in _NAT64:
            inner = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if inner is not None and not _is_public(inner):
            return False
    return ip.is_global and not ip.is_multicast


def _now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Fetcher:
    """Fetches one URL at a time, politely; one instance per worker (it keeps per-host state)."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._clients: dict[str, httpx.Client] = {}
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str | None] = {}
        """Per host: a parser, None (no robots.txt: allow all) or why everything is refused."""
        self._deadline = Deadline()

    # -- public API ---------------------------------------------------------------------------

    def fetch(self, url: str) -> RawPage:
        """GET `url` (an HTML page or a feed) and return it as a RawPage, or raise InputError.

        Redirects are followed by hand, at most `max_redirects`, and every hop passes the same
        checks: http(s) only, public address, robots.txt, rate limit. The whole fetch keeps to
        the policy's `deadline_s`, however slowly the server sends.
        """
        self._deadline.start(self.policy.deadline_s)
        try:
            return self._fetch(url)
        finally:
            self._deadline.clear()

    def _fetch(self, url: str) -> RawPage:
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            target = self._check(url, current)
            if self.policy.respect_robots:
                self._check_robots(url, target)
            status, headers, body, location = self._get(
                url, target, self.policy.max_bytes, check_type=True
            )
            if location is not None:
                current = self._next_hop(url, current, location)
                continue
            if status != 200:
                raise InputError(url, E_FETCH, f"HTTP {status} from {current}")
            _, charset = parse_content_type(headers.get("content-type"))
            return RawPage(
                input_name=url,
                content=body,
                content_kind="html",
                url=current,
                fetched_at=_now_iso(),
                encoding=charset,
            )
        raise InputError(url, E_FETCH, f"more than {self.policy.max_redirects} redirects")

    def close(self) -> None:
        """Close every pooled connection."""
        for client in self._clients.values():
            client.close()
        self._clients.clear()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- checks -------------------------------------------------------------------------------

    def _next_hop(self, url: str, current: str, location: str) -> str:
        nxt = urljoin(current, location.strip())
        if urlsplit(nxt).scheme not in ("http", "https"):
            raise InputError(url, E_FETCH, f"redirect to a non-HTTP URL refused: {nxt}")
        return nxt

    def _check(self, url: str, current: str) -> _Target:
        """Validate one hop and pin it to a checked address (the SSRF guard)."""
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https"):
            raise InputError(url, E_FETCH, f"only http and https URLs are fetched: {current}")
        host = parts.hostname
        if not host:
            raise InputError(url, E_FETCH, f"URL has no host: {current}")
        if not host.isascii():
            try:
                host = host.encode("idna").decode("ascii")
            except UnicodeError:
                raise InputError(url, E_FETCH, f"bad host name in URL: {current}") from None
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise InputError(url, E_FETCH, f"bad port in URL: {current}") from None
        host_key = f"{parts.scheme}://{host}:{port}"
        default_port = port == (443 if parts.scheme == "https" else 80)
        host_header = host if default_port else f"{host}:{port}"
        if ":" in host and not host.startswith("["):
            host_header = f"[{host}]" if default_port else f"[{host}]:{port}"
        ip = self._resolve(url, host, port, exempt=self._exempt(host, port))
        if time.monotonic() >= self._deadline.at:  # name resolution can be slow too
            raise InputError(url, E_FETCH, f"{self._timed_out()}: {current}")
        ip_text = f"[{ip}]" if ip.version == 6 else str(ip)
        netloc = ip_text if default_port else f"{ip_text}:{port}"
        request_url = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        sni = host if parts.scheme == "https" else None
        return _Target(current, host_key, request_url, host_header, sni)

    def _exempt(self, host: str, port: int) -> bool:
        allowed = self.policy.allowed_hosts
        return self.policy.allow_private or host in allowed or f"{host}:{port}" in allowed

    def _resolve(
        self, url: str, host: str, port: int, *, exempt: bool
    ) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
        """Resolve `host`; refuse it if ANY of its addresses is not public (unless exempt)."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise InputError(url, E_FETCH, f"cannot resolve host {host}: {exc}") from None
        addresses = []
        for info in infos:
            text = str(info[4][0]).split("%", 1)[0]
            addresses.append(ipaddress.ip_address(text))
        if not addresses:
            raise InputError(url, E_FETCH, f"host {host} has no address")
        if not exempt:
            for ip in addresses:
                if not _is_public(ip):
                    raise InputError(
                        url,
                        E_FETCH,
                        f"refused: {host} resolves to non-public address {ip} "
                        "(private, loopback, link-local or reserved; --allow-private, or allow_private=True in Python, allows it)",
                    )
        # IPv4 first: a host with an AAAA record is often unreachable over IPv6 from a laptop.
        return sorted(addresses, key=lambda ip: ip.version)[0]

    def _check_robots(self, url: str, target: _Target) -> None:
        if target.host_key not in self._robots:
            self._robots[target.host_key] = self._load_robots(url, target)
        rules = self._robots[target.host_key]
        if isinstance(rules, str):
            raise InputError(url, E_FETCH, f"{rules}; not fetching {target.url}")
        if rules is not None and not rules.can_fetch(ROBOTS_AGENT, target.url):
            raise InputError(url, E_FETCH, f"disallowed by robots.txt: {target.url}")

    def _load_robots(
        self, url: str, target: _Target
    ) -> urllib.robotparser.RobotFileParser | str | None:
        """Fetch robots.txt (RFC 9309): 4xx allows all, 5xx or unreachable disallows all.

        Returns a parser, None for "allow everything", or the reason everything is disallowed.
        Redirects are followed under the same checks; an over-long file is read in part.
        """
        robots_url = urljoin(target.url, "/robots.txt")
        parser = urllib.robotparser.RobotFileParser(robots_url)
        current = robots_url
        for _hop in range(self.policy.max_redirects + 1):
            hop = self._check(url, current)
            try:
                status, _headers, body, location = self._get(
                    url, hop, ROBOTS_MAX_BYTES, check_type=False, truncate=True
                )
            except InputError as exc:
                return f"robots.txt unreachable ({exc.reason})"
            if location is not None:
                current = self._next_hop(url, current, location)
                continue
            if 400 <= status < 500:
                return None
            if status != 200:
                return f"robots.txt answered HTTP {status}"
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
            return parser
        return None

    # -- the request ----------------------------------------------------------------------------

    def _client(self, host_key: str) -> httpx.Client:
        """One pool per host, so a TLS connection is never reused for another host's name."""
        client = self._clients.get(host_key)
        if client is None:
            client = httpx.Client(
                transport=DeadlineTransport(self._deadline),
                timeout=httpx.Timeout(self.policy.timeout_s),
                follow_redirects=False,
                trust_env=False,
                headers={"User-Agent": self.policy.user_agent, "Accept": _ACCEPT},
            )
            self._clients[host_key] = client
        return client

    def _wait_turn(self, host_key: str) -> None:
        """Per-host rate limit: sleep until `per_host_delay_s` has passed since the last request."""
        last = self._last_request.get(host_key)
        if last is not None:
            wait = last + self.policy.per_host_delay_s - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last_request[host_key] = time.monotonic()

    def _get(
        self,
        url: str,
        target: _Target,
        max_bytes: int,
        *,
        check_type: bool,
        truncate: bool = False,
    ) -> tuple[int, httpx.Headers, bytes, str | None]:
        """One GET, streamed: (status, headers, body, redirect location or None).

        A body over `max_bytes` is an error, or with `truncate` is cut at the limit.
        """
        self._wait_turn(target.host_key)
        deadline = time.monotonic() + self.policy.timeout_s
        extensions = {"sni_hostname": target.sni_hostname} if target.sni_hostname else None
        try:
            with self._client(target.host_key).stream(
                "GET",
                target.request_url,
                headers={"Host": target.host_header},
                extensions=extensions,
            ) as response:
                status = response.status_code
                if status in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise InputError(url, E_FETCH, f"HTTP {status} without Location")
                    return status, response.headers, b"", location
                if status != 200:
                    return status, response.headers, b"", None
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes and not truncate:
                    raise InputError(
                        url, E_FETCH, f"response larger than the {max_bytes:,}-byte limit"
                    )
                mime, _ = parse_content_type(response.headers.get("content-type"))
                if check_type and mime is not None and not _acceptable(mime):
                    raise InputError(url, E_FETCH, f"not an HTML page or feed ({mime})")
                body = self._read_body(url, response, max_bytes, deadline, truncate)
                if check_type and (mime is None or mime in _SNIFF_TYPES):
                    if not looks_like_markup(body[:2048]):
                        raise InputError(url, E_FETCH, "not an HTML page or feed (by content)")
                return status, response.headers, body, None
        except httpx.TimeoutException:
            raise InputError(url, E_FETCH, f"{self._timed_out()}: {target.url}") from None
        except httpx.HTTPError as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise InputError(url, E_FETCH, f"{reason}: {target.url}") from None

    def _timed_out(self) -> str:
        if time.monotonic() >= self._deadline.at:
            return f"took longer than the {self.policy.deadline_s:g}-s deadline of one fetch"
        return f"timed out after {self.policy.timeout_s:g} s"

    def _read_body(
        self, url: str, response: httpx.Response, max_bytes: int, deadline: float, truncate: bool
    ) -> bytes:
        """Read the decoded body in chunks, stopping at the size limit or the overall deadline."""
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > max_bytes:
                if truncate:
                    chunks.append(chunk[: max_bytes - (total - len(chunk))])
                    break
                raise InputError(url, E_FETCH, f"response larger than the {max_bytes:,}-byte limit")
            if time.monotonic() > deadline:
                raise InputError(
                    url, E_FETCH, f"timed out after {self.policy.timeout_s:g} s (slow body)"
                )
            chunks.append(chunk)
        return b"".join(chunks)


def _acceptable(mime: str) -> bool:
    return mime in HTML_TYPES or mime in FEED_TYPES or mime in _SNIFF_TYPES

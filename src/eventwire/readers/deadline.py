"""A total deadline for one fetch: connecting, TLS, headers and body together.

httpx's timeouts bound each network operation, so a server that sends one byte of its headers
every few seconds holds a fetch for ever. Here every socket operation (connect, each read and
write) waits at most until the fetch's deadline, whatever is left of it, and fails with a timeout
once it has passed: a trickling server cannot stretch a fetch past its deadline.
"""

from __future__ import annotations

import math
import time
import typing
from collections.abc import Iterable

import httpcore
import httpx

SocketOption = typing.Union[  # noqa: UP007 - the shape httpcore's signatures use
    tuple[int, int, int], tuple[int, int, bytes | bytearray], tuple[int, int, None, int]
]


class Deadline:
    """The deadline of the fetch under way (a point on the monotonic clock; none: infinity)."""

    def __init__(self) -> None:
        self.at = math.inf

    def start(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def clear(self) -> None:
        self.at = math.inf

    def left(self, timeout: float | None, timeout_error: type[Exception]) -> float | None:
        """The timeout for the next operation: `timeout`, cut to what is left of the deadline."""
        if self.at == math.inf:
            return timeout
        remaining = self.at - time.monotonic()
        if remaining <= 0:
            raise timeout_error("the fetch's deadline passed")
        return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._deadline.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._deadline.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        wait = self._deadline.left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, wait), self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, deadline: Deadline) -> None:
        self._backend = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        wait = self._deadline.left(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, wait, local_address, socket_options)
        return _Stream(stream, self._deadline)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        wait = self._deadline.left(timeout, httpcore.ConnectTimeout)
        return _Stream(
            self._backend.connect_unix_socket(path, wait, socket_options), self._deadline
        )

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class DeadlineTransport(httpx.HTTPTransport):
    """httpx's own transport whose connections all keep to `deadline`."""

    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        # httpx builds its pool without a way to pass a network backend: the same pool, rebuilt
        # with one (httpx and httpcore are pinned; tests/readers/test_fetch.py checks the deadline).
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            network_backend=_Backend(deadline),
        )

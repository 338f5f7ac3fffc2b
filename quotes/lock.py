"""The store lock: one writer at a time, the others wait their turn.

Every command that writes to a store (``ingest``, ``reindex``, ``check --repair``)
holds this lock from before its first write to its end; readers (``search``,
``by``, ``show``...) never take it and never wait.

The lock is an ``flock`` on ``.quotes/lock`` in the store. The kernel releases it
when its holder exits, however it exits (``kill -9`` included), so a lock is never
stale: the file may stay, the lock does not. Two opens of the file conflict even in
one process (two writers in threads wait for each other too). A forked child (an
extraction worker) closes its copy of the descriptor at once, so it never keeps a
store locked after its parent died. The file holds the holder's pid and command, for
the message a waiting process gives up with.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from quotes.errors import StoreError

#: How long a writer waits for another one by default (seconds); ``--wait`` changes it.
DEFAULT_WAIT = 60.0
_POLL = 0.05


class LockTimeout(StoreError):
    """Another process held the store lock for longer than we were told to wait."""


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    return f" ({text[:80]})" if text else ""


@contextlib.contextmanager
def store_lock(path: Path, what: str, wait: float = DEFAULT_WAIT) -> Iterator[None]:
    """Hold the lock file ``path`` for the duration of the block, waiting up to ``wait``
    seconds for another holder; LockTimeout (nothing of ours written yet) after that."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as e:
        raise StoreError(f"{path}: cannot open the store lock: {e.strerror or e}") from e
    try:
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EACCES, errno.EAGAIN):
                    raise StoreError(f"{path}: cannot take the store lock: {e.strerror or e}") from e
                if time.monotonic() >= deadline:
                    raise LockTimeout(
                        f"{path.parent.parent}: another quotes process{_holder(path)} is writing to this "
                        f"store; gave up after waiting {wait:g} s, before writing anything "
                        "(--wait SECONDS to wait longer)"
                    ) from e
                time.sleep(_POLL)
        _held.add(fd)
        # Who holds it, for the message of whoever waits.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, {what}\n".encode(), 0)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
    finally:
        _held.discard(fd)
        os.close(fd)  # releases the lock


def holder_now(path: Path) -> str | None:
    """Who holds the lock file ``path`` at this moment (`` (pid 123, ingest)``, or ``""`` when
    it does not say), or None when nobody does; never waits and writes nothing (a shared
    lock tried once), so a reader such as ``check`` can tell a running writer from a dead one."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None  # no lock file: no writer has run here
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as e:
        if e.errno in (errno.EACCES, errno.EAGAIN):
            return _holder(path)
        return None
    finally:
        os.close(fd)  # releases our shared lock, if taken
    return None


_held: set[int] = set()


def _drop_in_child() -> None:
    for fd in _held:
        with contextlib.suppress(OSError):
            os.close(fd)
    _held.clear()


os.register_at_fork(after_in_child=_drop_in_child)

"""The store lock: one writer at a time, the others wait their turn.

Every command that writes to a store (``ingest``, ``reindex``, ``check --repair``)
holds this lock from before its first write to its end; readers (``search``,
``by``, ``show``...) never take it and never wait.

The lock is a POSIX record lock (``fcntl.lockf``) on ``.quotes/lock`` in the
store. The kernel releases it when its holder exits, however it exits (``kill -9``
included), so a lock is never stale: the file may stay, the lock does not. Record
locks belong to a process, not to its children, so the extraction workers an
ingest forks never keep a store locked after their parent died. The file holds
the holder's pid and command, for the message a waiting process gives up with.
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
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
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
        # Who holds it, for the message of whoever waits. Written through the locked fd:
        # opening the file again and closing it would drop a POSIX lock.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, {what}\n".encode(), 0)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # releases the lock

"""The store lock: exclusive, waits up to a limit, never stale after its holder died,
never kept by a forked child."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotes.lock import LockTimeout, store_lock


def test_a_second_holder_waits_then_gives_up_naming_the_first(tmp_path: Path) -> None:
    lock = tmp_path / ".quotes" / "lock"
    lock.parent.mkdir()
    with store_lock(lock, "ingest"):
        assert lock.read_text() == f"pid {os.getpid()}, ingest\n"
        with (
            pytest.raises(LockTimeout, match=rf"\(pid {os.getpid()}, ingest\).*waiting 0.1 s"),
            store_lock(lock, "reindex", wait=0.1),
        ):
            pass
    with store_lock(lock, "reindex", wait=0):
        pass
    assert lock.read_text() == ""


def test_the_lock_of_a_killed_holder_is_free_at_once(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    code = (
        "import sys, time; from pathlib import Path; from quotes.lock import store_lock\n"
        f"with store_lock(Path({str(lock)!r}), 'holder'):\n    print('held', flush=True); time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    with pytest.raises(LockTimeout), store_lock(lock, "waiter", wait=0):
        pass
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with store_lock(lock, "waiter", wait=5):
        pass


def test_a_forked_child_does_not_keep_the_lock(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    with store_lock(lock, "parent"):
        pid = os.fork()
        if pid == 0:  # the child outlives the parent's hold
            time.sleep(2)
            os._exit(0)
    try:
        with store_lock(lock, "next", wait=1):
            pass
    finally:
        os.waitpid(pid, 0)

"""The program's entry point (quotes/__main__.py)."""

from __future__ import annotations

import subprocess
import sys
import types

import pytest

from quotes import __main__ as entry
from quotes import __version__


def test_ctrl_c_while_importing_the_cli_is_one_line_and_status_130(monkeypatch, capsys):
    # A newcomer's trial: Ctrl-C in the first tenths of a second printed the import's
    # traceback. The fake module raises where the import would be interrupted.
    interrupted = types.ModuleType("quotes.cli")

    def __getattr__(name: str) -> object:
        raise KeyboardInterrupt

    interrupted.__getattr__ = __getattr__  # type: ignore[method-assign]
    monkeypatch.setitem(sys.modules, "quotes.cli", interrupted)
    with pytest.raises(SystemExit) as exit_:
        entry.main()
    assert exit_.value.code == 130
    assert capsys.readouterr().err == "Error: interrupted\n"


def test_python_dash_m_runs_the_command_line():
    done = subprocess.run(
        [sys.executable, "-m", "quotes", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert __version__ in done.stdout


def test_the_early_interrupt_says_what_a_commands_interrupt_says():
    from quotes.cli import Interrupted

    interrupted = Interrupted("interrupted")
    assert interrupted.exit_code == 130
    assert f"Error: {interrupted.format_message()}\n" == "Error: interrupted\n"

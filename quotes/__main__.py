"""``quotes`` as a program: the console script's entry point, and ``python -m quotes``.

The command line's modules take a few tenths of a second to import. A Ctrl-C in that
time used to print Python's traceback of the import; here it ends the program the way
a Ctrl-C during a command does (a one-line error, the shells' status 130), because the
import happens inside this function and not in the console script's own first line.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Import the command line and run it."""
    try:
        from quotes.cli import main as run
    except KeyboardInterrupt:
        # What cli.Interrupted prints and exits with (tests/test_main.py holds them together);
        # cli itself cannot be imported to ask.
        sys.stderr.write("Error: interrupted\n")
        raise SystemExit(130) from None
    run()


if __name__ == "__main__":
    main()

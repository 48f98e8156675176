"""The command-line tool over the same package the browser runs.

Failures are named exceptions inside the package; here, at the edge, they
become a message on stderr and an exit code.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from trustwork import __version__

EXIT_OK = 0


def parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per action."""
    result = argparse.ArgumentParser(
        prog="trustwork",
        description="Trustwork on the command line: work with an organisation's data file.",
    )
    result.add_argument("--version", action="version", version=f"trustwork {__version__}")
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    command = parser()
    command.parse_args(argv)
    command.print_help()
    return EXIT_OK

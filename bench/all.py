"""Every benchmark in one run, then one summary line per goal of issue 9 ("Start and size").

Builds the file once, then runs bench/startup.py, bench/onscreen.py and bench/data.py in
this order, each printing its JSON lines, and judges the goals on those figures (see
bench/goals.py). Takes about ten minutes with three runs on a 2-core machine.

    .venv/bin/python bench/all.py [--runs 3] [--no-firefox]
"""

from __future__ import annotations

import data
import goals
import onscreen
import startup
from common import PRINTED, argument_parser, build


def main(argv: list[str] | None = None) -> int:
    parser = argument_parser(__doc__)
    arguments = parser.parse_args(argv)
    build()
    startup.run(arguments.runs, not arguments.no_firefox, None)
    onscreen.measure(arguments.runs, not arguments.no_firefox)
    data.measure(arguments.runs)
    goals.judge(PRINTED)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

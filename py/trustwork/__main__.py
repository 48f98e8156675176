"""``python -m trustwork``: the command-line tool."""

from trustwork.cli import main

raise SystemExit(main())

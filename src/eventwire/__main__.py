"""`python -m eventwire` is the `eventwire` command."""

from .cli import main

main()

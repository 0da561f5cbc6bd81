"""`python -m veille ...`: the same command line as the `veille` script."""
from veille.cli import app

app(prog_name="veille")

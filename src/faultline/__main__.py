"""`python -m faultline` runs the CLI."""

from faultline.cli import app

app()

"""Every command, setting and failure reason is documented (a test fails when one is not)."""

from __future__ import annotations

import re

import typer.main

from faultline.cli import app
from faultline.errors import Reasons
from tests.conftest import REPO

README = (REPO / "README.md").read_text()
OUTPUT = (REPO / "docs" / "output.md").read_text()


def test_every_command_is_in_the_readme() -> None:
    group = typer.main.get_group(app)
    for name in group.commands:
        assert f"faultline {name}" in README, name


def test_every_setting_is_in_the_readme() -> None:
    source = (REPO / "src" / "faultline" / "settings.py").read_text()
    for var in re.findall(r'"(FAULTLINE_[A-Z_]+)"', source):
        assert f"`{var}`" in README, var


def test_every_command_has_help_with_an_example() -> None:
    group = typer.main.get_group(app)
    for name, command in group.commands.items():
        assert command.help and "Example: faultline" in command.help, name


def test_the_readme_starts_with_the_two_commands() -> None:
    first_section = README.split("\n## ")[1]
    assert "make demo" in first_section and "make test" in first_section


def test_failure_reasons_are_in_errors_and_described() -> None:
    reasons = [v for k, v in vars(Reasons).items() if k.isupper()]
    assert len(reasons) >= 10
    assert "src/faultline/errors.py" in OUTPUT

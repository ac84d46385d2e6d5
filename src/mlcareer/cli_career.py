"""Career-guidance commands (jobs, roles, salary), registered on the main typer app."""

from __future__ import annotations

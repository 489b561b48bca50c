"""Files shipped with the program (fonts, default texts), in resources/ beside the packages."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

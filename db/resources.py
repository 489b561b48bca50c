"""Files shipped with the program: fonts, care texts, translations, diagrams, icons, consent texts.

They are package data of the `resources` package, found through importlib.resources, so a wheel
installed anywhere, an editable install and the desktop bundle all find them the same way and no
code depends on where the source files are. Read them through the Traversable (`read_text`,
`read_bytes`, `open`); a library that insists on a file name gets one from
`importlib.resources.as_file`.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

RESOURCES: Traversable = files("resources")

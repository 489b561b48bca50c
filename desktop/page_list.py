"""The main window's pages, each built (and its module imported) the first time it is needed.

Building every page at login cost a quarter of a second and imported most of the program before
the first screen; a page nobody opens this session now costs nothing. The window offers a page by
key, title and a function that builds it; asking for the page (`pages[key]`) builds it once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QWidget


class Pages(Mapping[str, QWidget]):
    """The pages in menu order. Iterating gives keys without building anything; `pages[key]`,
    `values()` and `items()` build what has not been built yet.

    Args:
        placed: called with each page just built (the window puts it on its stack).
    """

    def __init__(self, placed: Callable[[QWidget], object]) -> None:
        self._placed = placed
        self._titles: dict[str, str] = {}
        self._makers: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}

    def offer(self, key: str, title: str, make: Callable[[], QWidget]) -> None:
        self._titles[key] = title
        self._makers[key] = make

    def title(self, key: str) -> str:
        return self._titles[key]

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built, without building it."""
        return self._built.get(key)

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._makers[key]()
            self._built[key] = page
            self._placed(page)
        return page

    def __contains__(self, key: object) -> bool:
        # Mapping's own test would look the page up, and so build it.
        return key in self._makers

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

"""The thread map while charting: draw, move, bend, delete and undo threads before saving.

Each thread belongs to an owner (the chart form's placement rows); the editor knows nothing of
placements beyond what the form tells it: each owner's material, and which owner is current.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from db.threadmap.geometry import MAX_LINES_PER_PLACEMENT, ThreadLine
from desktop.widgets.thread_map.art import beside
from desktop.widgets.thread_map.diagram import ViewTabs
from desktop.widgets.thread_map.drawing import DrawingView
from desktop.widgets.thread_map.items import ThreadItem
from desktop.widgets.thread_map.legend import Legend

Drawn = tuple[tuple[object, ThreadLine], ...]

# How far apart the threads of a fan lie, in view widths (about 1 cm on an adult face).
FAN_STEP = 0.02


class ThreadMapEditor(QWidget):
    """Attributes:
        current: the owner new threads are drawn for (None: `new_owner` is asked for one).
        material_of: an owner's material code (None while its lot is not chosen).
        new_owner: called when a thread is drawn with no current owner; returns the owner.

    Signals:
        changed(): a thread was drawn, moved, bent, deleted, or an undo put one back.
        drawn(object, ThreadLine): a new thread for that owner (the form proposes its area).
        owner_picked(object): a thread was pressed: its owner.
    """

    changed = Signal()
    drawn = Signal(object, object)
    owner_picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: object | None = None
        self.material_of: Callable[[object], str | None] = lambda _owner: None
        self.new_owner: Callable[[], object] | None = None
        self.undo_stack: list[Drawn] = []

        self.tabs = ViewTabs()
        self.canvas = DrawingView()
        self.tabs.view_chosen.connect(self.canvas.show_view)
        self.tabs.view_chosen.connect(lambda _view: self._update())  # its selection may go
        self.canvas.drawn.connect(self._drawn)
        self.canvas.reshaped.connect(self._reshaped)
        self.canvas.picked.connect(self._picked)
        self.canvas.delete_pressed.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.delete_button = QPushButton(self.tr("Delete thread"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.straighten_button = QPushButton(self.tr("Straighten"))
        self.straighten_button.clicked.connect(self.straighten_selected)
        self.copy_button = QPushButton(self.tr("Copy beside"))
        self.copy_button.setToolTip(
            self.tr("Another thread like the selected one, just beside it: press again for a fan")
        )
        self.copy_button.clicked.connect(self.copy_selected)
        self.hint = QLabel()
        self.hint.setObjectName("map_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)

        tools = QHBoxLayout()
        tools.addWidget(self.undo_button)
        tools.addWidget(self.delete_button)
        tools.addWidget(self.straighten_button)
        tools.addWidget(self.copy_button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(tools)
        layout.addWidget(Legend())
        layout.addWidget(self.hint)
        self._update()

    # ------------------------------------------------------------ what the form asks

    def form_value(self) -> tuple[ThreadLine, ...]:
        """What is drawn, for the form's guard: closing asks before drawn threads are lost."""
        return tuple(item.line for item in self.canvas.threads)

    def lines_of(self, owner: object) -> tuple[ThreadLine, ...]:
        return tuple(item.line for item in self.canvas.threads if item.owner is owner)

    def drawn_threads(self) -> Drawn:
        return tuple((item.owner, item.line) for item in self.canvas.threads)

    def set_current(self, owner: object | None) -> None:
        self.current = owner
        self.canvas.material = self.material_of(owner) if owner is not None else None

    def restyle(self) -> None:
        """Owners' materials may have changed (a lot chosen): recolour their threads."""
        for item in self.canvas.threads:
            item.material = self.material_of(item.owner)
            item.restyle()
        self.set_current(self.current)

    def remove_owner(self, owner: object) -> None:
        """The owner is gone (its placement removed): so are its threads, for good."""
        self.undo_stack = [
            tuple(t for t in state if t[0] is not owner) for state in self.undo_stack
        ]
        self._restore(tuple(t for t in self.drawn_threads() if t[0] is not owner))
        if self.current is owner:
            self.set_current(None)

    # ------------------------------------------------------------ editing

    def _remember(self) -> None:
        self.undo_stack.append(self.drawn_threads())

    def _restore(self, state: Drawn) -> None:
        self.canvas.select(None)
        self.canvas.clear_threads()
        for owner, line in state:
            self.canvas.add_thread(ThreadItem(line, owner, self.material_of(owner)))
        self.changed.emit()
        self._update()

    def _drawn(self, line: ThreadLine) -> None:
        if self.current is None and self.new_owner is not None:
            self.set_current(self.new_owner())
        owner = self.current
        if owner is None:
            return
        if len(self.lines_of(owner)) >= MAX_LINES_PER_PLACEMENT:
            self.hint.setText(
                self.tr("A placement holds at most {most} threads: chart more as another "
                        "placement.").format(most=MAX_LINES_PER_PLACEMENT)
            )  # fmt: skip
            return
        self._remember()
        item = self.canvas.add_thread(ThreadItem(line, owner, self.material_of(owner)))
        self.canvas.select(item)
        self.drawn.emit(owner, line)
        self.changed.emit()
        self._update()

    def _reshaped(self, item: ThreadItem, before: ThreadLine, after: ThreadLine) -> None:
        self._remember()
        item.set_line(after)
        self.canvas.handle.follow(after)
        self.changed.emit()
        self._update()

    def _picked(self, item: ThreadItem | None) -> None:
        if item is not None:
            self.owner_picked.emit(item.owner)
        self._update()

    def delete_selected(self) -> None:
        item = self.canvas.selected()
        if item is None:
            return
        self._remember()
        self.canvas.select(None)
        self.canvas.remove_thread(item)
        self.changed.emit()
        self._update()

    def straighten_selected(self) -> None:
        item = self.canvas.selected()
        if item is None or item.line.bend is None:
            return
        line = item.line
        self._reshaped(item, line, ThreadLine(line.view, line.start, line.end))

    def copy_selected(self) -> None:
        """A twin of the selected thread beside it, for the same placement; it is then selected,
        so pressing again lays the next one beside it."""
        item = self.canvas.selected()
        if item is None or len(self.lines_of(item.owner)) >= MAX_LINES_PER_PLACEMENT:
            return
        twin = beside(item.line, FAN_STEP)
        if twin == item.line:
            return  # against the drawing's edge: nowhere to put it
        self._remember()
        copy = self.canvas.add_thread(ThreadItem(twin, item.owner, self.material_of(item.owner)))
        self.canvas.select(copy)
        self.changed.emit()
        self._update()

    def undo(self) -> None:
        if self.undo_stack:
            self._restore(self.undo_stack.pop())

    def _update(self) -> None:
        chosen = self.canvas.selected()
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.delete_button.setEnabled(chosen is not None)
        self.straighten_button.setEnabled(chosen is not None and chosen.line.bend is not None)
        self.copy_button.setEnabled(chosen is not None)
        self.tabs.show_counts(item.line.view for item in self.canvas.threads)
        if not self.canvas.threads:
            self.hint.setText(
                self.tr(
                    "No threads drawn: this procedure's map will be empty. To draw one, press "
                    "where the thread enters, drag along its path and release where it ends. "
                    "Charting without drawing is allowed."
                )
            )
        elif chosen is not None:
            self.hint.setText(
                self.tr(
                    "Drag the thread to move it, or its round handle to bend it. Delete removes it."
                )
            )
        else:
            self.hint.setText(
                self.tr("Each thread drawn belongs to the selected placement. Click a thread to "
                        "change it.")
            )  # fmt: skip

"""Every write a form or page makes runs here, off the GUI thread (as Anki's CollectionOp does).

On PostgreSQL a write first waits for the clinic-wide lock on the audit chain's head, so a write
made in the GUI thread would freeze the window while another PC writes. `write()` runs the db call
on a worker thread, then takes one of two paths in the GUI thread:

- success: the change feed is told to look at once, so every page that shows what changed
  refreshes (on other PCs within the feed's delay), then `done(result)` runs;
- failure: `refused(error)` may handle the refusal itself (a stale save offering to reload, say)
  by returning True; otherwise a ValidationError's problems go beside their fields (when the form
  has FieldErrors) and any other refusal, or an unexpected error, is shown in a message box.

The db call must not touch widgets: read the form into plain values before calling `write()`.
While it runs the form shows the busy cursor, a second write of the same form is ignored, and
a write that waits (on another PC's, say) greys the form out until it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from db.errors import ThreadbookError, ValidationError
from desktop.fields import FieldErrors
from desktop.live import announce_write
from desktop.messages import Prompts
from desktop.worker import Runner

T = TypeVar("T")

# A write that takes longer than this greys its form out (waiting on another PC's write, say);
# a quicker one only shows the busy cursor, so the form does not flicker on every save.
GREY_AFTER_MS = 150

# The form of each write still running, with a token naming that write.
_in_flight: dict[QWidget, object] = {}
_runner: Runner | None = None


def in_flight() -> int:
    """How many writes have not yet come back to the GUI thread (tests wait for zero)."""
    return len(_in_flight)


def write(
    form: QWidget,
    work: Callable[[], T],
    done: Callable[[T], None],
    *,
    errors: FieldErrors | None = None,
    refused: Callable[[ThreadbookError], bool] | None = None,
) -> bool:
    """Run the db call `work` off the GUI thread on behalf of `form`; see the module docstring.

    Returns False, doing nothing, while an earlier write of the same form is still running (a
    second press of its button).
    """
    global _runner
    if form in _in_flight:
        return False
    if _runner is None:
        _runner = Runner()  # one for the program: never deleted, so no callback outlives it
    token = object()
    _in_flight[form] = token
    form.setCursor(Qt.CursorShape.BusyCursor)
    focus = QApplication.focusWidget()

    def grey() -> None:
        if _in_flight.get(form) is token:
            form.setEnabled(False)

    QTimer.singleShot(GREY_AFTER_MS, form, grey)

    def finish() -> bool:
        """Give the form back; False when it was closed and deleted meanwhile."""
        del _in_flight[form]
        if not shiboken6.isValid(form):
            return False
        form.unsetCursor()
        if not form.isEnabled():
            form.setEnabled(True)
            if focus is not None and shiboken6.isValid(focus) and form.isAncestorOf(focus):
                focus.setFocus()
        return True

    def succeeded(result: T) -> None:
        announce_write()
        if finish():
            done(result)

    def failed(error: ThreadbookError) -> None:
        if not finish():
            return
        if refused is not None and refused(error):
            return
        if isinstance(error, ValidationError) and errors is not None:
            errors.show(error.fields)
            if isinstance(form, QDialog):
                form.adjustSize()  # room for the messages under the fields
            elsewhere = [text for name, text in error.fields.items() if name not in errors.names]
            if elsewhere:  # a problem with no field of its own on this form
                Prompts.show_error(form, "\n".join(elsewhere))
            return
        Prompts.show_error(form, error.message)

    _runner.start_refusable(work, succeeded, failed, latest_only=False)
    return True

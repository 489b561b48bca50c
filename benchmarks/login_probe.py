"""Child process of the cold-start benchmark: the program started exactly as `python main.py`
starts it, through its login screen, with a person's login typed by a timer.

Run as `login_probe.py URL USERNAME PASSWORD SPAWNED TYPING_S`: SPAWNED is the parent's wall
clock (`time.time()`) just before it started this process; TYPING_S is how long the "person"
takes to type their name and password once the login screen is on screen (0: at once).

Prints one JSON line of seconds since SPAWNED: `interpreter_s` (this file's first line runs),
`login_s` (the login screen on screen, ready for typing), `pressed_s` (Log in pressed),
`shown_s` (the main window on screen, after the password check), `cold_start_s` (usable:
the main window on screen with Today's lists), each with the CPU seconds the process had used
by then (`login_cpu_s`...). Then it closes the window (a log-out, as at the end of a shift)
and cancels the login screen that follows, which ends the program.
"""

from __future__ import annotations

import time

FIRST_LINE = time.time()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url, username, password = sys.argv[1], sys.argv[2], sys.argv[3]
    spawned, typing_s = float(sys.argv[4]), float(sys.argv[5])
    marks: dict[str, float] = {"interpreter_s": FIRST_LINE - spawned}

    def mark(stage: str) -> None:
        marks[f"{stage}_s"] = time.time() - spawned
        used = resource.getrusage(resource.RUSAGE_SELF)
        marks[f"{stage}_cpu_s"] = used.ru_utime + used.ru_stime

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    import main as program

    # The program creates the application itself when there is none; made here first so the
    # "person" below can watch its windows. Nothing else of the program is imported before it
    # runs: the timer finds its windows by class name.
    app = QApplication(sys.argv[:1])
    state = {"step": "login"}

    def visible(class_name: str) -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            handle = widget.windowHandle()
            if (
                type(widget).__name__ == class_name
                and widget.isVisible()
                and handle is not None
                and handle.isExposed()
            ):
                return widget
        return None

    def person() -> None:
        if state["step"] == "login" and (login := visible("LoginDialog")):
            mark("login")
            state["step"] = "typing"
            QTimer.singleShot(int(typing_s * 1000), lambda: press(login))
        elif state["step"] == "waiting" and (window := visible("MainWindow")):
            if "shown_s" not in marks:
                mark("shown")
            today = window.today  # type: ignore[attr-defined]
            sections = today.sections.values()
            if not (
                today.runner.busy
                or not today.heading.text()
                or any(section.follow_ups.refit.isActive() for section in sections)
            ):
                mark("cold_start")
                state["step"] = "closing"
                window.close()
        elif state["step"] == "closing" and (login := visible("LoginDialog")):
            state["step"] = "done"
            login.reject()  # type: ignore[attr-defined]

    def press(login: object) -> None:
        login.username.setText(username)  # type: ignore[attr-defined]
        login.password.setText(password)  # type: ignore[attr-defined]
        mark("pressed")
        state["step"] = "waiting"
        login.login_button.click()  # type: ignore[attr-defined]

    watch = QTimer(app)
    watch.setInterval(2)
    watch.timeout.connect(person)
    watch.start()
    code = program.main(["--database", url])
    print(json.dumps(marks))
    return code


if __name__ == "__main__":
    sys.exit(main())

"""Message boxes come from here, built unshown, so tests can inspect and answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.i18n import tr


def error_box(parent: QWidget | None, text: str, title: str = "") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Threadbook"), text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def question_box(
    parent: QWidget | None, text: str, yes: str, no: str, title: str = ""
) -> tuple[QMessageBox, object]:
    """A box with two labelled buttons; returns the box and the 'yes' button to compare with."""
    box = QMessageBox(QMessageBox.Icon.Question, title or tr("Threadbook"), text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    return box, yes_button


class Prompts:
    """Every modal question the program asks, in one place; tests replace these methods."""

    @staticmethod
    def show_error(parent: QWidget | None, text: str) -> None:
        error_box(parent, text).exec()

    @staticmethod
    def inform(parent: QWidget | None, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("Threadbook"), text, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    @staticmethod
    def confirm(parent: QWidget | None, text: str, yes: str, no: str) -> bool:
        box, yes_button = question_box(parent, text, yes, no)
        box.exec()
        return box.clickedButton() is yes_button

    @staticmethod
    def save_file(parent: QWidget | None, title: str, suggested: str, kinds: str) -> Path | None:
        """Where to save a file; None when the user cancels."""
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
        return Path(chosen) if chosen else None

    @staticmethod
    def open_file(parent: QWidget | None, title: str, kinds: str) -> Path | None:
        """A file to read, chosen by the user; None when they cancel."""
        chosen, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
        return Path(chosen) if chosen else None

    @staticmethod
    def open_files(parent: QWidget | None, title: str, kinds: str) -> list[Path]:
        """Files to read, chosen together; empty when the user cancels."""
        chosen, _ = QFileDialog.getOpenFileNames(parent, title, "", kinds)
        return [Path(name) for name in chosen]

    @staticmethod
    def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
        """A folder picked by the user, or '' when they cancel."""
        return QFileDialog.getExistingDirectory(parent, title, start)

"""Choose the database: this PC's own file, or the clinic's PostgreSQL server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.errors import ThreadbookError
from db.storage.database import local_url
from db.storage.server_settings import (
    ServerConnection,
    check_server,
    load_connection,
    save_connection,
    stored_password,
    use_local_file,
)
from desktop.fields import FieldErrors
from desktop.i18n import QT_TR_NOOP, tr
from desktop.worker import Runner

SSL_CHOICES = (
    ("prefer", QT_TR_NOOP("Encrypt when the server offers it")),
    ("require", QT_TR_NOOP("Always encrypt")),
    (
        "verify-full",
        QT_TR_NOOP("Always encrypt and check the server's certificate"),
    ),
    (
        "disable",
        QT_TR_NOOP("Never encrypt (only on a trusted clinic network)"),
    ),
)


class ConnectionDialog(QDialog):
    """Tests the connection before saving it; the password goes to the system's keyring.

    Attributes:
        saved_url: the database URL chosen, once accepted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_url: str | None = None
        self.runner = Runner(self)
        self.setWindowTitle(self.tr("Threadbook: database"))
        self.setMinimumWidth(600)  # the server choice reads whole in Vietnamese

        heading = QLabel(self.tr("Where does this PC keep the clinic's records?"))
        heading.setStyleSheet("font-weight: 600;")
        self.local = QRadioButton(self.tr("Only on this PC, in a file on this computer"))
        self.server = QRadioButton(
            self.tr("On the clinic's PostgreSQL server, shared by several PCs")
        )

        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("for example 192.168.1.10 or clinic-server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("threadbook")
        self.user = QLineEdit("threadbook")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("Kept in this computer's password store, not in a file."))
        self.sslmode = QComboBox()
        for value, label in SSL_CHOICES:
            self.sslmode.addItem(tr(label), value)

        self.server_fields = QWidget()
        form = QFormLayout(self.server_fields)
        form.setContentsMargins(24, 0, 0, 0)
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Server"), "host", self.host)
        self.errors.add_row(form, self.tr("Port"), "port", self.port)
        self.errors.add_row(form, self.tr("Database"), "database", self.database)
        self.errors.add_row(form, self.tr("User"), "user", self.user)
        self.errors.add_row(form, self.tr("Password"), "password", self.password)
        self.errors.add_row(form, self.tr("Encryption"), "sslmode", self.sslmode)

        self.status = QLabel()
        self.status.setObjectName("connection_status")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.test_button = QPushButton(self.tr("Test connection"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(self.test_connection)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        layout.addWidget(self.server_fields)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.server.toggled.connect(self._server_chosen)
        self._load()

    def _load(self) -> None:
        try:
            saved = load_connection()
            password = stored_password(saved) if saved else ""
        except ThreadbookError as exc:
            saved, password = None, ""
            self._say(exc.message, problem=True)
        if saved is None:
            self.local.setChecked(True)
            self._server_chosen(False)
            return
        self.server.setChecked(True)
        self.host.setText(saved.host)
        self.port.setValue(saved.port)
        self.database.setText(saved.database)
        self.user.setText(saved.user)
        self.password.setText(password)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(saved.sslmode)))

    def _server_chosen(self, chosen: bool) -> None:
        self.server_fields.setEnabled(chosen)
        self.test_button.setEnabled(chosen)
        self._say("")

    def connection(self) -> ServerConnection:
        return ServerConnection(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=str(self.sslmode.currentData()),
        )

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if problem else "")

    def _busy(self, busy: bool) -> None:
        for widget in (self.test_button, self.save_button, self.server_fields):
            widget.setEnabled(not busy)
        if busy:
            self._say(self.tr("Connecting…"))

    def _try(self, then_save: bool) -> None:
        connection = self.connection()
        problems = connection.problems()
        self.errors.show(problems)
        if problems:
            return
        password = self.password.text()
        url = connection.url(password)
        self._busy(True)
        self.runner.start(
            lambda: check_server(url),
            lambda message: self._connected(message, connection, password, then_save),
            self._failed,
        )

    def test_connection(self) -> None:
        self._try(then_save=False)

    def _connected(
        self, message: str, connection: ServerConnection, password: str, then_save: bool
    ) -> None:
        self._busy(False)
        self._say(message)
        if not then_save:
            return
        try:
            save_connection(connection, password)
        except ThreadbookError as exc:
            self._say(exc.message, problem=True)
            return
        self.saved_url = connection.url(password).render_as_string(hide_password=False)
        self.accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self._say(
            self.tr("{problem}\nCheck the server's name, port, user and password.").format(
                problem=message
            ),
            problem=True,
        )

    def save(self) -> None:
        """Save the choice; a server is saved only after a successful connection."""
        if self.server.isChecked():
            self._try(then_save=True)
            return
        try:
            use_local_file()
        except ThreadbookError as exc:
            self._say(exc.message, problem=True)
            return
        self.saved_url = local_url()
        self.accept()


class StartDialog(QDialog):
    """A start-up screen (setup, login) with a "Database…" button to choose another database.

    Attributes:
        database_url: the database chosen, when the dialog finished with CHANGE_DATABASE.
    """

    CHANGE_DATABASE = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_url: str | None = None
        self.connection_dialog: ConnectionDialog | None = None

    def add_database_button(self, buttons: QDialogButtonBox) -> QPushButton:
        button = QPushButton(self.tr("Database…"))
        button.setToolTip(self.tr("Use this PC's own file or the clinic's server"))
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)
        button.clicked.connect(self.choose_database)
        return button

    def choose_database(self) -> ConnectionDialog:
        """Open the connection screen (window-modal); a saved choice ends this dialog."""
        dialog = ConnectionDialog(self)
        dialog.accepted.connect(lambda: self._database_chosen(dialog))
        dialog.open()
        self.connection_dialog = dialog
        return dialog

    def _database_chosen(self, dialog: ConnectionDialog) -> None:
        self.database_url = dialog.saved_url
        self.done(self.CHANGE_DATABASE)

"""Recording a consent: the patient reads the text, then signs on screen, on paper, or aloud."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.consent.evidence import MAX_SCAN_BYTES, ScannedForm, check_scan
from db.consent.records import ConsentInput, ConsentRecord, record_consent
from db.consent.texts import ConsentTextRecord, current_text
from db.errors import ThreadbookError, ValidationError
from db.record.patients import PatientRecord
from db.storage.database import Database
from db.vocabulary import AREAS, CONSENT_PURPOSES, MATERIALS
from desktop.fields import DateField, FieldErrors, submit_buttons
from desktop.i18n import label
from desktop.messages import Prompts
from desktop.widgets.signature_pad import SignaturePad
from desktop.writes import write

METHODS = ("signed_screen", "paper_scanned", "oral")


def text_html(text: ConsentTextRecord) -> str:
    """The consent text as the patient reads it on screen."""
    from html import escape

    parts = [f"<h3>{escape(text.title)}</h3>"]
    bullets: list[str] = []
    for kind, line in text.paragraphs():
        if kind == "bullet":
            bullets.append(f"<li>{escape(line)}</li>")
            continue
        if bullets:
            parts.append("<ul>" + "".join(bullets) + "</ul>")
            bullets = []
        parts.append(f"<p>{escape(line)}</p>")
    if bullets:
        parts.append("<ul>" + "".join(bullets) + "</ul>")
    return "".join(parts)


class ConsentDialog(QDialog):
    """Attributes:
    saved: the recorded consent, once accepted.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        patient: PatientRecord,
        purpose: str | None = None,
        areas: tuple[str, ...] = (),
        materials: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient = patient
        self.saved: ConsentRecord | None = None
        self.document: ScannedForm | None = None
        self.text: ConsentTextRecord | None = None
        self.setWindowTitle(
            self.tr("Record consent: {name} ({mrn})").format(
                name=patient.full_name, mrn=patient.mrn
            )
        )
        self.setMinimumSize(820, 700)

        self.purpose = QComboBox()
        for entry in CONSENT_PURPOSES:
            self.purpose.addItem(label(entry), entry.code)
        if purpose is not None:
            self.purpose.setCurrentIndex(self.purpose.findData(purpose))
            self.purpose.setEnabled(False)
        self.language = QComboBox()
        self.language.addItem(self.tr("Vietnamese"), "vi")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(patient.language)))
        self.text_view = QTextBrowser()
        self.text_view.setMinimumHeight(140)  # the whole form fits a 768-pixel-high screen
        self.version_label = QLabel()
        self.version_label.setStyleSheet("color: #555;")

        self.treatment_box = QWidget()
        grid = QGridLayout(self.treatment_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.area_boxes: dict[str, QCheckBox] = {}
        for index, entry in enumerate(AREAS):
            box = QCheckBox(label(entry))
            box.setChecked(entry.code in areas)
            self.area_boxes[entry.code] = box
            grid.addWidget(box, index // 4, index % 4)
        self.material_boxes: dict[str, QCheckBox] = {}
        row = (len(AREAS) + 3) // 4
        grid.addWidget(QLabel(self.tr("Thread materials:")), row, 0)
        for index, entry in enumerate(MATERIALS):
            box = QCheckBox(label(entry))
            box.setChecked(entry.code in materials)
            self.material_boxes[entry.code] = box
            grid.addWidget(box, row + 1 + index // 4, index % 4)

        self.method_group = QButtonGroup(self)
        method_row = QHBoxLayout()
        labels = {
            "signed_screen": self.tr("Signs on screen"),
            "paper_scanned": self.tr("Signed on paper (attach the scan)"),
            "oral": self.tr("Agrees aloud, with a witness"),
        }
        self.method_buttons: dict[str, QRadioButton] = {}
        for index, code in enumerate(METHODS):
            button = QRadioButton(labels[code])
            self.method_group.addButton(button, index)
            self.method_buttons[code] = button
            method_row.addWidget(button)
        method_row.addStretch(1)
        method_holder = QWidget()
        method_holder.setLayout(method_row)
        method_row.setContentsMargins(0, 0, 0, 0)

        self.pad = SignaturePad()
        clear = QPushButton(self.tr("Clear signature"))
        clear.clicked.connect(self.pad.clear)
        sign_page = QWidget()
        sign_layout = QVBoxLayout(sign_page)
        sign_layout.setContentsMargins(0, 0, 0, 0)
        sign_layout.addWidget(self.pad)
        clear_row = QHBoxLayout()
        clear_row.addStretch(1)
        clear_row.addWidget(clear)
        sign_layout.addLayout(clear_row)
        self.attach = QPushButton(self.tr("Attach the scanned form…"))
        self.attach.clicked.connect(self.choose_scan)
        self.scan_label = QLabel(self.tr("No scan attached yet."))
        scan_page = QWidget()
        scan_layout = QHBoxLayout(scan_page)
        scan_layout.setContentsMargins(0, 0, 0, 0)
        scan_layout.addWidget(self.attach)
        scan_layout.addWidget(self.scan_label, 1)
        self.witness = QLineEdit()
        self.witness.setPlaceholderText(self.tr("Full name of the person who heard the consent"))
        self.evidence = QStackedWidget()
        for page in (sign_page, scan_page, self.witness):
            self.evidence.addWidget(page)
        self.method_group.idToggled.connect(
            lambda index, on: self.evidence.setCurrentIndex(index) if on else None
        )

        now = db.now()
        self.day = DateField()
        self.day.set_value(now.date())
        self.time = QTimeEdit(QTime(now.hour, now.minute))
        self.time.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addStretch(1)
        when_holder = QWidget()
        when_holder.setLayout(when)

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Consent to"), "purpose", self.purpose)
        self.errors.add_row(form, self.tr("Language of the text"), "language", self.language)
        form.addRow(self.text_view)
        form.addRow("", self.version_label)
        self.errors.add_row(form, self.tr("Areas agreed"), "areas", self.treatment_box)
        self.errors.add_row(form, self.tr("How it is given"), "method", method_holder)
        self.errors.add_row(form, self.tr("Signature or proof"), "evidence", self.evidence)
        self.errors.add_row(form, self.tr("Given on"), "given_at", when_holder)

        buttons, self.save_button = submit_buttons(self, self.tr("Save consent"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)

        self.purpose.currentIndexChanged.connect(self.show_text)
        self.language.currentIndexChanged.connect(self.show_text)
        self.method_buttons["signed_screen"].setChecked(True)
        self.show_text()

    def purpose_code(self) -> str:
        return str(self.purpose.currentData())

    def show_text(self) -> None:
        treatment = self.purpose_code() == "treatment"
        self.treatment_box.setVisible(treatment)
        # A procedure's consent must be signed: aloud is offered for the other purposes only.
        self.method_buttons["oral"].setEnabled(not treatment)
        if treatment and self.method_buttons["oral"].isChecked():
            self.method_buttons["signed_screen"].setChecked(True)
        try:
            self.text = current_text(
                self.db, self.actor, self.purpose_code(), str(self.language.currentData())
            )
        except ThreadbookError as exc:
            self.text = None
            self.text_view.setPlainText(exc.message)
            return
        self.text_view.setHtml(text_html(self.text))
        self.version_label.setText(
            self.tr("Text version {number}").format(number=self.text.version_no)
        )

    def choose_scan(self) -> None:
        chosen = Prompts.open_file(
            self, self.tr("Scanned consent form"), self.tr("Scans (*.pdf *.jpg *.jpeg *.png)")
        )
        if chosen is not None:
            self.attach_scan(chosen)

    def attach_scan(self, path: Path) -> None:
        try:
            with path.open("rb") as handle:
                content = handle.read(MAX_SCAN_BYTES + 1)
            self.document = check_scan(path.name, content)
        except OSError as exc:
            self.document = None
            self.errors.show(
                {
                    "evidence": self.tr("{name} could not be read: {reason}").format(
                        name=path.name, reason=exc.strerror or exc
                    )
                }
            )
            return
        except ValidationError as exc:
            self.document = None
            self.errors.show({"evidence": next(iter(exc.fields.values()))})
            return
        self.errors.show({})
        self.scan_label.setText(self.tr("Attached: {name}").format(name=self.document.file_name))

    def method(self) -> str:
        return METHODS[max(0, self.method_group.checkedId())]

    def current_input(self) -> ConsentInput | None:
        day = self.day.value()
        if self.text is None or day is None:
            return None
        clock: QTime = self.time.time()
        given = datetime(day.year, day.month, day.day, clock.hour(), clock.minute()).astimezone()
        method = self.method()
        return ConsentInput(
            patient_id=self.patient.id,
            purpose=self.purpose_code(),
            language=str(self.language.currentData()),
            text_id=self.text.id,
            method=method,
            given_at=given,
            areas=tuple(code for code, box in self.area_boxes.items() if box.isChecked()),
            materials=tuple(code for code, box in self.material_boxes.items() if box.isChecked()),
            witness=self.witness.text() if method == "oral" else "",
            signature=self.pad.signature() if method == "signed_screen" else None,
            document=self.document if method == "paper_scanned" else None,
        )

    def submit(self) -> None:
        data = self.current_input()
        if data is None:
            self.errors.show({"given_at": self.day.problem() or self.tr("Say when it was given.")})
            return
        write(
            self,
            lambda: record_consent(self.db, self.actor, data),
            self._saved,
            errors=self.errors,
            refused=self._refused,
        )

    def _refused(self, error: ThreadbookError) -> bool:
        if isinstance(error, ValidationError):
            self.errors.show(_evidence_errors(error.fields))
            return True
        return False

    def _saved(self, saved: ConsentRecord) -> None:
        self.saved = saved
        self.accept()


def _evidence_errors(fields: dict[str, str]) -> dict[str, str]:
    """The signature, scan and witness share one row of the form; so do areas and materials."""
    shown = dict(fields)
    for key in ("signature", "document", "witness"):
        if key in shown:
            shown["evidence"] = shown.pop(key)
    if "materials" in shown:
        materials = shown.pop("materials")
        shown["areas"] = f"{shown['areas']}\n{materials}" if "areas" in shown else materials
    return shown

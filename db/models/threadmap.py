"""Each placed thread as the doctor drew it on the body diagram."""

from __future__ import annotations

from sqlalchemy import Double, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base


class DrawnThread(Audited, Base):
    """One drawn thread of a placement, in the normalised coordinates of one diagram view.

    Never deleted and never edited: a thread leaves the map when its procedure is voided.
    Coordinates are double precision so both databases hand back exactly the floats saved.
    """

    __tablename__ = "thread_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id"))
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    # Denormalised so a patient's lifetime map is one indexed read.
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    view: Mapped[str] = mapped_column(String(10))
    # The drawing's version (db.threadmap.geometry.DIAGRAM_VERSION) the thread was drawn on.
    diagram_version: Mapped[int] = mapped_column(Integer)
    start_x: Mapped[float] = mapped_column(Double)
    start_y: Mapped[float] = mapped_column(Double)
    end_x: Mapped[float] = mapped_column(Double)
    end_y: Mapped[float] = mapped_column(Double)
    bend_x: Mapped[float | None] = mapped_column(Double)
    bend_y: Mapped[float | None] = mapped_column(Double)

    __table_args__ = (
        Index("ix_thread_line_patient", "patient_id", "procedure_id"),
        Index("ix_thread_line_placement", "placement_id"),
    )

    audit_patient_column = "patient_id"

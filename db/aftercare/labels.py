"""The fixed words of the sheet (titles, column heads, dates), in Vietnamese and English.

The care advice itself is clinic-editable (texts.py); these words frame it and stay as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class SheetLabels:
    title: str
    phone: str
    patient: str
    mrn: str
    date_of_birth: str
    procedure_date: str
    doctor: str
    areas: str
    threads_heading: str
    threads_note: str
    map_note: str
    area: str
    product: str
    material: str
    count: str
    lot: str
    expiry: str
    call_now: str
    follow_ups_heading: str
    planned_note: str
    no_follow_ups: str
    dissolve_heading: str
    dissolve_within: str
    about_months: str
    signature: str
    signature_hint: str
    footer_procedure: str
    printed: str
    page: str
    weekdays: tuple[str, str, str, str, str, str, str]
    sides: dict[str, str]
    # A protocol step such as "3 months" names the visit: "Review after 3 months".
    visit_after: str
    units: dict[str, tuple[str, str]]
    attended: str

    def day(self, value: date) -> str:
        return value.strftime("%d/%m/%Y")

    def day_with_weekday(self, value: date) -> str:
        return f"{self.weekdays[value.weekday()]} {self.day(value)}"

    def visit_when(self, day: date, at: time | None) -> str:
        """'Monday 08/12/2026, 09:00': the day, and the time when one is booked."""
        when = self.day_with_weekday(day)
        return f"{when}, {at:%H:%M}" if at is not None else when

    def visit_name(self, step: str, *, attended: bool = False) -> str:
        """The visit named for the patient; a step the clinic named otherwise is kept as is."""
        label = step
        if match := _STEP.match(step.strip().casefold()):
            count = int(match["count"])
            one, many = self.units[match["unit"]]
            label = self.visit_after.format(f"{count} {one if count == 1 else many}")
        return f"{label} ({self.attended})" if attended else label


_STEP = re.compile(r"^(?P<count>\d{1,3})\s*(?P<unit>day|week|month|year)s?$")


EN = SheetLabels(
    title="Aftercare after your thread lift",
    phone="Phone",
    patient="Patient",
    mrn="Record no.",
    date_of_birth="Date of birth",
    procedure_date="Procedure date",
    doctor="Doctor",
    areas="Areas treated",
    threads_heading="Threads placed: your implant record",
    threads_note="Keep this record. Show it to any doctor who treats this area in future.",
    map_note="The drawing shows where your doctor placed the threads; each number is a row "
    "of the table.",
    area="Area",
    product="Product",
    material="Material",
    count="Threads",
    lot="Lot",
    expiry="Expiry",
    call_now="Call the clinic:",
    follow_ups_heading="Your follow-up visits",
    planned_note="Planned dates: the clinic will confirm the time with you. "
    "Call us if you need to change a date.",
    no_follow_ups="The clinic will agree your follow-up visits with you.",
    dissolve_heading="When your threads dissolve",
    dissolve_within="dissolve over {0}",
    about_months="about {0} months",
    signature="Doctor's signature",
    signature_hint="Signed by",
    footer_procedure="procedure {0}",
    printed="Printed {0}",
    page="Page {0} of {1}",
    weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    sides={"left": "left", "right": "right", "both": "both sides", "midline": "midline"},
    visit_after="Review after {0}",
    units={
        "day": ("day", "days"),
        "week": ("week", "weeks"),
        "month": ("month", "months"),
        "year": ("year", "years"),
    },
    attended="attended",
)

VI = SheetLabels(
    title="Hướng dẫn chăm sóc sau căng chỉ",
    phone="Điện thoại",
    patient="Họ và tên",
    mrn="Mã hồ sơ",
    date_of_birth="Ngày sinh",
    procedure_date="Ngày thực hiện",
    doctor="Bác sĩ",
    areas="Vùng điều trị",
    threads_heading="Chỉ đã cấy: hồ sơ cấy ghép của bạn",
    threads_note="Hãy giữ lại bảng này và đưa cho bác sĩ xem nếu sau này bạn điều trị ở vùng này.",
    map_note="Hình vẽ cho thấy vị trí bác sĩ đã cấy chỉ; mỗi con số ứng với một dòng của bảng.",
    area="Vùng",
    product="Sản phẩm",
    material="Chất liệu",
    count="Số sợi",
    lot="Số lô",
    expiry="Hạn dùng",
    call_now="Gọi ngay cho phòng khám:",
    follow_ups_heading="Lịch tái khám",
    planned_note="Đây là ngày dự kiến: phòng khám sẽ liên hệ để xác nhận giờ hẹn. "
    "Nếu cần đổi ngày, hãy gọi cho chúng tôi.",
    no_follow_ups="Phòng khám sẽ hẹn lịch tái khám với bạn.",
    dissolve_heading="Khi nào chỉ tự tiêu",
    dissolve_within="tự tiêu trong khoảng {0}",
    about_months="khoảng {0} tháng",
    signature="Chữ ký bác sĩ",
    signature_hint="Bác sĩ",
    footer_procedure="thủ thuật số {0}",
    printed="In ngày {0}",
    page="Trang {0}/{1}",
    weekdays=("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
    sides={"left": "bên trái", "right": "bên phải", "both": "hai bên", "midline": "đường giữa"},
    visit_after="Tái khám sau {0}",
    units={
        "day": ("ngày", "ngày"),
        "week": ("tuần", "tuần"),
        "month": ("tháng", "tháng"),
        "year": ("năm", "năm"),
    },
    attended="đã khám",
)


def labels(language: str) -> SheetLabels:
    return VI if language == "vi" else EN

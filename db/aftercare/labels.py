"""The fixed words of the sheet (titles, column heads, dates), in Vietnamese and English.

The care advice itself is clinic-editable (texts.py); these words frame it and stay as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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
    area: str
    product: str
    material: str
    count: str
    lot: str
    expiry: str
    call_now: str
    follow_ups_heading: str
    visit: str
    when: str
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
    visit_labels: dict[str, str]

    def day(self, value: date) -> str:
        return value.strftime("%d/%m/%Y")

    def day_with_weekday(self, value: date) -> str:
        return f"{self.weekdays[value.weekday()]} {self.day(value)}"


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
    area="Area",
    product="Product",
    material="Material",
    count="Threads",
    lot="Lot",
    expiry="Expiry",
    call_now="Call the clinic:",
    follow_ups_heading="Your follow-up visits",
    visit="Visit",
    when="Date",
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
    visit_labels={
        "7d": "Check-up after 7 days",
        "1m": "Review after 1 month",
        "3m": "Review after 3 months",
        "6m": "Review after 6 months",
        "12m": "Review after 12 months",
    },
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
    area="Vùng",
    product="Sản phẩm",
    material="Chất liệu",
    count="Số sợi",
    lot="Số lô",
    expiry="Hạn dùng",
    call_now="Gọi ngay cho phòng khám:",
    follow_ups_heading="Lịch tái khám",
    visit="Lần khám",
    when="Ngày",
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
    visit_labels={
        "7d": "Tái khám sau 7 ngày",
        "1m": "Tái khám sau 1 tháng",
        "3m": "Tái khám sau 3 tháng",
        "6m": "Tái khám sau 6 tháng",
        "12m": "Tái khám sau 12 tháng",
    },
)


def labels(language: str) -> SheetLabels:
    return VI if language == "vi" else EN

"""The fixed words of the one-page procedure record, in Vietnamese and English.

Like the aftercare sheet's words (db.aftercare.labels), they are printed in the language chosen
for the page, whatever language the program's window speaks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RecordWords:
    title: str
    patient: str
    mrn: str
    date_of_birth: str
    performed: str
    doctor: str
    nurse: str
    anaesthesia: str
    consent: str
    consent_line: str  # "{method}, {given_at} (consent no. {consent_id})"
    no_consent: str
    notes: str
    reason: str
    placements: str
    number: str
    area: str
    product: str
    material: str
    count: str
    drawn: str
    lot: str
    expiry: str
    map: str
    map_note: str
    no_map: str
    footer: str  # "{name} · {mrn} · procedure {procedure_id}"
    printed: str  # "Printed {day}"


ENGLISH = RecordWords(
    title="Procedure record: thread lift",
    patient="Patient",
    mrn="Record no.",
    date_of_birth="Date of birth",
    performed="Performed",
    doctor="Doctor",
    nurse="Nurse",
    anaesthesia="Anaesthesia",
    consent="Consent",
    consent_line="{method}, {given_at} (consent no. {consent_id})",
    no_consent="Recorded before consent records were kept",
    notes="Notes",
    reason="Reason for an area threads are not suited to",
    placements="Placements",
    number="No.",
    area="Area and side",
    product="Product",
    material="Material",
    count="Threads",
    drawn="Drawn",
    lot="Lot",
    expiry="Expiry",
    map="Thread map",
    map_note="Threads as the doctor drew them; each number is a placement of the table, "
    "at the entry point of its first thread.",
    no_map="No threads were drawn for this procedure: it was charted from the keyboard.",
    footer="{name} · {mrn} · procedure {procedure_id}",
    printed="Printed {day}",
)

VIETNAMESE = RecordWords(
    title="Hồ sơ thủ thuật căng chỉ",
    patient="Họ và tên",
    mrn="Mã hồ sơ",
    date_of_birth="Ngày sinh",
    performed="Thời gian thực hiện",
    doctor="Bác sĩ",
    nurse="Điều dưỡng",
    anaesthesia="Gây tê",
    consent="Cam kết đồng ý",
    consent_line="{method}, {given_at} (cam kết số {consent_id})",
    no_consent="Ghi nhận trước khi có hồ sơ cam kết",
    notes="Ghi chú",
    reason="Lý do điều trị ở vùng không phù hợp với chỉ",
    placements="Các vị trí cấy chỉ",
    number="STT",
    area="Vùng và bên",
    product="Sản phẩm",
    material="Chất liệu",
    count="Số sợi",
    drawn="Đã vẽ",
    lot="Số lô",
    expiry="Hạn dùng",
    map="Sơ đồ chỉ",
    map_note="Các sợi chỉ theo hình bác sĩ đã vẽ; mỗi con số là một vị trí trong bảng, đặt ở "
    "điểm vào của sợi đầu tiên.",
    no_map="Thủ thuật này không có hình vẽ sợi chỉ: được ghi bằng bàn phím.",
    footer="{name} · {mrn} · thủ thuật số {procedure_id}",
    printed="In ngày {day}",
)


def record_words(language: str) -> RecordWords:
    return VIETNAMESE if language == "vi" else ENGLISH

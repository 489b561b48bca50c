"""The word lists: a patient's sex and language, materials, designs, treated areas, sides...

Each entry has a stable code (stored), an English and a Vietnamese label (shown and printed).
"""

from __future__ import annotations

from dataclasses import dataclass

from db.wording import language


@dataclass(frozen=True)
class Term:
    code: str
    en: str
    vi: str

    def label(self, language: str) -> str:
        return self.vi if language == "vi" else self.en


@dataclass(frozen=True)
class Material(Term):
    default_absorption_months: int
    absorption_text_en: str
    absorption_text_vi: str


MATERIALS = (
    Material("PDO", "PDO (polydioxanone)", "PDO (polydioxanone)", 7, "6-8 months", "6-8 tháng"),
    Material("PLLA", "PLLA (poly-L-lactic acid)", "PLLA (poly-L-lactic acid)", 15,
             "12-18 months", "12-18 tháng"),
    Material("PCL", "PCL (polycaprolactone)", "PCL (polycaprolactone)", 30,
             "24-36 months", "24-36 tháng"),
    Material("other", "Other material", "Chất liệu khác", 12, "as stated by the maker",
             "theo nhà sản xuất"),
)  # fmt: skip

DESIGNS = (
    Term("mono", "Mono (smooth)", "Chỉ trơn (mono)"),
    Term("cog", "Cog / barbed", "Chỉ gai (cog)"),
    Term("screw", "Screw / twisted", "Chỉ xoắn (screw)"),
    Term("mesh", "Mesh / multi-strand", "Chỉ lưới / nhiều sợi"),
)

AREAS = (
    Term("nasolabial", "Nasolabial folds", "Rãnh mũi má"),
    Term("marionette", "Marionette lines", "Rãnh cười (marionette)"),
    Term("midface", "Cheeks / midface", "Má / vùng giữa mặt"),
    Term("jowls", "Jowls", "Chảy xệ hàm dưới"),
    Term("jawline", "Jawline contouring", "Đường viền hàm"),
    Term("forehead", "Forehead", "Trán"),
    Term("brow", "Brow lift", "Nâng cung mày"),
    Term("neck", "Neck", "Cổ"),
    Term("abdomen", "Abdomen", "Bụng"),
    Term("breast", "Breast", "Ngực"),
    Term("nose", "Nose augmentation", "Nâng mũi"),
    Term("buttock", "Buttock augmentation", "Nâng mông"),
    Term("other", "Other area", "Vùng khác"),
)

SEXES = (
    Term("female", "Female", "Nữ"),
    Term("male", "Male", "Nam"),
    Term("other", "Other", "Khác"),
)

# The languages of the printed sheets (and so of a patient's sheets); `label(code)` is each
# language's own name for itself.
LANGUAGES = (
    Term("vi", "Vietnamese", "Tiếng Việt"),
    Term("en", "English", "English"),
)

# Threads cannot hold a shape long-term here and complications are more likely: warn, ask why.
CONTRAINDICATED_AREAS = frozenset({"nose", "buttock"})

SIDES = (
    Term("left", "Left", "Trái"),
    Term("right", "Right", "Phải"),
    Term("both", "Both sides", "Hai bên"),
    Term("midline", "Midline", "Đường giữa"),
)

ANAESTHESIA = (
    Term("none", "None", "Không"),
    Term("topical", "Topical (cream)", "Gây tê bôi"),
    Term("local", "Local injection", "Gây tê tại chỗ"),
)


def term(terms: tuple[Term, ...], code: str) -> Term:
    for entry in terms:
        if entry.code == code:
            return entry
    raise KeyError(code)


def codes(terms: tuple[Term, ...]) -> frozenset[str]:
    return frozenset(entry.code for entry in terms)


def material(code: str) -> Material:
    for entry in MATERIALS:
        if entry.code == code:
            return entry
    raise KeyError(code)


COMPLICATION_TYPES = (
    Term("bruising", "Bruising (ecchymosis)", "Bầm tím"),
    Term("swelling", "Swelling (oedema)", "Sưng nề"),
    Term("pain", "Pain / tenderness", "Đau / ấn đau"),
    Term("dimpling", "Dimpling / skin irregularity", "Lõm da / da không đều"),
    Term("asymmetry", "Asymmetry", "Mất cân xứng"),
    Term("visible_thread", "Visible or palpable thread", "Lộ hoặc sờ thấy chỉ"),
    Term("extrusion", "Thread extrusion / exposure", "Chỉ trồi / lộ ra ngoài da"),
    Term("migration", "Thread migration / displacement", "Chỉ di lệch"),
    Term("infection", "Infection", "Nhiễm trùng"),
    Term("haematoma", "Haematoma", "Tụ máu"),
    Term("paraesthesia", "Paraesthesia / nerve irritation", "Dị cảm / kích thích thần kinh"),
    Term("facial_nerve", "Facial nerve weakness", "Yếu thần kinh mặt"),
    Term("granuloma", "Granuloma / inflammatory nodule", "U hạt / nốt viêm"),
    Term("other", "Other", "Khác"),
)


@dataclass(frozen=True)
class ReferenceRate:
    """Published incidence (share of treated patients) used to judge a lot's own figures."""

    rate: float
    source: str
    source_vi: str

    def cited(self) -> str:
        """The source in the session's language."""
        return self.source_vi if language() == "vi" else self.source


# Where two published figures differ, the higher one is used so a lot is flagged only when it
# is clearly worse than the literature, not because of which review was quoted.
REFERENCE_RATES: dict[str, ReferenceRate] = {
    "bruising": ReferenceRate(
        0.195, "absorbable-thread review, 19 studies", "tổng quan chỉ tự tiêu, 19 nghiên cứu"
    ),
    "swelling": ReferenceRate(0.35, "Niu 2021 meta-analysis", "phân tích gộp Niu 2021"),
    "pain": ReferenceRate(
        0.10, "absorbable-thread review, 19 studies", "tổng quan chỉ tự tiêu, 19 nghiên cứu"
    ),
    "dimpling": ReferenceRate(0.10, "Niu 2021 meta-analysis", "phân tích gộp Niu 2021"),
    "visible_thread": ReferenceRate(0.04, "Niu 2021 meta-analysis", "phân tích gộp Niu 2021"),
    "extrusion": ReferenceRate(0.02, "Niu 2021 meta-analysis", "phân tích gộp Niu 2021"),
    "migration": ReferenceRate(
        0.11, "PDO cohort, n=160 (displacement)", "nhóm bệnh nhân chỉ PDO, n=160 (di lệch)"
    ),
    "infection": ReferenceRate(
        0.025, "absorbable-thread review, 19 studies", "tổng quan chỉ tự tiêu, 19 nghiên cứu"
    ),
    "haematoma": ReferenceRate(
        0.006, "absorbable-thread review, 19 studies", "tổng quan chỉ tự tiêu, 19 nghiên cứu"
    ),
    "paraesthesia": ReferenceRate(0.06, "Niu 2021 meta-analysis", "phân tích gộp Niu 2021"),
}

SEVERITIES = (
    Term("1", "1 Mild", "1 Nhẹ"),
    Term("2", "2 Moderate", "2 Trung bình"),
    Term("3", "3 Severe", "3 Nặng"),
    Term("4", "4 Life-threatening", "4 Đe dọa tính mạng"),
    Term("5", "5 Death", "5 Tử vong"),
)

OUTCOMES = (
    Term("ongoing", "Ongoing", "Đang diễn tiến"),
    Term("recovering", "Recovering", "Đang hồi phục"),
    Term("resolved", "Resolved", "Đã khỏi"),
    Term("resolved_sequelae", "Resolved with sequelae", "Khỏi, còn di chứng"),
    Term("fatal", "Fatal", "Tử vong"),
    Term("unknown", "Unknown", "Không rõ"),
)
OPEN_OUTCOMES = frozenset({"ongoing", "recovering", "unknown"})
RESOLVED_OUTCOMES = frozenset({"resolved", "resolved_sequelae", "fatal"})

ACTIONS = (
    Term("observation", "Observation", "Theo dõi"),
    Term("massage", "Massage / moulding", "Xoa bóp / nắn chỉnh"),
    Term("antibiotics", "Antibiotics", "Kháng sinh"),
    Term("drainage", "Drainage", "Dẫn lưu"),
    Term("trimming", "Thread trimming", "Cắt chỉ"),
    Term("removal", "Thread removal", "Rút chỉ"),
    Term("other", "Other", "Khác"),
)

CONTACT_OUTCOMES = (
    Term("reached", "Reached, visit confirmed", "Đã liên lạc, xác nhận lịch"),
    Term("rebooked", "Reached, asked for another date", "Đã liên lạc, xin đổi lịch"),
    Term("no_answer", "No answer", "Không nghe máy"),
    Term("left_message", "Left a message", "Đã để lại lời nhắn"),
    Term("wrong_number", "Wrong number", "Sai số"),
    Term("declined", "Declined the visit", "Từ chối tái khám"),
)

GAIS_SCALE = "GAIS 1-5"
GAIS = (
    Term("1", "1 Very much improved", "1 Cải thiện rất nhiều"),
    Term("2", "2 Much improved", "2 Cải thiện nhiều"),
    Term("3", "3 Improved", "3 Cải thiện"),
    Term("4", "4 No change", "4 Không thay đổi"),
    Term("5", "5 Worse", "5 Xấu hơn"),
)

ALERT_KINDS = (
    Term("allergy", "Allergy", "Dị ứng"),
    Term("history", "Medical history", "Tiền sử bệnh"),
    Term("contraindication", "Contraindication", "Chống chỉ định"),
)

# absolute: charting stops unless a doctor writes why; relative: the doctor acknowledges it when
# charting; note: shown in red, asks nothing.
ALERT_LEVELS = (
    Term("absolute", "Absolute: stops charting", "Tuyệt đối: dừng ghi thủ thuật"),
    Term("relative", "Relative: acknowledge when charting", "Tương đối: xác nhận khi ghi"),
    Term("note", "For information", "Để biết"),
)


@dataclass(frozen=True)
class Contraindication(Term):
    level: str


# The usual list from reviews and clinic protocols, each with the level it starts at.
CONTRAINDICATIONS = (
    Contraindication("pregnancy", "Pregnancy or breastfeeding", "Mang thai hoặc cho con bú",
                     "absolute"),
    Contraindication("skin_infection", "Active skin infection or inflammation in the area",
                     "Nhiễm trùng hoặc viêm da đang hoạt động ở vùng điều trị", "absolute"),
    Contraindication("material_allergy", "Allergy to the thread material",
                     "Dị ứng với chất liệu chỉ", "absolute"),
    Contraindication("implant", "Permanent filler or implant in the thread path",
                     "Chất làm đầy vĩnh viễn hoặc vật cấy ghép trên đường đi của chỉ",
                     "absolute"),
    Contraindication("anticoagulant", "Anticoagulant or antiplatelet medicine, bleeding disorder",
                     "Thuốc chống đông hoặc chống kết tập tiểu cầu, rối loạn đông máu",
                     "relative"),
    Contraindication("autoimmune", "Autoimmune disease or immunosuppression",
                     "Bệnh tự miễn hoặc suy giảm miễn dịch", "relative"),
    Contraindication("keloid", "Keloid or hypertrophic scarring", "Sẹo lồi hoặc sẹo phì đại",
                     "relative"),
    Contraindication("diabetes", "Uncontrolled diabetes", "Đái tháo đường chưa kiểm soát",
                     "relative"),
    Contraindication("skin_quality", "Very heavy or very lax skin", "Da quá dày hoặc quá chảy xệ",
                     "relative"),
    Contraindication("expectations", "Unrealistic expectations", "Kỳ vọng không thực tế",
                     "relative"),
    Contraindication("recent_injectable", "Recent filler or botulinum toxin in the same area",
                     "Mới tiêm chất làm đầy hoặc botulinum cùng vùng", "relative"),
    Contraindication("other", "Other", "Khác", "relative"),
)  # fmt: skip

VISIT_KINDS = (
    Term("consultation", "Consultation", "Tư vấn"),
    Term("procedure", "Procedure", "Thủ thuật"),
    Term("review", "Extra review", "Tái khám thêm"),
)

VISIT_STATUSES = (
    Term("booked", "Booked", "Đã hẹn"),
    Term("arrived", "Arrived", "Đã đến"),
    Term("no_show", "No-show", "Không đến"),
    Term("cancelled", "Cancelled", "Đã huỷ"),
)

# Each purpose needs its own consent (Vietnam's personal data law: per purpose, provable).
CONSENT_PURPOSES = (
    Term("treatment", "Treatment (one procedure)", "Điều trị (một lần thủ thuật)"),
    Term("photographs", "Clinical photographs", "Chụp ảnh lâm sàng"),
    Term("photo_teaching", "Photographs for teaching or marketing",
         "Dùng ảnh cho đào tạo hoặc quảng bá"),
    Term("reminders", "Reminders by phone, SMS or Zalo", "Nhắc lịch qua điện thoại, SMS, Zalo"),
    Term("health_data", "Processing of health information", "Xử lý dữ liệu sức khỏe"),
)  # fmt: skip

CONSENT_METHODS = (
    Term("signed_screen", "Signed on screen", "Ký trên màn hình"),
    Term("paper_scanned", "Signed on paper, scanned", "Ký trên giấy, đã quét"),
    Term("oral", "Given orally, witnessed", "Đồng ý bằng lời, có người chứng kiến"),
    # Consents ticked in a box before consent records existed; never chosen for a new one.
    Term("tick_box", "Tick box (before consent records)", "Ô đánh dấu (trước khi có hồ sơ đồng ý)"),
)

WITHDRAWAL_METHODS = (
    Term("in_person", "Told us in person", "Báo trực tiếp"),
    Term("phone", "By phone or message", "Qua điện thoại hoặc tin nhắn"),
    Term("written", "In writing", "Bằng văn bản"),
)

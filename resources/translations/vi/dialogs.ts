<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name></name>
    <message>
        <location filename="../../../desktop/dialogs/connection.py" line="+34"/>
        <source>Encrypt when the server offers it</source>
        <translation>Mã hóa khi máy chủ hỗ trợ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt</source>
        <translation>Luôn mã hóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always encrypt and check the server&apos;s certificate</source>
        <translation>Luôn mã hóa và kiểm tra chứng chỉ của máy chủ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never encrypt (only on a trusted clinic network)</source>
        <translation>Không mã hóa (chỉ dùng trong mạng nội bộ tin cậy của phòng khám)</translation>
    </message>
    <message>
        <location filename="../../../desktop/dialogs/patient_form.py" line="+41"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../../desktop/dialogs/review_form.py" line="+29"/>
        <source>1 Very dissatisfied</source>
        <translation>1 Rất không hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 Dissatisfied</source>
        <translation>2 Không hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Neutral</source>
        <translation>3 Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 Satisfied</source>
        <translation>4 Hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 Very satisfied</source>
        <translation>5 Rất hài lòng</translation>
    </message>
    <message>
        <location filename="../../../desktop/dialogs/user_form.py" line="+30"/>
        <source>Nurse (reception)</source>
        <translation>Điều dưỡng (lễ tân)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>Bác sĩ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../../desktop/dialogs/photo_compare.py" line="+144"/>
        <source>{date} · {stage}</source>
        <translation>{date} · {stage}</translation>
    </message>
    <message>
        <location filename="../../../desktop/dialogs/booking_form.py" line="+73"/>
        <source>Before you go on:

{warnings}</source>
        <translation>Trước khi tiếp tục:

{warnings}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>AftercarePreviewDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/aftercare_preview.py" line="+51"/>
        <source>%n page(s)</source>
        <translation>%n trang</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Aftercare sheet: {name}</source>
        <translation>Phiếu chăm sóc sau thủ thuật: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{language} ({own_name})</source>
        <translation>{language} ({own_name})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the sheet</source>
        <translation>Ngôn ngữ của phiếu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Making the sheet…</source>
        <translation>Đang tạo phiếu…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save aftercare sheet</source>
        <translation>Lưu phiếu chăm sóc sau thủ thuật</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent to {printer}.</source>
        <translation>Đã gửi tới {printer}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved to {path}.</source>
        <translation>Đã lưu vào {path}.</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/alert_form.py" line="+42"/>
        <source>Add an alert</source>
        <translation>Thêm cảnh báo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose the contraindication…</source>
        <translation>Chọn chống chỉ định…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. lidocaine: hives; warfarin 5 mg daily</source>
        <translation>ví dụ: lidocain: nổi mề đay; warfarin 5 mg mỗi ngày</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contraindication</source>
        <translation>Chống chỉ định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When charting</source>
        <translation>Khi ghi thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add alert</source>
        <translation>Thêm cảnh báo</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/booking_form.py" line="+23"/>
        <source>Book a visit</source>
        <translation>Đặt lịch hẹn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, phone or record number, then Enter</source>
        <translation>Họ tên, số điện thoại hoặc mã hồ sơ, rồi nhấn Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search for the patient above…</source>
        <translation>Tìm bệnh nhân ở ô phía trên…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Lượt khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>Bác sĩ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Chiều dài</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book visit</source>
        <translation>Đặt lịch</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No patient found</source>
        <translation>Không tìm thấy bệnh nhân</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find and choose the patient.</source>
        <translation>Hãy tìm và chọn bệnh nhân.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Book anyway</source>
        <translation>Vẫn đặt lịch</translation>
    </message>
</context>
<context>
    <name>CancelForm</name>
    <message>
        <location filename="../../../desktop/dialogs/follow_up_forms.py" line="+147"/>
        <source>Cancel the follow-up</source>
        <translation>Hủy lịch tái khám</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/booking_form.py" line="+79"/>
        <source>Cancel a visit</source>
        <translation>Hủy lịch hẹn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} ({mrn}), {when}</source>
        <translation>{name} ({mrn}), {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the visit</source>
        <translation>Hủy lịch hẹn này</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/change_password.py" line="+43"/>
        <source>Change my password</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: choose a password of at least {length} characters that only you know.</source>
        <translation>{name}: hãy chọn mật khẩu dài ít nhất {length} ký tự mà chỉ mình bạn biết.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
</context>
<context>
    <name>ComplicationCourse</name>
    <message>
        <location filename="../../../desktop/dialogs/complication_form.py" line="+47"/>
        <source>Choose severity…</source>
        <translation>Chọn mức độ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serious: needed hospital care or surgery, or left lasting harm</source>
        <translation>Nghiêm trọng: phải nhập viện hoặc phẫu thuật, hoặc để lại di chứng lâu dài</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actions taken</source>
        <translation>Xử trí đã làm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Diễn tiến</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved on</source>
        <translation>Ngày khỏi hẳn</translation>
    </message>
</context>
<context>
    <name>ComplicationDialog</name>
    <message>
        <location line="+38"/>
        <source>Record a complication</source>
        <translation>Ghi nhận biến chứng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date}: procedure {number} by {doctor}</source>
        <translation>{date}: thủ thuật số {number}, {doctor} thực hiện</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the type…</source>
        <translation>Chọn loại biến chứng…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>describe it</source>
        <translation>mô tả biến chứng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Procedure</source>
        <translation>Thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot involved</source>
        <translation>Lô chỉ liên quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Loại biến chứng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onset</source>
        <translation>Ngày khởi phát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save complication</source>
        <translation>Lưu biến chứng</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the area…</source>
        <translation>Chọn vùng…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— the whole procedure —</source>
        <translation>— cả thủ thuật —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{area}: {product}, lot {lot} (exp. {expiry})</source>
        <translation>{area}: {product}, lô {lot} (HSD {expiry})</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This patient has no procedure to link the complication to.</source>
        <translation>Bệnh nhân này chưa có thủ thuật nào để gắn biến chứng vào.</translation>
    </message>
</context>
<context>
    <name>ComplicationUpdateDialog</name>
    <message>
        <location line="+34"/>
        <source>Update: {complication}</source>
        <translation>Cập nhật: {complication}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}  {by}: severity {severity}, {outcome} — {note}</source>
        <translation>{date}  {by}: mức độ {severity}, {outcome} — {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date}  {by}: severity {severity}, {outcome}</source>
        <translation>{date}  {by}: mức độ {severity}, {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first recorded</source>
        <translation>ghi nhận lần đầu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Course so far</source>
        <translation>Diễn tiến đến nay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save update</source>
        <translation>Lưu cập nhật</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/connection.py" line="+16"/>
        <source>Threadbook: database</source>
        <translation>Threadbook: cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where does this PC keep the clinic&apos;s records?</source>
        <translation>Máy này lưu hồ sơ của phòng khám ở đâu?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only on this PC, in a file on this computer</source>
        <translation>Chỉ trên máy này, trong một tệp trên máy tính này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the clinic&apos;s PostgreSQL server, shared by several PCs</source>
        <translation>Trên máy chủ PostgreSQL của phòng khám, dùng chung cho nhiều máy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example 192.168.1.10 or clinic-server</source>
        <translation>ví dụ 192.168.1.10 hoặc clinic-server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept in this computer&apos;s password store, not in a file.</source>
        <translation>Được giữ trong kho mật khẩu của máy tính này, không lưu trong tệp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Mã hóa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test connection</source>
        <translation>Thử kết nối</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{problem}
Check the server&apos;s name, port, user and password.</source>
        <translation>{problem}
Hãy kiểm tra tên máy chủ, cổng, người dùng và mật khẩu.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/consent_form.py" line="+87"/>
        <source>Record consent: {name} ({mrn})</source>
        <translation>Ghi nhận cam kết đồng ý: {name} ({mrn})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thread materials:</source>
        <translation>Chất liệu chỉ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signs on screen</source>
        <translation>Ký trên màn hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on paper (attach the scan)</source>
        <translation>Ký trên giấy (đính kèm bản quét)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees aloud, with a witness</source>
        <translation>Đồng ý bằng lời, có người làm chứng</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear signature</source>
        <translation>Xóa chữ ký</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach the scanned form…</source>
        <translation>Đính kèm bản quét…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No scan attached yet.</source>
        <translation>Chưa đính kèm bản quét.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full name of the person who heard the consent</source>
        <translation>Họ tên người đã nghe bệnh nhân đồng ý</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Consent to</source>
        <translation>Đồng ý cho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the text</source>
        <translation>Ngôn ngữ của văn bản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Areas agreed</source>
        <translation>Vùng đồng ý thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is given</source>
        <translation>Hình thức đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature or proof</source>
        <translation>Chữ ký hoặc bằng chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Ngày giờ đồng ý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save consent</source>
        <translation>Lưu cam kết đồng ý</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Text version {number}</source>
        <translation>Văn bản phiên bản {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanned consent form</source>
        <translation>Bản quét phiếu cam kết đồng ý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Bản quét (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} could not be read: {reason}</source>
        <translation>Không đọc được {name}: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attached: {name}</source>
        <translation>Đã đính kèm: {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Say when it was given.</source>
        <translation>Hãy ghi thời điểm bệnh nhân đồng ý.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../../desktop/dialogs/follow_up_forms.py" line="-61"/>
        <source>Record a phone call</source>
        <translation>Ghi nhận cuộc gọi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>EndAlertDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/alert_form.py" line="+58"/>
        <source>End an alert</source>
        <translation>Kết thúc cảnh báo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it no longer applies</source>
        <translation>Lý do không còn áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End alert</source>
        <translation>Kết thúc cảnh báo</translation>
    </message>
</context>
<context>
    <name>ExportRecordDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/export_record.py" line="+43"/>
        <source>Export the record of {name}</source>
        <translation>Xuất hồ sơ của {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF summary, for the patient to read</source>
        <translation>Bản tóm tắt PDF, để bệnh nhân đọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FHIR file, for another clinic&apos;s computer system</source>
        <translation>Tệp FHIR, cho hệ thống máy tính của phòng khám khác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write everything recorded about this patient as:</source>
        <translation>Ghi mọi thông tin đã lưu về bệnh nhân này dưới dạng:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Into the folder:</source>
        <translation>Vào thư mục:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export into which folder?</source>
        <translation>Xuất vào thư mục nào?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick the PDF summary, the FHIR file, or both.</source>
        <translation>Hãy chọn bản tóm tắt PDF, tệp FHIR, hoặc cả hai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} already exist in that folder. Replace them?</source>
        <translation>{names} đã có trong thư mục đó. Thay thế chúng?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {names}.</source>
        <translation>Đã lưu {names}.</translation>
    </message>
</context>
<context>
    <name>FollowUpForms</name>
    <message>
        <location filename="../../../desktop/dialogs/follow_up_forms.py" line="-62"/>
        <source>{name} ({mrn}), {phone}
{step} follow-up after the procedure of {performed}, due {due}</source>
        <translation>{name} ({mrn}), {phone}
Tái khám {step} sau thủ thuật ngày {performed}, hẹn lúc {due}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/login.py" line="+27"/>
        <source>This PC&apos;s file: {path}</source>
        <translation>Tệp trên máy này: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{database} on server {server}</source>
        <translation>{database} trên máy chủ {server}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Threadbook: log in</source>
        <translation>Threadbook: đăng nhập</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>LotActionDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/lot_action.py" line="+51"/>
        <source>Write off threads</source>
        <translation>Xuất hủy chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return threads to the supplier</source>
        <translation>Trả chỉ cho nhà cung cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall lot</source>
        <translation>Thu hồi lô</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{product}
Lot {lot}, expires {expiry}, {on_hand} on hand</source>
        <translation>{product}
Lô {lot}, hạn dùng {expiry}, còn {on_hand} sợi trong kho</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recalled on</source>
        <translation>Ngày thu hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason or notice</source>
        <translation>Lý do hoặc thông báo thu hồi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recalled lot can no longer be charted. Open the Recall page to see every patient who received it.</source>
        <translation>Lô đã thu hồi không thể ghi nhận vào thủ thuật nữa. Mở trang Thu hồi để xem mọi bệnh nhân đã dùng lô này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threads</source>
        <translation>Số sợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>MoveVisitDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/booking_form.py" line="-77"/>
        <source>Move a visit</source>
        <translation>Dời lịch hẹn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({mrn}) with {doctor}, now {when}</source>
        <translation>{name} ({mrn}) với {doctor}, hiện hẹn lúc {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New date and time</source>
        <translation>Ngày giờ mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move visit</source>
        <translation>Dời lịch</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move anyway</source>
        <translation>Vẫn dời lịch</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/patient_form.py" line="+23"/>
        <source>New patient</source>
        <translation>Bệnh nhân mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit {name} ({mrn})</source>
        <translation>Sửa hồ sơ {name} ({mrn})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail (optional)</source>
        <translation>Email (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (optional)</source>
        <translation>Địa chỉ (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of printed sheets</source>
        <translation>Ngôn ngữ phiếu in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Dị ứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical notes</source>
        <translation>Ghi chú y khoa</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only a doctor can change this.</source>
        <translation>Chỉ bác sĩ mới được sửa mục này.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(empty)</source>
        <translation>(để trống)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>• {field}: {typed}</source>
        <translation>• {field}: {typed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved by {name} while you were editing. The form now shows that version, with your changes kept wherever they did not change the same field.</source>
        <translation>{name} đã lưu hồ sơ trong lúc bạn đang sửa. Biểu mẫu giờ hiển thị bản đó, và vẫn giữ những gì bạn sửa ở các ô người kia không sửa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You both changed these; theirs is in the form, what you typed is here:</source>
        <translation>Cả hai người cùng sửa các ô sau; biểu mẫu hiển thị bản của người kia, còn bạn đã gõ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the form, then save again.</source>
        <translation>Hãy kiểm tra lại biểu mẫu rồi lưu lần nữa.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>• {name}, {born}, {phone} ({mrn})</source>
        <translation>• {name}, {born}, {phone} ({mrn})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These patients have the same name and date of birth, or the same phone:

{patients}

If this is one of them, go back and open their file instead.</source>
        <translation>Những bệnh nhân sau trùng họ tên và ngày sinh, hoặc trùng số điện thoại:

{patients}

Nếu đây là một trong số họ, hãy quay lại và mở hồ sơ có sẵn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reload, keeping what I typed</source>
        <translation>Tải lại, giữ những gì tôi đã gõ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>someone else</source>
        <translation>người khác</translation>
    </message>
</context>
<context>
    <name>PhotoCompareDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/photo_compare.py" line="-67"/>
        <source>Compare photos: {name} ({mrn})</source>
        <translation>So sánh ảnh: {name} ({mrn})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Side by side</source>
        <translation>Đặt cạnh nhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaid</source>
        <translation>Chồng lên nhau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export for the patient…</source>
        <translation>Xuất cho bệnh nhân…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for teaching or marketing…</source>
        <translation>Xuất cho đào tạo hoặc quảng bá…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View</source>
        <translation>Góc chụp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>Ảnh trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Ảnh sau</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No photos of this view yet.</source>
        <translation>Chưa có ảnh nào ở góc chụp này.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the photos…</source>
        <translation>Đang tải ảnh…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export comparison</source>
        <translation>Xuất ảnh so sánh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF page (*.pdf);;PNG image (*.png)</source>
        <translation>Trang PDF (*.pdf);;Ảnh PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>PhotoImportDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/photo_import.py" line="+88"/>
        <source>Import photos: {name} ({mrn})</source>
        <translation>Nhập ảnh: {name} ({mrn})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— not linked to a procedure —</source>
        <translation>— không gắn với thủ thuật —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>Góc chụp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>checking…</source>
        <translation>đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a photo to see it over the earlier one.</source>
        <translation>Chọn một ảnh để xem chồng lên ảnh lần trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken</source>
        <translation>Thời điểm chụp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Ngày chụp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store photos</source>
        <translation>Lưu ảnh</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ready ({width} × {height})</source>
        <translation>sẵn sàng ({width} × {height})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading the earlier photo of this view…</source>
        <translation>Đang tải ảnh trước đây của góc chụp này…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Faint: the {view} photo of {date}.</source>
        <translation>Ảnh mờ: ảnh {view} ngày {date}.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>No earlier photo of this view.</source>
        <translation>Chưa có ảnh lần trước ở góc chụp này.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Say when they were taken.</source>
        <translation>Hãy ghi ngày chụp ảnh.</translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message>
        <location filename="../../../desktop/dialogs/procedure_placements.py" line="+90"/>
        <source>Add placement</source>
        <translation>Thêm vị trí đặt chỉ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placements</source>
        <translation>Vị trí đặt chỉ</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Lot {lot} (GTIN {gtin}) has not been received into stock. Receive the box first: Inventory → Receive stock.</source>
        <translation>Lô {lot} (GTIN {gtin}) chưa được nhập kho. Hãy nhập hộp chỉ trước: Kho → Nhập kho.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lot {lot} was recalled: do not use it.</source>
        <translation>Lô {lot} đã bị thu hồi: không được dùng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot {lot} expired on {expiry}: do not use it.</source>
        <translation>Lô {lot} đã hết hạn dùng ngày {expiry}: không được dùng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lot {lot} has no threads left in stock.</source>
        <translation>Lô {lot} đã hết chỉ trong kho.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added: {lot}. Choose the area and side.</source>
        <translation>Đã thêm: {lot}. Hãy chọn vùng và bên.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/procedure_form.py" line="+80"/>
        <source>Chart procedure: {name} ({mrn})</source>
        <translation>Ghi nhận thủ thuật: {name} ({mrn})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performing doctor</source>
        <translation>Bác sĩ thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assisting nurse</source>
        <translation>Điều dưỡng hỗ trợ</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Record consent…</source>
        <translation>Ghi nhận cam kết đồng ý…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed consent</source>
        <translation>Cam kết đã ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anaesthesia</source>
        <translation>Gây tê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>⚠ Threads are not suited to nose or buttock augmentation: they cannot hold a shape long-term and complications are more likely. Write the clinical reason for going ahead; it is kept with the procedure.</source>
        <translation>⚠ Chỉ không phù hợp để nâng mũi hay nâng mông: chỉ không giữ được dáng lâu dài và dễ gây biến chứng hơn. Hãy ghi lý do chuyên môn để vẫn thực hiện; lý do được lưu cùng thủ thuật.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save procedure</source>
        <translation>Lưu thủ thuật</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the signed consent…</source>
        <translation>Chọn cam kết đồng ý đã ký…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} · {areas} · {materials}</source>
        <translation>{when} · {areas} · {materials}</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>This procedure includes nose or buttock augmentation, which threads are not suited to. Your reason will be stored with it. Chart it anyway?</source>
        <translation>Thủ thuật này có nâng mũi hoặc nâng mông, là những vùng không phù hợp căng chỉ. Lý do của bạn sẽ được lưu cùng thủ thuật. Vẫn ghi nhận thủ thuật?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart with my reason</source>
        <translation>Ghi nhận kèm lý do của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>ProcedureRecordDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/procedure_record.py" line="+44"/>
        <source>Procedure record: {name}, procedure {id}</source>
        <translation>Biên bản thủ thuật: {name}, thủ thuật {id}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save procedure record</source>
        <translation>Lưu biên bản thủ thuật</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/product_form.py" line="+52"/>
        <source>New thread product</source>
        <translation>Sản phẩm chỉ mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit product</source>
        <translation>Sửa sản phẩm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>for example 19G or USP 2-0</source>
        <translation>ví dụ 19G hoặc USP 2-0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: the 14 digits after (01) on the box</source>
        <translation>không bắt buộc: 14 chữ số sau (01) trên hộp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manufacturer</source>
        <translation>Nhà sản xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>Chất liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design</source>
        <translation>Kiểu chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gauge</source>
        <translation>Cỡ chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Chiều dài</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GTIN</source>
        <translation>Mã GTIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absorbed in about</source>
        <translation>Tự tiêu sau khoảng</translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/receive_stock.py" line="+39"/>
        <source>Receive stock</source>
        <translation>Nhập kho</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> threads</source>
        <translation> sợi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan</source>
        <translation>Quét mã</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot number</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date</source>
        <translation>Hạn dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Ngày nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take into stock</source>
        <translation>Nhập kho</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No product in the catalogue has GTIN {gtin}. Add it now?</source>
        <translation>Danh mục chưa có sản phẩm nào mang mã GTIN {gtin}. Thêm ngay bây giờ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add product</source>
        <translation>Thêm sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown GTIN {gtin}: add the product first.</source>
        <translation>Mã GTIN {gtin} chưa có trong danh mục: hãy thêm sản phẩm trước.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read: {product}, lot {lot}. Check the quantity, then take into stock.</source>
        <translation>Đã đọc: {product}, lô {lot}. Kiểm tra số lượng rồi nhập kho.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the product, or add it to the catalogue first.</source>
        <translation>Hãy chọn sản phẩm, hoặc thêm sản phẩm vào danh mục trước.</translation>
    </message>
</context>
<context>
    <name>RescheduleForm</name>
    <message>
        <location filename="../../../desktop/dialogs/follow_up_forms.py" line="+79"/>
        <source>Move the follow-up</source>
        <translation>Dời lịch tái khám</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New date and time</source>
        <translation>Ngày giờ mới</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/user_form.py" line="+123"/>
        <source>New password for {username}</source>
        <translation>Mật khẩu mới cho {username}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a new password for {name}. It also lifts a lock after wrong passwords. They can change it themselves afterwards.</source>
        <translation>Đặt mật khẩu mới cho {name}. Việc này cũng mở khóa tài khoản bị khóa do nhập sai mật khẩu. Sau đó người dùng có thể tự đổi mật khẩu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New password ({length}+ characters)</source>
        <translation>Mật khẩu mới (từ {length} ký tự)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/review_form.py" line="+17"/>
        <source>Review visit</source>
        <translation>Buổi tái khám đánh giá</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complications found (unticked means absent)</source>
        <translation>Biến chứng phát hiện (ô không đánh dấu là không có)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>— not assessed —</source>
        <translation>— chưa đánh giá —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not asked —</source>
        <translation>— chưa hỏi —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visit date</source>
        <translation>Ngày tái khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAIS (1-5)</source>
        <translation>Thang GAIS (1-5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient satisfaction</source>
        <translation>Mức hài lòng của bệnh nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Hướng xử trí tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save review</source>
        <translation>Lưu kết quả tái khám</translation>
    </message>
</context>
<context>
    <name>ScannedFormDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/scanned_form.py" line="+18"/>
        <source>Scanned consent form: {name}</source>
        <translation>Bản quét phiếu cam kết đồng ý: {name}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/setup.py" line="+38"/>
        <source>Set up Threadbook</source>
        <translation>Thiết lập Threadbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome. Enter your clinic&apos;s details and create the first administrator account. More staff accounts can be added afterwards.</source>
        <translation>Xin chào. Hãy nhập thông tin phòng khám và tạo tài khoản quản trị đầu tiên. Tài khoản cho nhân viên khác có thể thêm sau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>for example: admin</source>
        <translation>ví dụ: admin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This administrator also treats patients (doctor)</source>
        <translation>Người quản trị này cũng khám chữa bệnh (bác sĩ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clinic name</source>
        <translation>Tên phòng khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator username</source>
        <translation>Tên đăng nhập quản trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (10+ characters)</source>
        <translation>Mật khẩu (từ 10 ký tự)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create clinic</source>
        <translation>Tạo phòng khám</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/connection.py" line="+35"/>
        <source>Database…</source>
        <translation>Cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this PC&apos;s own file or the clinic&apos;s server</source>
        <translation>Dùng tệp riêng của máy này hoặc máy chủ của phòng khám</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/user_form.py" line="-122"/>
        <source>New staff account</source>
        <translation>Tài khoản nhân viên mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit {username}</source>
        <translation>Sửa tài khoản {username}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example: lan.le</source>
        <translation>ví dụ: lan.le</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password ({length}+ characters)</source>
        <translation>Mật khẩu (từ {length} ký tự)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>VoidProcedureDialog</name>
    <message>
        <location filename="../../../desktop/dialogs/void_procedure.py" line="+35"/>
        <source>Void procedure {number}</source>
        <translation>Hủy thủ thuật số {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Procedure of {date} by {doctor}, {threads} thread(s). It stays in the patient&apos;s history, struck through, with your reason.</source>
        <translation>Thủ thuật ngày {date} do {doctor} thực hiện, {threads} sợi chỉ. Thủ thuật vẫn nằm trong lịch sử của bệnh nhân, bị gạch ngang, kèm lý do của bạn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The threads were opened or used: they stay out of stock</source>
        <translation>Chỉ đã bóc hoặc đã dùng: không trả lại kho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threads were never opened: put them back in stock</source>
        <translation>Chỉ chưa bóc: trả lại kho</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void procedure</source>
        <translation>Hủy thủ thuật</translation>
    </message>
</context>
</TS>

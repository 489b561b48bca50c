<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name></name>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="+29"/>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided</source>
        <translation>hủy (ghi nhầm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated</source>
        <translation>ngừng kích hoạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reactivated</source>
        <translation>kích hoạt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewed</source>
        <translation>xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed</source>
        <translation>in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>xuất tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logged in</source>
        <translation>đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed login</source>
        <translation>đăng nhập thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login refused: account locked</source>
        <translation>từ chối đăng nhập: tài khoản đang bị khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account locked after wrong passwords</source>
        <translation>khóa tài khoản do nhập sai mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account lock lifted</source>
        <translation>mở khóa tài khoản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logged out</source>
        <translation>đăng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed own password</source>
        <translation>tự đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password reset</source>
        <translation>đặt lại mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen locked</source>
        <translation>khóa màn hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen locked when idle</source>
        <translation>tự khóa màn hình khi không dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen unlocked</source>
        <translation>mở khóa màn hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlock refused</source>
        <translation>từ chối mở khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup</source>
        <translation>sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall search</source>
        <translation>tra cứu thu hồi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>patient</source>
        <translation>bệnh nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>procedure</source>
        <translation>thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement</source>
        <translation>vị trí đặt chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up</source>
        <translation>lịch tái khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone call</source>
        <translation>cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>tái khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complication</source>
        <translation>biến chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complication update</source>
        <translation>cập nhật biến chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thread product</source>
        <translation>sản phẩm chỉ</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_fields.py" line="+80"/>
        <location filename="../../../desktop/models/audit_table.py" line="+1"/>
        <source>lot</source>
        <translation>lô</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="+1"/>
        <source>stock movement</source>
        <translation>xuất nhập kho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff account</source>
        <translation>tài khoản nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole clinic</source>
        <translation>toàn phòng khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patient alert</source>
        <translation>cảnh báo bệnh nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booked visit</source>
        <translation>lịch hẹn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>cam kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent text</source>
        <translation>mẫu cam kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent signature</source>
        <translation>chữ ký cam kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanned consent form</source>
        <translation>bản quét phiếu cam kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo view</source>
        <translation>góc chụp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall call</source>
        <translation>cuộc gọi thu hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn thread</source>
        <translation>sợi chỉ đã vẽ</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../../desktop/widgets/booked_visits.py" line="+50"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Máy trạm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/models/follow_up_table.py" line="+26"/>
        <location filename="../../../desktop/widgets/booked_visits.py" line="+0"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="-8"/>
        <source>Planned</source>
        <translation>Đã hẹn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/widgets/booked_visits.py" line="+15"/>
        <source>No-show</source>
        <translation>Không đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../desktop/models/patient_table.py" line="+43"/>
        <location filename="../../../desktop/widgets/booked_visits.py" line="-15"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Mốc tái khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/widgets/booked_visits.py" line="+0"/>
        <source>Doctor</source>
        <translation>Bác sĩ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/models/lot_table.py" line="+59"/>
        <location filename="../../../desktop/widgets/booked_visits.py" line="+0"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last call</source>
        <translation>Cuộc gọi gần nhất</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="-8"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>Chất liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Hạn dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Đã xuất hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>Còn trong kho</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/patient_table.py" line="-21"/>
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
        <location line="+14"/>
        <source>MRN</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="+23"/>
        <source>7 days</source>
        <translation>7 ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 month</source>
        <translation>1 tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 months</source>
        <translation>3 tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 months</source>
        <translation>12 tháng</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/report_view.py" line="+40"/>
        <source>Choose a period and press Show.</source>
        <translation>Hãy chọn khoảng thời gian rồi bấm Xem.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{title} ({rows} rows)</source>
        <translation>{title} ({rows} dòng)</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/alert_banner.py" line="+18"/>
        <source>Stops charting</source>
        <translation>Chặn ghi nhận thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge when charting</source>
        <translation>Xác nhận khi ghi nhận thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}: {detail}</source>
        <translation>{kind}: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: {listed} ({detail})</source>
        <translation>{kind}: {listed} ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {listed}</source>
        <translation>{kind}: {listed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} — {level}</source>
        <translation>{what} — {level}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>⚠ Allergies (in the patient&apos;s details): {text}</source>
        <translation>⚠ Dị ứng (trong thông tin bệnh nhân): {text}</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/alert_check.py" line="+36"/>
        <source>I have checked: {what}</source>
        <translation>Tôi đã kiểm tra: {what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Absolute contraindication: write the clinical reason for going ahead</source>
        <translation>Chống chỉ định tuyệt đối: ghi lý do lâm sàng để tiếp tục</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tick each alert once you have checked it with the patient.</source>
        <translation>Đánh dấu từng cảnh báo sau khi đã kiểm tra với bệnh nhân.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This patient has an absolute contraindication. To go ahead, write the clinical reason (at least {n} characters).</source>
        <translation>Bệnh nhân có chống chỉ định tuyệt đối. Để tiếp tục, hãy ghi lý do lâm sàng (ít nhất {n} ký tự).</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/booked_visits.py" line="+0"/>
        <source>Visit</source>
        <translation>Lượt khám</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open patient</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel…</source>
        <translation>Huỷ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart the procedure…</source>
        <translation>Ghi nhận thủ thuật…</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/opening_hours_editor.py" line="+45"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One a line, e.g.
17/02/2026 Tết
30/04/2026 Reunification Day</source>
        <translation>Mỗi dòng một ngày, ví dụ:
17/02/2026 Tết
30/04/2026 Ngày Thống nhất</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/phone_round.py" line="+15"/>
        <source>Reached, confirmed</source>
        <translation>Đã liên lạc, xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>No answer</source>
        <translation>Không nghe máy</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Left a message</source>
        <translation>Đã để lại lời nhắn</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Wants another time</source>
        <translation>Muốn hẹn giờ khác</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reached, told</source>
        <translation>Đã liên lạc, đã báo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong number</source>
        <translation>Sai số</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Note from the call (optional), then the outcome</source>
        <translation>Ghi chú cuộc gọi (không bắt buộc), rồi chọn kết quả</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call:</source>
        <translation>Gọi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} {outcome}</source>
        <translation>{key} {outcome}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press {key} in the list</source>
        <translation>Nhấn {key} trong danh sách</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_fields.py" line="-61"/>
        <source>absorption (months)</source>
        <translation>thời gian tự tiêu (tháng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>thao tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions taken</source>
        <translation>xử trí đã làm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert acknowledged</source>
        <translation>đã xác nhận cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert reason</source>
        <translation>lý do cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allergies</source>
        <translation>dị ứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anaesthesia</source>
        <translation>vô cảm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area</source>
        <translation>vùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other area</source>
        <translation>vùng khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>areas</source>
        <translation>các vùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bend (across)</source>
        <translation>điểm uốn (ngang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bend (down)</source>
        <translation>điểm uốn (dọc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>nội dung văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complication no.</source>
        <translation>số biến chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent given at</source>
        <translation>thời điểm đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent no.</source>
        <translation>số phiếu đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent obtained</source>
        <translation>đã lấy đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacted at</source>
        <translation>thời điểm liên lạc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason despite contraindication</source>
        <translation>lý do làm dù có chống chỉ định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created at</source>
        <translation>thời điểm tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created by (account no.)</source>
        <translation>người tạo (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>design</source>
        <translation>kiểu chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detail</source>
        <translation>chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details</source>
        <translation>chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diagram version</source>
        <translation>phiên bản hình vẽ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doctor (account no.)</source>
        <translation>bác sĩ (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>ngày hẹn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for ending</source>
        <translation>lý do kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end (across)</source>
        <translation>điểm cuối (ngang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end (down)</source>
        <translation>điểm cuối (dọc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended at</source>
        <translation>thời điểm kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended by (account no.)</source>
        <translation>người kết thúc (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry date</source>
        <translation>hạn dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed logins</source>
        <translation>số lần đăng nhập sai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>tên tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up no.</source>
        <translation>số lần tái khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <translation>họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAIS scale</source>
        <translation>thang GAIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAIS score</source>
        <translation>điểm GAIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gauge</source>
        <translation>cỡ chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given at</source>
        <translation>thời điểm cho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height</source>
        <translation>chiều cao</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported by (account no.)</source>
        <translation>người nhập (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other kind</source>
        <translation>loại khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>English name</source>
        <translation>tên tiếng Anh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese name</source>
        <translation>tên tiếng Việt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last login</source>
        <translation>lần đăng nhập cuối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length (mm)</source>
        <translation>chiều dài (mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>mức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked until</source>
        <translation>khóa đến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lot no.</source>
        <translation>mã lô trong hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lot number</source>
        <translation>số lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer</source>
        <translation>nhà sản xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>material</source>
        <translation>chất liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>materials</source>
        <translation>các chất liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file type</source>
        <translation>loại tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medical notes</source>
        <translation>ghi chú y khoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged into (patient no.)</source>
        <translation>gộp vào (số bệnh nhân)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation>cách thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>số phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record number</source>
        <translation>mã hồ sơ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next step</source>
        <translation>bước tiếp theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nurse (account no.)</source>
        <translation>điều dưỡng (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>obtained by (account no.)</source>
        <translation>người lấy đồng ý (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occurred at</source>
        <translation>thời điểm xảy ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onset date</source>
        <translation>ngày khởi phát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patient no.</source>
        <translation>số bệnh nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>performed at</source>
        <translation>thời điểm thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement no.</source>
        <translation>số vị trí đặt chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>thứ tự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>procedure no.</source>
        <translation>số thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product no.</source>
        <translation>số sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purpose</source>
        <translation>mục đích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall reason</source>
        <translation>lý do thu hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recalled on</source>
        <translation>ngày thu hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received by (account no.)</source>
        <translation>người nhận hàng (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received on</source>
        <translation>ngày nhận hàng</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>received into stock</source>
        <translation>nhập kho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used in a procedure</source>
        <translation>dùng trong thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written off</source>
        <translation>hủy bỏ (xuất hủy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to the supplier</source>
        <translation>trả lại nhà cung cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back in stock from a voided procedure</source>
        <translation>trả lại kho do hủy thủ thuật</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aftercare sheet</source>
        <translation>phiếu chăm sóc sau thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>procedure record</source>
        <translation>hồ sơ thủ thuật</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+48"/>
        <source>record no.</source>
        <translation>số bản ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record type</source>
        <translation>loại bản ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded at</source>
        <translation>thời điểm ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by (account no.)</source>
        <translation>người ghi (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved on</source>
        <translation>ngày khỏi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed on</source>
        <translation>ngày tái khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction</source>
        <translation>mức hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious</source>
        <translation>nghiêm trọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity</source>
        <translation>mức độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation>dấu SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side</source>
        <translation>bên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>nguồn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original file&apos;s SHA-256</source>
        <translation>dấu SHA-256 của tệp gốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start (across)</source>
        <translation>điểm đầu (ngang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start (down)</source>
        <translation>điểm đầu (dọc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts at</source>
        <translation>bắt đầu lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status changed at</source>
        <translation>thời điểm đổi trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for status</source>
        <translation>lý do trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature strokes</source>
        <translation>nét chữ ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier</source>
        <translation>nhà cung cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken on</source>
        <translation>ngày chụp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text no.</source>
        <translation>số văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threads</source>
        <translation>số sợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated at</source>
        <translation>thời điểm cập nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated by (account no.)</source>
        <translation>người cập nhật (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account no.</source>
        <translation>số tài khoản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>username</source>
        <translation>tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>phiên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text version</source>
        <translation>phiên bản văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view</source>
        <translation>góc nhìn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for voiding</source>
        <translation>lý do hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided at</source>
        <translation>thời điểm hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided by (account no.)</source>
        <translation>người hủy (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>width</source>
        <translation>chiều rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how withdrawn</source>
        <translation>cách rút lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal note</source>
        <translation>ghi chú rút lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn at</source>
        <translation>thời điểm rút lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn by (account no.)</source>
        <translation>người rút lại (số tài khoản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness</source>
        <translation>người làm chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstation</source>
        <translation>máy trạm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by</source>
        <translation>người thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size (bytes)</source>
        <translation>dung lượng (byte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination</source>
        <translation>nơi gửi đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destinations</source>
        <translation>các nơi gửi đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filter</source>
        <translation>bộ lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formats</source>
        <translation>các định dạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages</source>
        <translation>số trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patients</source>
        <translation>bệnh nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by</source>
        <translation>được thay bằng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records</source>
        <translation>bản ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>số dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet</source>
        <translation>tờ hướng dẫn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="-51"/>
        <source>system</source>
        <translation>hệ thống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command line</source>
        <translation>dòng lệnh</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
</context>
<context>
    <name>DrawingView</name>
    <message>
        <location filename="../../../desktop/widgets/thread_map/drawing.py" line="+66"/>
        <source>Thread map: draw each thread where it lies</source>
        <translation>Bản đồ chỉ: vẽ mỗi sợi chỉ đúng vị trí của nó</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../../desktop/widgets/follow_up_list.py" line="+77"/>
        <source>Open patient</source>
        <translation>Mở hồ sơ bệnh nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record call…</source>
        <translation>Ghi cuộc gọi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move…</source>
        <translation>Dời lịch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Không đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Hủy lịch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record review…</source>
        <translation>Ghi kết quả tái khám…</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="+56"/>
        <source>{name} ({mrn})</source>
        <translation>{name} ({mrn})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{phone} (no consent: do not call)</source>
        <translation>{phone} (không đồng ý: không gọi)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The patient did not agree to phone or SMS contact.</source>
        <translation>Bệnh nhân không đồng ý được liên lạc qua điện thoại hoặc SMS.</translation>
    </message>
</context>
<context>
    <name>LifetimeView</name>
    <message>
        <location filename="../../../desktop/widgets/thread_map/lifetime.py" line="+62"/>
        <source>The patient&apos;s thread map</source>
        <translation>Bản đồ chỉ của bệnh nhân</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="-28"/>
        <source>⚑ Too many: {kinds}</source>
        <translation>⚑ Quá nhiều ca: {kinds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚑ Too many: {kinds} · {status}</source>
        <translation>⚑ Quá nhiều ca: {kinds} · {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recalled</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of stock</source>
        <translation>Hết trong kho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires in {days} days</source>
        <translation>Còn {days} ngày hết hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In stock</source>
        <translation>Còn trong kho</translation>
    </message>
</context>
<context>
    <name>PlacementRow</name>
    <message>
        <location filename="../../../desktop/widgets/placement_row.py" line="+73"/>
        <source>Threads drawn on the map belong to this placement</source>
        <translation>Các sợi chỉ vẽ trên bản đồ thuộc vị trí cấy này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose area…</source>
        <translation>Chọn vùng…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{area} (not suited to threads)</source>
        <translation>{area} (không phù hợp căng chỉ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which area?</source>
        <translation>vùng nào?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> threads</source>
        <translation> sợi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No threads drawn for this placement (allowed: it is charted without a drawing).</source>
        <translation>Chưa vẽ sợi chỉ nào cho vị trí cấy này (được phép: ghi nhận không kèm hình vẽ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drawn} of {count} threads drawn.</source>
        <translation>Đã vẽ {drawn} trên {count} sợi chỉ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads drawn: {drawn}; thread count: {count}. Draw or delete threads, or correct the count.</source>
        <translation>Số sợi đã vẽ: {drawn}; số sợi ghi nhận: {count}. Hãy vẽ thêm hoặc xóa bớt sợi chỉ, hoặc sửa lại số sợi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose or scan the lot…</source>
        <translation>Chọn hoặc quét mã lô…</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location line="-153"/>
        <source>{product} · {material} · lot {lot} · exp. {expiry} · {left} left</source>
        <translation>{product} · {material} · lô {lot} · HSD {expiry} · còn {left} sợi</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../../desktop/widgets/scan_field.py" line="+23"/>
        <source>Scan the barcode on the box (or type it and press Enter)</source>
        <translation>Quét mã vạch trên hộp (hoặc gõ mã rồi nhấn Enter)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../../desktop/widgets/signature_pad.py" line="+41"/>
        <source>Signature box</source>
        <translation>Ô chữ ký</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Sign here</source>
        <translation>Ký vào đây</translation>
    </message>
</context>
<context>
    <name>ThreadMap</name>
    <message>
        <location filename="../../../desktop/widgets/thread_map/art.py" line="+53"/>
        <source>Other material</source>
        <translation>Chất liệu khác</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/thread_map/lifetime.py" line="-34"/>
        <source>{area}, {side}</source>
        <translation>{area}, {side}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{when} · {doctor}
{product} ({material}) · lot {lot}
{area}
About {percent}% of its absorption time has passed.</source>
        <translation>{when} · {doctor}
{product} ({material}) · lô {lot}
{area}
Đã qua khoảng {percent}% thời gian tự tiêu.</translation>
    </message>
</context>
<context>
    <name>ThreadMapEditor</name>
    <message>
        <location filename="../../../desktop/widgets/thread_map/editor.py" line="+59"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete thread</source>
        <translation>Xóa sợi chỉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straighten</source>
        <translation>Làm thẳng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy beside</source>
        <translation>Thêm sợi bên cạnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another thread like the selected one, just beside it: press again for a fan</source>
        <translation>Thêm một sợi chỉ giống sợi đang chọn, ngay bên cạnh: bấm tiếp để có một chùm chỉ</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>A placement holds at most {most} threads: chart more as another placement.</source>
        <translation>Một vị trí cấy chứa tối đa {most} sợi chỉ: hãy ghi phần còn lại thành một vị trí khác.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No threads drawn: this procedure&apos;s map will be empty. To draw one, press where the thread enters, drag along its path and release where it ends. Charting without drawing is allowed.</source>
        <translation>Chưa vẽ sợi chỉ nào: bản đồ của thủ thuật này sẽ trống. Để vẽ, nhấn tại điểm chỉ đi vào, kéo theo đường đi của chỉ và thả tại điểm kết thúc. Được phép ghi nhận mà không vẽ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drag the thread to move it, or its round handle to bend it. Delete removes it.</source>
        <translation>Kéo sợi chỉ để di chuyển, hoặc kéo nút tròn để uốn cong. Phím Delete để xóa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each thread drawn belongs to the selected placement. Click a thread to change it.</source>
        <translation>Mỗi sợi chỉ vẽ ra thuộc vị trí cấy đang chọn. Bấm vào một sợi chỉ để sửa.</translation>
    </message>
</context>
<context>
    <name>ViewTabs</name>
    <message>
        <location filename="../../../desktop/widgets/thread_map/diagram.py" line="+123"/>
        <source>{view} ({n})</source>
        <translation>{view} ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Front</source>
        <translation>Nhìn thẳng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left side</source>
        <translation>Bên trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side</source>
        <translation>Bên phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torso</source>
        <translation>Thân mình</translation>
    </message>
</context>
</TS>

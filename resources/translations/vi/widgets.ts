<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="27"/>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="28"/>
        <source>changed</source>
        <translation>sửa</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="29"/>
        <source>voided</source>
        <translation>hủy (ghi nhầm)</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="30"/>
        <source>deactivated</source>
        <translation>ngừng kích hoạt</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="31"/>
        <source>reactivated</source>
        <translation>kích hoạt lại</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="32"/>
        <source>viewed</source>
        <translation>xem</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="33"/>
        <source>printed</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="34"/>
        <source>exported</source>
        <translation>xuất tệp</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="35"/>
        <source>logged in</source>
        <translation>đăng nhập</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="36"/>
        <source>failed login</source>
        <translation>đăng nhập thất bại</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="37"/>
        <source>login refused: account locked</source>
        <translation>từ chối đăng nhập: tài khoản đang bị khóa</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="38"/>
        <source>account locked after wrong passwords</source>
        <translation>khóa tài khoản do nhập sai mật khẩu</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="39"/>
        <source>account lock lifted</source>
        <translation>mở khóa tài khoản</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="40"/>
        <source>logged out</source>
        <translation>đăng xuất</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="41"/>
        <source>changed own password</source>
        <translation>tự đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="42"/>
        <source>password reset</source>
        <translation>đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="43"/>
        <source>screen locked</source>
        <translation>khóa màn hình</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="44"/>
        <source>screen locked when idle</source>
        <translation>tự khóa màn hình khi không dùng</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="45"/>
        <source>screen unlocked</source>
        <translation>mở khóa màn hình</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="46"/>
        <source>unlock refused</source>
        <translation>từ chối mở khóa</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="47"/>
        <source>backup</source>
        <translation>sao lưu</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="48"/>
        <source>restore</source>
        <translation>khôi phục</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="49"/>
        <source>recall search</source>
        <translation>tra cứu thu hồi</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="52"/>
        <source>patient</source>
        <translation>bệnh nhân</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="53"/>
        <source>procedure</source>
        <translation>thủ thuật</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="54"/>
        <source>placement</source>
        <translation>vị trí đặt chỉ</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="55"/>
        <source>follow-up</source>
        <translation>lịch tái khám</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="56"/>
        <source>phone call</source>
        <translation>cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="57"/>
        <source>review</source>
        <translation>tái khám</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="58"/>
        <source>complication</source>
        <translation>biến chứng</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="59"/>
        <source>complication update</source>
        <translation>cập nhật biến chứng</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="60"/>
        <source>thread product</source>
        <translation>sản phẩm chỉ</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="61"/>
        <source>lot</source>
        <translation>lô</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="62"/>
        <source>stock movement</source>
        <translation>xuất nhập kho</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="63"/>
        <source>staff account</source>
        <translation>tài khoản nhân viên</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="64"/>
        <source>setting</source>
        <translation>cài đặt</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="65"/>
        <source>database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="84"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="86"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="109"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="110"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="111"/>
        <source>Workstation</source>
        <translation>Máy trạm</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="112"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="113"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="114"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="115"/>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/audit_table.py" line="191"/>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../../desktop/widgets/follow_up_list.py" line="69"/>
        <source>Open patient</source>
        <translation>Mở hồ sơ bệnh nhân</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/follow_up_list.py" line="70"/>
        <source>Record call…</source>
        <translation>Ghi cuộc gọi…</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/follow_up_list.py" line="71"/>
        <source>Move…</source>
        <translation>Dời lịch…</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/follow_up_list.py" line="72"/>
        <source>No-show</source>
        <translation>Không đến</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/follow_up_list.py" line="73"/>
        <source>Cancel…</source>
        <translation>Hủy lịch…</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/follow_up_list.py" line="74"/>
        <source>Attended</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/follow_up_list.py" line="75"/>
        <source>Record review…</source>
        <translation>Ghi kết quả tái khám…</translation>
    </message>
</context>
<context>
    <name>FollowUpSteps</name>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="65"/>
        <source>7 days</source>
        <translation>7 ngày</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="66"/>
        <source>1 month</source>
        <translation>1 tháng</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="67"/>
        <source>3 months</source>
        <translation>3 tháng</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="68"/>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="69"/>
        <source>12 months</source>
        <translation>12 tháng</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="16"/>
        <source>Planned</source>
        <translation>Đã hẹn</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="17"/>
        <source>Attended</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="18"/>
        <source>No-show</source>
        <translation>Không đến</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="19"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="22"/>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="23"/>
        <source>Days late</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="24"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="25"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="26"/>
        <source>Procedure</source>
        <translation>Thủ thuật</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="27"/>
        <source>Areas</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="28"/>
        <source>Follow-up</source>
        <translation>Mốc tái khám</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="29"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="30"/>
        <source>Last call</source>
        <translation>Cuộc gọi gần nhất</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="77"/>
        <source>{name} ({mrn})</source>
        <translation>{name} ({mrn})</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="91"/>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/follow_up_table.py" line="109"/>
        <source>The patient did not agree to phone or SMS contact.</source>
        <translation>Bệnh nhân không đồng ý được liên lạc qua điện thoại hoặc SMS.</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="29"/>
        <source>⚑ Too many: {kinds}</source>
        <translation>⚑ Quá nhiều ca: {kinds}</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="32"/>
        <source>⚑ Too many: {kinds} · {status}</source>
        <translation>⚑ Quá nhiều ca: {kinds} · {status}</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="36"/>
        <source>Recalled</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="38"/>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="40"/>
        <source>Out of stock</source>
        <translation>Hết trong kho</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="42"/>
        <source>Expires in {days} days</source>
        <translation>Còn {days} ngày hết hạn</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="45"/>
        <source>In stock</source>
        <translation>Còn trong kho</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="50"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="51"/>
        <source>Material</source>
        <translation>Chất liệu</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="52"/>
        <source>Lot</source>
        <translation>Lô</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="53"/>
        <source>Expiry</source>
        <translation>Hạn dùng</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="54"/>
        <source>Received</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="55"/>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="56"/>
        <source>Written off</source>
        <translation>Đã xuất hủy</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="57"/>
        <source>On hand</source>
        <translation>Còn trong kho</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/lot_table.py" line="58"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <location filename="../../../desktop/models/patient_table.py" line="33"/>
        <source>MRN</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/patient_table.py" line="34"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/patient_table.py" line="35"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/patient_table.py" line="36"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/patient_table.py" line="37"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../../desktop/models/patient_table.py" line="38"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>PickLists</name>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="46"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="47"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="48"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="51"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../../desktop/widgets/terms.py" line="52"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../../desktop/widgets/scan_field.py" line="23"/>
        <source>Scan the barcode on the box (or type it and press Enter)</source>
        <translation>Quét mã vạch trên hộp (hoặc gõ mã rồi nhấn Enter)</translation>
    </message>
</context>
</TS>

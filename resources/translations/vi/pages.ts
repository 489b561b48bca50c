<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../../desktop/pages/backups.py" line="+47"/>
        <source>Daily (automatic)</source>
        <translation>Hằng ngày (tự động)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on request</source>
        <translation>Tạo theo yêu cầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a restore</source>
        <translation>Bị thay khi khôi phục</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/complications.py" line="+34"/>
        <location filename="../../../desktop/pages/patient_history.py" line="+76"/>
        <source>Onset</source>
        <translation>Khởi phát</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/recall.py" line="+37"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/patient_history.py" line="+1"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/patient_history.py" line="+1"/>
        <source>Area</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/patient_history.py" line="+1"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/patient_history.py" line="+1"/>
        <source>Outcome</source>
        <translation>Diễn tiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/patient_history.py" line="+1"/>
        <source>Product / lot</source>
        <translation>Sản phẩm / lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/patient_history.py" line="+1"/>
        <source>Procedure</source>
        <translation>Thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/procedures_tab.py" line="+45"/>
        <source>Doctor</source>
        <translation>Bác sĩ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lot {lot} of {product}</source>
        <translation>Lô {lot} của {product}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fewer than 1</source>
        <translation>chưa tới 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by chance about 1 time in {n}</source>
        <translation>ngẫu nhiên khoảng 1 lần trong {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could well be chance</source>
        <translation>có thể chỉ là ngẫu nhiên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {kind} in {cases} of {treated} patients; about {expected} expected from published rates ({chance}; p = {p})</source>
        <translation>{where}: {kind} ở {cases} trên {treated} bệnh nhân; theo tỉ lệ đã công bố chỉ khoảng {expected} ({chance}; p = {p})</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/patient_history.py" line="+75"/>
        <source>{severity}, serious</source>
        <translation>{severity}, nghiêm trọng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole procedure</source>
        <translation>cả thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1}</source>
        <translation>{0} ngày {1}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/procedures_tab.py" line="-7"/>
        <source>When / area</source>
        <translation>Thời điểm / vùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Bên</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../../desktop/pages/recall.py" line="+3"/>
        <source>Threads</source>
        <translation>Số sợi</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{when}  ·  procedure {id}  ·  VOIDED: {reason}</source>
        <translation>{when}  ·  thủ thuật {id}  ·  ĐÃ HỦY: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when}  ·  procedure {id}</source>
        <translation>{when}  ·  thủ thuật {id}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reason given: {0}</source>
        <translation>Lý do: {0}</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/protocol.py" line="+40"/>
        <source>Label</source>
        <translation>Tên mốc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add step</source>
        <translation>Thêm mốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new step</source>
        <translation>mốc mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step</source>
        <translation>Xóa mốc</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/care_texts.py" line="+38"/>
        <source>The first days after the procedure.</source>
        <translation>Những ngày đầu sau thủ thuật.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first two weeks, and anything that lasts longer.</source>
        <translation>Hai tuần đầu, và những điều cần giữ lâu hơn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to call the clinic at once. Printed in a red box, with the clinic&apos;s phone number set large under it.</source>
        <translation>Khi nào cần gọi ngay cho phòng khám. In trong khung đỏ, bên dưới có số điện thoại phòng khám cỡ chữ lớn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to expect. Printed after the follow-up dates, below how long the threads used take to dissolve.</source>
        <translation>Những điều sẽ gặp. In sau lịch tái khám, bên dưới thời gian tự tiêu của loại chỉ đã dùng.</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/catalogue.py" line="+30"/>
        <source>Manufacturer</source>
        <translation>Nhà sản xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/procedures_tab.py" line="-98"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/procedures_tab.py" line="+1"/>
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
        <translation>GTIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absorbed in</source>
        <translation>Thời gian tự tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../desktop/pages/consents_tab.py" line="+45"/>
        <location filename="../../../desktop/pages/users.py" line="+35"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/inventory.py" line="+29"/>
        <source>Usable stock</source>
        <translation>Còn dùng được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring soon</source>
        <translation>Sắp hết hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of stock</source>
        <translation>Hết hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recalled</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To write off (expired or recalled, still in stock)</source>
        <translation>Cần huỷ (hết hạn hoặc thu hồi, còn trong kho)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All lots</source>
        <translation>Mọi lô</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/patient_file.py" line="+108"/>
        <source>Record number</source>
        <translation>Mã hồ sơ</translation>
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
        <location filename="../../../desktop/pages/recall.py" line="-2"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet language</source>
        <translation>Ngôn ngữ của phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders by phone, SMS or Zalo</source>
        <translation>Nhắc lịch qua điện thoại, SMS hoặc Zalo</translation>
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
        <location filename="../../../desktop/pages/patient_history.py" line="+0"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/users.py" line="-3"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last login</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/consents_tab.py" line="-5"/>
        <source>Consent to</source>
        <translation>Đồng ý cho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>Thời điểm đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Cách thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained by</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{purpose}: {areas} ({materials})</source>
        <translation>{purpose}: {areas} ({materials})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawn {date} ({how}), recorded by {name}</source>
        <translation>Rút lại ngày {date} ({how}), {name} ghi nhận</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used for procedure {number}</source>
        <translation>Đã dùng cho thủ thuật {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{method}: {witness}</source>
        <translation>{method}: {witness}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>v{number} ({language})</source>
        <translation>bản {number} ({language})</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/photos_tab.py" line="+41"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after</source>
        <translation>Ngay sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Mốc tái khám</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>{date}
{stage}</source>
        <translation>{date}
{stage}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>voided</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/calendar.py" line="+48"/>
        <source>{what}, {status}</source>
        <translation>{what}, {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{step} follow-up</source>
        <translation>tái khám {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} {name} · {what} ({doctor})</source>
        <translation>{time} {name} · {what} ({doctor})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>arrived</source>
        <translation>đã đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not come</source>
        <translation>không đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attended</source>
        <translation>đã khám</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/recall.py" line="+1"/>
        <source>Placements</source>
        <translation>Vị trí đặt chỉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Lần liên lạc gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Đã liên lạc được</translation>
    </message>
    <message>
        <location filename="../../../desktop/pages/today.py" line="+34"/>
        <source>Due today: {total}</source>
        <translation>Đến hạn hôm nay: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: {total}</source>
        <translation>Quá hạn: {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming week: {total}</source>
        <translation>Tuần tới: {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due today: {total} (first {shown} shown)</source>
        <translation>Đến hạn hôm nay: {total} (đang hiện {shown} người đầu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: {total} (newest {shown} shown)</source>
        <translation>Quá hạn: {total} (đang hiện {shown} người mới quá hạn nhất)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming week: {total} (first {shown} shown)</source>
        <translation>Tuần tới: {total} (đang hiện {shown} người đầu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is due today.</source>
        <translation>Hôm nay không có ai đến hẹn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is overdue.</source>
        <translation>Không có ai quá hẹn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is due in the coming week.</source>
        <translation>Tuần tới không có ai đến hẹn.</translation>
    </message>
</context>
<context>
    <name>AlertsTab</name>
    <message>
        <location filename="../../../desktop/pages/alerts_tab.py" line="+42"/>
        <source>Add alert…</source>
        <translation>Thêm cảnh báo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End alert…</source>
        <translation>Kết thúc cảnh báo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When charting</source>
        <translation>Khi ghi thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{when} by {who}</source>
        <translation>{when} bởi {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when}: {why}</source>
        <translation>{when}: {why}</translation>
    </message>
</context>
<context>
    <name>AuditViewerPage</name>
    <message>
        <location filename="../../../desktop/pages/audit_viewer.py" line="+75"/>
        <source>Audit trail</source>
        <translation>Nhật ký truy vết</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record number, e.g. TB-000012</source>
        <translation>mã hồ sơ, ví dụ TB-000012</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old</source>
        <translation>Cũ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check the chain</source>
        <translation>Kiểm tra chuỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute every row&apos;s hash to see whether the trail was altered</source>
        <translation>Tính lại mã băm của từng dòng để xem nhật ký có bị sửa không</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to CSV…</source>
        <translation>Xuất ra CSV…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any action</source>
        <translation>Mọi thao tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any record</source>
        <translation>Mọi loại hồ sơ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>system (command line, failed logins)</source>
        <translation>hệ thống (dòng lệnh, đăng nhập thất bại)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The &apos;To&apos; day is before the &apos;From&apos; day.</source>
        <translation>Ngày &apos;Đến&apos; đứng trước ngày &apos;Từ&apos;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} events; showing the newest {1}, more as you scroll</source>
        <translation>{0} sự kiện; đang hiện {1} sự kiện mới nhất, cuộn để xem thêm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} events</source>
        <translation>{0} sự kiện</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>#{0}  {1}  {2} on {3}: {4} {5} {6}</source>
        <translation>#{0}  {1}  {2} tại {3}: {4} {5} {6}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký truy vết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported {0} events to {1}</source>
        <translation>Đã xuất {0} sự kiện ra {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the chain…</source>
        <translation>Đang kiểm tra chuỗi…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit trail is intact: {0} rows checked.</source>
        <translation>Nhật ký truy vết còn nguyên vẹn: đã kiểm tra {0} dòng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail was altered: {0}.</source>
        <translation>Nhật ký truy vết đã bị sửa: {0}.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../../desktop/pages/backups.py" line="+19"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore selected backup…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save backup settings</source>
        <translation>Lưu cài đặt sao lưu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy is made at the first start of each day and refreshed at every close. Copies made on request and copies kept by a restore are never removed automatically.</source>
        <translation>Mỗi ngày, một bản sao được tạo ở lần mở chương trình đầu tiên và cập nhật mỗi lần đóng. Bản sao tạo theo yêu cầu và bản được giữ lại khi khôi phục không bao giờ bị tự động xóa.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No backup has been made of this database yet.</source>
        <translation>Cơ sở dữ liệu này chưa được sao lưu lần nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last successful backup: {0}, {1}</source>
        <translation>Lần sao lưu thành công gần nhất: {0}, {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Making a backup…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup made and checked: {0}</source>
        <translation>Đã sao lưu và kiểm tra: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore the backup {0}, made {1}?

This replaces the whole clinic database ({2}): every patient, record and change made after {1} will no longer be in it. The database as it is now is first kept as a dated copy in {3}.

You will be asked to log in again when it is done.</source>
        <translation>Khôi phục bản sao lưu {0}, tạo lúc {1}?

Thao tác này thay toàn bộ cơ sở dữ liệu của phòng khám ({2}): mọi bệnh nhân, hồ sơ và thay đổi sau {1} sẽ không còn trong đó. Cơ sở dữ liệu hiện tại được giữ lại trước thành một bản có ghi ngày trong {3}.

Sau khi xong, bạn sẽ cần đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace the database</source>
        <translation>Thay cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring {0}…</source>
        <translation>Đang khôi phục {0}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing to keep</source>
        <translation>không có gì để giữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored {0}; the replaced database was kept as {1}.</source>
        <translation>Đã khôi phục {0}; cơ sở dữ liệu cũ được giữ lại thành {1}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backup settings saved.</source>
        <translation>Đã lưu cài đặt sao lưu.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../../desktop/pages/calendar.py" line="+22"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole clinic</source>
        <translation>Cả phòng khám</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Book a visit…</source>
        <translation>Đặt lịch hẹn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move…</source>
        <translation>Dời lịch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Không đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Huỷ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open patient</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{first} to {last}</source>
        <translation>{first} đến {last}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{day} — closed {note}</source>
        <translation>{day} — nghỉ {note}</translation>
    </message>
</context>
<context>
    <name>CareTextsPage</name>
    <message>
        <location filename="../../../desktop/pages/care_texts.py" line="+55"/>
        <source>Aftercare texts</source>
        <translation>Nội dung chăm sóc sau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The advice printed on every aftercare sheet. Each line that starts with “- ” prints as a bullet point; other lines print as paragraphs, and an empty line starts a new paragraph.</source>
        <translation>Lời dặn in trên mọi phiếu chăm sóc sau thủ thuật. Dòng bắt đầu bằng “- ” được in thành gạch đầu dòng; các dòng khác in thành đoạn văn, một dòng trống bắt đầu đoạn mới.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore default…</source>
        <translation>Dùng lại mặc định…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edited by the clinic.</source>
        <translation>Do phòng khám soạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text shipped with Threadbook.</source>
        <translation>Nội dung mặc định của Threadbook.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your changes to this text are not saved. Discard them?</source>
        <translation>Thay đổi trên nội dung này chưa được lưu. Bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not saved: correct the sections marked in red.</source>
        <translation>Chưa lưu: hãy sửa các phần được đánh dấu đỏ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Sheets printed from now on use this text.</source>
        <translation>Đã lưu. Các phiếu in từ nay sẽ dùng nội dung này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the clinic&apos;s text in this language with the text shipped with Threadbook? The edited text stays in the audit trail.</source>
        <translation>Thay nội dung phòng khám đã soạn bằng ngôn ngữ này bằng nội dung mặc định của Threadbook? Nội dung đã sửa vẫn được giữ trong nhật ký truy vết.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore default</source>
        <translation>Dùng lại mặc định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The default text is back in use.</source>
        <translation>Đã dùng lại nội dung mặc định.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../../desktop/pages/catalogue.py" line="+13"/>
        <source>Show deactivated products</source>
        <translation>Hiện sản phẩm đã ngừng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add product…</source>
        <translation>Thêm sản phẩm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Deactivate</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{0} months</source>
        <translation>{0} tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Đã ngừng</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reactivate</source>
        <translation>Dùng lại</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsPage</name>
    <message>
        <location filename="../../../desktop/pages/clinic_settings.py" line="+29"/>
        <source>Opening hours</source>
        <translation>Giờ mở cửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed days (holidays, Tết)</source>
        <translation>Ngày nghỉ (lễ, Tết)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinic settings</source>
        <translation>Cài đặt phòng khám</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>ComplicationsPage</name>
    <message>
        <location filename="../../../desktop/pages/complications.py" line="+30"/>
        <source>All types</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All products</source>
        <translation>Mọi sản phẩm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lot</source>
        <translation>Lô</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All doctors</source>
        <translation>Mọi bác sĩ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>onset from</source>
        <translation>khởi phát từ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open patient</source>
        <translation>Mở hồ sơ bệnh nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add update…</source>
        <translation>Thêm diễn tiến…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lot and product signals</source>
        <translation>Cảnh báo theo lô và sản phẩm</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{0} complication(s), {1} open</source>
        <translation>{0} biến chứng, {1} chưa khỏi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No lot or product has improbably many complications (p &lt; 0.01, at least 3 cases).</source>
        <translation>Không có lô hay sản phẩm nào có số biến chứng cao bất thường (p &lt; 0,01, từ 3 ca trở lên).</translation>
    </message>
</context>
<context>
    <name>ComplicationsTab</name>
    <message>
        <location filename="../../../desktop/pages/patient_history.py" line="-96"/>
        <source>Record complication…</source>
        <translation>Ghi nhận biến chứng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add update…</source>
        <translation>Thêm diễn tiến…</translation>
    </message>
</context>
<context>
    <name>ConsentTextsPage</name>
    <message>
        <location filename="../../../desktop/pages/consent_texts.py" line="+50"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines starting with &quot;- &quot; are printed as bullet points. Saving makes a new version: consents already given keep the words the patient read.</source>
        <translation>Dòng bắt đầu bằng &quot;- &quot; được in thành gạch đầu dòng. Mỗi lần lưu tạo một phiên bản mới: các cam kết đã có vẫn giữ đúng nội dung bệnh nhân đã đọc.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as new version</source>
        <translation>Lưu thành phiên bản mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the program&apos;s wording</source>
        <translation>Dùng nội dung của chương trình</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Heading</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the program&apos;s wording</source>
        <translation>nội dung của chương trình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the clinic&apos;s wording</source>
        <translation>nội dung của phòng khám</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number}, {source}</source>
        <translation>Phiên bản {number}, {source}</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../../desktop/pages/consents_tab.py" line="-53"/>
        <source>Record consent…</source>
        <translation>Ghi nhận cam kết…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw…</source>
        <translation>Rút lại…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print form…</source>
        <translation>In phiếu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save form as PDF…</source>
        <translation>Lưu phiếu thành PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show scanned form</source>
        <translation>Xem phiếu đã quét</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No consent recorded yet.</source>
        <translation>Chưa ghi nhận cam kết nào.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>This consent is already withdrawn.</source>
        <translation>Cam kết này đã bị rút lại.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save consent form</source>
        <translation>Lưu phiếu cam kết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>printer</source>
        <translation>máy in</translation>
    </message>
</context>
<context>
    <name>DaySection</name>
    <message>
        <location filename="../../../desktop/pages/today.py" line="+43"/>
        <source>Show {n} more ({left} not shown yet)</source>
        <translation>Hiện thêm {n} người (còn {left} người chưa hiện)</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../../desktop/pages/inventory.py" line="+20"/>
        <source>within </source>
        <translation>trong vòng </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receive stock…</source>
        <translation>Nhập kho…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write off…</source>
        <translation>Xuất hủy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to supplier…</source>
        <translation>Trả nhà cung cấp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall lot…</source>
        <translation>Thu hồi lô…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show them</source>
        <translation>Xem các lô này</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{lots} expired or recalled lot(s) still hold {threads} thread(s): write them off or return them to the supplier so they cannot be used.</source>
        <translation>{lots} lô hết hạn hoặc bị thu hồi vẫn còn {threads} sợi chỉ: hãy huỷ hoặc trả lại nhà cung cấp để không ai dùng nhầm.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} lot(s), {1} thread(s) on hand</source>
        <translation>{0} lô, còn {1} sợi chỉ trong kho</translation>
    </message>
</context>
<context>
    <name>PatientFilePage</name>
    <message>
        <location filename="../../../desktop/pages/patient_file.py" line="-33"/>
        <source>← Patients</source>
        <translation>← Bệnh nhân</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit details</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export record…</source>
        <translation>Xuất hồ sơ…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Procedures</source>
        <translation>Thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thread map</source>
        <translation>Bản đồ chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Tái khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complications</source>
        <translation>Biến chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}  ·  {mrn}  ·  {age} years</source>
        <translation>{name}  ·  {mrn}  ·  {age} tuổi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agreed</source>
        <translation>Đã đồng ý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not agreed</source>
        <translation>Chưa đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None recorded</source>
        <translation>Chưa ghi nhận</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../../desktop/pages/patients.py" line="+55"/>
        <source>Search by name (accents optional), phone or record number</source>
        <translation>Tìm theo tên (gõ dấu hay không đều được), số điện thoại hoặc mã hồ sơ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sort by given name</source>
        <translation>Xếp theo tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by family name</source>
        <translation>Xếp theo họ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vietnamese register order: by given name (tên), or by family name (họ)</source>
        <translation>Thứ tự sổ sách Việt Nam: theo tên, hoặc theo họ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New patient</source>
        <translation>Bệnh nhân mới</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No patient matches “{0}”.</source>
        <translation>Không có bệnh nhân nào khớp với “{0}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No patients registered yet.</source>
        <translation>Chưa có bệnh nhân nào được đăng ký.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} patient(s)</source>
        <translation>{0} bệnh nhân</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the first {0}; scroll for more</source>
        <translation>Đang hiện {0} người đầu; cuộn xuống để xem thêm</translation>
    </message>
</context>
<context>
    <name>PhotoViewsPage</name>
    <message>
        <location filename="../../../desktop/pages/photo_views.py" line="+32"/>
        <source>for example: Smiling</source>
        <translation>ví dụ: Smiling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: Cười</source>
        <translation>ví dụ: Cười</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add view</source>
        <translation>Thêm góc chụp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos are taken in these views, in this order, before a procedure and at each follow-up. A batch from a camera is assigned to them in this order.</source>
        <translation>Ảnh được chụp theo các góc này, theo đúng thứ tự, trước thủ thuật và ở mỗi lần tái khám. Một loạt ảnh từ máy chụp được gán cho các góc theo thứ tự này.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name in English</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Vietnamese</source>
        <translation>Tên tiếng Việt</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../../desktop/pages/photos_tab.py" line="-82"/>
        <source>Import photos…</source>
        <translation>Nhập ảnh…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare…</source>
        <translation>So sánh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void photo…</source>
        <translation>Hủy ảnh…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No consent to clinical photographs in force: record it in Consents before importing photos.</source>
        <translation>Chưa có cam kết chụp ảnh lâm sàng còn hiệu lực: hãy ghi nhận ở mục Cam kết trước khi nhập ảnh.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} photos. Drop photo files here to import them.</source>
        <translation>{count} ảnh. Kéo thả tệp ảnh vào đây để nhập.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Photos to import</source>
        <translation>Ảnh cần nhập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.heic *.heif)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Void photo</source>
        <translation>Hủy ảnh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is this photo voided?</source>
        <translation>Vì sao hủy ảnh này?</translation>
    </message>
</context>
<context>
    <name>ProceduresTab</name>
    <message>
        <location filename="../../../desktop/pages/procedures_tab.py" line="+25"/>
        <source>Chart procedure…</source>
        <translation>Ghi nhận thủ thuật…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void…</source>
        <translation>Hủy thủ thuật…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+123"/>
        <source>Print aftercare…</source>
        <translation>In phiếu chăm sóc…</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Procedure record…</source>
        <translation>Biên bản thủ thuật…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One page for the clinic&apos;s file or the next doctor: the thread map, placements, lots, doctor and consent</source>
        <translation>Một trang cho hồ sơ phòng khám hoặc bác sĩ sau: bản đồ chỉ, vị trí cấy, lô chỉ, bác sĩ và cam kết</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No procedures charted yet.</source>
        <translation>Chưa ghi nhận thủ thuật nào.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Procedure {0} is charted. Print the aftercare sheet for the patient to take home?</source>
        <translation>Đã ghi nhận thủ thuật {0}. In phiếu chăm sóc sau thủ thuật cho bệnh nhân mang về?</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <location filename="../../../desktop/pages/protocol.py" line="+30"/>
        <source>Follow-up protocol</source>
        <translation>Lịch tái khám</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charting a procedure books these visits. A change applies to procedures charted afterwards; visits already booked keep their dates.</source>
        <translation>Khi ghi nhận một thủ thuật, các buổi tái khám này được đặt lịch. Thay đổi chỉ áp dụng cho thủ thuật ghi nhận sau đó; các lịch đã đặt giữ nguyên ngày.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every procedure</source>
        <translation>Mọi thủ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also when PLLA or PCL threads were placed</source>
        <translation>Thêm khi có đặt chỉ PLLA hoặc PCL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save protocol</source>
        <translation>Lưu lịch tái khám</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the default protocol</source>
        <translation>Dùng lại lịch mặc định</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Default protocol shown; save to use it.</source>
        <translation>Đang hiện lịch mặc định; bấm lưu để áp dụng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. Procedures charted from now on follow this protocol.</source>
        <translation>Đã lưu. Các thủ thuật ghi nhận từ nay sẽ theo lịch này.</translation>
    </message>
</context>
<context>
    <name>RecallPage</name>
    <message>
        <location filename="../../../desktop/pages/recall.py" line="+25"/>
        <source>Lot number, or scan the box</source>
        <translation>Số lô, hoặc quét mã trên hộp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product or maker (optional)</source>
        <translation>Sản phẩm hoặc nhà sản xuất (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find patients</source>
        <translation>Tìm bệnh nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open patient</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show on thread map</source>
        <translation>Xem trên bản đồ chỉ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Type or scan a lot number.</source>
        <translation>Gõ hoặc quét số lô.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{phone} (no consent to reminders)</source>
        <translation>{phone} (không đồng ý nhận nhắc lịch)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No patient received lot {lot}.</source>
        <translation>Không bệnh nhân nào dùng lô {lot}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reached} of {total} patients reached.</source>
        <translation>Đã liên lạc được {reached} trên {total} bệnh nhân.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lot {lot} ({products}), not recalled. {counts}</source>
        <translation>Lô {lot} ({products}), chưa thu hồi. {counts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lot {lot} ({products}) recalled on {day}: {reason}. {counts}</source>
        <translation>Lô {lot} ({products}) thu hồi ngày {day}: {reason}. {counts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reason given</source>
        <translation>không ghi lý do</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export recall list</source>
        <translation>Xuất danh sách thu hồi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write {0}: {1}</source>
        <translation>Không ghi được {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to {0}.</source>
        <translation>Đã xuất ra {0}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../../desktop/pages/reports.py" line="+64"/>
        <source>All doctors</source>
        <translation>Tất cả bác sĩ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All materials</source>
        <translation>Tất cả chất liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All products</source>
        <translation>Tất cả sản phẩm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any complication</source>
        <translation>Mọi biến chứng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group by</source>
        <translation>Nhóm theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart shows</source>
        <translation>Biểu đồ hiển thị</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Complication rates</source>
        <translation>Tỷ lệ biến chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Kết quả điều trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up adherence</source>
        <translation>Tuân thủ tái khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export to spreadsheet…</source>
        <translation>Xuất ra bảng tính…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save chart as picture…</source>
        <translation>Lưu biểu đồ thành ảnh…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save page as PDF…</source>
        <translation>Lưu trang thành PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the first and last day of the period.</source>
        <translation>Hãy nhập ngày đầu và ngày cuối của khoảng thời gian.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Material</source>
        <translation>Chất liệu</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>Bác sĩ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export report to spreadsheet</source>
        <translation>Xuất báo cáo ra bảng tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save chart as picture</source>
        <translation>Lưu biểu đồ thành ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save reports as PDF</source>
        <translation>Lưu báo cáo thành PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Making the PDF…</source>
        <translation>Đang tạo PDF…</translation>
    </message>
</context>
<context>
    <name>ThreadMapTab</name>
    <message>
        <location filename="../../../desktop/pages/thread_map_tab.py" line="+55"/>
        <source>Leave empty for any date</source>
        <translation>Để trống: mọi ngày</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lot</source>
        <translation>Lô</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show all lots alike</source>
        <translation>Hiện mọi lô như nhau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each thread fades as its material&apos;s absorption time passes: the newest are the strongest. Voided procedures are not shown.</source>
        <translation>Mỗi sợi chỉ nhạt dần theo thời gian tự tiêu của chất liệu: chỉ mới nhất đậm nhất. Thủ thuật đã hủy không được hiển thị.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All lots</source>
        <translation>Tất cả các lô</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lot} · {product}</source>
        <translation>{lot} · {product}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No threads are drawn for this patient. Procedures charted without a drawing are not on the map.</source>
        <translation>Chưa có sợi chỉ nào được vẽ cho bệnh nhân này. Thủ thuật ghi nhận không kèm hình vẽ không có trên bản đồ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{threads} threads from {procedures} procedures shown.</source>
        <translation>Đang hiện {threads} sợi chỉ của {procedures} thủ thuật.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The threads of lot {lot} are drawn bold; the others are faint.</source>
        <translation>Các sợi chỉ thuộc lô {lot} được vẽ đậm; các sợi khác vẽ mờ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of this patient&apos;s drawn threads is from the recalled lot.</source>
        <translation>Không sợi chỉ nào đã vẽ của bệnh nhân này thuộc lô bị thu hồi.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../desktop/pages/today.py" line="+33"/>
        <source>All doctors</source>
        <translation>Tất cả bác sĩ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No visits are booked today.</source>
        <translation>Hôm nay không có lịch hẹn nào.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Doctor:</source>
        <translation>Bác sĩ:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Booked visits today: {n}</source>
        <translation>Lịch hẹn hôm nay: {n}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Follow-ups for {0}</source>
        <translation>Tái khám ngày {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated {0}</source>
        <translation>Cập nhật lúc {0}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../../desktop/pages/users.py" line="+26"/>
        <source>Staff accounts</source>
        <translation>Tài khoản nhân viên</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New account…</source>
        <translation>Tài khoản mới…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name and roles…</source>
        <translation>Tên và vai trò…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a new password…</source>
        <translation>Đặt mật khẩu mới…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift a lock after too many wrong passwords</source>
        <translation>Mở khóa tài khoản bị khóa do nhập sai mật khẩu quá nhiều lần</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <location line="+37"/>
        <source>Deactivate</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Deactivated</source>
        <translation>Đã ngừng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until {0}</source>
        <translation>Bị khóa đến {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} accounts, {1} active. Accounts are never deleted.</source>
        <translation>{0} tài khoản, {1} đang dùng. Tài khoản không bao giờ bị xóa.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reactivate</source>
        <translation>Dùng lại</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deactivate {0} ({1})? They can no longer log in. Everything they recorded stays, with their name on it; you can reactivate the account later.</source>
        <translation>Ngừng tài khoản {0} ({1})? Người này sẽ không đăng nhập được nữa. Mọi thứ họ đã ghi vẫn được giữ, kèm tên họ; bạn có thể mở lại tài khoản sau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../../desktop/pages/consents_tab.py" line="-216"/>
        <source>Withdraw consent</source>
        <translation>Rút lại cam kết</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the patient said, if useful</source>
        <translation>Lời bệnh nhân nói, nếu cần</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From now on nothing is done on the basis of this consent: {what}. What was done before stays in the record.</source>
        <translation>Từ nay không thực hiện việc gì dựa trên cam kết này: {what}. Những gì đã làm trước đó vẫn được giữ trong hồ sơ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How</source>
        <translation>Cách thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record withdrawal</source>
        <translation>Ghi nhận rút lại</translation>
    </message>
</context>
</TS>

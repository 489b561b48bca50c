<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../../desktop/app.py" line="+37"/>
        <source>Something went wrong and was not completed. The details are in {0}.</source>
        <translation>Đã xảy ra lỗi và thao tác chưa hoàn tất. Chi tiết được ghi trong {0}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}

Choose the database again?</source>
        <translation>{0}

Chọn lại cơ sở dữ liệu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database…</source>
        <translation>Cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../../desktop/safety.py" line="+109"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../../desktop/fields.py" line="+47"/>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not a date: type it as dd/mm/yyyy, for example 05/03/1985.</source>
        <translation>Không phải ngày hợp lệ: hãy gõ theo dạng nn/tt/nnnn, ví dụ 05/03/1985.</translation>
    </message>
    <message>
        <location filename="../../../desktop/messages.py" line="+13"/>
        <location line="+9"/>
        <location line="+16"/>
        <source>Threadbook</source>
        <translation>Threadbook</translation>
    </message>
    <message>
        <location filename="../../../desktop/pdf_pages.py" line="+73"/>
        <source>The printer could not be started. Check that it is switched on and connected, or save the sheet as a PDF instead.</source>
        <translation>Không khởi động được máy in. Hãy kiểm tra máy in đã bật và được kết nối, hoặc lưu phiếu thành tệp PDF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printer stopped after page {0}.</source>
        <translation>Máy in đã dừng sau trang {0}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/safety.py" line="-90"/>
        <source>The automatic backup was not made:

{0}

Your work is saved in the database, but there is no fresh copy of it. Ask your administrator to check the backup folder.</source>
        <translation>Chưa tạo được bản sao lưu tự động:

{0}

Dữ liệu của bạn vẫn được lưu trong cơ sở dữ liệu, nhưng chưa có bản sao mới. Hãy nhờ quản trị viên kiểm tra thư mục sao lưu.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{0}

No good backup was found in {1}. Copy a backup into that folder and start Threadbook again, or ask for help; the damaged file has not been changed.</source>
        <translation>{0}

Không tìm thấy bản sao lưu dùng được trong {1}. Hãy chép một bản sao lưu vào thư mục đó rồi mở lại Threadbook, hoặc nhờ hỗ trợ; tệp bị hỏng chưa bị thay đổi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} patients</source>
        <translation>{0} bệnh nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}

The newest good backup is {1} ({2}). Restore it?

Work saved after that backup is not in it. The damaged database is kept as a dated copy in {3}.</source>
        <translation>{0}

Bản sao lưu tốt mới nhất là {1} ({2}). Khôi phục bản này?

Những gì lưu sau bản sao lưu đó sẽ không có trong bản này. Cơ sở dữ liệu bị hỏng được giữ lại thành một bản có ghi ngày trong {3}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore this backup</source>
        <translation>Khôi phục bản sao lưu này</translation>
    </message>
    <message>
        <location filename="../../../desktop/option_fields.py" line="+62"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <location filename="../../../desktop/form_guard.py" line="+130"/>
        <source>Close this form without saving? What you typed will be lost.</source>
        <translation>Đóng biểu mẫu mà không lưu? Những gì bạn đã nhập sẽ mất.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard what I typed</source>
        <translation>Bỏ những gì đã nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Tiếp tục nhập</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../../desktop/lock_screen.py" line="+41"/>
        <source>Threadbook is locked</source>
        <translation>Threadbook đang khóa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password of {0}</source>
        <translation>Mật khẩu của {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone else? Log in with your own account. {0} will be logged out, and anything they had not saved will be lost.</source>
        <translation>Người khác? Hãy đăng nhập bằng tài khoản của bạn. {0} sẽ bị đăng xuất, và những gì người đó chưa lưu sẽ bị mất.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log in instead</source>
        <translation>Đăng nhập tài khoản khác</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Locked after a time without use. Patient records are hidden.</source>
        <translation>Đã tự khóa sau một thời gian không dùng. Hồ sơ bệnh nhân được ẩn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked by {0}. Patient records are hidden.</source>
        <translation>{0} đã khóa màn hình. Hồ sơ bệnh nhân được ẩn.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/main_window.py" line="+91"/>
        <source>Logged in as {0} ({1})</source>
        <translation>Đang đăng nhập: {0} ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change my password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide patient data until you return (Ctrl+L)</source>
        <translation>Ẩn dữ liệu bệnh nhân cho đến khi bạn quay lại (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The language of your window, from your next login</source>
        <translation>Ngôn ngữ của cửa sổ, áp dụng từ lần đăng nhập sau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Lịch hẹn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inventory</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complications</source>
        <translation>Biến chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot recall</source>
        <translation>Thu hồi lô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thread catalogue</source>
        <translation>Danh mục chỉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic settings</source>
        <translation>Cài đặt phòng khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up protocol</source>
        <translation>Lịch tái khám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare texts</source>
        <translation>Nội dung chăm sóc sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent texts</source>
        <translation>Văn bản cam kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo views</source>
        <translation>Các góc chụp ảnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff accounts</source>
        <translation>Tài khoản nhân viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail</source>
        <translation>Nhật ký truy vết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Your password has been changed.</source>
        <translation>Mật khẩu của bạn đã được đổi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved. Your window will be in {language} from your next login.</source>
        <translation>Đã lưu. Cửa sổ sẽ hiển thị bằng {language} từ lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The backup was restored. Log in again to continue with it.</source>
        <translation>Đã khôi phục bản sao lưu. Hãy đăng nhập lại để tiếp tục làm việc.</translation>
    </message>
</context>
<context>
    <name>conventions</name>
    <message>
        <location filename="../../../desktop/conventions.py" line="+19"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{years} years</source>
        <translation>{years} tuổi</translation>
    </message>
</context>
</TS>

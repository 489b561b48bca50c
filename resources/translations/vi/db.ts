<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>db</name>
        <message>
            <location filename="../../../db/access/language.py" line="24" />
            <location filename="../../../db/access/users.py" line="90" />
            <location filename="../../../db/record/patients.py" line="117" />
            <source>Choose Vietnamese or English.</source>
            <translation>Hãy chọn tiếng Việt hoặc tiếng Anh.</translation>
        </message>
        <message>
            <location filename="../../../db/access/language.py" line="28" />
            <location filename="../../../db/access/permissions.py" line="253" />
            <location filename="../../../db/access/users.py" line="252" />
            <source>Your account is no longer active. Ask an administrator.</source>
            <translation>Tài khoản của bạn không còn hoạt động. Hãy liên hệ quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../../db/access/passwords.py" line="37" />
            <source>The password must have at least {least} characters.</source>
            <translation>Mật khẩu phải có ít nhất {least} ký tự.</translation>
        </message>
        <message>
            <location filename="../../../db/access/passwords.py" line="39" />
            <source>The password must not be the username.</source>
            <translation>Mật khẩu không được trùng với tên đăng nhập.</translation>
        </message>
        <message>
            <location filename="../../../db/access/passwords.py" line="41" />
            <source>The two passwords are not the same.</source>
            <translation>Hai mật khẩu không giống nhau.</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="269" />
            <source>nurse</source>
            <translation>điều dưỡng</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="270" />
            <source>doctor</source>
            <translation>bác sĩ</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="271" />
            <source>admin</source>
            <translation>quản trị</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="279" />
            <source>read patients and their clinical history</source>
            <translation>xem bệnh nhân và bệnh sử</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="280" />
            <source>register patients</source>
            <translation>đăng ký bệnh nhân</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="281" />
            <source>edit patients' contact details</source>
            <translation>sửa thông tin liên lạc của bệnh nhân</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="282" />
            <source>edit patients' allergies and medical notes</source>
            <translation>sửa dị ứng và ghi chú y khoa của bệnh nhân</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="283" />
            <source>record and end patients' alerts (allergies, history, contraindications)</source>
            <translation>ghi và kết thúc cảnh báo của bệnh nhân (dị ứng, tiền sử, chống chỉ định)</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="286" />
            <source>receive stock and edit the thread catalogue</source>
            <translation>nhập kho và sửa danh mục chỉ</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="287" />
            <source>write off or recall stock</source>
            <translation>xuất hủy hoặc thu hồi hàng</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="288" />
            <source>chart procedures</source>
            <translation>ghi nhận thủ thuật</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="289" />
            <source>void procedures</source>
            <translation>hủy thủ thuật</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="290" />
            <source>book follow-ups and record phone calls</source>
            <translation>đặt lịch tái khám và ghi nhận cuộc gọi</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="291" />
            <source>record review visits</source>
            <translation>ghi nhận buổi tái khám đánh giá</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="292" />
            <source>record complications</source>
            <translation>ghi nhận biến chứng</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="293" />
            <source>record and withdraw patients' consents</source>
            <translation>ghi nhận và rút lại cam kết đồng ý của bệnh nhân</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="294" />
            <source>import and void clinical photographs</source>
            <translation>nhập và hủy ảnh lâm sàng</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="295" />
            <source>print or export patient sheets</source>
            <translation>in hoặc xuất phiếu của bệnh nhân</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="296" />
            <source>manage staff accounts</source>
            <translation>quản lý tài khoản nhân viên</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="297" />
            <source>change clinic settings, protocols and care texts</source>
            <translation>thay đổi cài đặt phòng khám, lịch tái khám và nội dung chăm sóc</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="298" />
            <source>view and export the audit trail</source>
            <translation>xem và xuất nhật ký truy vết</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="299" />
            <source>make and restore backups</source>
            <translation>tạo và khôi phục bản sao lưu</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="300" />
            <source>view and export clinic reports</source>
            <translation>xem và xuất báo cáo của phòng khám</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="215" />
            <source>This needs a logged-in user. Log in first.</source>
            <translation>Việc này cần người dùng đã đăng nhập. Hãy đăng nhập trước.</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="218" />
            <source>You have logged out. Log in again to continue.</source>
            <translation>Bạn đã đăng xuất. Hãy đăng nhập lại để tiếp tục.</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="220" />
            <source>The screen is locked. Unlock it with your password to save.</source>
            <translation>Màn hình đang khóa. Hãy mở khóa bằng mật khẩu của bạn để lưu.</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="256" />
            <source>no role</source>
            <translation>không có vai trò</translation>
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="258" />
            <source>Your account ({roles}) may not {action}.</source>
            <translation>Tài khoản của bạn ({roles}) không được phép {action}.</translation>
        </message>
        <message>
            <location filename="../../../db/access/screen_lock.py" line="31" />
            <source>This account is no longer active. Another user can log in instead.</source>
            <translation>Tài khoản này không còn hoạt động. Người dùng khác có thể đăng nhập thay.</translation>
        </message>
        <message>
            <location filename="../../../db/access/screen_lock.py" line="35" />
            <source>Too many wrong passwords: this account is locked for a while. Another user can log in instead, or an administrator can unlock it.</source>
            <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản này bị khóa một thời gian. Người dùng khác có thể đăng nhập thay, hoặc quản trị viên có thể mở khóa.</translation>
        </message>
        <message>
            <location filename="../../../db/access/screen_lock.py" line="40" />
            <source>Wrong password.</source>
            <translation>Sai mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="38" />
            <source>Wrong username or password.</source>
            <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="144" />
            <location filename="../../../db/access/users.py" line="362" />
            <source>Choose at least one role: admin, doctor or nurse.</source>
            <translation>Hãy chọn ít nhất một vai trò: quản trị, bác sĩ hoặc điều dưỡng.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="84" />
            <location filename="../../../db/settings.py" line="159" />
            <source>Clinic name</source>
            <translation>Tên phòng khám</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="116" />
            <source>A user named '{username}' already exists.</source>
            <translation>Đã có người dùng tên '{username}'.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="255" />
            <source>The new password must be different from the current one.</source>
            <translation>Mật khẩu mới phải khác mật khẩu hiện tại.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="328" />
            <source>User {user_id} does not exist.</source>
            <translation>Không có người dùng {user_id}.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="335" />
            <source>The account '{username}' was changed by another administrator after you opened it. Reload the list and make your change again.</source>
            <translation>Tài khoản '{username}' đã được một quản trị viên khác thay đổi sau khi bạn mở. Hãy tải lại danh sách rồi thay đổi lại.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="351" />
            <source>'{username}' is the last active administrator. Give another active account the admin role first, so someone can still manage staff and settings.</source>
            <translation>'{username}' là quản trị viên cuối cùng còn hoạt động. Hãy cấp vai trò quản trị cho một tài khoản khác trước, để vẫn có người quản lý nhân viên và cài đặt.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="84" />
            <location filename="../../../db/settings.py" line="174" />
            <source>Clinic name is required.</source>
            <translation>Cần nhập tên phòng khám.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="97" />
            <source>This clinic is already set up. Log in instead.</source>
            <translation>Phòng khám này đã được thiết lập. Hãy đăng nhập.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="267" />
            <source>Too many wrong passwords: your account is locked for a while. An administrator can unlock it.</source>
            <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản của bạn bị khóa một thời gian. Quản trị viên có thể mở khóa.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="272" />
            <source>The current password is not right.</source>
            <translation>Mật khẩu hiện tại không đúng.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="425" />
            <source>The account '{username}' is not locked.</source>
            <translation>Tài khoản '{username}' không bị khóa.</translation>
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="397" />
            <source>You cannot deactivate your own account; another administrator can.</source>
            <translation>Bạn không thể tự ngừng tài khoản của mình; một quản trị viên khác có thể làm việc này.</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/content.py" line="159" />
            <location filename="../../../db/threadmap/record_sheet.py" line="162" />
            <source>The patient of procedure {id} does not exist.</source>
            <translation>Không có bệnh nhân của thủ thuật {id}.</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/content.py" line="162" />
            <location filename="../../../db/aftercare/texts.py" line="127" />
            <location filename="../../../db/aftercare/texts.py" line="170" />
            <location filename="../../../db/consent/texts.py" line="81" />
            <location filename="../../../db/threadmap/record_sheet.py" line="196" />
            <source>Choose Vietnamese (vi) or English (en).</source>
            <translation>Hãy chọn tiếng Việt (vi) hoặc tiếng Anh (en).</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/output.py" line="53" />
            <source>Procedure {procedure_id} was voided, so it has no aftercare sheet. Print the sheet of the procedure that was actually performed.</source>
            <translation>Thủ thuật {procedure_id} đã bị hủy nên không có phiếu chăm sóc. Hãy in phiếu của thủ thuật thực sự đã làm.</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/output.py" line="118" />
            <location filename="../../../db/reports/export.py" line="44" />
            <source>{path} already exists. Choose another name, or replace it.</source>
            <translation>{path} đã có. Hãy chọn tên khác, hoặc thay tệp đó.</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/output.py" line="124" />
            <source>Cannot write in {parent}: {strerror}.</source>
            <translation>Không ghi được vào {parent}: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/output.py" line="134" />
            <source>Cannot write {path}: {strerror}.</source>
            <translation>Không ghi được {path}: {strerror}.</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/texts.py" line="150" />
            <source>The care text must have its four sections, in order.</source>
            <translation>Nội dung chăm sóc phải có đủ bốn phần, theo đúng thứ tự.</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/texts.py" line="154" />
            <source>Give this section a heading.</source>
            <translation>Hãy đặt tiêu đề cho phần này.</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/texts.py" line="156" />
            <source>The heading is too long (at most {most} characters).</source>
            <translation>Tiêu đề quá dài (tối đa {most} ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/texts.py" line="179" />
            <source>The care text was changed by {who} while you were editing it. Reload it to see their text, then make your changes again.</source>
            <translation>{who} đã thay đổi nội dung chăm sóc trong lúc bạn đang sửa. Hãy tải lại để xem nội dung của họ, rồi sửa lại phần của bạn.</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/texts.py" line="160" />
            <source>Write the advice for this section; it cannot be empty.</source>
            <translation>Hãy viết lời dặn cho phần này; không được để trống.</translation>
        </message>
        <message>
            <location filename="../../../db/aftercare/texts.py" line="162" />
            <source>The text is too long (at most {most} characters).</source>
            <translation>Nội dung quá dài (tối đa {most} ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/audit/chain.py" line="355" />
            <source>{username} at {local}</source>
            <translation>{username} lúc {local}</translation>
        </message>
        <message>
            <location filename="../../../db/audit/chain.py" line="353" />
            <source>another user</source>
            <translation>một người dùng khác</translation>
        </message>
        <message>
            <location filename="../../../db/audit/chain.py" line="367" />
            <source>{what} was changed by {who} after you opened it. {advice}</source>
            <translation>{what} đã được {who} thay đổi sau khi bạn mở. {advice}</translation>
        </message>
        <message>
            <location filename="../../../db/audit/chain_check.py" line="129" />
            <source>audit trail intact: {rows} rows</source>
            <translation>nhật ký kiểm tra nguyên vẹn: {rows} dòng</translation>
        </message>
        <message>
            <location filename="../../../db/audit/chain_check.py" line="104" />
            <source>the audit trail's head row is missing</source>
            <translation>thiếu dòng đầu chuỗi của nhật ký kiểm tra</translation>
        </message>
        <message>
            <location filename="../../../db/audit/chain_check.py" line="111" />
            <source>audit rows after {seq_id} were removed (the chain recorded {rows} rows)</source>
            <translation>các dòng nhật ký sau dòng {seq_id} đã bị xóa (chuỗi ghi nhận {rows} dòng)</translation>
        </message>
        <message>
            <location filename="../../../db/audit/chain_check.py" line="123" />
            <source>audit rows after {seq_id} were removed (a checkpoint saw {rows} rows)</source>
            <translation>các dòng nhật ký sau dòng {seq_id} đã bị xóa (một điểm kiểm tra đã thấy {rows} dòng)</translation>
        </message>
        <message>
            <location filename="../../../db/audit/chain_check.py" line="74" />
            <source>audit row {seq_id} is missing (the next row found is {found_id})</source>
            <translation>thiếu dòng nhật ký {seq_id} (dòng tìm thấy tiếp theo là {found_id})</translation>
        </message>
        <message>
            <location filename="../../../db/audit/chain_check.py" line="85" />
            <source>audit row {row} does not match its hash: it was changed outside Threadbook</source>
            <translation>dòng nhật ký {row} không khớp mã băm: đã bị sửa bên ngoài Threadbook</translation>
        </message>
        <message>
            <location filename="../../../db/audit/chain_check.py" line="96" />
            <source>the audit trail differs from the checkpoint taken at row {seq_id}: it was rewritten outside Threadbook</source>
            <translation>nhật ký kiểm tra khác với điểm kiểm tra lấy ở dòng {seq_id}: đã bị viết lại bên ngoài Threadbook</translation>
        </message>
        <message>
            <location filename="../../../db/audit/checkpoints.py" line="145" />
            <source>it is not a Threadbook audit checkpoint</source>
            <translation>đây không phải điểm kiểm tra nhật ký của Threadbook</translation>
        </message>
        <message>
            <location filename="../../../db/audit/checkpoints.py" line="186" />
            <source>this PC's checkpoint names another database</source>
            <translation>điểm kiểm tra của máy này thuộc về một cơ sở dữ liệu khác</translation>
        </message>
        <message>
            <location filename="../../../db/audit/checkpoints.py" line="151" />
            <source>its key id does not match its key</source>
            <translation>mã khóa không khớp với khóa</translation>
        </message>
        <message>
            <location filename="../../../db/audit/checkpoints.py" line="156" />
            <source>its signature does not verify: it was altered</source>
            <translation>chữ ký không hợp lệ: tệp đã bị sửa</translation>
        </message>
        <message>
            <location filename="../../../db/audit/checkpoints.py" line="182" />
            <source>this PC's checkpoint cannot be read ({reason})</source>
            <translation>không đọc được điểm kiểm tra của máy này ({reason})</translation>
        </message>
        <message>
            <location filename="../../../db/audit/checkpoints.py" line="244" />
            <source>this PC's audit checkpoint cannot be trusted: {reason}</source>
            <translation>không thể tin điểm kiểm tra nhật ký của máy này: {reason}</translation>
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="152" />
            <source>Type a patient's record number (for example TB-000012) or id.</source>
            <translation>Hãy gõ mã hồ sơ của bệnh nhân (ví dụ TB-000012) hoặc id.</translation>
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="307" />
            <source>The audit trail does not verify: {problem}.</source>
            <translation>Nhật ký kiểm tra không hợp lệ: {problem}.</translation>
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="135" />
            <source>There is no user named '{name}'.</source>
            <translation>Không có người dùng tên '{name}'.</translation>
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="159" />
            <source>The end of the date range is before its start.</source>
            <translation>Ngày kết thúc đứng trước ngày bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="375" />
            <source>Cannot write {target}: {reason}. Choose another folder or file name.</source>
            <translation>Không ghi được {target}: {reason}. Hãy chọn thư mục hoặc tên tệp khác.</translation>
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="146" />
            <location filename="../../../db/exchange/patient_export.py" line="41" />
            <source>No patient has the record number {mrn}.</source>
            <translation>Không có bệnh nhân nào mang mã hồ sơ {mrn}.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/evidence.py" line="121" />
            <source>{name} is not a scanned form we can keep: use a PDF, JPEG or PNG file.</source>
            <translation>{name} không phải bản quét có thể lưu: hãy dùng tệp PDF, JPEG hoặc PNG.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/evidence.py" line="66" />
            <location filename="../../../db/consent/records.py" line="103" />
            <source>The patient has not signed yet: sign in the box.</source>
            <translation>Bệnh nhân chưa ký: hãy ký vào khung.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/evidence.py" line="70" />
            <source>The signature is too long; clear it and sign again.</source>
            <translation>Chữ ký quá dài; hãy xóa và ký lại.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/evidence.py" line="126" />
            <source>{name} is empty.</source>
            <translation>{name} trống.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/evidence.py" line="130" />
            <source>{name} is larger than 20 MB; scan at a lower resolution (200-300 dpi is enough).</source>
            <translation>{name} lớn hơn 20 MB; hãy quét ở độ phân giải thấp hơn (200-300 dpi là đủ).</translation>
        </message>
        <message>
            <location filename="../../../db/consent/evidence.py" line="180" />
            <source>{name} has no pages.</source>
            <translation>{name} không có trang nào.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/evidence.py" line="177" />
            <source>{name} is a damaged PDF file.</source>
            <translation>{name} là tệp PDF bị hỏng.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/evidence.py" line="75" />
            <source>The signature goes outside its box.</source>
            <translation>Chữ ký vượt ra ngoài khung.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/evidence.py" line="146" />
            <source>{name} has too many pixels for a scan.</source>
            <translation>{name} có quá nhiều điểm ảnh cho một bản quét.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/form_pdf.py" line="227" />
            <source>This consent was ticked in a box before consent forms existed; there is no form to print. Record a new consent with the patient if one is needed.</source>
            <translation>Cam kết này được đánh dấu bằng ô chọn từ trước khi có phiếu cam kết; không có phiếu để in. Nếu cần, hãy ghi nhận cam kết mới với bệnh nhân.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/proof.py" line="52" />
            <source>This consent was not signed on screen.</source>
            <translation>Cam kết này không được ký trên màn hình.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/proof.py" line="81" />
            <source>No scanned form is attached to this consent.</source>
            <translation>Cam kết này không có bản quét đính kèm.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="99" />
            <location filename="../../../db/consent/texts.py" line="79" />
            <source>Choose what the consent is for.</source>
            <translation>Hãy chọn mục đích của cam kết.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="101" />
            <source>Choose how the consent was given.</source>
            <translation>Hãy chọn hình thức đồng ý.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="118" />
            <source>Consent cannot be recorded before it is given.</source>
            <translation>Không thể ghi nhận cam kết trước khi bệnh nhân đồng ý.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="120" />
            <source>The witness's name is too long (at most 200 characters).</source>
            <translation>Tên người chứng kiến quá dài (tối đa 200 ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="110" />
            <source>Consent to a procedure must be signed: on screen, or on paper and scanned.</source>
            <translation>Cam kết cho thủ thuật phải có chữ ký: ký trên màn hình, hoặc ký trên giấy rồi quét.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="114" />
            <source>Tick the areas the patient agrees to have treated.</source>
            <translation>Hãy đánh dấu các vùng bệnh nhân đồng ý điều trị.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="116" />
            <source>Tick the thread materials the patient agrees to.</source>
            <translation>Hãy đánh dấu các loại chỉ bệnh nhân đồng ý.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="219" />
            <location filename="../../../db/photos/records.py" line="250" />
            <location filename="../../../db/record/procedures.py" line="339" />
            <source>Reload it first.</source>
            <translation>Hãy tải lại trước.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="275" />
            <location filename="../../../db/record/procedures.py" line="123" />
            <source>Choose the patient's signed consent for this procedure, or record it first.</source>
            <translation>Hãy chọn cam kết đã ký của bệnh nhân cho thủ thuật này, hoặc ghi nhận cam kết trước.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="282" />
            <source>The chosen consent is not this patient's consent to treatment.</source>
            <translation>Cam kết đã chọn không phải cam kết điều trị của bệnh nhân này.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="284" />
            <source>The patient withdrew this consent; record a new one before charting.</source>
            <translation>Bệnh nhân đã rút lại cam kết này; hãy ghi nhận cam kết mới trước khi ghi nhận thủ thuật.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="287" />
            <source>A procedure needs a consent signed on screen or on a scanned paper form.</source>
            <translation>Thủ thuật cần cam kết ký trên màn hình hoặc trên phiếu giấy đã quét.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="290" />
            <source>The consent was given after the procedure's time: check both times.</source>
            <translation>Cam kết được đưa ra sau giờ làm thủ thuật: hãy kiểm tra cả hai thời điểm.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="293" />
            <source>This consent was used for the procedure of {performed}; each procedure needs its own.</source>
            <translation>Cam kết này đã dùng cho thủ thuật lúc {performed}; mỗi thủ thuật cần cam kết riêng.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="303" />
            <source>The consent does not cover these areas: {areas}.</source>
            <translation>Cam kết không bao gồm các vùng: {areas}.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="306" />
            <source>The consent does not cover these thread materials: {materials}.</source>
            <translation>Cam kết không bao gồm các loại chỉ: {materials}.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="341" />
            <location filename="../../../db/consent/records.py" line="215" />
            <source>Consent {consent_id} does not exist.</source>
            <translation>Không có cam kết {consent_id}.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="105" />
            <source>Attach the scanned, signed paper form.</source>
            <translation>Hãy đính kèm bản quét của phiếu giấy đã ký.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="137" />
            <location filename="../../../db/photos/records.py" line="149" />
            <location filename="../../../db/record/alerts.py" line="149" />
            <location filename="../../../db/record/appointments.py" line="146" />
            <location filename="../../../db/record/procedures.py" line="233" />
            <source>This patient's record is not active; open the current record.</source>
            <translation>Hồ sơ bệnh nhân này không còn dùng; hãy mở hồ sơ hiện hành.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="143" />
            <source>The consent text was changed while this form was open. Close the form and open it again, so the patient reads and agrees to the current wording.</source>
            <translation>Văn bản cam kết đã thay đổi trong lúc biểu mẫu đang mở. Hãy đóng và mở lại biểu mẫu để bệnh nhân đọc và đồng ý với nội dung hiện hành.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="150" />
            <source>This consent is already given and not withdrawn.</source>
            <translation>Cam kết này đã được đưa ra và chưa bị rút lại.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="205" />
            <source>Choose how the patient withdrew consent.</source>
            <translation>Hãy chọn cách bệnh nhân rút lại cam kết.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="209" />
            <source>The note is too long (at most 2,000 characters).</source>
            <translation>Ghi chú quá dài (tối đa 2.000 ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="218" />
            <source>This consent was already withdrawn on {when}.</source>
            <translation>Cam kết này đã bị rút lại ngày {when}.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="222" />
            <source>This consent covers the procedure of {performed}, which has been done; record any change of mind in the notes.</source>
            <translation>Cam kết này dùng cho thủ thuật lúc {performed}, đã thực hiện xong; hãy ghi việc đổi ý vào ghi chú.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/records.py" line="107" />
            <source>Name the person who witnessed the spoken consent.</source>
            <translation>Hãy ghi tên người chứng kiến việc đồng ý bằng lời.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/texts.py" line="199" />
            <source>Give the consent a heading of at most {most} characters.</source>
            <translation>Hãy đặt tiêu đề cho cam kết, tối đa {most} ký tự.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/texts.py" line="203" />
            <source>Write the consent text (20 to {most} characters).</source>
            <translation>Hãy viết nội dung cam kết (20 đến {most} ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/consent/texts.py" line="211" />
            <source>The text was changed while you were editing it (now version {version_no}). Reload it to see the new wording, then make your changes again.</source>
            <translation>Văn bản đã bị thay đổi trong lúc bạn đang sửa (nay là phiên bản {version_no}). Hãy tải lại để xem nội dung mới, rồi sửa lại phần của bạn.</translation>
        </message>
        <message>
            <location filename="../../../db/consent/texts.py" line="180" />
            <source>Consent text version {text_id} does not exist.</source>
            <translation>Không có phiên bản văn bản cam kết {text_id}.</translation>
        </message>
        <message>
            <location filename="../../../db/errors.py" line="28" />
            <source>Please correct: {problems}</source>
            <translation>Hãy sửa: {problems}</translation>
        </message>
        <message>
            <location filename="../../../db/exchange/bulk.py" line="42" />
            <source>{folder} is not a folder. Create it first, or choose another.</source>
            <translation>{folder} không phải là thư mục. Hãy tạo thư mục trước, hoặc chọn thư mục khác.</translation>
        </message>
        <message>
            <location filename="../../../db/exchange/bulk.py" line="47" />
            <source>{folder} already holds {files}. Choose an empty folder, so no earlier export is mixed in or overwritten.</source>
            <translation>{folder} đã có {files}. Hãy chọn một thư mục trống để không lẫn hoặc ghi đè lần xuất trước.</translation>
        </message>
        <message>
            <location filename="../../../db/exchange/bulk.py" line="103" />
            <location filename="../../../db/reports/export.py" line="57" />
            <source>Cannot write in {folder}: {reason}.</source>
            <translation>Không ghi được vào {folder}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../db/exchange/bundle.py" line="27" />
            <location filename="../../../db/record/patients.py" line="184" />
            <location filename="../../../db/record/patients.py" line="223" />
            <location filename="../../../db/record/patients.py" line="234" />
            <source>Patient {patient_id} does not exist.</source>
            <translation>Không có bệnh nhân {patient_id}.</translation>
        </message>
        <message>
            <location filename="../../../db/exchange/patient_export.py" line="55" />
            <source>Choose a FHIR file, a PDF file, or both.</source>
            <translation>Hãy chọn tệp FHIR, tệp PDF, hoặc cả hai.</translation>
        </message>
        <message>
            <location filename="../../../db/exchange/patient_export.py" line="62" />
            <source>The FHIR file and the PDF need two different names.</source>
            <translation>Tệp FHIR và tệp PDF cần hai tên khác nhau.</translation>
        </message>
        <message>
            <location filename="../../../db/exchange/patient_export.py" line="92" />
            <source>Cannot write the export: {reason}.</source>
            <translation>Không ghi được tệp xuất: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/comparison.py" line="94" />
            <source>Say whether the comparison is for the patient or for teaching and marketing.</source>
            <translation>Hãy cho biết ảnh so sánh dùng cho bệnh nhân hay cho giảng dạy và quảng bá.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/comparison.py" line="103" />
            <source>One of the photos no longer exists.</source>
            <translation>Một trong các ảnh không còn nữa.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/comparison.py" line="169" />
            <source>Save the comparison as a .png image or a .pdf page.</source>
            <translation>Hãy lưu ảnh so sánh thành ảnh .png hoặc trang .pdf.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/comparison.py" line="171" />
            <source>Choose side by side or overlaid.</source>
            <translation>Hãy chọn đặt cạnh nhau hoặc chồng lên nhau.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/comparison.py" line="106" />
            <source>Both photos must be of the same patient.</source>
            <translation>Hai ảnh phải của cùng một bệnh nhân.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/comparison.py" line="108" />
            <source>A voided photo is not exported.</source>
            <translation>Ảnh đã hủy không được xuất.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/comparison.py" line="112" />
            <source>The patient has not consented to the use of photographs for teaching or marketing (or withdrew it). Nothing was exported.</source>
            <translation>Bệnh nhân chưa đồng ý cho dùng ảnh để giảng dạy hay quảng bá (hoặc đã rút lại). Không có gì được xuất.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/comparison.py" line="187" />
            <source>The patient withdrew consent to teaching or marketing use. Nothing was exported.</source>
            <translation>Bệnh nhân đã rút lại đồng ý dùng ảnh cho giảng dạy hay quảng bá. Không có gì được xuất.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/imaging.py" line="50" />
            <source>{name}: {why}</source>
            <translation>{name}: {why}</translation>
        </message>
        <message>
            <location filename="../../../db/photos/imaging.py" line="64" />
            <source>the file is empty.</source>
            <translation>tệp trống.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/imaging.py" line="66" />
            <source>the file is larger than 60 MB; this is not a photo we can keep.</source>
            <translation>tệp lớn hơn 60 MB; đây không phải ảnh có thể lưu.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/imaging.py" line="86" />
            <location filename="../../../db/photos/imaging.py" line="75" />
            <source>the picture has too many pixels to be a photo.</source>
            <translation>hình có quá nhiều điểm ảnh để là một tấm ảnh.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/imaging.py" line="88" />
            <location filename="../../../db/photos/imaging.py" line="73" />
            <source>not a JPEG, PNG or HEIC photo.</source>
            <translation>không phải ảnh JPEG, PNG hay HEIC.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/imaging.py" line="90" />
            <source>the file is damaged or incomplete; copy it again.</source>
            <translation>tệp bị hỏng hoặc không đầy đủ; hãy chép lại.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="79" />
            <source>Name the view in English and in Vietnamese.</source>
            <translation>Hãy đặt tên góc chụp bằng tiếng Anh và tiếng Việt.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="128" />
            <source>Choose the photos to import.</source>
            <translation>Hãy chọn ảnh cần nhập.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="131" />
            <source>Import at most {most} photos at a time.</source>
            <translation>Mỗi lần nhập tối đa {most} ảnh.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="136" />
            <source>Say whether the photos are from before, right after the procedure, or a follow-up.</source>
            <translation>Hãy cho biết ảnh chụp trước, ngay sau thủ thuật, hay lúc tái khám.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="144" />
            <source>The photos cannot be taken in the future.</source>
            <translation>Ngày chụp ảnh không thể ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="230" />
            <location filename="../../../db/photos/records.py" line="247" />
            <source>Photo {photo_id} does not exist.</source>
            <translation>Không có ảnh {photo_id}.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="241" />
            <source>Say why the photo is voided (at least 5 characters).</source>
            <translation>Hãy ghi lý do hủy ảnh (ít nhất 5 ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="249" />
            <source>This photo was already voided.</source>
            <translation>Ảnh này đã bị hủy trước đó.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="85" />
            <source>A view named {label_en} already exists.</source>
            <translation>Đã có góc chụp tên {label_en}.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="162" />
            <source>The patient has not consented to clinical photographs (or withdrew it): record the consent first. No photo was stored.</source>
            <translation>Bệnh nhân chưa đồng ý chụp ảnh lâm sàng (hoặc đã rút lại): hãy ghi nhận cam kết trước. Chưa ảnh nào được lưu.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="172" />
            <source>Choose one of this patient's procedures.</source>
            <translation>Hãy chọn một thủ thuật của bệnh nhân này.</translation>
        </message>
        <message>
            <location filename="../../../db/photos/records.py" line="180" />
            <source>{file_name}: choose its view.</source>
            <translation>{file_name}: hãy chọn góc chụp.</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="72" />
            <source>Choose allergy, medical history or contraindication.</source>
            <translation>Hãy chọn dị ứng, tiền sử bệnh hoặc chống chỉ định.</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="74" />
            <source>Choose whether it stops charting, needs acknowledging, or is a note.</source>
            <translation>Hãy chọn cảnh báo này chặn ghi thủ thuật, cần xác nhận, hay chỉ để biết.</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="78" />
            <source>Choose the contraindication from the list (or Other).</source>
            <translation>Hãy chọn chống chỉ định trong danh sách (hoặc Khác).</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="81" />
            <source>Say what it is (for an allergy: to what, and the reaction if known).</source>
            <translation>Hãy ghi rõ là gì (với dị ứng: dị ứng với gì, và phản ứng nếu biết).</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="85" />
            <source>Keep it under 500 characters; longer notes go in the medical notes.</source>
            <translation>Hãy giữ dưới 500 ký tự; ghi chú dài hơn thì ghi vào ghi chú y khoa.</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="200" />
            <source>Acknowledge each of this patient's alerts before charting.</source>
            <translation>Hãy xác nhận từng cảnh báo của bệnh nhân này trước khi ghi thủ thuật.</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="204" />
            <source>This patient has an absolute contraindication. To go ahead, write the clinical reason (at least {least} characters).</source>
            <translation>Bệnh nhân này có chống chỉ định tuyệt đối. Để tiếp tục, hãy ghi lý do lâm sàng (ít nhất {least} ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="179" />
            <source>The alert</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="179" />
            <source>Open the patient again.</source>
            <translation>Hãy mở lại hồ sơ bệnh nhân.</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="172" />
            <source>Say why the alert no longer applies.</source>
            <translation>Hãy ghi lý do cảnh báo không còn áp dụng.</translation>
        </message>
        <message>
            <location filename="../../../db/record/alerts.py" line="177" />
            <source>This alert has already been ended or does not exist.</source>
            <translation>Cảnh báo này đã được kết thúc hoặc không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="63" />
            <source>Choose consultation, procedure or extra review.</source>
            <translation>Hãy chọn tư vấn, thủ thuật hoặc tái khám thêm.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="65" />
            <source>Choose the doctor.</source>
            <translation>Hãy chọn bác sĩ.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="67" />
            <source>Give the date and time of the visit.</source>
            <translation>Hãy nhập ngày và giờ hẹn.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="69" />
            <source>A visit lasts 5 to {most} minutes.</source>
            <translation>Một lượt hẹn kéo dài từ 5 đến {most} phút.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="71" />
            <source>Keep the note under {most} characters.</source>
            <translation>Hãy giữ ghi chú dưới {most} ký tự.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="170" />
            <source>The visit</source>
            <translation>Lịch hẹn</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="170" />
            <source>Look at the calendar again.</source>
            <translation>Hãy xem lại lịch hẹn.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="168" />
            <source>This visit does not exist.</source>
            <translation>Lịch hẹn này không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="91" />
            <source>The clinic is closed on {day} ({note}).</source>
            <translation>Phòng khám nghỉ ngày {day} ({note}).</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="93" />
            <source>The clinic is closed on {day}.</source>
            <translation>Phòng khám nghỉ ngày {day}.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="97" />
            <source>{moment} is outside opening hours ({opens}-{closes}).</source>
            <translation>{moment} nằm ngoài giờ làm việc ({opens}-{closes}).</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="110" />
            <source>{doctor} already sees {patient} at {time}.</source>
            <translation>{doctor} đã có hẹn khám {patient} lúc {time}.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="133" />
            <location filename="../../../db/record/procedures.py" line="172" />
            <source>The chosen doctor is not an active doctor.</source>
            <translation>Người được chọn không phải bác sĩ đang hoạt động.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="179" />
            <source>Give the new date and time.</source>
            <translation>Hãy nhập ngày và giờ mới.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="196" />
            <source>Unknown visit status.</source>
            <translation>Trạng thái lịch hẹn không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="198" />
            <source>Say why the visit is cancelled.</source>
            <translation>Hãy ghi lý do hủy lịch hẹn.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="216" />
            <source>The booked visit is not this patient's procedure.</source>
            <translation>Lịch hẹn đã đặt không phải thủ thuật của bệnh nhân này.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="219" />
            <source>This booked procedure is already closed.</source>
            <translation>Lịch hẹn thủ thuật này đã đóng.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="297" />
            <source>Show 1 to 31 days.</source>
            <translation>Hãy hiển thị từ 1 đến 31 ngày.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="184" />
            <source>Only a visit still booked can be moved.</source>
            <translation>Chỉ dời được lịch hẹn còn đang đặt.</translation>
        </message>
        <message>
            <location filename="../../../db/record/appointments.py" line="203" />
            <source>This visit is closed; book a new one instead.</source>
            <translation>Lịch hẹn này đã đóng; hãy đặt lịch mới.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="101" />
            <source>Choose the type of complication.</source>
            <translation>Hãy chọn loại biến chứng.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="105" />
            <source>Choose the area.</source>
            <translation>Hãy chọn vùng.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="107" />
            <source>Onset date is required (dd/mm/yyyy).</source>
            <translation>Cần nhập ngày khởi phát (nn/tt/nnnn).</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="118" />
            <location filename="../../../db/record/complications.py" line="237" />
            <source>Severity is 1 (mild) to 5 (death).</source>
            <translation>Mức độ từ 1 (nhẹ) đến 5 (tử vong).</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="120" />
            <location filename="../../../db/record/complications.py" line="239" />
            <source>Unknown action.</source>
            <translation>Cách xử trí không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="125" />
            <source>Notes are too long.</source>
            <translation>Ghi chú quá dài.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="134" />
            <source>Choose the outcome.</source>
            <translation>Hãy chọn diễn tiến.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="149" />
            <source>A fatal outcome is severity 5, and severity 5 is a fatal outcome.</source>
            <translation>Diễn tiến tử vong là mức độ 5, và mức độ 5 là diễn tiến tử vong.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="103" />
            <source>Describe the other complication.</source>
            <translation>Hãy mô tả biến chứng khác.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="109" />
            <source>Onset cannot be in the future.</source>
            <translation>Ngày khởi phát không thể ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="136" />
            <source>An outcome of resolved (or fatal) needs its date.</source>
            <translation>Diễn tiến đã khỏi (hoặc tử vong) cần có ngày.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="141" />
            <source>Resolution cannot be in the future.</source>
            <translation>Ngày khỏi không thể ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="230" />
            <source>This complication</source>
            <translation>Biến chứng này</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="231" />
            <source>Reload it, then add your update.</source>
            <translation>Hãy tải lại rồi thêm diễn tiến của bạn.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="111" />
            <source>Onset ({onset_date}) is before the procedure ({performed}): check the date or the procedure.</source>
            <translation>Ngày khởi phát ({onset_date}) trước ngày làm thủ thuật ({performed}): hãy kiểm tra lại ngày hoặc thủ thuật.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="138" />
            <source>Leave the resolution date empty while it is not resolved.</source>
            <translation>Để trống ngày khỏi khi chưa khỏi.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="143" />
            <source>Resolution ({resolved_on}) is before onset ({onset}).</source>
            <translation>Ngày khỏi ({resolved_on}) trước ngày khởi phát ({onset}).</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="162" />
            <location filename="../../../db/record/procedures.py" line="446" />
            <location filename="../../../db/record/procedures.py" line="328" />
            <source>Procedure {procedure_id} does not exist.</source>
            <translation>Không có thủ thuật {procedure_id}.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="172" />
            <source>That placement belongs to another procedure.</source>
            <translation>Vị trí đặt chỉ đó thuộc một thủ thuật khác.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="221" />
            <source>Complication {complication_id} does not exist.</source>
            <translation>Không có biến chứng {complication_id}.</translation>
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="166" />
            <source>That procedure was voided; choose the right one.</source>
            <translation>Thủ thuật đó đã bị hủy; hãy chọn đúng thủ thuật.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/lists.py" line="172" />
            <location filename="../../../db/record/followups/reception.py" line="23" />
            <location filename="../../../db/record/followups/reception.py" line="83" />
            <location filename="../../../db/record/reviews.py" line="72" />
            <source>Follow-up {follow_up_id} does not exist.</source>
            <translation>Không có lịch tái khám {follow_up_id}.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/protocol.py" line="47" />
            <source>7 days</source>
            <translation>7 ngày</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/protocol.py" line="48" />
            <source>1 month</source>
            <translation>1 tháng</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/protocol.py" line="49" />
            <source>3 months</source>
            <translation>3 tháng</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/protocol.py" line="50" />
            <source>6 months</source>
            <translation>6 tháng</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/protocol.py" line="51" />
            <source>12 months</source>
            <translation>12 tháng</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/protocol.py" line="112" />
            <source>The protocol needs at least one follow-up.</source>
            <translation>Lịch tái khám cần ít nhất một mốc.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/protocol.py" line="93" />
            <source>Every step needs a label, for example '1 month'.</source>
            <translation>Mỗi mốc cần có tên, ví dụ '1 tháng'.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/protocol.py" line="95" />
            <source>Step '{label}' must be at least one day after the procedure.</source>
            <translation>Mốc '{label}' phải cách thủ thuật ít nhất một ngày.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/protocol.py" line="99" />
            <source>Step '{label}' is more than five years after the procedure.</source>
            <translation>Mốc '{label}' cách thủ thuật hơn năm năm.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/protocol.py" line="103" />
            <source>Two steps are called '{label}'.</source>
            <translation>Có hai mốc cùng tên '{label}'.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/reception.py" line="25" />
            <source>This follow-up</source>
            <translation>Lịch tái khám này</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/reception.py" line="25" />
            <source>Reload, then try again.</source>
            <translation>Hãy tải lại rồi thử lại.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/reception.py" line="34" />
            <source>Give the new date (dd/mm/yyyy) and time.</source>
            <translation>Hãy nhập ngày mới (nn/tt/nnnn) và giờ.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/reception.py" line="58" />
            <source>Say why the follow-up is cancelled.</source>
            <translation>Hãy ghi lý do hủy lịch tái khám.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/reception.py" line="75" />
            <location filename="../../../db/stock/recall_round.py" line="142" />
            <source>Choose what came of the call.</source>
            <translation>Hãy chọn kết quả cuộc gọi.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/reception.py" line="39" />
            <source>Only a planned follow-up can be moved.</source>
            <translation>Chỉ dời được lịch tái khám chưa diễn ra.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/reception.py" line="43" />
            <source>A follow-up must come after the procedure.</source>
            <translation>Lịch tái khám phải sau ngày làm thủ thuật.</translation>
        </message>
        <message>
            <location filename="../../../db/record/followups/reception.py" line="64" />
            <source>This follow-up was cancelled; book a new date instead.</source>
            <translation>Lịch tái khám này đã bị hủy; hãy đặt lịch mới.</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="65" />
            <source>Give opening hours for each of the seven weekdays.</source>
            <translation>Hãy nhập giờ làm việc cho cả bảy ngày trong tuần.</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="73" />
            <source>The clinic must be open on at least one weekday.</source>
            <translation>Phòng khám phải làm việc ít nhất một ngày trong tuần.</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="108" />
            <source>Too many closed days (keep under {most} characters).</source>
            <translation>Quá nhiều ngày nghỉ (giữ dưới {most} ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="49" />
            <source>Monday</source>
            <translation>Thứ Hai</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="50" />
            <source>Tuesday</source>
            <translation>Thứ Ba</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="51" />
            <source>Wednesday</source>
            <translation>Thứ Tư</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="52" />
            <source>Thursday</source>
            <translation>Thứ Năm</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="53" />
            <source>Friday</source>
            <translation>Thứ Sáu</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="54" />
            <source>Saturday</source>
            <translation>Thứ Bảy</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="55" />
            <source>Sunday</source>
            <translation>Chủ Nhật</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="63" />
            <source>Opening hours are not readable.</source>
            <translation>Không đọc được giờ làm việc.</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="68" />
            <source>{day}: write the hours as 08:00-17:00, opening before closing.</source>
            <translation>{day}: hãy ghi giờ dạng 08:00-17:00, giờ mở cửa trước giờ đóng cửa.</translation>
        </message>
        <message>
            <location filename="../../../db/record/opening_hours.py" line="104" />
            <source>Closed days, line {line}: write a date as dd/mm/yyyy, then a note.</source>
            <translation>Ngày nghỉ, dòng {line}: hãy ghi ngày dạng dd/mm/yyyy, sau đó là ghi chú.</translation>
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="115" />
            <source>Choose female, male or other.</source>
            <translation>Hãy chọn nữ, nam hoặc khác.</translation>
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="109" />
            <location filename="../../../db/settings.py" line="160" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="110" />
            <source>Allergies</source>
            <translation>Dị ứng</translation>
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="111" />
            <source>Medical notes</source>
            <translation>Ghi chú y khoa</translation>
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="189" />
            <source>{name}'s record</source>
            <translation>Hồ sơ của {name}</translation>
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="190" />
            <source>Reload to see their changes; what you typed is still in the form.</source>
            <translation>Hãy tải lại để xem thay đổi của họ; những gì bạn đã gõ vẫn còn trong biểu mẫu.</translation>
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="195" />
            <source>Allergies and medical notes are changed by a doctor. Your other changes were not saved either; undo those two fields to save them.</source>
            <translation>Dị ứng và ghi chú y khoa do bác sĩ thay đổi. Các thay đổi khác của bạn cũng chưa được lưu; hãy trả hai mục đó về như cũ để lưu.</translation>
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="306" />
            <source>A page of results is 1 to {most} rows from a position of 0 or more.</source>
            <translation>Một trang kết quả gồm 1 đến {most} dòng, từ vị trí 0 trở đi.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="115" />
            <source>Date and time of the procedure are required.</source>
            <translation>Cần nhập ngày giờ làm thủ thuật.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="121" />
            <source>Choose the performing doctor.</source>
            <translation>Hãy chọn bác sĩ thực hiện.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="127" />
            <source>Choose none, topical or local anaesthesia.</source>
            <translation>Hãy chọn không gây tê, gây tê bôi hoặc gây tê tại chỗ.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="129" />
            <source>Add at least one placement: area, side, lot and thread count.</source>
            <translation>Hãy thêm ít nhất một vị trí đặt chỉ: vùng, bên, lô và số sợi.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="131" />
            <source>Placement {index}</source>
            <translation>Vị trí {index}</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="151" />
            <source>Threads are not suited to nose or buttock augmentation: they cannot hold a shape long-term and complications are more likely. To go ahead, write the clinical reason (at least 10 characters).</source>
            <translation>Chỉ không phù hợp để nâng mũi hay nâng mông: chỉ không giữ được dáng lâu dài và dễ gây biến chứng hơn. Nếu vẫn làm, hãy ghi lý do chuyên môn (ít nhất 10 ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="157" />
            <source>Notes are too long (at most 20,000 characters).</source>
            <translation>Ghi chú quá dài (tối đa 20.000 ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="189" />
            <source>Lot {lot_number} ({name})</source>
            <translation>Lô {lot_number} ({name})</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="117" />
            <source>The procedure cannot be charted before it happens.</source>
            <translation>Không thể ghi nhận thủ thuật trước khi thực hiện.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="133" />
            <source>{where}: choose the treated area.</source>
            <translation>{where}: hãy chọn vùng điều trị.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="338" />
            <source>Procedure {procedure_id}</source>
            <translation>Thủ thuật {procedure_id}</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="119" />
            <source>The date is more than five years ago: check the year.</source>
            <translation>Ngày này đã hơn năm năm trước: hãy kiểm tra lại năm.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="135" />
            <source>{where}: name the other area.</source>
            <translation>{where}: hãy ghi tên vùng khác.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="321" />
            <source>Say why the procedure is voided (at least 5 characters).</source>
            <translation>Hãy ghi lý do hủy thủ thuật (ít nhất 5 ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="332" />
            <source>Procedure {procedure_id} was already voided.</source>
            <translation>Thủ thuật {procedure_id} đã bị hủy trước đó.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="137" />
            <source>{where}: choose the side.</source>
            <translation>{where}: hãy chọn bên.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="174" />
            <source>The chosen nurse is not an active nurse.</source>
            <translation>Người được chọn không phải điều dưỡng đang hoạt động.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="192" />
            <source>{name} was recalled on {recalled_on} ({recall_reason}). It must not be used: choose another lot.</source>
            <translation>{name} đã bị thu hồi ngày {recalled_on} ({recall_reason}). Không được dùng: hãy chọn lô khác.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="200" />
            <source>{name} expired on {expiry_date}, before the procedure date {day}. Choose another lot.</source>
            <translation>{name} đã hết hạn ngày {expiry_date}, trước ngày làm thủ thuật {day}. Hãy chọn lô khác.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="209" />
            <source>{name} has {left} thread(s) in stock, but {charted} are charted. Check the counts, or receive the new box first.</source>
            <translation>{name} còn {left} sợi trong kho, nhưng đang ghi {charted} sợi. Hãy kiểm tra lại số lượng, hoặc nhập kho hộp mới trước.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="139" />
            <source>{where}: choose or scan the lot used.</source>
            <translation>{where}: hãy chọn hoặc quét lô đã dùng.</translation>
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="141" />
            <source>{where}: thread count must be from 1 to {most}.</source>
            <translation>{where}: số sợi phải từ 1 đến {most}.</translation>
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="48" />
            <source>Date of the visit is required (dd/mm/yyyy).</source>
            <translation>Cần nhập ngày khám (nn/tt/nnnn).</translation>
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="54" />
            <source>Unknown complication type.</source>
            <translation>Loại biến chứng không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="56" />
            <source>GAIS is 1 (very much improved) to 5 (worse).</source>
            <translation>GAIS từ 1 (cải thiện rất nhiều) đến 5 (xấu hơn).</translation>
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="58" />
            <source>Satisfaction is 1 to 5.</source>
            <translation>Mức hài lòng từ 1 đến 5.</translation>
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="50" />
            <source>The visit cannot be in the future.</source>
            <translation>Ngày khám không thể ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="52" />
            <source>The visit cannot be before the procedure.</source>
            <translation>Ngày khám không thể trước thủ thuật.</translation>
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="80" />
            <source>A review was already recorded for this follow-up.</source>
            <translation>Buổi tái khám này đã được ghi nhận đánh giá.</translation>
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="76" />
            <source>This follow-up was cancelled; book a new one first.</source>
            <translation>Lịch tái khám này đã bị hủy; hãy đặt lịch mới trước.</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="129" />
            <source>planned</source>
            <translation>đã hẹn</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="130" />
            <source>attended</source>
            <translation>đã đến</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="131" />
            <source>no-show</source>
            <translation>không đến</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="132" />
            <source>cancelled</source>
            <translation>đã hủy</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="78" />
            <source>{status}: {reason}</source>
            <translation>{status}: {reason}</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="40" />
            <source>Procedure {id}: {areas}</source>
            <translation>Thủ thuật {id}: {areas}</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="83" />
            <source>Follow-up {label} (procedure {procedure_id})</source>
            <translation>Tái khám {label} (thủ thuật {procedure_id})</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="105" />
            <source>Complication: {kind} ({area})</source>
            <translation>Biến chứng: {kind} ({area})</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="41" />
            <source>{threads} thread(s), {doctor} — voided: {reason}</source>
            <translation>{threads} sợi, {doctor} — đã hủy: {reason}</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="48" />
            <source>{threads} thread(s), {doctor}</source>
            <translation>{threads} sợi, {doctor}</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="59" />
            <source>Threads of procedure {id} expected to have dissolved</source>
            <translation>Chỉ của thủ thuật {id} dự kiến đã tự tiêu</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="60" />
            <source>{material}: about {months} months</source>
            <translation>{material}: khoảng {months} tháng</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="106" />
            <source>severity {severity}, {outcome} on {day}</source>
            <translation>mức độ {severity}, {outcome} ngày {day}</translation>
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="113" />
            <source>severity {severity}, {outcome}</source>
            <translation>mức độ {severity}, {outcome}</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="29" />
            <location filename="../../../db/record/validation.py" line="87" />
            <source>{what} is too long (at most {limit} characters).</source>
            <translation>{what} quá dài (tối đa {limit} ký tự).</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="31" />
            <source>{what} must contain letters.</source>
            <translation>{what} phải có chữ cái.</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="40" />
            <source>Phone number may contain only digits, spaces, '+', '-', '.' and brackets.</source>
            <translation>Số điện thoại chỉ được gồm chữ số, dấu cách, '+', '-', '.' và dấu ngoặc.</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="45" />
            <source>Phone number must have 8 to 15 digits, for example 0912 345 678 or +84 912 345 678.</source>
            <translation>Số điện thoại phải có 8 đến 15 chữ số, ví dụ 0912 345 678 hoặc +84 912 345 678.</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="62" />
            <source>E-mail address is not valid (for example name@example.com).</source>
            <translation>Địa chỉ email không hợp lệ (ví dụ ten@example.com).</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="68" />
            <source>Date of birth is required (dd/mm/yyyy).</source>
            <translation>Cần nhập ngày sinh (nn/tt/nnnn).</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="70" />
            <source>Date of birth cannot be in the future.</source>
            <translation>Ngày sinh không thể ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="72" />
            <source>Date of birth cannot be before 1900.</source>
            <translation>Ngày sinh không thể trước năm 1900.</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="78" />
            <source>Username must be 2 to 63 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
            <translation>Tên đăng nhập gồm 2 đến 63 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số.</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="24" />
            <source>Full name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="24" />
            <source>Full name is required.</source>
            <translation>Cần nhập họ tên.</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="27" />
            <source>{what} is required.</source>
            <translation>{what}: cần nhập.</translation>
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="38" />
            <source>Phone number is required.</source>
            <translation>Cần nhập số điện thoại.</translation>
        </message>
        <message>
            <location filename="../../../db/reports/complication_rates.py" line="72" />
            <source>Any complication</source>
            <translation>Mọi biến chứng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/export.py" line="40" />
            <source>{path} is not a regular file; choose a file name to write to.</source>
            <translation>{path} không phải là tệp thông thường; hãy chọn tên tệp để ghi.</translation>
        </message>
        <message>
            <location filename="../../../db/reports/export.py" line="47" />
            <source>The folder {folder} does not exist.</source>
            <translation>Thư mục {folder} không tồn tại.</translation>
        </message>
        <message>
            <location filename="../../../db/reports/export.py" line="133" />
            <source>There is no report to export.</source>
            <translation>Không có báo cáo nào để xuất.</translation>
        </message>
        <message>
            <location filename="../../../db/reports/export.py" line="67" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>Không ghi được {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../db/reports/scope.py" line="41" />
            <source>The period ends before it starts.</source>
            <translation>Khoảng thời gian kết thúc trước khi bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../../db/reports/scope.py" line="45" />
            <source>Unknown thread material.</source>
            <translation>Chất liệu chỉ không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../../db/reports/scope.py" line="43" />
            <source>A period may be at most 20 years long.</source>
            <translation>Khoảng thời gian dài tối đa 20 năm.</translation>
        </message>
        <message>
            <location filename="../../../db/settings.py" line="161" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../../db/settings.py" line="162" />
            <source>Logo path</source>
            <translation>Đường dẫn logo</translation>
        </message>
        <message>
            <location filename="../../../db/settings.py" line="163" />
            <source>Failed logins before lock-out</source>
            <translation>Số lần đăng nhập sai trước khi khóa</translation>
        </message>
        <message>
            <location filename="../../../db/settings.py" line="164" />
            <source>Lock-out minutes</source>
            <translation>Số phút bị khóa</translation>
        </message>
        <message>
            <location filename="../../../db/settings.py" line="165" />
            <source>Minutes before the screen locks</source>
            <translation>Số phút trước khi khóa màn hình</translation>
        </message>
        <message>
            <location filename="../../../db/settings.py" line="166" />
            <source>Backup folder</source>
            <translation>Thư mục sao lưu</translation>
        </message>
        <message>
            <location filename="../../../db/settings.py" line="167" />
            <source>Daily backups to keep</source>
            <translation>Số bản sao lưu hằng ngày được giữ</translation>
        </message>
        <message>
            <location filename="../../../db/settings.py" line="55" />
            <source>{what} must be a whole number from {low} to {high}.</source>
            <translation>{what} phải là số nguyên từ {low} đến {high}.</translation>
        </message>
        <message>
            <location filename="../../../db/settings.py" line="95" />
            <source>The backup folder must be a full path, for example D:\Threadbook backups or /home/clinic/backups.</source>
            <translation>Thư mục sao lưu phải là đường dẫn đầy đủ, ví dụ D:\Threadbook backups hoặc /home/clinic/backups.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="66" />
            <source>This is not a GS1 code from a product box. Scan the GS1 barcode or QR code that carries the GTIN, lot and expiry.</source>
            <translation>Đây không phải mã GS1 trên hộp sản phẩm. Hãy quét mã vạch GS1 hoặc mã QR có GTIN, số lô và hạn dùng.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="60" />
            <source>The expiry date in the code is impossible (month or day out of range). Check the box, or type the lot and expiry from it.</source>
            <translation>Hạn dùng trong mã không hợp lệ (tháng hoặc ngày sai). Hãy kiểm tra hộp, hoặc gõ số lô và hạn dùng in trên hộp.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="65" />
            <location filename="../../../db/stock/barcodes.py" line="91" />
            <source>The GTIN's check digit is wrong: the code was misread. Scan it again.</source>
            <translation>Số kiểm tra của GTIN sai: mã bị đọc nhầm. Hãy quét lại.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="78" />
            <source>Nothing was scanned.</source>
            <translation>Chưa quét được gì.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="84" />
            <source>The code has no GTIN (01), so it does not say which product this is. Scan the other code on the box.</source>
            <translation>Mã không có GTIN (01) nên không biết đây là sản phẩm nào. Hãy quét mã còn lại trên hộp.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="97" />
            <source>The expiry date in the code is impossible. Check the box.</source>
            <translation>Hạn dùng trong mã không hợp lệ. Hãy kiểm tra hộp.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/lots.py" line="73" />
            <source>Lot {lot_id} does not exist.</source>
            <translation>Không có lô {lot_id}.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="35" />
            <source>Lot number is required (printed on the box after LOT).</source>
            <translation>Cần nhập số lô (in trên hộp sau chữ LOT).</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="39" />
            <source>Expiry date is required (dd/mm/yyyy).</source>
            <translation>Cần nhập hạn dùng (nn/tt/nnnn).</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="47" />
            <location filename="../../../db/stock/movements.py" line="145" />
            <source>Quantity must be a whole number of threads from 1 to 100,000.</source>
            <translation>Số lượng phải là số sợi nguyên từ 1 đến 100.000.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="49" />
            <source>Received date is required (dd/mm/yyyy).</source>
            <translation>Cần nhập ngày nhập kho (nn/tt/nnnn).</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="53" />
            <source>At most 160 characters.</source>
            <translation>Tối đa 160 ký tự.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="147" />
            <source>Say why (for example: damaged packaging, dropped, expired).</source>
            <translation>Hãy ghi lý do (ví dụ: bao bì hỏng, rơi, hết hạn).</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="195" />
            <source>Give the recall's reason or reference (for example the notice number).</source>
            <translation>Hãy ghi lý do hoặc số hiệu thu hồi (ví dụ số công văn).</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="199" />
            <source>Recall date is required (dd/mm/yyyy).</source>
            <translation>Cần nhập ngày thu hồi (nn/tt/nnnn).</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="37" />
            <source>A GS1 lot number has at most 20 characters.</source>
            <translation>Số lô GS1 có tối đa 20 ký tự.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="41" />
            <source>This lot expired on {expiry_date}; expired threads are not taken into stock. Return the box to the supplier.</source>
            <translation>Lô này đã hết hạn ngày {expiry_date}; chỉ hết hạn không được nhập kho. Hãy trả hộp cho nhà cung cấp.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="51" />
            <source>Received date cannot be in the future.</source>
            <translation>Ngày nhập kho không thể ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="201" />
            <source>Recall date cannot be in the future.</source>
            <translation>Ngày thu hồi không thể ở tương lai.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="209" />
            <source>Lot {lot_number} was already recalled on {recalled_on}.</source>
            <translation>Lô {lot_number} đã bị thu hồi ngày {recalled_on}.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="70" />
            <source>{name} is deactivated; reactivate it in the catalogue first.</source>
            <translation>{name} đã ngừng dùng; hãy dùng lại sản phẩm này trong danh mục trước.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="157" />
            <source>Lot {lot_number} has only {left} thread(s) in stock.</source>
            <translation>Lô {lot_number} chỉ còn {left} sợi trong kho.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="96" />
            <source>Lot {number} of {name} was just received on another PC. Scan the box again to add to it.</source>
            <translation>Lô {number} của {name} vừa được nhập kho ở máy khác. Hãy quét lại hộp để cộng thêm vào lô đó.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="108" />
            <source>Lot {number} is already in stock with expiry {expiry_date}; the box says {box_expiry}. Check the box: one lot has one expiry date.</source>
            <translation>Lô {number} đã có trong kho với hạn dùng {expiry_date}; trên hộp ghi {box_expiry}. Hãy kiểm tra hộp: mỗi lô chỉ có một hạn dùng.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/movements.py" line="120" />
            <source>Lot {number} was recalled: do not take it into stock.</source>
            <translation>Lô {number} đã bị thu hồi: không được nhập kho.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="67" />
            <source>A GTIN has 8, 12, 13 or 14 digits.</source>
            <translation>GTIN có 8, 12, 13 hoặc 14 chữ số.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="71" />
            <source>The GTIN's check digit is wrong: check the number on the box.</source>
            <translation>Số kiểm tra của GTIN sai: hãy đối chiếu số trên hộp.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="79" />
            <source>Manufacturer is required.</source>
            <translation>Cần nhập nhà sản xuất.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="81" />
            <source>Product name is required.</source>
            <translation>Cần nhập tên sản phẩm.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="83" />
            <source>Choose PDO, PLLA, PCL or other.</source>
            <translation>Hãy chọn PDO, PLLA, PCL hoặc khác.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="85" />
            <source>Choose mono, cog, screw or mesh.</source>
            <translation>Hãy chọn chỉ trơn, chỉ gai, chỉ xoắn hoặc chỉ lưới.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="87" />
            <source>Gauge is required (for example 19G or USP 3-0).</source>
            <translation>Cần nhập cỡ chỉ (ví dụ 19G hoặc USP 3-0).</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="89" />
            <source>Length must be between 5 and 1000 mm.</source>
            <translation>Chiều dài phải từ 5 đến 1000 mm.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="93" />
            <source>Absorption must be between 1 and 120 months.</source>
            <translation>Thời gian tự tiêu phải từ 1 đến 120 tháng.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="96" />
            <source>At most {limit} characters.</source>
            <translation>Tối đa {limit} ký tự.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="177" />
            <source>Reload it, then make your change again.</source>
            <translation>Hãy tải lại rồi thay đổi lại.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="198" />
            <source>Product {product_id} does not exist.</source>
            <translation>Không có sản phẩm {product_id}.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/products.py" line="139" />
            <source>GTIN {gtin} already belongs to {manufacturer} {name}.</source>
            <translation>GTIN {gtin} đã thuộc về {manufacturer} {name}.</translation>
        </message>
        <message>
            <location filename="../../../db/stock/recall_round.py" line="151" />
            <source>This patient did not receive that lot.</source>
            <translation>Bệnh nhân này không dùng chỉ thuộc lô đó.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="77" />
            <source>{path} is the database itself; choose another file for the backup.</source>
            <translation>{path} chính là cơ sở dữ liệu; hãy chọn tệp khác cho bản sao lưu.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="80" />
            <source>{path} is a folder; give the backup a file name.</source>
            <translation>{path} là một thư mục; hãy đặt tên tệp cho bản sao lưu.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="92" />
            <source>The backup could not be written to {path}: {_reason}. Check that the folder exists, is writable and has free space.</source>
            <translation>Không ghi được bản sao lưu vào {path}: {_reason}. Hãy kiểm tra thư mục có tồn tại, ghi được và còn chỗ trống.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="101" />
            <source>The backup to {path} failed its check: {message}</source>
            <translation>Bản sao lưu vào {path} không qua được kiểm tra: {message}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="141" />
            <source>The backup's checkpoint could not be written beside {path}: {reason}.</source>
            <translation>Không ghi được điểm kiểm tra của bản sao lưu bên cạnh {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup_check.py" line="126" />
            <location filename="../../../db/storage/pg_archive.py" line="98" />
            <location filename="../../../db/storage/schema_check.py" line="85" />
            <source>{first} (and {more} more)</source>
            <translation>{first} (và {more} điểm khác)</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup_check.py" line="77" />
            <source>{name} is not a Threadbook backup (it is not a database file).</source>
            <translation>{name} không phải bản sao lưu Threadbook (không phải tệp cơ sở dữ liệu).</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup_check.py" line="115" />
            <location filename="../../../db/storage/pg_archive.py" line="100" />
            <source>{name} is not exactly a Threadbook database: {problems}. It may have been altered outside Threadbook; the current database has not been changed.</source>
            <translation>{name} không hoàn toàn là cơ sở dữ liệu Threadbook: {problems}. Có thể đã bị sửa bên ngoài Threadbook; cơ sở dữ liệu hiện tại không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup_check.py" line="135" />
            <source>{path} was made by a newer version of Threadbook (schema {revision}). Install that version to restore it. The current database has not been changed.</source>
            <translation>{path} được tạo bởi phiên bản Threadbook mới hơn (lược đồ {revision}). Hãy cài phiên bản đó để khôi phục. Cơ sở dữ liệu hiện tại không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup_check.py" line="67" />
            <source>There is no file {name}.</source>
            <translation>Không có tệp {name}.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup_check.py" line="70" />
            <location filename="../../../db/storage/restore.py" line="187" />
            <source>Cannot read {name}: {reason}.</source>
            <translation>Không đọc được {name}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup_check.py" line="106" />
            <source>{name} is damaged ({exc}); it cannot be used.</source>
            <translation>{name} bị hỏng ({exc}); không dùng được.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup_check.py" line="84" />
            <source>{name} is a database, but not a Threadbook backup.</source>
            <translation>{name} là một cơ sở dữ liệu, nhưng không phải bản sao lưu Threadbook.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup_check.py" line="89" />
            <source>{name} is damaged ({problem}); it cannot be used.</source>
            <translation>{name} bị hỏng ({problem}); không dùng được.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/backup_check.py" line="98" />
            <location filename="../../../db/storage/pg_archive.py" line="140" />
            <source>{name} is a Threadbook database that was never set up.</source>
            <translation>{name} là cơ sở dữ liệu Threadbook chưa từng được thiết lập.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="71" />
            <source>The target database already holds tables that are not Threadbook's. Copy into a new, empty database (see 'Several PCs' in the README).</source>
            <translation>Cơ sở dữ liệu đích đã có bảng không thuộc Threadbook. Hãy sao chép vào một cơ sở dữ liệu mới, trống (xem mục 'Several PCs' trong README).</translation>
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="84" />
            <source>The target database already holds a clinic's records; copy-to only fills an empty one, so nothing there is overwritten. Create a new database and copy into it.</source>
            <translation>Cơ sở dữ liệu đích đã có hồ sơ của một phòng khám; copy-to chỉ chép vào cơ sở dữ liệu trống nên không ghi đè gì ở đó. Hãy tạo cơ sở dữ liệu mới rồi chép vào.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="158" />
            <source>copy-to copies into a PostgreSQL database: give a URL such as postgresql+psycopg://threadbook@server/threadbook.</source>
            <translation>copy-to chép vào một cơ sở dữ liệu PostgreSQL: hãy nhập URL dạng postgresql+psycopg://threadbook@server/threadbook.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="167" />
            <source>The audit trail of this database does not verify ({message}); it is not copied. Restore a backup, or ask for help before moving it.</source>
            <translation>Nhật ký truy vết của cơ sở dữ liệu này không hợp lệ ({message}); không sao chép. Hãy khôi phục một bản sao lưu, hoặc nhờ hỗ trợ trước khi chuyển.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="197" />
            <source>Row counts differ after copying ({listed}); nothing was saved.</source>
            <translation>Số dòng khác nhau sau khi sao chép ({listed}); không có gì được lưu.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="203" />
            <source>The copied audit trail does not verify ({message}); nothing was saved.</source>
            <translation>Nhật ký truy vết sau khi chép không hợp lệ ({message}); không có gì được lưu.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="193" />
            <source>value out of range</source>
            <translation>giá trị vượt giới hạn</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="195" />
            <source>The database refused a value ({reason}); nothing was saved.</source>
            <translation>Cơ sở dữ liệu từ chối một giá trị ({reason}); không có gì được lưu.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="70" />
            <source>Threadbook works with SQLite or PostgreSQL, not '{backend}'.</source>
            <translation>Threadbook làm việc với SQLite hoặc PostgreSQL, không phải '{backend}'.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="77" />
            <source>Threadbook does not connect through '{driver}'. Use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/dbname.</source>
            <translation>Threadbook không kết nối qua '{driver}'. Hãy dùng sqlite:///đường/dẫn/tệp.sqlite3 hoặc postgresql+psycopg://user@host/dbname.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="85" />
            <source>The database name or path is {length} characters long; no system accepts more than {most}.</source>
            <translation>Tên hoặc đường dẫn cơ sở dữ liệu dài {length} ký tự; không hệ thống nào chấp nhận quá {most}.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="109" />
            <source>There is no database at {path}; use `migrate` to create one.</source>
            <translation>Không có cơ sở dữ liệu tại {path}; hãy dùng `migrate` để tạo.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="346" />
            <source>The database file {path} is damaged ({problem}). It was not opened, so nothing more has been written to it. Restore the newest good backup.</source>
            <translation>Tệp cơ sở dữ liệu {path} bị hỏng ({problem}). Tệp chưa được mở nên không bị ghi thêm gì. Hãy khôi phục bản sao lưu tốt mới nhất.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="378" />
            <source>This database holds tables that are not Threadbook's ({tables}); it was left untouched. Choose an empty database.</source>
            <translation>Cơ sở dữ liệu này có các bảng không thuộc Threadbook ({tables}); không có gì bị thay đổi. Hãy chọn một cơ sở dữ liệu trống.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="62" />
            <source>'{text}' is not a database URL. Use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/dbname.</source>
            <translation>'{text}' không phải URL cơ sở dữ liệu. Hãy dùng sqlite:///path/to/file.sqlite3 hoặc postgresql+psycopg://user@host/dbname.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="105" />
            <source>Cannot use the database path {path}: {reason}.</source>
            <translation>Không dùng được đường dẫn cơ sở dữ liệu {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="184" />
            <source>Cannot use database URL '{url_text}': {exc}</source>
            <translation>Không dùng được URL cơ sở dữ liệu '{url_text}': {exc}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="187" />
            <source>Cannot create the database folder: {exc}</source>
            <translation>Không tạo được thư mục cơ sở dữ liệu: {exc}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="419" />
            <source>Cannot open the database: {reason}</source>
            <translation>Không mở được cơ sở dữ liệu: {reason}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="303" />
            <source>Someone else saved this record while you were editing it. Reload it to see their changes, then make yours again.</source>
            <translation>Người khác đã lưu hồ sơ này trong lúc bạn đang sửa. Hãy tải lại để xem thay đổi của họ, rồi sửa lại phần của bạn.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/location.py" line="135" />
            <source>a network folder ({fstype} at {point})</source>
            <translation>một thư mục mạng ({fstype} tại {point})</translation>
        </message>
        <message>
            <location filename="../../../db/storage/location.py" line="128" />
            <source>the network share {share}</source>
            <translation>thư mục chia sẻ mạng {share}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/location.py" line="131" />
            <source>the network drive {drive}:</source>
            <translation>ổ đĩa mạng {drive}:</translation>
        </message>
        <message>
            <location filename="../../../db/storage/location.py" line="179" />
            <source>The database file {path} is on {where}. SQLite on a network share corrupts data when several PCs use it. Keep the file on this PC's own disk, or, for several PCs, have them share one PostgreSQL server (--database postgresql+psycopg://...).</source>
            <translation>Tệp cơ sở dữ liệu {path} nằm trên {where}. SQLite trên thư mục mạng sẽ làm hỏng dữ liệu khi nhiều máy cùng dùng. Hãy để tệp trên ổ đĩa của chính máy này, hoặc nếu nhiều máy cùng dùng thì dùng chung một máy chủ PostgreSQL (--database postgresql+psycopg://...).</translation>
        </message>
        <message>
            <location filename="../../../db/storage/pg_archive.py" line="112" />
            <location filename="../../../db/storage/pg_archive.py" line="132" />
            <location filename="../../../db/storage/pg_archive.py" line="237" />
            <source>Reading {name}</source>
            <translation>Đọc {name}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/pg_archive.py" line="124" />
            <source>Checking {name}</source>
            <translation>Kiểm tra {name}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/pg_archive.py" line="35" />
            <source>{name} was not found. Install the PostgreSQL client tools (on Debian or Ubuntu the package postgresql-client; on Windows the command-line tools of the PostgreSQL installer) and make sure {name} is on the PATH.</source>
            <translation>Không tìm thấy {name}. Hãy cài công cụ máy khách PostgreSQL (trên Debian hoặc Ubuntu là gói postgresql-client; trên Windows là công cụ dòng lệnh của bộ cài PostgreSQL) và bảo đảm {name} nằm trong PATH.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/pg_archive.py" line="63" />
            <location filename="../../../db/storage/pg_archive.py" line="60" />
            <source>{what} failed: {reason}</source>
            <translation>{what} không thành công: {reason}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/pg_archive.py" line="116" />
            <source>{name} is a PostgreSQL backup, but not of a Threadbook database.</source>
            <translation>{name} là bản sao lưu PostgreSQL, nhưng không phải của cơ sở dữ liệu Threadbook.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/pg_archive.py" line="62" />
            <source>no reason given</source>
            <translation>không ghi lý do</translation>
        </message>
        <message>
            <location filename="../../../db/storage/restore.py" line="114" />
            <source>Open the database to restore it on a person's behalf.</source>
            <translation>Hãy mở cơ sở dữ liệu để khôi phục thay mặt một người dùng.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/restore.py" line="149" />
            <source>There is no file {path}.</source>
            <translation>Không có tệp {path}.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/restore.py" line="152" />
            <source>An in-memory database cannot be restored into.</source>
            <translation>Không thể khôi phục vào cơ sở dữ liệu trong bộ nhớ.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/restore.py" line="154" />
            <source>{path} is the database itself, not a backup of it.</source>
            <translation>{path} chính là cơ sở dữ liệu, không phải bản sao lưu của nó.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/restore.py" line="191" />
            <source>{path} is a backup of a PostgreSQL server; it can only be restored into a PostgreSQL database. The current database has not been changed.</source>
            <translation>{path} là bản sao lưu của máy chủ PostgreSQL; chỉ khôi phục được vào cơ sở dữ liệu PostgreSQL. Cơ sở dữ liệu hiện tại không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/restore.py" line="199" />
            <source>{path} is a backup of a SQLite file; to move it onto the server, restore it into a SQLite file and use `copy-to`. The current database has not been changed.</source>
            <translation>{path} là bản sao lưu của tệp SQLite; để chuyển lên máy chủ, hãy khôi phục vào một tệp SQLite rồi dùng `copy-to`. Cơ sở dữ liệu hiện tại không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/restore.py" line="301" />
            <location filename="../../../db/storage/restore.py" line="268" />
            <source>{path} cannot be trusted: {problem}. The current database has not been changed.</source>
            <translation>Không thể tin {path}: {problem}. Cơ sở dữ liệu hiện tại không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/restore.py" line="84" />
            <source>The checkpoint beside {path} cannot be trusted ({reason}); the backup is not restored. The current database has not been changed.</source>
            <translation>Không thể tin điểm kiểm tra bên cạnh {path} ({reason}); bản sao lưu không được khôi phục. Cơ sở dữ liệu hiện tại không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/restore.py" line="238" />
            <source>The restore from {path} could not be completed: {_reason}. The current database has not been replaced.</source>
            <translation>Không khôi phục được từ {path}: {_reason}. Cơ sở dữ liệu hiện tại chưa bị thay.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="72" />
            <source>{kind} '{name}'</source>
            <translation>{kind} '{name}'</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="48" />
            <source>{kind} '{name}' on table '{table}'</source>
            <translation>{kind} '{name}' trên bảng '{table}'</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="59" />
            <source>table</source>
            <translation>bảng</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="60" />
            <source>index</source>
            <translation>chỉ mục</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="61" />
            <source>trigger</source>
            <translation>trigger</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="62" />
            <source>view</source>
            <translation>view</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="63" />
            <source>materialized view</source>
            <translation>materialized view</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="64" />
            <source>function</source>
            <translation>hàm</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="65" />
            <source>rule</source>
            <translation>rule</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="66" />
            <source>policy</source>
            <translation>policy</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="243" />
            <location filename="../../../db/storage/schema_check.py" line="252" />
            <location filename="../../../db/storage/schema_check.py" line="146" />
            <source>it has an unexpected {item}</source>
            <translation>có {item} ngoài dự kiến</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="87" />
            <source>The database's structure is not exactly Threadbook's: {problems}. It may have been altered outside Threadbook, so it is not used.</source>
            <translation>Cấu trúc cơ sở dữ liệu không hoàn toàn đúng của Threadbook: {problems}. Có thể đã bị sửa bên ngoài Threadbook, nên không được dùng.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="115" />
            <source>Threadbook has no schema {revision}.</source>
            <translation>Threadbook không có lược đồ {revision}.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="250" />
            <location filename="../../../db/storage/schema_check.py" line="149" />
            <source>its {item} is missing</source>
            <translation>thiếu {item}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/schema_check.py" line="142" />
            <source>the {item} differs from Threadbook's</source>
            <translation>{item} khác với của Threadbook</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="215" />
            <source>Connected to PostgreSQL {shown}: an empty database, which Threadbook will set up.</source>
            <translation>Đã kết nối PostgreSQL {shown}: cơ sở dữ liệu trống, Threadbook sẽ thiết lập.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="103" />
            <source>This computer's password store (keyring) cannot be used: {exc}. Threadbook keeps the server password only there; set up the system's password store and try again.</source>
            <translation>Không dùng được kho mật khẩu (keyring) của máy này: {exc}. Threadbook chỉ lưu mật khẩu máy chủ ở đó; hãy thiết lập kho mật khẩu của hệ thống rồi thử lại.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="214" />
            <source>Connected to PostgreSQL {shown}: a Threadbook database.</source>
            <translation>Đã kết nối PostgreSQL {shown}: cơ sở dữ liệu Threadbook.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="58" />
            <source>Type the server's name or address, for example 192.168.1.10.</source>
            <translation>Hãy gõ tên hoặc địa chỉ máy chủ, ví dụ 192.168.1.10.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="60" />
            <source>The port is a number from 1 to 65535; PostgreSQL's usual is 5432.</source>
            <translation>Cổng là số từ 1 đến 65535; PostgreSQL thường dùng 5432.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="64" />
            <source>Type the database's name, for example threadbook.</source>
            <translation>Hãy gõ tên cơ sở dữ liệu, ví dụ threadbook.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="66" />
            <source>Type the user (role) name the server gave this clinic.</source>
            <translation>Hãy gõ tên người dùng (role) mà máy chủ cấp cho phòng khám.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="68" />
            <source>Choose one of the encryption settings.</source>
            <translation>Hãy chọn một chế độ mã hóa.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="208" />
            <source>The server runs PostgreSQL {shown}; Threadbook needs version 15 or newer.</source>
            <translation>Máy chủ chạy PostgreSQL {shown}; Threadbook cần phiên bản 15 trở lên.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="92" />
            <source>The saved database connection in {path} cannot be read ({exc}). Choose the database again with “Database…” on the login screen.</source>
            <translation>Không đọc được kết nối cơ sở dữ liệu đã lưu trong {path} ({exc}). Hãy chọn lại cơ sở dữ liệu bằng nút “Cơ sở dữ liệu…” ở màn hình đăng nhập.</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="156" />
            <source>Cannot save the connection in {path}: {exc}</source>
            <translation>Không lưu được kết nối vào {path}: {exc}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="182" />
            <source>Cannot remove {config_path}: {exc}</source>
            <translation>Không xóa được {config_path}: {exc}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="201" />
            <source>Cannot connect: {reason}</source>
            <translation>Không kết nối được: {reason}</translation>
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="203" />
            <source>Connected, but the server answered: {exc}</source>
            <translation>Đã kết nối, nhưng máy chủ trả lời: {exc}</translation>
        </message>
        <message>
            <location filename="../../../db/threadmap/charting.py" line="56" />
            <source>Placement {index}: {drawn} threads are drawn, more than the {most} one placement can hold. Remove threads, or chart the rest as another placement.</source>
            <translation>Vị trí {index}: đã vẽ {drawn} sợi chỉ, nhiều hơn {most} sợi mà một vị trí có thể ghi. Hãy xóa bớt sợi, hoặc ghi phần còn lại thành một vị trí khác.</translation>
        </message>
        <message>
            <location filename="../../../db/threadmap/charting.py" line="62" />
            <source>Placement {index}: a drawn thread is outside the diagram or has no length. Draw it again.</source>
            <translation>Vị trí {index}: một sợi chỉ được vẽ nằm ngoài sơ đồ hoặc không có chiều dài. Hãy vẽ lại sợi đó.</translation>
        </message>
        <message>
            <location filename="../../../db/threadmap/charting.py" line="78" />
            <source>Placement {index}: the drawing shows {drawn} and the thread count says {count}. Draw or remove threads, or correct the count.</source>
            <translation>Vị trí {index}: đã vẽ {drawn} sợi chỉ nhưng số sợi ghi là {count}. Hãy vẽ thêm hoặc xóa bớt sợi, hoặc sửa lại số sợi.</translation>
        </message>
        <message>
            <location filename="../../../db/threadmap/charting.py" line="70" />
            <source>Placement {index}: a thread is drawn on the diagram “{view}”, which does not show {area}. Draw it on another view, or correct the area.</source>
            <translation>Vị trí {index}: một sợi chỉ được vẽ trên sơ đồ “{view}”, sơ đồ này không có vùng {area}. Hãy vẽ trên góc nhìn khác, hoặc sửa lại vùng điều trị.</translation>
        </message>
        <message>
            <location filename="../../../db/threadmap/record_sheet.py" line="233" />
            <source>Procedure {procedure_id} was voided, so it has no procedure record.</source>
            <translation>Thủ thuật {procedure_id} đã bị hủy nên không có hồ sơ thủ thuật.</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../../db/reports/charts.py" line="32" />
            <source>{kind} by material: share of patients treated, with 95 % interval</source>
            <translation>{kind} theo chất liệu: tỷ lệ trên số bệnh nhân đã điều trị, kèm khoảng tin cậy 95 %</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="33" />
            <source>{kind} by product: share of patients treated, with 95 % interval</source>
            <translation>{kind} theo sản phẩm: tỷ lệ trên số bệnh nhân đã điều trị, kèm khoảng tin cậy 95 %</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="34" />
            <source>{kind} by lot: share of patients treated, with 95 % interval</source>
            <translation>{kind} theo lô: tỷ lệ trên số bệnh nhân đã điều trị, kèm khoảng tin cậy 95 %</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="35" />
            <source>{kind} by doctor: share of patients treated, with 95 % interval</source>
            <translation>{kind} theo bác sĩ: tỷ lệ trên số bệnh nhân đã điều trị, kèm khoảng tin cậy 95 %</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="36" />
            <source>{kind} by area: share of patients treated, with 95 % interval</source>
            <translation>{kind} theo vùng: tỷ lệ trên số bệnh nhân đã điều trị, kèm khoảng tin cậy 95 %</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="68" />
            <location filename="../../../db/reports/page_pdf.py" line="79" />
            <source>Nothing in this period.</source>
            <translation>Không có gì trong khoảng thời gian này.</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="74" />
            <source>Any complication</source>
            <translation>Mọi biến chứng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="104" />
            <source>{cases} of {treated}</source>
            <translation>{cases} trên {treated}</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="111" />
            <location filename="../../../db/reports/tables.py" line="59" />
            <source>Published rate</source>
            <translation>Tỷ lệ đã công bố</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="115" />
            <location filename="../../../db/reports/tables.py" line="61" />
            <source>Lot signal</source>
            <translation>Cảnh báo lô</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="119" />
            <source>% of patients treated</source>
            <translation>% số bệnh nhân đã điều trị</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="131" />
            <source>Mean GAIS at each review (1 very much improved … 5 worse)</source>
            <translation>GAIS trung bình ở mỗi lần tái khám (1 cải thiện rất nhiều … 5 xấu đi)</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="133" />
            <source>Mean satisfaction at each review (1-5)</source>
            <translation>Mức hài lòng trung bình ở mỗi lần tái khám (1-5)</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="172" />
            <source>Follow-ups at each review, and the share reached by phone before</source>
            <translation>Lịch tái khám ở mỗi mốc, và tỷ lệ đã gọi điện được trước đó</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="181" />
            <location filename="../../../db/reports/tables.py" line="125" />
            <source>Attended</source>
            <translation>Đã đến</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="182" />
            <location filename="../../../db/reports/tables.py" line="126" />
            <source>No-show</source>
            <translation>Không đến</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="183" />
            <location filename="../../../db/reports/tables.py" line="127" />
            <source>Cancelled</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="184" />
            <location filename="../../../db/reports/tables.py" line="128" />
            <source>Still open</source>
            <translation>Chưa xong</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="190" />
            <location filename="../../../db/reports/tables.py" line="124" />
            <source>Follow-ups</source>
            <translation>Tái khám</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="193" />
            <source>Reached before (%)</source>
            <translation>Đã gọi được trước (%)</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="195" />
            <source>% reached by phone before the visit</source>
            <translation>% đã gọi điện được trước buổi tái khám</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="204" />
            <source>Threads used per month, by product</source>
            <translation>Số chỉ dùng mỗi tháng, theo sản phẩm</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="214" />
            <source>Other products</source>
            <translation>Sản phẩm khác</translation>
        </message>
        <message>
            <location filename="../../../db/reports/charts.py" line="228" />
            <location filename="../../../db/reports/tables.py" line="149" />
            <location filename="../../../db/reports/tables.py" line="175" />
            <source>Threads</source>
            <translation>Số sợi</translation>
        </message>
        <message>
            <location filename="../../../db/reports/formatting.py" line="22" />
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <location filename="../../../db/reports/page_pdf.py" line="82" />
            <source>The first {shown} of {total} rows; the spreadsheet export has them all.</source>
            <translation>{shown} dòng đầu trong {total} dòng; bảng tính xuất ra có đủ tất cả.</translation>
        </message>
        <message>
            <location filename="../../../db/reports/page_pdf.py" line="89" />
            <source>Procedures and stock movements from {start} to {end}</source>
            <translation>Thủ thuật và xuất nhập kho từ {start} đến {end}</translation>
        </message>
        <message>
            <location filename="../../../db/reports/page_pdf.py" line="105" />
            <location filename="../../../db/reports/page_pdf.py" line="117" />
            <source>Clinic reports</source>
            <translation>Báo cáo phòng khám</translation>
        </message>
        <message>
            <location filename="../../../db/reports/page_pdf.py" line="121" />
            <source>Only: {what}</source>
            <translation>Chỉ gồm: {what}</translation>
        </message>
        <message>
            <location filename="../../../db/reports/page_pdf.py" line="122" />
            <source>Made on {when}</source>
            <translation>Lập lúc {when}</translation>
        </message>
        <message>
            <location filename="../../../db/reports/run.py" line="35" />
            <source>Material</source>
            <translation>Chất liệu</translation>
        </message>
        <message>
            <location filename="../../../db/reports/run.py" line="36" />
            <location filename="../../../db/reports/tables.py" line="148" />
            <location filename="../../../db/reports/tables.py" line="159" />
            <location filename="../../../db/reports/tables.py" line="173" />
            <source>Product</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <location filename="../../../db/reports/run.py" line="37" />
            <location filename="../../../db/reports/tables.py" line="160" />
            <location filename="../../../db/reports/tables.py" line="174" />
            <source>Lot</source>
            <translation>Lô</translation>
        </message>
        <message>
            <location filename="../../../db/reports/run.py" line="38" />
            <source>Doctor</source>
            <translation>Bác sĩ</translation>
        </message>
        <message>
            <location filename="../../../db/reports/run.py" line="39" />
            <source>Area</source>
            <translation>Vùng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="52" />
            <source>Group</source>
            <translation>Nhóm</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="53" />
            <source>Complication</source>
            <translation>Biến chứng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="54" />
            <source>Patients with it</source>
            <translation>Số bệnh nhân bị</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="55" />
            <source>Patients treated</source>
            <translation>Số bệnh nhân đã điều trị</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="56" />
            <source>Rate</source>
            <translation>Tỷ lệ</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="57" />
            <source>95 % interval from</source>
            <translation>Khoảng tin cậy 95 % từ</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="58" />
            <source>95 % interval to</source>
            <translation>Khoảng tin cậy 95 % đến</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="60" />
            <source>Published source</source>
            <translation>Nguồn công bố</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="67" />
            <source>Complication rates by material</source>
            <translation>Tỷ lệ biến chứng theo chất liệu</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="68" />
            <source>Complication rates by product</source>
            <translation>Tỷ lệ biến chứng theo sản phẩm</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="69" />
            <source>Complication rates by lot</source>
            <translation>Tỷ lệ biến chứng theo lô</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="70" />
            <source>Complication rates by doctor</source>
            <translation>Tỷ lệ biến chứng theo bác sĩ</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="71" />
            <source>Complication rates by area</source>
            <translation>Tỷ lệ biến chứng theo vùng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="74" />
            <source>GAIS and satisfaction at each review, by material</source>
            <translation>GAIS và mức hài lòng ở mỗi lần tái khám, theo chất liệu</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="75" />
            <source>GAIS and satisfaction at each review, by product</source>
            <translation>GAIS và mức hài lòng ở mỗi lần tái khám, theo sản phẩm</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="76" />
            <source>GAIS and satisfaction at each review, by lot</source>
            <translation>GAIS và mức hài lòng ở mỗi lần tái khám, theo lô</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="77" />
            <source>GAIS and satisfaction at each review, by doctor</source>
            <translation>GAIS và mức hài lòng ở mỗi lần tái khám, theo bác sĩ</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="78" />
            <source>GAIS and satisfaction at each review, by area</source>
            <translation>GAIS và mức hài lòng ở mỗi lần tái khám, theo vùng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="85" />
            <source>Complication rates</source>
            <translation>Tỷ lệ biến chứng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="98" />
            <source>Outcomes</source>
            <translation>Kết quả điều trị</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="102" />
            <location filename="../../../db/reports/tables.py" line="123" />
            <source>Review</source>
            <translation>Lần tái khám</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="103" />
            <source>GAIS scale</source>
            <translation>Thang GAIS</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="104" />
            <source>Patients</source>
            <translation>Bệnh nhân</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="105" />
            <source>Mean GAIS</source>
            <translation>GAIS trung bình</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="106" />
            <source>GAIS scores</source>
            <translation>Số điểm GAIS</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="107" />
            <source>Mean satisfaction (1-5)</source>
            <translation>Mức hài lòng trung bình (1-5)</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="108" />
            <source>Satisfaction scores</source>
            <translation>Số điểm hài lòng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="120" />
            <source>Follow-up adherence</source>
            <translation>Tuân thủ tái khám</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="121" />
            <source>Follow-up adherence per review</source>
            <translation>Tỷ lệ tái khám đúng hẹn theo từng mốc</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="129" />
            <source>Attended of those due</source>
            <translation>Đã đến trong số đến hạn</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="130" />
            <source>Reached by phone before</source>
            <translation>Đã gọi điện được trước</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="131" />
            <source>Share reached before</source>
            <translation>Tỷ lệ gọi được trước</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="144" />
            <source>Threads used</source>
            <translation>Số chỉ đã dùng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="145" />
            <source>Threads used per month</source>
            <translation>Số chỉ dùng mỗi tháng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="147" />
            <source>Month</source>
            <translation>Tháng</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="154" />
            <source>Expiring lots</source>
            <translation>Lô sắp hết hạn</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="155" />
            <source>Lots expiring in the next 90 days with threads left</source>
            <translation>Lô hết hạn trong 90 ngày tới còn chỉ</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="157" />
            <source>Expires</source>
            <translation>Hết hạn</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="158" />
            <source>Days left</source>
            <translation>Số ngày còn lại</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="161" />
            <source>Threads left</source>
            <translation>Số chỉ còn lại</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="169" />
            <source>Write-offs</source>
            <translation>Xuất hủy</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="170" />
            <source>Threads written off</source>
            <translation>Số chỉ đã xuất hủy</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="172" />
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="176" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../../../db/reports/tables.py" line="177" />
            <source>By</source>
            <translation>Người thực hiện</translation>
        </message>
    </context>
</TS>

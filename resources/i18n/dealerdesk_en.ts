<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccidentPage</name>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="217"/>
        <source>事故车</source>
        <extracomment>The assessment table&apos;s columns: kind, item, part no., hours, qty, unit price, insurer.</extracomment>
        <translation>Accidents</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="218"/>
        <source>新建事故案件</source>
        <translation>New accident case</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="219"/>
        <source>案件号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="219"/>
        <location filename="../../ui/backoffice/accident_page.py" line="225"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="219"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="220"/>
        <location filename="../../ui/backoffice/accident_page.py" line="225"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="220"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="220"/>
        <location filename="../../ui/backoffice/accident_page.py" line="226"/>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="221"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="222"/>
        <source>报案</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="222"/>
        <source>拖车与照片</source>
        <translation>Tow and photos</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="222"/>
        <source>定损</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="225"/>
        <source>出险时间</source>
        <translation>Accident time</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="225"/>
        <source>出险地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="226"/>
        <source>来电号码</source>
        <translation>Caller&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="226"/>
        <source>报案号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="226"/>
        <source>经过/备注</source>
        <translation>What happened / notes</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="227"/>
        <source>拖车公司</source>
        <translation>Towing company</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="227"/>
        <source>司机</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="227"/>
        <source>呼叫时间</source>
        <translation>Called at</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="228"/>
        <source>预计到达</source>
        <translation>ETA</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="228"/>
        <source>已到店</source>
        <translation>Arrived at the store</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="229"/>
        <source>到店时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="230"/>
        <source>损失照片</source>
        <translation>Damage photos</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="231"/>
        <source>照片说明，如 前部</source>
        <translation>Caption, e.g. front</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="232"/>
        <source>添加照片…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="233"/>
        <source>保存拖车信息</source>
        <translation>Save the tow</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="234"/>
        <source>定损员</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="235"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="237"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="237"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="237"/>
        <source>配件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="237"/>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="237"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="238"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="238"/>
        <source>保险承担</source>
        <translation>Insurer pays</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="239"/>
        <source>添加一行</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="240"/>
        <source>删除所选行</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="241"/>
        <source>保存定损</source>
        <translation>Save the assessment</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="242"/>
        <source>按定损生成工单</source>
        <translation>Make the work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="243"/>
        <source>打印定损单</source>
        <translation>Print the assessment</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="244"/>
        <source>保存定损单 PDF</source>
        <translation>Save the assessment (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="314"/>
        <source>新案件：填写报案信息后点击“登记案件”。</source>
        <translation>New case: fill in the report, then click Record the case.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="315"/>
        <source>登记案件</source>
        <translation>Record the case</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="318"/>
        <source>保存报案信息</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="319"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="321"/>
        <source>定损合计 %1 · 保险承担 %2 · 客户承担 %3 · 工单 %4</source>
        <translation>Assessed %1 · insurer pays %2 · customer pays %3 · work order %4</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="393"/>
        <source>选择损失照片</source>
        <translation>Choose a damage photo</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="394"/>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="420"/>
        <source>已按定损生成工单</source>
        <translation>Work order made from the assessment</translation>
    </message>
</context>
<context>
    <name>ArrivalPopup</name>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="107"/>
        <location filename="../../ui/reception/arrival_popup.py" line="194"/>
        <source>%1 到店</source>
        <translation>%1 has arrived</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="114"/>
        <source>注意：有 %1 辆车的车牌与此相近，请核对车牌。</source>
        <translation>Careful: %1 other plates look like this one; check the plate.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="119"/>
        <source>⚠ 该客户有未结投诉，请先了解情况再接待。</source>
        <translation>⚠ This customer has an open complaint: read it before greeting them.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="124"/>
        <source>在修工单 %1：%2（承诺 %3）</source>
        <translation>Work order %1: %2 (promised %3)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="129"/>
        <source>首次到店</source>
        <translation>first visit</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="130"/>
        <source>上次到店：%1 · 共 %2 次</source>
        <translation>Last visit: %1 · %2 visits</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="131"/>
        <source>销售顾问：%1</source>
        <translation>Sales consultant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="132"/>
        <source>服务顾问：%1</source>
        <translation>Service advisor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="143"/>
        <source>已当面告知</source>
        <translation>Told in person</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="152"/>
        <source>今日预约 %1 %2 · %3 · 服务顾问 %4</source>
        <translation>Booked today %1 %2 · %3 · advisor %4</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="160"/>
        <source>接车登记(&amp;C)</source>
        <translation>&amp;Check in</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="163"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="167"/>
        <source>交接(&amp;H)</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="171"/>
        <source>客户档案(&amp;O)</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="173"/>
        <location filename="../../ui/reception/arrival_popup.py" line="187"/>
        <location filename="../../ui/reception/arrival_popup.py" line="196"/>
        <location filename="../../ui/reception/arrival_popup.py" line="226"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="178"/>
        <source>未登记车主</source>
        <translation>no owner on file</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="179"/>
        <source>请确认来车</source>
        <translation>Please confirm the car</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="182"/>
        <source>%1 — 是否为 %2（%3）？</source>
        <translation>%1 — is this %2 (%3)?</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="185"/>
        <source>是，确认(&amp;Y)</source>
        <translation>&amp;Yes, confirm</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="186"/>
        <source>不是(&amp;N)</source>
        <translation>&amp;No, someone else</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="191"/>
        <source>到店未记录</source>
        <translation>Arrival not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="200"/>
        <source>新访客</source>
        <translation>New visitor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="203"/>
        <source>识别结果与多辆车相近（%1），无法确定是哪位客户，请人工核对。</source>
        <translation>The read fits several vehicles (%1): nobody can be told apart, check by eye.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="213"/>
        <source>潜在客户（看车）</source>
        <translation>Prospect (buying)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="214"/>
        <source>售后客户</source>
        <translation>Service customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="218"/>
        <source>车牌（可更正）</source>
        <translation>Plate (correct it if misread)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="219"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="220"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="221"/>
        <source>来访目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="222"/>
        <source>登记为</source>
        <translation>Register as</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="225"/>
        <source>登记(&amp;R)</source>
        <translation>&amp;Register</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../../ui/backoffice/forms.py" line="121"/>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../ui/service/board.py" line="155"/>
        <source>服务顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="156"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="157"/>
        <location filename="../../ui/service/board.py" line="158"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="159"/>
        <source>仅看超时</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="160"/>
        <source>拖动卡片到其他列，或用 Ctrl+←/→ 移动所选卡片；双击或回车打开工单。</source>
        <translation>Drag a card to another column, or move the selected card with Ctrl+←/→; double-click or Enter opens the work order.</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="163"/>
        <source>承诺 %1</source>
        <translation>Promised %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="162"/>
        <source>超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="162"/>
        <source>待更新</source>
        <translation>No update</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="233"/>
        <source>显示 %1 张工单</source>
        <translation>Showing %1 work orders</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="252"/>
        <source>%1 已移至“%2”</source>
        <translation>%1 moved to “%2”</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <location filename="../../ui/service/calendar.py" line="284"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="285"/>
        <source>日视图</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="286"/>
        <source>周视图</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="287"/>
        <source>新建预约</source>
        <translation>New booking</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="288"/>
        <source>改期</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="289"/>
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="290"/>
        <source>标记未到店</source>
        <translation>Mark no-show</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="291"/>
        <source>接车开单</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="396"/>
        <location filename="../../ui/service/calendar.py" line="416"/>
        <location filename="../../ui/service/calendar.py" line="436"/>
        <source>请先选择一个预约。</source>
        <translation>Select a booking first.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="125"/>
        <source>改期</source>
        <translation>Move booking</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="125"/>
        <source>新建预约</source>
        <translation>New booking</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="127"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="127"/>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="127"/>
        <source>保养项目</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="127"/>
        <source>占用时长</source>
        <translation>Bay time</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="128"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="128"/>
        <source>开始时间</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="128"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="128"/>
        <source>服务顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="129"/>
        <source>技师（可选）</source>
        <translation>Technician (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="129"/>
        <source>预约方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="129"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="131"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="132"/>
        <source>自动分配</source>
        <translation>Any free bay</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="133"/>
        <source>可预约时段（点击选用）</source>
        <translation>Free slots (click to use)</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="134"/>
        <source>如 粤B12345</source>
        <translation>e.g. 粤B12345</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="152"/>
        <source>（快修）</source>
        <translation> (quick)</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="186"/>
        <source>%1 分钟</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="221"/>
        <source>未找到该车牌，请先在客户档案中登记车辆。</source>
        <translation>No vehicle with this plate; register it in the customer&apos;s file first.</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="246"/>
        <source>请先查找车辆。</source>
        <translation>Find the vehicle first.</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <location filename="../../ui/widgets/basics.py" line="54"/>
        <source>道闸摄像头：%1</source>
        <extracomment>The gate camera&apos;s states as the status bar and the reception page name them.</extracomment>
        <translation>Gate camera: %1</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../ui/care/page.py" line="44"/>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="46"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="47"/>
        <source>%1 天后</source>
        <translation>In %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="162"/>
        <source>仅服务/安全提醒（客户未同意营销）</source>
        <translation>Service/safety only (no marketing consent)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="163"/>
        <source>重要</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="167"/>
        <source>客服关怀</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="168"/>
        <source>生成今日任务</source>
        <translation>Create today&apos;s items</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="169"/>
        <location filename="../../ui/care/page.py" line="174"/>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="169"/>
        <location filename="../../ui/care/page.py" line="173"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="170"/>
        <location filename="../../ui/care/page.py" line="175"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="170"/>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="171"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="173"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="173"/>
        <source>剩余</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="174"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="174"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="175"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="175"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="178"/>
        <source>B 立即预约…</source>
        <translation>B Book now…</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="179"/>
        <source>话术</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="180"/>
        <source>联系记录</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="181"/>
        <source>原因/备注</source>
        <translation>Reason/note</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="182"/>
        <source>拒绝时必填，如：已在别处保养</source>
        <translation>Required for a decline, e.g. serviced elsewhere</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="194"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="198"/>
        <source>全部等级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="202"/>
        <source>今日及逾期</source>
        <translation>Today and overdue</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="202"/>
        <source>7 天内</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="203"/>
        <location filename="../../ui/care/page.py" line="207"/>
        <location filename="../../ui/care/page.py" line="224"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="225"/>
        <source>关怀池（未分配）</source>
        <translation>Care pool (unassigned)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="244"/>
        <location filename="../../ui/care/page.py" line="342"/>
        <source>共 %1 项</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="272"/>
        <source>新增 %1 项</source>
        <translation>%1 new items</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="285"/>
        <source>没有待处理的关怀任务</source>
        <translation>No care items to work</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="304"/>
        <source>等级：%1  %2</source>
        <translation>Level: %1  %2</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="305"/>
        <source>上次到店：%1 · 在修工单 %2</source>
        <translation>Last visit: %1 · open work orders %2</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="308"/>
        <source>⚠ 客户未同意营销联系：仅可做服务/安全提醒</source>
        <translation>⚠ No marketing consent: service and safety notices only</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="354"/>
        <source>该任务没有车辆，不能预约。</source>
        <translation>This item has no vehicle to book.</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="358"/>
        <source>本桌面未开通预约。</source>
        <translation>Booking is not available on this desk.</translation>
    </message>
</context>
<context>
    <name>CareText</name>
    <message>
        <location filename="../../ui/care/texts.py" line="14"/>
        <source>已邀约</source>
        <extracomment>Outcome codes with their Chinese names (English in the .ts file), in keystroke order.</extracomment>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../ui/care/texts.py" line="15"/>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../ui/care/texts.py" line="16"/>
        <source>拒绝</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../ui/care/texts.py" line="17"/>
        <source>无法联系</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../ui/care/texts.py" line="18"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/care/texts.py" line="19"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/care/texts.py" line="21"/>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/care/texts.py" line="22"/>
        <source>已过期</source>
        <translation>Lapsed</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="82"/>
        <source>收银结算</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="83"/>
        <source>收银员</source>
        <translation>Cashier on duty</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="84"/>
        <source>工单结算</source>
        <translation>Settle work orders</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="84"/>
        <source>购车订金</source>
        <translation>Car deposits</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="84"/>
        <source>日结</source>
        <translation>Day close</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="62"/>
        <source>登记投诉</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="63"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="63"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="63"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="64"/>
        <source>客户原话</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="66"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="67"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="149"/>
        <source>客户投诉</source>
        <extracomment>The running clock ticks (and overdue complaints escalate) this often.</extracomment>
        <translation>Customer complaints</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="150"/>
        <source>当前人员：</source>
        <translation>Acting as:</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="151"/>
        <source>只看我负责的</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="152"/>
        <source>含已结案</source>
        <translation>Include closed</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="153"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="154"/>
        <source>备注（可选）：联系结果、方案内容…</source>
        <translation>Note (optional): outcome of the call, the solution…</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="157"/>
        <source>全部时限状态</source>
        <translation>Every SLA state</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="159"/>
        <source>全部类别</source>
        <translation>Every category</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="160"/>
        <source>全部等级</source>
        <translation>Every grade</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="161"/>
        <source>时限</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="161"/>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="161"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="161"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="162"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="162"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="162"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="162"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="163"/>
        <source>已历时</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="163"/>
        <source>升级</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="163"/>
        <source>客户原话</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="164"/>
        <source>投诉详情</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="182"/>
        <source>%1 前%2（已超 %3）</source>
        <translation>%2 by %1 (%3 overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="184"/>
        <source>%1 前%2（余 %3）</source>
        <translation>%2 by %1 (%3 left)</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="196"/>
        <source>经理</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="196"/>
        <source>客服</source>
        <translation>care</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="219"/>
        <source>超时 %1 · 15 分钟内到期 %2 · 按时 %3</source>
        <translation>Overdue %1 · due within 15 min %2 · on time %3</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="225"/>
        <source>本次自动升级 %1 件</source>
        <translation>%1 escalated automatically just now</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="266"/>
        <source>系统</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="282"/>
        <source>请先选择当前人员。</source>
        <translation>Choose who is acting first.</translation>
    </message>
</context>
<context>
    <name>CustomerVoicePanel</name>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="117"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="118"/>
        <source>满意度回访</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="119"/>
        <source>登记投诉…</source>
        <translation>Register a complaint…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="120"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="120"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="120"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="121"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="121"/>
        <source>时限</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="121"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="122"/>
        <source>已历时</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="122"/>
        <source>客户原话</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="123"/>
        <source>回访单号</source>
        <translation>Survey No.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="123"/>
        <source>场合</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="123"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="124"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="124"/>
        <source>推荐意愿</source>
        <translation>Would recommend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="124"/>
        <source>顾问</source>
        <translation>Advisor</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="160"/>
        <source>客户档案</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="161"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="161"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="161"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="161"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="162"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="162"/>
        <source>客户等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="162"/>
        <source>同意联系</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="162"/>
        <source>同意车牌识别</source>
        <translation>Plate recognition</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="163"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="166"/>
        <source>同意接收回访与邀约</source>
        <translation>Agrees to follow-up calls and invitations</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="167"/>
        <source>同意到店车牌识别</source>
        <translation>Agrees to plate recognition at the gate</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="168"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="169"/>
        <source>载入最新资料（放弃我的修改）</source>
        <translation>Load the latest (discard my edit)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="170"/>
        <source>先生</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="170"/>
        <source>女士</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="170"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="173"/>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="173"/>
        <source>到店记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="173"/>
        <source>预约</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="174"/>
        <source>报价单</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="174"/>
        <source>工单</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="174"/>
        <source>维修档案</source>
        <translation>Repair history</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="175"/>
        <source>投诉与回访</source>
        <translation>Complaints and surveys</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="177"/>
        <location filename="../../ui/customers/customer_window.py" line="179"/>
        <location filename="../../ui/customers/customer_window.py" line="180"/>
        <location filename="../../ui/customers/customer_window.py" line="183"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="177"/>
        <location filename="../../ui/customers/customer_window.py" line="181"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="177"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="178"/>
        <source>购车日期</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="178"/>
        <source>保险到期</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="179"/>
        <source>到店时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="179"/>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="179"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="180"/>
        <source>预约时间</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="180"/>
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="180"/>
        <location filename="../../ui/customers/customer_window.py" line="182"/>
        <location filename="../../ui/customers/customer_window.py" line="184"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="181"/>
        <source>报价单号</source>
        <translation>Quote no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="181"/>
        <source>版本</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="182"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="183"/>
        <source>工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="183"/>
        <source>开单时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="184"/>
        <source>里程 (km)</source>
        <translation>Mileage (km)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="208"/>
        <source>销售顾问：%1</source>
        <translation>Sales consultant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="209"/>
        <source>服务顾问：%1</source>
        <translation>Service advisor: %1</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers/page.py" line="48"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="49"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="49"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="49"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="49"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="50"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="50"/>
        <source>匹配方式</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="56"/>
        <source>找到 %1 位客户</source>
        <translation>%1 customers found</translation>
    </message>
</context>
<context>
    <name>DayClosePanel</name>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="195"/>
        <source>支付方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="195"/>
        <source>系统记录</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="196"/>
        <source>实点金额</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="196"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="197"/>
        <source>日结</source>
        <translation>Day close</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="198"/>
        <source>导出收款 CSV</source>
        <translation>Export payments (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="199"/>
        <source>导出发票申请 CSV</source>
        <translation>Export invoice requests (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="231"/>
        <source>%1 笔收付，系统合计 %2 元</source>
        <translation>%1 payment(s) and refund(s), %2 CNY recorded</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="234"/>
        <source>账实相符</source>
        <translation>counted matches recorded</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="234"/>
        <source>有差额，请说明</source>
        <translation>differences to explain</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="235"/>
        <source>；已于 %1 由 %2 日结，%3</source>
        <translation>; closed at %1 by %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="239"/>
        <source>；在“实点金额”列填写清点结果后点击“日结”。</source>
        <translation>; type what you counted in the Counted column, then click Day close.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="263"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>DepositPanel</name>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="78"/>
        <source>报价单号，如 Q20261205001</source>
        <translation>Quote number, e.g. Q20261205001</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="79"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="80"/>
        <source>订金金额</source>
        <translation>Deposit amount</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="81"/>
        <source>微信/支付宝/转账交易单号</source>
        <translation>WeChat Pay / Alipay / transfer transaction no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="82"/>
        <source>收订金</source>
        <translation>Take deposit</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="83"/>
        <source>退款金额（选中订金行）</source>
        <translation>Refund amount (select the deposit)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="84"/>
        <source>退款原因</source>
        <translation>Reason for the refund</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="85"/>
        <source>退订金</source>
        <translation>Refund deposit</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="86"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="86"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="86"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="87"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="87"/>
        <source>交易单号/备注</source>
        <translation>Transaction no. / note</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="87"/>
        <source>可退</source>
        <translation>Refundable</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="110"/>
        <source>报价单 %1（第 %2 版）· %3 · %4 · %5</source>
        <translation>Quote %1 (revision %2) · %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>InternalErrorBox</name>
    <message>
        <location filename="../../ui/widgets/error_box.py" line="14"/>
        <source>内部错误</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/error_box.py" line="16"/>
        <source>操作未完成。请将详情发给技术支持。</source>
        <translation>The action was not completed. Please send the details to support.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/error_box.py" line="18"/>
        <source>复制详情</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>数据库设置…</source>
        <translation>Database settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>DealerDesk 智慧门店</source>
        <extracomment>The pages&apos; keys, in navigation order.</extracomment>
        <translation>DealerDesk Smart Store</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>前台接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>售后服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>客户之声</source>
        <translation>Customer voice</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>客服关怀</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>配件库存</source>
        <translation>Parts stock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>采购与到货</source>
        <translation>Purchasing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>事故车</source>
        <translation>Accidents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>收银结算</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>关于 DealerDesk</source>
        <translation>About DealerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>DealerDesk：汽车 4S 店前台与售后服务台。</source>
        <translation>DealerDesk: the front desk and service desk of a car dealership.</translation>
    </message>
</context>
<context>
    <name>Movement</name>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="39"/>
        <source>入库</source>
        <extracomment>The background of a part at or below its low-stock threshold. What a ledger row records, as the page names it (the codes are MovementKind&apos;s).</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="40"/>
        <source>出库</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="41"/>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="42"/>
        <source>调整</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="43"/>
        <source>调出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="44"/>
        <source>调入</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="45"/>
        <source>预留</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="46"/>
        <source>释放预留</source>
        <translation>Released</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/widgets/print_actions.py" line="73"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_actions.py" line="98"/>
        <source>已保存 PDF：%1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_actions.py" line="115"/>
        <location filename="../../ui/widgets/print_actions.py" line="133"/>
        <source>已发送到打印机 %1</source>
        <translation>Sent to printer %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_actions.py" line="127"/>
        <source>本机没有打印系统（缺少 lp 与 QtPdf）</source>
        <translation>This computer has no print system (neither lp nor QtPdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_actions.py" line="141"/>
        <source>%1。文档已另存为 PDF：%2</source>
        <translation>%1. The PDF was saved to %2</translation>
    </message>
</context>
<context>
    <name>PrinterCombo</name>
    <message>
        <location filename="../../ui/widgets/print_actions.py" line="157"/>
        <location filename="../../ui/widgets/print_actions.py" line="165"/>
        <source>默认打印机</source>
        <translation>Default printer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/print_actions.py" line="159"/>
        <source>（离线）</source>
        <translation> (offline)</translation>
    </message>
</context>
<context>
    <name>PurchasingPage</name>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="122"/>
        <source>采购与到货</source>
        <translation>Purchasing and receiving</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="123"/>
        <source>待采购申请（低库存与特订件）</source>
        <translation>Requests to order (low stock and special orders)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="124"/>
        <source>采购单</source>
        <translation>Purchase orders</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="125"/>
        <location filename="../../ui/backoffice/purchasing_page.py" line="130"/>
        <location filename="../../ui/backoffice/purchasing_page.py" line="134"/>
        <source>配件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="125"/>
        <location filename="../../ui/backoffice/purchasing_page.py" line="130"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="125"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="126"/>
        <location filename="../../ui/backoffice/purchasing_page.py" line="127"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="126"/>
        <location filename="../../ui/backoffice/purchasing_page.py" line="131"/>
        <source>特订工单</source>
        <translation>Special order for</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="127"/>
        <source>采购单号</source>
        <translation>PO no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="127"/>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="128"/>
        <source>下单时间</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="128"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="130"/>
        <source>订货</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="130"/>
        <source>已到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="131"/>
        <source>本次到货</source>
        <translation>This delivery</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="132"/>
        <source>按供应商生成采购单</source>
        <translation>Make purchase orders by supplier</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="133"/>
        <source>工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="135"/>
        <source>特订</source>
        <translation>Special order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="136"/>
        <source>打印领料单</source>
        <translation>Print picking list</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="137"/>
        <source>登记到货</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="138"/>
        <source>打印采购单</source>
        <translation>Print purchase order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="139"/>
        <source>保存采购单 PDF</source>
        <translation>Save purchase order (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="205"/>
        <source>已生成 %1 张采购单</source>
        <translation>%1 purchase order(s) made</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="212"/>
        <source>已为工单 %1 特订 %2</source>
        <translation>%2 special-ordered for work order %1</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="225"/>
        <source>已登记到货：%1</source>
        <translation>Delivery recorded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="227"/>
        <source>；配件已到，工单 %1 可继续</source>
        <translation>; parts in, work order %1 can go on</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="53"/>
        <source>燃油</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="54"/>
        <source>油电混合</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="55"/>
        <source>插电混动</source>
        <translation>Plug-in hybrid</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="56"/>
        <source>纯电动</source>
        <translation>Battery electric</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="321"/>
        <source>电子报价单</source>
        <extracomment>The quote statuses, in the order the sales page filters by.</extracomment>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="322"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="323"/>
        <source>新建潜客</source>
        <translation>New prospect</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="324"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="325"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="326"/>
        <source>创建潜客</source>
        <translation>Create prospect</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="327"/>
        <source>车型与销售顾问</source>
        <translation>Vehicle and consultant</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="328"/>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="329"/>
        <source>精品、保险与金融方案</source>
        <translation>Accessories, insurance and finance</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="331"/>
        <source>销售顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="331"/>
        <source>车型</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="331"/>
        <source>指导价</source>
        <translation>MSRP</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="332"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="333"/>
        <source>厂方补贴（元）</source>
        <translation>Manufacturer subsidy (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="333"/>
        <source>门店优惠（元）</source>
        <translation>Store discount (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="334"/>
        <source>上牌费（元）</source>
        <translation>Registration fee (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="334"/>
        <source>其他费用（元）</source>
        <translation>Other fees (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="335"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="335"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="336"/>
        <source>精品</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="336"/>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="336"/>
        <source>金融方案</source>
        <translation>Finance plans</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="339"/>
        <source>审批经理</source>
        <translation>Approving manager</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="340"/>
        <source>本人确认审批</source>
        <translation>I approve this discount</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="341"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="341"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="341"/>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="342"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="343"/>
        <source>金融方案对比</source>
        <translation>Finance plans compared</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="345"/>
        <source>方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="345"/>
        <source>期数 / 年利率</source>
        <translation>Term / rate</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="345"/>
        <source>首付</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="345"/>
        <source>贷款金额</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="346"/>
        <source>月供</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="346"/>
        <source>总利息</source>
        <translation>Total interest</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="346"/>
        <source>手续费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="346"/>
        <source>总成本</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="347"/>
        <source>交给客户</source>
        <translation>Give to customer</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="348"/>
        <source>客户已接受</source>
        <translation>Customer accepted</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="349"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="350"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="358"/>
        <source>（贴息）</source>
        <translation> (interest-free)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="359"/>
        <source>%1 期 / %2</source>
        <translation>%1 months / %2</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="364"/>
        <source>新报价单</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="365"/>
        <location filename="../../ui/sales/quote_editor.py" line="371"/>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="368"/>
        <source>报价单 %1 第 %2 版（%3）</source>
        <translation>Quote %1 revision %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="371"/>
        <source>另存为新版本</source>
        <translation>Save as new revision</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="501"/>
        <source>没有找到客户：可“新建潜客”。</source>
        <translation>No customer found: use “New prospect”.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="536"/>
        <source>已新建潜客 %1</source>
        <translation>Prospect %1 created</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="551"/>
        <source>请输入有效金额，如 3000 或 2,999.50</source>
        <translation>Enter a valid amount, e.g. 3000 or 2,999.50</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="606"/>
        <source>经理 %1 已确认审批。</source>
        <translation>Manager %1 approved the discount.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="634"/>
        <source>请先改正标红的内容。</source>
        <translation>Correct the fields marked in red first.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="641"/>
        <source>请选择客户，或新建潜客。</source>
        <translation>Choose a customer, or create a prospect.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="656"/>
        <source>已保存报价单 %1 第 %2 版</source>
        <translation>Quote %1 revision %2 saved</translation>
    </message>
</context>
<context>
    <name>ReceptionController</name>
    <message>
        <location filename="../../ui/reception/controller.py" line="138"/>
        <source>数据库无法连接：%1 条到店记录未能记录，恢复后补记。</source>
        <translation>The database cannot be reached: %1 arrivals are not recorded yet; they will be recorded once it is back.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/controller.py" line="150"/>
        <source>未能记录，恢复后补记</source>
        <translation>Not recorded yet; it will be recorded once the database is back</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../ui/reception/page.py" line="185"/>
        <source>待确认</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="128"/>
        <source>前台接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="129"/>
        <source>今日到店</source>
        <translation>Today&apos;s arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="130"/>
        <source>今日预约客户</source>
        <translation>Expected today</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="131"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="131"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="131"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="131"/>
        <location filename="../../ui/reception/page.py" line="132"/>
        <location filename="../../ui/reception/page.py" line="134"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="132"/>
        <location filename="../../ui/reception/page.py" line="134"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="132"/>
        <location filename="../../ui/reception/page.py" line="134"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="132"/>
        <source>抓拍</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="133"/>
        <source>来访目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="133"/>
        <source>接待人</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="134"/>
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="135"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="135"/>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="135"/>
        <source>到店</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="137"/>
        <source>道闸画面</source>
        <translation>Gate camera view</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="186"/>
        <source>新访客</source>
        <translation>New visitor</translation>
    </message>
</context>
<context>
    <name>RepairHistoryWidget</name>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="47"/>
        <source>工单 / 项目</source>
        <translation>Work order / line</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="47"/>
        <source>状态 / 确认</source>
        <translation>Status / answer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="48"/>
        <source>里程 / 数量</source>
        <translation>Mileage / qty</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="48"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="67"/>
        <source>%1 %2：共 %3 次维修保养记录</source>
        <translation>%1 %2: %3 service records</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="78"/>
        <source>事故案件 %1 · %2 · 报案号 %3</source>
        <translation>Accident case %1 · %2 · claim %3</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../ui/sales/page.py" line="76"/>
        <source>销售 · 电子报价单</source>
        <translation>Sales · Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="77"/>
        <source>新建报价</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="78"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="82"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="87"/>
        <source>报价单号</source>
        <translation>Quote no.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="87"/>
        <source>版本</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="87"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="87"/>
        <source>车型</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="88"/>
        <source>合计（元）</source>
        <translation>Total (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="88"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="88"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="89"/>
        <source>销售顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="93"/>
        <source>%1（旧版）</source>
        <translation>%1 (superseded)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="105"/>
        <source>共 %1 份报价</source>
        <translation>%1 quotes</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="43"/>
        <source>车牌、手机号（或后四位）、姓名或拼音首字母，如 zw</source>
        <translation>Plate, mobile (or its last four digits), name or pinyin initials, e.g. zw</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../ui/service/page.py" line="74"/>
        <source>售后服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="75"/>
        <source>当前操作人</source>
        <translation>Acting as</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="76"/>
        <source>预约日历</source>
        <translation>Booking calendar</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="76"/>
        <source>工单看板</source>
        <translation>Work-order board</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="76"/>
        <source>配件补货</source>
        <translation>Parts to reorder</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="78"/>
        <source>配件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="78"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="78"/>
        <source>补货数量</source>
        <translation>Reorder qty</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="79"/>
        <source>申请时间</source>
        <translation>Requested</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="19"/>
        <source>机油</source>
        <extracomment>Inspection checklist item names as sources, so the checklist reads in English too.</extracomment>
        <translation>Engine oil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="20"/>
        <source>机滤</source>
        <translation>Oil filter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="21"/>
        <source>空气滤芯</source>
        <translation>Air filter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="22"/>
        <source>空调滤芯</source>
        <translation>Cabin filter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="23"/>
        <source>轮胎及胎压</source>
        <translation>Tyres and pressure</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="24"/>
        <source>刹车</source>
        <translation>Brakes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="25"/>
        <source>蓄电池</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="26"/>
        <source>灯光</source>
        <translation>Lights</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="27"/>
        <source>雨刮</source>
        <translation>Wipers</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="28"/>
        <source>底盘</source>
        <translation>Underbody</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/code_text.py" line="29"/>
        <source>冷却液</source>
        <translation>Coolant</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>视频文件、rtsp:// 或 http:// 地址、USB 摄像头编号</source>
        <translation>Video file, rtsp:// or http:// URL, or USB camera number</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38"/>
        <source>留空：本机 SQLite 数据库</source>
        <translation>Empty: the SQLite database on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>ONNX（默认）</source>
        <translation>ONNX (default)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>道闸摄像头</source>
        <translation>Gate camera</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>数据库地址（重启后生效）</source>
        <translation>Database URL (after restart)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>识别引擎</source>
        <translation>Recognition engine</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>到店弹窗自动关闭</source>
        <translation>Close arrival pop-ups after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>同一车牌冷却时间</source>
        <translation>Same-plate cooldown</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>车牌抓拍保留</source>
        <translation>Keep plate snapshots for</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>除数据库地址（重启后生效）外，设置保存后立即生效；更换摄像头、识别引擎或冷却时间会重新启动道闸。</source>
        <translation>Every setting but the database address (applied at the next start) takes effect on saving; changing the camera, the recognition engine or the cooldown restarts the gate.</translation>
    </message>
</context>
<context>
    <name>SettlementPanel</name>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="108"/>
        <source>未开单</source>
        <translation>No bill yet</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="109"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="254"/>
        <source>店长放行</source>
        <translation>Released by manager</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="225"/>
        <source>工单号</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="225"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="225"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="226"/>
        <source>工单状态</source>
        <translation>Work-order status</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="226"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="229"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="240"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="226"/>
        <source>结算</source>
        <translation>Bill</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="227"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="255"/>
        <source>放行</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="228"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="228"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="228"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="229"/>
        <source>交易单号/备注</source>
        <translation>Transaction no. / note</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="230"/>
        <source>可退</source>
        <translation>Refundable</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="231"/>
        <source>结算条件</source>
        <translation>Terms of the bill</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="232"/>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="232"/>
        <source>报案号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="233"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="324"/>
        <source>保险承担</source>
        <translation>Insurer pays</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="233"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="325"/>
        <source>索赔承担</source>
        <translation>Warranty pays</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="234"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="328"/>
        <source>其他优惠</source>
        <translation>Further discount</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="234"/>
        <source>审批店长</source>
        <translation>Approved by manager</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="235"/>
        <source>抬头类型</source>
        <translation>Invoice to</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="235"/>
        <source>发票抬头</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="236"/>
        <source>纳税人识别号</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="236"/>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="237"/>
        <source>店长</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="237"/>
        <source>放行原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="238"/>
        <source>生成/更新结算单</source>
        <translation>Make / update the bill</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="241"/>
        <source>微信/支付宝/转账交易单号</source>
        <translation>WeChat Pay / Alipay / transfer transaction no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="242"/>
        <source>退款金额（选中收款行）</source>
        <translation>Refund amount (select the payment)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="243"/>
        <source>退款原因</source>
        <translation>Reason for the refund</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="244"/>
        <source>18 位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="245"/>
        <source>如：车队客户月结</source>
        <translation>e.g. fleet customer, billed monthly</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="247"/>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="248"/>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="249"/>
        <source>结清</source>
        <translation>Settle</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="250"/>
        <source>打印结算单</source>
        <translation>Print settlement slip</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="251"/>
        <source>保存结算单 PDF</source>
        <translation>Save settlement slip (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="252"/>
        <source>打印提车单</source>
        <translation>Print pick-up slip</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="253"/>
        <source>申请发票</source>
        <translation>Request invoice</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="255"/>
        <source>收款与退款</source>
        <translation>Payments and refunds</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="255"/>
        <source>发票</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="260"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="270"/>
        <source>（无需审批）</source>
        <translation>(no approval needed)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="308"/>
        <source>工单 %1 · %2</source>
        <translation>Work order %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="309"/>
        <source>请选择工单</source>
        <translation>Choose a work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="313"/>
        <source>尚未生成结算单：填写结算条件后点击“生成/更新结算单”。</source>
        <translation>No bill yet: fill in the terms, then click Make / update the bill.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="323"/>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="323"/>
        <source>配件费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="326"/>
        <source>会员优惠（%1）</source>
        <translation>Level discount (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="329"/>
        <source>客户应付</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="329"/>
        <source>已收</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="330"/>
        <source>未付余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="333"/>
        <source>结算单 %1 · %2</source>
        <translation>Bill %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="404"/>
        <source>已记录发票申请</source>
        <translation>Invoice request recorded</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="418"/>
        <source>车辆已放行，可打印提车单</source>
        <translation>Car released; the pick-up slip can print</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="93"/>
        <source>低库存</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="129"/>
        <source>配件库存</source>
        <translation>Parts stock</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="130"/>
        <source>配件号（含旧号）、名称或拼音首字母，如 jylqq</source>
        <translation>Part no. (or an old no.), name or pinyin initials, e.g. jylqq</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="131"/>
        <source>只看低库存</source>
        <translation>Low stock only</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="132"/>
        <source>库存流水（选中配件）</source>
        <translation>Ledger (selected part)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="133"/>
        <source>配件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="133"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="133"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="134"/>
        <source>库位</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="134"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="134"/>
        <source>在库</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="135"/>
        <source>预留</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="135"/>
        <source>可用</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="135"/>
        <source>阈值</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="136"/>
        <source>售价</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="136"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="137"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="137"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="137"/>
        <source>在库变动</source>
        <translation>On hand ±</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="138"/>
        <source>预留变动</source>
        <translation>Reserved ±</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="138"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="138"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="157"/>
        <source>共 %1 种配件，%2 种低库存</source>
        <translation>%1 parts, %2 low on stock</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="102"/>
        <source>录入回访</source>
        <translation>Record survey</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="103"/>
        <source>%1满意度回访</source>
        <translation>%1 satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="104"/>
        <source>意见与建议</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="105"/>
        <source>回访方式</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="106"/>
        <source>客户的原话（可选）</source>
        <translation>The customer&apos;s words (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="107"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="108"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SurveysPanel</name>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="82"/>
        <source>电话回访录入</source>
        <translation>Record phone survey</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="83"/>
        <source>打印纸质问卷</source>
        <translation>Print paper form</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="84"/>
        <source>客户拒访</source>
        <translation>Customer declined</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="85"/>
        <source>纸质问卷单号，如 SV0000123</source>
        <translation>Paper form No., e.g. SV0000123</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="86"/>
        <source>按单号录入</source>
        <translation>Enter by No.</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="87"/>
        <source>回访单号</source>
        <translation>Survey No.</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="87"/>
        <source>场合</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="87"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="87"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="88"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="88"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="88"/>
        <source>顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="88"/>
        <source>应回访</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="103"/>
        <source>待回访 %1 份</source>
        <translation>%1 surveys due</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="113"/>
        <source>请先选择一份回访。</source>
        <translation>Select a survey first.</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="132"/>
        <source>回访 %1 已录入；低分已自动生成投诉 #%2。</source>
        <translation>Survey %1 recorded; the low score opened complaint #%2.</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="135"/>
        <source>回访 %1 已录入。</source>
        <translation>Survey %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="145"/>
        <source>纸质问卷已保存：%1</source>
        <translation>Paper form saved: %1</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="66"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="66"/>
        <source>车架号 (VIN)</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="66"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="67"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="67"/>
        <source>年款</source>
        <translation>Model year</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="67"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="68"/>
        <source>购车日期</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="68"/>
        <source>保险到期</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="71"/>
        <source>修改车辆</source>
        <translation>Edit vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="71"/>
        <source>添加车辆</source>
        <translation>Add a vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="72"/>
        <source>保存车辆</source>
        <translation>Save vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/customers/vehicle_form.py" line="73"/>
        <source>新车辆</source>
        <translation>New vehicle</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../../ui/voice/page.py" line="46"/>
        <source>投诉 (超时 %1)</source>
        <translation>Complaints (%1 overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/voice/page.py" line="47"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/voice/page.py" line="53"/>
        <source>待回访 (%1)</source>
        <translation>Surveys due (%1)</translation>
    </message>
</context>
<context>
    <name>VoiceText</name>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="11"/>
        <source>服务态度</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="12"/>
        <source>维修质量</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="13"/>
        <source>等待时间</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="14"/>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="15"/>
        <source>配件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="16"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="17"/>
        <source>一般</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="18"/>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="19"/>
        <source>待联系</source>
        <translation>To contact</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="20"/>
        <source>已联系</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="21"/>
        <source>已提方案</source>
        <translation>Solution proposed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="22"/>
        <source>客户接受</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="23"/>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="24"/>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="25"/>
        <source>升级</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="26"/>
        <location filename="../../ui/widgets/voice_text.py" line="49"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="27"/>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="28"/>
        <source>15 分钟内到期</source>
        <translation>Due within 15 min</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="29"/>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="30"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="31"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="32"/>
        <source>到店</source>
        <translation>In store</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="33"/>
        <source>回访</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="34"/>
        <source>网页</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="35"/>
        <source>纸质问卷</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="36"/>
        <source>维修保养</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="37"/>
        <source>新车交付</source>
        <translation>New car delivery</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="38"/>
        <source>待回访</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="39"/>
        <source>已回访</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="40"/>
        <source>客户拒访</source>
        <translation>Customer declined</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="44"/>
        <source>已联系客户</source>
        <extracomment>The verb on each step&apos;s button.</extracomment>
        <translation>Contacted the customer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="45"/>
        <source>升级给经理</source>
        <translation>Escalate to manager</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="46"/>
        <source>提出解决方案</source>
        <translation>Propose a solution</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="47"/>
        <source>客户已接受</source>
        <translation>Customer accepted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="48"/>
        <source>结案</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="51"/>
        <source>⚠ 未结投诉（%1·%2）：已 %3，%4，负责人 %5。请先了解情况再接待。</source>
        <translation>⚠ Open complaint (%1 · %2): %3 old, %4, owner %5. Read up before greeting.</translation>
    </message>
</context>
<context>
    <name>WorkOrderWindow</name>
    <message>
        <location filename="../../ui/service/work_order.py" line="275"/>
        <source>接车</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="275"/>
        <source>项目与报价</source>
        <translation>Lines and estimate</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="275"/>
        <source>检查单</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="276"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="279"/>
        <source>里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="279"/>
        <source>油量/电量</source>
        <translation>Fuel / charge</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="279"/>
        <source>客户描述</source>
        <translation>Customer&apos;s concerns</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="279"/>
        <source>车内贵重物品</source>
        <translation>Valuables in the car</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="280"/>
        <source>承诺交车时间</source>
        <translation>Promised for</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="280"/>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="280"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="283"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="283"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="283"/>
        <location filename="../../ui/service/work_order.py" line="290"/>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="283"/>
        <source>费率/单价</source>
        <translation>Rate / price</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="283"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="284"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="284"/>
        <source>客户确认</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="284"/>
        <location filename="../../ui/service/work_order.py" line="290"/>
        <source>确认人</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="284"/>
        <source>确认时间</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="285"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="285"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="285"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="286"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="286"/>
        <location filename="../../ui/service/work_order.py" line="288"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="287"/>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="287"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="289"/>
        <source>保养项目</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="289"/>
        <source>配件</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="292"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="293"/>
        <source>添加配件</source>
        <translation>Add part</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="294"/>
        <source>添加工时</source>
        <translation>Add labour</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="295"/>
        <source>工时项目，如 异响诊断</source>
        <translation>Labour, e.g. noise diagnosis</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="296"/>
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="297"/>
        <source> 元/小时</source>
        <translation> CNY/h</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="298"/>
        <source>客户姓名</source>
        <translation>Customer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="299"/>
        <source>客户同意</source>
        <translation>Customer approves</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="300"/>
        <source>客户拒绝</source>
        <translation>Customer declines</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="301"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="302"/>
        <source>以前拒绝的项目（建议再次推荐）</source>
        <translation>Declined before (offer again)</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="303"/>
        <source>再次推荐</source>
        <translation>Offer again</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="304"/>
        <source>保存检查单</source>
        <translation>Save checklist</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="305"/>
        <source>进度说明，如 已拆检刹车</source>
        <translation>Progress, e.g. brakes taken apart</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="306"/>
        <source>更新进度</source>
        <translation>Update progress</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="307"/>
        <source>打印工单</source>
        <translation>Print work order</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="308"/>
        <source>打印检查报告</source>
        <translation>Print inspection report</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="309"/>
        <source>打印交车结算单</source>
        <translation>Print pick-up summary</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="310"/>
        <source>工单另存为 PDF</source>
        <translation>Save work order as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="346"/>
        <source>工单 %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="350"/>
        <source>顾问 %1</source>
        <translation>Advisor %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="351"/>
        <source>开单 %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="355"/>
        <source>超过 30 分钟未更新进度</source>
        <translation>no progress update for 30 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="359"/>
        <source>接车并开始诊断</source>
        <translation>Check in and start diagnosis</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="359"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="361"/>
        <source>预估合计 %1 · 已确认 %2</source>
        <translation>Estimate %1 · approved %2</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="407"/>
        <source>当前状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="411"/>
        <source>改为“%1”</source>
        <translation>Move to “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="485"/>
        <source>请先选择项目。</source>
        <translation>Select lines first.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="83"/>
        <source>内部错误，已记录到日志（%1）</source>
        <translation>Internal error, written to the log (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>无法连接数据库，正在重试。在此期间的操作不会保存。</source>
        <translation>The database cannot be reached; retrying. Nothing done meanwhile is saved.</translation>
    </message>
</context>
</TS>

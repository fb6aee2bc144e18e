<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccidentPage</name>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="227"/>
        <source>事故车</source>
        <extracomment>The assessment table&apos;s columns: kind, item, part no., hours, qty, unit price, insurer.</extracomment>
        <translation>Accidents</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="228"/>
        <source>新建事故案件</source>
        <translation>New accident case</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="229"/>
        <source>案件号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="229"/>
        <location filename="../../ui/backoffice/accident_page.py" line="235"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="229"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="230"/>
        <location filename="../../ui/backoffice/accident_page.py" line="235"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="230"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="230"/>
        <location filename="../../ui/backoffice/accident_page.py" line="236"/>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="231"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="232"/>
        <source>报案</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="232"/>
        <source>拖车与照片</source>
        <translation>Tow and photos</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="232"/>
        <source>定损</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="235"/>
        <source>出险时间</source>
        <translation>Accident time</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="235"/>
        <source>出险地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="236"/>
        <source>来电号码</source>
        <translation>Caller&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="236"/>
        <source>报案号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="236"/>
        <source>经过/备注</source>
        <translation>What happened / notes</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="237"/>
        <source>拖车公司</source>
        <translation>Towing company</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="237"/>
        <source>司机</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="237"/>
        <source>呼叫时间</source>
        <translation>Called at</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="238"/>
        <source>预计到达</source>
        <translation>ETA</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="238"/>
        <source>已到店</source>
        <translation>Arrived at the store</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="239"/>
        <source>到店时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="240"/>
        <source>损失照片</source>
        <translation>Damage photos</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="241"/>
        <source>照片说明，如 前部</source>
        <translation>Caption, e.g. front</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="242"/>
        <source>添加照片…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="243"/>
        <source>保存拖车信息</source>
        <translation>Save the tow</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="244"/>
        <source>定损员</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="245"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="247"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="247"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="247"/>
        <source>配件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="247"/>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="247"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="248"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="248"/>
        <source>保险承担</source>
        <translation>Insurer pays</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="249"/>
        <source>添加一行</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="250"/>
        <source>删除所选行</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="251"/>
        <source>保存定损</source>
        <translation>Save the assessment</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="252"/>
        <source>按定损生成工单</source>
        <translation>Make the work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="253"/>
        <source>打印定损单</source>
        <translation>Print the assessment</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="254"/>
        <source>保存定损单 PDF</source>
        <translation>Save the assessment (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="324"/>
        <source>新案件：填写报案信息后点击“登记案件”。</source>
        <translation>New case: fill in the report, then click Record the case.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="325"/>
        <source>登记案件</source>
        <translation>Record the case</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="328"/>
        <source>保存报案信息</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="329"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="331"/>
        <source>定损合计 %1 · 保险承担 %2 · 客户承担 %3 · 工单 %4</source>
        <translation>Assessed %1 · insurer pays %2 · customer pays %3 · work order %4</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="403"/>
        <source>选择损失照片</source>
        <translation>Choose a damage photo</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="404"/>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="430"/>
        <source>按已保存的定损为案件 %1 生成工单？</source>
        <translation>Make the work order of case %1 from the saved assessment?</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="431"/>
        <source>生成工单</source>
        <translation>Make work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/accident_page.py" line="434"/>
        <source>已按定损生成工单</source>
        <translation>Work order made from the assessment</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="77"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="77"/>
        <location filename="../../ui/admin/accounts_panel.py" line="80"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="77"/>
        <source>登录方式</source>
        <translation>Signs in with</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="78"/>
        <source>连续失败</source>
        <translation>Failed tries</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="78"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="79"/>
        <source>解锁所选账户</source>
        <translation>Unlock the selected account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="80"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="80"/>
        <location filename="../../ui/admin/accounts_panel.py" line="96"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="81"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="89"/>
        <source>角色改为</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="90"/>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="91"/>
        <source>停用所选账户</source>
        <translation>Stop the selected account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="92"/>
        <source>恢复所选账户</source>
        <translation>Restore the selected account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="93"/>
        <source>添加账户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="101"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="102"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="102"/>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="119"/>
        <location filename="../../ui/admin/accounts_panel.py" line="129"/>
        <source>请先选择一个账户。</source>
        <translation>Select an account first.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_panel.py" line="151"/>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/admin/page.py" line="41"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="41"/>
        <source>员工账户</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="41"/>
        <source>门店</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="42"/>
        <source>工位与营业时间</source>
        <translation>Bays and hours</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="42"/>
        <source>服务项目与工时</source>
        <translation>Service items and labour times</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="42"/>
        <source>大区</source>
        <translation>Divisions</translation>
    </message>
    <message>
        <location filename="../../ui/admin/page.py" line="43"/>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
</context>
<context>
    <name>ArrivalPopup</name>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="119"/>
        <location filename="../../ui/reception/arrival_popup.py" line="234"/>
        <location filename="../../ui/reception/arrival_popup.py" line="243"/>
        <source>%1 到店</source>
        <extracomment>Care notices by urgency: red overdue, amber due soon, green upcoming (local until the palette module holds the status colours).</extracomment>
        <translation>%1 has arrived</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="125"/>
        <source>等级权益：%1</source>
        <translation>Level benefits: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="128"/>
        <source>备注：%1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="134"/>
        <source>注意：有 %1 辆车的车牌与此相近，请核对车牌。</source>
        <translation>Careful: %1 other plates look like this one; check the plate.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="139"/>
        <source>⚠ 该客户有未结投诉，请先了解情况再接待。</source>
        <translation>⚠ This customer has an open complaint: read it before greeting them.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="167"/>
        <source>在修工单 %1：%2（承诺 %3）</source>
        <translation>Work order %1: %2 (promised %3)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="154"/>
        <source>首次到店</source>
        <translation>first visit</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="147"/>
        <source>销售顾问：%1</source>
        <translation>Sales consultant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="148"/>
        <source>服务顾问：%1</source>
        <translation>Service advisor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="155"/>
        <source>上次到店：%1 · 此前共到店 %2 次</source>
        <translation>Last visit: %1 · %2 visits before</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="163"/>
        <source>已开工单 %1，请服务顾问 %2 接车检查</source>
        <translation>Work order %1 opened: advisor %2 to check the car in</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="180"/>
        <source>已当面告知</source>
        <translation>Told in person</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="189"/>
        <source>今日预约 %1 %2 · %3 · 服务顾问 %4</source>
        <translation>Booked today %1 %2 · %3 · advisor %4</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="197"/>
        <source>接车登记(&amp;C)</source>
        <translation>&amp;Check in</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="200"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="207"/>
        <source>交接(&amp;H)</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="211"/>
        <source>客户档案(&amp;O)</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="213"/>
        <location filename="../../ui/reception/arrival_popup.py" line="227"/>
        <location filename="../../ui/reception/arrival_popup.py" line="236"/>
        <location filename="../../ui/reception/arrival_popup.py" line="246"/>
        <location filename="../../ui/reception/arrival_popup.py" line="287"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="218"/>
        <source>未登记车主</source>
        <translation>no owner on file</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="219"/>
        <source>请确认来车</source>
        <translation>Please confirm the car</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="222"/>
        <source>%1 — 是否为 %2（%3）？</source>
        <translation>%1 — is this %2 (%3)?</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="225"/>
        <source>是，确认(&amp;Y)</source>
        <translation>&amp;Yes, confirm</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="226"/>
        <source>不是(&amp;N)</source>
        <translation>&amp;No, someone else</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="231"/>
        <source>到店未记录</source>
        <translation>Arrival not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="242"/>
        <source>车辆到店</source>
        <translation>A car has arrived</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="244"/>
        <source>该车主未同意车牌识别，不显示其身份与车辆信息。</source>
        <translation>The owner has not consented to plate recognition: who they are and their car are not shown.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="250"/>
        <source>新访客</source>
        <translation>New visitor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="253"/>
        <source>识别结果与多辆车相近（%1），无法确定是哪位客户，请人工核对。</source>
        <translation>The read fits several vehicles (%1): nobody can be told apart, check by eye.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="259"/>
        <source>先生</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="259"/>
        <source>女士</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="260"/>
        <source>（不称呼）</source>
        <translation>(no salutation)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="267"/>
        <source>潜在客户（看车）</source>
        <translation>Prospect (buying)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="268"/>
        <source>售后客户</source>
        <translation>Service customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="271"/>
        <source>同意（下次到店识别问候）</source>
        <translation>Yes (greeted next visit)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="272"/>
        <source>同意回访邀约</source>
        <translation>Yes, may be contacted</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="276"/>
        <source>车牌（可更正）</source>
        <translation>Plate (correct it if misread)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="277"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="278"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="279"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="280"/>
        <source>来访目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="281"/>
        <source>登记为</source>
        <translation>Register as</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="282"/>
        <source>车牌识别</source>
        <translation>Plate recognition</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="283"/>
        <source>回访邀约</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/reception/arrival_popup.py" line="286"/>
        <source>登记(&amp;R)</source>
        <translation>&amp;Register</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="35"/>
        <source>客户</source>
        <extracomment>The actions the filter offers (codes; their names come from code_names). The records an audit row may be about, as the page names them.</extracomment>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="36"/>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="37"/>
        <source>到店记录</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="38"/>
        <source>员工账户</source>
        <translation>Staff account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="39"/>
        <source>报价单</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="40"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="41"/>
        <location filename="../../ui/admin/audit_page.py" line="42"/>
        <source>预约</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="43"/>
        <source>预约项目</source>
        <translation>Booking item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="44"/>
        <source>精品</source>
        <translation>Accessory</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="45"/>
        <source>事故车案件</source>
        <translation>Accident case</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="46"/>
        <source>定损明细</source>
        <translation>Assessment line</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="47"/>
        <source>审计记录</source>
        <translation>Audit record</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="48"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="49"/>
        <source>工位营业时间</source>
        <translation>Bay hours</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="50"/>
        <source>放车记录</source>
        <translation>Car release</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="51"/>
        <source>关怀任务</source>
        <translation>Care item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="52"/>
        <source>关怀结果</source>
        <translation>Care outcome</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="53"/>
        <source>关怀设置</source>
        <translation>Care settings</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="54"/>
        <source>车型目录</source>
        <translation>Vehicle catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="55"/>
        <source>投诉处理步骤</source>
        <translation>Complaint step</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="56"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="57"/>
        <source>客户等级</source>
        <translation>Customer level</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="58"/>
        <source>盘点</source>
        <translation>Cycle count</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="59"/>
        <source>定损照片</source>
        <translation>Damage photo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="60"/>
        <source>日结明细</source>
        <translation>Day close line</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="61"/>
        <source>日结</source>
        <translation>Day close</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="62"/>
        <source>金融产品</source>
        <translation>Finance product</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="63"/>
        <source>检查项目</source>
        <translation>Inspection item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="64"/>
        <source>保险产品</source>
        <translation>Insurance product</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="65"/>
        <source>开票申请</source>
        <translation>Invoice request</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="66"/>
        <source>金融机构</source>
        <translation>Lender</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="67"/>
        <source>配件替代</source>
        <translation>Part supersession</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="68"/>
        <source>配件</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="69"/>
        <source>收付款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="70"/>
        <source>积分流水</source>
        <translation>Points ledger</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="71"/>
        <source>采购明细</source>
        <translation>Purchase order line</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="72"/>
        <source>采购单</source>
        <translation>Purchase order</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="73"/>
        <source>报价金融方案</source>
        <translation>Quote finance plan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="74"/>
        <source>报价明细</source>
        <translation>Quote line</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="75"/>
        <source>茶点菜单</source>
        <translation>Refreshment menu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="76"/>
        <source>点餐明细</source>
        <translation>Refreshment order line</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="77"/>
        <source>点餐</source>
        <translation>Refreshment order</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="78"/>
        <source>补货申请</source>
        <translation>Replenishment request</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="79"/>
        <source>服务项目</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="80"/>
        <source>结算单</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="81"/>
        <source>库存流水</source>
        <translation>Stock movement</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="82"/>
        <source>调拨单</source>
        <translation>Store transfer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="83"/>
        <source>客户所属门店</source>
        <translation>Customers&apos; stores</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="84"/>
        <source>商机</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="85"/>
        <source>商机阶段变更</source>
        <translation>Opportunity stage changes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="86"/>
        <source>跟进任务</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="87"/>
        <source>销售订单</source>
        <translation>Sales orders</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="88"/>
        <source>交车检查项</source>
        <translation>Delivery checks</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="89"/>
        <source>每日经营指标</source>
        <translation>Daily KPI figures</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="90"/>
        <source>每日指标统计记录</source>
        <translation>Daily KPI counts</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="91"/>
        <source>大区</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="92"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="93"/>
        <source>门店闭店/营业日</source>
        <translation>Store closing/opening day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="94"/>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="95"/>
        <source>回访答卷</source>
        <translation>Survey answer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="96"/>
        <source>满意度回访</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="97"/>
        <source>工单明细</source>
        <translation>Work order line</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="98"/>
        <source>工单状态变更</source>
        <translation>Work order status change</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="99"/>
        <source>试驾车</source>
        <translation>Test-drive car</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="100"/>
        <source>试乘试驾</source>
        <translation>Test drive</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="171"/>
        <location filename="../../ui/admin/audit_page.py" line="184"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="171"/>
        <source>客户编号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="172"/>
        <location filename="../../ui/admin/audit_page.py" line="184"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="172"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="172"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="177"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="181"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="182"/>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="183"/>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="184"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="184"/>
        <source>工位</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="185"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="185"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="185"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="186"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="221"/>
        <source>第 %1 / %2 页，共 %3 条</source>
        <translation>Page %1 of %2, %3 rows</translation>
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
    <name>BarQueue</name>
    <message>
        <location filename="../../ui/lounge/bar_queue.py" line="114"/>
        <source>吧台点餐队列</source>
        <extracomment>How often the queue asks for the orders again (the `live` work may also call `refresh`). The queue&apos;s columns, left to right. A button tall enough to hit with a finger. The cancel button inside a card: smaller than the card, still a finger&apos;s size. Each cancellable order&apos;s 取消点餐 button (inside its card). &quot;用积分支付&quot; under each order still on the bill, by order id.</extracomment>
        <translation>Bar queue</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/bar_queue.py" line="160"/>
        <source>点按开始制作 ▶</source>
        <translation>Tap to start ▶</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/bar_queue.py" line="161"/>
        <source>点按标记已送达 ✓</source>
        <translation>Tap when served ✓</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/bar_queue.py" line="162"/>
        <source>备注：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/bar_queue.py" line="194"/>
        <location filename="../../ui/lounge/bar_queue.py" line="205"/>
        <source>取消点餐</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/bar_queue.py" line="203"/>
        <source>取消 %1 的点餐（%2）？取消后不再制作，也不计费。</source>
        <translation>Cancel the order for %1 (%2)? It will not be made and costs nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/bar_queue.py" line="218"/>
        <source>用积分支付
¥%1</source>
        <translation>Pay with points
¥%1</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/bar_queue.py" line="233"/>
        <source>用 %1 积分（价值 ¥%2）支付座位 %3 的点餐 ¥%4？客户现有 %5 积分。</source>
        <translation>Pay the ¥%4 order of seat %3 with %1 points (worth ¥%2)? The customer holds %5 points.</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/bar_queue.py" line="240"/>
        <source>用积分支付</source>
        <translation>Pay with points</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/bar_queue.py" line="245"/>
        <source>已用 %1 积分支付座位 %2 的点餐，客户余 %3 积分。</source>
        <translation>Seat %2&apos;s order paid with %1 points; the customer has %3 points left.</translation>
    </message>
</context>
<context>
    <name>BaysPanel</name>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="44"/>
        <location filename="../../ui/admin/bays_panel.py" line="81"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="44"/>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="78"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="78"/>
        <location filename="../../ui/admin/bays_panel.py" line="80"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="78"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="79"/>
        <source>营业时间</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="80"/>
        <source>工位名称</source>
        <translation>Bay name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="83"/>
        <source>每周营业时间（不勾选为当天不营业）</source>
        <translation>Weekly hours (unticked: closed that day)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="89"/>
        <source>可预约</source>
        <translation>Can be booked</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="92"/>
        <source>保存营业时间</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="93"/>
        <source>新建工位</source>
        <translation>New bay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="93"/>
        <source>保存工位</source>
        <translation>Save bay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="96"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="96"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="96"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="96"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="97"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="97"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="97"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="107"/>
        <source>休息</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="110"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="114"/>
        <source>新工位</source>
        <translation>New bay</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="115"/>
        <source>修改工位：%1</source>
        <translation>Changing bay: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/bays_panel.py" line="155"/>
        <source>请先选择或保存一个工位。</source>
        <translation>Choose or save a bay first.</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../ui/service/board.py" line="174"/>
        <source>服务顾问</source>
        <extracomment>Room around a card&apos;s lines: the item&apos;s padding (4 + 4), the selection border (2 + 2), slack.</extracomment>
        <translation>Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="175"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="176"/>
        <location filename="../../ui/service/board.py" line="177"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="178"/>
        <source>仅看超时</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="179"/>
        <source>拖动卡片到其他列，或用 Ctrl+←/→ 移动所选卡片；双击或回车打开工单。</source>
        <translation>Drag a card to another column, or move the selected card with Ctrl+←/→; double-click or Enter opens the work order.</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="182"/>
        <source>承诺 %1</source>
        <translation>Promised %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="181"/>
        <source>超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="181"/>
        <source>待更新</source>
        <translation>No update</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="272"/>
        <source>显示 %1 张工单</source>
        <translation>Showing %1 work orders</translation>
    </message>
    <message>
        <location filename="../../ui/service/board.py" line="291"/>
        <source>%1 已移至“%2”</source>
        <translation>%1 moved to “%2”</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <location filename="../../ui/service/calendar.py" line="136"/>
        <source>该工位此时不营业</source>
        <extracomment>The selected booking: a strong blue that no booking colour comes near (the lead may move it into the palette module).</extracomment>
        <translation>The bay is closed at this time</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="324"/>
        <source>今天</source>
        <extracomment>The desk&apos;s store (its calendar and bays); the settings&apos; when not given. The day&apos;s kind when the store is closed or it is a special day (国庆节, 调休上班).</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="325"/>
        <source>日视图</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="326"/>
        <source>周视图</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="327"/>
        <source>新建预约</source>
        <translation>New booking</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="328"/>
        <source>改期</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="329"/>
        <location filename="../../ui/service/calendar.py" line="508"/>
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="330"/>
        <location filename="../../ui/service/calendar.py" line="515"/>
        <source>标记未到店</source>
        <translation>Mark no-show</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="331"/>
        <source>接车开单</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="397"/>
        <source>%1：本店不营业，没有可预约的时段。</source>
        <translation>%1: the store is closed; there are no slots to book.</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="460"/>
        <location filename="../../ui/service/calendar.py" line="487"/>
        <location filename="../../ui/service/calendar.py" line="524"/>
        <source>请先选择一个预约。</source>
        <translation>Select a booking first.</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="508"/>
        <source>取消这个预约？
%1</source>
        <translation>Cancel this booking?
%1</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="509"/>
        <source>已取消预约：%1</source>
        <translation>Booking cancelled: %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="515"/>
        <source>标记为未到店？
%1</source>
        <translation>Mark as a no-show?
%1</translation>
    </message>
    <message>
        <location filename="../../ui/service/calendar.py" line="516"/>
        <source>已标记未到店：%1</source>
        <translation>Marked as a no-show: %1</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="132"/>
        <source>改期</source>
        <extracomment>The times the dialog offers: wide enough for any bay&apos;s hours set on the admin page (the service refuses a time outside the chosen bay&apos;s hours, saying what they are). No time asked for (or one already past): the dialog moves to the next free one.</extracomment>
        <translation>Move booking</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="132"/>
        <source>新建预约</source>
        <translation>New booking</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="134"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="134"/>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="134"/>
        <source>保养项目</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="134"/>
        <source>占用时长</source>
        <translation>Bay time</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="135"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="135"/>
        <source>开始时间</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="135"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="135"/>
        <source>服务顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="136"/>
        <source>技师（可选）</source>
        <translation>Technician (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="136"/>
        <source>预约方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="136"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="138"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="139"/>
        <source>自动分配</source>
        <translation>Any free bay</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="140"/>
        <source>可预约时段（点击选用）</source>
        <translation>Free slots (click to use)</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="141"/>
        <source>如 粤B12345</source>
        <translation>e.g. 粤B12345</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="159"/>
        <source>（快修）</source>
        <translation> (quick)</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="206"/>
        <source>%1 分钟</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="220"/>
        <source>当天没有可预约的时段，请换一天。</source>
        <translation>No free slot on this day; choose another day.</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="245"/>
        <source>未找到该车牌，请先在客户档案中登记车辆。</source>
        <translation>No vehicle with this plate; register it in the customer&apos;s file first.</translation>
    </message>
    <message>
        <location filename="../../ui/service/booking_dialog.py" line="270"/>
        <source>请先查找车辆。</source>
        <translation>Find the vehicle first.</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="100"/>
        <source>日期</source>
        <extracomment>How each kind of day looks in the month (text colour, background).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="100"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="100"/>
        <source>名称 / 备注</source>
        <translation>Name / note</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="101"/>
        <source>备注（如：盘点、店庆）</source>
        <translation>Note (e.g. stocktaking, anniversary)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="102"/>
        <source>设为本店闭店日</source>
        <translation>Close the store this day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="103"/>
        <source>设为本店营业日</source>
        <translation>Open the store this day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="104"/>
        <source>恢复国家日历</source>
        <translation>Back to China&apos;s calendar</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="153"/>
        <source>chinese-calendar 尚未收录 %1 年的法定节假日：请将放假日逐日设为本店闭店日，或更新 chinese-calendar。</source>
        <translation>chinese-calendar does not know the public holidays of %1 yet: close the store on each day off by hand, or update chinese-calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="165"/>
        <source>营业</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="165"/>
        <source>不营业</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_panel.py" line="185"/>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <location filename="../../ui/widgets/basics.py" line="74"/>
        <source>道闸摄像头：%1</source>
        <extracomment>A long text column (a customer&apos;s words) stops growing here and elides the rest. The gate camera&apos;s states as the status bar and the reception page name them.</extracomment>
        <translation>Gate camera: %1</translation>
    </message>
</context>
<context>
    <name>CarDialog</name>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="48"/>
        <source>新增试驾车</source>
        <translation>Add a test-drive car</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="49"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="49"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="49"/>
        <source>当前里程 (km)</source>
        <translation>Mileage now (km)</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="50"/>
        <source>新能源</source>
        <translation>New energy</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="51"/>
        <source>如 粤A·D12345</source>
        <translation>e.g. 粤A·D12345</translation>
    </message>
</context>
<context>
    <name>CareFiguresPanel</name>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="114"/>
        <location filename="../../ui/care/figures_panel.py" line="123"/>
        <source>按周</source>
        <translation>By week</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="115"/>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="118"/>
        <source>◀ 上一期</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="119"/>
        <source>下一期 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="120"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="121"/>
        <source>按类型</source>
        <translation>By kind</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="122"/>
        <source>按员工</source>
        <translation>By staff member</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="124"/>
        <source>已邀约</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="124"/>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="124"/>
        <source>邀约成功率</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="125"/>
        <source>提醒到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="125"/>
        <source>提醒后预约</source>
        <translation>Rem. booked</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="125"/>
        <source>提醒转化率</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="126"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="127"/>
        <source>员工</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="128"/>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/care/figures_panel.py" line="163"/>
        <source>邀约成功率 %1（已预约 %2 ÷ 已邀约 %3） · 提醒→预约转化率 %4（%5 ÷ %6）</source>
        <translation>Invitation success %1 (booked %2 ÷ invited %3) · reminder → booking conversion %4 (%5 ÷ %6)</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../ui/care/page.py" line="86"/>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="88"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="89"/>
        <source>%1 天后</source>
        <translation>In %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="240"/>
        <source>仅服务/安全提醒（客户未同意营销）</source>
        <translation>Service/safety only (no marketing consent)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="241"/>
        <source>重要</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="245"/>
        <source>客服关怀</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="246"/>
        <source>生成今日任务</source>
        <translation>Create today&apos;s items</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="247"/>
        <source>关怀设置…</source>
        <translation>Care settings…</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="248"/>
        <source>调整客户等级…</source>
        <translation>Set customer level…</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="249"/>
        <source>关怀任务</source>
        <translation>Care items</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="250"/>
        <source>邀约数据</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="251"/>
        <location filename="../../ui/care/page.py" line="256"/>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="251"/>
        <location filename="../../ui/care/page.py" line="255"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="252"/>
        <location filename="../../ui/care/page.py" line="257"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="252"/>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="253"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="255"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="255"/>
        <source>剩余</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="256"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="256"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="257"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="257"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="260"/>
        <source>B 立即预约…</source>
        <translation>B Book now…</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="261"/>
        <source>录入回访问卷…</source>
        <translation>Record the survey…</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="262"/>
        <source>话术</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="263"/>
        <source>联系记录</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="264"/>
        <source>原因/备注</source>
        <translation>Reason/note</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="265"/>
        <source>拒绝时必填，如：已在别处保养</source>
        <translation>Required for a decline, e.g. serviced elsewhere</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="277"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="281"/>
        <source>全部等级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="285"/>
        <source>今日及逾期</source>
        <translation>Today and overdue</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="285"/>
        <source>7 天内</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="286"/>
        <location filename="../../ui/care/page.py" line="290"/>
        <location filename="../../ui/care/page.py" line="307"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="308"/>
        <source>关怀池（未分配）</source>
        <translation>Care pool (unassigned)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="363"/>
        <source>超过 %1 项（请用筛选缩小范围）</source>
        <translation>More than %1 items (narrow them with the filters)</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="366"/>
        <source>共 %1 项</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="393"/>
        <source>新增 %1 项</source>
        <translation>%1 new items</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="415"/>
        <source>没有待处理的关怀任务</source>
        <translation>No care items to work</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="435"/>
        <source>等级：%1  %2</source>
        <translation>Level: %1  %2</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="436"/>
        <source>上次到店：%1 · 在修工单 %2</source>
        <translation>Last visit: %1 · open work orders %2</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="439"/>
        <source>⚠ 客户未同意营销联系：仅可做服务/安全提醒</source>
        <translation>⚠ No marketing consent: service and safety notices only</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="497"/>
        <source>本桌面未开通满意度回访。</source>
        <translation>Satisfaction surveys are not set up on this desk.</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="514"/>
        <source>回访 %1 已录入；低分已自动生成投诉 #%2。</source>
        <translation>Survey %1 recorded; the low score opened complaint #%2.</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="517"/>
        <source>回访 %1 已录入。</source>
        <translation>Survey %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="525"/>
        <source>该任务没有车辆，不能预约。</source>
        <translation>This item has no vehicle to book.</translation>
    </message>
    <message>
        <location filename="../../ui/care/page.py" line="529"/>
        <source>本桌面未开通预约。</source>
        <translation>Booking is not available on this desk.</translation>
    </message>
</context>
<context>
    <name>CareSettingsDialog</name>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="49"/>
        <source>启用</source>
        <extracomment>The screen name of each editable rule field (a field without one fails loudly).</extracomment>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="50"/>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="51"/>
        <source>提前天数</source>
        <translation>Days ahead</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="52"/>
        <source>有效天数</source>
        <translation>Window (days)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="53"/>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="54"/>
        <source>公里数</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="55"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="56"/>
        <source>新能源月数</source>
        <translation>NEV months</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="57"/>
        <source>新能源公里数</source>
        <translation>NEV km</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="58"/>
        <source>最低评分</source>
        <translation>Lowest score</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="59"/>
        <source>最多联系次数</source>
        <translation>Attempts at most</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="69"/>
        <source>统计周期（天）</source>
        <extracomment>The rules table&apos;s columns: the on/off switch first, then the numbers as declared. Fields every rule uses; the others only where the shipped rule gives them a value. The screen name of each RFM threshold.</extracomment>
        <translation>Period (days)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="70"/>
        <source>高价值：最近到店少于（天）</source>
        <translation>High value: last visit within (days)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="71"/>
        <source>高价值：到店至少（次）</source>
        <translation>High value: visits at least</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="72"/>
        <source>高价值：消费至少（元）</source>
        <translation>High value: spend at least (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="73"/>
        <source>潜力：最近到店少于（天）</source>
        <translation>Potential: last visit within (days)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="74"/>
        <source>潜力：到店至少（次）</source>
        <translation>Potential: visits at least</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="75"/>
        <source>潜力：到店至多（次）</source>
        <translation>Potential: visits at most</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="76"/>
        <source>潜力：消费至少（元）</source>
        <translation>Potential: spend at least (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="77"/>
        <source>潜力：消费低于（元）</source>
        <translation>Potential: spend below (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="78"/>
        <source>沉睡：未到店至少（天）</source>
        <translation>Sleeping: not seen for at least (days)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="79"/>
        <source>流失预警：未到店至少（天）</source>
        <translation>Churn warning: not seen for at least (days)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="169"/>
        <source>关怀设置</source>
        <translation>Care settings</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="170"/>
        <source>关怀规则</source>
        <translation>Care rules</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="170"/>
        <source>车型保养间隔</source>
        <translation>Service intervals by model</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="171"/>
        <source>客户等级</source>
        <translation>Customer levels</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="171"/>
        <source>积分规则</source>
        <translation>Points rules</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="176"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="176"/>
        <source>间隔月数</source>
        <translation>Every (months)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="177"/>
        <source>间隔公里数</source>
        <translation>Every (km)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="179"/>
        <source>定保默认每 %1 个月或 %2 公里（新能源 %3 个月或 %4 公里），先到为准；下列车型按各自间隔。</source>
        <translation>Periodic service is due every %1 months or %2 km by default (new-energy cars: %3 months or %4 km), whichever comes first; the models below keep their own intervals.</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="185"/>
        <source>添加车型</source>
        <translation>Add model</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="186"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="188"/>
        <source>中文名称</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="188"/>
        <source>英文名称</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="188"/>
        <source>权益（中文）</source>
        <translation>Benefits (Chinese)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="189"/>
        <source>权益（英文）</source>
        <translation>Benefits (English)</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="189"/>
        <source>对应 RFM 分群</source>
        <translation>RFM segments</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="191"/>
        <source>RFM 分群阈值</source>
        <translation>RFM segment thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/care/settings_dialog.py" line="194"/>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
</context>
<context>
    <name>CareText</name>
    <message>
        <location filename="../../ui/widgets/care_text.py" line="15"/>
        <source>已邀约</source>
        <extracomment>Outcome codes with their Chinese names (English in the .ts file), in keystroke order.</extracomment>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/care_text.py" line="16"/>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/care_text.py" line="17"/>
        <source>拒绝</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/care_text.py" line="18"/>
        <source>无法联系</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/care_text.py" line="19"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/care_text.py" line="20"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/care_text.py" line="22"/>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/care_text.py" line="23"/>
        <source>已过期</source>
        <translation>Lapsed</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="89"/>
        <source>收银结算</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="90"/>
        <source>工单结算</source>
        <translation>Settle work orders</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="90"/>
        <source>购车订金</source>
        <translation>Car deposits</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="90"/>
        <source>日结</source>
        <translation>Day close</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="83"/>
        <source>登记投诉</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="84"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="84"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="84"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="85"/>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="85"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="86"/>
        <source>客户原话</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="86"/>
        <source>销售（报价/订单）</source>
        <translation>Sale (quote/order)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="88"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="89"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="105"/>
        <source>（不涉及）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ComplaintWatch</name>
    <message>
        <location filename="../../ui/complaint_watch.py" line="84"/>
        <source>未分配</source>
        <extracomment>How often the shell ticks the SLA clock.</extracomment>
        <translation>unassigned</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_watch.py" line="86"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/complaint_watch.py" line="87"/>
        <source>%1 %2 件</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_watch.py" line="89"/>
        <source>超时投诉 %1 件，负责人：%2</source>
        <translation>%1 overdue complaint(s); responsible: %2</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="182"/>
        <source>客户投诉</source>
        <extracomment>The running clock ticks (and overdue complaints escalate) this often.</extracomment>
        <translation>Customer complaints</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="184"/>
        <source>只看我负责的</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="185"/>
        <source>含已结案</source>
        <translation>Include closed</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="186"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="187"/>
        <source>备注（可选）：联系结果、方案内容…</source>
        <translation>Note (optional): outcome of the call, the solution…</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="190"/>
        <source>全部时限状态</source>
        <translation>Every SLA state</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="192"/>
        <source>全部类别</source>
        <translation>Every category</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="193"/>
        <source>全部等级</source>
        <translation>Every grade</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="194"/>
        <source>时限</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="194"/>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="194"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="194"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="195"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="195"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="195"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="195"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="196"/>
        <source>已历时</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="196"/>
        <source>升级</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="196"/>
        <source>客户原话</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="197"/>
        <source>投诉详情</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="215"/>
        <source>%1 前%2（已超 %3）</source>
        <translation>%2 by %1 (%3 overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="217"/>
        <source>%1 前%2（余 %3）</source>
        <translation>%2 by %1 (%3 left)</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="227"/>
        <source>当前人员：%1</source>
        <translation>Acting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="250"/>
        <source>超时 %1 · 15 分钟内到期 %2 · 按时 %3</source>
        <translation>Overdue %1 · due within 15 min %2 · on time %3</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="256"/>
        <source>本次自动升级 %1 件</source>
        <translation>%1 escalated automatically just now</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="296"/>
        <source>系统</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../ui/voice/complaints_page.py" line="312"/>
        <source>请先选择当前人员。</source>
        <translation>Choose who is acting first.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="34"/>
        <source>请确认</source>
        <extracomment>How long an action can be undone from the message line.</extracomment>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="41"/>
        <source>返回</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/confirm.py" line="76"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/widgets/credentials.py" line="109"/>
        <source>身份确认</source>
        <translation>Confirm who you are</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <location filename="../../ui/widgets/credentials.py" line="54"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/credentials.py" line="55"/>
        <source>密码或 PIN</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/credentials.py" line="63"/>
        <source>请输入用户名和密码（或 PIN）。</source>
        <translation>Enter your user name and password (or PIN).</translation>
    </message>
</context>
<context>
    <name>CustomerTimeline</name>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="404"/>
        <source>到店</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="405"/>
        <source>预约</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="406"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="407"/>
        <source>报价</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="408"/>
        <source>满意度回访</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="409"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="410"/>
        <source>客服关怀</source>
        <translation>Customer care</translation>
    </message>
</context>
<context>
    <name>CustomerVoicePanel</name>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="182"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="183"/>
        <source>满意度回访</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="184"/>
        <source>登记投诉…</source>
        <translation>Register a complaint…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="185"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="185"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="185"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="186"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="186"/>
        <source>时限</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="186"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="187"/>
        <source>已历时</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="187"/>
        <source>涉及</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="188"/>
        <source>客户原话</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="189"/>
        <source>回访单号</source>
        <translation>Survey No.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="189"/>
        <source>场合</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="189"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="190"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="190"/>
        <source>推荐意愿</source>
        <translation>Would recommend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/voice_panel.py" line="190"/>
        <source>顾问</source>
        <translation>Advisor</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="204"/>
        <source>客户档案</source>
        <extracomment>The desk&apos;s store (a manual points adjustment is booked to it).</extracomment>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="205"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="205"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="205"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="205"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="206"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="206"/>
        <source>客户等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="206"/>
        <source>同意联系</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="206"/>
        <source>同意车牌识别</source>
        <translation>Plate recognition</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="207"/>
        <location filename="../../ui/customers/customer_window.py" line="234"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="210"/>
        <source>同意接收回访与邀约</source>
        <translation>Agrees to follow-up calls and invitations</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="211"/>
        <source>同意到店车牌识别</source>
        <translation>Agrees to plate recognition at the gate</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="212"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="213"/>
        <source>载入最新资料（放弃我的修改）</source>
        <translation>Load the latest (discard my edit)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="214"/>
        <source>先生</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="214"/>
        <source>女士</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="214"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="216"/>
        <source>调整等级…</source>
        <translation>Set level…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="218"/>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="218"/>
        <source>到店记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="218"/>
        <source>预约</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="219"/>
        <source>报价单</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="219"/>
        <source>工单</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="219"/>
        <source>维修档案</source>
        <translation>Repair history</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="220"/>
        <source>投诉与回访</source>
        <translation>Complaints and surveys</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="220"/>
        <source>客户时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="221"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="223"/>
        <location filename="../../ui/customers/customer_window.py" line="225"/>
        <location filename="../../ui/customers/customer_window.py" line="227"/>
        <location filename="../../ui/customers/customer_window.py" line="230"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="223"/>
        <location filename="../../ui/customers/customer_window.py" line="228"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="223"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="224"/>
        <source>购车日期</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="224"/>
        <source>保险到期</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="225"/>
        <source>到店时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="225"/>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="225"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="226"/>
        <source>抓拍与识别记录</source>
        <translation>Snapshot and plate read</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="227"/>
        <source>预约时间</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="227"/>
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="227"/>
        <location filename="../../ui/customers/customer_window.py" line="229"/>
        <location filename="../../ui/customers/customer_window.py" line="231"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="228"/>
        <source>报价单号</source>
        <translation>Quote no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="228"/>
        <source>版本</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="229"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="230"/>
        <source>工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="230"/>
        <source>开单时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="231"/>
        <source>里程 (km)</source>
        <translation>Mileage (km)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="233"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="233"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="233"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="234"/>
        <source>单号/车牌</source>
        <translation>Number / plate</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="234"/>
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="264"/>
        <source>销售顾问：%1</source>
        <translation>Sales consultant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="265"/>
        <source>服务顾问：%1</source>
        <translation>Service advisor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="295"/>
        <source>%1 起同意</source>
        <translation>Consented since %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="295"/>
        <source>已同意</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="297"/>
        <source>%1 撤回</source>
        <translation>Withdrawn %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="298"/>
        <source>未同意</source>
        <translation>Not consented</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="303"/>
        <source>已于 %1 删除</source>
        <translation>Deleted on %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="304"/>
        <source>抓拍已保存</source>
        <translation>Snapshot kept</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_window.py" line="314"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers/page.py" line="69"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="70"/>
        <source>新建客户(&amp;N)</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="71"/>
        <source>登记一位新客户 (Alt+N)</source>
        <translation>Register a new customer (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="72"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="72"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="72"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="72"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="73"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="73"/>
        <source>匹配方式</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="87"/>
        <source>最近到店或更新的客户</source>
        <translation>Customers seen or changed recently</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="95"/>
        <source>找到 %1 位客户</source>
        <translation>%1 customers found</translation>
    </message>
</context>
<context>
    <name>DayClosePanel</name>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="204"/>
        <source>支付方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="204"/>
        <source>系统记录</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="205"/>
        <source>实点金额</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="205"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="206"/>
        <location filename="../../ui/backoffice/day_close_panel.py" line="269"/>
        <source>日结</source>
        <translation>Day close</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="207"/>
        <source>导出收款 CSV</source>
        <translation>Export payments (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="208"/>
        <source>导出发票申请 CSV</source>
        <translation>Export invoice requests (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="240"/>
        <source>%1 笔收付，系统合计 %2 元</source>
        <translation>%1 payment(s) and refund(s), %2 CNY recorded</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="243"/>
        <source>账实相符</source>
        <translation>counted matches recorded</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="243"/>
        <source>有差额，请说明</source>
        <translation>differences to explain</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="244"/>
        <source>；已于 %1 由 %2 日结，%3</source>
        <translation>; closed at %1 by %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="248"/>
        <source>；在“实点金额”列填写清点结果后点击“日结”。</source>
        <translation>; type what you counted in the Counted column, then click Day close.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="268"/>
        <source>日结 %1？日结后当天的收款不能再更改。</source>
        <translation>Close %1? After the close the day&apos;s payments can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="277"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>DepositPanel</name>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="80"/>
        <source>报价单号，如 Q20261205001</source>
        <translation>Quote number, e.g. Q20261205001</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="81"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="82"/>
        <source>订金金额</source>
        <translation>Deposit amount</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="83"/>
        <source>微信/支付宝/转账交易单号</source>
        <translation>WeChat Pay / Alipay / transfer transaction no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="84"/>
        <source>收订金</source>
        <translation>Take deposit</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="85"/>
        <source>退款金额（选中订金行）</source>
        <translation>Refund amount (select the deposit)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="86"/>
        <source>退款原因</source>
        <translation>Reason for the refund</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="87"/>
        <source>退订金</source>
        <translation>Refund deposit</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="88"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="88"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="88"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="89"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="89"/>
        <source>交易单号/备注</source>
        <translation>Transaction no. / note</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="89"/>
        <source>可退</source>
        <translation>Refundable</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="112"/>
        <source>报价单 %1（第 %2 版）· %3 · %4 · %5</source>
        <translation>Quote %1 (revision %2) · %3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="143"/>
        <source>退还定金 %1 元？退款后不能撤销。</source>
        <translation>Refund %1 yuan of the deposit? A refund cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/day_close_panel.py" line="144"/>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
</context>
<context>
    <name>DivisionsPanel</name>
    <message>
        <location filename="../../ui/admin/divisions_panel.py" line="26"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/divisions_panel.py" line="26"/>
        <source>大区名称</source>
        <translation>Division name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/divisions_panel.py" line="30"/>
        <source>如 SOUTH</source>
        <translation>e.g. SOUTH</translation>
    </message>
    <message>
        <location filename="../../ui/admin/divisions_panel.py" line="31"/>
        <source>如 华南大区</source>
        <translation>e.g. South China</translation>
    </message>
    <message>
        <location filename="../../ui/admin/divisions_panel.py" line="32"/>
        <source>新建大区</source>
        <translation>New division</translation>
    </message>
    <message>
        <location filename="../../ui/admin/divisions_panel.py" line="32"/>
        <source>保存大区</source>
        <translation>Save division</translation>
    </message>
    <message>
        <location filename="../../ui/admin/divisions_panel.py" line="36"/>
        <source>新大区</source>
        <translation>New division</translation>
    </message>
    <message>
        <location filename="../../ui/admin/divisions_panel.py" line="37"/>
        <source>修改大区：%1</source>
        <translation>Change division: %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../ui/admin/editor_panel.py" line="134"/>
        <source>已保存。</source>
        <extracomment>Where a subclass puts what comes after the form (the bays&apos; hours).</extracomment>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="133"/>
        <source>试驾反馈 %1</source>
        <translation>Feedback %1</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="134"/>
        <source>评分</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="134"/>
        <source>客户反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="135"/>
        <source>客户对车辆和试驾的评价，如 动力好，后排略窄</source>
        <translation>What the customer thought of the car and the drive, e.g. lively, rear seats a bit tight</translation>
    </message>
</context>
<context>
    <name>FirstManagerForm</name>
    <message>
        <location filename="../../ui/sign_in.py" line="63"/>
        <source>店长姓名</source>
        <extracomment>Input that counts as someone working at the desk (restarts the idle timer).</extracomment>
        <translation>Manager&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="63"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="64"/>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="64"/>
        <source>PIN（可选）</source>
        <translation>PIN (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="67"/>
        <source>创建店长账户</source>
        <translation>Create the manager&apos;s account</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="74"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="50"/>
        <source>查找 (Ctrl+F)</source>
        <translation>Find (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="51"/>
        <source>车牌、手机号、姓名、拼音首字母、工单号或报价单号；在任何窗口按 Ctrl+F，回车打开第一项，↑/↓ 选择</source>
        <translation>Plate, mobile, name, pinyin initials, work-order or quote number; Ctrl+F from any window, Enter opens the first hit, ↑/↓ choose</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="82"/>
        <source>没有找到“%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="103"/>
        <source>工单 %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="105"/>
        <source>报价单 %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/global_search.py" line="107"/>
        <source>客户 %1</source>
        <translation>Customer %1</translation>
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
    <name>ItemsPanel</name>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="22"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="23"/>
        <location filename="../../ui/admin/items_panel.py" line="38"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="23"/>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="34"/>
        <location filename="../../ui/admin/items_panel.py" line="37"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="34"/>
        <location filename="../../ui/admin/items_panel.py" line="37"/>
        <source>项目名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="34"/>
        <location filename="../../ui/admin/items_panel.py" line="37"/>
        <source>工时（小时）</source>
        <translation>Labour (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="35"/>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="35"/>
        <source>快修</source>
        <translation>Quick</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="35"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="37"/>
        <source>价格（元）</source>
        <translation>Price (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="38"/>
        <source>快修通道</source>
        <translation>Quick lane</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="40"/>
        <source>30 分钟内的快修项目</source>
        <translation>A quick item of up to 30 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="41"/>
        <source>可预约、可开单</source>
        <translation>Can be booked and put on work orders</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="42"/>
        <source>如 1.5</source>
        <translation>e.g. 1.5</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="43"/>
        <source>新建项目</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="43"/>
        <source>保存项目</source>
        <translation>Save item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="47"/>
        <source>新服务项目</source>
        <translation>New service item</translation>
    </message>
    <message>
        <location filename="../../ui/admin/items_panel.py" line="48"/>
        <source>修改项目：%1</source>
        <translation>Changing item: %1</translation>
    </message>
</context>
<context>
    <name>LeadFormDialog</name>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="81"/>
        <source>新建线索</source>
        <extracomment>The sources a lead registered at the desk may have (the gate&apos;s come from reception).</extracomment>
        <translation>New lead</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="82"/>
        <source>客户姓名</source>
        <translation>Customer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="82"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="83"/>
        <source>线索来源</source>
        <translation>Lead source</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="83"/>
        <source>意向车型</source>
        <translation>Model of interest</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="84"/>
        <source>预算（元）</source>
        <translation>Budget (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="84"/>
        <source>购车时间</source>
        <translation>Buying within</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="85"/>
        <source>销售顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="85"/>
        <source>推荐人手机号</source>
        <translation>Referrer&apos;s mobile</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="86"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="89"/>
        <source>例如 180000</source>
        <translation>e.g. 180000</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="90"/>
        <source>转介绍时填写老客户的手机号</source>
        <translation>For a referral: the referring customer&apos;s mobile</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="92"/>
        <location filename="../../ui/showroom/lead_form.py" line="96"/>
        <location filename="../../ui/showroom/lead_form.py" line="100"/>
        <source>未确定</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_form.py" line="94"/>
        <source>暂不分配</source>
        <translation>Not assigned yet</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="112"/>
        <source>推进商机</source>
        <translation>Move the lead</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="113"/>
        <source>跟进任务</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="114"/>
        <source>移至阶段</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="115"/>
        <source>战败原因</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="116"/>
        <source>报价单</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="117"/>
        <source>移动</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="118"/>
        <source>无可手动推进的阶段</source>
        <translation>No stage to set by hand</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="119"/>
        <location filename="../../ui/showroom/lead_panel.py" line="216"/>
        <source>标记战败</source>
        <translation>Mark lost</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="120"/>
        <source>关联报价</source>
        <translation>Attach quote</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="121"/>
        <source>添加跟进</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="122"/>
        <source>标记完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="123"/>
        <source>说明（原因为“其他”时必填）</source>
        <translation>Note (required for &quot;Other&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="124"/>
        <source>跟进内容，例如 回电确认试驾</source>
        <translation>What to do, e.g. call back about the test drive</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="127"/>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="162"/>
        <source>在看板上选择一张卡片，或新建线索。</source>
        <translation>Choose a card on the board, or add a new lead.</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="170"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · 来源：%3 · 阶段：%4&lt;br&gt;意向：%5 · 预算：%6 · 购车时间：%7 · 顾问：%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · source: %3 · stage: %4&lt;br&gt;interest: %5 · budget: %6 · buying: %7 · consultant: %8</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="187"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="188"/>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="188"/>
        <source>待跟进</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="214"/>
        <source>请选择战败原因。</source>
        <translation>Choose why the lead was lost.</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="216"/>
        <source>确定将此商机标记为战败？</source>
        <translation>Mark this lead as lost?</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/lead_panel.py" line="225"/>
        <source>该客户还没有报价单，请先在“销售”页制作报价。</source>
        <translation>The customer has no quote yet: make one on the Sales page first.</translation>
    </message>
</context>
<context>
    <name>LoungeMenu</name>
    <message>
        <location filename="../../ui/lounge/menu.py" line="54"/>
        <source>客休区(&amp;L)</source>
        <translation>&amp;Lounge</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu.py" line="55"/>
        <source>点餐…</source>
        <translation>Take a refreshment order…</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu.py" line="56"/>
        <source>茶点菜单…</source>
        <translation>Refreshment menu…</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu.py" line="57"/>
        <source>吧台点餐队列</source>
        <translation>Bar queue</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu.py" line="58"/>
        <source>客休区大屏</source>
        <translation>Lounge screen</translation>
    </message>
</context>
<context>
    <name>LoungeModel</name>
    <message>
        <location filename="../../ui/lounge/lounge_screen.py" line="82"/>
        <source>车牌</source>
        <extracomment>How often the screen asks for the cars again (the `live` work may also call `refresh`). Each column&apos;s share of the width (an English status is long: &quot;Waiting for check-in&quot;). Status codes shown green (the car is ready) and amber (being checked).</extracomment>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/lounge_screen.py" line="82"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/lounge_screen.py" line="82"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/lounge_screen.py" line="82"/>
        <source>预计完成</source>
        <translation>Ready by</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/lounge_screen.py" line="83"/>
        <source>茶点</source>
        <translation>Refreshments</translation>
    </message>
</context>
<context>
    <name>LoungeScreen</name>
    <message>
        <location filename="../../ui/lounge/lounge_screen.py" line="185"/>
        <source>客休区大屏</source>
        <translation>Lounge screen</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/lounge_screen.py" line="186"/>
        <source>爱车进度</source>
        <translation>Your car&apos;s progress</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/lounge_screen.py" line="187"/>
        <source>车牌已部分隐藏以保护隐私。如需帮助，请联系前台或您的服务顾问。</source>
        <translation>Plates are partly hidden to protect your privacy. For help, ask reception or your service advisor.</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/lounge_screen.py" line="188"/>
        <source>目前没有在店维修的车辆</source>
        <translation>No cars in the workshop right now</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/lounge_screen.py" line="189"/>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>数据库设置…</source>
        <translation>Database settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>DealerDesk 智慧门店</source>
        <translation>DealerDesk Smart Store</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>前台接待</source>
        <extracomment>The pages&apos; keys, in navigation order (a page not built is left out). What a role needs for each page to show in the navigation (the services refuse anyway). &quot;Switch user&quot; or &quot;lock&quot; chosen in the menu (the SessionGuard locks the desk). The desk&apos;s store its pages read (`ui.widgets.desk_store.DeskStore`, set by `ui.desk.build_window`); the settings dialog&apos;s store reaches them through it. Reads the stores and divisions the settings offer (a service call, run through the notice&apos;s runner); None: the dialog offers only the desk&apos;s own.</extracomment>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>试乘试驾</source>
        <translation>Test drives</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>展厅</source>
        <translation>Showroom</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>售后服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>客户之声</source>
        <translation>Customer voice</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>客服关怀</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>配件库存</source>
        <translation>Parts stock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>采购与到货</source>
        <translation>Purchasing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>事故车</source>
        <translation>Accidents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>收银结算</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>门店管理</source>
        <translation>Store admin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>经营看板</source>
        <translation>KPI dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>前往(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>查找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>转到最新到店提醒</source>
        <translation>Newest arrival pop-up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>账户(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>锁定工位</source>
        <translation>Lock the desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>关于 DealerDesk</source>
        <translation>About DealerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>查看投诉</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>当前用户：%1（%2）</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>本店：%1</source>
        <translation>This store: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>视图：%1 · %2</source>
        <translation>View: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>DealerDesk：汽车 4S 店前台与售后服务台。</source>
        <translation>DealerDesk: the front desk and service desk of a car dealership.</translation>
    </message>
</context>
<context>
    <name>MenuDialog</name>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="97"/>
        <source>茶点菜单</source>
        <translation>Refreshment menu</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="98"/>
        <location filename="../../ui/lounge/menu_dialog.py" line="113"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="98"/>
        <location filename="../../ui/lounge/menu_dialog.py" line="113"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="99"/>
        <source>价格（元）</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="99"/>
        <source>免费会员等级</source>
        <translation>Free for levels</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="100"/>
        <location filename="../../ui/lounge/menu_dialog.py" line="133"/>
        <source>供应中</source>
        <translation>On offer</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="110"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="111"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="113"/>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="113"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="131"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="132"/>
        <source>（%1免费）</source>
        <translation> (free for %1)</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/menu_dialog.py" line="133"/>
        <source>已停售</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>Movement</name>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="40"/>
        <source>入库</source>
        <extracomment>The background of a part at or below its low-stock threshold. What a ledger row records, as the page names it (the codes are MovementKind&apos;s).</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="41"/>
        <source>出库</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="42"/>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="43"/>
        <source>调整</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="44"/>
        <source>调出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="45"/>
        <source>调入</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="46"/>
        <source>预留</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="47"/>
        <source>释放预留</source>
        <translation>Released</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/customers/new_customer.py" line="61"/>
        <source>新建客户</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/new_customer.py" line="62"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers/new_customer.py" line="62"/>
        <source>称呼(&amp;S)</source>
        <translation>&amp;Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/customers/new_customer.py" line="63"/>
        <source>手机号(&amp;M)</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/customers/new_customer.py" line="67"/>
        <source>先生</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/customers/new_customer.py" line="67"/>
        <source>女士</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/customers/new_customer.py" line="67"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="84"/>
        <source>点餐</source>
        <translation>Refreshment order</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="85"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="85"/>
        <source>座位/桌号</source>
        <translation>Seat / table</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="86"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="88"/>
        <source>如 A3、休息区 2 号桌</source>
        <translation>e.g. A3, lounge table 2</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="90"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="90"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="90"/>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="90"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="91"/>
        <source>下单</source>
        <translation>Place order</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="92"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="93"/>
        <source>今天还没有到店客户</source>
        <translation>Nobody has arrived today yet</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="147"/>
        <source>免费</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="149"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="150"/>
        <source>%1（%2免费）</source>
        <translation>%1 (free for %2)</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="170"/>
        <source>应付：¥%1</source>
        <translation>To pay: ¥%1</translation>
    </message>
    <message>
        <location filename="../../ui/lounge/order_dialog.py" line="178"/>
        <source>今天没有可点餐的到店客户。</source>
        <translation>No customer has arrived today to order for.</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="109"/>
        <source>订单与交车</source>
        <translation>Order and delivery</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="110"/>
        <source>订金（元）</source>
        <translation>Deposit (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="111"/>
        <source>预计交车日期</source>
        <translation>Expected delivery</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="112"/>
        <source>下订单</source>
        <translation>Place order</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="113"/>
        <location filename="../../ui/showroom/order_panel.py" line="189"/>
        <source>交车</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="114"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="115"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="116"/>
        <source>例如 5000</source>
        <translation>e.g. 5000</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="117"/>
        <source>取消原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="118"/>
        <source>取消订单时必填</source>
        <translation>Required to cancel the order</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="119"/>
        <source>取消订单…</source>
        <translation>Cancel order…</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="141"/>
        <source>下订单：按已关联报价的配置，填写订金和预计交车日期。</source>
        <translation>To order: the attached quote&apos;s configuration, with a deposit and the expected delivery date.</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="143"/>
        <source>订单 %1 已取消（%2）。</source>
        <translation>Order %1 was cancelled (%2). </translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="150"/>
        <source>订单 %1 · %2 %3 · 合计 ¥%4 · 订金 ¥%5 · 预计交车 %6 · %7</source>
        <translation>Order %1 · %2 %3 · total ¥%4 · deposit ¥%5 · delivery %6 · %7</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="161"/>
        <source>（%1 %2）</source>
        <translation> (%1 %2)</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="189"/>
        <source>确认交车？将登记车辆并开始关怀与交车回访。</source>
        <translation>Deliver the car? The vehicle is registered and its care and delivery survey start.</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="205"/>
        <source>取消订单 %1？商机将回到“议价中”。订金 ¥%2 未在收银台收取，不记退款。</source>
        <translation>Cancel order %1? The lead goes back to negotiating. No ¥%2 deposit was taken at the cashier&apos;s, so no refund is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="207"/>
        <source>取消订单</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="209"/>
        <source>取消订单 %1？商机将回到“议价中”。
客户已付订金 ¥%2：退还客户（按原支付方式记退款），还是订金不退？请与客户确认后选择。</source>
        <translation>Cancel order %1? The lead goes back to negotiating.
The customer paid a ¥%2 deposit: is it refunded (recorded as a refund by the method it was paid with) or forfeited? Choose with the customer.</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="213"/>
        <source>退还订金并取消</source>
        <translation>Refund deposit and cancel</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="214"/>
        <source>订金不退并取消</source>
        <translation>Keep deposit and cancel</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="220"/>
        <source>%1。</source>
        <translation>%1. </translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="233"/>
        <source>已交车：车辆已登记，关怀与交车回访已安排。</source>
        <translation>Delivered: the vehicle is registered, its care and delivery survey are scheduled.</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="235"/>
        <source>推荐人获得 %1 积分。</source>
        <translation> The referrer earned %1 points.</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/order_panel.py" line="240"/>
        <source>订单已取消，商机回到“议价中”。</source>
        <translation>Order cancelled; the lead is back in negotiating.</translation>
    </message>
</context>
<context>
    <name>OutDialog</name>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="75"/>
        <source>出车 %1</source>
        <translation>Drive out %1</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="76"/>
        <source>出车里程 (km)</source>
        <translation>Mileage out (km)</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="77"/>
        <source>出车电量</source>
        <translation>Charge out</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="77"/>
        <source>出车油量</source>
        <translation>Fuel out</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="78"/>
        <source>协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="79"/>
        <source>客户已签署试驾协议</source>
        <translation>The customer signed the test-drive agreement</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../ui/settings_place.py" line="40"/>
        <location filename="../../ui/settings_place.py" line="78"/>
        <source>（未选择）</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_place.py" line="53"/>
        <source>正在读取门店与大区…</source>
        <translation>Reading the stores and divisions…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_place.py" line="56"/>
        <source>只有可以管理门店的账户能更改本台的门店与视图。</source>
        <translation>Only an account that may administer the store changes this desk&apos;s store and view.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_place.py" line="87"/>
        <source>无法读取门店与大区：%1</source>
        <translation>Could not read the stores and divisions: %1</translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="105"/>
        <source>给该客户增加 %1 分积分？</source>
        <extracomment>Ledger rows a page shows. The most points one manual adjustment adds or takes (a typing slip stays small).</extracomment>
        <translation>Give this customer %1 points?</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="106"/>
        <source>从该客户扣减 %1 分积分？</source>
        <translation>Take %1 points from this customer?</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="107"/>
        <source>调整积分</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="122"/>
        <source>已调整 %1 分。</source>
        <translation>Adjusted by %1 points.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="127"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="127"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="127"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="128"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="128"/>
        <source>抵扣金额</source>
        <translation>Paid (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="128"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="129"/>
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="130"/>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="131"/>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="132"/>
        <source>手工调整（正数增加，负数扣减）</source>
        <translation>Adjust by hand (positive adds, negative takes)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="133"/>
        <source>调整原因（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="134"/>
        <source>调整积分…</source>
        <translation>Adjust points…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="152"/>
        <source>积分余额：—</source>
        <translation>Points balance: —</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="157"/>
        <source>积分余额：%1 分</source>
        <translation>Points balance: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/points_panel.py" line="159"/>
        <source>第 %1–%2 条，共 %3 条</source>
        <translation>Rows %1–%2 of %3</translation>
    </message>
</context>
<context>
    <name>PointsRulesForm</name>
    <message>
        <location filename="../../ui/care/points_rules_form.py" line="38"/>
        <source>每消费 1 元得积分</source>
        <translation>Points per yuan paid</translation>
    </message>
    <message>
        <location filename="../../ui/care/points_rules_form.py" line="39"/>
        <source>%1 倍数</source>
        <translation>%1 multiplier</translation>
    </message>
    <message>
        <location filename="../../ui/care/points_rules_form.py" line="41"/>
        <source>1 积分抵扣（元）</source>
        <translation>One point is worth (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/care/points_rules_form.py" line="41"/>
        <source>转介绍奖励积分</source>
        <translation>Points for a referral</translation>
    </message>
    <message>
        <location filename="../../ui/care/points_rules_form.py" line="41"/>
        <source>完成回访奖励积分</source>
        <translation>Points for an answered survey</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="42"/>
        <source>可用积分</source>
        <translation>Points held</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="42"/>
        <source>本单已抵扣</source>
        <translation>Redeemed on this bill</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="43"/>
        <source>抵扣积分</source>
        <translation>Redeem points</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="43"/>
        <source>退回积分</source>
        <translation>Give points back</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="46"/>
        <source>积分数</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="47"/>
        <source>全部可抵</source>
        <translation>Most allowed</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="48"/>
        <source>抵扣</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="49"/>
        <source>退回原因</source>
        <translation>Why they are given back</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="50"/>
        <source>退回全部积分</source>
        <translation>Give all points back</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="61"/>
        <source>%1 分（本单最多可抵 %2 分）</source>
        <translation>%1 points (at most %2 on this bill)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/points_tab.py" line="64"/>
        <source>%1 分，抵 %2 元</source>
        <translation>%1 points, paying %2 CNY</translation>
    </message>
</context>
<context>
    <name>PopupPanel</name>
    <message>
        <location filename="../../ui/reception/popup_panel.py" line="64"/>
        <source>到店提醒（%1）</source>
        <extracomment>The panel&apos;s width: a pop-up (420 px) with the scroll bar beside it.</extracomment>
        <translation>Arrivals (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/popup_panel.py" line="65"/>
        <source>展开</source>
        <translation>Expand</translation>
    </message>
    <message>
        <location filename="../../ui/reception/popup_panel.py" line="65"/>
        <source>收起</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location filename="../../ui/reception/popup_panel.py" line="66"/>
        <source>收起或展开到店提醒</source>
        <translation>Collapse or expand the arrival pop-ups</translation>
    </message>
    <message>
        <location filename="../../ui/reception/popup_panel.py" line="67"/>
        <source>全部关闭</source>
        <translation>Close all</translation>
    </message>
    <message>
        <location filename="../../ui/reception/popup_panel.py" line="68"/>
        <source>关闭所有到店提醒（到店记录仍在今日到店中）</source>
        <translation>Close every arrival pop-up (the arrivals stay in today&apos;s list)</translation>
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
        <location filename="../../ui/backoffice/purchasing_page.py" line="136"/>
        <source>采购与到货</source>
        <translation>Purchasing and receiving</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="137"/>
        <source>待采购申请（低库存与特订件）</source>
        <translation>Requests to order (low stock and special orders)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="138"/>
        <source>采购单</source>
        <translation>Purchase orders</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="139"/>
        <location filename="../../ui/backoffice/purchasing_page.py" line="144"/>
        <location filename="../../ui/backoffice/purchasing_page.py" line="148"/>
        <source>配件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="139"/>
        <location filename="../../ui/backoffice/purchasing_page.py" line="144"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="139"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="140"/>
        <location filename="../../ui/backoffice/purchasing_page.py" line="141"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="140"/>
        <location filename="../../ui/backoffice/purchasing_page.py" line="145"/>
        <source>特订工单</source>
        <translation>Special order for</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="141"/>
        <source>采购单号</source>
        <translation>PO no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="141"/>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="142"/>
        <source>下单时间</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="142"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="144"/>
        <source>订货</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="144"/>
        <source>已到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="145"/>
        <source>本次到货</source>
        <translation>This delivery</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="146"/>
        <source>按供应商生成采购单</source>
        <translation>Make purchase orders by supplier</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="147"/>
        <source>工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="149"/>
        <source>特订</source>
        <translation>Special order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="150"/>
        <source>打印领料单</source>
        <translation>Print picking list</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="151"/>
        <source>登记到货</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="152"/>
        <source>打印采购单</source>
        <translation>Print purchase order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="153"/>
        <source>保存采购单 PDF</source>
        <translation>Save purchase order (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="219"/>
        <source>将所有待处理的补货申请按供应商生成采购单？</source>
        <translation>Turn every open request into purchase orders, one per supplier?</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="219"/>
        <source>生成采购单</source>
        <translation>Make purchase orders</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="221"/>
        <source>已生成 %1 张采购单</source>
        <translation>%1 purchase order(s) made</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="229"/>
        <source>已为工单 %1 特订 %2</source>
        <translation>%2 special-ordered for work order %1</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="238"/>
        <source>登记采购单 %1 的到货并入库？入库后不能撤销。</source>
        <translation>Record the delivery of purchase order %1 and put it on the shelf? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="239"/>
        <source>入库</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="245"/>
        <source>已登记到货：%1</source>
        <translation>Delivery recorded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/purchasing_page.py" line="247"/>
        <source>；配件已到，工单 %1 可继续</source>
        <translation>; parts in, work order %1 can go on</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="58"/>
        <source>燃油</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="59"/>
        <source>油电混合</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="60"/>
        <source>插电混动</source>
        <translation>Plug-in hybrid</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="61"/>
        <source>纯电动</source>
        <translation>Battery electric</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="347"/>
        <source>电子报价单</source>
        <extracomment>The quote statuses, in the order the sales page filters by. The approval the loaded quote holds: (approver id, name, discount).</extracomment>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="348"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="349"/>
        <source>新建潜客</source>
        <translation>New prospect</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="350"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="351"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="352"/>
        <source>创建潜客</source>
        <translation>Create prospect</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="353"/>
        <source>车型与销售顾问</source>
        <translation>Vehicle and consultant</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="354"/>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="355"/>
        <source>精品、保险与金融方案</source>
        <translation>Accessories, insurance and finance</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="357"/>
        <source>销售顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="357"/>
        <source>车型</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="357"/>
        <source>指导价</source>
        <translation>MSRP</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="358"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="359"/>
        <source>厂方补贴（元）</source>
        <translation>Manufacturer subsidy (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="359"/>
        <source>门店优惠（元）</source>
        <translation>Store discount (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="360"/>
        <source>上牌费（元）</source>
        <translation>Registration fee (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="360"/>
        <source>其他费用（元）</source>
        <translation>Other fees (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="361"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="361"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="362"/>
        <source>精品</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="362"/>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="362"/>
        <source>金融方案</source>
        <translation>Finance plans</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="365"/>
        <source>需经理本人审批</source>
        <translation>Needs the manager&apos;s own approval</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="366"/>
        <source>经理审批…</source>
        <translation>Manager approves…</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="367"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="367"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="367"/>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="368"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="369"/>
        <source>金融方案对比</source>
        <translation>Finance plans compared</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="371"/>
        <source>方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="371"/>
        <source>期数 / 年利率</source>
        <translation>Term / rate</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="371"/>
        <source>首付</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="371"/>
        <source>贷款金额</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="372"/>
        <source>月供</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="372"/>
        <source>总利息</source>
        <translation>Total interest</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="372"/>
        <source>手续费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="372"/>
        <source>总成本</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="373"/>
        <source>交给客户</source>
        <translation>Give to customer</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="374"/>
        <source>客户已接受</source>
        <translation>Customer accepted</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="375"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="376"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="384"/>
        <source>（贴息）</source>
        <translation> (interest-free)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="385"/>
        <source>%1 期 / %2</source>
        <translation>%1 months / %2</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="390"/>
        <source>新报价单</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="391"/>
        <location filename="../../ui/sales/quote_editor.py" line="397"/>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="394"/>
        <source>报价单 %1 第 %2 版（%3）</source>
        <translation>Quote %1 revision %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="397"/>
        <source>另存为新版本</source>
        <translation>Save as new revision</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="527"/>
        <source>没有找到客户：可“新建潜客”。</source>
        <translation>No customer found: use “New prospect”.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="562"/>
        <source>已新建潜客 %1</source>
        <translation>Prospect %1 created</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="577"/>
        <source>请输入有效金额，如 3000 或 2,999.50</source>
        <translation>Enter a valid amount, e.g. 3000 or 2,999.50</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="643"/>
        <source>经理 %1 已确认审批。</source>
        <translation>Manager %1 approved the discount.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="652"/>
        <source>门店优惠 %1 元超出销售顾问权限。请经理本人输入用户名和密码（或 PIN）审批。</source>
        <translation>A store discount of %1 CNY is beyond the consultant&apos;s limit. The manager approves by typing their own user name and password (or PIN).</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="698"/>
        <source>请先改正标红的内容。</source>
        <translation>Correct the fields marked in red first.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="705"/>
        <source>请选择客户，或新建潜客。</source>
        <translation>Choose a customer, or create a prospect.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="722"/>
        <source>已保存报价单 %1 第 %2 版</source>
        <translation>Quote %1 revision %2 saved</translation>
    </message>
    <message>
        <location filename="../../ui/sales/quote_editor.py" line="749"/>
        <source>请先保存：报价单有未保存的修改，打印的将是上次保存的版本。</source>
        <translation>Save first: the quote has unsaved changes, and printing would give the last saved version.</translation>
    </message>
</context>
<context>
    <name>ReceptionController</name>
    <message>
        <location filename="../../ui/reception/controller.py" line="172"/>
        <source>数据库无法连接：%1 条到店记录未能记录，恢复后补记。</source>
        <extracomment>Arrivals one poll fetches; a full batch polls again at once (a desk catching up). A car of the store&apos;s test-drive fleet came through the gate (its card): no pop-up.</extracomment>
        <translation>The database cannot be reached: %1 arrivals are not recorded yet; they will be recorded once it is back.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/controller.py" line="184"/>
        <source>未能记录，恢复后补记</source>
        <translation>Not recorded yet; it will be recorded once the database is back</translation>
    </message>
    <message>
        <location filename="../../ui/reception/controller.py" line="284"/>
        <source>本店试驾车 %1 已回店</source>
        <translation>Test-drive car %1 is back</translation>
    </message>
    <message>
        <location filename="../../ui/reception/controller.py" line="286"/>
        <source>，试驾 %1 已结束（还车里程可稍后填写）</source>
        <translation>; drive %1 closed (the mileage back can be filled in later)</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../ui/reception/page.py" line="240"/>
        <source>待确认</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="149"/>
        <source>前台接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="150"/>
        <source>今日到店</source>
        <translation>Today&apos;s arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="232"/>
        <source>今日预约客户</source>
        <translation>Expected today</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="152"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="152"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="152"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="152"/>
        <location filename="../../ui/reception/page.py" line="153"/>
        <location filename="../../ui/reception/page.py" line="155"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="153"/>
        <location filename="../../ui/reception/page.py" line="155"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="153"/>
        <location filename="../../ui/reception/page.py" line="155"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="153"/>
        <source>抓拍</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="154"/>
        <source>来访目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="154"/>
        <source>接待人</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="155"/>
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="156"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="156"/>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="156"/>
        <source>到店</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="158"/>
        <source>道闸画面</source>
        <translation>Gate camera view</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="232"/>
        <source>今日预约客户：已到店</source>
        <translation>Expected today: arrived</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="233"/>
        <source>今日预约客户：迟到</source>
        <translation>Expected today: late</translation>
    </message>
    <message>
        <location filename="../../ui/reception/page.py" line="241"/>
        <source>新访客</source>
        <translation>New visitor</translation>
    </message>
</context>
<context>
    <name>RepairHistoryWidget</name>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="48"/>
        <source>工单 / 项目</source>
        <translation>Work order / line</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="48"/>
        <source>状态 / 确认</source>
        <translation>Status / answer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="49"/>
        <source>里程 / 数量</source>
        <translation>Mileage / qty</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="49"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="68"/>
        <source>%1 %2：共 %3 次维修保养记录</source>
        <translation>%1 %2: %3 service records</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/repair_history.py" line="79"/>
        <source>事故案件 %1 · %2 · 报案号 %3</source>
        <translation>Accident case %1 · %2 · claim %3</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="117"/>
        <location filename="../../ui/reports/page.py" line="282"/>
        <source>范围</source>
        <extracomment>The time the figures are of (None: now); tests fix it.</extracomment>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="118"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="124"/>
        <source>返回上级</source>
        <translation>Up one level</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="125"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="126"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="127"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="128"/>
        <source>双击一行查看下级；指标：</source>
        <translation>Double-click a row to drill down; KPI:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="129"/>
        <location filename="../../ui/reports/page.py" line="254"/>
        <source>指标</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="129"/>
        <location filename="../../ui/reports/page.py" line="260"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="129"/>
        <source>下级明细</source>
        <translation>One level below</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="130"/>
        <source>每日工单</source>
        <translation>Daily work orders</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="130"/>
        <source>顾问转化</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="208"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="242"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="246"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="246"/>
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="246"/>
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="252"/>
        <source>各项指标（%）</source>
        <translation>KPIs (%)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="260"/>
        <location filename="../../ui/reports/page.py" line="266"/>
        <source>项目</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="260"/>
        <location filename="../../ui/reports/page.py" line="266"/>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="261"/>
        <location filename="../../ui/reports/page.py" line="269"/>
        <source>在厂车辆（按状态）</source>
        <translation>Cars in the shop (by status)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="262"/>
        <location filename="../../ui/reports/page.py" line="270"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="262"/>
        <location filename="../../ui/reports/page.py" line="270"/>
        <source>车辆</source>
        <translation>Cars</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="265"/>
        <source>今日 %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="296"/>
        <source>每日开单与预约进厂</source>
        <translation>Work orders opened per day, and from a booking</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="297"/>
        <location filename="../../ui/reports/page.py" line="298"/>
        <source>开单</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="297"/>
        <location filename="../../ui/reports/page.py" line="298"/>
        <source>预约进厂</source>
        <translation>From a booking</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="298"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="306"/>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="306"/>
        <source>转化率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="306"/>
        <source>成交</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="306"/>
        <source>报价</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="316"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="331"/>
        <source>已导出 CSV：%1</source>
        <translation>CSV exported: %1</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="104"/>
        <source>还车 %1</source>
        <translation>Return %1</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="105"/>
        <source>还车里程 (km，出车 %1)</source>
        <translation>Mileage back (km; out %1)</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="107"/>
        <source>还车电量</source>
        <translation>Charge back</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/dialogs.py" line="107"/>
        <source>还车油量</source>
        <translation>Fuel back</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../ui/sales/page.py" line="77"/>
        <source>销售 · 电子报价单</source>
        <translation>Sales · Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="78"/>
        <source>新建报价</source>
        <translation>New quote</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="79"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="83"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="88"/>
        <source>报价单号</source>
        <translation>Quote no.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="88"/>
        <source>版本</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="88"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="88"/>
        <source>车型</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="89"/>
        <source>合计（元）</source>
        <translation>Total (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="89"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="89"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="90"/>
        <source>销售顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ui/sales/page.py" line="94"/>
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
        <location filename="../../ui/service/page.py" line="79"/>
        <source>售后服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="81"/>
        <source>当前操作人：%1</source>
        <translation>Acting as: %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="83"/>
        <source>预约日历</source>
        <translation>Booking calendar</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="83"/>
        <source>工单看板</source>
        <translation>Work-order board</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="83"/>
        <source>配件补货</source>
        <translation>Parts to reorder</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="85"/>
        <source>配件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="85"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="85"/>
        <source>补货数量</source>
        <translation>Reorder qty</translation>
    </message>
    <message>
        <location filename="../../ui/service/page.py" line="86"/>
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
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>视频文件、rtsp:// 或 http:// 地址、USB 摄像头编号</source>
        <translation>Video file, rtsp:// or http:// URL, or USB camera number</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>留空：本机 SQLite 数据库</source>
        <translation>Empty: the SQLite database on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>ONNX（默认）</source>
        <translation>ONNX (default)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source> 星及以下</source>
        <translation> stars or fewer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source> 分及以下</source>
        <translation> points or fewer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>留空：本机计算机名</source>
        <translation>Empty: this computer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source> 次</source>
        <translation> attempts</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>视图</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>大区</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>本台名称（审计记录）</source>
        <translation>Desk name (audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>无操作自动锁定</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>连续登录失败锁定账户</source>
        <translation>Lock an account after failed sign-ins</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>道闸摄像头</source>
        <translation>Gate camera</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95"/>
        <source>摄像头密码</source>
        <translation>Camera password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>数据库地址（重启后生效）</source>
        <translation>Database URL (after restart)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>密码保存在系统钥匙串中，不写入设置文件。</source>
        <translation>Passwords are kept in the system keyring, not in the settings file.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>本机没有系统钥匙串：密码保存在设置文件中，该文件仅本用户可读。</source>
        <translation>This computer has no system keyring: passwords are kept in the settings file, readable by this user only.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>识别引擎</source>
        <translation>Recognition engine</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <source>到店弹窗自动关闭</source>
        <translation>Close arrival pop-ups after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <source>同一车牌冷却时间</source>
        <translation>Same-plate cooldown</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>车牌抓拍保留</source>
        <translation>Keep plate snapshots for</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>交车/工单交车后回访</source>
        <translation>Survey after a delivery or a work order</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>低分自动投诉（1–5 星题）</source>
        <translation>Low score opens a complaint (1–5 stars)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>低分自动投诉（0–10 分题）</source>
        <translation>Low score opens a complaint (0–10 scale)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>道闸车牌识别告示</source>
        <translation>Gate plate-recognition notice</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>除数据库地址（重启后生效）外，设置保存后立即生效；更换摄像头、识别引擎或冷却时间会重新启动道闸。视图立即生效；更换门店后，报价、库存等按门店的页面在重启后改用新门店。</source>
        <translation>Every setting but the database address (applied at the next start) takes effect on saving; changing the camera, the recognition engine or the cooldown restarts the gate. The view applies at once; after a change of store, the pages kept per store (quotes, stock…) use the new store at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>打印告示</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>告示另存为 PDF…</source>
        <translation>Save notice as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>车牌识别告示.pdf</source>
        <translation>plate-recognition-notice.pdf</translation>
    </message>
</context>
<context>
    <name>SettlementPanel</name>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="120"/>
        <source>未开单</source>
        <translation>No bill yet</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="121"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="274"/>
        <source>店长放行</source>
        <translation>Released by manager</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="245"/>
        <source>工单号</source>
        <extracomment>The manager&apos;s grant for the further discount (they typed their own secret).</extracomment>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="245"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="245"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="246"/>
        <source>工单状态</source>
        <translation>Work-order status</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="246"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="249"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="260"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="246"/>
        <source>结算</source>
        <translation>Bill</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="247"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="276"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="495"/>
        <source>放行</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="248"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="248"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="248"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="249"/>
        <source>交易单号/备注</source>
        <translation>Transaction no. / note</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="250"/>
        <source>可退</source>
        <translation>Refundable</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="251"/>
        <source>结算条件</source>
        <translation>Terms of the bill</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="252"/>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="252"/>
        <source>报案号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="253"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="343"/>
        <source>保险承担</source>
        <translation>Insurer pays</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="253"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="344"/>
        <source>索赔承担</source>
        <translation>Warranty pays</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="254"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="347"/>
        <source>其他优惠</source>
        <translation>Further discount</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="254"/>
        <source>审批店长</source>
        <translation>Approved by manager</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="255"/>
        <source>抬头类型</source>
        <translation>Invoice to</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="255"/>
        <source>发票抬头</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="256"/>
        <source>纳税人识别号</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="256"/>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="257"/>
        <source>放行原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="258"/>
        <source>生成/更新结算单</source>
        <translation>Make / update the bill</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="261"/>
        <source>微信/支付宝/转账交易单号</source>
        <translation>WeChat Pay / Alipay / transfer transaction no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="262"/>
        <source>退款金额（选中收款行）</source>
        <translation>Refund amount (select the payment)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="263"/>
        <source>退款原因</source>
        <translation>Reason for the refund</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="264"/>
        <source>18 位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="265"/>
        <source>如：车队客户月结</source>
        <translation>e.g. fleet customer, billed monthly</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="267"/>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="268"/>
        <location filename="../../ui/backoffice/cashier_page.py" line="401"/>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="269"/>
        <source>结清</source>
        <translation>Settle</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="270"/>
        <source>打印结算单</source>
        <translation>Print settlement slip</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="271"/>
        <source>保存结算单 PDF</source>
        <translation>Save settlement slip (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="272"/>
        <source>打印提车单</source>
        <translation>Print pick-up slip</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="273"/>
        <source>申请发票</source>
        <translation>Request invoice</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="275"/>
        <source>收款与退款</source>
        <translation>Payments and refunds</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="275"/>
        <source>发票</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="275"/>
        <source>积分抵扣</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="326"/>
        <source>工单 %1 · %2</source>
        <translation>Work order %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="327"/>
        <source>请选择工单</source>
        <translation>Choose a work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="331"/>
        <source>尚未生成结算单：填写结算条件后点击“生成/更新结算单”。</source>
        <translation>No bill yet: fill in the terms, then click Make / update the bill.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="342"/>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="342"/>
        <source>配件费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="345"/>
        <source>会员优惠（%1）</source>
        <translation>Level discount (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="348"/>
        <source>客户应付</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="348"/>
        <source>已收</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="349"/>
        <source>积分抵扣（%1 分）</source>
        <translation>Points redeemed (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="351"/>
        <source>未付余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="354"/>
        <source>结算单 %1 · %2</source>
        <translation>Bill %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="400"/>
        <source>退款 %1 元？退款后不能撤销。</source>
        <translation>Refund %1 yuan? A refund cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="414"/>
        <source>已用积分抵扣</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="422"/>
        <source>退回本单抵扣的 %1 积分？</source>
        <translation>Give back the %1 points redeemed on this bill?</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="423"/>
        <source>退回积分</source>
        <translation>Give points back</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="425"/>
        <source>积分已退回</source>
        <translation>Points given back</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="433"/>
        <source>完成结算 %1？完成后不能再收款或退款。</source>
        <translation>Complete bill %1? No payment or refund can be taken afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="434"/>
        <source>完成结算</source>
        <translation>Complete bill</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="448"/>
        <source>已记录发票申请</source>
        <translation>Invoice request recorded</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="459"/>
        <source>其他优惠 %1 元需店长审批。请店长本人输入用户名和密码（或 PIN）。</source>
        <translation>A further discount of %1 CNY needs a manager&apos;s approval. The manager enters their own name and password (or PIN).</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="469"/>
        <source>店长 %1 已审批</source>
        <translation>Approved by manager %1</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="470"/>
        <source>请店长审批…</source>
        <translation>Manager&apos;s approval…</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="482"/>
        <source>未结算放行须店长本人确认。请店长输入用户名和密码（或 PIN）。</source>
        <translation>Releasing an unsettled car needs the manager in person. The manager enters their own name and password (or PIN).</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="494"/>
        <source>未结算放行工单 %1 的车辆？放行后不能撤销。</source>
        <translation>Release the car of work order %1 unsettled? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/cashier_page.py" line="495"/>
        <source>车辆已放行，可打印提车单</source>
        <translation>Car released; the pick-up slip can print</translation>
    </message>
</context>
<context>
    <name>ShowroomPage</name>
    <message>
        <location filename="../../ui/showroom/page.py" line="115"/>
        <source>展厅 · 商机看板</source>
        <translation>Showroom · pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="116"/>
        <source>新建线索</source>
        <translation>New lead</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="117"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="118"/>
        <source>销售顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="119"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="120"/>
        <source>◂ 前一阶段</source>
        <translation>◂ Previous stage</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="121"/>
        <source>后一阶段 ▸</source>
        <translation>Next stage ▸</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="122"/>
        <source>拖动卡片到其他列，或用 Ctrl+←/→ 移动所选卡片；阶段只能前进，报价、下订、交车由对应操作推进。</source>
        <translation>Drag a card to another column, or move the selected card with Ctrl+←/→; stages only go forward, and a quote, an order or a delivery moves them by itself.</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="124"/>
        <source>跟进超时 %1</source>
        <translation>Follow-up overdue %1</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="124"/>
        <source>下次跟进 %1</source>
        <translation>Next follow-up %1</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="125"/>
        <source>未分配顾问</source>
        <translation>No consultant</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="127"/>
        <source>¥%1万</source>
        <translation>¥%2k</translation>
    </message>
    <message>
        <location filename="../../ui/showroom/page.py" line="164"/>
        <source>进行中商机 %1 个，跟进超时 %2 个</source>
        <translation>%1 open leads, %2 with an overdue follow-up</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../ui/sign_in.py" line="129"/>
        <source>首次使用：创建店长账户</source>
        <translation>First start: create the manager&apos;s account</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="130"/>
        <source>此数据库还没有任何账户。请先创建店长账户，之后由店长为员工添加账户。</source>
        <translation>This database has no account yet. Create the store manager&apos;s account first; the manager then adds the staff&apos;s accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="133"/>
        <source>工位已锁定</source>
        <translation>Desk locked</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="134"/>
        <source>%1 的工作已锁定。本人输入密码继续，或其他员工登录切换用户。</source>
        <translation>%1&apos;s work is locked. Type your password to go on, or another member of staff signs in to switch user.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="137"/>
        <source>登录 DealerDesk</source>
        <translation>Sign in to DealerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="138"/>
        <source>请输入您本人的用户名和密码（前台共用电脑可用 PIN）。</source>
        <translation>Enter your own user name and password (a PIN on the shared reception PC).</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="139"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../ui/sign_in.py" line="208"/>
        <source>DealerDesk 智慧门店 · 登录</source>
        <translation>DealerDesk Smart Store · Sign in</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="101"/>
        <source>低库存</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="137"/>
        <source>配件库存</source>
        <translation>Parts stock</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="138"/>
        <source>配件号（含旧号）、名称或拼音首字母，如 jylqq</source>
        <translation>Part no. (or an old no.), name or pinyin initials, e.g. jylqq</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="139"/>
        <source>只看低库存</source>
        <translation>Low stock only</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="140"/>
        <source>库存流水（选中配件）</source>
        <translation>Ledger (selected part)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="141"/>
        <source>配件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="141"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="141"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="142"/>
        <source>库位</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="142"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="142"/>
        <source>在库</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="143"/>
        <source>预留</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="143"/>
        <source>可用</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="143"/>
        <source>阈值</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="144"/>
        <source>售价</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="144"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="145"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="145"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="145"/>
        <source>在库变动</source>
        <translation>On hand ±</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="146"/>
        <source>预留变动</source>
        <translation>Reserved ±</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="146"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="146"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/stock_page.py" line="164"/>
        <source>共 %1 种配件，%2 种低库存</source>
        <translation>%1 parts, %2 low on stock</translation>
    </message>
</context>
<context>
    <name>StoresPanel</name>
    <message>
        <location filename="../../ui/admin/stores_panel.py" line="31"/>
        <location filename="../../ui/admin/stores_panel.py" line="33"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/stores_panel.py" line="31"/>
        <location filename="../../ui/admin/stores_panel.py" line="33"/>
        <source>门店名称</source>
        <translation>Store name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/stores_panel.py" line="31"/>
        <location filename="../../ui/admin/stores_panel.py" line="34"/>
        <source>大区</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../ui/admin/stores_panel.py" line="32"/>
        <location filename="../../ui/admin/stores_panel.py" line="34"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/admin/stores_panel.py" line="32"/>
        <location filename="../../ui/admin/stores_panel.py" line="34"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/admin/stores_panel.py" line="38"/>
        <source>新建门店</source>
        <translation>New store</translation>
    </message>
    <message>
        <location filename="../../ui/admin/stores_panel.py" line="38"/>
        <source>保存门店</source>
        <translation>Save store</translation>
    </message>
    <message>
        <location filename="../../ui/admin/stores_panel.py" line="42"/>
        <source>新门店</source>
        <translation>New store</translation>
    </message>
    <message>
        <location filename="../../ui/admin/stores_panel.py" line="43"/>
        <source>修改门店：%1</source>
        <translation>Changing store: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/stores_panel.py" line="58"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="103"/>
        <source>录入回访</source>
        <translation>Record survey</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="104"/>
        <source>%1满意度回访</source>
        <translation>%1 satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="105"/>
        <source>意见与建议</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="106"/>
        <source>回访方式</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="107"/>
        <source>客户的原话（可选）</source>
        <translation>The customer&apos;s words (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="108"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/voice/survey_dialog.py" line="109"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SurveysPanel</name>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="98"/>
        <source>电话回访录入</source>
        <translation>Record phone survey</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="99"/>
        <source>打印纸质问卷</source>
        <translation>Print paper form</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="100"/>
        <source>另存 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="101"/>
        <location filename="../../ui/voice/surveys_panel.py" line="177"/>
        <source>客户拒访</source>
        <translation>Customer declined</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="102"/>
        <source>纸质问卷单号，如 SV0000123</source>
        <translation>Paper form No., e.g. SV0000123</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="103"/>
        <source>按单号录入</source>
        <translation>Enter by No.</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="104"/>
        <source>回访单号</source>
        <translation>Survey No.</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="104"/>
        <source>场合</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="104"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="104"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="105"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="105"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="105"/>
        <source>顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="105"/>
        <source>应回访</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="119"/>
        <source>待回访 %1 份</source>
        <translation>%1 surveys due</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="129"/>
        <source>请先选择一份回访。</source>
        <translation>Select a survey first.</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="148"/>
        <source>回访 %1 已录入；低分已自动生成投诉 #%2。</source>
        <translation>Survey %1 recorded; the low score opened complaint #%2.</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="151"/>
        <source>回访 %1 已录入。</source>
        <translation>Survey %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/voice/surveys_panel.py" line="176"/>
        <source>将回访 %1 记为客户拒访？之后不能再录入。</source>
        <translation>Record survey %1 as declined by the customer? No answers can be entered afterwards.</translation>
    </message>
</context>
<context>
    <name>TestDriveBookingDialog</name>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="88"/>
        <source>预约试驾</source>
        <extracomment>The lengths a drive may be booked for, in minutes.</extracomment>
        <translation>Book a test drive</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="89"/>
        <source>试驾车</source>
        <translation>Car</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="89"/>
        <source>查找客户</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="89"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="90"/>
        <source>销售顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="90"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="90"/>
        <source>开始时间</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="90"/>
        <source>商机</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="91"/>
        <source>时长</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="91"/>
        <source>驾驶证号</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="91"/>
        <source>驾驶证照片（可选）</source>
        <translation>Licence photo (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="95"/>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="97"/>
        <source>18 位，与身份证号相同</source>
        <translation>18 characters, the holder&apos;s ID number</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="98"/>
        <source>照片文件，可不填</source>
        <translation>Photo file, optional</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="99"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="122"/>
        <source>无进行中的商机（试驾不关联商机）</source>
        <translation>No open lead (the drive is linked to none)</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="124"/>
        <source>%1 · %2（预约后进入“%3”阶段）</source>
        <translation>%1 · %2 (moves to “%3” when booked)</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="125"/>
        <source>未填意向</source>
        <translation>No interest noted</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="131"/>
        <source>选择驾驶证照片</source>
        <translation>Choose the licence photo</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/booking_dialog.py" line="132"/>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>TestDrivePage</name>
    <message>
        <location filename="../../ui/testdrive/page.py" line="157"/>
        <source>试乘试驾</source>
        <translation>Test drives</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="158"/>
        <source>试驾车队</source>
        <translation>Test-drive fleet</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="159"/>
        <location filename="../../ui/testdrive/page.py" line="162"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="159"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="159"/>
        <location filename="../../ui/testdrive/page.py" line="163"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="160"/>
        <source>里程 (km)</source>
        <translation>Mileage (km)</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="162"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="162"/>
        <source>预约号</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="162"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="163"/>
        <source>销售顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="163"/>
        <source>驾驶证号</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="163"/>
        <source>出车</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="164"/>
        <source>还车</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="164"/>
        <source>评分</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="164"/>
        <source>客户反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="165"/>
        <source>新增试驾车…</source>
        <translation>Add a car…</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="165"/>
        <location filename="../../ui/testdrive/page.py" line="280"/>
        <source>退役</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="166"/>
        <source>恢复可用</source>
        <translation>Back in service</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="166"/>
        <source>预约试驾…</source>
        <translation>Book a test drive…</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="167"/>
        <source>打印试驾协议</source>
        <translation>Print the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="168"/>
        <source>保存协议 PDF</source>
        <translation>Save the agreement (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="168"/>
        <source>出车…</source>
        <translation>Drive out…</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="169"/>
        <source>还车…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="169"/>
        <source>试驾反馈…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="170"/>
        <location filename="../../ui/testdrive/page.py" line="262"/>
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="170"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="223"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="260"/>
        <source>取消 %1 的试驾预约（%2）？</source>
        <translation>Cancel %1&apos;s test drive (%2)?</translation>
    </message>
    <message>
        <location filename="../../ui/testdrive/page.py" line="279"/>
        <source>让 %1 退出试驾车队？</source>
        <translation>Take %1 out of the test-drive fleet?</translation>
    </message>
</context>
<context>
    <name>TierOverrideDialog</name>
    <message>
        <location filename="../../ui/widgets/tier_override_dialog.py" line="83"/>
        <source>调整客户等级</source>
        <translation>Set the customer&apos;s level</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tier_override_dialog.py" line="84"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tier_override_dialog.py" line="84"/>
        <source>调整人</source>
        <translation>Set by</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tier_override_dialog.py" line="85"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tier_override_dialog.py" line="87"/>
        <source>必填，如：集团大客户</source>
        <translation>Required, e.g. group key account</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tier_override_dialog.py" line="88"/>
        <source>当前等级：%1（%2）</source>
        <translation>Level now: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tier_override_dialog.py" line="93"/>
        <source>按 RFM 自动（%1）</source>
        <translation>Automatic by RFM (%1)</translation>
    </message>
</context>
<context>
    <name>TierText</name>
    <message>
        <location filename="../../ui/widgets/tier_override_dialog.py" line="36"/>
        <source>手动设定：%1 · %2 · 原因：%3</source>
        <extracomment>The combo&apos;s value for &quot;no override: the computed level&quot;.</extracomment>
        <translation>Set by hand: %1 · %2 · reason: %3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tier_override_dialog.py" line="41"/>
        <source>尚未按 RFM 计算</source>
        <translation>Not computed by RFM yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tier_override_dialog.py" line="42"/>
        <source>按 RFM 计算（%1 · 近一年到店 %2 次 · 消费 ¥%3）</source>
        <translation>Computed by RFM (%1 · %2 visits in the year · spent ¥%3)</translation>
    </message>
</context>
<context>
    <name>TodayStrip</name>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="42"/>
        <source>今日到店 %1</source>
        <extracomment>The figures, in the strip&apos;s order.</extracomment>
        <translation>Arrivals %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="42"/>
        <source>预约 %1</source>
        <translation>Booked %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="43"/>
        <source>已到 %1</source>
        <translation>Arrived %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="43"/>
        <source>迟到 %1</source>
        <translation>Late %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="44"/>
        <source>在店车辆 %1</source>
        <translation>In the shop %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="44"/>
        <source>进度待更新 %1</source>
        <translation>Updates due %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="45"/>
        <source>今日到店的车辆（点击查看）</source>
        <translation>Cars that arrived today (click to see them)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="46"/>
        <source>今日全部预约（点击查看）</source>
        <translation>All of today&apos;s bookings (click to see them)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="47"/>
        <source>已到店的预约客户（点击查看）</source>
        <translation>Booked customers who have arrived (click to see them)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="48"/>
        <source>预约时间已过 15 分钟仍未到店（点击查看）</source>
        <translation>Not here 15 minutes after their slot began (click to see them)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="49"/>
        <source>已接车、尚未交车的车辆（点击查看）</source>
        <translation>Cars checked in and not yet handed back (click to see them)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_strip.py" line="50"/>
        <source>在修超过 30 分钟未更新进度（点击查看）</source>
        <translation>In the workshop with no progress update for 30 minutes (click to see them)</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="82"/>
        <source>门店调拨（向集团其他门店调货）</source>
        <translation>Transfers (parts from the group&apos;s other stores)</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="83"/>
        <location filename="../../ui/backoffice/transfer_panel.py" line="93"/>
        <source>配件号</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="84"/>
        <source>调出门店</source>
        <translation>Store that sends</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="85"/>
        <source>无其他门店</source>
        <translation>No other store</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="89"/>
        <source>申请调拨</source>
        <translation>Request transfer</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="90"/>
        <location filename="../../ui/backoffice/transfer_panel.py" line="147"/>
        <source>发出</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="91"/>
        <location filename="../../ui/backoffice/transfer_panel.py" line="149"/>
        <source>收货</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="92"/>
        <location filename="../../ui/backoffice/transfer_panel.py" line="151"/>
        <source>取消申请</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="93"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="93"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="94"/>
        <source>调出</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="94"/>
        <source>调入</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="94"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="95"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="95"/>
        <source>申请时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="139"/>
        <source>已申请调拨</source>
        <translation>Transfer requested</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="147"/>
        <source>发出调拨 %1 至 %2？发出后库存即扣减。</source>
        <translation>Send %1 to %2? The stock goes down when it is sent.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="149"/>
        <source>收到调拨 %1（来自 %2）并入库？</source>
        <translation>Receive %1 (from %2) onto the shelf?</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice/transfer_panel.py" line="151"/>
        <source>取消调拨申请 %1（向 %2）？</source>
        <translation>Cancel the request for %1 (from %2)?</translation>
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
        <location filename="../../ui/voice/page.py" line="51"/>
        <source>投诉 (超时 %1)</source>
        <translation>Complaints (%1 overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/voice/page.py" line="52"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/voice/page.py" line="58"/>
        <source>待回访 (%1)</source>
        <translation>Surveys due (%1)</translation>
    </message>
</context>
<context>
    <name>VoiceText</name>
    <message>
        <location filename="../../ui/widgets/voice_text.py" line="15"/>
        <source>⚠ 未结投诉（%1·%2）：已 %3，%4，负责人 %5。请先了解情况再接待。</source>
        <translation>⚠ Open complaint (%1 · %2): %3 old, %4, owner %5. Read up before greeting.</translation>
    </message>
</context>
<context>
    <name>WorkOrderListDialog</name>
    <message>
        <location filename="../../ui/reception/today_list.py" line="51"/>
        <source>在店车辆</source>
        <translation>Cars in the shop</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_list.py" line="51"/>
        <source>进度待更新</source>
        <translation>Progress updates due</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_list.py" line="52"/>
        <source>工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_list.py" line="52"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_list.py" line="52"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_list.py" line="52"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_list.py" line="53"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_list.py" line="53"/>
        <source>承诺交车</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../ui/reception/today_list.py" line="53"/>
        <source>上次更新</source>
        <translation>Last update</translation>
    </message>
</context>
<context>
    <name>WorkOrderWindow</name>
    <message>
        <location filename="../../ui/service/work_order.py" line="283"/>
        <source>接车</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="283"/>
        <source>项目与报价</source>
        <translation>Lines and estimate</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="283"/>
        <source>检查单</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="284"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="287"/>
        <source>里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="287"/>
        <source>油量/电量</source>
        <translation>Fuel / charge</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="287"/>
        <source>客户描述</source>
        <translation>Customer&apos;s concerns</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="287"/>
        <source>车内贵重物品</source>
        <translation>Valuables in the car</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="288"/>
        <source>承诺交车时间</source>
        <translation>Promised for</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="288"/>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="288"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="291"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="291"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="291"/>
        <location filename="../../ui/service/work_order.py" line="298"/>
        <source>工时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="291"/>
        <source>费率/单价</source>
        <translation>Rate / price</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="291"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="292"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="292"/>
        <source>客户确认</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="292"/>
        <location filename="../../ui/service/work_order.py" line="298"/>
        <source>确认人</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="292"/>
        <source>确认时间</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="293"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="293"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="293"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="294"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="294"/>
        <location filename="../../ui/service/work_order.py" line="296"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="295"/>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="295"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="297"/>
        <source>保养项目</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="297"/>
        <source>配件</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="300"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="301"/>
        <source>添加配件</source>
        <translation>Add part</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="302"/>
        <source>添加工时</source>
        <translation>Add labour</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="303"/>
        <source>工时项目，如 异响诊断</source>
        <translation>Labour, e.g. noise diagnosis</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="304"/>
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="305"/>
        <source> 元/小时</source>
        <translation> CNY/h</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="306"/>
        <source>客户姓名</source>
        <translation>Customer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="307"/>
        <source>客户同意</source>
        <translation>Customer approves</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="308"/>
        <source>客户拒绝</source>
        <translation>Customer declines</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="309"/>
        <location filename="../../ui/service/work_order.py" line="513"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="310"/>
        <source>以前拒绝的项目（建议再次推荐）</source>
        <translation>Declined before (offer again)</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="311"/>
        <source>再次推荐</source>
        <translation>Offer again</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="312"/>
        <source>保存检查单</source>
        <translation>Save checklist</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="313"/>
        <source>进度说明，如 已拆检刹车</source>
        <translation>Progress, e.g. brakes taken apart</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="314"/>
        <source>更新进度</source>
        <translation>Update progress</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="315"/>
        <source>打印工单</source>
        <translation>Print work order</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="316"/>
        <source>打印检查报告</source>
        <translation>Print inspection report</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="317"/>
        <source>打印交车结算单</source>
        <translation>Print pick-up summary</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="318"/>
        <source>工单另存为 PDF</source>
        <translation>Save work order as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="354"/>
        <source>工单 %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="358"/>
        <source>顾问 %1</source>
        <translation>Advisor %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="359"/>
        <source>开单 %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="363"/>
        <source>超过 30 分钟未更新进度</source>
        <translation>no progress update for 30 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="367"/>
        <source>接车并开始诊断</source>
        <translation>Check in and start diagnosis</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="367"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="369"/>
        <source>预估合计 %1 · 已确认 %2</source>
        <translation>Estimate %1 · approved %2</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="412"/>
        <source>当前状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="416"/>
        <source>改为“%1”</source>
        <translation>Move to “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="493"/>
        <source>请先选择项目。</source>
        <translation>Select lines first.</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="505"/>
        <source>已删除 %1 个项目：%2</source>
        <translation>%1 line(s) deleted: %2</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="512"/>
        <source>删除 %1 个项目？
%2</source>
        <translation>Remove %1 line(s)?
%2</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="557"/>
        <source>已取消工单 %1</source>
        <translation>Work order %1 cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="562"/>
        <source>取消工单 %1？</source>
        <translation>Cancel work order %1?</translation>
    </message>
    <message>
        <location filename="../../ui/service/work_order.py" line="563"/>
        <source>取消工单</source>
        <translation>Cancel work order</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>内部错误，已记录到日志（%1）</source>
        <translation>Internal error, written to the log (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>无法连接数据库，正在重试。在此期间的操作不会保存。</source>
        <translation>The database cannot be reached; retrying. Nothing done meanwhile is saved.</translation>
    </message>
</context>
</TS>

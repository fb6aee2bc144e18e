<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArrivalPopup</name>
    <message>
        <location filename="../../ui/arrival_popup.py" line="31"/>
        <source>金卡</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="31"/>
        <source>银卡</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="31"/>
        <source>铜卡</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="31"/>
        <source>普通</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="33"/>
        <source>待接车</source>
        <translation>Waiting for check-in</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="33"/>
        <source>诊断中</source>
        <translation>Diagnosing</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="33"/>
        <source>待客户确认</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="34"/>
        <source>维修中</source>
        <translation>In repair</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="34"/>
        <source>质检中</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="34"/>
        <source>待交车</source>
        <translation>Ready for pick-up</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="35"/>
        <source>已交车</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="35"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="37"/>
        <source>前台</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="38"/>
        <source>销售顾问</source>
        <translation>Sales consultant</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="39"/>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="40"/>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="41"/>
        <source>客服</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="42"/>
        <source>店长</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="114"/>
        <source>%1 到店</source>
        <translation>%1 has arrived</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="121"/>
        <source>注意：有 %1 辆车的车牌与此相近，请核对车牌。</source>
        <translation>Careful: %1 other plates look like this one; check the plate.</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="124"/>
        <source>⚠ 该客户有未结投诉，请先了解情况再接待。</source>
        <translation>⚠ This customer has an open complaint: read it before greeting them.</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="129"/>
        <source>在修工单 %1：%2（承诺 %3）</source>
        <translation>Work order %1: %2 (promised %3)</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="134"/>
        <source>首次到店</source>
        <translation>first visit</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="135"/>
        <source>上次到店：%1 · 共 %2 次</source>
        <translation>Last visit: %1 · %2 visits</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="136"/>
        <source>销售顾问：%1</source>
        <translation>Sales consultant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="137"/>
        <source>服务顾问：%1</source>
        <translation>Service advisor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="146"/>
        <source>今日预约 %1 %2 · %3 · 服务顾问 %4</source>
        <translation>Booked today %1 %2 · %3 · advisor %4</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="154"/>
        <source>接车登记(&amp;C)</source>
        <translation>&amp;Check in</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="160"/>
        <source>交接(&amp;H)</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="164"/>
        <source>客户档案(&amp;O)</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="166"/>
        <location filename="../../ui/arrival_popup.py" line="180"/>
        <location filename="../../ui/arrival_popup.py" line="212"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="171"/>
        <source>未登记车主</source>
        <translation>no owner on file</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="172"/>
        <source>请确认来车</source>
        <translation>Please confirm the car</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="175"/>
        <source>%1 — 是否为 %2（%3）？</source>
        <translation>%1 — is this %2 (%3)?</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="178"/>
        <source>是，确认(&amp;Y)</source>
        <translation>&amp;Yes, confirm</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="179"/>
        <source>不是(&amp;N)</source>
        <translation>&amp;No, someone else</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="184"/>
        <source>新访客</source>
        <translation>New visitor</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="187"/>
        <source>识别结果与多辆车相近（%1），无法确定是哪位客户，请人工核对。</source>
        <translation>The read fits several vehicles (%1): nobody can be told apart, check by eye.</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="194"/>
        <source>看车购车</source>
        <translation>Buying a car</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="194"/>
        <source>保养维修</source>
        <translation>Service / repair</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="195"/>
        <source>提车</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="195"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="199"/>
        <source>潜在客户（看车）</source>
        <translation>Prospect (buying)</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="200"/>
        <source>售后客户</source>
        <translation>Service customer</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="204"/>
        <source>车牌（可更正）</source>
        <translation>Plate (correct it if misread)</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="205"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="206"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="207"/>
        <source>来访目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="208"/>
        <source>登记为</source>
        <translation>Register as</translation>
    </message>
    <message>
        <location filename="../../ui/arrival_popup.py" line="211"/>
        <source>登记(&amp;R)</source>
        <translation>&amp;Register</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../ui/customer_window.py" line="158"/>
        <source>客户档案</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="159"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="159"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="159"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="159"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="160"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="160"/>
        <source>客户等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="160"/>
        <source>同意联系</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="160"/>
        <source>同意车牌识别</source>
        <translation>Plate recognition</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="161"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="164"/>
        <source>同意接收回访与邀约</source>
        <translation>Agrees to follow-up calls and invitations</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="165"/>
        <source>同意到店车牌识别</source>
        <translation>Agrees to plate recognition at the gate</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="166"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="167"/>
        <source>载入最新资料（放弃我的修改）</source>
        <translation>Load the latest (discard my edit)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="168"/>
        <source>先生</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="168"/>
        <source>女士</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="168"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="169"/>
        <source>展厅到店</source>
        <translation>Showroom walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="169"/>
        <source>道闸识别</source>
        <translation>Gate camera</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="169"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="170"/>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="170"/>
        <source>转介绍</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="170"/>
        <source>车展活动</source>
        <translation>Motor show / event</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="171"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="173"/>
        <source>金卡</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="173"/>
        <source>银卡</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="173"/>
        <source>铜卡</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="174"/>
        <source>普通</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="176"/>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="176"/>
        <source>到店记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="176"/>
        <source>预约</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="177"/>
        <source>报价单</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="177"/>
        <source>工单</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="179"/>
        <location filename="../../ui/customer_window.py" line="181"/>
        <location filename="../../ui/customer_window.py" line="182"/>
        <location filename="../../ui/customer_window.py" line="185"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="179"/>
        <location filename="../../ui/customer_window.py" line="183"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="179"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="180"/>
        <source>购车日期</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="180"/>
        <source>保险到期</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="181"/>
        <source>到店时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="181"/>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="181"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="182"/>
        <source>预约时间</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="182"/>
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="182"/>
        <location filename="../../ui/customer_window.py" line="184"/>
        <location filename="../../ui/customer_window.py" line="186"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="183"/>
        <source>报价单号</source>
        <translation>Quote no.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="183"/>
        <source>版本</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="184"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="185"/>
        <source>工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="185"/>
        <source>开单时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="186"/>
        <source>里程 (km)</source>
        <translation>Mileage (km)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="215"/>
        <source>销售顾问：%1</source>
        <translation>Sales consultant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="216"/>
        <source>服务顾问：%1</source>
        <translation>Service advisor: %1</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers_page.py" line="104"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="105"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="105"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="105"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="105"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="106"/>
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="106"/>
        <source>匹配方式</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="117"/>
        <source>找到 %1 位客户</source>
        <translation>%1 customers found</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>DealerDesk 智慧门店</source>
        <extracomment>The pages&apos; keys, in navigation order.</extracomment>
        <translation>DealerDesk Smart Store</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>前台接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>售后服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>关于 DealerDesk</source>
        <translation>About DealerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>重新连接中</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>未配置</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>道闸摄像头：%1</source>
        <translation>Gate camera: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>DealerDesk：汽车 4S 店前台与售后服务台。</source>
        <translation>DealerDesk: the front desk and service desk of a car dealership.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/desk.py" line="52"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="53"/>
        <source>客户档案、试乘试驾、电子报价单与金融方案对比。</source>
        <translation>Customer profiles, test drives, quotes and finance plan comparison.</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="56"/>
        <source>售后服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="57"/>
        <source>预约保养、接车、工单与工单看板。</source>
        <translation>Service bookings, check-in, work orders and the work-order board.</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../ui/reception_page.py" line="26"/>
        <source>已到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="27"/>
        <source>未到</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="28"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="29"/>
        <source>爽约</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="30"/>
        <location filename="../../ui/reception_page.py" line="193"/>
        <source>待确认</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="31"/>
        <source>看车购车</source>
        <translation>Buying a car</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="32"/>
        <source>保养维修</source>
        <translation>Service / repair</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="33"/>
        <source>提车</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="34"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="35"/>
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="36"/>
        <source>重新连接中</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="37"/>
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="38"/>
        <source>未配置</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="132"/>
        <source>前台接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="133"/>
        <source>今日到店</source>
        <translation>Today&apos;s arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="134"/>
        <source>今日预约客户</source>
        <translation>Expected today</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="135"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="135"/>
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="135"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="135"/>
        <location filename="../../ui/reception_page.py" line="136"/>
        <location filename="../../ui/reception_page.py" line="138"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="136"/>
        <location filename="../../ui/reception_page.py" line="138"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="136"/>
        <location filename="../../ui/reception_page.py" line="138"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="137"/>
        <source>来访目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="137"/>
        <source>接待人</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="138"/>
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="139"/>
        <source>工位</source>
        <translation>Bay</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="139"/>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="139"/>
        <source>到店</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="141"/>
        <source>道闸画面</source>
        <translation>Gate camera view</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="171"/>
        <source>道闸摄像头：%1</source>
        <translation>Gate camera: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception_page.py" line="194"/>
        <source>新访客</source>
        <translation>New visitor</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/customers_page.py" line="43"/>
        <source>车牌、手机号（或后四位）、姓名或拼音首字母，如 zw</source>
        <translation>Plate, mobile (or its last four digits), name or pinyin initials, e.g. zw</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="26"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32"/>
        <source>视频文件、rtsp:// 或 http:// 地址、USB 摄像头编号</source>
        <translation>Video file, rtsp:// or http:// URL, or USB camera number</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>留空：本机 SQLite 数据库</source>
        <translation>Empty: the SQLite database on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>ONNX（默认）</source>
        <translation>ONNX (default)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>道闸摄像头</source>
        <translation>Gate camera</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>数据库地址（重启后生效）</source>
        <translation>Database URL (after restart)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>识别引擎</source>
        <translation>Recognition engine</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>到店弹窗自动关闭</source>
        <translation>Close arrival pop-ups after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>同一车牌冷却时间</source>
        <translation>Same-plate cooldown</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>车牌抓拍保留</source>
        <translation>Keep plate snapshots for</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <location filename="../../ui/vehicle_form.py" line="65"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="65"/>
        <source>车架号 (VIN)</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="65"/>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="66"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="66"/>
        <source>年款</source>
        <translation>Model year</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="66"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="67"/>
        <source>购车日期</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="67"/>
        <source>保险到期</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="70"/>
        <source>修改车辆</source>
        <translation>Edit vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="70"/>
        <source>添加车辆</source>
        <translation>Add a vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="71"/>
        <source>保存车辆</source>
        <translation>Save vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="72"/>
        <source>新车辆</source>
        <translation>New vehicle</translation>
    </message>
</context>
</TS>

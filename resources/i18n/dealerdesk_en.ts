<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../ui/customer_window.py" line="158" />
        <source>客户档案</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="159" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="159" />
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="159" />
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="159" />
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="160" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="160" />
        <source>客户等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="160" />
        <source>同意联系</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="160" />
        <source>同意车牌识别</source>
        <translation>Plate recognition</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="161" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="164" />
        <source>同意接收回访与邀约</source>
        <translation>Agrees to follow-up calls and invitations</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="165" />
        <source>同意到店车牌识别</source>
        <translation>Agrees to plate recognition at the gate</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="166" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="167" />
        <source>载入最新资料（放弃我的修改）</source>
        <translation>Load the latest (discard my edit)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="168" />
        <source>先生</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="168" />
        <source>女士</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="168" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="169" />
        <source>展厅到店</source>
        <translation>Showroom walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="169" />
        <source>道闸识别</source>
        <translation>Gate camera</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="169" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="170" />
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="170" />
        <source>转介绍</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="170" />
        <source>车展活动</source>
        <translation>Motor show / event</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="171" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="173" />
        <source>金卡</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="173" />
        <source>银卡</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="173" />
        <source>铜卡</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="174" />
        <source>普通</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="176" />
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="176" />
        <source>到店记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="176" />
        <source>预约</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="177" />
        <source>报价单</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="177" />
        <source>工单</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="179" />
        <location filename="../../ui/customer_window.py" line="181" />
        <location filename="../../ui/customer_window.py" line="182" />
        <location filename="../../ui/customer_window.py" line="185" />
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="179" />
        <location filename="../../ui/customer_window.py" line="183" />
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="179" />
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="180" />
        <source>购车日期</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="180" />
        <source>保险到期</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="181" />
        <source>到店时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="181" />
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="181" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="182" />
        <source>预约时间</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="182" />
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="182" />
        <location filename="../../ui/customer_window.py" line="184" />
        <location filename="../../ui/customer_window.py" line="186" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="183" />
        <source>报价单号</source>
        <translation>Quote no.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="183" />
        <source>版本</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="184" />
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="185" />
        <source>工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="185" />
        <source>开单时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="186" />
        <source>里程 (km)</source>
        <translation>Mileage (km)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="215" />
        <source>销售顾问：%1</source>
        <translation>Sales consultant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customer_window.py" line="216" />
        <source>服务顾问：%1</source>
        <translation>Service advisor: %1</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers_page.py" line="104" />
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="105" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="105" />
        <source>称呼</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="105" />
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="105" />
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="106" />
        <source>等级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="106" />
        <source>匹配方式</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <location filename="../../ui/customers_page.py" line="117" />
        <source>找到 %1 位客户</source>
        <translation>%1 customers found</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>DealerDesk 智慧门店</source>
        <extracomment>The pages' keys, in navigation order.</extracomment>
        <translation>DealerDesk Smart Store</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>前台接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>售后服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <location filename="../../ui/main_window.py" line="140" />
        <source>关于 DealerDesk</source>
        <translation>About DealerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>重新连接中</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>未配置</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>道闸摄像头：%1</source>
        <translation>Gate camera: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>DealerDesk：汽车 4S 店前台与售后服务台。</source>
        <translation>DealerDesk: the front desk and service desk of a car dealership.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/desk.py" line="42" />
        <source>前台接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="43" />
        <source>道闸来车、今日到店与预约客户、散客登记。</source>
        <translation>Cars at the gate, today's arrivals and booked visitors, walk-in registration.</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="46" />
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="47" />
        <source>客户档案、试乘试驾、电子报价单与金融方案对比。</source>
        <translation>Customer profiles, test drives, quotes and finance plan comparison.</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="50" />
        <source>售后服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="51" />
        <source>预约保养、接车、工单与工单看板。</source>
        <translation>Service bookings, check-in, work orders and the work-order board.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/customers_page.py" line="43" />
        <source>车牌、手机号（或后四位）、姓名或拼音首字母，如 zw</source>
        <translation>Plate, mobile (or its last four digits), name or pinyin initials, e.g. zw</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="26" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32" />
        <source>视频文件、rtsp:// 或 http:// 地址、USB 摄像头编号</source>
        <translation>Video file, rtsp:// or http:// URL, or USB camera number</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34" />
        <source>留空：本机 SQLite 数据库</source>
        <translation>Empty: the SQLite database on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36" />
        <source>ONNX（默认）</source>
        <translation>ONNX (default)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39" />
        <location filename="../../ui/settings_dialog.py" line="40" />
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41" />
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44" />
        <source>道闸摄像头</source>
        <translation>Gate camera</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45" />
        <source>数据库地址（重启后生效）</source>
        <translation>Database URL (after restart)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46" />
        <source>识别引擎</source>
        <translation>Recognition engine</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47" />
        <source>到店弹窗自动关闭</source>
        <translation>Close arrival pop-ups after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48" />
        <source>同一车牌冷却时间</source>
        <translation>Same-plate cooldown</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49" />
        <source>车牌抓拍保留</source>
        <translation>Keep plate snapshots for</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <location filename="../../ui/vehicle_form.py" line="65" />
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="65" />
        <source>车架号 (VIN)</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="65" />
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="66" />
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="66" />
        <source>年款</source>
        <translation>Model year</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="66" />
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="67" />
        <source>购车日期</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="67" />
        <source>保险到期</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="70" />
        <source>修改车辆</source>
        <translation>Edit vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="70" />
        <source>添加车辆</source>
        <translation>Add a vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="71" />
        <source>保存车辆</source>
        <translation>Save vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle_form.py" line="72" />
        <source>新车辆</source>
        <translation>New vehicle</translation>
    </message>
</context>
</TS>

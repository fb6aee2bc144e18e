<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>DealerDesk 智慧门店</source>
        <extracomment>The pages' keys, in navigation order.</extracomment>
        <translation>DealerDesk Smart Store</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>前台接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>售后服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <location filename="../../ui/main_window.py" line="139" />
        <source>关于 DealerDesk</source>
        <translation>About DealerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>重新连接中</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>未配置</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>道闸摄像头：%1</source>
        <translation>Gate camera: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>DealerDesk：汽车 4S 店前台与售后服务台。</source>
        <translation>DealerDesk: the front desk and service desk of a car dealership.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/desk.py" line="38" />
        <source>前台接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="39" />
        <source>道闸来车、今日到店与预约客户、散客登记。</source>
        <translation>Cars at the gate, today's arrivals and booked visitors, walk-in registration.</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="42" />
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="43" />
        <source>客户档案、试乘试驾、电子报价单与金融方案对比。</source>
        <translation>Customer profiles, test drives, quotes and finance plan comparison.</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="46" />
        <source>售后服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="47" />
        <source>预约保养、接车、工单与工单看板。</source>
        <translation>Service bookings, check-in, work orders and the work-order board.</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="50" />
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/desk.py" line="51" />
        <source>按车牌、手机号或姓名查找客户。</source>
        <translation>Find customers by plate, mobile or name.</translation>
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
</TS>

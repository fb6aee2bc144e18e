"""The workshop's catalogue for the demo: bays, service items and spare parts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.models import BayKind

#: Bays: six normal ones and a 30-minute quick-service lane.
BAYS: tuple[tuple[str, BayKind], ...] = (
    *((f"{n}号工位", BayKind.NORMAL) for n in range(1, 7)),
    ("快保通道", BayKind.QUICK_LANE),
)


@dataclass(frozen=True, slots=True)
class Item:
    """A service item with its labour time, price and the parts it uses."""

    code: str
    name: str
    hours: Decimal
    price: Decimal
    quick: bool = False
    parts: tuple[tuple[str, int], ...] = ()


def _item(code: str, name: str, hours: str, price: str, quick: bool = False,
          parts: tuple[tuple[str, int], ...] = ()) -> Item:
    return Item(code, name, Decimal(hours), Decimal(price), quick, parts)


ITEMS: tuple[Item, ...] = (
    _item("FS01", "首保", "1.0", "0.00", parts=(("08880-83717", 4), ("04152-YZZA1", 1))),
    _item("MS01", "常规保养", "1.0", "300.00", parts=(("08880-83717", 4), ("04152-YZZA1", 1))),
    _item("MS02", "更换机油机滤", "0.5", "150.00", True, (("08880-83717", 4), ("04152-YZZA1", 1))),
    _item("AL01", "四轮定位", "1.0", "280.00"),
    _item("BR01", "刹车片更换", "1.2", "360.00", parts=(("04465-06200", 1),)),
    _item("AC01", "空调检测", "0.5", "120.00", True),
    _item("AC02", "更换空调滤芯", "0.3", "60.00", True, (("87139-0E040", 1),)),
    _item("AF01", "更换空气滤芯", "0.3", "60.00", True, (("17801-0Y040", 1),)),
    _item("BT01", "电池检测", "0.3", "80.00", True),
    _item("EV01", "三电系统检测", "1.0", "200.00"),
    _item("BF01", "更换刹车油", "0.8", "180.00", parts=(("08823-80011", 1),)),
    _item("WP01", "更换雨刮片", "0.2", "40.00", True, (("85212-06200", 1),)),
    _item("TY01", "轮胎更换", "0.5", "100.00", parts=(("TY-215-55R17", 2),)),
    _item("SP01", "更换火花塞", "0.8", "200.00", parts=(("90919-01253", 4),)),
    _item("BP01", "钣金喷漆（单面）", "6.0", "1800.00"),
    _item("SC01", "四季检测", "0.5", "0.00", True),
)
ITEMS_BY_CODE = {item.code: item for item in ITEMS}

#: Spare parts: code, name, price, stock, low-stock threshold. Four sit below threshold.
PARTS: tuple[tuple[str, str, str, int, int], ...] = (
    ("08880-83717", "全合成机油 0W-20 1L", "98.00", 240, 60),
    ("04152-YZZA1", "机油滤清器", "68.00", 48, 15),
    ("17801-0Y040", "空气滤清器", "128.00", 22, 8),
    ("87139-0E040", "空调滤清器", "118.00", 3, 10),
    ("04465-06200", "前刹车片", "680.00", 2, 6),
    ("04466-06170", "后刹车片", "560.00", 9, 4),
    ("08823-80011", "刹车油 DOT4 1L", "120.00", 16, 6),
    ("90919-01253", "火花塞", "95.00", 7, 16),
    ("85212-06200", "雨刮片（对）", "168.00", 1, 5),
    ("28800-0V040", "12V 蓄电池", "880.00", 6, 3),
    ("TY-215-55R17", "轮胎 215/55 R17", "850.00", 14, 8),
    ("08889-80071", "长效冷却液 4L", "160.00", 20, 6),
    ("08885-02506", "变速箱油 ATF WS 1L", "260.00", 30, 8),
    ("81130-06K20", "前大灯总成", "4200.00", 2, 1),
    ("52119-06B20", "前保险杠", "2600.00", 3, 1),
)

LABOUR_RATE = Decimal("300.00")

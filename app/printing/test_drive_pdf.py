"""The test-drive agreement (试乘试驾协议), pure reportlab, in memory: the customer, the
car, the times, the licence (masked: only its last four characters are printed, the full
number stays in the database), fuel/charge and mileage out and back, the terms, and the
signatures."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from app.domain.code_names import label
from app.printing.cashier_pdf import heading
from app.printing.layout import (
    StoreInfo,
    bilingual,
    build_pdf,
    escape,
    local_text,
    make_styles,
    para,
)
from app.printing.work_order_pdf import signatures

#: The terms the customer signs (zh, en).
TERMS = (
    ("本人持有效驾驶证，驾龄满一年，未饮酒、未服用影响驾驶的药物。",
     "I hold a valid driving licence for at least a year; I have not drunk alcohol or "
     "taken medicine that impairs driving."),
    ("试驾时遵守交通法规，按销售顾问指定路线行驶，听从陪同人员指示。",
     "I obey the traffic laws, keep to the route the consultant sets and follow the "
     "accompanying staff's instructions."),
    ("试驾期间因本人违章或过错造成的罚款、损失由本人承担。",
     "Fines and damage caused by my violations or fault during the drive are mine to bear."),
    ("本店仅为办理本次试驾保存驾驶证信息，不作他用。",
     "The store keeps my licence details for this test drive only and for no other purpose."),
)


def render_agreement(drive: Any, store: StoreInfo) -> bytes:
    """The agreement of `drive` (`app.services.test_drives.DriveRecord`)."""
    s = make_styles()
    energy = ("电量", "Charge") if drive.new_energy else ("油量", "Fuel")
    story: list[Flowable] = [
        heading(s, "试乘试驾协议", "Test-drive agreement", drive.number, [
            (("客户", "Customer"), f"{drive.customer_name} · {drive.customer_mobile}"),
            (("驾驶证号", "Licence no."), drive.licence_masked),
            (("车辆", "Car"), f"{drive.plate_display} · {drive.model}"),
            (("预约时间", "Booked"), f"{local_text(drive.start_at)} – "
                                   f"{local_text(drive.end_at)[-5:]}"),
            (("销售顾问", "Consultant"), drive.consultant_name or "—"),
            (("状态", "Status"), f"{label(drive.status, kind='test_drive')} "
                               f"{label(drive.status, 'en', 'test_drive')}"),
            ((f"出车 时间/里程/{energy[0]}", f"Out: time, km, {energy[1]}"),
             _reading(drive.out_at, drive.mileage_out, drive.fuel_out)),
            ((f"还车 时间/里程/{energy[0]}", f"Back: time, km, {energy[1]}"),
             _reading(drive.back_at, drive.mileage_back, drive.fuel_back)),
        ]),
        para(bilingual("试驾须知", "Terms"), s.section),
        *[para(escape(f"{n}. {zh}") + f'<br/><font size="7" color="#5A6470">{escape(en)}</font>',
               s.body) for n, (zh, en) in enumerate(TERMS, 1)],
        signatures(s, [("客户签字", "Customer"), ("销售顾问", "Consultant")]),
    ]
    return build_pdf(story, store, drive.number, f"试乘试驾协议 {drive.number}", s)


def _reading(at, km: int | None, fuel: int | None) -> str:
    """A time, mileage and fuel/charge reading; blanks to fill by hand before it happens."""
    if at is None:
        return "____ 年 __ 月 __ 日 __:__ · ______ km · ____ %"
    mileage = f"{km} km" if km is not None else "______ km"
    level = f"{fuel} %" if fuel is not None else "____ %"
    return f"{local_text(at)} · {mileage} · {level}"

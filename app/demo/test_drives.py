"""The demo store's test drives: three fleet cars and today's drives (one back with the
customer's feedback, one out on the road, one booked), so the test-drive page has
something to show."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import select

from app.db import Database
from app.errors import Conflict
from app.models import Customer, CustomerKind
from app.services import catalogue, test_drives
from app.services.common import STORE_TZ, now_utc, store_today
from app.services.test_drives import BookingForm

#: plate, model, mileage (km): the demo fleet.
FLEET = (("粤ASJ001", "凯美瑞 2.0HG 双擎豪华版", 3260), ("粤ADS0001", "bZ4X 长续航 四驱 Pro", 1880),
         ("粤ASJ002", "威兰达 2.5L 双擎四驱", 5120))
#: Valid resident ID numbers the demo customers hold as licence numbers.
LICENCES = ("440106199003071231", "110105198805120018", "360426199101010071")


def build_test_drives(db: Database, store_id: int, now: datetime | None = None) -> None:
    """The fleet and three drives on the store's day of `now`: back at 11:00 with
    feedback, out since 14:00, booked for 16:00 (whatever hour the demo starts at)."""
    day = store_today(now_utc(now))
    cars = []
    for plate, model, km in FLEET:
        try:
            cars.append(test_drives.add_car(db, store_id, plate, model, km))
        except Conflict:            # a demo customer's car happens to carry the plate
            continue
    with db.session() as s:
        people = list(s.scalars(select(Customer.id).where(Customer.kind == CustomerKind.PROSPECT)
                                .order_by(Customer.id).limit(3)))
    consultants = catalogue.list_staff(db, "sales_consultant")
    if len(people) < 3 or len(cars) < 3 or not consultants:
        return
    hour = timedelta(hours=1)

    def book(car, person, start_hour, licence):
        start = datetime.combine(day, time(start_hour), STORE_TZ)
        form = BookingForm(car.id, person, consultants[0].id, start, start + hour, licence)
        return test_drives.book(db, store_id, form, now=start - 24 * hour)

    back = book(cars[0], people[0], 10, LICENCES[0])
    test_drives.start_drive(db, store_id, back.id, 3260, 85, agreement_signed=True,
                            now=back.start_at)
    test_drives.record_return(db, store_id, back.id, 3284, 80, now=back.end_at)
    test_drives.record_feedback(db, store_id, back.id, 5, "加速平顺，油耗比预期低，想再看看落地价。")
    out = book(cars[1], people[1], 14, LICENCES[1])
    test_drives.start_drive(db, store_id, out.id, 1880, 92, agreement_signed=True,
                            now=out.start_at)
    book(cars[2], people[2], 16, LICENCES[2])

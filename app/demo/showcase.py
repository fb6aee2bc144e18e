"""Hand-picked demo customers whose plates show what reception does with OCR mistakes.

- 粤B12345 is a customer and nothing sits one or two confusable characters away, so a read
  of 粤B1234S (5/S) is offered as a candidate for reception to confirm.
- 粤A5D123 and 粤A5Q123 belong to two different customers, so a read of 粤A50123 lies one
  confusable character from both and is never guessed between.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import CustomerTier


@dataclass(frozen=True, slots=True)
class Showcase:
    """One hand-picked customer with one vehicle and what today holds for them."""

    name: str
    salutation: str
    plate: str
    model: str
    tier: CustomerTier
    purchase_days_ago: int
    insurance_in_days: int | None = None
    history: bool = True
    booking_minute: int | None = None
    booking_item: str = "MS01"
    complaint: str = ""
    notes: str = ""


SHOWCASE: tuple[Showcase, ...] = (
    Showcase("陈志强", "先生", "粤B12345", "凯美瑞", CustomerTier.GOLD, 900,
             booking_minute=10 * 60, notes="偏好上午到店，喜欢喝美式咖啡"),
    Showcase("黄丽娟", "女士", "粤AD12345", "铂智4X", CustomerTier.SILVER, 100,
             insurance_in_days=12, history=False, booking_minute=10 * 60 + 30,
             booking_item="FS01", notes="首保到期，保险 12 天后到期"),
    Showcase("李建华", "先生", "粤A5D123", "汉兰达", CustomerTier.SILVER, 1500),
    Showcase("林晓燕", "女士", "粤A5Q123", "威兰达", CustomerTier.BRONZE, 700),
    Showcase("王伟", "先生", "粤A88B66", "雷凌", CustomerTier.STANDARD, 1200,
             complaint="上次保养后刹车异响，要求店长回电", notes="有未结投诉，接待前请先通知店长"),
)

#: Reads that demonstrate confusable matching: (read, what reception should do).
DEMO_READS: tuple[tuple[str, str], ...] = (
    ("粤B12345", "exact: 陈先生"),
    ("粤B1234S", "candidate: 粤B12345 (陈先生), to confirm"),
    ("粤A50123", "ambiguous: 粤A5D123 and 粤A5Q123, never guessed"),
    ("粤AD12345", "exact: 黄女士, first service and insurance due"),
    ("粤A88B66", "exact: 王先生, open complaint"),
)


def showcase_plates() -> list[str]:
    """The showcase customers' plates, in order."""
    return [s.plate for s in SHOWCASE]

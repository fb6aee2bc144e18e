"""Chinese names for the demo store: weighted surnames, given names, salutations, mobiles."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from math import gcd

from pypinyin import Style, lazy_pinyin

#: Common surnames with rough weights for a store in Guangdong (陈, 李, 黄 lead there).
SURNAMES: tuple[tuple[str, int], ...] = (
    ("陈", 60), ("李", 50), ("黄", 45), ("张", 40), ("王", 25), ("梁", 30), ("林", 30),
    ("刘", 30), ("吴", 22), ("罗", 20), ("何", 20), ("郑", 18), ("杨", 18), ("谢", 14),
    ("周", 14), ("郭", 12), ("曾", 12), ("邓", 12), ("冯", 10), ("许", 10), ("赖", 9),
    ("叶", 9), ("蔡", 9), ("朱", 9), ("苏", 8), ("钟", 8), ("潘", 8), ("卢", 8), ("赵", 8),
    ("徐", 7), ("马", 7), ("胡", 7), ("彭", 7), ("温", 6), ("余", 6), ("肖", 6), ("谭", 5),
    ("麦", 5), ("莫", 5), ("邱", 5), ("孙", 5), ("高", 5), ("方", 5), ("江", 5), ("关", 4),
    ("区", 3), ("董", 3), ("袁", 3), ("韦", 3), ("欧阳", 3), ("司徒", 2), ("上官", 1),
)

MALE_CHARS = "伟强磊军勇杰涛明超斌浩志俊鹏辉宇建华峰亮家文国兴健晨鑫子轩博嘉泽睿锦荣海德永振耀炜铭源逸昊航宏坤伦恒"
FEMALE_CHARS = "芳娜敏静丽艳娟霞秀玲婷雪慧颖琳欣怡佳倩萍燕丹洁梦晓诗雨思月淑美妍蓉薇琪悦婉瑶晴楠"

#: How staff address a customer after the surname.
SALUTATION = {"male": "先生", "female": "女士"}

#: Mainland mobile prefixes (1[3-9]x) in use.
MOBILE_PREFIXES: tuple[str, ...] = (
    *(f"13{d}" for d in range(10)), "145", "147", "150", "151", "152", "153", "155", "156",
    "157", "158", "159", "166", "171", "173", "175", "176", "177", "178",
    *(f"18{d}" for d in range(10)), "191", "198", "199",
)

_SURNAME_CUM = tuple(accumulate(w for _, w in SURNAMES))


@dataclass(frozen=True, slots=True)
class Person:
    """A generated name with its gender-appropriate salutation and pinyin initials."""

    name: str
    salutation: str
    initials: str
    gender: str


def random_person(rng: random.Random) -> Person:
    """A person with a weighted common surname and a one- or two-character given name."""
    surname = rng.choices(SURNAMES, cum_weights=_SURNAME_CUM)[0][0]
    gender = "male" if rng.random() < 0.58 else "female"
    chars = MALE_CHARS if gender == "male" else FEMALE_CHARS
    given = rng.choice(chars) if rng.random() < 0.3 else rng.choice(chars) + rng.choice(chars)
    name = surname + given
    return Person(name, SALUTATION[gender], initials(name), gender)


@lru_cache(maxsize=300_000)
def initials(name: str) -> str:
    """Lower-case pinyin initials (张伟 → 'zw'), computed as the customer service does."""
    return "".join(lazy_pinyin(name, style=Style.FIRST_LETTER)).lower()[:20]


def coprime_multiplier(rng: random.Random, size: int) -> int:
    """A multiplier coprime with `size`, so `(a * k + b) % size` visits every value once."""
    while True:
        a = rng.randrange(size // 3, size) | 1
        if gcd(a, size) == 1:
            return a


class MobilePool:
    """Unique mainland mobile numbers: an affine permutation of the numbering space."""

    SPAN = 100_000_000

    def __init__(self, rng: random.Random) -> None:
        self.size = len(MOBILE_PREFIXES) * self.SPAN
        self.a = coprime_multiplier(rng, self.size)
        self.b = rng.randrange(self.size)
        self.k = 0

    def take(self) -> str:
        """The next number, never one handed out before."""
        n = (self.a * self.k + self.b) % self.size
        self.k += 1
        return f"{MOBILE_PREFIXES[n // self.SPAN]}{n % self.SPAN:08d}"

"""Vehicles for the demo store: a brand/model/trim catalogue, unique plates and VINs."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate, combinations

from app.demo.names import coprime_multiplier
from app.domain.plates import SERIAL_LETTERS, confusable_variants
from app.domain.vin import with_check_digit


@dataclass(frozen=True, slots=True)
class Model:
    """A model the store's customers drive: maker code (WMI), trims with their MSRP."""

    brand: str
    model: str
    wmi: str
    vds: str
    new_energy: bool
    since: int
    trims: tuple[tuple[str, Decimal], ...]
    weight: int
    own_brand: bool = False


def _trims(*pairs: tuple[str, int]) -> tuple[tuple[str, Decimal], ...]:
    return tuple((name, Decimal(price)) for name, price in pairs)


#: The store sells GAC Toyota; customers also bring other brands (trade-ins, family cars).
CATALOGUE: tuple[Model, ...] = (
    Model("广汽丰田", "凯美瑞", "LVG", "B1BE2", False, 2018, _trims(
        ("2.0G 豪华版", 199800), ("2.0S 锋尚版", 209800), ("2.5HG 双擎豪华版", 229800)), 18, True),
    Model("广汽丰田", "雷凌", "LVG", "A1AE1", False, 2018, _trims(
        ("185T 运动版", 119800), ("双擎 1.8L 领先版", 139800)), 14, True),
    Model("广汽丰田", "汉兰达", "LVG", "D4DH3", False, 2018, _trims(
        ("2.5L 双擎四驱 精英版", 279800), ("2.5L 双擎四驱 豪华版", 319800)), 9, True),
    Model("广汽丰田", "威兰达", "LVG", "C2CR4", False, 2020, _trims(
        ("2.0L 两驱 豪华版", 189800), ("2.5L 双擎四驱 尊贵版", 249800)), 10, True),
    Model("广汽丰田", "致炫", "LVG", "A2AY5", False, 2018, _trims(("1.5L 领先版", 79800),), 5, True),
    Model("广汽丰田", "赛那", "LVG", "E5ES6", False, 2021, _trims(
        ("2.5L 混动 舒适版", 309800), ("2.5L 混动 尊贵版", 369800)), 4, True),
    Model("广汽丰田", "铂智4X", "LVG", "F7EB7", True, 2022, _trims(
        ("615 长续航 Pro", 199800), ("560 四驱 Max", 229800)), 6, True),
    Model("广汽丰田", "铂智3X", "LVG", "F6EB8", True, 2025, _trims(
        ("520 Air", 109800), ("610 Pro", 139800)), 6, True),
    Model("比亚迪", "秦PLUS DM-i", "LGX", "C4E2Z", True, 2021, _trims(("120KM 领先型", 99800),), 5),
    Model("比亚迪", "宋PLUS EV", "LGX", "D3E4A", True, 2021, _trims(("605KM 旗舰型", 169800),), 3),
    Model("特斯拉", "Model Y", "LRW", "YGEE1", True, 2021, _trims(("后轮驱动版", 263900),), 3),
    Model("广汽本田", "雅阁", "LHG", "CV165", False, 2018, _trims(("260TURBO 精英版", 179800),), 4),
    Model("上汽大众", "帕萨特", "LSV", "D6B2Y", False, 2018, _trims(("330TSI 精英版", 209900),), 3),
    Model("东风日产", "轩逸", "LGB", "H12Y5", False, 2018, _trims(("1.6L XL 悦享版", 119900),), 4),
    Model("华晨宝马", "3系", "LBV", "5Y710", False, 2018, _trims(("325Li M运动套装", 349900),), 2),
)

COLOURS = ("珍珠白", "铂金白", "曜石黑", "星河灰", "铂金银", "天青蓝", "熔岩红", "香槟金", "墨玉绿")
_COLOUR_CUM = tuple(accumulate((24, 10, 20, 14, 10, 8, 5, 5, 4)))

#: Model-year codes (VIN position 10).
YEAR_CODES = {2015: "F", 2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M",
              2022: "N", 2023: "P", 2024: "R", 2025: "S", 2026: "T", 2027: "V"}
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def pick_model(rng: random.Random, year: int, *, own_brand: bool | None = None) -> Model:
    """A model on sale in `year`, weighted by popularity (own brand only when asked)."""
    fits = [m for m in _on_sale(year) if own_brand is None or m.own_brand == own_brand]
    return rng.choices(fits, weights=[m.weight for m in fits])[0]


_ON_SALE: dict[int, tuple[Model, ...]] = {}


def _on_sale(year: int) -> tuple[Model, ...]:
    if year not in _ON_SALE:
        _ON_SALE[year] = tuple(m for m in CATALOGUE if m.since <= year)
    return _ON_SALE[year]


def pick_colour(rng: random.Random) -> str:
    """A body colour, white and black most often."""
    return rng.choices(COLOURS, cum_weights=_COLOUR_CUM)[0]


class VinPool:
    """Unique VINs with valid check digits: plant letter and serial come from a permutation."""

    def __init__(self, rng: random.Random) -> None:
        self.size = len(_VIN_CHARS) * 1_000_000
        self.a = coprime_multiplier(rng, self.size)
        self.b = rng.randrange(self.size)
        self.k = 0

    def take(self, model: Model, year: int) -> str:
        """The next VIN for `model` of model year `year`."""
        n = (self.a * self.k + self.b) % self.size
        self.k += 1
        plant = _VIN_CHARS[n // 1_000_000]
        code = YEAR_CODES.get(year, "T")
        return with_check_digit(f"{model.wmi}{model.vds}0{code}{plant}{n % 1_000_000:06d}")


class PlateSpace:
    """All plates of some templates, numbered 0..size-1.

    A template is a plate prefix (粤A) and a serial pattern: D a digit, L a serial letter,
    N a new-energy letter (D or F).
    """

    ALPHABETS = {"D": "0123456789", "L": SERIAL_LETTERS, "N": "DF"}

    def __init__(self, templates: list[tuple[str, str]]) -> None:
        self.templates = templates
        self.sizes = [self._size(pattern) for _, pattern in templates]
        self.size = sum(self.sizes)

    def _size(self, pattern: str) -> int:
        size = 1
        for symbol in pattern:
            size *= len(self.ALPHABETS[symbol])
        return size

    def plate(self, n: int) -> str:
        """The plate numbered `n`."""
        for (prefix, pattern), size in zip(self.templates, self.sizes):
            if n < size:
                return prefix + self._serial(pattern, n)
            n -= size
        raise IndexError(n)

    def _serial(self, pattern: str, n: int) -> str:
        chars = []
        for symbol in reversed(pattern):
            alphabet = self.ALPHABETS[symbol]
            n, r = divmod(n, len(alphabet))
            chars.append(alphabet[r])
        return "".join(reversed(chars))


def _blue_patterns(max_letters: int) -> list[str]:
    patterns = []
    for k in range(max_letters + 1):
        for spots in combinations(range(5), k):
            patterns.append("".join("L" if i in spots else "D" for i in range(5)))
    return patterns


def blue_space(province: str, home: str, others: str) -> PlateSpace:
    """Blue 7-character plates: the home city with up to two letters, other cities one."""
    templates = [(province + home, p) for p in _blue_patterns(2)]
    templates += [(province + city, p) for city in others for p in _blue_patterns(1)]
    return PlateSpace(templates)


def green_space(province: str, cities: str) -> PlateSpace:
    """Green 8-character small new-energy plates (粤AD12345, 粤AF0K123)."""
    return PlateSpace([(province + c, p) for c in cities for p in ("NDDDDD", "NLDDDD")])


class PlatePool:
    """Unique plates drawn from a space in a seeded order, skipping reserved ones."""

    def __init__(self, space: PlateSpace, rng: random.Random, reserved: set[str]) -> None:
        self.space = space
        self.a = coprime_multiplier(rng, space.size)
        self.b = rng.randrange(space.size)
        self.reserved = reserved
        self.k = 0

    def take(self) -> str:
        """The next plate: never one handed out before, never a reserved one."""
        while True:
            plate = self.space.plate((self.a * self.k + self.b) % self.space.size)
            self.k += 1
            if plate not in self.reserved:
                return plate


def neighbourhood(plates: list[str]) -> set[str]:
    """`plates` and every string up to two confusable substitutions away from them."""
    near = set(plates)
    for plate in plates:
        first = confusable_variants(plate)
        near |= first
        for variant in first:
            near |= confusable_variants(variant)
    return near

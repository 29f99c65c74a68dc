"""Live Excel formulas for the arithmetic checks, over the figures' value cells.

A check row shows the printed number, the number recomputed from the other
figures, and the verdict — all formulas — so a value corrected in Excel
re-checks itself. Where a check names a figure that has no cell (not extracted),
the number is written into the formula as a constant.

Tolerances follow parser.checks: a sum holds when it is off by less than half
a unit of the smallest printed place (0.5 for whole numbers); a percentage
holds when it is 100*part/whole rounded or truncated to the places it printed
(40,09 for 40,0938...; 76,82 for 76,827...).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Check, Metric
from ..numbers import number_text_decimals
from .values import FAIL, PASS, printed_decimals


@dataclass
class CheckFormulas:
    printed: str        # the total / the printed percentage
    computed: str       # the sum of the parts / 100*part/whole
    verdict: str        # "Đúng" / "Sai"
    printed_places: int     # decimal places to show the printed number with
    computed_places: int    # ... and the recomputed one


def _operand(metric: Metric | None, ref: Callable[[str], str | None], constant) -> str | None:
    if metric is not None and ref(metric.id):
        return ref(metric.id)
    return None if constant is None else repr(float(constant)).removesuffix(".0")


def _by_value(metrics: list[Metric | None], values: list[float]) -> list[Metric | None]:
    """The figure printed with each value, when the check's list of figures is incomplete."""
    left = [m for m in metrics if m is not None]
    found = []
    for v in values:
        m = next((m for m in left if m.value == v), None)
        if m is not None:
            left.remove(m)
        found.append(m)
    return found


def _verdict(condition: str) -> str:
    return f'=IFERROR(IF({condition},"{PASS}","{FAIL}"),"{FAIL}")'


def sum_formulas(check: Check, metrics: list[Metric | None], ref) -> CheckFormulas | None:
    """total first, then the parts (the model's order)."""
    total_m = metrics[0] if metrics else None
    part_ms = metrics[1:] if len(metrics) - 1 == len(check.parts) else _by_value(metrics[1:], check.parts)
    total = _operand(total_m, ref, check.total)
    parts = [_operand(m, ref, v) for m, v in zip(part_ms, check.parts)]
    if total is None or not parts or None in parts:
        return None
    places = max((printed_decimals(m.text, m.value) for m in metrics if m is not None), default=0)
    tolerance = 0.5 * 10 ** -places
    added = "+".join(parts)
    return CheckFormulas(
        printed=f"={total}", computed=f"={added}",
        verdict=_verdict(f"ABS({total}-({added}))<{tolerance:g}"),
        printed_places=places, computed_places=places)


def _ratio_roles(check: Check, metrics: list[Metric | None]):
    """Which figure is the percentage, the whole and the part: by unit and value,
    falling back to the model's order (whole first)."""
    left = [m for m in metrics if m is not None]
    pct = next((m for m in left if m.unit == "%"), None) or next((m for m in left if m.value == check.percent), None)
    left = [m for m in left if m is not pct]
    whole = next((m for m in left if m.value == check.whole), None) or (left[0] if left else None)
    left = [m for m in left if m is not whole]
    part = next((m for m in left if m.value == check.part), None) or (left[0] if left else None)
    return pct, part, whole


def ratio_formulas(check: Check, metrics: list[Metric | None], ref) -> CheckFormulas | None:
    pct_m, part_m, whole_m = _ratio_roles(check, metrics)
    pct = _operand(pct_m, ref, check.percent)
    part = _operand(part_m, ref, check.part)
    whole = _operand(whole_m, ref, check.whole)
    if None in (pct, part, whole):
        return None
    places = number_text_decimals(pct_m.text) if pct_m is not None else _places(check.percent)
    computed = f"100*{part}/{whole}"
    # parser.checks.ratio_holds: the percentage is part/whole rounded, or truncated, to its printed places
    rounded = f"ABS({computed}-{pct})<{0.5 * 10 ** -places + 1e-9:.10g}"
    truncated = f"ABS(ROUNDDOWN({computed}+1E-9,{places})-{pct})<1E-9"
    return CheckFormulas(
        printed=f"={pct}", computed=f"={computed}", verdict=_verdict(f"OR({rounded},{truncated})"),
        printed_places=places, computed_places=places + 2)


def _places(value: float | None) -> int:
    return printed_decimals(None, value)


def check_formulas(check: Check, by_id: dict[str, Metric], ref: Callable[[str], str | None]) -> CheckFormulas | None:
    """The formulas for a check, or None when it cannot be written as one."""
    metrics = [by_id.get(i) for i in check.metrics]
    if check.kind == "ratio":
        return ratio_formulas(check, metrics, ref)
    if check.kind in ("sum", "running_total"):
        return sum_formulas(check, metrics, ref)
    return None

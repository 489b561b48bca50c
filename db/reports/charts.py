"""The chart of each report, drawn with matplotlib on a plain Figure (no pyplot, no global
state), so the window, the PNG and the PDF show the very same drawing. matplotlib is imported
only when a chart is first drawn: starting the program never pays for it.

`words` translates the chart's own text (the window passes Qt's translation).
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from db.record.followups import step_words
from db.reports.complication_rates import ANY, RateRow
from db.reports.run import ReportResult
from db.vocabulary import COMPLICATION_TYPES, term
from db.wording import language

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Words = Callable[[str], str]
MOST_BARS = 20
MOST_PRODUCTS = 8
SIGNAL_COLOUR = "#c0392b"
BAR_COLOUR = "#2e6f9e"
STATUS_COLOURS = ("#2e8b57", "#c0392b", "#9e9e9e", "#e0a030")
CHART_TITLES = {
    "material": "{kind} by material: share of patients treated, with 95 % interval",
    "product": "{kind} by product: share of patients treated, with 95 % interval",
    "lot": "{kind} by lot: share of patients treated, with 95 % interval",
    "doctor": "{kind} by doctor: share of patients treated, with 95 % interval",
    "area": "{kind} by area: share of patients treated, with 95 % interval",
}


def _same(text: str) -> str:
    return text


def figure_for(
    result: ReportResult, words: Words = _same, size: tuple[float, float] = (9, 4.2)
) -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    if result.rates is not None:
        _rates(figure, result, words)
    elif result.outcomes is not None:
        _outcomes(figure, result, words)
    elif result.adherence is not None:
        _adherence(figure, result, words)
    else:
        _stock(figure, result, words)
    return figure


def png(figure: Figure, dpi: int = 150) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()


def _empty(axes: Axes, words: Words) -> None:
    axes.text(0.5, 0.5, words("Nothing in this period."), ha="center", va="center",
              transform=axes.transAxes, color="#666666")  # fmt: skip
    axes.set_axis_off()


def kind_label(kind: str, words: Words) -> str:
    return term(COMPLICATION_TYPES, kind).label(language()) if kind else words("Any complication")


def _rates(figure: Figure, result: ReportResult, words: Words) -> None:
    assert result.rates is not None
    kind = result.request.kind
    axes = figure.add_subplot()
    rows: list[RateRow] = [r for r in result.rates if r.kind == kind]
    # Groups with most cases first; the chart shows the first twenty, the table has them all.
    rows = sorted(rows, key=lambda r: (-r.cases, -r.treated, r.group))[:MOST_BARS]
    axes.set_title(
        words(CHART_TITLES[result.request.group_by]).format(kind=kind_label(kind, words)),
        fontsize=10,
    )
    if not rows:
        _empty(axes, words)
        return
    rows.reverse()
    positions = range(len(rows))
    rates = [100 * r.rate for r in rows]
    # The interval holds the rate; rounding can put an end a hair inside it (all or none of a
    # group), which matplotlib refuses as a negative error bar.
    below = [100 * max(0.0, r.rate - r.interval.low) for r in rows]
    above = [100 * max(0.0, r.interval.high - r.rate) for r in rows]
    colours = [SIGNAL_COLOUR if r.signal else BAR_COLOUR for r in rows]
    axes.barh(positions, rates, xerr=[below, above], color=colours, capsize=2,
              error_kw={"elinewidth": 0.8, "ecolor": "#333333"})  # fmt: skip
    axes.set_yticks(list(positions), [_short(r.group) for r in rows], fontsize=8)
    for position, row in zip(positions, rows, strict=True):
        axes.annotate(
            words("{cases} of {treated}").format(cases=row.cases, treated=row.treated),
            (100 * row.interval.high, position), xytext=(4, 0), textcoords="offset points",
            va="center", fontsize=7, color="#333333",
        )  # fmt: skip
    reference = next((r.reference_rate for r in rows if r.reference_rate is not None), None)
    if reference is not None and kind != ANY:
        axes.axvline(100 * reference, color="#555555", linestyle="--", linewidth=1,
                     label=words("Published rate"))  # fmt: skip
    if any(r.signal for r in rows):
        from matplotlib.patches import Patch

        axes.add_artist(axes.legend(handles=[Patch(color=SIGNAL_COLOUR, label=words("Lot signal"))],
                                    loc="lower right", fontsize=8))  # fmt: skip
    if reference is not None and kind != ANY:
        axes.legend(loc="upper right", fontsize=8)
    axes.set_xlabel(words("% of patients treated"))
    widest = max([100 * r.interval.high for r in rows] + [100 * (reference or 0)])
    axes.set_xlim(0, min(100, widest * 1.2 + 1))


def _short(text: str, most: int = 38) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _outcomes(figure: Figure, result: ReportResult, words: Words) -> None:
    assert result.outcomes is not None
    gais_axes, satisfaction_axes = figure.subplots(1, 2)
    gais_axes.set_title(words("Mean GAIS at each review (1 very much improved … 5 worse)"),
                        fontsize=9)  # fmt: skip
    satisfaction_axes.set_title(words("Mean satisfaction at each review (1-5)"), fontsize=9)
    if not result.outcomes:
        _empty(gais_axes, words)
        _empty(satisfaction_axes, words)
        return
    steps = sorted({(r.step_order, r.step) for r in result.outcomes})
    position = {step: index for index, (_, step) in enumerate(steps)}
    lines: dict[tuple[str, str], list[tuple[int, float | None, float | None, int]]]
    lines = defaultdict(list)
    for r in result.outcomes:
        lines[(r.group, r.gais_scale)].append(
            (position[r.step], r.gais_mean, r.satisfaction_mean, r.patients)
        )
    scales = {scale for _, scale in lines}
    for series, ((group, scale), points) in enumerate(sorted(lines.items())[:MOST_PRODUCTS]):
        points.sort()
        label = _short(group, 30) if len(scales) == 1 else f"{_short(group, 24)} ({scale})"
        xs = [p[0] for p in points if p[1] is not None]
        gais = [p[1] for p in points if p[1] is not None]
        drawn = gais_axes.plot(xs, gais, marker="o", label=label)
        for x, y, point in zip(xs, gais, [p for p in points if p[1] is not None], strict=True):
            # Each line's counts on a level of their own, so lines that meet stay readable.
            gais_axes.annotate(f"n={point[3]}", (x, y), xytext=(0, 7 + 9 * series),
                               textcoords="offset points",
                               ha="center", fontsize=6, color=drawn[0].get_color())  # fmt: skip
        sat = [(p[0], p[2], p[3]) for p in points if p[2] is not None]
        satisfaction_axes.plot([p[0] for p in sat], [p[1] for p in sat], marker="o",
                               color=drawn[0].get_color(), label=label)  # fmt: skip
    for axes in (gais_axes, satisfaction_axes):
        axes.set_xticks(range(len(steps)), [step_words(step) for _, step in steps], fontsize=8)
        axes.set_ylim(0.5, 5.5)
        axes.grid(axis="y", alpha=0.3)
    gais_axes.invert_yaxis()  # better is up
    satisfaction_axes.legend(fontsize=7, loc="lower right")


def _adherence(figure: Figure, result: ReportResult, words: Words) -> None:
    assert result.adherence is not None
    axes = figure.add_subplot()
    axes.set_title(words("Follow-ups at each review, and the share reached by phone before"),
                   fontsize=10)  # fmt: skip
    rows = result.adherence
    if not rows:
        _empty(axes, words)
        return
    positions = list(range(len(rows)))
    bottom = [0] * len(rows)
    parts = (
        (words("Attended"), [r.attended for r in rows]),
        (words("No-show"), [r.no_show for r in rows]),
        (words("Cancelled"), [r.cancelled for r in rows]),
        (words("Still open"), [r.still_open for r in rows]),
    )
    for (label, values), colour in zip(parts, STATUS_COLOURS, strict=True):
        axes.bar(positions, values, bottom=bottom, label=label, color=colour, width=0.6)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.set_xticks(positions, [step_words(r.step) for r in rows], fontsize=8)
    axes.set_ylabel(words("Follow-ups"))
    share = axes.twinx()
    share.plot(positions, [100 * r.reached_share for r in rows], color="#222222", marker="D",
               label=words("Reached before (%)"))  # fmt: skip
    share.set_ylim(0, 100)
    share.set_ylabel(words("% reached by phone before the visit"))
    handles, labels = axes.get_legend_handles_labels()
    more_handles, more_labels = share.get_legend_handles_labels()
    axes.legend(handles + more_handles, labels + more_labels, fontsize=7, loc="upper right")


def _stock(figure: Figure, result: ReportResult, words: Words) -> None:
    assert result.stock is not None
    axes = figure.add_subplot()
    axes.set_title(words("Threads used per month, by product"), fontsize=10)
    usage = result.stock.usage
    if not usage:
        _empty(axes, words)
        return
    months = sorted({r.month for r in usage})
    totals: dict[str, int] = defaultdict(int)
    for r in usage:
        totals[r.product] += r.threads
    shown = sorted(totals, key=lambda p: -totals[p])[:MOST_PRODUCTS]
    other = words("Other products")
    series: dict[str, list[int]] = {name: [0] * len(months) for name in [*shown, other]}
    index = {month: i for i, month in enumerate(months)}
    for r in usage:
        series[r.product if r.product in shown else other][index[r.month]] += r.threads
    bottom = [0] * len(months)
    for name, values in series.items():
        if not any(values):
            continue
        axes.bar(range(len(months)), values, bottom=bottom, label=_short(name, 34), width=0.7)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(months) // 12)
    axes.set_xticks(range(0, len(months), step),
                    [f"{m:%m/%Y}" for m in months][::step], fontsize=7, rotation=45)  # fmt: skip
    axes.set_ylabel(words("Threads"))
    axes.legend(fontsize=6, loc="upper left", bbox_to_anchor=(1.01, 1.0))

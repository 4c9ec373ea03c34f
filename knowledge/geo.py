"""Places of the expedition at their real coordinates, and distances between them.

The source text names the places but gives no coordinates or distances. Everything here is
modern geography, so replies that use it must say so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)


@dataclass(frozen=True, slots=True)
class Place:
    """A named place: Arabic and English names, latitude and longitude in degrees."""

    key: str
    arabic: str
    english: str
    lat: float
    lon: float


# Modern coordinates of each town's historic centre (WGS 84).
MEDINA = Place("medina", "المدينة المنورة", "Medina", 24.4672, 39.6112)
TABUK = Place("tabuk", "تبوك", "Tabuk", 28.3835, 36.5662)
AYLA = Place("ayla", "أيلة (العقبة اليوم)", "Ayla (today's Aqaba)", 29.5267, 35.0078)
DUMAT_ALJANDAL = Place("dumat_aljandal", "دومة الجندل", "Dumat al-Jandal", 29.8116, 39.8680)
# Damascus stands for al-Sham: the map only shows the direction towards it.
DAMASCUS = Place("damascus", "الشام", "al-Sham", 33.5138, 36.2765)

PLACES: tuple[Place, ...] = (MEDINA, TABUK, AYLA, DUMAT_ALJANDAL)

# Facts whose answers are about where the army went or how far it was: their answers carry a
# button that sends the route map.
ROUTE_FACT_IDS = frozenset({"location", "distance", "dumat_aljandal", "stationing", "treaties"})


def distance_km(a: Place, b: Place) -> float:
    """Great-circle (straight-line) distance in km, by the haversine formula."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat = lat2 - lat1
    dlon = math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def medina_tabuk_km() -> int:
    """The straight-line distance from Medina to Tabuk, rounded to 10 km."""
    return int(round(distance_km(MEDINA, TABUK) / 10.0) * 10)

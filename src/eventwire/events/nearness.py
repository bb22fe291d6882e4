"""Whether two places of an article are one incident's town told two ways (a neighbourhood or
suburb and its city), shared by the article-level folds and the consolidation of an article's
records (`article_level`, `consolidate`), kept apart so neither imports the other for it."""

from __future__ import annotations

import math

from ..records import Place

KM_PER_DEGREE = 111.2
NEAR_KM = 30.0
"""Two towns of one region this close may be one incident's, told by the town and by its
neighbour or suburb (an account's count of the hurt, `article_counts`); hundreds of km apart
they are two incidents. The link stage's tolerance for two city-level places
(`link/merge.PLACE_TOLERANCE_KM["city"]`), so an article's own counts and the merging of
reports agree on what is one place."""


def close_by(a: Place, b: Place) -> bool:
    """Two places of one region within `NEAR_KM` of each other."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    if a.admin1 is None or a.admin1 != b.admin1:
        return False
    # an equirectangular distance: exact enough at a few tens of km (no import of a later stage)
    across = (a.lon - b.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return KM_PER_DEGREE * math.hypot(a.lat - b.lat, across) <= NEAR_KM

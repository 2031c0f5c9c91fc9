"""A generated Working-Holiday-like table of 2,000 rows: 50 nationalities × 4 ages × 10 years."""

from __future__ import annotations

from datetime import date

from policy.model import Table

from .builder import Row, between, eq, gt, lt, none_of, row, wh_table

COUNTRIES = ("AR", "AU", "BR", "CA", "CL", "CN", "CO", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HK",
             "HU", "IE", "IL", "IN", "IS", "IT", "JP", "KR", "LT", "LU", "LV", "MX", "MY", "NO", "NZ", "PE", "PH",
             "PL", "PT", "RO", "SE", "SG", "SI", "SK", "TH", "TR", "TW", "UA", "US", "UY", "VN", "ZA")  # 49
AGES = (lt(18), between(18, 25), between(26, 30), gt(30))
YEARS = tuple(range(2015, 2025))


def large_rows() -> list[Row]:
    rows = []
    for year in YEARS:
        van = date(year, 1, 1)
        tot = None if year == YEARS[-1] else date(year, 12, 31)
        for nat in (*(eq(c) for c in COUNTRIES), none_of(*COUNTRIES)):
            for a, age in enumerate(AGES):
                besluit = "inwilligen" if a in (1, 2) and nat.op == "eq" else "afwijzen"
                rows.append(row(f"R{len(rows) + 1}", {"nationaliteit": nat, "leeftijd": age}, {"besluit": besluit},
                                van=van, tot=tot))
    return rows


def large_table(rows: list[Row] | None = None, policy: str = "UNIQUE") -> Table:
    rows = large_rows() if rows is None else rows
    return wh_table(rows, policy=policy)

"""A damaged workbook is reported, never a crash: random damage to the file and to its XML parts."""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from policy.catalog import load_table
from tests.factories import build_workbook, sample_workbook

BASE = build_workbook(**sample_workbook())
INSERTS = [b"<x/>", b"&amp;", b"\x00", b'"', b'<c r="ZZZ99999999"><v>1</v></c>', b"]]>", b"<!DOCTYPE x>"]


def _flip_bytes(rng: random.Random) -> bytes:
    data = bytearray(BASE)
    for _ in range(rng.randint(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _damage_a_part(rng: random.Random) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(BASE))
    names = source.namelist()
    target = rng.choice(names)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            part = bytearray(source.read(name))
            if name == target and part:
                at = rng.randrange(len(part))
                roll = rng.random()
                if roll < 0.4:
                    del part[at:at + rng.randint(1, 50)]
                elif roll < 0.8:
                    part[at:at] = rng.choice(INSERTS)
                else:
                    part[at] = rng.randrange(256)
            archive.writestr(name, bytes(part))
    return out.getvalue()


@pytest.mark.parametrize("damage", [_flip_bytes, _damage_a_part])
def test_damaged_workbooks_give_diagnostics_or_load_but_never_raise(damage):
    rng = random.Random(20261124)
    refused = 0
    for _ in range(150):
        loaded, diagnostics = load_table(damage(rng), table_id="t/x", workbook_name="x.xlsx")
        assert (loaded is None) == any(d.is_error for d in diagnostics)
        assert all(str(d.location).startswith("x.xlsx") for d in diagnostics)
        refused += loaded is None
    assert refused > 0  # the damage did reach the reader

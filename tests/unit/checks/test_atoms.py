from datetime import date

from policy.checks.atoms import NULL, OTHER, bits, build_space
from policy.model import Test

from .builder import EMPTY, PRESENT, between, eq, ge, gt, le, lt, ne, none_of, one_of


def values_of(space, mask):
    return [space.atoms[i] for i in bits(mask)]


def test_integer_line_is_cut_at_every_boundary():
    s = build_space("leeftijd", "geheel getal", [lt(18), between(18, 30), gt(30)])
    assert s.mask(lt(18))[0] | s.mask(between(18, 30))[0] | s.mask(gt(30))[0] == s.universe
    assert s.mask(lt(18))[0] & s.mask(between(18, 30))[0] == 0
    assert s.witness(s.mask(gt(30))[0]) == 31
    assert s.witness(s.mask(lt(18))[0]) == 17
    assert s.witness(s.mask(between(18, 30))[0]) == 18


def test_integers_have_no_room_between_neighbours():
    # < 18 and >= 18 leave nothing; < 17.5 on whole numbers is <= 17
    s = build_space("n", "geheel getal", [lt(18), ge(18), lt(17.5), le(17)])
    assert s.mask(lt(18))[0] | s.mask(ge(18))[0] == s.universe
    assert s.mask(lt(17.5))[0] == s.mask(le(17))[0]


def test_reals_keep_open_and_closed_ends_apart():
    s = build_space("uren", "getal", [lt(30), gt(30)])
    gap = s.universe & ~(s.mask(lt(30))[0] | s.mask(gt(30))[0])
    assert s.witness(gap) == 30
    s = build_space("uren", "getal", [between(0, 1, True, False), between(1, 2)])
    assert s.mask(between(0, 1, True, False))[0] & s.mask(between(1, 2))[0] == 0
    inside = s.mask(between(0, 1, True, False))[0]
    assert 0 <= s.witness(inside) < 1


def test_bounds_limit_the_universe():
    s = build_space("uren", "geheel getal", [lt(10)], minimum=18, maximum=80)
    assert s.mask(lt(10)) == (0, 0)
    assert s.witness(s.universe) == 18


def test_dates_are_days():
    d = date(2024, 1, 1)
    s = build_space("aanvraagdatum", "datum", [lt(d)])
    assert s.witness(s.mask(lt(d))[0]) == date(2023, 12, 31)
    assert s.witness(s.universe & ~s.mask(lt(d))[0]) == d


def test_open_domains_have_one_atom_for_every_other_value():
    s = build_space("nationaliteit", "landcode", [eq("HK"), one_of("AR", "HK")])
    assert values_of(s, s.universe) == ["HK", "AR", OTHER]
    rest = s.mask(none_of("AR", "HK"))[0]
    assert values_of(s, rest) == [OTHER]
    assert s.witness(rest) == "AD"  # a real country code that no test mentions
    assert s.mask(ne("HK"))[0] == s.universe & ~s.mask(eq("HK"))[0]


def test_choices_and_booleans_are_finite():
    s = build_space("soort", "keuzelijst", [eq("whp")], allowed=("whp", "whs"))
    assert values_of(s, s.universe & ~s.mask(eq("whp"))[0]) == ["whs"]
    b = build_space("retourticket", "ja/nee", [eq(True)])
    assert b.witness(b.universe & ~b.mask(eq(True))[0]) is False
    assert b.mask(eq(1))[0] == 0  # 1 is not ja


def test_no_value_only_passes_empty_and_no_test():
    s = build_space("uren", "getal", [gt(30)], nullable=True)
    assert s.witness(s.mask(EMPTY)[0]) is NULL
    assert s.mask(ne(30))[0] & s.null_bit == 0
    assert s.mask(PRESENT)[0] & s.null_bit == 0
    assert s.mask(Test("any"))[0] & s.null_bit


def test_lists_only_know_empty_and_not_empty():
    s = build_space("grond", "lijst", [eq("leeftijd"), PRESENT], nullable=True)
    assert s.mask(eq("leeftijd")) == (0, 0)  # a list never equals a text (reference matcher)
    assert s.mask(PRESENT)[0] | s.mask(EMPTY)[0] == s.universe


def test_comparisons_on_text_are_not_modelled():
    s = build_space("naam", "tekst", [lt("m")])
    over, under = s.mask(lt("m"))
    assert over == s.values and under == 0


def test_runs_split_a_line_into_connected_pieces():
    s = build_space("leeftijd", "geheel getal", [between(18, 30)])
    outside = s.universe & ~s.mask(between(18, 30))[0]
    assert [s.witness(p) for p in s.runs(outside)] == [17, 31]


def test_masks_are_remembered_per_test_object_and_equal_to_a_fresh_space():
    # a big table's rows share their Test objects; the memo must not confuse 1 with True or 1.0
    tests = [eq(1), eq(True), eq(1.0), one_of(1, 2), lt(18), between(18, 30), EMPTY, PRESENT]
    for type_ in ("geheel getal", "getal", "tekst", "ja/nee"):
        remembered = build_space("x", type_, tests, nullable=True)
        first = [remembered.mask(t) for t in tests]
        again = [remembered.mask(t) for t in tests]
        copies = [remembered.mask(Test(t.op, t.value, t.values, t.low, t.high, t.low_inclusive, t.high_inclusive))
                  for t in tests]
        fresh = [build_space("x", type_, tests, nullable=True).mask(t) for t in tests]
        assert first == again == copies == fresh

"""The coverage search on hand-made boxes (two dimensions of four atoms each)."""

from itertools import product

from policy.checks.atoms import bits
from policy.checks.cover import find_first_winners, find_gaps, find_overlaps

FULL = 0b1111
UNIVERSE = (FULL, FULL)


def points(box):
    return set(product(bits(box[0]), bits(box[1])))


def brute_uncovered(rules):
    covered = set().union(*(points(r) for r in rules)) if rules else set()
    return points(UNIVERSE) - covered


def test_gaps_are_exactly_what_no_rule_covers():
    rules = [(0b0011, 0b0001), (0b0001, FULL), (0b1100, 0b0110)]
    gaps, complete = find_gaps(UNIVERSE, rules)
    assert complete
    found = set().union(*(points(g) for g in gaps))
    assert found == brute_uncovered(rules)
    for g in gaps:  # and no gap box touches a rule
        assert not any(points(g) & points(r) for r in rules)


def test_no_gaps_when_covered():
    assert find_gaps(UNIVERSE, [(0b0011, FULL), (0b1100, FULL)]) == ([], True)


def test_overlaps_name_every_pair_with_a_box_inside_both():
    rules = [(0b0011, 0b0011), (0b0010, 0b0010), (0b1100, FULL), (0b0001, 0b1000)]
    found, complete = find_overlaps(UNIVERSE, rules)
    assert complete
    expected = {(a, b) for a, b in product(range(4), repeat=2) if a < b and points(rules[a]) & points(rules[b])}
    assert set(found) == expected == {(0, 1)}
    box = found[(0, 1)]
    assert points(box) <= points(rules[0]) & points(rules[1])


def test_overlaps_can_be_filtered():
    rules = [(FULL, FULL), (0b0001, FULL), (0b0010, FULL)]
    found, _ = find_overlaps(UNIVERSE, rules, wanted=lambda a, b: b == 2)
    assert set(found) == {(0, 2)}


def test_first_winners_and_who_beats_the_rest():
    rules = [(0b0011, FULL), (0b1100, 0b0011), (0b0001, 0b0001), (0b1000, 0b0110)]
    winners, beaten_by, complete = find_first_winners(UNIVERSE, rules)
    assert complete
    assert winners == {0, 1, 3}
    assert beaten_by[2] == {0}


def test_uncertain_rules_never_beat_a_later_rule():
    rules = [(FULL, FULL), (0b0001, 0b0001)]
    winners, _, _ = find_first_winners(UNIVERSE, rules, uncertain=frozenset({0}))
    assert winners == {0, 1}


def test_budget_stops_the_search_and_says_so():
    rules = [(1 << i, 1 << j) for i in range(4) for j in range(4) if (i + j) % 2]
    gaps, complete = find_gaps(UNIVERSE, rules, budget=3)
    assert not complete
    found, complete = find_overlaps(UNIVERSE, [(FULL, FULL)] * 3, budget=1)
    assert not complete

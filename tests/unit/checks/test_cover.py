"""The coverage search on hand-made boxes (two dimensions of four atoms each)."""

from itertools import product

from policy.checks.atoms import bits
from policy.checks.cover import Budget, RuleIndex, find_gaps, find_overlaps, find_shadowed

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


def test_overlaps_name_every_pair_with_the_box_inside_both():
    rules = [(0b0011, 0b0011), (0b0010, 0b0010), (0b1100, FULL), (0b0001, 0b1000), (0b0011, FULL)]
    found = find_overlaps(UNIVERSE, rules)
    assert found.complete
    expected = {(a, b) for a, b in product(range(5), repeat=2) if a < b and points(rules[a]) & points(rules[b])}
    assert {pair for pair, _ in found.listed} == expected == {(0, 1), (0, 4), (1, 4), (3, 4)}
    assert found.total == 4
    for (a, b), box in found.listed:
        assert points(box) == points(rules[a]) & points(rules[b])


def test_overlaps_are_counted_beyond_those_listed():
    found = find_overlaps(UNIVERSE, [(FULL, FULL)] * 10, listed=3)
    assert len(found.listed) == 3 and found.total == 45


def test_overlaps_of_the_same_kind_are_left_out():
    rules = [(FULL, FULL), (0b0001, FULL), (0b0011, FULL)]
    found = find_overlaps(UNIVERSE, rules, kinds=["ja", "ja", "nee"])
    assert [pair for pair, _ in found.listed] == [(0, 2), (1, 2)] and found.total == 2


def test_index_finds_the_rules_a_box_meets():
    rules = [(0b0011, FULL), (0b1100, 0b0001), (FULL, 0b0110)]
    index = RuleIndex(rules, UNIVERSE)
    assert index.meeting((0b0100, 0b0001), Budget(100)) == 0b010
    assert index.meeting((0b0001, 0b0010), Budget(100)) == 0b101


def test_shadowed_rules_and_who_covers_them():
    rules = [(0b0011, FULL), (0b1100, 0b0011), (0b0001, 0b0001), (0b1000, 0b0110), (0b1100, 0b0001)]
    shadowed, complete = find_shadowed(UNIVERSE, rules)
    assert complete
    assert shadowed == {2: [0], 4: [1]}


def test_a_rule_covered_only_by_several_earlier_rules_together():
    rules = [(0b0011, 0b0011), (0b0011, 0b1100), (0b0011, FULL)]
    assert find_shadowed(UNIVERSE, rules) == ({2: [0, 1]}, True)


def test_uncertain_rules_never_cover_a_later_rule():
    rules = [(FULL, FULL), (0b0001, 0b0001)]
    assert find_shadowed(UNIVERSE, rules, uncertain=frozenset({0})) == ({}, True)


def test_budget_stops_the_search_and_says_so():
    rules = [(1 << i, 1 << j) for i in range(4) for j in range(4) if (i + j) % 2]
    _, complete = find_gaps(UNIVERSE, rules, budget=3)
    assert not complete
    assert not find_overlaps(UNIVERSE, [(0b0001, 0b0001)] * 3, budget=1).complete
    assert find_shadowed(UNIVERSE, [(0b0001, 0b0001)] * 3, budget=1)[1] is False


def test_a_budget_that_runs_out_never_makes_a_rule_look_shadowed():
    # rule 4 is not covered: atom (3, 3) is free; showing that takes a real search
    rules = [(0b0011, FULL), (0b1100, 0b0111), (0b0100, FULL), (0b1000, 0b0001), (FULL, FULL)]
    assert find_shadowed(UNIVERSE, rules) == ({3: [1]}, True)
    for budget in range(1, 100):
        shadowed, _ = find_shadowed(UNIVERSE, rules, budget=budget)
        assert 4 not in shadowed


def test_index_agrees_with_brute_force_on_masks_of_many_runs():
    """Masks of one run, a few runs (indexed run by run) and many runs (atom by atom)."""
    import random

    from policy.checks import cover

    rng = random.Random(7)
    width = 3 * cover._LAYERS + 4
    universe = (1 << width) - 1
    masks = [rng.getrandbits(width) or 1 for _ in range(150)]
    masks += [0b1010101010101010101010101 & universe, universe, 0b110, (1 << width) - 2]
    rules = [(m, 0b1) for m in masks]
    index = RuleIndex(rules, (universe, 0b1))
    for query in [rng.getrandbits(width) or 1 for _ in range(300)] + [1, 1 << (width - 1), 0b1011]:
        want = sum(1 << i for i, m in enumerate(masks) if m & query)
        assert index.meeting((query, 0b1), Budget(10**9)) == want

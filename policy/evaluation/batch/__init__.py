"""The vectorised batch path: decide a whole pandas DataFrame of cases at once.

It sits beside ``decide`` and runs on the same plan (``policy.evaluation.plan``): same compiled
form, same semantics (tests hold both to the same answers). Rule tests become boolean masks;
each distinct combination of matched rules (few, even for millions of cases) gets the scalar
hit policy once, and the outcome is spread back over the rows that share it.

    frame.py    evaluate_frame: the plan's steps over the frame, the result frame; evaluate_frame_suspects
                also flags the rows where a fact left out could matter (tables.suspect_rows)
    inputs.py   each input column checked as validate_facts checks one fact
    derive.py   derived fields and parameters column-wise (row by row where a formula is guarded)
    tables.py   one table: masks, patterns of matched rules, hit policies per pattern
    rule_index.py  big tables: candidate rules per case from a key index, tests over (case, rule) pairs
    outputs.py  formula outputs of a pattern: column-wise where certain, else the scalar path
    vector.py   formulas evaluated column-wise
    columns.py  Column (values + validity) and the conversions to and from natural values
    unknown_rows.py  evaluate_cases: a frame whose rows may leave facts unknown (those rows go to decide)
"""

from policy.evaluation.batch.frame import ERROR_COLUMN, RULES_COLUMN, evaluate_frame, evaluate_frame_suspects

__all__ = ["ERROR_COLUMN", "RULES_COLUMN", "evaluate_frame", "evaluate_frame_suspects"]

"""Compile a checked :class:`policy.model.Table` into the JSON-able compiled form.

The compiled form (docs/architecture.md) is what both matchers read: the durable-rules adapter
and the pure-Python reference. It holds no Python objects but JSON values, so it can be
written to ``build/`` and compared across runs.
"""

from policy.compiler.compile import FORMAT, CompiledTable, compile_table, encode_value, table_order

__all__ = ["FORMAT", "CompiledTable", "compile_table", "encode_value", "table_order"]

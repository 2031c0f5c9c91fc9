"""The reasoning a decision letter can quote (``Decision.motivering``), built from the matched
rows, the facts that decided them and their citations. No Flask, no I/O."""

from policy.motivering.template import TemplateError, fill_from, placeholders

__all__ = ["TemplateError", "fill_from", "placeholders"]

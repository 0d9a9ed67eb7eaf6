"""The shared kernel every layer may import: the root exception (:mod:`kernel.errors`), the one settings
class (:mod:`kernel.settings`) and Vietnamese text normalization and folding (:mod:`kernel.text`).

It imports nothing from ``graph``, ``loaders`` or ``app`` (checked by import-linter, see pyproject.toml)."""

"""Exports: the program in the formats other tools read, each a pure function of the model.

So far the model itself as versioned JSON, and its reader (``_model_json``).
"""

from __future__ import annotations

from ._model_json import (
    PROGRAM_JSON_FORMAT,
    PROGRAM_JSON_VERSION,
    program_from_json,
    program_record,
    program_schema,
    program_to_json,
)

__all__ = [
    "PROGRAM_JSON_FORMAT",
    "PROGRAM_JSON_VERSION",
    "program_from_json",
    "program_record",
    "program_schema",
    "program_to_json",
]

"""Holding a program page to what it says about time, by recomputing from tzdata."""

from __future__ import annotations

from ._checker import CheckReport, Finding, Severity, check_page, check_reading

__all__ = ["CheckReport", "Finding", "Severity", "check_page", "check_reading"]

"""Stable matching of young people to placements (jobs, internships, school places) with capacities."""

from .engine import stable_match

__all__ = ["stable_match"]

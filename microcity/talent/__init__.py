"""Talent attraction (LIVIN): the jobs board, job alerts and employer profiles."""

"""Placements: employers' jobs with their places per period, the coordinator's review and how full they are."""

"""Timesheets: hours entered and confirmed, each entry checked against the Labour Law."""

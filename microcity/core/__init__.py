"""Shared foundation: cities, people, organisations, the outcome ledger, the audit log and the layout."""

"""Offers: a published run's places offered to youths, their answers (accept, decline), releases and expiry."""

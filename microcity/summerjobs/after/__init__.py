"""After a summer job: the pay overview, feedback from both sides and certificates of work."""

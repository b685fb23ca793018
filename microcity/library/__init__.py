"""Career-education materials library (karjerasmateriali): submit, review, publish, find, use."""

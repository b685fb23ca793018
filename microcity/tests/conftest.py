"""Browser fixtures live in microcity/conftest.py so that every app's browser tests can use them."""

"""The lottery: the commit and reveal of the secret (commitment.py), the pure draw (draw.py), the matching
instance (instance.py) and the match runs made, published and discarded (services.py)."""

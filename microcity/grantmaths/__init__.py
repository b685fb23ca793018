"""Pure arithmetic of innovation grants (no Django): money, aid intensity, de minimis, ranking, assignment."""

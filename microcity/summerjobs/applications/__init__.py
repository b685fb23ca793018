"""Applications: a youth's ranked choices and the facts the season's rules need, their checks, priority evidence
and prior agreements; the youth's and the staff's pages of them."""

"""Users, roles held per city, guardianship with recorded consent, and who may do what."""

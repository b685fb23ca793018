"""WSGI entry point for gunicorn and other WSGI servers."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "microcity.settings")
application = get_wsgi_application()

if settings.MICROCITY_SEARCH_IN_MEMORY and not settings.TESTING:
    # Each server process loads its in-memory search replicas while it starts taking requests
    # (docs/decisions/0014).
    from microcity.search.backends.memory import warm_in_background

    warm_in_background()

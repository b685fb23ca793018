"""ASGI entry point for uvicorn and other ASGI servers."""

import os

from django.conf import settings
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "microcity.settings")
application = get_asgi_application()

if settings.MICROCITY_SEARCH_IN_MEMORY and not settings.TESTING:
    # As in wsgi.py: load the in-memory search replicas while the server starts (docs/decisions/0014).
    from microcity.search.backends.memory import warm_in_background

    warm_in_background()

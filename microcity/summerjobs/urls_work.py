"""Summer jobs URLs (work); included by urls.py under the same /<lang>/<city>/summer-jobs/ prefix."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []

"""Summer jobs URLs: /<lang>/<city>/summer-jobs/…, one list per sub-domain, all in the namespace "summerjobs"."""

from django.urls import URLPattern

from microcity.summerjobs.after import urls as after
from microcity.summerjobs.applications import urls as applications
from microcity.summerjobs.jobs import urls as jobs
from microcity.summerjobs.lottery import urls as lottery
from microcity.summerjobs.offers import urls as offers
from microcity.summerjobs.placements import urls as placements
from microcity.summerjobs.reports import urls as reports
from microcity.summerjobs.seasons import urls as seasons

app_name = "summerjobs"
urlpatterns: list[URLPattern] = [
    *seasons.urlpatterns,
    *placements.urlpatterns,
    *applications.urlpatterns,
    *offers.urlpatterns,
    *lottery.urlpatterns,
    *jobs.urlpatterns,
    *after.urlpatterns,
    *reports.urlpatterns,
]

"""Offers' URLs: a youth's answer and the coordinator's export (included by summerjobs/urls.py)."""

from django.urls import URLPattern, path

from microcity.summerjobs.offers import views

urlpatterns: list[URLPattern] = [
    path("<slug:city>/summer-jobs/offers/<int:pk>/", views.offer_answer, name="offer_answer"),
    path("<slug:city>/summer-jobs/manage/assignments.csv", views.assignments_export, name="export"),
]

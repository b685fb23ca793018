"""Seasons' URLs: the public season page and the coordinator's season set-up (included by summerjobs/urls.py)."""

from django.urls import URLPattern, path

from microcity.summerjobs.seasons import views

urlpatterns: list[URLPattern] = [
    path("<slug:city>/summer-jobs/", views.season_page, name="season"),
    path("<slug:city>/summer-jobs/manage/seasons/", views.season_list, name="season_list"),
    path("<slug:city>/summer-jobs/manage/seasons/new/", views.season_new, name="season_new"),
    path("<slug:city>/summer-jobs/manage/seasons/<int:pk>/edit/", views.season_edit, name="season_edit"),
    path(
        "<slug:city>/summer-jobs/manage/seasons/<int:pk>/select/", views.season_select, name="season_select"
    ),
]

"""Reports' URLs: the coordinator's season dashboard and equity report with their CSV tables (included by
summerjobs/urls.py)."""

from django.urls import URLPattern, path

from microcity.summerjobs.reports import views

urlpatterns: list[URLPattern] = [
    path("<slug:city>/summer-jobs/manage/dashboard/", views.dashboard, name="dashboard"),
    path(
        "<slug:city>/summer-jobs/manage/dashboard/<slug:table>.csv", views.dashboard_csv, name="dashboard_csv"
    ),
    path("<slug:city>/summer-jobs/manage/equity/", views.equity, name="equity"),
    path("<slug:city>/summer-jobs/manage/equity/<slug:table>.csv", views.equity_csv, name="equity_csv"),
]

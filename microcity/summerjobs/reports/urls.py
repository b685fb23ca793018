"""Summer jobs URLs (reports and season set-up); included by urls.py under the same /<lang>/<city>/summer-jobs/
prefix."""

from django.urls import URLPattern, path

from microcity.summerjobs import views_reports, views_seasons

urlpatterns: list[URLPattern] = [
    path("<slug:city>/summer-jobs/manage/dashboard/", views_reports.dashboard, name="dashboard"),
    path(
        "<slug:city>/summer-jobs/manage/dashboard/<slug:table>.csv",
        views_reports.dashboard_csv,
        name="dashboard_csv",
    ),
    path("<slug:city>/summer-jobs/manage/equity/", views_reports.equity, name="equity"),
    path(
        "<slug:city>/summer-jobs/manage/equity/<slug:table>.csv", views_reports.equity_csv, name="equity_csv"
    ),
    path("<slug:city>/summer-jobs/manage/seasons/", views_seasons.season_list, name="season_list"),
    path("<slug:city>/summer-jobs/manage/seasons/new/", views_seasons.season_new, name="season_new"),
    path(
        "<slug:city>/summer-jobs/manage/seasons/<int:pk>/edit/", views_seasons.season_edit, name="season_edit"
    ),
    path(
        "<slug:city>/summer-jobs/manage/seasons/<int:pk>/select/",
        views_seasons.season_select,
        name="season_select",
    ),
]

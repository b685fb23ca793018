"""Addresses of the results app: public results, methodology and open data; the staff's targets, rows and
frozen reports of a city."""

from django.urls import URLPattern, path

from microcity.impact import views

app_name = "impact"

urlpatterns: list[URLPattern] = [
    path("results/", views.results, name="results"),
    path("results/methodology/", views.methodology, name="methodology"),
    path("results/<slug:indicator>/<slug:table>.csv", views.results_csv, name="results_csv"),
    path("<slug:city>/results/", views.city_results, name="city_results"),
    path(
        "<slug:city>/results/<slug:indicator>/<slug:table>.csv",
        views.city_results_csv,
        name="city_results_csv",
    ),
    path("<slug:city>/open-data/", views.open_data, name="open_data"),
    path("<slug:city>/open-data/datapackage.json", views.open_data_package, name="open_data_package"),
    path("<slug:city>/open-data/catalogue.jsonld", views.open_data_catalogue, name="open_data_catalogue"),
    path("<slug:city>/open-data/<slug:dataset>.csv", views.open_data_csv, name="open_data_csv"),
    path("<slug:city>/results/manage/", views.manage, name="manage"),
    path("<slug:city>/results/manage/targets/<slug:period>/", views.targets, name="targets"),
    path("<slug:city>/results/manage/rows/<slug:indicator>/", views.drill, name="drill"),
    path("<slug:city>/results/manage/row/<int:pk>/", views.row_detail, name="row"),
    path("<slug:city>/results/manage/freeze/", views.freeze, name="freeze"),
    path("<slug:city>/results/manage/reports/<int:pk>/", views.report, name="report"),
    path("<slug:city>/results/manage/reports/<int:pk>.pdf", views.report_pdf, name="report_pdf"),
    path("<slug:city>/results/manage/reports/<int:pk>.xlsx", views.report_xlsx, name="report_xlsx"),
]

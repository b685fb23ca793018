from django.urls import path

from microcity.accessibility import views

app_name = "accessibility"

urlpatterns = [
    path("accessibility/", views.statement, name="statement"),
    path("accessibility/report/", views.report_new, name="report_new"),
    path("<slug:city>/accessibility/reports/", views.reports, name="reports"),
    path("<slug:city>/accessibility/reports/<int:pk>/", views.report, name="report"),
]

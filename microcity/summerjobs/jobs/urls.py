"""Jobs' URLs: youths at work, their contracts, start documents and hours (included by summerjobs/urls.py)."""

from django.urls import URLPattern, path

from microcity.summerjobs.jobs import views

urlpatterns: list[URLPattern] = [
    path("<slug:city>/summer-jobs/jobs/", views.job_list, name="jobs"),
    path("<slug:city>/summer-jobs/jobs/<int:pk>/", views.job_detail, name="job"),
    path("<slug:city>/summer-jobs/jobs/<int:pk>/contract/", views.job_contract, name="job_contract"),
    path("<slug:city>/summer-jobs/jobs/<int:pk>/documents/", views.job_documents, name="job_documents"),
    path("<slug:city>/summer-jobs/jobs/<int:pk>/hours/", views.job_hours, name="job_hours"),
    path(
        "<slug:city>/summer-jobs/jobs/<int:pk>/hours/<int:entry>/confirm/",
        views.job_hours_confirm,
        name="job_hours_confirm",
    ),
]

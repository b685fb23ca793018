"""Summer jobs URLs (work); included by urls.py under the same /<lang>/<city>/summer-jobs/ prefix."""

from django.urls import URLPattern, path

from microcity.summerjobs import views_work

urlpatterns: list[URLPattern] = [
    path("<slug:city>/summer-jobs/jobs/", views_work.job_list, name="jobs"),
    path("<slug:city>/summer-jobs/jobs/<int:pk>/", views_work.job_detail, name="job"),
    path("<slug:city>/summer-jobs/jobs/<int:pk>/contract/", views_work.job_contract, name="job_contract"),
    path("<slug:city>/summer-jobs/jobs/<int:pk>/documents/", views_work.job_documents, name="job_documents"),
    path("<slug:city>/summer-jobs/jobs/<int:pk>/hours/", views_work.job_hours, name="job_hours"),
    path(
        "<slug:city>/summer-jobs/jobs/<int:pk>/hours/<int:entry>/confirm/",
        views_work.job_hours_confirm,
        name="job_hours_confirm",
    ),
]

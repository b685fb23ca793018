"""After a summer job: pay and subsidies with their exports, feedback, certificates of work (included by
summerjobs/urls.py)."""

from django.urls import URLPattern, path

from microcity.summerjobs.after import views

urlpatterns: list[URLPattern] = [
    path("<slug:city>/summer-jobs/after/", views.overview, name="after"),
    path("<slug:city>/summer-jobs/after/<slug:kind>.<slug:fmt>", views.export, name="after_export"),
    path("<slug:city>/summer-jobs/after/certificates/", views.issue_all, name="after_issue_all"),
    path("<slug:city>/summer-jobs/after/feedback/", views.feedback_results, name="after_feedback"),
    path("<slug:city>/summer-jobs/after/jobs/<int:pk>/", views.job, name="after_job"),
    path(
        "<slug:city>/summer-jobs/after/jobs/<int:pk>/feedback/<slug:role>/",
        views.feedback,
        name="after_feedback_form",
    ),
    path(
        "<slug:city>/summer-jobs/after/jobs/<int:pk>/certificate/",
        views.certificate_issue,
        name="after_certificate_issue",
    ),
    path(
        "<slug:city>/summer-jobs/after/jobs/<int:pk>/certificate.pdf",
        views.certificate_download,
        name="after_certificate",
    ),
]

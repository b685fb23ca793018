"""Summer jobs URLs (after); included by urls.py under the same /<lang>/<city>/summer-jobs/ prefix:
pay and subsidies with their exports, feedback, certificates of work."""

from django.urls import URLPattern, path

from microcity.summerjobs import views_after

urlpatterns: list[URLPattern] = [
    path("<slug:city>/summer-jobs/after/", views_after.overview, name="after"),
    path("<slug:city>/summer-jobs/after/<slug:kind>.<slug:fmt>", views_after.export, name="after_export"),
    path("<slug:city>/summer-jobs/after/certificates/", views_after.issue_all, name="after_issue_all"),
    path("<slug:city>/summer-jobs/after/feedback/", views_after.feedback_results, name="after_feedback"),
    path("<slug:city>/summer-jobs/after/jobs/<int:pk>/", views_after.job, name="after_job"),
    path(
        "<slug:city>/summer-jobs/after/jobs/<int:pk>/feedback/<slug:role>/",
        views_after.feedback,
        name="after_feedback_form",
    ),
    path(
        "<slug:city>/summer-jobs/after/jobs/<int:pk>/certificate/",
        views_after.certificate_issue,
        name="after_certificate_issue",
    ),
    path(
        "<slug:city>/summer-jobs/after/jobs/<int:pk>/certificate.pdf",
        views_after.certificate_download,
        name="after_certificate",
    ),
]

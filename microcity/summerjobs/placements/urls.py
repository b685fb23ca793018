"""Placements' URLs: the public list, employers' placements and the coordinator's review (included by
summerjobs/urls.py)."""

from django.urls import URLPattern, path

from microcity.summerjobs.placements import views

urlpatterns: list[URLPattern] = [
    path("<slug:city>/summer-jobs/placements/", views.placement_list, name="placements"),
    # Employers
    path("<slug:city>/summer-jobs/employer/", views.employer_placements, name="employer_placements"),
    path("<slug:city>/summer-jobs/employer/new/", views.placement_edit, name="placement_new"),
    path("<slug:city>/summer-jobs/employer/youths/", views.employer_youths, name="employer_youths"),
    path("<slug:city>/summer-jobs/employer/<int:pk>/", views.placement_edit, name="placement"),
    path(
        "<slug:city>/summer-jobs/employer/<int:pk>/withdraw/",
        views.placement_withdraw,
        name="placement_withdraw",
    ),
    # The coordinator
    path("<slug:city>/summer-jobs/manage/review/", views.review_queue, name="review_queue"),
    path("<slug:city>/summer-jobs/manage/review/<int:pk>/", views.placement_review, name="placement_review"),
    path("<slug:city>/summer-jobs/manage/fill/", views.fill_report, name="fill"),
]

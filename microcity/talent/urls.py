"""Jobs board URLs: /<lang>/<city>/jobs/… and /<lang>/<city>/employers/…"""

from django.urls import path

from microcity.talent import relocation_views, views

app_name = "talent"
urlpatterns = [
    path("<slug:city>/jobs/", views.job_list, name="jobs"),
    path("<slug:city>/jobs/feed/", views.JobFeed(), name="feed"),
    path("<slug:city>/jobs/new/", views.job_edit, name="job_new"),
    path("<slug:city>/jobs/mine/", views.my_jobs, name="my_jobs"),
    path("<slug:city>/jobs/review/", views.review_queue, name="review_queue"),
    path("<slug:city>/jobs/alerts/new/", views.alert_new, name="alert_new"),
    path("<slug:city>/jobs/alerts/<str:token>/confirm/", views.alert_confirm, name="alert_confirm"),
    path(
        "<slug:city>/jobs/alerts/<str:token>/unsubscribe/", views.alert_unsubscribe, name="alert_unsubscribe"
    ),
    path("<slug:city>/jobs/<int:pk>/edit/", views.job_edit, name="job_edit"),
    path("<slug:city>/jobs/<int:pk>/action/", views.job_action, name="job_action"),
    path("<slug:city>/jobs/<int:pk>-<slug:slug>/", views.job_detail, name="job"),
    path("<slug:city>/jobs/<int:pk>/", views.job_detail, name="job_short"),
    # One's own relocation cases, beside the account's pages (/<lang>/account/…), whatever the city.
    path("account/relocation/", relocation_views.my_relocation, name="my_relocation"),
    path("<slug:city>/relocate/", relocation_views.inquiry, name="relocate"),
    path("<slug:city>/relocate/thanks/", relocation_views.inquiry_thanks, name="relocate_thanks"),
    path("<slug:city>/relocation/cases/", relocation_views.case_board, name="case_board"),
    path("<slug:city>/relocation/cases/<int:pk>/", relocation_views.case_detail, name="case"),
    path(
        "<slug:city>/relocation/cases/<int:pk>/offers/<int:offer_pk>.pdf",
        relocation_views.case_offer_pdf,
        name="case_offer_pdf",
    ),
    path("<slug:city>/relocation/funnel/", relocation_views.funnel, name="funnel"),
    path("<slug:city>/relocation/export.<str:fmt>", relocation_views.export, name="case_export"),
    path("<slug:city>/living/", views.living, name="living"),
    path("<slug:city>/living/<slug:slug>/", views.living, name="living_page"),
    path("<slug:city>/employers/", views.employers, name="employers"),
    path("<slug:city>/employers/<int:pk>/", views.employer, name="employer"),
]

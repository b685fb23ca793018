"""Summer jobs URLs: /<lang>/<city>/summer-jobs/…"""

from django.urls import path

from microcity.summerjobs import urls_after, urls_reports, urls_work, views, views_lottery

app_name = "summerjobs"
urlpatterns = [
    path("<slug:city>/summer-jobs/", views.season_page, name="season"),
    path("<slug:city>/summer-jobs/placements/", views.placement_list, name="placements"),
    # The public lottery check of a season
    path("<slug:city>/summer-jobs/lottery/<int:season>/", views_lottery.lottery_check, name="lottery"),
    path(
        "<slug:city>/summer-jobs/lottery/<int:season>/applications.txt",
        views_lottery.lottery_list,
        name="lottery_list",
    ),
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
    # Youths and guardians
    path("<slug:city>/summer-jobs/apply/", views.apply, name="apply"),
    path("<slug:city>/summer-jobs/mine/", views.mine, name="mine"),
    path("<slug:city>/summer-jobs/mine/<int:pk>/", views.application_action, name="application_action"),
    path("<slug:city>/summer-jobs/offers/<int:pk>/", views.offer_answer, name="offer_answer"),
    # Staff view of an application (audited)
    path("<slug:city>/summer-jobs/applications/<int:pk>/", views.application_detail, name="application"),
    # The coordinator
    path("<slug:city>/summer-jobs/manage/", views.manage, name="manage"),
    path("<slug:city>/summer-jobs/manage/action/", views.manage_action, name="manage_action"),
    path("<slug:city>/summer-jobs/manage/review/", views.review_queue, name="review_queue"),
    path("<slug:city>/summer-jobs/manage/review/<int:pk>/", views.placement_review, name="placement_review"),
    path("<slug:city>/summer-jobs/manage/applications/", views.application_list, name="applications"),
    path("<slug:city>/summer-jobs/manage/runs/<int:pk>/", views.run_detail, name="run"),
    path("<slug:city>/summer-jobs/manage/runs/<int:pk>/action/", views.run_action, name="run_action"),
    path("<slug:city>/summer-jobs/manage/fill/", views.fill_report, name="fill"),
    path("<slug:city>/summer-jobs/manage/assignments.csv", views.assignments_export, name="export"),
    *urls_work.urlpatterns,
    *urls_after.urlpatterns,
    *urls_reports.urlpatterns,
]

"""The lottery's URLs: the public check of a season's draw and the coordinator's season steps and match runs
(included by summerjobs/urls.py)."""

from django.urls import URLPattern, path

from microcity.summerjobs.lottery import views

urlpatterns: list[URLPattern] = [
    # The public lottery check of a season
    path("<slug:city>/summer-jobs/lottery/<int:season>/", views.lottery_check, name="lottery"),
    path(
        "<slug:city>/summer-jobs/lottery/<int:season>/applications.txt",
        views.lottery_list,
        name="lottery_list",
    ),
    # The coordinator
    path("<slug:city>/summer-jobs/manage/", views.manage, name="manage"),
    path("<slug:city>/summer-jobs/manage/action/", views.manage_action, name="manage_action"),
    path("<slug:city>/summer-jobs/manage/runs/<int:pk>/", views.run_detail, name="run"),
    path("<slug:city>/summer-jobs/manage/runs/<int:pk>/action/", views.run_action, name="run_action"),
]

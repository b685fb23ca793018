"""Applications' URLs: youths and guardians, and the staff's list and view (included by summerjobs/urls.py)."""

from django.urls import URLPattern, path

from microcity.summerjobs.applications import views

urlpatterns: list[URLPattern] = [
    path("<slug:city>/summer-jobs/apply/", views.apply, name="apply"),
    path("<slug:city>/summer-jobs/mine/", views.mine, name="mine"),
    path("<slug:city>/summer-jobs/mine/<int:pk>/", views.application_action, name="application_action"),
    # Staff view of an application (audited)
    path("<slug:city>/summer-jobs/applications/<int:pk>/", views.application_detail, name="application"),
    path("<slug:city>/summer-jobs/manage/applications/", views.application_list, name="applications"),
]

"""Grants URLs: /<lang>/<city>/grants/…"""

from django.urls import path

from microcity.grants import views

app_name = "grants"
urlpatterns = [
    path("<slug:city>/grants/", views.index, name="index"),
    path("<slug:city>/grants/calls/<int:pk>/", views.call_detail, name="call"),
    path("<slug:city>/grants/calls/<int:pk>/apply/", views.application_start, name="apply"),
    path("<slug:city>/grants/mine/", views.mine, name="mine"),
    path("<slug:city>/grants/applications/<int:pk>/", views.application_detail, name="application"),
    path(
        "<slug:city>/grants/applications/<int:pk>/<str:kind>.pdf",
        views.application_pdf,
        name="application_pdf",
    ),
    path(
        "<slug:city>/grants/applications/<int:pk>/files/<int:file_id>/",
        views.attachment_download,
        name="attachment",
    ),
    path("<slug:city>/grants/follow-up/<str:token>/", views.follow_up, name="follow_up"),
    path("<slug:city>/grants/manage/", views.manage, name="manage"),
    path("<slug:city>/grants/manage/calls/<int:pk>/", views.setup, name="setup"),
    path("<slug:city>/grants/manage/calls/<int:pk>/applications/", views.ranked, name="ranked"),
    path("<slug:city>/grants/manage/calls/<int:pk>/export/<str:what>.<str:fmt>", views.export, name="export"),
    path(
        "<slug:city>/grants/manage/applications/<int:pk>/",
        views.manage_application,
        name="manage_application",
    ),
    path("<slug:city>/grants/reviews/", views.reviews, name="reviews"),
    path("<slug:city>/grants/reviews/<int:pk>/", views.review, name="review"),
]

"""City-scoped retraining course URLs: /<lang>/<city>/courses/…"""

from django.urls import path

from microcity.courses import views

app_name = "courses"
urlpatterns = [
    path("courses/follow-up/<str:token>/", views.follow_up, name="follow_up"),
    path("<slug:city>/courses/", views.catalogue, name="catalogue"),
    path("<slug:city>/courses/feed/", views.CoursesFeed(), name="feed"),
    path("<slug:city>/courses/mine/", views.mine, name="mine"),
    path("<slug:city>/courses/manage/", views.manage, name="manage"),
    path("<slug:city>/courses/manage/new/", views.course_new, name="course_new"),
    path("<slug:city>/courses/<int:pk>/", views.course, name="course"),
    path("<slug:city>/courses/<int:pk>/apply/", views.apply, name="apply"),
    path("<slug:city>/courses/<int:pk>/check-in/", views.check_in, name="check_in"),
    path("<slug:city>/courses/<int:pk>/applications/", views.applications, name="applications"),
    path("<slug:city>/courses/<int:pk>/participants/", views.participants, name="participants"),
    path("<slug:city>/courses/<int:pk>/sessions/<int:session_pk>/", views.session_register, name="session"),
    path("<slug:city>/courses/<int:pk>/outcomes/", views.outcomes, name="outcomes"),
    path("<slug:city>/courses/<int:pk>/participants.<str:fmt>", views.export, name="export"),
    path("<slug:city>/courses/certificates/<int:pk>.pdf", views.certificate, name="certificate"),
]

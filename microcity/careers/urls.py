"""City-scoped career support URLs: /<lang>/<city>/counselling/… and /<lang>/<city>/activities/…"""

from django.urls import path

from microcity.careers import views_certificates
from microcity.careers import views_counselling as views

app_name = "careers"
urlpatterns = [
    path("<slug:city>/counselling/", views.counselling, name="counselling"),
    path("<slug:city>/counselling/book/", views.book, name="book"),
    path("<slug:city>/counselling/bookings/<int:pk>/", views.booking_detail, name="booking"),
    path("<slug:city>/counselling/bookings/<int:pk>/move/", views.booking_move, name="booking_move"),
    path("<slug:city>/counselling/bookings/<int:pk>/cancel/", views.booking_cancel, name="booking_cancel"),
    path("<slug:city>/counselling/bookings/<int:pk>/mark/", views.booking_mark, name="booking_mark"),
    path("<slug:city>/counselling/bookings/<int:pk>/record/", views.session_record, name="session_record"),
    path("<slug:city>/counselling/steps/<int:pk>/", views.next_step_done, name="next_step_done"),
    path("<slug:city>/counselling/availability/", views.availability, name="availability"),
    path(
        "<slug:city>/counselling/availability/hours/<int:pk>/remove/",
        views.availability_pattern_remove,
        name="availability_pattern_remove",
    ),
    path(
        "<slug:city>/counselling/availability/exceptions/<int:pk>/remove/",
        views.availability_exception_remove,
        name="availability_exception_remove",
    ),
    path("<slug:city>/counselling/sessions/", views.sessions, name="sessions"),
    path("<slug:city>/counselling/portfolios/", views.shared_portfolios, name="portfolios"),
    path("<slug:city>/counselling/overview/", views.overview, name="overview"),
    path("<slug:city>/activities/", views.activities, name="activities"),
    path("<slug:city>/activities/new/", views.activity_new, name="activity_new"),
    path("<slug:city>/activities/<int:pk>/places/", views.activity_capacity, name="activity_capacity"),
    path("<slug:city>/activities/<int:pk>/", views.activity_detail, name="activity"),
    path("<slug:city>/activities/<int:pk>/attendance/", views.attendance, name="attendance"),
    path(
        "<slug:city>/activities/<int:pk>/certificate.pdf",
        views_certificates.activity_certificate,
        name="activity_certificate",
    ),
]

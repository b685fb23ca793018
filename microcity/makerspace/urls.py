"""Makerspace URLs: /<lang>/<city>/makerspace/…"""

from django.urls import path

from microcity.makerspace import views

app_name = "makerspace"
urlpatterns = [
    path("<slug:city>/makerspace/", views.index, name="index"),
    path("<slug:city>/makerspace/equipment/<int:pk>/", views.equipment_detail, name="equipment"),
    path("<slug:city>/makerspace/equipment/<int:pk>/book/", views.book, name="book"),
    path("<slug:city>/makerspace/equipment/<int:pk>/label.svg", views.equipment_label, name="label"),
    path("<slug:city>/makerspace/equipment/<int:pk>/status/", views.equipment_status, name="status"),
    path("<slug:city>/makerspace/spaces/<int:pk>/hours/", views.opening_hours, name="hours"),
    path("<slug:city>/makerspace/mine/", views.mine, name="mine"),
    path("<slug:city>/makerspace/statement/", views.statement, name="statement"),
    path("<slug:city>/makerspace/bookings/<int:pk>/", views.booking_detail, name="booking"),
    path("<slug:city>/makerspace/bookings/<int:pk>/cancel/", views.booking_cancel, name="cancel"),
    path("<slug:city>/makerspace/bookings/<int:pk>/booking.ics", views.booking_ics, name="ics"),
    path("<slug:city>/makerspace/bookings/<int:pk>/usage/", views.usage, name="usage"),
    path("<slug:city>/makerspace/bookings/<int:pk>/no-show/", views.no_show, name="no_show"),
    path("<slug:city>/makerspace/usage/<int:pk>/paid/", views.paid, name="paid"),
    path("<slug:city>/makerspace/desk/", views.desk, name="desk"),
    path("<slug:city>/makerspace/inductions/", views.inductions, name="inductions"),
    path("<slug:city>/makerspace/report/", views.report, name="report"),
]

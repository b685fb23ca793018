"""Investor attraction URLs: /<lang>/<city>/invest/… (the pipeline under invest/leads/)."""

from django.urls import path

from microcity.investors import views

app_name = "investors"
urlpatterns = [
    path("<slug:city>/invest/", views.offer, name="offer"),
    path("<slug:city>/invest/inquiry/", views.inquiry, name="inquiry"),
    path("<slug:city>/invest/inquiry/thanks/", views.inquiry_thanks, name="inquiry_thanks"),
    path("<slug:city>/invest/sites/new/", views.site_edit, name="site_new"),
    path("<slug:city>/invest/sites/<int:pk>/edit/", views.site_edit, name="site_edit"),
    path("<slug:city>/invest/incentives/new/", views.incentive_edit, name="incentive_new"),
    path("<slug:city>/invest/incentives/<int:pk>/edit/", views.incentive_edit, name="incentive_edit"),
    path("<slug:city>/invest/leads/", views.board, name="board"),
    path("<slug:city>/invest/leads/all/", views.leads, name="leads"),
    path("<slug:city>/invest/leads/new/", views.lead_new, name="lead_new"),
    path("<slug:city>/invest/leads/export.<str:fmt>", views.export, name="export"),
    path("<slug:city>/invest/leads/<int:pk>/", views.lead_detail, name="lead"),
    path("<slug:city>/invest/leads/<int:pk>/edit/", views.lead_edit, name="lead_edit"),
    path(
        "<slug:city>/invest/leads/<int:pk>/packs/<int:pack_pk>.pdf", views.info_pack_pdf, name="info_pack_pdf"
    ),
    path("<slug:city>/invest/report/", views.report, name="report"),
]

"""Portfolio URLs: /<lang>/portfolio/… (the youth's own, shared links, guardians' and counsellors' views)."""

from django.urls import path

from microcity.careers import views_portfolio as views

app_name = "portfolio"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("start/", views.start, name="start"),
    path("about/", views.about, name="about"),
    path("visibility/", views.visibility, name="visibility"),
    path("entries/<int:pk>/", views.entry_edit, name="entry_edit"),
    path("entries/<int:pk>/delete/", views.entry_delete, name="entry_delete"),
    path("entries/<int:pk>/evidence/", views.evidence_add, name="evidence_add"),
    path("evidence/<int:pk>/", views.evidence_download, name="evidence"),
    path("evidence/<int:pk>/delete/", views.evidence_delete, name="evidence_delete"),
    path("skills/", views.skills, name="skills"),
    path("skills/<int:pk>/remove/", views.skill_remove, name="skill_remove"),
    path("interests/", views.interests, name="interests"),
    path("interests/take/", views.interests_take, name="interests_take"),
    path("goals/new/", views.goal_new, name="goal_new"),
    path("goals/<int:pk>/", views.goal_detail, name="goal"),
    path("share/", views.share_links, name="share_links"),
    path("share/<int:pk>/revoke/", views.share_link_revoke, name="share_link_revoke"),
    path("share/<int:pk>/openings/", views.share_link_openings, name="share_link_openings"),
    path("shared/<str:token>/", views.shared, name="shared"),
    path("shared/<str:token>/evidence/<int:pk>/", views.shared_evidence, name="shared_evidence"),
    path("export/", views.export, name="export"),
    path("professions/", views.professions, name="professions"),
    path("youths/", views.youths, name="youths"),
    path("youths/<int:pk>/", views.youth_portfolio, name="youth"),
    path("<slug:section>/new/", views.entry_new, name="entry_new"),
]

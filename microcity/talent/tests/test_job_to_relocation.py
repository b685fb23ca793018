"""A job's page leads a person from elsewhere to the relocation contact point, with the job named."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_an_open_job_leads_to_the_contact_point(client, post_job, lang):
    job = post_job()
    html = client.get(f"/{lang}/valmiera/jobs/{job.pk}/").content.decode()
    assert f'href="/{lang}/valmiera/relocate/?job={job.pk}"' in html
    assert 'data-link="relocate"' in html
    inquiry = client.get(f"/{lang}/valmiera/relocate/?job={job.pk}").content.decode()
    assert job.title in inquiry and job.organisation.name in inquiry


def test_the_inquiry_names_only_an_open_job_of_this_city(client, post_job, ventspils):
    job = post_job()
    assert job.title not in client.get(f"/en/ventspils/relocate/?job={job.pk}").content.decode()
    assert client.get("/en/valmiera/relocate/?job=abc").status_code == 200
    assert client.get("/en/valmiera/relocate/?job=99999999999999999999").status_code == 200


def test_a_city_without_the_talent_programme_has_no_contact_point(client, valmiera):
    valmiera.programmes = "careers,summerjobs,library"
    valmiera.save()
    assert client.get("/en/valmiera/relocate/").status_code == 404

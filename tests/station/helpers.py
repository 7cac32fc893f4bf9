"""A fully filled enrolment form, reused by the station tests."""

from __future__ import annotations

from station.services.forms import EnrolmentForm

GIVEN = "Zawadiyatu"
FAMILY = "Mwakalindile"
PHONE = "+255 713 908172"


def full_form(**overrides: object) -> EnrolmentForm:
    form = EnrolmentForm(
        given_name=GIVEN, family_name=FAMILY, other_names="Neema",
        given_name_latin=GIVEN, family_name_latin=FAMILY, other_names_latin="Neema",
        sex="F", birth_date="1991-03-14", nationality="COD", languages=["swa,fra", "lin"],
        local_language="basic", region="Kigoma", district="Kasulu", place="Nyarugusu camp, zone 4",
        arrival_date="2026-07-02", phone=PHONE, email="zawadi.m@example.org",
        preferred_channel="sms",
        emergency_contacts=[("Baraka Mwakalindile", "brother", "+255 714 000111")],
        family_contacts=[("Imani Mwakalindile", "mother", "+243 810 222333", "")],
        dependants=[("Furaha Mwakalindile", "daughter", "2019")],
        documents=[("birth-certificate", "BC-44-2291", "COD", "")],
        vulnerabilities=["undocumented", "no-health-cover"], needs=["medical,shelter"],
        notes="Asked for help to trace her husband.",
        consent_purposes="registration,card,emergency-contact", consent_language="sw",
    )
    for key, value in overrides.items():
        setattr(form, key, value)
    return form

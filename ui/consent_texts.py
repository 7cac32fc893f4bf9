"""The consent statement read to (or by) the person, in their language.

The station records the text version and the language shown. A new wording gets a new
version in the station configuration (`consent_text_version`).
"""

from __future__ import annotations

CONSENT_TEXTS: dict[str, tuple[str, str]] = {
    # language code -> (language name in that language, statement)
    "en": ("English",
           "The immigration service will record your name, date of birth, contacts, family "
           "and needs, and a photo of your face, to register you, issue you an identity card "
           "and contact you or your family in an emergency. Your data is encrypted, kept no "
           "longer than needed and shared only as you agree below. You may withdraw your "
           "consent at any time at any site."),
    "fr": ("Français",
           "Le service de l'immigration enregistrera votre nom, votre date de naissance, vos "
           "contacts, votre famille et vos besoins, ainsi qu'une photo de votre visage, pour "
           "vous enregistrer, vous délivrer une carte d'identité et vous contacter, vous ou "
           "votre famille, en cas d'urgence. Vos données sont chiffrées, conservées pas plus "
           "longtemps que nécessaire et partagées seulement selon votre accord ci-dessous. "
           "Vous pouvez retirer votre consentement à tout moment, sur tout site."),
    "sw": ("Kiswahili",
           "Idara ya uhamiaji itarekodi jina lako, tarehe ya kuzaliwa, mawasiliano, familia na "
           "mahitaji yako, pamoja na picha ya uso wako, ili kukusajili, kukupa kitambulisho na "
           "kuwasiliana nawe au familia yako wakati wa dharura. Taarifa zako zimesimbwa, "
           "hazihifadhiwi muda mrefu kuliko inavyohitajika na zinashirikiwa tu kama "
           "unavyokubali hapa chini. Unaweza kuondoa ridhaa yako wakati wowote."),
    "ar": ("العربية",
           "ستسجل دائرة الهجرة اسمك وتاريخ ميلادك ووسائل الاتصال بك وعائلتك واحتياجاتك وصورة "
           "لوجهك، من أجل تسجيلك وإصدار بطاقة هوية لك والتواصل معك أو مع عائلتك في حالات "
           "الطوارئ. بياناتك مشفرة ولا تُحفظ أطول من اللازم ولا تُشارك إلا بموافقتك أدناه. "
           "يمكنك سحب موافقتك في أي وقت."),
}

RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps"}


def consent_text(language: str) -> str:
    return CONSENT_TEXTS.get(language, CONSENT_TEXTS["en"])[1]

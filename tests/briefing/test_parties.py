"""What the material says of the people in it."""

from __future__ import annotations

import pytest

from briefing.models import Evidence
from briefing.parties import Parties, Person, same_person


def test_a_role_is_shown_by_a_sentence_naming_the_person_over_one_referring_back() -> None:
    def said(quote: str, start: int) -> Evidence:
        return Evidence(document="calls/c.txt", kind="call", quote=quote, start=start, end=99)

    referring = said("mekanik di bawah beliau masih ragu", 0)
    naming = said("Pak Agus skeptis berat", 50)
    later = said("Pak Agus masih ragu", 80)
    for first, second in ((referring, naming), (naming, referring)):
        agus = Person("Agus Salim")
        agus.cue_role("blocker", first, named=first is naming)
        agus.cue_role("blocker", second, named=second is naming)
        agus.cue_role("blocker", later)
        assert agus.role_evidence["blocker"] == naming and agus.role_cues["blocker"] == 3


def test_an_organisation_is_told_by_its_own_name_not_its_legal_form_or_a_shared_word() -> None:
    parties = Parties(customer="PT Tambang Borneo Karya", vendor="Kirana Sistem")
    assert parties.side_of_org("PT Kirana Sistem Tambang") == "vendor"
    assert parties.side_of_org("PT Tambang Borneo Karya (site Loa Janan)") == "customer"
    assert parties.side_of_org("PT Integra Solusi Data") is None


@pytest.mark.parametrize(
    ("email", "side"),
    [
        ("rizky@apoteka.co.id", "vendor"),
        ("linda@sehatbersama.co.id", "customer"),
        ("sari@apoteksehatbersama.com", "customer"),
        ("budi@kirana-hq.com", None),
        ("ana@gmail.com", None),
    ],
)
def test_a_domain_is_the_organisation_whose_name_it_spells_not_one_sharing_its_first_letters(
    email: str, side: str | None
) -> None:
    parties = Parties(customer="Apotek Sehat Bersama", vendor="Apoteka")
    assert parties.side_of_domain(email) == side


def test_a_domain_may_add_a_suffix_to_the_organisation_s_first_word() -> None:
    parties = Parties(customer="PT Tambang Borneo", vendor="Kirana Sistem")
    assert parties.side_of_domain("budi@kirana-hq.com") == "vendor"
    assert parties.side_of_domain("ana@tambangborneo.co.id") == "customer"


def test_an_organisation_named_shorter_is_still_the_customer() -> None:
    parties = Parties(customer="The Alpine Crest Group", vendor="Tramline")
    assert parties.side_of_org("Alpine Crest") == "customer"


def test_one_person_by_a_longer_or_shorter_name() -> None:
    assert same_person("Fernanda Ibarra", "Fernanda Ibarra Lozano")
    assert same_person("Dr. Ana Ruiz", "Ana Ruiz")
    assert not same_person("Fernanda Ibarra", "Fernanda Lozano Ruiz")
    assert not same_person("Fernanda", "Fernanda Ibarra Lozano")

"""Deliverable ids stay with their deliverable from one version to the next (domain.ids)."""

from __future__ import annotations

from domain.ids import carry_over, number_new


def test_new_contracts_number_missing_ids_around_the_ones_given() -> None:
    items, given = number_new([{"title": "a"}, {"id": "D2", "title": "b"}, {"title": "c"}])
    assert [i["id"] for i in items] == ["D1", "D2", "D3"]
    assert given == ["D1", "D3"]


def test_an_id_less_deliverable_takes_the_id_it_had_by_title() -> None:
    previous = [("A", "Logo"), ("B", "Web"), ("C", "Fotos")]
    items = [{"title": "Web"}, {"title": "Fotos"}, {"title": "Vídeo"}]
    out = carry_over(items, previous, ever_used={"A", "B", "C", "D1"})
    # Web and Fotos keep B and C; the new one gets an id no version ever used (not D1).
    assert [i["id"] for i in out] == ["B", "C", "D2"]


def test_titles_match_ignoring_case_and_spacing() -> None:
    out = carry_over([{"title": "  diseño  del LOGO "}], [("A", "Diseño del logo")], ever_used={"A"})
    assert out[0]["id"] == "A"


def test_an_ambiguous_title_gets_a_new_id() -> None:
    # Two previous deliverables with the title, or two new ones: neither can be told apart.
    out = carry_over([{"title": "Fotos"}], [("A", "Fotos"), ("B", "Fotos")], ever_used={"A", "B"})
    assert out[0]["id"] == "D1"
    out = carry_over([{"title": "Fotos"}, {"title": "Fotos"}], [("A", "Fotos")], ever_used={"A"})
    assert [i["id"] for i in out] == ["D1", "D2"]


def test_an_id_the_file_gives_explicitly_is_not_taken_twice() -> None:
    out = carry_over([{"id": "A", "title": "Otra cosa"}, {"title": "Logo"}], [("A", "Logo")], ever_used={"A"})
    assert [i["id"] for i in out] == ["A", "D1"]

from bot.content.places import candidate_routes, names_of, route_for_places


def test_country_names_come_from_cldr_in_every_language() -> None:
    assert "libya" in names_of("LY", "en")
    assert "libye" in names_of("LY", "fr")
    assert "ليبيا" in names_of("LY", "ar")
    assert "لليبيا" in names_of("LY", "ar")  # with an attached preposition


def test_the_most_specific_places_pick_the_route() -> None:
    assert route_for_places(["LY", "IT"]) == "route.central_med"
    assert route_for_places(["MA", "IC"]) == "route.atlantic"
    assert route_for_places(["MA", "ES"]) == "route.western_med"
    assert route_for_places(["calais"]) == "route.channel"


def test_libya_is_the_sea_alone_and_the_desert_from_the_south() -> None:
    assert route_for_places(["LY"]) == "route.central_med"
    assert route_for_places(["TD", "LY"]) == "route.sahara"
    assert route_for_places(["NE", "LY"]) == "route.sahara"
    assert route_for_places(["LY", "IT"]) == "route.central_med"
    assert route_for_places(["LY", "MT"]) == "route.central_med"


def test_ambiguous_or_no_place_asks_back() -> None:
    assert route_for_places([]) is None
    assert route_for_places(["MA"]) is None
    assert set(candidate_routes(["MA"])) == {"route.western_med", "route.atlantic"}

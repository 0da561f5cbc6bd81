"""Entity resolution: names (keys, shapes), the fuzzy graph, and the corpus passes that use them."""

"""Use cases, one module per area. No Qt here: the GUI, the CLI and the tests share them."""

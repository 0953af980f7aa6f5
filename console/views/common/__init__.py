"""Pieces every section shares: the operation runner, the events hub, reusable widgets."""

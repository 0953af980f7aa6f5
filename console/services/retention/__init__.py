"""Personal data over time: how long each kind is kept (:mod:`rules`), the run that anonymises
what expired (:mod:`run`), a person's own data on request (:mod:`subject_access`), and the
rectification and erasure of a person met (:mod:`erasure`). No Qt."""

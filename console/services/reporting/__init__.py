"""Activity summaries for managers and coordinators: the figures of a period (shifts, hours,
outings, contacts, people met, cases, referrals, signals, pressure against presence, meetings,
actions) per zone and against the previous period, with small counts of people suppressed
(:mod:`suppression`), and the summary written as a PDF (:mod:`printout`).

Modules: :mod:`periods` (the period picked), :mod:`suppression` (the ``Count`` type and the
group rules), :mod:`queries` (the grouped SQL), :mod:`summary` (``activity_summary`` and its
dataclasses), :mod:`printout` (``write_summary_pdf``).
"""

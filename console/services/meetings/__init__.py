"""Coordination meetings (tavolo di coordinamento): who is invited and attends, an agenda
proposed from the data, the meeting run on a projector for the room's audience, decisions
turned into shifts, case changes, referrals, notes and zone thresholds, actions tracked across
meetings, and minutes written per audience, approved and then amended only.

Modules, one idea each: :mod:`meetings` (the list, a meeting's detail, preparing one),
:mod:`agenda` and :mod:`proposals` (the agenda and what the data proposes for it),
:mod:`attendance` (attendance, the confidentiality statement, starting), :mod:`room` (what the
projector shows for one item), :mod:`decisions`, :mod:`actions`, :mod:`minutes` and
:mod:`document` (the minutes of one audience). :mod:`rows` holds what they return and
:mod:`build` makes it, :mod:`audience` decides who reads what, :mod:`common` holds their
refusals and shared checks.
"""

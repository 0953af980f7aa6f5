"""The Cases section (``section.CasesView``): cases, their notes for an audience, people met,
referrals, search."""

"""Cases: debriefs of outings, people met and their consents, cases, notes written for an
audience, referrals between organizations, and full-text search over what the reader may read."""

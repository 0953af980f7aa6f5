"""The Calendar section: plan a week of joint shifts."""

"""The small core every capability builds on: ports (Chat, Media, Clock), the context a
workflow sees, access rules, answers, decisions, drafts, identities, and the one runner of units
of work."""

"""What people type, and who answers it: the command registry, the router that turns one
`Incoming` into an `Intent` (French words, aliases, typos forgiven), the handlers, the event
pipeline and the registry of dialogue kinds."""

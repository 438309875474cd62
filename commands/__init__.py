"""Turns one `Incoming` into an `Intent`: French command words, aliases, typos forgiven."""

"""The product's logic: plain async code over ports (Chat, Clock, the unit of work)."""

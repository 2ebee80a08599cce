"""The workshop day: the five stages run from the app (see ``views.day.controller``)."""

"""Fuzzing the readers of everything the app accepts: exchange files, content files, pastes.

``mutate`` makes hostile inputs from valid seeds, ``targets`` feeds one input to
one reader and judges the outcome (accepted and valid, or exactly one clean
refusal; the database unchanged after a refusal; bounded time), ``run`` is the
long run behind ``make fuzz`` and ``test_fuzz_readers`` the short one in the suite.
"""

"""The facilitator's review services, pure and testable without a database or a display.

- ``rubrics``: load rubric files; ``scoring``: score sheets and the checker evidence per criterion.
- ``peers``: peer rounds (round-robin, edits, locking) and feedback entries.
- ``states``: review states per phase (verdict, correction, re-evaluation).
- ``snapshots`` and ``diff``: named versions of a strategy and what changed between two.
- ``compare``: strategies of one scenario side by side.
- ``replay``: a strategy's growth from its operation log.
- ``timer``: the agenda timer as a state machine with an injectable clock.
- ``members_csv`` and ``scores_csv`` (over ``csvio``): CSV import and export.
- ``report``, ``report_slides``, ``report_pdf``: the facilitator report as data, blocks and PDF;
  ``review_slides``: the review section of a team's deck.

Records in, records out: the store persists them (each one a JSON row), views drive them.
"""

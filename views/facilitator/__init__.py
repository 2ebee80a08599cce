"""The facilitator's workspace: agenda timer, case study, rubric scoring, peer feedback,
phase reviews, side-by-side review, versions and history replay.

Every widget here is self-contained: it takes plain model records (``Rubric``,
``RubricSheet``, ``PeerRound``, ``PhaseReview``, ``Snapshot``, ``Strategy``) and
emits new records through signals, so the main window decides where they are
stored. Canvases shown here are read-only copies; nothing here changes a
strategy's document.
"""

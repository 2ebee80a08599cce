"""The facilitator's review services: rubrics and scoring, peer rounds, phase reviews,
snapshots and diffs, history replay, the agenda timer, CSV import/export and the report.

Everything here is pure: records in, records out, no database and no Qt. The
store persists the records (each one a JSON row) and the views drive them.
"""

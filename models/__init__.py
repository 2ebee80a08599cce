"""Pure domain data for MLOps Lifecycle Canvas: phases, profiles, strategies, operations.

Nothing here imports Qt, SQLAlchemy or any other package of ours; the checker,
exporter and CLI build on these records without a display.
"""

"""Benchmarks: each ``bench_<area>.py`` prints a table of medians.

Run one with ``python -m bench.bench_<area>``.
"""

"""Benchmarks of the bot, run from a clone: `python -m benchmarks matcher|throughput|...`.

Not installed with the bot (it reads the evaluation questions in tests/, which only a clone has).
"""

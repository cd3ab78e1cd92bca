"""The big models (see make_int8.py)."""
MODELS = {}

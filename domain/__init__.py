"""The contract model, its validation, money and diffs: pure Python, no Qt."""

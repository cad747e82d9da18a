"""Every send failure reads as a full sentence in both languages, even with facts missing."""

from __future__ import annotations

import pytest

from delivery.errors import SendCancelled, SendError, SendErrorCode, file_size


@pytest.mark.parametrize("code", list(SendErrorCode))
def test_every_code_has_words_in_both_languages(code: SendErrorCode) -> None:
    error = SendError(code, host="smtp.example.com", port=587)
    es, en = error.message("es"), error.message("en")
    assert es and en and es != en
    assert "{" not in es + en
    assert str(error) == en
    if code is not SendErrorCode.CANCELLED:
        assert "borrador" in es and "draft" in en
    assert error.message("fr") == en


def test_sizes_are_written_for_people() -> None:
    error = SendError(SendErrorCode.TOO_LARGE, host="h", size=26_500_000, limit=25_000_000)
    assert "26,5 MB" in error.message("es") and "25 MB" in error.message("es")
    assert "26.5 MB" in error.message("en")
    assert file_size(512, "en") == "512 bytes"
    assert file_size(10_240, "es") == "10,2 kB"
    assert SendCancelled().code is SendErrorCode.CANCELLED

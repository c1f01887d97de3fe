//! The work queue of the shared mode, on NATS JetStream.
//!
//! - [`Queue::publish`] sends an article (a [`Document`] as JSON, annotated or not) to the subject
//!   [`SUBJECT`] of the work-queue stream [`STREAM`], with the header `Nats-Msg-Id` set to the
//!   SHA-256 of its text ([`vigie_store::content_hash`]): the server drops an article published
//!   twice within the stream's duplicate window ([`DUPLICATE_WINDOW`]); the store's idempotent
//!   insert covers the rest.
//! - Workers share one durable pull consumer ([`CONSUMER`]) with explicit acknowledgement: a worker
//!   acknowledges an article only once it is stored ([`Worker::ack`] waits for the server to
//!   confirm), and an article a worker took but did not acknowledge within the consumer's
//!   `ack_wait` (the worker died, or hangs) is delivered again, to any worker. In a work-queue
//!   stream an acknowledged message is removed, so [`Queue::waiting`] is the work left.
//! - Only stream and consumer fields that nats-server 2.9 knows are used.
//!
//! The API is blocking (a small tokio runtime inside), for the command line's sync code.

pub mod test_server;

use async_nats::jetstream::{self, consumer, stream, AckKind};
use futures_util::StreamExt;
use std::time::Duration;
use vigie_core::Document;

pub const STREAM: &str = "VIGIE_ARTICLES";
pub const SUBJECT: &str = "vigie.articles";
pub const CONSUMER: &str = "vigie-workers";
pub const DUPLICATE_WINDOW: Duration = Duration::from_secs(24 * 3600);
/// How long a worker has to store and acknowledge an article before it goes to another worker.
pub const DEFAULT_ACK_WAIT: Duration = Duration::from_secs(60);
/// Publish acknowledgements awaited at once.
const IN_FLIGHT: usize = 512;

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("cannot connect to NATS at {url}: {message}")]
    Connect { url: String, message: String },
    #[error("NATS JetStream: {0}")]
    JetStream(String),
    #[error("article {id}: {bytes} bytes as JSON, more than the server's limit of {limit} bytes per message")]
    TooLarge { id: String, bytes: usize, limit: usize },
    #[error("cannot encode article {id}: {source}")]
    Json { id: String, source: serde_json::Error },
    #[error("cannot start the NATS client's runtime: {0}")]
    Runtime(std::io::Error),
}

fn js<E: std::fmt::Display>(e: E) -> QueueError {
    QueueError::JetStream(e.to_string())
}

pub type Result<T> = std::result::Result<T, QueueError>;

/// What publishing did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PublishReport {
    /// Articles the stream took.
    pub published: usize,
    /// Articles the server recognised as already published (same content hash).
    pub duplicates: usize,
}

/// A connection to the queue; creates the stream when missing.
pub struct Queue {
    runtime: tokio::runtime::Runtime,
    client: async_nats::Client,
    context: jetstream::Context,
    in_flight: Vec<jetstream::context::PublishAckFuture>,
    report: PublishReport,
}

impl Queue {
    /// Connects to `url` (`nats://host:port`) and makes sure the work-queue stream exists.
    pub fn connect(url: &str) -> Result<Queue> {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(QueueError::Runtime)?;
        let (client, context) = runtime.block_on(async {
            let client = async_nats::ConnectOptions::new()
                .connection_timeout(Duration::from_secs(10))
                .connect(url)
                .await
                .map_err(|e| QueueError::Connect { url: url.to_string(), message: e.to_string() })?;
            let context = jetstream::new(client.clone());
            context
                .get_or_create_stream(stream::Config {
                    name: STREAM.to_string(),
                    subjects: vec![SUBJECT.to_string()],
                    retention: stream::RetentionPolicy::WorkQueue,
                    storage: stream::StorageType::File,
                    duplicate_window: DUPLICATE_WINDOW,
                    ..Default::default()
                })
                .await
                .map_err(|e| QueueError::JetStream(format!("cannot create or open the stream {STREAM}: {e} (is JetStream enabled, nats-server -js?)")))?;
            Ok::<_, QueueError>((client, context))
        })?;
        Ok(Queue { runtime, client, context, in_flight: Vec::new(), report: PublishReport::default() })
    }

    /// Sends one article; the server's acknowledgement is awaited later (by [`Queue::flush`], or
    /// when many are in flight). An article too large for the server is refused here, with its id.
    pub fn publish(&mut self, doc: &Document) -> Result<()> {
        let payload = serde_json::to_vec(doc).map_err(|source| QueueError::Json { id: doc.id.clone(), source })?;
        let limit = self.client.server_info().max_payload;
        if payload.len() + 1024 > limit {
            return Err(QueueError::TooLarge { id: doc.id.clone(), bytes: payload.len(), limit });
        }
        let mut headers = async_nats::HeaderMap::new();
        headers.insert("Nats-Msg-Id", vigie_store::content_hash(doc).as_str());
        let future = self
            .runtime
            .block_on(self.context.publish_with_headers(SUBJECT, headers, payload.into()))
            .map_err(|e| js(format!("cannot publish article {}: {e}", doc.id)))?;
        self.in_flight.push(future);
        if self.in_flight.len() >= IN_FLIGHT {
            self.await_acks()?;
        }
        Ok(())
    }

    fn await_acks(&mut self) -> Result<()> {
        let pending = std::mem::take(&mut self.in_flight);
        let acks = self.runtime.block_on(futures_util::future::join_all(pending.into_iter().map(std::future::IntoFuture::into_future)));
        for ack in acks {
            let ack = ack.map_err(|e| js(format!("the stream did not confirm an article: {e}")))?;
            if ack.duplicate {
                self.report.duplicates += 1;
            } else {
                self.report.published += 1;
            }
        }
        Ok(())
    }

    /// Waits for every article sent to be confirmed by the server; what was published so far.
    pub fn flush(&mut self) -> Result<PublishReport> {
        self.await_acks()?;
        Ok(self.report)
    }

    /// Articles in the stream: published and not yet acknowledged by a worker.
    pub fn waiting(&self) -> Result<u64> {
        self.runtime.block_on(async {
            let mut stream = self.context.get_stream(STREAM).await.map_err(js)?;
            Ok(stream.info().await.map_err(js)?.state.messages)
        })
    }

    /// Joins the workers' durable consumer, creating it with this `ack_wait` when missing (an
    /// existing consumer keeps its own).
    pub fn worker(self, ack_wait: Duration) -> Result<Worker> {
        let consumer = self.runtime.block_on(async {
            let stream = self.context.get_stream(STREAM).await.map_err(js)?;
            stream
                .get_or_create_consumer(
                    CONSUMER,
                    consumer::pull::Config {
                        durable_name: Some(CONSUMER.to_string()),
                        ack_policy: consumer::AckPolicy::Explicit,
                        ack_wait,
                        max_ack_pending: 10_000,
                        ..Default::default()
                    },
                )
                .await
                .map_err(|e| js(format!("cannot join the consumer {CONSUMER}: {e}")))
        })?;
        Ok(Worker { queue: self, consumer })
    }
}

/// One article taken from the queue.
pub struct Delivery {
    message: jetstream::Message,
    /// The article, or why its message is not one.
    pub document: std::result::Result<Document, String>,
    /// How many times it has been delivered (1 the first time).
    pub delivered: i64,
}

/// A worker's end of the queue.
pub struct Worker {
    queue: Queue,
    consumer: consumer::PullConsumer,
}

impl Worker {
    /// Takes up to `max` articles, waiting at most `wait` for the first.
    pub fn fetch(&mut self, max: usize, wait: Duration) -> Result<Vec<Delivery>> {
        let consumer = &self.consumer;
        self.queue.runtime.block_on(async {
            let mut batch = consumer
                .fetch()
                .max_messages(max.max(1))
                .expires(wait.max(Duration::from_millis(100)))
                .messages()
                .await
                .map_err(js)?;
            let mut out = Vec::new();
            while let Some(message) = batch.next().await {
                let message = message.map_err(js)?;
                let delivered = message.info().map(|i| i.delivered).unwrap_or(1);
                let document = serde_json::from_slice::<Document>(&message.payload)
                    .map_err(|e| format!("message on {} is not a vigie article: {e}", message.subject));
                out.push(Delivery { message, document, delivered });
            }
            Ok(out)
        })
    }

    /// Acknowledges stored articles, waiting for the server to confirm each (so an article is
    /// never both acknowledged and delivered again).
    pub fn ack<'a>(&self, deliveries: impl IntoIterator<Item = &'a Delivery>) -> Result<()> {
        self.queue.runtime.block_on(async {
            let acks = futures_util::future::join_all(deliveries.into_iter().map(|d| d.message.double_ack())).await;
            acks.into_iter().try_for_each(|a| a.map_err(|e| js(format!("acknowledgement not confirmed: {e}"))))
        })
    }

    /// Drops a message that can never be processed (not an article): it is not delivered again.
    pub fn reject(&self, delivery: &Delivery) -> Result<()> {
        self.queue.runtime.block_on(delivery.message.ack_with(AckKind::Term)).map_err(js)
    }

    /// Asks for a message to be delivered again soon (storing it failed for a passing reason).
    pub fn retry_later(&self, delivery: &Delivery, delay: Duration) -> Result<()> {
        self.queue.runtime.block_on(delivery.message.ack_with(AckKind::Nak(Some(delay)))).map_err(js)
    }

    /// Articles in the stream: not yet acknowledged by any worker.
    pub fn waiting(&self) -> Result<u64> {
        self.queue.waiting()
    }
}

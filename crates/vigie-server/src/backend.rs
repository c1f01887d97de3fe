//! What the API needs of a store, so that one server serves the embedded SQLite store
//! ([`vigie_store::Store`]) and the shared PostgreSQL store ([`vigie_pg::PgStore`]) alike.

use vigie_core::Document;
use vigie_store::{Bucket, EventFilter, Stats, Store, StoredArticle, StoredEvent, TimelinePoint};

/// An error of whichever store is behind the server; answered 500 with its message.
pub type BackendError = Box<dyn std::error::Error + Send + Sync>;

/// The queries the API makes, and the one write (`POST /articles`). One value is one connection.
pub trait EventStore: Send {
    fn count_events(&mut self, filter: &EventFilter) -> Result<i64, BackendError>;
    fn events(&mut self, filter: &EventFilter) -> Result<Vec<StoredEvent>, BackendError>;
    fn event(&mut self, id: i64) -> Result<Option<StoredEvent>, BackendError>;
    fn timeline(&mut self, filter: &EventFilter, bucket: Bucket) -> Result<Vec<TimelinePoint>, BackendError>;
    fn stats(&mut self) -> Result<Stats, BackendError>;
    fn article(&mut self, id: i64) -> Result<Option<StoredArticle>, BackendError>;
    fn article_event_ids(&mut self, article_id: i64) -> Result<Vec<i64>, BackendError>;
    fn article_id_by_hash(&mut self, hash: &str) -> Result<Option<i64>, BackendError>;
    /// Stores an annotated article and merges its events with the others'; false when an
    /// article with the same text was stored already.
    fn add_and_merge(&mut self, doc: &Document) -> Result<bool, BackendError>;
}

impl EventStore for Store {
    fn count_events(&mut self, filter: &EventFilter) -> Result<i64, BackendError> {
        Ok(Store::count_events(self, filter)?)
    }
    fn events(&mut self, filter: &EventFilter) -> Result<Vec<StoredEvent>, BackendError> {
        Ok(Store::events(self, filter)?)
    }
    fn event(&mut self, id: i64) -> Result<Option<StoredEvent>, BackendError> {
        Ok(Store::event(self, id)?)
    }
    fn timeline(&mut self, filter: &EventFilter, bucket: Bucket) -> Result<Vec<TimelinePoint>, BackendError> {
        Ok(Store::timeline(self, filter, bucket)?)
    }
    fn stats(&mut self) -> Result<Stats, BackendError> {
        Ok(Store::stats(self)?)
    }
    fn article(&mut self, id: i64) -> Result<Option<StoredArticle>, BackendError> {
        Ok(Store::article(self, id)?)
    }
    fn article_event_ids(&mut self, article_id: i64) -> Result<Vec<i64>, BackendError> {
        Ok(Store::article_event_ids(self, article_id)?)
    }
    fn article_id_by_hash(&mut self, hash: &str) -> Result<Option<i64>, BackendError> {
        Ok(Store::article_id_by_hash(self, hash)?)
    }
    fn add_and_merge(&mut self, doc: &Document) -> Result<bool, BackendError> {
        let report = self.add_batch(std::slice::from_ref(doc))?;
        if report.articles_added == 0 {
            return Ok(false);
        }
        self.merge()?;
        Ok(true)
    }
}

impl EventStore for vigie_pg::PgStore {
    fn count_events(&mut self, filter: &EventFilter) -> Result<i64, BackendError> {
        Ok(vigie_pg::PgStore::count_events(self, filter)?)
    }
    fn events(&mut self, filter: &EventFilter) -> Result<Vec<StoredEvent>, BackendError> {
        Ok(vigie_pg::PgStore::events(self, filter)?)
    }
    fn event(&mut self, id: i64) -> Result<Option<StoredEvent>, BackendError> {
        Ok(vigie_pg::PgStore::event(self, id)?)
    }
    fn timeline(&mut self, filter: &EventFilter, bucket: Bucket) -> Result<Vec<TimelinePoint>, BackendError> {
        Ok(vigie_pg::PgStore::timeline(self, filter, bucket)?)
    }
    fn stats(&mut self) -> Result<Stats, BackendError> {
        Ok(vigie_pg::PgStore::stats(self)?)
    }
    fn article(&mut self, id: i64) -> Result<Option<StoredArticle>, BackendError> {
        Ok(vigie_pg::PgStore::article(self, id)?)
    }
    fn article_event_ids(&mut self, article_id: i64) -> Result<Vec<i64>, BackendError> {
        Ok(vigie_pg::PgStore::article_event_ids(self, article_id)?)
    }
    fn article_id_by_hash(&mut self, hash: &str) -> Result<Option<i64>, BackendError> {
        Ok(vigie_pg::PgStore::article_id_by_hash(self, hash)?)
    }
    fn add_and_merge(&mut self, doc: &Document) -> Result<bool, BackendError> {
        // The PostgreSQL store merges in the same transaction, under its advisory lock.
        Ok(self.add_batch(std::slice::from_ref(doc))?.articles_added > 0)
    }
}

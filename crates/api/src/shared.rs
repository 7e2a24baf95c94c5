//! The window's handle on the database: one [`Desk`] behind a lock, every
//! call on a blocking thread of the async runtime (SQLite never blocks the
//! thread that drives the window), and imports that report progress while
//! they run in the background.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::time::Duration;

use crate::documents::{import_sources, FileImport, ImportOptions, ImportProgress, ImportSource};
use crate::{AppError, Desk};

/// How long background work lets go of the database between documents, so
/// that the window's calls waiting for the lock get it first.
const YIELD_TO_WINDOW: Duration = Duration::from_millis(2);

/// How often the window's database log is copied into the file, beside
/// the commits instead of inside one of them (`store::Checkpointer`).
const CHECKPOINT_EVERY: Duration = Duration::from_secs(2);

/// The open database, or why it could not be opened (the window says so
/// and offers another), and where it is.
#[derive(Clone)]
pub struct SharedDesk {
    inner: Arc<Inner>,
}

struct Inner {
    desk: Mutex<Result<Desk, AppError>>,
    path: Mutex<PathBuf>,
}

impl SharedDesk {
    /// Open the database at `path`; a failure is kept, not returned, so the
    /// window can start and explain it.
    pub fn open(path: PathBuf) -> SharedDesk {
        let desk = open_for_window(&path);
        let shared = SharedDesk {
            inner: Arc::new(Inner {
                desk: Mutex::new(desk),
                path: Mutex::new(path),
            }),
        };
        let weak = Arc::downgrade(&shared.inner);
        // Best effort: without the thread, commits checkpoint as usual.
        let _ = std::thread::Builder::new()
            .name("checkpoints".into())
            .spawn(move || checkpoint_while_open(&weak));
        shared
    }

    /// Where the database is (or was to be opened).
    pub fn path(&self) -> PathBuf {
        self.inner
            .path
            .lock()
            .map(|p| p.clone())
            .unwrap_or_default()
    }

    /// Why the database could not be opened, if it could not.
    pub fn open_error(&self) -> Option<AppError> {
        lock(&self.inner.desk)
            .ok()
            .and_then(|d| d.as_ref().err().cloned())
    }

    /// Run `f` on the open database, on a blocking thread.
    pub async fn run<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Desk) -> Result<T, AppError> + Send + 'static,
    {
        let inner = Arc::clone(&self.inner);
        blocking(move || with_desk(&inner, f)).await?
    }

    /// Switch to the database at `path` (created if new). If it cannot be
    /// opened the current one stays open and the error says why.
    pub async fn switch_to(&self, path: PathBuf) -> Result<(), AppError> {
        let opened = blocking({
            let path = path.clone();
            move || open_for_window(&path)
        })
        .await??;
        *lock(&self.inner.desk)? = Ok(opened);
        *lock(&self.inner.path)? = path;
        Ok(())
    }

    /// Import files and web pages in the background: reading, fetching
    /// and the engine run without the lock, so the window keeps listing
    /// and saving verdicts; each batch is stored under it. `progress`
    /// hears after each source.
    pub async fn import_sources<P>(
        &self,
        sources: Vec<ImportSource>,
        progress: P,
    ) -> Result<Vec<FileImport>, AppError>
    where
        P: FnMut(ImportProgress) + Send + 'static,
    {
        let inner = Arc::clone(&self.inner);
        blocking(move || {
            import_sources(&sources, &ImportOptions::default(), progress, |batch| {
                let outcomes = with_desk(&inner, |desk| Ok(desk.store.import_many(batch)?))?;
                // Relations are derived: each document takes the lock on
                // its own, so a verdict waits for one document at most.
                for outcome in outcomes.iter().filter(|o| !o.duplicate) {
                    let _ = with_desk(&inner, |desk| desk.relate_document(outcome.id));
                    // The lock is not fair: without a pause this thread takes
                    // it again before a waiting window call wakes up.
                    std::thread::sleep(YIELD_TO_WINDOW);
                }
                Ok(outcomes)
            })
        })
        .await
    }

    /// Relate the documents an older version imported or related by older
    /// rules (`Desk::documents_to_relate`), one document per lock, in the
    /// background; how many were related.
    pub async fn relate_pending(&self) -> Result<usize, AppError> {
        let inner = Arc::clone(&self.inner);
        blocking(move || {
            let pending = with_desk(&inner, |desk| desk.documents_to_relate())?;
            for id in &pending {
                with_desk(&inner, |desk| desk.relate_document(*id))?;
                std::thread::sleep(YIELD_TO_WINDOW);
            }
            Ok(pending.len())
        })
        .await?
    }
}

/// Open a database for the window: its commits leave checkpoints to
/// `checkpoint_while_open`.
fn open_for_window(path: &Path) -> Result<Desk, AppError> {
    let desk = Desk::open(path)?;
    desk.store.leave_checkpoints_to_another_connection()?;
    Ok(desk)
}

/// Checkpoint the open database every `CHECKPOINT_EVERY` until the window's
/// desk is gone, following a switch to another file. A file the desk could
/// not open (perhaps not ours) is never touched; errors (a read-only or
/// vanished file) only skip a turn.
fn checkpoint_while_open(inner: &Weak<Inner>) {
    let mut open: Option<(PathBuf, store::Checkpointer)> = None;
    loop {
        std::thread::sleep(CHECKPOINT_EVERY);
        let Some(inner) = inner.upgrade() else { return };
        let opened = inner.desk.lock().is_ok_and(|d| d.is_ok());
        let path = inner.path.lock().map(|p| p.clone()).unwrap_or_default();
        drop(inner);
        if !opened {
            open = None;
            continue;
        }
        if open.as_ref().is_none_or(|(p, _)| *p != path) {
            open = store::Checkpointer::open(&path).ok().map(|c| (path, c));
        }
        if let Some((_, checkpointer)) = &open {
            let _ = checkpointer.checkpoint();
        }
    }
}

fn with_desk<T>(
    inner: &Inner,
    f: impl FnOnce(&mut Desk) -> Result<T, AppError>,
) -> Result<T, AppError> {
    match &mut *lock(&inner.desk)? {
        Ok(desk) => f(desk),
        Err(e) => Err(e.clone()),
    }
}

fn lock<T>(mutex: &Mutex<T>) -> Result<MutexGuard<'_, T>, AppError> {
    mutex.lock().map_err(|_| {
        AppError::new(
            "internal",
            "a database call failed halfway and left its lock; restart Claimdesk",
        )
    })
}

/// `f` on the runtime's blocking threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| AppError::new("internal", e.to_string()))
}

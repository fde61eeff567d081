//! The costing of a file read from a stream, on every core: one thread cuts the file into
//! batches of rows, the workers read and cost them, each into its own aggregates, merged at the end
//! (the merge gives the same figures as one thread). At most [`IN_FLIGHT`] batches per worker exist
//! at any time, so memory does not grow with the file; the per-row outcomes, when asked for, come
//! out in the order of the file. One thread (or wasm32, which has none) reads and costs in turn.

use std::collections::BTreeMap;
use std::io::Read;
use std::ops::Range;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};

use super::aggregate::Aggregates;
use super::costing::{Costing, RowOutcome};
use super::framing::Record;
use super::row::Decoder;
use super::run::{cost_record, Reader};
use super::FileError;

/// Rows per batch.
pub const BATCH: usize = 256;

/// Batches read but not yet done, per worker.
pub const IN_FLIGHT: usize = 4;

/// Bytes read from the file at a time.
const CHUNK: usize = 1 << 16;

#[derive(Debug)]
pub enum Failure {
    /// The file could not be read (the operating system's error).
    Io(std::io::Error),
    /// The file is not a cohort (see [`FileError`]).
    File(FileError),
}

impl From<FileError> for Failure {
    fn from(e: FileError) -> Self {
        Self::File(e)
    }
}

struct Batch {
    seq: u64,
    decoder: Arc<Decoder>,
    text: Vec<u8>,
    /// Line, position in the file, text in `text`, whether it holds a quote.
    records: Vec<(u64, u64, Range<usize>, bool)>,
}

impl Batch {
    fn new(seq: u64, decoder: Arc<Decoder>) -> Self {
        Self {
            seq,
            decoder,
            text: Vec::new(),
            records: Vec::with_capacity(BATCH),
        }
    }
}

/// Costs every row of `input` on `threads` workers; `on_row` (if any) sees each row's outcome in
/// the order of the file.
pub fn cost_file(
    input: impl Read,
    costing: &Costing,
    threads: usize,
    on_row: Option<&mut (dyn FnMut(&RowOutcome) + Send)>,
) -> Result<Aggregates, Failure> {
    if threads <= 1 || cfg!(target_arch = "wasm32") {
        return cost_in_turn(input, costing, on_row);
    }
    let writing = on_row.is_some();
    std::thread::scope(|s| {
        let (work_tx, work_rx) = sync_channel::<Batch>(threads);
        let work_rx = Arc::new(Mutex::new(work_rx));
        let (done_tx, done_rx) = sync_channel::<(u64, Vec<RowOutcome>)>(threads);
        // A token per batch allowed in flight: taken to send a batch, given back once it is done.
        let (token_tx, token_rx) = sync_channel::<()>(threads * IN_FLIGHT);
        for _ in 0..threads * IN_FLIGHT {
            let _ = token_tx.send(());
        }
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let work_rx = Arc::clone(&work_rx);
                let done_tx = done_tx.clone();
                let token_tx = token_tx.clone();
                s.spawn(move || {
                    let mut aggregates = Aggregates::new(costing);
                    loop {
                        // The lock is held only to take the next batch.
                        let batch = match work_rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => break,
                        };
                        let Ok(batch) = batch else { break };
                        let mut outcomes = Vec::new();
                        for (ligne, debut, range, quotes) in &batch.records {
                            let record = Record {
                                ligne: *ligne,
                                debut: *debut,
                                text: &batch.text[range.clone()],
                                quotes: *quotes,
                            };
                            if let Some(o) = cost_record(costing, &batch.decoder, record) {
                                aggregates.add(&o);
                                if writing {
                                    outcomes.push(o);
                                }
                            }
                        }
                        let sent = if writing {
                            done_tx.send((batch.seq, outcomes)).is_ok()
                        } else {
                            token_tx.send(()).is_ok()
                        };
                        if !sent {
                            break;
                        }
                    }
                    aggregates
                })
            })
            .collect();
        drop(done_tx);
        let writer = on_row.map(|on_row| {
            let token_tx = token_tx.clone();
            s.spawn(move || write_in_order(done_rx, on_row, &token_tx))
        });
        drop(token_tx);
        let read = read_batches(input, |batch| {
            token_rx.recv().is_ok() && work_tx.send(batch).is_ok()
        });
        drop(work_tx);
        let mut total = Aggregates::new(costing);
        for w in workers {
            // A worker that panicked is a defect of the calculator: let it show.
            let part = w.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            total.merge(&part);
        }
        if let Some(w) = writer {
            w.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        }
        read?.check_not_empty(total.rows())?;
        Ok(total)
    })
}

/// One thread: each row read, then costed.
fn cost_in_turn(
    input: impl Read,
    costing: &Costing,
    mut on_row: Option<&mut (dyn FnMut(&RowOutcome) + Send)>,
) -> Result<Aggregates, Failure> {
    let mut aggregates = Aggregates::new(costing);
    let reader = read_chunks(input, |reader, _| {
        while let Some((record, decoder)) = reader.next_record()? {
            if let Some(o) = cost_record(costing, decoder, record) {
                if let Some(f) = on_row.as_mut() {
                    f(&o);
                }
                aggregates.add(&o);
            }
        }
        Ok(true)
    })?;
    reader.check_not_empty(aggregates.rows())?;
    Ok(aggregates)
}

/// Reads `input` chunk by chunk into a reader, calling `each` after every chunk (and once after
/// the end, with `true`); `each` returns false to stop. Returns the reader where it stopped.
fn read_chunks(
    mut input: impl Read,
    mut each: impl FnMut(&mut Reader, bool) -> Result<bool, Failure>,
) -> Result<Reader, Failure> {
    let mut reader = Reader::new();
    let mut chunk = vec![0; CHUNK];
    loop {
        let n = match input.read(&mut chunk) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Failure::Io(e)),
        };
        if n == 0 {
            reader.finish();
        } else {
            reader.push(&chunk[..n]);
        }
        if !each(&mut reader, n == 0)? || n == 0 {
            return Ok(reader);
        }
    }
}

/// Reads `input` into batches of rows given to `send` (false: the workers stopped); returns the
/// reader at the end of the file.
fn read_batches(input: impl Read, mut send: impl FnMut(Batch) -> bool) -> Result<Reader, Failure> {
    let mut batch: Option<Batch> = None;
    let mut seq = 0;
    read_chunks(input, |reader, end| {
        while let Some((record, decoder)) = reader.next_record()? {
            let b = batch.get_or_insert_with(|| Batch::new(seq, Arc::clone(decoder)));
            let start = b.text.len();
            b.text.extend_from_slice(record.text);
            b.records.push((
                record.ligne,
                record.debut,
                start..b.text.len(),
                record.quotes,
            ));
            if b.records.len() == BATCH {
                seq += 1;
                if !send(batch.take().expect("just filled")) {
                    return Ok(false);
                }
            }
        }
        if end {
            if let Some(b) = batch.take() {
                send(b);
            }
        }
        Ok(true)
    })
}

/// Gives the outcomes to `on_row` in the order of the batches, whatever order they are done in.
fn write_in_order(
    done: Receiver<(u64, Vec<RowOutcome>)>,
    on_row: &mut (dyn FnMut(&RowOutcome) + Send),
    tokens: &std::sync::mpsc::SyncSender<()>,
) {
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    for (seq, outcomes) in done {
        waiting.insert(seq, outcomes);
        while let Some(outcomes) = waiting.remove(&next) {
            outcomes.iter().for_each(&mut *on_row);
            let _ = tokens.send(());
            next += 1;
        }
    }
}

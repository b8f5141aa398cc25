//! An ordered parallel map with a bounded reorder window: the batch engine of `extract`
//! and `check`.
//!
//! Workers take inputs in order and process them in parallel; the caller sees every result
//! twice: at once, when it arrives ([`Sink::arrived`], where errors are printed as they
//! happen), and in input order ([`Sink::ordered`], where output is written). A worker may
//! start input `i` only while `i < emitted + window`, so at most `window` results wait to
//! be written however long one slow input takes: memory stays flat whatever the batch size,
//! and output starts with the first result. Workers are detached threads: when the sink
//! stops the run (a closed pipe), a worker stuck on a slow read does not hold up the exit.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::sync::{Arc, Condvar, Mutex, PoisonError, mpsc};

/// Where results go.
pub trait Sink<R> {
    /// A result arrived (any order).
    fn arrived(&mut self, _index: usize, _result: &R) {}
    /// The next result in input order; `Break` stops the run.
    fn ordered(&mut self, index: usize, result: R) -> ControlFlow<()>;
}

/// [`run`] of a single input: on the calling thread, which spares a single notice a
/// thread's start (its stack and its allocator arena). A panic in `work` ends the run as a
/// worker's death would: the results before it reached the sink, and `false` is returned.
fn run_here<I, R, W, S>(items: Vec<I>, work: W, sink: &mut S) -> bool
where
    W: Fn(usize, I) -> R,
    S: Sink<R>,
{
    for (i, item) in items.into_iter().enumerate() {
        let Ok(r) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(i, item))) else {
            return false;
        };
        sink.arrived(i, &r);
        if sink.ordered(i, r).is_break() {
            return false;
        }
    }
    true
}

/// Who may start what.
struct Gate {
    next: usize,
    emitted: usize,
    stop: bool,
}

/// Run `work` over `items` on `threads` threads, handing results to `sink` as described in
/// the module documentation. Returns whether every result reached the sink.
///
/// ```ignore
/// let mut out = Vec::new();
/// run(vec![3, 1, 2], 2, 4, |_, x| x * 10, &mut Collect(&mut out));
/// assert_eq!(out, [30, 10, 20]);
/// ```
pub fn run<I, R, W, S>(items: Vec<I>, threads: usize, window: usize, work: W, sink: &mut S) -> bool
where
    I: Send + 'static,
    R: Send + 'static,
    W: Fn(usize, I) -> R + Send + Sync + 'static,
    S: Sink<R>,
{
    let total = items.len();
    if total <= 1 {
        return run_here(items, work, sink);
    }
    let window = window.max(1);
    let queue = Arc::new(Mutex::new(items.into_iter()));
    let gate = Arc::new((Mutex::new(Gate { next: 0, emitted: 0, stop: false }), Condvar::new()));
    let work = Arc::new(work);
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    for _ in 0..threads.clamp(1, total.max(1)) {
        let (queue, gate, work, tx) = (queue.clone(), gate.clone(), work.clone(), tx.clone());
        std::thread::spawn(move || {
            while let Some((i, item)) = take(&gate, &queue, total, window) {
                if tx.send((i, work(i, item))).is_err() {
                    break;
                }
            }
        });
    }
    drop(tx);
    let mut pending: BTreeMap<usize, R> = BTreeMap::new();
    let mut emitted = 0;
    while emitted < total {
        let Ok((i, r)) = rx.recv() else { break };
        sink.arrived(i, &r);
        pending.insert(i, r);
        while let Some(r) = pending.remove(&emitted) {
            let flow = sink.ordered(emitted, r);
            emitted += 1;
            let (lock, cv) = &*gate;
            let mut g = lock.lock().unwrap_or_else(PoisonError::into_inner);
            g.emitted = emitted;
            g.stop |= flow.is_break();
            cv.notify_all();
            if g.stop {
                return false;
            }
        }
    }
    emitted == total
}

/// The next item a worker may start, waiting while the window is full; `None` when there
/// is nothing left or the run stopped.
fn take<I>(
    gate: &(Mutex<Gate>, Condvar),
    queue: &Mutex<std::vec::IntoIter<I>>,
    total: usize,
    window: usize,
) -> Option<(usize, I)> {
    let (lock, cv) = gate;
    let mut g = lock.lock().unwrap_or_else(PoisonError::into_inner);
    while !g.stop && g.next < total && g.next >= g.emitted + window {
        g = cv.wait(g).unwrap_or_else(PoisonError::into_inner);
    }
    if g.stop || g.next >= total {
        return None;
    }
    let i = g.next;
    g.next += 1;
    let item = queue.lock().unwrap_or_else(PoisonError::into_inner).next()?;
    Some((i, item))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    struct Collect {
        out: Vec<usize>,
        stop_after: usize,
    }

    impl Sink<usize> for Collect {
        fn ordered(&mut self, _: usize, r: usize) -> ControlFlow<()> {
            self.out.push(r);
            if self.out.len() >= self.stop_after { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
        }
    }

    #[test]
    fn order_is_input_order_whatever_the_timing() {
        let items: Vec<usize> = (0..200).collect();
        let mut sink = Collect { out: Vec::new(), stop_after: usize::MAX };
        let done = run(
            items,
            4,
            8,
            |_, x| {
                std::thread::sleep(Duration::from_micros(((x * 7919) % 13) as u64 * 50));
                x * 2
            },
            &mut sink,
        );
        assert!(done);
        assert_eq!(sink.out, (0..200).map(|x| x * 2).collect::<Vec<_>>());
    }

    #[test]
    fn a_slow_first_item_holds_back_at_most_the_window() {
        static STARTED: AtomicUsize = AtomicUsize::new(0);
        let mut sink = Collect { out: Vec::new(), stop_after: usize::MAX };
        run(
            (0..50).collect(),
            3,
            5,
            |i, x| {
                if i == 0 {
                    std::thread::sleep(Duration::from_millis(200));
                    // while item 0 was slow, no worker started past the window
                    assert!(STARTED.load(Ordering::SeqCst) <= 5, "started {}", STARTED.load(Ordering::SeqCst));
                }
                STARTED.fetch_add(1, Ordering::SeqCst);
                x
            },
            &mut sink,
        );
        assert_eq!(sink.out.len(), 50);
    }

    #[test]
    fn a_sink_can_stop_the_run() {
        let mut sink = Collect { out: Vec::new(), stop_after: 3 };
        assert!(!run((0..100).collect(), 2, 4, |_, x| x, &mut sink));
        assert_eq!(sink.out, [0, 1, 2]);
    }

    #[test]
    fn one_item_runs_on_the_calling_thread() {
        let caller = std::thread::current().id();
        let mut sink = Collect { out: Vec::new(), stop_after: usize::MAX };
        let on_caller = move |_, x: usize| if std::thread::current().id() == caller { x } else { 0 };
        assert!(run(vec![7], 2, 4, on_caller, &mut sink));
        assert_eq!(sink.out, [7]);
        // a panic ends the run as a worker's death would: nothing reaches the sink
        let mut sink = Collect { out: Vec::new(), stop_after: usize::MAX };
        assert!(!run(vec![1], 2, 4, |_, x: usize| if x == 1 { panic!("a bug") } else { x }, &mut sink));
        assert!(sink.out.is_empty());
    }

    #[test]
    fn no_items() {
        let mut sink = Collect { out: Vec::new(), stop_after: 1 };
        assert!(run(Vec::new(), 2, 4, |_, x: usize| x, &mut sink));
    }
}

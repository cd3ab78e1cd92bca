//! How many threads the heavy kernels use, with the `std` feature: one
//! unless [`set_threads`] says more, so that the default forward pass
//! spawns and allocates nothing.
//!
//! With more, a product, a depthwise convolution or an element-wise pass
//! of enough work splits its output positions into one share per thread.
//! The threads are a pool kept for the life of the process (spawned the
//! first time a split needs them), so a split costs a message per thread,
//! not a spawn: each worker keeps its packing space between calls, and
//! spins a while after each job before it sleeps, since a pass's next
//! split comes within microseconds and a sleeping thread wakes in tens. One caller at a time uses the pool; another caller that finds it
//! busy runs its shares itself, one after the other.

use core::ops::Range;
use core::sync::atomic::{AtomicUsize, Ordering};
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Sender, TryRecvError};
use std::sync::{Arc, Condvar, Mutex, PoisonError, TryLockError};
use std::time::{Duration, Instant};
use std::vec::Vec;

/// The threads a split may use.
static THREADS: AtomicUsize = AtomicUsize::new(1);

/// Lets each heavy kernel use up to `threads` threads (0: one per core
/// the OS gives this process). Every call to `run::layer` and `forward`
/// after it uses them, from any thread. With more than one, the first
/// split spawns the pool's threads, and each allocates its packing space.
pub fn set_threads(threads: usize) {
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    THREADS.store(threads, Ordering::Relaxed);
}

/// How many threads a kernel may use (1 unless [`set_threads`] said more).
pub fn threads() -> usize {
    THREADS.load(Ordering::Relaxed)
}

/// Into how many shares to split `work` multiply-accumulates (or value
/// visits) over `items` indivisible items, if more than one: no more than
/// the threads, the items, or one share per `least` of work.
pub(crate) fn shares(items: usize, work: usize, least: usize) -> Option<usize> {
    let shares = threads().min(items).min(work / least.max(1));
    (shares > 1).then_some(shares)
}

/// A share's task: the share's number and packing space of its own.
type Task<'a> = dyn Fn(usize, &mut [f32]) + Sync + 'a;

/// One share for a worker.
struct Job {
    /// The task, its lifetime erased: [`run`] waits for every job before
    /// the borrow it came from ends.
    task: &'static Task<'static>,
    share: usize,
    space: usize,
}

/// Shares still running, and whether one panicked.
struct Done {
    left: Mutex<(usize, bool)>,
    wake: Condvar,
}

/// The workers, each behind the sender of its jobs.
struct Pool {
    workers: Vec<Sender<Job>>,
    done: Arc<Done>,
}

static POOL: Mutex<Option<Pool>> = Mutex::new(None);

/// How long an idle worker, or the caller waiting for the workers, spins
/// before it sleeps: a sleeping thread took about 40 µs to wake in this
/// VM (a split 28x28x192 depthwise convolution, 82 µs on one thread, took
/// 90 on two), longer than many whole steps of a pass.
const SPIN: Duration = Duration::from_micros(200);

/// The next job: spun for while [`SPIN`] lasts, then slept for.
fn next(jobs: &mpsc::Receiver<Job>) -> Option<Job> {
    let start = Instant::now();
    loop {
        match jobs.try_recv() {
            Ok(job) => return Some(job),
            Err(TryRecvError::Disconnected) => return None,
            Err(TryRecvError::Empty) if start.elapsed() < SPIN => core::hint::spin_loop(),
            Err(TryRecvError::Empty) => return jobs.recv().ok(),
        }
    }
}

fn work(jobs: mpsc::Receiver<Job>, done: Arc<Done>) {
    let mut space = Vec::new();
    while let Some(job) = next(&jobs) {
        if space.len() < job.space {
            space.resize(job.space, 0.0f32);
        }
        let ok = panic::catch_unwind(AssertUnwindSafe(|| {
            (job.task)(job.share, &mut space[..job.space])
        }))
        .is_ok();
        let mut left = done.left.lock().unwrap_or_else(PoisonError::into_inner);
        left.0 -= 1;
        left.1 |= !ok;
        if left.0 == 0 {
            done.wake.notify_all();
        }
    }
}

/// Runs `task(share, space)` for every share `0..shares`: share 0 on this
/// thread with `mine`, the others on the pool's workers, each with `space`
/// values of its own (or here, after share 0, with `mine`, when the pool
/// is busy or cannot grow). Returns when every share has; a panic in any
/// share panics here.
pub(crate) fn run(shares: usize, space: usize, mine: &mut [f32], task: &Task) {
    let mut pool = match POOL.try_lock() {
        Ok(pool) => pool,
        Err(TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
        Err(TryLockError::WouldBlock) => {
            for share in 0..shares {
                task(share, mine);
            }
            return;
        }
    };
    let pool = pool.get_or_insert_with(|| Pool {
        workers: Vec::new(),
        done: Arc::new(Done {
            left: Mutex::new((0, false)),
            wake: Condvar::new(),
        }),
    });
    while pool.workers.len() + 1 < shares {
        let (jobs, receive) = mpsc::channel();
        let done = pool.done.clone();
        let spawned = std::thread::Builder::new()
            .name(std::format!("cnn-run {}", pool.workers.len() + 1))
            .spawn(move || work(receive, done));
        if spawned.is_err() {
            break;
        }
        pool.workers.push(jobs);
    }
    let helped = pool.workers.len().min(shares - 1);
    // SAFETY: only the lifetime changes. Every job holding the task is
    // counted in `done` before it is sent, and this function returns (or
    // unwinds) only once the count is back to 0, after each worker's last
    // use of the task; so no worker uses it past the borrow.
    let erased: &'static Task<'static> =
        unsafe { core::mem::transmute::<&Task<'_>, &'static Task<'static>>(task) };
    *pool
        .done
        .left
        .lock()
        .unwrap_or_else(PoisonError::into_inner) = (helped, false);
    let mut sent = 0;
    for (at, worker) in pool.workers.iter().take(helped).enumerate() {
        let job = Job {
            task: erased,
            share: at + 1,
            space,
        };
        if worker.send(job).is_err() {
            break;
        }
        sent += 1;
    }
    let mine_ok = panic::catch_unwind(AssertUnwindSafe(|| {
        task(0, mine);
        // Shares no worker took (a worker gone, or too few of them).
        for share in sent + 1..shares {
            task(share, mine);
        }
    }));
    let mut left = pool
        .done
        .left
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    left.0 -= helped - sent;
    let start = Instant::now();
    while left.0 > 0 && start.elapsed() < SPIN {
        drop(left);
        core::hint::spin_loop();
        left = pool
            .done
            .left
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
    }
    while left.0 > 0 {
        left = pool
            .done
            .wake
            .wait(left)
            .unwrap_or_else(PoisonError::into_inner);
    }
    let panicked = left.1;
    drop(left);
    if let Err(payload) = mine_ok {
        panic::resume_unwind(payload);
    }
    assert!(!panicked, "a share of a split kernel panicked");
}

/// A task of [`split_rows`]: its rows, their values, packing space.
type RowsTask<'a> = dyn Fn(Range<usize>, &mut [f32], &mut [f32]) + Sync + 'a;

/// A pointer to the values being split, shared by the shares, each of
/// which takes a disjoint range of them.
struct Values(*mut f32, usize);

// SAFETY: the shares make disjoint slices of it (`split_rows`), so no two
// threads reach the same value.
unsafe impl Sync for Values {}

/// Splits rows `0..rows` of `values` (row `i` from `i * width`; the last
/// one may be short) into `shares` runs of whole multiples of `grain`
/// rows, and runs `task(rows, their values, space)` for each (as
/// [`run`] does, with `space` and `mine`).
#[allow(clippy::too_many_arguments)]
pub(crate) fn split_rows(
    values: &mut [f32],
    width: usize,
    rows: usize,
    grain: usize,
    shares: usize,
    space: usize,
    mine: &mut [f32],
    task: &RowsTask,
) {
    let share = rows.div_ceil(shares).div_ceil(grain) * grain;
    let shares = rows.div_ceil(share);
    let all = Values(values.as_mut_ptr(), values.len());
    let all = &all;
    run(shares, space, mine, &move |at, space| {
        let first = at * share;
        let last = rows.min(first + share);
        let start = (first * width).min(all.1);
        let end = if last == rows { all.1 } else { last * width };
        // SAFETY: `start..end` lies inside the values (`end <= len`), the
        // shares' ranges are disjoint (`first..last` are), and `values`
        // stays mutably borrowed, unused, until `run` returns.
        let mine = unsafe { core::slice::from_raw_parts_mut(all.0.add(start), end - start) };
        task(first..last, mine, space);
    });
}

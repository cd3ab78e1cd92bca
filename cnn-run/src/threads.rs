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
//! split comes within microseconds and a sleeping thread wakes in tens.
//! The shares are claimed, not assigned: the caller and each worker take
//! the next share left, so a worker the OS has not scheduled (another
//! process on the other core) leaves its share to the caller instead of
//! holding up the split. One caller at a time uses the pool; another
//! caller that finds it busy runs its shares itself, one after the other.

use core::ops::Range;
use core::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
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

/// A run's shares for a worker to claim.
struct Job {
    /// The task, its lifetime erased: a worker calls it only for a share
    /// it claimed ([`Done::claim`]), and [`run`] returns only once no
    /// worker is inside a claimed share and none can claim another.
    task: &'static Task<'static>,
    /// The run the job is for, and its shares.
    run: u32,
    shares: usize,
    space: usize,
}

/// What the caller and the workers share: which run is current and its
/// next unclaimed share, the workers inside a run's shares, and whether
/// a share panicked.
struct Done {
    /// The current run in the high 32 bits, its next share in the low.
    claims: AtomicU64,
    /// Workers that took a job and have not finished with it, and
    /// whether a share panicked.
    left: Mutex<(usize, bool)>,
    wake: Condvar,
}

impl Done {
    /// The next share of run `run` (of `shares`), if one is left: taken
    /// by whichever thread gets it first, so that a worker the OS has
    /// not scheduled yet holds up nothing (with another process on the
    /// other core, each split waited for a worker that could not run:
    /// MobileNetV2 prepared on two threads took 23 ms, one thread 3.7).
    fn claim(&self, run: u32, shares: usize) -> Option<usize> {
        let mut current = self.claims.load(Ordering::Acquire);
        loop {
            let next = (current & u64::from(u32::MAX)) as usize;
            if current >> 32 != u64::from(run) || next >= shares {
                return None;
            }
            match self.claims.compare_exchange_weak(
                current,
                current + 1,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => return Some(next),
                Err(seen) => current = seen,
            }
        }
    }
}

/// The workers, each behind the sender of its jobs, and the last run.
struct Pool {
    workers: Vec<Sender<Job>>,
    done: Arc<Done>,
    run: u32,
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
        done.left.lock().unwrap_or_else(PoisonError::into_inner).0 += 1;
        // Checked in before claiming: the caller waits for this worker
        // if the claim can still succeed; once it cannot, the task is
        // never called.
        let ok = panic::catch_unwind(AssertUnwindSafe(|| {
            while let Some(share) = done.claim(job.run, job.shares) {
                (job.task)(share, &mut space[..job.space]);
            }
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

/// Runs `task(share, space)` for every share `0..shares`, each once, on
/// this thread with `mine` and on the pool's workers, each with `space`
/// values of its own: every thread claims the next share left until none
/// is (all of them here when the pool is busy, cannot grow, or its
/// workers are not running). Returns when every share has; a panic in
/// any share panics here.
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
            claims: AtomicU64::new(0),
            left: Mutex::new((0, false)),
            wake: Condvar::new(),
        }),
        run: 0,
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
    // A new run: a worker still holding an earlier run's job claims
    // nothing of it.
    pool.run = pool.run.wrapping_add(1);
    let run = pool.run;
    let done = &*pool.done;
    done.left.lock().unwrap_or_else(PoisonError::into_inner).1 = false;
    done.claims.store(u64::from(run) << 32, Ordering::Release);
    // SAFETY: only the lifetime changes. A worker calls the task only for
    // a share it claimed while checked in (`work`), and this function
    // returns (or unwinds) only once every share is claimed (so no claim
    // can succeed again) and no worker is checked in (so none is inside
    // a share): no worker uses the task past the borrow.
    let erased: &'static Task<'static> =
        unsafe { core::mem::transmute::<&Task<'_>, &'static Task<'static>>(task) };
    for worker in pool.workers.iter().take(shares - 1) {
        let job = Job {
            task: erased,
            run,
            shares,
            space,
        };
        if worker.send(job).is_err() {
            break;
        }
    }
    let mine_ok = panic::catch_unwind(AssertUnwindSafe(|| {
        while let Some(share) = done.claim(run, shares) {
            task(share, mine);
        }
    }));
    // After a panic here shares may be left: none may start now.
    done.claims
        .store(u64::from(run) << 32 | shares as u64, Ordering::Release);
    let mut left = done.left.lock().unwrap_or_else(PoisonError::into_inner);
    let start = Instant::now();
    while left.0 > 0 && start.elapsed() < SPIN {
        drop(left);
        core::hint::spin_loop();
        left = done.left.lock().unwrap_or_else(PoisonError::into_inner);
    }
    while left.0 > 0 {
        left = done.wake.wait(left).unwrap_or_else(PoisonError::into_inner);
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

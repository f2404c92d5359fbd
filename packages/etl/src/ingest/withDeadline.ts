/** Thrown by `withDeadline` when the work did not settle in time. */
export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`délai de ${Math.round(ms / 1000)} s dépassé`);
    this.name = 'DeadlineExceeded';
  }
}

/**
 * Runs `work` with an AbortSignal and settles within `ms` milliseconds whatever the work does:
 * past the deadline the signal is aborted (work that checks it stops at its next step) and the
 * promise rejects with DeadlineExceeded. The pending timer also keeps Node's event loop alive, so
 * work that never settles (a reader waiting for bytes that will never come) cannot end the
 * process with an "unsettled top-level await". A deadline of 0 or less has already passed.
 * A rejection of the work after the deadline is swallowed (nobody waits for it any more).
 */
export function withDeadline<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  if (ms <= 0) controller.abort(new DeadlineExceeded(0));
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      const error = new DeadlineExceeded(ms);
      controller.abort(error);
      reject(error);
    }, Math.max(0, ms));
    let running: Promise<T>;
    try {
      running = work(controller.signal);
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (value) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        reject(error);
      },
    );
  });
}

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ChildMeasure {
  /** Wall-clock time, ms. */
  wallMs: number;
  /**
   * CPU time of the process, its threads and its children that it has waited for (user + system,
   * /proc utime, stime, cutime, cstime), ms: on a shared machine, the steadier figure.
   */
  cpuMs: number;
  /** Peak resident memory (VmHWM), bytes. */
  peakRssBytes: number;
  exitCode: number | null;
  /** The last lines it wrote (stderr then stdout), for a failure message. */
  tail: string;
  /** The samples: clock time (epoch ms), CPU time so far (ms), resident memory then (VmRSS, bytes); to split the figures by step. */
  timeline: Array<{ at: number; cpuMs: number; rssBytes: number }>;
}

const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces), from state on: utime is [11]. */
function statFields(pid: number | 'self'): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** utime + stime + cutime + cstime (ms) and VmHWM (bytes) of a live process, from /proc; undefined once it is gone. */
function sample(pid: number): { cpuMs: number; hwm: number; rss: number } | undefined {
  try {
    const fields = statFields(pid);
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    return { cpuMs: (ticks * 1000) / TICKS_PER_SECOND, hwm, rss };
  } catch {
    return undefined;
  }
}

/** cutime + cstime (ms) of this process: the CPU of the children it has reaped, and of theirs. */
function reapedChildrenCpuMs(): number {
  const fields = statFields('self');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
}

/**
 * Runs a command as a child process and measures it from /proc (Linux): wall time, CPU time and
 * peak resident memory, sampled every 100 ms (VmHWM is a high-water mark: a late sample still
 * holds the peak). The CPU time is also read once the child is reaped, from this process's own
 * cutime and cstime (the child's CPU and its reaped children's, exact): a sample misses what the
 * child's own children used when the child exits within 100 ms of reaping them (`vigie dashboard`
 * measured 3,9 s for a build of 1 min 23 s). The bench measures its children one at a time.
 */
export function measureChild(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ChildMeasure> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const reapedBefore = reapedChildrenCpuMs();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    // Maxima: once the child has exited (a zombie until reaped), /proc/<pid>/status no longer holds VmHWM.
    const last = { cpuMs: 0, hwm: 0 };
    const timeline: ChildMeasure['timeline'] = [];
    const timer = setInterval(() => {
      const now = child.pid === undefined ? undefined : sample(child.pid);
      if (now) {
        last.cpuMs = Math.max(last.cpuMs, now.cpuMs);
        last.hwm = Math.max(last.hwm, now.hwm);
        timeline.push({ at: Date.now(), cpuMs: now.cpuMs, rssBytes: now.rss });
      }
    }, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      const cpuMs = Math.max(last.cpuMs, reapedChildrenCpuMs() - reapedBefore);
      resolve({ wallMs: performance.now() - start, cpuMs, peakRssBytes: last.hwm, exitCode: code, timeline, tail: `${err}\n${out}`.trim().split('\n').slice(-15).join('\n') });
    });
  });
}

import type { ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();

// However this process ends (an error, process.exit, a signal it handles), no child outlives it
// holding a port.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Registers `child` to be killed when this process exits. */
export function killOnExit<T extends ChildProcess>(child: T): T {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Whether `url` answered before `child` (which serves it) exited. */
export async function waitForHttp(url: string, child: { exitCode: number | null }): Promise<boolean> {
  for (;;) {
    if (child.exitCode !== null) return false;
    try {
      await fetch(url, { redirect: 'manual' });
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

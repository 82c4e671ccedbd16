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

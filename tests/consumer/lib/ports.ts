// The end-to-end runs of the consumer tests serve the apps on the fixed ports users configure
// (the simulated Workspace on 5170, the app on 5173 or 4200): one at a time, whichever test file
// (they run concurrently) or test (some run concurrently) they are in.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LOCK = path.join(tmpdir(), 'wwe-kit-consumer-ports.lock');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Takes the lock when it is free (or its holder has exited). */
function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
  } catch {
    let holder = NaN;
    try {
      holder = Number(readFileSync(path.join(LOCK, 'pid'), 'utf8'));
    } catch {
      return false; // being created or released right now
    }
    if (alive(holder)) return false;
    rmSync(LOCK, { recursive: true, force: true }); // its holder exited without releasing it
    return tryLock();
  }
  writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
  return true;
}

/** Runs `fn` once no other test holds the fixed ports, and holds them until it settles. */
export async function withFixedPorts<T>(fn: () => Promise<T>): Promise<T> {
  // Polls the lock's state (freed by its holder or by the holder's exit).
  while (!tryLock()) await new Promise((r) => setTimeout(r, 200));
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

// File modes of everything the product writes (data folder, PGlite files, keys, anchors, evidence
// files, exports): owner only — files 0600, folders 0700. New files get them from a process umask of
// 077; `tightenModes` fixes what an earlier version or another tool left readable by others.

import { chmodSync, existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/** From now on, everything this process creates is readable and writable by its owner only. */
export function ownerOnlyUmask(): void {
  // Worker threads may not change the process's umask (the main thread does; explicit modes and tightenModes cover the rest).
  if (isMainThread) process.umask(0o077);
}

/** Sets every file under `dir` (and `dir` itself) to 0600 / folders to 0700 where group or others had any access; returns how many were changed. */
export function tightenModes(dir: string): { files: number; dirs: number } {
  const fixed = { files: 0, dirs: 0 };
  if (!existsSync(dir)) return fixed;
  const visit = (path: string) => {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return;
    if (st.isDirectory()) {
      if (st.mode & 0o077) {
        chmodSync(path, 0o700);
        fixed.dirs += 1;
      }
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (st.isFile() && st.mode & 0o077) {
      chmodSync(path, 0o600);
      fixed.files += 1;
    }
  };
  visit(dir);
  return fixed;
}

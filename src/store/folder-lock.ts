// The embedded database belongs to one process at a time: PGlite has no server in between to share it,
// and two processes writing one folder would damage it. A lock file beside the folder says who has it;
// a lock left by a process that has died is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

export interface FolderLock {
  release(): void;
}

/** Takes the lock on `folder`, or says which live process holds it. */
export function lockFolder(folder: string): { ok: true; lock: FolderLock } | { ok: false; heldBy: number } {
  const path = `${folder}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        ok: true,
        lock: {
          release() {
            if (released) return;
            released = true;
            rmSync(path, { force: true });
          },
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return { ok: false, heldBy: holder };
      // Left behind by a process that is gone (a crash, a kill -9): nobody is using the folder.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`the lock file ${path} keeps coming back`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

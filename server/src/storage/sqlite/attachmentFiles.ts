import { mkdirSync } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the embedded store keeps the bytes of attached files. */
export interface AttachmentFiles {
  /** Writes a file durably: when this resolves, the bytes survive a power cut. */
  write(id: string, content: Uint8Array): Promise<void>;
  /** The file's bytes, or null when there is none. */
  read(id: string): Promise<Buffer | null>;
  /** Removes a file whose row was never committed (best effort). */
  discard(id: string): Promise<void>;
}

/** Ids are server-made UUIDs; anything else never becomes a path. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const checked = (id: string): string => {
  if (!SAFE_ID.test(id)) throw new Error('not an attachment id');
  return id;
};

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * One file per attachment in a directory of the owner's alone. A file is
 * written under a temporary name, flushed, renamed into place and the
 * directory flushed too, so that a crash leaves either no file or the whole
 * file, never a torn one under the real name.
 */
export function directoryAttachmentFiles(dir: string): AttachmentFiles {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return {
    async write(id, content) {
      const final = join(dir, checked(id));
      const temporary = join(dir, `.${id}.partial`);
      const handle = await open(temporary, 'w', 0o600);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, final);
      await fsyncPath(dir);
    },
    async read(id) {
      try {
        return await readFile(join(dir, checked(id)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async discard(id) {
      await rm(join(dir, checked(id)), { force: true });
    },
  };
}

/** Files kept in memory, for the in-memory store (contract tests, benchmarks). */
export function memoryAttachmentFiles(): AttachmentFiles {
  const files = new Map<string, Buffer>();
  return {
    async write(id, content) {
      files.set(checked(id), Buffer.from(content));
    },
    async read(id) {
      return files.get(id) ?? null;
    },
    async discard(id) {
      files.delete(id);
    },
  };
}

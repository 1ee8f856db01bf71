import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { EmulatorStore } from './store/store';
import type { Mutation, StoreSnapshot } from './store/types';

/**
 * Durable storage of the emulator's state in a data folder:
 *
 * - `snapshot.json`: the whole state as of generation g (`{ generation, snapshot }`), written to a temp
 *   file, fsynced and renamed over the old one (rename is atomic), then the folder is fsynced.
 * - `journal-<g>.log`: every acknowledged change since that snapshot, one line per mutation
 *   `<crc32 hex> <json>`, appended and fsynced before the HTTP response is sent.
 *
 * A `kill -9` at any moment leaves either the old or the new snapshot, and a journal whose last line may be
 * torn: loading replays the valid prefix (checked by CRC) and cuts off the torn tail. A torn line was never
 * acknowledged (the fsync did not return), so nothing acknowledged is lost. When the journal grows past
 * `compactBytes` the state is written as a new snapshot (generation g+1) and a fresh journal starts; a crash
 * in between leaves the old snapshot with its complete journal, or the new snapshot alone.
 */
export class Persistence {
  private fd: number | undefined;
  private generation = 0;
  private pending: string[] = [];
  private journalBytes = 0;
  private needsCompaction = false;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly dir: string, private readonly compactBytes = 16 * 1024 * 1024) {}

  private get snapshotPath(): string {
    return join(this.dir, 'snapshot.json');
  }

  private journalPath(generation: number): string {
    return join(this.dir, `journal-${generation}.log`);
  }

  /** Whether the folder holds saved state (a restart rather than a first start). */
  hasState(): boolean {
    return existsSync(this.snapshotPath);
  }

  /**
   * Loads the saved state into the store (when there is one) and starts journalling its changes.
   * Returns true when state was loaded.
   */
  open(store: EmulatorStore): boolean {
    mkdirSync(this.dir, { recursive: true });
    let loaded = false;
    if (this.hasState()) {
      const doc = JSON.parse(readFileSync(this.snapshotPath, 'utf8')) as { generation: number; snapshot: StoreSnapshot };
      this.generation = doc.generation;
      store.load(doc.snapshot);
      this.replay(store);
      loaded = true;
      this.removeStaleJournals();
      this.openJournal();
    } else {
      // A first start: make the initial state (and any seed that follows) durable from the outset.
      this.generation = 0;
      this.writeSnapshot(store.snapshot(), 0);
      this.openJournal();
    }
    this.unsubscribe = store.onMutation((m) => this.record(m));
    this.storeRef = store;
    return loaded;
  }

  private storeRef: EmulatorStore | undefined;

  private replay(store: EmulatorStore): void {
    const path = this.journalPath(this.generation);
    if (!existsSync(path)) return;
    const buf = readFileSync(path);
    let offset = 0;
    let good = 0;
    while (offset < buf.length) {
      const nl = buf.indexOf(0x0a, offset);
      if (nl < 0) break; // torn last line: never acknowledged
      const line = buf.subarray(offset, nl).toString('utf8');
      const space = line.indexOf(' ');
      const sum = line.slice(0, space);
      const json = line.slice(space + 1);
      if (space <= 0 || (crc32(json) >>> 0).toString(16) !== sum) break;
      let m: Mutation;
      try {
        m = JSON.parse(json) as Mutation;
      } catch {
        break;
      }
      store.apply(m);
      offset = nl + 1;
      good = offset;
    }
    if (good < buf.length) {
      // Cut the torn tail so that new records follow valid ones.
      const fd = openSync(path, 'r+');
      try {
        ftruncateSync(fd, good);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  }

  private removeStaleJournals(): void {
    for (const name of readdirSync(this.dir)) {
      const m = /^journal-(\d+)\.log$/.exec(name);
      if (m && Number(m[1]) !== this.generation) unlinkSync(join(this.dir, name));
      if (name.endsWith('.tmp')) unlinkSync(join(this.dir, name));
    }
  }

  private openJournal(): void {
    const path = this.journalPath(this.generation);
    this.fd = openSync(path, 'a');
    this.journalBytes = statSync(path).size;
    this.fsyncDir();
  }

  private fsyncDir(): void {
    try {
      const dfd = openSync(this.dir, 'r');
      try {
        fsyncSync(dfd);
      } finally {
        closeSync(dfd);
      }
    } catch {
      // Some platforms cannot fsync a directory; the rename is still atomic there.
    }
  }

  private record(m: Mutation): void {
    const json = JSON.stringify(m);
    this.pending.push(`${(crc32(json) >>> 0).toString(16)} ${json}\n`);
    if (m.t === 'reset') this.needsCompaction = true;
    // Changes made outside a request (seeding, tests using the store directly) are flushed soon after.
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }

  private flushScheduled = false;

  /** Writes and fsyncs every pending change. Call before acknowledging a request. */
  flush(): void {
    if (!this.pending.length || this.fd === undefined) return;
    const data = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    let written = 0;
    while (written < data.length) written += writeSync(this.fd, data, written, data.length - written);
    fsyncSync(this.fd);
    this.journalBytes += data.length;
    if (this.needsCompaction || this.journalBytes > this.compactBytes) this.compact();
  }

  /** Writes the whole state as a new snapshot and starts an empty journal. */
  compact(): void {
    if (!this.storeRef || this.fd === undefined) return;
    this.needsCompaction = false;
    const next = this.generation + 1;
    this.writeSnapshot(this.storeRef.snapshot(), next);
    closeSync(this.fd);
    const old = this.journalPath(this.generation);
    this.generation = next;
    this.openJournal();
    if (existsSync(old)) unlinkSync(old);
  }

  private writeSnapshot(snapshot: StoreSnapshot, generation: number): void {
    const tmp = join(this.dir, `snapshot.${process.pid}.tmp`);
    const fd = openSync(tmp, 'w');
    try {
      const data = Buffer.from(JSON.stringify({ generation, snapshot }), 'utf8');
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.snapshotPath);
    this.fsyncDir();
  }

  close(): void {
    this.flush();
    this.unsubscribe?.();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

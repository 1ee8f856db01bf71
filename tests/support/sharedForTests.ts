/**
 * One resource (an emulator, a browser world) for the tests of a file or `describe` block: `start` runs
 * in `beforeAll`, `stop` in `afterAll`. The returned object stands for the resource, so it can be
 * declared at the top and used inside tests and hooks (reading it before `beforeAll` has run throws).
 */
export function sharedForTests<T extends object>(start: () => Promise<T>, stop: (resource: T) => Promise<void>, timeout?: number): T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await start();
  }, timeout);
  afterAll(async () => {
    if (current) await stop(current);
  });
  return new Proxy({} as T, {
    get(_target, key) {
      if (!current) throw new Error(`${String(key)}: the shared resource starts in beforeAll`);
      const value: unknown = Reflect.get(current, key);
      return typeof value === 'function' ? value.bind(current) : value;
    }
  });
}

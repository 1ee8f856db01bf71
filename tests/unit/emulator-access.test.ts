import { AccessPolicy, isLoopbackAddress, originAliases } from '../../server/emulator/http/access';

describe('the emulator’s access policy for browsers', () => {
  const policy = new AccessPolicy(['http://localhost:4321']);

  it('lets calls without an Origin (CLI, tests, curl) and the allowed page through', () => {
    expect(policy.refusal(undefined, '127.0.0.1:8080')).toBeUndefined();
    expect(policy.refusal('http://localhost:4321', 'localhost:8080')).toBeUndefined();
    expect(policy.corsOrigin('http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321');
  });

  it('refuses any other origin, an opaque one included, and echoes no CORS for it', () => {
    for (const origin of ['https://evil.example', 'http://localhost:4322', 'null', 'http://localhost']) {
      expect(policy.refusal(origin, '127.0.0.1:8080')).toContain(origin);
      expect(policy.corsOrigin(origin)).toBeUndefined();
    }
  });

  it('answers loopback host names only while listening on loopback', () => {
    expect(policy.refusal(undefined, 'localhost:1')).toBeUndefined();
    expect(policy.refusal(undefined, '[::1]:1')).toBeUndefined();
    expect(policy.refusal(undefined, 'dev.localhost:1')).toBeUndefined();
    expect(policy.refusal(undefined, 'evil.example:1')).toContain('Host evil.example:1');
    expect(new AccessPolicy([], 'loopback', ['sharepoint.test']).refusal(undefined, 'sharepoint.test:443')).toBeUndefined();
    expect(new AccessPolicy([], 'any').refusal(undefined, 'evil.example:1')).toBeUndefined();
    expect([isLoopbackAddress('127.0.0.1'), isLoopbackAddress('::1'), isLoopbackAddress('0.0.0.0'), isLoopbackAddress('192.168.1.5')]).toEqual([true, true, false, false]);
  });

  it('treats the loopback names of one page as the same page', () => {
    expect(originAliases('http://127.0.0.1:4321')).toEqual(['http://127.0.0.1:4321', 'http://localhost:4321', 'http://[::1]:4321']);
    expect(originAliases('https://workbench.porvoo.fi')).toEqual(['https://workbench.porvoo.fi']);
  });
});

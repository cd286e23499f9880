import { createFaultSwitch } from './fault_switch';

describe('fault switch', () => {
  it('answers normally until a fault is injected, and again once cleared', () => {
    const faults = createFaultSwitch<{ path: string }>();
    expect(faults.faultFor({ path: '/a' })).toBeUndefined();
    faults.inject({ fault: 'error' });
    expect(faults.faultFor({ path: '/a' })).toBe('error');
    faults.clear();
    expect(faults.faultFor({ path: '/a' })).toBeUndefined();
    expect(faults.hits).toBe(1);
  });

  it('hits only the requests a rule selects, the first matching rule first', () => {
    const faults = createFaultSwitch<{ path: string }>();
    faults.inject({ fault: 'timeout', when: (request) => request.path.startsWith('/_security') });
    faults.inject({ fault: 'drop' });
    expect(faults.faultFor({ path: '/_security/api_key' })).toBe('timeout');
    expect(faults.faultFor({ path: '/' })).toBe('drop');
  });

  it('lifts a rule by itself after `times` requests', () => {
    const faults = createFaultSwitch<{ path: string }>();
    faults.inject({ fault: 'conflict', times: 2 });
    expect([1, 2, 3].map(() => faults.faultFor({ path: '/' }))).toEqual(['conflict', 'conflict', undefined]);
    expect(faults.hits).toBe(2);
  });
});

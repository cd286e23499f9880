import { randomInt } from 'node:crypto';

/**
 * Hands out loopback addresses (Linux routes all of 127.0.0.0/8 to the loopback interface), so
 * every simulated endpoint can listen on its real port (9443, 9300) at an address of its own.
 * Each allocator takes a random 127.x.0.0/16, so parallel test workers do not collide.
 */
export function createLoopbackAllocator(): () => string {
  const second = randomInt(16, 250);
  let next = 1;
  return () => {
    if (next >= 65534) throw new Error('No loopback addresses left in this allocator');
    const address = `127.${second}.${Math.floor(next / 254)}.${(next % 254) + 1}`;
    next++;
    return address;
  };
}

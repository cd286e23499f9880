import { z } from 'zod';

/** `host:port`, with an IPv6 address in brackets. */
export const hostPortSchema = z
  .string()
  .max(261)
  .regex(/^(\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9.-]+):\d{1,5}$/, 'must be host:port, with an IPv6 address in brackets')
  .refine((value) => Number(value.slice(value.lastIndexOf(':') + 1)) <= 65535, 'the port must be at most 65535');

const annotationKey = z
  .string()
  .regex(/^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/, 'must be a Kubernetes annotation key');

/**
 * How an ECK Service is reached from outside Kubernetes, shared by the API key model (9443) and
 * the certificate model (9300): only the load balancer's default port differs.
 */
export const serviceExposureSchema = (defaultPort: number) =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('LoadBalancer'),
      port: z.number().int().min(1).max(65535).default(defaultPort),
      annotations: z.record(annotationKey, z.string().max(1024)).default({}),
    }),
    z.strictObject({
      type: z.literal('NodePort'),
      nodeAddress: z.string().regex(/^(\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9.-]+)$/, 'must be a host name or an IP address'),
    }),
    z.strictObject({ type: z.literal('address'), proxyAddress: hostPortSchema }),
  ]);

import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { PortForward, type KubeConfig } from '@kubernetes/client-node';

export interface Tunnel {
  /** A loopback port that leads to the pod's port, as `kubectl port-forward` gives. */
  localPort: number;
  /** Errors the API server or kubelet reported on the forward's error channel. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Reaches a pod's port through the Kubernetes API (WebSocket port-forward): the only way to talk to
 * the ECK cluster's REST API with credentials, since the Service proxy drops `Authorization`.
 * Lives for one request; nothing is kept afterwards.
 */
export async function openTunnel(
  kubeConfig: KubeConfig,
  namespace: string,
  pod: string,
  port: number,
): Promise<Tunnel> {
  const forward = new PortForward(kubeConfig, true);
  const errors: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const errorChannel = new PassThrough();
    // The kubelet reports a failed forward on the error channel and may leave the stream open: end
    // the local connection at once, so the client fails now instead of at its timeout.
    errorChannel.on('data', (chunk: Buffer) => {
      errors.push(chunk.toString('utf8'));
      socket.destroy();
    });
    let localEnded = false;
    socket.on('end', () => (localEnded = true));
    forward
      .portForward(namespace, pod, [port], socket, errorChannel, socket)
      .then((webSocket) => {
        // The API server (or a proxy) cut the forward mid-request: without this the local connection
        // stays open and silent, and a TLS handshake waits for the client's connect timeout, not ours.
        (webSocket as { on(event: 'close', listener: () => void): void }).on('close', () => {
          if (localEnded || socket.destroyed) return;
          errors.push('the API server closed the port-forward mid-request');
          socket.destroy();
        });
      })
      .catch((error: Error) => {
        errors.push(error.message);
        socket.destroy();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    localPort: (server.address() as AddressInfo).port,
    errors,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

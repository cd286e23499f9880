import { createHash } from 'node:crypto';

/**
 * The kubelet's WebSocket port-forward protocol (pkg/kubelet/cri/streaming/portforward/websocket.go),
 * which kube-apiserver passes through for clients that ask for `v4.channel.k8s.io`, as
 * @kubernetes/client-node's PortForward does: for the i-th requested port, channel 2i carries
 * data both ways and channel 2i+1 the error text from the kubelet; every binary frame starts with
 * its channel number, and the first frame on each channel from the server is the port number,
 * 2 bytes little-endian.
 */
export const PORT_FORWARD_PROTOCOLS = ['v4.channel.k8s.io'];

/** The first protocol the client offers that the kubelet speaks; '' when the client offers none. */
export function negotiateProtocol(offered: string | undefined): string | undefined {
  const protocols = (offered ?? '')
    .split(',')
    .map((protocol) => protocol.trim())
    .filter(Boolean);
  if (protocols.length === 0) return '';
  return protocols.find((protocol) => PORT_FORWARD_PROTOCOLS.includes(protocol));
}

export const dataChannel = (portIndex: number) => portIndex * 2;
export const errorChannel = (portIndex: number) => portIndex * 2 + 1;

/** The port index a client channel number belongs to, and whether it is the data channel. */
export const portOfChannel = (channel: number) => ({ portIndex: Math.floor(channel / 2), isData: channel % 2 === 0 });

export function channelFrame(channel: number, payload: Buffer | string): Buffer {
  return Buffer.concat([Buffer.from([channel]), Buffer.from(payload)]);
}

export function portNumberFrame(channel: number, port: number): Buffer {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16LE(port);
  return channelFrame(channel, bytes);
}

/** The `ports` query parameters (each may list several, comma-separated), as the kubelet reads them. */
export function parsePorts(searchParams: URLSearchParams): number[] | string {
  const values = searchParams.getAll('ports').flatMap((value) => value.split(','));
  if (values.length === 0) return 'query parameter "port" is required';
  const ports: number[] = [];
  for (const value of values) {
    const port = Number(value.trim());
    if (!Number.isInteger(port) || port < 1 || port > 65535) return `invalid port value "${value}"`;
    ports.push(port);
  }
  return ports;
}

/** Stable stand-ins for the container runtime's pod sandbox ID and network namespace, per pod UID. */
function runtimeIdentity(podUid: string) {
  const hash = createHash('sha256').update(podUid).digest('hex');
  const uuid = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
  return { sandboxId: hash, networkNamespace: `/var/run/netns/cni-${uuid}` };
}

/**
 * What the kubelet writes on the error channel when nothing listens on the port inside the pod
 * (containerd's message wrapped by the kubelet's; the kubelet names the pod by its sandbox ID and
 * leaves the uid empty).
 */
export function connectionRefusedMessage(port: number, podUid: string): string {
  const { sandboxId, networkNamespace } = runtimeIdentity(podUid);
  return (
    `error forwarding port ${port} to pod ${sandboxId}, uid : failed to execute portforward in network namespace ` +
    `"${networkNamespace}": failed to connect to localhost:${port} inside namespace "${sandboxId}", ` +
    `IPv4: dial tcp4 127.0.0.1:${port}: connect: connection refused ` +
    `IPv6 dial tcp6 [::1]:${port}: connect: connection refused `
  );
}

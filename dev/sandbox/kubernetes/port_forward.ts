import type { IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import {
  channelFrame,
  connectionRefusedMessage,
  dataChannel,
  errorChannel,
  negotiateProtocol,
  portNumberFrame,
  portOfChannel,
} from './port_forward_channels';
import { acceptKey, encodeFrame, FrameDecoder, OPCODE } from './websocket_frames';

/** Where a pod's port really listens, or undefined when nothing does (the kubelet then reports a refusal). */
export type PortForwardTarget = (
  namespace: string,
  pod: string,
  port: number,
) => { host: string; port: number } | undefined;

export interface PortForwardSession {
  namespace: string;
  pod: string;
  podUid: string;
  ports: number[];
  target?: PortForwardTarget;
}

/** Answers an upgrade request with a plain HTTP response, as the server does before a WebSocket is open. */
export function rejectUpgrade(socket: Duplex, code: number, reason: string, body: unknown): void {
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${code} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
      `Connection: close\r\n\r\n${text}`,
  );
}

/**
 * Opens the WebSocket and forwards each requested port to its target over TCP, as the kubelet
 * does: bytes on the data channel both ways; when the connection to the target fails, its message
 * on the error channel. The WebSocket closes once every port's forwarding has ended.
 */
export function servePortForward(request: IncomingMessage, socket: Duplex, head: Buffer, session: PortForwardSession) {
  const protocol = negotiateProtocol(request.headers['sec-websocket-protocol']);
  const key = request.headers['sec-websocket-key'];
  if (protocol === undefined || !key) {
    rejectUpgrade(socket, 400, 'Bad Request', { message: 'unable to upgrade connection: unsupported protocol' });
    return;
  }
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${acceptKey(key)}\r\n${protocol ? `Sec-WebSocket-Protocol: ${protocol}\r\n` : ''}\r\n`,
  );

  let open = true;
  const send = (frame: Buffer) => open && socket.write(encodeFrame(OPCODE.binary, frame));
  const close = () => {
    if (!open) return;
    open = false;
    socket.end(encodeFrame(OPCODE.close, Buffer.from([0x03, 0xe8])));
    targets.forEach((target) => target?.destroy());
  };

  let active = session.ports.length;
  const portDone = () => --active === 0 && close();
  const targets: (Socket | undefined)[] = session.ports.map((port, index) => {
    send(portNumberFrame(dataChannel(index), port));
    send(portNumberFrame(errorChannel(index), port));
    const refused = () => {
      send(channelFrame(errorChannel(index), connectionRefusedMessage(port, session.podUid)));
      portDone();
    };
    const address = session.target?.(session.namespace, session.pod, port);
    if (!address) {
      setImmediate(refused);
      return undefined;
    }
    let connected = false;
    const target = connect(address.port, address.host, () => (connected = true));
    target.on('data', (data: Buffer) => send(channelFrame(dataChannel(index), data)));
    target.on('error', () => (connected ? undefined : refused()));
    target.on('close', () => connected && portDone());
    return target;
  });

  const decoder = new FrameDecoder();
  const receive = (chunk: Buffer) => {
    for (const message of decoder.push(chunk)) {
      if (message.opcode === OPCODE.close) close();
      else if (message.opcode === OPCODE.ping) socket.write(encodeFrame(OPCODE.pong, message.payload));
      else if (message.opcode === OPCODE.binary && message.payload.length > 0) {
        const { portIndex, isData } = portOfChannel(message.payload[0]);
        if (isData) targets[portIndex]?.write(message.payload.subarray(1));
      }
    }
  };
  if (head.length > 0) receive(head);
  socket.on('data', receive);
  socket.on('error', close);
  socket.on('close', () => {
    open = false;
    targets.forEach((target) => target?.destroy());
  });
}

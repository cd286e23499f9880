import { createHash } from 'node:crypto';

/**
 * The server side of RFC 6455 framing, as much as the port-forward subresource needs: the
 * handshake key, unmasked frames out, masked (possibly fragmented) messages in.
 */
export const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;

const HANDSHAKE_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export function acceptKey(key: string): string {
  return createHash('sha1')
    .update(key + HANDSHAKE_GUID)
    .digest('base64');
}

/** One frame from the server: final, unmasked. */
export function encodeFrame(opcode: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.alloc(2) : length < 0x10000 ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = 0x80 | opcode;
  if (length < 126) {
    header[1] = length;
  } else if (length < 0x10000) {
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

export interface WebSocketMessage {
  opcode: number;
  payload: Buffer;
}

/**
 * Reassembles client messages from a byte stream: unmasks each frame, joins continuation frames,
 * and passes control frames (close, ping, pong) through as they come, even mid-message.
 */
export class FrameDecoder {
  private buffered = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private fragmentedOpcode = 0;

  push(chunk: Buffer): WebSocketMessage[] {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    const messages: WebSocketMessage[] = [];
    for (;;) {
      const frame = this.nextFrame();
      if (!frame) return messages;
      if (frame.opcode >= OPCODE.close) {
        messages.push({ opcode: frame.opcode, payload: frame.payload });
      } else if (frame.opcode !== OPCODE.continuation && frame.fin) {
        messages.push({ opcode: frame.opcode, payload: frame.payload });
      } else {
        if (frame.opcode !== OPCODE.continuation) this.fragmentedOpcode = frame.opcode;
        this.fragments.push(frame.payload);
        if (frame.fin) {
          messages.push({ opcode: this.fragmentedOpcode, payload: Buffer.concat(this.fragments) });
          this.fragments = [];
        }
      }
    }
  }

  private nextFrame(): { fin: boolean; opcode: number; payload: Buffer } | undefined {
    const data = this.buffered;
    if (data.length < 2) return undefined;
    const fin = (data[0] & 0x80) !== 0;
    const opcode = data[0] & 0x0f;
    const masked = (data[1] & 0x80) !== 0;
    let length = data[1] & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (data.length < 4) return undefined;
      length = data.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (data.length < 10) return undefined;
      length = Number(data.readBigUInt64BE(2));
      offset = 10;
    }
    const maskLength = masked ? 4 : 0;
    if (data.length < offset + maskLength + length) return undefined;
    const mask = data.subarray(offset, offset + maskLength);
    const payload = Buffer.from(data.subarray(offset + maskLength, offset + maskLength + length));
    if (masked) for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
    this.buffered = data.subarray(offset + maskLength + length);
    return { fin, opcode, payload };
  }
}

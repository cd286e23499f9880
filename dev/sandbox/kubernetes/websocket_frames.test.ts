import { acceptKey, encodeFrame, FrameDecoder, OPCODE } from './websocket_frames';

function masked(opcode: number, payload: Buffer, fin = true): Buffer {
  const mask = Buffer.from([1, 2, 3, 4]);
  const body = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]));
  const length =
    payload.length < 126
      ? Buffer.from([0x80 | payload.length])
      : Buffer.from([0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([Buffer.from([(fin ? 0x80 : 0) | opcode]), length, mask, body]);
}

describe('WebSocket frames', () => {
  it('computes the handshake accept key of RFC 6455', () => {
    expect(acceptKey('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it.each([
    [0, [0x82, 0]],
    [125, [0x82, 125]],
    [126, [0x82, 126, 0, 126]],
    [65535, [0x82, 126, 0xff, 0xff]],
    [65536, [0x82, 127, 0, 0, 0, 0, 0, 1, 0, 0]],
  ])('encodes a %i-byte payload with its length header', (length, header) => {
    const frame = encodeFrame(OPCODE.binary, Buffer.alloc(length));
    expect([...frame.subarray(0, header.length)]).toEqual(header);
    expect(frame.length).toBe(header.length + length);
  });

  it('unmasks client frames that arrive split across chunks', () => {
    const frame = masked(OPCODE.binary, Buffer.from('GET / HTTP/1.1'));
    const decoder = new FrameDecoder();
    expect(decoder.push(frame.subarray(0, 3))).toEqual([]);
    expect(decoder.push(frame.subarray(3))).toEqual([
      { opcode: OPCODE.binary, payload: Buffer.from('GET / HTTP/1.1') },
    ]);
  });

  it('joins fragments, passing a ping through in the middle', () => {
    const decoder = new FrameDecoder();
    const stream = Buffer.concat([
      masked(OPCODE.binary, Buffer.from('ab'), false),
      masked(OPCODE.ping, Buffer.from('p')),
      masked(OPCODE.continuation, Buffer.alloc(200, 'c')),
    ]);
    expect(decoder.push(stream)).toEqual([
      { opcode: OPCODE.ping, payload: Buffer.from('p') },
      { opcode: OPCODE.binary, payload: Buffer.concat([Buffer.from('ab'), Buffer.alloc(200, 'c')]) },
    ]);
  });
});

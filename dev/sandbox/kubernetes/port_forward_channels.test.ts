import {
  channelFrame,
  connectionRefusedMessage,
  dataChannel,
  errorChannel,
  negotiateProtocol,
  parsePorts,
  portNumberFrame,
  portOfChannel,
} from './port_forward_channels';

describe('port-forward channels (kubelet WebSocket protocol v4)', () => {
  it('gives each port a data and an error channel', () => {
    expect([0, 1, 2].map((index) => [dataChannel(index), errorChannel(index)])).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    expect(portOfChannel(3)).toEqual({ portIndex: 1, isData: false });
  });

  it('opens each channel with the port number, 2 bytes little-endian, after the channel byte', () => {
    expect([...portNumberFrame(0, 9200)]).toEqual([0, 0xf0, 0x23]);
    expect([...portNumberFrame(1, 9443)]).toEqual([1, 0xe3, 0x24]);
    expect([...channelFrame(0, 'GET')]).toEqual([0, 0x47, 0x45, 0x54]);
  });

  it.each([
    ['v5.channel.k8s.io, v4.channel.k8s.io, v3.channel.k8s.io', 'v4.channel.k8s.io'],
    [undefined, ''],
    ['v5.channel.k8s.io', undefined],
  ])('picks the first protocol the kubelet speaks from %s', (offered, chosen) => {
    expect(negotiateProtocol(offered)).toBe(chosen);
  });

  it.each([
    ['ports=9200', [9200]],
    ['ports=9200,9300&ports=9443', [9200, 9300, 9443]],
    ['', 'query parameter "port" is required'],
    ['ports=http', 'invalid port value "http"'],
  ])('reads %s', (query, expected) => {
    expect(parsePorts(new URLSearchParams(query))).toEqual(expected);
  });

  it('reports a refused port as the kubelet and containerd word it', () => {
    expect(connectionRefusedMessage(9200, 'uid-1')).toMatch(
      /^error forwarding port 9200 to pod [0-9a-f]{64}, uid : failed to execute portforward in network namespace "\/var\/run\/netns\/cni-[0-9a-f-]{36}": failed to connect to localhost:9200 inside namespace "[0-9a-f]{64}", IPv4: dial tcp4 127\.0\.0\.1:9200: connect: connection refused IPv6 dial tcp6 \[::1\]:9200: connect: connection refused $/,
    );
  });
});

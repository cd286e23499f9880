import { createServerSentEventParser, type ServerSentEvent } from './server_sent_events';

function parse(chunks: string[]): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  const push = createServerSentEventParser((event) => events.push(event));
  chunks.forEach(push);
  return events;
}

describe('Server-Sent Events parser', () => {
  it('reads named events and ignores retry, id and comments', () => {
    expect(
      parse(['retry: 2000\n\n', ': keep-alive\n\n', 'event: change\nid: 7\ndata: {"kind":"Service"}\n\n']),
    ).toEqual([{ event: 'change', data: '{"kind":"Service"}' }]);
  });

  it('joins data lines and defaults the event type to message', () => {
    expect(parse(['data: one\ndata:two\n\n'])).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });

  it('waits for the blank line, however the chunks split the text', () => {
    const text = 'event: change\r\ndata: {"a":1}\r\n\r\nevent: change\rdata: {"b":2}\r\r';
    const oneByOne = parse(text.split(''));
    expect(oneByOne).toEqual([
      { event: 'change', data: '{"a":1}' },
      { event: 'change', data: '{"b":2}' },
    ]);
    expect(parse([text])).toEqual(oneByOne);
  });

  it('does not dispatch an event that is not finished', () => {
    expect(parse(['event: change\ndata: {}\n'])).toEqual([]);
  });
});

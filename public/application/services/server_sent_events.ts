export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * The Server-Sent Events wire format (WHATWG HTML, "Interpreting an event stream"), fed with text
 * as it arrives in chunks that may split lines anywhere. `retry` and `id` are ignored: the page
 * does not reconnect by itself, it re-reads the plan instead.
 */
export function createServerSentEventParser(onEvent: (event: ServerSentEvent) => void) {
  let buffer = '';
  let eventType = '';
  let dataLines: string[] = [];
  // A chunk ending in \r may be the first half of \r\n: the \n that follows ends no other line.
  let endedWithCarriageReturn = false;

  function dispatch() {
    if (dataLines.length > 0) onEvent({ event: eventType || 'message', data: dataLines.join('\n') });
    eventType = '';
    dataLines = [];
  }

  function processLine(line: string) {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventType = value;
    else if (field === 'data') dataLines.push(value);
  }

  return function push(chunk: string) {
    const text = endedWithCarriageReturn && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
    endedWithCarriageReturn = text.endsWith('\r');
    const lines = (buffer + text).split(/\r\n|\r|\n/);
    // The last piece has no line ending yet: it waits for the next chunk.
    buffer = lines.pop() ?? '';
    lines.forEach(processLine);
  };
}

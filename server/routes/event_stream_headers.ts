/** Server-Sent Events must reach the browser as they happen: no caching, no proxy buffering. */
export const EVENT_STREAM_HEADERS = {
  'content-type': 'text/event-stream',
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
};

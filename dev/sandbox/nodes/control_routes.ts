import { NodeActionError, type NodeActions } from './node_actions';

/** A control request: the path split into segments, the raw body. */
export interface ControlRequest {
  readonly method: string;
  readonly segments: readonly string[];
  readonly body: string;
}

export interface ControlResponse {
  readonly status: number;
  /** JSON unless a string, which goes out as text (YAML, logs). */
  readonly body: unknown;
}

const ok = (body: unknown): ControlResponse => ({ status: 200, body });

function json(body: string): Record<string, unknown> {
  try {
    const parsed = body.trim() === '' ? {} : JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new NodeActionError(400, 'the body must be a JSON object');
}

function stringField(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') throw new NodeActionError(400, `[${field}] must be a string`);
  return value;
}

/** Everything under `/_sandbox/nodes/<node>/`. */
function nodeRoute(
  actions: NodeActions,
  method: string,
  node: string,
  rest: readonly string[],
  body: string,
): ControlResponse {
  const [resource, ...tail] = rest;
  const route = `${method} ${resource ?? ''}`;
  switch (route) {
    case 'GET keystore':
      return ok({ settings: actions.keystoreList(node) });
    case 'POST keystore': {
      const request = json(body);
      actions.keystoreAdd(node, stringField(request, 'setting'), stringField(request, 'value'), {
        force: request.force === true,
      });
      return ok({ acknowledged: true });
    }
    case 'DELETE keystore':
      actions.keystoreRemove(node, tail.join('/'));
      return ok({ acknowledged: true });
    case 'POST _exec': {
      const request = json(body);
      const argv = request.argv;
      if (!Array.isArray(argv) || !argv.every((arg) => typeof arg === 'string')) {
        throw new NodeActionError(400, '[argv] must be an array of strings');
      }
      const result = actions.exec(node, argv, typeof request.stdin === 'string' ? request.stdin : '');
      return ok({ exit_code: result.exitCode, stdout: result.stdout, stderr: result.stderr });
    }
    case 'GET elasticsearch.yml':
      return ok(actions.readYaml(node));
    case 'PUT elasticsearch.yml':
      actions.editYaml(node, { text: body });
      return ok({ acknowledged: true });
    case 'POST elasticsearch.yml':
      actions.editYaml(node, { append: body });
      return ok({ acknowledged: true });
    case 'PUT files':
      return ok({ path: actions.placeFile(node, tail.join('/'), body) });
    case 'POST _restart':
      return ok(actions.restart(node));
    case 'GET logs':
      return ok(
        actions
          .logs(node)
          .map((line) => `${line}\n`)
          .join(''),
      );
    default:
      throw new NodeActionError(404, `no control route for [${method} /_sandbox/nodes/${node}/${rest.join('/')}]`);
  }
}

/** Routes the control API; `settle` waits until no node is dialling a remote. */
export async function routeControlRequest(
  actions: NodeActions,
  settle: () => Promise<void>,
  request: ControlRequest,
): Promise<ControlResponse> {
  const [root, collection, node, ...rest] = request.segments;
  try {
    if (root !== '_sandbox') throw new NodeActionError(404, 'control routes start with /_sandbox');
    if (request.method === 'GET' && collection === 'nodes' && node === undefined)
      return ok({ nodes: actions.listNodes() });
    if (request.method === 'POST' && collection === '_rolling_restart') return ok({ nodes: actions.rollingRestart() });
    if (request.method === 'POST' && collection === '_settle') {
      await settle();
      return ok({ acknowledged: true });
    }
    if (collection === 'nodes' && node !== undefined)
      return nodeRoute(actions, request.method, node, rest, request.body);
    throw new NodeActionError(404, `no control route for [${request.method} /${request.segments.join('/')}]`);
  } catch (error) {
    if (error instanceof NodeActionError) return { status: error.status, body: { error: error.message } };
    throw error;
  }
}

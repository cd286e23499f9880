import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_PATH, INTERNAL_API_BASE_PATH } from '../../common/constants';
import { appPage } from './app_page';
import { BUNDLES_PATH, type BrowserAssets } from './browser_bundle';
import { createHostApi, LOGIN_CHALLENGE, type HostApiOptions } from './host_api';
import { kibanaError } from './kibana_http_semantics';

export interface HostServerOptions extends HostApiOptions {
  /** Built on first use and kept: API-only use (tests) never pays for the bundle. */
  browserAssets: () => Promise<BrowserAssets>;
  host?: string;
  port?: number;
}

export interface HostServer {
  url: string;
  close(): Promise<void>;
}

/** The standalone host: the plugin's routes and browser app at Kibana's URLs, without Kibana. */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const handleApi = createHostApi(options);

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname.startsWith(`${INTERNAL_API_BASE_PATH}/`)) return handleApi(request, response, url);
    if (url.pathname === '/' || url.pathname === '/app/management') {
      response.writeHead(302, { location: APP_PATH });
      return response.end();
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204);
      return response.end();
    }
    if (url.pathname.startsWith(`${BUNDLES_PATH}/`)) {
      const file = (await options.browserAssets()).files.get(url.pathname);
      if (!file) return sendNotFound(response);
      response.writeHead(200, { 'content-type': `${file.contentType}; charset=utf-8`, 'cache-control': 'no-cache' });
      return response.end(file.body);
    }
    if (url.pathname.startsWith('/app/')) {
      // The browser asks for credentials once and sends them with every request to this origin.
      if (!request.headers.authorization) {
        response.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', ...LOGIN_CHALLENGE });
        return response.end('Log in with an Elasticsearch user of the local cluster.');
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(appPage((await options.browserAssets()).entry));
    }
    sendNotFound(response);
  }

  function sendNotFound(response: ServerResponse) {
    response.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(kibanaError(404, 'Not Found')));
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      options.logger.error(`Host failed to serve ${request.method} ${request.url?.split('?')[0]}: ${error.name}`);
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(kibanaError(500, 'An internal server error occurred.')));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5601, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

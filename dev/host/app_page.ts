import { PLUGIN_NAME } from '../../common/constants';

/** The HTML shell the standalone host serves for every app URL, as Kibana serves its bootstrap page. */
export function appPage(entry: string): string {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${PLUGIN_NAME} · Stack Management</title>
  </head>
  <body>
    <div id="kibana-body"></div>
    <script type="module" src="${entry}"></script>
  </body>
</html>`;
}

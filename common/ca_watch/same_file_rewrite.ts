import type { ManualInstructions } from '../plan/plan_types';

/** `_ssl/certificates` prints paths as configured: relative ones are inside the node's config directory. */
const fromHome = (path: string) => (path.startsWith('/') ? path : `config/${path}`);

export const downloadName = (path: string) => path.split('/').pop() || 'ca.crt';

export interface TrustedFile {
  /** As `_ssl/certificates` prints it. */
  path: string;
  /** Subjects of the other CAs in the same file (other clusters'), which must stay. */
  otherSubjects: string[];
}

/**
 * A file that holds this cluster's CA only is replaced; one that also trusts other CAs gets the new
 * CA appended to a copy of itself, so the others stay.
 */
function commandsFor(file: TrustedFile): string[] {
  const target = fromHome(file.path);
  const copy = file.otherSubjects.length
    ? `cat ${target} ${downloadName(file.path)} > ${target}.new`
    : `cp ${downloadName(file.path)} ${target}.new`;
  return [copy, `mv ${target}.new ${target}`];
}

/**
 * The new CA written over the file the nodes already trust, at the same path: Elasticsearch polls
 * its SSL files (every 5 s) and reloads a rewritten one without a restart, whereas a new path would
 * change a static setting. The rename makes the change atomic, so a poll never reads half a file.
 */
export function sameFileRewrite(input: {
  pem: string;
  files: TrustedFile[];
  pendingNodes: string[];
}): ManualInstructions {
  const shared = input.files.filter((file) => file.otherSubjects.length > 0);
  return {
    files: input.files.map((file) => ({ path: fromHome(file.path), content: input.pem })),
    commands: input.files.flatMap(commandsFor),
    settings: [],
    pendingNodes: input.pendingNodes,
    notes: [
      'On every node, from its Elasticsearch home, with the downloaded file in the current directory: write the new file next to the trusted one, then rename it over that file.',
      'Keep the path and leave elasticsearch.yml alone: Elasticsearch reloads the rewritten file within about 5 seconds, without a restart.',
      'ECK renews its CA with the same key, subject and key identifier, so the old and the new CA both verify the ECK nodes while you go node by node: searches keep working.',
      ...shared.map(
        (file) =>
          `${file.path} also trusts ${file.otherSubjects.join('; ')}: the command appends the new CA and keeps them.`,
      ),
    ],
  };
}

/** Where a Kubernetes list looks: everywhere (one cluster-wide call) or in named namespaces (one call each). */
export type NamespaceScope = { all: true } | { all: false; namespaces: string[] };

export const ALL_NAMESPACES: NamespaceScope = { all: true };

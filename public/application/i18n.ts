type MessageValues = Record<string, string | number>;

/**
 * The shape of Kibana's `i18n.translate` from `@kbn/i18n`, which exists only inside a Kibana
 * checkout. Every message keeps a stable id and an ICU default message, so Kibana's i18n tooling
 * can extract them and switching to `@kbn/i18n` is a change of import. Only simple `{name}`
 * arguments are used (no plural or select), so substituting them is all formatting needs.
 */
export const i18n = {
  translate(_id: string, { defaultMessage, values }: { defaultMessage: string; values?: MessageValues }): string {
    if (!values) return defaultMessage;
    return defaultMessage.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : placeholder,
    );
  },
};

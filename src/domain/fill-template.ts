/**
 * A template with its `{name}` parameters filled in, numbers written as in JSON (12.5, 1000): the
 * English wording the domain and app layers give next to their message codes (for the CLIs, the
 * server, logs and tests; the UI words the codes from its own tables). Unknown names stay as they are.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

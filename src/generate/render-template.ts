const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The `{{name}}` placeholders of a prompt template, in order of first use. */
export function templatePlaceholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]))];
}

/**
 * Fills the `{{name}}` placeholders of a prompt template, line by line: a line with a placeholder
 * whose value is missing or empty is left out whole, so "Topic: {{topic}}" disappears for an item
 * without a topic instead of leaving "Topic: " behind (the optional-section idea of Mustache's
 * `{{#topic}}…{{/topic}}`, mustache(5), applied per line). Values may span lines. Unknown
 * placeholders are refused earlier, when the config is parsed.
 *
 * @example
 * renderTemplate('Write a {{label}} review.\nTopic: {{topic}}', { label: 'positive' });
 * // 'Write a positive review.'
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string | undefined>>): string {
  const lines: string[] = [];
  for (const line of template.split('\n')) {
    let missing = false;
    const filled = line.replace(PLACEHOLDER, (_, name: string) => {
      const value = values[name];
      if (value === undefined || value === '') missing = true;
      return value ?? '';
    });
    if (!missing) lines.push(filled);
  }
  return lines.join('\n').trim();
}

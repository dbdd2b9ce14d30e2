import { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js quotes the submitted value in its coercion messages — for a variable, the whole
 * object around the bad field, a password included. Keep what was wrong and where; drop the value.
 */
export function withoutInputValues(message: string, inner: string | undefined): string {
  // `Variable "$x" got invalid value <value>[ at "x.path"]; <inner message>`
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (variable) {
    let prefix = message;
    let rest = '';
    if (inner !== undefined && message.endsWith(`; ${inner}`)) {
      prefix = message.slice(0, message.length - inner.length - 2);
      rest = withoutInputValues(inner, undefined);
    }
    const at = new RegExp(` at "(${variable[1]}(?:[.[][^"]*)?)"$`).exec(prefix);
    return `Variable "$${variable[1]}" got an invalid value${at ? ` at "${at[1]}"` : ''}${rest ? `; ${rest}` : '.'}`;
  }
  // Literals: `Expected value of type "T", found <literal>; <inner>` or `… found <literal>.`
  const literal = /^Expected value of type "([^"]+)", found /.exec(message);
  if (literal) {
    const rest = inner !== undefined && message.endsWith(`; ${inner}`) ? `; ${withoutInputValues(inner, undefined)}` : '.';
    return `Expected value of type "${literal[1]}"${rest === '.' ? '.' : rest}`;
  }
  // Scalars: `Int cannot represent non-integer value: 10.5`, `String cannot represent a non string value: …`
  const scalar = /^(.*? cannot represent [^:]*value): /s.exec(message);
  if (scalar) return `${scalar[1]}.`;
  // Enums: `Value "x" does not exist in "E" enum.` (and graphql's suggestions)
  const enumValue = /^Value .* does not exist in "(\w+)" enum\./s.exec(message);
  if (enumValue) return `The value does not exist in the "${enumValue[1]}" enum.`;
  return message;
}

/** Applied to every error the API answers: messages without submitted values, and no `target`/`value` in validation details. */
export function redactInputEcho(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: { message?: unknown } } | null)?.originalError;
  const inner = typeof original?.message === 'string' ? original.message : undefined;
  const message = withoutInputValues(formatted.message, inner);
  const details = formatted.extensions?.validationErrors;
  if (message === formatted.message && !Array.isArray(details)) return formatted;
  const extensions = formatted.extensions ? { ...formatted.extensions } : undefined;
  if (extensions && Array.isArray(details)) extensions.validationErrors = details.map(stripValues);
  // Outside production the stack trace's first line repeats the message.
  if (extensions && message !== formatted.message && Array.isArray(extensions.stacktrace)) {
    extensions.stacktrace = extensions.stacktrace.map((line: unknown) =>
      typeof line === 'string' && line.includes(formatted.message) ? line.replace(formatted.message, message) : line,
    );
  }
  return { ...formatted, message, ...(extensions ? { extensions } : {}) };
}

function stripValues(detail: unknown): unknown {
  if (detail === null || typeof detail !== 'object') return detail;
  const { target: _target, value: _value, children, ...rest } = detail as Record<string, unknown>;
  return Array.isArray(children) ? { ...rest, children: children.map(stripValues) } : rest;
}

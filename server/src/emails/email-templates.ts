/**
 * A deliberately small templating language for partner emails: text with `{{name}}`
 * placeholders, nothing else (no expressions, no helpers, no HTML), so a merchant's
 * template can never run code or reach data beyond the listed values.
 */

export type EmailTopicName = 'COMMISSIONS' | 'PENDING_PAYMENTS' | 'PARTNERS';

const COMMON = ['partner.name', 'partner.email', 'partner.key', 'program.name', 'balance'] as const;

/** Which placeholders each kind of email can use, with what they stand for (shown in the API docs). */
export const PLACEHOLDER_DOCS: Record<string, string> = {
  'partner.name': "The partner's name",
  'partner.email': "The partner's email address",
  'partner.key': "The partner's key (as in referral links)",
  'program.name': "The program's name",
  balance: 'The partner\'s approved, unpaid balance per currency, e.g. "120.50 USD"',
  sales: 'One line per selected commission: date, sale, product, sale amount and commission',
  'commissions.count': 'How many commissions the email is about',
  'commissions.total': 'Their total per currency',
  'payment.amount': 'The amount due to the partner per currency (their pending payment)',
};

export const PLACEHOLDERS: Record<EmailTopicName, readonly string[]> = {
  COMMISSIONS: [...COMMON, 'sales', 'commissions.count', 'commissions.total'],
  PENDING_PAYMENTS: [...COMMON, 'payment.amount', 'commissions.count'],
  PARTNERS: [...COMMON],
};

export type TemplateProblemReason = 'UNKNOWN_PLACEHOLDER' | 'NOT_AVAILABLE' | 'MALFORMED';

export interface TemplateProblem {
  field: 'subject' | 'body';
  placeholder: string;
  reason: TemplateProblemReason;
}

export class EmailTemplateError extends Error {
  constructor(readonly problems: TemplateProblem[]) {
    super(
      problems
        .map((p) =>
          p.reason === 'MALFORMED'
            ? `${p.field}: malformed placeholder "${p.placeholder}"`
            : p.reason === 'NOT_AVAILABLE'
              ? `${p.field}: {{${p.placeholder}}} is not available in this kind of email`
              : `${p.field}: unknown placeholder {{${p.placeholder}}}`,
        )
        .join('; '),
    );
    this.name = 'EmailTemplateError';
  }
}

type Part = string | { placeholder: string };

export interface CompiledTemplate {
  field: 'subject' | 'body';
  parts: Part[];
  placeholders: string[];
}

const TOKEN = /\{\{([^{}]*)\}\}/g;
const NAME = /^\s*([a-z]+(?:\.[a-z]+)?)\s*$/i;

/** Splits a template into text and placeholders; returns every problem instead of the first. */
export function compileTemplate(
  field: 'subject' | 'body',
  text: string,
  topic: EmailTopicName,
): { template: CompiledTemplate; problems: TemplateProblem[] } {
  const allowed = PLACEHOLDERS[topic];
  const parts: Part[] = [];
  const problems: TemplateProblem[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    parts.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    const name = NAME.exec(match[1])?.[1];
    if (!name) problems.push({ field, placeholder: match[0], reason: 'MALFORMED' });
    else if (!Object.hasOwn(PLACEHOLDER_DOCS, name)) problems.push({ field, placeholder: name, reason: 'UNKNOWN_PLACEHOLDER' });
    else if (!allowed.includes(name)) problems.push({ field, placeholder: name, reason: 'NOT_AVAILABLE' });
    else parts.push({ placeholder: name });
  }
  parts.push(text.slice(last));
  // A "{{" or "}}" left in the text is a placeholder typed wrong: never send it as is.
  for (const part of parts) {
    if (typeof part !== 'string') continue;
    const stray = /\{\{|\}\}/.exec(part);
    if (stray) problems.push({ field, placeholder: part.slice(Math.max(0, stray.index - 10), stray.index + 12), reason: 'MALFORMED' });
  }
  const placeholders = [...new Set(parts.filter((p): p is { placeholder: string } => typeof p !== 'string').map((p) => p.placeholder))];
  return { template: { field, parts, placeholders }, problems };
}

/** Compiles subject and body together; throws one error listing every problem. */
export function compileEmail(subject: string, body: string, topic: EmailTopicName) {
  const s = compileTemplate('subject', subject, topic);
  const b = compileTemplate('body', body, topic);
  const problems = [...s.problems, ...b.problems];
  if (problems.length) throw new EmailTemplateError(problems);
  return { subject: s.template, body: b.template, placeholders: [...new Set([...s.template.placeholders, ...b.template.placeholders])] };
}

/** Fills the placeholders with plain text values; every used placeholder must have a value. */
export function renderTemplate(template: CompiledTemplate, values: Record<string, string>): string {
  const out = template.parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const value = values[part.placeholder];
      if (value === undefined) throw new Error(`No value for {{${part.placeholder}}}`);
      return value;
    })
    .join('');
  // A subject is one header line: values with line breaks must not start new headers.
  return template.field === 'subject' ? out.replace(/[\r\n]+/g, ' ').trim() : out;
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileEmail, compileTemplate, EmailTemplateError, renderTemplate } from './email-templates';
import { describeError, outcomeOfFailure, retryDelayMs } from './email-delivery-rules';

describe('email templates', () => {
  it('fills known placeholders with plain text, whitespace inside braces allowed', () => {
    const { subject, body } = compileEmail('Hi {{partner.name}}', 'Balance: {{ balance }}\n{{sales}}', 'COMMISSIONS');
    const values = { 'partner.name': 'Ann', balance: '12.50 USD', sales: '- s1' };
    expect(renderTemplate(subject, values)).toBe('Hi Ann');
    expect(renderTemplate(body, values)).toBe('Balance: 12.50 USD\n- s1');
  });

  it('rejects unknown placeholders with a typed error listing every problem', () => {
    try {
      compileEmail('{{partner.nmae}}', '{{balance}} {{secret.token}} {{constructor}}', 'PARTNERS');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EmailTemplateError);
      expect((error as EmailTemplateError).problems).toEqual([
        { field: 'subject', placeholder: 'partner.nmae', reason: 'UNKNOWN_PLACEHOLDER' },
        { field: 'body', placeholder: 'secret.token', reason: 'UNKNOWN_PLACEHOLDER' },
        { field: 'body', placeholder: 'constructor', reason: 'UNKNOWN_PLACEHOLDER' },
      ]);
    }
  });

  it('rejects placeholders that exist but not for this kind of email', () => {
    const { problems } = compileTemplate('body', 'Paid: {{payment.amount}}', 'COMMISSIONS');
    expect(problems).toEqual([{ field: 'body', placeholder: 'payment.amount', reason: 'NOT_AVAILABLE' }]);
    expect(compileTemplate('body', 'Paid: {{payment.amount}}', 'PENDING_PAYMENTS').problems).toEqual([]);
  });

  it('rejects malformed and stray braces instead of sending them', () => {
    for (const text of ['{{partner.name}', 'Hi {{ }}', '{{partner name}}', 'a }} b', '{{a.b.c}}', '{{ {{balance}} }}']) {
      const { problems } = compileTemplate('body', text, 'PARTNERS');
      expect(problems.length, text).toBeGreaterThan(0);
      expect(
        problems.every((p) => p.reason === 'MALFORMED' || p.reason === 'UNKNOWN_PLACEHOLDER'),
        text,
      ).toBe(true);
    }
  });

  it('never interprets the values: a value that looks like a placeholder stays literal', () => {
    const { body } = compileEmail('s', '{{partner.name}} / {{balance}}', 'PARTNERS');
    expect(renderTemplate(body, { 'partner.name': '{{balance}}', balance: '$1' })).toBe('{{balance}} / $1');
  });

  it('keeps the subject on one line whatever the values hold', () => {
    const { subject } = compileEmail('Hi {{partner.name}}', 'b', 'PARTNERS');
    expect(renderTemplate(subject, { 'partner.name': 'Ann\r\nBcc: evil@x.test' })).toBe('Hi Ann Bcc: evil@x.test');
  });

  it('text without placeholders renders to itself (property)', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('{{') && !s.includes('}}')),
        (text) => {
          const { template, problems } = compileTemplate('body', text, 'PARTNERS');
          expect(problems).toEqual([]);
          expect(renderTemplate(template, {})).toBe(text);
        },
      ),
    );
  });
});

describe('email delivery rules', () => {
  const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000 };

  it('backs off exponentially, capped', () => {
    expect([1, 2, 3, 4, 5, 50].map((a) => retryDelayMs(a, policy))).toEqual([1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('retries transient failures until the attempts run out; 5xx replies fail at once', () => {
    const refused = { code: 'ESOCKET' };
    expect(outcomeOfFailure(1, refused, policy)).toBe('RETRY');
    expect(outcomeOfFailure(3, { responseCode: 451 }, policy)).toBe('RETRY');
    expect(outcomeOfFailure(4, refused, policy)).toBe('FAILED');
    expect(outcomeOfFailure(1, { responseCode: 550, code: 'EENVELOPE' }, policy)).toBe('FAILED');
  });

  it('describes errors on one bounded line', () => {
    expect(describeError(Object.assign(new Error('550 5.1.1\n  no such user'), { code: 'EENVELOPE' }))).toBe(
      'EENVELOPE: 550 5.1.1 no such user',
    );
    expect(describeError(new Error('x'.repeat(2000)))).toHaveLength(500);
  });
});

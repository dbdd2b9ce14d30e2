import { describe, expect, it } from 'vitest';
import { IsOptional, Length, Max } from 'class-validator';
import { pathOfNul, validateArgument } from './input-validation';

class Inner {
  @Length(1, 5)
  subject: string;
}

class Outer {
  @IsOptional()
  @Max(10)
  rate?: number;

  inner?: Inner;

  items?: Inner[];
}

const outer = (values: Partial<Outer>) => Object.assign(new Outer(), values);
const inner = (subject: string) => Object.assign(new Inner(), { subject });

async function problemsOf(value: unknown) {
  try {
    await validateArgument(value);
    return null;
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
}

describe('input validation', () => {
  it('checks nested input objects and lists of them, naming each field by its path', async () => {
    expect(await problemsOf(outer({ rate: 5, inner: inner('ok'), items: [inner('ok')] }))).toBeNull();
    const error = await problemsOf(outer({ rate: 11, inner: inner('far too long'), items: [inner('ok'), inner('')] }));
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect((error?.extensions.validationErrors as { property: string }[]).map((problem) => problem.property)).toEqual([
      'rate',
      'inner.subject',
      'items[1].subject',
    ]);
  });

  it('never puts the submitted values in the error', async () => {
    const error = await problemsOf(outer({ inner: inner('hunter22-secret') }));
    expect(JSON.stringify({ message: error?.message, extensions: error?.extensions })).not.toContain('hunter22');
  });

  it('refuses NUL characters anywhere in an argument', async () => {
    expect(pathOfNul({ a: ['x', { b: 'y\u0000' }] })).toBe('a[1].b');
    expect(pathOfNul('plain')).toBeNull();
    expect(pathOfNul(new Date())).toBeNull();
    const error = await problemsOf(outer({ items: [inner('a\u0000')] }));
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'items[0].subject' });
    expect((await problemsOf('id\u0000'))?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

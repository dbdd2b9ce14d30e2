import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArrayMaxSize, getMetadataStorage, IsOptional, Length, Matches, Max, ValidateNested, validateSync } from 'class-validator';
import { pathOfNul, validateArgument, validCheckOf } from './input-validation';

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

class Tagged {
  @Length(1, 3, { each: true })
  @ArrayMaxSize(4)
  tags?: string[];

  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  code?: string | null;
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

/** Every input class of the API, loaded so their rules are registered. */
async function loadInputClasses(): Promise<Function[]> {
  const root = path.join(__dirname, '..');
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.inputs.ts'));
  for (const file of files) await import(path.join(root, file));
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, unknown[]> };
  return [...storage.validationMetadatas.keys()].filter((type) => typeof type === 'function');
}

/** Values that sit on and around the rules' edges: lengths, emails, numbers, lists, nothing. */
const edgeValue = fc.oneof(
  fc.constantFrom(undefined, null, '', ' ', 'a', 'ab', 'abc', 'x'.repeat(100), 'x'.repeat(255), 'x'.repeat(256), 'x'.repeat(2001)),
  fc.constantFrom(
    'person@example.com',
    'not an email',
    'a@b',
    '=HYPERLINK("x")',
    'USD',
    'usd',
    'EURO',
    'https://example.com/x',
    '2026-11-30',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 90, maxLength: 300 }),
  fc.integer({ min: -10, max: 1_000_000 }),
  fc.constantFrom(0, -1, 1, 10_000, 100_000, Number.MAX_SAFE_INTEGER, 1.5, NaN),
  fc.boolean(),
  fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), { maxLength: 30 }),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 5 }),
  fc.array(fc.constant('p'), { minLength: 495, maxLength: 505 }),
);

describe('the verdict without class-validator', () => {
  it('agrees with class-validator on every input class of the API, for values on the rules’ edges', async () => {
    const types = await loadInputClasses();
    expect(types.length).toBeGreaterThan(20);
    expect(types).toContain(Tagged);
    const storage = getMetadataStorage();
    for (const type of types) {
      const check = validCheckOf(type);
      if (!check) continue;
      const properties = [...new Set(storage.getTargetValidationMetadatas(type, '', false, false, undefined).map((m) => m.propertyName))];
      fc.assert(
        fc.property(fc.tuple(...properties.map(() => edgeValue)), (values) => {
          const object = Object.assign(
            Object.create(type.prototype as object) as object,
            Object.fromEntries(properties.map((p, i) => [p, values[i]])),
          );
          const errors = validateSync(object, { skipMissingProperties: true, forbidUnknownValues: false });
          expect(check(object), `${type.name} ${JSON.stringify(values)}`).toBe(errors.length === 0);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('leaves classes with rules it does not evaluate to class-validator', () => {
    class Nested {
      @ValidateNested()
      inner?: Inner;
    }
    expect(validCheckOf(Nested)).toBeNull();
    expect(validCheckOf(Inner)?.(inner('ok'))).toBe(true);
    expect(validCheckOf(Inner)?.(inner('far too long'))).toBe(false);
  });
});

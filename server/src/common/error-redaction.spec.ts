import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GraphQLError, buildSchema, graphql, parse, specifiedRules, validate } from 'graphql';
import { redactInputEcho } from './error-redaction';

const schema = buildSchema(`
  input LoginInput { email: String!, password: String! }
  input Wrapper { login: LoginInput!, note: String }
  enum Color { RED }
  type Query { a(i: LoginInput, w: Wrapper, n: Int, c: Color, s: String): Int }
`);

/** What the API would answer for this request: every error, formatted and redacted. */
async function answered(source: string, variableValues: Record<string, unknown> = {}) {
  const document = parse(source);
  const validationErrors = validate(schema, document, specifiedRules);
  const errors: readonly GraphQLError[] =
    validationErrors.length > 0 ? validationErrors : ((await graphql({ schema, source, variableValues })).errors ?? []);
  return errors.map((error) => redactInputEcho(error.toJSON(), error));
}

// A secret that no message would contain by chance, with the characters that break naive patterns.
const secrets = fc.string({ minLength: 0, maxLength: 40 }).map((inner) => `S3cr3t${inner}; at "a.b"; found ${inner}Z9`);

describe('errors never echo submitted values', () => {
  it('keeps what was wrong and where for variables', async () => {
    const [unknownField] = await answered('query($i: LoginInput) { a(i: $i) }', { i: { email: 'a@b.co', password: 'hunter22', extra: 1 } });
    expect(unknownField.message).toBe('Variable "$i" got an invalid value; Field "extra" is not defined by type "LoginInput".');
    const [nested] = await answered('query($w: Wrapper) { a(w: $w) }', {
      w: { login: { email: 'a@b.co', password: 7 }, note: 'hunter22' },
    });
    expect(nested.message).toBe('Variable "$w" got an invalid value at "w.login.password"; String cannot represent a non string value.');
    const [enumValue] = await answered('query($c: Color) { a(c: $c) }', { c: 'hunter22' });
    expect(enumValue.message).toBe('Variable "$c" got an invalid value; The value does not exist in the "Color" enum.');
  });

  it('for any secret, in variables or in the document', async () => {
    await fc.assert(
      fc.asyncProperty(secrets, async (secret) => {
        const answers = [
          ...(await answered('query($i: LoginInput) { a(i: $i) }', { i: { email: 'a@b.co', password: secret, extra: true } })),
          ...(await answered('query($w: Wrapper) { a(w: $w) }', { w: { login: { email: secret, password: secret }, note: 5 } })),
          ...(await answered('query($n: Int) { a(n: $n) }', { n: secret })),
          ...(await answered('query($c: Color) { a(c: $c) }', { c: secret })),
          ...(await answered(`{ a(n: ${JSON.stringify(secret)}) }`)),
          ...(await answered(`{ a(i: { email: "a@b.co", password: ${JSON.stringify(secret)}, extra: 1 }) }`)),
        ];
        expect(answers.length).toBeGreaterThanOrEqual(6);
        for (const answer of answers) {
          expect(JSON.stringify(answer)).not.toContain('S3cr3t');
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('drops target and value from validation details', () => {
    const error = new GraphQLError('Argument Validation Error', {
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          {
            property: 'password',
            target: { password: 'hunter22' },
            value: 'hunter22',
            constraints: { length: 'too short' },
            children: [{ property: 'x', value: 'hunter22' }],
          },
        ],
      },
    });
    expect(redactInputEcho(error.toJSON(), error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      validationErrors: [{ property: 'password', constraints: { length: 'too short' }, children: [{ property: 'x' }] }],
    });
  });
});

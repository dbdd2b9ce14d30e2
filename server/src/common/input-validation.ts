import { getMetadataStorage, validate, ValidationError } from 'class-validator';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@partnerbook/shared';

/** One broken rule of one input field, by its path inside the argument (`email.subject`, `sales[3].externalId`). */
export interface InputProblem {
  property: string;
  constraints: Record<string, string>;
}

export class InputValidationError extends GraphQLError {
  constructor(readonly problems: InputProblem[]) {
    const first = problems
      .slice(0, 3)
      .map((problem) => `${problem.property}: ${Object.values(problem.constraints).join(', ')}`)
      .join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    // Names and rules only: the submitted values (passwords!) are never echoed.
    super(`Invalid input: ${first}${more}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, validationErrors: problems },
    });
  }
}

const validated = new WeakMap<Function, boolean>();

/** Whether a class declares any class-validator rule (looked up once per class: the lookup scans every rule). */
function hasRules(type: Function): boolean {
  let known = validated.get(type);
  if (known === undefined)
    validated.set(type, (known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0));
  return known;
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** The path of the first string holding a NUL character (PostgreSQL text cannot store one), or null. */
export function pathOfNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'value' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathOfNul(value[i], join(path, i));
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) {
      const found = pathOfNul(child, join(path, key));
      if (found !== null) return found;
    }
  }
  return null;
}

function flatten(errors: ValidationError[], path: string, into: InputProblem[]) {
  for (const error of errors) {
    const property = join(path, error.property);
    if (error.constraints) into.push({ property, constraints: error.constraints });
    if (error.children?.length) flatten(error.children, property, into);
  }
}

/**
 * class-validator checks one object; input objects nest (an email inside a selection inside
 * an input, a list of sales). This walks the whole argument and checks every input object in it.
 */
async function collectProblems(value: unknown, path: string, into: InputProblem[]): Promise<void> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) await collectProblems(value[i], join(path, i), into);
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  // Input types arrive as instances of their classes (type-graphql converts them); plain objects are scalar values.
  if (value.constructor !== Object && hasRules(value.constructor)) {
    const errors = await validate(value, {
      skipMissingProperties: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
    });
    flatten(errors, path, into);
  }
  for (const [key, child] of Object.entries(value)) {
    if (child !== null && typeof child === 'object') await collectProblems(child, join(path, key), into);
  }
}

/**
 * type-graphql's `validateFn` for every argument of every operation: no NUL characters in any
 * text, and every class-validator rule of every input object, nested or not.
 */
export async function validateArgument(argValue: unknown): Promise<void> {
  const nul = pathOfNul(argValue);
  if (nul !== null) {
    throw new GraphQLError(`Text may not contain NUL characters (at ${nul})`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: nul },
    });
  }
  const problems: InputProblem[] = [];
  await collectProblems(argValue, '', problems);
  if (problems.length > 0) throw new InputValidationError(problems);
}

import { getMetadataStorage, validate, ValidationArguments, ValidationError, ValidationTypes } from 'class-validator';
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

/** Whether any string inside the value holds a NUL character (PostgreSQL text cannot store one). */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const key of Object.keys(value)) if (holdsNul((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** The path of the first string holding a NUL character, or null. */
export function pathOfNul(value: unknown, path = ''): string | null {
  // Paths are built only once one is known to exist: a clean batch of 500 sales builds none.
  if (!holdsNul(value)) return null;
  if (typeof value === 'string') return path || 'value';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathOfNul(value[i], join(path, i));
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value as object)) {
    const found = pathOfNul(child, join(path, key));
    if (found !== null) return found;
  }
  return null;
}

/** How collectProblems asks class-validator to check one object. */
const VALIDATOR_OPTIONS = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
} as const;

interface PropertyCheck {
  property: string;
  conditions: ((object: object, value: unknown) => boolean)[];
  rules: {
    constraints: unknown[];
    each: boolean;
    validateIf?: (object: object, value: unknown) => boolean;
    validators: { validate(value: unknown, args: ValidationArguments): unknown }[];
  }[];
}

/**
 * class-validator's verdict on one object, without building its errors: every object of a bulk
 * input (500 sales and their amounts) passed through `validate` cost 10 KB of short-lived objects
 * (rule lookups, error shells, promises), a third of what a batch allocated. This evaluates the
 * same rules from the same metadata, with the same skips (VALIDATOR_OPTIONS: null and undefined
 * skipped, conditions first, `each` over arrays). It answers true only when class-validator
 * would find nothing; anything else (a failure, an async rule) goes to class-validator itself,
 * which words the errors. Classes using rules it does not evaluate (nested, defined, whitelist,
 * groups) go to class-validator always: null.
 */
type ValidCheck = (object: object) => boolean;
const validChecks = new WeakMap<Function, ValidCheck | null>();

export function validCheckOf(type: Function): ValidCheck | null {
  if (validChecks.has(type)) return validChecks.get(type)!;
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(type, '', false, false, undefined);
  const properties: PropertyCheck[] = [];
  let supported = true;
  for (const [property, list] of Object.entries(storage.groupByPropertyName(metadatas))) {
    const check: PropertyCheck = { property, conditions: [], rules: [] };
    for (const metadata of list) {
      if (metadata.groups?.length || metadata.always) supported = false;
      if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) {
        check.conditions.push(metadata.constraints[0] as PropertyCheck['conditions'][number]);
      } else if (metadata.type === ValidationTypes.CUSTOM_VALIDATION) {
        const validators = storage.getTargetValidatorConstraints(metadata.constraintCls);
        if (validators.some((validator) => validator.async)) supported = false;
        check.rules.push({
          constraints: metadata.constraints,
          each: metadata.each ?? false,
          validateIf: (metadata as { validateIf?: PropertyCheck['rules'][number]['validateIf'] }).validateIf,
          validators: validators.map((validator) => validator.instance as PropertyCheck['rules'][number]['validators'][number]),
        });
      } else supported = false;
    }
    properties.push(check);
  }
  const validCheck: ValidCheck | null = supported
    ? (object) => {
        const record = object as Record<string, unknown>;
        for (const { property, conditions, rules } of properties) {
          const value = record[property];
          let applies = true;
          for (const condition of conditions) if (!condition(object, value)) applies = false;
          if (!applies || value === null || value === undefined) continue;
          for (const rule of rules) {
            if (rule.validateIf && !rule.validateIf(object, value)) continue;
            const args: ValidationArguments = { targetName: type.name, property, object, value, constraints: rule.constraints };
            const items = rule.each && (Array.isArray(value) || value instanceof Set || value instanceof Map) ? [...value.values()] : null;
            for (const validator of rule.validators) {
              // Anything but true (false, a promise) is class-validator's to judge.
              if (items === null) {
                if (validator.validate(value, args) !== true) return false;
              } else {
                for (const item of items) if (validator.validate(item, args) !== true) return false;
              }
            }
          }
        }
        return true;
      }
    : null;
  validChecks.set(type, validCheck);
  return validCheck;
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
 * an input, a list of sales). This walks the whole argument and lists, in order, every input
 * object in it that class-validator must check: those its rules do not clearly pass (validCheckOf).
 */
function collectSuspects(value: unknown, path: string, into: { value: object; path: string }[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') collectSuspects(item, join(path, i), into);
    }
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  // Input types arrive as instances of their classes (type-graphql converts them); plain objects are scalar values.
  if (value.constructor !== Object && hasRules(value.constructor)) {
    const validCheck = validCheckOf(value.constructor);
    if (!validCheck?.(value)) into.push({ value, path });
  }
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object') collectSuspects(child, join(path, key), into);
  }
}

async function collectProblems(value: unknown, into: InputProblem[]): Promise<void> {
  const suspects: { value: object; path: string }[] = [];
  collectSuspects(value, '', suspects);
  for (const suspect of suspects) flatten(await validate(suspect.value, VALIDATOR_OPTIONS), suspect.path, into);
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
  await collectProblems(argValue, problems);
  if (problems.length > 0) throw new InputValidationError(problems);
}

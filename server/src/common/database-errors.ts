/** The constraint a unique violation (SQLSTATE 23505) hit, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const driverError =
    (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23505' ? (driverError.constraint ?? '') : null;
}

/**
 * Turns the unique violations named in `errors` into the given errors (a check-then-insert can
 * still lose a race to a concurrent request); anything else is rethrown unchanged.
 */
export function mapUniqueViolations(errors: Record<string, () => Error>) {
  return (error: unknown): never => {
    const constraint = uniqueViolation(error);
    if (constraint !== null && errors[constraint]) throw errors[constraint]();
    throw error;
  };
}

import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * A WHERE clause with named parameters (`:name`, `:...name` for a spread list), built up condition
 * by condition. The same clause serves a TypeORM query builder (GraphQL lists, with paging) and a
 * hand-written statement (the CSV exports' COPY), so a filter is written once.
 */
export class SqlWhere {
  readonly conditions: string[] = [];
  readonly params: Record<string, unknown> = {};

  /** Adds a condition with its parameters; a parameter name is used once per clause. */
  add(condition: string, params: Record<string, unknown> = {}): this {
    for (const [name, value] of Object.entries(params)) {
      if (name in this.params) throw new Error(`SqlWhere: parameter :${name} is already bound`);
      this.params[name] = value;
    }
    this.conditions.push(condition);
    return this;
  }

  get sql(): string {
    return this.conditions.length ? this.conditions.join(' AND ') : 'TRUE';
  }

  /** Narrows a query builder by this clause. */
  applyTo<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return query.andWhere(this.sql, this.params);
  }

  /** The clause with positional parameters (`$1`…), numbered as PostgreSQL and TypeORM number them. */
  positional(dataSource: DataSource): { sql: string; params: unknown[] } {
    const [sql, params] = dataSource.driver.escapeQueryWithParameters(this.sql, this.params);
    return { sql, params };
  }
}

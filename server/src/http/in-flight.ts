import http from 'node:http';
import express from 'express';
import { ErrorCode } from '@partnerbook/shared';

export interface InFlightRequest {
  method: string;
  path: string;
  /** GraphQL operation type and name, when the request is one. */
  operation: string | null;
  startedAt: number;
}

function operationOf(req: express.Request): string | null {
  const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
  if (!body || typeof body.query !== 'string') return null;
  const match = /^\s*(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/.exec(body.query);
  const type = match?.[1] ?? 'query';
  const name = typeof body.operationName === 'string' ? body.operationName : (match?.[2] ?? null);
  return name ? `${type} ${name}` : type;
}

/**
 * Tracks the requests being served, so shutdown can stop taking new ones, wait for these, and
 * name the ones it had to cut.
 */
export class InFlightRequests {
  private readonly requests = new Map<express.Request, number>();
  private accepting = true;
  private onIdle: (() => void) | undefined;

  get size(): number {
    return this.requests.size;
  }

  middleware(): express.RequestHandler {
    return (req, res, next) => {
      if (!this.accepting) {
        // A request that arrived on a kept-alive connection after shutdown began.
        res.setHeader('connection', 'close');
        res.setHeader('retry-after', '1');
        res.status(503).json({
          errors: [
            { message: 'The server is shutting down; retry on another instance', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } },
          ],
        });
        return;
      }
      this.requests.set(req, Date.now());
      res.once('close', () => {
        this.requests.delete(req);
        if (this.requests.size === 0) this.onIdle?.();
      });
      next();
    };
  }

  /** New requests are answered 503 from now on. */
  stopAccepting(): void {
    this.accepting = false;
  }

  /** Waits until no request is in flight or `graceMs` has passed; returns those still running. */
  async drain(graceMs: number): Promise<InFlightRequest[]> {
    if (this.requests.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.onIdle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.onIdle = undefined;
    }
    return [...this.requests].map(([req, startedAt]) => ({
      method: req.method,
      path: req.originalUrl.split('?')[0],
      operation: operationOf(req),
      startedAt,
    }));
  }
}

/** Stops listening and closes idle kept-alive connections; busy ones close after their answer. */
export function stopListening(server: http.Server): void {
  server.close();
  server.closeIdleConnections();
}

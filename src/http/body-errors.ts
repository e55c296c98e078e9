import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../log.js';

/** Body-parser failures (too large, not JSON) as GraphQL-shaped JSON rather than Express's HTML page with a stack. */
export function bodyErrorHandler(log: Logger): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log.error({ err }, 'request failed before GraphQL');
    const [code, message] =
      err?.type === 'entity.too.large'
        ? ['PAYLOAD_TOO_LARGE', `Request body is larger than the limit of ${err.limit} bytes`]
        : err?.type === 'entity.parse.failed'
          ? ['BAD_REQUEST', 'Request body is not valid JSON']
          : status < 500
            ? ['BAD_REQUEST', 'Malformed request']
            : ['INTERNAL_SERVER_ERROR', 'Internal server error'];
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

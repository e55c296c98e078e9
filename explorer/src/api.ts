/**
 * The explorer's one way to the service: POST a typed operation to /graphql, as any client would
 * (a JSON POST passes Apollo's CSRF check). Errors come back as readable messages.
 */
import type { TypedDocumentString } from './gql/graphql';

/** Where the API answers: the explorer is served by the same service, at /explore/. */
export const API_URL = '/graphql';

export class ApiError extends Error {}

export async function execute<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  let res: Response;
  try {
    res = await fetch(API_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: doc.toString(), variables }),
    });
  } catch (err) {
    throw new ApiError(`The API at ${API_URL} could not be reached (${(err as Error).message}). Is the service running?`);
  }
  let body: { data?: R | null; errors?: { message: string }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`The API answered ${res.status} ${res.statusText} without a GraphQL response.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`The API answered ${res.status} with no data.`);
  return body.data;
}

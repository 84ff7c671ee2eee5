/** Something a customer asked for that the catalog does not offer ("Suggest an option"), carried with the spec. */
export interface OptionRequest {
  readonly id: string;
  /** The option step it was suggested from, or null for the product as a whole. */
  readonly groupId: string | null;
  readonly text: string;
  /** The name of a sketch or photo the customer refers to (the file itself never leaves their device). */
  readonly reference: string | null;
  /** ISO 8601 instant. */
  readonly createdAt: string;
}

export const MAX_REQUEST_TEXT = 1000;
export const MAX_REFERENCE_NAME = 200;

/** Why a request cannot be recorded, or undefined. */
export function invalidRequestReason(request: OptionRequest): string | undefined {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(request.id)) return 'a request needs an id of letters, digits and dashes';
  if (request.text.trim().length === 0) return 'describe what you would like';
  if (request.text.length > MAX_REQUEST_TEXT) return `at most ${MAX_REQUEST_TEXT} characters`;
  if (request.reference !== null && (request.reference.trim().length === 0 || request.reference.length > MAX_REFERENCE_NAME)) {
    return `a reference is a file name of at most ${MAX_REFERENCE_NAME} characters`;
  }
  return undefined;
}

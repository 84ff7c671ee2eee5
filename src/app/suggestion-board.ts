import { invalidRequestReason, type OptionRequest } from '../domain/option-requests.ts';
import type { AppProblem } from './app-problems.ts';
import { browserStorage, isRecord, recordList } from './local-records.ts';

/** A customer's suggestion for a product, kept in this browser with its up-votes. */
export interface Suggestion extends OptionRequest {
  readonly catalogId: string;
  readonly votes: number;
}

export const SUGGESTIONS_KEY = 'made-to-order:suggestions';
/** Which suggestions this browser has voted for, so one person votes once. */
export const SUGGESTION_VOTES_KEY = 'made-to-order:suggestion-votes';

function readSuggestion(entry: unknown): Suggestion | null {
  if (!isRecord(entry)) return null;
  const { id, catalogId, groupId, text, reference, createdAt, votes } = entry;
  if (typeof catalogId !== 'string' || typeof votes !== 'number' || !Number.isInteger(votes) || votes < 0) return null;
  if (typeof id !== 'string' || typeof text !== 'string' || typeof createdAt !== 'string') return null;
  const request: OptionRequest = {
    id,
    groupId: typeof groupId === 'string' ? groupId : null,
    text,
    reference: typeof reference === 'string' ? reference : null,
    createdAt,
  };
  return invalidRequestReason(request) ? null : { ...request, catalogId, votes };
}

export const suggestionBoard = recordList<Suggestion>(SUGGESTIONS_KEY, readSuggestion);

export function suggestionsFor(catalogId: string): Suggestion[] {
  return suggestionBoard
    .list()
    .filter((s) => s.catalogId === catalogId)
    .sort((a, b) => b.votes - a.votes || b.createdAt.localeCompare(a.createdAt));
}

/** Keeps a suggestion (with this browser's vote for it); what went wrong, if anything. */
export function addSuggestion(catalogId: string, request: OptionRequest): AppProblem | undefined {
  return suggestionBoard.write([...suggestionBoard.list(), { ...request, catalogId, votes: 1 }]) ?? markVoted(request.id);
}

export function votedIds(): Set<string> {
  try {
    const parsed = JSON.parse(browserStorage()?.getItem(SUGGESTION_VOTES_KEY) ?? '[]') as unknown;
    return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

function markVoted(id: string): undefined {
  try {
    browserStorage()?.setItem(SUGGESTION_VOTES_KEY, JSON.stringify([...votedIds(), id]));
  } catch {
    // Voting twice is then possible; nothing else is lost.
  }
  return undefined;
}

/** One more vote, once per browser. */
export function upvoteSuggestion(id: string): AppProblem | undefined {
  if (votedIds().has(id)) return { code: 'alreadyVoted' };
  const problem = suggestionBoard.write(suggestionBoard.list().map((s) => (s.id === id ? { ...s, votes: s.votes + 1 } : s)));
  return problem ?? markVoted(id);
}

/** Every stored suggestion as JSON for merchandisers, most wanted first per product. */
export function suggestionsJson(exportedAt: Date): string {
  const suggestions = [...suggestionBoard.list()].sort((a, b) => a.catalogId.localeCompare(b.catalogId) || b.votes - a.votes);
  return JSON.stringify({ kind: 'made-to-order/suggestions', schemaVersion: 1, exportedAt: exportedAt.toISOString(), suggestions }, null, 2) + '\n';
}

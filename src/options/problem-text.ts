import type { Problem } from '../shared/result';

/**
 * A problem in words a pack author can act on. The background's messages usually start with
 * the field path already ("entities[3].aliases[0].text: …"); when one does not, the path is
 * put in front so every refusal says where the fault is.
 */
export function problemText(problem: Problem): string {
  const { message, path } = problem;
  if (!path || message.includes(path)) return message;
  return `${path}: ${message}`;
}

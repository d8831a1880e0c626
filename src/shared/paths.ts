/**
 * Where the built site keeps its data, relative to the site base, and the shape
 * of ids in URLs. No zod here: the app imports this, and only types from the contract.
 */

/** URL-safe id: lower-case ASCII letters, digits, `-` and `_`, 1–80 characters. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,79}$/;

export const DATA_DIR = "data";
export const catalogPath = () => `${DATA_DIR}/catalog.json`;
export const issuePath = (issueId: string) => `${DATA_DIR}/issues/${issueId}.json`;
/** The issues of one period (`2022-07`, `2022`, `undated`): see `archive.ts`. */
export const periodPath = (key: string) => `${DATA_DIR}/catalog/${key}.json`;
/** One part of a split issue: its articles' texts. */
export const issuePartPath = (issueId: string, part: number) => `${DATA_DIR}/issues/${issueId}/${part}.json`;
/** A bucket of the tag pages' data: co-occurring tags and roles. */
export const tagInfoPath = (bucket: number) => `${DATA_DIR}/tag-info/${bucket}.json`;

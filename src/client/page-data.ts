/**
 * The payload a page hands its scripts (src/shared/contracts.ts): one JSON script element, read once.
 * A page that is not of the kind asked for has none of it, and its scripts do nothing.
 */
import { PAGE_DATA_ID, type PageData } from '../shared/contracts';

let read: PageData | undefined;

export function pageData<Kind extends PageData['page']>(kind: Kind): Extract<PageData, { page: Kind }> | undefined {
  read ??= JSON.parse(document.getElementById(PAGE_DATA_ID)?.textContent ?? 'null') as PageData | undefined;
  return read?.page === kind ? (read as Extract<PageData, { page: Kind }>) : undefined;
}

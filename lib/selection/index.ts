/**
 * # lib/selection — adding what the extractor missed, from the user's selection on the page
 *
 * - `readSelectionInPage()` — runs in the page (executeScript): the selected text, its context and sentence
 * - `selectionFact(kind, selection)` — the fact it is (amount, valuation, stage, lead, investor, company) and
 *   its evidence, or a sentence saying why it is not
 */
export { readSelectionInPage, MAX_SELECTION, type PageSelection } from './snapshot';
export { selectionFact, type SelectedValue, type SelectionFact } from './fact';
export { ADD_KINDS, type AddKind } from './kinds';

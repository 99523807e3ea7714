// The store's name identity is lib/names (shared with compare and extract). Kept so store code has one import.
export { foldName, nameKey, sameName, searchTokens, investorKey } from '../names';

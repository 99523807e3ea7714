// The readerable check ships as its own small CommonJS file (module.exports = the function); importing it
// alone keeps the rest of Readability out of the content script.
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}

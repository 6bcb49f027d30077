// The content script: finds compose boxes, sends drafts to the worker, underlines findings.
// OWNER: extension helper X2. Placeholder.
export {};

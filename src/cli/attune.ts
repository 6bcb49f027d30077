#!/usr/bin/env node
// OWNER: engine helper E3. Placeholder.
export {};

// OWNER: helper P. Placeholder.
export {};

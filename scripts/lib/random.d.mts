export function mulberry32(seed: number): () => number;
export function shuffle<T>(items: T[], rand: () => number): T[];

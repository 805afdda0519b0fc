/** Names of working files and folders that must never reach a reader (the papers' folder, our READMEs, file names). */
export const WORKING_FILE = /\bseeds?\b|README|\b\d{3}_[0-9a-f]{16}\b|\b[\w-]+\.(?:txt|md)\b|\bworktree\b/iu;

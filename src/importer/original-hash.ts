import { createHash } from 'node:crypto';

/** The hex SHA-256 an article records of its original: of its bytes (`original.sha256`) or its normalised text (`textSha256`). */
export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

// zod's mini build: the same checks as the classic one, a quarter of the code for a restarted
// worker or a new frame to evaluate before it can answer.
import * as z from 'zod/mini';

// Extension pages forbid eval; zod would try compiling validators with new Function and fall back.
z.config({ jitless: true });

export { z };

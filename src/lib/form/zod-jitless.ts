import { z } from 'zod';

// Zod probes for `new Function` while it builds an object schema, and the CSP reports the probe as a
// violation even though Zod catches it. So this runs before any schema is built: import it first.
z.config({ jitless: true });
